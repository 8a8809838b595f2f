import type { Check } from '../check.js'
import { importsMlLibrary, isTestPath, signalEvidence } from './ml-signals.js'

export const optionalDependencySkipsCheck: Check = {
  id: 'optional-dependency-skips',
  title: 'GPU and optional-dependency tests run in CI',
  pack: 'reproducibility',
  weight: 1,
  mlTestScore: ['Infra 2'],
  remediation: 'Run the tests that skip without a GPU on a runner that has one (a self-hosted or GPU runner on a schedule), and give the critical paths a small CPU variant so CPU CI covers them.',
  applies: (input) => importsMlLibrary(input) && input.facts.signals.some((signal) => isTestPath(signal.path) && (signal.category === 'gpu-skip' || signal.category === 'optional-skip')),
  notApplicable: 'No test skips when a GPU or an optional dependency is missing (or no ML library is imported).',
  evaluate({ facts }) {
    const gpu = signalEvidence(facts, 'gpu-skip').filter((item) => isTestPath(item.path ?? ''))
    const optional = signalEvidence(facts, 'optional-skip').filter((item) => isTestPath(item.path ?? ''))
    const runners = [
      ...facts.workflows.flatMap((workflow) => workflow.jobs.filter((job) => !job.disabled && job.gpu !== undefined).map((job) => ({ path: workflow.path, line: job.line, message: `job \`${job.id}\` has a GPU (${job.gpu ?? ''})` }))),
      ...facts.gpuCi.map((found) => ({ path: found.path, line: found.line, message: `CI machine with a GPU (\`${found.value}\`)` })),
    ]
    const gpuFiles = new Set(gpu.map((item) => item.path)).size
    const optionalFiles = new Set(optional.map((item) => item.path)).size
    if (gpu.length > 0 && runners.length === 0) {
      return { status: 'warn', summary: `${gpuFiles} test file${gpuFiles === 1 ? '' : 's'} skip without a GPU and no CI job runs on a GPU runner: those paths are never tested in CI.`, evidence: [...gpu, ...optional], details: { gpuTestFiles: gpuFiles, optionalTestFiles: optionalFiles } }
    }
    if (gpu.length > 0) return { status: 'pass', summary: `Tests that need a GPU (${gpuFiles} file${gpuFiles === 1 ? '' : 's'}) have a GPU runner in CI.`, evidence: [...runners, ...gpu], details: { gpuTestFiles: gpuFiles, optionalTestFiles: optionalFiles } }
    return { status: 'pass', summary: `${optionalFiles} test file${optionalFiles === 1 ? '' : 's'} skip when an optional dependency is missing; none needs a GPU.`, evidence: optional, details: { gpuTestFiles: 0, optionalTestFiles: optionalFiles } }
  },
}
