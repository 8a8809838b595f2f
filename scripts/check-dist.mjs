// Fails when dist/ is not exactly what `npm run build` makes from src/: the action runs dist/, not src/.
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, rmSync, existsSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const fresh = mkdtempSync(join(tmpdir(), 'repo-audit-dist-'))
try {
  execFileSync(process.execPath, [join(root, 'scripts/build.mjs'), fresh], { stdio: 'inherit' })
  const committed = join(root, 'dist')
  const names = new Set([...readdirSync(fresh), ...(existsSync(committed) ? readdirSync(committed) : [])])
  const stale = [...names].filter((name) => {
    const a = join(fresh, name)
    const b = join(committed, name)
    if (!existsSync(a) || !existsSync(b)) return true
    return !readFileSync(a).equals(readFileSync(b))
  })
  if (stale.length > 0) {
    console.error(`dist/ is stale: ${stale.join(', ')} differ from a fresh build. Run 'npm run build' and commit dist/.`)
    process.exitCode = 1
  } else {
    console.log('dist/ matches a fresh build of src/.')
  }
} finally {
  rmSync(fresh, { recursive: true, force: true })
}
