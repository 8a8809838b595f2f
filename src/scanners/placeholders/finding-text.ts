/** Shortening of the text a finding shows. */

const MAX_TEXT = 200

/** At most MAX_TEXT characters, with an ellipsis when something was cut. */
export function clip(text: string): string {
  return text.length <= MAX_TEXT ? text : `${text.slice(0, MAX_TEXT - 1)}…`
}
