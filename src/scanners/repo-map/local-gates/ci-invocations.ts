import { coverageOf, type GateCoverage, type GateTool } from './local-gate.js'

/** `tool:name` of each command a workflow runs: `npm:test`, `make:lint`, `tox:py312`, `tox:tox` for a bare `tox`. */
export type Invocation = `${GateTool}:${string}`

// Words are separated by spaces and tabs only: the lines of a script are joined with newlines.
const NPM = /\b(?:npm|pnpm|yarn|bun)[ \t]+(?:run(?:-script)?[ \t]+)?(?:--?[\w-]+[ \t]+)*([\w:.-]+)/g
const MAKE = /\bmake[ \t]+(?:-[Cf][ \t]+\S+[ \t]+|-[\w=]+[ \t]+)*([A-Za-z_][\w.-]*)/g
const TOX = /\btox\b(?:[ \t]+(?:-e|--env)[ \t=]([\w,.{}-]+))?/g
const NOX = /\bnox[ \t]+(?:-s|--sessions?)[ \t]+([\w \t-]+)/g
const JUST = /\bjust[ \t]+([A-Za-z_][\w-]*)/g
/** prek is a drop-in pre-commit runner (fastapi's CI). */
const PRE_COMMIT = /\b(?:pre-commit|prek)\s+run\b/
const PRE_COMMIT_ACTION = /^\s*(?:-\s+)?uses:\s*pre-commit\/action@/m
/** Package-manager verbs that are not scripts. */
const NOT_SCRIPTS = new Set(['install', 'i', 'ci', 'add', 'exec', 'dlx', 'x', 'npx', 'create', 'init', 'publish', 'pack', 'config', 'cache', 'set', 'version', 'audit', 'link'])
/** A workflow that runs on changes: its steps gate them. */
const RUNS_ON_CHANGES = /^\s*(?:["']?on["']?\s*:.*\b(?:push|pull_request|merge_group)\b|-?\s*(?:push|pull_request|pull_request_target|merge_group)\s*:?\s*$)/m

const RUN_KEY = /^(\s*)(-\s+)?run:\s*(.*)$/
const BLOCK_SCALAR = /^[|>][-+]?\d*$/
const INSTALLS = /\b(?:pip3?|uv|npm|pnpm|yarn|cargo|go|apt(?:-get)?|brew|gem)\s+(?:install|add|get|ci)\b/
/** Steps that print, move files or fetch code: a path that names a tool is not the tool (`rm -r /tmp/pytest-of-…`). */
const NOT_A_TOOL_STEP = /^\(?\s*(?:echo|printf|git|cp|mv|rm|cd|mkdir|ls|cat|ln|chmod|export|curl|wget|tar|unzip|touch|test|\[)\b/
/** Runners in front of the tool: `uv run pytest`, `python -m mypy`, `xargs -0 pytest`. */
const RUNNERS = /^(?:(?:uv|poetry|pdm|hatch|pipenv|rye)\s+run(?:\s+--?[\w-]+)*|python3?\s+-m|npx|pnpm\s+exec|yarn\s+exec|bunx|xargs(?:\s+-\S+)*|time|env(?:\s+\w+=\S+)*)\s+/
const MAX_STEP_LENGTH = 100

/** The lines of each `run:` script of a workflow, inline or as a block, with their line numbers. */
function runLines(text: string): Array<{ line: number; text: string }> {
  const found: Array<{ line: number; text: string }> = []
  let blockIndent: number | undefined
  text.split('\n').forEach((raw, index) => {
    if (blockIndent !== undefined) {
      const indent = raw.length - raw.trimStart().length
      if (raw.trim() === '') return
      if (indent > blockIndent) {
        found.push({ line: index + 1, text: raw.trim() })
        return
      }
      blockIndent = undefined
    }
    const run = RUN_KEY.exec(raw)
    if (run === null) return
    const rest = (run[3] as string).trim()
    if (rest === '' || BLOCK_SCALAR.test(rest)) blockIndent = (run[1] as string).length + (run[2] === undefined ? 0 : 2)
    else found.push({ line: index + 1, text: rest.replace(/^["']|["']$/g, '') })
  })
  return found
}

/** `cargo nextest run --features full` and `cargo nextest run --all-features` are one command, run twice. */
function signature(command: string): string {
  let rest = command.split(/\s+/).filter((word) => !/^[A-Z_][A-Z0-9_]*=/.test(word)).join(' ')
  for (let runner = RUNNERS.exec(rest); runner !== null; runner = RUNNERS.exec(rest)) rest = rest.slice(runner[0].length)
  const words = rest.split(/\s+/)
  const head: string[] = []
  for (const word of words) {
    if (word.startsWith('-') || word.startsWith('$') || head.length === 3) break
    head.push(word)
  }
  return head.join(' ')
}

/**
 * The `run:` lines of a workflow that runs on changes which run a test, lint, type, docs or coverage
 * tool themselves (`cargo clippy --all-targets`, `go test ./...`, `python manage.py test`): the CI's
 * own gates, one per command however many jobs repeat it.
 */
export function ciToolSteps(text: string): Array<{ line: number; command: string; covers: GateCoverage[] }> {
  if (!RUNS_ON_CHANGES.test(text)) return []
  const found: Array<{ line: number; command: string; covers: GateCoverage[] }> = []
  const seen = new Set<string>()
  for (const { line, text: raw } of runLines(text)) {
    // `if ! rustfmt --check …; then` runs `rustfmt --check …`.
    const command = raw.replace(/\s*\\$/, '').replace(/^if\s+!?\s*/, '').replace(/;\s*then$/, '')
    if (command.startsWith('#') || INSTALLS.test(command) || NOT_A_TOOL_STEP.test(command)) continue
    const covers = coverageOf('', command)
    const key = signature(command)
    if (covers.length === 0 || seen.has(key)) continue
    seen.add(key)
    found.push({ line, command: command.slice(0, MAX_STEP_LENGTH), covers })
  }
  return found
}

/** The `run:` code of a workflow that runs on pushes and pull requests, comments left out; '' for any other workflow. */
function codeOnChanges(text: string): string {
  if (!RUNS_ON_CHANGES.test(text)) return ''
  return runLines(text).map((line) => line.text).filter((line) => !line.startsWith('#')).join('\n')
}

/** A script of the repository that a `run:` line calls: `ci/run-tests.sh`, `bash scripts/lint.sh`, `./tools/check.sh`. */
const SCRIPT_PATH = /(?:^|[\s;&|(])(?:(?:bash|sh|source|\.)[ \t]+)?(?:\.\/)?((?:[\w.-]+\/)*[\w.-]+\.(?:sh|bash))(?=$|[\s;&|)])/gm

/** The repository scripts a workflow that runs on pushes and pull requests calls, as repository paths. */
export function ciScripts(text: string): string[] {
  return [...new Set([...codeOnChanges(text).matchAll(SCRIPT_PATH)].map((match) => match[1] as string))]
}

/** The commands a workflow runs on pushes and pull requests, read as text (comments left out). */
export function ciInvocations(text: string): Set<Invocation> {
  return shellInvocations(codeOnChanges(text), PRE_COMMIT_ACTION.test(text))
}

/** The commands shell code runs: a workflow's `run:` lines, or a script CI calls (comment lines left out). */
export function shellInvocations(code: string, preCommitAction = false): Set<Invocation> {
  const found = new Set<Invocation>()
  code = code.split('\n').filter((line) => !line.trimStart().startsWith('#')).join('\n')
  for (const match of code.matchAll(NPM)) {
    const name = match[1] as string
    if (!NOT_SCRIPTS.has(name)) found.add(`npm:${name === 't' ? 'test' : name}`)
  }
  for (const match of code.matchAll(MAKE)) found.add(`make:${match[1] as string}`)
  for (const match of code.matchAll(TOX)) {
    const envs = match[1]
    if (envs === undefined) found.add('tox:tox')
    else for (const env of envs.split(',')) found.add(`tox:${env}`)
  }
  for (const match of code.matchAll(NOX)) for (const session of (match[1] as string).trim().split(/\s+/)) if (!session.startsWith('-')) found.add(`nox:${session}`)
  for (const match of code.matchAll(JUST)) found.add(`just:${match[1] as string}`)
  if (PRE_COMMIT.test(code) || preCommitAction) found.add('pre-commit:pre-commit')
  return found
}

const SCRIPT_CALL = /\b(?:npm|pnpm|yarn|bun)\s+(?:run(?:-script)?\s+)?([\w:.-]+)/g
const RUN_ALL = /\b(?:run-p|run-s|npm-run-all(?:\s+-[ps])?)\s+([^&|;]+)/g

/**
 * The npm scripts CI runs, with the ones they run in turn (`check` → `run-p check:*` →
 * `check:types`), a few levels deep.
 */
export function followScripts(invoked: ReadonlySet<string>, scripts: Readonly<Record<string, string>>): Set<string> {
  const reached = new Set(invoked)
  let frontier = [...invoked]
  for (let depth = 0; depth < 4 && frontier.length > 0; depth++) {
    const next: string[] = []
    for (const name of frontier) {
      const body = scripts[name] ?? ''
      const called = [...body.matchAll(SCRIPT_CALL)].map((match) => match[1] as string)
      for (const match of body.matchAll(RUN_ALL)) {
        for (const pattern of (match[1] as string).trim().split(/\s+/)) {
          if (pattern.startsWith('-')) continue
          const prefix = pattern.endsWith('*') ? pattern.slice(0, -1) : undefined
          called.push(...(prefix === undefined ? [pattern] : Object.keys(scripts).filter((script) => script.startsWith(prefix))))
        }
      }
      for (const script of called) if (!reached.has(script)) { reached.add(script); next.push(script) }
    }
    frontier = next
  }
  return reached
}
