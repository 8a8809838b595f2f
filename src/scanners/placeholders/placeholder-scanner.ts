import type { Scanner, ScannerRun } from '../scanner.js'
import type { InventoryFile } from '../../inventory/inventory-file.js'
import { pathMatcher } from '../../inventory/path-globs.js'
import { FingerprintIndex } from '../../report/fingerprint.js'
import type { PlaceholderFinding, PlaceholderKind, PlaceholderResult } from './placeholder-result.js'
import { knowsLanguage, scanPlaceholders } from './scan-text.js'

export { scanPlaceholders, SUPPRESSION_MARKER } from './scan-text.js'

function compareFindings(a: PlaceholderFinding, b: PlaceholderFinding): number {
  if (a.path !== b.path) return a.path < b.path ? -1 : 1
  return a.line - b.line || a.column - b.column
}

function summarise(findings: PlaceholderFinding[], filesScanned: number): PlaceholderResult {
  findings.sort(compareFindings)
  const byTag: Record<string, number> = {}
  const byKind: Record<PlaceholderKind, number> = { comment: 0, stub: 0, prose: 0 }
  for (const finding of findings) {
    byTag[finding.tag] = (byTag[finding.tag] ?? 0) + 1
    byKind[finding.kind]++
  }
  return { count: findings.length, byTag, byKind, filesScanned, findings }
}

/**
 * Tags in comments, stubs in code (`raise NotImplementedError`, `todo!()`)
 * and, when enabled, Markdown lines that start with a tag.
 */
export const placeholderScanner: Scanner<'placeholders'> = {
  id: 'placeholders',
  title: 'Placeholders',
  start(context): ScannerRun<PlaceholderResult> {
    const settings = context.options.scanners.placeholders
    const excluded = pathMatcher(settings.exclude)
    const fingerprints = new FingerprintIndex()
    const findings: PlaceholderFinding[] = []
    let filesScanned = 0
    const wants = (file: InventoryFile): boolean => file.language !== undefined && knowsLanguage(file.language.name) && !excluded(file.path)
    return {
      wants,
      visit(file, text) {
        if (!wants(file)) return
        filesScanned++
        for (const finding of scanPlaceholders(file.path, (file.language as NonNullable<InventoryFile['language']>).name, text, settings, fingerprints)) findings.push(finding)
      },
      finish: () => summarise(findings, filesScanned),
    }
  },
}
