import { LINE_BREAK } from '../../line-breaks.js'
const OURS = /^<{7}(?: |$)/
const BASE = /^\|{7}(?: |$)/
const SEPARATOR = /^={7}$/
const THEIRS = /^>{7}(?: |$)/
const MARKDOWN_FENCE = /^ {0,3}(`{3,}|~{3,})/
const ASCIIDOC_DELIMITER = /^(-{4,}|\.{4,}|\+{4,}|_{4,}|={4,})\s*$/
/** `<<EOF`, `<<-'EOF'`, `<<"EOF"`, `<<\EOF`, `<<~EOS` (shell, Perl, Ruby): the word that ends the body. */
const HEREDOC = /(?<!<)<<(?!<)([-~]?)\s*(?:\\|(["']))?([A-Za-z_]\w*)\2?/

/** How a file shows examples, so that a conflict it shows is not taken for one it holds. */
export type ExampleSyntax = 'markdown' | 'asciidoc' | 'heredoc' | 'none'

const BY_LANGUAGE: Readonly<Record<string, ExampleSyntax>> = {
  Markdown: 'markdown', MDX: 'markdown', RMarkdown: 'markdown', AsciiDoc: 'asciidoc', Shell: 'heredoc', Perl: 'heredoc', Ruby: 'heredoc',
}

export function exampleSyntaxOf(languageName: string | undefined): ExampleSyntax {
  return languageName === undefined ? 'none' : (BY_LANGUAGE[languageName] ?? 'none')
}

/** Test expectations that hold a conflict on purpose: `expect`, `expected.C`, `conflict.out`, `case.golden`, `testdata/…`. */
const EXPECTED_OUTPUT = /(?:^|\/)(?:testdata|__snapshots__|fixtures?)\/|(?:^|\/)t\/t\d{4}[^/]*\/|(?:^|\/)expect(?:ed)?(?:[._-][^/]*)?$|\.(?:out|expected|golden|snap)$/

export function isExpectedOutput(path: string): boolean {
  return EXPECTED_OUTPUT.test(path)
}

type State = 'outside' | 'ours' | 'base' | 'theirs'

/**
 * Where an example block opens on this line, and the test that closes it: a Markdown fence, an
 * AsciiDoc listing (`----`, `....`) not under a title of the same length, or a heredoc's body.
 */
function exampleCloser(line: string, previous: string, syntax: ExampleSyntax): ((candidate: string) => boolean) | undefined {
  if (syntax === 'markdown') {
    const opener = MARKDOWN_FENCE.exec(line)?.[1]
    if (opener === undefined) return undefined
    return (candidate) => {
      const closer = MARKDOWN_FENCE.exec(candidate)?.[1]
      return closer !== undefined && closer[0] === opener[0] && closer.length >= opener.length
    }
  }
  if (syntax === 'asciidoc') {
    const delimiter = ASCIIDOC_DELIMITER.exec(line)?.[1]
    if (delimiter === undefined) return undefined
    // `Title` over `-----` is a two-line section title, not a listing.
    const title = previous.trim()
    if (title !== '' && !ASCIIDOC_DELIMITER.test(previous) && Math.abs(title.length - delimiter.length) <= 2) return undefined
    return (candidate) => candidate.trimEnd() === delimiter
  }
  if (syntax === 'heredoc') {
    const heredoc = HEREDOC.exec(line)
    if (heredoc === null) return undefined
    const indented = heredoc[1] !== ''
    const word = heredoc[3] as string
    return (candidate) => (indented ? candidate.trim() : candidate) === word
  }
  return undefined
}

/**
 * Lines where a complete merge conflict starts: `<<<<<<<`, optionally `|||||||`, then `=======`, then
 * `>>>>>>>`, in that order, at line starts. A lone marker-like line (a Markdown setext rule, an ASCII
 * banner) is not a conflict, and neither is one a file shows as an example: inside a Markdown fence,
 * an AsciiDoc listing block, or a heredoc of a script (where tests write their expected output).
 */
export function findConflictMarkers(text: string, syntax: ExampleSyntax): number[] {
  if (!text.includes('<<<<<<<')) return []
  const starts: number[] = []
  let state: State = 'outside'
  let start = 0
  let closes: ((candidate: string) => boolean) | undefined
  let previous = ''
  const lines = text.split(LINE_BREAK)
  for (let index = 0; index < lines.length; index++) {
    const line = (lines[index] as string).replace(/\r$/, '')
    if (closes !== undefined) {
      if (closes(line)) closes = undefined
      previous = line
      continue
    }
    const marker = OURS.test(line) || BASE.test(line) || SEPARATOR.test(line) || THEIRS.test(line)
    closes = marker ? undefined : exampleCloser(line, previous, syntax)
    previous = line
    if (closes !== undefined) continue
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
