import { LINE_BREAK } from '../../line-breaks.js'

/** Splits text into lines by the shared line rule (`\r\n`, `\n` or a lone `\r`). */
export function splitLines(text: string): string[] {
  return text.split(LINE_BREAK)
}

export { LineIndex } from '../../line-breaks.js'
