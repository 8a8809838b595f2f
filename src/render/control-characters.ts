/**
 * C0 and C1 control characters, DEL, the Unicode line and paragraph separators and the bidi
 * controls: from the repository they could move a terminal's cursor, ring its bell, set its title,
 * end a log line or reorder what a reader sees. Tab is kept; newline only where the caller says.
 */
const CONTROLS = /[^\P{Cc}\t\n]|[\u2028\u2029\u202a-\u202e\u2066-\u2069]/gu
const CONTROLS_AND_NEWLINE = /[^\P{Cc}\t]|[\u2028\u2029\u202a-\u202e\u2066-\u2069]/gu

function visible(ch: string): string {
  const code = ch.charCodeAt(0)
  if (code === 10) return '\\n'
  if (code === 13) return '\\r'
  return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`
}

/** Every control character as a visible escape (`\x1b`, `\n`, `\u202e`), newlines included unless `keepNewlines`. */
export function showControls(text: string, keepNewlines = false): string {
  return text.replace(keepNewlines ? CONTROLS : CONTROLS_AND_NEWLINE, visible)
}

/** A line the runner takes as a workflow command (`::error file=x::…`) when the CLI runs in a step. */
const COMMAND_LINE = /^([ \t]*):(?=:)/gm

/**
 * Text for a terminal or a log line: every control character visible (so no repository string can
 * start a line of its own, unless `keepNewlines` for a message whose lines are meant), and no line
 * starting with `::`, its first colon written `\x3a`.
 */
export function terminalText(text: string, keepNewlines = false): string {
  return showControls(text, keepNewlines).replace(COMMAND_LINE, '$1\\x3a')
}

/** The same guard over a whole rendered text whose own line breaks are meant: the lines stay, no line is a command. */
export function guardCommandLines(text: string): string {
  return text.replace(COMMAND_LINE, '$1\\x3a')
}
