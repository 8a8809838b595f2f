/** A code location a document cites: `src/train.py:42`, `src/train.py#L10-L20`, `【F:src/train.py†L1-L120】`. */
export interface Citation {
  /** As written, e.g. `src/train.py:42`. */
  readonly written: string
  readonly path: string
  /** 1-based line of the citation in the document. */
  readonly line: number
  /** 1-based column, in UTF-16 code units. */
  readonly column: number
  readonly firstLine: number
  readonly lastLine: number
  /** What the citation says stands at that line (`path:17: TODO add retries` says `TODO add retries`). */
  readonly claim?: string
  /** The bracketed form generated audits write; a document using it cites on purpose. */
  readonly bracketed: boolean
}

const PATH = String.raw`(?:\.{1,2}/)?(?:[\w@+-][\w.@+-]*/)*[\w@+-][\w.@+-]*\.[A-Za-z][A-Za-z0-9]{0,7}`
/**
 * The bracketed form, a path with `#L10-L20`, or grep's `path:10`, `path:10-20` and `path:10:`
 * followed by what stands there. The look-behind keeps URLs (`host.com:8080`, `https://…/a.py#L3`)
 * and longer words out.
 */
const CITATION = new RegExp(
  String.raw`【F:(${PATH})†L(\d+)(?:-L?(\d+))?】` +
    String.raw`|(?<![\w/.:@+-])(${PATH})(?:#L(\d+)(?:-L(\d+))?|:(\d+)(?:-(\d+))?(?![\d-])(?::(\d+))?(?::[ \t]+([^\n]*))?)`,
  'g',
)
const FENCE = /^[ \t]{0,3}(`{3,}|~{3,})/
/** A claim ends where the Markdown around it does: a closing backtick, a table cell, a link's end. */
const CLAIM_END = /[`|]|\]\(|\s+[—–]\s/

function claimOf(rest: string | undefined): string | undefined {
  if (rest === undefined) return undefined
  const end = rest.search(CLAIM_END)
  const claim = (end < 0 ? rest : rest.slice(0, end)).replace(/(?:\.{3}|…)\s*$/, '').trim()
  return claim.length >= 3 ? claim : undefined
}

function citationAt(match: RegExpExecArray, line: number, column: number): Citation | undefined {
  const [written] = match
  if (match[1] !== undefined) {
    const first = Number(match[2])
    return { written, path: match[1], line, column, firstLine: first, lastLine: match[3] === undefined ? first : Number(match[3]), bracketed: true }
  }
  const path = match[4] as string
  const first = Number(match[5] ?? match[7])
  const last = match[6] ?? match[8]
  const claim = claimOf(match[10])
  return { written: written.replace(/:[ \t]+[^\n]*$/, ''), path, line, column, firstLine: first, lastLine: last === undefined ? first : Number(last), bracketed: false, ...(claim === undefined ? {} : { claim }) }
}

/** The citations in a Markdown document's text, outside fenced code (where `file:line` is a log or a trace). */
export function findCitations(text: string): Citation[] {
  const citations: Citation[] = []
  const lines = text.split('\n')
  let fence: string | undefined
  lines.forEach((content, index) => {
    const opener = FENCE.exec(content)
    if (opener !== null) {
      const marker = opener[1] as string
      if (fence === undefined) fence = marker
      else if (marker[0] === fence[0] && marker.length >= fence.length) fence = undefined
      return
    }
    if (fence !== undefined || !/[:#†]\s*L?\d/.test(content)) return
    CITATION.lastIndex = 0
    for (let match = CITATION.exec(content); match !== null; match = CITATION.exec(content)) {
      const citation = citationAt(match, index + 1, match.index + 1)
      if (citation !== undefined && citation.firstLine > 0) citations.push(citation)
    }
  })
  return citations
}
