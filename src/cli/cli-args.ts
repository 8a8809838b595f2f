import { parseArgs } from 'node:util'
import { Inputs } from '../constants.js'
import type { RawField } from '../options/field-reader.js'
import { SettingsError } from '../options/settings-error.js'

export const FORMATS = ['text', 'markdown', 'json'] as const
const HISTORY_FORMATS = ['text', 'csv', 'json'] as const
export type OutputFormat = (typeof FORMATS)[number]

export interface CliArguments {
  readonly kind: 'audit'
  readonly path: string
  readonly config: string | undefined
  readonly format: OutputFormat
  readonly overrides: ReadonlyMap<string, RawField>
  /** Print the stack of an internal error. */
  readonly debug: boolean
}

/** `repo-audit fix [path] [--write]`: the certain fixes for broken links, as a diff or applied. */
export interface FixArguments {
  readonly kind: 'fix'
  readonly path: string
  readonly config: string | undefined
  readonly write: boolean
  readonly debug: boolean
}

/** `repo-audit history [path] --since 90d --every 7d`: the trend of past commits. */
export interface HistoryArguments {
  readonly kind: 'history'
  readonly path: string
  readonly config: string | undefined
  readonly since: string
  readonly every: string
  readonly format: 'text' | 'csv' | 'json'
  readonly overrides: ReadonlyMap<string, RawField>
  readonly debug: boolean
}

export type CliCommand = CliArguments | FixArguments | HistoryArguments | { readonly kind: 'help' } | { readonly kind: 'version' }

export const USAGE = `Usage: repo-audit [path] [options]
       repo-audit fix [path] [--write] [--config FILE]
       repo-audit history [path] [--since 90d] [--every 7d] [--format text|csv|json]

Audits the repository at path (default: the current directory) and prints the report.

\`fix\` prints a unified diff of the broken links whose fix is certain (letter case, a doubled #,
a missing .md, a leading ./), which \`git apply\` takes at the root; with --write it makes the
edits. Suggestions that are guesses are never applied. (To audit a folder named fix: ./fix.)

\`history\` audits past commits of HEAD's first-parent history from git's objects (nothing is
checked out), one per --every window over the last --since, and prints placeholders, broken
links and the checklist score per commit, as a table with sparklines, CSV or JSON.

Options:
  --config FILE               config file (default: .github/repo-audit.yml, then repo-audit.yml)
  --checks LIST               comma-separated scanners: placeholders, links, repo-map, checklist
  --include GLOB              only audit matching files (repeatable)
  --exclude GLOB              leave matching files out (repeatable)
  --output-dir DIR            also write report.json, summary.md, gaps-report.md and results.sarif
                              to DIR (the only way the CLI writes files: a config file's
                              output-dir is ignored)
  --format text|markdown|json what to print (default: text)
  --max-placeholders N        fail when more placeholders are found (-1: no limit)
  --max-broken-links N        fail when more broken links are found (-1: no limit)
  --min-checklist-score N     fail when the checklist score is below N (0-100)
  --baseline REF|FILE         compare with another commit (a branch, tag or SHA, audited from git's
                              objects) or a report.json; the findings are then new or unchanged,
                              and those gone are listed as fixed (default: none in the CLI)
  --gate-on new|all           with a baseline, judge --max-placeholders and --max-broken-links on
                              new findings only (default: all)
  --max-new-placeholders N    fail when more placeholders are new since the baseline
  --max-new-broken-links N    fail when more broken links are new since the baseline
  --max-checklist-drop N      fail when the checklist score fell by more than N points
  --debug                     print the stack of an internal error (or set REPO_AUDIT_DEBUG=1)
  -h, --help                  show this help
  -v, --version               show the version

Exit status: 0 pass, 1 a threshold failed or a report file could not be written, 2 usage or config
error, 3 internal error.`

/** Flags that map one-to-one onto settings shared with the action inputs. */
const SETTING_FLAGS = [
  Inputs.Checks, Inputs.OutputDir, Inputs.MaxPlaceholders, Inputs.MaxBrokenLinks, Inputs.MinChecklistScore,
  Inputs.Baseline, Inputs.GateOn, Inputs.MaxNewPlaceholders, Inputs.MaxNewBrokenLinks, Inputs.MaxChecklistDrop,
] as const

/** One line for a usage error: what is wrong, and where the options are listed. */
const SEE_HELP = '; run repo-audit --help for the options'

export class UsageError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'UsageError'
  }
}

const PARSE_OPTIONS = {
  config: { type: 'string' },
  checks: { type: 'string' },
  include: { type: 'string', multiple: true },
  exclude: { type: 'string', multiple: true },
  'output-dir': { type: 'string' },
  format: { type: 'string' },
  'max-placeholders': { type: 'string' },
  'max-broken-links': { type: 'string' },
  'min-checklist-score': { type: 'string' },
  baseline: { type: 'string' },
  'gate-on': { type: 'string' },
  'max-new-placeholders': { type: 'string' },
  'max-new-broken-links': { type: 'string' },
  'max-checklist-drop': { type: 'string' },
  since: { type: 'string' },
  every: { type: 'string' },
  debug: { type: 'boolean' },
  write: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
} as const

const VALUE_FLAGS = new Set(Object.entries(PARSE_OPTIONS).filter(([, option]) => option.type === 'string').map(([name]) => `--${name}`))

/**
 * parseArgs reads `-1` after `--max-broken-links` as an unknown short option; a negative number
 * after a flag that takes a value is joined to it (`--max-broken-links=-1`), as users mean it.
 */
function joinNegativeValues(argv: readonly string[]): string[] {
  const joined: string[] = []
  for (let index = 0; index < argv.length; index++) {
    const arg = argv[index] as string
    if (arg === '--') {
      joined.push(...argv.slice(index))
      break
    }
    const next = argv[index + 1]
    if (VALUE_FLAGS.has(arg) && next !== undefined && /^-\d/.test(next)) {
      joined.push(`${arg}=${next}`)
      index++
    } else joined.push(arg)
  }
  return joined
}

export function parseCliArguments(argv: readonly string[]): CliCommand {
  let parsed
  try {
    parsed = parseArgs({
      args: joinNegativeValues(argv),
      allowPositionals: true,
      strict: true,
      options: PARSE_OPTIONS,
    })
  } catch (error: unknown) {
    // Node's message for an unknown option goes on about positional arguments: the first sentence names the flag.
    throw new UsageError(`${((error as Error).message.split(/(?<=\.) /)[0] as string).replace(/\.$/, '')}${SEE_HELP}`)
  }
  const { values, positionals } = parsed
  if (values.help) return { kind: 'help' }
  if (values.version) return { kind: 'version' }
  if (positionals[0] === 'fix') {
    if (positionals.length > 2) throw new UsageError(`Expected at most one path after fix, got ${positionals.length - 1}: ${positionals.slice(1).join(' ')}${SEE_HELP}`)
    const auditOnly = ['checks', 'include', 'exclude', 'output-dir', 'format', 'max-placeholders', 'max-broken-links', 'min-checklist-score', 'baseline', 'gate-on', 'max-new-placeholders', 'max-new-broken-links', 'max-checklist-drop', 'since', 'every'].filter((name) => values[name as keyof typeof values] !== undefined)
    if (auditOnly.length > 0) throw new UsageError(`fix takes only a path, --write, --config and --debug, not --${auditOnly[0]}${SEE_HELP}`)
    return { kind: 'fix', path: positionals[1] ?? '.', config: values.config, write: values.write === true, debug: values.debug === true }
  }
  if (positionals[0] === 'history') {
    if (positionals.length > 2) throw new UsageError(`Expected at most one path after history, got ${positionals.length - 1}: ${positionals.slice(1).join(' ')}${SEE_HELP}`)
    const notForHistory = ['output-dir', 'max-placeholders', 'max-broken-links', 'min-checklist-score', 'baseline', 'gate-on', 'max-new-placeholders', 'max-new-broken-links', 'max-checklist-drop', 'write'].filter((name) => values[name as keyof typeof values] !== undefined)
    if (notForHistory.length > 0) throw new UsageError(`history takes a path, --since, --every, --format, --checks, --include, --exclude, --config and --debug, not --${notForHistory[0]}${SEE_HELP}`)
    const format = values.format ?? 'text'
    if (!HISTORY_FORMATS.includes(format as HistoryArguments['format'])) throw new SettingsError('--format', JSON.stringify(format), `${HISTORY_FORMATS.join(', ')} for history`)
    const overrides = new Map<string, RawField>()
    if (values.checks !== undefined) overrides.set(Inputs.Checks, { value: values.checks, where: '--checks' })
    if (values.include) overrides.set(Inputs.Include, { value: values.include, where: '--include' })
    if (values.exclude) overrides.set(Inputs.Exclude, { value: values.exclude, where: '--exclude' })
    return { kind: 'history', path: positionals[1] ?? '.', config: values.config, since: values.since ?? '90d', every: values.every ?? '7d', format: format as HistoryArguments['format'], overrides, debug: values.debug === true }
  }
  if (values.since !== undefined || values.every !== undefined) throw new UsageError(`--since and --every go with history: repo-audit history [path] --since 90d --every 7d${SEE_HELP}`)
  if (values.write) throw new UsageError(`--write goes with fix: repo-audit fix [path] --write${SEE_HELP}`)
  if (positionals.length > 1) throw new UsageError(`Expected at most one path, got ${positionals.length}: ${positionals.join(' ')}${SEE_HELP}`)
  const format = values.format ?? 'text'
  if (!FORMATS.includes(format as OutputFormat)) throw new SettingsError('--format', JSON.stringify(format), FORMATS.join(', '))

  const overrides = new Map<string, RawField>()
  for (const name of SETTING_FLAGS) {
    const value = values[name]
    if (value !== undefined) overrides.set(name, { value, where: `--${name}` })
  }
  if (values.include) overrides.set(Inputs.Include, { value: values.include, where: '--include' })
  if (values.exclude) overrides.set(Inputs.Exclude, { value: values.exclude, where: '--exclude' })
  return { kind: 'audit', path: positionals[0] ?? '.', config: values.config, format: format as OutputFormat, overrides, debug: values.debug === true }
}
