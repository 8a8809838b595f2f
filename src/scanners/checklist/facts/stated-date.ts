import { clip } from './text-lines.js'

/** The date a document gives for itself: `Last updated: 2025-09-18`, front matter `last_updated:`. */
export interface StatedDate {
  readonly path: string
  readonly line: number
  /** `YYYY-MM-DD`. */
  readonly date: string
  /** The words that state it, as written. */
  readonly text: string
}

/** Only the head is read: a document states its date near the top. */
const HEAD = 4096
const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december']
const FRONT_MATTER_KEY = /^(?:last_?updated|last_?modified|lastmod|updated|modified|date)\s*:\s*["']?([^"'\n]+)/i
const STATEMENT = /\b(?:last\s+(?:updated|reviewed|revised|modified|edited)|updated(?:\s+on)?|status\s+as\s+of|as\s+of|revised|reviewed)\s*(?:on)?\s*[:\-–—]?\s*\**\s*([0-9]{4}-[0-9]{2}-[0-9]{2}|[0-9]{1,2}\s+[A-Za-z]+\s+[0-9]{4}|[A-Za-z]+\s+[0-9]{1,2},?\s+[0-9]{4})/i

function isoFrom(text: string): string | undefined {
  const trimmed = text.trim()
  const iso = /^([0-9]{4})-([0-9]{2})-([0-9]{2})/.exec(trimmed)
  if (iso !== null) {
    const date = new Date(`${iso[1]}-${iso[2]}-${iso[3]}T00:00:00Z`)
    return Number.isNaN(date.getTime()) ? undefined : date.toISOString().slice(0, 10)
  }
  const dayFirst = /^([0-9]{1,2})\s+([A-Za-z]+)\s+([0-9]{4})$/.exec(trimmed)
  const monthFirst = /^([A-Za-z]+)\s+([0-9]{1,2}),?\s+([0-9]{4})$/.exec(trimmed)
  const [day, month, year] = dayFirst !== null ? [dayFirst[1], dayFirst[2], dayFirst[3]] : monthFirst !== null ? [monthFirst[2], monthFirst[1], monthFirst[3]] : []
  if (day === undefined || month === undefined || year === undefined) return undefined
  const index = MONTHS.findIndex((name) => name.startsWith(month.toLowerCase()) && month.length >= 3)
  if (index === -1) return undefined
  const date = new Date(Date.UTC(Number(year), index, Number(day)))
  return date.getUTCDate() === Number(day) ? date.toISOString().slice(0, 10) : undefined
}

/** The first date the document states for itself, in its front matter or a "Last updated" line. */
export function statedDate(path: string, text: string): StatedDate | undefined {
  const lines = text.slice(0, HEAD).split('\n')
  let inFrontMatter = lines[0]?.trim() === '---'
  for (let index = inFrontMatter ? 1 : 0; index < lines.length; index++) {
    const line = (lines[index] as string).replace(/\r$/, '')
    if (inFrontMatter && line.trim() === '---') {
      inFrontMatter = false
      continue
    }
    const key = inFrontMatter ? FRONT_MATTER_KEY.exec(line.trim()) : null
    const statement = key === null ? STATEMENT.exec(line) : null
    const written = key?.[1] ?? statement?.[1]
    if (written === undefined) continue
    const date = isoFrom(written)
    if (date !== undefined) return { path, line: index + 1, date, text: clip(line.trim().replace(/^[#>*\s_-]+|[*_\s]+$/g, ''), 80) }
  }
  return undefined
}
