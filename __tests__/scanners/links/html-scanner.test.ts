import { describe, expect, it } from 'vitest'
import { scanHtml } from '../../../src/scanners/links/collect/html-scanner.js'

function events(html: string): string[] {
  const seen: string[] = []
  scanHtml(html, {
    openTag: (name, attributes) => seen.push(`<${name}${attributes.map((a) => ` ${a.name}=${JSON.stringify(a.value)}@${a.valueOffset}`).join('')}>`),
    closeTag: (name) => seen.push(`</${name}>`),
    text: (text) => seen.push(`text ${JSON.stringify(text)}`),
    comment: (body, end) => seen.push(`comment ${JSON.stringify(body)}@${end}`),
  })
  return seen
}

describe('scanHtml', () => {
  it('reads quoted, unquoted and bare attributes with the offsets of their values', () => {
    expect(events('<A HREF="x.md" data-x=\'y\' hidden src=z.png />')).toEqual(['<a href="x.md"@9 data-x="y"@23 hidden=""@32 src="z.png"@37>'])
    // As in HTML, a slash right after an unquoted value belongs to the value.
    expect(events('<img src=z.png/>')).toEqual(['<img src="z.png/"@9>'])
  })

  it('reports comments whole and never tags inside them, including the short forms', () => {
    expect(events('a<!-- <a href="no"> -->b<!---->c<!-->d')).toEqual([
      'text "a"', 'comment " <a href=\\"no\\"> "@23', 'text "b"', 'comment ""@31', 'text "c"', 'comment ""@37', 'text "d"',
    ])
  })

  it('skips script and style content, doctype and processing instructions, and stray < characters', () => {
    expect(events('<!DOCTYPE html><?xml x?><script>"<a href=no>"</SCRIPT><p>1 < 2</p>')).toEqual([
      '<script>', '<p>', 'text "1 "', 'text "<"', 'text " 2"', '</p>',
    ])
  })

  it('stops cleanly on unterminated tags, values and comments', () => {
    expect(events('<a href="open')).toEqual(['<a href="open"@9>'])
    expect(events('<img src=x')).toEqual(['<img src="x"@9>'])
    expect(events('<!-- never closed')).toEqual(['comment " never closed"@17'])
  })
})
