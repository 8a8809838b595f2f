import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { crc32 } from 'node:zlib'

/** A zip archive of stored (uncompressed) entries, as the artifact service hands one out. */
export function storedZip(files: Record<string, Buffer>): Buffer {
  const locals: Buffer[] = []
  const centrals: Buffer[] = []
  let offset = 0
  for (const [name, data] of Object.entries(files)) {
    const nameBytes = Buffer.from(name)
    const crc = crc32(data)
    const local = Buffer.alloc(30)
    local.writeUInt32LE(0x04034b50, 0)
    local.writeUInt16LE(20, 4)
    local.writeUInt32LE(crc, 14)
    local.writeUInt32LE(data.length, 18)
    local.writeUInt32LE(data.length, 22)
    local.writeUInt16LE(nameBytes.length, 26)
    const central = Buffer.alloc(46)
    central.writeUInt32LE(0x02014b50, 0)
    central.writeUInt16LE(20, 4)
    central.writeUInt16LE(20, 6)
    central.writeUInt32LE(crc, 16)
    central.writeUInt32LE(data.length, 20)
    central.writeUInt32LE(data.length, 24)
    central.writeUInt16LE(nameBytes.length, 28)
    central.writeUInt32LE(offset, 42)
    locals.push(local, nameBytes, data)
    centrals.push(central, nameBytes)
    offset += 30 + nameBytes.length + data.length
  }
  const directory = Buffer.concat(centrals)
  const end = Buffer.alloc(22)
  end.writeUInt32LE(0x06054b50, 0)
  end.writeUInt16LE(Object.keys(files).length, 8)
  end.writeUInt16LE(Object.keys(files).length, 10)
  end.writeUInt32LE(directory.length, 12)
  end.writeUInt32LE(offset, 16)
  return Buffer.concat([...locals, directory, end])
}

export interface StandInGitHubApi {
  readonly url: string
  /** Request paths with their query, in order, and the Authorization header each came with. */
  readonly received: Array<{ readonly path: string; readonly authorization: string | undefined }>
  close(): Promise<void>
}

export interface PreviousRun {
  readonly id: number
  readonly runNumber: number
  readonly headSha: string
  /** Artifacts of the run by name, each a zip. */
  readonly artifacts: Record<string, Buffer>
}

/**
 * The parts of GitHub's REST API a nightly baseline uses, on 127.0.0.1: a workflow's successful
 * runs, a run's artifacts, and an artifact's zip (a redirect to a blob URL, as GitHub answers).
 */
export async function startGitHubApi(owner: string, repo: string, workflow: string, runs: readonly PreviousRun[]): Promise<StandInGitHubApi> {
  const received: StandInGitHubApi['received'] = []
  const artifactIds = new Map<number, { zip: Buffer }>()
  let nextId = 100
  const listed = runs.map((run) => ({ run, artifacts: Object.entries(run.artifacts).map(([name, zip]) => {
    const id = nextId++
    artifactIds.set(id, { zip })
    return { id, name, size_in_bytes: zip.length, created_at: '2026-12-01T03:20:00Z', expired: false }
  }) }))
  let base = ''
  const server: Server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1')
    received.push({ path: `${url.pathname}${url.search}`, authorization: request.headers.authorization })
    const json = (status: number, value: unknown): void => {
      response.writeHead(status, { 'content-type': 'application/json' })
      response.end(JSON.stringify(value))
    }
    const prefix = `/repos/${owner}/${repo}/actions`
    if (url.pathname === `${prefix}/workflows/${workflow}/runs`) {
      json(200, { total_count: runs.length, workflow_runs: runs.map((run) => ({ id: run.id, run_number: run.runNumber, head_sha: run.headSha, created_at: '2026-12-01T03:17:00Z', conclusion: 'success' })) })
      return
    }
    const runArtifacts = new RegExp(`^${prefix}/runs/(\\d+)/artifacts$`).exec(url.pathname)
    if (runArtifacts) {
      const entry = listed.find(({ run }) => String(run.id) === runArtifacts[1])
      json(200, { total_count: entry?.artifacts.length ?? 0, artifacts: entry?.artifacts ?? [] })
      return
    }
    const zip = new RegExp(`^${prefix}/artifacts/(\\d+)/zip$`).exec(url.pathname)
    if (zip) {
      response.writeHead(302, { location: `${base}/blob/${zip[1]}.zip` })
      response.end()
      return
    }
    const blob = /^\/blob\/(\d+)\.zip$/.exec(url.pathname)
    const stored = blob ? artifactIds.get(Number(blob[1])) : undefined
    if (stored) {
      response.writeHead(200, { 'content-type': 'application/zip', 'content-length': stored.zip.length })
      response.end(stored.zip)
      return
    }
    json(404, { message: 'Not Found' })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  return { url: base, received, close: () => new Promise((resolve) => server.close(() => resolve())) }
}
