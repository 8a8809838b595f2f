import type { DocSite, SiteKind, UnreadableSite } from './doc-site.js'

/** A configuration file's text, as the read pass handed it over. */
export interface ConfigFile {
  readonly path: string
  readonly text: string
}

export interface DetectionContext {
  /** True for a listed file. */
  readonly isFile: (path: string) => boolean
  /** True for a directory that holds listed files. */
  readonly isDirectory: (path: string) => boolean
  /** Names directly inside a directory. */
  readonly entriesOf: (directory: string) => readonly string[]
  /** Every configuration file read, by path: an MkDocs file may inherit from another. */
  readonly configs: ReadonlyMap<string, string>
}

export type Detection = { readonly sites: readonly DocSite[] } | { readonly unreadable: UnreadableSite } | undefined

/** One generator: which file names declare its sites, and what such a file says. Never runs anything. */
export interface SiteDetector {
  readonly kind: SiteKind
  isConfig(path: string): boolean
  /** The sites the file declares; `unreadable` when it names one whose layout is computed; undefined when it is not this generator's after all. */
  detect(config: ConfigFile, context: DetectionContext): Detection
}

export function fileName(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1)
}
