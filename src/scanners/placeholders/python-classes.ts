import type { PythonClass } from './python-stubs.js'

/** `class Name(bases):` and `def name(` at the start of a line, with their indentation. */
const DECLARATION = /^([ \t]*)(?:class[ \t]+([A-Za-z_]\w*)[ \t]*(?:\(([^)\n]{0,400})\)?)?|(?:async[ \t]+)?def[ \t]+([A-Za-z_]\w*))/gm
const CHEAP_TEST = /^[ \t]*class[ \t]/m

interface OpenClass {
  readonly indent: number
  readonly name: string
  readonly bases: readonly string[]
  readonly methods: string[]
  /** The indentation of the class's body, from its first member: deeper `def`s are nested functions. */
  bodyIndent?: number
}

function bases(list: string | undefined): string[] {
  if (list === undefined) return []
  return list
    .split(',')
    .map((base) => base.trim())
    .filter((base) => base !== '' && !base.startsWith('*') && !base.includes('='))
    .map((base) => base.replace(/\[.*$/s, ''))
    .map((base) => base.slice(base.lastIndexOf('.') + 1))
    .filter((base) => /^[A-Za-z_]\w*$/.test(base) && base !== 'object')
}

/**
 * Every class a Python file declares, with its bases and the methods written directly in it, read
 * from the declarations' lines alone. It feeds the cross-file class index, so it runs on every
 * Python file: one regular-expression pass, without the structure the stub rules need. A
 * declaration inside a string can only add a class, which can only keep a stub out.
 */
export function pythonClasses(text: string): PythonClass[] {
  if (!CHEAP_TEST.test(text)) return []
  const classes: PythonClass[] = []
  const open: OpenClass[] = []
  const close = (indent: number) => {
    while (open.length > 0 && (open[open.length - 1] as OpenClass).indent >= indent) {
      const done = open.pop() as OpenClass
      classes.push({ name: done.name, bases: done.bases, methods: done.methods })
    }
  }
  DECLARATION.lastIndex = 0
  for (let match = DECLARATION.exec(text); match !== null; match = DECLARATION.exec(text)) {
    const indent = (match[1] as string).replace(/\t/g, '        ').length
    const className = match[2]
    const method = match[4]
    if (className !== undefined) {
      close(indent)
      const owner = open[open.length - 1]
      if (owner !== undefined) owner.bodyIndent ??= indent
      open.push({ indent, name: className, bases: bases(match[3]), methods: [] })
    } else if (method !== undefined) {
      close(indent)
      const owner = open[open.length - 1]
      if (owner !== undefined && indent > owner.indent) {
        owner.bodyIndent ??= indent
        if (indent === owner.bodyIndent) owner.methods.push(method)
      }
    }
  }
  close(-1)
  return classes
}
