import { TomlError, parse } from 'smol-toml'
import type { EntryPoint } from '../repo-map-result.js'
import { FileParseError } from '../../../report/file-parse-error.js'
import { lineOfTomlKey, tomlKeyLines } from './toml-key-lines.js'

type Table = Record<string, unknown>

const isTable = (value: unknown): value is Table => typeof value === 'object' && value !== null && !Array.isArray(value)

function tableAt(root: Table, path: readonly string[]): Table | undefined {
  let current: unknown = root
  for (const part of path) current = isTable(current) ? current[part] : undefined
  return isTable(current) ? current : undefined
}

function parseToml(path: string, text: string): Table {
  try {
    return parse(text) as Table
  } catch (error: unknown) {
    if (error instanceof TomlError) {
      throw new FileParseError(path, error.line, `not valid TOML (${error.message.split('\n')[0]})`, { cause: error })
    }
    throw error
  }
}

/** Poetry takes `"pkg:main"` or `{ callable = "pkg:main" }` (older: `reference`). */
function poetryTarget(value: unknown): string | undefined {
  if (typeof value === 'string') return value
  if (!isTable(value)) return undefined
  const target = value.callable ?? value.reference
  return typeof target === 'string' ? target : undefined
}

const SCRIPT_TABLES: ReadonlyArray<{ readonly table: readonly string[]; readonly target: (value: unknown) => string | undefined }> = [
  { table: ['project', 'scripts'], target: (value) => (typeof value === 'string' ? value : undefined) },
  { table: ['project', 'gui-scripts'], target: (value) => (typeof value === 'string' ? value : undefined) },
  { table: ['tool', 'poetry', 'scripts'], target: poetryTarget },
]

/** `[project.scripts]`, `[project.gui-scripts]` and `[tool.poetry.scripts]` from a pyproject.toml. */
export function pyprojectEntryPoints(path: string, text: string): EntryPoint[] {
  const root = parseToml(path, text)
  const entryPoints: EntryPoint[] = []
  let keyLines: Map<string, number> | undefined
  for (const { table, target } of SCRIPT_TABLES) {
    const scripts = tableAt(root, table)
    if (scripts === undefined) continue
    for (const [name, value] of Object.entries(scripts)) {
      const runs = target(value)
      if (runs === undefined || runs === '') continue
      keyLines ??= tomlKeyLines(text)
      entryPoints.push({ kind: 'python-script', path, line: lineOfTomlKey(keyLines, table, name), name, target: runs })
    }
  }
  return entryPoints
}
