import { symlinkSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { MAX_CONFIG_BYTES, loadConfig, parseConfig } from '../../src/options/config-file.js'
import { ConfigFileError } from '../../src/options/settings-error.js'
import { writeFixture } from '../helpers/fixture.js'

describe('parseConfig', () => {
  it('keeps each key with the line it stands on', () => {
    const config = parseConfig('checks: [placeholders]\n\nplaceholders:\n  tags: [TODO]\n', 'repo-audit.yml')
    expect(config.fields.get('checks')?.where).toBe("key 'checks' in repo-audit.yml line 1")
    const section = config.fields.get('placeholders')
    expect(section?.children?.get('tags')).toEqual({ value: ['TODO'], where: "key 'placeholders.tags' in repo-audit.yml line 4" })
  })

  it('names the file and line of invalid YAML', () => {
    expect(() => parseConfig('checks: [a, b\nmax-placeholders: 3\n', 'cfg.yml')).toThrow(ConfigFileError)
    expect(() => parseConfig('a: 1\na: 2\n', 'cfg.yml')).toThrow(/cfg\.yml line 2: invalid YAML/)
  })

  it('rejects a top level that is not a mapping', () => {
    expect(() => parseConfig('- a\n- b\n', 'cfg.yml')).toThrow(/cfg\.yml line 1: the top level must be a mapping/)
  })

  it('treats an empty file as no settings', () => {
    expect(parseConfig('', 'cfg.yml').fields.size).toBe(0)
    expect(parseConfig('# only a comment\n', 'cfg.yml').fields.size).toBe(0)
  })
})

describe('parseConfig and YAML aliases', () => {
  it('resolves valid aliases, for lists and for whole sections', () => {
    const config = parseConfig('include: &globs [src/**, docs/**]\nexclude: *globs\nplaceholders: &section\n  tags: [TODO]\nrepo-map:\n  exclude: *globs\n', 'cfg.yml')
    expect(config.fields.get('exclude')?.value).toEqual(['src/**', 'docs/**'])
    expect(config.fields.get('repo-map')?.children?.get('exclude')?.value).toEqual(['src/**', 'docs/**'])
    const sectionAlias = parseConfig('placeholders: &p\n  tags: [TODO]\nlinks: *p\n', 'cfg.yml')
    expect(sectionAlias.fields.get('links')?.children?.get('tags')?.value).toEqual(['TODO'])
  })

  it('refuses a billion-laughs config quickly and says why', () => {
    const levels = 'abcdefghij'.split('')
    const text = ['a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]', ...levels.slice(1).map((name, i) => `${name}: &${name} [${Array(9).fill(`*${levels[i]}`).join(', ')}]`)].join('\n')
    const started = Date.now()
    expect(() => parseConfig(text, 'cfg.yml')).toThrow(ConfigFileError)
    expect(() => parseConfig(text, 'cfg.yml')).toThrow(/cfg\.yml line \d+: its aliases expand to too many values \(at most 100 per setting\)/)
    expect(Date.now() - started).toBeLessThan(2000)
  })

  it('refuses nesting deeper than 32 levels, flow or block, with the line', () => {
    expect(() => parseConfig(`a: ${'['.repeat(40)}${']'.repeat(40)}\n`, 'cfg.yml')).toThrow(/cfg\.yml line 1: nested deeper than 32 levels/)
    const block = Array.from({ length: 40 }, (_, i) => `${'  '.repeat(i)}k${i}:`).join('\n') + ' 1\n'
    expect(() => parseConfig(block, 'cfg.yml')).toThrow(/nested deeper than 32 levels/)
    expect(() => parseConfig(`a: ${'['.repeat(5000)}${']'.repeat(5000)}\n`, 'cfg.yml')).toThrow(/cfg\.yml line 1: nested (too deeply to parse|deeper than 32 levels)/)
  })
})

describe('loadConfig', () => {
  it('prefers .github/repo-audit.yml over repo-audit.yml', async () => {
    const root = writeFixture({ '.github/repo-audit.yml': 'max-placeholders: 1\n', 'repo-audit.yml': 'max-placeholders: 2\n' })
    const config = await loadConfig(root, undefined, root)
    expect(config?.file).toBe('.github/repo-audit.yml')
    expect(config?.fields.get('max-placeholders')?.value).toBe(1)
  })

  it('falls back to repo-audit.yml, and to nothing', async () => {
    const root = writeFixture({ 'repo-audit.yml': 'max-placeholders: 2\n' })
    expect((await loadConfig(root, undefined, root))?.file).toBe('repo-audit.yml')
    expect(await loadConfig(writeFixture({ 'a.txt': '' }), undefined, root)).toBeUndefined()
  })

  it('fails when an explicit config file is missing, naming it', async () => {
    const root = writeFixture({ 'a.txt': '' })
    await expect(loadConfig(root, 'ci/audit.yml', root)).rejects.toThrow(/ci\/audit\.yml: not found/)
  })

  it.skipIf(process.platform === 'win32')('refuses a default config that links outside the root, without reading or showing it', async () => {
    const outside = writeFixture({ 'secret.yml': 'CANARY: [unclosed\n' })
    const root = writeFixture({ 'a.txt': '' })
    symlinkSync(join(outside, 'secret.yml'), join(root, 'repo-audit.yml'))
    const failure = await loadConfig(root, undefined, root).catch((error: unknown) => error as Error)
    expect(failure).toBeInstanceOf(ConfigFileError)
    expect((failure as Error).message).toBe('Config file repo-audit.yml: is a symbolic link that leads outside the audited root, so it is not read')
    await expect(loadConfig(root, 'repo-audit.yml', root)).rejects.toThrow(/leads outside the audited root/)
  })

  it.skipIf(process.platform === 'win32')('refuses a config that is a device, a directory or too large, and follows links inside the root', async () => {
    const root = writeFixture({ '.github/repo-audit.yml/x': '', 'real.yml': 'max-placeholders: 4\n', 'big.yml': `#${'x'.repeat(MAX_CONFIG_BYTES)}` })
    await expect(loadConfig(root, undefined, root)).rejects.toThrow(/\.github\/repo-audit\.yml: is not a regular file/)
    await expect(loadConfig(root, '/dev/zero', root)).rejects.toThrow(/dev\/zero: is not a regular file/)
    await expect(loadConfig(root, 'big.yml', root)).rejects.toThrow(/big\.yml: is larger than 1 MiB/)
    const other = writeFixture({ 'cfg/real.yml': 'max-placeholders: 4\n' })
    symlinkSync('cfg/real.yml', join(other, 'repo-audit.yml'))
    expect((await loadConfig(other, undefined, other))?.fields.get('max-placeholders')?.value).toBe(4)
  })

  it('reads an explicit config outside the root, the user\'s choice', async () => {
    const elsewhere = writeFixture({ 'audit.yml': 'max-placeholders: 7\n' })
    const root = writeFixture({ 'a.txt': '' })
    expect((await loadConfig(root, join(elsewhere, 'audit.yml'), root))?.fields.get('max-placeholders')?.value).toBe(7)
  })
})
