import { describe, expect, it } from 'vitest'
import { runAudit } from '../../../src/engine/run-audit.js'
import type { BrokenLinkReason } from '../../../src/scanners/links/link-result.js'
import { linkScanner } from '../../../src/scanners/links/link-scanner.js'
import { writeGitFixture } from '../../helpers/fixture.js'
import { testOptions } from '../../helpers/options.js'
import { ONE_THREAD } from '../../helpers/threads.js'

const environment = { toolVersion: '0.0.0-test', env: { GITHUB_REPOSITORY: 'octo/planted' }, now: () => new Date('2026-01-02T03:04:05Z'), threads: ONE_THREAD }

const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d])

/**
 * A documentation tree full of links GitHub resolves (custom ids, HTML anchors, root-relative
 * paths, reference links, same-repository URLs, line anchors, repeated headings) with a known set
 * of broken ones planted among them.
 */
const TREE: Record<string, string | Buffer> = {
  'README.md': [
    '# Planted 😄',
    '',
    '[Start here](docs/getting-started.md) · [Config][config] · [Guide](docs/guide/configuraton.md) · [API](docs/API/reference.md)',
    '',
    '<p align="center"><img src="docs/img/diagram.png" alt="diagram"></p>',
    '',
    '- [Issues](../../issues) and [wiki](../../wiki) live on GitHub.',
    '- [Contributing](CONTRIBUTING.md#how-to-help) and [license](LICENSE)',
    '- [Empty]()',
    '- [Main loop](src/main.ts#L3-L5) and [the docs folder](docs/)',
    '',
    '```md',
    '[not a link](nowhere.md)',
    '```',
    '',
    '<!-- [commented out](nowhere.md) -->',
    '',
    '[config]: docs/guide/configuration.md#options',
    '',
  ].join('\n'),
  'CONTRIBUTING.md': [
    '# Contributing',
    '',
    '## How to help',
    '',
    'Read https://github.com/octo/planted/blob/main/docs/index.md#welcome first.',
    'Old notes: https://github.com/octo/planted/blob/main/docs/gone.md',
    'Tagged: https://github.com/octo/planted/blob/v0.1.0/docs/removed-long-ago.md',
    '',
  ].join('\n'),
  LICENSE: 'MIT\n',
  'docs/index.md': [
    '---',
    'title: Welcome',
    '---',
    '# Welcome',
    '',
    '[Start](getting-started.md#installation) · [Start, typo](getting-started.md#instalation) · [Top](#welcome)',
    '[Français](fr/index.md#résumé) · [Advanced](guide/advanced.md#tuning-the-cache)',
    '',
  ].join('\n'),
  'docs/getting-started.md': [
    '# Getting started',
    '',
    '## Installation {#installation}',
    '',
    '## Usage',
    '',
    '### Example',
    '',
    '### Example',
    '',
    'See [the second example](#example-1), [the loop](../src/main.ts#L2), [too far](../src/main.ts#L40).',
    'Root-relative: [contributing](/CONTRIBUTING.md) and [image](/docs/img/diagram.png).',
    '',
  ].join('\n'),
  'docs/guide/configuration.md': [
    '# Configuration',
    '',
    '## Options',
    '',
    '| Option | See |',
    '|---|---|',
    '| `cache` | [tuning](./advanced.md#tuning-the-cache) |',
    '| `depth` | [tuning](./advanced.md#tuning-the-cahce) |',
    '',
    '<a name="legacy-options"></a>',
    '',
  ].join('\n'),
  'docs/guide/advanced.md': [
    '# Advanced',
    '',
    '## Tuning the cache',
    '',
    '![diagram](../img/diagram.png) ![typo](../img/diagam.png)',
    '',
    '[legacy](configuration.md#legacy-options) [up and out](../../../outside.md)',
    '',
    '> Note: [back to options](configuration.md#user-content-options)',
    '',
  ].join('\n'),
  'docs/api/reference.md': [
    '# API reference',
    '',
    'Uses [the configuration][cfg] and [more][cfg].',
    '',
    '<details><summary>More</summary>',
    '',
    '<a href="../index.md#welcome">home</a> <a href="../index.md#nowhere">nowhere</a>',
    '',
    '</details>',
    '',
    '[cfg]: ../guide/configuration.md#no-such-option',
    '',
  ].join('\n'),
  'docs/fr/index.md': ['# Résumé', '', '## Привет мир', '', '[ok](#привет-мир) [planted](#resume)', ''].join('\n'),
  'docs/img/diagram.png': PNG,
  'examples/basic/README.md': '# Basic\n\n[root](/docs/missing.md) [index](/docs/index.md) [up](../../README.md#planted-)\n',
  'src/main.ts': 'export function main(): void {\n  for (;;) {\n    break\n  }\n}\n',
}

interface Planted {
  readonly path: string
  readonly target: string
  readonly reason: BrokenLinkReason
}

const PLANTED: readonly Planted[] = [
  { path: 'README.md', target: 'docs/guide/configuraton.md', reason: 'missing-file' },
  { path: 'README.md', target: 'docs/API/reference.md', reason: 'case-mismatch' },
  { path: 'README.md', target: '', reason: 'empty-target' },
  { path: 'CONTRIBUTING.md', target: 'https://github.com/octo/planted/blob/main/docs/gone.md', reason: 'missing-file' },
  { path: 'docs/index.md', target: 'getting-started.md#instalation', reason: 'missing-anchor' },
  { path: 'docs/getting-started.md', target: '../src/main.ts#L40', reason: 'bad-line-anchor' },
  { path: 'docs/guide/configuration.md', target: './advanced.md#tuning-the-cahce', reason: 'missing-anchor' },
  { path: 'docs/guide/advanced.md', target: '../img/diagam.png', reason: 'missing-file' },
  { path: 'docs/guide/advanced.md', target: '../../../outside.md', reason: 'outside-repo' },
  { path: 'docs/api/reference.md', target: '../guide/configuration.md#no-such-option', reason: 'missing-anchor' },
  { path: 'docs/api/reference.md', target: '../index.md#nowhere', reason: 'missing-anchor' },
  { path: 'docs/fr/index.md', target: '#resume', reason: 'missing-anchor' },
  { path: 'examples/basic/README.md', target: '/docs/missing.md', reason: 'missing-file' },
]

/** The 1-based line of the file that holds the planted target (as written in the source). */
function lineOf(planted: Planted): number {
  const lines = String(TREE[planted.path]).split('\n')
  const needle = planted.target === '' ? '()' : planted.target.startsWith('../guide/configuration.md#') ? `]: ${planted.target}` : planted.target
  const index = lines.findIndex((line) => line.includes(needle))
  if (index === -1) throw new Error(`planted target ${planted.target} is not in ${planted.path}`)
  return index + 1
}

describe('planted broken links', () => {
  it('finds every planted broken link and nothing else', async () => {
    const root = writeGitFixture(TREE)
    const report = await runAudit(testOptions(root, ['links']), [linkScanner], environment)
    const links = report.links
    expect(report.errors).toEqual([])
    expect(links?.findings.map((finding) => `${finding.path}:${finding.line} ${finding.reason} ${finding.target}`).sort()).toEqual(
      PLANTED.map((planted) => `${planted.path}:${lineOf(planted)} ${planted.reason} ${planted.target}`).sort(),
    )
    expect(links?.brokenCount).toBe(PLANTED.length)
    expect(links?.totals.skipped).toEqual({ 'other-ref': 1 })
    expect(links?.totals.external).toEqual({ count: 2, byHost: { 'github.com': 2 } })
    expect(report.gates.find((gate) => gate.name === 'max-broken-links')).toMatchObject({ value: PLANTED.length, passed: false })
  })

  it('offers the suggestions a maintainer would want', async () => {
    const root = writeGitFixture(TREE)
    const report = await runAudit(testOptions(root, ['links']), [linkScanner], environment)
    const suggestions = Object.fromEntries((report.links?.findings ?? []).map((finding) => [finding.target, finding.suggestion]))
    expect(suggestions).toMatchObject({
      'docs/guide/configuraton.md': 'docs/guide/configuration.md',
      'docs/API/reference.md': 'docs/api/reference.md',
      'getting-started.md#instalation': 'getting-started.md#installation',
      './advanced.md#tuning-the-cahce': 'advanced.md#tuning-the-cache',
      '../img/diagam.png': '../img/diagram.png',
      '#resume': '#résumé',
    })
    expect(suggestions['https://github.com/octo/planted/blob/main/docs/gone.md']).toBeUndefined()
  })
})
