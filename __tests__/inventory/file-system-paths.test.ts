import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { fileSystemPaths } from '../../src/inventory/file-system-paths.js'
import { writeFixture } from '../helpers/fixture.js'

describe('fileSystemPaths', () => {
  it('names files relative to the working directory when the root is it or lies below it', () => {
    expect(fileSystemPaths('/work/repo', '/work/repo')('src/a.ts')).toBe('src/a.ts')
    expect(fileSystemPaths('/work/repo/packages/app', '/work/repo')('src/a.ts')).toBe('packages/app/src/a.ts')
  })

  it('names them absolutely when the root is elsewhere', () => {
    expect(fileSystemPaths('/work/repo', '/work/repo/sub')('src/a.ts')).toBe(join('/work/repo', 'src/a.ts'))
    expect(fileSystemPaths('/elsewhere/repo', '/work')('a.ts')).toBe(join('/elsewhere/repo', 'a.ts'))
  })

  it('gives paths that open the repository file from the process working directory', () => {
    const root = writeFixture({ 'docs/guide.md': '# Guide\n' })
    const pathOf = fileSystemPaths(root)
    expect(readFileSync(pathOf('docs/guide.md'), 'utf8')).toBe('# Guide\n')
  })
})
