import { evidence, type Check } from '../check.js'
import { NOT_ML, importsMlLibrary, signalEvidence } from './ml-signals.js'
import { notTrainingCode } from '../kind/kind-rules.js'

const TRACKING_FILES = /^(?:(?:.*\/)?dvc\.yaml|(?:.*\/)?MLproject)$/

export const experimentTrackingCheck: Check = {
  id: 'experiment-tracking',
  title: 'Experiment tracking',
  pack: 'reproducibility',
  weight: 1,
  mlTestScore: ['Model 3'],
  remediation: 'Log each run\'s parameters, metrics and artefacts with a tracker (MLflow, Weights & Biases, TensorBoard, DVC experiments) so results can be traced to code and config.',
  applies: importsMlLibrary,
  notApplicable: NOT_ML,
  notForKind: notTrainingCode,
  evaluate({ facts }) {
    const found = [...signalEvidence(facts, 'tracking'), ...[...facts.paths].filter((path) => TRACKING_FILES.test(path)).map((path) => evidence(path, undefined, 'pipeline with tracked metrics'))]
    if (found.length === 0) return { status: 'fail', summary: 'No MLflow, Weights & Biases, TensorBoard, DVC or similar tracker in the code.' }
    const tools = [...new Set(found.map((item) => item.message))].slice(0, 4).join(', ')
    return { status: 'pass', summary: `Runs are tracked (${tools}).`, evidence: found }
  },
}
