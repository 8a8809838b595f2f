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
