import { boundedDistance } from '../scanners/edit-distance.js'
import { SettingsError, settingsErrorOf, describeValue } from './settings-error.js'

/** A raw setting and where it came from; config values keep their YAML type, inputs and flags are strings. */
export interface RawField {
  readonly value: unknown
  readonly where: string
  /** Present when the value is a config mapping: its fields, for a nested section. */
  readonly children?: ReadonlyMap<string, RawField>
}

export interface IntRange {
  readonly min: number
  readonly max?: number
  /** Appended to the accepted-values text, e.g. "-1 means no limit". */
  readonly note?: string
}

/**
 * Reads typed settings out of raw fields, one field at a time, and turns every bad value into a
 * SettingsError that names the field, the value and what is accepted. Absent fields read as
 * undefined so that callers layer defaults, the config file and inputs explicitly.
 */
/** The known key a typo most likely meant: at most two edits away, and fewer than half its length. */
function closestKey(key: string, known: readonly string[]): string | undefined {
  let best: { key: string; distance: number } | undefined
  for (const candidate of known) {
    const limit = Math.min(2, Math.floor(candidate.length / 2))
    const distance = boundedDistance(key.toLowerCase(), candidate, limit)
    if (distance <= limit && (best === undefined || distance < best.distance)) best = { key: candidate, distance }
  }
  return best?.key
}

export class FieldReader {
  private readonly used = new Set<string>()

  constructor(
    private readonly fields: ReadonlyMap<string, RawField>,
    /** Names the whole group in unknown-key errors, e.g. "config file repo-audit.yml". */
    private readonly scope: string,
    private readonly knownKeys?: readonly string[],
  ) {}

  private take(key: string): RawField | undefined {
    this.used.add(key)
    const field = this.fields.get(key)
    if (field === undefined) return undefined
    if (field.value === null || field.value === undefined) return undefined
    if (typeof field.value === 'string' && field.value.trim() === '') return undefined
    return field
  }

  /** The field as given, for shapes the typed readers do not cover (a list of mappings); validate it yourself. */
  raw(key: string): RawField | undefined {
    return this.take(key)
  }

  int(key: string, range: IntRange): number | undefined {
    const field = this.take(key)
    if (!field) return undefined
    const accepted = `an integer from ${range.min}${range.max === undefined ? ' upward' : ` to ${range.max}`}${range.note ? ` (${range.note})` : ''}`
    const text = typeof field.value === 'number' ? String(field.value) : typeof field.value === 'string' ? field.value.trim() : undefined
    if (text === undefined || !/^[+-]?\d+$/.test(text)) throw new SettingsError(field.where, describeValue(field.value), accepted)
    const value = Number(text)
    if (!Number.isSafeInteger(value) || value < range.min || (range.max !== undefined && value > range.max)) {
      throw new SettingsError(field.where, describeValue(field.value), accepted)
    }
    return value
  }

  bool(key: string): boolean | undefined {
    const field = this.take(key)
    if (!field) return undefined
    if (typeof field.value === 'boolean') return field.value
    if (typeof field.value === 'string') {
      const text = field.value.trim().toLowerCase()
      if (text === 'true') return true
      if (text === 'false') return false
    }
    throw new SettingsError(field.where, describeValue(field.value), 'true or false')
  }

  string(key: string): string | undefined {
    const field = this.take(key)
    if (!field) return undefined
    if (typeof field.value === 'string') return field.value.trim()
    throw new SettingsError(field.where, describeValue(field.value), 'a string')
  }

  /** A YAML list of strings, or a string with items separated by newlines or commas. */
  stringList(key: string, separators: RegExp = /[\n,]/): string[] | undefined {
    const field = this.take(key)
    if (!field) return undefined
    if (typeof field.value === 'string') {
      return field.value.split(separators).map((item) => item.trim()).filter((item) => item !== '')
    }
    if (Array.isArray(field.value) && field.value.every((item) => typeof item === 'string')) {
      return field.value.map((item: string) => item.trim()).filter((item) => item !== '')
    }
    throw new SettingsError(field.where, describeValue(field.value), 'a list of strings')
  }

  /** One of `allowed`, as written. */
  choice<T extends string>(key: string, allowed: readonly T[]): T | undefined {
    const field = this.fields.get(key)
    const value = this.string(key)
    if (value === undefined) return undefined
    if (allowed.includes(value as T)) return value as T
    throw new SettingsError((field as RawField).where, JSON.stringify(value), `one of ${allowed.join(', ')}`)
  }

  /** Like stringList, but every item must be one of `allowed`. */
  choiceList<T extends string>(key: string, allowed: readonly T[], separators?: RegExp): T[] | undefined {
    const items = this.stringList(key, separators)
    if (items === undefined) return undefined
    const field = this.fields.get(key) as RawField
    for (const item of items) {
      if (!allowed.includes(item as T)) {
        throw new SettingsError(field.where, `unknown value ${JSON.stringify(item)}`, `any of ${allowed.join(', ')}`)
      }
    }
    return [...new Set(items)] as T[]
  }

  /** A nested mapping (config only), read by its own FieldReader. */
  section(key: string, knownKeys: readonly string[]): FieldReader | undefined {
    const field = this.take(key)
    if (!field) return undefined
    if (!field.children) throw new SettingsError(field.where, describeValue(field.value), `a mapping with keys ${knownKeys.join(', ')}`)
    return new FieldReader(field.children, field.where, knownKeys)
  }

  /** Fails on the first key nobody asked for: a typo in a config file must not pass silently. */
  /** Every key nobody read, in one error (see SettingsErrors). */
  rejectUnknownKeys(): void {
    const unknown: SettingsError[] = []
    for (const [key, field] of this.fields) {
      if (this.used.has(key)) continue
      const known = this.knownKeys ? `one of ${this.knownKeys.join(', ')}` : 'a known key'
      const near = this.knownKeys === undefined ? undefined : closestKey(key, this.knownKeys)
      unknown.push(new SettingsError(field.where, `unknown key ${JSON.stringify(key)} in ${this.scope}${near === undefined ? '' : ` (did you mean ${JSON.stringify(near)}?)`}`, known))
    }
    const error = settingsErrorOf(unknown)
    if (error) throw error
  }
}
