import { describe, expect, it } from 'vitest'
import { pyprojectEntryPoints } from '../../../../src/scanners/repo-map/entry-points/pyproject.js'
import { FileParseError } from '../../../../src/report/file-parse-error.js'

describe('pyprojectEntryPoints', () => {
  it('reads [project.scripts] with each script on its own line', () => {
    const text = [
      '[project]',
      'name = "tool"',
      '',
      '[project.scripts]',
      'tool = "tool.cli:main"',
      '"tool-admin" = "tool.admin:run"',
      '',
      '[project.gui-scripts]',
      'tool-gui = "tool.gui:start"',
    ].join('\n')
    expect(pyprojectEntryPoints('pyproject.toml', text)).toEqual([
      { kind: 'python-script', path: 'pyproject.toml', line: 5, name: 'tool', target: 'tool.cli:main' },
      { kind: 'python-script', path: 'pyproject.toml', line: 6, name: 'tool-admin', target: 'tool.admin:run' },
      { kind: 'python-script', path: 'pyproject.toml', line: 9, name: 'tool-gui', target: 'tool.gui:start' },
    ])
  })

  it('reads [tool.poetry.scripts] in string and table form', () => {
    const text = [
      '[tool.poetry]',
      'name = "app"',
      '[tool.poetry.scripts]',
      'app = "app.main:cli"',
      'serve = { callable = "app.server:serve", extras = ["web"] }',
      'legacy = { reference = "scripts/legacy.py", type = "file" }',
    ].join('\n')
    expect(pyprojectEntryPoints('pyproject.toml', text).map(({ name, target, line }) => ({ name, target, line }))).toEqual([
      { name: 'app', target: 'app.main:cli', line: 4 },
      { name: 'serve', target: 'app.server:serve', line: 5 },
      { name: 'legacy', target: 'scripts/legacy.py', line: 6 },
    ])
  })

  it('finds the line of an inline scripts table and of dotted keys', () => {
    const inline = '[project]\nname = "x"\nscripts = { x = "x:main" }\n'
    expect(pyprojectEntryPoints('pyproject.toml', inline)[0]?.line).toBe(3)
    const dotted = '[project]\nname = "x"\n\nscripts.x = "x:main"\n'
    expect(pyprojectEntryPoints('pyproject.toml', dotted)[0]?.line).toBe(4)
  })

  it('has no entry points without script tables', () => {
    expect(pyprojectEntryPoints('pyproject.toml', '[tool.ruff]\nline-length = 100\n')).toEqual([])
  })

  it('turns malformed TOML into a FileParseError with the line', () => {
    const text = '[project]\nname = "x"\n[project.scripts]\ntool = "unterminated\n'
    let caught: unknown
    try {
      pyprojectEntryPoints('pkg/pyproject.toml', text)
    } catch (error: unknown) {
      caught = error
    }
    expect(caught).toBeInstanceOf(FileParseError)
    expect(caught).toMatchObject({ path: 'pkg/pyproject.toml', line: 4 })
  })
})
