// Keeps the README's inputs and outputs tables equal to action.yml.
// `node scripts/readme-tables.mjs` rewrites them; the test suite fails when they drift.
import { readFileSync, writeFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parse } from 'yaml'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const cell = (text) => String(text).replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ').trim()

export function renderTables(actionYaml) {
  const action = parse(actionYaml)
  const inputs = Object.entries(action.inputs).map(
    ([name, spec]) => `| \`${name}\` | ${spec.default === '' || spec.default === undefined ? '' : `\`${cell(spec.default)}\``} | ${cell(spec.description)} |`,
  )
  const outputs = Object.entries(action.outputs).map(([name, spec]) => `| \`${name}\` | ${cell(spec.description)} |`)
  return {
    inputs: ['| Input | action.yml default | Meaning |', '|---|---|---|', ...inputs].join('\n'),
    outputs: ['| Output | Meaning |', '|---|---|', ...outputs].join('\n'),
  }
}

export function replaceBetween(text, marker, content) {
  const start = `<!-- ${marker}:start -->`
  const end = `<!-- ${marker}:end -->`
  const from = text.indexOf(start)
  const to = text.indexOf(end)
  if (from === -1 || to === -1) throw new Error(`README.md lacks the ${start} … ${end} markers`)
  return `${text.slice(0, from + start.length)}\n${content}\n${text.slice(to)}`
}

export function readmeWithTables(readme, actionYaml) {
  const tables = renderTables(actionYaml)
  return replaceBetween(replaceBetween(readme, 'inputs', tables.inputs), 'outputs', tables.outputs)
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const readmePath = join(root, 'README.md')
  const updated = readmeWithTables(readFileSync(readmePath, 'utf8'), readFileSync(join(root, 'action.yml'), 'utf8'))
  writeFileSync(readmePath, updated)
}
