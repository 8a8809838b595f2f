import type { Evidence } from '../checklist-result.js'
import { publication } from '../kind/detect-kind.js'
import { hasKind, isLibraryOnly } from '../kind/repo-kind.js'
import { STALE_LOCK_ROLLBACK, checkEvidence, checkGap, checkStatus, lowRisk, notApplicable, row, signals, unless, type CapabilityGap, type CapabilityInput, type CapabilityRow } from './capability.js'

const REVERT = 'Revert the commit; the change is additive and nothing else depends on it.'
const BUILD_FILES = /^(?:Makefile|GNUmakefile|CMakeLists\.txt|meson\.build|BUILD(?:\.bazel)?|WORKSPACE|build\.gradle(?:\.kts)?|pom\.xml|justfile|Taskfile\.ya?ml|Rakefile|mkdocs\.ya?ml|book\.toml|_config\.yml|docusaurus\.config\.[cm]?[jt]s|conf\.py|(?:rollup|webpack|vite|tsup|rspack|esbuild)\.config\.[cm]?[jt]s)$/
/** Package scripts that build: actions/typescript-action bundles with `package`, others `compile` or `dist`. */
const BUILD_SCRIPTS = ['build', 'bundle', 'package', 'compile', 'dist'] as const
/** Workflow steps that ship something: an image, a site, a release, a deploy. */
const DEPLOY_STEP = /^[^@]*(?:publish|release|deploy)|^(?:docker\/build-push-action|actions\/deploy-pages|peaceiris\/actions-gh-pages|JamesIves\/github-pages-deploy-action|softprops\/action-gh-release|goreleaser\/goreleaser-action|aws-actions\/|google-github-actions\/deploy|azure\/webapps-deploy|superfly\/flyctl-actions|amondnet\/vercel-action)/
const DEPLOY_COMMAND = /\b(?:docker push|mkdocs gh-deploy|flyctl deploy|vercel deploy|kubectl apply|helm (?:upgrade|install)|serverless deploy|gh release create|goreleaser release)\b/

function buildArtifacts(input: CapabilityInput): Evidence[] {
  const { facts } = input
  const manifests: Evidence[] = [
    ...facts.packageJsons.flatMap((item) => {
      const script = BUILD_SCRIPTS.find((name) => item.scripts[name] !== undefined)
      return script === undefined ? [] : [{ path: item.path, message: `\`${script}\` script` }]
    }),
    ...facts.pyprojects.filter((item) => item.distribution !== undefined).map((item) => ({ path: item.path, message: `builds ${item.distribution ?? ''}` })),
    ...facts.setupScripts.filter((item) => item.name !== undefined).map((item) => ({ path: item.path, message: `builds ${item.name ?? ''}` })),
    ...facts.cargoManifests.filter((item) => item.isPackage || item.isWorkspace).map((item) => ({ path: item.path, message: 'Cargo manifest' })),
    ...facts.goModules.map((item) => ({ path: item.path, message: 'Go module' })),
  ]
  const files = [...facts.paths].filter((path) => !path.includes('/') || path.startsWith('docs/')).filter((path) => BUILD_FILES.test(path.slice(path.lastIndexOf('/') + 1))).map((path) => ({ path, message: 'build file' }))
  return [...manifests, ...files]
}

function build(input: CapabilityInput): CapabilityRow {
  const ci = checkStatus(input, 'ci')
  return row('build', 'Build', buildArtifacts(input), [
    unless(ci === 'pass', { gap: 'CI does not build the repository on every change.', risk: 'medium', plan: 'Add a workflow that installs and builds on push and pull request.', rollback: 'Delete the workflow file.' }),
    checkGap(input, 'lock-freshness', STALE_LOCK_ROLLBACK),
  ], 'A manifest or build file describes the build, and CI runs it.')
}

function fromChecks(id: string, title: string, input: CapabilityInput, ids: readonly string[], rollback: string, found: string): CapabilityRow {
  const statuses = ids.map((check) => checkStatus(input, check))
  if (statuses.every((status) => status === 'not-applicable')) return notApplicable(id, title, input.checks.get(ids[0] ?? '')?.summary ?? 'No check of it applies.')
  const gaps = ids.map((check) => checkGap(input, check, rollback))
  const artifacts = checkEvidence(input, ...ids)
  const anyPass = statuses.some((status) => status === 'pass' || status === 'warn' || status === 'exempt')
  return row(id, title, anyPass && artifacts.length === 0 ? [{ message: found }] : artifacts, gaps, found, { showcaseCounts: true })
}

function release(input: CapabilityInput): CapabilityRow {
  const published = publication(input.facts).workflow
  const base = fromChecks('release', 'Release', input, ['changelog'], 'Delete the release notes file or the publishing job.', 'Release notes are kept.')
  if (published === undefined) return base
  return { ...base, status: base.status === 'missing' ? 'partial' : base.status, artifacts: [{ path: published, message: 'publishes a package' }, ...base.artifacts].slice(0, 6) }
}

function deployment(input: CapabilityInput): CapabilityRow {
  const { facts, kind } = input
  const steps: Evidence[] = facts.workflows.flatMap((workflow) => [
    ...workflow.jobs.flatMap((job) => job.steps.filter((step) => step.uses !== undefined && DEPLOY_STEP.test(step.uses)).map((step) => ({ path: workflow.path, line: step.line, message: `\`${step.uses ?? ''}\`` }))),
    ...workflow.commands.filter((command) => DEPLOY_COMMAND.test(command.text)).map((command) => ({ path: workflow.path, line: command.line, message: `\`${command.text}\`` })),
  ])
  const published = publication(facts).workflow
  const shipped: Evidence[] = [
    ...(published === undefined ? [] : [{ path: published, message: 'publishes a package' }]),
    ...facts.actionManifests.map((item) => ({ path: item.path, message: 'Action manifest: used from its tag' })),
    ...steps,
    ...facts.dockerfiles.map((item) => ({ path: item.path, message: 'container image' })),
  ]
  // A library is only judged one once it is shown to be published (the README installs it by name, or a workflow publishes it).
  if (shipped.length === 0 && isLibraryOnly(kind)) {
    return row('deployment', 'Deployment', [{ message: 'installed by name from a package registry' }], [{ gap: 'No workflow publishes releases: they are uploaded by hand.', risk: 'low', plan: 'Publish from a tag-triggered workflow with trusted publishing.', rollback: 'Delete the publishing workflow; releases go back to manual uploads.' }], 'Published to a package registry.')
  }
  const gaps: Array<CapabilityGap | undefined> = [lowRisk(checkGap(input, 'container-pinning', 'Return the image reference to its previous tag.'))]
  if (shipped.length === 0) gaps.push({ gap: 'Nothing in the repository ships it: no publishing, image or deploy step.', risk: hasKind(kind, 'application') ? 'high' : 'medium', plan: 'Add a workflow that builds and ships a release on a tag.', rollback: 'Delete the workflow.' })
  return row('deployment', 'Deployment', shipped, gaps, `Shipped by ${shipped.length} step${shipped.length === 1 ? '' : 's'} or files.`)
}

function observability(input: CapabilityInput): CapabilityRow {
  const { kind, facts } = input
  const manifests: Evidence[] = facts.observability.map((item) => ({ path: item.path, line: item.line, message: `declares \`${item.value}\`` }))
  const logs = signals(input, 'logging')
  if (hasKind(kind, 'docs-site') && !hasKind(kind, 'application')) return notApplicable('observability', 'Observability', 'A documentation site: nothing runs to observe.')
  if (isLibraryOnly(kind) || hasKind(kind, 'action')) return notApplicable('observability', 'Observability', 'A library or Action: the program that uses it chooses how to log and measure.')
  return row('observability', 'Observability', [...manifests, ...logs], [
    unless(manifests.length > 0 || logs.length === 0, { gap: 'Logs only (the standard `logging` module): no metrics, traces or error reports.', risk: 'low', plan: 'Export request metrics and errors (OpenTelemetry, Prometheus client, Sentry).', rollback: 'Remove the dependency and its initialisation; nothing else calls it.' }),
    unless(manifests.length > 0 || logs.length > 0, { gap: 'No logging, metrics, tracing or error-reporting library is declared: failures in production are seen only by users.', risk: hasKind(kind, 'application') ? 'high' : 'medium', plan: 'Add structured logging and an error reporter (OpenTelemetry, Sentry) at the entry point.', rollback: 'Remove the dependency and its initialisation; nothing else calls it.' }),
  ], 'Logs, metrics or traces are exported.')
}

/** The capabilities of any repository: build, test, lint, release, documentation, security, deployment, observability. */
export function generalCapabilities(input: CapabilityInput): CapabilityRow[] {
  return [
    build(input),
    fromChecks('test', 'Test', input, ['tests', 'ci'], 'Delete the added tests or workflow.', 'Tests exist and CI runs them.'),
    fromChecks('lint', 'Lint', input, ['lint-gates'], 'Remove the lint step from CI.', 'CI runs linters.'),
    release(input),
    fromChecks('documentation', 'Documentation', input, ['readme', 'contributing', 'docs-freshness'], REVERT, 'README and guides are in place.'),
    fromChecks('security', 'Security', input, ['secrets', 'security-policy', 'workflow-permissions', 'pinned-actions', 'dangerous-workflow', 'dependency-updates'], 'Revert the change to the workflow or policy file.', 'Security checks pass.'),
    deployment(input),
    observability(input),
  ]
}
