/**
 * What a repository is, worked out before it is scored: a check that speaks to applications (exact
 * pins, a captured environment) is wrong about a library, and release notes are wrong about a
 * documentation site. Several kinds can hold at once (a library in a monorepo, a service that
 * trains models); no kind at all means every check applies as written.
 */
export const REPO_KIND_IDS = ['library', 'application', 'action', 'ml', 'docs-site', 'monorepo'] as const
export type RepoKindId = (typeof REPO_KIND_IDS)[number]

export const KIND_LABELS: Readonly<Record<RepoKindId, string>> = {
  library: 'library',
  application: 'application or service',
  action: 'GitHub Action',
  ml: 'ML training or research code',
  'docs-site': 'documentation site',
  monorepo: 'monorepo',
}

/** One fact behind a kind: the file that shows it and what it shows. */
export interface KindSignal {
  readonly kind: RepoKindId
  readonly path: string
  readonly line?: number
  readonly message: string
}

export interface RepoKind {
  /** In the order of REPO_KIND_IDS. */
  readonly kinds: readonly RepoKindId[]
  readonly signals: readonly KindSignal[]
}

export function hasKind(kind: RepoKind, id: RepoKindId): boolean {
  return kind.kinds.includes(id)
}

/**
 * A library and nothing that runs as it is checked out: no program, Action or training code.
 * Its users resolve its dependency ranges; its own environment is only for development.
 */
export function isLibraryOnly(kind: RepoKind): boolean {
  return hasKind(kind, 'library') && !hasKind(kind, 'application') && !hasKind(kind, 'action') && !hasKind(kind, 'ml')
}

/**
 * `library (setup.py builds peft, which the README installs by name)`: each kind with the signal
 * nearest the root (tokio's `tokio/Cargo.toml` rather than `tokio-macros/Cargo.toml`).
 */
export function describeKind(kind: RepoKind): string {
  if (kind.kinds.length === 0) return 'not recognised: every check applies'
  return kind.kinds.map((id) => {
    const nearest = kind.signals.filter((signal) => signal.kind === id).sort((a, b) => a.path.split('/').length - b.path.split('/').length || a.path.length - b.path.length)[0]
    return nearest === undefined ? KIND_LABELS[id] : `${KIND_LABELS[id]} (${nearest.message})`
  }).join(', ')
}

/** The kind as the report carries it: the ids, one line for readers, and the signals behind it. */
export interface RepoKindSummary {
  readonly kinds: readonly RepoKindId[]
  readonly description: string
  readonly signals: readonly KindSignal[]
}

export function kindSummary(kind: RepoKind): RepoKindSummary {
  return { kinds: kind.kinds, description: describeKind(kind), signals: kind.signals }
}
