import { describe, expect, it } from 'vitest'
import type { CheckRequest, LinkVerdict } from '../../../src/scanners/links/check/link-checker.js'
import type { ExternalTarget } from '../../../src/scanners/links/check/link-target.js'
import { brief, scanLinks } from './link-harness.js'

describe('resolving local targets', () => {
  it('accepts existing files, directories, binary images, spaces, percent-encoding and queries', async () => {
    const result = await scanLinks({
      'README.md': [
        '[a](docs/guide.md) [b](docs) [c](docs/) [d](./) [e](/docs/guide.md) [f](img/logo.png)',
        '[g](<docs/my guide.md>) [h](docs/my%20guide.md) [i](docs/guide.md?plain=1) <img src="img/logo.png">',
        '[j](..) [k](docs/guide.md#) [l](#)',
      ].join('\n'),
      'docs/guide.md': '# Guide\n\n[back](../README.md) [up](..) [self](guide.md)\n',
      'docs/my guide.md': 'text\n',
    }, { binary: ['img/logo.png'] })
    expect(result.findings.map(brief)).toEqual(['README.md:3:1 outside-repo ..'])
    expect(result.totals.checked).toBe(16)
  })

  it('reports a missing file with the resolved path and a close match', async () => {
    const result = await scanLinks({
      'docs/index.md': '[install](instal.md) and [api](../api/refrence.md) and [none](zzz-unrelated.md)\n',
      'docs/install.md': '# Install\n',
      'api/reference.md': '# Reference\n',
    })
    expect(result.findings.map((finding) => [brief(finding), finding.resolved, finding.suggestion])).toEqual([
      ['docs/index.md:1:1 missing-file instal.md', 'docs/instal.md', 'install.md'],
      ['docs/index.md:1:26 missing-file ../api/refrence.md', 'api/refrence.md', '../api/reference.md'],
      ['docs/index.md:1:56 missing-file zzz-unrelated.md', 'docs/zzz-unrelated.md', undefined],
    ])
    expect(result.findings[0]?.ruleId).toBe('links/missing-file')
    expect(result.findings[0]?.message).toBe('Broken link `instal.md`: docs/instal.md does not exist; did you mean `install.md`?')
  })

  it('suggests the Markdown page for an extensionless link and the same file in a moved directory', async () => {
    const result = await scanLinks({
      'README.md': '[a](docs/install) [b](doc/usage.md#flags) [c](guide/setup.md)\n',
      'docs/install.md': '# Install\n',
      'docs/usage.md': '# Usage\n',
      'docs/guide/setup.md': '# Setup\n',
    })
    expect(result.findings.map((finding) => finding.suggestion)).toEqual(['docs/install.md', 'docs/usage.md#flags', 'docs/guide/setup.md'])
  })

  it('names the real path when a file or directory exists with other letter case', async () => {
    const result = await scanLinks({
      'README.md': '[a](Docs/Install.md) [b](docs/install.MD#setup) [c](DOCS)\n',
      'docs/install.md': '# Setup\n',
    })
    expect(result.findings.map((finding) => [brief(finding), finding.suggestion])).toEqual([
      ['README.md:1:1 case-mismatch Docs/Install.md', 'docs/install.md'],
      ['README.md:1:22 case-mismatch docs/install.MD#setup', 'docs/install.md#setup'],
      ['README.md:1:49 case-mismatch DOCS', 'docs'],
    ])
    expect(result.findings[0]?.message).toContain('docs/install.md does')
  })

  it('reports targets outside the repository without reading them', async () => {
    const result = await scanLinks({ 'docs/a.md': '[a](../../etc/passwd) [b](/../x.md)\n' })
    expect(result.findings.map((finding) => [brief(finding), finding.resolved])).toEqual([
      ['docs/a.md:1:1 outside-repo ../../etc/passwd', '../etc/passwd'],
      ['docs/a.md:1:23 outside-repo /../x.md', '../x.md'],
    ])
  })

  it('reports empty targets', async () => {
    const result = await scanLinks({ 'a.md': 'x [empty]() y\n' })
    expect(result.findings.map(brief)).toEqual(['a.md:1:3 empty-target '])
    expect(result.findings[0]?.message).toBe('Broken link: the link has no target')
  })
})

describe('fragments', () => {
  const files = {
    'README.md': [
      '# Readme',
      '[a](docs/guide.md#quick-start) [b](docs/guide.md#quick-strat) [c](docs/guide.md#user-content-quick-start)',
      '[d](src/app.ts#L2) [e](src/app.ts#L2-L3) [f](src/app.ts#L4) [g](src/app.ts#L1-L9) [h](src/app.ts#L0) [i](src/app.ts#L2C1-L3C4)',
      '[j](src/app.ts#main) [k](site/index.html#top) [l](docs#intro) [m](docs/guide.md#L2) [n](docs/guide.md#L99)',
      '[o](big.bin#L5) [p](docs/guide.md#extra-id)',
    ].join('\n'),
    'docs/guide.md': '# Guide\n\n## Quick start\n\n<div id="extra-id"></div>\n',
    'src/app.ts': 'one\ntwo\nthree\n',
    'site/index.html': '<p id="top"></p>\n',
  }

  it('checks anchors across files, line anchors against line counts, and leaves other files alone', async () => {
    const result = await scanLinks(files, { binary: ['big.bin'] })
    expect(result.findings.map((finding) => [brief(finding), finding.suggestion])).toEqual([
      ['README.md:2:32 missing-anchor docs/guide.md#quick-strat', 'docs/guide.md#quick-start'],
      ['README.md:3:42 bad-line-anchor src/app.ts#L4', undefined],
      ['README.md:3:61 bad-line-anchor src/app.ts#L1-L9', undefined],
      ['README.md:3:83 bad-line-anchor src/app.ts#L0', undefined],
      ['README.md:4:85 bad-line-anchor docs/guide.md#L99', undefined],
    ])
    expect(result.findings[1]?.message).toBe('Broken link `src/app.ts#L4`: #L4 is past the end of src/app.ts (3 lines)')
  })

  it('checks no fragment when check-anchors is off', async () => {
    const result = await scanLinks(files, { binary: ['big.bin'], settings: { checkAnchors: false } })
    expect(result.findings).toEqual([])
  })
})

describe('skipping', () => {
  it('counts every skipped link by reason and never reports it', async () => {
    const result = await scanLinks({
      'README.md': [
        '[m](mailto:a@example.com) [t](tel:+1) [d](data:text/plain,hi) [j](javascript:alert(1)) [f](ftp://x.example)',
        '[tpl]({{site.url}}/x) <a href="{% link x.md %}">tpl2</a> [not a link]({{ spaces }})',
        '<!-- repo-audit-ignore -->',
        '[ignored by comment](missing.md)',
        '[ignored by pattern](generated/missing.md) [regex](https://ci.example.com/build/1) [old](https://github.com/octo/docs/blob/v1/gone.md)',
        '[mod](vendor/lib/README.md) [mod root](vendor/lib)',
      ].join('\n'),
      '.gitmodules': '[submodule "lib"]\n\tpath = vendor/lib\n\turl = https://github.com/octo/lib\n',
    }, { settings: { ignore: ['generated/**', '/^https:\\/\\/ci\\./'] }, git: { repository: 'octo/docs' } })
    expect(result.findings).toEqual([])
    expect(result.totals.skipped).toEqual({
      mailto: 1, tel: 1, data: 1, javascript: 1, 'other-scheme': 1, template: 2, 'ignore-comment': 1, ignored: 2, 'other-ref': 1, submodule: 1,
    })
    expect(result.totals.checked).toBe(1)
    expect(result.totals.seen).toBe(13)
  })

  it('knows the submodules however early a document that links into them is read', async () => {
    // '-' sorts before '.', so this page is visited before .gitmodules is read.
    const result = await scanLinks({
      '-intro.md': '[lib](vendor/lib) [api](vendor/lib/docs/api.md#usage) [gone](vendor/gone.md) [later](z/guide.md#setup)\n',
      '.gitmodules': '[submodule "lib"]\n\tpath = vendor/lib\n\turl = https://github.com/octo/lib\n',
      'z/guide.md': '# Setup\n',
    })
    expect(result.findings.map(brief)).toEqual(['-intro.md:1:55 missing-file vendor/gone.md'])
    expect(result.totals.skipped).toEqual({ submodule: 1 })
    expect(result.totals.checked).toBe(3)
  })

  it('matches ignore patterns against the resolved path too', async () => {
    const result = await scanLinks({ 'docs/a.md': '[x](../build/out.html) [y](../build2/out.html)\n' }, { settings: { ignore: ['build/**'] } })
    expect(result.findings.map(brief)).toEqual(['docs/a.md:1:24 missing-file ../build2/out.html'])
  })

  it('skips links into another part of the repository when the audit starts below its root', async () => {
    const result = await scanLinks({ 'README.md': '[root](../../README.md) [abs](/LICENSE) [own](/packages/web/README.md)\n' }, {
      root: '/work/repo/packages/web',
      git: { topLevel: '/work/repo' },
    })
    expect(result.findings).toEqual([])
    expect(result.totals.skipped).toEqual({ 'outside-audit-root': 2 })
  })
})

describe('settings', () => {
  it('reads only the configured extensions', async () => {
    const files = { 'a.md': '[x](missing-1)\n', 'b.markdown': '[x](missing-2)\n', 'c.mdx': '[x](missing-3)\n', 'd.txt': '[x](missing-4)\n' }
    expect((await scanLinks(files)).findings.map((finding) => finding.path)).toEqual(['a.md', 'b.markdown', 'c.mdx'])
    expect((await scanLinks(files, { settings: { extensions: ['txt'] } })).findings.map((finding) => finding.path)).toEqual(['d.txt'])
  })

  it('skips the links of excluded files but keeps their anchors as targets', async () => {
    const result = await scanLinks({
      'README.md': '[a](archive/old.md#kept-heading) [b](archive/old.md#nope)\n',
      'archive/old.md': '## Kept heading\n\n[broken](nowhere.md)\n',
    }, { settings: { exclude: ['archive/**'] } })
    expect(result.findings.map(brief)).toEqual(['README.md:1:34 missing-anchor archive/old.md#nope'])
    expect(result.filesScanned).toBe(1)
  })

  it('tries extra roots for root-relative targets', async () => {
    const result = await scanLinks({ 'docs/a.md': '![logo](/img/logo.png) ![gone](/img/gone.png)\n' }, {
      binary: ['static/img/logo.png'],
      settings: { roots: [{ prefix: '/img/', directory: 'static/img' }] },
    })
    expect(result.findings.map((finding) => [brief(finding), finding.resolved])).toEqual([['docs/a.md:1:24 missing-file /img/gone.png', 'img/gone.png']])
  })
})

describe('same-repository GitHub URLs', () => {
  it('checks them as local files with their anchors', async () => {
    const result = await scanLinks({
      'README.md': [
        'https://github.com/octo/docs/blob/main/docs/guide.md#intro',
        '[b](https://github.com/Octo/Docs/blob/main/docs/guid.md)',
        '[c](https://github.com/octo/docs/tree/main/docs) [d](https://github.com/octo/docs/blob/main/docs/guide.md#nope)',
        '[e](../../issues) [f](https://github.com/octo/docs/issues/4) [g](https://github.com/octo/other/blob/main/x.md)',
      ].join('\n'),
      'docs/guide.md': '# Intro\n',
    }, { git: { repository: 'octo/docs', ref: 'refs/heads/main' } })
    expect(result.findings.map((finding) => [brief(finding), finding.suggestion])).toEqual([
      ['README.md:2:1 missing-file https://github.com/Octo/Docs/blob/main/docs/guid.md', 'https://github.com/Octo/Docs/blob/main/docs/guide.md'],
      ['README.md:3:50 missing-anchor https://github.com/octo/docs/blob/main/docs/guide.md#nope', undefined],
    ])
    expect(result.totals.external).toEqual({ count: 3, byHost: { 'github.com': 3 } })
  })
})

describe('external links', () => {
  it('are counted by host and handed to an external checker when one is plugged in', async () => {
    const seen: string[] = []
    const externalChecker = {
      async check(requests: readonly CheckRequest<ExternalTarget>[]): Promise<readonly LinkVerdict[]> {
        seen.push(...requests.map((request) => request.target.url))
        return requests.map((request): LinkVerdict =>
          request.target.host === 'dead.example' ? { status: 'broken', reason: 'missing-file', resolved: request.target.url, detail: 'answered 404' } : { status: 'ok' })
      },
    }
    const files = { 'a.md': '<https://ok.example/x> [dead](https://dead.example/y) https://ok.example/z\n' }
    const counted = await scanLinks(files)
    expect(counted.findings).toEqual([])
    expect(counted.totals.external).toEqual({ count: 3, byHost: { 'ok.example': 2, 'dead.example': 1 } })

    const checked = await scanLinks(files, { externalChecker })
    expect(seen).toEqual(['https://ok.example/x', 'https://dead.example/y', 'https://ok.example/z'])
    expect(checked.findings.map(brief)).toEqual(['a.md:1:24 missing-file https://dead.example/y'])
  })
})

describe('findings', () => {
  it('are sorted by file, line and column, carry line-free fingerprints, and extend Finding', async () => {
    const before = await scanLinks({ 'b.md': '[x](gone.md)\n', 'a.md': 'text\n\n[y](gone.md) [x](gone.md)\n[x](gone.md)\n' })
    const after = await scanLinks({ 'b.md': '\n\n[x](gone.md)\n', 'a.md': '[y](gone.md) [x](gone.md)\n[x](gone.md)\n' })
    expect(before.findings.map(brief)).toEqual([
      'a.md:3:1 missing-file gone.md',
      'a.md:3:14 missing-file gone.md',
      'a.md:4:1 missing-file gone.md',
      'b.md:1:1 missing-file gone.md',
    ])
    expect(after.findings.map((finding) => finding.fingerprint)).toEqual(before.findings.map((finding) => finding.fingerprint))
    expect(new Set(before.findings.map((finding) => finding.fingerprint)).size).toBe(4)
    expect(before.brokenCount).toBe(4)
  })
})

describe('misspelled schemes', () => {
  it('reports a link whose scheme is one letter from http(s), which GitHub shows as text, with the corrected target', async () => {
    const result = await scanLinks({ 'README.md': '[a](ttps://example.com/x) [b](htp://example.com) [c](ftp://example.com) [d](vscode:extension/x)\n' })
    expect(result.findings.map((finding) => [brief(finding), finding.suggestion])).toEqual([
      ['README.md:1:1 bad-scheme ttps://example.com/x', 'https://example.com/x'],
      ['README.md:1:27 bad-scheme htp://example.com', 'http://example.com'],
    ])
    expect(result.totals.skipped['other-scheme']).toBe(2)
  })
})
