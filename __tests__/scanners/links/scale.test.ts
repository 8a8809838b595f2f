import { describe, expect, it } from 'vitest'
import { performance } from 'node:perf_hooks'
import { scanLinks } from './link-harness.js'

/**
 * A 40,000-path tree with 2,000 Markdown files, every one with working links, anchors and one
 * broken link that needs a suggestion: the check must stay linear in practice.
 */
function bigTree(): { files: Record<string, string>; binary: string[] } {
  const files: Record<string, string> = {}
  const binary: string[] = []
  for (let directory = 0; directory < 200; directory++) {
    for (let page = 0; page < 10; page++) {
      const path = `docs/section-${directory}/page-${page}.md`
      const next = `../section-${(directory + 1) % 200}/page-${(page + 1) % 10}.md`
      files[path] = [
        `# Page ${directory}.${page}`,
        '',
        ...Array.from({ length: 12 }, (_, heading) => `## Topic ${heading}\n\nText with [next](${next}#topic-${heading}) and \`code\` and [self](#topic-${heading}).\n`),
        `![img](../../assets/img-${directory}-${page}.png) [typo](page-${(page + 1) % 10}.mdd) [anchor typo](${next}#topic-1O)`,
        '',
      ].join('\n')
      binary.push(`assets/img-${directory}-${page}.png`)
    }
  }
  const documents = Object.keys(files).length
  for (let index = 0; binary.length + documents < 40_000; index++) binary.push(`src/module-${index % 500}/file-${index}.ts`)
  return { files, binary }
}

describe('scale', () => {
  it('checks 40,000 paths and 2,000 documents quickly, finding every planted break', async () => {
    const { files, binary } = bigTree()
    const started = performance.now()
    const result = await scanLinks(files, { binary })
    const elapsed = performance.now() - started
    expect(result.brokenCount).toBe(4000)
    expect(result.totals.checked).toBe(2000 * (12 * 2 + 3))
    expect(result.findings.filter((finding) => finding.suggestion !== undefined)).toHaveLength(4000)
    // About half a second on a laptop; the bound only catches quadratic regressions.
    expect(elapsed).toBeLessThan(5_000)
  })
})
