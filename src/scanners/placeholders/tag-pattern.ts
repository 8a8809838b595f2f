import { isAsciiWordCode } from './char-codes.js'

/** Finds the configured tags in a text, whole-word and case-sensitive, in one regex pass. */

export interface TagPattern {
  readonly tags: readonly string[]
  /** Global: every occurrence, word boundaries checked afterwards. */
  readonly all: RegExp
  /** Non-global twin for the cheap "does any tag occur at all" pre-check. */
  readonly any: RegExp
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
  const source = [...new Set(tags)].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|')
  const pattern: TagPattern = { tags, all: new RegExp(source, 'g'), any: new RegExp(source) }
  cache.set(key, pattern)
  byList.set(tags, pattern)
  return pattern
}

/** Tags standing as whole words: for a tag `TAG`, `TAGS`, `MY_TAG` and `tag_list` are not hits. */
export function findTagHits(text: string, pattern: TagPattern): TagHit[] {
  const hits: TagHit[] = []
  const regex = pattern.all
  regex.lastIndex = 0
  for (let match = regex.exec(text); match !== null; match = regex.exec(text)) {
    const at = match.index
    const end = at + match[0].length
    if ((at === 0 || !isAsciiWordCode(text.charCodeAt(at - 1))) && (end >= text.length || !isAsciiWordCode(text.charCodeAt(end)))) {
      hits.push({ at, tag: match[0] })
    }
  }
  return hits
}
