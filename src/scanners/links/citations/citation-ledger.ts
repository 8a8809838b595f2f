import type { FingerprintIndex } from '../../../report/fingerprint.js'
import { directoryOf, extensionOf } from '../check/repository-path.js'
import type { CitationFinding, CitationSummary, CitingDocument, MovedCitation } from '../link-result.js'
import { findCitations, type Citation } from './find-citations.js'

/** Where a document's citation ended: still right, unknown, or stale and why. */
type Outcome =
  | { readonly kind: 'pending' }
  | { readonly kind: 'ok' }
  | { readonly kind: 'unchecked' }
  | { readonly kind: 'missing-file' }
  | { readonly kind: 'missing-line'; readonly lines: number }
  | { readonly kind: 'moved'; readonly to: number }
  | { readonly kind: 'gone' }

interface Cited {
  readonly citation: Citation
  /** The repository path the citation resolves to. */
  readonly target: string
  outcome: Outcome
}

interface CitingFile {
  readonly path: string
  readonly cited: Cited[]
  readonly namedAsStatus: boolean
}

/** Status ledgers, gap reports and audits: documents whose purpose is to point at code. */
const STATUS_NAME = /(?:^|[-_/])(?:status|roadmap|progress|gaps?|audit|known[-_]?issues|review|findings|todo)(?:[-_.][\w-]*)?\.(?:md|mdx|markdown)$/i
/** Release notes record how the code was when they were written; their line numbers are meant to age. */
const HISTORY_NAME = /(?:^|\/)(?:change[-_]?log|changes|history|news|release[-_]?notes?)(?:[-_.][\w-]*)?\.(?:md|mdx|markdown)$/i
/** A document whose citations are mostly stale is reported once, as a whole. */
const MOSTLY_STALE = { minimum: 5, share: 0.5 }
const CLAIM_CHARACTERS = 60
const LISTED_IN_MESSAGE = 3

function normalised(text: string): string {
  return text.replace(/\\([\\`*_{}[\]()#+\-.!|])/g, '$1').replace(/\s+/g, ' ').trim().toLowerCase()
}

function isStale(outcome: Outcome): boolean {
  return outcome.kind === 'missing-file' || outcome.kind === 'missing-line' || outcome.kind === 'moved' || outcome.kind === 'gone'
}

/**
 * Checks what status documents cite: the file must exist, the lines must exist, and a claim
 * (`path:17: TODO add retries`) must still stand at its line. Documents are read before code (the
 * engine reads prose first), so the cited files are asked for and checked as they come, and no
 * file's text outlives its visit.
 */
export class CitationLedger {
  private readonly documents: CitingFile[] = []
  private readonly waiting = new Map<string, Cited[]>()
  private readonly lineCounts = new Map<string, number>()

  constructor(
    private readonly paths: ReadonlySet<string>,
    /** File extensions the repository has: `example.com:8080` is not a path in a tree without `.com` files. */
    private readonly extensions: ReadonlySet<string>,
  ) {}

  addDocument(path: string, text: string): void {
    if (HISTORY_NAME.test(path)) return
    const cited: Cited[] = []
    for (const citation of findCitations(text)) {
      if (!citation.bracketed && !this.extensions.has(extensionOf(citation.path))) continue
      const target = this.resolve(citation.path, path)
      const entry: Cited = { citation, target, outcome: { kind: 'pending' } }
      cited.push(entry)
      const list = this.waiting.get(target)
      if (list === undefined) this.waiting.set(target, [entry])
      else list.push(entry)
    }
    if (cited.length > 0) this.documents.push({ path, cited, namedAsStatus: STATUS_NAME.test(path) })
  }

  /** True for a file that a document cites and that has not been checked yet. */
  wants(path: string): boolean {
    return this.waiting.has(path)
  }

  /** Checks every waiting citation of `path` against its text; `lineCount` is remembered for later documents. */
  visitCited(path: string, text: string): void {
    const entries = this.waiting.get(path)
    if (entries === undefined) return
    this.waiting.delete(path)
    const lines = text.split('\n')
    const count = text.endsWith('\n') ? lines.length - 1 : lines.length
    for (const entry of entries) entry.outcome = this.judge(entry.citation, lines, count)
  }

  /** Remembers a line count for citations into files visited before the citing document (documents citing documents). */
  noteLines(path: string, lines: number): void {
    this.lineCounts.set(path, lines)
  }

  summary(fingerprints: FingerprintIndex): CitationSummary {
    for (const [path, entries] of this.waiting) {
      const lines = this.lineCounts.get(path)
      for (const entry of entries) {
        if (!this.paths.has(path)) entry.outcome = { kind: 'missing-file' }
        else if (lines !== undefined && entry.citation.lastLine > lines) entry.outcome = { kind: 'missing-line', lines }
        else entry.outcome = { kind: lines === undefined || entry.citation.claim !== undefined ? 'unchecked' : 'ok' }
      }
    }
    this.waiting.clear()
    const documents: CitingDocument[] = []
    const findings: CitationFinding[] = []
    const moved: MovedCitation[] = []
    for (const document of this.documents.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))) {
      if (!this.cites(document)) continue
      const stale = document.cited.filter((entry) => isStale(entry.outcome))
      const citing: CitingDocument = {
        path: document.path,
        citations: document.cited.length,
        claims: document.cited.filter((entry) => entry.citation.claim !== undefined).length,
        stale: stale.length,
        unchecked: document.cited.filter((entry) => entry.outcome.kind === 'unchecked').length,
      }
      documents.push(citing)
      for (const entry of stale) {
        if (entry.outcome.kind === 'moved') moved.push({ path: document.path, line: entry.citation.line, cited: entry.citation.written, to: movedTo(entry.citation.written, entry.outcome.to) })
      }
      if (stale.length >= MOSTLY_STALE.minimum && stale.length > document.cited.length * MOSTLY_STALE.share) findings.push(documentFinding(citing, stale, fingerprints))
      else for (const entry of stale) findings.push(citationFinding(document.path, entry, fingerprints))
    }
    return { documents, moved, citations: documents.reduce((sum, document) => sum + document.citations, 0), stale: documents.reduce((sum, document) => sum + document.stale, 0), findings }
  }

  /** A file named as a status document, one using the bracketed form, or one whose citations name at least two files that exist. */
  private cites(document: CitingFile): boolean {
    if (document.namedAsStatus || document.cited.some((entry) => entry.citation.bracketed)) return true
    return new Set(document.cited.filter((entry) => this.paths.has(entry.target)).map((entry) => entry.target)).size >= 2
  }

  /** Audits cite from the repository root; a path that only exists beside the document is read from there. */
  private resolve(written: string, document: string): string {
    const fromRoot = written.replace(/^\.\//, '')
    if (this.paths.has(fromRoot)) return fromRoot
    const folder = directoryOf(document)
    const parts = (folder === '' ? written : `${folder}/${written}`).split('/')
    const resolved: string[] = []
    for (const part of parts) {
      if (part === '..') resolved.pop()
      else if (part !== '.' && part !== '') resolved.push(part)
    }
    const beside = resolved.join('/')
    return this.paths.has(beside) ? beside : fromRoot
  }

  private judge(citation: Citation, lines: readonly string[], count: number): Outcome {
    if (citation.lastLine > count || citation.firstLine > count) return { kind: 'missing-line', lines: count }
    if (citation.claim === undefined) return { kind: 'ok' }
    const claim = normalised(citation.claim).slice(0, CLAIM_CHARACTERS)
    if (normalised(lines.slice(citation.firstLine - 1, citation.lastLine).join(' ')).includes(claim)) return { kind: 'ok' }
    const elsewhere: number[] = []
    lines.forEach((line, index) => {
      if (normalised(line).includes(claim)) elsewhere.push(index + 1)
    })
    return elsewhere.length === 1 ? { kind: 'moved', to: elsewhere[0] as number } : { kind: 'gone' }
  }
}

function staleDetail(entry: Cited): string {
  const { citation, outcome } = entry
  switch (outcome.kind) {
    case 'missing-file':
      return `${entry.target} does not exist`
    case 'missing-line':
      return `${entry.target} has ${outcome.lines} lines`
    case 'moved':
      return `\`${citation.claim ?? ''}\` is now at line ${outcome.to}`
    default:
      return `line ${citation.firstLine} no longer says \`${citation.claim ?? ''}\``
  }
}

/** The citation rewritten at its new line: `src/train.py:17` becomes `src/train.py:23`. */
function movedTo(written: string, line: number): string {
  return written.replace(/:\d+(?:-\d+)?/, `:${line}`)
}

function citationFinding(path: string, entry: Cited, fingerprints: FingerprintIndex): CitationFinding {
  const reason = entry.outcome.kind === 'missing-file' ? 'cited-file-missing' : entry.outcome.kind === 'missing-line' ? 'cited-line-missing' : 'stale-citation'
  const ruleId = `links/${reason}`
  const moved = entry.outcome.kind === 'moved' ? entry.outcome.to : undefined
  return {
    path,
    line: entry.citation.line,
    column: entry.citation.column,
    ruleId,
    message: `Stale citation \`${entry.citation.written}\`: ${staleDetail(entry)}`,
    fingerprint: fingerprints.next(ruleId, path, `${entry.citation.written} ${entry.citation.claim ?? ''}`),
    reason,
    cited: entry.citation.written,
    ...(moved === undefined ? {} : { suggestion: movedTo(entry.citation.written, moved) }),
  }
}

function documentFinding(document: CitingDocument, stale: readonly Cited[], fingerprints: FingerprintIndex): CitationFinding {
  const ruleId = 'links/stale-status-document'
  const first = stale[0] as Cited
  const examples = stale.slice(0, LISTED_IN_MESSAGE).map((entry) => `\`${entry.citation.written}\` (${staleDetail(entry)})`)
  const what = document.claims > document.citations / 2 ? 'cited lines no longer say what it quotes' : 'citations no longer point at what they cite'
  return {
    path: document.path,
    line: first.citation.line,
    column: first.citation.column,
    ruleId,
    message: `${document.path}: ${stale.length} of ${document.citations} ${what}, e.g. ${examples.join('; ')}`,
    fingerprint: fingerprints.next(ruleId, document.path, 'stale-status-document'),
    reason: 'stale-status-document',
    cited: `${document.citations} citations`,
  }
}
