import type { SettingsSection } from '../../options/settings-section.js'

export interface RepoMapSettings {
  /** How many directory levels the tree shows; counts always include everything below. */
  readonly depth: number
  readonly recentCommits: number
  readonly exclude: readonly string[]
}

export const repoMapSettings: SettingsSection<RepoMapSettings> = {
  key: 'repo-map',
  keys: ['depth', 'recent-commits', 'exclude'],
  defaults: { depth: 2, recentCommits: 10, exclude: [] },
  read(reader, defaults) {
    return {
      depth: reader.int('depth', { min: 0, max: 10 }) ?? defaults.depth,
      recentCommits: reader.int('recent-commits', { min: 0, max: 100 }) ?? defaults.recentCommits,
      exclude: reader.stringList('exclude', /\n/) ?? defaults.exclude,
    }
  },
}
