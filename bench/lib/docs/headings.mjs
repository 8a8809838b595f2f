import GithubSlugger from 'github-slugger'
import { capitalize, word } from '../random.mjs'

// Heading texts that exercise GitHub's slug rules: inline code, emphasis, punctuation, an em
// dash, emoji, non-ASCII letters and repeated headings (`example`, `example-1`). Each template
// gives the Markdown and the plain text GitHub slugs; the slug comes from github-slugger, the
// library GitHub's own rules are published as.

const TEMPLATES = [
  (random) => plainHeading(`Install the ${word(random)} service`),
  (random) => plainHeading(`Configure ${word(random)} options`),
  (random) => {
    const flag = `--${word(random)}`
    const object = word(random)
    return { markdown: `Use \`${flag}\` for ${object}s`, plain: `Use ${flag} for ${object}s` }
  },
  (random) => {
    const name = word(random)
    return { markdown: `The *fast* ${name} path`, plain: `The fast ${name} path` }
  },
  (random) => plainHeading(`FAQ: what's new in ${word(random)}?`),
  () => plainHeading('Example'),
  () => plainHeading('Troubleshooting'),
  (random) => plainHeading(`Step ${random.int(1, 9)} — ${word(random)}`),
  (random) => plainHeading(`🚀 Deploy ${word(random)}`),
  (random) => plainHeading(`Über ${word(random)} und Größe`),
  (random) => plainHeading(`${capitalize(word(random))} & ${word(random)} (v${random.int(1, 5)}.${random.int(0, 9)})`),
]

function plainHeading(text) {
  return { markdown: text, plain: text }
}

/**
 * The headings of one page, title first: level, Markdown text, whether it is written setext
 * style, and its GitHub anchor.
 */
export function planHeadings(random, title) {
  const slugger = new GithubSlugger()
  const headings = [{ level: 1, markdown: title, setext: false, slug: slugger.slug(title) }]
  const count = random.int(3, 8)
  for (let i = 0; i < count; i++) {
    const { markdown, plain } = random.pick(TEMPLATES)(random)
    const level = i === 0 ? 2 : random.pick([2, 2, 3])
    headings.push({ level, markdown, setext: level === 2 && random.chance(0.15), slug: slugger.slug(plain) })
  }
  return headings
}
