import { LINE_BREAK, LineIndex } from '../../line-breaks.js'

/** Offsets to 1-based line numbers by the shared line rule, in any order of asking. */
export { LineIndex as LineLocator }

/** Calls `visit` with each line (without its line break) and its 1-based number; no empty last line. */
export function forEachLine(text: string, visit: (line: string, lineNumber: number) => void): void {
  const lines = text.split(LINE_BREAK)
  if (lines[lines.length - 1] === '') lines.pop()
  lines.forEach((line, index) => visit(line, index + 1))
}

/** Keeps evidence text short and on one line. */
export function clip(text: string, max = 120): string {
  const flat = text.replace(/\s+/g, ' ').trim()
  return flat.length <= max ? flat : `${flat.slice(0, max - 1)}…`
}

export function baseName(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1)
}

export function dirName(path: string): string {
  const slash = path.lastIndexOf('/')
  return slash === -1 ? '' : path.slice(0, slash)
}

/** `dir` joined with `name`, where `dir` is '' at the root. */
export function joinPath(dir: string, name: string): string {
  return dir === '' ? name : `${dir}/${name}`
}

/** The directory itself and each ancestor up to the root (''), nearest first. */
export function selfAndAncestors(dir: string): string[] {
  const dirs = [dir]
  for (let current = dir; current !== ''; ) {
    current = dirName(current)
    dirs.push(current)
  }
  return dirs
}
