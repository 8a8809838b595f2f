import { describe, expect, it } from 'vitest'
import { entryPointExtractorsFor } from '../../../../src/scanners/repo-map/entry-points/entry-point-sources.js'
import { file } from '../repo-map-fixtures.js'

describe('entryPointExtractorsFor', () => {
  it.each([
    ['package.json', 1],
    ['packages/a/package.json', 1],
    ['pyproject.toml', 1],
    ['setup.cfg', 1],
    ['setup.py', 2],
    ['action.yml', 1],
    ['.github/actions/x/action.yaml', 1],
    ['Dockerfile', 1],
    ['deploy/worker.Dockerfile', 1],
    ['Makefile', 1],
    ['sub/GNUmakefile', 1],
    ['tools/run.py', 1],
  ])('reads %s', (path, count) => {
    expect(entryPointExtractorsFor(file(path, 1))).toHaveLength(count)
  })

  it.each(['README.md', 'src/types.pyi', 'docs/dockerfile.md', 'rules.mk', 'package-lock.json', 'src/index.ts'])(
    'leaves %s alone',
    (path) => {
      expect(entryPointExtractorsFor(file(path, 1))).toHaveLength(0)
    },
  )
})
