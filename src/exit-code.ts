/** The exit codes of the action and the CLI alike: a workflow or a script can tell a failed gate from a broken run. */
export const ExitCode = {
  Pass: 0,
  /** A threshold failed, or with fail-on-error a report could not be published. */
  ThresholdFailed: 1,
  /** An input, the config file or the environment holds a value the action cannot use. */
  Usage: 2,
  /** The audit or the action itself failed unexpectedly: a bug. */
  Internal: 3,
} as const

export type ExitCode = (typeof ExitCode)[keyof typeof ExitCode]
