/** What section renderers need to know about where the summary will be shown. */
export interface SummaryContext {
  /**
   * A link to the exact file and line on GitHub (`$GITHUB_SERVER_URL/$GITHUB_REPOSITORY/blob/$GITHUB_SHA/path#Lline`),
   * or undefined when the repository or commit is unknown (a local CLI run): then show the plain path.
   */
  fileUrl(path: string, line?: number): string | undefined
  /** At most this many findings per list before "N more in the report". */
  readonly maxListItems: number
}
