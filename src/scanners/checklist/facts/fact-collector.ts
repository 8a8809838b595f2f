import type { Inventory, InventoryFile, SkipReason } from '../../../inventory/inventory-file.js'
import type { PathMatcher } from '../../../inventory/path-globs.js'
import type { ContentMemo } from '../../content-memo.js'
import { actionManifestFacts } from './action-manifest.js'
import { cargoFacts, goModuleFacts } from './cargo-go.js'
import { dependabotFacts } from './dependabot.js'
import { condaEnvironmentFacts } from './conda-environment.js'
import { INSTALL, LINT_COMMAND, SITE_CHECKER } from './lint-commands.js'
import { statedDate } from './stated-date.js'
import { exampleSyntaxOf, findConflictMarkers, isExpectedOutput, type ExampleSyntax } from './conflict-markers.js'
import { dockerfileFacts } from './dockerfile-images.js'
import { LFS_POINTER_HEADER, lfsPatterns } from './git-lfs.js'
import { identifyLicense } from './license-text.js'
import { packageJsonFacts } from './package-json.js'
import { FileParseError } from '../../../report/file-parse-error.js'
import { parseToml, pyprojectFacts } from './pyproject.js'
import { pythonSourceFacts } from './python-source.js'
import { observabilityDependency } from './observability-deps.js'
import { readmeFacts } from './readme.js'
import type { RepoFacts, RepoFile, RuntimePin } from './repo-facts.js'
import { parseRequirementsFile } from './requirement.js'
import { findSecrets } from './secret-patterns.js'
import { setupScriptFacts } from './setup-script.js'
import { LineLocator, baseName, clip, dirName } from './text-lines.js'
import { workflowFacts } from './workflow.js'
import { LINE_BREAK } from '../../line-breaks.js'
import { LOCK_NAMES, lockFacts } from './lock-contents.js'

type Mutable<T> = { -readonly [K in keyof T]: T[K] extends ReadonlyArray<infer U> ? U[] : T[K] }
type Collected = Omit<Mutable<RepoFacts>, 'files' | 'paths' | 'allPaths'>

/** Skipped files that still belong to the repository: present, just not read (repo-map keeps the same set). */
const PRESENT_SKIP_REASONS: ReadonlySet<SkipReason> = new Set(['binary', 'too-large', 'generated', 'unreadable'])
/** Per-kind caps keep the facts small on a repository full of findings; checks report the counts they see. */
const MAX_CONFLICTS = 200
const MAX_SECRETS = 200

const DOC_HOMES = new Set(['', '.github', 'docs'])
const README = /^readme(?:\.(?:md|markdown|mdown|rst|txt|adoc|asciidoc|org|rdoc))?$/i
/** LICENSE, LICENSE.md, LICENSE-MIT, COPYING.LESSER …, but not a licence.py module. */
export const LICENSE_FILE = /^(?:licen[cs]e|copying|unlicense)(?:[-._](?!(?:py|js|ts|json|ya?ml|toml|go|rs|java|html?)$)[\w.-]+)?$/i
const REQUIREMENTS = /^requirements[\w.-]*\.(txt|in|lock)$/i
const CONDA_ENVIRONMENT = /^(?:environment|conda)(?:[-_.][\w-]+)?\.ya?ml$/i
const DOCKERFILE = /^(?:dockerfile|containerfile)(?:[-.][\w.-]+)?$|\.(?:dockerfile|containerfile)$/i
/** `Dockerfile.gpu` is a Dockerfile; `dockerfile.ts` or `Dockerfile.j2` is code or a template about one. */
const NOT_DOCKERFILE_EXTENSION = /\.(?:[cm]?[jt]sx?|py|go|rs|java|rb|md|txt|json|ya?ml|sh|snap|j2|jinja2?|tpl|tmpl|erb|template|in|bak|orig|rej)$/i
const WORKFLOW = /^\.github\/workflows\/[^/]+\.ya?ml$/
const RUST_TEST = /^[ \t]*#\[(?:test|cfg\(test\)|tokio::test)\]/m
const GO_MAIN_PACKAGE = /^package\s+main\b/m
const ACTION_MANIFEST = /^action\.ya?ml$/
const DEPENDABOT = /^\.github\/dependabot\.ya?ml$/
/** A C or C++ `main`: the file builds a program. */
const C_MAIN = /^(?:int|void)\s+main\s*\(/m
const C_LANGUAGES = new Set(['C', 'C++', 'Objective-C'])
const MAX_C_PROGRAMS = 50
const GEMFILE_RUBY = /^\s*ruby\s+["']([^"']+)["']/m
const TOOL_RUNTIMES: Readonly<Record<string, RuntimePin['runtime']>> = { python: 'python', nodejs: 'node', node: 'node', rust: 'rust', golang: 'go', go: 'go', ruby: 'ruby' }
const VERSION_FILES: Readonly<Record<string, RuntimePin['runtime']>> = {
  '.ruby-version': 'ruby',
  '.python-version': 'python', 'runtime.txt': 'python', '.nvmrc': 'node', '.node-version': 'node', 'rust-toolchain': 'rust', 'rust-toolchain.toml': 'rust',
}

const SCRIPT_LANGUAGES = new Set(['Shell', 'PowerShell', 'Batchfile'])
/** Task files that CI calls by name (`bundle exec rake`, `make check`). */
const TASK_FILES = /^(?:Rakefile|Makefile|GNUmakefile|justfile|Taskfile\.ya?ml|noxfile\.py|tox\.ini)$|\.mk$/
const MAX_SITE_CHECKS = 50
const PROSE_LANGUAGES = new Set(['Markdown', 'MDX', 'AsciiDoc', 'reStructuredText', 'Text'])
/** `STATUS.md`, `ROADMAP.md`, `PROGRESS.md`, `gaps-report.md`, `KNOWN_ISSUES.md`: documents that state where the project stands. */
const STATUS_DOCUMENT = /^(?:status|roadmap|progress|gaps?[-_]?report|known[-_]?issues|project[-_]?status)(?:\.(?:md|mdx|markdown|rst|adoc|txt))?$/i
/** Manifests whose dependencies say how a program is observed. */
const MANIFESTS = /^(?:package\.json|pyproject\.toml|setup\.py|Cargo\.toml|go\.mod|Gemfile|Pipfile)$/
/** CI systems other than GitHub Actions, read only for whether they give tests a GPU. */
const OTHER_CI = /^(?:\.lightning\/workflows\/.+|\.buildkite\/.+|\.circleci\/config|\.gitlab-ci|azure-pipelines|\.azure(?:-pipelines)?\/.+|\.jenkins\/.+)\.ya?ml$|^Jenkinsfile$/
const GPU_MACHINE = /\b(?:gpus?|cuda|nvidia|a10g?|a100|h100|l4|t4|v100)(?:_x_?\d+)?\b/i
const MAX_STATED_DATES = 2000
const MAX_LINT_SCRIPTS = 200

/** The first line of a script that runs a linter, outside comments. */
function lintLine(text: string): { line: number; command: string } | undefined {
  const lines = text.split('\n')
  let installing = false
  for (let index = 0; index < lines.length; index++) {
    const line = (lines[index] as string).trim()
    // `apt-get install -y \` goes on over the lines that list the packages.
    const continues = line.endsWith('\\')
    if (installing || INSTALL.test(line)) {
      installing = continues
      continue
    }
    if (line.startsWith('#')) continue
    const match = LINT_COMMAND.exec(line)
    if (match !== null) return { line: index + 1, command: match[0] }
  }
  return undefined
}

function emptyFacts(): Collected {
  return {
    readmes: [], licenses: [], codeowners: [], gitignores: [], rustTestFiles: [], lintScripts: [], statedDates: [], statusDocuments: [], gpuCi: [], observability: [], conflicts: [], secrets: [], lfsPatterns: [],
    lfsPointers: [], packageJsons: [], locks: [], pyprojects: [], requirementFiles: [], requirementInputs: [], pipfiles: [], condaEnvironments: [],
    cargoManifests: [], goModules: [], goMainPackages: [], cPrograms: [], siteChecks: [], dependabot: [], setupScripts: [], actionManifests: [], dockerfiles: [], workflows: [], runtimePins: [], mlImports: [], signals: [], problems: [],
  }
}

function firstLine(text: string): string {
  return clip(text.split('\n').find((line) => line.trim() !== '' && !line.trim().startsWith('#')) ?? '', 60)
}

/**
 * Gathers the facts of every file the read pass hands over. Each file name goes to the extractors
 * that understand it; every text file is also searched for secrets and conflict markers. A file that
 * does not parse is recorded as a problem for the checks that need it, never thrown.
 */
export class FactCollector {
  private readonly facts = emptyFacts()

  constructor(
    private readonly excluded: PathMatcher,
    private readonly memo?: ContentMemo,
  ) {}

  private remember<T>(kind: string, path: string, text: string, compute: () => T): T {
    return this.memo === undefined ? compute() : this.memo.remember(kind, path, text, compute)
  }

  visit(file: InventoryFile, text: string): void {
    if (this.excluded(file.path)) return
    const { path } = file
    const name = baseName(path)
    const dir = dirName(path)
    const facts = this.facts
    try {
      this.visitManifests(path, name, dir, text)
    } catch (error: unknown) {
      if (!(error instanceof FileParseError)) throw error
      facts.problems.push(error.toProblem())
    }
    if (DOC_HOMES.has(dir) && README.test(name)) facts.readmes.push(readmeFacts(path, text))
    if (dir === '' && LICENSE_FILE.test(name)) {
      const match = identifyLicense(text)
      facts.licenses.push({ path, ...(match ? { match } : {}) })
    }
    if (DOC_HOMES.has(dir) && name === 'CODEOWNERS') facts.codeowners.push({ path, rules: text.split('\n').filter((line) => /^\s*[^#\s]/.test(line)).length })
    if (dir === '' && name === '.gitignore') facts.gitignores.push({ path, patterns: text.split('\n').filter((line) => /^\s*[^#\s]/.test(line)).length })
    if (name === '.gitattributes') facts.lfsPatterns.push(...lfsPatterns(path, text))
    if (text.startsWith(LFS_POINTER_HEADER)) facts.lfsPointers.push(path)
    if (MANIFESTS.test(name) || REQUIREMENTS.test(name)) {
      const declared = observabilityDependency(text)
      if (declared !== undefined) facts.observability.push({ path, line: new LineLocator(text).lineAt(declared.index), value: declared.name })
    }
    if (OTHER_CI.test(path)) {
      const gpu = GPU_MACHINE.exec(text)
      if (gpu !== null) facts.gpuCi.push({ path, line: new LineLocator(text).lineAt(gpu.index), value: gpu[0] })
    }
    if (path.endsWith('.rs') && RUST_TEST.test(text)) facts.rustTestFiles.push(path)
    if (C_LANGUAGES.has(file.language?.name ?? '') && facts.cPrograms.length < MAX_C_PROGRAMS && C_MAIN.test(text)) facts.cPrograms.push(path)
    if (path.endsWith('.go') && !path.endsWith('_test.go') && GO_MAIN_PACKAGE.test(text) && !facts.goMainPackages.includes(dir)) facts.goMainPackages.push(dir)
    if (PROSE_LANGUAGES.has(file.language?.name ?? '')) {
      if (DOC_HOMES.has(dir) && STATUS_DOCUMENT.test(name)) facts.statusDocuments.push(path)
      const stated = facts.statedDates.length < MAX_STATED_DATES ? statedDate(path, text) : undefined
      if (stated !== undefined) facts.statedDates.push(stated)
    }
    if ((SCRIPT_LANGUAGES.has(file.language?.name ?? '') || TASK_FILES.test(name)) && facts.siteChecks.length < MAX_SITE_CHECKS) {
      const check = SITE_CHECKER.exec(text)
      if (check !== null) facts.siteChecks.push({ path, line: new LineLocator(text).lineAt(check.index), value: check[0] })
    }
    if (SCRIPT_LANGUAGES.has(file.language?.name ?? '') && LINT_COMMAND.test(text) && facts.lintScripts.length < MAX_LINT_SCRIPTS) {
      const linted = lintLine(text)
      if (linted !== undefined) facts.lintScripts.push({ path, ...linted })
    }
    if (file.language?.name === 'Python' || file.language?.name === 'Jupyter Notebook') {
      const source = this.remember('checklist:python', path, text, () => pythonSourceFacts(path, text))
      facts.mlImports.push(...source.imports)
      facts.signals.push(...source.signals)
    }
    this.scanForLeaks(path, text, exampleSyntaxOf(file.language?.name))
  }

  private visitManifests(path: string, name: string, dir: string, text: string): void {
    const facts = this.facts
    if (name === 'package.json') facts.packageJsons.push(packageJsonFacts(path, text))
    else if (name === 'pyproject.toml') facts.pyprojects.push(pyprojectFacts(path, text))
    else if (REQUIREMENTS.test(name) || (baseName(dir) === 'requirements' && /\.(?:txt|in)$/.test(name))) {
      if (name.endsWith('.in')) facts.requirementInputs.push(path)
      else facts.requirementFiles.push(parseRequirementsFile(path, text))
    } else if (name === 'Pipfile') {
      const pipfile = parseToml(path, text)
      const requires = pipfile.requires as Record<string, unknown> | undefined
      const packages = ['packages', 'dev-packages'].flatMap((section) => {
        const table = pipfile[section]
        return typeof table === 'object' && table !== null ? Object.keys(table) : []
      })
      const version = requires?.python_version ?? requires?.python_full_version
      const at = text.indexOf('python_')
      facts.pipfiles.push({ path, packages, ...(typeof version === 'string' ? { pythonVersion: { path, line: at === -1 ? 1 : new LineLocator(text).lineAt(at), value: version } } : {}) })
    } else if (CONDA_ENVIRONMENT.test(name)) facts.condaEnvironments.push(condaEnvironmentFacts(path, text))
    else if (LOCK_NAMES.has(name)) {
      const lock = lockFacts(path, name, text)
      if (lock) facts.locks.push(lock)
    }
    else if (name === 'Cargo.toml') facts.cargoManifests.push(cargoFacts(path, text))
    else if (name === 'go.mod') facts.goModules.push(goModuleFacts(path, text))
    else if (DOCKERFILE.test(name) && !NOT_DOCKERFILE_EXTENSION.test(name)) facts.dockerfiles.push(dockerfileFacts(path, text))
    else if (WORKFLOW.test(path)) facts.workflows.push(workflowFacts(path, text))
    else if (DEPENDABOT.test(path)) facts.dependabot.push(dependabotFacts(path, text))
    else if (dir === '' && ACTION_MANIFEST.test(name)) {
      const action = actionManifestFacts(path, text)
      if (action) facts.actionManifests.push(action)
    }
    else if (dir === '' && name === '.tool-versions') {
      text.split(LINE_BREAK).forEach((line, index) => {
        const [tool, version] = line.trim().split(/\s+/)
        const runtime = tool === undefined ? undefined : TOOL_RUNTIMES[tool]
        if (runtime && version) facts.runtimePins.push({ path, line: index + 1, value: `${tool} ${version}`, runtime })
      })
    } else if (dir === '' && VERSION_FILES[name] !== undefined) {
      facts.runtimePins.push({ path, line: 1, value: firstLine(text) || '(empty)', runtime: VERSION_FILES[name] })
    } else if (name === 'Gemfile') {
      const match = GEMFILE_RUBY.exec(text)
      if (match) facts.runtimePins.push({ path, line: new LineLocator(text).lineAt(match.index), value: `ruby ${match[1]}`, runtime: 'ruby' })
    } else if (name === 'setup.py') {
      const script = setupScriptFacts(path, text)
      if (script.pythonRequires) facts.runtimePins.push({ path, line: script.pythonRequires.line, value: `python_requires ${script.pythonRequires.value}`, runtime: 'python' })
      facts.setupScripts.push(script)
    }
  }

  private scanForLeaks(path: string, text: string, examples: ExampleSyntax): void {
    const facts = this.facts
    // A test's expected output holds the conflict the test makes on purpose.
    const conflicts = isExpectedOutput(path) ? [] : this.remember(`checklist:conflicts:${examples}`, path, text, () => findConflictMarkers(text, examples))
    for (const line of conflicts) {
      if (facts.conflicts.length < MAX_CONFLICTS) facts.conflicts.push({ path, line })
    }
    for (const secret of this.remember('checklist:secrets', path, text, () => findSecrets(text))) {
      if (facts.secrets.length < MAX_SECRETS) facts.secrets.push({ path, ...secret })
    }
  }

  /** The facts, with the file list taken after the read pass (binaries are only known then). */
  finish(inventory: Inventory): RepoFacts {
    const files: RepoFile[] = []
    for (const file of inventory.files) {
      if (this.excluded(file.path)) continue
      files.push({ path: file.path, bytes: file.bytes, language: file.language?.name, kind: file.language?.kind, read: true })
    }
    for (const skipped of inventory.skipped) {
      if (!PRESENT_SKIP_REASONS.has(skipped.reason) || this.excluded(skipped.path)) continue
      files.push({ path: skipped.path, bytes: skipped.bytes, language: undefined, kind: undefined, read: false })
    }
    files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
    const reportFiles = new Set(inventory.skipped.filter((skipped) => skipped.reason === 'report-dir').map((skipped) => skipped.path))
    const allPaths = new Set([...inventory.allPaths].filter((path) => !reportFiles.has(path) && !this.excluded(path)))
    return { ...this.facts, files, paths: new Set(files.map((file) => file.path)), allPaths }
  }
}
