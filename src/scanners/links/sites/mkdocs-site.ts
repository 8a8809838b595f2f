import { booleanValue, readYamlMapping, stringValue, urlPath } from './config-values.js'
import type { DocSite, SiteRules } from './doc-site.js'
import { fileName, type ConfigFile, type DetectionContext, type Detection, type SiteDetector } from './site-detector.js'
import { directoryOf, isOutside, joinPath } from '../check/repository-path.js'

const CONFIG_NAMES = new Set(['mkdocs.yml', 'mkdocs.yaml'])
/** mkdocs/utils: the extensions Python-Markdown pages may have. */
const PAGE_EXTENSIONS = ['md', 'markdown', 'mdown', 'mkdn', 'mkd']
/** An `INHERIT:` chain longer than this is a loop or a trap. */
const MAX_INHERIT = 8

interface MkDocsValues {
  docsDir?: string
  useDirectoryUrls?: boolean
  siteUrl?: string
  absoluteLinks?: string
}

/** `validation: {links: {absolute_links: x}}` or the shorthand `validation: {absolute_links: x}` (MkDocs 1.5+). */
function absoluteLinks(values: Readonly<Record<string, unknown>>): string | undefined {
  const validation = values.validation
  if (typeof validation !== 'object' || validation === null) return undefined
  const record = validation as Record<string, unknown>
  const links = record.links
  const nested = typeof links === 'object' && links !== null ? (links as Record<string, unknown>).absolute_links : undefined
  const value = nested ?? record.absolute_links
  return typeof value === 'string' ? value : undefined
}

/** The settings that decide links, child over parent along `INHERIT:` (each path relative to its own file). */
function readValues(path: string, context: DetectionContext, depth = 0): MkDocsValues | { readonly error: string } {
  const text = context.configs.get(path)
  if (text === undefined) return { error: `${path} is not in the audit` }
  const reading = readYamlMapping(text)
  if ('error' in reading) return { error: `${path}: ${reading.error}` }
  const own: MkDocsValues = {}
  const docsDir = stringValue(reading.values, 'docs_dir')
  const useDirectoryUrls = booleanValue(reading.values, 'use_directory_urls')
  const siteUrl = stringValue(reading.values, 'site_url')
  if (docsDir !== undefined) own.docsDir = docsDir
  if (useDirectoryUrls !== undefined) own.useDirectoryUrls = useDirectoryUrls
  if (siteUrl !== undefined) own.siteUrl = siteUrl
  const absolute = absoluteLinks(reading.values)
  if (absolute !== undefined) own.absoluteLinks = absolute
  if ('docs_dir' in reading.values && docsDir === undefined) return { error: `${path}: docs_dir is not a plain string` }
  const inherit = stringValue(reading.values, 'INHERIT')
  if (inherit === undefined) return own
  if (depth >= MAX_INHERIT) return { error: `${path}: INHERIT nests more than ${MAX_INHERIT} files deep` }
  const parentPath = joinPath(directoryOf(path), inherit)
  if (isOutside(parentPath)) return { error: `${path}: INHERIT points outside the audit` }
  const parent = readValues(parentPath, context, depth + 1)
  if ('error' in parent) return parent
  return { ...parent, ...own }
}

/**
 * mkdocs.yml: pages are the Markdown files under `docs_dir` (default `docs`, relative to the
 * config file); `.md` links are rewritten relative to the page, other links resolve from the page's
 * URL (`a/b/` with `use_directory_urls`, the default), and the site root is `docs_dir`.
 */
export const mkdocsDetector: SiteDetector = {
  kind: 'mkdocs',
  isConfig: (path) => CONFIG_NAMES.has(fileName(path)),
  detect(config: ConfigFile, context: DetectionContext): Detection {
    const values = readValues(config.path, context)
    if ('error' in values) return { unreadable: { kind: 'mkdocs', config: config.path, reason: values.error } }
    const docsDir = joinPath(directoryOf(config.path), values.docsDir ?? 'docs')
    if (isOutside(docsDir)) return { unreadable: { kind: 'mkdocs', config: config.path, reason: `docs_dir ${values.docsDir ?? ''} is outside the audit` } }
    if (!context.isDirectory(docsDir)) return undefined
    const rules: SiteRules = {
      pageExtensions: PAGE_EXTENSIONS,
      directoryUrls: values.useDirectoryUrls ?? true,
      extensionless: false,
      htmlLinks: values.useDirectoryUrls === false,
      indexNames: ['index.md', 'README.md'],
      filesAnywhere: false,
      numberPrefixes: false,
        slugStyle: 'python-markdown',
    }
    const site: DocSite = {
      kind: 'mkdocs', config: config.path, pages: [{ directory: docsDir, route: '' }], assets: [], baseUrl: urlPath(values.siteUrl), rules,
      absoluteFromHostRoot: values.absoluteLinks !== 'relative_to_docs',
    }
    return { sites: [site] }
  },
}
