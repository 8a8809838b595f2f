import { constants } from 'node:fs'
import { open } from 'node:fs/promises'
import { isRefused, readInsideRoot } from '../inventory/guarded-read.js'
import { RootContainment } from '../inventory/root-containment.js'
import type { LinkFinding, MovedCitation } from '../scanners/links/link-result.js'
import { applyEdits, unifiedDiff } from './apply-edits.js'
import { certainCitationFix, certainLinkFix, type LinkEdit } from './certain-link-fix.js'
import type { PlannedFixes } from '../render/status-audit/fixes-section.js'

/** Files larger than this are not patched: a link fix is a one-line edit in a document. */
const MAX_FIX_BYTES = 4 * 1024 * 1024

export interface FixPlan {
  /** A unified diff of every certain fix, which `git apply` takes at the root. */
  readonly patch: string
  readonly files: ReadonlyArray<{ readonly path: string; readonly after: string }>
  readonly applied: readonly LinkEdit[]
  /** Certain in form, but the target is not exactly once on its line, the file could not be read, or its diff would show a secret. */
  readonly skipped: readonly LinkEdit[]
  /** Broken links with a suggestion that is a guess, never applied. */
  readonly guesses: number
}

/**
 * The certain fixes for the broken links an audit found, and for status documents' citations whose
 * quoted text moved, planned against the files as they are now.
 * Only the files with such a fix are read, inside the root and never through a link.
 */
export function planLinkFixes(root: string, findings: readonly LinkFinding[], redact: (text: string) => string = (text) => text, citations: readonly MovedCitation[] = []): FixPlan {
  const byFile = new Map<string, LinkEdit[]>()
  let guesses = 0
  for (const moved of citations) {
    const edit = certainCitationFix(moved)
    byFile.set(edit.path, [...(byFile.get(edit.path) ?? []), edit])
  }
  for (const finding of findings) {
    const edit = certainLinkFix(finding)
    if (edit === undefined) {
      if (finding.suggestion !== undefined) guesses++
      continue
    }
    byFile.set(edit.path, [...(byFile.get(edit.path) ?? []), edit])
  }
  const containment = new RootContainment(root)
  const files: Array<{ path: string; after: string }> = []
  const applied: LinkEdit[] = []
  const skipped: LinkEdit[] = []
  const diffs: string[] = []
  for (const [path, edits] of [...byFile].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const read = readInsideRoot(containment, path, { maxBytes: MAX_FIX_BYTES, followLinkInsideRoot: false })
    if (isRefused(read)) {
      skipped.push(...edits)
      continue
    }
    const edited = applyEdits(read.toString('utf8'), edits)
    const diff = edited.applied.length === 0 ? '' : unifiedDiff(path, edited.before, edited.after)
    // A diff is shown and stored like every output: one whose lines hold a secret's shape is left out
    // whole, since a redacted hunk would no longer apply.
    if (diff !== '' && redact(diff) !== diff) {
      skipped.push(...edits)
      continue
    }
    applied.push(...edited.applied)
    skipped.push(...edited.skipped)
    if (edited.applied.length === 0) continue
    files.push({ path, after: edited.after })
    // git apply skips the lines before a file's diff, so each file's fixes say why, their risk and rollback there.
    diffs.push(`${edited.applied.map((edit) => `# ${edit.path}:${edit.line}: ${edit.from} -> ${edit.to}: ${edit.why}.\n`).join('')}# Risk: this line only. Rollback: git apply -R fixes.patch.\n${diff}`)
  }
  return { patch: diffs.join(''), files, applied, skipped, guesses }
}

/** What the status audit says of the plan. */
export function fixesInAudit(plan: FixPlan): PlannedFixes {
  return { edits: plan.applied, skipped: plan.skipped.length, guesses: plan.guesses }
}

/** Writes a planned file in place, never through a symbolic link planted where it was. */
export async function writeFixedFile(containment: RootContainment, path: string, text: string): Promise<void> {
  const handle = await open(containment.fsPathOf(path), constants.O_WRONLY | constants.O_TRUNC | constants.O_NOFOLLOW)
  try {
    await handle.writeFile(text, 'utf8')
  } finally {
    await handle.close()
  }
}
