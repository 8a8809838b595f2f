import { SettingsError } from './settings-error.js'

/**
 * The error for include globs that matched no file. Only the inventory can tell, so it is raised
 * after the audit, once the reports are written, and the entries exit as for any settings error.
 */
export function unmatchedIncludeError(unmatched: readonly string[] | undefined, where: string): SettingsError | undefined {
  if (unmatched === undefined || unmatched.length === 0) return undefined
  const globs = unmatched.map((glob) => JSON.stringify(glob)).join(', ')
  return new SettingsError(where, `${globs}, which ${unmatched.length === 1 ? 'matches' : 'match'} no file in the audited directory`, 'include globs that each match at least one file')
}
