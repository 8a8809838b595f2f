import type { Check } from '../check.js'
import { NOT_ML, importsMlLibrary, signalEvidence } from './ml-signals.js'
import { notTrainingCode } from '../kind/kind-rules.js'

export const checkpointingCheck: Check = {
  id: 'checkpointing',
  title: 'Checkpoint save and resume',
  pack: 'reproducibility',
  weight: 1,
  mlTestScore: ['Infra 7'],
  remediation: 'Save checkpoints during training (model, optimiser and step: `torch.save`, `ModelCheckpoint`, `save_pretrained`) and support resuming from one (`load_state_dict`, `ckpt_path=`, `resume_from_checkpoint`).',
  applies: importsMlLibrary,
  notApplicable: NOT_ML,
  notForKind: notTrainingCode,
  evaluate({ facts }) {
    const saves = signalEvidence(facts, 'checkpoint-save')
    const loads = signalEvidence(facts, 'checkpoint-load')
    if (saves.length > 0 && loads.length > 0) return { status: 'pass', summary: `Checkpoints are saved (${saves.length}) and loaded (${loads.length}).`, evidence: [...saves, ...loads] }
    if (saves.length > 0) return { status: 'warn', summary: 'Checkpoints are saved but never loaded: a run cannot resume.', evidence: saves, remediation: 'Add a resume path: load the last checkpoint (`load_state_dict`, `ckpt_path=`, `resume_from_checkpoint`) when one exists.' }
    if (loads.length > 0) return { status: 'warn', summary: 'Checkpoints are loaded but never saved by this code.', evidence: loads, remediation: 'Save checkpoints during training (`torch.save`, `ModelCheckpoint`, `save_pretrained`) so runs can be resumed and rolled back.' }
    return { status: 'fail', summary: 'No checkpoint saving or loading in the code.' }
  },
}
