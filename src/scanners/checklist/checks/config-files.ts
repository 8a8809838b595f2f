import { evidence, type Check } from '../check.js'
import type { RepoFacts } from '../facts/repo-facts.js'
import { NOT_ML, importsMlLibrary, signalEvidence } from './ml-signals.js'
import { listPaths } from './repo-paths.js'
import { notTrainingCode } from '../kind/kind-rules.js'

const CONFIG_DIRS = new Set(['conf', 'config', 'configs', 'cfg', 'cfgs', 'hparams', 'hyperparams', 'experiments', 'exp_configs'])
/** Python counts inside a config folder: nanoGPT's config/*.py and MMDetection's configs/*.py are config files. */
const CONFIG_FILE = /\.(?:ya?ml|toml|json|gin|cfg|ini|jsonnet|py)$/i
const TOP_LEVEL_CONFIG = /^(?:params|config|hparams|hyperparams)\.(?:ya?ml|toml|json)$/i

/** Configuration folders (Hydra's conf/, configs/ …) and top-level parameter files such as DVC's params.yaml. */
function configFiles(facts: RepoFacts): string[] {
  return [...facts.paths].filter((path) => {
    if (!CONFIG_FILE.test(path) || path.startsWith('.github/')) return false
    const segments = path.split('/')
    if (path.endsWith('/__init__.py')) return false
    return TOP_LEVEL_CONFIG.test(path) || segments.slice(0, -1).some((segment) => CONFIG_DIRS.has(segment.toLowerCase()))
  }).sort()
}

export const configFilesCheck: Check = {
  id: 'config-files',
  title: 'Configuration as files',
  pack: 'reproducibility',
  weight: 1,
  mlTestScore: ['Model 1'],
  remediation: 'Move hyperparameters and paths into versioned config files (Hydra `conf/`, `configs/*.yaml`, or `params.yaml` for DVC) and load them instead of hard-coding values.',
  applies: importsMlLibrary,
  notApplicable: NOT_ML,
  notForKind: notTrainingCode,
  evaluate({ facts }) {
    const files = configFiles(facts)
    const loaders = signalEvidence(facts, 'config')
    if (files.length === 0 && loaders.length === 0) return { status: 'fail', summary: 'No config folder or config library (Hydra, OmegaConf, gin): settings live in code or flags.' }
    const parts = [...(files.length > 0 ? [`${files.length} config ${files.length === 1 ? 'file' : 'files'} (${listPaths(files, 3)})`] : []), ...(loaders.length > 0 ? [`loaded with ${[...new Set(loaders.map((item) => item.message))].slice(0, 3).join(', ')}`] : [])]
    return { status: 'pass', summary: `Configuration kept in files: ${parts.join('; ')}.`, evidence: [...loaders, ...files.map((path) => evidence(path, undefined, 'config file'))] }
  },
}
