/**
 * Turns character offsets into 1-based line numbers for offsets asked in increasing order, counting
 * newlines only once over the whole text however many matches there are.
 */
export class LineLocator {
  private offset = 0
  private line = 1

  constructor(private readonly text: string) {}

  lineAt(index: number): number {
    if (index < this.offset) {
      this.offset = 0
      this.line = 1
    }
    for (let at = this.text.indexOf('\n', this.offset); at !== -1 && at < index; at = this.text.indexOf('\n', at + 1)) {
      this.line++
      this.offset = at + 1
    }
    return this.line
  }
}

/** Calls `visit` with each line (without its line break) and its 1-based number. */
export function forEachLine(text: string, visit: (line: string, lineNumber: number) => void): void {
  let start = 0
  let lineNumber = 1
  while (start <= text.length) {
    const end = text.indexOf('\n', start)
    const stop = end === -1 ? text.length : end
    const line = text.charCodeAt(stop - 1) === 13 ? text.slice(start, stop - 1) : text.slice(start, stop)
    if (end !== -1 || line !== '') visit(line, lineNumber)
    if (end === -1) break
    start = end + 1
    lineNumber++
  }
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
