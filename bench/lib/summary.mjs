import { formatCount, formatMb, formatMs, formatRatio, table } from './format.mjs'

// The cross-tree half of the output: how time and memory grow with the tree, and the issue's
// targets with PASS or FAIL.

const COMMANDS = ['full', 'placeholders', 'links', 'repo-map', 'checklist', 'rg', 'remark', 'mlc']
export const TARGET_SECONDS = 10
export const TARGET_MEGABYTES = 500
export const MAX_DOUBLING_RATIO = 2.2

/** Time ratio normalised to one doubling: a 4× larger tree that takes 4× longer grows 2× per doubling. */
function perDoubling(timeRatio, sizeRatio) {
  return timeRatio ** (1 / Math.log2(sizeRatio))
}

function cell(measured) {
  if (measured === undefined) return ''
  if (measured.timedOut) return `> ${formatMs(measured.medianMs)} (stopped)`
  return `${formatMs(measured.medianMs)} / ${formatMb(measured.peakRssMb)}`
}

export function scalingTable(results) {
  const sized = results.filter((result) => result.tree.role === 'size').sort((a, b) => a.tree.files - b.tree.files)
  const present = COMMANDS.filter((id) => sized.some((result) => result.measurements[id]))
  const header = ['Files', 'Full audit', 'Peak RSS', 'Time × vs previous', 'Per doubling', ...present.filter((id) => id !== 'full').map((id) => (id === 'rg' || id === 'remark' || id === 'mlc' ? id : `${id} only`))]
  const rows = sized.map((result, index) => {
    const full = result.measurements.full
    const previous = sized[index - 1]
    const timeRatio = previous ? full.medianMs / previous.measurements.full.medianMs : undefined
    const doubling = previous ? perDoubling(timeRatio, result.tree.files / previous.tree.files) : undefined
    return [
      formatCount(result.tree.files), formatMs(full.medianMs), formatMb(full.peakRssMb), timeRatio === undefined ? '' : `${formatRatio(timeRatio)} (files ×${(result.tree.files / previous.tree.files).toFixed(1)})`,
      doubling === undefined ? '' : formatRatio(doubling),
      ...present.filter((id) => id !== 'full').map((id) => cell(result.measurements[id])),
    ]
  })
  return table(header, rows)
}

/** The worst per-doubling ratio of each of our commands across consecutive sizes. */
function worstDoubling(results) {
  const sized = results.filter((result) => result.tree.role === 'size').sort((a, b) => a.tree.files - b.tree.files)
  const worst = {}
  for (let i = 1; i < sized.length; i++) {
    for (const id of ['full', 'placeholders', 'links', 'repo-map', 'checklist']) {
      const now = sized[i].measurements[id]
      const before = sized[i - 1].measurements[id]
      if (!now || !before) continue
      const value = perDoubling(now.medianMs / before.medianMs, sized[i].tree.files / sized[i - 1].tree.files)
      if (worst[id] === undefined || value > worst[id].value) worst[id] = { value, between: `${formatCount(sized[i - 1].tree.files)}→${formatCount(sized[i].tree.files)}` }
    }
  }
  return worst
}

function ratioTarget(results, id, label, limit, describe) {
  const values = results.flatMap((result) => result.ratios.filter((ratio) => ratio.id === id).map((ratio) => ({ files: result.tree.files, ...ratio })))
  if (values.length === 0) return [label, 'not measured', 'n/a']
  const measured = values.map((entry) => `${formatCount(entry.files)}: ${describe(entry.value, entry.bound)}`).join('; ')
  // A peer stopped at its timeout only bounds the ratio: above the limit, the bound decides nothing.
  const failed = values.some((entry) => entry.value > limit && !entry.bound)
  const undecided = values.some((entry) => entry.value > limit && entry.bound)
  return [label, measured, failed ? 'FAIL' : undecided ? 'n/a (peer stopped too early to tell)' : 'PASS']
}

export function targetsTable(results) {
  const rows = [
    ratioTarget(results, 'placeholders/rg', 'Placeholder scan ≤ 2× ripgrep (each tree)', 2, (value) => formatRatio(value)),
    ratioTarget(results, 'links/remark', 'Link check ≥ 10× faster than remark-validate-links (each tree)', 0.1, (value, bound) => `${bound ? '> ' : ''}${formatRatio(1 / value)} faster`),
    ratioTarget(results, 'links/mlc', 'Link check no slower than markdown-link-check (each tree)', 1, (value, bound) => `${bound ? '< ' : ''}${formatRatio(value)}`),
  ]
  const target = results.find((result) => result.tree.role === 'target')
  if (target) {
    const full = target.measurements.full
    const label = `${formatCount(target.tree.files)}-file Markdown-heavy tree`
    rows.push([`Full audit of the ${label} < ${TARGET_SECONDS} s`, `${formatMs(full.medianMs)} median, ${formatMs(full.maxMs)} max`, full.medianMs < TARGET_SECONDS * 1000 ? 'PASS' : 'FAIL'])
    rows.push([`Full audit of the ${label} < ${TARGET_MEGABYTES} MB peak`, formatMb(full.peakRssMb), full.peakRssMb === undefined ? 'n/a' : full.peakRssMb < TARGET_MEGABYTES ? 'PASS' : 'FAIL'])
  } else {
    rows.push([`Full audit of a 40,000-file Markdown-heavy tree < ${TARGET_SECONDS} s and < ${TARGET_MEGABYTES} MB`, 'not measured in this run (generated trees only, without --quick or --target-files 0)', 'n/a'])
  }
  const worst = worstDoubling(results)
  if (Object.keys(worst).length === 0) {
    rows.push([`Each doubling of the tree costs ≤ ${MAX_DOUBLING_RATIO}× the time`, 'needs two sizes', 'n/a'])
  } else {
    const measured = Object.entries(worst).map(([id, entry]) => `${id} ${formatRatio(entry.value)} (${entry.between})`).join('; ')
    rows.push([`Each doubling of the tree costs ≤ ${MAX_DOUBLING_RATIO}× the time (worst per command)`, measured, Object.values(worst).every((entry) => entry.value <= MAX_DOUBLING_RATIO) ? 'PASS' : 'FAIL'])
  }
  const checked = results.filter((result) => result.crossCheckOk !== undefined)
  if (checked.length > 0) {
    const ok = checked.every((result) => result.crossCheckOk)
    rows.push(['Counts match the planted placeholders and broken links', checked.map((result) => `${formatCount(result.tree.files)}: ${result.crossCheckOk ? 'match' : 'MISMATCH'}`).join('; '), ok ? 'PASS' : 'FAIL'])
  }
  return table(['Target', 'Measured', 'Result'], rows)
}
