import type { FieldReader } from './field-reader.js'

/**
 * A scanner's own block in the config file (`placeholders:`, `links:` ...). The scanner owns its
 * keys, defaults and validation; the options layer only finds the block and hands it over.
 */
export interface SettingsSection<T> {
  /** The config key, equal to the scanner id. */
  readonly key: string
  readonly keys: readonly string[]
  readonly defaults: T
  /** Reads the keys it knows from `reader` over `defaults`; the caller rejects unknown keys afterwards. */
  read(reader: FieldReader, defaults: T): T
}
