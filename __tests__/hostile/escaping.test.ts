import { execFileSync } from 'node:child_process'
import { join } from 'node:path'
import MarkdownIt from 'markdown-it'
import { describe, expect, it } from 'vitest'
import { PLANTED_SECRET, everythingShown, expectContained, expectValidReport, hostileSandbox, runHostileAction, runHostileCli, scannerStatuses, snapshot, type HostileRun } from '../helpers/hostile.js'
import { markupOf } from '../helpers/hostile-report.js'

const ALL_OK = { placeholders: 'ok', links: 'ok', 'repo-map': 'ok', checklist: 'ok' }
/** A name that tries to add a heading, a fake verdict, a link, an image and HTML; no `/`, so it can be a file name. */
const INJECTION = 'x\n# Pass ✅\n[click](https:evil.example)![img](https:evil.example)<img src=x>'

/** Headings, links, images and HTML of our own are expected; anything the repository could have added is returned. */
function injectedMarkup(markdown: string): string[] {
  const foreign = markupOf(markdown).filter((entry) =>
    /^(link|image):|<img/i.test(entry) || (entry.includes('href=') && !entry.startsWith('html:<a href="https://github.com/acme/widget/blob/')))
  const headings: string[] = []
  const tokens = new MarkdownIt({ html: true }).parse(markdown, {})
  tokens.forEach((token, index) => {
    if (token.type === 'heading_open') headings.push(tokens[index + 1]?.content ?? '')
  })
  return [...foreign, ...headings.filter((text) => /Pass|click|img/.test(text) && !text.startsWith('<code>')).map((text) => `heading:${text}`)]
}

function expectNoFakeVerdict(markdown: string): void {
  expect(markdown.split('\n').filter((line) => /^\s*#*\s*(✅\s*)?Pass\b/.test(line))).toEqual([])
  expect((markdown.match(/✅ \*\*Pass\*\*/g) ?? []).length).toBeLessThanOrEqual(1)
}

function gitCommit(cwd: string, author: string, message: string): void {
  execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=t@example.com', 'commit', '-q', '--no-verify', '--allow-empty', `--author=${author} <a@example.com>`, '-m', message], { cwd, stdio: 'pipe' })
}

describe('secrets in the repository', () => {
  const files = {
    'src/app.py': `def run():\n    # TODO: rotate ${PLANTED_SECRET} before the release\n    return 1\n`,
    'README.md': `# App\n\nSee [the guide](docs/${PLANTED_SECRET}.md) and [mirror](https://${PLANTED_SECRET}@example.com/x).\n`,
    'requirements.txt': `git+https://${PLANTED_SECRET}@github.com/x/y\nrequests\n`,
    Dockerfile: `FROM ghcr.io/acme/base:${PLANTED_SECRET}\nCMD ["python", "src/app.py"]\n`,
    '.python-version': `${PLANTED_SECRET}\n`,
    'package.json': `{"v": ${PLANTED_SECRET}}\n`,
  }

  it('are redacted from every output of the action while the findings are still reported', async () => {
    const sandbox = hostileSandbox(files, { git: true })
    const before = snapshot(sandbox.outside)
    const run = await runHostileAction(sandbox, { inputs: { 'max-placeholders': '-1', 'max-broken-links': '-1' } })
    expectContained(sandbox, run, before)
    const report = expectValidReport(run)
    expect(scannerStatuses(report)).toEqual(ALL_OK)
    const json = run.reportFiles['report.json'] as string
    expect(json).toContain('rotate ghp_…[redacted] before the release')
    expect(json).toContain('docs/ghp_…[redacted].md')
    expect(json).toContain('y git+https://…[redacted]@github.com/x/y')
    expect(json).toContain('FROM ghcr.io/acme/base:ghp_…[redacted]: floating tag: moves with every release')
    expect(json).toContain('"message": "ghp_…[redacted]"')
    expect(json).toMatch(/"path": "package.json",\s+"message": "not valid JSON/)
    expect(run.summary).toContain('ghp&#95;…&#91;redacted&#93;')
    expect(run.reportFiles['gaps-report.md']).toContain('ghp&#95;…&#91;redacted&#93;')
    expect(run.reportFiles['status-audit.md']).toContain('ghp&#95;…&#91;redacted&#93;')
    expect(run.reportFiles['status-audit.md']).not.toMatch(/ghp_[A-Za-z0-9]{8}/)
  })

  it('are redacted from the CLI’s text, JSON and Markdown', async () => {
    const sandbox = hostileSandbox(files, { git: true })
    const before = snapshot(sandbox.outside)
    for (const format of ['text', 'json', 'markdown']) {
      const run = await runHostileCli(sandbox, ['.', '--format', format, '--max-placeholders=-1', '--max-broken-links=-1'], { outputDir: join(sandbox.runnerTemp, `out-${format}`) })
      expect(run.status, run.stderr).toBe(0)
      expectContained(sandbox, run, before)
      expect(scannerStatuses(expectValidReport(run))).toEqual(ALL_OK)
      expect(run.stdout).toMatch(/ghp(_|&#95;)…(\[|&#91;)redacted/)
    }
  })
})

describe('Markdown in names and commits', () => {
  const files = {
    [`src/${INJECTION}.py`]: '# TODO: one\n',
    [`${INJECTION}/notes.py`]: '# TODO: two\n',
    'README.md': `# App\n\n[broken](${encodeURIComponent(INJECTION)}.md)\n`,
    'package.json': JSON.stringify({ name: 'app', bin: { [INJECTION]: 'cli.js' } }),
  }

  it('adds no heading, link, image or verdict to the summary, summary.md or gaps-report.md', async () => {
    const sandbox = hostileSandbox(files, { git: true })
    gitCommit(sandbox.workspace, '[click](https://evil.example)![img](https://evil.example/i.png) Pass ✅', '[click](https://evil.example)![img](https://evil.example/i.png)<img src=x> # Pass ✅')
    const before = snapshot(sandbox.outside)
    const run = await runHostileAction(sandbox, { inputs: { 'max-placeholders': '-1', 'max-broken-links': '-1' } })
    expectContained(sandbox, run, before)
    expect(scannerStatuses(expectValidReport(run))).toEqual(ALL_OK)
    expect(run.summary).toContain('evil.example')
    for (const markdown of [run.summary, run.reportFiles['summary.md'] as string, run.reportFiles['gaps-report.md'] as string, run.reportFiles['status-audit.md'] as string]) {
      expect(injectedMarkup(markdown)).toEqual([])
      expectNoFakeVerdict(markdown)
    }
  })
})

function expectNoTerminalControl(run: HostileRun): void {
  expect(run.stdout.split('\n').filter((line) => /^\s*::(error file=x|warning::dir)/.test(line))).toEqual([])
  expect(everythingShown(run)).not.toMatch(/[^\P{Cc}\t\n\r]/u)
}

describe('workflow commands and control characters in names', () => {
  const files = {
    '::error file=x::pwned.py': '# TODO: first\n',
    '::warning::dir/a.py': '# TODO: third\n',
    'src/\u001b]0;pwned\u0007\u001b[2J.py': '# TODO: second\n',
  }

  it('never start a line of the CLI’s output with :: nor reach the terminal raw', async () => {
    const sandbox = hostileSandbox(files, { git: true })
    const before = snapshot(sandbox.outside)
    const run = await runHostileCli(sandbox, ['.', '--max-placeholders=-1'])
    expect(run.status, run.stderr).toBe(0)
    expectContained(sandbox, run, before)
    expect(run.stdout.split('\n').filter((line) => /^\s*::/.test(line))).toEqual([])
    expect(run.stdout).not.toMatch(/[^\P{Cc}\t\n\r]/u)
    expect(run.stdout).toContain('src/\\x1b]0;pwned\\x07\\x1b[2J.py:1:3')
    expect(run.stdout).toContain('  \\x3a:error file=x::pwned.py:1:3')
    const markdown = await runHostileCli(sandbox, ['.', '--format', 'markdown', '--max-placeholders=-1'])
    expect(markdown.stdout.split('\n').filter((line) => /^\s*::/.test(line))).toEqual([])
    expect(markdown.stdout).not.toMatch(/[^\P{Cc}\t\n\r]/u)
  })

  it('reach the action’s log and annotations escaped', async () => {
    const sandbox = hostileSandbox(files, { git: true })
    const before = snapshot(sandbox.outside)
    const run = await runHostileAction(sandbox, { inputs: { 'max-placeholders': '-1' } })
    expectContained(sandbox, run, before)
    expect(scannerStatuses(expectValidReport(run))).toEqual(ALL_OK)
    expectNoTerminalControl(run)
    expect(run.stdout).toMatch(/^::warning .*file=%3A%3Aerror file=x%3A%3Apwned\.py,/m)
    expect(run.stdout).toMatch(/^::warning .*file=src\/\\x1b\]0;pwned\\x07\\x1b\[2J\.py,/m)
  })
})

describe('a summary over 1 MiB', () => {
  it('stays well-formed and keeps the verdict and the publish section', async () => {
    // One `bin` name of 220,000 `[`: 1.1 MB once entity-escaped, in the folded repo map.
    const sandbox = hostileSandbox({
      'package.json': JSON.stringify({ name: 'app', bin: { small: 'a.js', [`${'['.repeat(220_000)}`]: 'b.js' } }),
      'src/app.py': '# TODO: one\n',
    }, { git: true })
    const before = snapshot(sandbox.outside)
    const run = await runHostileAction(sandbox, { inputs: { 'max-placeholders': '-1' } })
    expectContained(sandbox, run, before)
    expect(scannerStatuses(expectValidReport(run))).toEqual(ALL_OK)
    const summary = run.summary
    expect(Buffer.byteLength(summary)).toBeLessThanOrEqual(1024 * 1024)
    expect(summary).toContain('✅ **Pass**')
    expect(summary).toContain('### Published')
    expect(summary).toContain('✂️ The summary was cut')
    for (const tag of ['details', 'code', 'summary', 'a']) {
      const opened = (summary.match(new RegExp(`<${tag}[ >]`, 'g')) ?? []).length
      expect((summary.match(new RegExp(`</${tag}>`, 'g')) ?? []).length, tag).toBe(opened)
    }
  })
})

describe('a config error that echoes a secret', () => {
  it('fails the action with the value redacted', async () => {
    const sandbox = hostileSandbox({ 'repo-audit.yml': `max-placeholders: "${PLANTED_SECRET}"\n`, 'README.md': '# A\n' }, { git: true })
    const before = snapshot(sandbox.outside)
    const run = await runHostileAction(sandbox)
    expect(run.status).not.toBe(0)
    expect(run.stdout).toMatch(/^::error::.*max-placeholders.*ghp_…\[redacted\]/m)
    expectContained(sandbox, run, before)
  })
})
