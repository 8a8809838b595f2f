import { describe, expect, it } from 'vitest'
import { collectDocument } from '../../../src/scanners/links/collect/collect-document.js'

const links = (text: string) => collectDocument('doc.md', text, { wantLinks: true }).links.map((link) => `${link.line}:${link.column} ${link.syntax} ${link.target}`)
const anchors = (text: string) => [...collectDocument('doc.md', text, { wantLinks: true }).anchors]

describe('what counts as a link', () => {
  it('reads inline links, images, autolinks and bare URLs', () => {
    expect(links('See [a](a.md), ![logo](img/logo.png "Logo"), <https://example.com/x> and https://example.org/y.\n')).toEqual([
      '1:5 inline a.md',
      '1:16 image img/logo.png',
      '1:46 autolink https://example.com/x',
      '1:74 bare-url https://example.org/y',
    ])
  })

  it('resolves reference links through their definitions and reports them at the definition', () => {
    const text = ['Read [the guide][guide], [Guide][] and [guide], and ![shot][img].', '', '[guide]: docs/guide.md', '  [img]: <shots/one.png> "Shot"', ''].join('\n')
    expect(links(text)).toEqual(['3:1 reference docs/guide.md', '4:3 reference shots/one.png'])
  })

  it('knows reference links by their numbered labels, bracketed image text and a failed inline form', () => {
    const text = [
      'See [the spec][2], [the notes][1], ![a [boxed] chart][chart] and [broken](not closed [1].',
      '',
      '[2]: spec.md',
      '[chart]: chart.png',
      '[1]: notes.md',
      '[ Unused ]: unused.md',
      '',
    ].join('\n')
    expect(links(text)).toEqual(['3:1 reference spec.md', '4:1 reference chart.png', '5:1 reference notes.md'])
  })

  it('treats an undefined reference as text and an unused definition as no link', () => {
    expect(links('A [missing] reference and [x][nowhere].\n\n[unused]: unused.md\n')).toEqual([])
  })

  it('keeps the first of two definitions with the same label, as CommonMark does', () => {
    expect(links('[a]\n\n[A]: first.md\n[a]: second.md\n')).toEqual(['3:1 reference first.md'])
  })

  it('finds no links in code spans, code blocks or HTML comments', () => {
    const text = [
      'Inline `[a](code-span.md)` code.',
      '',
      '```md',
      '[b](fenced.md) <a href="fenced.html">x</a>',
      '```',
      '',
      '    [c](indented.md)',
      '',
      '<!-- [d](comment.md) <img src="comment.png"> -->',
      '',
      'Text <!-- <a href="inline-comment.md">x</a> --> more.',
      '',
      '<!--',
      '[e](multi-line-comment.md)',
      '-->',
      '',
      '[real](real.md)',
    ].join('\n')
    expect(links(text)).toEqual(['17:1 inline real.md'])
  })

  it('resolves Markdown escapes and entities in targets but leaves percent-encoding alone', () => {
    expect(links('[a](my\\_file.md) [b](<with space.md>) [c](a&amp;b.md) [d](caf%C3%A9.md)\n')).toEqual([
      '1:1 inline my_file.md',
      '1:18 inline with space.md',
      '1:39 inline a&b.md',
      '1:55 inline caf%C3%A9.md',
    ])
  })

  it('keeps empty targets so they can be reported', () => {
    expect(links('[a]() and <a href="">b</a>\n')).toEqual(['1:1 inline ', '1:20 html '])
  })

  it('ignores links in YAML front matter, as GitHub renders it as a table', () => {
    expect(links('---\nimage: [x](front.md)\n---\n[y](body.md)\n')).toEqual(['4:1 inline body.md'])
  })

  it('does not collect links of an excluded file but keeps its anchors', () => {
    const document = collectDocument('doc.md', '# Title\n\n[a](a.md) <a id="x"></a>\n', { wantLinks: false })
    expect(document.links).toEqual([])
    expect([...document.anchors].sort()).toEqual(['title', 'x'])
  })
})

describe('columns', () => {
  it('recovers line and column through lists, block quotes and nested containers', () => {
    const text = [
      '- item [a](a.md)',
      '  continued [b](b.md)',
      '',
      '> quoted [c](c.md)',
      '> > nested [d](d.md)',
      '',
      '1. ordered',
      '   - inner [e](e.md)',
      '     > deep [f](f.md)',
      '',
      '> - quoted list [g](g.md)',
      '>   lazy',
      'continuation [h](h.md)',
    ].join('\n')
    expect(links(text)).toEqual([
      '1:8 inline a.md',
      '2:13 inline b.md',
      '4:10 inline c.md',
      '5:12 inline d.md',
      '8:12 inline e.md',
      '9:13 inline f.md',
      '11:17 inline g.md',
      '13:14 inline h.md',
    ])
  })

  it('handles headings, setext headings and indented paragraphs', () => {
    const text = ['## See [a](a.md) ##', '', 'Setext [b](b.md)', '===', '', '   indented [c](c.md)', '\t', 'Two', '   [d](d.md) lines'].join('\n')
    expect(links(text)).toEqual(['1:8 inline a.md', '3:8 inline b.md', '6:13 inline c.md', '9:4 inline d.md'])
  })

  it('places table cells on their row, left to right, even with equal content', () => {
    const text = ['| a | b |', '|---|---|', '| [x](x.md) | [x](x.md) |', '|[y](y.md)|  [z](z.md)  |'].join('\n')
    expect(links(text)).toEqual(['3:3 inline x.md', '3:15 inline x.md', '4:2 inline y.md', '4:14 inline z.md'])
  })

  it('counts columns in UTF-16 code units', () => {
    expect(links('😄 é [a](a.md)\n')).toEqual(['1:6 inline a.md'])
  })

  it('gives the same positions with CRLF line endings', () => {
    expect(links('first\r\n\r\n> [a](a.md)\r\n> [b](b.md)\r\n')).toEqual(['3:3 inline a.md', '4:3 inline b.md'])
  })

  it('points at the value of an HTML attribute, across lines', () => {
    const text = ['<p align="center">', '  <a href="docs/a.md"><img', '     src="logo.png"></a>', '</p>', '', 'Inline <a href=\'b.md\'>b</a>.'].join('\n')
    expect(links(text)).toEqual(['2:12 html docs/a.md', '3:11 html logo.png', '6:17 html b.md'])
  })
})

describe('raw HTML', () => {
  it('reads a[href], img[src], source[src] and srcset candidates, with entities decoded', () => {
    const text = [
      '<picture>',
      '  <source srcset="dark.png 1x, dark@2x.png 2x" media="(prefers-color-scheme: dark)">',
      '  <source src="video.mp4">',
      '  <img src="light.png" srcset="a.png 1x,b.png 2x">',
      '</picture>',
      '<a href="search?q=a&amp;b">s</a> <link href="ignored.css"> <div src="not-a-link.md"></div>',
    ].join('\n')
    expect(links(text)).toEqual([
      '2:19 html dark.png',
      '2:32 html dark@2x.png',
      '3:16 html video.mp4',
      '4:13 html light.png',
      '4:32 html a.png',
      '4:41 html b.png',
      '6:10 html search?q=a&b',
    ])
  })

  it('collects id and name attributes anywhere as anchors, not inside comments or scripts', () => {
    const text = ['<a name="top"></a>', '<div id="Box">x</div>', '<!-- <a id="commented"></a> -->', '<script>var s = "<a id=\\"scripted\\">"</script>', '', 'Text <span id="inline">x</span>.'].join('\n')
    expect(anchors(text).sort()).toEqual(['Box', 'inline', 'top'])
  })

  it('marks the line after <!-- repo-audit-ignore --> as ignored', () => {
    const text = ['<!-- repo-audit-ignore -->', '[a](a.md)', '', 'Text <!--  repo-audit-ignore  -->', '[b](b.md) <!-- other comment -->', '[c](c.md)'].join('\n')
    const document = collectDocument('doc.md', text, { wantLinks: true })
    expect([...document.ignoredLines].sort()).toEqual([2, 5])
  })

  it('does not honour an ignore marker shown as code', () => {
    const text = ['`<!-- repo-audit-ignore -->`', '[a](a.md)', '', '```', '<!-- repo-audit-ignore -->', '```', '[b](b.md)'].join('\n')
    expect([...collectDocument('doc.md', text, { wantLinks: true }).ignoredLines]).toEqual([])
  })
})
