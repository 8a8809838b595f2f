/**
 * Text for a plain log line (`core.info`), which the runner reads as it is: a line break would let
 * the rest of a repository- or config-derived string start a workflow command (`::add-mask::`,
 * `::stop-commands::`), and ESC or BEL would reach the log viewer. Control characters are shown
 * as escapes (`\u000a`, `\u001b`) instead.
 */
export function logSafe(text: string): string {
  return text.replace(/[\p{Cc}\u2028\u2029]/gu, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`)
}
