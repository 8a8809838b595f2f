import type { Check } from '../check.js'
import { NOT_ML, codeSignals, distinctFiles, importsMlLibrary } from './ml-signals.js'
import { notTrainingCode } from '../kind/kind-rules.js'

export const metricsPersistedCheck: Check = {
  id: 'metrics-persisted',
  title: 'Metrics written to disk',
  pack: 'reproducibility',
  weight: 1,
  mlTestScore: ['Monitor 7'],
  remediation: 'Write every evaluation\'s metrics where they outlive the run: a tracker (`wandb.log`, `SummaryWriter.add_scalar`, `mlflow.log_metric`), `trainer.save_metrics`, or one JSON line per evaluation in the run directory.',
  applies: importsMlLibrary,
  notApplicable: NOT_ML,
  notForKind: notTrainingCode,
  evaluate({ facts }) {
    const computed = codeSignals(facts, 'metrics')
    const written = [...codeSignals(facts, 'metrics-write'), ...codeSignals(facts, 'tracking').filter((item) => !item.message.startsWith('import '))]
    if (written.length > 0) return { status: 'pass', summary: `Metrics are written where they outlive the run (${written.length} in ${distinctFiles(written)} file${distinctFiles(written) === 1 ? '' : 's'}).`, evidence: [...written, ...computed] }
    if (computed.length > 0) return { status: 'fail', summary: `Metrics are computed (${computed.length} places) but never written to disk or a tracker: each run's numbers are lost when it ends.`, evidence: computed }
    return { status: 'warn', summary: 'The code writes no metric to disk or a tracker: how a run went is not recorded.' }
  },
}
