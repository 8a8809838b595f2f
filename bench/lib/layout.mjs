import { capitalize, word } from './random.mjs'

// Where each generated file goes: a monorepo of services, packages, crates and docs, about
// twenty files per directory, so that directory fan-out and path lengths look like a real tree.

export const MIXES = {
  default: { md: 32, py: 14, ts: 14, go: 9, rs: 7, java: 7, sh: 4, yml: 6, json: 4, png: 3 },
  'markdown-heavy': { md: 66, py: 7, ts: 7, go: 4, rs: 3, java: 3, sh: 2, yml: 3, json: 2, png: 3 },
}

const FILES_PER_DIRECTORY = 20
const DIRECTORIES_PER_SECTION = 8
/** Written beside the generated kinds; the root README.md is one of the Markdown pages. */
export const FIXED_FILES = ['.gitignore', 'Makefile', 'LICENSE']

/** Files per kind for a tree of `total` files; rounding leftovers go to Markdown. */
export function countsFor(total, mix) {
  const weights = MIXES[mix]
  if (weights === undefined) throw new Error(`Unknown mix "${mix}"; known: ${Object.keys(MIXES).join(', ')}`)
  const budget = total - FIXED_FILES.length
  if (budget < 40) throw new Error(`A tree needs at least ${40 + FIXED_FILES.length} files, got ${total}`)
  const sum = Object.values(weights).reduce((a, b) => a + b, 0)
  const counts = {}
  let assigned = 0
  for (const [kind, weight] of Object.entries(weights)) {
    counts[kind] = Math.max(1, Math.floor((budget * weight) / sum))
    assigned += counts[kind]
  }
  counts.md += budget - assigned
  return counts
}

const SOURCE_ROOTS = {
  py: (group, name, index) => ({ dir: `services/${group}/app`, file: `${name}_${index}.py`, packageRoot: `services/${group}` }),
  ts: (group, name, index) => ({ dir: `packages/${group}/src`, file: `${name}-${index}.ts`, packageRoot: `packages/${group}` }),
  go: (group, name, index) => ({ dir: `go/internal/${group.replace('-', '')}`, file: `${name}_${index}.go`, packageRoot: `go/internal/${group.replace('-', '')}` }),
  rs: (group, name, index) => ({ dir: `crates/${group}/src`, file: `${name}_${index}.rs`, packageRoot: `crates/${group}` }),
  java: (group, name, index) => ({ dir: `java/${group}/src/main/java/com/acme/${group.replace('-', '')}`, file: `${capitalize(name)}${index}.java`, packageRoot: `java/${group}` }),
  sh: (group, name, index) => ({ dir: `scripts/${group}`, file: `${name}-${index}.sh` }),
  yml: (group, name, index) => ({ dir: `deploy/${group}`, file: `${name}-${index}.yml` }),
  json: (group, name, index) => ({ dir: `config/${group}`, file: `${name}-${index}.json` }),
  png: (group, name, index) => ({ dir: `docs/images/${group}`, file: `${name}-${index}.png` }),
}

/**
 * Paths of every non-Markdown file, grouped in directories, and the package roots that get a
 * README. Files are `{ kind, path, dir, className?, packageName? }`.
 */
export function layoutSources(random, counts) {
  const files = []
  const packageRoots = []
  for (const [kind, place] of Object.entries(SOURCE_ROOTS)) {
    const count = counts[kind]
    let group = ''
    for (let index = 0; index < count; index++) {
      if (index % FILES_PER_DIRECTORY === 0) {
        group = `${word(random)}-${index / FILES_PER_DIRECTORY}`
        const root = place(group, '', 0).packageRoot
        if (root !== undefined) packageRoots.push(root)
      }
      const name = word(random)
      const { dir, file } = place(group, name, index)
      files.push({ kind, path: `${dir}/${file}`, dir, className: `${capitalize(name)}${index}`, packageName: group.replace('-', '') })
    }
  }
  return { files, packageRoots }
}

/**
 * Paths of the Markdown pages: the root README, one README per package while the budget lasts,
 * then `docs/<section>/<topic>/<page>.md`; about one page in a hundred has spaces in its name.
 */
export function layoutPages(random, count, packageRoots) {
  const pages = [{ path: 'README.md', section: '' }]
  for (const root of packageRoots) {
    if (pages.length >= count / 4) break
    pages.push({ path: `${root}/README.md`, section: root.split('/')[0] })
  }
  let directory = ''
  let section = ''
  for (let index = 0; pages.length < count; index++) {
    if (index % FILES_PER_DIRECTORY === 0) {
      const directoryIndex = index / FILES_PER_DIRECTORY
      if (directoryIndex % DIRECTORIES_PER_SECTION === 0) section = `docs/${word(random)}-${directoryIndex / DIRECTORIES_PER_SECTION}`
      directory = `${section}/${word(random)}-${directoryIndex}`
    }
    const name = random.chance(0.01) ? `Getting started ${index}.md` : `${word(random)}-${word(random)}-${index}.md`
    pages.push({ path: `${directory}/${name}`, section })
  }
  return pages
}
