import { describe, expect, it } from 'vitest'
import { runAudit } from '../../../src/engine/run-audit.js'
import { findCitations } from '../../../src/scanners/links/citations/find-citations.js'
import { linkScanner } from '../../../src/scanners/links/link-scanner.js'
import { renderLinksSection } from '../../../src/render/summary/links-section.js'
import { writeGitFixture } from '../../helpers/fixture.js'
import { testOptions } from '../../helpers/options.js'
import { ONE_THREAD } from '../../helpers/threads.js'

const environment = { toolVersion: '0.0.0-test', env: { GITHUB_REPOSITORY: 'octo/cited' }, now: () => new Date('2026-01-02T03:04:05Z'), threads: ONE_THREAD }

async function citationsOf(files: Record<string, string>) {
  const root = writeGitFixture(files)
  const report = await runAudit(testOptions(root, ['links']), [linkScanner], environment)
  return report.links?.citations
}

const TRAIN = ['import torch', '', 'def train():', '    # TODO: resume from the last checkpoint', '    pass', '', 'def evaluate():', '    raise NotImplementedError', ''].join('\n')

describe('findCitations', () => {
  it('reads every citation form, with the claim of the grep form', () => {
    const text = [
      '- `src/train.py:4: TODO: resume from the last checkpoint`',
      '- see src/train.py#L3-L5 and src/train.py:7-8, then 【F:src/train.py†L1-L9】',
      '- `src/train.py:8:5: raise NotImplementedError` | table cell',
    ].join('\n')
    expect(findCitations(text).map(({ path, firstLine, lastLine, claim, bracketed, line }) => ({ path, firstLine, lastLine, claim, bracketed, line }))).toEqual([
      { path: 'src/train.py', firstLine: 4, lastLine: 4, claim: 'TODO: resume from the last checkpoint', bracketed: false, line: 1 },
      { path: 'src/train.py', firstLine: 3, lastLine: 5, claim: undefined, bracketed: false, line: 2 },
      { path: 'src/train.py', firstLine: 7, lastLine: 8, claim: undefined, bracketed: false, line: 2 },
      { path: 'src/train.py', firstLine: 1, lastLine: 9, claim: undefined, bracketed: true, line: 2 },
      { path: 'src/train.py', firstLine: 8, lastLine: 8, claim: 'raise NotImplementedError', bracketed: false, line: 3 },
    ])
  })

  it('leaves out URLs, ports, times and fenced logs', () => {
    const text = ['Served on localhost:8080 and https://example.com/a.py#L3 at 10:30.', '```', 'src/train.py:4: error', '```', 'http://host.py:80/x'].join('\n')
    expect(findCitations(text)).toEqual([])
  })
})

describe('citations in status documents', () => {
  it('finds quotes that moved, lines past the end and files that are gone, and passes the ones that hold', async () => {
    const citations = await citationsOf({
      'src/train.py': TRAIN,
      'docs/gaps_report.md': [
        '# Gaps',
        '',
        '- `src/train.py:4: TODO: resume from the last checkpoint`',
        '- `src/train.py:6: raise NotImplementedError`',
        '- `src/train.py:40` has the loop',
        '- `src/old_loop.py:12: TODO: remove`',
        '',
      ].join('\n'),
    })
    expect(citations?.documents).toEqual([{ path: 'docs/gaps_report.md', citations: 4, claims: 3, stale: 3, unchecked: 0 }])
    expect(citations?.moved).toEqual([{ path: 'docs/gaps_report.md', line: 4, cited: 'src/train.py:6', to: 'src/train.py:8' }])
    expect(citations?.findings.map((finding) => [finding.ruleId, finding.line, finding.message, finding.suggestion])).toEqual([
      ['links/stale-citation', 4, 'Stale citation `src/train.py:6`: `raise NotImplementedError` is now at line 8', 'src/train.py:8'],
      ['links/cited-line-missing', 5, 'Stale citation `src/train.py:40`: src/train.py has 8 lines', undefined],
      ['links/cited-file-missing', 6, 'Stale citation `src/old_loop.py:12`: src/old_loop.py does not exist', undefined],
    ])
  })

  it('reports a mostly stale document once, naming the first stale citations', async () => {
    const lines = Array.from({ length: 6 }, (_, index) => `- \`src/train.py:${index + 1}: TODO: wire up part ${index}\``)
    const citations = await citationsOf({ 'src/train.py': TRAIN, 'docs/STATUS.md': ['# Status', '', ...lines, '- `src/train.py:4: TODO: resume from the last checkpoint`', ''].join('\n') })
    expect(citations?.findings).toHaveLength(1)
    expect(citations?.moved).toEqual([])
    expect(citations?.findings[0]).toMatchObject({
      ruleId: 'links/stale-status-document',
      path: 'docs/STATUS.md',
      line: 3,
      message: expect.stringMatching(/^docs\/STATUS\.md: 6 of 7 cited lines no longer say what it quotes, e\.g\. `src\/train\.py:1` \(line 1 no longer says `TODO: wire up part 0`\)/),
    })
  })

  it('checks a bracketed citation anywhere, and a plain one only where a document cites two existing files', async () => {
    const citations = await citationsOf({
      'src/train.py': TRAIN,
      'src/model.py': 'x = 1\n',
      'docs/design.md': 'The loop lives in 【F:src/train.py†L1-L30】.\n',
      'docs/notes.md': 'An error such as `app.py:3: boom` shows the file and line.\n',
      'docs/walkthrough.md': 'Start at `src/train.py:3` and `src/model.py:1`; the removed `src/gone.py:2` is history.\n',
      'CHANGELOG.md': '- Fixed `src/train.py:99`.\n- Fixed `src/model.py:50`.\n',
    })
    expect(citations?.documents.map((document) => [document.path, document.stale])).toEqual([['docs/design.md', 1], ['docs/walkthrough.md', 1]])
    expect(citations?.findings.map((finding) => finding.message)).toEqual([
      'Stale citation `【F:src/train.py†L1-L30】`: src/train.py has 8 lines',
      'Stale citation `src/gone.py:2`: src/gone.py does not exist',
    ])
  })

  it('says in the job summary how many status documents cite code and which are stale', async () => {
    const root = writeGitFixture({ 'src/train.py': TRAIN, 'docs/STATUS.md': '- `src/train.py:99`\n- `src/train.py:3`\n' })
    const report = await runAudit(testOptions(root, ['links']), [linkScanner], environment)
    const section = renderLinksSection(report.links!, { fileUrl: () => undefined, maxListItems: 10 })
    expect(section).toContain('- 1 status document cites 2 code locations: stale: <code>docs/STATUS.md</code> 1 of 2 (not counted as broken links).')
  })

  it('keeps stale citations out of the broken-link count', async () => {
    const root = writeGitFixture({ 'src/train.py': TRAIN, 'docs/STATUS.md': '- `src/train.py:99`\n' })
    const report = await runAudit(testOptions(root, ['links']), [linkScanner], environment)
    expect(report.links?.brokenCount).toBe(0)
    expect(report.links?.citations.stale).toBe(1)
  })
})
