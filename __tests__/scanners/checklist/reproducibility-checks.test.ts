import { describe, expect, it } from 'vitest'
import { checkpointingCheck } from '../../../src/scanners/checklist/checks/checkpointing.js'
import { configFilesCheck } from '../../../src/scanners/checklist/checks/config-files.js'
import { containerPinningCheck } from '../../../src/scanners/checklist/checks/container-pinning.js'
import { dataVersioningCheck } from '../../../src/scanners/checklist/checks/data-versioning.js'
import { dependencyPinningCheck } from '../../../src/scanners/checklist/checks/dependency-pinning.js'
import { environmentCaptureCheck } from '../../../src/scanners/checklist/checks/environment-capture.js'
import { experimentTrackingCheck } from '../../../src/scanners/checklist/checks/experiment-tracking.js'
import { lockfileCheck } from '../../../src/scanners/checklist/checks/lockfile.js'
import { runtimePinnedCheck } from '../../../src/scanners/checklist/checks/runtime-pinned.js'
import { seedingCheck } from '../../../src/scanners/checklist/checks/seeding.js'
import { statusOf, verdictOf } from './checklist-fixtures.js'

const TORCH_TRAIN = 'import torch\nfrom torch import nn\n\nmodel = nn.Linear(2, 2)\n'

describe('lockfile', () => {
  it('passes when every manifest has its lock, also a workspace lock further up', () => {
    const verdict = verdictOf(lockfileCheck, {
      'package.json': '{"dependencies": {"left-pad": "^1.0.0"}}',
      'package-lock.json': '{}',
      'packages/ui/package.json': '{"dependencies": {"react": "^18"}}',
      'pyproject.toml': '[project]\nname = "w"\ndependencies = ["numpy>=1.26"]\n[tool.uv]\n',
      'uv.lock': 'version = 1\n',
      'go.mod': 'module x\n\ngo 1.22\n\nrequire golang.org/x/text v0.14.0\n',
      'go.sum': '',
    })
    expect(verdict).toMatchObject({ status: 'pass', summary: '4 manifests locked.' })
  })

  it('fails for a manager without its lock and names it', () => {
    const verdict = verdictOf(lockfileCheck, {
      'pyproject.toml': '[tool.poetry]\nname = "w"\n[tool.poetry.dependencies]\npython = "^3.10"\ntorch = "^2.1"\n',
      'package.json': '{"devDependencies": {"vitest": "^4"}}',
    })
    expect(verdict).toMatchObject({ status: 'fail', evidence: [
      { path: 'package.json', message: 'declares dependencies but no package-lock.json, yarn.lock, pnpm-lock.yaml or bun.lock' },
      { path: 'pyproject.toml', message: 'uses poetry but has no poetry.lock' },
    ] })
  })

  it('warns for fully pinned requirements without a lock, and ignores samples and dependency-free manifests', () => {
    expect(statusOf(lockfileCheck, { 'requirements.txt': 'torch==2.3.1\nnumpy==1.26.4\n' })).toBe('warn')
    expect(statusOf(lockfileCheck, { 'requirements.txt': '# pip-compile --generate-hashes\ntorch==2.3.1 \\\n    --hash=sha256:abc\n' })).toBe('pass')
    expect(statusOf(lockfileCheck, { 'package.json': '{"name": "x", "scripts": {}}', 'examples/demo/package.json': '{"dependencies": {"a": "1"}}' })).toBe('not-applicable')
  })

  it('is unknown, with the parse error, when a manifest does not parse and nothing else fails', () => {
    const verdict = verdictOf(lockfileCheck, { 'pyproject.toml': '[project\nname = ', 'package.json': '{"dependencies": {"a": "1"}}', 'yarn.lock': '' })
    expect(verdict).toMatchObject({ status: 'unknown', evidence: [{ path: 'pyproject.toml', line: 1 }, { path: 'package.json', message: 'locked by yarn.lock' }] })
    expect(verdict !== 'not-applicable' && verdict.evidence?.[0]?.message).toContain('not valid TOML')
  })
})

describe('dependency-pinning', () => {
  it('fails an unpinned requirements.txt and lists every unpinned package with its line', () => {
    const verdict = verdictOf(dependencyPinningCheck, { 'requirements.txt': 'ftfy\nregex\ntqdm\ntorch\ntorchvision>=0.8\n' })
    expect(verdict).toMatchObject({
      status: 'fail',
      summary: '0 of 5 requirements pinned (0%); unpinned: ftfy, regex, tqdm, torch, torchvision.',
      details: { pinned: 0, total: 5 },
    })
    expect(verdict !== 'not-applicable' && verdict.evidence?.map((item) => `${item.line} ${item.message}`)).toEqual([
      '1 ftfy (no version)', '2 regex (no version)', '3 tqdm (no version)', '4 torch (no version)', '5 torchvision >=0.8',
    ])
  })

  it('passes exact pins across requirements, conda environments and locked pyproject ranges', () => {
    const verdict = verdictOf(dependencyPinningCheck, {
      'requirements.txt': '-r base.txt\n--index-url https://download.pytorch.org/whl/cu121\ntorch==2.3.1  # cuda\nnumpy[extra]==1.26.4; python_version >= "3.9"\n-e .\ngit+https://github.com/a/b@0123456789abcdef0123456789abcdef01234567#egg=b\n',
      'environment.yml': 'name: w\ndependencies:\n  - python=3.11\n  - pip\n  - pytorch::pytorch=2.3.1\n  - pip:\n    - einops==0.8.0\n',
      'pyproject.toml': '[project]\nname = "w"\ndependencies = ["rich>=13"]\n',
      'uv.lock': '',
    })
    expect(verdict).toMatchObject({ status: 'pass', summary: 'All 6 requirements are pinned or locked.' })
  })

  it('warns when most requirements are pinned', () => {
    const pinned = Array.from({ length: 9 }, (_, index) => `pkg${index}==1.0.${index}`).join('\n')
    expect(verdictOf(dependencyPinningCheck, { 'requirements.txt': `${pinned}\nloose~=1.0\n` })).toMatchObject({ status: 'warn', details: { pinned: 9, total: 10 } })
  })
})

describe('runtime-pinned', () => {
  it('passes when each runtime in use has a version', () => {
    const verdict = verdictOf(runtimePinnedCheck, {
      'pyproject.toml': '[project]\nname = "w"\nrequires-python = ">=3.10"\n',
      'package.json': '{"engines": {"node": ">=20"}}',
    })
    expect(verdict).toMatchObject({ status: 'pass', evidence: [{ path: 'package.json', line: 1, message: 'node >=20' }, { path: 'pyproject.toml', line: 3, message: 'requires-python >=3.10' }] })
    expect(statusOf(runtimePinnedCheck, { 'requirements.txt': 'torch\n', '.python-version': '3.11.9\n' })).toBe('pass')
    expect(statusOf(runtimePinnedCheck, { 'requirements.txt': 'torch\n', Dockerfile: 'FROM python:3.11-slim\n' })).toBe('pass')
  })

  it('fails when no runtime is pinned and warns when only some are', () => {
    expect(verdictOf(runtimePinnedCheck, { 'requirements.txt': 'torch\n' })).toMatchObject({ status: 'fail', summary: 'No version declared for Python.' })
    expect(statusOf(runtimePinnedCheck, { 'requirements.txt': 'torch\n', 'package.json': '{}', '.nvmrc': '20\n' })).toBe('warn')
  })
})

describe('seeding', () => {
  it('passes a training script that seeds torch, with the line as evidence', () => {
    const verdict = verdictOf(seedingCheck, { 'train.py': `${TORCH_TRAIN}torch.manual_seed(1337 + seed_offset)\ntorch.backends.cudnn.deterministic = True\n` })
    expect(verdict).toMatchObject({ status: 'pass', evidence: [{ path: 'train.py', line: 5, message: 'torch.manual_seed(' }, { path: 'train.py', line: 6 }] })
  })

  it('accepts seed_everything, set_seed and sklearn random_state', () => {
    expect(statusOf(seedingCheck, { 'fit.py': 'import lightning as L\nL.seed_everything(42, workers=True)\n' })).toBe('pass')
    expect(statusOf(seedingCheck, { 'fit.py': 'from transformers import set_seed\nset_seed(0)\n' })).toBe('pass')
    expect(statusOf(seedingCheck, { 'fit.py': 'from sklearn.ensemble import RandomForestClassifier\nclf = RandomForestClassifier(random_state=0)\n' })).toBe('pass')
  })

  it('fails when ML code never seeds (a commented-out seed does not count)', () => {
    const verdict = verdictOf(seedingCheck, { 'train.py': `${TORCH_TRAIN}# torch.manual_seed(0)\n` })
    expect(verdict).toMatchObject({ status: 'fail', evidence: [{ path: 'train.py', line: 1, message: 'imports torch, never seeded' }] })
  })

  it('warns when one framework is seeded and another is not, and reads notebooks', () => {
    const notebook = JSON.stringify({ cells: [{ source: ['import tensorflow as tf\n', 'import numpy as np\n', 'np.random.seed(0)\n'] }] }, null, 1)
    expect(verdictOf(seedingCheck, { 'nb/explore.ipynb': notebook })).toMatchObject({ status: 'warn', summary: 'Seeds are set, but not for TensorFlow/Keras.' })
  })

  it('does not apply without an ML library', () => {
    expect(statusOf(seedingCheck, { 'main.go': 'package main\n', 'tool.py': 'import random\nrandom.seed(1)\n' })).toBe('not-applicable')
  })
})

describe('environment-capture', () => {
  it('passes with a container, conda environment, lock or freeze; fails with none', () => {
    expect(statusOf(environmentCaptureCheck, { '.devcontainer/devcontainer.json': '{}' })).toBe('pass')
    expect(statusOf(environmentCaptureCheck, { 'requirements.txt': 'torch==2.3.1\n' })).toBe('pass')
    expect(verdictOf(environmentCaptureCheck, { 'requirements.txt': 'torch\n', 'src/dockerfile.ts': 'export {}\n' })).toMatchObject({ status: 'fail' })
  })
})

describe('container-pinning', () => {
  it('passes tagged and digest-pinned images and skips build stages and scratch', () => {
    const dockerfile = ['ARG PY=3.11.9', 'FROM python:${PY}-slim AS build', 'FROM build AS test', 'FROM scratch', `FROM gcr.io/distroless/base@sha256:${'a'.repeat(64)}`, ''].join('\n')
    expect(verdictOf(containerPinningCheck, { Dockerfile: dockerfile })).toMatchObject({ status: 'pass', details: { images: 2, byDigest: 1 } })
  })

  it('fails on latest or untagged images and warns on a major-only tag', () => {
    expect(verdictOf(containerPinningCheck, { 'docker/Dockerfile.gpu': 'FROM pytorch/pytorch:latest\nFROM ubuntu\n' })).toMatchObject({
      status: 'fail',
      evidence: [{ path: 'docker/Dockerfile.gpu', line: 1, message: 'FROM pytorch/pytorch:latest: `latest`: a different image on every rebuild' }, { line: 2 }],
    })
    expect(statusOf(containerPinningCheck, { Containerfile: 'FROM node:20\n' })).toBe('warn')
    expect(statusOf(containerPinningCheck, { 'README.md': '# x\n' })).toBe('not-applicable')
  })
})

describe('config-files', () => {
  it('passes with a config folder or a config library', () => {
    expect(verdictOf(configFilesCheck, { 'train.py': TORCH_TRAIN, 'configs/base.yaml': 'lr: 0.1\n' })).toMatchObject({ status: 'pass' })
    expect(statusOf(configFilesCheck, { 'train.py': `${TORCH_TRAIN}import hydra\n@hydra.main(config_path="conf")\ndef main(cfg): ...\n` })).toBe('pass')
  })

  it('fails an ML repository with settings only in code', () => {
    expect(statusOf(configFilesCheck, { 'train.py': `${TORCH_TRAIN}LR = 0.1\n` })).toBe('fail')
  })
})

describe('experiment-tracking', () => {
  it('passes with a tracker and fails without', () => {
    expect(verdictOf(experimentTrackingCheck, { 'train.py': `${TORCH_TRAIN}if log:\n    import wandb\n    wandb.init(project="w")\n` })).toMatchObject({ status: 'pass', evidence: [{ path: 'train.py', line: 6, message: 'import wandb' }] })
    expect(statusOf(experimentTrackingCheck, { 'train.py': `${TORCH_TRAIN}from torch.utils.tensorboard import SummaryWriter\n` })).toBe('pass')
    expect(statusOf(experimentTrackingCheck, { 'train.py': `${TORCH_TRAIN}print(loss)\n` })).toBe('fail')
  })
})

describe('data-versioning', () => {
  it('passes with DVC or Git LFS', () => {
    expect(statusOf(dataVersioningCheck, { 'train.py': TORCH_TRAIN, 'data/raw.dvc': 'outs:\n- md5: 1\n' })).toBe('pass')
    expect(statusOf(dataVersioningCheck, { 'train.py': TORCH_TRAIN, 'weights/model.pt': 'version https://git-lfs.github.com/spec/v1\noid sha256:1\n' })).toBe('pass')
  })

  it('warns when data comes from public loaders and fails otherwise', () => {
    expect(statusOf(dataVersioningCheck, { 'train.py': `${TORCH_TRAIN}ds = load_dataset("imdb")\n` })).toBe('warn')
    expect(statusOf(dataVersioningCheck, { 'train.py': `${TORCH_TRAIN}df = open("data.csv")\n` })).toBe('fail')
  })
})

describe('checkpointing', () => {
  it('passes with save and resume code, warns with one, fails with neither', () => {
    expect(statusOf(checkpointingCheck, { 'train.py': `${TORCH_TRAIN}torch.save(ckpt, path)\nmodel.load_state_dict(ckpt["model"])\n` })).toBe('pass')
    expect(verdictOf(checkpointingCheck, { 'train.py': `${TORCH_TRAIN}torch.save(ckpt, path)\n` })).toMatchObject({ status: 'warn', summary: 'Checkpoints are saved but never loaded: a run cannot resume.' })
    expect(statusOf(checkpointingCheck, { 'train.py': TORCH_TRAIN })).toBe('fail')
  })
})
