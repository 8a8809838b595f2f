import { describe, expect, it } from 'vitest'
import { setupCfgEntryPoints } from '../../../../src/scanners/repo-map/entry-points/setup-cfg.js'
import { setupPyEntryPoints } from '../../../../src/scanners/repo-map/entry-points/setup-py.js'

describe('setupCfgEntryPoints', () => {
  it('reads console_scripts under [options.entry_points], one per continuation line', () => {
    const text = [
      '[metadata]',
      'name = tool',
      '',
      '[options.entry_points]',
      'console_scripts =',
      '    tool = tool.cli:main',
      '    # a comment',
      '',
      '    tool-dev = tool.dev:main [dev]',
      'gui_scripts =',
      '    tool-gui = tool.gui:main',
      '',
      '[flake8]',
      'console_scripts = not.this:one',
    ].join('\n')
    expect(setupCfgEntryPoints('setup.cfg', text)).toEqual([
      { kind: 'console-script', path: 'setup.cfg', line: 6, name: 'tool', target: 'tool.cli:main' },
      { kind: 'console-script', path: 'setup.cfg', line: 9, name: 'tool-dev', target: 'tool.dev:main [dev]' },
    ])
  })

  it('takes a value written on the key line', () => {
    const text = '[options.entry_points]\nconsole_scripts = one = pkg:one\n    two = pkg:two\n'
    expect(setupCfgEntryPoints('setup.cfg', text).map((entry) => [entry.name, entry.line])).toEqual([['one', 2], ['two', 3]])
  })

  it('has no entry points without the section', () => {
    expect(setupCfgEntryPoints('setup.cfg', '[metadata]\nname = x\n')).toEqual([])
  })
})

describe('setupPyEntryPoints', () => {
  it('reads a console_scripts list in an entry_points dict', () => {
    const text = [
      'from setuptools import setup',
      'setup(',
      '    name="tool",',
      '    entry_points={',
      '        "console_scripts": [',
      '            "tool = tool.cli:main",  # the main one',
      "            'tool-extra=tool.extra:main [extra]',",
      '        ],',
      '    },',
      ')',
    ].join('\n')
    expect(setupPyEntryPoints('setup.py', text)).toEqual([
      { kind: 'console-script', path: 'setup.py', line: 6, name: 'tool', target: 'tool.cli:main' },
      { kind: 'console-script', path: 'setup.py', line: 7, name: 'tool-extra', target: 'tool.extra:main [extra]' },
    ])
  })

  it('reads dict(console_scripts=[...])', () => {
    const text = "setup(entry_points=dict(console_scripts=['a = pkg.a:main']))\n"
    expect(setupPyEntryPoints('setup.py', text).map((entry) => entry.name)).toEqual(['a'])
  })

  it('reads an INI-style entry_points string', () => {
    const text = ['setup(', '    entry_points="""', '[console_scripts]', 'tool = tool.cli:main', 'other = tool.other:run', '""",', ')'].join('\n')
    expect(setupPyEntryPoints('setup.py', text).map((entry) => [entry.name, entry.target, entry.line])).toEqual([
      ['tool', 'tool.cli:main', 4],
      ['other', 'tool.other:run', 5],
    ])
  })

  it('finds nothing when console_scripts is built elsewhere', () => {
    expect(setupPyEntryPoints('setup.py', "setup(entry_points={'console_scripts': SCRIPTS})\n")).toEqual([])
  })
})
