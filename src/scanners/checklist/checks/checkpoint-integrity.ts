import type { Evidence } from '../checklist-result.js'
import type { Check } from '../check.js'
import { codeSignals, importsMlLibrary } from './ml-signals.js'
import { notTrainingCode } from '../kind/kind-rules.js'

/** Verification counts in the files that save or load checkpoints: a dataset's md5 says nothing about weights. */
function beside(items: readonly Evidence[], files: ReadonlySet<string | undefined>): Evidence[] {
  return items.filter((item) => files.has(item.path))
}

export const checkpointIntegrityCheck: Check = {
  id: 'checkpoint-integrity',
  title: 'Checkpoints verified and retained',
  pack: 'reproducibility',
  weight: 1,
  mlTestScore: ['Infra 7'],
  remediation: 'Check what a loaded checkpoint holds (`missing_keys`/`unexpected_keys`, a SHA-256 beside the file, `weights_only=True`), and bound how many are kept (`save_total_limit`, `save_top_k`, `max_to_keep`).',
  applies: (input) => importsMlLibrary(input) && codeSignals(input.facts, 'checkpoint-save').length > 0,
  notApplicable: 'The code saves no checkpoints (or imports no ML library).',
  notForKind: notTrainingCode,
  evaluate({ facts }) {
    const saves = codeSignals(facts, 'checkpoint-save')
    const loads = codeSignals(facts, 'checkpoint-load')
    const files = new Set([...saves, ...loads].map((item) => item.path))
    const verified = beside(codeSignals(facts, 'checkpoint-verify'), files)
    const retained = codeSignals(facts, 'checkpoint-retention')
    const evidence = [...verified, ...retained]
    if (verified.length > 0 && retained.length > 0) return { status: 'pass', summary: `Loaded checkpoints are verified (${verified.length}) and how many are kept is bounded (${retained.length}).`, evidence }
    if (verified.length > 0) return { status: 'warn', summary: 'Loaded checkpoints are verified, but nothing bounds how many are kept: long runs fill the disk.', evidence, remediation: 'Keep the last or best k checkpoints (`save_total_limit`, `save_top_k`, `max_to_keep`) and delete older ones.' }
    if (retained.length > 0) return { status: 'warn', summary: 'How many checkpoints are kept is bounded, but a loaded one is never checked: a truncated or mismatched file loads silently.', evidence, remediation: 'Check the keys a checkpoint loads (`missing_keys`, `unexpected_keys`), load with `weights_only=True`, or compare a SHA-256 written beside it.' }
    return { status: 'warn', summary: `Checkpoints are saved (${saves.length} call${saves.length === 1 ? '' : 's'}) but never verified when loaded, and nothing bounds how many are kept.`, evidence: saves.slice(0, 5) }
  },
}
