import { TomlError, parse } from 'smol-toml'
import { FileParseError } from '../../../report/file-parse-error.js'
import { isExactSpecifier, parsePep508, type Requirement } from './requirement.js'
import { LineLocator } from './text-lines.js'
import { normalisePythonName } from './lock-contents.js'

export type PythonTool = 'poetry' | 'uv' | 'pdm'

export interface PyprojectFacts {
  readonly path: string
  readonly requirements: readonly Requirement[]
  /** Tools with a `[tool.*]` table that manage the environment and write their own lockfile. */
  readonly tools: readonly PythonTool[]
  readonly requiresPython?: { readonly line: number; readonly value: string }
  /** Linters and formatters configured under `[tool.*]`. */
  readonly linters: readonly string[]
  /**
   * The distribution this file builds (`[project] name`, or `[tool.poetry] name` in package mode),
   * absent when it only configures tools or says it is not a package (`[tool.uv] package = false`).
   */
  readonly distribution?: string
  /** Normalised names from `[project] dependencies` and `optional-dependencies`: what a uv lock records as `requires-dist`. */
  readonly distributionDependencies: readonly string[]
}

type Table = Record<string, unknown>
const isTable = (value: unknown): value is Table => typeof value === 'object' && value !== null && !Array.isArray(value)
const LINTERS = ['ruff', 'black', 'flake8', 'pylint', 'isort', 'mypy', 'pyright', 'autopep8', 'yapf'] as const
const LOCKING_TOOLS = ['poetry', 'uv', 'pdm'] as const satisfies readonly PythonTool[]

export function parseToml(path: string, text: string): Table {
  try {
    return parse(text) as Table
  } catch (error: unknown) {
    if (error instanceof TomlError) throw new FileParseError(path, error.line, `not valid TOML (${error.message.split('\n')[0]})`, { cause: error })
    throw error
  }
}

/**
 * Finds the line where a value is written, for evidence: TOML parsers keep no positions, so the
 * quoted text is searched for, from the table's header on.
 */
class TomlLines {
  private readonly locator: LineLocator
  constructor(private readonly text: string) {
    this.locator = new LineLocator(text)
  }

  of(needle: string, after = 0): number {
    const at = this.text.indexOf(needle, after)
    return at === -1 ? 1 : this.locator.lineAt(at)
  }

  headerOffset(header: RegExp): number {
    return header.exec(this.text)?.index ?? 0
  }

  /** Searches values written one after another, from the table header on. */
  inOrder(header: RegExp): InOrderSearch {
    return new InOrderSearch(this.text, this.locator, this.headerOffset(header))
  }
}

/**
 * A table's keys and an array's items are written in order, so each is searched for from where the
 * previous one was found: searching each from the table header made 115,000 dependencies quadratic.
 * One not found there (written with escapes, or an integer-like key JavaScript lists first) takes
 * the previous one's line rather than a search of the whole text.
 */
class InOrderSearch {
  constructor(
    private readonly text: string,
    private readonly locator: LineLocator,
    private cursor: number,
  ) {}

  lineOf(needle: string): number {
    const at = this.text.indexOf(needle, this.cursor)
    if (at === -1) return this.locator.lineAt(this.cursor)
    this.cursor = at + needle.length
    return this.locator.lineAt(at)
  }
}

/** Poetry: a bare version (`1.2.3`) or `==1.2.3` is exact; `^`, `~`, `*` and ranges are not. */
function poetryRequirement(name: string, value: unknown, line: number): Requirement | undefined {
  if (name.toLowerCase() === 'python') return undefined
  const spec = typeof value === 'string' ? value : isTable(value) ? value.version : undefined
  if (isTable(value) && typeof value.path === 'string') return undefined
  if (isTable(value) && typeof value.git === 'string') {
    const rev = typeof value.rev === 'string' ? value.rev : ''
    return { name, constraint: `git ${value.git}${rev ? `@${rev}` : ''}`, pinned: /^[0-9a-f]{40}$/i.test(rev), line }
  }
  if (typeof spec !== 'string') return { name, constraint: '', pinned: false, line }
  const trimmed = spec.trim()
  return { name, constraint: trimmed, pinned: /^\d[\w.+-]*$/.test(trimmed) || isExactSpecifier(trimmed), line }
}

function pep508List(values: unknown, search: InOrderSearch): Requirement[] {
  if (!Array.isArray(values)) return []
  const found: Requirement[] = []
  for (const value of values) {
    if (typeof value !== 'string') continue
    const requirement = parsePep508(value, search.lineOf(value))
    if (requirement) found.push(requirement)
  }
  return found
}

export function pyprojectFacts(path: string, text: string): PyprojectFacts {
  const root = parseToml(path, text)
  const lines = new TomlLines(text)
  const project = isTable(root.project) ? root.project : {}
  const tool = isTable(root.tool) ? root.tool : {}
  const requirements: Requirement[] = []

  requirements.push(...pep508List(project.dependencies, lines.inOrder(/^\[project\]/m)))
  if (isTable(project['optional-dependencies'])) {
    const search = lines.inOrder(/^\[project\.optional-dependencies\]/m)
    for (const group of Object.values(project['optional-dependencies'])) requirements.push(...pep508List(group, search))
  }
  const distributionDependencies = [...new Set(requirements.map((requirement) => normalisePythonName(requirement.name)))]
  if (isTable(root['dependency-groups'])) {
    const search = lines.inOrder(/^\[dependency-groups\]/m)
    for (const group of Object.values(root['dependency-groups'])) requirements.push(...pep508List(group, search))
  }
  const poetry = isTable(tool.poetry) ? tool.poetry : undefined
  if (poetry) {
    const tables: Array<[Table, RegExp]> = []
    if (isTable(poetry.dependencies)) tables.push([poetry.dependencies, /^\[tool\.poetry\.dependencies\]/m])
    if (isTable(poetry['dev-dependencies'])) tables.push([poetry['dev-dependencies'], /^\[tool\.poetry\.dev-dependencies\]/m])
    if (isTable(poetry.group)) {
      for (const [name, group] of Object.entries(poetry.group)) {
        if (isTable(group) && isTable(group.dependencies)) tables.push([group.dependencies, new RegExp(`^\\[tool\\.poetry\\.group\\.${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\.dependencies\\]`, 'm')])
      }
    }
    for (const [table, header] of tables) {
      const search = lines.inOrder(header)
      for (const [name, value] of Object.entries(table)) {
        const requirement = poetryRequirement(name, value, search.lineOf(name))
        if (requirement) requirements.push(requirement)
      }
    }
  }

  const requiresPython = typeof project['requires-python'] === 'string'
    ? { line: lines.of('requires-python'), value: project['requires-python'] }
    : poetry && isTable(poetry.dependencies) && typeof poetry.dependencies.python === 'string'
      ? { line: lines.of('python', lines.headerOffset(/^\[tool\.poetry\.dependencies\]/m)), value: poetry.dependencies.python }
      : undefined
  const distribution = distributionName(project, tool, isTable(root['build-system']))
  return {
    path,
    requirements,
    tools: LOCKING_TOOLS.filter((name) => isTable(tool[name])),
    ...(requiresPython ? { requiresPython } : {}),
    linters: LINTERS.filter((name) => isTable(tool[name])),
    ...(distribution === undefined ? {} : { distribution }),
    distributionDependencies,
  }
}

/** A project table names a distribution to build unless uv or Poetry are told it is no package. */
function distributionName(project: Table, tool: Table, hasBuildSystem: boolean): string | undefined {
  const uv = isTable(tool.uv) ? tool.uv : {}
  const poetry = isTable(tool.poetry) ? tool.poetry : {}
  if (uv.package === false || poetry['package-mode'] === false) return undefined
  if (typeof project.name === 'string' && (hasBuildSystem || uv.package === true)) return project.name
  if (typeof poetry.name === 'string') return poetry.name
  return undefined
}
