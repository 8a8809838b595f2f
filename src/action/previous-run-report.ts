import { join } from 'node:path'
import type { PreviousReportFinder } from '../baseline/find-baseline.js'
import { ReportFiles } from '../constants.js'

const API_TIME_LIMIT_MS = 15_000
const RUNS_LOOKED_AT = 10

interface WorkflowRun {
  readonly id: number
  readonly run_number?: number
  readonly head_sha?: string
  readonly created_at?: string
}

/** `owner/repo/.github/workflows/nightly.yml@refs/heads/main` → `nightly.yml`: the id the runs API takes. */
export function workflowFile(workflowRef: string | undefined): string | undefined {
  const match = /\/\.github\/workflows\/([^/@]+)@/.exec(workflowRef ?? '')
  return match?.[1]
}

async function apiGet(url: string, token: string): Promise<unknown> {
  const response = await fetch(url, { headers: { Authorization: `Bearer ${token}`, Accept: 'application/vnd.github+json', 'X-GitHub-Api-Version': '2022-11-28' }, signal: AbortSignal.timeout(API_TIME_LIMIT_MS) })
  if (!response.ok) throw new Error(`GET ${new URL(url).pathname} answered ${response.status}`)
  return await response.json()
}

/**
 * The report.json of the last successful run of this workflow on this branch, downloaded from its
 * artifact (named by `artifact-name`) into RUNNER_TEMP: a nightly run's baseline is what the
 * maintainer read yesterday. Undefined when the run is not known well enough to look (no token, no
 * workflow ref) or no earlier run kept a report; the caller then falls back to a commit.
 */
export function previousRunReport(env: NodeJS.ProcessEnv, token: string | undefined, artifactName: string): PreviousReportFinder {
  return async () => {
    const file = workflowFile(env.GITHUB_WORKFLOW_REF)
    const [owner, repo] = (env.GITHUB_REPOSITORY ?? '').split('/')
    const branch = env.GITHUB_REF_NAME
    if (!token || file === undefined || !owner || !repo || !branch || !env.RUNNER_TEMP) return undefined
    const api = (env.GITHUB_API_URL || 'https://api.github.com').replace(/\/+$/, '')
    const query = new URLSearchParams({ branch, status: 'success', per_page: String(RUNS_LOOKED_AT), exclude_pull_requests: 'true' })
    const listed = await apiGet(`${api}/repos/${owner}/${repo}/actions/workflows/${encodeURIComponent(file)}/runs?${query}`, token) as { workflow_runs?: WorkflowRun[] }
    const runs = (listed.workflow_runs ?? []).filter((run) => String(run.id) !== env.GITHUB_RUN_ID)
    if (runs.length === 0) return undefined
    const { DefaultArtifactClient } = await import('@actions/artifact')
    const client = new DefaultArtifactClient()
    for (const run of runs) {
      const findBy = { token, workflowRunId: run.id, repositoryOwner: owner, repositoryName: repo }
      const { artifacts } = await client.listArtifacts({ findBy })
      const artifact = artifacts.find((candidate) => candidate.name === artifactName)
      if (artifact === undefined) continue
      const path = join(env.RUNNER_TEMP, `repo-audit-baseline-${run.id}`)
      await client.downloadArtifact(artifact.id, { path, findBy })
      const when = run.created_at === undefined ? '' : `, ${run.created_at.slice(0, 10)}`
      return {
        path: join(path, ReportFiles.Json),
        description: `the last successful run on ${branch} (#${run.run_number ?? run.id}${when})`,
        ...(run.head_sha === undefined ? {} : { commit: run.head_sha }),
      }
    }
    return undefined
  }
}
