import { describe, expect, it } from 'vitest'
import { fileUrlBuilder } from '../../src/render/file-links.js'
import { renderGapsReport } from '../../src/render/gaps-report.js'
import { escapeHtml, markdownText } from '../../src/render/html.js'
import { renderOverview } from '../../src/render/summary/overview.js'
import { renderPlaceholdersSection } from '../../src/render/summary/placeholders-section.js'
import { renderRepoMapSection } from '../../src/render/summary/repo-map-section.js'
import type { SummaryContext } from '../../src/render/summary/summary-context.js'
import { renderTextReport } from '../../src/render/text-report.js'
import { placeholderFinding, sampleReport } from '../helpers/sample-report.js'

const plainContext: SummaryContext = { fileUrl: () => undefined, maxListItems: 50 }

describe('escaping', () => {
  it('escapes HTML and Markdown table syntax from repository text', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;')
    expect(markdownText('a | b\n*c* [d](e)')).toBe('a &#124; b &#42;c&#42; &#91;d&#93;&#40;e&#41;')
  })
})

describe('file links', () => {
  it('links to the exact line of the audited commit, prefixing a sub-directory root and encoding names', () => {
    const url = fileUrlBuilder({ repository: 'acme/w', commit: 'abc', root: 'pkg/app' }, { serverUrl: 'https://ghe.example.com/' })
    expect(url('src/my file#1.ts', 12)).toBe('https://ghe.example.com/acme/w/blob/abc/pkg/app/src/my%20file%231.ts#L12')
    expect(fileUrlBuilder({ repository: null, commit: 'abc', root: '.' }, { serverUrl: undefined })('a.ts', 1)).toBeUndefined()
  })

  it('asks for the source of files GitHub renders, since the rendered view ignores #L', () => {
    const url = fileUrlBuilder({ repository: 'acme/w', commit: 'abc', root: '.' }, { serverUrl: undefined })
    expect(url('docs/guide.md', 12)).toBe('https://github.com/acme/w/blob/abc/docs/guide.md?plain=1#L12')
    expect(url('notebooks/train.ipynb', 3)).toBe('https://github.com/acme/w/blob/abc/notebooks/train.ipynb?plain=1#L3')
    expect(url('docs/guide.md')).toBe('https://github.com/acme/w/blob/abc/docs/guide.md')
    expect(url('src/train.py', 3)).toBe('https://github.com/acme/w/blob/abc/src/train.py#L3')
  })
})

describe('overview', () => {
  it('states the verdict, what was audited and one row per scanner', () => {
    const report = sampleReport({
      gates: [{ name: 'max-placeholders', value: 2, limit: 1, passed: false, comparison: 'at-most' }],
      result: 'fail',
    })
    const markdown = renderOverview(report)
    expect(markdown).toContain('❌ **Fail**: max-placeholders is 2 (limit ≤ 1).')
    expect(markdown).toContain('Audited 3 files (120 lines) of acme/widget at <code>0123456</code> in 1.5 s.')
    expect(markdown).toContain('| Placeholders | 2 placeholders (1 stub) | ≤ 1 | ❌ fail |')
    expect(markdown).toContain('| Repo map | 3 files, 2 languages | none | — |')
  })

  it('gives findings that no threshold judges a neutral mark, a clean scanner ✅, and says when nothing can fail the step', () => {
    const report = sampleReport({ gates: [], result: 'pass' })
    const markdown = renderOverview(report)
    expect(markdown).toContain('| Placeholders | 2 placeholders (1 stub) | none | ➖ not gated |')
    expect(markdown).toContain('✅ **Pass**: no threshold is set, so nothing can fail the step but a scanner error.')
    const clean = renderOverview({ ...report, placeholders: { ...(report.placeholders as NonNullable<typeof report.placeholders>), count: 0, byKind: { comment: 0, stub: 0, prose: 0 } } })
    expect(clean).toContain('| Placeholders | 0 placeholders | none | ✅ none |')
    expect(renderOverview(report, 'Uploading the report artifact "x" failed: 403')).toContain('❌ **Fail**: Uploading the report artifact &quot;x&quot; failed: 403.')
  })

  it('marks a crashed scanner', () => {
    const report = sampleReport({ scanners: [{ id: 'placeholders', status: 'error', durationMs: 1 }], placeholders: undefined })
    expect(renderOverview(report)).toContain('| Placeholders | — | none | ⚠️ error |')
  })
})

describe('placeholders section', () => {
  it('lists stubs first, links locations, and says how many more are in the report', () => {
    const report = sampleReport()
    const context: SummaryContext = { fileUrl: (path, line) => `https://x/${path}#L${line}`, maxListItems: 1 }
    const markdown = renderPlaceholdersSection(report.placeholders!, context)
    expect(markdown).toContain('| <a href="https://x/src/model.py#L2"><code>src/model.py:2</code></a> | stub | NotImplementedError | raise NotImplementedError |')
    expect(markdown).not.toContain('src/train.py')
    expect(markdown).toContain('1 more in the report (`gaps-report.md`).')
  })

  it('escapes file names and comment text', () => {
    const finding = placeholderFinding('<img src=x onerror=alert(1)>.py', 1, '</td><script>x</script>')
    const markdown = renderPlaceholdersSection({ count: 1, byTag: { TODO: 1 }, byKind: { comment: 1, stub: 0, prose: 0 }, filesScanned: 1, findings: [finding] }, plainContext)
    expect(markdown).not.toMatch(/<img|<script|<\/td>/)
    expect(markdown).toContain('&lt;img src=x onerror=alert&#40;1&#41;&gt;.py:1')
  })
})

describe('repo map section', () => {
  it('is collapsible and escapes commit subjects and authors', () => {
    const markdown = renderRepoMapSection(sampleReport().repoMap!, plainContext)
    expect(markdown.startsWith('<details><summary><strong>Repo map</strong>: 3 files, 120 lines, 2 languages</summary>')).toBe(true)
    expect(markdown).toContain('Fix &lt;i&gt;it&lt;/i&gt; &#124; now (Ada &lt;b&gt;)')
    expect(markdown).toContain('_Shallow clone: set fetch-depth: 0 for full history._')
    expect(markdown).toContain('| Python | 2 | 100 | 2.4 KiB |')
    expect(markdown).toContain('**Placeholder hotspots**: <code>src</code> 2')
    expect(markdown.trimEnd().endsWith('</details>')).toBe(true)
  })
})

describe('gaps report', () => {
  it('has a header with date, commit and totals, and every placeholder grouped by file', () => {
    const markdown = renderGapsReport(sampleReport())
    expect(markdown).toContain('Generated by repo-audit 9.9.9 on 2026-11-24T00:00:01.500Z')
    expect(markdown).toContain('at commit <code>0123456789abcdef0123456789abcdef01234567</code>.')
    expect(markdown).toContain('**2 placeholders** in 2 files (1 comments, 1 stubs, 0 prose)')
    expect(markdown).toContain('## <code>src/train.py</code> (1)')
    expect(markdown).toContain('| 6:3 | comment | TODO | tune it |  |')
  })

  it('says when the placeholder scan did not run', () => {
    expect(renderGapsReport(sampleReport({ placeholders: undefined }))).toContain('The placeholder scan did not run in this audit.')
  })
})

describe('text report', () => {
  it('prints the verdict, gates and findings for a terminal', () => {
    const text = renderTextReport(sampleReport({ gates: [{ name: 'max-placeholders', value: 2, limit: 5, passed: true, comparison: 'at-most' }] }), { color: false, maxListItems: 10 })
    expect(text).toContain('Repo Audit PASS  3 files, 120 lines, 1.5 s  0123456')
    expect(text).toContain('  ok   max-placeholders: 2 (max 5)')
    expect(text).toContain('  src/train.py:6:3  tune it')
  })
})

describe('text report links', () => {
  it('says what works only on a site, leaves those notes out of the list, and groups broken links by cause', async () => {
    const { scanLinks } = await import('../scanners/links/link-harness.js')
    const links = await scanLinks({
      'mkdocs.yml': 'site_name: Demo\n',
      'docs/index.md': '[a](/img/a.png) [gone](gone.md) [gone2](gone2.md)\n',
      'README.md': '[r](missing.md)\n',
    }, { binary: ['docs/img/a.png'] })
    const text = renderTextReport(sampleReport({ links }), { color: false, maxListItems: 10 })
    expect(text).toContain("  1 link in docs/ works on the MkDocs site but not in GitHub's file view (links.github-view-only)")
    expect(text).toContain('       2  missing file in docs/  (links.sites)\n       1  missing file in ./')
    expect(text).toContain('  docs/index.md:1:17  Broken link `gone.md`: docs/gone.md does not exist on the MkDocs site (mkdocs.yml)')
    expect(text).not.toContain('/img/a.png')
  })
})

describe('the order of placeholders', () => {
  it('puts stubs first, then takes one folder at a time so no folder fills the top, and interface hooks last', async () => {
    const { topPlaceholders } = await import('../../src/render/summary/placeholders-section.js')
    const findings = [
      ...Array.from({ length: 4 }, (_, i) => placeholderFinding('gen/api.py', i + 1, `generated ${i}`)),
      placeholderFinding('src/app.py', 1, 'real one'),
      placeholderFinding('src/base.py', 3, 'hook', { kind: 'interface', ruleId: 'placeholders/interface' }),
      placeholderFinding('src/app.py', 9, 'not done', { kind: 'stub', ruleId: 'placeholders/stub' }),
    ]
    expect(topPlaceholders(findings, 5).map((finding) => `${finding.kind} ${finding.path}:${finding.line}`)).toEqual([
      'stub src/app.py:9', 'comment gen/api.py:1', 'comment src/app.py:1', 'comment gen/api.py:2', 'comment gen/api.py:3',
    ])
    expect(topPlaceholders(findings, 10).at(-1)?.kind).toBe('interface')
  })
})

describe('repeated placeholders in the summary', () => {
  it('shows a text repeated many times as one row with the count and the folders, still counted in full', async () => {
    const { renderPlaceholdersSection } = await import('../../src/render/summary/placeholders-section.js')
    const generated = Array.from({ length: 7 }, (_, i) => placeholderFinding(`api/v${i % 4}/model.py`, i + 1, 'Add description.', { message: 'Add description.' }))
    const findings = [...generated, placeholderFinding('src/app.py', 3, 'handle errors', { message: 'handle errors' })]
    const section = renderPlaceholdersSection({ count: 8, byTag: { [findings[0]?.tag as string]: 8 }, byKind: { comment: 8, stub: 0, prose: 0 }, filesScanned: 5, findings }, plainContext)
    expect(section).toContain('8 placeholders in 5 scanned files')
    expect(section).toContain('| 7 places in <code>api/v0/</code>, <code>api/v1/</code>, <code>api/v2/</code> and 1 more folder | comment |')
    expect(section).toContain('handle errors')
    expect(section.match(/Add description\./g)).toHaveLength(1)
    expect(section).not.toContain('more in the report')
  })
})
