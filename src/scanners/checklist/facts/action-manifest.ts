import { isMap, isScalar } from 'yaml'
import { lineOf, parseYamlDocument } from './conda-environment.js'

export interface ActionManifestFacts {
  readonly path: string
  /** `runs.using`: `node24`, `composite`, `docker`; absent when `runs` does not say. */
  readonly using?: { readonly line: number; readonly value: string }
}

/** The root `action.yml` that makes the repository a GitHub Action; its `runs.using` is the runtime it pins. */
export function actionManifestFacts(path: string, text: string): ActionManifestFacts | undefined {
  const { contents, lines } = parseYamlDocument(path, text)
  const runs = isMap(contents) ? contents.get('runs', true) : undefined
  if (!isMap(runs)) return undefined
  const using = runs.get('using', true)
  return isScalar(using) && typeof using.value === 'string' ? { path, using: { line: lineOf(using, lines), value: using.value } } : { path }
}
