import { presenceCheck } from './presence-check.js'
import { filesNamed } from './repo-paths.js'

const HISTORY_FILE = /^(?:change[-_]?log|changes|history|news|releases?|release[-_]notes)(?:\.(?:md|markdown|rst|txt|adoc))?$/i
/** Generated release notes and changesets keep the history outside a file of their own. */
const RELEASE_CONFIGS = ['.github/release.yml', '.github/release.yaml', '.changeset/config.json']

export const changelogCheck = presenceCheck({
  id: 'changelog',
  title: 'Changelog or release notes',
  pack: 'general',
  weight: 1,
  remediation: 'Keep a CHANGELOG.md (keepachangelog.com), or configure generated release notes in .github/release.yml, or use changesets.',
  find: (facts) => [...filesNamed(facts, HISTORY_FILE, ['', 'docs', '.github']), ...RELEASE_CONFIGS.filter((path) => facts.paths.has(path))],
  missing: 'No CHANGELOG, HISTORY, NEWS or release-notes configuration.',
  found: 'Release history',
})
