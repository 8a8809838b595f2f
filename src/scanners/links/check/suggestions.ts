import { boundedDistance } from '../../edit-distance.js'
import { nameOf, parentOf, type PathIndex } from './path-index.js'

/** How many edits still read as a typo of a name this long. */
function typoBudget(length: number): number {
  if (length <= 4) return 1
  if (length <= 12) return 2
  return 3
}

/**
 * Work left for suggestions over a whole audit, in characters compared. Each broken link is compared
 * with every anchor of its target (or every entry of its directory), so 40,000 broken anchors into a
 * document of 40,000 headings would cost 1.6 billion comparisons; once the budget is spent, broken
 * links are still reported, without a suggestion.
 */
export class SuggestionBudget {
  constructor(private remaining = 10_000_000) {}

  /** Takes `cost` from the budget; false (and nothing taken) once it would run out. */
  spend(cost: number): boolean {
    if (cost > this.remaining) {
      this.remaining = 0
      return false
    }
    this.remaining -= cost
    return true
  }
}

const UNLIMITED = { spend: (): boolean => true }

/** The candidate nearest to `wanted` within `limit` edits; the first one on ties; undefined once `budget` runs out. */
export function closest(wanted: string, candidates: Iterable<string>, limit: number, compare: (candidate: string) => string = (candidate) => candidate, budget: Pick<SuggestionBudget, 'spend'> = UNLIMITED): string | undefined {
  let best: string | undefined
  let bestDistance = limit + 1
  for (const candidate of candidates) {
    const text = compare(candidate)
    if (!budget.spend(1)) return undefined
    if (Math.abs(text.length - wanted.length) >= bestDistance) continue
    if (!budget.spend(Math.min(text.length, wanted.length) * (2 * bestDistance - 1))) return undefined
    const distance = boundedDistance(wanted, text, bestDistance - 1)
    if (distance < bestDistance) {
      best = candidate
      bestDistance = distance
      if (distance === 0) break
    }
  }
  return best
}

function join(directory: string, name: string): string {
  return directory === '' ? name : `${directory}/${name}`
}

/** Same-name files elsewhere are only offered when their directory is a near miss or a suffix match. */
const SAME_NAME_CANDIDATES = 200

/** `docs/guide` ends with `guide`: the directory was moved under another one. */
function isSegmentSuffix(longer: string, shorter: string): boolean {
  return shorter !== '' && longer.endsWith(`/${shorter}`)
}

/**
 * A path close to a missing one, looking only where a typo could have come from: the same
 * directory (names of similar length), the same name with a Markdown extension (`install` for
 * `install.md`), then files of the same name in a nearby or moved directory.
 */
export function suggestPath(missing: string, paths: PathIndex, markdownExtensions: readonly string[], budget: Pick<SuggestionBudget, 'spend'> = UNLIMITED): string | undefined {
  const directory = parentOf(missing)
  const name = nameOf(missing)
  if (name === '') return undefined
  if (paths.isDirectory(directory)) {
    for (const extension of markdownExtensions) {
      const page = join(directory, `${name}.${extension}`)
      if (paths.isFile(page)) return page
    }
    const near = closest(name, paths.entriesOf(directory), typoBudget(name.length), undefined, budget)
    if (near !== undefined) return join(directory, near)
  }
  const sameName = paths.filesNamed(name).slice(0, SAME_NAME_CANDIDATES)
  if (!budget.spend(sameName.length * (directory.length + 1))) return undefined
  const related = sameName.filter((path) => {
    const candidateDirectory = parentOf(path)
    return isSegmentSuffix(candidateDirectory, directory) || isSegmentSuffix(directory, candidateDirectory) ||
      boundedDistance(directory, candidateDirectory, typoBudget(directory.length)) <= typoBudget(directory.length)
  })
  const widest = related.reduce((most, path) => Math.max(most, path.length), directory.length)
  return closest(directory, related, widest, parentOf, budget)
}

/**
 * Whether an anchor suggestion is certain: it is the only anchor within a typo of the fragment, the
 * fragment is long enough for a typo to be told from a word, and no digit changed (`#510-2024-02-08`
 * and `#610-2025-02-05` are two releases, not a typo).
 */
export function isOnlyNearAnchor(fragment: string, suggestion: string, anchors: Iterable<string>): boolean {
  const wanted = fragment.toLowerCase()
  if (wanted.length < 6 || wanted.replace(/\D/g, '') !== suggestion.replace(/\D/g, '')) return false
  const limit = typoBudget(wanted.length)
  let near = 0
  for (const anchor of anchors) {
    if (Math.abs(anchor.length - wanted.length) <= limit && boundedDistance(wanted, anchor.toLowerCase(), limit) <= limit) near++
    if (near > 1) return false
  }
  return near === 1
}

/**
 * The heading a renamed one became when the rename added words: `#configuration` is now
 * `#configuration-options`, `#vision-dataset` is `#vision-datasets`. Certain only when exactly one
 * anchor extends the fragment so, and the fragment is long enough to be a name.
 */
export function extendedAnchor(fragment: string, anchors: Iterable<string>): string | undefined {
  const wanted = fragment.toLowerCase()
  if (wanted.length < 6) return undefined
  let found: string | undefined
  for (const anchor of anchors) {
    const lower = anchor.toLowerCase()
    const extendsIt = lower.startsWith(`${wanted}-`) || lower === `${wanted}s` || lower === `${wanted}es`
    if (!extendsIt) continue
    if (found !== undefined) return undefined
    found = anchor
  }
  return found
}

/** The anchor of the target file closest to a missing fragment, compared in lower case. */
export function suggestAnchor(fragment: string, anchors: Iterable<string>, budget: Pick<SuggestionBudget, 'spend'> = UNLIMITED): string | undefined {
  const wanted = fragment.toLowerCase()
  return closest(wanted, anchors, typoBudget(wanted.length), (anchor) => anchor.toLowerCase(), budget)
}
