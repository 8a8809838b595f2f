import { formatCount, plural } from '../format.js'
import { code } from '../html.js'
import { cellText } from '../summary/checklist-section.js'
import { renderLocation } from '../summary/location.js'
import type { SummaryContext } from '../summary/summary-context.js'

/** What fixes.patch holds, as the status audit describes it. */
export interface PlannedFixes {
  readonly edits: ReadonlyArray<{ readonly path: string; readonly line: number; readonly from: string; readonly to: string; readonly why: string }>
  /** Certain in form but left out: the target not once on its line, the file unreadable, a secret in the diff. */
  readonly skipped: number
  /** Suggestions that are guesses, never applied. */
  readonly guesses: number
}

const EDITS_SHOWN = 30

/** Each certain fix with why it is certain, its risk and its rollback; `undefined` when the patch could not be planned. */
export function fixesSection(fixes: PlannedFixes | undefined, context: SummaryContext): string[] {
  const lines = ['## 4. Fixes as patches', '']
  if (fixes === undefined) return [...lines, '_fixes.patch could not be planned in this run; the findings above still list every broken link._']
  const notes = [
    ...(fixes.guesses > 0 ? [`${plural(fixes.guesses, 'suggestion')} for other broken links ${fixes.guesses === 1 ? 'is a guess' : 'are guesses'} (another name or folder) and ${fixes.guesses === 1 ? 'is' : 'are'} never applied`] : []),
    ...(fixes.skipped > 0 ? [`${plural(fixes.skipped, 'certain fix', 'certain fixes')} left out because the target is not once on its line, the file could not be read, or the diff would show a secret`] : []),
  ]
  if (fixes.edits.length === 0) return [...lines, `No broken link has a certain fix${notes.length > 0 ? `; ${notes.join('; ')}` : ''}.`]
  lines.push(
    `${plural(fixes.edits.length, 'broken link')} ${fixes.edits.length === 1 ? 'has' : 'have'} a certain fix, in fixes.patch: apply it with ${code('git apply fixes.patch')} at the root or ${code('repo-audit fix --write')}, and take it back with ${code('git apply -R fixes.patch')}. ` +
      'Each changes one link target or citation on one line and nothing else; the risk is none beyond that line, since the old text pointed nowhere or at the wrong line.',
    '',
    '| Where | From | To | Why it is certain |',
    '|---|---|---|---|',
  )
  for (const edit of fixes.edits.slice(0, EDITS_SHOWN)) lines.push(`| ${renderLocation(context, edit.path, edit.line)} | ${code(edit.from)} | ${code(edit.to)} | ${cellText(edit.why)} |`)
  if (fixes.edits.length > EDITS_SHOWN) lines.push('', `${formatCount(fixes.edits.length - EDITS_SHOWN)} more in fixes.patch.`)
  if (notes.length > 0) lines.push('', `${notes.join('; ')}.`.replace(/^./, (first) => first.toUpperCase()))
  return lines
}
