import type { CheckInput } from '../check.js'
import { KIND_LABELS, describeKind, hasKind, isLibraryOnly } from './repo-kind.js'

/**
 * The kind rules the built-in checks declare (`notForKind`): each gives the reason a check does not
 * fit the repository, naming the kind and the file that shows it, or undefined when it fits.
 */

const capitalized = (text: string): string => `${text.charAt(0).toUpperCase()}${text.slice(1)}`

/** Release notes describe releases: a documentation site or research code publishes none. */
export function releasesNotExpected({ kind }: Pick<CheckInput, 'kind'>): string | undefined {
  const unreleased = kind.kinds.length > 0 && kind.kinds.every((id) => id === 'docs-site' || id === 'ml')
  if (!unreleased) return undefined
  const why = hasKind(kind, 'docs-site') ? 'it publishes pages, not versioned releases' : 'research code is run from its checkout, not released in versions'
  return `${capitalized(describeKind(kind))}: ${why}, so there are no release notes to keep.`
}

/** A documentation site has pages, not a program: its links are what the links scanner checks. */
export function noProgramToTest({ kind }: Pick<CheckInput, 'kind'>): string | undefined {
  if (!(kind.kinds.length === 1 && hasKind(kind, 'docs-site'))) return undefined
  return `${capitalized(describeKind(kind))}: it has no program to test; its links and anchors are checked by the links scanner.`
}

/** A library runs in its users' environments; only its development environment is its own. */
export function libraryRunsElsewhere({ kind }: Pick<CheckInput, 'kind'>): string | undefined {
  if (!isLibraryOnly(kind)) return undefined
  return `${capitalized(describeKind(kind))}: it runs in its users' environments, not one of its own; the lock of its development environment is judged by \`lockfile\`.`
}

/** A library declares ranges for its users to resolve; exact pins are for what runs as checked out. */
export function libraryRangesForUsers({ kind }: Pick<CheckInput, 'kind'>): string | undefined {
  if (!isLibraryOnly(kind)) return undefined
  return `${capitalized(describeKind(kind))}: its users resolve its dependency ranges, and exact pins would clash with theirs; the lock of its development environment is judged by \`lockfile\`.`
}

/** Runs, configs, data and checkpoints belong to training code, not to a library that training code imports. */
export function notTrainingCode({ kind }: Pick<CheckInput, 'kind'>): string | undefined {
  if (hasKind(kind, 'ml')) return undefined
  const what = kind.kinds.length === 0 ? 'ML libraries are imported only in examples, tests or tooling' : `${capitalized(describeKind(kind))}, not ${KIND_LABELS.ml}`
  return `${what}: experiment runs, configs, data and checkpoints belong to the training code that uses it.`
}
