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
  /** Packages the README tells its readers to install by name (`pip install peft`): how users get a published package. */
  readonly installsByName: readonly string[]
}

const INSTALL_HEADING = /\b(?:install(?:ation|ing)?|setup|set(?:ting)? up|getting started|quick ?start|requirements|prerequisites|dependencies|build(?:ing)?(?: from source)?|environment)\b/i
const USAGE_HEADING = /\b(?:usage|use|using|how to|examples?|quick ?start|getting started|tutorials?|demo|run(?:ning)?|train(?:ing)?|evaluat(?:e|ion)|inference|predict(?:ion)?s?|reproduc(?:e|ing|tion)|commands?|cli|api|configuration)\b/i
/** An install command shown in the README counts as install instructions even without a heading. */
const INSTALL_COMMAND = /^\s*(?:\$\s*)?(?:pip3?|uv pip|uv|poetry|conda|mamba|npm|pnpm|yarn|cargo|go|brew|apt(?:-get)?|gem|docker)\s+(?:install|add|sync|env create|create|get|pull|build)\b/
/** `pip install peft`, `npm i -D redux`, `cargo add tokio`, `go get github.com/spf13/cobra@latest`: the command, then its arguments. */
const INSTALL_BY_NAME = /^\s*(?:\$\s*)?(?:(?:python3? -m )?pip3?|uv pip|uv|poetry|pdm|conda|mamba|npm|pnpm|yarn|bun|cargo|go)\s+(?:install|i|add|get)\s+(.+)$/
/** Flags whose value is the next argument: `conda install -c conda-forge x`, `pip install -i URL x`. */
const FLAG_WITH_VALUE = new Set(['-c', '--channel', '-i', '--index-url', '--extra-index-url', '-f', '--find-links', '-t', '--target', '--features', '-F'])
/** Flags that install the checkout or a file list, not a package by name. */
const FROM_CHECKOUT = new Set(['-r', '--requirement', '-e', '--editable', '--path'])
const MAX_INSTALL_NAMES = 20

function installedName(line: string): string | undefined {
  const args = INSTALL_BY_NAME.exec(line)?.[1]?.split(/\s+/)
  if (args === undefined) return undefined
  for (let index = 0; index < args.length; index++) {
    const arg = args[index] as string
    if (FROM_CHECKOUT.has(arg)) return undefined
    if (FLAG_WITH_VALUE.has(arg)) index++
    else if (!arg.startsWith('-')) {
      const name = arg.replace(/^["']|["']$/g, '').replace(/\[.*$/, '').replace(/[<>=~!].*$/, '').replace(/(.)@[^/]*$/, '$1')
      return /^[@\w][\w@./-]*$/.test(name) && !/^\.|\.(?:txt|whl|tar\.gz|zip)$/.test(name) ? name.toLowerCase() : undefined
    }
  }
  return undefined
}

/** A Cargo.toml snippet in the README is how a Rust crate is installed: `[dependencies]` then `tokio = "1"`. */
const CARGO_DEPENDENCIES = /^\s*\[(?:dev-)?dependencies\]\s*$/
/** A workflow step in the README is how an Action is installed: `- uses: dorny/paths-filter@v3`. */
const ACTION_STEP = /^\s*(?:-\s+)?uses:\s*[\w.-]+\/[\w./-]+@\S+/

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
  const installsByName: string[] = []
  let headings = 0
  // The first heading, when it is a top-level one, is the project's name ("GitHub Training Kit"), not a section.
  const consider = (heading: string, lineNumber: number, topLevel: boolean): void => {
    const clean = clip(heading.replace(/<[^>]*>/g, '').replace(/[*_`[\]]/g, ''), 80)
    if (clean === '') return
    headings++
    if (headings === 1 && topLevel) return
    if (!install && INSTALL_HEADING.test(clean)) install = { line: lineNumber, text: clean }
    if (!usage && USAGE_HEADING.test(clean)) usage = { line: lineNumber, text: clean }
  }
  forEachLine(text, (line, number) => {
    words += line.split(/\s+/).filter((word) => /\w/.test(word)).length
    if (/^ {0,3}(?:```|~~~)/.test(line)) inFence = !inFence
    const installed = installsByName.length < MAX_INSTALL_NAMES ? installedName(line) : undefined
    if (installed !== undefined && !installsByName.includes(installed)) installsByName.push(installed)
    if (inFence) {
      if (!install && (INSTALL_COMMAND.test(line) || CARGO_DEPENDENCIES.test(line) || ACTION_STEP.test(line))) install = { line: number, text: clip(line, 80) }
      previous = undefined
      return
    }
    if (!install && INSTALL_COMMAND.test(line)) install = { line: number, text: clip(line, 80) }
    const atx = ATX_HEADING.exec(line)
    const html = atx ? undefined : HTML_HEADING.exec(line)
    if (atx) consider(atx[2] as string, number, (atx[1] as string).length === 1)
    else if (html) consider(html[1] as string, number, /^<h1/i.test(html[0]))
    else if (previous && previous.line.trim() !== '' && (SETEXT_UNDERLINE.test(line) || RST_UNDERLINE.test(line))) consider(previous.line, previous.number, line.trim().startsWith('='))
    previous = { line, number }
  })
  return { path, words, ...(install ? { install } : {}), ...(usage ? { usage } : {}), installsByName }
}
