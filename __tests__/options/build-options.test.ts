import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { buildOptions, type OptionSources } from '../../src/options/build-options.js'
import { parseConfig } from '../../src/options/config-file.js'
import type { RawField } from '../../src/options/field-reader.js'
import { SettingsError } from '../../src/options/settings-error.js'
import { AVAILABLE_SCANNERS, SCANNER_SECTIONS } from '../../src/scanners/registry.js'
import { writeFixture } from '../helpers/fixture.js'

function inputs(values: Record<string, string>): Map<string, RawField> {
  return new Map(Object.entries(values).map(([name, value]) => [name, { value, where: `input '${name}'` }]))
}

function sources(root: string, overrides: Partial<OptionSources> = {}): OptionSources {
  return {
    root,
    rootWhere: "input 'path'",
    baseDir: root,
    config: undefined,
    overrides: new Map(),
    defaultOutputDir: undefined,
    availableScanners: AVAILABLE_SCANNERS,
    sections: SCANNER_SECTIONS,
    ...overrides,
  }
}

describe('buildOptions', () => {
  it('refuses a threshold for a scanner that does not run, naming both settings, and takes one that sets no limit', async () => {
    const root = writeFixture({ 'a.txt': '' })
    await expect(buildOptions(sources(root, { overrides: inputs({ checks: 'links', 'max-placeholders': '3' }) })))
      .rejects.toThrow(`Invalid input 'max-placeholders': got 3, but input 'checks' is "links", which does not run placeholders; expected placeholders in checks, or no max-placeholders.`)
    const config = parseConfig('checks: [placeholders]\nmax-checklist-drop: 5\n', 'repo-audit.yml')
    await expect(buildOptions(sources(root, { config }))).rejects.toThrow(/Invalid .*max-checklist-drop.*: got 5, but .*checks.* is "placeholders", which does not run checklist/)
    await expect(buildOptions(sources(root, { overrides: inputs({ checks: 'links', 'max-placeholders': '-1', 'min-checklist-score': '0' }) }))).resolves.toMatchObject({ checks: ['links'] })
  })

  it('uses the documented defaults', async () => {
    const root = writeFixture({ 'a.txt': '' })
    const options = await buildOptions(sources(root))
    expect(options.checks).toEqual(AVAILABLE_SCANNERS)
    expect(options).toMatchObject({ maxPlaceholders: -1, maxBrokenLinks: 0, minChecklistScore: 0, failOnError: true, jobSummary: true, maxFileBytes: 1048576 })
    expect(options.scanners.placeholders.tags).toEqual(['TODO', 'FIXME', 'XXX', 'HACK', 'TBD'])
    expect(options.scanners['repo-map'].depth).toBe(2)
  })

  it('lets inputs override the config file, key by key', async () => {
    const root = writeFixture({ 'a.txt': '' })
    const config = parseConfig('max-placeholders: 5\nmin-checklist-score: 40\nplaceholders:\n  tags: [TODO, NOTE]\n', 'repo-audit.yml')
    const options = await buildOptions(sources(root, { config, overrides: inputs({ 'max-placeholders': '7' }) }))
    expect(options.maxPlaceholders).toBe(7)
    expect(options.minChecklistScore).toBe(40)
    expect(options.scanners.placeholders.tags).toEqual(['TODO', 'NOTE'])
    expect(options.configFile).toBe('repo-audit.yml')
  })

  it('parses checks separated by commas or newlines, in run order', async () => {
    const root = writeFixture({ 'a.txt': '' })
    const options = await buildOptions(sources(root, { overrides: inputs({ checks: 'repo-map,\nplaceholders' }) }))
    expect(options.checks).toEqual(['placeholders', 'repo-map'])
  })

  it.each([
    [{ 'max-placeholders': 'ten' }, "Invalid input 'max-placeholders': got \"ten\"; expected an integer from -1 upward (-1 means no limit)."],
    [{ 'max-placeholders': '-2' }, "Invalid input 'max-placeholders': got \"-2\""],
    [{ 'min-checklist-score': '101' }, 'expected an integer from 0 to 100'],
    [{ 'fail-on-error': 'yes' }, "Invalid input 'fail-on-error': got \"yes\"; expected true or false."],
    [{ checks: 'placeholders,lint' }, "Invalid input 'checks': got unknown value \"lint\"; expected any of placeholders, links, checklist, repo-map."],
  ])('rejects bad input %j with a message naming input, value and what is accepted', async (values, message) => {
    const root = writeFixture({ 'a.txt': '' })
    const attempt = buildOptions(sources(root, { overrides: inputs(values) }))
    await expect(attempt).rejects.toThrow(SettingsError)
    await expect(attempt).rejects.toThrow(message)
  })

  it('names the config key and line of a wrong type or an unknown key', async () => {
    const root = writeFixture({ 'a.txt': '' })
    const wrongType = parseConfig('max-placeholders: 1\nplaceholders:\n  stubs: maybe\n', 'repo-audit.yml')
    await expect(buildOptions(sources(root, { config: wrongType }))).rejects.toThrow(
      "Invalid key 'placeholders.stubs' in repo-audit.yml line 3: got \"maybe\"; expected true or false.",
    )
    const unknown = parseConfig('max-placeholder: 1\n', 'repo-audit.yml')
    await expect(buildOptions(sources(root, { config: unknown }))).rejects.toThrow(/key 'max-placeholder' in repo-audit\.yml line 1: got unknown key "max-placeholder"/)
    const unknownNested = parseConfig('repo-map:\n  depht: 3\n', 'repo-audit.yml')
    await expect(buildOptions(sources(root, { config: unknownNested }))).rejects.toThrow(/key 'repo-map\.depht' in repo-audit\.yml line 2/)
  })

  it('fails before scanning when the path is not a directory', async () => {
    const root = writeFixture({ 'a.txt': '' })
    await expect(buildOptions(sources(join(root, 'missing')))).rejects.toThrow(/Invalid input 'path': got ".*missing"; expected an existing directory to audit/)
  })

  it('creates the output directory, and fails clearly when it cannot', async () => {
    const root = writeFixture({ 'file.txt': 'x' })
    const options = await buildOptions(sources(root, { overrides: inputs({ 'output-dir': 'out/reports' }) }))
    expect(options.outputDir).toBe(join(root, 'out', 'reports'))
    await expect(buildOptions(sources(root, { overrides: inputs({ 'output-dir': 'file.txt/reports' }) }))).rejects.toThrow(
      /Invalid input 'output-dir': got "file.txt\/reports" \(.*\); expected a directory that exists or can be created/,
    )
  })

  it.each([[','], [' , ,'], [',\n,']])('refuses checks %j that names no scanner', async (checks) => {
    const root = writeFixture({ 'a.txt': '' })
    const attempt = buildOptions(sources(root, { overrides: inputs({ checks }) }))
    await expect(attempt).rejects.toThrow(SettingsError)
    await expect(attempt).rejects.toThrow(`expected at least one of ${AVAILABLE_SCANNERS.join(', ')}.`)
  })

  it('refuses an empty checks list in the config file, naming the key', async () => {
    const root = writeFixture({ 'a.txt': '' })
    const config = parseConfig('checks: []\n', 'repo-audit.yml')
    await expect(buildOptions(sources(root, { config }))).rejects.toThrow(/Invalid key 'checks' in repo-audit\.yml line 1: got a list \(\[\]\), which names no scanner; expected at least one of/)
  })

  it('says the path names a file when it does, not that it is missing', async () => {
    const root = writeFixture({ 'a.txt': '' })
    await expect(buildOptions(sources(join(root, 'a.txt')))).rejects.toThrow(/Invalid input 'path': got ".*a\.txt", which names a file; expected a directory to audit\./)
  })

  it('caps max-file-size at 256 MiB and says so', async () => {
    const root = writeFixture({ 'a.txt': '' })
    const at = parseConfig('max-file-size: 268435456\n', 'repo-audit.yml')
    expect((await buildOptions(sources(root, { config: at }))).maxFileBytes).toBe(268435456)
    const over = parseConfig('max-file-size: 600000000\n', 'repo-audit.yml')
    await expect(buildOptions(sources(root, { config: over }))).rejects.toThrow(
      "Invalid key 'max-file-size' in repo-audit.yml line 1: got 600000000; expected an integer from 1 to 268435456 (bytes, at most 256 MiB).",
    )
  })

  it('keeps a config output-dir inside the workspace by default and refuses one outside', async () => {
    const root = writeFixture({ 'a.txt': '' })
    const inside = parseConfig('output-dir: audit-out\n', 'repo-audit.yml')
    expect((await buildOptions(sources(root, { config: inside }))).outputDir).toBe(join(root, 'audit-out'))
    const outside = parseConfig('output-dir: ../../../../x\n', 'repo-audit.yml')
    await expect(buildOptions(sources(root, { config: outside }))).rejects.toThrow(/Invalid key 'output-dir' in repo-audit\.yml line 1: got "\.\.\/\.\.\/\.\.\/\.\.\/x"; expected a directory inside the workspace/)
  })

  it("reads an ignored config output-dir's type all the same, and writes nowhere", async () => {
    const root = writeFixture({ 'a.txt': '' })
    const config = parseConfig('output-dir: audit-out\n', 'repo-audit.yml')
    expect((await buildOptions(sources(root, { config, configOutputDir: 'ignored' }))).outputDir).toBeUndefined()
    const wrong = parseConfig('output-dir: [a]\n', 'repo-audit.yml')
    await expect(buildOptions(sources(root, { config: wrong, configOutputDir: 'ignored' }))).rejects.toThrow(/expected a string/)
  })
})

describe('settings errors', () => {
  it('are all told at once, unknown keys with the key they most likely meant', async () => {
    const root = writeFixture({ 'a.txt': '' })
    const config = parseConfig('max-placeholder: 3\nsarif: maybe\nplaceholders:\n  tag: [TODO]\n', 'repo-audit.yml')
    const error = await buildOptions(sources(root, { config })).catch((caught: unknown) => caught)
    expect(error).toBeInstanceOf(SettingsError)
    const message = (error as Error).message
    expect(message.split('\n')[0]).toBe('3 settings are invalid:')
    expect(message).toContain('(did you mean "max-placeholders"?)')
    expect(message).toContain('(did you mean "tags"?)')
    expect(message).toContain("Invalid key 'sarif' in repo-audit.yml line 2: got \"maybe\"; expected true or false.")
    const far = await buildOptions(sources(root, { config: parseConfig('zzz: 1\n', 'repo-audit.yml') })).catch((caught: unknown) => caught)
    expect((far as Error).message).not.toContain('did you mean')
  })
})
