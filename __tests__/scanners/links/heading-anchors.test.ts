import { describe, expect, it } from 'vitest'
import { collectDocument } from '../../../src/scanners/links/collect/collect-document.js'
import { customHeadingId } from '../../../src/scanners/links/collect/heading-anchors.js'
import { brief, scanLinks } from './link-harness.js'

const anchorsOf = (text: string) => collectDocument('doc.md', text, { wantLinks: true }).anchors

/** Each heading must produce exactly GitHub's slug (github-slugger's test vectors, as Markdown). */
const SLUG_VECTORS: readonly [heading: string, slug: string][] = [
  ['# 😄 unicode emoji', '-unicode-emoji'],
  ['# 😄 - an emoji', '---an-emoji'],
  ['# exchange.bind_headers(exchange, routing [, bindCallback])', 'exchangebind_headersexchange-routing--bindcallback'],
  ['# heading with a period.txt', 'heading-with-a-periodtxt'],
  ['# apostrophe’s should be trimmed', 'apostrophes-should-be-trimmed'],
  ['# I ♥ unicode', 'i--unicode'],
  ['# en–dash', 'endash'],
  ['# Привет non-latin 你好', 'привет-non-latin-你好'],
  ['# Профили пользователей', 'профили-пользователей'],
  ['# a - b', 'a---b'],
  ['# heading with an _ underscore', 'heading-with-an-_-underscore'],
  ['# :ok_hand: Single', 'ok_hand-single'],
  ['# a&#x20;', 'a-'],
  ['# &#x20;a&#x20;', '-a-'],
  ['# bravoCharlieDelta', 'bravocharliedelta'],
]

describe('GitHub heading slugs', () => {
  it.each(SLUG_VECTORS)('%s → #%s', (heading, slug) => {
    expect(anchorsOf(`${heading}\n`).has(slug)).toBe(true)
  })

  it('numbers repeated headings and steps around a heading that collides with a generated suffix', () => {
    const anchors = anchorsOf(['# echo', '# echo', '# echo 1', '# echo-1', '# echo', '# foxtrot-1', '# foxtrot', '# foxtrot'].join('\n\n'))
    for (const slug of ['echo', 'echo-1', 'echo-1-1', 'echo-1-2', 'echo-2', 'foxtrot-1', 'foxtrot', 'foxtrot-2']) expect(anchors.has(slug)).toBe(true)
    expect(anchors.has('echo-3')).toBe(false)
    expect(anchors.has('foxtrot-3')).toBe(false)
  })

  it('reduces inline code, emphasis, links and inline HTML to their text, and images to nothing', () => {
    const anchors = anchorsOf([
      '## The `run()` *method* of [Runner](runner.md)',
      '## Press <kbd>Ctrl</kbd>+<kbd>C</kbd>',
      '## ![logo](logo.png) Project',
      '## Title <!-- note -->',
    ].join('\n\n'))
    expect(anchors.has('the-run-method-of-runner')).toBe(true)
    expect(anchors.has('press-ctrlc')).toBe(true)
    expect(anchors.has('-project')).toBe(true)
    expect(anchors.has('title-')).toBe(true)
  })

  it('slugs setext headings and HTML <h1>…<h6> in document order with Markdown ones', () => {
    const anchors = anchorsOf(['Setext Title', '============', '', '<h2 align="center">Setext <em>Title</em></h2>', '', '<h3>', '  Fancy &amp; Co', '</h3>'].join('\n'))
    expect(anchors.has('setext-title')).toBe(true)
    expect(anchors.has('setext-title-1')).toBe(true)
    expect(anchors.has('fancy--co')).toBe(true)
  })

  it('accepts {#custom-id} heading attributes (MkDocs, Pandoc) beside the GitHub slug', () => {
    const anchors = anchorsOf('## Install the tool {#install}\n\n## Usage {: #use .wide }\n')
    expect(anchors.has('install')).toBe(true)
    expect(anchors.has('install-the-tool')).toBe(true)
    expect(anchors.has('install-the-tool-install')).toBe(true)
    expect(anchors.has('use')).toBe(true)
  })

  it('accepts a kramdown block attribute list under a heading', () => {
    expect(anchorsOf('## Heading\n{: #kramdown-id .class}\n').has('kramdown-id')).toBe(true)
  })

  it('parses custom ids only from a trailing attribute block', () => {
    expect(customHeadingId('Title {#id}')).toEqual({ id: 'id', rest: 'Title ' })
    expect(customHeadingId('Title {.class #id key=value}')).toEqual({ id: 'id', rest: 'Title ' })
    expect(customHeadingId('Title {#id} more')).toBeUndefined()
    expect(customHeadingId('Set {a, b}')).toBeUndefined()
  })
})

describe('fragments in links', () => {
  it('checks the slug vectors end to end, and a near miss is reported with the right anchor suggested', async () => {
    const guide = SLUG_VECTORS.map(([heading]) => heading).join('\n\n') + '\n'
    const readme = SLUG_VECTORS.map(([, slug]) => `- [x](guide.md#${encodeURIComponent(slug)})`).join('\n') + '\n- [typo](guide.md#a---c)\n'
    const result = await scanLinks({ 'README.md': readme, 'guide.md': guide })
    expect(result.findings.map(brief)).toEqual([`README.md:${SLUG_VECTORS.length + 1}:3 missing-anchor guide.md#a---c`])
    expect(result.findings[0]?.suggestion).toBe('guide.md#a---b')
  })

  it('accepts the user-content- prefix, any letter case, HTML ids and names, and same-file fragments', async () => {
    const result = await scanLinks({
      'README.md': ['# Getting Started', '', '<a name="legacy"></a>', '<span id="Mixed">x</span>', '',
        '[a](#getting-started) [b](#user-content-getting-started) [c](#Getting-Started) [d](#legacy) [e](#mixed) [f](#user-content-legacy)',
        '[g](#nope) [top](#top) [Top](#TOP)'].join('\n'),
    })
    expect(result.findings.map(brief)).toEqual(['README.md:7:1 missing-anchor #nope'])
    expect(result.findings[0]?.message).toBe('Broken link `#nope`: this file has no heading or anchor #nope')
  })
})
