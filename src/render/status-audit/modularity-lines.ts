import type { Modularity } from '../../scanners/repo-map/modularity/module-graph.js'
import { formatCount } from '../format.js'
import { code } from '../html.js'

const MODULES_SHOWN = 12
const EDGES_SHOWN = 10
const CYCLE_MEMBERS = 6

function name(path: string): string {
  return path === '(root)' ? 'files at the root' : code(`${path}/`)
}

/** Modules of the code with their size and imports, the heaviest imports between them, cycles and the largest files. */
export function modularityLines(modularity: Modularity): string[] {
  if (modularity.modules.length === 0) return []
  const lines = ['', `**Modularity** (Python and JS/TS, imports read as text: ${formatCount(modularity.resolvedImports)} of ${formatCount(modularity.totalImports)} resolve to a file here)`, '']
  lines.push('| Module | Files | Lines | Imports out | Imported by others |', '|---|---:|---:|---:|---:|')
  for (const module of modularity.modules.slice(0, MODULES_SHOWN)) lines.push(`| ${name(module.path)} | ${formatCount(module.files)} | ${formatCount(module.lines)} | ${formatCount(module.importsOut)} | ${formatCount(module.importsIn)} |`)
  if (modularity.edges.length > 0) lines.push('', `Imports between modules: ${modularity.edges.slice(0, EDGES_SHOWN).map((edge) => `${name(edge.from)} → ${name(edge.to)} ${formatCount(edge.imports)}`).join(', ')}.`)
  lines.push('', modularity.cycles.length === 0
    ? 'No import cycle between modules.'
    : `Import cycles between modules: ${modularity.cycles.slice(0, 5).map((cycle) => `${cycle.slice(0, CYCLE_MEMBERS).map(name).join(' ⇄ ')}${cycle.length > CYCLE_MEMBERS ? ` and ${formatCount(cycle.length - CYCLE_MEMBERS)} more` : ''}`).join('; ')}.`)
  lines.push('', `Largest files: ${modularity.largestFiles.map((file) => `${code(file.path)} ${formatCount(file.lines)}`).join(', ')}.`)
  return lines
}
