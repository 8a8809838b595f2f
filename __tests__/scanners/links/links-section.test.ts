import { describe, expect, it } from 'vitest'
import { renderLinksSection } from '../../../src/render/summary/links-section.js'
import type { SummaryContext } from '../../../src/render/summary/summary-context.js'
import { scanLinks } from './link-harness.js'

const linked = (maxListItems: number): SummaryContext => ({
  fileUrl: (path, line) => `https://github.com/octo/docs/blob/abc/${path}${line === undefined ? '' : `#L${line}`}`,
  maxListItems,
})
const plain: SummaryContext = { fileUrl: () => undefined, maxListItems: 50 }

describe('the Links section of the job summary', () => {
  it('starts with a heading and one line of totals, then lists broken links grouped by file', async () => {
    const result = await scanLinks({
      'README.md': '[a](docs/instal.md) [b](#nope) [m](mailto:x@example.com) <https://example.com> https://example.com/b https://other.example/\n',
      'docs/install.md': '# Install\n\n[c](../Readme.md)\n',
    })
    const section = renderLinksSection(result, linked(50))
    expect(section.split('\n').slice(0, 3)).toEqual([
      '### Links',
      '',
      '❌ **3 broken links** · 7 links in 2 Markdown files: 3 checked, 3 external (example.com 2, other.example 1), not checked yet, 1 skipped (mailto 1).',
    ])
    expect(section).toContain('**<a href="https://github.com/octo/docs/blob/abc/README.md"><code>README.md</code></a>** (2)')
    expect(section).toContain('- <a href="https://github.com/octo/docs/blob/abc/README.md#L1"><code>README.md:1</code></a> <code>docs/instal.md</code>: missing file; did you mean <code>docs/install.md</code>?')
    expect(section).toContain('- <a href="https://github.com/octo/docs/blob/abc/README.md#L1"><code>README.md:1</code></a> <code>&#35;nope</code>: missing anchor')
    expect(section).toContain('**<a href="https://github.com/octo/docs/blob/abc/docs/install.md"><code>docs/install.md</code></a>** (1)')
    expect(section).toContain('<code>../Readme.md</code> → <code>Readme.md</code>: wrong letter case; did you mean <code>../README.md</code>?')
    expect(section.indexOf('README.md:1')).toBeLessThan(section.indexOf('docs/install.md:3'))
  })

  it('says so when nothing is broken', async () => {
    const result = await scanLinks({ 'README.md': '# Title\n\n[self](#title)\n' })
    expect(renderLinksSection(result, plain)).toBe('### Links\n\n✅ No broken links · 1 link in 1 Markdown file: 1 checked.\n')
  })

  it('cuts the list at maxListItems and says how many more are in the report', async () => {
    const result = await scanLinks({ 'a.md': '[1](x1.md)\n[2](x2.md)\n', 'b.md': '[3](x3.md)\n[4](x4.md)\n[5](x5.md)\n' })
    const section = renderLinksSection(result, linked(3))
    expect(section.match(/^- /gm)).toHaveLength(3)
    expect(section).toContain('(3)')
    expect(section).toContain('2 more in the report (`report.json`).')
  })

  it('escapes every string that comes from the repository', async () => {
    const hostile = '<img src=x onerror=alert(1)>.md'
    const result = await scanLinks({ [hostile]: '<a href="x&quot;&gt;&lt;script&gt;alert(2)&lt;/script&gt;.md">x</a>\n' })
    const section = renderLinksSection(result, linked(50))
    expect(result.findings).toHaveLength(1)
    expect(section).not.toContain('<img src=x')
    expect(section).not.toContain('<script>')
    expect(section).toContain('&lt;img src=x onerror=alert&#40;1&#41;&gt;.md')
    expect(section).toContain('<code>x&quot;&gt;&lt;script&gt;alert&#40;2&#41;&lt;/script&gt;.md</code>')
    expect(renderLinksSection(result, plain)).not.toContain('<img src=x')
  })
})

describe('sites and causes in the Links section', () => {
  it('names the sites, says in one line per site what works only there, and groups broken links by cause with the setting', async () => {
    const result = await scanLinks({
      'docs/en/mkdocs.yml': 'site_name: Demo\n',
      'docs/en/docs/index.md': '[a](/img/a.png) [b](/img/b.png) [gone](gone.md)\n',
      'docs/en/docs/only.md': '# Only\n',
      'docs/es/docs/index.md': '[x](only.md) [y](only.md#only) [gone](gone.md)\n',
      'tests/fixtures/planted.md': '[p](nowhere.md)\n',
      'README.md': '[r](missing.md)\n',
    }, { binary: ['docs/en/docs/img/a.png', 'docs/en/docs/img/b.png'] })
    const section = renderLinksSection(result, plain)
    expect(section).toContain("- Judged by their site's rules: MkDocs <code>docs/en/mkdocs.yml</code> and 1 translation.")
    expect(section).toContain("- 2 links in <code>docs/en/docs/</code> work on the MkDocs site but not in GitHub's file view (not broken; `links.github-view-only` counts or hides them).")
    expect(section).toContain('- 1 Markdown file of test data left out (`links.test-data: true` checks them).')
    expect(section).toContain([
      '| Cause | Folder | Links | Setting |',
      '|---|---|---:|---|',
      '| missing translation | <code>docs/es/docs/</code> | 2 | <code>links.translation-fallback</code> |',
      '| missing file | the root | 1 |  |',
      '| missing file | <code>docs/en/docs/</code> | 1 | <code>links.sites</code> |',
      '| missing file | <code>docs/es/docs/</code> | 1 | <code>links.sites</code> |',
    ].join('\n'))
    expect(section).not.toContain('/img/a.png')
  })
})
