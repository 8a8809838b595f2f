import { safeDecode } from './safe-decode.js'

/** The repository being audited, as its own GitHub URLs name it. */
export interface SameRepository {
  /** `owner/name`, lower case (GitHub matches both case-insensitively). */
  readonly name: string
  /** Refs whose tree is the checkout: `HEAD`, `main`, `master`, the current branch. */
  readonly refs: readonly string[]
  /** The checked-out commit; a permalink to it (or a 7+ character prefix) is the checkout too. */
  readonly commit?: string
}

export interface RepositoryPath {
  /** Relative to the repository root, decoded, without trailing `/` ('' is the root). */
  readonly path: string
  readonly fragment: string | undefined
}

const BLOB_URL = /^https?:\/\/(?:www\.)?github\.com\/([^/?#]+)\/([^/?#]+)\/(?:blob|tree|raw|blame|edit)\/([^?#]*)(?:\?[^#]*)?(?:#(.*))?$/i
const RAW_URL = /^https?:\/\/raw\.githubusercontent\.com\/([^/?#]+)\/([^/?#]+)\/([^?#]*)(?:\?[^#]*)?(?:#(.*))?$/i
const COMMIT_PREFIX = /^[0-9a-f]{7,40}$/i

export function sameRepository(repository: string | undefined, ref: string | undefined, commit: string | undefined): SameRepository | undefined {
  if (repository === undefined) return undefined
  const refs = new Set(['HEAD', 'main', 'master'])
  if (ref?.startsWith('refs/heads/')) refs.add(ref.slice('refs/heads/'.length))
  // Longest first, so `feature/x` wins over a `feature` branch for `blob/feature/x/README.md`.
  return { name: repository.toLowerCase(), refs: [...refs].sort((a, b) => b.length - a.length), ...(commit ? { commit: commit.toLowerCase() } : {}) }
}

function splitRef(rest: string, repository: SameRepository): string | undefined {
  for (const ref of repository.refs) {
    if (rest === ref) return ''
    if (rest.startsWith(`${ref}/`)) return rest.slice(ref.length + 1)
  }
  const slash = rest.indexOf('/')
  const first = slash === -1 ? rest : rest.slice(0, slash)
  if (repository.commit && COMMIT_PREFIX.test(first) && repository.commit.startsWith(first.toLowerCase())) return slash === -1 ? '' : rest.slice(slash + 1)
  return undefined
}

/**
 * The repository path a `github.com/OWNER/REPO/blob|tree|raw/REF/path` or
 * `raw.githubusercontent.com/OWNER/REPO/REF/path` URL points at, when it is this repository at the
 * checked-out tree; `other-ref` when it is this repository at another ref (a tag, an old commit),
 * which the checkout cannot vouch for; undefined for any other URL.
 */
export function sameRepositoryPath(url: string, repository: SameRepository): RepositoryPath | 'other-ref' | undefined {
  const match = BLOB_URL.exec(url) ?? RAW_URL.exec(url)
  if (!match) return undefined
  if (`${match[1]}/${match[2]}`.toLowerCase() !== repository.name) return undefined
  const path = splitRef(match[3] as string, repository)
  if (path === undefined) return 'other-ref'
  return { path: safeDecode(path).replace(/\/+$/, ''), fragment: match[4] === undefined ? undefined : safeDecode(match[4]) }
}
