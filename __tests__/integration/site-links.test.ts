import { readFileSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { writeGitFixture } from '../helpers/fixture.js'
import { runAction, type ActionRun } from '../helpers/run-action.js'

const runs: ActionRun[] = []
afterEach(() => {
  for (const run of runs.splice(0)) rmSync(run.runnerTemp, { recursive: true, force: true })
})

/** A doc-builder library: extensionless page links that work on its site, one really broken link, and test data. */
const LIBRARY = {
  'README.md': '# Lib\n\nRead [the docs](docs/source/en/index.md).\n',
  'docs/source/en/_toctree.yml': '- sections:\n  - local: index\n  - local: guide\n',
  'docs/source/en/index.md': '# Lib\n\n[guide](./guide) [setup](./guide#setup) [api](./api_reference)\n',
  'docs/source/en/guide.md': '# Guide\n\n## Setup [[setup]]\n',
  'tests/fixtures/broken.md': '[planted](nowhere.md)\n',
}

describe('a documentation site through the action', () => {
  it('counts only what is broken on the site, says in one line what works only there, and annotates no note', async () => {
    const workspace = writeGitFixture(LIBRARY)
    const run = await runAction(workspace, { path: '.', checks: 'links', 'max-broken-links': '1' })
    runs.push(run)
    expect(run.status).toBe(0)
    expect(run.outputs['broken-link-count']).toBe('1')
    expect(run.summary).toContain("Judged by their site's rules: doc-builder <code>docs/source/en/&#95;toctree.yml</code>.")
    expect(run.summary).toContain("2 links in <code>docs/source/en/</code> work on the doc-builder site but not in GitHub's file view")
    expect(run.summary).toContain('1 Markdown file of test data left out')
    expect(run.summary).toContain('<code>./api&#95;reference</code> → <code>docs/source/en/api&#95;reference</code>: missing file')
    const annotations = run.stdout.split('\n').filter((line) => /^::(error|warning|notice) /.test(line))
    expect(annotations).toHaveLength(1)
    expect(annotations[0]).toContain('file=docs/source/en/index.md,line=3')
    const report = JSON.parse(readFileSync(run.outputs['report-json'] as string, 'utf8'))
    expect(report.links.githubViewOnlyCount).toBe(2)
    expect(report.links.findings.map((finding: { reason: string }) => finding.reason).sort()).toEqual(['github-view-only', 'github-view-only', 'missing-file'])
    const sarif = JSON.parse(readFileSync(join(run.outputs['report-dir'] as string, 'results.sarif'), 'utf8'))
    const levels = sarif.runs[0].results.map((result: { ruleId: string; level: string }) => `${result.ruleId} ${result.level}`).sort()
    expect(levels).toEqual(['links/github-view-only note', 'links/github-view-only note', 'links/missing-file error'])
  })
})
