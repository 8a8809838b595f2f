import { describe, expect, it } from 'vitest'
import { withStubbedCapabilities } from '../../../src/engine/stubbed-capabilities.js'
import type { CapabilityRow } from '../../../src/scanners/checklist/capabilities/capability.js'
import type { PlaceholderFinding } from '../../../src/scanners/placeholders/placeholder-result.js'
import { runChecklist } from './checklist-fixtures.js'

const README = `# tinygpt\n\n${'A small model for teaching how training works end to end. '.repeat(6)}\n`

async function rows(files: Record<string, string>): Promise<Record<string, CapabilityRow>> {
  const result = await runChecklist(files)
  return Object.fromEntries(result.capabilities.rows.map((row) => [row.id, row]))
}

function risks(row: CapabilityRow | undefined): string[] {
  return (row?.gaps ?? []).map((gap) => `${gap.risk}: ${gap.gap}`)
}

describe('the capability audit of ML code', () => {
  const research = {
    'README.md': README,
    'model.py': 'import torch\nfrom torch import nn\n\nclass GPT(nn.Module):\n    pass\n\nmodel = GPT().to(device)\n',
    'train.py': [
      'import torch',
      'from sklearn.metrics import f1_score',
      'torch.manual_seed(0)',
      'loss.backward()',
      'optimizer.step()',
      'score = f1_score(y, p)',
      'print(score)',
      'torch.save(model.state_dict(), path)',
      'model.load_state_dict(torch.load(path))',
      '',
    ].join('\n'),
  }

  it('rates each capability from the code, with the gap rules the issue names', async () => {
    const found = await rows(research)
    expect(Object.keys(found)).toEqual(['tokenization', 'model-loading', 'training-loop', 'configuration', 'evaluation', 'logging', 'checkpointing', 'data', 'security', 'tests', 'deployment', 'documentation', 'tracking', 'extensibility'])
    expect(found.tokenization?.status).toBe('not-applicable')
    expect(found['model-loading']).toMatchObject({ status: 'implemented', artifacts: [{ path: 'model.py', line: 4, message: 'class GPT(nn.Module)' }, { path: 'model.py', line: 7, message: '.to(device' }] })
    expect(found.evaluation?.status).toBe('partial')
    expect(risks(found.evaluation)).toEqual(['high: Metrics are computed but never written to disk or a tracker: each run\'s numbers are lost when it ends.'])
    expect(found.checkpointing?.status).toBe('partial')
    expect(risks(found.checkpointing)).toEqual(['medium: The optimizer, scheduler and RNG state are not saved with the weights: a resumed run does not continue the same run.'])
    expect(found.tests).toMatchObject({ status: 'missing', gaps: [expect.objectContaining({ risk: 'high' })] })
    expect(found.deployment).toMatchObject({ status: 'not-applicable', reason: 'Research code: it is run from a checkout, not published or served.' })
    for (const row of Object.values(found)) for (const gap of row.gaps) expect(gap.plan.length * gap.rollback.length).toBeGreaterThan(0)
  })

  it('does not credit a repository\'s own Trainer class with keeping the training state', async () => {
    const found = await rows({ ...research, 'trainer.py': 'import torch\nclass Trainer:\n    pass\n', 'train.py': 'import torch\ntrainer = Trainer(config, model)\ntrainer.run()\ntorch.save(model.state_dict(), path)\nmodel.load_state_dict(torch.load(path))\n' })
    expect(risks(found.checkpointing)).toContain('medium: The optimizer, scheduler and RNG state are not saved with the weights: a resumed run does not continue the same run.')
  })

  it('does not take a path assigned to ckpt_path for a load, and reads a list of split names as a split', async () => {
    const found = await rows({ ...research, 'train.py': 'import torch\nckpt_path = os.path.join(out, "model.pt")\ntorch.save(model.state_dict(), ckpt_path)\nfor split in ["train", "test"]:\n    pass\n' })
    expect(risks(found.checkpointing)[0]).toBe('high: Checkpoints are saved without a load path: a run cannot resume.')
    expect(found.data?.artifacts).toEqual(expect.arrayContaining([{ path: 'train.py', line: 4, message: 'train and test splits' }]))
  })

  it('leaves low-risk gaps as advice on an implemented capability, and lets a framework trainer keep the training state', async () => {
    const found = await rows({ ...research, 'train.py': 'import torch\nfrom transformers import Trainer\ntrainer = Trainer(model=model, args=args)\ntrainer.train(resume_from_checkpoint=True)\nmodel.save_pretrained(out)\n' })
    expect(found['training-loop']?.status).toBe('implemented')
    expect(risks(found['training-loop'])).toEqual(expect.arrayContaining([expect.stringMatching(/^low: No mixed precision/)]))
    expect(found.checkpointing).toMatchObject({ status: 'implemented', gaps: [] })
    expect(found.checkpointing?.reason).toMatch(/; Trainer\( keeps the training state\.$/)
  })

  it('marks what only examples and notebooks show as partial, and lists the package first', async () => {
    const found = await rows({
      'README.md': `${README}\n    pip install tinylib\n`,
      'setup.py': 'from setuptools import setup\nsetup(name="tinylib")\n',
      'tinylib/__init__.py': 'import torch\n',
      'tinylib/layers.py': 'import torch\nimport wandb\n',
      'tinylib/model.py': 'import torch\nfrom torch import nn\nclass Adapter(nn.Module):\n    pass\n',
      'examples/finetune.py': 'import torch\nimport wandb\nloss.backward()\noptimizer.step()\n',
    })
    expect(found['training-loop']?.status).toBe('partial')
    expect(risks(found['training-loop'])[0]).toBe('medium: Only examples, notebooks or tests show it (`examples/finetune.py`): the code that ships does not.')
    expect(found.tracking?.artifacts[0]?.path).toBe('tinylib/layers.py')
  })
})

describe('the capability audit of other projects', () => {
  it('judges a published library\'s deployment by its registry and leaves observability to its users', async () => {
    const result = await runChecklist({ 'README.md': `# left-pad-2\n\n${README}\n    npm install left-pad-2\n`, 'package.json': '{"name": "left-pad-2", "version": "1.0.0", "main": "index.js", "exports": "./index.js", "dependencies": {"a": "1.0.0"}}', 'index.js': 'module.exports = 1\n' })
    expect(result.capabilities.scope).toBe('general')
    const found = Object.fromEntries(result.capabilities.rows.map((row) => [row.id, row]))
    expect(found.deployment).toMatchObject({ status: 'implemented', artifacts: [{ message: 'installed by name from a package registry' }] })
    expect(found.observability?.status).toBe('not-applicable')
  })

  it('finds a service\'s observability in its manifest, and its absence as a high gap', async () => {
    const service = { 'README.md': README, 'go.mod': 'module example.com/svc\n\ngo 1.22\n\nrequire (\n\tgithub.com/prometheus/client_golang v1.19.0\n)\n', 'main.go': 'package main\n\nfunc main() {}\n' }
    const found = Object.fromEntries((await runChecklist(service)).capabilities.rows.map((row) => [row.id, row]))
    expect(found.observability).toMatchObject({ status: 'implemented', artifacts: [{ path: 'go.mod', line: 6, message: 'declares `github.com/prometheus/client_golang`' }] })
    const bare = Object.fromEntries((await runChecklist({ ...service, 'go.mod': 'module example.com/svc\n\ngo 1.22\n' })).capabilities.rows.map((row) => [row.id, row]))
    expect(bare.observability).toMatchObject({ status: 'missing', gaps: [expect.objectContaining({ risk: 'high' })] })
  })

  it("finds an action's build in its bundle script and bundler config, and a stale lock as a medium build gap", async () => {
    const manifest = (core: string) => JSON.stringify({ name: 'my-action', private: true, scripts: { bundle: 'npm run package', package: 'rollup --config rollup.config.ts' }, dependencies: { '@actions/core': core } })
    const lock = JSON.stringify({ lockfileVersion: 3, packages: { '': { dependencies: { '@actions/core': '^3.0.0' } }, 'node_modules/@actions/core': { version: '3.0.0' } } })
    const action = { 'README.md': README, 'action.yml': 'name: x\nruns:\n  using: node24\n  main: dist/index.js\n', 'rollup.config.ts': 'export default {}\n', 'package-lock.json': lock }
    const fresh = Object.fromEntries((await runChecklist({ ...action, 'package.json': manifest('^3.0.0') })).capabilities.rows.map((row) => [row.id, row]))
    expect(fresh.build?.artifacts).toEqual([{ path: 'package.json', message: '`bundle` script' }, { path: 'rollup.config.ts', message: 'build file' }])
    expect(fresh.build?.gaps.some((gap) => gap.gap.includes('lock-freshness'))).toBe(false)
    const stale = Object.fromEntries((await runChecklist({ ...action, 'package.json': manifest('^1.11.1') })).capabilities.rows.map((row) => [row.id, row]))
    expect(stale.build).toMatchObject({ status: 'partial', gaps: expect.arrayContaining([expect.objectContaining({ risk: 'medium', gap: expect.stringContaining('`lock-freshness`: 1 manifest out of step with its lock') })]) })
  })
})

describe('withStubbedCapabilities', () => {
  const stub = (path: string, line: number): PlaceholderFinding => ({ path, line, column: 5, ruleId: 'placeholders/stub', message: 'stub', fingerprint: `${path}${line}`, tag: 'not-implemented-error', kind: 'stub', text: 'raise NotImplementedError' }) as PlaceholderFinding
  const placeholders = (findings: PlaceholderFinding[]) => ({ count: findings.length, byTag: {}, byKind: { comment: 0, stub: findings.length, prose: 0 }, filesScanned: 3, findings })

  it('turns a capability whose files are mostly stubs partial, naming them, and leaves the rest alone', async () => {
    const checklist = await runChecklist({ 'README.md': README, 'cli.py': 'import torch\nimport argparse\nparser = argparse.ArgumentParser()\n', 'config.py': 'import torch\nfrom dataclasses import dataclass\n@dataclass\nclass C:\n    x: int = 1\n' })
    const before = checklist.capabilities.rows.find((row) => row.id === 'configuration')
    expect(before?.status).toBe('implemented')
    const after = withStubbedCapabilities(checklist, placeholders([stub('cli.py', 8), stub('config.py', 9)])).capabilities.rows.find((row) => row.id === 'configuration')
    expect(after?.status).toBe('partial')
    expect(after?.gaps.at(-1)).toMatchObject({ risk: 'high', gap: '2 of the 2 files behind it hold stubs (2 in all), e.g. cli.py:8 (raise NotImplementedError), config.py:9 (raise NotImplementedError).' })
    const halfStubbed = withStubbedCapabilities(checklist, placeholders([stub('cli.py', 8), stub('cli.py', 12)]))
    expect(halfStubbed.capabilities.rows.find((row) => row.id === 'configuration')?.status).toBe('implemented')
  })
})
