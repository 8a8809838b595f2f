import { execFileSync } from 'node:child_process'
import { mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { formatMs, table } from './format.mjs'
import { SCANNERS } from './tree-bench.mjs'
import { ourCommand } from './tools.mjs'

// `--cpu-prof`: one full audit under V8's sampling profiler, summarised twice: the functions with
// the most self time, and self time per source module. The CLI is one ncc bundle, whose
// `// CONCATENATED MODULE: ./src/...` markers say which source file each bundle line came from.

const MODULE_MARKER = /^;?\/\/ CONCATENATED MODULE: (.+)$/

/** Sorted `[line, module]` pairs of a bundle; empty when the file is not an ncc bundle. */
function moduleMarkers(file) {
  const markers = []
  readFileSync(file, 'utf8').split('\n').forEach((line, index) => {
    const match = MODULE_MARKER.exec(line)
    if (match) markers.push([index, match[1].replace(/^(\.\.\/)+work\/main\//, '').replace(/^\.\//, '')])
  })
  return markers
}

function moduleAt(markers, line) {
  let low = 0
  let high = markers.length - 1
  let found = undefined
  while (low <= high) {
    const middle = (low + high) >> 1
    if (markers[middle][0] <= line) {
      found = markers[middle][1]
      low = middle + 1
    } else {
      high = middle - 1
    }
  }
  return found
}

function shorten(text, length) {
  return text.length <= length ? text : `${text.slice(0, length - 1)}…`
}

function summarise(profile) {
  const markersByUrl = new Map()
  const markersOf = (url) => {
    if (!markersByUrl.has(url)) markersByUrl.set(url, url.startsWith('file://') ? moduleMarkers(fileURLToPath(url)) : [])
    return markersByUrl.get(url)
  }
  const selfByNode = new Map()
  profile.samples.forEach((id, index) => selfByNode.set(id, (selfByNode.get(id) ?? 0) + (profile.timeDeltas[index] ?? 0) / 1000))
  const byNode = new Map(profile.nodes.map((node) => [node.id, node]))
  const byFunction = new Map()
  const byModule = new Map()
  for (const [id, ms] of selfByNode) {
    const { functionName, url, lineNumber } = byNode.get(id).callFrame
    const module = url === '' ? '(native or VM)' : (moduleAt(markersOf(url), lineNumber) ?? url.replace(/^file:\/\//, '').split('/').slice(-2).join('/'))
    const name = `${shorten(functionName || '(anonymous)', 70)}${url === '' ? '' : `  [${module}]`}`
    byFunction.set(name, (byFunction.get(name) ?? 0) + ms)
    byModule.set(module, (byModule.get(module) ?? 0) + ms)
  }
  const ranked = (map) => [...map].sort((a, b) => b[1] - a[1])
  return { functions: ranked(byFunction), modules: ranked(byModule) }
}

export function profileFullAudit(cli, tree, directory, log) {
  rmSync(directory, { recursive: true, force: true })
  mkdirSync(directory, { recursive: true })
  const command = ourCommand(cli, tree.root, SCANNERS)
  try {
    execFileSync(process.execPath, ['--cpu-prof', '--cpu-prof-dir', directory, command.program, ...command.args], { stdio: 'ignore' })
  } catch (error) {
    if (error.status !== 1) throw error
  }
  const file = readdirSync(directory).find((name) => name.endsWith('.cpuprofile'))
  if (file === undefined) throw new Error(`node --cpu-prof wrote no profile into ${directory}`)
  const { functions, modules } = summarise(JSON.parse(readFileSync(join(directory, file), 'utf8')))
  const total = functions.reduce((sum, [, ms]) => sum + ms, 0)
  const rows = (ranked) => ranked.slice(0, 20).map(([name, ms]) => [name, formatMs(ms), `${((ms / total) * 100).toFixed(1)}%`])
  log(`\n## CPU profile of one full audit of ${tree.name} (${formatMs(total)} sampled; ${join(directory, file)}, opens in Chrome DevTools)`)
  log(table(['Function [module] (self time)', 'Self', 'Share'], rows(functions)))
  log('')
  log(table(['Module (self time)', 'Self', 'Share'], rows(modules)))
}
