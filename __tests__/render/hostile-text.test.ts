import { describe, expect, it } from 'vitest'
import { planAnnotations } from '../../src/render/annotations.js'
import { showControls, terminalText } from '../../src/render/control-characters.js'
import { renderGapsReport } from '../../src/render/gaps-report.js'
import { code, markdownText } from '../../src/render/html.js'
import { renderJobSummary } from '../../src/render/summary/job-summary.js'
import { renderTextReport } from '../../src/render/text-report.js'
import { HOSTILE, markupOf, reportOfStrings } from '../helpers/hostile-report.js'

/** The same report with harmless text, one backtick kept: backticked spans in check summaries become our own `<code>`. */
const BENIGN = 'sa`fe'
const kinds = (markup: readonly string[]): string[] => markup.map((entry) => entry.slice(0, entry.indexOf(':')))

/** What the repository text could have added: markup beyond what the same report with benign text has. */
function expectNoInjectedMarkup(hostile: string, benign: string): void {
  const markup = markupOf(hostile)
  expect(kinds(markup)).toEqual(kinds(markupOf(benign)))
  // Our own links go to the file on GitHub, whatever its name; nothing else may link or show an image.
  const foreign = markup.filter((entry) => /^(link|image):|<img/i.test(entry) || (entry.includes('href=') && !entry.startsWith('html:<a href="https://github.com/acme/')))
  expect(foreign).toEqual([])
  expect(hostile.split('\n').filter((line) => /^\s*#+\s*Pass/.test(line))).toEqual([])
  expect(hostile).not.toMatch(/[^\P{Cc}\t\n]/u)
}

describe('repository text in Markdown', () => {
  const environment = { serverUrl: 'https://github.com' }

  it('adds no heading, link, image or HTML to the job summary', () => {
    const hostile = renderJobSummary(reportOfStrings(HOSTILE), environment, { footer: `reports in ${code(HOSTILE)}` })
    const benign = renderJobSummary(reportOfStrings(BENIGN), environment, { footer: `reports in ${code(BENIGN)}` })
    expectNoInjectedMarkup(hostile, benign)
    expect(hostile.match(/✅ \*\*Pass\*\*|❌ \*\*Fail\*\*/g)).toHaveLength(1)
  })

  it('adds none to the gaps report', () => {
    expectNoInjectedMarkup(renderGapsReport(reportOfStrings(HOSTILE)), renderGapsReport(reportOfStrings(BENIGN)))
  })

  it('renders as the literal text, entities and backslashes included', () => {
    const html = markupOf(`<code>${markdownText('[a](b) &amp; \\* `c`')}</code>`)
    expect(html).toEqual(['html:<code>', 'html:</code>'])
    expect(markdownText('&amp;')).toBe('&amp;amp;')
    expect(markdownText('- item')).toBe('&#45; item')
    expect(markdownText('1. item')).toBe('1&#46; item')
    expect(markdownText('v1.2')).toBe('v1.2')
    expect(markdownText('::error::x')).toBe('&#58;:error::x')
  })
})

describe('repository text on a terminal and in annotations', () => {
  it('never starts a line of the text report with :: and never sends ESC or BEL', () => {
    const text = renderTextReport(reportOfStrings(HOSTILE), { color: false, maxListItems: 30 })
    expect(text.split('\n').filter((line) => /^\s*::/.test(line))).toEqual([])
    expect(text).not.toMatch(/[^\P{Cc}\t\n]/u)
    expect(text).toContain('\\x1b[31m\\x07\\n::error file=x::pwned')
  })

  it('keeps its own colours while escaping the repository’s', () => {
    const text = renderTextReport(reportOfStrings(HOSTILE), { color: true, maxListItems: 30 })
    expect(text).toContain('\u001b[1mRepo Audit\u001b[0m')
    expect(text).not.toContain('\u001b[31m\u0007')
  })

  it('escapes control characters and command starts in one log line', () => {
    expect(terminalText('::error::x\n::warning::y')).toBe('\\x3a:error::x\\n::warning::y')
    expect(terminalText('a\n  ::error::y', true)).toBe('a\n  \\x3a:error::y')
    expect(showControls('\u009b\u202e\t')).toBe('\\x9b\\u202e\t')
  })

  it('plans annotations without control characters in message, title or file', () => {
    const plan = planAnnotations(reportOfStrings(HOSTILE), undefined)
    expect(plan.annotations.length).toBeGreaterThan(0)
    for (const annotation of plan.annotations) {
      expect(`${annotation.title}${annotation.message}${annotation.file}`).not.toMatch(/[^\P{Cc}\t\n]/u)
      expect(annotation.file).not.toContain('\n')
    }
  })
})
