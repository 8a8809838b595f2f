import { isAsciiWordCode, isBlankCode } from './char-codes.js'
import { clip } from './finding-text.js'
import { collapseWhitespace } from '../../report/collapse-whitespace.js'
import { splitReference } from './tag-reference.js'

/**
 * Decides whether a tag inside a comment is a placeholder or a mention, and reads its reference
 * and description. Below, TAG stands for any configured tag.
 *
 * The rule for mentions: a tag counts when it is written the way people leave placeholders:
 *  - marked: followed by `:` or by an owner/reference in parentheses (`TAG:`, `TAG(alice)`),
 *    anywhere in the comment;
 *  - bracketed: `(TAG)`, `[TAG]`, or opening an aside: `(TAG add a link)`, `slow - TAG fix`;
 *  - leading: the first word of the comment line (after markers such as `*`, `#`, `-`), or the
 *    first word of a sentence (after `.`, `!`, `?`, `;`), unless the next word shows it is a
 *    mention (`TAG list`, `TAG comments`, `TAG and OTHER markers`);
 *  - a value: the last word after `:` or `=` or a dash (`timeout: TAG`);
 *  - a predicate: the last word of a short comment after a content word (`Naming TAG`).
 * Anything else mid-sentence ("see the TAG list", "remove the TAG flag") is a mention, and so is
 * a tag inside quotes or inline code, in a URL, a path or a file name (`TAG.md`).
 */

export interface TagReading {
  readonly reference?: string
  readonly owner?: string
  readonly issue?: string
  /** The comment line as shown in the finding, markers stripped. */
  readonly text: string
  readonly message: string
}

/** Characters that decorate the start of a comment line: `*` of a block comment, `#!`, `//!`, bullets. */
const DECORATION = new Set([...' \t\r*/#!-=;%|>+@~•'].map((char) => char.charCodeAt(0)))
const MENTION_BEFORE = new Set([...'`\'"/\\.$'].map((char) => char.charCodeAt(0)))
const SENTENCE_END = new Set([...'.!?;'].map((char) => char.charCodeAt(0)))
const VALUE_INTRODUCER = new Set([...':=-–—'].map((char) => char.charCodeAt(0)))
/** Words that, right after a tag, make it a noun: "TAG list", "TAG comments". */
const MENTION_NOUNS = new Set([
  'list', 'lists', 'item', 'items', 'comment', 'comments', 'tag', 'tags', 'marker', 'markers', 'entry', 'entries',
  'note', 'notes', 'file', 'files', 'count', 'counts', 'keyword', 'keywords', 'finding', 'findings', 'scanner',
])
const LIST_JOINERS = new Set(['and', 'or', ',', '/', '&'])
const REFERENCE_WORD = /[#@][\w.-]+/y
const WORD = /[A-Za-z][\w-]*|[,/&]/y

function charCode(text: string, at: number, from: number, to: number): number {
  return at >= from && at < to ? text.charCodeAt(at) : -1
}

function skipBlanks(text: string, at: number, to: number): number {
  let i = at
  while (i < to && isBlankCode(text.charCodeAt(i))) i++
  return i
}

function wordAt(text: string, at: number, to: number): string | undefined {
  WORD.lastIndex = at
  const match = WORD.exec(text)
  return match === null || match.index + match[0].length > to ? undefined : match[0]
}

/** Markers before a leading tag are short; the bound keeps many hits on one huge line linear. */
const MAX_LEAD = 80

function isLeading(text: string, from: number, at: number): boolean {
  return leadOf(text, from, at) !== undefined
}

/**
 * What stands before a leading tag: decoration only (`plain`), or an item's mark after it: a
 * task-list box (`* [ ] TAG talk about replacement`) or a Perl POD heading or item (`=head1 TAG`:
 * the section lists what is left to do). Undefined when words come first.
 */
function leadOf(text: string, from: number, at: number): 'plain' | 'item' | undefined {
  if (at - from > MAX_LEAD) return undefined
  let i = from
  while (i < at && DECORATION.has(text.charCodeAt(i))) i++
  if (i === at) return 'plain'
  const mark = (text.charCodeAt(i - 1) === 61 ? POD_COMMAND : CHECKBOX).exec(text.slice(i, at))
  return mark !== null && i + mark[0].length === at ? 'item' : undefined
}

const CHECKBOX = /^\[[ xX]?\][ \t]+/
const POD_COMMAND = /^(?:head[1-6]|item)[ \t]+/

/** After `.`, `!`, `?` or `;` and a blank; not after an ellipsis (`... TAG ...` fills a gap in a table). */
function startsSentence(text: string, from: number, at: number): boolean {
  let i = at - 1
  while (i >= from && isBlankCode(text.charCodeAt(i))) i--
  return i >= from && i < at - 1 && SENTENCE_END.has(text.charCodeAt(i)) && !(text.charCodeAt(i) === 46 && text.charCodeAt(i - 1) === 46)
}

/** True inside a token like `https://example.com/TAG` or `www.x.org?q=TAG`. */
function insideUrl(text: string, from: number, at: number): boolean {
  let start = at
  const limit = Math.max(from, at - 300)
  while (start > limit && !isBlankCode(text.charCodeAt(start - 1))) start--
  const token = text.slice(start, at)
  return token.includes('://') || token.startsWith('www.')
}

/**
 * ` - TAG` after some words, `name: TAG verify the type`, `code  # TAG`: a dash or a colon (with a
 * blank after it) or a comment marker after commented-out code introduces a note.
 */
function introducedAfterWords(text: string, from: number, at: number, end: number, to: number): boolean {
  let i = at - 1
  if (i < from || !isBlankCode(text.charCodeAt(i))) return false
  while (i >= from && isBlankCode(text.charCodeAt(i))) i--
  const code = charCode(text, i, from, at)
  // After a colon, words must follow: `(Request ID: TAG)` fills a value.
  if (code === 58) return i > from && isBlankCode(charCode(text, end, from, to)) && wordAt(text, skipBlanks(text, end, to), to) !== undefined
  if (code === 35) return i > from && isBlankCode(text.charCodeAt(i - 1))
  return (code === 45 || code === 8211 || code === 8212) && i > from && isBlankCode(text.charCodeAt(i - 1))
}

/** "TAG list", "TAG and OTHER": the next word makes the tag a noun or one of a list of tags. */
function mentionFollows(text: string, after: number, to: number, tags: readonly string[]): boolean {
  const nextAt = skipBlanks(text, after, to)
  const next = wordAt(text, nextAt, to)
  if (next === undefined) return false
  if (MENTION_NOUNS.has(next.toLowerCase())) return true
  if (!LIST_JOINERS.has(next)) return false
  const third = wordAt(text, skipBlanks(text, nextAt + next.length, to), to)
  return third !== undefined && tags.includes(third)
}

/** `Markers: TAG, OTHER` or `TAG OTHER`: the next word is another tag, or a comma starts a list. */
function listsTags(text: string, after: number, to: number, tags: readonly string[]): boolean {
  const nextAt = skipBlanks(text, after, to)
  const next = wordAt(text, nextAt, to)
  return next !== undefined && (next === ',' || next === '/' || tags.includes(next))
}

/**
 * An odd number of backticks before the tag on its line, and one after it to close the code: the
 * tag is quoted as code, as in docs. A stray backtick with none after it opens nothing, as in
 * CommonMark (`` (`int): TAG verify the type ``).
 */
function insideInlineCode(text: string, from: number, at: number, to: number): boolean {
  let backticks = 0
  for (let i = Math.max(from, at - 500); i < at; i++) if (text.charCodeAt(i) === 96) backticks++
  if (backticks % 2 === 0) return false
  const closing = text.indexOf('`', at)
  return closing !== -1 && closing < to
}

function onlyClosingPunctuation(text: string, at: number, to: number): boolean {
  for (let i = at; i < to; i++) {
    const code = text.charCodeAt(i)
    if (!isBlankCode(code) && code !== 46 && code !== 33 && code !== 63) return false
  }
  return true
}

function isValue(text: string, from: number, at: number, after: number, to: number): boolean {
  if (!onlyClosingPunctuation(text, after, to)) return false
  let i = at - 1
  while (i >= from && isBlankCode(text.charCodeAt(i))) i--
  return i >= from && i < at - 1 && VALUE_INTRODUCER.has(text.charCodeAt(i))
}

/** Words that, just before a closing tag, make it the object of a sentence: "see the TAG", "fix this TAG". */
const MENTION_PRECEDERS = new Set([
  'the', 'a', 'an', 'this', 'that', 'these', 'those', 'any', 'each', 'every', 'no', 'of', 'for', 'to', 'in', 'on', 'with',
  'about', 'see', 'per', 'and', 'or', 'as', 'like', 'our', 'its', 'their', 'my', 'your', 'by', 'from', 'is', 'are',
])

/** `Naming TAG`, `Release date TAG`: a short comment that says what is still open, the tag last. */
function isShortPredicate(text: string, from: number, at: number, after: number, to: number, tags: readonly string[]): boolean {
  if (!onlyClosingPunctuation(text, after, to)) return false
  let i = from
  while (i < at && DECORATION.has(text.charCodeAt(i))) i++
  const words = text.slice(i, at).trim().split(/\s+/)
  const last = words[words.length - 1] as string
  return words.length <= 2 && /^[A-Za-z][a-z-]*$/.test(last) && !tags.includes(last) && !MENTION_PRECEDERS.has(last.toLowerCase())
}

/**
 * Strips markers and closing decoration from a comment line: `* TAG: x **` reads `TAG: x`. On a
 * very long line only a window around the tag is read, so that the tag stays in the clipped text.
 */
function commentLineText(text: string, from: number, to: number, at: number = from): string {
  let start = at - from > 150 ? at - 50 : from
  while (start < to && (DECORATION.has(text.charCodeAt(start)) && text.charCodeAt(start) !== 45 && text.charCodeAt(start) !== 64)) start++
  let end = Math.min(to, start + WINDOW)
  while (end > start && (isBlankCode(text.charCodeAt(end - 1)) || text.charCodeAt(end - 1) === 42)) end--
  return clip(collapseWhitespace(text, start, end))
}

const MAX_REFERENCE = 100
const SPACED_REFERENCE = /^\(([#@]?[\w.-]{1,60})\)/
/** How much of a comment line around the tag is read for the text: enough for 200 characters. */
const WINDOW = 400

interface Reference {
  readonly value?: string
  readonly end: number
}

/** `(alice)` or `(#123)` right after the tag, or ` #123` / ` @alice` after a space. */
function readReference(text: string, after: number, to: number): Reference {
  // `TAG (alice):` — one owner or issue token in parentheses after a space, as people also write it.
  if (text.charCodeAt(after) === 32 && text.charCodeAt(after + 1) === 40) {
    const spaced = SPACED_REFERENCE.exec(text.slice(after + 1, Math.min(to, after + MAX_REFERENCE + 3)))
    if (spaced) return { value: spaced[1] as string, end: after + 1 + spaced[0].length }
  }
  if (text.charCodeAt(after) === 40) {
    let close = after + 1
    const limit = Math.min(to, after + MAX_REFERENCE + 2)
    while (close < limit && text.charCodeAt(close) !== 41) close++
    if (close < limit) {
      const value = text.slice(after + 1, close).trim()
      if (value !== '') return { value, end: close + 1 }
    }
    return { end: after }
  }
  const wordStart = skipBlanks(text, after, to)
  REFERENCE_WORD.lastIndex = wordStart
  const match = REFERENCE_WORD.exec(text)
  if (match !== null && wordStart + match[0].length <= to && (wordStart + match[0].length === to || !isAsciiWordCode(text.charCodeAt(wordStart + match[0].length)))) {
    return { value: match[0], end: wordStart + match[0].length }
  }
  return { end: after }
}

/**
 * The message: what the author wrote from the tag on (`TODO (alice): tune`, not a rewritten
 * `TODO(alice): tune`); the owner or reference is recorded apart. A bare tag takes the rest of its
 * comment line, or says it has no description.
 */
function describe(tag: string, at: number, text: string, descriptionStart: number, to: number, lineText: string): string {
  let start = descriptionStart
  while (start < to && (isBlankCode(text.charCodeAt(start)) || ':-–—)]'.includes(text[start] as string))) start++
  // Words make a description; `(TAG).` ends with punctuation only.
  const hasDescription = /[\p{L}\p{N}]/u.test(text.slice(start, Math.min(to, start + WINDOW)))
  // `[TAG] restore the features` reads from its bracket.
  const bracketed = at > 0 && (text.charCodeAt(at - 1) === 40 || text.charCodeAt(at - 1) === 91)
  const from = bracketed ? at - 1 : at
  if (hasDescription) return clip(collapseWhitespace(text.slice(from, Math.min(to, from + WINDOW))).replace(/\s*\*+$/, ''))
  const written = clip(collapseWhitespace(text.slice(from, Math.min(to, from + WINDOW))).replace(/\s*\*+$/, ''))
  // `Naming TAG`, `a title (TAG)`, `code  # TAG`: the line around the tag is what it is about.
  return lineText === tag || lineText === '' || lineText === written ? `${written} (no description)` : lineText
}

export type TagContext = 'comment' | 'prose'

/** One line of a comment (or of Markdown prose): its text is `text[from, to)`. */
export interface TagLine {
  readonly from: number
  readonly to: number
  /**
   * The previous line of the same block comment ends mid-sentence, so a tag at the start of this
   * line is a wrapped word ("... such as\n * TAG items"), not the start of a note.
   */
  readonly continuesSentence?: boolean
}

/**
 * Reads the tag at `at` on `line`. Returns undefined when the occurrence is a mention rather than
 * a placeholder.
 */
export function readTag(text: string, at: number, tag: string, line: TagLine, tags: readonly string[], context: TagContext): TagReading | undefined {
  const { from, to } = line
  const end = at + tag.length
  const before = charCode(text, at - 1, from, to)
  const after = charCode(text, end, from, to)
  if (MENTION_BEFORE.has(before)) return undefined
  // `no-TAG` is a kebab-case name; `- TAG` and `--TAG` are bullets and comment markers.
  if (before === 45 && isAsciiWordCode(charCode(text, at - 2, from, to))) return undefined
  if (after === 47 || after === 92 || after === 96 || after === 34 || after === 39) return undefined
  if ((after === 46 || after === 45) && isAsciiWordCode(charCode(text, end + 1, from, to))) return undefined
  if (insideUrl(text, from, at) || insideInlineCode(text, from, at, to)) return undefined
  // `<TAG>` and `=TAG` fill a value in a format example (`--name=XXX`, `git checkout <XXX>`).
  if ((before === 60 && after === 62) || before === 61) return undefined

  const reference = readReference(text, end, to)
  const separatorAt = skipBlanks(text, reference.end, to)
  const marked = text.charCodeAt(separatorAt) === 58 && separatorAt < to
  const lead = leadOf(text, from, at)
  // An item's mark starts a new note even when the line before ran on.
  const leading = lead === 'item' || (lead === 'plain' && line.continuesSentence !== true)
  let placeholder: boolean
  if (context === 'prose') {
    placeholder = leading && (marked || reference.value !== undefined || !mentionFollows(text, reference.end, to, tags))
  } else {
    // `[TAG]` opening a note counts; mid-sentence (`version [XXX] of the API`) it fills a value.
    const bracketed = (before === 40 && after === 41) || (before === 91 && after === 93 && (isLeading(text, from, at - 1) || startsSentence(text, from, at - 1)))
    // `(TAG add a link)`, `flaky test - TAG fix` and `shape: TAG verify` open a note inside the comment just as a sentence start does.
    // `# x = f(y)  #TAG define f`: a comment marker after commented-out code opens a note too.
    const afterMarker = before === 35 && (at - 2 < from || isBlankCode(text.charCodeAt(at - 2)))
    const opensAside = before === 40 || (before === 91 && after !== 93) || afterMarker || (introducedAfterWords(text, from, at, end, to) && !listsTags(text, reference.end, to, tags))
    const opensSentence = leading || opensAside || startsSentence(text, from, at)
    placeholder =
      marked ||
      (reference.value !== undefined && text.charCodeAt(end) === 40) ||
      bracketed ||
      (opensSentence && !mentionFollows(text, reference.end, to, tags)) ||
      isValue(text, from, at, reference.end, to) ||
      (line.continuesSentence !== true && isShortPredicate(text, from, at, reference.end, to, tags))
  }
  if (!placeholder) return undefined
  const lineText = commentLineText(text, from, to, at)
  const descriptionStart = marked ? separatorAt + 1 : reference.end
  return {
    ...(reference.value === undefined ? {} : { reference: reference.value }),
    ...splitReference(reference.value, text.slice(descriptionStart, Math.min(to, descriptionStart + WINDOW))),
    text: lineText,
    message: describe(tag, at, text, descriptionStart, to, lineText),
  }
}
