import { describe, expect, it } from 'vitest'
import { pythonMainEntryPoints } from '../../../../src/scanners/repo-map/entry-points/python-main.js'

describe('pythonMainEntryPoints', () => {
  it('finds a module-level main guard and its line', () => {
    const text = 'import sys\n\ndef main():\n    pass\n\nif __name__ == "__main__":\n    main()\n'
    expect(pythonMainEntryPoints('tools/report.py', text)).toEqual([
      { kind: 'python-main', path: 'tools/report.py', line: 6, name: 'report', target: 'python tools/report.py' },
    ])
  })

  it.each([
    "if __name__ == '__main__':",
    'if __name__=="__main__" :',
    'if "__main__" == __name__:',
    'if (__name__ == "__main__"):',
  ])('accepts %s', (guard) => {
    expect(pythonMainEntryPoints('a.py', `x = 1\n${guard}\n    run()\n`)).toHaveLength(1)
  })

  it.each([
    '    if __name__ == "__main__":',
    'print("__main__")',
    'if __name__ == "__main__" or True:',
    'if __name__ == "__mainx__":',
  ])('ignores %s', (line) => {
    expect(pythonMainEntryPoints('a.py', `${line}\n    run()\n`)).toEqual([])
  })

  it('names a package __main__.py after its package', () => {
    const [entry] = pythonMainEntryPoints('src/tool/__main__.py', 'if __name__ == "__main__":\n    main()\n')
    expect(entry?.name).toBe('tool')
  })
})
