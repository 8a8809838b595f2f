import { describe, expect, it } from 'vitest'
import { isTestData, templateKind } from '../../../src/scanners/links/link-scope.js'
import { suggestionAsWritten } from '../../../src/scanners/links/check/written-suggestion.js'
import { brief, scanLinks } from './link-harness.js'

describe('test data', () => {
  it('knows test-data folders below a tests folder and the ones that are test data by name', () => {
    expect(isTestData('tests/fixtures/broken.md')).toBe(true)
    expect(isTestData('packages/a/__tests__/data/x.md')).toBe(true)
    expect(isTestData('tests/test_html/page.md')).toBe(true)
    expect(isTestData('pkg/testdata/doc.md')).toBe(true)
    expect(isTestData('src/__snapshots__/a.md')).toBe(true)
    expect(isTestData('tests/README.md')).toBe(false)
    expect(isTestData('tests/unit/README.md')).toBe(false)
    expect(isTestData('docs/data/table.md')).toBe(false)
    expect(isTestData('docs/fixtures.md')).toBe(false)
  })

  it('leaves test data and sites declared in tests folders out, says how many, and brings them back on request', async () => {
    const files = {
      'README.md': '[ok](docs/a.md)\n',
      'docs/a.md': '# A\n',
      'tests/fixtures/broken.md': '[planted](nowhere.md)\n',
      'tests/books/basic/book.toml': '[book]\n',
      'tests/books/basic/src/SUMMARY.md': '- [Chapter](chapter.md)\n',
    }
    const result = await scanLinks(files)
    expect(result.findings).toEqual([])
    expect(result.testDataFiles).toBe(2)
    expect(result.sites).toEqual([])
    const all = await scanLinks(files, { settings: { testData: true } })
    expect(all.findings.map(brief)).toEqual(['tests/books/basic/src/SUMMARY.md:1:3 missing-file chapter.md', 'tests/fixtures/broken.md:1:1 missing-file nowhere.md'])
    expect(all.testDataFiles).toBe(0)
  })
})

describe('issue and pull request templates', () => {
  it('names the templates GitHub renders into issue and pull request bodies', () => {
    expect(templateKind('.github/ISSUE_TEMPLATE/bug.md')).toBe('issue')
    expect(templateKind('.github/pull_request_template.md')).toBe('pull')
    expect(templateKind('docs/PULL_REQUEST_TEMPLATE/feature.md')).toBe('pull')
    expect(templateKind('ISSUE_TEMPLATE.md')).toBe('issue')
    expect(templateKind('.github/ISSUE_TEMPLATE/config.yml')).toBeUndefined()
    expect(templateKind('docs/guide.md')).toBeUndefined()
  })

  it('resolves their links against the issue page: ../blob/HEAD/x works, a file-relative link does not', async () => {
    const result = await scanLinks({
      '.github/ISSUE_TEMPLATE/bug.md': '[guide](../blob/HEAD/CONTRIBUTING.md) [abs](/acme/app/blob/main/CONTRIBUTING.md) [wrong](./CONTRIBUTING.md) [gone](../blob/main/GONE.md) [issues](../issues?q=x)\n',
      '.github/PULL_REQUEST_TEMPLATE.md': '[checklist](CONTRIBUTING.md)\n',
      'CONTRIBUTING.md': '# Contributing\n',
    }, { git: { repository: 'acme/app', ref: 'refs/heads/main' } })
    expect(result.findings.map((finding) => [brief(finding), finding.suggestion])).toEqual([
      ['.github/ISSUE_TEMPLATE/bug.md:1:82 missing-file ./CONTRIBUTING.md', '../blob/HEAD/CONTRIBUTING.md'],
      ['.github/ISSUE_TEMPLATE/bug.md:1:109 missing-file ../blob/main/GONE.md', undefined],
      ['.github/PULL_REQUEST_TEMPLATE.md:1:1 missing-file CONTRIBUTING.md', '../blob/HEAD/CONTRIBUTING.md'],
    ])
    expect(result.findings[0]?.message).toContain('in an issue body this link opens https://github.com/acme/app/issues/CONTRIBUTING.md')
  })

  it('skips their relative links when the repository is unknown', async () => {
    const result = await scanLinks({ '.github/PULL_REQUEST_TEMPLATE.md': '[checklist](CONTRIBUTING.md) [top](#top)\n' })
    expect(result.findings).toEqual([])
    expect(result.totals.skipped['unknown-repository']).toBe(1)
  })
})

describe('symlinked pages', () => {
  it('checks a symlinked page once, where its target lives, and keeps its anchors under both names', async () => {
    const result = await scanLinks({
      'docs/guide.md': '# Guide\n\n## Setup\n\n[broken](missing.md) [self](#setup)\n',
      'README.md': '[alias](guide.md#setup) [bad](guide.md#nope)\n',
    }, { symlinks: { 'guide.md': 'docs/guide.md' } })
    expect(result.findings.map(brief)).toEqual(['README.md:1:25 missing-anchor guide.md#nope', 'docs/guide.md:5:1 missing-file missing.md'])
    expect(result.filesScanned).toBe(2)
  })
})

describe('suggestions as written', () => {
  it('are relative to the linking file, keep the anchor, and are never the target or the file itself', () => {
    expect(suggestionAsWritten('Documentation/SubmittingPatches', 'Documentation/process/howto.md', '../SubmitingPatches')).toBe('../SubmittingPatches')
    expect(suggestionAsWritten('docs/install.md#setup', 'README.md', 'docs/instal.md#setup')).toBe('docs/install.md#setup')
    expect(suggestionAsWritten('docs/install.md', 'README.md', '/docs/instal.md')).toBe('/docs/install.md')
    expect(suggestionAsWritten('docs/a.md#intro', 'docs/a.md', 'a.md#intr')).toBe('#intro')
    expect(suggestionAsWritten('docs/a.md', 'docs/a.md', 'a.mdd')).toBeUndefined()
    expect(suggestionAsWritten('docs/b.md', 'docs/a.md', 'b.md')).toBeUndefined()
    expect(suggestionAsWritten('#setup', 'docs/a.md', '#setup')).toBeUndefined()
    expect(suggestionAsWritten('docs/en/guide.md', '.github/ISSUE_TEMPLATE/i18n.md', 'https://github.com/acme/app/blob/main/docs/guide.md')).toBe('https://github.com/acme/app/blob/main/docs/en/guide.md')
    expect(suggestionAsWritten('docs/en/guide.md', 'README.md', 'https://example.com/guide')).toBeUndefined()
  })
})
