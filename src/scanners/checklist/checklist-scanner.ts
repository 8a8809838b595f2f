import type { InventoryFile } from '../../inventory/inventory-file.js'
import { pathMatcher, type PathMatcher } from '../../inventory/path-globs.js'
import type { ScanContext, Scanner, ScannerRun } from '../scanner.js'
import { notApplicableReason, type Check, type CheckInput } from './check.js'
import type { CheckResult, ChecklistResult, PackId, PackSummary } from './checklist-result.js'
import { PACK_IDS } from './checklist-result.js'
import type { ChecklistSettings } from './checklist-settings.js'
import type { Exemption } from './settings/read-exemptions.js'
import { BUILT_IN_CHECKS } from './checks/built-in-checks.js'
import { ContentRuleCollector } from './custom/content-matches.js'
import { customRuleCheck } from './custom/custom-rule-check.js'
import { FactCollector } from './facts/fact-collector.js'
import { readLastChanges } from './history/read-last-changes.js'
import { readVersionTags } from './history/read-version-tags.js'
import { auditCapabilities } from './capabilities/audit-capabilities.js'
import { detectRepoKind } from './kind/detect-kind.js'
import { kindSummary } from './kind/repo-kind.js'
import { buildMlTestScoreView } from './ml-test-score.js'
import { packApplicability } from './packs.js'
import { computeScore } from './score.js'

/** Evidence items kept per check in the report; the rest are counted in `evidenceOmitted`. */
export const MAX_EVIDENCE = 50

export type Clock = () => Date

/** Built-in checks of enabled packs, minus disabled ones and with the configured weights, then the custom rules. */
export function enabledChecks(settings: ChecklistSettings): Check[] {
  const builtIn = BUILT_IN_CHECKS.filter((check) => settings.packs[check.pack as keyof ChecklistSettings['packs']] && !settings.disable.some((id) => id === check.id))
    .map((check) => {
      const weight = settings.weights[check.id as keyof ChecklistSettings['weights']]
      return weight === undefined ? check : { ...check, weight }
    })
  return [...builtIn, ...settings.rules.map(customRuleCheck)]
}

/** The globs whose git history the enabled checks need: docs-freshness files, the status documents found, and max-age rules. */
export function historyPatterns(settings: ChecklistSettings, checks: readonly Check[], statusDocuments: readonly string[] = []): string[] {
  const patterns = checks.some((check) => check.id === 'docs-freshness') ? [...settings.docsFreshness.files, ...statusDocuments] : []
  for (const rule of settings.rules) if (rule.type === 'max-age') patterns.push(...rule.paths)
  return [...new Set(patterns)]
}

function evaluate(check: Check, input: CheckInput, packs: ReadonlyMap<PackId, PackSummary>): CheckResult {
  const base = { id: check.id, title: check.title, pack: check.pack, weight: check.weight, mlTestScore: check.mlTestScore }
  const pack = packs.get(check.pack)
  if (pack && !pack.applies) {
    return { ...base, status: 'not-applicable', summary: pack.reason, evidence: [], evidenceOmitted: 0, remediation: check.remediation }
  }
  const reason = notApplicableReason(check, input)
  if (reason !== undefined) {
    return { ...base, status: 'not-applicable', summary: reason, evidence: [], evidenceOmitted: 0, remediation: check.remediation }
  }
  const verdict = check.evaluate(input)
  const evidence = verdict.evidence ?? []
  const result: CheckResult = {
    ...base,
    status: verdict.status,
    summary: verdict.summary,
    evidence: evidence.slice(0, MAX_EVIDENCE),
    evidenceOmitted: Math.max(0, evidence.length - MAX_EVIDENCE),
    remediation: verdict.remediation ?? check.remediation,
    ...(verdict.details ? { details: verdict.details } : {}),
  }
  return withExemption(result, input.settings.exempt[check.id], input.now)
}

/**
 * An exemption in force turns a check that does not pass into `exempt`, saying why and what the
 * check found; a passing check needs none and keeps its pass. Past its last day the check counts
 * again, and the summary says the exemption ran out.
 */
function withExemption(result: CheckResult, exemption: Exemption | undefined, now: Date): CheckResult {
  if (exemption === undefined) return result
  const until = exemption.until === undefined ? {} : { until: exemption.until }
  if (exemption.until !== undefined && now.toISOString().slice(0, 10) > exemption.until) {
    return { ...result, summary: `${result.summary} (The exemption "${exemption.reason}" ran out on ${exemption.until}.)`, exemption: { reason: exemption.reason, ...until, expired: true } }
  }
  if (result.status === 'pass') return result
  return {
    ...result,
    status: 'exempt',
    summary: `Exempt${exemption.until === undefined ? '' : ` until ${exemption.until}`}: ${exemption.reason}. Without the exemption: ${result.status}, ${result.summary}`,
    exemption: { reason: exemption.reason, ...until, statusWithout: result.status },
  }
}

class ChecklistRun implements ScannerRun<ChecklistResult> {
  private readonly settings: ChecklistSettings
  private readonly excluded: PathMatcher
  private readonly facts: FactCollector
  private readonly content: ContentRuleCollector

  constructor(
    private readonly context: ScanContext,
    private readonly clock: Clock,
  ) {
    this.settings = context.options.scanners.checklist
    this.excluded = pathMatcher(this.settings.exclude)
    this.facts = new FactCollector(this.excluded, context.memo)
    this.content = new ContentRuleCollector(this.settings.rules)
  }

  wants(file: InventoryFile): boolean {
    return !this.excluded(file.path)
  }

  /** Keeps compact facts (matches with lines, parsed manifests), never the text. */
  visit(file: InventoryFile, text: string): void {
    if (this.excluded(file.path)) return
    this.facts.visit(file, text)
    this.content.visit(file, text)
  }

  async finish(): Promise<ChecklistResult> {
    const { inventory, git } = this.context
    const settings = this.settings
    const facts = this.facts.finish(inventory)
    const checks = enabledChecks(settings)
    const [history, tags] = await Promise.all([
      readLastChanges(inventory.root, git, historyPatterns(settings, checks, facts.statusDocuments)),
      readVersionTags(inventory.root, git, checks.some((check) => check.needsVersionTags?.(facts) === true)),
    ])
    const kind = detectRepoKind(facts)
    const input: CheckInput = { facts, kind, settings, history, tags, contentMatches: this.content.finish(), now: this.clock() }

    const packIds: PackId[] = [...PACK_IDS, ...(settings.rules.length > 0 ? (['custom'] as const) : [])]
    const packs = new Map<PackId, PackSummary>(packIds.map((id) => {
      const enabled = id === 'custom' || settings.packs[id]
      const fit = packApplicability(id, facts, settings)
      return [id, { id, enabled, applies: fit.applies, reason: enabled ? fit.reason : `Turned off in the config (checklist.packs.${id}: false).` }]
    }))
    const results = checks.map((check) => evaluate(check, input, packs))
    return { ...computeScore(results), kind: kindSummary(kind), packs: [...packs.values()], checks: results, mlTestScore: buildMlTestScoreView(results), capabilities: auditCapabilities(facts, kind, results) }
  }
}

/** The checklist scanner with its own clock, so tests can date history; production uses `checklistScanner`. */
export function createChecklistScanner(clock: Clock = () => new Date()): Scanner<'checklist'> {
  return {
    id: 'checklist',
    title: 'Checklist',
    start(context) {
      return new ChecklistRun(context, clock)
    },
  }
}

export const checklistScanner: Scanner<'checklist'> = createChecklistScanner()
