import type { AuditReport } from '../report/audit-report.js'

export interface LinkEnvironment {
  /** GITHUB_SERVER_URL, e.g. https://github.com */
  readonly serverUrl: string | undefined
}

/**
 * Formats GitHub renders instead of showing their source: its rendered view ignores `#L12`, so a
 * link to a line has to ask for the source with `?plain=1`.
 */
const RENDERED = /\.(?:md|markdown|mdown|mkdn|mkd|mdx|rst|adoc|asciidoc|asc|org|textile|rdoc|creole|mediawiki|wiki|pod|ipynb|csv|tsv|geojson|topojson|stl|svg)$/i

/**
 * Builds `$GITHUB_SERVER_URL/owner/repo/blob/<sha>/<path>#L<line>` for a path relative to the
 * audited root (`?plain=1#L<line>` where GitHub renders the file), or undefined when the
 * repository or the commit is unknown.
 */
export function fileUrlBuilder(report: Pick<AuditReport, 'repository' | 'commit' | 'root'>, environment: LinkEnvironment): (path: string, line?: number) => string | undefined {
  const server = (environment.serverUrl || 'https://github.com').replace(/\/+$/, '')
  if (!report.repository || !report.commit) return () => undefined
  const prefix = report.root === '.' ? '' : `${report.root}/`
  // The repository name can come from the checkout's remote: every part is encoded like the path.
  const encode = (text: string): string => text.split('/').map(encodeURIComponent).join('/')
  const base = `${server}/${encode(report.repository)}/blob/${encode(report.commit)}/`
  return (path, line) => `${base}${encode(`${prefix}${path}`)}${line === undefined ? '' : `${RENDERED.test(path) ? '?plain=1' : ''}#L${line}`}`
}
