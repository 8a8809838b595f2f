import { LineLocator, clip } from './text-lines.js'
import { insideRanges, pythonNonCode } from './python-code-ranges.js'

/** Families of ML libraries; each needs its own seed for training to repeat. */
export type MlFamily = 'torch' | 'tensorflow' | 'jax' | 'classical'
export type SeedKind = 'python' | 'numpy' | 'torch' | 'tensorflow' | 'jax' | 'all-frameworks' | 'estimator'
export type SignalCategory = 'seed' | 'determinism' | 'tracking' | 'config' | 'checkpoint-save' | 'checkpoint-load' | 'public-dataset'

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

/** Imports that mean experiment tracking or file-based configuration, by module prefix. */
const IMPORT_SIGNALS: ReadonlyArray<{ readonly prefix: string; readonly category: SignalCategory }> = [
  { prefix: 'mlflow', category: 'tracking' },
  { prefix: 'wandb', category: 'tracking' },
  { prefix: 'tensorboardX', category: 'tracking' },
  { prefix: 'torch.utils.tensorboard', category: 'tracking' },
  { prefix: 'tensorboard', category: 'tracking' },
  { prefix: 'comet_ml', category: 'tracking' },
  { prefix: 'neptune', category: 'tracking' },
  { prefix: 'clearml', category: 'tracking' },
  { prefix: 'aim', category: 'tracking' },
  { prefix: 'sacred', category: 'tracking' },
  { prefix: 'dvclive', category: 'tracking' },
  { prefix: 'hydra', category: 'config' },
  { prefix: 'omegaconf', category: 'config' },
  { prefix: 'gin', category: 'config' },
  { prefix: 'ml_collections', category: 'config' },
  { prefix: 'jsonargparse', category: 'config' },
]

interface CallSignal {
  readonly source: string
  readonly category: SignalCategory
  readonly seedKind?: SeedKind
  /** The call counts only in a file that imports one of these: a local `load_dataset` is not Hugging Face's. */
  readonly bindsTo?: readonly string[]
  /** What the evidence calls the match, when the call itself says little (`EventsWriter(` is TensorBoard). */
  readonly label?: string
}

/** Calls and arguments that show a practice; each source is a plain alternative of one combined regex. */
const CALL_SIGNALS: readonly CallSignal[] = [
  { source: '\\btorch\\.(?:cuda\\.)?manual_seed(?:_all)?\\s*\\(', category: 'seed', seedKind: 'torch' },
  { source: '\\btorch\\.random\\.manual_seed\\s*\\(', category: 'seed', seedKind: 'torch' },
  { source: '\\b(?:tf|tensorflow)\\.(?:random\\.set_seed|set_random_seed|compat\\.v1\\.set_random_seed)\\s*\\(', category: 'seed', seedKind: 'tensorflow' },
  { source: '\\b(?:keras\\.utils\\.)?set_random_seed\\s*\\(', category: 'seed', seedKind: 'tensorflow' },
  { source: '\\b(?:np|numpy)\\.random\\.seed\\s*\\(', category: 'seed', seedKind: 'numpy' },
  { source: '\\b(?:np|numpy)\\.random\\.default_rng\\s*\\(\\s*(?!None\\b)[\\w.]', category: 'seed', seedKind: 'numpy' },
  { source: '(?<![\\w.])random\\.seed\\s*\\(', category: 'seed', seedKind: 'python' },
  { source: '\\b(?:set_seed|seed_everything)\\s*\\(', category: 'seed', seedKind: 'all-frameworks' },
  { source: '\\b(?:jax\\.random\\.(?:PRNGKey|key)|PRNGKey)\\s*\\(', category: 'seed', seedKind: 'jax' },
  { source: '\\brandom_state\\s*=\\s*(?!None\\b)[\\w.]', category: 'seed', seedKind: 'estimator' },
  { source: '\\btorch\\.use_deterministic_algorithms\\s*\\(\\s*True|\\bcudnn\\.deterministic\\s*=\\s*True|\\benable_op_determinism\\s*\\(', category: 'determinism' },
  { source: '\\b(?:WandbLogger|TensorBoardLogger|MLFlowLogger|CometLogger|NeptuneLogger|SummaryWriter)\\s*\\(', category: 'tracking' },
  { source: '\\bcallbacks\\.TensorBoard\\s*\\(|\\btf\\.summary\\.create_file_writer\\s*\\(', category: 'tracking' },
  // TensorFlow 1's event writer, which research loggers wrap (improved-diffusion's logger.py).
  { source: '\\b(?:tf\\.(?:compat\\.v1\\.)?Summary|tf\\.summary\\.FileWriter|(?:pywrap_tensorflow\\.)?EventsWriter)\\s*\\(', category: 'tracking', label: 'TensorBoard event writer' },
  { source: '\\breport_to\\s*=\\s*[\\[(]?\\s*["\'](?:wandb|tensorboard|mlflow|comet_ml|neptune|clearml|all)["\']', category: 'tracking' },
  { source: '@hydra\\.main\\s*\\(|\\bOmegaConf\\.load\\s*\\(|\\bgin\\.parse_config_files?(?:_and_bindings)?\\s*\\(|\\bLightningCLI\\s*\\(', category: 'config' },
  { source: '\\btorch\\.save\\s*\\(|\\.save_pretrained\\s*\\(|\\bsave_checkpoint\\s*\\(|\\.save_weights\\s*\\(|\\bModelCheckpoint\\s*\\(|\\btf\\.train\\.Checkpoint(?:Manager)?\\s*\\(|\\bmodel\\.save\\s*\\(|\\.save_model\\s*\\(|\\.save_state\\s*\\(|\\bjoblib\\.dump\\s*\\(', category: 'checkpoint-save' },
  { source: '\\btorch\\.load\\s*\\(|\\.load_state_dict\\s*\\(|\\bload_checkpoint\\s*\\(|\\.load_from_checkpoint\\s*\\(|\\bresume_from_checkpoint\\b|\\bckpt_path\\s*=|\\.load_weights\\s*\\(|\\blatest_checkpoint\\s*\\(|\\b(?:checkpoint|ckpt|manager)\\.restore\\s*\\(|\\.load_state\\s*\\(|\\bjoblib\\.load\\s*\\(|\\bload_model\\s*\\(|\\brestore_checkpoint\\s*\\(', category: 'checkpoint-load' },
  { source: '\\bload_dataset\\s*\\(', category: 'public-dataset', bindsTo: ['datasets'] },
  { source: '\\btorchvision\\.datasets\\.|\\btfds\\.load\\s*\\(|\\bfetch_openml\\s*\\(|\\bkeras\\.datasets\\.', category: 'public-dataset' },
]

const CALLS = new RegExp(CALL_SIGNALS.map((signal) => `(${signal.source})`).join('|'), 'g')
/** `import a, b as c` and `from a.b import c`, also inside a notebook's JSON string (`"import torch\n",`). */
const IMPORT = /^[ \t]*(?:"[ \t]*)?(import|from)[ \t]+([A-Za-z_][\w.]*(?:[ \t]+as[ \t]+\w+)?(?:[ \t]*,[ \t]*[A-Za-z_][\w.]*(?:[ \t]+as[ \t]+\w+)?)*)/gm
const MAX_SIGNALS_PER_FILE = 50

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
      if (signal && signals.length < MAX_SIGNALS_PER_FILE) signals.push({ path, line, category: signal.category, label: `import ${module}` })
    }
  }
  lines = new LineLocator(text)
  CALLS.lastIndex = 0
  for (let match = CALLS.exec(text); match !== null && signals.length < MAX_SIGNALS_PER_FILE; match = CALLS.exec(text)) {
    if (isCommentOrDefinition(text, match.index) || insideRanges(notCode, match.index)) continue
    const group = match.findIndex((value, index) => index > 0 && value !== undefined)
    const signal = CALL_SIGNALS[group - 1] as CallSignal
    if (signal.bindsTo !== undefined && !signal.bindsTo.some((module) => importedRoots.has(module))) continue
    signals.push({
      path,
      line: lines.lineAt(match.index),
      category: signal.category,
      label: signal.label ?? clip(match[0].replace(/\s+/g, ''), 60),
      ...(signal.seedKind ? { seedKind: signal.seedKind } : {}),
    })
  }
  return { imports, signals }
}
