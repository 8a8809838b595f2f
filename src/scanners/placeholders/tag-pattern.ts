import { isAsciiWordCode } from './char-codes.js'

/** Finds the configured tags in a text, whole-word and case-sensitive, in one regex pass. */

export interface TagPattern {
  readonly tags: readonly string[]
  /** Global: every occurrence, word boundaries checked afterwards. */
  readonly all: RegExp
  /** Non-global twin for the cheap "does any tag occur at all" pre-check. */
  readonly any: RegExp
  /** The distinct tags, longest first: the order the alternation tries them. */
  readonly longestFirst: readonly string[]
}

export interface TagHit {
  readonly at: number
  readonly tag: string
}

const cache = new Map<string, TagPattern>()
/** Called once per file with the same settings array: a lookup by identity, without building a key. */
const byList = new WeakMap<readonly string[], TagPattern>()

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

export function tagPattern(tags: readonly string[]): TagPattern {
  const known = byList.get(tags)
  if (known) return known
  const key = tags.join('\u0000')
  const cached = cache.get(key)
  if (cached) {
    byList.set(tags, cached)
    return cached
  }
  // Longest first, so that with tags `TAG` and `TAGS` the longer one wins at a shared start.
  const longestFirst = [...new Set(tags)].sort((a, b) => b.length - a.length)
  const source = longestFirst.map(escapeRegExp).join('|')
  const pattern: TagPattern = { tags, all: new RegExp(source, 'g'), any: new RegExp(source), longestFirst }
  cache.set(key, pattern)
  byList.set(tags, pattern)
  return pattern
}

/**
 * The tag the pattern matched, searching from `from`, that ends at `end`: the longest tag that ends
 * there and starts at or after `from`, since the regex takes the leftmost match, and at one start
 * the longest alternative.
 */
function tagEndingAt(text: string, from: number, end: number, longestFirst: readonly string[]): string {
  for (const tag of longestFirst) if (end - tag.length >= from && text.startsWith(tag, end - tag.length)) return tag
  throw new Error(`no tag ends at offset ${end}`)
}

/**
 * Tags standing as whole words: for a tag `TAG`, `TAGS`, `MY_TAG` and `tag_list` are not hits.
 * `test` and `lastIndex` rather than `exec`: no match array per occurrence, and a repository has
 * hundreds of thousands of them.
 */
export function findTagHits(text: string, pattern: TagPattern): TagHit[] {
  const hits: TagHit[] = []
  const regex = pattern.all
  regex.lastIndex = 0
  for (let from = 0; regex.test(text); from = regex.lastIndex) {
    const end = regex.lastIndex
    const tag = tagEndingAt(text, from, end, pattern.longestFirst)
    const at = end - tag.length
    if ((at === 0 || !isAsciiWordCode(text.charCodeAt(at - 1))) && (end >= text.length || !isAsciiWordCode(text.charCodeAt(end)))) {
      hits.push({ at, tag })
    }
  }
  return hits
}
