import { relativeLink } from './repository-path.js'

/** `https://github.com/OWNER/REPO/blob/REF/` (or tree, raw) before a file's path: a suggestion keeps it. */
const GITHUB_FILE_URL = /^(https?:\/\/(?:www\.)?github\.com\/[^/?#]+\/[^/?#]+\/(?:blob|tree|raw|blame|edit)\/[^/?#]+\/)/i

/**
 * A suggestion as the text to write in place of the target: relative to the linking file for a
 * relative target, from the root for a root-absolute one, `#anchor` within the same file; undefined
 * when it would be the target as written or the linking file itself.
 */
export function suggestionAsWritten(suggestion: string, source: string, written: string): string | undefined {
  if (suggestion.startsWith('#')) return suggestion === written.trim() ? undefined : suggestion
  const hash = suggestion.indexOf('#')
  const path = hash === -1 ? suggestion : suggestion.slice(0, hash)
  const fragment = hash === -1 ? '' : suggestion.slice(hash)
  const target = written.trim()
  let text: string
  const url = GITHUB_FILE_URL.exec(target)
  if (url) text = `${url[1]}${path}${fragment}`
  else if (/^[a-zA-Z][a-zA-Z0-9+.-]*:|^\/\//.test(target)) return undefined
  else if (target.startsWith('/')) text = `/${path}${fragment}`
  else if (path === source) text = fragment
  else text = `${relativeLink(source, path)}${fragment}`
  return text === '' || text === target ? undefined : text
}
