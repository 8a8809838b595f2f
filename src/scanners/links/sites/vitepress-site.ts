import type { DocSite } from './doc-site.js'
import { objectAfter, propertyValue, withoutComments } from './js-config-text.js'
import type { ConfigFile, Detection, DetectionContext, SiteDetector } from './site-detector.js'
import { directoryOf, isOutside, joinPath } from '../check/repository-path.js'

const CONFIG_PATH = /(?:^|\/)\.vitepress\/config\.(?:js|mjs|cjs|ts|mts|cts)$/

/** The keys of `locales: { root: {...}, fr: {...} }` other than `root`: each is a directory of translated pages. */
function localeKeys(text: string): string[] {
  const block = objectAfter(text, 'locales')
  if (block === undefined) return []
  const keys: string[] = []
  let depth = 0
  for (const match of block.matchAll(/[{}]|(["']?)([A-Za-z][\w-]*)\1\s*:/g)) {
    if (match[0] === '{') depth++
    else if (match[0] === '}') depth--
    else if (depth === 1 && match[2] !== 'root') keys.push(match[2] as string)
  }
  return keys
}

/**
 * `.vitepress/config.*`, read as text: pages are the Markdown files under `srcDir` (default: the
 * directory holding `.vitepress`), served without extension or as `.html`; `public/` is served at
 * the root; each `locales` key other than `root` is a directory of translated pages with no fallback.
 */
export const vitepressDetector: SiteDetector = {
  kind: 'vitepress',
  isConfig: (path) => CONFIG_PATH.test(path),
  detect(config: ConfigFile, context: DetectionContext): Detection {
    const projectDirectory = directoryOf(directoryOf(config.path))
    const text = withoutComments(config.text)
    const srcDir = propertyValue(text, 'srcDir')
    if (srcDir === 'computed') return { unreadable: { kind: 'vitepress', config: config.path, reason: '`srcDir` is computed in code' } }
    const base = propertyValue(text, 'base')
    const directory = joinPath(projectDirectory, srcDir?.literal ?? '')
    if (isOutside(directory)) return { unreadable: { kind: 'vitepress', config: config.path, reason: `srcDir ${srcDir?.literal ?? ''} is outside the audit` } }
    const site: DocSite = {
      kind: 'vitepress',
      config: config.path,
      pages: [{ directory, route: '' }],
      assets: [{ directory: joinPath(directory, 'public'), route: '' }],
      baseUrl: base === undefined || base === 'computed' ? '' : base.literal.replace(/^\/+|\/+$/g, ''),
      rules: {
        pageExtensions: ['md'],
        directoryUrls: false,
        extensionless: true,
        htmlLinks: true,
        indexNames: ['index.md'],
        filesAnywhere: false,
        numberPrefixes: false,
        slugStyle: 'vitepress',
      },
    }
    const locales = localeKeys(text).filter((key) => context.isDirectory(joinPath(directory, key)))
    const translated = locales.map((code): DocSite => ({
      ...site,
      pages: [{ directory: joinPath(directory, code), route: code }, ...site.pages.map((tree) => ({ ...tree, shared: true }))],
      language: { code, directory: joinPath(directory, code), defaultDirectory: directory, fallback: false },
    }))
    return { sites: [site, ...translated] }
  },
}
