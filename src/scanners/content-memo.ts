/** Text held for reuse across the audits of one run: beyond it, results are computed and not kept. */
const MAX_HELD_CHARACTERS = 128 * 1024 * 1024

/**
 * Results of pure per-file work (a file's facts, its parsed links) kept for the next audit of the
 * same run: a baseline audit sees most files with the same path and text as the audit before it,
 * and takes their results from here instead of scanning them again. A hit needs the same kind of
 * work, path and text; the text is compared, so a changed file is always scanned. Results are
 * shared, never to be mutated.
 */
export class ContentMemo {
  private readonly entries = new Map<string, { readonly text: string; readonly value: unknown }>()
  private held = 0

  remember<T>(kind: string, path: string, text: string, compute: () => T): T {
    const key = `${kind}\u0000${path}`
    const hit = this.entries.get(key)
    if (hit !== undefined && hit.text === text) return hit.value as T
    const value = compute()
    if (hit === undefined && this.held + text.length <= MAX_HELD_CHARACTERS) {
      this.entries.set(key, { text, value })
      this.held += text.length
    }
    return value
  }
}
