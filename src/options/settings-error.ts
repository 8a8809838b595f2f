/**
 * A setting with a bad value. `where` names the place the value came from, so one message serves
 * inputs, CLI flags and config keys: "input 'max-placeholders'", "--max-placeholders",
 * ".github/repo-audit.yml line 4, key 'placeholders.tags'".
 */
export class SettingsError extends Error {
  constructor(
    readonly where: string,
    readonly received: string,
    readonly accepted: string,
  ) {
    super(`Invalid ${where}: got ${received}; expected ${accepted}.`)
    this.name = 'SettingsError'
  }
}

/** Several settings with bad values, all found in one run so that one edit can mend them all. */
export class SettingsErrors extends SettingsError {
  constructor(readonly errors: readonly SettingsError[]) {
    const first = errors[0] as SettingsError
    super(first.where, first.received, first.accepted)
    this.message = `${errors.length} settings are invalid:\n${errors.map((error) => `- ${error.message}`).join('\n')}`
    this.name = 'SettingsErrors'
  }
}

/** One error for what was collected: itself when there is one. */
export function settingsErrorOf(errors: readonly SettingsError[]): SettingsError | undefined {
  const flat = errors.flatMap((error) => (error instanceof SettingsErrors ? error.errors : [error]))
  return flat.length === 0 ? undefined : flat.length === 1 ? flat[0] : new SettingsErrors(flat)
}

/** The config file itself cannot be used: missing, unreadable or not valid YAML. */
export class ConfigFileError extends Error {
  constructor(
    readonly file: string,
    readonly line: number | undefined,
    detail: string,
    options?: { cause?: unknown },
  ) {
    super(`Config file ${file}${line === undefined ? '' : ` line ${line}`}: ${detail}`, options)
    this.name = 'ConfigFileError'
  }
}

export function describeValue(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value)
  if (Array.isArray(value)) return `a list (${JSON.stringify(value).slice(0, 80)})`
  if (value === null) return 'an empty value'
  if (typeof value === 'object') return 'a mapping'
  return String(value)
}
