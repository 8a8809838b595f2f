import { describe, expect, it } from 'vitest'
import { actionEntryPoints } from '../../../../src/scanners/repo-map/entry-points/action-yml.js'
import { FileParseError } from '../../../../src/report/file-parse-error.js'

describe('actionEntryPoints', () => {
  it('reads a JavaScript action: runs.using and runs.main', () => {
    const text = ['name: Repo Audit', 'runs:', '  using: node20', '  pre: dist/setup.js', '  main: dist/index.js', ''].join('\n')
    expect(actionEntryPoints('action.yml', text)).toEqual([
      { kind: 'action', path: 'action.yml', line: 5, name: 'node20', target: 'dist/index.js' },
    ])
  })

  it('reads a Docker action: runs.image', () => {
    const text = "runs:\n  using: 'docker'\n  image: 'Dockerfile'\n"
    expect(actionEntryPoints('.github/actions/lint/action.yaml', text)).toEqual([
      { kind: 'action', path: '.github/actions/lint/action.yaml', line: 3, name: 'docker', target: 'Dockerfile' },
    ])
  })

  it('reads a composite action', () => {
    const text = 'runs:\n  using: composite\n  steps:\n    - run: echo hi\n      shell: bash\n'
    expect(actionEntryPoints('action.yml', text)).toEqual([
      { kind: 'action', path: 'action.yml', line: 2, name: 'composite', target: 'runs.steps' },
    ])
  })

  it('has no entry point without runs.using', () => {
    expect(actionEntryPoints('action.yml', 'name: x\n')).toEqual([])
    expect(actionEntryPoints('action.yml', 'runs: node20\n')).toEqual([])
    expect(actionEntryPoints('action.yml', 'runs:\n  main: index.js\n')).toEqual([])
  })

  it('turns malformed YAML into a FileParseError with the line', () => {
    const text = 'name: x\nruns:\n  using: node20\n  main: [unclosed\n'
    let caught: unknown
    try {
      actionEntryPoints('action.yml', text)
    } catch (error: unknown) {
      caught = error
    }
    expect(caught).toBeInstanceOf(FileParseError)
    expect((caught as FileParseError).path).toBe('action.yml')
    expect((caught as FileParseError).line).toBeGreaterThanOrEqual(4)
  })
})
