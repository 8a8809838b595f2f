import type { SiteSummary } from '../link-result.js'
import type { DocSite } from './doc-site.js'
import type { SiteResolver } from './site-resolver.js'

/** One summary per site, in configuration order, with what its pages' links came to. */
export function siteSummaries(sites: readonly DocSite[], pagesChecked: ReadonlyMap<SiteResolver, number>, githubViewOnly: ReadonlyMap<SiteResolver, number>): SiteSummary[] {
  const bySite = (counts: ReadonlyMap<SiteResolver, number>, site: DocSite) => {
    for (const [resolver, count] of counts) if (resolver.site === site) return count
    return 0
  }
  return sites.map((site) => ({
    kind: site.kind,
    config: site.config,
    pages: site.pages[0]?.directory ?? '',
    ...(site.language === undefined ? {} : { language: { code: site.language.code, fallback: site.language.fallback } }),
    pagesChecked: bySite(pagesChecked, site),
    githubViewOnly: bySite(githubViewOnly, site),
  }))
}
