import type { ScannedFinding } from './placeholder-result.js'
import type { CodeFence } from './markdown-lexer.js'
import type { TagHit } from './tag-pattern.js'
import type { LineIndex } from './span-index.js'

/**
 * Comments in a Markdown code block that names its language are comments of that language: a
 * maintainer's `# TODO: update the checkpoint once it is published` in a docs example is a note
 * left for later. Blocks without a language, console sessions and output are text, and stay out;
 * so do stubs (an example may stop at `todo!()` on purpose).
 */

/** Info-string words → the scanner's language names. */
const FENCE_LANGUAGES: Readonly<Record<string, string>> = {
  python: 'Python', py: 'Python', python3: 'Python', js: 'JavaScript', javascript: 'JavaScript', jsx: 'JavaScript', mjs: 'JavaScript',
  ts: 'TypeScript', typescript: 'TypeScript', tsx: 'TypeScript', rust: 'Rust', rs: 'Rust', go: 'Go', golang: 'Go',
  sh: 'Shell', bash: 'Shell', shell: 'Shell', zsh: 'Shell', yaml: 'YAML', yml: 'YAML', toml: 'TOML', c: 'C', h: 'C',
  cpp: 'C++', 'c++': 'C++', cxx: 'C++', java: 'Java', kotlin: 'Kotlin', kt: 'Kotlin', ruby: 'Ruby', rb: 'Ruby', sql: 'SQL',
  r: 'R', julia: 'Julia', scala: 'Scala', swift: 'Swift', php: 'PHP', lua: 'Lua', cs: 'C#', csharp: 'C#', dart: 'Dart',
  dockerfile: 'Dockerfile', docker: 'Dockerfile', hcl: 'HCL', terraform: 'HCL', ini: 'INI', perl: 'Perl', elixir: 'Elixir',
}

export type ScanBlock = (language: string, text: string) => ScannedFinding[]

/** True when a hit falls in `[from, to)`: hits are sorted, so a binary search answers. */
function hasHitIn(hits: readonly TagHit[], from: number, to: number): boolean {
  let low = 0
  let high = hits.length
  while (low < high) {
    const middle = (low + high) >>> 1
    if ((hits[middle] as TagHit).at < from) low = middle + 1
    else high = middle
  }
  return low < hits.length && (hits[low] as TagHit).at < to
}

export function fencedCodeTags(text: string, fences: readonly CodeFence[], hits: readonly TagHit[], lines: () => LineIndex, scanBlock: ScanBlock): ScannedFinding[] {
  const found: ScannedFinding[] = []
  for (const fence of fences) {
    const language = FENCE_LANGUAGES[fence.language]
    if (language === undefined || !hasHitIn(hits, fence.bodyStart, fence.bodyEnd)) continue
    const offset = lines().lineOf(fence.bodyStart)
    for (const finding of scanBlock(language, text.slice(fence.bodyStart, fence.bodyEnd))) {
      if (finding.kind === 'comment') found.push({ ...finding, line: finding.line + offset })
    }
  }
  return found
}
