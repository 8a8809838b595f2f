import type { Span } from './lexer-types.js'
import type { RawFinding } from './raw-finding.js'
import { codeText, headerColon, logicalLines, startsWithKeyword, type LogicalLine } from './python-lines.js'
import { firstSpanEndingAfter, spanAt } from './span-index.js'
import { DECLINED_CASE, NOT_YET, STILL_TO_COME, SUBCLASS_DUTY } from './stub-messages.js'
import { isDocstring } from './python-docstrings.js'
import { INTERFACE_NAME, baseNames, isInterfaceBase } from './python-classes.js'
import { clip } from './finding-text.js'
import { isBlankCode } from './char-codes.js'

/**
 * Python's structure-aware rules: which code stands in for an implementation. A stub is code that
 * says it is not done: `raise NotImplementedError` as a function's first statement, a body whose
 * only statement delivers a "not implemented" message (raised with any exception, returned,
 * printed, echoed or logged), `pass  # TODO` / `pass  # stub`, and a `pass` or `...` body whose
 * docstring says it is not implemented. A bare `pass` or `...` body is not reported on its own:
 * Python needs a body for every hook, no-op and callback, and nothing says those are unfinished.
 *
 * Interface hooks are not stubs: methods of a class that is an interface (it derives from `ABC`,
 * `Protocol` or `Generic`, or a class that does; or it is named like one: `Base*`, `*Base`,
 * `Abstract*`, `*Mixin`, `*Interface`), methods the repository's subclasses define again (decided
 * across files, from `classes`), `@override` methods, dunder methods, property setters, methods
 * whose message or docstring says subclasses implement them, and refusals by design.
 *
 * Abstract methods, overloads and Protocol members are declarations, not stubs: Python requires a
 * body there, and `...` or `raise NotImplementedError` is the idiom, so they are exempt.
 *
 * Measured on scikit-learn and PyTorch, three more shapes are not placeholders and are left out:
 *  - `raise NotImplementedError` that is not the function's first statement: a guard for an
 *    unsupported case (`if dtype != uint8: raise NotImplementedError(...)`), not missing code;
 *  - `def f(...): ...` on one line: the declaration style of stubs, overload sets and C-backed methods;
 *  - in test files, and for dunder methods, a body of only `pass`: test doubles and intentional no-ops;
 *  - in test files, and with a message that refuses by design ("not supported"), `raise NotImplementedError`.
 */

interface Scope {
  readonly indent: number
  readonly kind: 'def' | 'class'
  readonly name: string
  /** Decorated with `@abstractmethod` or `@overload`, or nested in such a function. */
  readonly exempt: boolean
  readonly protocol: boolean
  /** Why a method is an interface hook rather than unfinished code, when it is one. */
  readonly hook?: string
  /** Offset of the first statement of a function's body (after its docstring), once seen. */
  firstStatement?: number
  /** A function's docstring text, once seen. */
  docstring?: string
  /** For a class: one of its methods refuses by design. */
  refuses?: boolean
  /** The comment just above a function (`# Not implemented yet.`), which may say the work is still to come. */
  readonly remark?: string
}



export interface PythonAnalysis {
  readonly stubs: readonly RawFinding[]
  /** Interface hooks, with the reason; reported only when `interface-hooks` is on. */
  readonly hooks: readonly RawFinding[]
}

export interface PythonStubOptions {
  /** Test files define do-nothing doubles on purpose; their `pass` bodies are not reported. */
  readonly isTestFile: boolean
}

const TEST_FILE = /(?:^|\/)(?:tests?|testing)\/|(?:^|\/)(?:test_[^/]*|[^/]*_test|conftest)\.py$/

export function isPythonTestFile(path: string): boolean {
  return TEST_FILE.test(path)
}

const EXEMPT_DECORATORS = new Set(['abstractmethod', 'abstractproperty', 'abstractclassmethod', 'abstractstaticmethod', 'overload'])
/** `@override` (typing, typing_extensions, overrides): the method is a hook of a base class. `setter`/`deleter`: a property that refuses. */
const HOOK_DECORATORS = new Set(['override', 'overrides', 'setter', 'deleter'])
/** A docstring that presents the method as a hook for others to fill. */
const HOOK_DOCSTRING = /\byou (?:should|must|can|may) (?:provide|implement|override|define)\b|\bhook\b|\bcallback\b|\boverrid(?:e|den)\b|\bsub-?class(?:es)? (?:can|may|should|must)\b|\bimplement(?:ed)? by\b|\bto be implemented\b|\binterface\b/i
/** What a message says when the code is not done. */
const NOT_DONE = /\bnot\s+(?:yet\s+)?implemented\b|\bunimplemented\b|\bcoming soon\b|\bnot (?:done|written|finished) yet\b|^\s*TODO\b|\bTODO:/i
/** A body's only statement that delivers a message: raise X("..."), return "...", print/echo/log("..."). */
const MESSAGE_STATEMENT = /^(?:raise\s+[A-Za-z_][\w.]*\s*\(|return\s+[rRuU]?["']|(?:print|[A-Za-z_][\w.]*\.(?:echo|secho|print|warn|warning|info|error|debug|exception|critical|fail|exit)|sys\.exit|exit|warnings\.warn|typer\.echo|click\.echo)\s*\()/
const DEF = /^(?:async\s+)?def\s+([A-Za-z_]\w*)/
const CLASS = /^class\s+([A-Za-z_]\w*)\s*(?:\((.*)\))?\s*:/
const RAISE = /\braise\s+NotImplementedError\b/g
const RAISE_AT_START = /^raise\s+NotImplementedError\b/
/** `raise NotImplementedError("OOB score not supported by iforest")`: a deliberate refusal, not missing code. */
const UNSUPPORTED_BY_DESIGN = /\b(?:not supported|unsupported|does not support|doesn't support|do not support|don't support|cannot|can't|can not|is not available|not available|not allowed|not applicable|no longer|deprecated|removed|read-only|immutable|not possible)\b/i
const STUB_REMARK = /\b(?:stub|placeholder)\b/i
const TAG_REMARK = /\b(?:TODO|FIXME|XXX|TBD)\b/
const EMPTY_BODIES = new Set(['pass', '...', 'pass;', '...;'])

function decoratorName(code: string): string {
  const call = code.indexOf('(')
  const name = (call === -1 ? code : code.slice(0, call)).slice(1).trim()
  // `_overload` (PyTorch's own) is the same declaration as `typing.overload`.
  return name.slice(name.lastIndexOf('.') + 1).replace(/^_+/, '')
}

function firstCodeOffset(text: string, from: number, to: number): number {
  let at = from
  while (at < to && (isBlankCode(text.charCodeAt(at)) || text.charCodeAt(at) === 10)) at++
  return at
}

/** Why a class's methods are declarations for others to fill, from its own header. */
function interfaceClass(name: string, bases: readonly string[]): boolean {
  return INTERFACE_NAME.test(name) || bases.some((base) => isInterfaceBase(base))
}

class PythonAnalyser {
  private readonly stubs: RawFinding[] = []
  private readonly hooks: RawFinding[] = []
  private readonly reported = new Set<number>()
  private readonly scopes: Scope[] = []
  private readonly lines: LogicalLine[]

  constructor(
    private readonly text: string,
    private readonly spans: readonly Span[],
    private readonly isTestFile: boolean,
  ) {
    this.lines = logicalLines(text, spans)
  }

  run(): PythonAnalysis {
    const { lines, text } = this
    const raises = this.raiseOffsets()
    let raiseCursor = 0
    let decorators: string[] = []
    let decoratedFrom = -1
    for (let index = 0; index < lines.length; index++) {
      const line = lines[index] as LogicalLine
      while (this.scopes.length > 0 && (this.scopes[this.scopes.length - 1] as Scope).indent >= line.indent) this.closeScope()
      const doc = this.stringStatement(line)
      if (text.charCodeAt(line.start) === 64) {
        if (decorators.length === 0) decoratedFrom = line.start
        decorators.push(decoratorName(codeText(text, this.spans, line.start, line.end)))
        continue
      }
      if (startsWithKeyword(text, line.start, 'def') || startsWithKeyword(text, line.start, 'class') || startsWithKeyword(text, line.start, 'async')) {
        this.header(index, line, decorators, decorators.length > 0 ? decoratedFrom : line.start)
      }
      if (decorators.length > 0) decorators = []
      this.noteFirstStatement(line, doc)
      while (raiseCursor < raises.length && (raises[raiseCursor] as number) < line.start) raiseCursor++
      for (; raiseCursor < raises.length && (raises[raiseCursor] as number) <= line.end; raiseCursor++) this.reportRaise(raises[raiseCursor] as number, line)
      this.passMarkedAsStub(line)
    }
    while (this.scopes.length > 0) this.closeScope()
    return { stubs: this.stubs, hooks: this.hooks }
  }

  /**
   * Closes a scope. A class that refuses by design in one method (a shim for a removed API: "has
   * been removed", "not supported") refuses in the bare raises of its other methods too.
   */
  private closeScope(): void {
    const scope = this.scopes.pop() as Scope
    if (scope.kind !== 'class' || !scope.refuses) return
    for (let index = this.stubs.length - 1; index >= 0; index--) {
      const stub = this.stubs[index] as RawFinding
      if (stub.definedIn?.className !== scope.name || stub.tag !== 'NotImplementedError') continue
      this.stubs.splice(index, 1)
      this.hooks.push({ ...stub, kind: 'interface', message: `Interface hook: ${stub.definedIn.method}() (${scope.name} refuses by design)` })
    }
  }

  private raiseOffsets(): number[] {
    const offsets: number[] = []
    RAISE.lastIndex = 0
    for (let match = RAISE.exec(this.text); match !== null; match = RAISE.exec(this.text)) {
      if (spanAt(this.spans, match.index) === undefined) offsets.push(match.index)
    }
    return offsets
  }

  /** The span when the statement is a lone plain string (not an f-string or bytes), else undefined. */
  private stringStatement(line: LogicalLine): Span | undefined {
    const span = this.spans[firstSpanEndingAfter(this.spans, line.start)]
    if (span === undefined || span.kind !== 'string' || span.start !== line.start) return undefined
    if (/[fFbBtT]/.test(this.text.slice(span.start, span.bodyStart))) return undefined
    const rest = codeText(this.text, this.spans, span.end, line.end)
    return rest === '' || rest === ';' ? span : undefined
  }

  /** Records `line` as the first statement of the innermost function whose body it opens. */
  private noteFirstStatement(line: LogicalLine, doc: Span | undefined): void {
    const scope = this.scopes[this.scopes.length - 1]
    if (scope === undefined || scope.kind !== 'def' || scope.firstStatement !== undefined || line.indent <= scope.indent) return
    // A function's first statement comes after its docstring.
    if (doc !== undefined && isDocstring(this.text, this.spans, doc)) {
      scope.docstring = this.text.slice(doc.bodyStart, doc.bodyEnd)
      return
    }
    scope.firstStatement = line.start
  }

  private innermostFunctionScope(): Scope | undefined {
    for (let i = this.scopes.length - 1; i >= 0; i--) {
      const scope = this.scopes[i] as Scope
      if (scope.kind === 'def') return scope
    }
    return undefined
  }

  /** The class a function is a method of: the scope right above it. */
  private classOf(scope: Scope): Scope | undefined {
    const index = this.scopes.indexOf(scope)
    const above = index > 0 ? this.scopes[index - 1] : undefined
    return above?.kind === 'class' ? above : undefined
  }

  private enclosingExempt(): boolean {
    return this.scopes.some((scope) => scope.exempt || scope.protocol)
  }

  /** Opens the scope of a `def` or `class`. */
  /** The comment lines right above `top` (nothing but blanks between), joined; undefined when there are none. */
  private remarkAbove(top: number): string | undefined {
    const { text, spans } = this
    const parts: string[] = []
    let limit = top
    for (let index = firstSpanEndingAfter(spans, top) - 1; index >= 0 && parts.length < 3; index--) {
      const span = spans[index] as Span
      if (span.kind !== 'comment' || text.slice(span.end, limit).trim() !== '') break
      parts.unshift(text.slice(span.bodyStart, span.bodyEnd))
      limit = span.start
    }
    return parts.length === 0 ? undefined : parts.join(' ')
  }

  private header(index: number, line: LogicalLine, decorators: readonly string[], top: number): void {
    const { text, spans } = this
    const colon = headerColon(text, spans, line.start, line.end)
    const headerCode = codeText(text, spans, line.start, colon === -1 ? line.end : colon + 1)
    const inlineBody = colon === -1 ? '' : codeText(text, spans, colon + 1, line.end)
    const classMatch = CLASS.exec(headerCode)
    if (classMatch !== null) {
      const bases = baseNames(classMatch[2], true)
      const protocol = bases.includes('Protocol')
      const name = classMatch[1] as string
      this.scopes.push({ indent: line.indent, kind: 'class', name, exempt: false, protocol, ...(interfaceClass(name, bases) ? { hook: `${name} is an interface` } : {}) })
      return
    }
    const defMatch = DEF.exec(headerCode)
    if (defMatch === null) return
    const exempt = decorators.some((name) => EXEMPT_DECORATORS.has(name)) || this.enclosingExempt()
    const name = defMatch[1] as string
    const owner = this.scopes[this.scopes.length - 1]
    const hook = decorators.find((decorator) => HOOK_DECORATORS.has(decorator)) !== undefined ? `@${decorators.find((decorator) => HOOK_DECORATORS.has(decorator)) ?? ''}`
      : /^__\w+__$/.test(name) ? 'a dunder method'
      : owner?.kind === 'class' && owner.hook !== undefined ? owner.hook
      : undefined
    const inlineStart = inlineBody === '' ? undefined : firstCodeOffset(this.text, colon + 1, line.end)
    const remark = this.remarkAbove(top)
    this.scopes.push({ indent: line.indent, kind: 'def', name, exempt, protocol: false, ...(hook === undefined ? {} : { hook }), ...(inlineStart === undefined ? {} : { firstStatement: inlineStart }), ...(remark === undefined ? {} : { remark }) })
    if (!exempt) this.onlyStatement(index, line, colon, inlineBody, headerCode, name)
  }

  /** The statements of a function's body after its docstring, up to three, and the docstring. */
  private bodyOf(index: number, line: LogicalLine): { statements: LogicalLine[]; docstring: string | undefined } {
    const statements: LogicalLine[] = []
    for (let next = index + 1; next < this.lines.length && statements.length < 4; next++) {
      const candidate = this.lines[next] as LogicalLine
      if (candidate.indent <= line.indent) break
      statements.push(candidate)
    }
    let docstring: string | undefined
    const first = statements[0]
    const doc = first === undefined ? undefined : this.stringStatement(first)
    if (doc !== undefined) {
      docstring = this.text.slice(doc.bodyStart, doc.bodyEnd)
      statements.shift()
    }
    return { statements, docstring }
  }

  /**
   * A function whose only statement says it is not done: a `pass` or `...` under a docstring that
   * says so, or a message saying so, raised with any exception, returned, printed or logged.
   */
  private onlyStatement(index: number, line: LogicalLine, colon: number, inlineBody: string, headerCode: string, name: string): void {
    let body: string
    let at: number
    let docstring: string | undefined
    if (inlineBody !== '') {
      body = inlineBody
      at = firstCodeOffset(this.text, colon + 1, line.end)
    } else {
      const found = this.bodyOf(index, line)
      if (found.statements.length !== 1) return
      const only = found.statements[0] as LogicalLine
      body = codeText(this.text, this.spans, only.start, only.end)
      at = only.start
      docstring = found.docstring
    }
    const scope = this.scopes[this.scopes.length - 1] as Scope
    if (EMPTY_BODIES.has(body)) {
      if (docstring === undefined || !NOT_DONE.test(docstring) || this.isTestFile) return
      const statement = body.replace(/;$/, '')
      this.report(scope, { kind: 'stub', at, tag: statement, text: clip(`${headerCode} ${statement}`), message: `Stub: ${name}() only contains ${statement}, and its docstring says it is not done` })
      return
    }
    if (RAISE_AT_START.test(body) || !MESSAGE_STATEMENT.test(body) || this.isTestFile) return
    const message = this.text.slice(at, Math.min(this.text.length, at + 400))
    const statementEnd = this.lines[this.lines.findIndex((candidate) => candidate.start === at)]?.end ?? line.end
    const delivered = this.text.slice(at, statementEnd)
    if (!(NOT_DONE.test(delivered) || NOT_YET.test(delivered)) || message === '') return
    if ((UNSUPPORTED_BY_DESIGN.test(delivered) || SUBCLASS_DUTY.test(delivered) || DECLINED_CASE.test(delivered)) && !STILL_TO_COME.test(delivered)) return
    this.report(scope, { kind: 'stub', at, tag: 'not-implemented-message', text: clip(codeText(this.text, this.spans, at, statementEnd).length > 0 ? delivered.trim() : body), message: `Stub: ${name}() only says it is not implemented` }, STILL_TO_COME.test(delivered))
  }

  /** Reports a stub, or sets it aside as an interface hook when the method is one. */
  private report(scope: Scope, finding: RawFinding, saysNotDone = false): void {
    this.reported.add(finding.at)
    // A message that says the work is not done yet makes it unfinished code, hook or not.
    const reason = saysNotDone ? undefined : this.hookReason(scope)
    if (reason !== undefined) {
      this.hooks.push({ ...finding, kind: 'interface', message: `Interface hook: ${scope.name}() (${reason})` })
      return
    }
    // The class index may yet show the method to be a hook, unless its message says the work is not done.
    const owner = saysNotDone ? undefined : this.classOf(scope)
    this.stubs.push({ ...finding, ...(owner === undefined ? {} : { definedIn: { className: owner.name, method: scope.name } }) })
  }

  private hookReason(scope: Scope): string | undefined {
    if (scope.hook !== undefined) return scope.hook
    if (scope.docstring !== undefined && HOOK_DOCSTRING.test(scope.docstring)) return 'its docstring describes a hook'
    return undefined
  }

  private reportRaise(at: number, line: LogicalLine): void {
    if (this.enclosingExempt() || this.reported.has(at)) return
    const scope = this.innermostFunctionScope()
    if (this.isTestFile || scope === undefined || (scope.firstStatement !== line.start && scope.firstStatement !== at)) return
    const statement = codeText(this.text, this.spans, at, line.end)
    const written = this.text.slice(at, line.end)
    const notYet = STILL_TO_COME.test(written) || (scope.remark !== undefined && STILL_TO_COME.test(scope.remark))
    // A declined case is not the class refusing by design: its other stubs stay stubs.
    if (DECLINED_CASE.test(written) && !notYet) return
    if (UNSUPPORTED_BY_DESIGN.test(written) && !notYet) {
      const owner = this.classOf(scope)
      if (owner !== undefined) owner.refuses = true
      return
    }
    const finding: RawFinding = { kind: 'stub', at, tag: 'NotImplementedError', text: clip(statement), message: `Stub: raise NotImplementedError in ${scope.name}()` }
    if (SUBCLASS_DUTY.test(written) && !notYet) {
      this.reported.add(at)
      this.hooks.push({ ...finding, kind: 'interface', message: `Interface hook: ${scope.name}() (its message leaves it to subclasses)` })
      return
    }
    this.report(scope, finding, notYet)
  }

  /** `pass  # stub`, `pass  # TODO`: the author says it is not done. */
  private passMarkedAsStub(line: LogicalLine): void {
    const { text, spans } = this
    if (!text.startsWith('pass', line.start) || this.reported.has(line.start)) return
    if (codeText(text, spans, line.start, line.end) !== 'pass') return
    const comment = spans[firstSpanEndingAfter(spans, line.start + 4)]
    if (comment === undefined || comment.kind !== 'comment' || comment.start > line.end) return
    const remark = text.slice(comment.bodyStart, comment.bodyEnd)
    if (!STUB_REMARK.test(remark) && !TAG_REMARK.test(remark)) return
    if (this.enclosingExempt()) return
    const scope = this.innermostFunctionScope()
    const finding: RawFinding = {
      kind: 'stub',
      at: line.start,
      tag: 'pass',
      text: clip(text.slice(line.start, line.end).trim()),
      message: `Stub: pass marked as unfinished${scope === undefined ? '' : ` in ${scope.name}()`}`,
    }
    if (scope === undefined) {
      this.reported.add(line.start)
      this.stubs.push(finding)
    } else {
      this.report(scope, finding)
    }
  }
}

/**
 * Every stub found here is reported at one of these words standing in code: the `pass` or `...` of
 * an empty body, the `raise NotImplementedError`, the `pass` marked as a stub.
 */
const STUB_WORD_SOURCE = String.raw`NotImplementedError|\bpass\b|\.\.\.`
const STUB_WORD = new RegExp(STUB_WORD_SOURCE)
/** The words of a "not implemented" message, which stands in a string. */
const NOT_DONE_WORDS = /[Nn]ot (?:yet )?implemented|[Uu]nimplemented|[Cc]oming soon/
const STUB_WORDS = new RegExp(STUB_WORD_SOURCE, 'g')

/** The cheap pre-check on the raw text: without one of the stub words, no stub can be found. */
export function mayHoldPythonStubs(text: string): boolean {
  return STUB_WORD.test(text) || NOT_DONE_WORDS.test(text)
}

function hasStubWordInCode(text: string, spans: readonly Span[]): boolean {
  STUB_WORDS.lastIndex = 0
  for (let match = STUB_WORDS.exec(text); match !== null; match = STUB_WORDS.exec(text)) {
    if (spanAt(spans, match.index) === undefined) return true
  }
  return false
}

/**
 * The stubs in a Python file. The file's structure is worked out only when one of the stub words
 * stands in code: in most files they occur only in docstrings and comments ("pass the array",
 * doctest's `...`).
 */
export function analysePython(text: string, spans: readonly Span[], options: PythonStubOptions): PythonAnalysis {
  if (!hasStubWordInCode(text, spans) && !NOT_DONE_WORDS.test(text)) return { stubs: [], hooks: [] }
  return new PythonAnalyser(text, spans, options.isTestFile).run()
}
