import picomatch from 'picomatch'
import { dirName, joinPath } from './text-lines.js'
import { LINE_BREAK } from '../../line-breaks.js'

export interface LfsPattern {
  readonly path: string
  readonly line: number
  readonly pattern: string
}

/** `pattern ... filter=lfs ...` lines of a .gitattributes file. */
export function lfsPatterns(path: string, text: string): LfsPattern[] {
  const patterns: LfsPattern[] = []
  text.split(LINE_BREAK).forEach((raw, index) => {
    const line = raw.trim()
    if (line === '' || line.startsWith('#')) return
    const [pattern, ...attributes] = line.split(/\s+/)
    if (pattern !== undefined && attributes.includes('filter=lfs')) patterns.push({ path, line: index + 1, pattern })
  })
  return patterns
}

/**
 * Whether git would send `file` through LFS. Follows gitattributes matching: a pattern without a
 * slash matches the name at any depth below its file's directory; one with a slash is anchored there.
 */
export function lfsMatcher(patterns: readonly LfsPattern[]): (file: string) => boolean {
  const tests = patterns.map((entry) => {
    const base = dirName(entry.path)
    const anchored = entry.pattern.replace(/^\//, '').includes('/')
    const glob = anchored ? joinPath(base, entry.pattern.replace(/^\//, '')) : joinPath(base, `**/${entry.pattern}`)
    return picomatch(glob, { dot: true })
  })
  return (file) => tests.some((test) => test(file))
}

export const LFS_POINTER_HEADER = 'version https://git-lfs.github.com/spec/v1'
