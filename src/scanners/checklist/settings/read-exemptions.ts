import type { RawField } from '../../../options/field-reader.js'
import { SettingsError, describeValue } from '../../../options/settings-error.js'

/** A check the team has decided not to meet, for now or for good, and why. */
export interface Exemption {
  readonly reason: string
  /** `YYYY-MM-DD`: from the day after, the check counts again. */
  readonly until?: string
}

const DATE = /^\d{4}-\d{2}-\d{2}$/
const MAX_REASON = 300

function isMapping(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date)
}

function dateText(value: unknown): string | undefined {
  // YAML reads an unquoted 2027-01-31 as a date.
  if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toISOString().slice(0, 10)
  if (typeof value === 'string' && DATE.test(value.trim()) && !Number.isNaN(Date.parse(value.trim()))) return value.trim()
  return undefined
}

function readReason(value: unknown, where: string): string {
  const reason = typeof value === 'string' ? value.trim() : ''
  if (reason === '' || reason.length > MAX_REASON) throw new SettingsError(where, describeValue(value), `the reason for the exemption, 1 to ${MAX_REASON} characters (a reason is required)`)
  return reason
}

/**
 * `checklist.exempt`: `{ check-id: "reason" }` or `{ check-id: { reason: "…", until: 2027-01-31 } }`.
 * Every id must be a check of the checklist; the error lists the ones there are.
 */
export function readExemptions(field: RawField, knownIds: readonly string[]): Readonly<Record<string, Exemption>> {
  if (!isMapping(field.value)) throw new SettingsError(field.where, describeValue(field.value), 'a mapping of check ids to reasons, e.g. { codeowners: "one maintainer" }')
  const exemptions: Record<string, Exemption> = {}
  for (const [id, value] of Object.entries(field.value)) {
    const child = field.children?.get(id)
    const where = child?.where ?? field.where
    if (!knownIds.includes(id)) throw new SettingsError(field.where, `the check id ${JSON.stringify(id)}`, `one of ${knownIds.join(', ')}`)
    if (!isMapping(value)) {
      exemptions[id] = { reason: readReason(value, where) }
      continue
    }
    const whereOf = (key: string): string => child?.children?.get(key)?.where ?? where
    for (const key of Object.keys(value)) {
      if (key !== 'reason' && key !== 'until') throw new SettingsError(whereOf(key), 'an unknown key', 'reason or until')
    }
    const reason = readReason(value.reason, whereOf('reason'))
    if (value.until === undefined || value.until === null) {
      exemptions[id] = { reason }
      continue
    }
    const until = dateText(value.until)
    if (until === undefined) throw new SettingsError(whereOf('until'), describeValue(value.until), 'a date as YYYY-MM-DD, the last day the exemption holds')
    exemptions[id] = { reason, until }
  }
  return exemptions
}
