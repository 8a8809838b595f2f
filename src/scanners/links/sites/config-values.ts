import { parseDocument } from 'yaml'

/** What a site's YAML configuration says, tolerant of the tags generators add (`!ENV`, `!!python/name:`). */
export type YamlReading = { readonly values: Readonly<Record<string, unknown>> } | { readonly error: string }

/** Aliases in a hostile file could expand without end; site settings never need many. */
const MAX_ALIASES = 100

export function readYamlMapping(text: string): YamlReading {
  const document = parseDocument(text, { strict: false, uniqueKeys: false, prettyErrors: false, logLevel: 'silent' })
  const problem = document.errors[0]
  if (problem) return { error: `not valid YAML (${problem.message.split('\n')[0]})` }
  let values: unknown
  try {
    values = document.toJS({ maxAliasCount: MAX_ALIASES })
  } catch (error: unknown) {
    if (!(error instanceof Error)) throw error
    return { error: error.message }
  }
  if (values === null || values === undefined) return { values: {} }
  if (typeof values !== 'object' || Array.isArray(values)) return { error: 'not a mapping' }
  return { values: values as Record<string, unknown> }
}

export function stringValue(values: Readonly<Record<string, unknown>>, key: string): string | undefined {
  const value = values[key]
  return typeof value === 'string' ? value.trim() : undefined
}

export function booleanValue(values: Readonly<Record<string, unknown>>, key: string): boolean | undefined {
  const value = values[key]
  return typeof value === 'boolean' ? value : undefined
}

/** The URL path of a site URL (`https://x.io/proj/` → `proj`), '' for none. */
export function urlPath(url: string | undefined): string {
  if (url === undefined || url === '') return ''
  const withoutOrigin = url.replace(/^[a-z][a-z0-9+.-]*:\/\/[^/]*/i, '')
  return withoutOrigin.replace(/[?#].*$/, '').replace(/^\/+|\/+$/g, '')
}
