import { describe, expect, it } from 'vitest'
import { matchFindings } from '../../src/baseline/match-findings.js'
import { gateScope } from '../../src/engine/gates.js'
import { FingerprintIndex } from '../../src/report/fingerprint.js'
import type { Finding } from '../../src/report/finding.js'

/** Placeholder findings as the scanner makes them: fingerprints from rule, path and content, in file order. */
function placeholders(entries: Array<[path: string, line: number, text: string]>): Finding[] {
  const index = new FingerprintIndex()
  return entries.map(([path, line, text]) => ({ path, line, column: 1, ruleId: 'placeholders/todo', message: text, fingerprint: index.next('placeholders/todo', path, `TODO ${text}`), tag: 'TODO', text }) as Finding)
}

describe('matchFindings', () => {
  it('keeps a moved line unchanged and makes an edited TODO one fixed and one new', () => {
    const before = placeholders([['a.py', 2, 'keep'], ['a.py', 7, 'edit me']])
    const after = placeholders([['a.py', 5, 'keep'], ['a.py', 10, 'edited']])
    const changes = matchFindings(after, before, new Map())
    expect(changes.states).toEqual(['unchanged', 'new'])
    expect(changes.fixed.map((finding) => finding.message)).toEqual(['edit me'])
    expect(changes.counts).toEqual({ new: 1, unchanged: 1, fixed: 1 })
  })

  it('shows a swap of one fixed and one new finding although the count is equal', () => {
    const changes = matchFindings(placeholders([['a.py', 1, 'new one']]), placeholders([['a.py', 1, 'old one']]), new Map())
    expect(changes.counts).toEqual({ new: 1, unchanged: 0, fixed: 1 })
  })

  it('tells repeated identical lines apart, and follows a renamed file', () => {
    const before = placeholders([['old.py', 1, 'same'], ['old.py', 9, 'same']])
    const after = placeholders([['new.py', 3, 'same'], ['new.py', 11, 'same'], ['new.py', 20, 'same']])
    const changes = matchFindings(after, before, new Map([['old.py', 'new.py']]))
    expect(changes.states).toEqual(['unchanged', 'unchanged', 'new'])
    expect(matchFindings(after, before, new Map()).counts).toEqual({ new: 3, unchanged: 0, fixed: 2 })
  })

  it('counts only what the predicate counts', () => {
    const changes = matchFindings(placeholders([['a.py', 1, 'x'], ['b.py', 1, 'y']]), [], new Map(), (finding) => finding.path === 'a.py')
    expect(changes.counts).toEqual({ new: 1, unchanged: 0, fixed: 0 })
  })
})

describe('gateScope', () => {
  const compared = { status: 'compared' as const, description: 'x' }
  it('is new on pull requests with a compared baseline, all otherwise, and all whatever is asked when the baseline is missing', () => {
    expect(gateScope({ gateOn: 'auto' }, compared, true)).toBe('new')
    expect(gateScope({ gateOn: 'auto' }, compared, false)).toBe('all')
    expect(gateScope({ gateOn: 'new' }, compared, false)).toBe('new')
    expect(gateScope({ gateOn: 'new' }, { status: 'unavailable', description: 'x', reason: 'shallow' }, true)).toBe('all')
    expect(gateScope({ gateOn: 'new' }, undefined, true)).toBe('all')
  })
})

describe('the trend', () => {
  it('draws sparklines low to high and writes one CSV row a run', async () => {
    const { sparkline, historyCsv } = await import('../../src/baseline/history.js')
    expect(sparkline([0, 7, 14])).toBe('▁▅█')
    expect(sparkline([5, 5])).toBe('▁▁')
    expect(historyCsv([{ date: '2026-12-01T03:17:00Z', commit: 'abc', placeholders: 3, checklistScore: 80 }, { date: '2026-12-02T03:17:00Z', commit: null, brokenLinks: 1 }]))
      .toBe('date,commit,placeholders,broken_links,checklist_score\n2026-12-01T03:17:00Z,abc,3,,80\n2026-12-02T03:17:00Z,,,1,\n')
  })

  it('carries at most 30 runs forward and drops what is not a point', async () => {
    const { carriedHistory } = await import('../../src/baseline/history.js')
    const { sampleReport } = await import('../helpers/sample-report.js')
    const previous = { ...sampleReport({}), history: [...Array.from({ length: 30 }, (_, index) => ({ date: `d${index}`, commit: null })), { date: 5 }] } as never
    const history = carriedHistory(sampleReport({}), previous)
    expect(history).toHaveLength(30)
    expect(history[0]?.date).toBe('d1')
    expect(carriedHistory(sampleReport({}), sampleReport({}))).toHaveLength(2)
  })
})

describe('repo-audit history', () => {
  it('keeps the newest commit of each window, oldest first, and refuses a duration it cannot read', async () => {
    const { parseDuration, sampleCommits } = await import('../../src/baseline/audit-history.js')
    const day = 86_400_000
    const now = new Date('2026-12-04T12:00:00Z')
    const at = (daysAgo: number, commit: string) => ({ commit, date: new Date(now.getTime() - daysAgo * day) })
    const commits = [at(1, 'a'), at(3, 'b'), at(8, 'c'), at(9, 'd'), at(30, 'e'), at(100, 'too-old')]
    expect(sampleCommits(commits, now, parseDuration('35d', '--since'), parseDuration('1w', '--every')).map((entry) => entry.commit)).toEqual(['e', 'c', 'a'])
    expect(parseDuration('36h', '--every')).toBe(36 * 3_600_000)
    expect(() => parseDuration('0d', '--since')).toThrow('--since is "0d"; expected a whole number of hours, days or weeks such as 90d, 12w or 36h')
    expect(() => parseDuration('3 months', '--since')).toThrow('expected a whole number')
  })

  it('prints a table with a sparkline per series', async () => {
    const { renderHistoryText } = await import('../../src/cli/history-command.js')
    const text = renderHistoryText([
      { date: '2026-11-01T00:00:00Z', commit: 'aaaaaaaaaaaaaaaa', placeholders: 12, brokenLinks: 0, checklistScore: 80 },
      { date: '2026-11-08T00:00:00Z', commit: 'bbbbbbbbbbbbbbbb', placeholders: 30, brokenLinks: 2 },
    ])
    expect(text).toBe([
      'date        commit        placeholders  broken links  score',
      '2026-11-01  aaaaaaaaaaaa            12             0     80',
      '2026-11-08  bbbbbbbbbbbb            30             2      —',
      '',
      'placeholders  ▁█  12 → 30',
      'broken links  ▁█  0 → 2',
      '',
    ].join('\n'))
    expect(renderHistoryText([])).toBe('No commits in that period.\n')
  })
})
