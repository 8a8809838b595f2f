import { describe, expect, it } from 'vitest'
import { TODO, locate, scan } from './scan-helpers.js'

function stubs(language: string, text: string) {
  return scan(language, text).filter((finding) => finding.kind === 'stub')
}

function expectStub(language: string, text: string, tag: string, statement: string): void {
  const findings = stubs(language, text)
  expect(findings).toHaveLength(1)
  expect(findings[0]).toMatchObject({ ...locate(text, statement.slice(0, 12)), kind: 'stub', tag, text: statement, ruleId: 'placeholders/stub' })
}

describe('JavaScript and TypeScript', () => {
  it.each([
    ['throw new Error("not implemented")', 'TypeScript'],
    ["throw new Error('Not implemented');", 'TypeScript'],
    ['throw new Error("Method not implemented.");', 'TypeScript'],
    ['throw new Error(`${name} is not yet implemented`);', 'JavaScript'],
    ['throw Error("NOT IMPLEMENTED")', 'JavaScript'],
    ['throw new errors.AppError("unimplemented: export")', 'JavaScript'],
  ])('counts %s', (statement, language) => {
    expectStub(language, `function f() {\n  ${statement}\n}`, 'not-implemented-error', statement)
  })

  it('counts a dedicated not-implemented error class without a message', () => {
    expectStub('TypeScript', 'export const f = () => { throw new NotImplementedError() }', 'not-implemented-error', 'throw new NotImplementedError()')
  })

  it.each([
    ['throw new Error("invalid input")'],
    ['// throw new Error("not implemented")'],
    ['const s = \'throw new Error("not implemented")\''],
    ['const e = new Error("not implemented")'],
  ])('does not count %s', (text) => {
    expect(stubs('TypeScript', text)).toEqual([])
  })

  it('keeps a `)` inside the message in the statement text', () => {
    expectStub('TypeScript', 'function f() { throw new Error("f(x) not implemented"); }', 'not-implemented-error', 'throw new Error("f(x) not implemented");')
  })
})

describe('Rust', () => {
  it('counts todo!() and unimplemented!()', () => {
    expectStub('Rust', 'fn f() -> u32 {\n    todo!()\n}', 'todo!', 'todo!()')
    expectStub('Rust', 'fn g() { unimplemented!("later: {}", x) }', 'unimplemented!', 'unimplemented!("later: {}", x)')
  })

  it.each([['// todo!()'], ['let s = "todo!()";'], ['my_todo!();'], ['/* unimplemented!() */']])('does not count %s', (text) => {
    expect(stubs('Rust', text)).toEqual([])
  })
})

describe('Go', () => {
  it.each([
    ['panic("not implemented")'],
    ['panic("NOT IMPLEMENTED")'],
    ['panic("unimplemented: Close")'],
    ['panic(`not implemented`)'],
    ['panic(fmt.Sprintf("not implemented: %s", name))'],
  ])('counts %s', (statement) => {
    expectStub('Go', `func f() {\n\t${statement}\n}`, 'panic', statement)
  })

  it.each([['panic("unreachable")'], ['panic(err)'], ['// panic("not implemented")'], ['s := "panic(\\"not implemented\\")"']])('does not count %s', (text) => {
    expect(stubs('Go', text)).toEqual([])
  })
})

describe('Java and Kotlin', () => {
  it('counts UnsupportedOperationException with a not-implemented message', () => {
    expectStub('Java', 'void f() { throw new UnsupportedOperationException("Not implemented yet"); }', 'UnsupportedOperationException', 'throw new UnsupportedOperationException("Not implemented yet");')
    expectStub('Java', 'throw new UnsupportedOperationException("Not supported yet.");', 'UnsupportedOperationException', 'throw new UnsupportedOperationException("Not supported yet.");')
    expectStub('Kotlin', 'fun f(): Int = throw UnsupportedOperationException("not implemented")', 'UnsupportedOperationException', 'throw UnsupportedOperationException("not implemented")')
  })

  it('does not count UnsupportedOperationException as the legitimate API it is', () => {
    expect(stubs('Java', 'public void remove() { throw new UnsupportedOperationException(); }')).toEqual([])
    expect(stubs('Java', 'throw new UnsupportedOperationException("read-only list");')).toEqual([])
  })

  it("counts Kotlin's TODO() with and without a reason", () => {
    expectStub('Kotlin', `fun f(): Int = ${TODO}()`, `${TODO}()`, `${TODO}()`)
    expectStub('Kotlin', `fun g() {\n    ${TODO}("wire the cache")\n}`, `${TODO}()`, `${TODO}("wire the cache")`)
  })

  it("does not count a function named TODO, nor TODO() in a string; in a comment it is a comment tag", () => {
    expect(stubs('Kotlin', `fun ${TODO}(x: Int) = x`)).toEqual([])
    expect(stubs('Kotlin', `val s = "${TODO}()"`)).toEqual([])
    expect(scan('Kotlin', `// ${TODO}(alice): later`).map((finding) => finding.kind)).toEqual(['comment'])
  })
})

describe('C#', () => {
  it('counts NotImplementedException', () => {
    expectStub('C#', 'public int F() {\n    throw new NotImplementedException();\n}', 'NotImplementedException', 'throw new NotImplementedException();')
    expectStub('C#', 'public int G() => throw new System.NotImplementedException("later");', 'NotImplementedException', 'throw new System.NotImplementedException("later");')
  })

  it('does not count catching it or naming it in a string', () => {
    expect(stubs('C#', 'catch (NotImplementedException) { }\nvar s = "throw new NotImplementedException()";')).toEqual([])
  })
})

describe('other languages', () => {
  it('counts Swift fatalError("not implemented") but not the generated init(coder:)', () => {
    expectStub('Swift', 'func f() { fatalError("Not implemented") }', 'fatalError', 'fatalError("Not implemented")')
    expect(stubs('Swift', 'required init?(coder: NSCoder) { fatalError("init(coder:) has not been implemented") }')).toEqual([])
  })

  it("counts Scala's ??? as an expression only", () => {
    expectStub('Scala', 'def f: Int = ???', '???', '???')
    expect(stubs('Scala', 'val s = "???"\nval op = a ???? b')).toEqual([])
  })

  it('counts Dart UnimplementedError, Ruby NotImplementedError and PHP not-implemented exceptions', () => {
    expectStub('Dart', 'int f() => throw UnimplementedError();', 'UnimplementedError', 'throw UnimplementedError();')
    expectStub('Ruby', 'def area\n  raise NotImplementedError\nend', 'NotImplementedError', 'raise NotImplementedError')
    expectStub('PHP', "<?php\nfunction f() { throw new \\LogicException('Not implemented'); }", 'not-implemented-error', "throw new \\LogicException('Not implemented');")
  })
})

describe('where the statement stands (seen on vite, hugo and tokio)', () => {
  it('counts the whole body of a function or method, not a guard in a branch, a case or a setter', () => {
    const ts = `const build = {\n  resolve() {\n    throw new Error('Not implemented')\n  },\n  get(target, p) {\n    if (p in target) return target[p]\n    throw new Error('Not implemented property: ' + p)\n  },\n  set esbuild(_: unknown) {\n    throw new Error('Not implemented')\n  },\n}\nfunction load(result) {\n  if (result.warnings.length > 0) {\n    throw new Error('not implemented')\n  }\n}\n`
    expect(stubs('TypeScript', ts).map((finding) => finding.line)).toEqual([3])
    const go = `func get(s string) any {\n\tswitch s {\n\tcase "a":\n\t\treturn 1\n\tdefault:\n\t\tpanic("not implemented: " + s)\n\t}\n}\nfunc (n *Namespace) Eq(a any) bool {\n\tif n.caseInsensitive {\n\t\tpanic("caseInsensitive not implemented for Eq")\n\t}\n\treturn true\n}\nfunc parse() {\n\tpanic("not implemented")\n}\n`
    expect(stubs('Go', go).map((finding) => finding.line)).toEqual([16])
    expect(stubs('Rust', `fn f(x: u8) -> u8 {\n    match x {\n        0 => unimplemented!(),\n        _ => todo!(),\n    }\n}\n`).map((finding) => finding.tag)).toEqual(['todo!'])
  })

  it('leaves a getter that refuses and a case the message declines by name', () => {
    expect(stubs('TypeScript', `const build = {\n  get esbuild(): Esbuild {\n    throw new Error('Not implemented')\n  },\n}\n`)).toEqual([])
    expect(stubs('TypeScript', `function backward() {\n  throw new Error('Backward is not implemented for sparse tensors')\n}\nfunction forward() {\n  throw new Error('not implemented yet for sparse tensors')\n}\n`).map((finding) => finding.line)).toEqual([5])
    const python = `def _sage_attention_backward_op(ctx, grad_out, *args):\n    raise NotImplementedError("Backward pass is not implemented for Sage attention.")\n\n\ndef _npu_backward_op(ctx, grad_out, *args):\n    raise NotImplementedError("Backward pass is not implemented yet for NPU attention.")\n\n\n# Not implemented yet.\n@torch.no_grad()\ndef _fused_backward_op(ctx, grad_out):\n    raise NotImplementedError("Backward pass is not implemented for Npu Fusion Attention.")\n`
    expect(stubs('Python', python).map((finding) => finding.line)).toEqual([6, 12])
  })

  it('reads a Go method whose whole body panics as an interface hook, unless it says "not yet"', () => {
    const go = `func (fs *memFs) ReadDir(name string) ([]os.FileInfo, error) {\n\tpanic("not implemented")\n}\nfunc (fs *memFs) Chmod(name string) error {\n\tpanic("not implemented yet")\n}\n`
    expect(stubs('Go', go).map((finding) => finding.line)).toEqual([5])
    expect(scan('Go', go, { interfaceHooks: true }).map((finding) => [finding.line, finding.kind])).toEqual([[2, 'interface'], [5, 'stub']])
  })

  it('leaves code built for the docs, deprecated shims and messages that leave the work to an implementer', () => {
    const rust = `#[cfg(doc)]\ndoc! {macro_rules! join {\n    ($($future:expr),*) => { unimplemented!() }\n}}\n\n#[cfg(docsrs)]\nmacro_rules! impl_traits {\n    ($type:ty) => {\n        impl $type {\n            fn into_owned(self) -> u8 {\n                todo!("For doc generation only")\n            }\n        }\n    };\n}\n\ntrait Source {\n    #[deprecated(since = "1.52.0", note = "use register_borrowed instead")]\n    fn register(&mut self) {\n        // Old implementers still compile.\n        unimplemented!("Use Source::register_borrowed instead")\n    }\n    fn poll(&mut self) {\n        unimplemented!()\n    }\n}\n`
    expect(stubs('Rust', rust).map((finding) => finding.line)).toEqual([24])
    expect(stubs('TypeScript', `function connect(transport) {\n  throw new Error('transport must implement send and connect when invoke is not implemented')\n}\n`)).toEqual([])
  })
})

describe('settings', () => {
  it('finds no stubs when stubs are off', () => {
    const text = `fn f() { todo!() } // ${TODO}: x`
    expect(scan('Rust', text, { stubs: false }).map((finding) => finding.kind)).toEqual(['comment'])
  })

  it('writes a message that names the statement', () => {
    expect(stubs('Rust', 'fn f() { todo!() }')[0]?.message).toBe('Stub: todo!()')
  })
})

describe('test doubles', () => {
  it('does not count stubs in test sources: a mock that stands in on purpose', () => {
    const mock = 'impl Preprocessor for Mock {\n    fn run(&self) -> Result<Book> {\n        unimplemented!()\n    }\n}\n'
    expect(scan('Rust', mock, {}, 'crates/driver/src/mdbook/tests.rs').filter((finding) => finding.kind === 'stub')).toEqual([])
    expect(scan('TypeScript', "export const fake = () => { throw new Error('not implemented') }\n", {}, 'src/api.test.ts').filter((finding) => finding.kind === 'stub')).toEqual([])
    expect(scan('Go', 'func (f *fake) Run() { panic("not implemented") }\n', {}, 'pkg/run_test.go').filter((finding) => finding.kind === 'stub')).toEqual([])
    expect(scan('Rust', mock, {}, 'crates/driver/src/mdbook.rs').filter((finding) => finding.kind === 'stub')).toHaveLength(1)
  })
})
