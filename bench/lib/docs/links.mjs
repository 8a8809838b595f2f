import { posix } from 'node:path'
import { word } from '../random.mjs'

// One line of Markdown per link, valid ones and planted broken ones. A valid link must resolve
// the way GitHub resolves it (file, directory, heading slug, HTML anchor, line anchor); each
// planted link is broken for exactly one reason, so the expected broken count is exact.

function relative(fromDir, toPath) {
  const path = posix.relative(fromDir, toPath)
  return path === '' ? '.' : path
}

/** A destination with spaces is written percent-encoded or inside `<...>`, the two CommonMark ways. */
function target(random, destination) {
  if (!destination.includes(' ')) return destination
  return random.chance(0.5) ? destination.replaceAll(' ', '%20') : `<${destination}>`
}

function toggleFirstLetter(name) {
  const first = name.charAt(0)
  const toggled = first === first.toUpperCase() ? first.toLowerCase() : first.toUpperCase()
  return `${toggled}${name.slice(1)}`
}

/** Mostly nearby pages, as real documentation links mostly point next door. */
function pickPage(random, site, page) {
  const roll = random.next()
  const pool = roll < 0.5 ? site.pagesByDir.get(page.dir) : roll < 0.8 ? site.pagesBySection.get(page.section) : site.pages
  const candidate = random.pick(pool)
  return candidate === page ? random.pick(site.pages) : candidate
}

function anchorOf(random, page) {
  return random.pick(page.headings).slug
}

const sentence = (random) => `See the ${word(random)} notes`

export const VALID_LINKS = {
  page: (random, site, page) => {
    const other = pickPage(random, site, page)
    return { line: `${sentence(random)} in [${other.title}](${target(random, relative(page.dir, other.path))}).` }
  },
  pageAnchor: (random, site, page) => {
    const other = pickPage(random, site, page)
    if (other === page) return { line: `Jump to [the ${word(random)} part](#${anchorOf(random, page)}).` }
    return { line: `${sentence(random)} under [${other.title}](${target(random, `${relative(page.dir, other.path)}#${anchorOf(random, other)}`)}).` }
  },
  sameAnchor: (random, _site, page) => ({ line: `Details are [further down](#${anchorOf(random, page)}).` }),
  htmlAnchor: (random, site, page) => {
    const other = pickPage(random, site, page)
    if (other.anchors.length === 0 || other === page) return { line: `Back to [the top](#${page.headings[0].slug}).` }
    return { line: `The [${word(random)} table](${target(random, `${relative(page.dir, other.path)}#${random.pick(other.anchors)}`)}) lists them.` }
  },
  image: (random, site, page) => ({ line: `![${word(random)} diagram](${relative(page.dir, random.pick(site.images))})` }),
  htmlImage: (random, site, page) => ({ line: `<img src="${relative(page.dir, random.pick(site.images))}" alt="${word(random)}" width="320">` }),
  htmlLink: (random, site, page) => {
    const other = pickPage(random, site, page)
    return { line: `<a href="${relative(page.dir, other.path).replaceAll(' ', '%20')}">${other.title}</a>` }
  },
  reference: (random, site, page, refIndex) => {
    const other = pickPage(random, site, page)
    const label = `ref-${refIndex}`
    const fragment = random.chance(0.5) ? `#${anchorOf(random, other)}` : ''
    return { line: `Read [the ${word(random)} guide][${label}] first.`, definition: `[${label}]: ${target(random, `${relative(page.dir, other.path)}${fragment}`)}` }
  },
  source: (random, site, page) => {
    const source = random.pick(site.sources)
    return { line: `The code lives in [${posix.basename(source.path)}](${relative(page.dir, source.path)}).` }
  },
  sourceLine: (random, site, page) => {
    const source = random.pick(site.sources)
    const first = random.int(1, Math.max(1, source.lines - 3))
    const fragment = random.chance(0.5) ? `L${first}` : `L${first}-L${first + 2}`
    return { line: `As [this line](${relative(page.dir, source.path)}#${fragment}) shows.` }
  },
  directory: (random, site, page) => ({ line: `Browse [the folder](${relative(page.dir, random.pick(site.directories))}/).` }),
  rootAbsolute: (random, site, page) => {
    const other = pickPage(random, site, page)
    return { line: `From the root: [${other.title}](${target(random, `/${other.path}`)}).` }
  },
  external: (random) => ({ line: `Upstream: [${word(random)}](https://example.com/${word(random)}/${random.int(1, 99)}) and <https://example.org/${word(random)}>.` }),
  mailto: (random) => ({ line: `Write to [the team](mailto:${word(random)}@example.com).` }),
}

export const VALID_LINK_WEIGHTS = {
  page: 24, pageAnchor: 20, sameAnchor: 9, htmlAnchor: 4, image: 7, htmlImage: 2, htmlLink: 3, reference: 8,
  source: 6, sourceLine: 3, directory: 3, rootAbsolute: 3, external: 6, mailto: 1,
}

/** Link-shaped text that is not a link: in code, in an HTML comment, escaped, an undefined reference. */
export function notALink(random, n) {
  const missing = `missing-${word(random)}-${n}.md`
  return random.pick([
    [`Write links as \`[text](${missing})\`.`],
    [`<!-- [old link](${missing}) -->`],
    [`\\[not a link\\](${missing})`],
    [`An [undefined reference][nowhere-${n}] stays text.`],
    ['```markdown', `[in a fence](${missing})`, '```'],
  ])
}

export const BROKEN_LINKS = {
  'missing-file': (random, _site, page, n) => ({ line: `Gone: [old ${word(random)} page](${word(random)}-removed-${n}.md).` }),
  'missing-anchor': (random, site, page, n) => {
    const other = pickPage(random, site, page)
    const path = other === page ? '' : relative(page.dir, other.path)
    return { line: `Stale: [moved section](${target(random, `${path}#no-such-${word(random)}-${n}`)}).` }
  },
  'missing-image': (random, site, page, n) => ({ line: `![lost diagram](${relative(page.dir, posix.dirname(random.pick(site.images)))}/lost-${n}.png)` }),
  'case-mismatch': (random, site, page) => {
    const other = pickPage(random, site, page)
    const path = relative(page.dir, other.path)
    const slash = path.lastIndexOf('/')
    return { line: `Mis-cased: [${other.title}](${target(random, `${path.slice(0, slash + 1)}${toggleFirstLetter(path.slice(slash + 1))}`)}).` }
  },
  'broken-reference': (random, _site, _page, n, refIndex) => ({
    line: `Read [the retired ${word(random)} guide][ref-${refIndex}].`,
    definition: `[ref-${refIndex}]: retired-${word(random)}-${n}.md`,
  }),
  'html-missing': (random, _site, _page, n) => ({ line: `<a href="${word(random)}-gone-${n}.md">gone</a>` }),
  'bad-line-anchor': (random, site, page) => {
    const source = random.pick(site.sources)
    return { line: `Past the end: [line](${relative(page.dir, source.path)}#L${source.lines + 50}).` }
  },
  'outside-repo': (random, _site, page) => ({ line: `Outside: [sibling](${'../'.repeat(page.dir.split('/').length + 1)}${word(random)}.md).` }),
}

export const BROKEN_LINK_WEIGHTS = {
  'missing-file': 25, 'missing-anchor': 25, 'missing-image': 10, 'case-mismatch': 10, 'broken-reference': 10,
  'html-missing': 8, 'bad-line-anchor': 7, 'outside-repo': 5,
}
