import type { Span } from './lexer-types.js'

/**
 * A string that says why a test is switched off, or names a test the suite knows to fail: the
 * places where people write a tag into code rather than a comment, and mean it.
 *   `@unittest.skip("TODO: revisit")`, `@pytest.mark.xfail(reason="FIXME: flaky")`,
 *   `pytest.skip("TODO")`, `t.Skip("TODO")`, `#[ignore = "FIXME: not on WASI"]`,
 *   `it.skip('TODO: …')`, `xit('…')`, `test_expect_failure PREREQ 'title (TODO)' '…'`.
 * The tag inside is then read by the rules for comments, so `'a failing TODO test'` stays a mention.
 */
const SKIP_CALL = /(?:\b(?:skip|skipIf|skipUnless|xfail|Skip|Skipf|skipTest|pending|xit|xtest|xdescribe|xcontext)\s*\(\s*(?:(?:[^()"'\n]|"[^"\n]*"|'[^'\n]*'|\([^()\n]*\))*,\s*)?(?:reason\s*=\s*)?|\b(?:ignore|reason)\s*=\s*|\b(?:it|test|describe|context)\s*\.\s*(?:skip|todo|fixme)\s*\(\s*|\btest_expect_(?:success|failure)[ \t]+(?:[A-Z0-9_,!]+[ \t]+)?)$/

/** How far before the string its call is looked for: one line's worth. */
const REACH = 160

export function isSkipReason(text: string, span: Span): boolean {
  if (span.kind !== 'string') return false
  const lineStart = text.lastIndexOf('\n', span.start - 1) + 1
  const from = Math.max(lineStart, span.start - REACH)
  return SKIP_CALL.test(text.slice(from, span.start))
}
