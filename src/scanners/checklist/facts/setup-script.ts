import { parsePep508, type Requirement } from './requirement.js'
import { LineLocator } from './text-lines.js'

export interface SetupScriptFacts {
  readonly path: string
  /** The `name=` passed to setup(). */
  readonly name?: string
  readonly pythonRequires?: { readonly line: number; readonly value: string }
  /** `install_requires` when it is written as a list of string literals; computed lists are not run. */
  readonly requirements: readonly Requirement[]
}

const PYTHON_REQUIRES = /python_requires\s*=\s*["']([^"']+)["']/
const SETUP_NAME = /\bname\s*=\s*["']([\w.-]+)["']/
const INSTALL_REQUIRES = /\binstall_requires\s*=\s*\[([^\]]*)\]/
const STRING = /"([^"\n]*)"|'([^'\n]*)'/g

/** What a `setup.py` says of itself, read as text: setup.py is code, and code from the repository never runs. */
export function setupScriptFacts(path: string, text: string): SetupScriptFacts {
  const locator = new LineLocator(text)
  const name = SETUP_NAME.exec(text)?.[1]
  const pythonRequires = PYTHON_REQUIRES.exec(text)
  const list = INSTALL_REQUIRES.exec(text)
  const requirements: Requirement[] = []
  if (list !== null) {
    const start = list.index + list[0].indexOf('[') + 1
    for (const item of (list[1] as string).matchAll(STRING)) {
      const requirement = parsePep508(item[1] ?? item[2] ?? '', locator.lineAt(start + (item.index ?? 0)))
      if (requirement) requirements.push(requirement)
    }
  }
  return {
    path,
    ...(name === undefined ? {} : { name }),
    ...(pythonRequires ? { pythonRequires: { line: locator.lineAt(pythonRequires.index), value: pythonRequires[1] as string } } : {}),
    requirements,
  }
}
