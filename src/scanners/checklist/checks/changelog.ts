import type { Check, CheckInput, Verdict } from '../check.js'
import type { RepoFacts } from '../facts/repo-facts.js'
import { TAG_LIMIT, type VersionTag } from '../history/read-version-tags.js'
import { presenceCheck } from './presence-check.js'
import { releasesNotExpected } from '../kind/kind-rules.js'
import { filesNamed } from './repo-paths.js'

/** `CHANGELOG.md`, `CHANGES`, `HISTORY.rst`, `NEWS`, `RELEASES.md`, `release-notes.adoc`, git's `RelNotes` (a link to the latest notes). */
const HISTORY_FILE = /^(?:change[-_]?log|changes|history|news|releases?|release[-_]?notes|relnotes)(?:\.(?:md|markdown|rst|txt|adoc|asciidoc|org))?$/i
/** A folder of notes, one per release: `RelNotes/2.45.0.adoc`, `changelog/1.2.md`, `release-notes/v3.md`. */
const HISTORY_FOLDER = /^(?:change[-_]?logs?|changes|history|news|releases|release[-_]?notes|relnotes)$/i
/** Generated release notes and changesets keep the history outside a file of their own. */
const RELEASE_CONFIGS = ['.github/release.yml', '.github/release.yaml', '.github/release-drafter.yml', '.github/release-drafter.yaml', '.changeset/config.json']
/**
 * Names that only a changelog carries, kept at any depth: a monorepo's `packages/vite/CHANGELOG.md`,
 * a crate's `tokio/CHANGELOG.md`, a docs site's `docs/en/docs/release-notes.md`. `NEWS`, `RELEASES`
 * and `release.md` count only in the usual homes: deeper down they are news templates or a page on
 * the release process.
 */
const CHANGELOG_FILE = /^(?:change[-_]?log|changes|history|release[-_]?notes)(?:\.(?:md|mdx|markdown|rst|txt|adoc|asciidoc|org))?$/i
const HOMES = ['', 'docs', '.github', 'Documentation', 'doc']
const NOT_THE_PROJECTS = /(?:^|\/)(?:tests?|testdata|fixtures?|examples?|samples?|templates?|archetypes|node_modules|vendor|third[-_]?party)\//i

/** The folders directly in one of HOMES that are named like notes and hold files. */
function historyFolders(facts: RepoFacts): string[] {
  const folders = new Set<string>()
  for (const path of facts.paths) {
    const parts = path.split('/')
    if (parts.length < 2) continue
    const folder = parts.slice(0, -1).join('/')
    const home = parts.slice(0, -2).join('/')
    if (HOMES.includes(home) && HISTORY_FOLDER.test(parts[parts.length - 2] as string)) folders.add(`${folder}/`)
  }
  return [...folders].sort()
}

/** Changelogs of the project's parts and release-notes pages of its docs, at any depth. */
function deeperChangelogs(facts: RepoFacts): string[] {
  const found: string[] = []
  for (const path of facts.paths) {
    const slash = path.lastIndexOf('/')
    if (slash === -1 || NOT_THE_PROJECTS.test(path)) continue
    if (CHANGELOG_FILE.test(path.slice(slash + 1))) found.push(path)
  }
  return found.sort()
}

/**
 * Version tags with no notes in the tree: the notes may be on GitHub releases (peft, cobra), which
 * the checkout does not hold, so the check cannot tell and says so rather than fail.
 */
function releasedWithoutNotesInTree({ tags }: CheckInput): Verdict | undefined {
  if (tags.status !== 'available' || tags.tags.length === 0) return undefined
  const latest = tags.tags[0] as VersionTag
  return {
    status: 'unknown',
    summary: `No release notes in the tree, but ${tags.tags.length === 1 ? 'a version tag' : `${tags.tags.length}${tags.tags.length >= TAG_LIMIT ? '+' : ''} version tags`} (latest ${latest.name}, ${latest.date}) say the project releases: notes written on GitHub releases are not in the checkout, so they cannot be seen here.`,
    evidence: tags.tags.slice(0, 3).map((tag) => ({ message: `tag ${tag.name} (${tag.date})` })),
    remediation: 'If the notes live on GitHub releases, exempt the check with that reason (`checklist.exempt: { changelog: "notes on GitHub releases" }`); else keep a CHANGELOG.md or configure generated release notes.',
  }
}

function releaseNotes(facts: RepoFacts): string[] {
  return [...new Set([...filesNamed(facts, HISTORY_FILE, HOMES), ...historyFolders(facts), ...deeperChangelogs(facts), ...RELEASE_CONFIGS.filter((path) => facts.paths.has(path))])]
}

const presence = presenceCheck({
  notForKind: releasesNotExpected,
  id: 'changelog',
  title: 'Changelog or release notes',
  pack: 'general',
  weight: 1,
  remediation: 'Keep a CHANGELOG.md (keepachangelog.com), or configure generated release notes in .github/release.yml, or use changesets.',
  find: releaseNotes,
  missing: 'No CHANGELOG, CHANGES, HISTORY, NEWS or RELEASES file, no folder or docs page of release notes, no release-notes configuration and no version tags in the tree.',
  whenMissing: releasedWithoutNotesInTree,
  found: 'Release history',
})

/** The tags are read only when the tree holds no notes: with a CHANGELOG they would change nothing. */
export const changelogCheck: Check = { ...presence, needsVersionTags: (facts) => releaseNotes(facts).length === 0 }
