import { describe, expect, it } from 'vitest'
import { runAudit } from '../../../src/engine/run-audit.js'
import { checklistScanner, createChecklistScanner } from '../../../src/scanners/checklist/checklist-scanner.js'
import { checklistSettings } from '../../../src/scanners/checklist/checklist-settings.js'
import { writeGitFixture } from '../../helpers/fixture.js'
import { testOptions } from '../../helpers/options.js'
import { NOW, check, fakeToken, runChecklist, settings } from './checklist-fixtures.js'
import { ONE_THREAD } from '../../helpers/threads.js'

/** A small research repository in the shape of many on GitHub: a training script, loose requirements, a notebook. */
const ML_REPO = {
  'README.md': `# TinyGPT\n\n${'A small language model trained on Shakespeare for teaching. '.repeat(8)}\n\n## Install\n\n    pip install -r requirements.txt\n\n## Training\n\n    python train.py config/train_shakespeare.py\n`,
  'LICENSE': 'MIT License\n\nPermission is hereby granted, free of charge, to any person obtaining a copy\n',
  'requirements.txt': 'torch\nnumpy\ntransformers\ndatasets\ntiktoken\nwandb\ntqdm\n',
  'config/train_shakespeare.py': "out_dir = 'out-shakespeare'\nlearning_rate = 1e-3\n",
  'train.py': [
    'import os',
    'import torch',
    'from model import GPT',
    '',
    "if wandb_log:",
    '    import wandb',
    '    wandb.init(project=wandb_project)',
    'torch.manual_seed(1337 + seed_offset)',
    "checkpoint = torch.load(ckpt_path, map_location=device)",
    'model.load_state_dict(state_dict)',
    "torch.save(checkpoint, os.path.join(out_dir, 'ckpt.pt'))",
    '',
  ].join('\n'),
  'model.py': 'import torch\nimport torch.nn as nn\n',
  'data/prepare.py': 'from datasets import load_dataset\ndataset = load_dataset("openwebtext")\n',
  'weights/init.bin': Buffer.concat([Buffer.from([0, 1, 2]), Buffer.alloc(3000)]),
}

describe('checklistScanner', () => {
  it('is the checklist scanner', () => {
    expect(checklistScanner).toMatchObject({ id: 'checklist', title: 'Checklist' })
  })

  it('gives a right answer for each check on a typical research repository read by the engine', async () => {
    const root = writeGitFixture(ML_REPO)
    const options = testOptions(root, ['checklist'], {
      scanners: { ...testOptions(root, []).scanners, checklist: { ...checklistSettings.defaults, largeFileBytes: 2000 } },
    })
    const report = await runAudit(options, [createChecklistScanner(() => NOW)], { toolVersion: 't', env: {}, now: () => NOW, threads: ONE_THREAD })
    expect(report.errors).toEqual([])
    const result = report.checklist!
    const statuses = Object.fromEntries(result.checks.map((item) => [item.id, item.status]))
    expect(statuses).toEqual({
      readme: 'pass', license: 'pass', contributing: 'fail', changelog: 'not-applicable', 'security-policy': 'fail', codeowners: 'fail', gitignore: 'fail',
      tests: 'fail', ci: 'fail', 'conflict-markers': 'pass', 'large-files': 'fail', secrets: 'pass',
      lockfile: 'fail', 'lock-freshness': 'not-applicable', 'dependency-pinning': 'fail', 'runtime-pinned': 'fail', seeding: 'pass', 'environment-capture': 'fail',
      'container-pinning': 'not-applicable', 'config-files': 'pass', 'experiment-tracking': 'pass', 'data-versioning': 'warn', checkpointing: 'pass',
      'metrics-persisted': 'warn', 'checkpoint-integrity': 'pass', 'optional-dependency-skips': 'not-applicable', 'tracking-run-ids': 'warn',
      'workflow-permissions': 'not-applicable', 'pinned-actions': 'not-applicable', 'dangerous-workflow': 'not-applicable', 'dependency-updates': 'fail', 'lint-gates': 'fail',
      'docs-freshness': 'not-applicable',
    })
    expect(check(result, 'seeding').evidence).toEqual([{ path: 'train.py', line: 8, message: 'torch.manual_seed(' }])
    expect(check(result, 'dependency-pinning').summary).toBe('0 of 7 requirements pinned (0%); unpinned: torch, numpy, transformers, datasets, tiktoken, wandb ….')
    expect(check(result, 'large-files').evidence).toEqual([{ path: 'weights/init.bin', message: '0.0 MiB' }])
    expect(check(result, 'license').details).toEqual({ spdx: 'MIT' })
    expect(result.score).toBe(Math.floor((result.earnedWeight / result.scoredWeight) * 100))
  })

  it('shows the ML Test Score sections with the evidence of tagged checks, and no number', async () => {
    const result = await runChecklist({ 'train.py': 'import torch\ntorch.manual_seed(0)\n', 'requirements.txt': 'torch==2.3.1\n' })
    expect(result.mlTestScore.sections.map((section) => section.title)).toEqual(['Tests for features and data', 'Tests for model development', 'Tests for ML infrastructure', 'Monitoring tests for ML'])
    const infra1 = result.mlTestScore.sections[2]?.tests[0]
    expect(infra1).toMatchObject({ id: 'Infra 1', title: 'Training is reproducible' })
    expect(infra1?.checks.map((entry) => `${entry.check} ${entry.status}`)).toEqual(expect.arrayContaining(['seeding pass', 'dependency-pinning pass', 'lockfile warn']))
    expect(result.mlTestScore.sections[0]?.tests.every((test) => test.checks.length === 0)).toBe(true)
    expect(result.mlTestScore.note).toContain('no numeric ML Test Score')
    expect(JSON.stringify(result.mlTestScore)).not.toMatch(/"score"/)
  })

  it('keeps going past files that do not parse: the checks that need them are unknown with the reason', async () => {
    const result = await runChecklist({
      'pyproject.toml': '[project]\nname = "x"\ndependencies = ["torch"\n',
      'environment.yml': 'dependencies:\n  - numpy=1.26\n  - [broken\n',
      '.github/workflows/ci.yml': 'on: push\njobs:\n  a: [\n',
      'package.json': '{"dependencies": ',
    })
    expect(check(result, 'dependency-pinning')).toMatchObject({ status: 'unknown' })
    expect(check(result, 'dependency-pinning').evidence.map((item) => item.path)).toEqual(['environment.yml', 'pyproject.toml'])
    expect(check(result, 'lockfile').status).toBe('unknown')
    expect(check(result, 'workflow-permissions')).toMatchObject({ status: 'unknown', remediation: 'Fix the syntax of .github/workflows/ci.yml; then the check can read it.' })
  })

  it('applies its exclude globs: fixture secrets under an excluded folder are not reported', async () => {
    const files = { 'tests/fixtures/leak.env': `TOKEN=${fakeToken('ghp_', 36)}\n`, 'src/a.py': '' }
    expect(check(await runChecklist(files), 'secrets').status).toBe('fail')
    expect(check(await runChecklist(files, { settings: settings({ exclude: ['tests/fixtures'] }) }), 'secrets').status).toBe('pass')
  })

  it('caps evidence per check and counts what it left out', async () => {
    const files = Object.fromEntries(Array.from({ length: 60 }, (_, index) => [`pkg${index}/requirements.txt`, 'torch\n']))
    const pinning = check(await runChecklist(files), 'dependency-pinning')
    expect(pinning.evidence).toHaveLength(50)
    expect(pinning.evidenceOmitted).toBe(10)
  })

  it('lists custom rules after the built-in checks in their own pack', async () => {
    const custom = settings({ rules: [{ id: 'model-card', type: 'file-exists', title: 'Model card', weight: 2, remediation: 'Add one.', paths: ['MODEL_CARD.md'] }] })
    const result = await runChecklist({ 'README.md': '# x\n' }, { settings: custom })
    expect(result.checks.at(-1)).toMatchObject({ id: 'model-card', pack: 'custom', status: 'fail' })
    expect(result.packs.map((pack) => pack.id)).toEqual(['general', 'reproducibility', 'ci', 'docs', 'custom'])
  })
})
