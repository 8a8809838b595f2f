import { describe, expect, it } from 'vitest'
import { TODO, locate, scan, where } from './scan-helpers.js'

const py = (text: string, path = 'pkg/model.py') => scan('Python', text, {}, path)
const stubs = (text: string, path?: string) => py(text, path).filter((finding) => finding.kind === 'stub')

describe('raise NotImplementedError', () => {
  it.each([
    ['raise NotImplementedError'],
    ['raise NotImplementedError()'],
    ['raise NotImplementedError("train is not ready")'],
  ])('counts %s and names the function', (statement) => {
    const text = `class Model:\n    def train(self, data):\n        ${statement}\n`
    expect(stubs(text)).toEqual([
      expect.objectContaining({ ...locate(text, 'raise'), tag: 'NotImplementedError', text: statement, message: 'Stub: raise NotImplementedError in train()' }),
    ])
  })

  it('collapses a message spread over lines into the text', () => {
    const text = 'def f():\n    raise NotImplementedError(\n        "not yet"\n    )\n'
    expect(stubs(text)[0]?.text).toBe('raise NotImplementedError( "not yet" )')
  })

  it('counts a raise that is a function\'s first statement, also in a one-line function, and not at module level', () => {
    expect(stubs('raise NotImplementedError\n')).toEqual([])
    expect(stubs('def f(): raise NotImplementedError\n')[0]?.message).toBe('Stub: raise NotImplementedError in f()')
    expect(stubs('def f():\n    "Doc."\n    raise NotImplementedError("later")\n')[0]?.message).toBe('Stub: raise NotImplementedError in f()')
  })

  it('does not count a raise that guards an unsupported case inside real code', () => {
    const text = 'def fit(X):\n    if X.dtype != "uint8":\n        raise NotImplementedError("X must be uint8")\n    return X\n'
    expect(stubs(text)).toEqual([])
    expect(stubs('def g(x):\n    y = x\n    raise NotImplementedError\n')).toEqual([])
  })

  it('does not count a refusal by design, nor a raise in a test double', () => {
    expect(stubs('def oob(self):\n    raise NotImplementedError("OOB score not supported by iforest")\n')).toEqual([])
    expect(scan('Python', 'def predict(self, X):\n    raise NotImplementedError\n', {}, 'pkg/tests/test_model.py')).toEqual([])
  })

  it('treats a private _overload decorator like typing.overload', () => {
    expect(stubs('@_overload\ndef f(x: int) -> int:\n    pass\n')).toEqual([])
  })

  it.each([
    ['@abstractmethod'],
    ['@abc.abstractmethod'],
    ['@overload'],
    ['@typing.overload'],
    ['@abstractmethod\n    @property'],
  ])('does not count it under %s', (decorator) => {
    expect(stubs(`class Base(ABC):\n    ${decorator}\n    def run(self):\n        raise NotImplementedError\n`)).toEqual([])
  })

  it.each([['Protocol'], ['typing.Protocol'], ['Protocol[T]'], ['Base, Protocol']])('does not count it in a class deriving from %s', (bases) => {
    expect(stubs(`class Reader(${bases}):\n    def read(self) -> bytes:\n        raise NotImplementedError\n`)).toEqual([])
  })

  it('counts it again after the exempt class ends', () => {
    const text = 'class P(Protocol):\n    def a(self): ...\n\ndef b():\n    raise NotImplementedError\n'
    expect(stubs(text).map((finding) => finding.message)).toEqual(['Stub: raise NotImplementedError in b()'])
  })

  it('does not count it in strings, comments, except clauses or NotImplemented', () => {
    const text = [
      's = "raise NotImplementedError"',
      '# raise NotImplementedError',
      'try:',
      '    f()',
      'except NotImplementedError:',
      '    g()',
      'def __eq__(self, other):',
      '    return NotImplemented',
    ].join('\n')
    expect(stubs(text)).toEqual([])
  })
})

describe('functions whose body is only pass or ...', () => {
  it('does not count a bare pass or ... body: hooks, no-ops and callbacks need one and nothing says they are unfinished', () => {
    const text = [
      'def a():',
      '    pass',
      '',
      'def b(x: int) -> int:',
      '    ...',
      '',
      'def c():',
      '    """Does c."""',
      '    pass',
      '',
      'def noop(): pass',
      '',
      'class Command:',
      '    def initialize_options(self):',
      '        pass',
    ].join('\n')
    expect(stubs(text)).toEqual([])
  })

  it('counts a pass or ... body that its docstring or comment marks unfinished', () => {
    const text = [
      'def a():',
      '    """Not implemented yet."""',
      '    pass',
      '',
      'def b():',
      '    """TODO: write the loader."""',
      '    ...',
      '',
      'def c():',
      '    pass  # TODO',
      '',
      'def d():',
      '    pass  # stub until v2',
    ].join('\n')
    expect(stubs(text).map(({ line, tag, message }) => ({ line, tag, message }))).toEqual([
      { line: 3, tag: 'pass', message: 'Stub: a() only contains pass, and its docstring says it is not done' },
      { line: 7, tag: '...', message: 'Stub: b() only contains ..., and its docstring says it is not done' },
      { line: 10, tag: 'pass', message: 'Stub: pass marked as unfinished in c()' },
      { line: 13, tag: 'pass', message: 'Stub: pass marked as unfinished in d()' },
    ])
  })

  it('leaves out marked bodies in test files and dunder methods', () => {
    expect(scan('Python', 'def helper():\n    """Not implemented."""\n    pass\n', {}, 'pkg/tests/test_x.py').filter((finding) => finding.kind === 'stub')).toEqual([])
    expect(stubs('class C:\n    def __exit__(self, *args):\n        """Not implemented."""\n        pass\n')).toEqual([])
  })

  it('follows a signature over several lines', () => {
    const text = 'async def fetch(\n    url: str,  # the URL\n    timeout: float = 1.0,\n) -> bytes:\n    """Not implemented."""\n    pass\n'
    expect(stubs(text)).toEqual([expect.objectContaining({ line: 6, tag: 'pass', text: 'async def fetch( url: str, timeout: float = 1.0, ) -> bytes: pass' })])
  })

  it('does not count bodies that do something, docstring-only bodies or class bodies', () => {
    const text = [
      'def a():',
      '    pass',
      '    return 1',
      'def b():',
      '    """Only documented."""',
      'def c():',
      '    if x:',
      '        pass',
      'class Empty(Exception):',
      '    pass',
    ].join('\n')
    expect(stubs(text)).toEqual([])
  })

  it('does not count abstract methods, overloads or Protocol members', () => {
    const text = [
      'class Base(ABC):',
      '    @abstractmethod',
      '    def run(self): ...',
      '    @overload',
      '    def get(self, key: int) -> int: ...',
      'class Sized(Protocol):',
      '    def __len__(self) -> int:',
      '        ...',
    ].join('\n')
    expect(stubs(text)).toEqual([])
  })

  it('skips .pyi stub files for stubs but still reads their comments', () => {
    const text = `def f() -> int: ...\n# ${TODO}: type the rest\n`
    expect(where(py(text, 'pkg/model.pyi'))).toEqual([{ line: 2, column: 3, kind: 'comment', tag: TODO }])
  })
})

describe('pass marked as a stub', () => {
  it('counts pass whose comment says stub or placeholder', () => {
    const text = 'try:\n    run()\nexcept KeyError:\n    pass  # stub\nfor x in y:\n    pass # Placeholder until v2\n'
    expect(stubs(text).map(({ line, tag, text: statement }) => ({ line, tag, statement }))).toEqual([
      { line: 4, tag: 'pass', statement: 'pass  # stub' },
      { line: 6, tag: 'pass', statement: 'pass # Placeholder until v2' },
    ])
  })

  it('reports a pass-only function once even when the pass says stub', () => {
    expect(stubs('def f():\n    pass  # stub\n')).toHaveLength(1)
  })

  it('does not count other comments on pass', () => {
    expect(stubs('try:\n    x()\nexcept OSError:\n    pass  # nothing to clean up\n')).toEqual([])
  })
})

describe('docstrings', () => {
  it('reads tags in module, class and function docstrings as comments', () => {
    const text = [
      `"""Module. ${TODO}: split this module."""`,
      'class A:',
      `    """${TODO}(alice): document A."""`,
      '    def f(self):',
      '        """Return one.',
      '',
      `        ${TODO}: handle two.`,
      '        """',
      '        return 1',
    ].join('\n')
    expect(where(py(text))).toEqual([
      { line: 1, column: 12, kind: 'comment', tag: TODO },
      { line: 3, column: 8, kind: 'comment', tag: TODO },
      { line: 7, column: 9, kind: 'comment', tag: TODO },
    ])
    expect(py(text)[1]?.reference).toBe('alice')
  })

  it('does not read triple-quoted strings that are data, f-strings, or mentions in docstrings', () => {
    const text = [
      'import x',
      `QUERY = """${TODO}: not a docstring"""`,
      'def f():',
      `    f"""${TODO}: an f-string is never a docstring"""`,
      'def g():',
      `    """Returns the ${TODO} list."""`,
      '    call("""',
      `    ${TODO}: an argument`,
      '    """)',
    ].join('\n')
    expect(py(text)).toEqual([])
  })

  it('reads every tag of a docstring and none of the data string after it', () => {
    const text = `def f():\n    """${TODO}: one.\n\n    ${TODO}: two.\n    """\n    x = """\n    ${TODO}: data.\n    ${TODO}: data.\n    """\n`
    expect(where(py(text)).map((finding) => finding.line)).toEqual([2, 4])
  })

  // Docstrings are decided from the string's line and the statement before it; each shape here
  // is one a backwards walk could get wrong.
  it.each([
    ['after comments and blank lines at the top of the module', `# Copyright\n\n# More\n"""${TODO}: module doc."""\nimport os\n`],
    ['after a header spread over lines', `def f(\n    a,  # first\n    b=(1, 2),\n) -> dict[str, int]:\n    """${TODO}: document."""\n`],
    ['after a header continued with a backslash', `def f(a, \\\n      b):\n    """${TODO}: document."""\n`],
    ['after a comment following the header', `class A(\n    Base,\n):  # the base\n    # more\n    '''${TODO}: document.'''\n`],
    ['in an async function', `async def f():\n    "${TODO}: document."\n`],
    ['with a semicolon after it', `def f():\n    """${TODO}: document.""";\n    return 1\n`],
    ['in a CRLF file', `def f(x: int,\r\n      y: str):\r\n    """${TODO}: document."""\r\n`],
  ])('reads a docstring %s', (_shape, text) => {
    expect(py(text).map((finding) => finding.kind)).toEqual(['comment'])
  })

  it.each([
    ['after an if header', `if DEBUG:\n    """${TODO}: not a docstring."""\n`],
    ['after a header with its body on the same line', `def f(): return 1\n"""${TODO}: not a docstring."""\n`],
    ['as the second statement of a module', `"""Doc."""\n"""${TODO}: a note."""\n`],
    ['after code on an earlier line of the module', `import os\n"""${TODO}: a note."""\n`],
    ['in the middle of a function', `def f():\n    x = 1\n    """${TODO}: handle y."""\n    return x\n`],
  ])('reads a bare string statement that opens with a tag %s', (_shape, text) => {
    expect(py(text).map((finding) => finding.kind)).toEqual(['comment'])
  })

  it.each([
    ['as a dict value after a colon', `CONFIG = {\n    "key":\n        """${TODO}: data."""\n}\n`],
    ['mentioning a tag mid-string', `import os\n"""Data with a ${TODO}: inside."""\n`],
    ['as a call argument on its own line', `run(\n    """${TODO}: data.""",\n)\n`],
    ['followed by a method call', `def f():\n    """${TODO}: {}""".format(1)\n`],
    ['continued with a backslash', `def f():\n    """${TODO}: a""" \\\n        "b"\n`],
    ['after a lambda whose colon ends a line inside brackets', `handlers = [\n    lambda event:\n        "${TODO}: data",\n]\n`],
    ['as a bytes literal', `def f():\n    b"""${TODO}: bytes."""\n`],
  ])('does not read a string %s', (_shape, text) => {
    expect(py(text)).toEqual([])
  })
})

describe('doctest lines in strings', () => {
  it('counts a comment on a doctest line of a string constant, not other text of the string', () => {
    const text = `EXAMPLE_DOC_STRING = """\n    Examples:\n        >>> pipe = load(\n        ...     "org/model"\n        ... )  # ${TODO} update model path\n        >>> print("# ${TODO} in a string")\n        ${TODO}: prose of the string\n"""\n`
    expect(scan('Python', text).map((finding) => [finding.line, finding.message])).toEqual([[5, `${TODO} update model path`]])
  })
})
