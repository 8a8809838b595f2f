import { describe, expect, it } from 'vitest'
import { sameRepository, sameRepositoryPath } from '../../../src/scanners/links/check/github-url.js'
import { TargetResolver, type TargetResolverOptions } from '../../../src/scanners/links/check/link-target.js'

const repository = sameRepository('Octo/Docs', 'refs/heads/feature/links', 'abcdef1234567890abcdef1234567890abcdef12')

function resolver(options: Partial<TargetResolverOptions> = {}): TargetResolver {
  return new TargetResolver({ rootInRepository: '', roots: [], repository, ...options })
}

describe('classifying targets', () => {
  it('skips mailto, tel, data and javascript targets, templated targets and other schemes', () => {
    const classify = (target: string) => resolver().classify(target, 'README.md')
    expect(classify('mailto:team@example.com')).toEqual({ kind: 'skipped', reason: 'mailto' })
    expect(classify('TEL:+1-555')).toEqual({ kind: 'skipped', reason: 'tel' })
    expect(classify('data:image/png;base64,AAAA')).toEqual({ kind: 'skipped', reason: 'data' })
    expect(classify('javascript:void(0)')).toEqual({ kind: 'skipped', reason: 'javascript' })
    expect(classify('{{ site.baseurl }}/guide')).toEqual({ kind: 'skipped', reason: 'template' })
    expect(classify('{% link guide.md %}')).toEqual({ kind: 'skipped', reason: 'template' })
    expect(classify('ftp://files.example.com/x')).toEqual({ kind: 'skipped', reason: 'other-scheme' })
  })

  it('counts web URLs as external by lower-case host, protocol-relative ones too', () => {
    const classify = (target: string) => resolver().classify(target, 'README.md')
    expect(classify('https://Example.COM/a?b#c')).toEqual({ kind: 'external', url: 'https://Example.COM/a?b#c', host: 'example.com' })
    expect(classify('//cdn.example.net/x.js')).toMatchObject({ kind: 'external', host: 'cdn.example.net' })
    expect(classify('http://[bad')).toMatchObject({ kind: 'external', host: '' })
    expect(classify('')).toEqual({ kind: 'empty' })
    expect(classify('   ')).toEqual({ kind: 'empty' })
  })

  it('resolves relative targets from the file directory and root-relative ones from the repository root', () => {
    const classify = (target: string) => resolver().classify(target, 'docs/guide/intro.md')
    expect(classify('setup.md')).toEqual({ kind: 'local', path: 'docs/guide/setup.md', alternatives: [], fragment: undefined, outsideRepository: false })
    expect(classify('../api/./index.md#usage')).toMatchObject({ path: 'docs/api/index.md', fragment: 'usage' })
    expect(classify('/CONTRIBUTING.md')).toMatchObject({ path: 'CONTRIBUTING.md' })
    expect(classify('./')).toMatchObject({ path: 'docs/guide' })
    expect(classify('../../')).toMatchObject({ path: '' })
    expect(classify('#intro')).toMatchObject({ path: 'docs/guide/intro.md', fragment: 'intro' })
    expect(classify('?plain=1#L3')).toMatchObject({ path: 'docs/guide/intro.md', fragment: 'L3' })
  })

  it('decodes percent-encoding in paths and fragments and drops the query', () => {
    const classify = (target: string) => resolver().classify(target, 'README.md')
    expect(classify('docs/my%20file.md?raw=true#caf%C3%A9')).toMatchObject({ path: 'docs/my file.md', fragment: 'café' })
    expect(classify('docs/100%.md')).toMatchObject({ path: 'docs/100%.md' })
    expect(classify('docs\\windows\\style.md')).toMatchObject({ path: 'docs/windows/style.md' })
  })

  it('reports targets above the repository root, but reads two levels up as GitHub pages', () => {
    const classify = (target: string) => resolver().classify(target, 'docs/a.md')
    expect(classify('../../secret.md')).toMatchObject({ kind: 'local', path: '../secret.md', outsideRepository: true })
    expect(classify('/../x.md')).toMatchObject({ outsideRepository: true })
    expect(resolver().classify('../../issues', 'README.md')).toMatchObject({ kind: 'external', host: 'github.com' })
    expect(resolver().classify('../../../other-repo', 'README.md')).toMatchObject({ kind: 'external', host: 'github.com' })
    expect(resolver().classify('../../blob/main/docs/a.md#top', 'README.md')).toMatchObject({ kind: 'local', path: 'docs/a.md', fragment: 'top' })
    expect(resolver({ repository: undefined }).classify('../../issues', 'README.md')).toMatchObject({ outsideRepository: true })
  })

  it('works in audit-root coordinates when the audit starts below the repository root', () => {
    const classify = (target: string) => resolver({ rootInRepository: 'packages/web' }).classify(target, 'docs/a.md')
    expect(classify('../README.md')).toMatchObject({ kind: 'local', path: 'README.md' })
    expect(classify('../../README.md')).toEqual({ kind: 'skipped', reason: 'outside-audit-root' })
    expect(classify('/packages/web/src/index.ts')).toMatchObject({ kind: 'local', path: 'src/index.ts' })
    expect(classify('/LICENSE')).toEqual({ kind: 'skipped', reason: 'outside-audit-root' })
    expect(classify('../../../../x.md')).toMatchObject({ outsideRepository: true, path: '../../../x.md' })
  })

  it('offers extra roots as alternatives for documentation sites', () => {
    const classify = (target: string) =>
      resolver({ roots: [{ prefix: '/img/', directory: 'static/img' }, { prefix: '@site/', directory: 'website' }] }).classify(target, 'docs/a.md')
    expect(classify('/img/logo.png')).toMatchObject({ path: 'img/logo.png', alternatives: ['static/img/logo.png'] })
    expect(classify('@site/src/page.md')).toMatchObject({ path: 'docs/@site/src/page.md', alternatives: ['website/src/page.md'] })
    expect(classify('/other.png')).toMatchObject({ alternatives: [] })
  })
})

describe('same-repository GitHub URLs', () => {
  it('maps blob, tree and raw URLs at the checked-out refs to repository paths, case-insensitively', () => {
    expect(sameRepositoryPath('https://github.com/octo/docs/blob/main/docs/a.md#intro', repository!)).toEqual({ path: 'docs/a.md', fragment: 'intro' })
    expect(sameRepositoryPath('https://www.github.com/OCTO/Docs/tree/master/docs/', repository!)).toEqual({ path: 'docs', fragment: undefined })
    expect(sameRepositoryPath('https://github.com/octo/docs/raw/HEAD/img/a%20b.png?raw=1', repository!)).toEqual({ path: 'img/a b.png', fragment: undefined })
    expect(sameRepositoryPath('https://github.com/octo/docs/blob/feature/links/src/x.ts#L3-L9', repository!)).toEqual({ path: 'src/x.ts', fragment: 'L3-L9' })
    expect(sameRepositoryPath('https://raw.githubusercontent.com/octo/docs/main/README.md', repository!)).toEqual({ path: 'README.md', fragment: undefined })
    expect(sameRepositoryPath('https://github.com/octo/docs/blob/abcdef1/README.md', repository!)).toEqual({ path: 'README.md', fragment: undefined })
  })

  it('leaves other refs, other repositories and other pages alone', () => {
    expect(sameRepositoryPath('https://github.com/octo/docs/blob/v1.0.0/README.md', repository!)).toBe('other-ref')
    expect(sameRepositoryPath('https://github.com/octo/docs/blob/1234567/README.md', repository!)).toBe('other-ref')
    expect(sameRepositoryPath('https://github.com/octo/other/blob/main/README.md', repository!)).toBeUndefined()
    expect(sameRepositoryPath('https://github.com/octo/docs/issues/1', repository!)).toBeUndefined()
    expect(sameRepositoryPath('https://gitlab.com/octo/docs/blob/main/README.md', repository!)).toBeUndefined()
    expect(sameRepository(undefined, undefined, undefined)).toBeUndefined()
  })

  it('classifies them as local targets or as skipped', () => {
    expect(resolver().classify('https://github.com/octo/docs/blob/main/docs/a.md', 'README.md')).toMatchObject({ kind: 'local', path: 'docs/a.md' })
    expect(resolver().classify('https://github.com/octo/docs/blob/v2/docs/a.md', 'README.md')).toEqual({ kind: 'skipped', reason: 'other-ref' })
    expect(resolver({ repository: undefined }).classify('https://github.com/octo/docs/blob/main/a.md', 'README.md')).toMatchObject({ kind: 'external', host: 'github.com' })
  })
})
