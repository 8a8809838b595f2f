/**
 * A file that declares entry points could not be parsed (invalid JSON, TOML or YAML). The scanner
 * records it in the result and moves on: one broken manifest must not hide the rest of the map.
 */
export class ManifestParseError extends Error {
  constructor(
    readonly path: string,
    /** 1-based, when the parser said where. */
    readonly line: number | undefined,
    readonly detail: string,
    options?: { cause?: unknown },
  ) {
    super(`${path}${line === undefined ? '' : ` line ${line}`}: ${detail}`, options)
    this.name = 'ManifestParseError'
  }
}
