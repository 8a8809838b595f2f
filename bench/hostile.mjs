#!/usr/bin/env node
// `npm run bench:hostile`: the hostile inputs of issue #13 at full scale, each a tree built here and
// audited by the built CLI, with its wall time and peak memory against the bound it must stay
// under. The test suite runs small versions of the same cases; these are the sizes that exhausted
// memory or time before. See docs/security.md.
import { execFileSync } from 'node:child_process'
import { closeSync, mkdirSync, mkdtempSync, openSync, readFileSync, readSync, statSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { formatMb, formatMs, table } from './lib/format.mjs'
import { runOnce } from './lib/measure.mjs'

const here = dirname(fileURLToPath(import.meta.url))
const defaultCli = join(resolve(here, '..'), 'dist', 'cli.js')

const USAGE = `Usage: npm run bench:hostile -- [--only NAME[,NAME...]] [--cli FILE] [--keep]

Builds each hostile tree under a temporary directory, audits it with dist/cli.js --format json and
prints time, peak memory, exit code and the bound of each case. Exits 1 when a case is over its bound.
--cli names another build to measure (an older dist/cli.js, for the figures before a fix).`

function write(root, path, content) {
  const full = join(root, ...path.split('/'))
  mkdirSync(dirname(full), { recursive: true })
  writeFileSync(full, content)
}

function gitInit(root) {
  const env = { ...process.env, GIT_AUTHOR_NAME: 'Bench', GIT_AUTHOR_EMAIL: 'b@example.com', GIT_COMMITTER_NAME: 'Bench', GIT_COMMITTER_EMAIL: 'b@example.com' }
  for (const args of [['init', '-q', '-b', 'main'], ['add', '-A'], ['commit', '-q', '--no-verify', '-m', 'hostile']]) {
    execFileSync('git', args, { cwd: root, env, stdio: 'ignore' })
  }
}

/** A few hundred ordinary files so that every scanner has work beside the hostile one. */
function ordinaryFiles(root, count = 300) {
  for (let i = 0; i < count; i++) write(root, `src/m${i % 10}/file${i}.ts`, `export const v${i} = ${i}\n// TODO: item ${i}\n`)
  write(root, 'README.md', '# Bench\n\nSee [the source](src/m0/file0.ts).\n')
}

const TAG = ['TO', 'DO'].join('')
/** These files are a little over the default 1 MiB read limit, which would skip them unread. */
const RAISED_LIMIT = 'max-file-size: 2097152\n'

/** Each case: build(root) makes the tree; args are extra CLI arguments; bounds in ms and MB. */
const CASES = [
  {
    name: 'gitattributes-dev-zero',
    what: '.gitattributes is a symlink to /dev/zero',
    build(root) {
      ordinaryFiles(root)
      symlinkSync('/dev/zero', join(root, '.gitattributes'))
      gitInit(root)
    },
    maxMs: 10_000,
    maxMb: 400,
  },
  {
    name: 'gitattributes-20000-rules',
    what: '.gitattributes with 20,000 linguist rules over 3,000 files',
    build(root) {
      ordinaryFiles(root, 3000)
      const lines = []
      for (let i = 0; i < 20_000; i++) lines.push(`src/m${i % 10}/gen${i}*.ts linguist-generated`)
      write(root, '.gitattributes', `${lines.join('\n')}\n`)
      gitInit(root)
    },
    maxMs: 10_000,
    maxMb: 400,
  },
  {
    name: 'gitattributes-38000-same-rule',
    what: '1 MB of one linguist rule repeated over 5,000 files, audited without git',
    build(root) {
      ordinaryFiles(root, 5000)
      write(root, '.gitattributes', 'src linguist-generated=false\n'.repeat(38_000))
    },
    maxMs: 10_000,
    maxMb: 400,
  },
  {
    name: 'gitignore-60000-rules',
    what: 'a .gitignore of 60,000 rules over 5,000 files, audited without git',
    build(root) {
      ordinaryFiles(root, 5000)
      write(root, '.gitignore', `${Array.from({ length: 60_000 }, (_, i) => `build-${i}/`).join('\n')}\n`)
    },
    maxMs: 10_000,
    maxMb: 400,
  },
  {
    name: 'package-json-170000-deep',
    what: 'a 1 MB package.json nested 170,000 deep',
    build(root) {
      ordinaryFiles(root)
      const depth = 170_000
      write(root, 'package.json', `{"name":"deep","x":${'['.repeat(depth)}${']'.repeat(depth)}}\n`)
      gitInit(root)
    },
    maxMs: 10_000,
    maxMb: 500,
  },
  {
    name: 'markdown-100000-definitions',
    what: 'a 1 MB Markdown file of 100,000 reference definitions',
    build(root) {
      ordinaryFiles(root)
      const lines = ['# Refs', '']
      for (let i = 0; i < 100_000; i++) lines.push(`[r${i}]: #refs`)
      write(root, 'docs/refs.md', `${lines.join('\n')}\n`)
      write(root, '.github/repo-audit.yml', RAISED_LIMIT)
      gitInit(root)
    },
    maxMs: 15_000,
    maxMb: 800,
  },
  {
    name: 'pyproject-115000-dependencies',
    what: 'a 1 MB pyproject.toml with 115,000 dependencies',
    build(root) {
      ordinaryFiles(root)
      const deps = []
      for (let i = 0; i < 115_000; i++) deps.push(`  "p${i}",`)
      write(root, 'pyproject.toml', `[project]\nname = "big"\ndependencies = [\n${deps.join('\n')}\n]\n`)
      write(root, '.github/repo-audit.yml', RAISED_LIMIT)
      gitInit(root)
    },
    maxMs: 15_000,
    maxMb: 800,
  },
  {
    name: 'custom-rule-catastrophic-regex',
    what: "a custom rule '^(a+)+$' against a line of 5,000 a's and a b",
    build(root) {
      ordinaryFiles(root)
      write(root, 'data/line.txt', `${'a'.repeat(5000)}b\n`)
      write(root, '.github/repo-audit.yml', [
        'checklist:',
        '  rules:',
        '    - id: no-as',
        '      type: file-not-contains',
        '      title: No runs of a',
        '      remediation: Remove the line',
        "      pattern: '^(a+)+$'",
        '      paths: [data/**]',
        '',
      ].join('\n'))
      gitInit(root)
    },
    maxMs: 10_000,
    maxMb: 400,
  },
  {
    name: 'two-million-findings',
    what: 'one 16 MB file holding two million placeholders (max-file-size raised)',
    build(root) {
      write(root, 'README.md', '# Many\n')
      write(root, 'many.py', `# ${TAG} x\n`.repeat(2_000_000))
      write(root, '.github/repo-audit.yml', 'max-file-size: 33554432\n')
      gitInit(root)
    },
    args: ['--checks', 'placeholders'],
    output: true,
    maxMs: 60_000,
    maxMb: 4000,
  },
  {
    name: 'walk-3000-deep',
    what: 'a tree 3,000 directories deep, audited without git',
    build(root) {
      ordinaryFiles(root, 50)
      // 100 levels per mkdir, each relative to the last: an absolute path passes PATH_MAX long before 3,000.
      const hundred = Array.from({ length: 100 }, () => 'd').join('/')
      const start = process.cwd()
      process.chdir(root)
      try {
        for (let level = 0; level < 3000; level += 100) {
          mkdirSync(hundred, { recursive: true })
          writeFileSync(join(hundred, 'deep.md'), '# Deep\n')
          process.chdir(hundred)
        }
      } finally {
        process.chdir(start)
      }
    },
    maxMs: 20_000,
    maxMb: 500,
  },
]

/** Past V8's string limit (two million findings make a 600 MB report) only the ends can be read as text. */
const WHOLE_PARSE_LIMIT = 256 * 1024 * 1024

function looksLikeReport(path) {
  if (statSync(path).size <= WHOLE_PARSE_LIMIT) return typeof JSON.parse(readFileSync(path, 'utf8')).schemaVersion === 'string'
  const fd = openSync(path, 'r')
  try {
    const head = Buffer.alloc(4096)
    readSync(fd, head, 0, head.length, 0)
    const tail = Buffer.alloc(64)
    readSync(fd, tail, 0, tail.length, statSync(path).size - tail.length)
    return /^\{\n {2}"schemaVersion": "/.test(head.toString('utf8')) && tail.toString('utf8').endsWith('\n}\n')
  } finally {
    closeSync(fd)
  }
}

/** rm(1), not fs.rm: the 3,000-deep tree is past PATH_MAX, which Node's recursive removal trips on. */
function removeTree(dir) {
  execFileSync('rm', ['-rf', '--', dir])
}

async function main() {
  const { values } = parseArgs({ options: { only: { type: 'string' }, cli: { type: 'string', default: defaultCli }, keep: { type: 'boolean', default: false }, help: { type: 'boolean', short: 'h', default: false } } })
  if (values.help) {
    console.log(USAGE)
    return
  }
  const only = values.only ? new Set(values.only.split(',')) : undefined
  const unknown = only ? [...only].filter((name) => !CASES.some((c) => c.name === name)) : []
  if (unknown.length > 0) throw new Error(`--only: no case named ${unknown.join(', ')}; the cases are ${CASES.map((c) => c.name).join(', ')}`)
  const scratch = mkdtempSync(join(tmpdir(), 'repo-audit-hostile-bench-'))
  const rows = []
  let over = 0
  try {
    for (const hostile of CASES.filter((c) => !only || only.has(c.name))) {
      const root = join(scratch, hostile.name)
      mkdirSync(root)
      hostile.build(root)
      const outputDir = join(scratch, `${hostile.name}-reports`)
      const args = [...(hostile.output ? ['--output-dir', outputDir, '--format', 'text'] : ['--format', 'json']), ...(hostile.args ?? [])]
      const result = await runOnce({ program: resolve(values.cli), args: ['.', ...args], node: true }, { cwd: root, env: process.env, scratch, label: hostile.name, timeoutMs: hostile.maxMs * 3 })
      const mb = result.maxRssKb === undefined ? undefined : result.maxRssKb / 1024
      let reportOk = 'n/a'
      if (!result.timedOut) {
        try {
          reportOk = looksLikeReport(hostile.output ? join(outputDir, 'report.json') : result.stdoutFile) ? 'yes' : 'no'
        } catch (error) {
          reportOk = `no (${error.message.split('\n')[0].slice(0, 60)})`
        }
      }
      const withinTime = !result.timedOut && result.wallMs <= hostile.maxMs
      const withinMemory = mb === undefined || mb <= hostile.maxMb
      const crashed = result.exitCode !== 0 && result.exitCode !== 1
      const pass = withinTime && withinMemory && !crashed && reportOk === 'yes'
      if (!pass) over++
      rows.push([hostile.name, result.timedOut ? `> ${formatMs(result.wallMs)}` : formatMs(result.wallMs), mb === undefined ? '?' : formatMb(mb), String(result.exitCode), reportOk, `${formatMs(hostile.maxMs)}, ${hostile.maxMb} MB`, pass ? 'PASS' : 'FAIL'])
      console.error(`${hostile.name}: ${rows.at(-1).slice(1).join(' | ')}`)
      if (!values.keep) removeTree(root)
    }
  } finally {
    if (!values.keep) removeTree(scratch)
    else console.error(`trees kept in ${scratch}`)
  }
  console.log(table(['case', 'time', 'peak memory', 'exit', 'report.json', 'bound', 'verdict'], rows))
  for (const hostile of CASES.filter((c) => !only || only.has(c.name))) console.log(`- \`${hostile.name}\`: ${hostile.what}`)
  if (over > 0) process.exitCode = 1
}

await main()
