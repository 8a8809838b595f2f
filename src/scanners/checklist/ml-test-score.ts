import type { CheckResult, MlTestScoreView, MlTestSection } from './checklist-result.js'

interface RubricSection {
  readonly id: MlTestSection['id']
  readonly title: string
  readonly prefix: string
  readonly tests: readonly string[]
}

/** The 28 tests of "The ML Test Score" (Breck et al., IEEE Big Data 2017), in the paper's words. */
const RUBRIC: readonly RubricSection[] = [
  {
    id: 'data',
    title: 'Tests for features and data',
    prefix: 'Data',
    tests: [
      'Feature expectations are captured in a schema',
      'All features are beneficial',
      'No feature\'s cost is too much',
      'Features adhere to meta-level requirements',
      'The data pipeline has appropriate privacy controls',
      'New features can be added quickly',
      'All input feature code is tested',
    ],
  },
  {
    id: 'model',
    title: 'Tests for model development',
    prefix: 'Model',
    tests: [
      'Model specs are reviewed and submitted',
      'Offline and online metrics correlate',
      'All hyperparameters have been tuned',
      'The impact of model staleness is known',
      'A simpler model is not better',
      'Model quality is sufficient on important data slices',
      'The model is tested for considerations of inclusion',
    ],
  },
  {
    id: 'infrastructure',
    title: 'Tests for ML infrastructure',
    prefix: 'Infra',
    tests: [
      'Training is reproducible',
      'Model specs are unit tested',
      'The ML pipeline is integration tested',
      'Model quality is validated before serving',
      'The model is debuggable',
      'Models are canaried before serving',
      'Serving models can be rolled back',
    ],
  },
  {
    id: 'monitoring',
    title: 'Monitoring tests for ML',
    prefix: 'Monitor',
    tests: [
      'Dependency changes result in notification',
      'Data invariants hold for inputs',
      'Training and serving are not skewed',
      'Models are not too stale',
      'Models are numerically stable',
      'Computing performance has not regressed',
      'Prediction quality has not regressed',
    ],
  },
]

export const ML_TEST_IDS: ReadonlySet<string> = new Set(RUBRIC.flatMap((section) => section.tests.map((_, index) => `${section.prefix} ${index + 1}`)))

export const ML_TEST_NOTE =
  'Static evidence from the repository for the ML Test Score rubric (Breck et al., 2017). It shows what the code prepares for, not that a test is run, so no numeric ML Test Score is given; tests without checks need evidence from running systems.'

/** The four sections with, for each test, the applicable checks that speak to it and what they found. */
export function buildMlTestScoreView(checks: readonly CheckResult[]): MlTestScoreView {
  const relevant = checks.filter((check) => check.status !== 'not-applicable' && check.status !== 'exempt')
  return {
    note: ML_TEST_NOTE,
    sections: RUBRIC.map((section) => ({
      id: section.id,
      title: section.title,
      tests: section.tests.map((title, index) => {
        const id = `${section.prefix} ${index + 1}`
        return {
          id,
          title,
          checks: relevant.filter((check) => check.mlTestScore.includes(id)).map((check) => ({ check: check.id, status: check.status, summary: check.summary })),
        }
      }),
    })),
  }
}
