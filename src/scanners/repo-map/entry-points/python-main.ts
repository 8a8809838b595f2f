import type { EntryPoint } from '../repo-map-result.js'
import { baseNameOf, directoryOf } from '../repo-paths.js'
import { LineIndex } from './text-lines.js'

/** A module-level guard (column 0), in either operand order and with either quote. */
const MAIN_GUARD = /^if[ \t]*\(?[ \t]*(?:__name__[ \t]*==[ \t]*(["'])__main__\1|(["'])__main__\2[ \t]*==[ \t]*__name__)[ \t]*\)?[ \t]*:/m

/** A Python file that runs as a script: it has `if __name__ == "__main__":` at module level. */
export function pythonMainEntryPoints(path: string, text: string): EntryPoint[] {
  if (!text.includes('__main__')) return []
  const match = MAIN_GUARD.exec(text)
  if (!match) return []
  const base = baseNameOf(path)
  const module = base === '__main__.py' ? baseNameOf(directoryOf(path)) || base : base.replace(/\.pyw?$/, '')
  return [{ kind: 'python-main', path, line: new LineIndex(text).lineAt(match.index), name: module, target: `python ${path}` }]
}
