import type { LinkEdit } from './certain-link-fix.js'

/** What an edit needs around the target for it to be the link's target and nothing else. */
const OPENERS = new Set(['(', '"', "'", '<', '='])
const CLOSERS = new Set([')', '"', "'", '>', ' ', '\t'])

export interface EditedFile {
  readonly before: string
  readonly after: string
  readonly applied: readonly LinkEdit[]
  /** Edits whose target is not exactly once on its line as a link's target: not certain, so not made. */
  readonly skipped: readonly LinkEdit[]
}

/** A citation stands in prose or code spans: no path character may touch it on either side. */
const PATH_CHARACTER = /[\w./@+-]/

function occurrences(line: string, target: string, citation: boolean): number[] {
  const found: number[] = []
  for (let at = line.indexOf(target); at !== -1; at = line.indexOf(target, at + 1)) {
    const before = line[at - 1] ?? ''
    const after = line[at + target.length] ?? ''
    const alone = citation ? !PATH_CHARACTER.test(before) && !/[\w.@+-]/.test(after) : OPENERS.has(before) && (CLOSERS.has(after) || after === '')
    if (alone) found.push(at)
  }
  return found
}

/** Applies each edit to its line when the target stands there exactly once as a link target. */
export function applyEdits(text: string, edits: readonly LinkEdit[]): EditedFile {
  const lines = text.split('\n')
  const applied: LinkEdit[] = []
  const skipped: LinkEdit[] = []
  for (const edit of edits) {
    const line = lines[edit.line - 1]
    const at = line === undefined ? [] : occurrences(line, edit.from, edit.citation === true)
    if (line === undefined || at.length !== 1) {
      skipped.push(edit)
      continue
    }
    const start = at[0] as number
    lines[edit.line - 1] = `${line.slice(0, start)}${edit.to}${line.slice(start + edit.from.length)}`
    applied.push(edit)
  }
  return { before: text, after: lines.join('\n'), applied, skipped }
}

const CONTEXT = 3
const NO_NEWLINE = '\\ No newline at end of file'

/** A unified diff of two versions of a file that differ line for line (edits never add or remove lines), as `git apply` reads it. */
export function unifiedDiff(path: string, before: string, after: string): string {
  const old = before.split('\n')
  const next = after.split('\n')
  const changed = old.map((line, index) => line !== next[index]).flatMap((differs, index) => (differs ? [index] : []))
  if (changed.length === 0) return ''
  const hunks: Array<[number, number]> = []
  for (const index of changed) {
    const start = Math.max(0, index - CONTEXT)
    const end = Math.min(old.length - 1, index + CONTEXT)
    const last = hunks[hunks.length - 1]
    if (last !== undefined && start <= last[1] + 1) last[1] = end
    else hunks.push([start, end])
  }
  // A file without a final newline ends in an empty "line" after split: it is not a line of the diff.
  const lastLine = before.endsWith('\n') ? old.length - 2 : old.length - 1
  const out = [`--- a/${path}`, `+++ b/${path}`]
  for (const [start, rawEnd] of hunks) {
    const end = Math.min(rawEnd, lastLine)
    const count = end - start + 1
    out.push(`@@ -${start + 1},${count} +${start + 1},${count} @@`)
    for (let index = start; index <= end; index++) {
      const noNewline = index === old.length - 1 && !before.endsWith('\n') ? [NO_NEWLINE] : []
      if (old[index] === next[index]) out.push(` ${old[index]}`, ...noNewline)
      else out.push(`-${old[index]}`, ...noNewline, `+${next[index]}`, ...noNewline)
    }
  }
  return `${out.join('\n')}\n`
}
