import { execFileSync } from 'node:child_process'
import { formatMs } from './format.mjs'
import { runOnce } from './measure.mjs'
import { markdownLinkCheckCommand } from './tools.mjs'

// markdown-link-check as the popular CI recipes run it: one process per Markdown file
// (`find . -name '*.md' -exec markdown-link-check {} \;`). Timing that on every file of a large
// tree would take many minutes, so a fixed, evenly spread sample is timed and the mean cost of
// one file is scaled by each tree's Markdown file count.

export async function markdownLinkCheckPerFileCost(tree, { sampleSize, configFile, scratch, env }) {
  const markdown = execFileSync('git', ['-C', tree.root, 'ls-files', '-z', '--', '*.md'], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 })
    .split('\0')
    .filter((path) => path !== '')
  const step = Math.max(1, Math.floor(markdown.length / sampleSize))
  const sample = markdown.filter((_, index) => index % step === 0).slice(0, sampleSize)
  let totalMs = 0
  for (const [index, path] of sample.entries()) {
    const result = await runOnce(markdownLinkCheckCommand([path], configFile, tree.root), { cwd: tree.root, env, scratch, label: `mlc-per-file-${index}` })
    if (result.exitCode !== 0 && result.exitCode !== 1) throw new Error(`markdown-link-check failed on ${path} with exit code ${result.exitCode}`)
    totalMs += result.wallMs
  }
  const perFileMs = totalMs / sample.length
  return { perFileMs, sampleSize: sample.length, describe: `${formatMs(perFileMs)} per file (mean of ${sample.length} files of ${tree.name})` }
}
