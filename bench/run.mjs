#!/usr/bin/env node
// `npm run bench [-- options] [PATH...]`: times our CLI against ripgrep, remark-validate-links and
// markdown-link-check on generated trees (or on the checkouts given), checks our counts against
// the planted ones, and prints the tables and the targets of issue #6. See docs/performance.md.
import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { cpus, freemem, loadavg, release, tmpdir, totalmem } from 'node:os'
import { basename, dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { formatMb, formatMs } from './lib/format.mjs'
import { ensureTree } from './lib/generate-tree.mjs'
import { MEMORY_SOURCE, measure } from './lib/measure.mjs'
import { profileFullAudit } from './lib/profile.mjs'
import { scalingTable, targetsTable } from './lib/summary.mjs'
import { ensureRipgrep, ourCommand, packageVersion, writeMarkdownLinkCheckConfig } from './lib/tools.mjs'
import { benchTree } from './lib/tree-bench.mjs'
import { markdownLinkCheckPerFileCost } from './lib/per-file-sample.mjs'

const USAGE = `Usage: npm run bench -- [options] [PATH...]

Without PATH: generates seeded synthetic repositories under bench/.trees/ and benchmarks them.
With PATH: benchmarks those checkouts instead (no expected counts, no scaling table).

Options:
  --cli FILE            the CLI to time (default: dist/cli.js)
  --sizes LIST          tree sizes in files (default: 2000,8000,32000)
  --target-files N      files in the Markdown-heavy tree of the full-audit target (default: 40000; 0 skips it)
  --quick               small run: sizes 500,1000,2000, 2 runs, no target tree
  --runs N              runs of our commands and ripgrep (default: 5)
  --peer-runs N         runs of remark-validate-links and markdown-link-check (default: 3)
  --budget SECONDS      time budget per command; past it, runs stop at three (default: 45)
  --peer-timeout SEC    stop a peer run after this long and report the time as a lower bound (default: 90)
  --seed N              generator seed (default: 1)
  --per-file-sample N   Markdown files timed with one markdown-link-check process each (default: 40)
  --no-peers            time our CLI only
  --cpu-prof            also profile one full audit of the largest tree and list the hottest functions
  --json FILE           also write every figure as JSON (default: bench/.trees/last-run.json)
  -h, --help            show this help`

const here = dirname(fileURLToPath(import.meta.url))
const repositoryRoot = resolve(here, '..')
const treesDir = join(here, '.trees')

function parseOptions(argv) {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      cli: { type: 'string', default: join(repositoryRoot, 'dist', 'cli.js') },
      sizes: { type: 'string' },
      'target-files': { type: 'string' },
      quick: { type: 'boolean', default: false },
      runs: { type: 'string' },
      'peer-runs': { type: 'string' },
      budget: { type: 'string', default: '45' },
      'peer-timeout': { type: 'string', default: '90' },
      seed: { type: 'string', default: '1' },
      'per-file-sample': { type: 'string', default: '40' },
      'no-peers': { type: 'boolean', default: false },
      'cpu-prof': { type: 'boolean', default: false },
      json: { type: 'string', default: join(treesDir, 'last-run.json') },
      help: { type: 'boolean', short: 'h', default: false },
    },
  })
  const number = (name, text) => {
    const value = Number(text)
    if (!Number.isInteger(value) || value < 0) throw new Error(`--${name} must be a whole number, got ${JSON.stringify(text)}`)
    return value
  }
  const quick = values.quick
  return {
    help: values.help,
    cli: resolve(values.cli),
    sizes: (values.sizes ?? (quick ? '500,1000,2000' : '2000,8000,32000')).split(',').map((size) => number('sizes', size.trim())),
    targetFiles: number('target-files', values['target-files'] ?? (quick ? '0' : '40000')),
    runs: number('runs', values.runs ?? (quick ? '2' : '5')),
    peerRuns: number('peer-runs', values['peer-runs'] ?? (quick ? '1' : '3')),
    budgetMs: number('budget', values.budget) * 1000,
    peerTimeoutMs: number('peer-timeout', values['peer-timeout']) * 1000,
    seed: number('seed', values.seed),
    perFileSample: Math.max(1, number('per-file-sample', values['per-file-sample'])),
    peers: !values['no-peers'],
    cpuProf: values['cpu-prof'],
    json: resolve(values.json),
    paths: positionals.map((path) => resolve(path)),
  }
}

function machine() {
  const cores = cpus()
  return {
    cores: cores.length,
    cpu: cores[0]?.model ?? 'unknown',
    memoryGiB: +(totalmem() / 2 ** 30).toFixed(1),
    freeMemoryGiB: +(freemem() / 2 ** 30).toFixed(1),
    os: `${process.platform} ${release()}`,
    loadAverageAtStart: loadavg().map((value) => +value.toFixed(2)),
    node: process.version,
  }
}

/** What every audit pays before it reads a file: Node, the bundle, git and the report. */
function oneFileRepository(scratch) {
  const root = join(scratch, 'one-file')
  mkdirSync(root, { recursive: true })
  writeFileSync(join(root, 'README.md'), '# One file\n')
  const git = (...args) => execFileSync('git', ['-c', 'user.name=Bench', '-c', 'user.email=bench@example.com', ...args], { cwd: root, stdio: 'ignore' })
  git('init', '-q', '-b', 'main')
  git('add', '-A')
  git('commit', '-q', '-m', 'one file')
  return root
}

function trees(options, log) {
  if (options.paths.length > 0) {
    return options.paths.map((root) => {
      if (!existsSync(join(root, '.git'))) throw new Error(`${root} is not a git checkout (the peers and our CLI both list files through git there)`)
      return { name: basename(root), root, role: 'checkout', manifest: undefined }
    })
  }
  mkdirSync(treesDir, { recursive: true })
  const list = options.sizes.map((files) => ({ ...ensureTree({ treesDir, files, seed: options.seed, mix: 'default', log }), role: 'size' }))
  if (options.targetFiles > 0) list.push({ ...ensureTree({ treesDir, files: options.targetFiles, seed: options.seed, mix: 'markdown-heavy', log }), role: 'target' })
  return list
}

async function main() {
  const options = parseOptions(process.argv.slice(2))
  if (options.help) {
    console.log(USAGE)
    return
  }
  const log = (line) => console.log(line)
  if (!existsSync(options.cli)) {
    throw new Error(`No CLI at ${options.cli}. Build one with \`node scripts/build.mjs /tmp/bench-dist\` and pass --cli /tmp/bench-dist/cli.js`)
  }
  const host = machine()
  const tools = { cli: options.cli, ripgrep: options.peers ? ensureRipgrep(log) : undefined }
  if (options.peers) {
    tools.remark = `remark-cli ${packageVersion('remark-cli')} + remark-validate-links ${packageVersion('remark-validate-links')}`
    tools.markdownLinkCheck = `markdown-link-check ${packageVersion('markdown-link-check')}`
  }
  log('# Repo Audit benchmark')
  log(`machine: ${host.cores} cores (${host.cpu}), ${host.memoryGiB} GiB RAM, ${host.os}, Node ${host.node}, load average ${host.loadAverageAtStart.join(' ')}`)
  log(`tools: ${Object.values(tools).filter(Boolean).join('; ')}`)
  log(`memory: ${MEMORY_SOURCE}`)
  log(`runs: up to ${options.runs} (ours, ripgrep) and ${options.peerRuns} (remark, markdown-link-check) per command; ${options.budgetMs / 1000} s budget per command; peers stopped after ${options.peerTimeoutMs / 1000} s`)
  log('markdown-link-check is timed once over the whole tree (one process, the directory as argument: its fastest mode, used for the target),')
  log('and per file (one process per file, as CI recipes run it) on a sample whose mean is scaled to each tree; see docs/performance.md.')

  const scratch = mkdtempSync(join(tmpdir(), 'repo-audit-bench-'))
  const markdownLinkCheckConfig = join(scratch, 'markdown-link-check.json')
  writeMarkdownLinkCheckConfig(markdownLinkCheckConfig)
  const results = []
  try {
    const startup = await measure({ program: process.execPath, args: ['-e', '0'] }, {
      runs: Math.max(options.runs, 5), budgetMs: options.budgetMs, accept: (result) => result.exitCode === 0, cwd: process.cwd(), env: process.env, scratch, label: 'node-startup',
    })
    host.nodeStartupMs = startup.medianMs
    log(`Node.js startup (node -e 0, under the same timer): ${formatMs(startup.medianMs)} median; every Node command below pays it, ripgrep does not.`)
    const fixed = await measure(ourCommand(options.cli, oneFileRepository(scratch), ['placeholders']), {
      runs: Math.max(options.runs, 5), budgetMs: options.budgetMs, accept: (result) => result.exitCode === 0, cwd: process.cwd(), env: process.env, scratch, label: 'fixed-cost',
    })
    host.cliFixedCostMs = fixed.medianMs
    log(`our CLI's fixed cost (--checks placeholders on a one-file repository): ${formatMs(fixed.medianMs)} median, ${formatMb(fixed.peakRssMb)} peak.`)
    let perFile
    for (const tree of trees(options, log)) {
      if (options.peers && perFile === undefined) {
        perFile = await markdownLinkCheckPerFileCost(tree, { sampleSize: options.perFileSample, configFile: markdownLinkCheckConfig, scratch, env: process.env })
        log(`markdown-link-check, one process per file: ${perFile.describe}; scaled by each tree's Markdown count below.`)
      }
      results.push(await benchTree(tree, { ...options, scratch, treesDir, markdownLinkCheckConfig, perFile, log }))
    }
    if (results.some((result) => result.tree.role === 'size')) {
      log('\n## Scaling (median wall time of the full audit; peak RSS; other columns: median / peak RSS)')
      log(scalingTable(results))
    }
    host.loadAverageAtEnd = loadavg().map((value) => +value.toFixed(2))
    log(`\nload average at the end: ${host.loadAverageAtEnd.join(' ')} (other work on the machine inflates every figure)`)
    log('\n## Targets (issue #6)')
    log(targetsTable(results))
    if (options.cpuProf) {
      const largest = [...results].sort((a, b) => b.tree.files - a.tree.files)[0]
      profileFullAudit(options.cli, largest.tree, join(treesDir, 'profiles'), log)
    }
  } finally {
    rmSync(scratch, { recursive: true, force: true })
  }
  mkdirSync(dirname(options.json), { recursive: true })
  const figures = results.map(({ tree, measurements, ratios, crossCheckOk, checks }) => ({
    tree, ratios, crossCheckOk, checks,
    measurements: Object.fromEntries(Object.entries(measurements).map(([id, m]) => [id, { runs: m.runs, medianMs: m.medianMs, minMs: m.minMs, maxMs: m.maxMs, peakRssMb: m.peakRssMb, result: m.result.text }])),
  }))
  writeFileSync(options.json, `${JSON.stringify({ date: new Date().toISOString(), machine: host, tools, memory: MEMORY_SOURCE, options: { ...options, paths: options.paths }, results: figures }, null, 1)}\n`)
  log(`\nfigures written to ${options.json}`)
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error)
  process.exit(1)
})
