import { describe, expect, it } from 'vitest'
import { checkpointIntegrityCheck } from '../../../src/scanners/checklist/checks/checkpoint-integrity.js'
import { metricsPersistedCheck } from '../../../src/scanners/checklist/checks/metrics-persisted.js'
import { optionalDependencySkipsCheck } from '../../../src/scanners/checklist/checks/optional-dependency-skips.js'
import { trackingRunIdsCheck } from '../../../src/scanners/checklist/checks/tracking-run-ids.js'
import { statusOf, verdictOf } from './checklist-fixtures.js'

const TORCH = 'import torch\nfrom torch import nn\n\nmodel = nn.Linear(2, 2)\n'
const WORKFLOW = (runsOn: string) => `on: push\njobs:\n  test:\n    runs-on: ${runsOn}\n    steps:\n      - run: pytest\n`

describe('metrics-persisted', () => {
  it('passes when metrics reach a tracker or a file, and fails when they are computed and only printed', () => {
    expect(statusOf(metricsPersistedCheck, { 'train.py': `${TORCH}import wandb\nwandb.log({"loss": loss})\n` })).toBe('pass')
    expect(statusOf(metricsPersistedCheck, { 'train.py': `${TORCH}with open(path, "a") as f:\n    f.write(json.dumps(metrics) + "\\n")\n` })).toBe('pass')
    expect(statusOf(metricsPersistedCheck, { 'train.py': `${TORCH}trainer.save_metrics("eval", metrics)\n` })).toBe('pass')
    expect(verdictOf(metricsPersistedCheck, { 'eval.py': `${TORCH}from sklearn.metrics import f1_score\nprint(f1_score(y, p))\n` })).toMatchObject({
      status: 'fail',
      summary: expect.stringContaining('computed (2 places) but never written'),
    })
  })

  it('takes an evaluation call for metrics computed, so printing them only fails', () => {
    expect(verdictOf(metricsPersistedCheck, { 'train.py': `${TORCH}test_score = eval_split(trainer, "test")\nprint(test_score)\n` })).toMatchObject({ status: 'fail' })
  })

  it('does not take a config written as JSON, or a test, for metrics', () => {
    const files = { 'train.py': `${TORCH}f.write(json.dumps(config.to_dict(), indent=4))\n`, 'tests/test_log.py': `${TORCH}wandb.log({"x": 1})\n` }
    expect(verdictOf(metricsPersistedCheck, files)).toMatchObject({ status: 'warn', summary: 'The code writes no metric to disk or a tracker: how a run went is not recorded.' })
  })
})

describe('checkpoint-integrity', () => {
  const perStep = `${TORCH}torch.save(state, f"ckpt-{step}.pt")\nmodel.load_state_dict(sd)\n`

  it('warns when a file per step piles up unbounded, and passes once the count is bounded', () => {
    expect(verdictOf(checkpointIntegrityCheck, { 'train.py': perStep })).toMatchObject({
      status: 'warn',
      summary: 'Loads keep `load_state_dict`\'s default check of the keys, but a new checkpoint file is written per step (train.py:5) and nothing bounds how many are kept: long runs fill the disk.',
    })
    expect(statusOf(checkpointIntegrityCheck, { 'train.py': `${perStep}args = dict(save_total_limit=3)\n` })).toBe('pass')
  })

  it('warns on strict=False loads that never look at the keys left out, and passes when they do', () => {
    const lenient = `${TORCH}torch.save(model.state_dict(), path)\nresult = model.load_state_dict(sd, strict=False)\n`
    expect(verdictOf(checkpointIntegrityCheck, { 'train.py': lenient })).toMatchObject({ status: 'warn', summary: '1 load with `strict=False` never checks the keys left out: a mismatched checkpoint loads silently.' })
    expect(statusOf(checkpointIntegrityCheck, { 'train.py': `${lenient}assert not result.missing_keys\n` })).toBe('pass')
  })

  it('does not claim a pile-up where each save may replace the last (a fixed or variable path), nor count a dataset checksum', () => {
    const files = { 'train.py': `${TORCH}torch.save(checkpoint, os.path.join(out_dir, 'ckpt.pt'))\ntorch.save(model.state_dict(), ckpt_path)\n`, 'data/prepare.py': 'import hashlib\ndigest = hashlib.sha256(data).hexdigest()\n' }
    expect(verdictOf(checkpointIntegrityCheck, files)).toMatchObject({ status: 'pass', summary: 'No checkpoint is loaded back by this code, and how many checkpoints are kept is bounded (1).', evidence: [expect.objectContaining({ message: 'saved over one fixed file' })] })
  })

  it('does not apply to code that saves no checkpoint', () => {
    expect(statusOf(checkpointIntegrityCheck, { 'train.py': TORCH })).toBe('not-applicable')
  })
})

describe('optional-dependency-skips', () => {
  const gpuTest = { 'model.py': TORCH, 'tests/test_model.py': 'import pytest\nimport torch\n\n@pytest.mark.skipif(not torch.cuda.is_available(), reason="needs a GPU")\ndef test_fused():\n    pass\n' }

  it('warns when tests skip without a GPU and no CI job has one', () => {
    expect(verdictOf(optionalDependencySkipsCheck, { ...gpuTest, '.github/workflows/ci.yml': WORKFLOW('ubuntu-latest') })).toMatchObject({
      status: 'warn',
      summary: '1 test file skip without a GPU and no CI job runs on a GPU runner: those paths are never tested in CI.',
      details: { gpuTestFiles: 1, optionalTestFiles: 0 },
    })
  })

  it('passes when a CI job runs on a GPU runner, and for skips on optional packages alone', () => {
    expect(statusOf(optionalDependencySkipsCheck, { ...gpuTest, '.github/workflows/gpu.yml': WORKFLOW('[self-hosted, gpu]') })).toBe('pass')
    expect(verdictOf(optionalDependencySkipsCheck, { 'model.py': TORCH, 'tests/test_io.py': 'import pytest\nbnb = pytest.importorskip("bitsandbytes")\n' })).toMatchObject({ status: 'pass', details: { gpuTestFiles: 0, optionalTestFiles: 1 } })
  })

  it('knows a GPU runner group by its instance family, a container given the GPUs, and another CI system\'s GPU machine', () => {
    const group = 'on: schedule\njobs:\n  gpu:\n    runs-on:\n      group: aws-g6-4xlarge-plus\n    steps:\n      - run: pytest\n'
    const container = 'on: schedule\njobs:\n  gpu:\n    runs-on: [self-hosted]\n    container:\n      image: org/image:1\n      options: --gpus all\n    steps:\n      - run: pytest\n'
    expect(statusOf(optionalDependencySkipsCheck, { ...gpuTest, '.github/workflows/nightly.yml': group })).toBe('pass')
    expect(statusOf(optionalDependencySkipsCheck, { ...gpuTest, '.github/workflows/nightly.yml': container })).toBe('pass')
    expect(verdictOf(optionalDependencySkipsCheck, { ...gpuTest, '.lightning/workflows/tests.yaml': 'image: "org/image:cuda12"\nmachine: "L4_X_2"\n' })).toMatchObject({ status: 'pass', evidence: [expect.objectContaining({ path: '.lightning/workflows/tests.yaml', line: 2 }), expect.anything()] })
    expect(statusOf(optionalDependencySkipsCheck, { ...gpuTest, '.github/workflows/ci.yml': WORKFLOW('ubuntu-24.04-arm') })).toBe('warn')
  })

  it('applies to ML libraries too, and not where no test skips', () => {
    expect(statusOf(optionalDependencySkipsCheck, { 'model.py': TORCH, 'tests/test_model.py': 'def test_x():\n    pass\n' })).toBe('not-applicable')
    const library = { ...gpuTest, 'setup.py': 'from setuptools import setup\nsetup(name="tinylib")\n', 'README.md': '# tinylib\n\n    pip install tinylib\n' }
    expect(statusOf(optionalDependencySkipsCheck, library)).toBe('warn')
  })
})

describe('tracking-run-ids', () => {
  it('takes a configured log directory for where the run is found', () => {
    expect(statusOf(trackingRunIdsCheck, { 'train.py': `${TORCH}from torch.utils.tensorboard import SummaryWriter\nlogger.configure(dir=args.log_dir)\n` })).toBe('pass')
  })

  it('passes when the run is named or its id read, and warns when runs are tracked anonymously', () => {
    expect(statusOf(trackingRunIdsCheck, { 'train.py': `${TORCH}import wandb\nwandb.init(project="p", name=run_name)\n` })).toBe('pass')
    expect(statusOf(trackingRunIdsCheck, { 'train.py': `${TORCH}import mlflow\nprint(mlflow.active_run().info.run_id)\n` })).toBe('pass')
    expect(verdictOf(trackingRunIdsCheck, { 'train.py': `${TORCH}import wandb\nwandb.init(project="p")\n` })).toMatchObject({ status: 'warn' })
    expect(statusOf(trackingRunIdsCheck, { 'train.py': TORCH })).toBe('not-applicable')
  })
})
