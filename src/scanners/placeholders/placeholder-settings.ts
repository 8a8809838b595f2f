import type { SettingsSection } from '../../options/settings-section.js'
import { SettingsError } from '../../options/settings-error.js'

export interface PlaceholderSettings {
  /** Matched whole-word and case-sensitively, as people write them: `TODO`, not `todo`. */
  readonly tags: readonly string[]
  readonly stubs: boolean
  /** Count Markdown prose lines that start with a tag (`TODO: write this`), not only HTML comments. */
  readonly markdownProse: boolean
  /** Globs of files this scanner skips, on top of the global include/exclude. */
  readonly exclude: readonly string[]
  /** List interface hooks (a base class's `raise NotImplementedError`) as `kind: interface`; never counted. */
  readonly interfaceHooks: boolean
}

const TAG_SHAPE = /^[A-Za-z][A-Za-z0-9_-]*$/

export const placeholderSettings: SettingsSection<PlaceholderSettings> = {
  key: 'placeholders',
  keys: ['tags', 'stubs', 'markdown-prose', 'exclude', 'interface-hooks'],
  defaults: { tags: ['TODO', 'FIXME', 'XXX', 'HACK', 'TBD'], stubs: true, markdownProse: false, exclude: [], interfaceHooks: false },
  read(reader, defaults) {
    const tags = reader.stringList('tags')
    for (const tag of tags ?? []) {
      if (!TAG_SHAPE.test(tag)) {
        throw new SettingsError('config key placeholders.tags', JSON.stringify(tag), 'words of letters, digits, _ or - (like TODO or FIXME)')
      }
    }
    return {
      tags: tags && tags.length > 0 ? tags : defaults.tags,
      stubs: reader.bool('stubs') ?? defaults.stubs,
      markdownProse: reader.bool('markdown-prose') ?? defaults.markdownProse,
      exclude: reader.stringList('exclude', /\n/) ?? defaults.exclude,
      interfaceHooks: reader.bool('interface-hooks') ?? defaults.interfaceHooks,
    }
  },
}
