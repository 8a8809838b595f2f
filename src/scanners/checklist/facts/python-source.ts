import { LineLocator, clip } from './text-lines.js'
import { insideRanges, pythonNonCode } from './python-code-ranges.js'
import { isTestPath } from './test-paths.js'
import { CALL_SIGNALS, CAPABILITY_SIGNALS, IMPORT_SIGNALS, LINE_SIGNALS, type CallSignal, type SeedKind, type SignalCategory } from './python-signals.js'

export type { SeedKind, SignalCategory }

/** Families of ML libraries; each needs its own seed for training to repeat. */
export type MlFamily = 'torch' | 'tensorflow' | 'jax' | 'classical'

export interface SourceSignal {
  readonly path: string
  readonly line: number
  readonly category: SignalCategory
  /** What was seen, e.g. `torch.manual_seed(` or `import wandb`. */
  readonly label: string
  readonly seedKind?: SeedKind
}

export interface MlImport {
  readonly path: string
  readonly line: number
  readonly module: string
  readonly family: MlFamily
}

export interface PythonSourceFacts {
  readonly imports: readonly MlImport[]
  readonly signals: readonly SourceSignal[]
}

const ML_MODULES: Readonly<Record<string, MlFamily>> = {
  torch: 'torch', torchvision: 'torch', torchaudio: 'torch', lightning: 'torch', pytorch_lightning: 'torch',
  timm: 'torch', accelerate: 'torch', deepspeed: 'torch', diffusers: 'torch', transformers: 'torch',
  tensorflow: 'tensorflow', keras: 'tensorflow', tf_keras: 'tensorflow',
  jax: 'jax', flax: 'jax', optax: 'jax',
  sklearn: 'classical', xgboost: 'classical', lightgbm: 'classical', catboost: 'classical',
}

interface SignalPass {
  readonly signals: readonly CallSignal[]
  readonly regex: RegExp
}

/** One regex per list, each source a plain alternative; `m`: a class or decorator line is matched from its start. */
function signalPass(signals: readonly CallSignal[]): SignalPass {
  return { signals, regex: new RegExp(signals.map((signal) => `(${signal.source})`).join('|'), 'gm') }
}

const CHECK_PASS = signalPass(CALL_SIGNALS)
/** Tests are read only for their skips, the rest of the code only for the rest: the capability audit leaves tests out. */
const TEST_CATEGORIES: ReadonlySet<SignalCategory> = new Set(['gpu-skip', 'optional-skip'])
const CAPABILITY_PASS = signalPass(CAPABILITY_SIGNALS.filter((signal) => !TEST_CATEGORIES.has(signal.category)))
const TEST_SKIP_PASS = signalPass(CAPABILITY_SIGNALS.filter((signal) => TEST_CATEGORIES.has(signal.category)))

/** Imports that make a file ML code or a test (where skips are read), whose capability signals are read. */
const ML_CODE_ROOTS: readonly string[] = [...new Set([...Object.keys(ML_MODULES), ...IMPORT_SIGNALS.map((signal) => signal.prefix.split('.')[0] as string), 'datasets', 'peft', 'trl', 'pytest', 'unittest'])]

/** The call as evidence: the whole identifier it starts in, with spaces only between words. */
function labelOf(text: string, match: RegExpExecArray): string {
  const written = `${identifierBefore(text, match.index)}${match[0]}`.replace(/^\s+/, '')
  return clip(written.replace(/\s+/g, (space, at: number, all: string) => (/\w/.test(all[at - 1] ?? '') && /\w/.test(all[at + space.length] ?? '') ? ' ' : '')), 60)
}
/** `import a, b as c` and `from a.b import c`, also inside a notebook's JSON string (`"import torch\n",`). */
const IMPORT = /^[ \t]*(?:"[ \t]*)?(import|from)[ \t]+([A-Za-z_][\w.]*(?:[ \t]+as[ \t]+\w+)?(?:[ \t]*,[ \t]*[A-Za-z_][\w.]*(?:[ \t]+as[ \t]+\w+)?)*)/gm
/** Per category: a file with a hundred `optimizer.step(` calls says no more than one with twenty. */
const MAX_SIGNALS_PER_CATEGORY = 20

/**
 * The rest of the identifier a match starts inside: patterns begin at a literal (`Tokenizer.from_pretrained(`)
 * rather than `\w*`, which would be tried at every word of every file, and the evidence still names
 * the whole call (`AutoTokenizer.from_pretrained(`).
 */
function identifierBefore(text: string, index: number): string {
  let start = index
  while (start > 0 && /\w/.test(text[start - 1] as string)) start--
  return text.slice(start, index)
}

function lineStartOf(text: string, index: number): number {
  return text.lastIndexOf('\n', index - 1) + 1
}

/** A `#` comment, or a notebook source line whose string starts with `#`; `def` lines declare rather than call. */
function isCommentOrDefinition(text: string, index: number): boolean {
  const start = lineStartOf(text, index)
  const head = text.slice(start, index).replace(/^[ \t]*(?:"[ \t]*)?/, '')
  return head.startsWith('#') || /^(?:async[ \t]+)?def[ \t]/.test(head)
}

function importedModules(kind: string, names: string): string[] {
  if (kind === 'from') return [names.split(/\s+/)[0] as string]
  return names.split(',').map((part) => (part.trim().split(/\s+/)[0] as string))
}

/**
 * ML imports and practice signals of one Python file or notebook, in two regex passes over its text.
 * Commented-out lines do not count: `# torch.manual_seed(0)` seeds nothing.
 */
export function pythonSourceFacts(path: string, text: string): PythonSourceFacts {
  const imports: MlImport[] = []
  const signals: SourceSignal[] = []
  const seenImports = new Set<string>()
  const importedRoots = new Set<string>()
  const perCategory = new Map<SignalCategory, number>()
  const room = (category: SignalCategory): boolean => {
    const count = perCategory.get(category) ?? 0
    perCategory.set(category, count + 1)
    return count < MAX_SIGNALS_PER_CATEGORY
  }
  // A notebook's code is in JSON strings; a .py file's strings and comments are not code.
  const notCode = path.endsWith('.ipynb') ? [] : pythonNonCode(text)
  let lines = new LineLocator(text)
  for (const match of text.matchAll(IMPORT)) {
    if (insideRanges(notCode, match.index)) continue
    for (const module of importedModules(match[1] as string, match[2] as string)) {
      importedRoots.add(module.split('.')[0] as string)
      const root = module.split('.')[0] as string
      const family = ML_MODULES[root]
      const line = lines.lineAt(match.index)
      if (family && !seenImports.has(root)) {
        seenImports.add(root)
        imports.push({ path, line, module: root, family })
      }
      const signal = IMPORT_SIGNALS.find((candidate) => module === candidate.prefix || module.startsWith(`${candidate.prefix}.`))
      if (signal && room(signal.category)) signals.push({ path, line, category: signal.category, label: `import ${module}` })
    }
  }
  const mlCode = ML_CODE_ROOTS.some((root) => importedRoots.has(root))
  const passes = [CHECK_PASS, ...(mlCode ? [isTestPath(path) ? TEST_SKIP_PASS : CAPABILITY_PASS] : [])]
  for (const pass of passes) {
    lines = new LineLocator(text)
    pass.regex.lastIndex = 0
    for (let match = pass.regex.exec(text); match !== null; match = pass.regex.exec(text)) {
      const group = match.findIndex((value, index) => index > 0 && value !== undefined)
      const signal = pass.signals[group - 1] as CallSignal
      if (isCommentOrDefinition(text, match.index) || (signal.inStrings !== true && insideRanges(notCode, match.index))) continue
      if (signal.bindsTo !== undefined && !signal.bindsTo.some((module) => importedRoots.has(module))) continue
      if (!room(signal.category)) continue
      const line = lines.lineAt(match.index)
      signals.push({ path, line, category: signal.category, label: signal.label ?? (signal.labelFromLine === true ? clip(text.slice(lineStartOf(text, match.index), match.index + match[0].length).trim(), 60) : labelOf(text, match)), ...(signal.seedKind ? { seedKind: signal.seedKind } : {}) })
      // `>>> 0` turns the -1 of a last line without a newline into the end of the text.
      const rest = text.slice(match.index, text.indexOf('\n', match.index) >>> 0)
      for (const extra of LINE_SIGNALS) {
        if (extra.after === signal.category && extra.test.test(rest) && room(extra.category)) signals.push({ path, line, category: extra.category, label: extra.label })
      }
    }
  }
  return { imports, signals }
}
