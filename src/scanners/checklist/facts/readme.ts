import { clip, forEachLine } from './text-lines.js'

export interface Heading {
  readonly line: number
  readonly text: string
}

export interface ReadmeFacts {
  readonly path: string
  readonly words: number
  /** The heading (or install command) that shows how to install, when there is one. */
  readonly install?: Heading
  readonly usage?: Heading
}

const INSTALL_HEADING = /\b(?:install(?:ation|ing)?|setup|set(?:ting)? up|getting started|quick ?start|requirements|prerequisites|dependencies|build(?:ing)?(?: from source)?|environment)\b/i
const USAGE_HEADING = /\b(?:usage|use|using|how to|examples?|quick ?start|getting started|tutorials?|demo|run(?:ning)?|train(?:ing)?|evaluat(?:e|ion)|inference|predict(?:ion)?s?|reproduc(?:e|ing|tion)|commands?|cli|api|configuration)\b/i
/** An install command shown in the README counts as install instructions even without a heading. */
const INSTALL_COMMAND = /^\s*(?:\$\s*)?(?:pip3?|uv pip|uv|poetry|conda|mamba|npm|pnpm|yarn|cargo|go|brew|apt(?:-get)?|gem|docker)\s+(?:install|add|sync|env create|create|get|pull|build)\b/
const ATX_HEADING = /^ {0,3}(#{1,6})\s+(.+?)\s*#*\s*$/
const SETEXT_UNDERLINE = /^ {0,3}(?:=+|-+)\s*$/
const RST_UNDERLINE = /^([=\-~^"'`#*+])\1{2,}\s*$/
const HTML_HEADING = /<h[1-6][^>]*>(.*?)<\/h[1-6]>/i

/**
 * Headings of a README (Markdown ATX, setext and HTML, reStructuredText underlines) and whether any
 * of them introduces installation and usage. Plain text keeps the word count only.
 */
export function readmeFacts(path: string, text: string): ReadmeFacts {
  let words = 0
  let install: Heading | undefined
  let usage: Heading | undefined
  let previous: { line: string; number: number } | undefined
  let inFence = false
  const consider = (heading: string, lineNumber: number): void => {
    const clean = clip(heading.replace(/<[^>]*>/g, '').replace(/[*_`[\]]/g, ''), 80)
    if (clean === '') return
    if (!install && INSTALL_HEADING.test(clean)) install = { line: lineNumber, text: clean }
    if (!usage && USAGE_HEADING.test(clean)) usage = { line: lineNumber, text: clean }
  }
  forEachLine(text, (line, number) => {
    words += line.split(/\s+/).filter((word) => /\w/.test(word)).length
    if (/^ {0,3}(?:```|~~~)/.test(line)) inFence = !inFence
    if (inFence) {
      if (!install && INSTALL_COMMAND.test(line)) install = { line: number, text: clip(line, 80) }
      previous = undefined
      return
    }
    if (!install && INSTALL_COMMAND.test(line)) install = { line: number, text: clip(line, 80) }
    const atx = ATX_HEADING.exec(line)
    const html = atx ? undefined : HTML_HEADING.exec(line)
    if (atx) consider(atx[2] as string, number)
    else if (html) consider(html[1] as string, number)
    else if (previous && previous.line.trim() !== '' && (SETEXT_UNDERLINE.test(line) || RST_UNDERLINE.test(line))) consider(previous.line, previous.number)
    previous = { line, number }
  })
  return { path, words, ...(install ? { install } : {}), ...(usage ? { usage } : {}) }
}
