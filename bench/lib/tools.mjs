import { execFileSync } from 'node:child_process'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join } from 'node:path'

// The commands the benchmark times, ours and the peers', and how to read a count from each one's
// output. Peers run as their own users run them, offline: ripgrep for the tag pass,
// remark-validate-links (through remark-cli) and markdown-link-check, local links only, for the
// link pass.

const require = createRequire(import.meta.url)
export const DEFAULT_TAGS = ['TODO', 'FIXME', 'XXX', 'HACK', 'TBD']
export const TAG_REGEX = `\\b(${DEFAULT_TAGS.join('|')})\\b`

/** Looked up the way Node looks up packages; `exports` maps may hide package.json from require.resolve. */
function packageFile(name, relative) {
  for (const directory of require.resolve.paths(name) ?? []) {
    const root = join(directory, name)
    if (existsSync(join(root, 'package.json'))) return join(root, relative)
  }
  throw new Error(`${name} is not installed: run npm ci (it is a devDependency of the benchmark)`)
}

export function ourCommand(cli, tree, checks, outputDir, extra = []) {
  const args = [tree, '--checks', checks.join(','), '--format', 'json', ...extra]
  if (outputDir !== undefined) args.push('--output-dir', outputDir)
  return { program: cli, args, node: true }
}

/** Every file git would list, hidden ones included (our inventory has `.github/`), `.git/` excluded. */
export function ripgrepCommand(tree) {
  return { program: 'rg', args: ['--count-matches', '--hidden', '--glob', '!.git', '-e', TAG_REGEX, tree] }
}

/** In a checkout, `.gitignore` keeps remark out of the folders our git listing leaves out too. */
export function remarkCommand(tree) {
  const plugin = packageFile('remark-validate-links', 'index.js')
  const ignore = existsSync(join(tree, '.gitignore')) ? ['--ignore-path', '.gitignore'] : []
  return {
    program: packageFile('remark-cli', 'cli.js'),
    args: ['.', '--use', `${plugin}=repository:false`, '--no-config', '--no-stdout', '--quiet', '--frail', '--no-color', ...ignore],
    node: true,
    cwd: tree,
  }
}

/** markdown-link-check takes directories and walks them itself, in one process. */
export function markdownLinkCheckCommand(targets, configFile, cwd) {
  return { program: packageFile('markdown-link-check', 'markdown-link-check'), args: ['-q', '-c', configFile, ...targets], node: true, cwd }
}

export function writeMarkdownLinkCheckConfig(path) {
  writeFileSync(path, `${JSON.stringify({ ignorePatterns: [{ pattern: '^https?:' }, { pattern: '^mailto:' }] }, null, 2)}\n`)
}

/** `path:count` lines, one per file with a match. */
export function ripgrepMatches(stdoutFile) {
  let total = 0
  for (const line of readFileSync(stdoutFile, 'utf8').split('\n')) {
    const colon = line.lastIndexOf(':')
    if (colon !== -1) total += Number(line.slice(colon + 1))
  }
  return total
}

/** Distinct positions remark-validate-links warned about (one link can get two warnings). */
export function remarkBrokenLinks(stderrFile) {
  const positions = new Set()
  let file = ''
  for (const line of readFileSync(stderrFile, 'utf8').split('\n')) {
    const warning = /^\s*(\d+:\d+(?:-\d+:\d+)?)\s+warning\b/.exec(line)
    if (warning) positions.add(`${file}:${warning[1]}`)
    else if (line.trim() !== '' && !/^\s/.test(line) && !line.startsWith('⚠')) file = line.trim()
  }
  return positions.size
}

/** With `-q` markdown-link-check prints one `[✖] target → Status: N` line per dead link. */
export function markdownLinkCheckBrokenLinks(stdoutFile, stderrFile) {
  const text = `${readFileSync(stdoutFile, 'utf8')}\n${readFileSync(stderrFile, 'utf8')}`
  return text.split('\n').filter((line) => line.includes('[✖]')).length
}

export function ripgrepVersion() {
  try {
    return execFileSync('rg', ['--version'], { encoding: 'utf8' }).split('\n')[0]
  } catch {
    return undefined
  }
}

/**
 * ripgrep from Debian when it is missing (the issue asks the script to install it). Debian's
 * nodejs packages are never touched: only `ripgrep` is named.
 */
export function ensureRipgrep(log) {
  if (ripgrepVersion() !== undefined) return ripgrepVersion()
  if (!existsSync('/usr/bin/apt-get')) throw new Error('ripgrep (rg) is missing and apt-get is not available: install ripgrep and rerun')
  log('ripgrep is missing: apt-get install -y ripgrep')
  const sudo = process.getuid?.() === 0 ? [] : ['sudo']
  const run = (args) => execFileSync(sudo.length > 0 ? 'sudo' : args[0], sudo.length > 0 ? args : args.slice(1), { stdio: 'inherit' })
  run(['apt-get', 'update'])
  run(['apt-get', 'install', '-y', '--no-install-recommends', 'ripgrep'])
  const version = ripgrepVersion()
  if (version === undefined) throw new Error('apt-get install ripgrep finished but rg is still not on PATH')
  return version
}

export function packageVersion(name) {
  return JSON.parse(readFileSync(packageFile(name, 'package.json'), 'utf8')).version
}
