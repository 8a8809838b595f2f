import { LINE_BREAK } from '../../line-breaks.js'
const OURS = /^<{7}(?: |$)/
const BASE = /^\|{7}(?: |$)/
const SEPARATOR = /^={7}$/
const THEIRS = /^>{7}(?: |$)/
const FENCE = /^ {0,3}(`{3,}|~{3,})/

type State = 'outside' | 'ours' | 'base' | 'theirs'

/**
 * Lines where a complete merge conflict starts: `<<<<<<<`, optionally `|||||||`, then `=======`, then
 * `>>>>>>>`, in that order. A lone marker-like line (a Markdown setext rule, an ASCII banner) is not a
 * conflict. In Markdown, fenced code blocks are skipped: that is where docs show conflicts.
 */
export function findConflictMarkers(text: string, isMarkdown: boolean): number[] {
  if (!text.includes('<<<<<<<')) return []
  const starts: number[] = []
  let state: State = 'outside'
  let start = 0
  let fence: string | undefined
  const lines = text.split(LINE_BREAK)
  for (let index = 0; index < lines.length; index++) {
    const line = (lines[index] as string).replace(/\r$/, '')
    if (isMarkdown) {
      const opener = FENCE.exec(line)?.[1]
      if (fence === undefined && opener !== undefined) {
        fence = opener
        continue
      }
      if (fence !== undefined) {
        if (opener !== undefined && opener[0] === fence[0] && opener.length >= fence.length) fence = undefined
        continue
      }
    }
    if (OURS.test(line)) {
      state = 'ours'
      start = index + 1
    } else if (state === 'ours' && BASE.test(line)) {
      state = 'base'
    } else if ((state === 'ours' || state === 'base') && SEPARATOR.test(line)) {
      state = 'theirs'
    } else if (state === 'theirs' && THEIRS.test(line)) {
      starts.push(start)
      state = 'outside'
    }
  }
  return starts
}
