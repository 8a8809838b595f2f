import type { AuditReport } from '../../report/audit-report.js'
import type { CheckResult } from '../../scanners/checklist/checklist-result.js'
import type { CitationFinding, LinkFinding } from '../../scanners/links/link-result.js'
import type { PlaceholderFinding } from '../../scanners/placeholders/placeholder-result.js'
import type { EntryPoint } from '../../scanners/repo-map/repo-map-result.js'
import { isSideCode, isSideDocument } from './side-paths.js'

/** One finding across the scanners, with the score that ranks it (the rule is in docs/status-audit.md). */
export interface Signal {
  readonly score: number
  readonly scanner: 'audit' | 'checklist' | 'links' | 'placeholders'
  /** One sentence, plain text with `code` spans; rendered escaped. */
  readonly text: string
  readonly path?: string
  readonly line?: number
}

/** At most this many findings lead the document; the rest are deferred, never dropped. */
export const TOP_FINDINGS = 15
/** Below this score a finding is deferred however few there are: one more TODO is not high signal. */
export const HIGH_SIGNAL_SCORE = 20
/** Tags that say something is wrong now, not later. */
const DEFECT_TAGS = new Set(['FIXME', 'BUG', 'XXX', 'HACK', 'BROKEN'])
/** The README every visitor sees: the root's, or the one GitHub shows from .github/ or docs/. */
const FRONT_README = /^(?:\.github\/|docs\/)?readme(?:\.[\w]+)?$/i
/** A folder's README, which GitHub shows on that folder's page (peft's `method_comparison/MetaMathQA/`). */
const FOLDER_README = /(?:^|\/)readme(?:\.[\w]+)?$/i
/** "Not supported (yet)" is a documented limitation more often than unfinished work (peft's INC and TransformerEngine layers). */
const LIMITATION = /\bnot (?:yet )?supported\b|\bunsupported\b|\bdoes not support\b/i

function checkSignals(checks: readonly CheckResult[]): Signal[] {
  const found: Signal[] = []
  for (const check of checks) {
    if (check.status !== 'fail' && check.status !== 'warn') continue
    const first = check.evidence.find((item) => item.path !== undefined)
    // A failed check weighs by its weight: a committed secret ranks above everything but a failed
    // scanner, missing tests above a broken README link. Weight-1 checks (CODEOWNERS, a contributing
    // guide) are conventions that small and frozen repositories rightly skip, and a warning is advice:
    // both are deferred.
    const score = check.status === 'warn' ? 5 + check.weight * 3 : check.weight <= 1 ? 15 : 10 + check.weight * 14
    found.push({ score, scanner: 'checklist', text: `\`${check.id}\` ${check.status === 'fail' ? 'fails' : 'warns'}: ${check.summary}`, ...(first?.path ? { path: first.path } : {}), ...(first?.line ? { line: first.line } : {}) })
  }
  return found
}

/** Broken links grouped by file: a README's readers are every visitor, a deep docs page's are fewer. */
function linkSignals(findings: readonly LinkFinding[]): Signal[] {
  const byFile = new Map<string, LinkFinding[]>()
  for (const finding of findings) byFile.set(finding.path, [...(byFile.get(finding.path) ?? []), finding])
  return [...byFile].map(([path, broken]) => {
    const first = broken[0] as LinkFinding
    const reach = FRONT_README.test(path) ? 45 : isSideDocument(path) ? 8 : FOLDER_README.test(path) ? 22 : path.includes('/') ? 18 : 30
    const more = broken.length > 1 ? ` (and ${broken.length - 1} more in the file)` : ''
    return { score: reach + Math.min(broken.length, 10), scanner: 'links', text: `${first.message}${more}`, path, line: first.line }
  })
}

/**
 * A status document that no longer describes the code misleads whoever plans from it: it ranks with
 * a README's broken links. Single stale citations are deferred, like one more TODO.
 */
function citationSignals(findings: readonly CitationFinding[]): Signal[] {
  return findings.map((finding) => ({ score: finding.reason === 'stale-status-document' ? 40 : 12, scanner: 'links', text: finding.message, path: finding.path, line: finding.line }))
}

/**
 * Stubs in the code that ships rank high (a CLI that answers "not implemented" blocks its users);
 * defect tags in shipped code next; tests, examples and docs, and plain TODOs, are deferred.
 */
function placeholderSignals(findings: readonly PlaceholderFinding[], entryFiles: ReadonlySet<string>, library: boolean): Signal[] {
  const found: Signal[] = []
  const defects = new Map<string, PlaceholderFinding[]>()
  for (const finding of findings) {
    if (finding.kind === 'interface' || isSideCode(finding.path)) continue
    if (finding.kind === 'stub') {
      // A library's stubs outside its commands are mostly combinations it refuses on purpose (peft's
      // quantised layers, vite's partial esbuild shim): deferred, like documented limitations.
      const score = LIMITATION.test(finding.text) ? 15 : entryFiles.has(finding.path) ? 45 : library ? 18 : 30
      found.push({ score, scanner: 'placeholders', text: `Stub (\`${finding.tag}\`) in shipped code: ${finding.text}`, path: finding.path, line: finding.line })
    } else if (finding.kind === 'comment' && DEFECT_TAGS.has(finding.tag.toUpperCase())) {
      defects.set(finding.path, [...(defects.get(finding.path) ?? []), finding])
    }
  }
  for (const [path, notes] of defects) {
    const first = notes[0] as PlaceholderFinding
    found.push({ score: 15 + Math.min(notes.length, 10), scanner: 'placeholders', text: `${notes.length === 1 ? `A ${first.tag} note` : `${notes.length} FIXME/BUG/XXX notes`} in shipped code, first: ${first.text}`, path, line: first.line })
  }
  return found
}

/**
 * The files the repository's commands start in: a `python -m`/`__main__` file itself, an npm `bin`
 * or `main`, and the module of a console script (`pkg.cli:main` is `pkg/cli.py` or `src/pkg/cli.py`).
 */
function entryFilesOf(entries: readonly EntryPoint[]): Set<string> {
  const files = new Set<string>()
  for (const entry of entries) {
    if (entry.kind === 'python-main') files.add(entry.path)
    else if (entry.kind === 'npm-bin' || entry.kind === 'npm-main') files.add(entry.target.replace(/^\.\//, ''))
    else if (entry.kind === 'console-script' || entry.kind === 'python-script') {
      const module = (entry.target.split(':')[0] ?? '').trim().replace(/\./g, '/')
      if (module !== '') for (const candidate of [`${module}.py`, `src/${module}.py`, `${module}/__main__.py`, `src/${module}/__main__.py`]) files.add(candidate)
    }
  }
  return files
}

/** A library and nothing that runs as checked out, by the checklist's kind. */
function isLibrary(report: AuditReport): boolean {
  const kinds = report.checklist?.kind.kinds ?? []
  return kinds.includes('library') && !kinds.includes('application') && !kinds.includes('action') && !kinds.includes('ml')
}

/** Every finding of the report as a signal, highest first; ties keep the scanners' order and then the path. */
export function rankSignals(report: AuditReport): Signal[] {
  const entryFiles = entryFilesOf(report.repoMap?.entryPoints ?? [])
  const signals: Signal[] = [
    ...report.errors.map((error): Signal => ({ score: 100, scanner: 'audit', text: `The ${error.scanner} scanner failed, so its part of this audit is missing: ${error.message}`, ...(error.path ? { path: error.path } : {}) })),
    ...checkSignals(report.checklist?.checks ?? []),
    ...linkSignals((report.links?.findings ?? []).filter((finding) => finding.reason !== 'github-view-only')),
    ...citationSignals(report.links?.citations.findings ?? []),
    ...placeholderSignals(report.placeholders?.findings ?? [], entryFiles, isLibrary(report)),
  ]
  return signals.sort((a, b) => b.score - a.score || (a.path ?? '').localeCompare(b.path ?? '') || (a.line ?? 0) - (b.line ?? 0))
}

/** Per kind of finding, at most this many lead, so that eleven stubs of one library do not hide its failed checks. */
const PER_KIND = 4

function kindOf(signal: Signal): string {
  return signal.scanner === 'placeholders' ? `${signal.scanner}:${signal.text.startsWith('Stub') ? 'stub' : 'note'}` : signal.scanner
}

/** The findings to act on first: at most TOP_FINDINGS, none below HIGH_SIGNAL_SCORE, at most PER_KIND of a kind but for failures of the audit and its checks. */
export function topSignals(signals: readonly Signal[]): { top: Signal[]; rest: Signal[] } {
  const top: Signal[] = []
  const rest: Signal[] = []
  const taken = new Map<string, number>()
  for (const signal of signals) {
    const kind = kindOf(signal)
    const capped = kind !== 'audit' && kind !== 'checklist' && (taken.get(kind) ?? 0) >= PER_KIND
    if (top.length < TOP_FINDINGS && signal.score >= HIGH_SIGNAL_SCORE && !capped) {
      top.push(signal)
      taken.set(kind, (taken.get(kind) ?? 0) + 1)
    } else rest.push(signal)
  }
  return { top, rest }
}
