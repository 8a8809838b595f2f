import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'

const SERVICE = '/twirp/github.actions.results.api.v1.ArtifactService/'

export interface ArtifactServiceBehaviour {
  /** Status for CreateArtifact; 200 answers normally. */
  createStatus?: number
  /** Status for the blob PUTs; 201 stores the block. */
  blobStatus?: number
  /** Accept every request and never answer, as a service that hangs. */
  hang?: boolean
}

export interface StandInArtifactService {
  readonly url: string
  /** The assembled blob of each finalized artifact, by name. */
  readonly uploads: Map<string, Buffer>
  readonly created: { name: string; expiresAt?: string }[]
  /** Requests received, answered or not. */
  readonly received: string[]
  close(): Promise<void>
}

async function body(request: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = []
  for await (const chunk of request) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks)
}

function json(response: ServerResponse, status: number, value: unknown): void {
  response.writeHead(status, { 'content-type': 'application/json' })
  response.end(JSON.stringify(value))
}

/**
 * A stand-in for the Actions results service (the Twirp JSON methods the artifact client calls)
 * that also plays the Azure block-blob endpoint the signed upload URL points at.
 */
export async function startArtifactService(behaviour: ArtifactServiceBehaviour = {}): Promise<StandInArtifactService> {
  const blocks = new Map<string, Map<string, Buffer>>()
  const blobs = new Map<string, Buffer>()
  const uploads = new Map<string, Buffer>()
  const created: { name: string; expiresAt?: string }[] = []
  const received: string[] = []
  let base = ''

  const server: Server = createServer((request, response) => {
    received.push(`${request.method} ${request.url}`)
    if (behaviour.hang) return
    void (async () => {
      const url = new URL(request.url ?? '/', base)
      const payload = await body(request)
      if (request.method === 'POST' && url.pathname === `${SERVICE}CreateArtifact`) {
        const input = JSON.parse(payload.toString('utf8')) as { name: string; expires_at?: string; expiresAt?: string }
        const status = behaviour.createStatus ?? 200
        if (status !== 200) return json(response, status, { code: status === 409 ? 'already_exists' : 'permission_denied', msg: status === 409 ? 'an artifact with this name already exists on the workflow run' : 'forbidden' })
        created.push({ name: input.name, expiresAt: input.expires_at ?? input.expiresAt })
        return json(response, 200, { ok: true, signed_upload_url: `${base}/blob/${encodeURIComponent(input.name)}?sig=test` })
      }
      if (request.method === 'POST' && url.pathname === `${SERVICE}FinalizeArtifact`) {
        const input = JSON.parse(payload.toString('utf8')) as { name: string }
        uploads.set(input.name, blobs.get(input.name) ?? Buffer.alloc(0))
        return json(response, 200, { ok: true, artifact_id: String(4000 + uploads.size) })
      }
      if (request.method === 'PUT' && url.pathname.startsWith('/blob/')) {
        const name = decodeURIComponent(url.pathname.slice('/blob/'.length))
        const status = behaviour.blobStatus ?? 201
        if (status !== 201) {
          response.writeHead(status, { 'x-ms-error-code': 'AuthorizationFailure' })
          return response.end('<?xml version="1.0"?><Error><Code>AuthorizationFailure</Code></Error>')
        }
        const comp = url.searchParams.get('comp')
        const own = blocks.get(name) ?? new Map<string, Buffer>()
        blocks.set(name, own)
        if (comp === 'block') own.set(url.searchParams.get('blockid') ?? '', payload)
        else if (comp === 'blocklist') {
          const ids = [...payload.toString('utf8').matchAll(/<(?:Latest|Uncommitted|Committed)>([^<]+)<\//g)].map((match) => match[1] as string)
          blobs.set(name, Buffer.concat(ids.map((id) => own.get(id) ?? Buffer.alloc(0))))
        } else blobs.set(name, payload)
        response.writeHead(201, { etag: '"0x1"', 'last-modified': new Date().toUTCString(), 'x-ms-request-server-encrypted': 'true' })
        return response.end()
      }
      json(response, 404, { code: 'not_found', msg: `no route for ${request.method} ${url.pathname}` })
    })().catch((error: unknown) => {
      response.writeHead(400)
      response.end(String(error))
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  return {
    url: `${base}/`,
    uploads,
    created,
    received,
    close: () => new Promise((resolve, reject) => {
      server.close((error) => (error ? reject(error) : resolve()))
      // A hung request's connection stays open until the client gives up; do not wait for it.
      server.closeAllConnections()
    }),
  }
}

/** An unsigned JWT whose `scp` claim names the run and job, as the artifact client reads it. */
export function runtimeToken(run = 'run-backend-id', job = 'job-backend-id'): string {
  const encode = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url')
  return `${encode({ alg: 'none', typ: 'JWT' })}.${encode({ scp: `Actions.ExampleScope Actions.Results:${run}:${job}` })}.`
}
