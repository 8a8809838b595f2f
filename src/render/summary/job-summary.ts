import type { AuditReport } from '../../report/audit-report.js'
import { fileUrlBuilder, type LinkEnvironment } from '../file-links.js'
import { markdownText } from '../html.js'
import { renderChecklistSection } from './checklist-section.js'
import { renderErrorsSection } from './errors-section.js'
import { renderLinksSection } from './links-section.js'
import { renderOverview } from './overview.js'
import { renderPlaceholdersSection } from './placeholders-section.js'
import { renderPublishSection, type PublishFacts } from './publish-section.js'
import { renderRepoMapSection } from './repo-map-section.js'
import type { SummaryContext } from './summary-context.js'

/** GitHub drops a step summary over 1 MiB; keep a margin for what other steps append. */
export const SUMMARY_BYTE_LIMIT = 1000 * 1000
const LIST_SIZES = [50, 20, 5] as const

export interface SummaryExtras {
  /** Shown in the footer, e.g. where the report files are. */
  readonly footer?: string
  readonly publish?: PublishFacts
}

function render(report: AuditReport, context: SummaryContext, extras: SummaryExtras): string {
  const parts = [renderOverview(report)]
  if (report.placeholders) parts.push(renderPlaceholdersSection(report.placeholders, context))
  if (report.links) parts.push(renderLinksSection(report.links, context))
  if (report.checklist) parts.push(renderChecklistSection(report.checklist, context, Number(report.options['min-checklist-score'] ?? 0)))
  if (report.repoMap) parts.push(renderRepoMapSection(report.repoMap, context))
  parts.push(renderErrorsSection(report.errors))
  if (extras.publish) parts.push(renderPublishSection(extras.publish))
  parts.push(`<sub>repo-audit ${markdownText(report.tool.version)} · report schema ${markdownText(report.schemaVersion)}${extras.footer ? ` · ${extras.footer}` : ''}</sub>`, '')
  return parts.filter((part) => part !== '').join('\n')
}

/**
 * The job summary, also written as summary.md. Lists shrink until the whole fits under GitHub's
 * limit; the counts always stay, and each cut list says how many more are in the report.
 */
export function renderJobSummary(report: AuditReport, environment: LinkEnvironment, extras: SummaryExtras = {}): string {
  const fileUrl = fileUrlBuilder(report, environment)
  let markdown = ''
  for (const maxListItems of LIST_SIZES) {
    markdown = render(report, { fileUrl, maxListItems }, extras)
    if (Buffer.byteLength(markdown) <= SUMMARY_BYTE_LIMIT) return markdown
  }
  const notice = '\n\n_The summary was cut to stay under GitHub\'s 1 MiB limit; report.json has everything._\n'
  const budget = SUMMARY_BYTE_LIMIT - Buffer.byteLength(notice)
  return Buffer.from(markdown).subarray(0, budget).toString('utf8').replace(/\uFFFD$/, '') + notice
}
