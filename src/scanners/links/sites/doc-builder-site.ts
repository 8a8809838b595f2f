import type { DocSite } from './doc-site.js'
import { fileName, type ConfigFile, type Detection, type DetectionContext, type SiteDetector } from './site-detector.js'
import { directoryOf, joinPath } from '../check/repository-path.js'
import { readYamlMapping } from './config-values.js'

/** `_redirects.yml`: `old_page: new_page`, both relative to the language folder and without extension. */
function readRedirects(text: string | undefined): Map<string, string> {
  const redirects = new Map<string, string>()
  if (text === undefined) return redirects
  const reading = readYamlMapping(text)
  if ('error' in reading) return redirects
  for (const [from, to] of Object.entries(reading.values)) {
    if (typeof to === 'string') redirects.set(from.replace(/^\/+|\/+$/g, ''), to.replace(/^\/+|\/+$/g, ''))
  }
  return redirects
}

/**
 * Hugging Face doc-builder: a `_toctree.yml` beside the pages of one language. Pages are served
 * without an extension and without a trailing slash (`/docs/LIB/VERSION/LANG/page`), so
 * `../package_reference/lora` from a page reaches `package_reference/lora.md` of the same language.
 * Root-absolute links point into the hub's other libraries, outside this tree.
 */
export const docBuilderDetector: SiteDetector = {
  kind: 'doc-builder',
  isConfig: (path) => fileName(path) === '_toctree.yml',
  detect(config: ConfigFile, context: DetectionContext): Detection {
    const directory = directoryOf(config.path)
    if (!context.isDirectory(directory)) return undefined
    const redirects = readRedirects(context.configs.get(joinPath(directory, '_redirects.yml')))
    const site: DocSite = {
      kind: 'doc-builder',
      config: config.path,
      pages: [{ directory, route: '' }],
      assets: [],
      baseUrl: '',
      rules: {
        pageExtensions: ['md', 'mdx'],
        directoryUrls: false,
        extensionless: true,
        htmlLinks: false,
        indexNames: ['index.md', 'index.mdx'],
        filesAnywhere: false,
        numberPrefixes: false,
        slugStyle: 'doc-builder',
      },
      ...(redirects.size === 0 ? {} : { redirects }),
    }
    return { sites: [site] }
  },
}
