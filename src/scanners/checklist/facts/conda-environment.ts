import { LineCounter, isMap, isScalar, isSeq, parseDocument, type Node } from 'yaml'
import { FileParseError } from '../../../report/file-parse-error.js'
import { parsePep508, type Requirement } from './requirement.js'

export interface CondaEnvironmentFacts {
  readonly path: string
  /** Conda and pip dependencies, without `python` and `pip` themselves. */
  readonly requirements: readonly Requirement[]
  readonly python?: { readonly line: number; readonly value: string }
}

const CONDA_SPEC = /^(?:[\w.-]+::)?([A-Za-z0-9_][A-Za-z0-9_.-]*)\s*(.*)$/

/** `name=1.2`, `name==1.2`, `name 1.2` and `name=1.2=build` name one version; ranges and `*` do not. */
function condaPinned(constraint: string): boolean {
  if (constraint === '' || /[*<>!,|]/.test(constraint)) return false
  return /^(?:==?\s*)?\d[\w.+-]*(?:=[\w.+-]+)?$/.test(constraint)
}

export function parseYamlDocument(path: string, text: string): { contents: Node | null; lines: LineCounter } {
  const lines = new LineCounter()
  const document = parseDocument(text, { lineCounter: lines, prettyErrors: false })
  const problem = document.errors[0]
  if (problem) throw new FileParseError(path, lines.linePos(problem.pos[0]).line, `not valid YAML (${problem.message.split('\n')[0]})`)
  return { contents: document.contents, lines }
}

export function lineOf(node: Node | null | undefined, lines: LineCounter): number {
  return node?.range ? lines.linePos(node.range[0]).line : 1
}

export function condaEnvironmentFacts(path: string, text: string): CondaEnvironmentFacts {
  const { contents, lines } = parseYamlDocument(path, text)
  const requirements: Requirement[] = []
  let python: CondaEnvironmentFacts['python']
  const dependencies = isMap(contents) ? contents.get('dependencies', true) : undefined
  if (!isSeq(dependencies)) return { path, requirements }
  for (const item of dependencies.items) {
    if (isScalar(item) && typeof item.value === 'string') {
      const spec = CONDA_SPEC.exec(item.value.trim())
      if (!spec) continue
      const name = spec[1] as string
      const constraint = (spec[2] as string).trim()
      const line = lineOf(item, lines)
      if (name === 'python') {
        if (constraint !== '') python = { line, value: constraint }
      } else if (name !== 'pip') {
        requirements.push({ name, constraint, pinned: condaPinned(constraint), line })
      }
    } else if (isMap(item)) {
      const pip = item.get('pip', true)
      if (!isSeq(pip)) continue
      for (const entry of pip.items) {
        if (!isScalar(entry) || typeof entry.value !== 'string' || /^\s*-/.test(entry.value)) continue
        const requirement = parsePep508(entry.value.trim(), lineOf(entry, lines))
        if (requirement) requirements.push(requirement)
      }
    }
  }
  return { path, requirements, ...(python ? { python } : {}) }
}
