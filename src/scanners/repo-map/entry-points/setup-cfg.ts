import type { EntryPoint } from '../repo-map-result.js'
import { splitLines } from './text-lines.js'

const SECTION = /^\s*\[([^\]]*)\]/
const CONSOLE_SCRIPTS_KEY = /^console_scripts\s*[=:]/

/** `name = module:function [extras]`; the name is everything before the first `=`. */
export function parseScriptSpec(spec: string): { name: string; target: string } | undefined {
  const equals = spec.indexOf('=')
  if (equals === -1) return undefined
  const name = spec.slice(0, equals).trim()
  const target = spec.slice(equals + 1).trim()
  return name === '' || target === '' ? undefined : { name, target }
}

const isComment = (trimmed: string): boolean => trimmed.startsWith('#') || trimmed.startsWith(';')

/**
 * `console_scripts` under `[options.entry_points]` in a setup.cfg, read the way configparser reads it:
 * the value is the rest of the key's line plus every following indented or blank line.
 */
export function setupCfgEntryPoints(path: string, text: string): EntryPoint[] {
  const entryPoints: EntryPoint[] = []
  const add = (spec: string, line: number): void => {
    const parsed = parseScriptSpec(spec)
    if (parsed) entryPoints.push({ kind: 'console-script', path, line, ...parsed })
  }
  let section = ''
  let inConsoleScripts = false
  const lines = splitLines(text)
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index] as string
    const trimmed = line.trim()
    if (inConsoleScripts) {
      const continues = trimmed === '' || /^\s/.test(line)
      if (continues) {
        if (trimmed !== '' && !isComment(trimmed)) add(trimmed, index + 1)
        continue
      }
      inConsoleScripts = false
    }
    if (trimmed === '' || isComment(trimmed)) continue
    const header = SECTION.exec(line)
    if (header) {
      section = (header[1] as string).trim()
      continue
    }
    if (section === 'options.entry_points' && CONSOLE_SCRIPTS_KEY.test(line)) {
      inConsoleScripts = true
      const rest = line.slice(line.search(/[=:]/) + 1).trim()
      if (rest !== '') add(rest, index + 1)
    }
  }
  return entryPoints
}
