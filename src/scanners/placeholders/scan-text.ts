import type { FingerprintIndex } from '../../report/fingerprint.js'
import type { ScannedFinding } from './placeholder-result.js'
import type { ClassIndexBuilder } from './class-index.js'
import type { PlaceholderSettings } from './placeholder-settings.js'
import type { Span } from './lexer-types.js'
import type { RawFinding } from './raw-finding.js'
import { languageHandler, type LanguageHandler } from './language-handlers.js'
import { lex } from './lexer.js'
import { lexMarkup } from './markup-lexer.js'
import { lexYaml } from './yaml-lexer.js'
import { lexMarkdown, type BracketedTag, type CodeFence, type ProseLine } from './markdown-lexer.js'
import { fencedCodeTags } from './fenced-code.js'
import { scanNotebook } from './notebook.js'
import { modelineLanguage } from './modeline.js'
import { PROSE_MARKUP, markupProseLines } from './markup-prose.js'
import { analysePython, isPythonTestFile, mayHoldPythonStubs } from './python-stubs.js'
import { pythonClasses } from './python-classes.js'
import { isDocstring, isStringStatement } from './python-docstrings.js'
import { STUB_RULES } from './stub-rules.js'
import { codeStubs, stubCandidates, type StubCandidate } from './code-stubs.js'
import { findTagHits, tagPattern, type TagHit, type TagPattern } from './tag-pattern.js'
import { readTag } from './tag-reading.js'
import { isSkipReason } from './skip-reasons.js'
import { statementReach } from './statement-text.js'
import { LineIndex, spanAt } from './span-index.js'
import { isAsciiWordCode, isBlankCode } from './char-codes.js'
import { detachedString } from '../detached-string.js'
import { clip } from './finding-text.js'
import { collapseWhitespace } from '../../report/collapse-whitespace.js'

/** Written anywhere on a line, it silences the findings on that line. */
export const SUPPRESSION_MARKER = 'repo-audit-ignore'

export function knowsLanguage(languageName: string): boolean {
  return languageHandler(languageName) !== undefined
}

interface Lexed {
  readonly spans: readonly Span[]
  readonly prose: readonly ProseLine[]
  readonly fences?: readonly CodeFence[]
  readonly bracketed?: readonly BracketedTag[]
}

/** `until`: code is lexed only as far as a finding could need (see `lexInto`). */
function lexFor(handler: LanguageHandler, text: string, markdownProse: boolean, until: number, tags: readonly string[]): Lexed {
  switch (handler.kind) {
    case 'code':
      return { spans: lex(text, handler.syntax, until), prose: [] }
    case 'markup':
      return { spans: lexMarkup(text), prose: [] }
    case 'yaml':
      return { spans: lexYaml(text), prose: [] }
    case 'markdown':
      return lexMarkdown(text, markdownProse, tags)
    case 'notebook':
      // Notebooks are split into cells before lexing; as a whole they hold no comments.
      return { spans: [], prose: [] }
  }
}

/** The line `text[from, to)` ends with a word or a comma: the sentence goes on on the next line. */
function endsMidSentence(text: string, from: number, to: number): boolean {
  let last = to - 1
  while (last >= from && (isBlankCode(text.charCodeAt(last)) || text.charCodeAt(last) === 42)) last--
  if (last < from) return false
  const code = text.charCodeAt(last)
  return isAsciiWordCode(code) || code === 44
}

const DOCTEST_LINE = /^[ \t]*(?:>>>|\.\.\.)[ \t][^\n#]*?[ \t]#+[ \t]*$/

/** Where the comment starts when the tag stands in a `#` comment on a doctest line of the string, else -1. */
function doctestCommentAt(text: string, span: Span, at: number): number {
  const lineStart = Math.max(span.bodyStart, text.lastIndexOf('\n', at - 1) + 1)
  if (at - lineStart > 400 || !DOCTEST_LINE.test(text.slice(lineStart, at))) return -1
  return text.lastIndexOf('#', at) + 1
}

/** Only blanks, or the `[` of `[TAG]`, stand between the start of the string's line (or its opening) and the tag. */
function opensWithTag(text: string, span: Span, at: number): boolean {
  for (let i = Math.max(span.bodyStart, text.lastIndexOf('\n', at - 1) + 1); i < at; i++) {
    const code = text.charCodeAt(i)
    if (!isBlankCode(code) && code !== 10 && code !== 13 && !(code === 91 && i === at - 1)) return false
  }
  return true
}

/** Tests folders and the file names test runners pick up, in the languages with stub rules. */
const TEST_SOURCE = /(?:^|\/)(?:tests?|__tests__|spec|specs|testing|testdata)\/|(?:^|\/)(?:tests?|[^/]*_tests?)\.rs$|_test\.go$|\.(?:test|spec)\.[cm]?[jt]sx?$|(?:Test|Tests|Spec)\.(?:java|kt|scala|cs|swift|dart)$|_spec\.rb$|_test\.(?:rb|dart|exs?)$/

export function isTestSource(path: string): boolean {
  return TEST_SOURCE.test(path)
}

/**
 * A file shipped for users to copy and fill in (`pre-commit.sample`, `config.example.yml`,
 * `settings.py.template`, and Markdown named `*_template.md` such as `model_card_template.md` and
 * `pull_request_template.md`): its placeholders are the user's to replace, not the maintainer's.
 * `paint_by_example.py` and `trainer_template.rst` are the project's own code and docs.
 */
const TEMPLATE_FILE = /\.(?:sample|example|template|tmpl|dist)$|\.(?:sample|example|template)\.[\w]+$|[_-]template\.md$/i

export function isTemplateFile(path: string): boolean {
  return TEMPLATE_FILE.test(path.slice(path.lastIndexOf('/') + 1))
}

/** Sphinx's `.. todo::` directive in lower case: the TODO tag written as reST spells it. */
const TODO_DIRECTIVE = /^\.\. todo::[ \t]*(.*)$/gm

/** The first line of a directive's indented body, after blank lines: `.. todo::` often has its text there. */
const DIRECTIVE_BODY = /(?:\r?\n[ \t]*)*\r?\n[ \t]+(\S[^\r\n]*)/y

function todoDirectives(text: string, out: RawFinding[]): void {
  TODO_DIRECTIVE.lastIndex = 0
  for (let match = TODO_DIRECTIVE.exec(text); match !== null; match = TODO_DIRECTIVE.exec(text)) {
    let rest = collapseWhitespace(match[1] as string)
    if (rest === '') {
      DIRECTIVE_BODY.lastIndex = match.index + match[0].length
      rest = collapseWhitespace(DIRECTIVE_BODY.exec(text)?.[1] ?? '')
    }
    out.push({ kind: 'comment', at: match.index + 3, tag: 'TODO', text: clip(`todo:: ${rest}`.trim()), message: clip(rest === '' ? 'todo:: (no description)' : `todo:: ${rest}`) })
  }
}

/** A tag in a test's skip reason, and in Python in a docstring, counts as in a comment. */
function commentTags(text: string, lineIndex: () => LineIndex, spans: readonly Span[], hits: readonly TagHit[], python: boolean, tags: TagPattern, out: RawFinding[]): void {
  // Hits are in order, so a string's hits come together: its answer is worked out once, however
  // many tags a long string holds.
  let lastString: Span | undefined
  let lastStringCounts = false
  let lastStringIsStatement: boolean | undefined
  for (const hit of hits) {
    const span = spanAt(spans, hit.at)
    if (span === undefined) continue
    if (span.kind !== 'comment') {
      if (span !== lastString) {
        lastString = span
        lastStringCounts = isSkipReason(text, span) || (python && isDocstring(text, spans, span))
        lastStringIsStatement = undefined
      }
      // A line of a bare string statement that opens with a tag is a note left in code, docstring or not;
      // so is a comment on a doctest line of any string (`>>> load(path)  # TAG: update the path`).
      const doctestComment = python && !lastStringCounts ? doctestCommentAt(text, span, hit.at) : -1
      if (doctestComment !== -1) {
        const lines = lineIndex()
        const to = Math.min(lines.endOf(lines.lineOf(hit.at)), span.bodyEnd)
        const reading = readTag(text, hit.at, hit.tag, { from: doctestComment, to }, tags.tags, 'comment')
        if (reading !== undefined) out.push({ kind: 'comment', at: hit.at, tag: hit.tag, ...reading })
        continue
      }
      if (!lastStringCounts && !(python && opensWithTag(text, span, hit.at) && (lastStringIsStatement ??= isStringStatement(text, spans, span)))) continue
    }
    if (hit.at < span.bodyStart || hit.at + hit.tag.length > span.bodyEnd) continue
    const lines = lineIndex()
    const line = lines.lineOf(hit.at)
    const from = Math.max(lines.startOf(line), span.bodyStart)
    const to = Math.min(lines.endOf(line), span.bodyEnd)
    const continuesSentence = from > span.bodyStart && endsMidSentence(text, Math.max(lines.startOf(line - 1), span.bodyStart), lines.endOf(line - 1))
    const reading = readTag(text, hit.at, hit.tag, { from, to, continuesSentence }, tags.tags, 'comment')
    if (reading === undefined) continue
    // `<!-- TAG` or `/* TAG` alone on its line, the note on the next: that line describes it.
    const next = reading.message.endsWith(NO_DESCRIPTION) ? nextCommentLine(text, lines, line, span) : undefined
    out.push({ kind: 'comment', at: hit.at, tag: hit.tag, ...reading, ...(next === undefined ? {} : { message: clip(`${reading.message.slice(0, -NO_DESCRIPTION.length)} ${next}`) }) })
  }
}

const NO_DESCRIPTION = ' (no description)'
/** Markers that open a comment's continuation lines: `*` of a block comment, `#`, `//`, `--`. */
const CONTINUATION_MARKERS = /^[\s*#/;-]*/

/** The text of the comment's next line that holds words, or undefined when the comment ends first. */
function nextCommentLine(text: string, lines: LineIndex, line: number, span: Span): string | undefined {
  const lineBreak = text.indexOf('\n', lines.endOf(line))
  if (lineBreak === -1 || lineBreak + 1 >= span.bodyEnd) return undefined
  const start = lineBreak + 1
  const end = text.indexOf('\n', start)
  const body = text.slice(start, Math.min(end === -1 ? text.length : end, span.bodyEnd)).replace(/\r$/, '').replace(CONTINUATION_MARKERS, '').trim()
  return /[\p{L}\p{N}]/u.test(body) ? collapseWhitespace(body) : undefined
}

/**
 * A paragraph or list item that opens with a tag and a colon (`TODO: document this.`) is a
 * placeholder; with `markdown-prose`, any prose line that opens with a tag. Mid-sentence mentions
 * never are.
 */
function proseTags(text: string, prose: readonly ProseLine[], tags: TagPattern, everyLine: boolean, out: RawFinding[]): void {
  for (const line of prose) {
    if (!everyLine && !line.opensSentence) continue
    for (const tag of tags.tags) {
      if (!text.startsWith(tag, line.from)) continue
      if (!everyLine && !MARKED_TAG.test(text.slice(line.from + tag.length, Math.min(line.to, line.from + tag.length + 120))) && !isBareTagParagraph(text, line.from, tag)) continue
      const reading = readTag(text, line.from, tag, line, tags.tags, 'prose')
      if (reading !== undefined) out.push({ kind: 'prose', at: line.from, tag, ...reading })
    }
  }
}

/** `… from [Model] (TAG).` in Markdown prose: a tag in parentheses of its own marks a gap in the sentence. */
function bracketedProseTags(text: string, bracketed: readonly BracketedTag[], tags: TagPattern, out: RawFinding[]): void {
  for (const { at, tag, from, to } of bracketed) {
    const reading = readTag(text, at, tag, { from, to }, tags.tags, 'comment')
    // The sentence around the gap says what is missing: it is the message.
    if (reading !== undefined) out.push({ kind: 'prose', at, tag, ...reading, message: reading.text })
  }
}

/** Cheap test before lexing: the hit stands first on its line behind list, quote or heading markers, and a colon follows. */
function mayOpenBlock(text: string, hit: TagHit): boolean {
  for (let i = hit.at - 1; i >= 0 && i >= hit.at - 40; i--) {
    const code = text.charCodeAt(i)
    if (code === 10) return MARKED_TAG.test(text.slice(hit.at + hit.tag.length, hit.at + hit.tag.length + 120)) || isBareTagParagraph(text, hit.at, hit.tag)
    if (!BLOCK_MARKER.has(code)) return false
  }
  return hit.at < 40 && (MARKED_TAG.test(text.slice(hit.at + hit.tag.length, hit.at + hit.tag.length + 120)) || isBareTagParagraph(text, hit.at, hit.tag))
}

function isBracketed(text: string, hit: TagHit): boolean {
  return text.charCodeAt(hit.at - 1) === 40 && text.charCodeAt(hit.at + hit.tag.length) === 41
}

/** After the tag, at most a full stop, and then a blank line or the end: a paragraph that is only `TAG.`. */
const BARE_TAG_REST = /^[.!]?[ \t]*\r?(?:\n[ \t]*\r?(?:\n|$)|$)/

/** `TAG` or `TAG.` as a whole paragraph (not a heading): the section it stands in is still to be written. */
function isBareTagParagraph(text: string, at: number, tag: string): boolean {
  if (!BARE_TAG_REST.test(text.slice(at + tag.length, at + tag.length + 8))) return false
  const lineStart = text.lastIndexOf('\n', at - 1) + 1
  const lead = text.charCodeAt(lineStart)
  return lead !== 35 && lead !== 61
}

const BLOCK_MARKER = new Set([...' \t>-*+#[]xX.)0123456789'].map((char) => char.charCodeAt(0)))

/** After a tag: an optional `(owner)` and then a colon. */
const MARKED_TAG = /^\s?(?:\([^)\n]{1,100}\))?\s*:/

/**
 * How far the code must be lexed for these tags and stub candidates: past the last tag, and as far
 * as the last stub's statement may reach. With Python stubs, the whole file (its structure counts).
 */
function lexingNeed(text: string, hits: readonly TagHit[], candidates: readonly StubCandidate[], wholeFile: boolean): number {
  if (wholeFile) return text.length
  let need = hits.length === 0 ? 0 : (hits[hits.length - 1] as TagHit).at + 1
  for (const { match } of candidates) need = Math.max(need, statementReach(match.index))
  return need
}

function finish(path: string, lines: LineIndex, raw: RawFinding[], fingerprints: FingerprintIndex): ScannedFinding[] {
  if (raw.length === 0) return []
  raw.sort((a, b) => a.at - b.at)
  const suppressed = new Map<number, boolean>()
  const findings: ScannedFinding[] = []
  let previousAt = -1
  let previousTagLine = -1
  for (const finding of raw) {
    if (finding.at === previousAt) continue
    previousAt = finding.at
    const line = lines.lineOf(finding.at)
    // `TODO FIXME: x` is one note: one finding a line for tags.
    if (finding.kind !== 'stub' && finding.kind !== 'interface') {
      if (line === previousTagLine) continue
      previousTagLine = line
    }
    let silenced = suppressed.get(line)
    if (silenced === undefined) {
      silenced = lines.textOf(line).includes(SUPPRESSION_MARKER)
      suppressed.set(line, silenced)
    }
    if (silenced) continue
    const ruleId = `placeholders/${finding.kind}`
    const text = detachedString(finding.text)
    findings.push({
      path,
      line: line + 1,
      column: finding.at - lines.startOf(line) + 1,
      ruleId,
      message: detachedString(finding.message),
      // Content, not position: moving the line keeps the fingerprint.
      fingerprint: fingerprints.next(ruleId, path, `${finding.tag} ${text}`),
      kind: finding.kind,
      tag: detachedString(finding.tag),
      text,
      ...(finding.reference === undefined ? {} : { reference: detachedString(finding.reference) }),
      ...(finding.owner === undefined ? {} : { owner: detachedString(finding.owner) }),
      ...(finding.issue === undefined ? {} : { issue: detachedString(finding.issue) }),
      ...(finding.definedIn === undefined ? {} : { definedIn: finding.definedIn }),
    })
  }
  return findings
}

/**
 * Finds the placeholders in one file's text. Pure: the caller supplies the text and a fingerprint
 * index shared by the whole run (fingerprints are handed out in file order).
 */
export function scanPlaceholders(path: string, detected: string, input: string, settings: PlaceholderSettings, fingerprints: FingerprintIndex, index?: ClassIndexBuilder): ScannedFinding[] {
  // The file's own mode line outranks its extension: `git-gui.sh` declares itself Tcl.
  const languageName = modelineLanguage(input) ?? detected
  const handler = languageHandler(languageName)
  if (handler === undefined || isTemplateFile(path)) return []
  if (handler.kind === 'notebook') return scanNotebook(path, input, settings, fingerprints, (cellPath, language, cellText) => scanPlaceholders(cellPath, language, cellText, settings, fingerprints, index))
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input
  const tags = tagPattern(settings.tags)
  const python = handler.kind === 'code' && handler.python
  const stubRules = settings.stubs ? (STUB_RULES.get(languageName) ?? []) : []
  const pythonStubs = python && settings.stubs && !path.endsWith('.pyi') && mayHoldPythonStubs(text)
  // Every Python file's classes feed the cross-file index: a subclass elsewhere decides whether a stub is a hook.
  if (python && settings.stubs && index !== undefined) index.add(pythonClasses(text))
  // One pass for the tags: the hits themselves, rather than an "any tag?" test and then the hits.
  const hits = findTagHits(text, tags)
  const hasTag = hits.length > 0 || (handler.kind === 'markdown' && settings.markdownProse && tags.any.test(text))
  const candidates = stubCandidates(text, stubRules)
  const todoDirective = languageName === 'reStructuredText' && tags.tags.includes('TODO') && /^\.\. todo::/m.test(text)
  if (!hasTag && !pythonStubs && !todoDirective && candidates.length === 0) return []
  // Markdown's comments are HTML comments and the comments of code blocks; besides them only a block that opens with `TAG:` counts.
  if (handler.kind === 'markdown' && !settings.markdownProse && !text.includes('<!--') && !text.includes('```') && !text.includes('~~~') && !hits.some((hit) => mayOpenBlock(text, hit) || isBracketed(text, hit))) return []

  const { spans, prose, fences, bracketed } = lexFor(handler, text, settings.markdownProse, lexingNeed(text, hits, candidates, pythonStubs), tags.tags)
  const raw: RawFinding[] = []
  if (pythonStubs) {
    const analysis = analysePython(text, spans, { isTestFile: isPythonTestFile(path) })
    for (const stub of analysis.stubs) raw.push(stub)
    if (settings.interfaceHooks) for (const hook of analysis.hooks) raw.push(hook)
  }
  // Built only when something is found: most files with a tag in them have it in a string.
  let lines: LineIndex | undefined
  const lineIndex = (): LineIndex => (lines ??= new LineIndex(text))
  if (hasTag) {
    commentTags(text, lineIndex, spans, hits, python, tags, raw)
    proseTags(text, prose, tags, settings.markdownProse, raw)
    if (PROSE_MARKUP.has(languageName)) proseTags(text, markupProseLines(text, spans, hits), tags, false, raw)
    if (bracketed !== undefined) bracketedProseTags(text, bracketed, tags, raw)
  }
  // Test doubles stand in on purpose: `unimplemented!()` in a mock's method is the test's design.
  if (!isTestSource(path)) codeStubs(text, spans, candidates, languageName, settings.interfaceHooks, raw)
  if (todoDirective) todoDirectives(text, raw)
  const inFences = fences === undefined || fences.length === 0 || hits.length === 0 ? [] : fencedCodeTags(text, fences, hits, lineIndex, (language, block) => scanPlaceholders(path, language, block, { ...settings, stubs: false }, fingerprints))
  const findings = raw.length === 0 ? [] : finish(path, lineIndex(), raw, fingerprints)
  return inFences.length === 0 ? findings : [...findings, ...inFences]
}
