/** Splits text into lines, accepting `\n` and `\r\n` endings. */
export function splitLines(text: string): string[] {
  return text.split(/\r?\n/)
}

/** 1-based line of a character offset. */
export function lineOfOffset(text: string, offset: number): number {
  let line = 1
  for (let index = text.indexOf('\n'); index !== -1 && index < offset; index = text.indexOf('\n', index + 1)) line++
  return line
}
