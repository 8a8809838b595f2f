import { docBuilderDetector } from './doc-builder-site.js'
import { docusaurusDetector } from './docusaurus-site.js'
import { jekyllDetector } from './jekyll-site.js'
import { mdbookDetector } from './mdbook-site.js'
import { mkdocsDetector } from './mkdocs-site.js'
import type { SiteDetector } from './site-detector.js'
import type { OwnStyle } from '../collect/heading-anchors.js'
import { sphinxDetector } from './sphinx-site.js'
import { vitepressDetector } from './vitepress-site.js'

/** Every generator the links scanner knows; adding one is a file in this folder and a line here. */
export const SITE_DETECTORS: readonly SiteDetector[] = [
  mkdocsDetector,
  docBuilderDetector,
  docusaurusDetector,
  mdbookDetector,
  sphinxDetector,
  jekyllDetector,
  vitepressDetector,
]

/** Files a detector reads beside a configuration: doc-builder redirects, the Gemfile that says which Jekyll builds. */
const COMPANION_NAMES = new Set(['_redirects.yml', 'Gemfile'])

export function isSiteConfig(path: string): boolean {
  return COMPANION_NAMES.has(path.slice(path.lastIndexOf('/') + 1)) || SITE_DETECTORS.some((detector) => detector.isConfig(path))
}

/** The slug rules that the sites these configuration files may declare use, besides GitHub's. */
export function slugStylesFor(paths: readonly string[]): OwnStyle[] {
  const styles = new Set<OwnStyle>()
  for (const path of paths) {
    if (mkdocsDetector.isConfig(path)) styles.add('python-markdown')
    else if (docBuilderDetector.isConfig(path)) styles.add('doc-builder')
    else if (vitepressDetector.isConfig(path)) styles.add('vitepress')
  }
  return [...styles]
}
