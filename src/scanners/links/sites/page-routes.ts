import { directoryOf, isWithin, normalizePath } from '../check/repository-path.js'
import type { DocSite } from './doc-site.js'
import { stripNumberPrefix } from './site-resolver.js'

import type { FrontMatter } from '../collect/collected-document.js'


/**
 * Docusaurus URLs of pages whose front matter sets `slug` (absolute, or relative to the page's
 * folder) or `id` (replacing the file name), URL path without slashes → page file.
 */
export function pageRoutes(site: DocSite, frontMatter: ReadonlyMap<string, FrontMatter>): Map<string, string> {
  const routes = new Map<string, string>()
  for (const [path, matter] of frontMatter) {
    if (matter.slug === undefined && matter.id === undefined) continue
    const tree = site.pages.find((candidate) => !candidate.shared && isWithin(path, candidate.directory))
    if (tree === undefined) continue
    const inTree = tree.directory === '' ? path : path.slice(tree.directory.length + 1)
    const folder = directoryOf(inTree).split('/').filter((segment) => segment !== '').map(stripNumberPrefix).join('/')
    let url: string
    if (matter.slug !== undefined) url = matter.slug.startsWith('/') ? matter.slug : `${folder}/${matter.slug}`
    else url = `${folder}/${matter.id as string}`
    const withRoute = normalizePath(`${tree.route}/${url}`.replace(/^\/+/, ''))
    if (!withRoute.startsWith('..')) routes.set(withRoute, path)
  }
  return routes
}
