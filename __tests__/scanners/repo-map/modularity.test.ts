import { describe, expect, it } from 'vitest'
import { writtenImports } from '../../../src/scanners/repo-map/modularity/import-statements.js'
import { buildModularity, type CodeFile } from '../../../src/scanners/repo-map/modularity/module-graph.js'

function code(files: Record<string, string>): { files: CodeFile[]; paths: Set<string> } {
  return {
    files: Object.entries(files).map(([path, text]) => ({ path, lines: text.split('\n').length, imports: writtenImports(path, text) })),
    paths: new Set(Object.keys(files)),
  }
}

describe('writtenImports', () => {
  it('leaves out imports shown in a docstring', () => {
    expect(writtenImports('a.py', 'def f():\n    """Use it:\n\n    from pkg.security import Token\n    """\n    from pkg.core import run\n').map((item) => item.specifier)).toEqual(['pkg.core'])
  })

  it('reads Python and JS/TS import statements as text', () => {
    expect(writtenImports('a.py', 'import os, pkg.core\nfrom ..utils import x\nfrom . import y\n')).toEqual([
      { language: 'python', specifier: 'os' }, { language: 'python', specifier: 'pkg.core' }, { language: 'python', specifier: '..utils' }, { language: 'python', specifier: '.' },
    ])
    expect(writtenImports('a.ts', "import x from './x.js'\nexport * from \"../y\"\nconst z = require('./z')\nawait import('./w')\nimport './side'\n").map((item) => item.specifier)).toEqual(['./x.js', '../y', './z', './w', './side'])
  })
})

describe('buildModularity', () => {
  it('opens a src layout into the package\'s folders, counts imports between them and finds a cycle', () => {
    const { files, paths } = code({
      'src/pkg/__init__.py': 'from pkg.core import run\n',
      'src/pkg/core/__init__.py': 'from ..utils import helpers\n',
      'src/pkg/core/loop.py': 'from ..utils import helpers\n',
      'src/pkg/core/engine.py': 'from pkg.utils.helpers import h\nimport numpy\n',
      'src/pkg/utils/__init__.py': '',
      'src/pkg/utils/helpers.py': 'from pkg.core.engine import E\n',
      'setup.py': 'import setuptools\n',
    })
    const modularity = buildModularity(files, paths)
    expect(modularity.modules.map((module) => module.path).sort()).toEqual(['(root)', 'src/pkg', 'src/pkg/core', 'src/pkg/utils'])
    expect(modularity.edges).toEqual(expect.arrayContaining([{ from: 'src/pkg/core', to: 'src/pkg/utils', imports: 2 }, { from: 'src/pkg/utils', to: 'src/pkg/core', imports: 1 }]))
    expect(modularity.cycles).toEqual([['src/pkg/core', 'src/pkg/utils']])
    expect(modularity.edges.filter((edge) => edge.from === 'src/pkg')).toEqual([])
    expect(modularity.resolvedImports).toBe(5)
    expect(modularity.totalImports).toBe(7)
  })

  it('resolves relative JS/TS specifiers with their extensions and index files, and leaves packages out', () => {
    const { files, paths } = code({
      'app/main.ts': "import { a } from '../lib/a.js'\nimport b from '../lib'\nimport react from 'react'\n",
      'lib/a.ts': 'export const a = 1\n',
      'lib/index.ts': "export * from './a'\n",
    })
    const modularity = buildModularity(files, paths)
    expect(modularity.edges).toEqual([{ from: 'app', to: 'lib', imports: 2 }])
    expect(modularity.cycles).toEqual([])
    expect(modularity.largestFiles[0]).toEqual({ path: 'app/main.ts', lines: 4 })
  })
})
