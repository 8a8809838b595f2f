import type { GitInfo } from '../../../src/git/git-info.js'
import type { Inventory, InventoryFile, SkippedFile } from '../../../src/inventory/inventory-file.js'
import { languageOf } from '../../../src/inventory/languages.js'
import type { AuditOptions } from '../../../src/options/audit-options.js'
import { notApplicableReason as reasonFor, type Check, type CheckInput, type Verdict } from '../../../src/scanners/checklist/check.js'
import { detectRepoKind } from '../../../src/scanners/checklist/kind/detect-kind.js'
import { checklistSettings, type ChecklistSettings } from '../../../src/scanners/checklist/checklist-settings.js'
import { createChecklistScanner } from '../../../src/scanners/checklist/checklist-scanner.js'
import type { CheckResult, ChecklistResult } from '../../../src/scanners/checklist/checklist-result.js'
import { ContentRuleCollector } from '../../../src/scanners/checklist/custom/content-matches.js'
import { FactCollector } from '../../../src/scanners/checklist/facts/fact-collector.js'
import type { RepoFacts } from '../../../src/scanners/checklist/facts/repo-facts.js'
import type { HistoryFacts } from '../../../src/scanners/checklist/history/history-facts.js'
import type { TagFacts } from '../../../src/scanners/checklist/history/read-version-tags.js'
import type { ScanContext } from '../../../src/scanners/scanner.js'
import { ONE_THREAD } from '../../helpers/threads.js'

export type Files = Record<string, string>

export const NOT_GIT: GitInfo = { isWorkTree: false, shallow: false }
export const NOW = new Date('2026-11-24T12:00:00Z')

export function settings(overrides: Partial<ChecklistSettings> = {}): ChecklistSettings {
  return { ...checklistSettings.defaults, ...overrides }
}

function inventoryFile(path: string, text: string): InventoryFile {
  return { path, bytes: Buffer.byteLength(text), lines: text.split('\n').length, language: languageOf(path) }
}

export function inventoryOf(files: Files, skipped: SkippedFile[] = [], root = '/repo'): Inventory {
  const listed = Object.entries(files).map(([path, text]) => inventoryFile(path, text)).sort((a, b) => (a.path < b.path ? -1 : 1))
  return { root, files: listed, skipped, allPaths: new Set([...listed.map((file) => file.path), ...skipped.map((file) => file.path)]), source: 'walk' }
}

/** Facts as the scanner gathers them in the read pass, from in-memory files. */
export function factsOf(files: Files, skipped: SkippedFile[] = [], custom = settings()): { facts: RepoFacts; content: CheckInput['contentMatches'] } {
  const collector = new FactCollector(() => false)
  const content = new ContentRuleCollector(custom.rules)
  const inventory = inventoryOf(files, skipped)
  for (const file of inventory.files) {
    const text = files[file.path] as string
    collector.visit(file, text)
    content.visit(file, text)
  }
  return { facts: collector.finish(inventory), content: content.finish() }
}

export interface InputOptions {
  readonly skipped?: SkippedFile[]
  readonly settings?: ChecklistSettings
  readonly history?: HistoryFacts
  readonly tags?: TagFacts
}

export function inputOf(files: Files, options: InputOptions = {}): CheckInput {
  const custom = options.settings ?? settings()
  const { facts, content } = factsOf(files, options.skipped ?? [], custom)
  return { facts, kind: detectRepoKind(facts), settings: custom, history: options.history ?? { status: 'not-needed' }, tags: options.tags ?? { status: 'not-needed' }, contentMatches: content, now: NOW }
}

/** A kind that recognised nothing, for rendered results. */
export const NO_KIND: ChecklistResult['kind'] = { kinds: [], description: 'not recognised: every check applies', signals: [] }

type CheckLike = Pick<Check, 'applies' | 'evaluate' | 'notApplicable' | 'notForKind'>

/** Why the check does not fit these files (its own reason, or the kind's), or undefined when it applies. */
export function notApplicableReason(check: CheckLike, files: Files, options: InputOptions = {}): string | undefined {
  return reasonFor(check, inputOf(files, options))
}

/** A check's verdict on in-memory files, or 'not-applicable' when the check, or the repository's kind, says it does not fit. */
export function verdictOf(check: CheckLike, files: Files, options: InputOptions = {}): Verdict | 'not-applicable' {
  const input = inputOf(files, options)
  return reasonFor(check, input) === undefined ? check.evaluate(input) : 'not-applicable'
}

export function statusOf(check: Parameters<typeof verdictOf>[0], files: Files, options: InputOptions = {}): string {
  const verdict = verdictOf(check, files, options)
  return verdict === 'not-applicable' ? verdict : verdict.status
}

export function scanContext(inventory: Inventory, custom: ChecklistSettings = settings(), git: GitInfo = NOT_GIT): ScanContext {
  return {
    options: { root: inventory.root, scanners: { checklist: custom } } as unknown as AuditOptions,
    inventory,
    git,
    earlier: {},
    threads: ONE_THREAD,
  }
}

/** Runs the scanner as the engine does: `wants`, `visit` with each file's text, then `finish`. */
export async function runChecklist(files: Files, options: { settings?: ChecklistSettings; skipped?: SkippedFile[]; root?: string; git?: GitInfo } = {}): Promise<ChecklistResult> {
  const inventory = inventoryOf(files, options.skipped ?? [], options.root)
  const run = createChecklistScanner(() => NOW).start(scanContext(inventory, options.settings, options.git))
  for (const file of inventory.files) {
    if (run.wants && !run.wants(file)) continue
    run.visit(file, files[file.path] as string)
  }
  return await run.finish()
}

export function check(result: ChecklistResult, id: string): CheckResult {
  const found = result.checks.find((candidate) => candidate.id === id)
  if (!found) throw new Error(`no check ${id} in the result`)
  return found
}

/** A token of a secret shape, assembled at run time so the source never holds one. */
export function fakeToken(prefix: string, length: number, alphabet = 'aB3dE5gH7jK9mN2pQ4sT6vW8yZ'): string {
  let body = ''
  for (let index = 0; body.length < length; index++) body += alphabet[(index * 7 + 3) % alphabet.length]
  return prefix + body
}
