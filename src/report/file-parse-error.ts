/** A repository file a scanner needs could not be parsed: the checklist reports `unknown` with this reason, the repo map lists the file as unparsed. */
export interface ParseProblem {
  readonly path: string
  readonly line?: number
  readonly message: string
}

export class FileParseError extends Error {
  constructor(
    readonly path: string,
    readonly line: number | undefined,
    readonly detail: string,
    options?: { cause?: unknown },
  ) {
    super(`${path}${line === undefined ? '' : ` line ${line}`}: ${detail}`, options)
    this.name = 'FileParseError'
  }

  toProblem(): ParseProblem {
    return { path: this.path, ...(this.line === undefined ? {} : { line: this.line }), message: this.detail }
  }
}
