import { describe, expect, it } from 'vitest'
import { buildDirectoryTree, mainLanguages } from '../../../src/scanners/repo-map/directory-tree.js'
import type { DirectoryNode } from '../../../src/scanners/repo-map/repo-map-result.js'
import { file } from './repo-map-fixtures.js'

const FILES = [
  file('README.md', 100, 10),
  file('src/index.ts', 400, 40),
  file('src/util/strings.ts', 300, 30),
  file('src/util/deep/more/inner.ts', 50, 5),
  file('docs/guide.md', 900, 90),
  file('docs/api/index.html', 20, 2),
  file('tests/a.test.ts', 400, 40),
]

/** The tree as `path files/bytes/lines` lines, children indented, to assert shape and order at once. */
function outline(node: DirectoryNode, indent = ''): string[] {
  return [`${indent}${node.path} ${node.files}/${node.bytes}/${node.lines}`, ...node.children.flatMap((child) => outline(child, `${indent}  `))]
}

describe('buildDirectoryTree', () => {
  it('counts every file below each directory and sorts children by bytes, then path', () => {
    expect(outline(buildDirectoryTree(FILES, 2))).toEqual([
      '. 7/2170/217',
      '  docs 2/920/92',
      '    docs/api 1/20/2',
      '  src 3/750/75',
      '    src/util 2/350/35',
      '  tests 1/400/40',
    ])
  })

  it('breaks byte ties by path', () => {
    const tree = buildDirectoryTree([file('b/x.ts', 10), file('a/y.ts', 10), file('c/z.ts', 11)], 1)
    expect(tree.children.map((child) => child.path)).toEqual(['c', 'a', 'b'])
  })

  it('depth 0 is the root alone, still counting everything', () => {
    const tree = buildDirectoryTree(FILES, 0)
    expect(tree.children).toEqual([])
    expect(tree).toMatchObject({ path: '.', files: 7, bytes: 2170, lines: 217 })
  })

  it('depth 1 stops at top-level directories while their counts include deeper files', () => {
    const tree = buildDirectoryTree(FILES, 1)
    const src = tree.children.find((child) => child.path === 'src')
    expect(src).toMatchObject({ files: 3, bytes: 750, children: [] })
  })

  it('goes as deep as asked and no deeper', () => {
    expect(outline(buildDirectoryTree(FILES, 4))).toContain('        src/util/deep/more 1/50/5')
    expect(outline(buildDirectoryTree(FILES, 3)).join('\n')).not.toContain('src/util/deep/more')
  })

  it('gives main languages by bytes, preferring code and markup over prose', () => {
    const tree = buildDirectoryTree(FILES, 1)
    expect(tree.languages).toEqual(['TypeScript', 'HTML'])
    expect(tree.children.find((child) => child.path === 'docs')?.languages).toEqual(['HTML'])
  })

  it('falls back to any language when a directory has no code', () => {
    const tree = buildDirectoryTree([file('docs/a.md', 50), file('docs/b.yml', 80)], 1)
    expect(tree.children[0]?.languages).toEqual(['YAML', 'Markdown'])
  })

  it('adds placeholder counts to every directory above the file', () => {
    const counts = new Map([['src/util/strings.ts', 3], ['README.md', 1]])
    const tree = buildDirectoryTree(FILES, 2, counts)
    expect(tree.placeholders).toBe(4)
    const src = tree.children.find((child) => child.path === 'src')
    expect(src?.placeholders).toBe(3)
    expect(src?.children[0]?.placeholders).toBe(3)
    expect(tree.children.find((child) => child.path === 'docs')?.placeholders).toBe(0)
  })

  it('handles an empty repository', () => {
    expect(buildDirectoryTree([], 2)).toEqual({ path: '.', files: 0, bytes: 0, lines: 0, languages: [], placeholders: 0, children: [] })
  })
})

describe('mainLanguages', () => {
  it('keeps at most three, ties by name', () => {
    const languages = new Map([
      ['Go', { kind: 'programming' as const, bytes: 10 }],
      ['C', { kind: 'programming' as const, bytes: 10 }],
      ['Rust', { kind: 'programming' as const, bytes: 30 }],
      ['Zig', { kind: 'programming' as const, bytes: 5 }],
      ['JSON', { kind: 'data' as const, bytes: 1000 }],
    ])
    expect(mainLanguages(languages)).toEqual(['Rust', 'C', 'Go'])
  })
})
