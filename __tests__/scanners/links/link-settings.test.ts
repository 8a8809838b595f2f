import { describe, expect, it } from 'vitest'
import { FieldReader, type RawField } from '../../../src/options/field-reader.js'
import { SettingsError } from '../../../src/options/settings-error.js'
import { linkSettings } from '../../../src/scanners/links/link-settings.js'

function read(values: Record<string, unknown>) {
  const fields = new Map<string, RawField>(Object.entries(values).map(([key, value]) => [key, { value, where: `key 'links.${key}'` }]))
  const reader = new FieldReader(fields, 'links', linkSettings.keys)
  const settings = linkSettings.read(reader, linkSettings.defaults)
  reader.rejectUnknownKeys()
  return settings
}

describe('the links: config block', () => {
  it('defaults to Markdown extensions, anchor checks on, no roots, patterns or exclusions', () => {
    expect(read({})).toEqual({
      extensions: ['md', 'markdown', 'mdx'], roots: [], ignore: [], checkAnchors: true, exclude: [],
      sites: 'auto', githubViewOnly: 'report', translationFallback: false, testData: false,
    })
  })

  it('reads every key', () => {
    expect(read({
      extensions: ['.MD', 'rst'],
      roots: ['/img/=static/img/', '@site/ = ./website', '/=.'],
      ignore: ['/^https:\\/\\/internal\\./i', 'generated/**'],
      'check-anchors': false,
      exclude: 'archive/**\nCHANGELOG.md',
      sites: 'off',
      'github-view-only': 'count',
      'translation-fallback': true,
      'test-data': true,
    })).toEqual({
      extensions: ['md', 'rst'],
      roots: [{ prefix: '/img/', directory: 'static/img/' }, { prefix: '@site/', directory: 'website' }, { prefix: '/', directory: '' }],
      ignore: ['/^https:\\/\\/internal\\./i', 'generated/**'],
      checkAnchors: false,
      exclude: ['archive/**', 'CHANGELOG.md'],
      sites: 'off',
      githubViewOnly: 'count',
      translationFallback: true,
      testData: true,
    })
  })

  it('names the key and the accepted form of a bad value', () => {
    expect(() => read({ roots: ['/img/'] })).toThrow(SettingsError)
    expect(() => read({ roots: ['/img/=../outside'] })).toThrow(/links\.roots/)
    expect(() => read({ ignore: ['/(unclosed/'] })).toThrow(/links\.ignore.*regular expression/)
    expect(() => read({ extensions: ['m d'] })).toThrow(/links\.extensions/)
    expect(() => read({ 'check-anchors': 'sometimes' })).toThrow(/true or false/)
    expect(() => read({ 'check-anchor': true })).toThrow(/unknown key "check-anchor"/)
    expect(() => read({ sites: 'mkdocs' })).toThrow(/links\.sites.*"mkdocs".*one of auto, off/)
    expect(() => read({ 'github-view-only': 'yes' })).toThrow(/links\.github-view-only.*one of report, count, hide/)
    expect(() => read({ 'test-data': 'maybe' })).toThrow(/true or false/)
  })
})
