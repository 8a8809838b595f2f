import type { WrittenImport } from './import-statements.js'

export interface ModuleSummary {
  /** A folder (`src/peft/tuners`), or `(root)` for the files directly at the root. */
  readonly path: string
  readonly files: number
  readonly lines: number
  /** Imports of other modules' files from this module, and of this module's files from others. */
  readonly importsOut: number
  readonly importsIn: number
}

export interface ModuleEdge {
  readonly from: string
  readonly to: string
  /** Import statements from `from` that resolve to a file of `to`. */
  readonly imports: number
}

export interface Modularity {
  /** Python and JS/TS code only, by lines, largest first. */
  readonly modules: readonly ModuleSummary[]
  /** Largest first; bounded. */
  readonly edges: readonly ModuleEdge[]
  /** Sets of modules that import each other in a cycle, each sorted; largest first. */
  readonly cycles: ReadonlyArray<readonly string[]>
  readonly largestFiles: ReadonlyArray<{ readonly path: string; readonly lines: number }>
  /** Imports that resolved to a file of the repository, of all read. */
  readonly resolvedImports: number
  readonly totalImports: number
}

export interface CodeFile {
  readonly path: string
  readonly lines: number
  readonly imports: readonly WrittenImport[]
}

export const ROOT_MODULE = '(root)'
/** A module holding more of the code than this is split into its folders, up to MAX_DEPTH deep. */
const DOMINANT_SHARE = 0.6
const MAX_DEPTH = 4
const MAX_EDGES = 30
const MAX_MODULES = 25
const LARGEST_FILES = 10
const REEXPORTING = /(?:^|\/)(?:__init__\.py|index\.[cm]?[jt]sx?)$/
const JS_EXTENSIONS = ['', '.ts', '.tsx', '.js', '.jsx', '.mjs', '.cjs', '.mts', '.cts', '/index.ts', '/index.tsx', '/index.js', '/index.mjs']

/** The folder `depth` levels down that holds `path`; the caller knows the path is deeper. */
function folderOf(path: string, depth: number): string {
  return path.split('/').slice(0, depth).join('/')
}

/**
 * Top-level modules, the way a reviewer would name them: the first folders, but a folder holding
 * most of the code (`src/`, then `src/peft/`) is opened into its own folders, so a src layout or one
 * big package still shows its parts.
 */
function moduleNamer(files: readonly CodeFile[]): (path: string) => string {
  const depthOf = new Map<string, number>()
  let prefix = ''
  for (let depth = 1; depth < MAX_DEPTH; depth++) {
    const inPrefix = files.filter((file) => file.path.startsWith(prefix))
    const total = inPrefix.reduce((sum, file) => sum + file.lines, 0)
    const byFolder = new Map<string, number>()
    for (const file of inPrefix) {
      if (file.path.split('/').length <= depth) continue
      const folder = folderOf(file.path, depth)
      byFolder.set(folder, (byFolder.get(folder) ?? 0) + file.lines)
    }
    const [dominant, lines] = [...byFolder].sort((a, b) => b[1] - a[1])[0] ?? ['', 0]
    if (total === 0 || lines <= total * DOMINANT_SHARE) break
    prefix = `${dominant}/`
    depthOf.set(prefix, depth + 1)
  }
  return (path) => {
    let depth = 1
    for (const [opened, deeper] of depthOf) if (path.startsWith(opened)) depth = Math.max(depth, deeper)
    return path.split('/').length <= depth ? (path.includes('/') ? path.slice(0, path.lastIndexOf('/')) : ROOT_MODULE) : path.split('/').slice(0, depth).join('/')
  }
}

function joinPath(base: string, relative: string): string | undefined {
  const parts = base === '' ? [] : base.split('/')
  for (const part of relative.split('/')) {
    if (part === '..') {
      if (parts.length === 0) return undefined
      parts.pop()
    } else if (part !== '.' && part !== '') parts.push(part)
  }
  return parts.join('/')
}

/** Python packages by name: `peft` is `src/peft/` or `peft/`, wherever its `__init__.py` or module file is. */
function pythonRoots(paths: ReadonlySet<string>): string[] {
  const roots = new Set([''])
  for (const path of paths) {
    const match = /^(.*?\/)?[\w]+\/__init__\.py$/.exec(path)
    if (match && (match[1] === undefined || /(?:^|\/)(?:src|lib|python)\/$/.test(match[1]))) roots.add(match[1] ?? '')
  }
  return [...roots]
}

function resolvePython(specifier: string, from: string, paths: ReadonlySet<string>, roots: readonly string[]): string | undefined {
  const dots = /^\.*/.exec(specifier)?.[0].length ?? 0
  const rest = specifier.slice(dots).split('.').filter((part) => part !== '')
  const candidates = (base: string): string | undefined => {
    for (let length = rest.length; length >= (dots > 0 ? 0 : 1); length--) {
      const stem = [base, ...rest.slice(0, length)].filter((part) => part !== '').join('/')
      for (const candidate of [`${stem}.py`, `${stem}/__init__.py`]) if (paths.has(candidate)) return candidate
    }
    return undefined
  }
  if (dots > 0) {
    const folder = from.includes('/') ? from.slice(0, from.lastIndexOf('/')) : ''
    const base = joinPath(folder, '../'.repeat(dots - 1))
    return base === undefined ? undefined : candidates(base)
  }
  for (const root of roots) {
    const found = candidates(root.replace(/\/$/, ''))
    if (found !== undefined) return found
  }
  return undefined
}

function resolveJs(specifier: string, from: string, paths: ReadonlySet<string>): string | undefined {
  if (!specifier.startsWith('.')) return undefined
  const folder = from.includes('/') ? from.slice(0, from.lastIndexOf('/')) : ''
  const joined = joinPath(folder, specifier.replace(/\.js$/, ''))
  if (joined === undefined) return undefined
  for (const extension of JS_EXTENSIONS) if (paths.has(`${joined}${extension}`)) return `${joined}${extension}`
  return paths.has(joined) ? joined : undefined
}

/** Tarjan's strongly connected components over the module graph; the ones with two or more modules are cycles. */
function cyclesOf(nodes: readonly string[], edges: ReadonlyMap<string, ReadonlySet<string>>): string[][] {
  let index = 0
  const indexOf = new Map<string, number>()
  const low = new Map<string, number>()
  const stack: string[] = []
  const onStack = new Set<string>()
  const found: string[][] = []
  const visit = (node: string): void => {
    indexOf.set(node, index)
    low.set(node, index++)
    stack.push(node)
    onStack.add(node)
    for (const next of edges.get(node) ?? []) {
      if (!indexOf.has(next)) {
        visit(next)
        low.set(node, Math.min(low.get(node) as number, low.get(next) as number))
      } else if (onStack.has(next)) low.set(node, Math.min(low.get(node) as number, indexOf.get(next) as number))
    }
    if (low.get(node) === indexOf.get(node)) {
      const component: string[] = []
      let member: string | undefined
      do {
        member = stack.pop() as string
        onStack.delete(member)
        component.push(member)
      } while (member !== node)
      if (component.length > 1) found.push(component.sort())
    }
  }
  for (const node of nodes) if (!indexOf.has(node)) visit(node)
  return found.sort((a, b) => b.length - a.length || (a[0] ?? '').localeCompare(b[0] ?? ''))
}

/** Modules, the imports between them, their cycles and the largest files, from imports read as text. */
export function buildModularity(files: readonly CodeFile[], paths: ReadonlySet<string>): Modularity {
  const moduleOf = moduleNamer(files)
  const roots = pythonRoots(paths)
  const summaries = new Map<string, { files: number; lines: number; importsOut: number; importsIn: number }>()
  const edgeCounts = new Map<string, number>()
  let resolved = 0
  let total = 0
  for (const file of files) {
    const module = moduleOf(file.path)
    const summary = summaries.get(module) ?? { files: 0, lines: 0, importsOut: 0, importsIn: 0 }
    summary.files++
    summary.lines += file.lines
    summaries.set(module, summary)
  }
  for (const file of files) {
    const from = moduleOf(file.path)
    // A package's __init__.py or index.ts re-exports its parts: a door, not a dependency, and
    // counted it would tie every package to its subpackages in one cycle.
    const reexports = REEXPORTING.test(file.path)
    for (const written of file.imports) {
      total++
      const target = written.language === 'python' ? resolvePython(written.specifier, file.path, paths, roots) : resolveJs(written.specifier, file.path, paths)
      if (target === undefined) continue
      resolved++
      const to = moduleOf(target)
      if (to === from || !summaries.has(to) || reexports) continue
      const key = `${from}\u0000${to}`
      edgeCounts.set(key, (edgeCounts.get(key) ?? 0) + 1)
      ;(summaries.get(from) as { importsOut: number }).importsOut++
      ;(summaries.get(to) as { importsIn: number }).importsIn++
    }
  }
  const edges = [...edgeCounts].map(([key, imports]) => {
    const [from, to] = key.split('\u0000') as [string, string]
    return { from, to, imports }
  }).sort((a, b) => b.imports - a.imports || a.from.localeCompare(b.from) || a.to.localeCompare(b.to))
  const adjacency = new Map<string, Set<string>>()
  for (const edge of edges) adjacency.set(edge.from, new Set([...(adjacency.get(edge.from) ?? []), edge.to]))
  const modules = [...summaries].map(([path, summary]) => ({ path, ...summary })).sort((a, b) => b.lines - a.lines || a.path.localeCompare(b.path))
  return {
    modules: modules.slice(0, MAX_MODULES),
    edges: edges.slice(0, MAX_EDGES),
    cycles: cyclesOf(modules.map((module) => module.path), adjacency),
    largestFiles: [...files].sort((a, b) => b.lines - a.lines || a.path.localeCompare(b.path)).slice(0, LARGEST_FILES).map((file) => ({ path: file.path, lines: file.lines })),
    resolvedImports: resolved,
    totalImports: total,
  }
}
