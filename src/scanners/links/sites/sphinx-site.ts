import type { DocSite, SiteRules } from './doc-site.js'
import { fileName, type ConfigFile, type Detection, type DetectionContext, type SiteDetector } from './site-detector.js'
import { directoryOf } from '../check/repository-path.js'

/** conf.py is Python; it is only searched as text, for the extension names that make Markdown pages. */
const MYST = /["'](myst_parser|myst_nb)["']/

export const SPHINX_RULES: SiteRules = {
  pageExtensions: ['md', 'rst', 'ipynb', 'txt'],
  directoryUrls: false,
  extensionless: true,
  htmlLinks: true,
  indexNames: ['index.md', 'index.rst', 'index.ipynb'],
  // MyST turns a link to any other local file into a download, copied with the build.
  filesAnywhere: true,
  numberPrefixes: false,
        slugStyle: 'github',
}

export function sphinxSite(config: string, directory: string): DocSite {
  return { kind: 'sphinx', config, pages: [{ directory, route: '' }], assets: [], baseUrl: '', rules: SPHINX_RULES }
}

/** Sphinx with MyST: `conf.py` enabling `myst_parser` or `myst_nb`; its directory is the source directory. */
export const sphinxDetector: SiteDetector = {
  kind: 'sphinx',
  isConfig: (path) => fileName(path) === 'conf.py',
  detect(config: ConfigFile, context: DetectionContext): Detection {
    if (!MYST.test(config.text)) return undefined
    const directory = directoryOf(config.path)
    if (!context.isDirectory(directory) && directory !== '') return undefined
    return { sites: [sphinxSite(config.path, directory)] }
  },
}
