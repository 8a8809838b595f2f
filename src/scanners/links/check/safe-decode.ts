/**
 * Percent-decodes a URL part. A `%` that does not start a valid escape is kept as written: file
 * names like `100%.md` exist, and browsers leave such sequences alone too.
 */
export function safeDecode(text: string): string {
  if (!text.includes('%')) return text
  try {
    return decodeURIComponent(text)
  } catch (error: unknown) {
    if (!(error instanceof URIError)) throw error
    return text.replace(/%[0-9a-fA-F]{2}/g, (escape) => {
      const code = Number.parseInt(escape.slice(1), 16)
      return code < 0x80 ? String.fromCharCode(code) : escape
    })
  }
}
