import { evidence, type Check } from '../check.js'
import type { MlFamily, SeedKind } from '../facts/python-source.js'
import { NOT_ML, distinctFiles, importsMlLibrary, signalEvidence } from './ml-signals.js'

/** Seeds that make each family's randomness repeat. `set_seed`/`seed_everything` seed them all. */
const SEEDS_FOR: Readonly<Record<MlFamily, readonly SeedKind[]>> = {
  torch: ['torch', 'all-frameworks'],
  tensorflow: ['tensorflow', 'all-frameworks'],
  jax: ['jax'],
  classical: ['estimator', 'numpy', 'all-frameworks'],
}

const FAMILY_NAMES: Readonly<Record<MlFamily, string>> = { torch: 'PyTorch', tensorflow: 'TensorFlow/Keras', jax: 'JAX', classical: 'scikit-learn-style libraries' }
const FAMILY_FIX: Readonly<Record<MlFamily, string>> = {
  torch: '`torch.manual_seed(seed)` (or `lightning.seed_everything` / `transformers.set_seed`)',
  tensorflow: '`tf.random.set_seed(seed)` (or `keras.utils.set_random_seed`)',
  jax: 'an explicit `jax.random.PRNGKey(seed)`',
  classical: '`random_state=seed` on estimators (or `np.random.seed(seed)`)',
}

export const seedingCheck: Check = {
  id: 'seeding',
  title: 'Deterministic seeding',
  pack: 'reproducibility',
  weight: 3,
  mlTestScore: ['Infra 1'],
  remediation: 'Seed every source of randomness at the start of training: `random.seed`, `np.random.seed`, `torch.manual_seed` (or `seed_everything`/`set_seed`), from one configurable seed.',
  applies: importsMlLibrary,
  notApplicable: NOT_ML,
  evaluate({ facts }) {
    const seeds = facts.signals.filter((signal) => signal.category === 'seed')
    const kinds = new Set(seeds.map((seed) => seed.seedKind))
    const families = [...new Set(facts.mlImports.map((entry) => entry.family))]
    const unseeded = families.filter((family) => !SEEDS_FOR[family].some((kind) => kinds.has(kind)))
    const seedEvidence = signalEvidence(facts, 'seed')
    const determinism = signalEvidence(facts, 'determinism')
    const importsOf = (missing: readonly MlFamily[]) =>
      facts.mlImports.filter((entry) => missing.includes(entry.family)).map((entry) => evidence(entry.path, entry.line, `imports ${entry.module}, never seeded`))
    if (unseeded.length === 0) {
      return {
        status: 'pass',
        summary: `${seeds.length} seeding ${seeds.length === 1 ? 'call' : 'calls'} in ${distinctFiles(seedEvidence)} ${distinctFiles(seedEvidence) === 1 ? 'file' : 'files'} cover ${families.map((family) => FAMILY_NAMES[family]).join(', ')}.`,
        evidence: [...seedEvidence, ...determinism],
      }
    }
    const fix = `Seed ${unseeded.map((family) => FAMILY_FIX[family]).join('; ')} once at the start of training.`
    if (seeds.length === 0) {
      return { status: 'fail', summary: `ML libraries are imported (${families.map((family) => FAMILY_NAMES[family]).join(', ')}) but nothing is seeded.`, evidence: importsOf(unseeded), remediation: fix }
    }
    return {
      status: 'warn',
      summary: `Seeds are set, but not for ${unseeded.map((family) => FAMILY_NAMES[family]).join(', ')}.`,
      evidence: [...seedEvidence, ...importsOf(unseeded)],
      remediation: fix,
    }
  },
}
