import { isWithin } from '../check/repository-path.js'
import type { DocSite, UnreadableSite } from './doc-site.js'
import type { DetectionContext } from './site-detector.js'
import { SITE_DETECTORS } from './site-detectors.js'
import { SiteResolver, type SitePaths } from './site-resolver.js'
import { withLanguages } from './translations.js'
import { pageRoutes } from './page-routes.js'
import type { FrontMatter } from '../collect/collected-document.js'

export interface SiteMapInputs {
  /** Configuration files read, by path, in path order. */
  readonly configs: ReadonlyMap<string, string>
  readonly paths: SitePaths & Pick<DetectionContext, 'isFile' | 'isDirectory'>
  /** Front matter of the Markdown pages that have some (`slug`, `id`, `permalink`). */
  readonly frontMatter: ReadonlyMap<string, FrontMatter>
  readonly translationFallback: boolean
  /** Sites whose configuration sits in a tests folder are test fixtures, not documentation: set aside unless test data is checked. */
  readonly setAside: (config: string) => boolean
}

/** Every site the repository declares, and which one publishes a given page. */
export class SiteMap {
  readonly sites: readonly DocSite[]
  readonly unreadable: readonly UnreadableSite[]
  /** Page folders of the sites set aside as test fixtures. */
  readonly fixtureFolders: readonly string[]
  private readonly resolvers: readonly SiteResolver[]

  constructor(inputs: SiteMapInputs) {
    const found: DocSite[] = []
    const unreadable: UnreadableSite[] = []
    const context: DetectionContext = { isFile: inputs.paths.isFile.bind(inputs.paths), isDirectory: inputs.paths.isDirectory.bind(inputs.paths), entriesOf: inputs.paths.entriesOf.bind(inputs.paths), configs: inputs.configs }
    for (const [path, text] of inputs.configs) {
      for (const detector of SITE_DETECTORS) {
        if (!detector.isConfig(path)) continue
        const detection = detector.detect({ path, text }, context)
        if (detection === undefined) continue
        if ('unreadable' in detection) unreadable.push(detection.unreadable)
        else found.push(...detection.sites)
      }
    }
    const kept = found.filter((site) => !inputs.setAside(site.config))
    this.fixtureFolders = found.filter((site) => inputs.setAside(site.config)).flatMap((site) => site.pages.map((tree) => tree.directory))
    this.sites = withLanguages(kept, (site) => site.kind === 'docusaurus' || inputs.translationFallback, context)
    this.unreadable = unreadable.filter((site) => !inputs.setAside(site.config))
    this.resolvers = this.sites.map((site) => new SiteResolver(site, inputs.paths, site.kind === 'docusaurus' ? pageRoutes(site, inputs.frontMatter) : new Map()))
  }

  /** True for a page of a site set aside as a test fixture. */
  isFixture(path: string): boolean {
    return this.fixtureFolders.some((folder) => isWithin(path, folder))
  }

  /** The site that publishes `path` as a page: the one with the deepest tree holding it. */
  siteOf(path: string): SiteResolver | undefined {
    let best: SiteResolver | undefined
    let depth = -1
    for (const resolver of this.resolvers) {
      for (const tree of resolver.site.pages) {
        if (tree.shared || !isWithin(path, tree.directory)) continue
        if (tree.directory.length > depth) {
          best = resolver
          depth = tree.directory.length
        }
      }
    }
    return best
  }
}
