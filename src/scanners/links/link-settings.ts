import type { SettingsSection } from '../../options/settings-section.js'

export interface LinkSettings {
  readonly exclude: readonly string[]
}

export const linkSettings: SettingsSection<LinkSettings> = {
  key: 'links',
  keys: ['exclude'],
  defaults: { exclude: [] },
  read(reader, defaults) {
    return { exclude: reader.stringList('exclude', /\n/) ?? defaults.exclude }
  },
}
