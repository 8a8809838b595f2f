import type { Evidence } from '../checklist-result.js'
import type { Check } from '../check.js'
import { codeSignals, importsMlLibrary } from './ml-signals.js'
import { notTrainingCode } from '../kind/kind-rules.js'

/** Verification counts in the files that save or load checkpoints: a dataset's md5 says nothing about weights. */
function beside(items: readonly Evidence[], files: ReadonlySet<string | undefined>): Evidence[] {
  return items.filter((item) => files.has(item.path))
}

/**
 * Loads that skip the check `load_state_dict` makes by default: `strict=False` in a file that never
 * looks at the keys it left out.
 */
export function uncheckedLoads(facts: Parameters<typeof codeSignals>[0]): Evidence[] {
  const checked = new Set(codeSignals(facts, 'checkpoint-verify').map((item) => item.path))
  return codeSignals(facts, 'checkpoint-lenient').filter((item) => !checked.has(item.path))
}

export const checkpointIntegrityCheck: Check = {
  id: 'checkpoint-integrity',
  title: 'Checkpoints verified and retained',
  pack: 'reproducibility',
  weight: 1,
  mlTestScore: ['Infra 7'],
  remediation: 'Load checkpoints strictly (or check `missing_keys`/`unexpected_keys` after `strict=False`), and bound how many are kept (`save_total_limit`, `save_top_k`, `max_to_keep`).',
  applies: (input) => importsMlLibrary(input) && codeSignals(input.facts, 'checkpoint-save').length > 0,
  notApplicable: 'The code saves no checkpoints (or imports no ML library).',
  notForKind: notTrainingCode,
  evaluate({ facts }) {
    const saves = codeSignals(facts, 'checkpoint-save')
    const loads = codeSignals(facts, 'checkpoint-load')
    const files = new Set([...saves, ...loads].map((item) => item.path))
    const verified = beside(codeSignals(facts, 'checkpoint-verify'), files)
    const unchecked = uncheckedLoads(facts)
    const retained = codeSignals(facts, 'checkpoint-retention')
    const accumulating = codeSignals(facts, 'checkpoint-accumulating')
    const evidence = [...unchecked, ...verified, ...retained, ...accumulating]
    const keysSay = loads.length === 0 ? 'No checkpoint is loaded back by this code' : verified.length > 0 ? `Loaded checkpoints are verified (${verified.length})` : 'Loads keep `load_state_dict`\'s default check of the keys'
    // Only a file name built from the step proves that saves pile up; a fixed or variable path may be overwritten.
    const piling = accumulating.length > 0 && retained.length === 0
    const pileSay = `a new checkpoint file is written per step (${accumulating[0]?.path ?? ''}:${accumulating[0]?.line ?? ''}) and nothing bounds how many are kept`
    if (unchecked.length === 0 && !piling) return { status: 'pass', summary: `${keysSay}${retained.length > 0 ? `, and how many checkpoints are kept is bounded (${retained.length})` : ''}.`, evidence }
    if (unchecked.length === 0) return { status: 'warn', summary: `${keysSay}, but ${pileSay}: long runs fill the disk.`, evidence, remediation: 'Keep the last or best k checkpoints (`save_total_limit`, `save_top_k`, `max_to_keep`) and delete older ones.' }
    const where = `${unchecked.length} load${unchecked.length === 1 ? '' : 's'} with \`strict=False\` never check${unchecked.length === 1 ? 's' : ''} the keys left out: a mismatched checkpoint loads silently`
    return { status: 'warn', summary: `${where.replace(/^./, (first) => first.toUpperCase())}${piling ? `; and ${pileSay}` : ''}.`, evidence, remediation: 'After `load_state_dict(..., strict=False)`, check `missing_keys` and `unexpected_keys` (or load strictly), and keep the last or best k checkpoints.' }
  },
}
