import { isMap, isScalar, isSeq, type LineCounter, type Node, type YAMLMap } from 'yaml'
import { lineOf, parseYamlDocument } from './conda-environment.js'
import { clip } from './text-lines.js'
import { LINE_BREAK } from '../../line-breaks.js'

export interface PermissionsFacts {
  readonly line: number
  readonly kind: 'read-all' | 'write-all' | 'scoped' | 'other'
  /** Scopes granted `write` (for `scoped`). */
  readonly writes: readonly string[]
}

export interface StepFacts {
  readonly line: number
  readonly uses?: string
  /** `with.ref` of an actions/checkout step. */
  readonly checkoutRef?: string
  /** The version a setup step installs (`actions/setup-node` with `node-version: 16`), when written out rather than taken from a matrix. */
  readonly runtimeVersion?: { readonly runtime: SetupRuntime; readonly line: number; readonly value: string }
}

export type SetupRuntime = 'python' | 'node' | 'go' | 'ruby'

/** Setup actions and the input that names the version they install. */
const SETUP_ACTIONS: ReadonlyArray<[RegExp, SetupRuntime, string]> = [
  [/^actions\/setup-node@/, 'node', 'node-version'],
  [/^actions\/setup-python@/, 'python', 'python-version'],
  [/^actions\/setup-go@/, 'go', 'go-version'],
  [/^ruby\/setup-ruby@/, 'ruby', 'ruby-version'],
]

export interface JobFacts {
  readonly id: string
  readonly line: number
  readonly permissions?: PermissionsFacts
  /** A reusable workflow call: `jobs.<id>.uses`. */
  readonly uses?: string
  /** `if: false`, `if: ${{ false }}` or `if: 0`: the job never runs. */
  readonly disabled?: boolean
  /** `runs-on` as written, labels joined by spaces (`self-hosted gpu`), or a matrix expression. */
  readonly runsOn?: string
  /** What shows the job has a GPU: a runner label or group, `--gpus` for its container, `CUDA_VISIBLE_DEVICES`. */
  readonly gpu?: string
  readonly steps: readonly StepFacts[]
}

export interface LocatedLine {
  readonly line: number
  readonly text: string
}

export interface WorkflowFacts {
  readonly path: string
  readonly triggers: readonly LocatedLine[]
  readonly permissions?: PermissionsFacts
  readonly jobs: readonly JobFacts[]
  /** `${{ … }}` expressions over attacker-controlled event fields inside `run:` or github-script. */
  readonly injections: readonly LocatedLine[]
  /** Lines of `run:` scripts, clipped, for gates such as linters. */
  readonly commands: readonly WorkflowCommand[]
}

export interface WorkflowCommand extends LocatedLine {
  /** The step has `continue-on-error: true`: it runs, but its failure does not fail the job. */
  readonly advisory?: boolean
}

const MAX_COMMANDS = 400
/** A job condition that is always false. */
const NEVER = /^\s*(?:\$\{\{\s*(?:false|0)\s*\}\}|false|0)\s*$/
const EXPRESSION = /\$\{\{([^}]*)\}\}/g
/** Event fields a pull request or issue author controls (GitHub Security Lab's list of untrusted input). */
const UNTRUSTED =
  /\bgithub\.(?:head_ref\b|event\.(?:issue\.(?:title|body)|pull_request\.(?:title|body|head\.(?:ref|label|repo\.default_branch))|comment\.body|review\.body|review_comment\.body|discussion\.(?:title|body)|discussion_comment\.body|pages(?:\[[^\]]*\]|\.\*)?\.page_name|(?:commits(?:\[[^\]]*\]|\.\*)?|head_commit)\.(?:message|author\.(?:email|name))|workflow_run\.(?:head_branch|display_title|head_commit\.(?:message|author\.(?:email|name)))))/

interface Context {
  readonly text: string
  readonly lines: LineCounter
  readonly injections: LocatedLine[]
  readonly commands: WorkflowCommand[]
}

/**
 * Runner labels and groups of machines with an accelerator: `gpu`, NVIDIA card names, and the AWS
 * GPU instance families that runner groups are named after (peft's `aws-g6-4xlarge-plus`).
 */
const GPU_RUNNER = /gpu|cuda|nvidia|\b(?:a10g?|a100|h100|h200|l4|l40s?|t4|v100)\b|\b(?:g[4-6][a-z]*|p[3-5][a-z]*)[-.]\d*x?large/i
/** A job that hands its container the GPUs or picks one. */
const GPU_JOB = /--gpus\b|\bCUDA_VISIBLE_DEVICES\s*:|\bnvidia-smi\b/

function gpuHint(runsOn: string | undefined, jobText: string): string | undefined {
  if (runsOn !== undefined && GPU_RUNNER.test(runsOn)) return `runs on \`${runsOn}\``
  return GPU_JOB.exec(jobText)?.[0]
}

/** `runs-on: [self-hosted, gpu]`, `runs-on: {labels: …}` or a plain label, as one line of labels. */
function runnerLabels(node: unknown): string | undefined {
  if (isSeq(node)) return node.items.map(scalarText).filter((label) => label !== undefined).join(' ')
  if (isMap(node)) return runnerLabels(node.get('labels', true)) ?? scalarText(node.get('group', true))
  return scalarText(node)
}

function scalarText(node: unknown): string | undefined {
  return isScalar(node) && (typeof node.value === 'string' || typeof node.value === 'number' || typeof node.value === 'boolean') ? String(node.value) : undefined
}

function readPermissions(node: unknown, lines: LineCounter): PermissionsFacts | undefined {
  if (node === undefined || node === null) return undefined
  const line = lineOf(node as Node, lines)
  const text = scalarText(node)
  if (text === 'read-all' || text === 'write-all') return { line, kind: text, writes: [] }
  if (isMap(node)) {
    const writes = node.items.filter((pair) => scalarText(pair.value) === 'write').map((pair) => scalarText(pair.key) ?? '?')
    return { line, kind: 'scoped', writes }
  }
  return { line, kind: 'other', writes: [] }
}

/** Scans a script's source lines, so every line number is the one a reader sees in the file. */
function readScript(node: unknown, context: Context, advisory = false): void {
  if (!isScalar(node) || typeof node.value !== 'string' || !node.range) return
  const source = context.text.slice(node.range[0], node.range[1])
  const first = context.lines.linePos(node.range[0]).line
  source.split(LINE_BREAK).forEach((raw, offset) => {
    const line = first + offset
    const text = raw.trim()
    if (text === '' || /^[|>][-+0-9]*$/.test(text)) return
    for (const match of text.matchAll(EXPRESSION)) {
      if (UNTRUSTED.test(match[1] as string)) context.injections.push({ line, text: clip((match[1] as string).trim(), 100) })
    }
    if (context.commands.length < MAX_COMMANDS) context.commands.push({ line, text: clip(text, 200), ...(advisory ? { advisory } : {}) })
  })
}

function readStep(node: unknown, context: Context): StepFacts | undefined {
  if (!isMap(node)) return undefined
  const uses = scalarText(node.get('uses', true))
  const withMap = node.get('with', true)
  const checkoutRef = uses?.startsWith('actions/checkout') && isMap(withMap) ? scalarText(withMap.get('ref', true)) : undefined
  const advisory = scalarText(node.get('continue-on-error', true)) === 'true'
  readScript(node.get('run', true), context, advisory)
  if (uses?.startsWith('actions/github-script') && isMap(withMap)) readScript(withMap.get('script', true), context, advisory)
  const usesNode = node.get('uses', true) as Node | undefined
  const runtimeVersion = uses === undefined || !isMap(withMap) ? undefined : setupVersion(uses, withMap, context.lines)
  return {
    line: lineOf(usesNode ?? (node as YAMLMap), context.lines),
    ...(uses !== undefined ? { uses } : {}),
    ...(checkoutRef !== undefined ? { checkoutRef } : {}),
    ...(runtimeVersion !== undefined ? { runtimeVersion } : {}),
  }
}

function setupVersion(uses: string, withMap: YAMLMap, lines: LineCounter): StepFacts['runtimeVersion'] {
  const setup = SETUP_ACTIONS.find(([pattern]) => pattern.test(uses))
  if (setup === undefined) return undefined
  const [, runtime, input] = setup
  const node = withMap.get(input, true) as Node | undefined
  const value = scalarText(node)
  if (value === undefined || value.includes('${{')) return undefined
  return { runtime, line: lineOf(node, lines), value: `${uses.split('@')[0]} ${input}: ${value}` }
}

function readTriggers(node: unknown, lines: LineCounter): LocatedLine[] {
  const text = scalarText(node)
  if (text !== undefined) return [{ line: lineOf(node as Node, lines), text }]
  if (isSeq(node)) return node.items.flatMap((item) => (scalarText(item) === undefined ? [] : [{ line: lineOf(item as Node, lines), text: scalarText(item) as string }]))
  if (isMap(node)) return node.items.flatMap((pair) => (scalarText(pair.key) === undefined ? [] : [{ line: lineOf(pair.key as Node, lines), text: scalarText(pair.key) as string }]))
  return []
}

/** The facts the ci checks need from one GitHub Actions workflow file. */
export function workflowFacts(path: string, text: string): WorkflowFacts {
  const { contents, lines } = parseYamlDocument(path, text)
  const context: Context = { text, lines, injections: [], commands: [] }
  if (!isMap(contents)) return { path, triggers: [], jobs: [], injections: [], commands: [] }
  const jobs: JobFacts[] = []
  const jobsNode = contents.get('jobs', true)
  if (isMap(jobsNode)) {
    for (const pair of jobsNode.items) {
      const id = scalarText(pair.key) ?? '?'
      const job = pair.value
      if (!isMap(job)) continue
      const stepsNode = job.get('steps', true)
      const steps = isSeq(stepsNode) ? stepsNode.items.map((step) => readStep(step, context)).filter((step): step is StepFacts => step !== undefined) : []
      const permissions = readPermissions(job.get('permissions', true), lines)
      const uses = scalarText(job.get('uses', true))
      const disabled = NEVER.test(scalarText(job.get('if', true)) ?? '')
      const runsOn = runnerLabels(job.get('runs-on', true))
      const gpu = gpuHint(runsOn, job.range ? text.slice(job.range[0], job.range[1]) : '')
      jobs.push({ id, line: lineOf(pair.key as Node, lines), ...(permissions ? { permissions } : {}), ...(uses !== undefined ? { uses } : {}), ...(disabled ? { disabled } : {}), ...(runsOn ? { runsOn } : {}), ...(gpu ? { gpu } : {}), steps })
    }
  }
  const permissions = readPermissions(contents.get('permissions', true), lines)
  return {
    path,
    triggers: readTriggers(contents.get('on', true), lines),
    ...(permissions ? { permissions } : {}),
    jobs,
    injections: context.injections,
    commands: context.commands,
  }
}
