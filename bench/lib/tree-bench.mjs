import { execFileSync } from 'node:child_process'
import { lstatSync, mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { crossCheck, readReport, reportCounts } from './cross-check.mjs'
import { formatCount, formatMb, formatMs, formatRatio, table } from './format.mjs'
import { Measurement } from './measure.mjs'
import {
  markdownLinkCheckBrokenLinks, markdownLinkCheckCommand, ourCommand, remarkBrokenLinks, remarkCommand, ripgrepCommand, ripgrepMatches,
} from './tools.mjs'

// Benchmarks one tree: our CLI (full audit and each scanner alone) and the peers, on the same
// files, in rounds; prints the tree's table, the correctness cross-check and the ratios ours/peer.

export const SCANNERS = ['placeholders', 'links', 'repo-map', 'checklist']

/** GITHUB_* and RUNNER_* would make the CLI describe the surrounding CI run instead of the tree. */
function isolatedEnvironment() {
  const env = {}
  for (const [key, value] of Object.entries(process.env)) if (!/^(GITHUB|RUNNER)_/.test(key)) env[key] = value
  return env
}

const acceptOurs = (result) => result.exitCode === 0 || result.exitCode === 1
const acceptPeer = (result) => result.exitCode === 0 || result.exitCode === 1

/**
 * markdown-link-check walks a directory whole, ignored folders included (node_modules in a real
 * checkout), so a checkout gets the Markdown files git lists, as long as they fit on one command line.
 */
function markdownTargets(tree) {
  if (tree.role !== 'checkout') return ['.']
  const files = execFileSync('git', ['-C', tree.root, 'ls-files', '-z', '--', '*.md'], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 })
    .split('\0')
    .filter((path) => path !== '')
  return files.length > 0 && files.join(' ').length < 1_000_000 ? files : ['.']
}

function plan(tree, options) {
  const outputDir = join(options.scratch, `reports-${tree.name}`)
  mkdirSync(outputDir, { recursive: true })
  const ours = [
    { id: 'full', label: 'ours: full audit (4 scanners, reports written)', command: ourCommand(options.cli, tree.root, SCANNERS, outputDir), accept: acceptOurs, runs: options.runs },
    ...SCANNERS.map((scanner) => ({ id: scanner, label: `ours: ${scanner} only`, command: ourCommand(options.cli, tree.root, [scanner]), accept: acceptOurs, runs: options.runs })),
    // The tree is one commit: HEAD as the baseline costs a whole second audit from git's objects, as any baseline does.
    { id: 'full-baseline', label: 'ours: full audit with --baseline HEAD', command: ourCommand(options.cli, tree.root, SCANNERS, outputDir, ['--baseline', 'HEAD']), accept: acceptOurs, runs: options.runs },
  ]
  if (tree.role === 'target') return ours.slice(0, 1)
  if (!options.peers) return ours
  return [
    ...ours,
    { id: 'rg', label: 'ripgrep: tag regex', command: ripgrepCommand(tree.root), accept: acceptPeer, runs: options.runs },
    { id: 'remark', label: 'remark-validate-links', command: remarkCommand(tree.root), accept: acceptPeer, runs: options.peerRuns, timeoutMs: options.peerTimeoutMs },
    {
      id: 'mlc', label: 'markdown-link-check (local links, one process)',
      command: markdownLinkCheckCommand(markdownTargets(tree), options.markdownLinkCheckConfig, tree.root), accept: acceptPeer, runs: options.peerRuns, timeoutMs: options.peerTimeoutMs,
    },
  ]
}

function resultColumn(id, measured, timeoutMs) {
  if (measured.timedOut) return { text: `stopped: no result in ${formatMs(timeoutMs)}`, value: undefined }
  const { stdoutFile, stderrFile } = measured.first
  if (id === 'rg') return { text: `${formatCount(ripgrepMatches(stdoutFile))} tag matches`, value: ripgrepMatches(stdoutFile) }
  if (id === 'remark') return { text: `${formatCount(remarkBrokenLinks(stderrFile))} links reported`, value: remarkBrokenLinks(stderrFile) }
  if (id === 'mlc') return { text: `${formatCount(markdownLinkCheckBrokenLinks(stdoutFile, stderrFile))} links reported dead`, value: markdownLinkCheckBrokenLinks(stdoutFile, stderrFile) }
  const counts = reportCounts(readReport(stdoutFile))
  const parts = []
  if (counts.placeholders !== undefined) parts.push(`${formatCount(counts.placeholders)} placeholders`)
  if (counts.brokenLinks !== undefined) parts.push(`${formatCount(counts.brokenLinks)} broken of ${formatCount(counts.linksSeen)} links`)
  if (parts.length === 0) parts.push(`${formatCount(counts.files)} files`)
  return { text: parts.join(', '), counts }
}

/** The files our CLI lists (tracked plus untracked, not ignored), their Markdown share and size. */
function treeFacts(root) {
  const out = execFileSync('git', ['-C', root, 'ls-files', '-z', '--cached', '--others', '--exclude-standard', '--deduplicate'], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 })
  const paths = out.split('\0').filter((path) => path !== '')
  const markdown = paths.filter((path) => /\.(md|markdown|mdx)$/i.test(path)).length
  let bytes = 0
  for (const path of paths) bytes += lstatSync(join(root, path), { throwIfNoEntry: false })?.size ?? 0
  return { files: paths.length, markdown, bytes }
}

export async function benchTree(tree, options) {
  const facts = treeFacts(tree.root)
  options.log(`\n## ${tree.name}: ${formatCount(facts.files)} files (${formatCount(facts.markdown)} Markdown), ${formatMb(facts.bytes / 1024 / 1024)} in those files`)
  // Warm the page cache so that the first command timed does not pay for cold reads alone.
  execFileSync('rg', ['--count-matches', '--hidden', '--glob', '!.git', '-e', 'x', tree.root], { stdio: 'ignore' })

  const env = isolatedEnvironment()
  const entries = plan(tree, options).map((entry) => ({
    ...entry,
    measurement: new Measurement(entry.command, {
      runs: entry.runs, budgetMs: options.budgetMs, accept: entry.accept, cwd: entry.command.cwd ?? process.cwd(), env, scratch: options.scratch,
      label: `${tree.name}-${entry.id}`, timeoutMs: entry.timeoutMs,
    }),
  }))
  // Round-robin: a burst of other work on the machine then slows ours and the peers alike,
  // instead of whichever command happened to run during it.
  for (let round = 1; entries.some((entry) => !entry.measurement.done); round++) {
    options.log(`  round ${round}: ${entries.filter((entry) => !entry.measurement.done).map((entry) => entry.id).join(', ')}`)
    for (const entry of entries) if (!entry.measurement.done) await entry.measurement.next()
  }
  const measurements = {}
  const rows = []
  for (const entry of entries) {
    const measured = entry.measurement.summary()
    const result = resultColumn(entry.id, measured, entry.timeoutMs)
    measurements[entry.id] = { ...measured, result }
    const time = (ms) => `${measured.timedOut ? '> ' : ''}${formatMs(ms)}`
    rows.push([entry.label, measured.runs, time(measured.medianMs), time(measured.minMs), time(measured.maxMs), formatMb(measured.peakRssMb), result.text])
  }
  options.log('')
  options.log(table(['Command', 'Runs', 'Median', 'Min', 'Max', 'Peak RSS', 'Result'], rows))

  const checks = []
  if (tree.manifest) {
    const full = measurements.full.result.counts
    const check = crossCheck(tree.manifest, full, join(options.treesDir, `${tree.name}.mismatch.json`), formatCount)
    checks.push(...check.lines)
    tree.crossCheckOk = check.ok
  } else {
    tree.crossCheckOk = undefined
  }
  const ratios = ratiosOf(measurements)
  if (options.perFile && measurements.links) {
    const scaledMs = options.perFile.perFileMs * facts.markdown
    ratios.push({ id: 'links/mlc-per-file', label: 'link check / markdown-link-check one process per file (scaled)', value: measurements.links.medianMs / scaledMs, note: `${formatMs(scaledMs)} for ${formatCount(facts.markdown)} files at ${formatMs(options.perFile.perFileMs)} each; information only` })
  }
  options.log('')
  for (const line of checks) options.log(`check: ${line}`)
  for (const ratio of ratios) options.log(`ratio: ${ratio.label}: ${ratio.bound ? '< ' : ''}${formatRatio(ratio.value)}${ratio.note ? ` (${ratio.note})` : ''}`)
  return { tree: { name: tree.name, role: tree.role, root: tree.root, ...facts }, measurements, ratios, crossCheckOk: tree.crossCheckOk, checks }
}

/** ours/peer by median wall time; a peer stopped at its timeout gives an upper bound (`bound`). */
function ratiosOf(measurements) {
  const ratio = (ours, peer) => {
    if (!measurements[ours] || !measurements[peer]) return undefined
    return { value: measurements[ours].medianMs / measurements[peer].medianMs, bound: measurements[peer].timedOut === true }
  }
  const ratios = []
  const add = (id, label, value, note) => {
    if (value) ratios.push({ id, label, ...value, note: note(value) })
  }
  add('placeholders/rg', 'placeholder scan / ripgrep', ratio('placeholders', 'rg'), () => 'target ≤ 2×')
  add('links/remark', 'link check / remark-validate-links', ratio('links', 'remark'), (r) => `${r.bound ? 'more than ' : ''}${formatRatio(1 / r.value)} faster; target ≥ 10× faster`)
  add('links/mlc', 'link check / markdown-link-check', ratio('links', 'mlc'), () => 'target ≤ 1×')
  add('baseline/full', 'full audit with a baseline / without', ratio('full-baseline', 'full'), () => 'target ≤ 1.5× (issue #18)')
  return ratios
}
