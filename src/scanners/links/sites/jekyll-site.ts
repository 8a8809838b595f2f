import { readYamlMapping, stringValue, urlPath } from './config-values.js'
import type { DocSite } from './doc-site.js'
import { fileName, type ConfigFile, type Detection, type DetectionContext, type SiteDetector } from './site-detector.js'
import { sphinxSite } from './sphinx-site.js'
import { directoryOf, isOutside, joinPath } from '../check/repository-path.js'

/**
 * `_config.yml`: a Jekyll (GitHub Pages) site, or a Jupyter Book when a `_toc.yml` sits beside it
 * (a Sphinx and MyST site). Jekyll serves `page.md` as `page.html` (and as `page` on GitHub Pages),
 * converts relative `.md` links (jekyll-relative-links), and serves `baseurl` as its root. With a
 * Gemfile that does not name `github-pages`, the site is built by plain Jekyll, which has none of
 * GitHub Pages' default plugins: no extensionless pages and no README as a folder's index.
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
    // A Gemfile without the github-pages gem builds with plain Jekyll: no extensionless pages, no relative-link plugin defaults.
    const gemfile = context.configs.get(joinPath(directory, 'Gemfile')) ?? context.configs.get('Gemfile')
    const githubPages = gemfile === undefined || /["']github-pages["']/.test(gemfile)
    const site: DocSite = {
      kind: 'jekyll',
      config: config.path,
      pages: [{ directory: source, route: '' }],
      assets: [],
      baseUrl: urlPath(stringValue(reading.values, 'baseurl')),
      rules: {
        pageExtensions: ['md', 'markdown', 'html'],
        directoryUrls: false,
        extensionless: githubPages,
        htmlLinks: true,
        indexNames: githubPages ? ['index.md', 'index.markdown', 'index.html', 'README.md'] : ['index.md', 'index.markdown', 'index.html'],
        filesAnywhere: false,
        numberPrefixes: false,
        slugStyle: 'github',
      },
    }
    return { sites: [site] }
  },
}
