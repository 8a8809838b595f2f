import { readFileSync, writeFileSync } from 'node:fs'

// The correctness half of the benchmark: our CLI's counts against the counts the generator
// planted, with a per-file diff written to disk when they differ, so that a fast wrong answer
// never passes for a result.

export function readReport(stdoutFile) {
  const text = readFileSync(stdoutFile, 'utf8')
  try {
    return JSON.parse(text)
  } catch (error) {
    throw new Error(`The CLI did not print a JSON report (${error.message}); output starts with: ${text.slice(0, 300)}`)
  }
}

/** What a report says, whatever subset of scanners ran. */
export function reportCounts(report) {
  const findingsByPath = (findings) => {
    const byPath = {}
    for (const finding of findings ?? []) (byPath[finding.path] ??= []).push(finding.line)
    return byPath
  }
  const reasons = {}
  for (const finding of report.links?.findings ?? []) reasons[finding.reason] = (reasons[finding.reason] ?? 0) + 1
  return {
    files: report.inventory?.files,
    placeholders: report.placeholders?.count,
    placeholderKinds: report.placeholders?.byKind,
    placeholderLines: findingsByPath(report.placeholders?.findings),
    brokenLinks: report.links?.brokenCount,
    brokenReasons: reasons,
    brokenLines: findingsByPath(report.links?.findings),
    linksSeen: report.links?.totals?.seen,
    errors: (report.errors ?? []).map((error) => `${error.scanner}${error.path ? ` (${error.path})` : ''}: ${error.message}`),
  }
}

function diffLines(expected, actual) {
  const paths = new Set([...Object.keys(expected), ...Object.keys(actual)])
  const differences = []
  for (const path of [...paths].sort()) {
    const want = [...(expected[path] ?? [])].sort((a, b) => a - b)
    const got = [...(actual[path] ?? [])].sort((a, b) => a - b)
    if (want.join(',') !== got.join(',')) {
      differences.push({ path, missing: want.filter((line) => !got.includes(line)), unexpected: got.filter((line) => !want.includes(line)) })
    }
  }
  return differences
}

/**
 * Lines like `placeholders: expected 1,459, ours 1,459 ✓`; on a mismatch the per-file
 * differences go to `diffFile` and the first few are shown.
 */
export function crossCheck(manifest, counts, diffFile, formatCount) {
  const lines = []
  const problems = {}
  const verdict = (ok) => (ok ? 'match' : 'MISMATCH')
  if (counts.placeholders !== undefined) {
    const ok = counts.placeholders === manifest.placeholders.count
    const kinds = counts.placeholderKinds ?? {}
    const expected = manifest.placeholders.byKind
    lines.push(`placeholders: expected ${formatCount(manifest.placeholders.count)} (comment ${formatCount(expected.comment)}, stub ${formatCount(expected.stub)}, prose ${formatCount(expected.prose ?? 0)}), ours ${formatCount(counts.placeholders)} (comment ${formatCount(kinds.comment)}, stub ${formatCount(kinds.stub)}, prose ${formatCount(kinds.prose)}): ${verdict(ok)}`)
    if (!ok) problems.placeholders = diffLines(manifest.placeholders.lines, counts.placeholderLines)
  }
  if (counts.brokenLinks !== undefined) {
    const ok = counts.brokenLinks === manifest.links.broken
    const reasons = (byReason) => Object.entries(byReason).sort().map(([reason, n]) => `${reason} ${n}`).join(', ')
    lines.push(`broken links: expected ${formatCount(manifest.links.broken)} (${reasons(manifest.links.byReason)}), ours ${formatCount(counts.brokenLinks)} (${reasons(counts.brokenReasons)}): ${verdict(ok)}`)
    if (!ok) problems.links = diffLines(manifest.links.lines, counts.brokenLines)
  }
  for (const error of counts.errors) lines.push(`scanner error: ${error}`)
  const mismatched = Object.keys(problems).length > 0
  if (mismatched) {
    writeFileSync(diffFile, `${JSON.stringify(problems, null, 1)}\n`)
    for (const [scanner, differences] of Object.entries(problems)) {
      lines.push(`  ${scanner}: ${differences.length} files differ (all in ${diffFile}); first ones:`)
      for (const difference of differences.slice(0, 5)) {
        lines.push(`    ${difference.path}: missing lines [${difference.missing.join(', ')}], unexpected lines [${difference.unexpected.join(', ')}]`)
      }
    }
  }
  return { lines, ok: !mismatched && counts.errors.length === 0 }
}
