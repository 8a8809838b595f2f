import type { SettingsSection } from '../../options/settings-section.js'

export interface ChecklistSettings {
  readonly exclude: readonly string[]
}

export const checklistSettings: SettingsSection<ChecklistSettings> = {
  key: 'checklist',
  keys: ['exclude'],
  defaults: { exclude: [] },
  read(reader, defaults) {
    return { exclude: reader.stringList('exclude', /\n/) ?? defaults.exclude }
  },
}
