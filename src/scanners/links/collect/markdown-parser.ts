import MarkdownItCallable, { type MarkdownIt, type StateBlock, type StateCore, type StateInline, type Token } from 'markdown-it'
import { normalizeLineBreaks } from '../../line-breaks.js'
import type { FrontMatter } from './collected-document.js'

/** Per-document switches, carried in markdown-it's env so the shared parser instance stays stateless. */
interface Reference {
  readonly href: string
  readonly title: string
}

interface ParseEnv {
  /** Filled by markdown-it's reference rule, by normalised label; the first definition wins. */
  references?: Record<string, Reference>
  /** False for files whose links are not checked: only what can hold an anchor is parsed inline. */
  readonly wantLinks: boolean
}

export interface ParsedMarkdown {
  /** The text as parsed: line endings normalised, front matter blanked (line numbers are unchanged). */
  readonly source: string
  readonly tokens: readonly Token[]
  /** Reference definitions by normalised label (markdown-it's `env.references`). */
  readonly references: Readonly<Record<string, { readonly href: string }>>
  /** The front matter keys that move a page's URL on a documentation site. */
  readonly frontMatter?: FrontMatter
}

const OFFSET_KEY = 'repoAuditOffset'

/** Where an inline link, image, autolink or inline HTML token starts in its inline content. */
export function inlineOffset(token: Token): number | undefined {
  const value = token.meta?.[OFFSET_KEY]
  return typeof value === 'number' ? value : undefined
}

function recordOffset(token: Token, offset: number): void {
  token.meta = { ...(token.meta ?? {}), [OFFSET_KEY]: offset }
}

type InlineRule = (state: StateInline, silent: boolean) => boolean
type BlockRule = (state: StateBlock, startLine: number, endLine: number, silent: boolean) => boolean

interface RuleEntry<Rule> {
  readonly name: string
  readonly fn: Rule
  readonly alt: string[]
}

/** A rule as registered: its function and the chains it also runs in, so a wrapper can replace it in place. */
function registeredRule<Rule>(ruler: unknown, name: string): RuleEntry<Rule> {
  // markdown-it's typings hide the rule list; it is the documented way to reach a rule's function.
  const rule = (ruler as { __rules__: RuleEntry<Rule>[] }).__rules__.find((candidate) => candidate.name === name)
  if (rule === undefined) throw new Error(`markdown-it has no rule "${name}"; the link collector needs it`)
  return rule
}

/**
 * The label of a reference-style link or image that spans `src[start, end)`, normalised as
 * markdown-it keys `env.references`; undefined for an inline one. An inline link ends with `)`,
 * every reference form with `]`: `[text][label]`, `[text][]` and `[text]`, the last two labelled
 * by their text.
 */
function referenceLabel(state: StateInline, md: MarkdownIt, start: number, end: number): string | undefined {
  const { src } = state
  if (src.charCodeAt(end - 1) !== 0x5d) return undefined
  const image = src.charCodeAt(start) === 0x21
  const open = image ? start + 1 : start
  // As the link and image rules read it: an image's text may hold brackets, a link's may not hold a link.
  const textEnd = md.helpers.parseLinkLabel(state, open, !image)
  if (textEnd < 0) return undefined
  const explicit = end > textEnd + 1 ? src.slice(textEnd + 2, end - 1) : ''
  return md.utils.normalizeReference(explicit === '' ? src.slice(open + 1, textEnd) : explicit)
}

/**
 * markdown-it keeps no inline positions, so each rule that makes a link is wrapped to note where
 * it started (`state.pos`) on the first token it pushed. A text token may be flushed before it, so
 * the first token of one of `types` is the one. With `labels`, a reference-style link's label is
 * noted too, in `meta.label`, as markdown-it 15 does.
 */
function wrapInlineRule(md: MarkdownIt, name: string, types: readonly string[], options: { startOf?: (start: number, token: Token) => number; labels?: boolean } = {}): void {
  const rule = registeredRule<InlineRule>(md.inline.ruler, name)
  const original = rule.fn
  const startOf = options.startOf ?? ((start: number) => start)
  const wrapped: InlineRule = (state, silent) => {
    const start = state.pos
    const before = state.tokens.length
    const matched = original(state, silent)
    if (matched && !silent) {
      for (let index = before; index < state.tokens.length; index++) {
        const token = state.tokens[index] as Token
        if (types.includes(token.type)) {
          recordOffset(token, startOf(start, token))
          const label = options.labels ? referenceLabel(state, md, start, state.pos) : undefined
          if (label !== undefined) token.meta = { ...(token.meta ?? {}), label }
          break
        }
      }
    }
    return matched
  }
  md.inline.ruler.at(name, wrapped, { alt: rule.alt })
}

/** Labels in the order markdown-it first defined them, per parse. */
const definedLabels = new WeakMap<object, string[]>()

/**
 * `env.references` that notes each label as markdown-it adds it (it only ever adds a label that is
 * not there yet), so finding the new one costs nothing per definition: listing the keys after each
 * one made 100,000 definitions quadratic.
 */
function recordingReferences(added: string[]): Record<string, Reference> {
  return new Proxy(Object.create(null) as Record<string, Reference>, {
    set(target, label, value: Reference) {
      if (typeof label === 'string' && !(label in target)) added.push(label)
      target[label as string] = value
      return true
    },
  })
}

/**
 * markdown-it 14 keeps reference definitions only in `env.references`; the collector also needs
 * where each one was written. So the block rule is wrapped to emit a `reference_definition` token,
 * as markdown-it 15 does, for each label it defines first. (14 rather than 15: 15's build sets
 * every Token field through a helper and parses this collector's documents a third slower.)
 */
function recordReferenceDefinitions(md: MarkdownIt): void {
  const rule = registeredRule<BlockRule>(md.block.ruler, 'reference')
  const original = rule.fn
  const wrapped: BlockRule = (state, startLine, endLine, silent) => {
    const env = state.env as ParseEnv
    let added = definedLabels.get(env)
    if (added === undefined) {
      definedLabels.set(env, (added = []))
      env.references ??= recordingReferences(added)
    }
    const before = added.length
    const matched = original(state, startLine, endLine, silent)
    if (!matched || silent) return matched
    for (let index = before; index < added.length; index++) {
      const token = state.push('reference_definition', '', 0)
      token.map = [startLine, state.line]
      token.hidden = true
      token.meta = { label: added[index] }
    }
    return matched
  }
  md.block.ruler.at('reference', wrapped, { alt: rule.alt })
}

/** Only inline content that can hold a link or an anchor is worth an inline parse. */
function needsInlineParse(tokens: readonly Token[], index: number, env: ParseEnv): boolean {
  const previous = tokens[index - 1]
  if (previous?.type === 'heading_open') return true
  const content = (tokens[index] as Token).content
  if (content.includes('<')) return true
  return env.wantLinks && (content.includes('[') || content.includes('://'))
}

function selectiveInline(state: StateCore): void {
  const env = state.env as ParseEnv
  const tokens = state.tokens
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index] as Token
    if (token.type === 'inline' && needsInlineParse(tokens, index, env)) {
      state.md.inline.parse(token.content, state.md, state.env, token.children ?? (token.children = []))
    }
  }
}

function createParser(indentedCode = true): MarkdownIt {
  const md = new MarkdownItCallable('default', { html: true, linkify: true, typographer: false })
  // mdsvex, which doc-builder renders with, has no indented code blocks: indented HTML there is live.
  if (!indentedCode) md.block.ruler.disable('code')
  // Targets are checked as written: no percent-encoding, no punycode, and no scheme is refused,
  // because `javascript:` and friends must be seen to be counted as skipped.
  md.normalizeLink = (url) => url
  md.normalizeLinkText = (text) => text
  md.validateLink = () => true
  // GitHub autolinks `http(s)://` text (the inline linkify rule keeps positions); the core rule's
  // fuzzy matching links bare file names like `readme.md` (a TLD), which GitHub does not.
  md.core.ruler.disable(['linkify', 'replacements', 'smartquotes'])
  md.core.ruler.at('inline', selectiveInline)

  recordReferenceDefinitions(md)
  wrapInlineRule(md, 'link', ['link_open'], { labels: true })
  wrapInlineRule(md, 'image', ['image'], { labels: true })
  wrapInlineRule(md, 'autolink', ['link_open'])
  wrapInlineRule(md, 'html_inline', ['html_inline'])
  // The linkify rule fires on the `:` of `https://`; the scheme before it was already read as text.
  wrapInlineRule(md, 'linkify', ['link_open'], { startOf: (start, token) => start - Math.max(0, String(token.attrGet('href') ?? '').indexOf(':')) })
  return md
}

let parser: MarkdownIt | undefined
let withoutIndentedCode: MarkdownIt | undefined

/** The length of a leading YAML front matter block, 0 when there is none. */
function frontMatterLength(text: string): number {
  if (!text.startsWith('---\n')) return 0
  const end = /\n(?:---|\.\.\.)[ \t]*(?:\n|$)/.exec(text.slice(3))
  return end ? 3 + end.index + end[0].length : 0
}

/** `slug:` and `id:` with a plain or quoted scalar: the keys that move a page's URL on a site. */
const ROUTE_KEY = /^(slug|id)[ \t]*:[ \t]*(?:"([^"\n]*)"|'([^'\n]*)'|([^\s#"'][^\n#]*?))[ \t]*(?:#.*)?$/gm

function routeKeys(block: string): FrontMatter | undefined {
  let found: { slug?: string; id?: string } | undefined
  for (const match of block.matchAll(ROUTE_KEY)) {
    const value = (match[2] ?? match[3] ?? match[4] ?? '').trim()
    if (value === '') continue
    found ??= {}
    found[match[1] as 'slug' | 'id'] = value
  }
  return found
}

/** Parses one document as GitHub would (CommonMark + GFM tables, raw HTML on), keeping inline positions. */
export function parseMarkdown(text: string, options: { readonly wantLinks: boolean; readonly indentedCode?: boolean }): ParsedMarkdown {
  const md = options.indentedCode === false ? (withoutIndentedCode ??= createParser(false)) : (parser ??= createParser())
  // markdown-it's own line rule is the shared one (line-breaks.ts); normalised, every line ends in `\n`.
  let source = normalizeLineBreaks(text)
  if (source.includes('\0')) source = source.replace(/\0/g, '\uFFFD')
  // GitHub renders a leading YAML front matter block as a table: it holds no headings and no links.
  const matterLength = frontMatterLength(source)
  const frontMatter = matterLength === 0 ? undefined : routeKeys(source.slice(0, matterLength))
  if (matterLength > 0) source = source.slice(0, matterLength).replace(/[^\n]/g, '') + source.slice(matterLength)
  const env: ParseEnv = { wantLinks: options.wantLinks }
  const tokens = md.parse(source, env)
  return { source, tokens, references: env.references ?? {}, ...(frontMatter === undefined ? {} : { frontMatter }) }
}

const ENTITY = /&(?:#[xX][0-9a-fA-F]{1,6}|#[0-9]{1,7}|[A-Za-z][A-Za-z0-9]{1,31});/g

/** Decodes HTML character references (`&amp;`, `&#x41;`) in raw HTML text or attribute values. */
export function decodeHtmlEntities(text: string): string {
  if (!text.includes('&')) return text
  parser ??= createParser()
  const { unescapeAll } = parser.utils
  return text.replace(ENTITY, (entity) => unescapeAll(entity))
}
