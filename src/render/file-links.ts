import type { AuditReport } from '../report/audit-report.js'

export interface LinkEnvironment {
  /** GITHUB_SERVER_URL, e.g. https://github.com */
  readonly serverUrl: string | undefined
}

/**
 * Builds `$GITHUB_SERVER_URL/owner/repo/blob/<sha>/<path>#L<line>` for a path relative to the
 * audited root, or undefined when the repository or the commit is unknown.
 */
export function fileUrlBuilder(report: Pick<AuditReport, 'repository' | 'commit' | 'root'>, environment: LinkEnvironment): (path: string, line?: number) => string | undefined {
  const server = (environment.serverUrl || 'https://github.com').replace(/\/+$/, '')
  if (!report.repository || !report.commit) return () => undefined
  const prefix = report.root === '.' ? '' : `${report.root}/`
  // The repository name can come from the checkout's remote: every part is encoded like the path.
  const encode = (text: string): string => text.split('/').map(encodeURIComponent).join('/')
  const base = `${server}/${encode(report.repository)}/blob/${encode(report.commit)}/`
  return (path, line) => `${base}${encode(`${prefix}${path}`)}${line === undefined ? '' : `#L${line}`}`
}
