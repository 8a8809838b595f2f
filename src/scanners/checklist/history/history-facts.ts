/** When each file was last changed, from one `git log` over every path the checks asked about. */
export type HistoryFacts =
  | { readonly status: 'available'; readonly lastChanged: ReadonlyMap<string, Date> }
  | { readonly status: 'unavailable'; readonly reason: string }
  | { readonly status: 'not-needed' }
