/**
 * Code that stands in for an implementation, per language (Python's structure-aware rules live in
 * python-stubs.ts). Each pattern is linear: literal keywords, bounded repeats, no nested
 * quantifiers over overlapping alternatives.
 */

export interface StubRule {
  /** The construct, shown as the finding's tag. */
  readonly tag: string
  /** Global; the match starts at the statement. Capture group 1 is the message when there is one. */
  readonly pattern: RegExp
  /** When set, the message must match: `UnsupportedOperationException` alone is a legitimate API. */
  readonly message?: RegExp
  /** Cheap test of the whole text: when it fails, the rule cannot match. */
  readonly hint: RegExp
  /**
   * The construct says "not yet" by itself (`todo!()`, Kotlin's `TODO()`, Scala's `???`), so it is a
   * stub wherever it stands; the others only as a function's body (stub-placement.ts).
   */
  readonly anywhere?: boolean
}

/** "not implemented", "Not yet implemented", "Method not implemented.", "unimplemented". */
const NOT_IMPLEMENTED = /\bnot\s+(?:yet\s+)?implemented\b|\bunimplemented\b/i
const NOT_IMPLEMENTED_OR_SUPPORTED_YET = /\bnot\s+(?:yet\s+)?implemented\b|\bunimplemented\b|\bnot\s+supported\s+yet\b/i

const DQ_BODY = '"((?:[^"\\\\\\r\\n]|\\\\.){0,300})"'
const SQ_BODY = "'((?:[^'\\\\\\r\\n]|\\\\.){0,300})'"
const BACKTICK_BODY = '`((?:[^`\\\\]|\\\\[^]){0,300})`'
/** An optional wrapping call such as `fmt.Sprintf(` or `String.format(` before the message. */
const WRAPPER = '(?:[A-Za-z_$][\\w$.]{0,80}\\s*\\(\\s*)?'

function messageArgument(...bodies: string[]): string {
  return `\\s*\\(\\s*${WRAPPER}(?:${bodies.join('|')})`
}

/** With several quote styles the message lands in the first group that matched. */
export function messageOf(match: RegExpExecArray): string | undefined {
  for (let group = 1; group < match.length; group++) if (match[group] !== undefined) return match[group]
  return undefined
}

const JS_NOT_IMPLEMENTED_MESSAGE: StubRule = {
  tag: 'not-implemented-error',
  pattern: new RegExp(`\\bthrow\\s+(?:new\\s+)?[A-Za-z_$][\\w$]{0,80}(?:\\.[A-Za-z_$][\\w$]{0,80}){0,4}${messageArgument(DQ_BODY, SQ_BODY, BACKTICK_BODY)}`, 'g'),
  message: NOT_IMPLEMENTED,
  hint: /implemented/i,
}
const JS_NOT_IMPLEMENTED_CLASS: StubRule = {
  tag: 'not-implemented-error',
  pattern: /\bthrow\s+(?:new\s+)?NotImplemented(?:Error|Exception)\b/g,
  hint: /NotImplemented/,
}
const RUST_TODO: StubRule = { tag: 'todo!', pattern: /\btodo!\s*[([{]/g, hint: /todo!/, anywhere: true }
const RUST_UNIMPLEMENTED: StubRule = { tag: 'unimplemented!', pattern: /\bunimplemented!\s*[([{]/g, hint: /unimplemented!/ }
const GO_PANIC: StubRule = {
  tag: 'panic',
  pattern: new RegExp(`\\bpanic${messageArgument(DQ_BODY, BACKTICK_BODY)}`, 'g'),
  message: NOT_IMPLEMENTED,
  hint: /implemented/i,
}
const UNSUPPORTED_OPERATION: StubRule = {
  tag: 'UnsupportedOperationException',
  pattern: new RegExp(`\\b(?:throw\\s+)?(?:new\\s+)?(?:java\\.lang\\.)?UnsupportedOperationException${messageArgument(DQ_BODY)}`, 'g'),
  message: NOT_IMPLEMENTED_OR_SUPPORTED_YET,
  hint: /UnsupportedOperationException/,
}
/** Kotlin's standard function that throws NotImplementedError; not a function declared with that name. */
const KOTLIN_TODO: StubRule = { tag: 'TODO()', pattern: /(?<!\bfun\s{1,20})(?<![\w`])\bTODO\s*\(/g, hint: /TODO/, anywhere: true }
const CSHARP_NOT_IMPLEMENTED: StubRule = {
  tag: 'NotImplementedException',
  pattern: /\bthrow\s+new\s+(?:System\.)?NotImplementedException\b/g,
  hint: /NotImplementedException/,
}
const SWIFT_FATAL_ERROR: StubRule = {
  tag: 'fatalError',
  pattern: new RegExp(`\\bfatalError\\s*\\(\\s*${DQ_BODY}`, 'g'),
  message: NOT_IMPLEMENTED,
  hint: /fatalError/,
}
const SCALA_UNDEFINED: StubRule = { tag: '???', pattern: /(?<![!#%&*+\-/:<=>?@\\^|~\w])\?\?\?(?![!#%&*+\-/:<=>?@\\^|~])/g, hint: /\?\?\?/, anywhere: true }
const DART_UNIMPLEMENTED: StubRule = { tag: 'UnimplementedError', pattern: /\bthrow\s+(?:new\s+)?UnimplementedError\b/g, hint: /UnimplementedError/ }
const RUBY_NOT_IMPLEMENTED: StubRule = { tag: 'NotImplementedError', pattern: /\braise\s+NotImplementedError\b/g, hint: /NotImplementedError/ }
const PHP_NOT_IMPLEMENTED: StubRule = {
  tag: 'not-implemented-error',
  pattern: new RegExp(`\\bthrow\\s+new\\s+\\\\?[A-Za-z_][\\w\\\\]{0,120}${messageArgument(DQ_BODY, SQ_BODY)}`, 'g'),
  message: NOT_IMPLEMENTED,
  hint: /implemented/i,
}

const JS_RULES = [JS_NOT_IMPLEMENTED_MESSAGE, JS_NOT_IMPLEMENTED_CLASS]
const JVM_RULES = [UNSUPPORTED_OPERATION]

export const STUB_RULES: ReadonlyMap<string, readonly StubRule[]> = new Map([
  ['JavaScript', JS_RULES],
  ['TypeScript', JS_RULES],
  ['Rust', [RUST_TODO, RUST_UNIMPLEMENTED]],
  ['Go', [GO_PANIC]],
  ['Java', JVM_RULES],
  ['Kotlin', [...JVM_RULES, KOTLIN_TODO]],
  ['Scala', [...JVM_RULES, SCALA_UNDEFINED]],
  ['Groovy', JVM_RULES],
  ['C#', [CSHARP_NOT_IMPLEMENTED]],
  ['Swift', [SWIFT_FATAL_ERROR]],
  ['Dart', [DART_UNIMPLEMENTED]],
  ['Ruby', [RUBY_NOT_IMPLEMENTED]],
  ['PHP', [PHP_NOT_IMPLEMENTED]],
])
