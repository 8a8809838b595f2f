import { describeFailedGates } from '../engine/gates.js'
import { auditWithOptions, resolveOptions } from '../engine/audit-from-settings.js'
import { ConfigFileError, SettingsError } from '../options/settings-error.js'
import { redactSecrets } from '../report/redact.js'
import { terminalText } from '../render/control-characters.js'
import { renderJobSummary } from '../render/summary/job-summary.js'
import { renderTextReport } from '../render/text-report.js'
import { writeReports } from '../publish/write-reports.js'
import { buildSarif } from '../render/sarif/sarif-log.js'
import { TOOL_VERSION } from '../version.js'
import { USAGE, UsageError, parseCliArguments, type CliArguments } from './cli-args.js'

export const ExitCode = { Pass: 0, GateFailed: 1, Usage: 2 } as const

export interface CliIo {
  readonly stdout: (text: string) => void
  readonly stderr: (text: string) => void
  readonly cwd: string
  readonly env: NodeJS.ProcessEnv
  readonly isTerminal: boolean
}

async function audit(args: CliArguments, io: CliIo): Promise<number> {
  const prepared = await resolveOptions({
    path: args.path,
    pathWhere: 'path argument',
    baseDir: io.cwd,
    config: args.config,
    overrides: args.overrides,
    defaultOutputDir: undefined,
    env: io.env,
  })
  const { options } = prepared
  const report = await auditWithOptions(prepared, io.env)
  // Rendered only when it is written or printed.
  const markdown = (): string => renderJobSummary(report, { serverUrl: io.env.GITHUB_SERVER_URL })
  if (options.outputDir) {
    const written = await writeReports(options.outputDir, report, { summary: markdown(), ...(options.sarif ? { sarif: buildSarif(report).json } : {}) })
    io.stderr(`Reports written to ${terminalText(written.dir)}\n`)
  }
  if (args.format === 'json') io.stdout(`${JSON.stringify(report, null, 2)}\n`)
  else if (args.format === 'markdown') io.stdout(markdown())
  else io.stdout(renderTextReport(report, { color: io.isTerminal && !io.env.NO_COLOR, maxListItems: 30 }))
  const failure = describeFailedGates(report.gates)
  if (failure) io.stderr(`${failure}\n`)
  return failure ? ExitCode.GateFailed : ExitCode.Pass
}

/** The CLI without process globals, so tests call it directly. Returns the exit code. */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  try {
    const command = parseCliArguments(argv)
    if (command.kind === 'help') {
      io.stdout(`${USAGE}\n`)
      return ExitCode.Pass
    }
    if (command.kind === 'version') {
      io.stdout(`${TOOL_VERSION}\n`)
      return ExitCode.Pass
    }
    return await audit(command, io)
  } catch (error: unknown) {
    if (error instanceof UsageError || error instanceof SettingsError || error instanceof ConfigFileError) {
      // Settings and config errors echo the values given, which may come from the repository.
      io.stderr(`repo-audit: ${terminalText(redactSecrets(error.message, io.env), true)}\n`)
      return ExitCode.Usage
    }
    throw error
  }
}
