import { execFileSync, spawn } from 'node:child_process'
import { createHash } from 'node:crypto'
import { existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { Ajv2020 } from 'ajv/dist/2020.js'
import addFormats from 'ajv-formats'
import { afterEach, expect } from 'vitest'
import { fakeToken } from '../scanners/checklist/checklist-fixtures.js'
import { ACTION_ENTRY, CLI_ENTRY, parseOutputFile } from './run-action.js'

/**
 * Hostile repositories, built by the test: a sandbox holding the workspace (the untrusted tree),
 * an `outside/` directory of canary files that nothing may read, write or print, and a marker path
 * that any repository-controlled program would create. Every run is checked for the audit's
 * promises: no marker, canaries unchanged and never echoed, no secret in any output, and a
 * `report.json` that validates against its schema whenever the run got as far as auditing.
 */

/**
 * A token of GitHub's shape: the secrets check and the redaction both know it. Built at run time, so
 * that this repository's own audit finds no token in its tests.
 */
export const PLANTED_SECRET = fakeToken('ghp_', 36, 'Zq8LmW3xR7tY2uK9pN4vB6cD1fG5hJ0aS8eQ')
/** The action's `token` input in every hostile run: it must never leave the process. */
export const INPUT_TOKEN = fakeToken('ghs_', 36, 'Tk4Mn8Bv2Cx6Zl0Kj9Hg3Fd7Sa5Qw1Er2Ty6')
/** Written into every canary outside the root; seen in any output means an outside file was read. */
export const CANARY = 'CANARY-OUTSIDE-THE-ROOT-7f3a9c'

const schema = JSON.parse(readFileSync(new URL('../../schema/report.schema.json', import.meta.url), 'utf8'))
const ajv = new Ajv2020({ allErrors: true, strict: false })
;(addFormats as unknown as (ajv: Ajv2020) => void)(ajv)
export const validateReport = ajv.compile(schema)

export interface Sandbox {
  readonly dir: string
  /** The untrusted tree: GITHUB_WORKSPACE for the action, the cwd for the CLI. */
  readonly workspace: string
  /** Canary files: `outside/secret.txt` and anything a test adds. */
  readonly outside: string
  /** A repository-controlled program that ran would create this file. */
  readonly marker: string
  readonly runnerTemp: string
}

export type TreeEntry = string | Buffer | { readonly symlink: string } | { readonly dir: true }

const sandboxes: string[] = []
afterEach(() => {
  for (const dir of sandboxes.splice(0)) {
    // A test may have made a directory unreadable; give it back so it can be removed.
    try {
      execFileSync('chmod', ['-R', 'u+rwx', dir], { stdio: 'ignore' })
    } catch (error: unknown) {
      if (!(error instanceof Error)) throw error
    }
    rmSync(dir, { recursive: true, force: true })
  }
})

/** Writes `entries` under `root`; `{ symlink }` makes a symbolic link with that target as written. */
export function writeTree(root: string, entries: Record<string, TreeEntry>): void {
  for (const [path, entry] of Object.entries(entries)) {
    const full = join(root, ...path.split('/'))
    mkdirSync(dirname(full), { recursive: true })
    if (typeof entry === 'string' || Buffer.isBuffer(entry)) writeFileSync(full, entry)
    else if ('symlink' in entry) symlinkSync(entry.symlink, full)
    else mkdirSync(full, { recursive: true })
  }
}

const GIT_IDENTITY = { GIT_AUTHOR_NAME: 'Test', GIT_AUTHOR_EMAIL: 't@example.com', GIT_COMMITTER_NAME: 'Test', GIT_COMMITTER_EMAIL: 't@example.com' }

/** Runs git for the test's own set-up (never for the audit). */
export function testGit(cwd: string, ...args: string[]): string {
  return execFileSync('git', args, { cwd, encoding: 'utf8', stdio: 'pipe', env: { ...process.env, ...GIT_IDENTITY } })
}

export interface SandboxOptions {
  /** Make the workspace a git repository and commit everything in it (symlinks as symlinks). */
  readonly git?: boolean
  /** Extra canary files under `outside/`. */
  readonly outside?: Record<string, TreeEntry>
}

/** `files` may name `$OUTSIDE` and `$MARKER` in symlink targets and text: they are replaced by the real paths. */
export function hostileSandbox(files: Record<string, TreeEntry>, options: SandboxOptions = {}): Sandbox {
  const dir = mkdtempSync(join(tmpdir(), 'repo-audit-hostile-'))
  sandboxes.push(dir)
  const sandbox: Sandbox = {
    dir,
    workspace: join(dir, 'workspace'),
    outside: join(dir, 'outside'),
    marker: join(dir, 'MARKER'),
    runnerTemp: join(dir, 'runner-temp'),
  }
  mkdirSync(sandbox.workspace, { recursive: true })
  mkdirSync(sandbox.runnerTemp, { recursive: true })
  const substitute = (text: string): string => text.replaceAll('$OUTSIDE', sandbox.outside).replaceAll('$MARKER', sandbox.marker)
  const resolveEntry = (entry: TreeEntry): TreeEntry => {
    if (typeof entry === 'string') return substitute(entry)
    if (!Buffer.isBuffer(entry) && 'symlink' in entry) return { symlink: substitute(entry.symlink) }
    return entry
  }
  writeTree(sandbox.outside, { 'secret.txt': `${CANARY}\n${PLANTED_SECRET}\n`, ...options.outside })
  writeTree(sandbox.workspace, Object.fromEntries(Object.entries(files).map(([path, entry]) => [path, resolveEntry(entry)])))
  if (options.git) {
    testGit(sandbox.workspace, 'init', '-q', '-b', 'main')
    testGit(sandbox.workspace, 'add', '-A')
    testGit(sandbox.workspace, 'commit', '-q', '--no-verify', '-m', 'hostile fixture')
  }
  return sandbox
}

/** Content hash of every entry under `dir`, symlinks by their target: to prove nothing outside was written. */
export function snapshot(dir: string): Map<string, string> {
  const hashes = new Map<string, string>()
  const visit = (path: string): void => {
    const info = lstatSync(path)
    if (info.isSymbolicLink()) hashes.set(path, `link:${readlinkSync(path)}`)
    else if (info.isDirectory()) for (const name of readdirSync(path)) visit(join(path, name))
    else hashes.set(path, createHash('sha256').update(readFileSync(path)).digest('hex'))
  }
  if (existsSync(dir)) visit(dir)
  return hashes
}

export interface HostileRun {
  readonly status: number | null
  readonly stdout: string
  readonly stderr: string
  /** The step summary as the runner would show it ('' for the CLI). */
  readonly summary: string
  readonly outputs: Record<string, string>
  /** Every file the run wrote into its report directory, by name. */
  readonly reportFiles: Record<string, string>
  readonly report: Record<string, unknown> | undefined
  readonly durationMs: number
}

function readReportFiles(dir: string | undefined): Record<string, string> {
  if (dir === undefined || !existsSync(dir)) return {}
  const files: Record<string, string> = {}
  for (const name of readdirSync(dir)) {
    const path = join(dir, name)
    if (lstatSync(path).isFile()) files[name] = readFileSync(path, 'utf8')
  }
  return files
}

interface SpawnResult {
  readonly status: number | null
  readonly stdout: string
  readonly stderr: string
  readonly durationMs: number
}

function spawnEntry(entry: string, args: readonly string[], cwd: string, env: Record<string, string>, timeoutMs: number): Promise<SpawnResult> {
  const started = Date.now()
  const child = spawn(process.execPath, [entry, ...args], { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] })
  let stdout = ''
  let stderr = ''
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk))
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk))
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs)
    child.on('error', reject)
    child.on('close', (status) => {
      clearTimeout(timer)
      resolve({ status, stdout, stderr, durationMs: Date.now() - started })
    })
  })
}

export interface HostileRunOptions {
  readonly inputs?: Record<string, string>
  readonly env?: Record<string, string>
  /** Killed after this long: a hostile tree must not hold the runner. */
  readonly timeoutMs?: number
  /** V8's old-space limit for the run, in MB: a hostile tree must not exhaust the runner's memory. */
  readonly maxHeapMb?: number
}

function nodeOptions(options: HostileRunOptions): Record<string, string> {
  return options.maxHeapMb === undefined ? {} : { NODE_OPTIONS: `--max-old-space-size=${options.maxHeapMb}` }
}

/** Runs dist/index.js as the runner does, with a token input and the runner's variables. */
export async function runHostileAction(sandbox: Sandbox, options: HostileRunOptions = {}): Promise<HostileRun> {
  const summaryFile = join(sandbox.runnerTemp, 'step-summary.md')
  const outputFile = join(sandbox.runnerTemp, 'github-output')
  writeFileSync(summaryFile, '')
  writeFileSync(outputFile, '')
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? sandbox.runnerTemp,
    GITHUB_WORKSPACE: sandbox.workspace,
    GITHUB_STEP_SUMMARY: summaryFile,
    GITHUB_OUTPUT: outputFile,
    RUNNER_TEMP: sandbox.runnerTemp,
    GITHUB_REPOSITORY: 'acme/widget',
    GITHUB_SERVER_URL: 'https://github.com',
    INPUT_TOKEN,
    ...nodeOptions(options),
    ...options.env,
  }
  for (const [name, value] of Object.entries(options.inputs ?? {})) env[`INPUT_${name.toUpperCase()}`] = value
  const result = await spawnEntry(ACTION_ENTRY, [], sandbox.workspace, env, options.timeoutMs ?? 60_000)
  const outputs = existsSync(outputFile) ? parseOutputFile(readFileSync(outputFile, 'utf8')) : {}
  const reportDir = outputs['report-dir'] ?? join(sandbox.runnerTemp, 'repo-audit')
  const reportFiles = readReportFiles(reportDir)
  return {
    ...result,
    summary: existsSync(summaryFile) ? readFileSync(summaryFile, 'utf8') : '',
    outputs,
    reportFiles,
    report: reportFiles['report.json'] === undefined ? undefined : (JSON.parse(reportFiles['report.json']) as Record<string, unknown>),
  }
}

/** Runs dist/cli.js in the workspace; `outputDir`, when given, is passed as --output-dir. */
export async function runHostileCli(sandbox: Sandbox, args: readonly string[], options: HostileRunOptions & { readonly outputDir?: string } = {}): Promise<HostileRun> {
  const env: Record<string, string> = { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? sandbox.runnerTemp, ...nodeOptions(options), ...options.env }
  const fullArgs = options.outputDir === undefined ? args : [...args, '--output-dir', options.outputDir]
  const result = await spawnEntry(CLI_ENTRY, fullArgs, sandbox.workspace, env, options.timeoutMs ?? 60_000)
  const reportFiles = readReportFiles(options.outputDir)
  return {
    ...result,
    summary: '',
    outputs: {},
    reportFiles,
    report: reportFiles['report.json'] === undefined ? undefined : (JSON.parse(reportFiles['report.json']) as Record<string, unknown>),
  }
}

/** Everything a user or a later step could see of a run, as one text. */
export function everythingShown(run: HostileRun): string {
  return [run.stdout, run.stderr, run.summary, ...Object.values(run.outputs), ...Object.values(run.reportFiles)].join('\n')
}

/** The promises every hostile run keeps, whatever the case. `before` is `snapshot(sandbox.outside)` taken before the run. */
export function expectContained(sandbox: Sandbox, run: HostileRun, before: Map<string, string>): void {
  expect(existsSync(sandbox.marker), 'a repository-controlled program ran').toBe(false)
  expect(snapshot(sandbox.outside), 'a file outside the root was written').toEqual(before)
  const shown = everythingShown(run)
  expect(shown, 'a file outside the root was read and shown').not.toContain(CANARY)
  expect(shown, 'a planted secret was shown').not.toContain(PLANTED_SECRET)
  expect(shown, 'the token input was shown').not.toContain(INPUT_TOKEN)
}

/** `report.json` was written and is valid against the schema. */
export function expectValidReport(run: HostileRun): Record<string, unknown> {
  expect(run.report, `no report.json was written; stderr: ${run.stderr.slice(0, 2000)}`).toBeDefined()
  const valid = validateReport(run.report)
  expect(valid ? [] : validateReport.errors).toEqual([])
  return run.report as Record<string, unknown>
}

/** Status per scanner, as the report records it: `{ placeholders: 'ok', links: 'error', … }`. */
export function scannerStatuses(report: Record<string, unknown>): Record<string, string> {
  const scanners = report.scanners as { id: string; status: string }[]
  return Object.fromEntries(scanners.map((scanner) => [scanner.id, scanner.status]))
}
