import type { Check } from '../check.js'
import { BUILT_IN_CHECK_IDS } from '../check-ids.js'
import { changelogCheck } from './changelog.js'
import { checkpointingCheck } from './checkpointing.js'
import { checkpointIntegrityCheck } from './checkpoint-integrity.js'
import { metricsPersistedCheck } from './metrics-persisted.js'
import { optionalDependencySkipsCheck } from './optional-dependency-skips.js'
import { trackingRunIdsCheck } from './tracking-run-ids.js'
import { ciCheck } from './ci.js'
import { codeownersCheck } from './codeowners.js'
import { configFilesCheck } from './config-files.js'
import { conflictMarkersCheck } from './conflict-markers.js'
import { containerPinningCheck } from './container-pinning.js'
import { contributingCheck } from './contributing.js'
import { dangerousWorkflowCheck } from './dangerous-workflow.js'
import { dataVersioningCheck } from './data-versioning.js'
import { dependencyPinningCheck } from './dependency-pinning.js'
import { dependencyUpdatesCheck } from './dependency-updates.js'
import { docsFreshnessCheck } from './docs-freshness.js'
import { environmentCaptureCheck } from './environment-capture.js'
import { experimentTrackingCheck } from './experiment-tracking.js'
import { gitignoreCheck } from './gitignore.js'
import { largeFilesCheck } from './large-files.js'
import { licenseCheck } from './license.js'
import { lintGatesCheck } from './lint-gates.js'
import { lockfileCheck } from './lockfile.js'
import { lockFreshnessCheck } from './lock-freshness.js'
import { pinnedActionsCheck } from './pinned-actions.js'
import { readmeCheck } from './readme.js'
import { runtimePinnedCheck } from './runtime-pinned.js'
import { secretsCheck } from './secrets.js'
import { securityPolicyCheck } from './security-policy.js'
import { seedingCheck } from './seeding.js'
import { testsCheck } from './tests.js'
import { workflowPermissionsCheck } from './workflow-permissions.js'

const ALL: readonly Check[] = [
  readmeCheck, licenseCheck, contributingCheck, changelogCheck, securityPolicyCheck, codeownersCheck, gitignoreCheck, testsCheck, ciCheck,
  conflictMarkersCheck, largeFilesCheck, secretsCheck,
  lockfileCheck, lockFreshnessCheck, dependencyPinningCheck, runtimePinnedCheck, seedingCheck, environmentCaptureCheck, containerPinningCheck, configFilesCheck,
  experimentTrackingCheck, dataVersioningCheck, checkpointingCheck, metricsPersistedCheck, checkpointIntegrityCheck, optionalDependencySkipsCheck, trackingRunIdsCheck,
  workflowPermissionsCheck, pinnedActionsCheck, dangerousWorkflowCheck, dependencyUpdatesCheck, lintGatesCheck,
  docsFreshnessCheck,
]

/** The built-in checks in the order of their public ids (a test keeps the two lists in step). */
export const BUILT_IN_CHECKS: readonly Check[] = BUILT_IN_CHECK_IDS.map((id) => {
  const check = ALL.find((candidate) => candidate.id === id)
  if (!check) throw new Error(`Built-in check ${id} has no implementation`)
  return check
})
