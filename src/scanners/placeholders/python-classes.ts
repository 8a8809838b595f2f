/** A class as the cross-file index needs it: its name, its bases and the methods it defines. */
export interface PythonClass {
  readonly name: string
  readonly bases: readonly string[]
  readonly methods: readonly string[]
}

/** Bases that make a class an interface: its methods are declarations for subclasses. */
const INTERFACE_BASES = new Set(['ABC', 'ABCMeta', 'Protocol', 'Generic', 'Interface', 'ZopeInterface'])
/** Names people give interfaces and mixins. */
export const INTERFACE_NAME = /^(?:Base|Abstract|I[A-Z])|(?:Base|Mixin|Interface|Protocol|ABC)$/

export function isInterfaceBase(name: string): boolean {
  return INTERFACE_BASES.has(name) || INTERFACE_NAME.test(name)
}

const CLASS_HEAD = /class[ \t]+([A-Za-z_]\w*)[ \t]*(?:\(([^)\n]{0,400})\)?)?/y
const DEF_HEAD = /(?:async[ \t]+)?def[ \t]+([A-Za-z_]\w*)/y

/** The indentation before `at` when only blanks stand between it and the start of its line; -1 otherwise. */
function lineIndent(text: string, at: number): number {
  let width = 0
  for (let i = at - 1; i >= 0; i--) {
    const code = text.charCodeAt(i)
    if (code === 10) return width
    if (code === 32) width++
    else if (code === 9) width += 8
    else return -1
  }
  return width
}

interface OpenClass {
  readonly indent: number
  readonly name: string
  readonly bases: readonly string[]
  readonly methods: string[]
  /** The indentation of the class's body, from its first member: deeper `def`s are nested functions. */
  bodyIndent?: number
}

/**
 * The names of a class's bases as written, without module prefixes or generic arguments;
 * `keywordValues` also keeps the values of keyword arguments (`metaclass=ABCMeta`).
 */
export function baseNames(list: string | undefined, keywordValues = false): string[] {
  if (list === undefined) return []
  return list
    .split(',')
    .map((base) => base.trim())
    .filter((base) => base !== '' && !base.startsWith('*') && (keywordValues || !base.includes('=')))
    .map((base) => (base.includes('=') ? base.slice(base.indexOf('=') + 1).trim() : base))
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
  let nextClass = text.indexOf('class ')
  if (nextClass === -1) return []
  const classes: PythonClass[] = []
  const open: OpenClass[] = []
  const close = (indent: number) => {
    while (open.length > 0 && (open[open.length - 1] as OpenClass).indent >= indent) {
      const done = open.pop() as OpenClass
      classes.push({ name: done.name, bases: done.bases, methods: done.methods })
    }
  }
  // Only the words are visited, not every line: most of a file is neither.
  let nextDef = text.indexOf('def ')
  while (nextClass !== -1 || nextDef !== -1) {
    const isClass = nextDef === -1 || (nextClass !== -1 && nextClass < nextDef)
    let at = isClass ? nextClass : nextDef
    if (isClass) nextClass = text.indexOf('class ', at + 6)
    else nextDef = text.indexOf('def ', at + 4)
    if (!isClass && at >= 6 && text.startsWith('async', at - 6) && /[ \t]/.test(text[at - 1] as string)) at -= 6
    const indent = lineIndent(text, at)
    if (indent === -1) continue
    const pattern = isClass ? CLASS_HEAD : DEF_HEAD
    pattern.lastIndex = at
    const match = pattern.exec(text)
    if (match === null) continue
    if (isClass) {
      close(indent)
      const owner = open[open.length - 1]
      if (owner !== undefined) owner.bodyIndent ??= indent
      open.push({ indent, name: match[1] as string, bases: baseNames(match[2]), methods: [] })
    } else {
      close(indent)
      const owner = open[open.length - 1]
      if (owner !== undefined && indent > owner.indent) {
        owner.bodyIndent ??= indent
        if (indent === owner.bodyIndent) owner.methods.push(match[1] as string)
      }
    }
  }
  close(-1)
  return classes
}
