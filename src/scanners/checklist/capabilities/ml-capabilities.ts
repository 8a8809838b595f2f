import type { Evidence } from '../checklist-result.js'
import { uncheckedLoads } from '../checks/checkpoint-integrity.js'
import { hasKind } from '../kind/repo-kind.js'
import { STALE_LOCK_ROLLBACK, checkEvidence, checkGap, checkStatus, lowRisk, notApplicable, row, signals, unless, type CapabilityInput, type CapabilityRow } from './capability.js'

const LOCK_SAYS: Readonly<Record<string, string>> = { pass: 'locked', warn: 'ranges without a lock', fail: 'not locked', 'not-applicable': 'no manifest declares any', exempt: 'exempt from the lockfile check', unknown: 'unknown' }
const REVERT = 'Revert the commit; the change is additive and nothing else depends on it.'
/** `Trainer(`, `SFTTrainer(`, `pl.Trainer(`, `trainer.fit(`: a framework runs the loop and its checkpoints. */
/** Libraries whose trainers checkpoint the whole training state; a repository's own `Trainer` class may not (minGPT's). */
const FRAMEWORKS: ReadonlySet<string> = new Set(['transformers', 'lightning', 'pytorch_lightning', 'accelerate', 'deepspeed'])
const FRAMEWORK_TRAINER = /Trainer\($|^trainer\.(?:fit|train)\($/
const FLAG_OFF = 'Guard it behind a flag that defaults to the old behaviour, and turn the flag off to roll back.'

function tokenization(input: CapabilityInput): CapabilityRow {
  const found = signals(input, 'tokenizer')
  const textModels = input.facts.mlImports.some((item) => item.module === 'transformers' || item.module === 'tiktoken')
  if (found.length === 0 && !textModels) return notApplicable('tokenization', 'Tokenization', 'No text model: nothing in the code loads a tokenizer or imports transformers.')
  return row('tokenization', 'Tokenization', found, [], `A tokenizer is loaded in ${files(found)}.`)
}

function modelLoading(input: CapabilityInput): CapabilityRow {
  const loaded = signals(input, 'model-load', 'adapter')
  const placed = signals(input, 'model-init')
  return row('model-loading', 'Model loading and init', [...loaded, ...placed], [
    unless(placed.length > 0, { gap: 'The dtype and device are never set explicitly: the model loads in float32 on whatever device is the default.', risk: 'medium', plan: 'Pass `torch_dtype=`/`dtype=` and `device_map=` (or `.to(device)`) from the config when the model is built.', rollback: FLAG_OFF }),
  ], `Models are built or loaded (${loaded.length} places${signals(input, 'adapter').length > 0 ? ', with adapters' : ''}), dtype or device set (${placed.length}).`)
}

function trainingLoop(input: CapabilityInput): CapabilityRow {
  const loop = signals(input, 'train-loop')
  const precision = signals(input, 'precision')
  const accumulation = signals(input, 'grad-accum')
  if (loop.length === 0) return row('training-loop', 'Training loop', [], [{ gap: 'No trainer or training step (`loss.backward()`, `optimizer.step()`, a `Trainer`) in the code.', risk: 'high', plan: 'Add a training entry point with a loop or a trainer.', rollback: REVERT }], '')
  return row('training-loop', 'Training loop', [...loop, ...precision, ...accumulation], [
    unless(precision.length > 0, { gap: 'No mixed precision (`autocast`, `GradScaler`, `bf16=`): training runs in float32.', risk: 'low', plan: 'Add a precision option (bf16/fp16 autocast) that defaults to float32.', rollback: FLAG_OFF }),
    unless(accumulation.length > 0, { gap: 'No gradient accumulation: the batch size is bounded by device memory.', risk: 'low', plan: 'Add `gradient_accumulation_steps` and step the optimizer every k micro-batches.', rollback: FLAG_OFF }),
  ], `Training runs through ${describe(loop)}.`)
}

function configuration(input: CapabilityInput): CapabilityRow {
  const loaders = signals(input, 'config', 'cli-config')
  const files = checkStatus(input, 'config-files') === 'pass' ? checkEvidence(input, 'config-files') : []
  const sweeps = signals(input, 'sweep')
  return row('configuration', 'Configuration', [...loaders, ...files, ...sweeps], [
    checkGap(input, 'config-files', REVERT),
    unless(sweeps.length > 0 || signals(input, 'config').some((item) => item.message.includes('hydra')), { gap: 'No sweep support (Hydra multirun, `wandb.sweep`, Optuna): hyperparameter searches are run by hand.', risk: 'low', plan: 'Drive searches from a sweep config over the existing options.', rollback: REVERT }),
  ], `Options come from ${describe([...loaders, ...files])}.`)
}

function evaluation(input: CapabilityInput): CapabilityRow {
  const computed = signals(input, 'metrics')
  const written = signals(input, 'metrics-write')
  const tracked = signals(input, 'tracking').some((item) => !item.message.startsWith('import '))
  return row('evaluation', 'Evaluation and metrics', [...computed, ...written], [
    unless(computed.length === 0 || written.length > 0 || tracked, { gap: 'Metrics are computed but never written to disk or a tracker: each run\'s numbers are lost when it ends.', risk: 'high', plan: 'Append each evaluation\'s metrics as one JSON line to the run directory (or log them to the tracker).', rollback: REVERT }),
    unless(computed.length > 0 || written.length > 0, { gap: 'No evaluation metric is computed or recorded by the code.', risk: 'medium', plan: 'Evaluate on a held-out split at fixed intervals and record the metrics.', rollback: REVERT }),
  ], `Metrics computed (${computed.length}) and written (${written.length}).`)
}

function logging(input: CapabilityInput): CapabilityRow {
  const logs = signals(input, 'tracking', 'logging', 'metrics-write')
  const system = signals(input, 'system-metrics')
  return row('logging', 'Logging and monitoring', [...logs, ...system], [
    unless(logs.length > 0, { gap: 'No logger or tracker: runs print to the terminal only.', risk: 'medium', plan: 'Log with `logging` to a file in the run directory, or to a tracker.', rollback: REVERT }),
    unless(system.length > 0, { gap: 'No system metrics (GPU memory, `psutil`, `DeviceStatsMonitor`): slowdowns and out-of-memory failures are not seen coming.', risk: 'low', plan: 'Log `torch.cuda.max_memory_allocated()` and throughput with the training metrics.', rollback: REVERT }),
  ], `Runs log through ${describe(logs)}.`)
}

function checkpointing(input: CapabilityInput): CapabilityRow {
  const saves = signals(input, 'checkpoint-save')
  const loads = signals(input, 'checkpoint-load')
  const state = signals(input, 'checkpoint-state')
  const retention = signals(input, 'checkpoint-retention')
  const unchecked = uncheckedLoads(input.facts)
  // A framework trainer (Hugging Face's, Lightning's) saves and restores optimizer, scheduler and RNG state, and checks the keys it loads.
  const frameworkFiles = new Set(input.facts.mlImports.filter((item) => FRAMEWORKS.has(item.module)).map((item) => item.path))
  const trainer = signals(input, 'train-loop').find((item) => FRAMEWORK_TRAINER.test(item.message) && item.path !== undefined && frameworkFiles.has(item.path))
  if (saves.length === 0) return row('checkpointing', 'Checkpointing and resume', loads, [{ gap: 'No checkpoint is saved: a crashed run starts over.', risk: 'high', plan: 'Save model, optimizer, scheduler and step every N steps (`torch.save`, `save_pretrained`, `ModelCheckpoint`).', rollback: REVERT }], 'Checkpoints are loaded, never saved.')
  return row('checkpointing', 'Checkpointing and resume', [...saves, ...loads, ...state, ...retention], [
    unless(loads.length > 0, { gap: 'Checkpoints are saved without a load path: a run cannot resume.', risk: 'high', plan: 'Load the latest checkpoint at start when one exists (`load_state_dict`, `resume_from_checkpoint`).', rollback: FLAG_OFF }),
    unless(state.length > 0 || trainer !== undefined, { gap: 'The optimizer, scheduler and RNG state are not saved with the weights: a resumed run does not continue the same run.', risk: 'medium', plan: 'Save `optimizer.state_dict()`, `scheduler.state_dict()` and `torch.get_rng_state()` beside the weights, and restore them on resume.', rollback: FLAG_OFF }),
    unless(unchecked.length === 0 || trainer !== undefined, { gap: `Checkpoints load with \`strict=False\` and the keys left out are never checked (\`${unchecked[0]?.path ?? ''}:${unchecked[0]?.line ?? ''}\`): a mismatched checkpoint loads silently.`, risk: 'medium', plan: 'Check `missing_keys`/`unexpected_keys` after loading, or load strictly.', rollback: REVERT }),
    unless(retention.length > 0 || signals(input, 'checkpoint-accumulating').length === 0, { gap: 'A new checkpoint file is written per step and nothing bounds how many are kept (best-k or last-k).', risk: 'low', plan: 'Keep the last or best k checkpoints (`save_total_limit`, `save_top_k`, `max_to_keep`).', rollback: FLAG_OFF }),
  ], `Checkpoints are saved (${saves.length}) and loaded (${loads.length})${trainer === undefined ? '' : `; ${trainer.message} keeps the training state`}.`)
}

function dataHandling(input: CapabilityInput): CapabilityRow {
  const loaders = signals(input, 'data-loader', 'public-dataset')
  const splits = signals(input, 'data-split')
  const seeded = signals(input, 'data-shuffle-seeded')
  const cached = signals(input, 'data-cache')
  return row('data', 'Data handling', [...loaders, ...splits, ...seeded, ...cached], [
    unless(splits.length > 0, { gap: 'No explicit train/validation/test split in the code.', risk: 'low', plan: 'Split once with a fixed seed (`random_split` with a generator, `train_test_split(random_state=…)`) and save the split.', rollback: REVERT }),
    unless(seeded.length > 0 || checkStatus(input, 'seeding') === 'pass', { gap: 'Shuffling is not seeded (no `generator=`, `worker_init_fn=`, `.shuffle(seed=…)`): batches differ between runs.', risk: 'medium', plan: 'Pass a seeded `torch.Generator` and a `worker_init_fn` to the DataLoader.', rollback: REVERT }),
  ], `Data comes through ${describe(loaders)}.`)
}

function security(input: CapabilityInput): CapabilityRow {
  const artifacts = checkEvidence(input, 'lockfile', 'dependency-updates')
  const safety = signals(input, 'safety')
  const secrets = checkStatus(input, 'secrets')
  const found = [...artifacts, ...(secrets === 'pass' ? [{ message: 'no committed secrets found' }] : []), ...safety]
  return row('security', 'Security and safety', found, [
    checkGap(input, 'secrets', 'Rotating a leaked secret cannot be rolled back; removing it from the tree is a plain revert.'),
    checkGap(input, 'lockfile', 'Delete the lockfile to return to unpinned installs.'),
    checkGap(input, 'lock-freshness', STALE_LOCK_ROLLBACK),
    checkGap(input, 'dependency-updates', 'Delete the Dependabot or Renovate config.'),
  ], `Dependencies: ${LOCK_SAYS[checkStatus(input, 'lockfile')]}; secret scan ${secrets}${safety.length > 0 ? '; safety filters present' : ''}.`)
}

function testing(input: CapabilityInput): CapabilityRow {
  const tests = checkStatus(input, 'tests')
  const artifacts = checkEvidence(input, 'tests', 'ci', 'optional-dependency-skips')
  if (tests === 'fail') return row('tests', 'Internal CI and tests', [], [checkGap(input, 'tests', REVERT)], '')
  return row('tests', 'Internal CI and tests', artifacts, [
    checkGap(input, 'ci', 'Delete the workflow file.'),
    checkGap(input, 'optional-dependency-skips', 'Remove the scheduled GPU job.'),
    checkGap(input, 'lint-gates', 'Remove the lint step from CI.'),
  ], `Tests ${tests === 'pass' ? 'exist' : tests}; CI ${checkStatus(input, 'ci')}.`, { showcaseCounts: true })
}

function deployment(input: CapabilityInput): CapabilityRow {
  const { facts, kind } = input
  if (!hasKind(kind, 'library') && !hasKind(kind, 'application')) return notApplicable('deployment', 'Deployment', 'Research code: it is run from a checkout, not published or served.')
  const packages = [...facts.pyprojects.filter((item) => item.distribution !== undefined).map((item) => ({ path: item.path, message: `builds ${item.distribution ?? ''}` })), ...facts.setupScripts.filter((item) => item.name !== undefined).map((item) => ({ path: item.path, message: `builds ${item.name ?? ''}` }))]
  const containers = facts.dockerfiles.map((item) => ({ path: item.path, message: 'container image' }))
  return row('deployment', 'Deployment', [...packages, ...containers], [
    unless(packages.length > 0, { gap: 'Nothing packages the code (no `[project]` in pyproject.toml, no setup.py name).', risk: 'medium', plan: 'Declare the package in pyproject.toml with its console scripts.', rollback: REVERT }),
    lowRisk(checkGap(input, 'container-pinning', 'Return the image reference to its previous tag.')),
  ], `Packaged (${packages.length}), containers (${containers.length}).`)
}

function documentation(input: CapabilityInput): CapabilityRow {
  const paths = [...input.facts.paths]
  const docs = paths.filter((path) => /^docs?\//.test(path) || /^[^/].*\/README\.(?:md|rst|txt)$/i.test(path)).slice(0, 1).map((path) => ({ path, message: 'documentation beside the README' }))
  const examples = paths.filter((path) => /^(?:examples?|notebooks?|tutorials?)\//.test(path) || /^[^/]+\.ipynb$/.test(path)).slice(0, 2).map((path) => ({ path, message: 'example' }))
  const readme = checkEvidence(input, 'readme')
  return row('documentation', 'Documentation and examples', [...readme, ...docs, ...examples], [
    checkGap(input, 'readme', REVERT),
    unless(docs.length + examples.length > 0, { gap: 'No docs folder, examples or notebooks beside the README.', risk: 'low', plan: 'Add one runnable example of the main workflow under `examples/`.', rollback: REVERT }),
  ], 'README with docs or examples.', { showcaseCounts: true })
}

function tracking(input: CapabilityInput): CapabilityRow {
  const trackers = signals(input, 'tracking')
  const ids = signals(input, 'run-id')
  return row('tracking', 'Experiment tracking', [...trackers, ...ids], [
    trackers.length === 0 ? { gap: 'No experiment tracker (MLflow, W&B, TensorBoard, DVC).', risk: 'medium', plan: 'Log parameters, metrics and artifacts of each run to a tracker.', rollback: FLAG_OFF } : undefined,
    unless(trackers.length === 0 || ids.length > 0, { gap: 'Runs are tracked, but no run id, name or log directory is set or read.', risk: 'low', plan: 'Name each run and print or save its id with the results.', rollback: REVERT }),
  ], `Runs are tracked with ${describe(trackers)}.`)
}

function extensibility(input: CapabilityInput): CapabilityRow {
  const found = signals(input, 'registry')
  return row('extensibility', 'Extensibility', found, [
    unless(found.length > 0, { gap: 'No registry, plugin hook or entry points: adding a model, dataset or metric means editing the core code.', risk: 'low', plan: 'Register models and datasets by name in one registry the config selects from.', rollback: REVERT }),
  ], `Extension points: ${describe(found)}.`)
}

function files(items: readonly Evidence[]): string {
  const paths = [...new Set(items.map((item) => item.path))]
  return paths.length === 1 ? `\`${paths[0] ?? ''}\`` : `${paths.length} files`
}

/** `torch.save( and 3 more kinds in 4 files`: what was seen most, and where. */
function describe(items: readonly Evidence[]): string {
  const kinds = [...new Set(items.map((item) => item.message))]
  return `\`${kinds[0] ?? ''}\`${kinds.length > 1 ? ` and ${kinds.length - 1} more` : ''} in ${files(items)}`
}

/** The capabilities a hand-written audit of an ML repository has, in its order. */
export function mlCapabilities(input: CapabilityInput): CapabilityRow[] {
  return [tokenization, modelLoading, trainingLoop, configuration, evaluation, logging, checkpointing, dataHandling, security, testing, deployment, documentation, tracking, extensibility].map((rule) => rule(input))
}
