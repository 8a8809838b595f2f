import type { BuiltInPackId } from './checklist-result.js'

/** Every built-in check id by pack, in report order. The ids are a public contract: config and reports use them. */
export const BUILT_IN_CHECKS_BY_PACK = {
  general: [
    'readme', 'license', 'contributing', 'changelog', 'security-policy', 'codeowners', 'gitignore', 'tests', 'ci',
    'conflict-markers', 'large-files', 'secrets',
  ],
  reproducibility: [
    'lockfile', 'lock-freshness', 'dependency-pinning', 'runtime-pinned', 'seeding', 'environment-capture', 'container-pinning',
    'config-files', 'experiment-tracking', 'data-versioning', 'checkpointing', 'metrics-persisted', 'checkpoint-integrity',
    'optional-dependency-skips', 'tracking-run-ids',
  ],
  ci: ['workflow-permissions', 'pinned-actions', 'dangerous-workflow', 'dependency-updates', 'lint-gates'],
  docs: ['docs-freshness'],
} as const satisfies Record<BuiltInPackId, readonly string[]>

export type BuiltInCheckId = (typeof BUILT_IN_CHECKS_BY_PACK)[BuiltInPackId][number]

export const BUILT_IN_CHECK_IDS: readonly BuiltInCheckId[] = Object.values(BUILT_IN_CHECKS_BY_PACK).flat()
