import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import { Inputs, Outputs } from '../../src/constants.js'
import { buildOptions } from '../../src/options/build-options.js'
import { parseConfig } from '../../src/options/config-file.js'
import { AVAILABLE_SCANNERS, SCANNER_SECTIONS } from '../../src/scanners/registry.js'
import { writeFixture } from '../helpers/fixture.js'
// @ts-expect-error: a plain .mjs script shared with `node scripts/readme-tables.mjs`, no type declarations
import { readmeWithTables } from '../../scripts/readme-tables.mjs'

const actionYaml = readFileSync(new URL('../../action.yml', import.meta.url), 'utf8')
const action = parse(actionYaml) as { runs: { using: string; main: string }; inputs: Record<string, unknown>; outputs: Record<string, unknown> }

describe('action.yml', () => {
  it('runs the bundled action on node24', () => {
    expect(action.runs).toEqual({ using: 'node24', main: 'dist/index.js' })
  })

  it('declares exactly the inputs and outputs the code uses', () => {
    expect(Object.keys(action.inputs).sort()).toEqual(Object.values(Inputs).sort())
    expect(Object.keys(action.outputs).sort()).toEqual(Object.values(Outputs).sort())
  })
})

describe('README.md', () => {
  const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8')

  it('has inputs and outputs tables equal to action.yml (run `node scripts/readme-tables.mjs`)', () => {
    expect(readme).toBe(readmeWithTables(readme, actionYaml))
  })

  it('shows the set-up commands that CI runs', () => {
    expect(readme).toContain('npm ci')
    expect(readme).toContain('npm test')
    expect(readme).toContain('npx repo-audit .')
    const ci = readFileSync(new URL('../../.ci/run', import.meta.url), 'utf8')
    expect(ci).toMatch(/^npm ci$/m)
    expect(ci).toMatch(/^npm test$/m)
  })
})

describe('README config sample', () => {
  it('is a valid config file', async () => {
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8')
    const section = readme.slice(readme.indexOf('## Config file'))
    const sample = /```yaml\n([\s\S]*?)```/.exec(section)?.[1] ?? ''
    expect(sample).toContain('checklist:')
    const root = writeFixture({ 'README.md': '# x\n' })
    const options = await buildOptions({
      root, rootWhere: 'path', baseDir: root, config: parseConfig(sample, 'README sample'), overrides: new Map(),
      defaultOutputDir: undefined, availableScanners: AVAILABLE_SCANNERS, sections: SCANNER_SECTIONS,
    })
    expect(options.scanners.checklist.disable).toEqual(['codeowners'])
  })
})
