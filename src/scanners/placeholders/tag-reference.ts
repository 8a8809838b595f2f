/**
 * Splits what is written with a tag into who the note is for and the issue it waits on, so that
 * reports and baselines can group by either: `TODO(alice)`, `TODO(#123)`, `TODO(alice, PROJ-42)`,
 * `FIXME @bob`, `TODO: drop this once #88 lands`.
 */

export interface TagReference {
  readonly owner?: string
  readonly issue?: string
}

/** The forms an issue takes inside the parentheses of a tag: GitHub's, Jira's, Chromium's, a URL. */
const ISSUE_TOKEN = /^(?:[\w.-]+\/[\w.-]+)?#\d+$|^GH-\d+$|^[A-Z][A-Z0-9]+-\d+$|^(?:b|crbug(?:\.com)?|bugs?)\/\d+$|^https?:\/\/\S+$|^issue\s*#?\d+$/i
/** A person: a handle, a user name or an e-mail address. Free text in parentheses is neither. */
const OWNER_TOKEN = /^@?[A-Za-z][\w.-]{0,38}$|^[\w.+-]+@[\w-]+(?:\.[\w-]+)+$/
/**
 * Issue references that a description may carry: GitHub's `#123`, `GH-7` and `org/repo#9`, and
 * issue or pull-request URLs. Jira-like `ABC-12` is left to the parentheses, where it cannot be
 * `UTF-8` or `SHA-256`.
 */
const ISSUE_IN_TEXT = /(?:^|[\s(,[])((?:[\w.-]+\/[\w.-]+)?#\d+|GH-\d+|https?:\/\/\S+?\/(?:issues|pull|merge_requests|browse)\/[\w-]+)(?=$|[\s),.:;\]])/i

/** Reads the reference written right after a tag, and the description when the reference named no issue. */
export function splitReference(reference: string | undefined, description: string): TagReference {
  let owner: string | undefined
  let issue: string | undefined
  if (reference !== undefined) {
    for (const token of reference.split(/\s*[,;]\s*|\s+-\s+/)) {
      if (token === '') continue
      if (issue === undefined && ISSUE_TOKEN.test(token)) issue = token
      else if (owner === undefined && OWNER_TOKEN.test(token)) owner = token
    }
  }
  if (issue === undefined) issue = ISSUE_IN_TEXT.exec(description)?.[1]
  return { ...(owner === undefined ? {} : { owner }), ...(issue === undefined ? {} : { issue }) }
}
