import type { FieldReader } from '../../options/field-reader.js'
import type { SettingsSection } from '../../options/settings-section.js'
import { SettingsError } from '../../options/settings-error.js'
import { BUILT_IN_CHECK_IDS, type BuiltInCheckId } from './check-ids.js'
import { PACK_IDS, type BuiltInPackId } from './checklist-result.js'
import type { CustomRule } from './settings/custom-rule.js'
import { readCustomRules } from './settings/read-custom-rules.js'
import { readExemptions, type Exemption } from './settings/read-exemptions.js'

export interface DocsFreshnessSettings {
  /** Paths (or globs) of documents that must have changed recently, e.g. a status report. */
  readonly files: readonly string[]
  readonly days: number
}

export interface ChecklistSettings {
  /** Globs of files this scanner ignores, on top of the global include/exclude. */
  readonly exclude: readonly string[]
  readonly packs: Readonly<Record<BuiltInPackId, boolean>>
  /** Built-in checks left out of the report and the score. */
  readonly disable: readonly BuiltInCheckId[]
  /** Built-in check weights that differ from the defaults. */
  readonly weights: Readonly<Partial<Record<BuiltInCheckId, number>>>
  /** Files at or above this size fail `large-files`. */
  readonly largeFileBytes: number
  readonly docsFreshness: DocsFreshnessSettings
  readonly rules: readonly CustomRule[]
  /** Checks the team does not meet on purpose, by id, with the reason and an optional last day. */
  readonly exempt: Readonly<Record<string, Exemption>>
}

const MAX_WEIGHT = 100
const KEYS = ['exclude', 'packs', 'disable', 'weights', 'large-file-bytes', 'docs-freshness', 'rules', 'exempt'] as const

/**
 * FieldReader reads scalars, string lists and nested mappings but has no accessor for a raw value
 * such as a list of mappings; its `take` marks the key as used (so unknown-key checks stay right)
 * and returns the raw field. This is the one place that reaches for it.
 */
function readPacks(reader: FieldReader, defaults: ChecklistSettings['packs']): ChecklistSettings['packs'] {
  const packs = reader.section('packs', PACK_IDS)
  if (!packs) return defaults
  const read = Object.fromEntries(PACK_IDS.map((id) => [id, packs.bool(id) ?? defaults[id]])) as Record<BuiltInPackId, boolean>
  packs.rejectUnknownKeys()
  return read
}

function readWeights(reader: FieldReader): ChecklistSettings['weights'] {
  const section = reader.section('weights', BUILT_IN_CHECK_IDS)
  if (!section) return {}
  const weights: Partial<Record<BuiltInCheckId, number>> = {}
  for (const id of BUILT_IN_CHECK_IDS) {
    const weight = section.int(id, { min: 0, max: MAX_WEIGHT, note: '0 keeps the check in the report but out of the score' })
    if (weight !== undefined) weights[id] = weight
  }
  section.rejectUnknownKeys()
  return weights
}

function readDocsFreshness(reader: FieldReader, defaults: DocsFreshnessSettings): DocsFreshnessSettings {
  const section = reader.section('docs-freshness', ['files', 'days'])
  if (!section) return defaults
  const read = {
    files: section.stringList('files', /\n/) ?? defaults.files,
    days: section.int('days', { min: 1, max: 36500 }) ?? defaults.days,
  }
  section.rejectUnknownKeys()
  return read
}

function readRules(reader: FieldReader): CustomRule[] {
  const field = reader.raw('rules')
  return field ? readCustomRules(field) : []
}

export const checklistSettings: SettingsSection<ChecklistSettings> = {
  key: 'checklist',
  keys: KEYS,
  defaults: {
    exclude: [],
    packs: { general: true, reproducibility: true, ci: true, docs: true },
    disable: [],
    weights: {},
    largeFileBytes: 5 * 1024 * 1024,
    docsFreshness: { files: [], days: 30 },
    rules: [],
    exempt: {},
  },
  read(reader, defaults) {
    const settings: ChecklistSettings = {
      exclude: reader.stringList('exclude', /\n/) ?? defaults.exclude,
      packs: readPacks(reader, defaults.packs),
      disable: reader.choiceList('disable', BUILT_IN_CHECK_IDS) ?? defaults.disable,
      weights: { ...defaults.weights, ...readWeights(reader) },
      largeFileBytes: reader.int('large-file-bytes', { min: 1, note: 'bytes' }) ?? defaults.largeFileBytes,
      docsFreshness: readDocsFreshness(reader, defaults.docsFreshness),
      rules: readRules(reader),
      exempt: {},
    }
    const exemptField = reader.raw('exempt')
    const withExemptions: ChecklistSettings = exemptField === undefined ? settings : { ...settings, exempt: readExemptions(exemptField, [...BUILT_IN_CHECK_IDS, ...settings.rules.map((rule) => rule.id)]) }
    const disabledAndWeighted = settings.disable.find((id) => settings.weights[id] !== undefined)
    if (disabledAndWeighted !== undefined) {
      throw new SettingsError(`config key checklist.weights.${disabledAndWeighted}`, 'a weight for a disabled check', `either disable ${disabledAndWeighted} or weight it, not both`)
    }
    return withExemptions
  },
}
