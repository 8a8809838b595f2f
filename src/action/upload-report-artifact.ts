import { readdir } from 'node:fs/promises'
import { join } from 'node:path'
import { DefaultArtifactClient } from '@actions/artifact'
import { Inputs } from '../constants.js'

export type ArtifactOutcome =
  | { readonly status: 'uploaded'; readonly id: number; readonly url: string | undefined; readonly name: string }
  | { readonly status: 'skipped'; readonly reason: string }
  | { readonly status: 'failed'; readonly message: string }

export interface ArtifactRequest {
  readonly dir: string
  readonly name: string
  readonly retentionDays: number | undefined
  readonly env: NodeJS.ProcessEnv
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

/**
 * Uploads every file of the report directory as one artifact. Outside GitHub Actions (no runtime
 * token) it is skipped, not failed: the reports are on disk either way.
 */
/** Known before anything is uploaded, so summary.md can say it too. */
export function artifactSkipReason(env: NodeJS.ProcessEnv): string | undefined {
  return env.ACTIONS_RUNTIME_TOKEN && env.ACTIONS_RESULTS_URL
    ? undefined
    : 'not running in GitHub Actions (no ACTIONS_RUNTIME_TOKEN), so the report artifact was not uploaded'
}

export async function uploadReportArtifact(request: ArtifactRequest): Promise<ArtifactOutcome> {
  const skip = artifactSkipReason(request.env)
  if (skip !== undefined) return { status: 'skipped', reason: skip }
  try {
    const files = (await readdir(request.dir, { withFileTypes: true })).filter((entry) => entry.isFile()).map((entry) => join(request.dir, entry.name))
    const client = new DefaultArtifactClient()
    const { id } = await client.uploadArtifact(request.name, files, request.dir, request.retentionDays === undefined ? {} : { retentionDays: request.retentionDays })
    if (id === undefined) return { status: 'failed', message: `Uploading the report artifact "${request.name}" returned no artifact id.` }
    return { status: 'uploaded', id, url: artifactUrl(request.env, id), name: request.name }
  } catch (error: unknown) {
    return { status: 'failed', message: explainUploadError(error, request.name) }
  }
}
