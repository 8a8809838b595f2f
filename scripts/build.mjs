// Bundles the action (src/index.ts), the CLI (src/cli.ts) and the placeholder scan worker with ncc into one directory.
// `node scripts/build.mjs [outDir]`: check-dist builds into a temporary directory and compares.
import ncc from '@vercel/ncc'
import { mkdir, rm, writeFile, chmod } from 'node:fs/promises'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const outDir = resolve(process.argv[2] ?? join(root, 'dist'))
const entries = [
  { source: 'src/index.ts', output: 'index.js' },
  { source: 'src/cli.ts', output: 'cli.js', executable: true },
  // Loaded by both bundles from their own directory (see PLACEHOLDER_WORKER_SCRIPT).
  { source: 'src/scanners/placeholders/parallel/placeholder-worker.ts', output: 'placeholder-worker.js' },
]

await rm(outDir, { recursive: true, force: true })
await mkdir(outDir, { recursive: true })
const licenses = new Set()
for (const entry of entries) {
  const { code, assets } = await ncc(join(root, entry.source), {
    minify: false,
    sourceMap: false,
    target: 'es2022',
    license: 'licenses.txt',
    quiet: true,
  })
  const target = join(outDir, entry.output)
  await writeFile(target, code.startsWith('#!') || !entry.executable ? code : `#!/usr/bin/env node\n${code}`)
  if (entry.executable) await chmod(target, 0o755)
  for (const [name, asset] of Object.entries(assets)) {
    if (name === 'licenses.txt') {
      for (const block of String(asset.source).split(/\n\n(?=\S)/)) licenses.add(block.trim())
    } else if (name !== 'package.json') {
      throw new Error(`ncc emitted an unexpected asset ${name} for ${entry.source}; add it to scripts/build.mjs deliberately`)
    }
  }
}
await writeFile(join(outDir, 'licenses.txt'), [...licenses].sort().join('\n\n') + '\n')
await writeFile(join(outDir, 'package.json'), '{\n  "type": "module"\n}\n')
