import { isInterfaceBase, type PythonClass } from './python-classes.js'

/** The method a Python stub stands in: what the class index decides about. */
export interface StubOwner {
  readonly className: string
  readonly method: string
}

/** Collects every Python class of the audit: names, bases and methods, a few strings each. */
export class ClassIndexBuilder {
  readonly classes: PythonClass[] = []

  add(classes: readonly PythonClass[]): void {
    for (const entry of classes) this.classes.push(entry)
  }
}

/** Inheritance deeper than this is a loop or generated code; the walk stops there. */
const MAX_DEPTH = 32

/**
 * Across files, whether a stub's method is an interface hook: its class derives from an interface
 * (through classes of the repository), or a class of the repository that derives from it defines
 * the same method again. Classes are known by name; two classes of one name count as one, which
 * can only keep a finding out.
 */
export class ClassIndex {
  private readonly byName = new Map<string, PythonClass[]>()
  private readonly children = new Map<string, PythonClass[]>()
  private readonly interfaceMemo = new Map<string, boolean>()

  constructor(classes: readonly PythonClass[]) {
    for (const entry of classes) {
      const named = this.byName.get(entry.name)
      if (named) named.push(entry)
      else this.byName.set(entry.name, [entry])
      for (const base of entry.bases) {
        const list = this.children.get(base)
        if (list) list.push(entry)
        else this.children.set(base, [entry])
      }
    }
  }

  /** Why the method is an interface hook, or undefined when it is unfinished code. */
  hookReason(owner: StubOwner): string | undefined {
    if (this.derivesFromInterface(owner.className, 0)) return `${owner.className} derives from an interface`
    const overriding = this.overriddenBy(owner)
    return overriding === undefined ? undefined : `${overriding} defines ${owner.method}() again`
  }

  private derivesFromInterface(name: string, depth: number): boolean {
    const known = this.interfaceMemo.get(name)
    if (known !== undefined) return known
    if (depth > MAX_DEPTH) return false
    this.interfaceMemo.set(name, false)
    const result = (this.byName.get(name) ?? []).some((entry) =>
      entry.bases.some((base) => isInterfaceBase(base) || this.derivesFromInterface(base, depth + 1)))
    this.interfaceMemo.set(name, result)
    return result
  }

  /** A class deriving from the owner's (at any depth) that defines the method too. */
  private overriddenBy(owner: StubOwner): string | undefined {
    const seen = new Set<string>([owner.className])
    let frontier = [owner.className]
    for (let depth = 0; depth < MAX_DEPTH && frontier.length > 0; depth++) {
      const next: string[] = []
      for (const name of frontier) {
        for (const child of this.children.get(name) ?? []) {
          if (child.methods.includes(owner.method)) return child.name
          if (!seen.has(child.name)) {
            seen.add(child.name)
            next.push(child.name)
          }
        }
      }
      frontier = next
    }
    return undefined
  }
}
