import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { planPage, renderPage } from './docs/page.mjs'
import { FIXED_FILES, countsFor, layoutPages, layoutSources } from './layout.mjs'
import { createRandom, word } from './random.mjs'
import { LANGUAGES, renderSource } from './source-file.mjs'
import { dataWithTag } from './sources/tags.mjs'

/** Bump when generated content changes: cached trees with another version are regenerated. */
export const GENERATOR_VERSION = 3

/** What each planted broken link should be reported as by our link check. */
const EXPECTED_REASON = {
  'missing-file': 'missing-file', 'missing-anchor': 'missing-anchor', 'missing-image': 'missing-file', 'case-mismatch': 'case-mismatch',
  'broken-reference': 'missing-file', 'html-missing': 'missing-file', 'bad-line-anchor': 'bad-line-anchor', 'outside-repo': 'outside-repo',
}

const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(56)])
const MAKEFILE = '# TODO: add a release target\n.PHONY: build\nbuild:\n\t@echo "building"\n'
const LICENSE = 'MIT License\n\nCopyright (c) Benchmark Authors\n\nPermission is hereby granted, free of charge, to any person obtaining a copy of this software.\n'

class TreeWriter {
  directories = new Set()
  placeholders = new Map()
  broken = new Map()

  constructor(root) {
    this.root = root
  }

  write(path, content) {
    const slash = path.lastIndexOf('/')
    const dir = slash === -1 ? '' : path.slice(0, slash)
    if (dir !== '' && !this.directories.has(dir)) {
      mkdirSync(join(this.root, dir), { recursive: true })
      this.directories.add(dir)
    }
    writeFileSync(join(this.root, path), content)
  }

  expectPlaceholders(path, items) {
    if (items.length > 0) this.placeholders.set(path, items)
  }
}

function summarize(writer) {
  const byKind = { comment: 0, stub: 0, prose: 0 }
  const byTag = {}
  for (const items of writer.placeholders.values()) {
    for (const item of items) {
      byKind[item.kind]++
      if (item.kind !== 'stub') byTag[item.tag] = (byTag[item.tag] ?? 0) + 1
    }
  }
  const byReason = {}
  const byPlantedKind = {}
  for (const items of writer.broken.values()) {
    for (const item of items) {
      byReason[EXPECTED_REASON[item.kind]] = (byReason[EXPECTED_REASON[item.kind]] ?? 0) + 1
      byPlantedKind[item.kind] = (byPlantedKind[item.kind] ?? 0) + 1
    }
  }
  const count = (map) => [...map.values()].reduce((sum, items) => sum + items.length, 0)
  const lines = (map) => Object.fromEntries([...map].sort(([a], [b]) => (a < b ? -1 : 1)).map(([path, items]) => [path, items.map((item) => item.line)]))
  return {
    placeholders: { count: count(writer.placeholders), byKind, byTag, lines: lines(writer.placeholders) },
    links: { broken: count(writer.broken), byReason, byPlantedKind, lines: lines(writer.broken) },
  }
}

function writeSources(random, writer, files) {
  const sources = []
  const images = []
  for (const file of files) {
    if (file.kind === 'png') {
      writer.write(file.path, PNG)
      images.push(file.path)
    } else if (file.kind === 'json') {
      writer.write(file.path, `${JSON.stringify({ name: `${word(random)}-${file.className}`, description: dataWithTag(random), retries: random.int(1, 9) }, null, 2)}\n`)
    } else {
      const rendered = renderSource(random, LANGUAGES[file.kind], file)
      writer.write(file.path, rendered.text)
      writer.expectPlaceholders(file.path, rendered.expect)
      sources.push({ path: file.path, lines: rendered.lines })
    }
  }
  return { sources, images }
}

function groupBy(items, key) {
  const groups = new Map()
  for (const item of items) {
    const group = groups.get(item[key])
    if (group) group.push(item)
    else groups.set(item[key], [item])
  }
  return groups
}

/**
 * Writes a synthetic repository of exactly `files` files under `root` (replacing it) and
 * returns the manifest: what our CLI should find, to the finding.
 */
export function generateTree({ root, files, seed, mix, brokenRate = 0.08 }) {
  rmSync(root, { recursive: true, force: true })
  mkdirSync(root, { recursive: true })
  const random = createRandom(seed)
  const counts = countsFor(files, mix)
  const writer = new TreeWriter(root)
  const layout = layoutSources(random, counts)
  const { sources, images } = writeSources(random, writer, layout.files)

  const pages = layoutPages(random, counts.md, layout.packageRoots).map((entry, index) => planPage(random, entry.path, entry.section, index))
  const site = {
    pages,
    pagesByDir: groupBy(pages, 'dir'),
    pagesBySection: groupBy(pages, 'section'),
    sources,
    images,
    directories: [...new Set(layout.files.map((file) => file.dir))],
  }
  for (const page of pages) {
    const rendered = renderPage(random, site, page, random.chance(brokenRate))
    writer.write(page.path, rendered.text)
    writer.expectPlaceholders(page.path, rendered.placeholders.map((item) => ({ line: item.offset, kind: item.kind, tag: item.tag })))
    if (rendered.broken.length > 0) writer.broken.set(page.path, rendered.broken)
  }

  writer.write('.gitignore', 'node_modules/\n*.log\n')
  writer.write('Makefile', MAKEFILE)
  writer.expectPlaceholders('Makefile', [{ line: 1, kind: 'comment', tag: 'TODO' }])
  writer.write('LICENSE', LICENSE)

  const written = layout.files.length + pages.length + FIXED_FILES.length
  if (written !== files) throw new Error(`Generator wrote ${written} files, expected ${files}`)
  return { generator: GENERATOR_VERSION, seed, files, mix, brokenRate, counts, markdownFiles: pages.length, ...summarize(writer) }
}

function commitTree(root) {
  const env = {
    ...process.env,
    GIT_AUTHOR_NAME: 'Bench', GIT_AUTHOR_EMAIL: 'bench@example.com', GIT_COMMITTER_NAME: 'Bench', GIT_COMMITTER_EMAIL: 'bench@example.com',
    GIT_AUTHOR_DATE: '2024-01-01T00:00:00Z', GIT_COMMITTER_DATE: '2024-01-01T00:00:00Z',
  }
  const git = (...args) => execFileSync('git', ['-c', 'core.autocrlf=false', ...args], { cwd: root, env, stdio: 'pipe', maxBuffer: 64 * 1024 * 1024 })
  git('init', '-q', '-b', 'main')
  git('add', '-A')
  git('commit', '-q', '--no-verify', '-m', 'Synthetic tree for the benchmark')
}

/** The tree for these parameters under `treesDir`, generated and committed unless a matching one is there. */
export function ensureTree({ treesDir, files, seed, mix, log }) {
  const name = `files-${files}-${mix}-seed${seed}`
  const root = join(treesDir, name)
  const manifestPath = join(treesDir, `${name}.expected.json`)
  if (existsSync(join(root, '.git')) && existsSync(manifestPath)) {
    const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'))
    if (manifest.generator === GENERATOR_VERSION) return { name, root, manifest, reused: true }
  }
  log(`generating ${name} ...`)
  const manifest = generateTree({ root, files, seed, mix })
  commitTree(root)
  writeFileSync(manifestPath, `${JSON.stringify(manifest, null, 1)}\n`)
  return { name, root, manifest, reused: false }
}
