import { code, escapeHtml, markdownText } from '../html.js'
import { formatCount, plural } from '../format.js'

export interface PublishFacts {
  readonly annotations?: { readonly shown: number; readonly notAnnotated: number }
  readonly sarif?: { readonly total: number; readonly dropped: number }
  readonly artifact?: { readonly status: 'uploaded'; readonly name: string; readonly url: string | undefined } | { readonly status: 'failed'; readonly message: string } | { readonly status: 'skipped'; readonly reason: string }
}

/** Where the findings went besides this summary, and what limits left out. */
export function renderPublishSection(facts: PublishFacts): string {
  const lines: string[] = []
  const artifact = facts.artifact
  if (artifact?.status === 'uploaded') {
    const label = code(artifact.name)
    lines.push(`- 📦 Reports artifact: ${artifact.url ? `<a href="${escapeHtml(artifact.url)}">${label}</a>` : label}`)
  } else if (artifact?.status === 'failed') {
    lines.push(`- ⚠️ The reports artifact was not uploaded: ${markdownText(artifact.message)}`)
  } else if (artifact?.status === 'skipped') {
    lines.push(`- Reports artifact skipped: ${markdownText(artifact.reason)}.`)
  }
  if (facts.annotations) {
    const { shown, notAnnotated } = facts.annotations
    lines.push(`- 📝 ${plural(shown, 'finding')} annotated on ${shown === 1 ? 'its line' : 'their lines'}` +
      (notAnnotated > 0 ? `; ${formatCount(notAnnotated)} more not annotated (GitHub shows at most 10 errors and 10 warnings per step): see the report.` : '.'))
  }
  if (facts.sarif) {
    const { total, dropped } = facts.sarif
    lines.push(dropped > 0
      ? `- 🛡️ results.sarif holds ${formatCount(total - dropped)} of ${formatCount(total)} results: the ${formatCount(dropped)} least severe were cut to stay within code scanning's limits (25,000 results, 10 MB gzipped).`
      : `- 🛡️ results.sarif holds all ${plural(total, 'result')} for code scanning.`)
  }
  return lines.length === 0 ? '' : ['### Published', '', ...lines, ''].join('\n')
}
