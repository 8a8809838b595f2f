import { safeDecode } from './safe-decode.js'

/** A local target as written, split the way a browser reads a relative URL. */
export interface WrittenTarget {
  /** Decoded, `\` read as `/`, without `?query` or `#fragment`; '' for `#frag` or `?q` alone. */
  readonly path: string
  /** Decoded; undefined when the target has no `#`. */
  readonly fragment: string | undefined
  /** What follows the path as written (`?plain=1#x`, `#x`), for targets rebuilt as URLs. */
  readonly suffix: string
}

export function splitWrittenTarget(target: string): WrittenTarget {
  const hash = target.indexOf('#')
  const beforeHash = hash === -1 ? target : target.slice(0, hash)
  const fragment = hash === -1 ? undefined : safeDecode(target.slice(hash + 1))
  const query = beforeHash.indexOf('?')
  // Browsers read `\` as `/` in the path of an http(s) URL, so `docs\a.md` works on GitHub.
  const path = safeDecode((query === -1 ? beforeHash : beforeHash.slice(0, query)).replace(/\\/g, '/'))
  const suffix = query !== -1 ? target.slice(query) : hash !== -1 ? target.slice(hash) : ''
  return { path, fragment, suffix }
}
