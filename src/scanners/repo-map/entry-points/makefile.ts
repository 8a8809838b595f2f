import type { EntryPoint } from '../repo-map-result.js'
import { directoryOf } from '../repo-paths.js'
import { splitLines } from './text-lines.js'

/** Lines that are make directives, never rules, even when they contain a colon. */
const DIRECTIVE = /^(?:-?include|sinclude|ifeq|ifneq|ifdef|ifndef|else|endif|export|unexport|override|private|vpath|undefine|define|endef)(?:\s|$)/

interface Candidate {
  readonly name: string
  readonly line: number
}

/**
 * The target names of a rule line (`build test: deps`), or undefined when the line is not a rule:
 * a variable assignment (`=`, `:=`, `::=`, `?=`, `+=`, `!=` before any rule colon) or a
 * target-specific variable (`test: VAR = 1`).
 */
export function ruleTargets(line: string): string[] | undefined {
  const colon = line.indexOf(':')
  if (colon <= 0) return undefined
  const equals = line.indexOf('=')
  if (equals !== -1 && equals < colon) return undefined
  if (line[colon + 1] === '=' || line.startsWith(':=', colon + 1) || line.startsWith('::=', colon + 1)) return undefined
  const afterColon = line.slice(line[colon + 1] === ':' ? colon + 2 : colon + 1)
  if (/^\s*[A-Za-z_][\w.-]*\s*(?:[:+?!]?=)/.test(afterColon)) return undefined
  const before = line.slice(0, colon)
  // `$(warning "… run: curl …")`: a function call whose text holds a colon, not a rule.
  if (/\$\(|["']/.test(before)) return undefined
  return before.trim().split(/\s+/).filter((name) => name !== '')
}

/** A name someone runs: not a special target (`.PHONY`), a pattern (`%.o`) or a computed name (`$(OUT)`). */
function isRunnableName(name: string): boolean {
  return !name.startsWith('.') && !/[%$*?[\]]/.test(name)
}

/** File targets (`build/app.o`) are outputs, not commands; unless declared phony, a name with `.` or `/` is one. */
function looksLikeFile(name: string): boolean {
  return name.includes('.') || name.includes('/')
}

/**
 * The runnable targets of a Makefile in the order written, each once: rule lines outside recipes and
 * `define` blocks, keeping phony targets and names that do not look like files.
 */
export function makefileEntryPoints(path: string, text: string): EntryPoint[] {
  const candidates: Candidate[] = []
  const phony = new Set<string>()
  let inDefine = false
  let continued = false
  const lines = splitLines(text)
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index] as string
    const wasContinued = continued
    continued = line.endsWith('\\')
    if (wasContinued || line.startsWith('\t')) continue
    const trimmed = line.trim()
    if (inDefine) {
      if (/^endef(?:\s|$)/.test(trimmed)) inDefine = false
      continue
    }
    if (trimmed === '' || trimmed.startsWith('#')) continue
    if (DIRECTIVE.test(trimmed)) {
      if (/^(?:(?:export|override|private)\s+)?define(?:\s|$)/.test(trimmed)) inDefine = true
      continue
    }
    const code = line.split('#', 1)[0] as string
    const targets = ruleTargets(code)
    if (targets === undefined) continue
    if (targets[0] === '.PHONY') {
      const colon = code.indexOf(':')
      for (const name of code.slice(colon + 1).trim().split(/\s+/)) if (name !== '') phony.add(name)
      continue
    }
    for (const name of targets) candidates.push({ name, line: index + 1 })
  }
  const directory = directoryOf(path)
  const seen = new Set<string>()
  const entryPoints: EntryPoint[] = []
  for (const { name, line } of candidates) {
    if (seen.has(name) || !isRunnableName(name) || (looksLikeFile(name) && !phony.has(name))) continue
    seen.add(name)
    const target = directory === '' ? `make ${name}` : `make -C ${directory} ${name}`
    entryPoints.push({ kind: 'make-target', path, line, name, target })
  }
  return entryPoints
}
