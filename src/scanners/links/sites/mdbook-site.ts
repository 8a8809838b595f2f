import { TomlError, parse } from 'smol-toml'
import { urlPath } from './config-values.js'
import type { DocSite } from './doc-site.js'
import { fileName, type ConfigFile, type Detection, type DetectionContext, type SiteDetector } from './site-detector.js'
import { directoryOf, isOutside, joinPath } from '../check/repository-path.js'

function table(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {}
}

/**
 * book.toml: pages are the Markdown files under `[book] src` (default `src`); `.md` links become
 * `.html`, `README.md` becomes a directory's `index.html`, and only `src` is copied to the book.
 */
export const mdbookDetector: SiteDetector = {
  kind: 'mdbook',
  isConfig: (path) => fileName(path) === 'book.toml',
  detect(config: ConfigFile, context: DetectionContext): Detection {
    let values: Record<string, unknown>
    try {
      values = parse(config.text)
    } catch (error: unknown) {
      if (!(error instanceof TomlError)) throw error
      return { unreadable: { kind: 'mdbook', config: config.path, reason: `not valid TOML (${error.message.split('\n')[0]})` } }
    }
    const book = table(values.book)
    const src = typeof book.src === 'string' ? book.src : 'src'
    const directory = joinPath(directoryOf(config.path), src)
    if (isOutside(directory)) return { unreadable: { kind: 'mdbook', config: config.path, reason: `src ${src} is outside the audit` } }
    if (!context.isFile(`${directory === '' ? '' : `${directory}/`}SUMMARY.md`)) return undefined
    const html = table(table(values.output).html)
    const site: DocSite = {
      kind: 'mdbook',
      config: config.path,
      pages: [{ directory, route: '' }],
      assets: [],
      baseUrl: urlPath(typeof html['site-url'] === 'string' ? html['site-url'] : undefined),
      rules: {
        pageExtensions: ['md'],
        directoryUrls: false,
        extensionless: false,
        htmlLinks: true,
        indexNames: ['README.md', 'index.md'],
        filesAnywhere: false,
        numberPrefixes: false,
        slugStyle: 'github',
      },
    }
    return { sites: [site] }
  },
}
