import type { Span } from './lexer-types.js'
import type { RawFinding } from './raw-finding.js'
import { messageOf, type StubRule } from './stub-rules.js'
import { DECLINED_CASE, NOT_MEANT_TO_RUN, STILL_TO_COME, SUBCLASS_DUTY } from './stub-messages.js'
import { closesBlock, inDocOnlyOrDeprecatedItem, stubPlacement } from './stub-placement.js'
import { statementEnd, statementText } from './statement-text.js'
import { spanAt } from './span-index.js'

/** The stubs of the languages without Python's structure rules: `todo!()`, `panic("not implemented")`, `throw new Error("not implemented")`. */

export interface StubCandidate {
  readonly rule: StubRule
  readonly match: RegExpExecArray
}

/** Where the stub patterns match, before anything is known of comments and strings. */
export function stubCandidates(text: string, rules: readonly StubRule[]): StubCandidate[] {
  const candidates: StubCandidate[] = []
  for (const rule of rules) {
    if (!rule.hint.test(text)) continue
    rule.pattern.lastIndex = 0
    for (let match = rule.pattern.exec(text); match !== null; match = rule.pattern.exec(text)) {
      if (rule.message === undefined || rule.message.test(messageOf(match) ?? '')) candidates.push({ rule, match })
    }
  }
  return candidates
}

/**
 * A candidate is a stub when it is unfinished work: its message says the work is still to come,
 * or it is the whole body of a function. It is not when its message leaves the work to an
 * implementer (`transport must implement send`), exists for the docs or points to a replacement,
 * or declines a named case ("not implemented for Sage attention"), or when it guards input in a
 * branch, refuses in a getter or setter, or sits in an item built for the docs
 * or deprecated. A Go method whose whole body panics satisfies an interface on purpose: an
 * interface hook.
 */
export function codeStubs(text: string, spans: readonly Span[], candidates: readonly StubCandidate[], language: string, listHooks: boolean, out: RawFinding[]): void {
  for (const { rule, match } of candidates) {
    if (spanAt(spans, match.index) !== undefined) continue
    const message = messageOf(match) ?? ''
    const stillToCome = STILL_TO_COME.test(message)
    if (!stillToCome && (SUBCLASS_DUTY.test(message) || NOT_MEANT_TO_RUN.test(message) || DECLINED_CASE.test(message))) continue
    if (language === 'Rust' && inDocOnlyOrDeprecatedItem(text, match.index)) continue
    const statement = statementText(text, spans, match.index, match.index + match[0].length)
    let hook = false
    if (rule.anywhere !== true && !stillToCome) {
      const placement = stubPlacement(text, spans, match.index, language)
      if (placement === 'branch' || placement === 'later' || placement === 'accessor') continue
      hook = placement === 'method' && closesBlock(text, spans, statementEnd(text, spans, match.index, match.index + match[0].length))
    }
    if (!hook) out.push({ kind: 'stub', at: match.index, tag: rule.tag, text: statement, message: `Stub: ${statement}` })
    else if (listHooks) out.push({ kind: 'interface', at: match.index, tag: rule.tag, text: statement, message: `Interface hook: ${statement} (a method that only panics satisfies an interface on purpose)` })
  }
}
