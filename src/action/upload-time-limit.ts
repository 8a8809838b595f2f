import { SettingsError, describeValue } from '../options/settings-error.js'

/** Set by tests (and by anyone whose artifact service is slow): seconds before a hung upload is abandoned. */
export const UPLOAD_TIME_LIMIT_VARIABLE = 'REPO_AUDIT_UPLOAD_TIMEOUT_SECONDS'
export const DEFAULT_UPLOAD_TIME_LIMIT_SECONDS = 120
const MAX_UPLOAD_TIME_LIMIT_SECONDS = 3600

/** The upload's time limit in seconds; a value that is not a whole number from 1 to 3600 is a usage error. */
export function uploadTimeLimitSeconds(env: NodeJS.ProcessEnv): number {
  const raw = env[UPLOAD_TIME_LIMIT_VARIABLE]
  if (raw === undefined || raw.trim() === '') return DEFAULT_UPLOAD_TIME_LIMIT_SECONDS
  const seconds = /^\d+$/.test(raw.trim()) ? Number(raw.trim()) : Number.NaN
  if (!(seconds >= 1 && seconds <= MAX_UPLOAD_TIME_LIMIT_SECONDS)) {
    throw new SettingsError(`environment variable ${UPLOAD_TIME_LIMIT_VARIABLE}`, describeValue(raw), `a whole number of seconds from 1 to ${MAX_UPLOAD_TIME_LIMIT_SECONDS}`)
  }
  return seconds
}
