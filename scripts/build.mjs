// Bundles the action (src/index.ts), the CLI (src/cli.ts) and the placeholder scan worker with ncc into one directory.
// `node scripts/build.mjs [outDir]`: check-dist builds into a temporary directory and compares.
import ncc from '@vercel/ncc'
import { chmod, mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises'
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
/** Package root → its licence block, over every entry's modules. */
const licenses = new Map()

/**
 * ncc's licence file is written once per chunk under one name, so with chunks it keeps only the
 * last chunk's packages. The licences are taken from the compilation's own module list instead:
 * each bundled package's name, licence and licence file, as ncc writes them.
 */
async function collectLicenses(stats) {
  for (const module of stats.compilation.modules) {
    const resource = module.resource
    if (typeof resource !== 'string' || !resource.includes('/node_modules/')) continue
    const inside = resource.slice(resource.lastIndexOf('/node_modules/') + '/node_modules/'.length).split('/')
    const name = inside[0].startsWith('@') ? `${inside[0]}/${inside[1]}` : inside[0]
    const packageRoot = resource.slice(0, resource.lastIndexOf('/node_modules/') + '/node_modules/'.length) + name
    if (licenses.has(packageRoot)) continue
    const manifest = JSON.parse(await readFile(join(packageRoot, 'package.json'), 'utf8'))
    const licenseFile = (await readdir(packageRoot)).filter((file) => /^licen[cs]e/i.test(file)).sort()[0]
    const text = licenseFile === undefined ? '' : (await readFile(join(packageRoot, licenseFile), 'utf8')).trim()
    const license = typeof manifest.license === 'string' ? manifest.license : (manifest.license?.type ?? 'UNKNOWN')
    licenses.set(packageRoot, [manifest.name ?? name, license, text].filter((line) => line !== '').join('\n'))
  }
}
for (const entry of entries) {
  const { code, assets, stats } = await ncc(join(root, entry.source), {
    minify: false,
    sourceMap: false,
    target: 'es2022',
    quiet: true,
  })
  await collectLicenses(stats)
  // Scanners load on demand (src/scanners/registry.ts), so ncc splits them into chunks it names
  // `<id>.index.js` for every entry. Two entries' chunks may share an id with different contents,
  // so each entry's chunks are named after it (`cli.246.js`) and its loader is pointed at them.
  const prefix = entry.output.replace(/\.js$/, '')
  const chunkName = /^(\d+)\.index\.js$/
  const loader = 'return "" + chunkId + ".index.js";'
  const hasChunks = Object.keys(assets).some((name) => chunkName.test(name))
  if (hasChunks && code.split(loader).length !== 2) throw new Error(`ncc's chunk loader for ${entry.source} changed shape; update scripts/build.mjs`)
  const entryCode = hasChunks ? code.replace(loader, `return "${prefix}." + chunkId + ".js";`) : code
  const target = join(outDir, entry.output)
  await writeFile(target, entryCode.startsWith('#!') || !entry.executable ? entryCode : `#!/usr/bin/env node\n${entryCode}`)
  if (entry.executable) await chmod(target, 0o755)
  for (const [name, asset] of Object.entries(assets)) {
    const chunk = chunkName.exec(name)
    if (chunk !== null) {
      await writeFile(join(outDir, `${prefix}.${chunk[1]}.js`), asset.source)
    } else if (name !== 'package.json') {
      throw new Error(`ncc emitted an unexpected asset ${name} for ${entry.source}; add it to scripts/build.mjs deliberately`)
    }
  }
}
await writeFile(join(outDir, 'licenses.txt'), [...new Set(licenses.values())].sort().join('\n\n') + '\n')
await writeFile(join(outDir, 'package.json'), '{\n  "type": "module"\n}\n')
