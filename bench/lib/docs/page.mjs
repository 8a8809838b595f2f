import { comment, prose, tagPhrase } from '../sources/tags.mjs'
import { capitalize, word } from '../random.mjs'
import { planHeadings } from './headings.mjs'
import { BROKEN_LINKS, BROKEN_LINK_WEIGHTS, VALID_LINKS, VALID_LINK_WEIGHTS, notALink } from './links.mjs'

// A documentation page: headings (ATX and setext), paragraphs of links, HTML anchors, reference
// definitions, HTML-comment placeholders (counted) beside prose, inline-code and fenced tags
// (not counted by default), link-shaped text that is not a link, and at most one planted broken
// link. Returns the text with the exact lines of every expected finding.

export function planPage(random, path, section, index) {
  const title = `${capitalize(word(random))} ${word(random)} guide ${index}`
  const anchorCount = random.pick([0, 0, 1, 2])
  const anchors = []
  for (let i = 0; i < anchorCount; i++) anchors.push(`anchor-${word(random)}-${i}`)
  const slash = path.lastIndexOf('/')
  return { path, dir: slash === -1 ? '' : path.slice(0, slash), section, title, headings: planHeadings(random, title), anchors }
}

function headingLines(heading) {
  if (heading.setext) return [heading.markdown, '-'.repeat(Math.max(3, heading.markdown.length))]
  return [`${'#'.repeat(heading.level)} ${heading.markdown}`]
}

class PageWriter {
  lines = []
  placeholders = []
  broken = []
  definitions = []

  push(...lines) {
    this.lines.push(...lines)
  }

  /** 1-based line number the next pushed line will have. */
  get nextLine() {
    return this.lines.length + 1
  }

  paragraph(lines) {
    this.push(...lines, '')
  }
}

function linkLine(random, site, page, writer) {
  const kind = random.weighted(VALID_LINK_WEIGHTS)
  const link = VALID_LINKS[kind](random, site, page, writer.definitions.length + 1)
  if (link.definition) writer.definitions.push(link.definition)
  return link.line
}

function plantBroken(random, site, page, writer, n) {
  const kind = random.weighted(BROKEN_LINK_WEIGHTS)
  const link = BROKEN_LINKS[kind](random, site, page, n, writer.definitions.length + 1)
  if (link.definition) writer.definitions.push(link.definition)
  writer.broken.push({ line: writer.nextLine, kind })
  writer.paragraph([link.line])
}

function extras(random, writer, n) {
  if (random.chance(0.04)) {
    const { tag, text } = tagPhrase(random)
    if (random.chance(0.5)) {
      writer.placeholders.push(comment(writer.nextLine, tag))
      writer.paragraph([`<!-- ${text} -->`])
    } else {
      writer.placeholders.push(comment(writer.nextLine + 1, tag))
      writer.paragraph(['<!--', text, '-->'])
    }
  }
  if (random.chance(0.08)) {
    // A paragraph that opens with `TAG:` is a placeholder of its own.
    const { tag, text } = tagPhrase(random)
    writer.placeholders.push(prose(writer.nextLine, tag))
    writer.paragraph([text])
  }
  if (random.chance(0.08)) writer.paragraph(['```python', `# ${tagPhrase(random).text}`, `${word(random)} = ${random.int(1, 9)}`, '```'])
  if (random.chance(0.08)) writer.paragraph([`Search the code for \`${tagPhrase(random).tag}\` markers before a release.`])
  if (random.chance(0.1)) writer.paragraph(notALink(random, n))
}

/** Renders `page`; `plantBrokenLink` decides whether it carries one planted broken link. */
export function renderPage(random, site, page, plantBrokenLink) {
  const writer = new PageWriter()
  const sections = page.headings.slice(1)
  const brokenSection = plantBrokenLink ? random.int(0, sections.length - 1) : -1
  writer.push(`# ${page.title}`, '')
  writer.paragraph([`This page covers the ${word(random)} ${word(random)}.`, linkLine(random, site, page, writer)])
  sections.forEach((heading, index) => {
    writer.push(...headingLines(heading), '')
    const anchor = page.anchors[index]
    if (anchor !== undefined) writer.paragraph([random.chance(0.5) ? `<a name="${anchor}"></a>` : `<a id="${anchor}"></a>`])
    const paragraphs = random.int(1, 2)
    for (let p = 0; p < paragraphs; p++) {
      const lines = [`The ${word(random)} ${word(random)} works like this.`]
      const links = random.int(1, 3)
      for (let l = 0; l < links; l++) lines.push(linkLine(random, site, page, writer))
      writer.paragraph(lines)
    }
    if (index === brokenSection) plantBroken(random, site, page, writer, index)
    extras(random, writer, index)
  })
  for (const anchor of page.anchors.slice(sections.length)) writer.paragraph([`<a id="${anchor}"></a>`])
  if (writer.definitions.length > 0) writer.paragraph(writer.definitions)
  return { text: `${writer.lines.join('\n').trimEnd()}\n`, placeholders: writer.placeholders, broken: writer.broken }
}
