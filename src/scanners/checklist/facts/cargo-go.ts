import { parseToml } from './pyproject.js'
import { LineLocator } from './text-lines.js'

export interface CargoFacts {
  readonly path: string
  /** Declares binaries (or is a workspace root): Cargo's guidance is to commit Cargo.lock. */
  readonly hasBinaries: boolean
  readonly isWorkspace: boolean
  readonly rustVersion?: { readonly line: number; readonly value: string }
}

export interface GoModuleFacts {
  readonly path: string
  readonly hasRequires: boolean
  readonly goVersion?: { readonly line: number; readonly value: string }
}

type Table = Record<string, unknown>
const isTable = (value: unknown): value is Table => typeof value === 'object' && value !== null && !Array.isArray(value)

export function cargoFacts(path: string, text: string): CargoFacts {
  const root = parseToml(path, text)
  const pkg = isTable(root.package) ? root.package : {}
  const workspacePackage = isTable(root.workspace) && isTable(root.workspace.package) ? root.workspace.package : {}
  const rustVersion = typeof pkg['rust-version'] === 'string' ? pkg['rust-version'] : typeof workspacePackage['rust-version'] === 'string' ? workspacePackage['rust-version'] : undefined
  const at = text.indexOf('rust-version')
  return {
    path,
    hasBinaries: Array.isArray(root.bin) && root.bin.length > 0,
    isWorkspace: isTable(root.workspace),
    ...(rustVersion !== undefined ? { rustVersion: { line: at === -1 ? 1 : new LineLocator(text).lineAt(at), value: rustVersion } } : {}),
  }
}

const GO_DIRECTIVE = /^(go|toolchain)\s+(\S+)\s*$/m
const REQUIRE = /^require\b/m

export function goModuleFacts(path: string, text: string): GoModuleFacts {
  const directive = GO_DIRECTIVE.exec(text)
  return {
    path,
    hasRequires: REQUIRE.test(text),
    ...(directive ? { goVersion: { line: new LineLocator(text).lineAt(directive.index), value: `${directive[1]} ${directive[2]}` } } : {}),
  }
}
