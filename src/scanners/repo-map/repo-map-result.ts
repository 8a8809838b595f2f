import type { Modularity } from './modularity/module-graph.js'
import type { LocalGate } from './local-gates/local-gate.js'
export interface LanguageTotal {
  readonly name: string
  readonly kind: string
  readonly files: number
  readonly bytes: number
  readonly lines: number
}

export interface DirectoryNode {
  /** `.` for the root, otherwise relative with `/`. */
  readonly path: string
  /** Counts include every file below this directory, at any depth. */
  readonly files: number
  readonly bytes: number
  readonly lines: number
  /** At most three, by bytes. */
  readonly languages: readonly string[]
  readonly placeholders: number
  /** Present down to the configured depth. */
  readonly children: readonly DirectoryNode[]
}

export type KeyFileCategory =
  | 'readme' | 'license' | 'contributing' | 'changelog' | 'security' | 'codeowners'
  | 'manifest' | 'lockfile' | 'container' | 'ci' | 'build' | 'pre-commit' | 'config' | 'action'

export interface KeyFile {
  readonly path: string
  readonly category: KeyFileCategory
}

export type EntryPointKind =
  | 'npm-bin' | 'npm-main' | 'python-script' | 'console-script' | 'action'
  | 'docker-entrypoint' | 'docker-cmd' | 'make-target' | 'python-main'

export interface EntryPoint {
  readonly kind: EntryPointKind
  /** File that declares it. */
  readonly path: string
  readonly line: number
  /** Command or target name (`repo-audit`, `build`), or the declared command. */
  readonly name: string
  /** What it runs, as written (`dist/cli.js`, `pkg.cli:main`). */
  readonly target: string
}

export interface Hotspot {
  readonly path: string
  readonly placeholders: number
}

export interface CommitSummary {
  readonly sha: string
  readonly date: string
  readonly author: string
  readonly subject: string
}

export interface RecentHistory {
  /** `unavailable`: not a git work tree or git failed; `shallow`: a shallow clone, commits may be cut short. */
  readonly status: 'complete' | 'shallow' | 'unavailable'
  readonly note?: string
  readonly commits: readonly CommitSummary[]
}

/** A file that declares entry points but could not be parsed; the map lists its neighbours' regardless. */
export interface UnparsedFile {
  readonly path: string
  /** 1-based, when the parser said where. */
  readonly line?: number
  readonly message: string
}

export interface RepoMapResult {
  readonly depth: number
  readonly totals: { readonly files: number; readonly bytes: number; readonly lines: number }
  /** Sorted by bytes, largest first. */
  readonly languages: readonly LanguageTotal[]
  readonly tree: DirectoryNode
  /** Root first, then by path; bounded, see `keyFilesOmitted`. */
  readonly keyFiles: readonly KeyFile[]
  /** Key files found beyond the list's bound. */
  readonly keyFilesOmitted?: number
  /** Root first, then by path and line; bounded, see `entryPointsOmitted`. */
  readonly entryPoints: readonly EntryPoint[]
  /** Entry points found beyond the list's bounds (overall, and per Makefile). */
  readonly entryPointsOmitted?: number
  /** Top-level modules of the Python and JS/TS code, the imports between them, their cycles, the largest files. */
  readonly modularity: Modularity
  /** The commands a contributor runs to check a change, and which of them CI runs. */
  readonly localGates: readonly LocalGate[]
  /** Manifests, action files and the like that did not parse, so their entry points are missing. */
  readonly unparsedFiles?: readonly UnparsedFile[]
  /** Directories with the most placeholders, at most ten. */
  readonly hotspots: readonly Hotspot[]
  readonly recentCommits: RecentHistory
}
