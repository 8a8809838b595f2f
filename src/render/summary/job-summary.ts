import type { AuditReport } from '../../report/audit-report.js'
import { fileUrlBuilder, type LinkEnvironment } from '../file-links.js'
import { markdownText } from '../html.js'
import { renderChangeSection } from './change-section.js'
import { renderChecklistSection } from './checklist-section.js'
import { renderErrorsSection } from './errors-section.js'
import { renderLinksSection } from './links-section.js'
import { renderOverview } from './overview.js'
import { renderPlaceholdersSection } from './placeholders-section.js'
import { renderPublishSection, type PublishFacts } from './publish-section.js'
import { renderRepoMapSection } from './repo-map-section.js'
import { renderStatusAuditSummary } from '../status-audit/summary-section.js'
import { fitSummary, type SummarySection } from './summary-cut.js'
import type { SummaryContext } from './summary-context.js'

/** GitHub drops a step summary over 1 MiB; keep a margin for what other steps append. */
export const SUMMARY_BYTE_LIMIT = 1000 * 1000
const LIST_SIZES = [50, 20, 5] as const

export interface SummaryExtras {
  /** Shown in the footer, e.g. where the report files are. */
  readonly footer?: string
  readonly publish?: PublishFacts
  /** What else fails the step, for the verdict (see renderOverview). */
  readonly stepFailure?: string
}

interface SummaryParts {
  readonly head: string
  readonly sections: SummarySection[]
  readonly tail: string
}

function render(report: AuditReport, context: SummaryContext, extras: SummaryExtras): SummaryParts {
  const sections: SummarySection[] = []
  const change = renderChangeSection(report, context)
  if (change !== '') sections.push({ name: 'Change', markdown: change })
  if (report.checklist) sections.push({ name: 'Status audit', markdown: renderStatusAuditSummary(report, context) })
  if (report.placeholders) sections.push({ name: 'Placeholders', markdown: renderPlaceholdersSection(report.placeholders, context) })
  if (report.links) sections.push({ name: 'Links', markdown: renderLinksSection(report.links, context) })
  if (report.checklist) sections.push({ name: 'Checklist', markdown: renderChecklistSection(report.checklist, context, Number(report.options['min-checklist-score'] ?? 0)) })
  if (report.repoMap) sections.push({ name: 'Repo map', markdown: renderRepoMapSection(report.repoMap, context) })
  const errors = renderErrorsSection(report.errors)
  if (errors !== '') sections.push({ name: 'Scanner errors', markdown: errors })
  const publish = extras.publish ? renderPublishSection(extras.publish) : ''
  const footer = `<sub>repo-audit ${markdownText(report.tool.version)} · report schema ${markdownText(report.schemaVersion)}${extras.footer ? ` · ${extras.footer}` : ''}</sub>\n`
  return { head: renderOverview(report, extras.stepFailure), sections, tail: publish === '' ? footer : `${publish}\n${footer}` }
}

function joined(parts: SummaryParts): string {
  return [parts.head, ...parts.sections.map((section) => section.markdown), parts.tail].join('\n')
}

/**
 * The job summary, also written as summary.md. Lists shrink until the whole fits under GitHub's
 * limit; the counts always stay, and each cut list says how many more are in the report. When even
 * the shortest lists do not fit, the sections are cut at a line, never inside a tag, and the
 * verdict and the publish section stay.
 */
export function renderJobSummary(report: AuditReport, environment: LinkEnvironment, extras: SummaryExtras = {}): string {
  const fileUrl = fileUrlBuilder(report, environment)
  let parts: SummaryParts | undefined
  for (const maxListItems of LIST_SIZES) {
    parts = render(report, { fileUrl, maxListItems }, extras)
    const markdown = joined(parts)
    if (Buffer.byteLength(markdown) <= SUMMARY_BYTE_LIMIT) return markdown
  }
  const last = parts as SummaryParts
  return fitSummary(last.head, last.sections, last.tail, SUMMARY_BYTE_LIMIT)
}
