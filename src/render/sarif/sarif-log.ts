import { gzipSync } from 'node:zlib'
import type { Log, ReportingDescriptor, Result } from 'sarif'
import type { AuditReport } from '../../report/audit-report.js'
import type { Finding } from '../../report/finding.js'
import { LEVEL_RANK, describeRule, type RuleDescription, type SarifLevel } from './sarif-rules.js'
import { checklistSarifFindings } from './checklist-findings.js'

/** GitHub code scanning refuses more than this many results per run, and uploads over 10 MB gzipped. */
export const SARIF_MAX_RESULTS = 25_000
export const SARIF_MAX_GZIP_BYTES = 10 * 1024 * 1024

export interface SarifFinding {
  readonly finding: Finding
  readonly rule: RuleDescription
}

export interface SarifOutput {
  readonly log: Log
  readonly json: string
  readonly total: number
  /** Results left out to stay within GitHub's limits, lowest severity first. */
  readonly dropped: number
}

function collect(report: AuditReport): SarifFinding[] {
  const findings: SarifFinding[] = []
  const add = (finding: Finding): void => {
    findings.push({ finding, rule: describeRule(finding.ruleId, finding) })
  }
  for (const finding of report.placeholders?.findings ?? []) add(finding)
  for (const finding of report.links?.findings ?? []) add(finding)
  for (const finding of report.links?.citations.findings ?? []) add(finding)
  if (report.checklist) findings.push(...checklistSarifFindings(report.checklist))
  return findings
}

function toResult(item: SarifFinding, ruleIndex: number, rootPrefix: string): Result {
  const { finding, rule } = item
  return {
    ruleId: rule.id,
    ruleIndex,
    level: rule.level,
    message: { text: finding.message },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri: `${rootPrefix}${finding.path}`.split('/').map(encodeURIComponent).join('/'), uriBaseId: '%SRCROOT%' },
          region: { startLine: finding.line, startColumn: finding.column },
        },
      },
    ],
    partialFingerprints: { 'repoAudit/v1': finding.fingerprint },
    ...(finding.baselineState === undefined ? {} : { baselineState: finding.baselineState }),
  }
}

const DOCS = 'https://github.com/repo-audit/repo-audit/blob/main/docs'
/** The page of the docs that explains each scanner's rules. */
const DOC_PAGES: Readonly<Record<string, string>> = { placeholders: 'placeholders.md', links: 'links.md', checklist: 'checklist.md' }
/**
 * Code scanning's severity for security rules (0.1 to 10, 9 and up shown as critical): a committed
 * secret is one; a workflow a pull request can hijack is high.
 */
const SECURITY_SEVERITY: Readonly<Record<string, string>> = { 'checklist/secrets': '9.0', 'checklist/dangerous-workflow': '8.0', 'checklist/workflow-permissions': '5.0', 'checklist/pinned-actions': '4.0' }

function toRule(rule: RuleDescription): ReportingDescriptor {
  const scanner = rule.id.split('/')[0] as string
  const severity = SECURITY_SEVERITY[rule.id]
  return {
    id: rule.id,
    name: rule.name,
    shortDescription: { text: rule.short },
    fullDescription: { text: rule.full },
    help: { text: rule.help, markdown: `**${rule.short}**\n\n${rule.full}\n\n${rule.help}` },
    helpUri: DOC_PAGES[scanner] === undefined ? 'https://github.com/repo-audit/repo-audit#readme' : `${DOCS}/${DOC_PAGES[scanner]}`,
    defaultConfiguration: { level: rule.level },
    properties: { tags: severity === undefined ? [scanner] : [scanner, 'security'], ...(severity === undefined ? {} : { 'security-severity': severity }) },
  }
}

function buildLog(report: AuditReport, kept: readonly SarifFinding[], serverUrl: string): Log {
  const rules: RuleDescription[] = []
  const index = new Map<string, number>()
  for (const item of kept) {
    if (!index.has(item.rule.id)) {
      index.set(item.rule.id, rules.length)
      rules.push(item.rule)
    }
  }
  const rootPrefix = report.root === '.' ? '' : `${report.root}/`
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'repo-audit', version: report.tool.version, informationUri: 'https://github.com/repo-audit/repo-audit', rules: rules.map(toRule) } },
        automationDetails: { id: `repo-audit/${report.root === '.' ? 'root' : report.root}/` },
        // `repositoryUri` must be a URI: without a known repository there is no provenance to give.
        ...(report.commit && report.repository ? { versionControlProvenance: [{ repositoryUri: `${serverUrl.replace(/\/+$/, '')}/${report.repository}`, revisionId: report.commit }] } : {}),
        results: kept.map((item) => toResult(item, index.get(item.rule.id) as number, rootPrefix)),
      },
    ],
  }
}

/** github.com; a GitHub Enterprise Server run passes its GITHUB_SERVER_URL. */
const DEFAULT_SERVER_URL = 'https://github.com'

/**
 * SARIF 2.1.0 for code scanning: one rule per finding kind, one result per finding, fingerprints
 * that survive line moves. Over GitHub's limits the lowest-severity results are cut, and the count
 * of what was cut is returned so the summary can say so.
 */
export function buildSarif(report: AuditReport, serverUrl = DEFAULT_SERVER_URL): SarifOutput {
  const all = collect(report)
  const ordered = all
    .map((item, position) => ({ item, position }))
    .sort((a, b) => LEVEL_RANK[a.item.rule.level as SarifLevel] - LEVEL_RANK[b.item.rule.level as SarifLevel] || a.position - b.position)
    .map(({ item }) => item)
  let keep = Math.min(ordered.length, SARIF_MAX_RESULTS)
  for (;;) {
    const log = buildLog(report, ordered.slice(0, keep), serverUrl)
    const json = `${JSON.stringify(log, null, 2)}\n`
    if (keep === 0 || gzipSync(json).length <= SARIF_MAX_GZIP_BYTES) return { log, json, total: all.length, dropped: all.length - keep }
    keep = Math.floor(keep * 0.8)
  }
}
