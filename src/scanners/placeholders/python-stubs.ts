import type { Span } from './lexer-types.js'
import type { RawFinding } from './raw-finding.js'
import { codeText, headerColon, logicalLines, startsWithKeyword, type LogicalLine } from './python-lines.js'
import { firstSpanEndingAfter, spanAt } from './span-index.js'
import { isDocstring } from './python-docstrings.js'
import { clip } from './finding-text.js'
import { isBlankCode } from './char-codes.js'

/**
 * Python's structure-aware rules: which code stands in for an
 * implementation (`raise NotImplementedError`, a body of only `pass` or `...`, `pass  # stub`).
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
  /** Offset of the first statement of a function's body (after its docstring), once seen. */
  firstStatement?: number
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
const DEF = /^(?:async\s+)?def\s+([A-Za-z_]\w*)/
const CLASS = /^class\s+([A-Za-z_]\w*)\s*(?:\((.*)\))?\s*:/
const RAISE = /\braise\s+NotImplementedError\b/g
/** `raise NotImplementedError("OOB score not supported by iforest")`: a deliberate refusal, not missing code. */
const UNSUPPORTED_BY_DESIGN = /\b(?:not supported|unsupported|does not support|doesn't support|cannot be|is not available|not available)\b/i
const STUB_REMARK = /\b(?:stub|placeholder)\b/i
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

class PythonAnalyser {
  private readonly stubs: RawFinding[] = []
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

  run(): RawFinding[] {
    const { lines, text } = this
    const raises = this.raiseOffsets()
    let raiseCursor = 0
    let decorators: string[] = []
    for (let index = 0; index < lines.length; index++) {
      const line = lines[index] as LogicalLine
      while (this.scopes.length > 0 && (this.scopes[this.scopes.length - 1] as Scope).indent >= line.indent) this.scopes.pop()
      const doc = this.stringStatement(line)
      if (text.charCodeAt(line.start) === 64) {
        decorators.push(decoratorName(codeText(text, this.spans, line.start, line.end)))
        continue
      }
      if (startsWithKeyword(text, line.start, 'def') || startsWithKeyword(text, line.start, 'class') || startsWithKeyword(text, line.start, 'async')) {
        this.header(index, line, decorators)
      }
      if (decorators.length > 0) decorators = []
      this.noteFirstStatement(line, doc)
      while (raiseCursor < raises.length && (raises[raiseCursor] as number) < line.start) raiseCursor++
      for (; raiseCursor < raises.length && (raises[raiseCursor] as number) <= line.end; raiseCursor++) this.reportRaise(raises[raiseCursor] as number, line)
      this.passMarkedAsStub(line)
    }
    return this.stubs
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
    if (doc !== undefined && isDocstring(this.text, this.spans, doc)) return
    scope.firstStatement = line.start
  }

  private innermostFunctionScope(): Scope | undefined {
    for (let i = this.scopes.length - 1; i >= 0; i--) {
      const scope = this.scopes[i] as Scope
      if (scope.kind === 'def') return scope
    }
    return undefined
  }

  private enclosingExempt(): boolean {
    return this.scopes.some((scope) => scope.exempt || scope.protocol)
  }

  private innermostFunction(): string | undefined {
    return this.innermostFunctionScope()?.name
  }

  /** Opens the scope of a `def` or `class`. */
  private header(index: number, line: LogicalLine, decorators: readonly string[]): void {
    const { text, spans } = this
    const colon = headerColon(text, spans, line.start, line.end)
    const headerCode = codeText(text, spans, line.start, colon === -1 ? line.end : colon + 1)
    const inlineBody = colon === -1 ? '' : codeText(text, spans, colon + 1, line.end)
    const classMatch = CLASS.exec(headerCode)
    if (classMatch !== null) {
      const protocol = /\bProtocol\b/.test(classMatch[2] ?? '')
      this.scopes.push({ indent: line.indent, kind: 'class', name: classMatch[1] as string, exempt: false, protocol })
      return
    }
    const defMatch = DEF.exec(headerCode)
    if (defMatch === null) return
    const exempt = decorators.some((name) => EXEMPT_DECORATORS.has(name)) || this.enclosingExempt()
    const name = defMatch[1] as string
    const inlineStart = inlineBody === '' ? undefined : firstCodeOffset(this.text, colon + 1, line.end)
    this.scopes.push({ indent: line.indent, kind: 'def', name, exempt, protocol: false, ...(inlineStart === undefined ? {} : { firstStatement: inlineStart }) })
    if (!exempt) this.emptyBody(index, line, colon, inlineBody, headerCode, name)
  }

  /** A function whose only statement (after an optional docstring) is `pass` or `...`. */
  private emptyBody(index: number, line: LogicalLine, colon: number, inlineBody: string, headerCode: string, name: string): void {
    let body: string
    let at: number
    if (inlineBody !== '') {
      if (inlineBody === '...' || inlineBody === '...;') return
      body = inlineBody
      at = firstCodeOffset(this.text, colon + 1, line.end)
    } else {
      const statements: LogicalLine[] = []
      for (let next = index + 1; next < this.lines.length && statements.length < 3; next++) {
        const candidate = this.lines[next] as LogicalLine
        if (candidate.indent <= line.indent) break
        statements.push(candidate)
      }
      if (statements.length > 0 && this.stringStatement(statements[0] as LogicalLine) !== undefined) statements.shift()
      if (statements.length !== 1) return
      const only = statements[0] as LogicalLine
      body = codeText(this.text, this.spans, only.start, only.end)
      at = only.start
    }
    if (!EMPTY_BODIES.has(body)) return
    const statement = body.replace(/;$/, '')
    if (statement === 'pass' && (this.isTestFile || /^__\w+__$/.test(name))) return
    this.reported.add(at)
    this.stubs.push({
      kind: 'stub',
      at,
      tag: statement,
      text: clip(`${headerCode} ${statement}`),
      message: `Stub: ${name}() only contains ${statement}`,
    })
  }

  private reportRaise(at: number, line: LogicalLine): void {
    if (this.enclosingExempt()) return
    const scope = this.innermostFunctionScope()
    if (this.isTestFile || scope === undefined || (scope.firstStatement !== line.start && scope.firstStatement !== at)) return
    const statement = codeText(this.text, this.spans, at, line.end)
    if (UNSUPPORTED_BY_DESIGN.test(this.text.slice(at, line.end))) return
    const name = scope.name
    this.stubs.push({
      kind: 'stub',
      at,
      tag: 'NotImplementedError',
      text: clip(statement),
      message: `Stub: raise NotImplementedError in ${name}()`,
    })
  }

  /** `pass  # stub` or `pass  # placeholder`: the author says it is one. */
  private passMarkedAsStub(line: LogicalLine): void {
    const { text, spans } = this
    if (!text.startsWith('pass', line.start) || this.reported.has(line.start)) return
    if (codeText(text, spans, line.start, line.end) !== 'pass') return
    const comment = spans[firstSpanEndingAfter(spans, line.start + 4)]
    if (comment === undefined || comment.kind !== 'comment' || comment.start > line.end) return
    if (!STUB_REMARK.test(text.slice(comment.bodyStart, comment.bodyEnd))) return
    if (this.enclosingExempt()) return
    const name = this.innermostFunction()
    this.stubs.push({
      kind: 'stub',
      at: line.start,
      tag: 'pass',
      text: clip(text.slice(line.start, line.end).trim()),
      message: `Stub: pass marked as a placeholder${name === undefined ? '' : ` in ${name}()`}`,
    })
  }
}

/**
 * Every stub found here is reported at one of these words standing in code: the `pass` or `...` of
 * an empty body, the `raise NotImplementedError`, the `pass` marked as a stub.
 */
const STUB_WORD_SOURCE = String.raw`NotImplementedError|\bpass\b|\.\.\.`
const STUB_WORD = new RegExp(STUB_WORD_SOURCE)
const STUB_WORDS = new RegExp(STUB_WORD_SOURCE, 'g')

/** The cheap pre-check on the raw text: without one of the stub words, no stub can be found. */
export function mayHoldPythonStubs(text: string): boolean {
  return STUB_WORD.test(text)
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
export function analysePython(text: string, spans: readonly Span[], options: PythonStubOptions): RawFinding[] {
  if (!hasStubWordInCode(text, spans)) return []
  return new PythonAnalyser(text, spans, options.isTestFile).run()
}
