import { LineCounter, isMap, isScalar, parseDocument, type Node } from 'yaml'
import type { EntryPoint } from '../repo-map-result.js'
import { FileParseError } from '../../../report/file-parse-error.js'

/**
 * What a GitHub Action runs: `runs.using` as the name and `runs.main` (JavaScript actions) or
 * `runs.image` (Docker actions) as the target; a composite action runs its `runs.steps`.
 */
export function actionEntryPoints(path: string, text: string): EntryPoint[] {
  const lineCounter = new LineCounter()
  const document = parseDocument(text, { lineCounter })
  const [error] = document.errors
  if (error !== undefined) {
    throw new FileParseError(path, error.linePos?.[0].line, `not valid YAML (${error.message.split('\n')[0]})`, { cause: error })
  }
  const runs = document.get('runs', true)
  if (!isMap(runs)) return []
  const scalar = (key: string): { value: string; node: Node } | undefined => {
    const node = runs.get(key, true)
    return isScalar(node) && typeof node.value === 'string' && node.value.trim() !== ''
      ? { value: node.value.trim(), node }
      : undefined
  }
  const using = scalar('using')
  if (using === undefined) return []
  const runsWhat = scalar('main') ?? scalar('image')
  const lineOf = (node: Node): number => (node.range ? lineCounter.linePos(node.range[0]).line : 1)
  if (runsWhat !== undefined) {
    return [{ kind: 'action', path, line: lineOf(runsWhat.node), name: using.value, target: runsWhat.value }]
  }
  if (using.value === 'composite') {
    return [{ kind: 'action', path, line: lineOf(using.node), name: using.value, target: 'runs.steps' }]
  }
  return []
}
