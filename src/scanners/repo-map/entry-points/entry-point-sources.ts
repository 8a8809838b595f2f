import type { InventoryFile } from '../../../inventory/inventory-file.js'
import type { EntryPoint } from '../repo-map-result.js'
import { DOCKERFILE_NAME, MAKEFILE_NAMES } from '../file-names.js'
import { baseNameOf } from '../repo-paths.js'
import { actionEntryPoints } from './action-yml.js'
import { dockerfileEntryPoints } from './dockerfile.js'
import { makefileEntryPoints } from './makefile.js'
import { packageJsonEntryPoints } from './package-json.js'
import { pyprojectEntryPoints } from './pyproject.js'
import { pythonMainEntryPoints } from './python-main.js'
import { setupCfgEntryPoints } from './setup-cfg.js'
import { setupPyEntryPoints } from './setup-py.js'

/** Reads the entry points one file declares; throws FileParseError when the file does not parse. */
export type EntryPointExtractor = (path: string, text: string) => EntryPoint[]

const BY_FILE_NAME: ReadonlyMap<string, readonly EntryPointExtractor[]> = new Map([
  ['package.json', [packageJsonEntryPoints]],
  ['pyproject.toml', [pyprojectEntryPoints]],
  ['setup.cfg', [setupCfgEntryPoints]],
  ['setup.py', [setupPyEntryPoints, pythonMainEntryPoints]],
  ['action.yml', [actionEntryPoints]],
  ['action.yaml', [actionEntryPoints]],
])

const NONE: readonly EntryPointExtractor[] = []

/** The extractors for a file, from its name alone, so the scanner only asks for the text of these files. */
export function entryPointExtractorsFor(file: InventoryFile): readonly EntryPointExtractor[] {
  const name = baseNameOf(file.path)
  const named = BY_FILE_NAME.get(name)
  if (named) return named
  if (MAKEFILE_NAMES.has(name)) return [makefileEntryPoints]
  if (DOCKERFILE_NAME.test(name)) return [dockerfileEntryPoints]
  if (file.language?.name === 'Python' && /\.pyw?$/.test(name)) return [pythonMainEntryPoints]
  return NONE
}
