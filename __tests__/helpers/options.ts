import type { AuditOptions } from '../../src/options/audit-options.js'
import type { ScannerId } from '../../src/scanners/scanner.js'
import { placeholderSettings } from '../../src/scanners/placeholders/placeholder-settings.js'
import { linkSettings } from '../../src/scanners/links/link-settings.js'
import { checklistSettings } from '../../src/scanners/checklist/checklist-settings.js'
import { repoMapSettings } from '../../src/scanners/repo-map/repo-map-settings.js'

/** Default options for an engine test on `root`, with only `checks` running. */
export function testOptions(root: string, checks: readonly ScannerId[], overrides: Partial<AuditOptions> = {}): AuditOptions {
  return {
    root,
    configFile: undefined,
    checks,
    include: [],
    exclude: [],
    maxFileBytes: 1024 * 1024,
    maxPlaceholders: -1,
    maxBrokenLinks: 0,
    minChecklistScore: 0,
    failOnError: true,
    baseline: 'none',
    gateOn: 'auto',
    maxNewPlaceholders: -1,
    maxNewBrokenLinks: -1,
    maxChecklistDrop: -1,
    outputDir: undefined,
    jobSummary: true,
    sarif: true,
    annotations: true,
    uploadArtifact: true,
    artifactName: 'repo-audit',
    retentionDays: undefined,
    scanners: {
      placeholders: placeholderSettings.defaults,
      links: linkSettings.defaults,
      checklist: checklistSettings.defaults,
      'repo-map': repoMapSettings.defaults,
    },
    ...overrides,
  }
}
