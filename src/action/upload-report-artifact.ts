import { readdir } from 'node:fs/promises'
import { join } from 'node:path'
import type { ArtifactClient } from '@actions/artifact'
import { Inputs } from '../constants.js'
import { UPLOAD_TIME_LIMIT_VARIABLE } from './upload-time-limit.js'

export type ArtifactOutcome =
  | { readonly status: 'uploaded'; readonly id: number; readonly url: string | undefined; readonly name: string }
  | { readonly status: 'skipped'; readonly reason: string }
  /** `abandoned`: the upload was still running at its time limit, and nothing can cancel it. */
  | { readonly status: 'failed'; readonly message: string; readonly abandoned?: true }

export interface ArtifactRequest {
  readonly dir: string
  readonly name: string
  readonly retentionDays: number | undefined
  readonly env: NodeJS.ProcessEnv
  readonly timeLimitSeconds: number
}

/** `$GITHUB_SERVER_URL/$GITHUB_REPOSITORY/actions/runs/$GITHUB_RUN_ID/artifacts/<id>`, when the run is known. */
export function artifactUrl(env: NodeJS.ProcessEnv, id: number): string | undefined {
  if (!env.GITHUB_REPOSITORY || !env.GITHUB_RUN_ID) return undefined
  const server = (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, '')
  return `${server}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}/artifacts/${id}`
}

/** Turns the client's errors into messages that name the cause and the input that fixes it. */
export function explainUploadError(error: unknown, name: string): string {
  const message = error instanceof Error ? error.message : String(error)
  if (/\(409\)|Conflict|already exists/i.test(message)) {
    return `An artifact named "${name}" already exists in this workflow run (a matrix job or a second use of the action uploaded one). ` +
      `Give each a different '${Inputs.ArtifactName}' input, e.g. repo-audit-\${{ matrix.os }}. (${message})`
  }
  if (/\(403\)|Forbidden/i.test(message)) {
    return `The artifact service refused the upload of "${name}" (403): the job's token may lack permission, or artifact storage is not available for this run. (${message})`
  }
  return `Uploading the report artifact "${name}" failed: ${message}`
}

/** github.com and GHE.com's data-resident hosts have the artifact service this client talks to. */
function hasArtifactService(serverUrl: string | undefined): boolean {
  if (!serverUrl) return true
  try {
    const host = new URL(serverUrl).hostname.toLowerCase()
    return host === 'github.com' || host.endsWith('.ghe.com')
  } catch (error: unknown) {
    if (error instanceof TypeError) return true
    throw error
  }
}

/** Known before anything is uploaded, so summary.md can say it too. */
export function artifactSkipReason(env: NodeJS.ProcessEnv): string | undefined {
  if (!hasArtifactService(env.GITHUB_SERVER_URL)) {
    return `${env.GITHUB_SERVER_URL} is a GitHub Enterprise Server, whose artifact service this action's client (artifacts v4) cannot use, so the report artifact was not uploaded; the reports are in the report directory for another step to upload`
  }
  return env.ACTIONS_RUNTIME_TOKEN && env.ACTIONS_RESULTS_URL
    ? undefined
    : 'not running in GitHub Actions (no ACTIONS_RUNTIME_TOKEN), so the report artifact was not uploaded'
}

/** Why the artifact client could not be loaded, naming the event file when that is the cause. */
export function explainClientLoadError(error: unknown, env: NodeJS.ProcessEnv): string {
  const message = error instanceof Error ? error.message : String(error)
  if (error instanceof SyntaxError && env.GITHUB_EVENT_PATH) {
    return `Cannot load the artifact client: it reads the event file GITHUB_EVENT_PATH (${env.GITHUB_EVENT_PATH}), which is not valid JSON (${message}).`
  }
  return `Cannot load the artifact client: ${message}`
}

/**
 * The artifact client is loaded only here: loading it builds @actions/github's context, which
 * parses GITHUB_EVENT_PATH, and a file that is not JSON would otherwise stop the action at start,
 * before it has audited anything.
 */
async function upload(request: ArtifactRequest): Promise<ArtifactOutcome> {
  let client: ArtifactClient
  try {
    const { DefaultArtifactClient } = await import('@actions/artifact')
    client = new DefaultArtifactClient()
  } catch (error: unknown) {
    return { status: 'failed', message: explainClientLoadError(error, request.env) }
  }
  try {
    const files = (await readdir(request.dir, { withFileTypes: true })).filter((entry) => entry.isFile()).map((entry) => join(request.dir, entry.name))
    const { id } = await client.uploadArtifact(request.name, files, request.dir, request.retentionDays === undefined ? {} : { retentionDays: request.retentionDays })
    if (id === undefined) return { status: 'failed', message: `Uploading the report artifact "${request.name}" returned no artifact id.` }
    return { status: 'uploaded', id, url: artifactUrl(request.env, id), name: request.name }
  } catch (error: unknown) {
    return { status: 'failed', message: explainUploadError(error, request.name) }
  }
}

/**
 * Uploads every file of the report directory as one artifact, within the time limit: the client
 * takes no abort signal, so an upload still running then is abandoned (the caller has to end the
 * process). Outside GitHub Actions (no runtime token) it is skipped, not failed: the reports are on
 * disk either way.
 */
export async function uploadReportArtifact(request: ArtifactRequest): Promise<ArtifactOutcome> {
  const skip = artifactSkipReason(request.env)
  if (skip !== undefined) return { status: 'skipped', reason: skip }
  let timer: NodeJS.Timeout | undefined
  const timedOut = new Promise<ArtifactOutcome>((resolve) => {
    timer = setTimeout(() => resolve({
      status: 'failed',
      abandoned: true,
      message: `Uploading the report artifact "${request.name}" did not finish within ${request.timeLimitSeconds} seconds and was abandoned ` +
        `(the artifact service did not answer in time; ${UPLOAD_TIME_LIMIT_VARIABLE} sets the limit).`,
    }), request.timeLimitSeconds * 1000)
  })
  try {
    return await Promise.race([upload(request), timedOut])
  } finally {
    clearTimeout(timer)
  }
}
