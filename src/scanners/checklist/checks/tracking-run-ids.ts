import type { Check } from '../check.js'
import { codeSignals, importsMlLibrary } from './ml-signals.js'
import { notTrainingCode } from '../kind/kind-rules.js'

export const trackingRunIdsCheck: Check = {
  id: 'tracking-run-ids',
  title: 'Tracking run ids surfaced',
  pack: 'reproducibility',
  weight: 1,
  mlTestScore: ['Infra 1'],
  remediation: 'Name or read each tracked run (`wandb.init(name=…)`, `wandb.run.id`, `mlflow.active_run().info.run_id`, `SummaryWriter(log_dir=…)`) and print or save it with the results, so a number in a report leads back to its run.',
  applies: (input) => importsMlLibrary(input) && codeSignals(input.facts, 'tracking').length > 0,
  notApplicable: 'No experiment tracker is used (or no ML library is imported).',
  notForKind: notTrainingCode,
  evaluate({ facts }) {
    const ids = codeSignals(facts, 'run-id')
    if (ids.length > 0) return { status: 'pass', summary: `Tracked runs are named or their ids read (${ids.length} places).`, evidence: ids }
    return { status: 'warn', summary: 'Runs are tracked, but no run id, name or log directory is set or read: results cannot be traced to their run.', evidence: codeSignals(facts, 'tracking').slice(0, 5) }
  },
}
