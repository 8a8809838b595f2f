export function parentOf(path: string): string {
  const slash = path.lastIndexOf('/')
  return slash === -1 ? '' : path.slice(0, slash)
}

export function nameOf(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1)
}

/**
 * Every listed path and the directories they imply, indexed once: exact lookups are Set hits,
 * case-insensitive ones a Map hit. The per-directory and per-name listings that suggestions need
 * are built on the first broken link only.
 */
export class PathIndex {
  private readonly files: ReadonlySet<string>
  private readonly directories = new Set<string>([''])
  private readonly byLowerCase = new Map<string, string>()
  private readonly submodules: string[] = []
  private children: Map<string, string[]> | undefined
  private byName: Map<string, string[]> | undefined

  constructor(paths: ReadonlySet<string>, submodules: readonly string[] = []) {
    this.files = paths
    for (const path of paths) {
      this.remember(path)
      for (let directory = parentOf(path); directory !== '' && !this.directories.has(directory); directory = parentOf(directory)) {
        this.directories.add(directory)
        this.remember(directory)
      }
    }
    this.addSubmodules(submodules)
  }

  /** Submodules are known once `.gitmodules` is read, after the index may already be in use. */
  addSubmodules(submodules: readonly string[]): void {
    for (const submodule of submodules) {
      this.submodules.push(submodule)
      for (let directory = submodule; directory !== '' && !this.directories.has(directory); directory = parentOf(directory)) {
        this.directories.add(directory)
        this.remember(directory)
      }
    }
  }

  private remember(path: string): void {
    const lower = path.toLowerCase()
    if (!this.byLowerCase.has(lower)) this.byLowerCase.set(lower, path)
  }

  isFile(path: string): boolean {
    return this.files.has(path)
  }

  isDirectory(path: string): boolean {
    return this.directories.has(path)
  }

  exists(path: string): boolean {
    return this.files.has(path) || this.directories.has(path)
  }

  /** The real path when `path` exists only with other letter case. */
  withOtherCase(path: string): string | undefined {
    const real = this.byLowerCase.get(path.toLowerCase())
    return real === undefined || real === path ? undefined : real
  }

  /** True when `path` lies inside a git submodule: its content is another repository's. */
  inSubmodule(path: string): boolean {
    return this.submodules.some((submodule) => path.startsWith(`${submodule}/`))
  }

  /** Names (files and directories) directly inside `directory`. */
  entriesOf(directory: string): readonly string[] {
    if (this.children === undefined) {
      const children = new Map<string, string[]>()
      const add = (path: string) => {
        const parent = parentOf(path)
        const list = children.get(parent)
        if (list) list.push(nameOf(path))
        else children.set(parent, [nameOf(path)])
      }
      for (const path of this.files) add(path)
      for (const directory of this.directories) if (directory !== '') add(directory)
      this.children = children
    }
    return this.children.get(directory) ?? []
  }

  /** Every file path whose last segment is `name`. */
  filesNamed(name: string): readonly string[] {
    if (this.byName === undefined) {
      const byName = new Map<string, string[]>()
      for (const path of this.files) {
        const key = nameOf(path)
        const list = byName.get(key)
        if (list) list.push(path)
        else byName.set(key, [path])
      }
      this.byName = byName
    }
    return this.byName.get(name) ?? []
  }
}
