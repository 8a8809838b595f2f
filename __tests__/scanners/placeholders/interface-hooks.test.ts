import { describe, expect, it } from 'vitest'
import type { InventoryFile } from '../../../src/inventory/inventory-file.js'
import type { AuditOptions } from '../../../src/options/audit-options.js'
import type { ScanContext } from '../../../src/scanners/scanner.js'
import { placeholderScanner } from '../../../src/scanners/placeholders/placeholder-scanner.js'
import type { PlaceholderResult } from '../../../src/scanners/placeholders/placeholder-result.js'
import { placeholderSettings, type PlaceholderSettings } from '../../../src/scanners/placeholders/placeholder-settings.js'
import { pythonClasses } from '../../../src/scanners/placeholders/python-classes.js'
import { ONE_THREAD } from '../../helpers/threads.js'
import { TODO, scan } from './scan-helpers.js'

/** Runs the scanner over in-memory Python files, as the engine does: sorted, one visit each, then finish. */
async function scanFiles(files: Record<string, string>, settings: Partial<PlaceholderSettings> = {}): Promise<PlaceholderResult> {
  const entries: InventoryFile[] = Object.keys(files).sort().map((path) => ({ path, bytes: 100, language: { name: 'Python', kind: 'programming' }, lines: 0 }))
  const options = { scanners: { placeholders: { ...placeholderSettings.defaults, ...settings } } } as unknown as AuditOptions
  const context: ScanContext = {
    options,
    inventory: { root: '/repo', files: entries, skipped: [], allPaths: new Set(Object.keys(files)), source: 'walk' },
    git: { isWorkTree: false, shallow: false },
    earlier: {},
    threads: ONE_THREAD,
  }
  const run = placeholderScanner.start(context)
  for (const entry of entries) run.visit(entry, files[entry.path] as string)
  return await run.finish()
}

const stubsOf = (result: PlaceholderResult) => result.findings.filter((finding) => finding.kind === 'stub').map((finding) => `${finding.path}:${finding.line} ${finding.tag}`)
const stubs = (text: string, path = 'pkg/model.py') => scan('Python', text, {}, path).filter((finding) => finding.kind === 'stub').map((finding) => `${finding.line} ${finding.tag}`)

describe('interface hooks are not stubs', () => {
  it('leaves out methods of interfaces: ABC, Protocol or Generic bases, and names like Base*, *Mixin, *Interface', () => {
    const text = [
      'class Tuner(ABC):',
      '    def fit(self):',
      '        raise NotImplementedError',
      'class BaseTunerLayer(nn.Module):',
      '    def merge(self):',
      '        raise NotImplementedError',
      'class CacheMixin:',
      '    def cache(self):',
      '        raise NotImplementedError',
      'class Store(Generic[T]):',
      '    def get(self):',
      '        raise NotImplementedError',
      'class Trainer:',
      '    def fit(self):',
      '        raise NotImplementedError',
    ].join('\n')
    expect(stubs(text)).toEqual(['15 NotImplementedError'])
  })

  it('leaves out a method that the repository’s subclasses define again, or whose class derives from an interface, across files', async () => {
    const result = await scanFiles({
      'pkg/progress.py': 'class ProgressBar(Callback):\n    def disable(self):\n        raise NotImplementedError\n    def enable(self):\n        raise NotImplementedError\n',
      'pkg/tqdm_bar.py': 'from .progress import ProgressBar\n\nclass TQDMBar(ProgressBar):\n    def disable(self):\n        self.bar.disable = True\n',
      'pkg/base.py': 'class Strategy(ABC):\n    pass\n',
      'pkg/ddp.py': 'class DDPStrategy(Strategy):\n    def barrier(self):\n        raise NotImplementedError\n',
    })
    expect(stubsOf(result)).toEqual(['pkg/progress.py:5 NotImplementedError'])
  })

  it('leaves out @override, property setters, dunder methods, hook docstrings and messages that leave it to subclasses', () => {
    const text = [
      'class Callback:',
      '    @override',
      '    def on_step(self):',
      '        raise NotImplementedError',
      '    @size.setter',
      '    def size(self, value):',
      '        raise NotImplementedError',
      '    def __len__(self):',
      '        raise NotImplementedError',
      '    def on_epoch(self):',
      '        """Hook called at the end of each epoch."""',
      '        raise NotImplementedError',
      '    def disable(self):',
      '        """You should provide a way to disable the progress bar."""',
      '        raise NotImplementedError',
      '    def forward(self):',
      '        raise NotImplementedError("forward must be implemented in subclasses")',
      '    def step(self):',
      '        raise NotImplementedError',
    ].join('\n')
    expect(stubs(text)).toEqual(['19 NotImplementedError'])
  })

  it('leaves out refusals by design, and the other methods of a shim for a removed API', () => {
    const text = [
      'class HPUStrategy:',
      '    def __init__(self, *args):',
      '        raise NotImplementedError("The `HPUStrategy` class has been removed.")',
      '    def setup(self):',
      '        raise NotImplementedError',
      'def unmerge():',
      '    raise NotImplementedError("OSF models do not support unmerging")',
      'def detect():',
      '    raise NotImplementedError("The environment can\'t be detected automatically.")',
      'def export():',
      '    raise NotImplementedError',
    ].join('\n')
    expect(stubs(text)).toEqual(['11 NotImplementedError'])
  })

  it('counts a hook whose message says the work is not done yet, whatever its class', async () => {
    const result = await scanFiles({
      'pkg/base.py': 'class BaseTunerLayer(ABC):\n    pass\n',
      'pkg/inc.py': 'class IncLinear(BaseTunerLayer):\n    def merge(self):\n        """Merges the weights."""\n        raise NotImplementedError("Merging with INC layers is not yet implemented")\n',
      'pkg/csv_logs.py': 'class CSVLogger(Logger):\n    @override\n    def log_hyperparams(self, params):\n        raise NotImplementedError("The CSVLogger does not yet support logging hyperparameters.")\n',
      'pkg/logger.py': 'class Logger(ABC):\n    def log_hyperparams(self, params):\n        raise NotImplementedError\n',
      'pkg/convert.py': 'def reverse():\n    raise NotImplementedError("Reversing conversions is not supported yet.")\ndef save(self):\n    raise NotImplementedError(f"Saving is not supported for {self.name} (yet).")\n',
    })
    expect(stubsOf(result)).toEqual(['pkg/convert.py:2 NotImplementedError', 'pkg/convert.py:4 NotImplementedError', 'pkg/csv_logs.py:4 NotImplementedError', 'pkg/inc.py:4 NotImplementedError'])
  })

  it('lists interface hooks as kind interface when asked, never counted', async () => {
    const files = { 'pkg/base.py': 'class BaseModel:\n    def fit(self):\n        raise NotImplementedError\n', 'pkg/app.py': 'def run():\n    raise NotImplementedError\n' }
    const hidden = await scanFiles(files)
    expect(hidden.findings.map((finding) => finding.kind)).toEqual(['stub'])
    const listed = await scanFiles(files, { interfaceHooks: true })
    expect(listed.findings.map((finding) => [finding.path, finding.kind, finding.ruleId])).toEqual([
      ['pkg/app.py', 'stub', 'placeholders/stub'],
      ['pkg/base.py', 'interface', 'placeholders/interface'],
    ])
    expect(listed.count).toBe(1)
    expect(listed.byKind).toEqual({ comment: 0, stub: 1, prose: 0, interface: 1 })
    expect(listed.findings[1]?.message).toBe('Interface hook: fit() (BaseModel is an interface)')
  })
})

describe('stubs are code that says it is not done', () => {
  it('counts a not-implemented message however the only statement delivers it', () => {
    const text = [
      '@cli.command()',
      'def repo_map():',
      '    click.echo("repo map not implemented")',
      'def export():',
      '    raise ValueError("export is not implemented yet")',
      'def status():',
      '    return "coming soon"',
      'def sync():',
      `    logger.warning("${TODO}: sync")`,
      'def report():',
      '    print("not yet implemented")',
      'def ok():',
      '    click.echo("done")',
      'def unsupported():',
      '    print("not implemented: Windows is not supported")',
    ].join('\n')
    expect(stubs(text)).toEqual(['3 not-implemented-message', '5 not-implemented-message', '7 not-implemented-message', '9 not-implemented-message', '11 not-implemented-message'])
  })

  it('counts pass marked with a tag', () => {
    expect(stubs(`def load():\n    pass  # ${TODO}\n`)).toEqual(['2 pass'])
  })
})

describe('the cross-file class index', () => {
  it('reads classes, bases without module prefixes or generics, and the methods written directly in them', () => {
    const text = 'class A(mod.Base, Generic[T], metaclass=ABCMeta):\n    def f(self):\n        def inner(): pass\n    async def g(self): ...\n\n    class Inner:\n        def h(self): ...\n\ndef top(): ...\n'
    expect(pythonClasses(text)).toEqual([
      { name: 'Inner', bases: [], methods: ['h'] },
      { name: 'A', bases: ['Base', 'Generic'], methods: ['f', 'g'] },
    ])
  })
})

describe('a base class saying "not implemented" is still a hook; saying "not yet" is unfinished work', () => {
  it('leaves hooks of a mixin or a subclassed base whose message only says it is not implemented', async () => {
    const mixin = `class LoraBaseMixin:\n    def load_lora_weights(self, **kwargs):\n        raise NotImplementedError("\`load_lora_weights()\` is not implemented.")\n\n    def fuse(self):\n        raise NotImplementedError("fuse is not implemented yet")\n`
    expect(stubs(mixin)).toEqual(['6 NotImplementedError'])
    const state = `class BaseState:\n    def reset(self, *args, **kwargs) -> None:\n        raise NotImplementedError(\n            "BaseState::reset is not implemented. Please implement this method in the derived class."\n        )\n`
    expect(stubs(state)).toEqual([])
    const result = await scanFiles({
      'pkg/blocks.py': `class PipelineBlocks:\n    def get_workflow(self, name):\n        """Get the blocks of a workflow. Must be implemented by subclasses that define it."""\n        raise NotImplementedError(f"\`get_workflow\` is not implemented for {self.__class__.__name__}")\n\n    def describe(self):\n        raise NotImplementedError(f"\`describe\` is not implemented for {self.__class__.__name__}")\n`,
      'pkg/sequential.py': `from .blocks import PipelineBlocks\n\nclass SequentialBlocks(PipelineBlocks):\n    def describe(self):\n        return "steps"\n`,
    })
    expect(stubsOf(result)).toEqual([])
  })
})
