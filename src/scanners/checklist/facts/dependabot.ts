import { isMap, isScalar, isSeq } from 'yaml'
import { lineOf, parseYamlDocument } from './conda-environment.js'

export interface DependabotUpdate {
  readonly ecosystem: string
  readonly line: number
  /** `open-pull-requests-limit: 0`: version updates are off; only security updates (a repository setting) remain. */
  readonly off: boolean
}

export interface DependabotFacts {
  readonly path: string
  readonly updates: readonly DependabotUpdate[]
}

/** The ecosystems a `.github/dependabot.yml` keeps up to date. */
export function dependabotFacts(path: string, text: string): DependabotFacts {
  const { contents, lines } = parseYamlDocument(path, text)
  const updates = isMap(contents) ? contents.get('updates', true) : undefined
  if (!isSeq(updates)) return { path, updates: [] }
  const found: DependabotUpdate[] = []
  for (const item of updates.items) {
    if (!isMap(item)) continue
    const ecosystem = item.get('package-ecosystem', true)
    if (!isScalar(ecosystem) || typeof ecosystem.value !== 'string') continue
    const limit = item.get('open-pull-requests-limit', true)
    found.push({ ecosystem: ecosystem.value, line: lineOf(ecosystem, lines), off: isScalar(limit) && Number(limit.value) === 0 })
  }
  return { path, updates: found }
}
