import { evidence, type Check } from '../check.js'
import { NOT_ML, importsMlLibrary, signalEvidence } from './ml-signals.js'
import { notTrainingCode } from '../kind/kind-rules.js'

const DVC_FILES = /^(?:\.dvc\/config|(?:.*\/)?dvc\.(?:yaml|lock)|.+\.dvc|\.datalad\/config)$/

export const dataVersioningCheck: Check = {
  id: 'data-versioning',
  title: 'Data versioned',
  pack: 'reproducibility',
  weight: 1,
  mlTestScore: ['Infra 1'],
  remediation: 'Version the data next to the code: `dvc add data/` (DVC) or `git lfs track` for large files, or pin the dataset revision you download (`load_dataset(name, revision=...)`).',
  applies: importsMlLibrary,
  notApplicable: NOT_ML,
  notForKind: notTrainingCode,
  evaluate({ facts }) {
    const found = [
      ...[...facts.paths].filter((path) => DVC_FILES.test(path)).sort().map((path) => evidence(path, undefined, path.includes('datalad') ? 'DataLad dataset' : 'DVC')),
      ...facts.lfsPatterns.map((pattern) => evidence(pattern.path, pattern.line, `Git LFS tracks ${pattern.pattern}`)),
      ...facts.lfsPointers.map((path) => evidence(path, 1, 'Git LFS pointer')),
    ]
    if (found.length > 0) return { status: 'pass', summary: `Data is versioned (${[...new Set(found.map((item) => item.message.split(' ')[0]))].join(', ')}).`, evidence: found }
    const loaders = signalEvidence(facts, 'public-dataset')
    if (loaders.length > 0) {
      return {
        status: 'warn',
        summary: 'Data comes from public dataset loaders, which can change under the same name; no DVC or Git LFS.',
        evidence: loaders,
        remediation: 'Pin the dataset version where it is loaded (`revision=` for Hugging Face datasets, a versioned TFDS name), or version a copy with DVC.',
      }
    }
    return { status: 'fail', summary: 'No DVC, Git LFS or DataLad: the data the code trains on is not versioned with it.' }
  },
}
