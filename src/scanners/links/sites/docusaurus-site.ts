import { urlPath } from './config-values.js'
import type { DocSite, ServedTree, SiteRules } from './doc-site.js'
import { objectAfter, objectsAfter, propertyValue, withoutComments } from './js-config-text.js'
import { fileName, type ConfigFile, type Detection, type DetectionContext, type SiteDetector } from './site-detector.js'
import { directoryOf, isOutside, joinPath } from '../check/repository-path.js'

const CONFIG_NAME = /^docusaurus\.config\.(?:js|mjs|cjs|ts|mts|cts)$/

const RULES: SiteRules = {
  pageExtensions: ['md', 'mdx'],
  directoryUrls: false,
  extensionless: true,
  htmlLinks: false,
  indexNames: ['index.md', 'index.mdx', 'README.md', 'README.mdx'],
  // Links to other local files are bundled as assets by the Markdown loader.
  filesAnywhere: true,
  numberPrefixes: true,
        slugStyle: 'github',
}

class Computed extends Error {}

function literalOr(block: string, key: string, fallback: string): string {
  const value = propertyValue(block, key)
  if (value === 'computed') throw new Computed(key)
  return value === undefined ? fallback : value.literal
}

function route(value: string): string {
  return value.replace(/^\/+|\/+$/g, '')
}

interface DocsInstance {
  readonly path: string
  readonly routeBasePath: string
}

/** The docs plugin instances: the classic preset's `docs:` and every `plugin-content-docs` entry. */
function docsInstances(text: string): DocsInstance[] {
  const instances: DocsInstance[] = []
  const disabled = /(?:^|[\s,{])docs\s*:\s*false\b/m.test(text)
  const presetDocs = objectAfter(text, /(?:^|[\s,{])docs\s*:\s*\{/m)
  if (presetDocs !== undefined) instances.push({ path: literalOr(presetDocs, 'path', 'docs'), routeBasePath: literalOr(presetDocs, 'routeBasePath', 'docs') })
  else if (!disabled && /preset-classic|@docusaurus\/core|classic/.test(text)) instances.push({ path: 'docs', routeBasePath: 'docs' })
  for (const block of objectsAfter(text, /["']@docusaurus\/plugin-content-docs["']\s*,/)) {
    instances.push({ path: literalOr(block, 'path', 'docs'), routeBasePath: literalOr(block, 'routeBasePath', 'docs') })
  }
  return instances
}

function staticDirectories(text: string): string[] {
  const match = /(?:^|[\s,{])staticDirectories\s*:\s*\[([^\]]*)\]/m.exec(text)
  if (!match) return ['static']
  const items = (match[1] as string).split(',').map((item) => item.trim()).filter((item) => item !== '')
  return items.map((item) => {
    const literal = /^(["'`])(.*)\1$/.exec(item)
    if (!literal) throw new Computed('staticDirectories')
    return literal[2] as string
  })
}

const DOCS_PLUGIN = 'docusaurus-plugin-content-docs'

/**
 * `i18n/<locale>/docusaurus-plugin-content-docs/current` holds a locale's docs, served under
 * `/<locale>/`; a page it lacks is served from the default locale, so each locale's site serves
 * both trees under the same route, the translation first.
 */
function translations(site: DocSite, i18n: string, context: DetectionContext): DocSite[] {
  const main = site.pages[0] as ServedTree
  const sites: DocSite[] = []
  for (const locale of context.entriesOf(i18n)) {
    const directory = joinPath(i18n, `${locale}/${DOCS_PLUGIN}/current`)
    if (!context.isDirectory(directory)) continue
    const localeRoute = main.route === '' ? locale : `${locale}/${main.route}`
    sites.push({
      ...site,
      pages: [{ directory, route: localeRoute }, { directory: main.directory, route: localeRoute, shared: true }, ...site.pages.slice(1).map((tree) => ({ directory: tree.directory, route: tree.route === '' ? locale : `${locale}/${tree.route}`, shared: true }))],
      language: { code: locale, directory, defaultDirectory: main.directory, fallback: true },
    })
  }
  return sites
}

/**
 * docusaurus.config.*, read as text: docs instances (`path`, `routeBasePath`), the blog, `src/pages`,
 * static directories served at the root, versioned docs and translated docs, which fall back to the
 * default locale's page where a translation is missing.
 */
export const docusaurusDetector: SiteDetector = {
  kind: 'docusaurus',
  isConfig: (path) => CONFIG_NAME.test(fileName(path)),
  detect(config: ConfigFile, context: DetectionContext): Detection {
    const siteDirectory = directoryOf(config.path)
    const text = withoutComments(config.text)
    let instances: DocsInstance[]
    let statics: string[]
    let baseUrl: string
    let blog: DocsInstance | undefined
    try {
      instances = docsInstances(text)
      statics = staticDirectories(text)
      baseUrl = urlPath(literalOr(text, 'baseUrl', '/'))
      const blogBlock = objectAfter(text, /(?:^|[\s,{])blog\s*:\s*\{/m)
      const blogOff = /(?:^|[\s,{])blog\s*:\s*false\b/m.test(text)
      if (!blogOff) blog = blogBlock === undefined ? { path: 'blog', routeBasePath: 'blog' } : { path: literalOr(blogBlock, 'path', 'blog'), routeBasePath: literalOr(blogBlock, 'routeBasePath', 'blog') }
    } catch (error: unknown) {
      if (!(error instanceof Computed)) throw error
      return { unreadable: { kind: 'docusaurus', config: config.path, reason: `\`${error.message}\` is computed in code` } }
    }
    const inSite = (path: string) => joinPath(siteDirectory, path)
    const pages: ServedTree[] = []
    for (const instance of instances) {
      const directory = inSite(instance.path)
      if (isOutside(directory)) return { unreadable: { kind: 'docusaurus', config: config.path, reason: `docs path ${instance.path} is outside the audit` } }
      pages.push({ directory, route: route(instance.routeBasePath) })
    }
    if (blog && !isOutside(inSite(blog.path))) pages.push({ directory: inSite(blog.path), route: route(blog.routeBasePath) })
    pages.push({ directory: inSite('src/pages'), route: '' })
    const main = pages[0]
    const versioned = inSite('versioned_docs')
    if (main && instances.length > 0 && context.isDirectory(versioned)) {
      pages.push({ directory: versioned, route: main.route })
    }
    const assets = statics.map((directory) => ({ directory: inSite(directory), route: '' })).filter((tree) => !isOutside(tree.directory))
    const present = pages.filter((tree) => context.isDirectory(tree.directory))
    if (present.length === 0) return undefined
    const site: DocSite = {
      kind: 'docusaurus', config: config.path, pages: present, assets, baseUrl, rules: RULES,
      fileRoots: [...present.map((tree) => tree.directory), siteDirectory], siteDirectory,
    }
    return { sites: [site, ...translations(site, inSite('i18n'), context)] }
  },
}
