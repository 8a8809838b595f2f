import type { RawField } from '../../../options/field-reader.js'
import { SettingsError, describeValue } from '../../../options/settings-error.js'
import { BUILT_IN_CHECK_IDS } from '../check-ids.js'
import { UnsupportedPatternError } from '../../linear-pattern.js'
import { CUSTOM_RULE_TYPES, contentRulePattern, type ContentRule, type CustomRule, type CustomRuleType } from './custom-rule.js'

const RULE_ID_SHAPE = /^[a-z0-9][a-z0-9-]{0,63}$/
const MAX_WEIGHT = 100

const COMMON_FIELDS = ['id', 'type', 'title', 'weight', 'remediation', 'paths'] as const
const FIELDS_BY_TYPE: Record<CustomRuleType, readonly string[]> = {
  'file-exists': COMMON_FIELDS,
  'file-absent': COMMON_FIELDS,
  'file-contains': [...COMMON_FIELDS, 'pattern', 'ignore-case'],
  'file-not-contains': [...COMMON_FIELDS, 'pattern', 'ignore-case'],
  'max-age': [...COMMON_FIELDS, 'days'],
}

type Mapping = Record<string, unknown>
const isMapping = (value: unknown): value is Mapping => typeof value === 'object' && value !== null && !Array.isArray(value)

/**
 * Validates one rule field by field. `where` names the rules key and its line; each error adds the
 * rule (by id when it has one, by position otherwise) and the field, so a user can find it at once.
 */
class RuleFields {
  constructor(
    private readonly where: string,
    private readonly label: string,
    private readonly mapping: Mapping,
  ) {}

  private place(field: string): string {
    return `${this.where}, ${this.label}, field '${field}'`
  }

  fail(field: string, received: string, accepted: string): never {
    throw new SettingsError(this.place(field), received, accepted)
  }

  requiredString(field: string): string {
    const value = this.mapping[field]
    if (typeof value === 'string' && value.trim() !== '') return value.trim()
    return this.fail(field, value === undefined ? 'nothing' : describeValue(value), 'a non-empty string')
  }

  optionalBool(field: string, fallback: boolean): boolean {
    const value = this.mapping[field]
    if (value === undefined || value === null) return fallback
    if (typeof value === 'boolean') return value
    return this.fail(field, describeValue(value), 'true or false')
  }

  int(field: string, min: number, max: number, fallback?: number): number {
    const value = this.mapping[field]
    if ((value === undefined || value === null) && fallback !== undefined) return fallback
    if (typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max) return value
    return this.fail(field, value === undefined ? 'nothing' : describeValue(value), `an integer from ${min} to ${max}`)
  }

  globs(field: string): string[] {
    const value = this.mapping[field]
    const items = typeof value === 'string' ? [value] : Array.isArray(value) ? value : undefined
    const globs = items?.filter((item): item is string => typeof item === 'string').map((item) => item.trim()).filter((item) => item !== '')
    if (items === undefined || globs === undefined || globs.length !== items.length || globs.length === 0) {
      return this.fail(field, value === undefined ? 'nothing' : describeValue(value), 'a glob or a non-empty list of globs')
    }
    return globs
  }

  rejectUnknown(known: readonly string[]): void {
    for (const field of Object.keys(this.mapping)) {
      if (!known.includes(field)) this.fail(field, `unknown field ${JSON.stringify(field)}`, `one of ${known.join(', ')}`)
    }
  }
}

function readRule(item: unknown, index: number, where: string, seen: Set<string>): CustomRule {
  const position = `rule ${index + 1}`
  if (!isMapping(item)) {
    throw new SettingsError(`${where}, ${position}`, describeValue(item), 'a mapping with id, type, title, paths and remediation')
  }
  const id = new RuleFields(where, position, item).requiredString('id')
  const fields = new RuleFields(where, `rule ${JSON.stringify(id)}`, item)
  if (!RULE_ID_SHAPE.test(id)) fields.fail('id', JSON.stringify(id), 'lower-case letters, digits and dashes (at most 64), like model-card')
  if ((BUILT_IN_CHECK_IDS as readonly string[]).includes(id)) fields.fail('id', JSON.stringify(id), 'an id that no built-in check uses')
  if (seen.has(id)) fields.fail('id', JSON.stringify(id), 'an id used by no other rule')
  seen.add(id)

  const type = fields.requiredString('type')
  if (!(CUSTOM_RULE_TYPES as readonly string[]).includes(type)) fields.fail('type', JSON.stringify(type), `one of ${CUSTOM_RULE_TYPES.join(', ')}`)
  const ruleType = type as CustomRuleType
  fields.rejectUnknown(FIELDS_BY_TYPE[ruleType])

  const base = {
    id,
    title: fields.requiredString('title'),
    weight: fields.int('weight', 0, MAX_WEIGHT, 1),
    remediation: fields.requiredString('remediation'),
    paths: fields.globs('paths'),
  }
  switch (ruleType) {
    case 'file-exists':
    case 'file-absent':
      return { ...base, type: ruleType }
    case 'file-contains':
    case 'file-not-contains': {
      const rule: ContentRule = { ...base, type: ruleType, pattern: fields.requiredString('pattern'), ignoreCase: fields.optionalBool('ignore-case', false) }
      try {
        contentRulePattern(rule)
      } catch (error: unknown) {
        if (!(error instanceof UnsupportedPatternError)) throw error
        fields.fail('pattern', `${JSON.stringify(rule.pattern)} (${error.reason})`, 'a regular expression without backreferences or lookaround (patterns run in linear time)')
      }
      return rule
    }
    case 'max-age':
      return { ...base, type: ruleType, days: fields.int('days', 1, 36500) }
  }
}

/**
 * The `rules:` list holds mappings, which FieldReader has no reader for, so it is validated here
 * from the plain value the config parser produced.
 */
export function readCustomRules(field: RawField): CustomRule[] {
  if (!Array.isArray(field.value)) {
    throw new SettingsError(field.where, describeValue(field.value), 'a list of rules (each a mapping with id, type, title, paths and remediation)')
  }
  const seen = new Set<string>()
  return field.value.map((item, index) => readRule(item, index, field.where, seen))
}
