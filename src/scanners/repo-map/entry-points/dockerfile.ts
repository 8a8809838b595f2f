import type { EntryPoint } from '../repo-map-result.js'
import { splitLines } from './text-lines.js'

interface Instruction {
  /** Upper case: `FROM`, `CMD`. */
  readonly keyword: string
  /** Everything after the keyword, continuation lines joined, whitespace runs collapsed. */
  readonly args: string
  /** 1-based line where the instruction starts. */
  readonly line: number
}

interface Heredoc {
  readonly delimiter: string
  readonly stripTabs: boolean
}

const PARSER_DIRECTIVE = /^#\s*([A-Za-z]+)\s*=\s*(\S*)\s*$/
const INSTRUCTION = /^\s*([A-Za-z]+)(?:\s+(.*))?$/
const HEREDOC = /<<(-?)(["']?)([A-Za-z_][\w-]*)\2/g
const HEREDOC_INSTRUCTIONS = new Set(['RUN', 'COPY', 'ADD'])

/** The escape character from a `# escape=` parser directive at the top, else backslash. */
function escapeCharacter(lines: readonly string[]): string {
  for (const line of lines) {
    const directive = PARSER_DIRECTIVE.exec(line)
    if (!directive) break
    if ((directive[1] as string).toLowerCase() === 'escape' && directive[2] === '`') return '`'
  }
  return '\\'
}

/**
 * The instructions of a Dockerfile as BuildKit sees them: comments and blank lines dropped (also
 * inside continuations), lines ending in the escape character joined, heredoc bodies skipped.
 */
export function dockerInstructions(text: string): Instruction[] {
  const lines = splitLines(text)
  const escape = escapeCharacter(lines)
  const instructions: Instruction[] = []
  const heredocs: Heredoc[] = []
  let pending: { keyword: string; parts: string[]; line: number } | undefined
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index] as string
    const heredoc = heredocs[0]
    if (heredoc !== undefined) {
      if ((heredoc.stripTabs ? line.replace(/^\t+/, '') : line) === heredoc.delimiter) heredocs.shift()
      continue
    }
    const trimmed = line.trim()
    if (trimmed === '' || trimmed.startsWith('#')) continue
    const continues = trimmed.endsWith(escape)
    const content = continues ? trimmed.slice(0, -escape.length) : trimmed
    if (pending === undefined) {
      const match = INSTRUCTION.exec(content)
      if (!match) continue
      pending = { keyword: (match[1] as string).toUpperCase(), parts: [match[2] ?? ''], line: index + 1 }
    } else {
      pending.parts.push(content)
    }
    if (continues) continue
    const args = pending.parts.join(' ').replace(/\s+/g, ' ').trim()
    instructions.push({ keyword: pending.keyword, args, line: pending.line })
    if (HEREDOC_INSTRUCTIONS.has(pending.keyword)) {
      for (const match of args.matchAll(HEREDOC)) heredocs.push({ delimiter: match[3] as string, stripTabs: match[1] === '-' })
    }
    pending = undefined
  }
  return instructions
}

/**
 * The program an ENTRYPOINT or CMD starts: the first item of the exec (JSON) form, else the first word
 * of the shell form. Docker itself runs text that is not a valid JSON array as shell form, so a parse
 * failure here is that rule, not an error. Undefined for an empty exec form, which clears the setting.
 */
function programOf(args: string): string | undefined {
  if (args.startsWith('[')) {
    let parsed: unknown
    try {
      parsed = JSON.parse(args)
    } catch {
      parsed = undefined
    }
    if (Array.isArray(parsed) && parsed.every((item) => typeof item === 'string')) {
      return parsed.length === 0 ? undefined : (parsed[0] as string)
    }
  }
  return args.split(' ')[0] || undefined
}

interface StageState {
  entrypoint?: Instruction
  cmd?: Instruction
  cmdSetHere: boolean
}

/** `FROM [--platform=…] image [AS name]`: the image (or earlier stage) and this stage's name. */
function parseFrom(args: string): { image: string; name?: string } {
  const words = args.split(' ').filter((word) => !word.startsWith('--'))
  const name = words[1]?.toLowerCase() === 'as' ? words[2]?.toLowerCase() : undefined
  return { image: (words[0] ?? '').toLowerCase(), name }
}

/**
 * The last ENTRYPOINT and the last CMD of the final stage. A stage built `FROM` an earlier stage starts
 * with that stage's settings, and setting ENTRYPOINT drops a CMD it inherited, as Docker does.
 */
export function dockerfileEntryPoints(path: string, text: string): EntryPoint[] {
  const stages = new Map<string, StageState>()
  let stage: StageState = { cmdSetHere: false }
  for (const instruction of dockerInstructions(text)) {
    if (instruction.keyword === 'FROM') {
      const { image, name } = parseFrom(instruction.args)
      const base = stages.get(image)
      stage = { entrypoint: base?.entrypoint, cmd: base?.cmd, cmdSetHere: false }
      if (name !== undefined) stages.set(name, stage)
    } else if (instruction.keyword === 'ENTRYPOINT') {
      stage.entrypoint = instruction
      if (!stage.cmdSetHere) stage.cmd = undefined
    } else if (instruction.keyword === 'CMD') {
      stage.cmd = instruction
      stage.cmdSetHere = true
    }
  }
  const entryPoints: EntryPoint[] = []
  const add = (kind: 'docker-entrypoint' | 'docker-cmd', instruction: Instruction | undefined): void => {
    const program = instruction && programOf(instruction.args)
    if (instruction && program !== undefined) {
      entryPoints.push({ kind, path, line: instruction.line, name: program, target: instruction.args })
    }
  }
  add('docker-entrypoint', stage.entrypoint)
  add('docker-cmd', stage.cmd)
  return entryPoints
}
