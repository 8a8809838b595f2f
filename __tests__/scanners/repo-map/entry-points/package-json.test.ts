import { describe, expect, it } from 'vitest'
import { packageJsonEntryPoints } from '../../../../src/scanners/repo-map/entry-points/package-json.js'
import { jsonKeyLines } from '../../../../src/scanners/repo-map/entry-points/json-key-lines.js'
import { FileParseError } from '../../../../src/report/file-parse-error.js'

describe('packageJsonEntryPoints', () => {
  it('reads a bin map and main with the lines they are declared on', () => {
    const text = [
      '{',
      '  "name": "repo-audit",',
      '  "description": "has \\"bin\\": inside a string",',
      '  "main": "dist/index.js",',
      '  "bin": {',
      '    "repo-audit": "dist/cli.js",',
      '    "ra": "dist/short.js"',
      '  },',
      '  "scripts": { "main": "not this one" }',
      '}',
    ].join('\n')
    expect(packageJsonEntryPoints('package.json', text)).toEqual([
      { kind: 'npm-bin', path: 'package.json', line: 6, name: 'repo-audit', target: 'dist/cli.js' },
      { kind: 'npm-bin', path: 'package.json', line: 7, name: 'ra', target: 'dist/short.js' },
      { kind: 'npm-main', path: 'package.json', line: 4, name: 'repo-audit', target: 'dist/index.js' },
    ])
  })

  it('names a string bin after the package without its scope, as npm does', () => {
    const text = '{\n  "name": "@acme/tool",\n  "bin": "./bin/tool.js"\n}\n'
    expect(packageJsonEntryPoints('packages/tool/package.json', text)).toEqual([
      { kind: 'npm-bin', path: 'packages/tool/package.json', line: 3, name: 'tool', target: './bin/tool.js' },
    ])
  })

  it('has no entry points when neither bin nor main is there', () => {
    expect(packageJsonEntryPoints('package.json', '{ "name": "x", "private": true }')).toEqual([])
  })

  it('ignores values of the wrong type', () => {
    expect(packageJsonEntryPoints('package.json', '{ "bin": ["a"], "main": 3 }')).toEqual([])
  })

  it('reports invalid JSON as a FileParseError naming the file', () => {
    let caught: unknown
    try {
      packageJsonEntryPoints('web/package.json', '{ "name": "x", }')
    } catch (error: unknown) {
      caught = error
    }
    expect(caught).toBeInstanceOf(FileParseError)
    expect((caught as FileParseError).path).toBe('web/package.json')
    expect((caught as FileParseError).message).toContain('not valid JSON')
  })

  it('rejects a manifest that is not an object', () => {
    expect(() => packageJsonEntryPoints('package.json', '[]')).toThrow(FileParseError)
  })

  it('accepts a byte-order mark', () => {
    expect(packageJsonEntryPoints('package.json', '\uFEFF{"main": "i.js"}')).toHaveLength(1)
  })
})

describe('jsonKeyLines', () => {
  it('records keys down to the asked depth only', () => {
    const lines = jsonKeyLines('{\n"a": {\n"b": {\n"c": 1}},\n"d": [ {"e": 2} ]\n}', 2)
    expect([...lines]).toEqual([['a', 2], ['a\u0000b', 3], ['d', 5]])
  })
})
