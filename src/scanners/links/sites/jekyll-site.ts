import { readYamlMapping, stringValue, urlPath } from './config-values.js'
import type { DocSite } from './doc-site.js'
import { fileName, type ConfigFile, type Detection, type DetectionContext, type SiteDetector } from './site-detector.js'
import { sphinxSite } from './sphinx-site.js'
import { directoryOf, isOutside, joinPath } from '../check/repository-path.js'

/**
 * `_config.yml`: a Jekyll (GitHub Pages) site, or a Jupyter Book when a `_toc.yml` sits beside it
 * (a Sphinx and MyST site). Jekyll serves `page.md` as `page.html` (and as `page` on GitHub Pages),
 * converts relative `.md` links (jekyll-relative-links), and serves `baseurl` as its root.
 */
export const jekyllDetector: SiteDetector = {
  kind: 'jekyll',
  isConfig: (path) => fileName(path) === '_config.yml',
  detect(config: ConfigFile, context: DetectionContext): Detection {
    const directory = directoryOf(config.path)
    if (context.isFile(joinPath(directory, '_toc.yml'))) return { sites: [sphinxSite(config.path, directory)] }
    const reading = readYamlMapping(config.text)
    if ('error' in reading) return { unreadable: { kind: 'jekyll', config: config.path, reason: reading.error } }
    const source = joinPath(directory, stringValue(reading.values, 'source') ?? '')
    if (isOutside(source)) return { unreadable: { kind: 'jekyll', config: config.path, reason: 'source is outside the audit' } }
    const site: DocSite = {
      kind: 'jekyll',
      config: config.path,
      pages: [{ directory: source, route: '' }],
      assets: [],
      baseUrl: urlPath(stringValue(reading.values, 'baseurl')),
      rules: {
        pageExtensions: ['md', 'markdown', 'html'],
        directoryUrls: false,
        extensionless: true,
        htmlLinks: true,
        indexNames: ['index.md', 'index.markdown', 'index.html', 'README.md'],
        filesAnywhere: false,
        numberPrefixes: false,
      },
    }
    return { sites: [site] }
  },
}
