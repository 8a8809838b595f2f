#!/usr/bin/env node
// Writes one synthetic tree without timing anything: `node bench/generate.mjs DIR [--files N]
// [--seed S] [--mix default|markdown-heavy]`. Prints the manifest (expected findings) as JSON.
import { parseArgs } from 'node:util'
import { resolve } from 'node:path'
import { generateTree } from './lib/generate-tree.mjs'

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { files: { type: 'string', default: '2000' }, seed: { type: 'string', default: '1' }, mix: { type: 'string', default: 'default' } },
})
if (positionals.length !== 1) {
  console.error('Usage: node bench/generate.mjs DIR [--files N] [--seed S] [--mix default|markdown-heavy]')
  process.exit(2)
}
const manifest = generateTree({ root: resolve(positionals[0]), files: Number(values.files), seed: Number(values.seed), mix: values.mix })
process.stdout.write(`${JSON.stringify(manifest, null, 1)}\n`)
