import { LineIndex } from '../../line-breaks.js'
import type { GateCandidate } from './local-gate.js'

/** Reads the commands one file declares; a file that does not parse declares none (its entry points say why). */
export type GateExtractor = (path: string, text: string) => GateCandidate[]

/** The text from `start` to the next line that opens with `marker`, or to the end. */
function until(text: string, start: number, marker: string): string {
  const end = text.indexOf(marker, start)
  return text.slice(start, end === -1 ? undefined : end)
}

/** package.json `scripts`: `npm test` for `test`, `npm run lint` for the rest. */
export function packageScripts(path: string, text: string): GateCandidate[] {
  const lines = new LineIndex(text)
  let manifest: unknown
  try {
    manifest = JSON.parse(text.replace(/^\uFEFF/, ''))
  } catch (error: unknown) {
    if (error instanceof SyntaxError) return []
    throw error
  }
  const scripts = typeof manifest === 'object' && manifest !== null ? (manifest as { scripts?: unknown }).scripts : undefined
  if (typeof scripts !== 'object' || scripts === null) return []
  const found: GateCandidate[] = []
  for (const [name, body] of Object.entries(scripts)) {
    if (typeof body !== 'string' || /^(?:pre|post)/.test(name)) continue
    const at = text.indexOf(`"${name}"`)
    found.push({ tool: 'npm', name, command: name === 'test' ? 'npm test' : `npm run ${name}`, path, line: at === -1 ? 1 : lines.lineAt(at), body })
  }
  return found
}

/** tox.ini `[testenv:NAME]` sections and the `envlist` they run by default (`tox` alone). */
export function toxEnvironments(path: string, text: string): GateCandidate[] {
  const lines = new LineIndex(text)
  const found: GateCandidate[] = []
  for (const match of text.matchAll(/^\[testenv:([^\]\s]+)\]/gm)) {
    const name = match[1] as string
    const body = until(text, (match.index ?? 0) + match[0].length, '\n[')
    found.push({ tool: 'tox', name, command: `tox -e ${name}`, path, line: lines.lineAt(match.index ?? 0), body })
  }
  const envlist = /^envlist\s*=\s*(.+(?:\n[ \t]+.+)*)/m.exec(text)
  if (envlist) found.push({ tool: 'tox', name: 'tox', command: 'tox', path, line: lines.lineAt(envlist.index), body: envlist[1] as string })
  return found
}

/** noxfile.py sessions: a `@nox.session` (or `@session`) decorator, then `def name(`. */
export function noxSessions(path: string, text: string): GateCandidate[] {
  const lines = new LineIndex(text)
  const found: GateCandidate[] = []
  for (const match of text.matchAll(/^@(?:nox\.)?session\b[^\n]*\n(?:@[^\n]*\n)*def\s+(\w+)\s*\(/gm)) {
    const name = match[1] as string
    found.push({ tool: 'nox', name, command: `nox -s ${name}`, path, line: lines.lineAt(match.index ?? 0), body: until(text, (match.index ?? 0) + match[0].length, '\n@') })
  }
  return found
}

/** justfile recipes: a name at the start of a line, its parameters, then `:` (not `:=`). */
export function justRecipes(path: string, text: string): GateCandidate[] {
  const lines = new LineIndex(text)
  const found: GateCandidate[] = []
  for (const match of text.matchAll(/^@?([A-Za-z_][\w-]*)(?:[ \t]+[^:\n=]*)?:(?!=)([^\n]*(?:\n[ \t]+[^\n]*)*)/gm)) {
    const name = match[1] as string
    if (name === 'set' || name === 'export' || name === 'alias') continue
    found.push({ tool: 'just', name, command: `just ${name}`, path, line: lines.lineAt(match.index ?? 0), body: match[2] ?? '' })
  }
  return found
}

/** `.pre-commit-config.yaml`: one command, `pre-commit run --all-files`, which runs every hook listed. */
export function preCommitHooks(path: string, text: string): GateCandidate[] {
  const hooks = [...text.matchAll(/^\s*-\s*id:\s*["']?([\w.-]+)/gm)].map((match) => match[1] as string)
  if (hooks.length === 0) return []
  return [{ tool: 'pre-commit', name: 'pre-commit', command: 'pre-commit run --all-files', path, line: 1, body: `pre-commit run ${hooks.join(' ')}` }]
}

const BY_NAME: ReadonlyMap<string, GateExtractor> = new Map([
  ['package.json', packageScripts],
  ['tox.ini', toxEnvironments],
  ['noxfile.py', noxSessions],
  ['justfile', justRecipes],
  ['Justfile', justRecipes],
  ['.justfile', justRecipes],
  ['.pre-commit-config.yaml', preCommitHooks],
  ['.pre-commit-config.yml', preCommitHooks],
])

/** Only the root's files: the commands a contributor runs from a fresh checkout. */
export function gateExtractorFor(path: string): GateExtractor | undefined {
  return path.includes('/') ? undefined : BY_NAME.get(path)
}

const RULE = /^([A-Za-z_][\w.-]*(?:[ \t]+[A-Za-z_][\w.-]*)*)[ \t]*::?(?!=)/

/**
 * Each Makefile target's recipe, the tab-indented lines after its rule: `test:` running `pytest`
 * covers tests whatever the target is called. Variables are left as written.
 */
export function makeRecipes(text: string): Map<string, string> {
  const recipes = new Map<string, string>()
  let current: string[] = []
  for (const line of text.split('\n')) {
    if (line.startsWith('\t')) {
      for (const target of current) recipes.set(target, `${recipes.get(target) ?? ''}${line.trim()}\n`)
      continue
    }
    if (line.trim() === '' || line.trimStart().startsWith('#')) continue
    const rule = RULE.exec(line)
    current = rule === null ? [] : (rule[1] as string).split(/[ \t]+/)
  }
  return recipes
}
