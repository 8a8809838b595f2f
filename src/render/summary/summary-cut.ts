import { formatCount } from '../format.js'

/** A part of the summary that may be shortened or left out when the whole does not fit. */
export interface SummarySection {
  readonly name: string
  readonly markdown: string
}

/** The tags the summary's renderers write; repository text cannot add any (its `<` is escaped). */
const TAG = /<(\/?)(details|summary|code|a|sub|strong)\b[^>]*>/g
/** Room kept for the closing tags of a section cut inside them. */
const CLOSING_RESERVE = 200

/** The tags still open at the end of `markdown`, innermost last. */
function openTags(markdown: string): string[] {
  const open: string[] = []
  for (const match of markdown.matchAll(TAG)) {
    const [, closing, name] = match as unknown as [string, string, string]
    if (closing === '') open.push(name)
    else if (open.at(-1) === name) open.pop()
  }
  return open
}

/**
 * The first lines of a section that fit in `budget` bytes, cut between lines (a list item, a table
 * row or a block: each line's inline tags are balanced), with every tag left open closed after a
 * blank line, so a table or list ends before them.
 */
function cutSection(markdown: string, budget: number): { readonly markdown: string; readonly lines: number } {
  const lines = markdown.split('\n')
  let used = 0
  let kept = 0
  for (const line of lines) {
    const size = Buffer.byteLength(line) + 1
    if (used + size > budget - CLOSING_RESERVE) break
    used += size
    kept++
  }
  const head = lines.slice(0, kept).join('\n')
  const closers = openTags(head).reverse().map((name) => `</${name}>`)
  return { markdown: closers.length === 0 ? head : `${head}\n\n${closers.join('\n')}\n`, lines: kept }
}

function describeCut(cut: { readonly name: string; readonly lines: number } | undefined, left: readonly string[]): string {
  const parts: string[] = []
  if (cut) parts.push(`the ${cut.name} section after its first ${formatCount(cut.lines)} lines`)
  if (left.length > 0) parts.push(`${left.length === 1 ? 'the section' : 'the sections'} ${left.join(', ')} left out`)
  return `> ✂️ The summary was cut to stay under GitHub's 1 MiB limit: ${parts.join('; ')}. report.json and gaps-report.md in the report directory have everything.\n`
}

/**
 * Fits the summary under `limit` bytes: `head` (the verdict) and `tail` (where the findings were
 * published, the footer) always stay whole; the sections between are kept in order until one does
 * not fit, which is cut at a line and closed, and the rest are named as left out.
 */
export function fitSummary(head: string, sections: readonly SummarySection[], tail: string, limit: number): string {
  const worstNotice = describeCut({ name: 'x'.repeat(20), lines: 1e9 }, sections.map((section) => section.name))
  let budget = limit - Buffer.byteLength(head) - Buffer.byteLength(tail) - Buffer.byteLength(worstNotice) - sections.length - 3
  const kept: string[] = []
  let cut: { name: string; lines: number } | undefined
  const left: string[] = []
  for (const section of sections) {
    const size = Buffer.byteLength(section.markdown) + 1
    if (cut === undefined && left.length === 0 && size <= budget) {
      kept.push(section.markdown)
      budget -= size
    } else if (cut === undefined && left.length === 0 && budget > CLOSING_RESERVE) {
      const shortened = cutSection(section.markdown, budget)
      kept.push(shortened.markdown)
      cut = { name: section.name, lines: shortened.lines }
    } else {
      left.push(section.name)
    }
  }
  return [head, ...kept, describeCut(cut, left), tail].join('\n')
}
