import type { LanguageKind } from '../../../inventory/languages.js'
import type { ActionManifestFacts } from './action-manifest.js'
import type { CargoFacts, GoModuleFacts } from './cargo-go.js'
import type { DependabotFacts } from './dependabot.js'
import type { CondaEnvironmentFacts } from './conda-environment.js'
import type { DockerfileFacts } from './dockerfile-images.js'
import type { LfsPattern } from './git-lfs.js'
import type { LicenseMatch } from './license-text.js'
import type { LockFacts } from './lock-contents.js'
import type { PackageJsonFacts } from './package-json.js'
import type { ParseProblem } from '../../../report/file-parse-error.js'
import type { PyprojectFacts } from './pyproject.js'
import type { MlImport, SourceSignal } from './python-source.js'
import type { ReadmeFacts } from './readme.js'
import type { RequirementsFile } from './requirement.js'
import type { SetupScriptFacts } from './setup-script.js'
import type { WorkflowFacts } from './workflow.js'
import type { StatedDate } from './stated-date.js'

export interface RepoFile {
  readonly path: string
  readonly bytes: number | undefined
  readonly language: string | undefined
  readonly kind: LanguageKind | undefined
  /** False for binaries and files too large to read: they exist, but their text is unknown. */
  readonly read: boolean
}

export interface Located {
  readonly path: string
  readonly line: number
}

export interface LocatedValue extends Located {
  readonly value: string
}

export interface RuntimePin extends LocatedValue {
  readonly runtime: 'python' | 'node' | 'rust' | 'go' | 'ruby'
}

export interface SecretFact extends Located {
  readonly kind: string
  readonly redacted: string
}

/**
 * Everything the built-in checks evaluate, gathered in the read pass: small facts per file (matches
 * with lines, parsed manifests), never file contents. Checks are pure functions of this.
 */
export interface RepoFacts {
  readonly files: readonly RepoFile[]
  /** Paths of `files`: what the built-in checks look for. */
  readonly paths: ReadonlySet<string>
  /**
   * Every listed path, also vendored and globally excluded ones (not the report directory): custom
   * rules and docs freshness ask whether a file exists at all, and `node_modules/` committed is an answer.
   */
  readonly allPaths: ReadonlySet<string>
  readonly readmes: readonly ReadmeFacts[]
  readonly licenses: ReadonlyArray<{ readonly path: string; readonly match?: LicenseMatch }>
  readonly codeowners: ReadonlyArray<{ readonly path: string; readonly rules: number }>
  readonly gitignores: ReadonlyArray<{ readonly path: string; readonly patterns: number }>
  /** Dates that prose documents state for themselves (`Last updated: 2025-09-18`). */
  readonly statedDates: readonly StatedDate[]
  /** Status ledgers, roadmaps and gap reports in the usual homes: documents that go stale. */
  readonly statusDocuments: readonly string[]
  /** Scripts of the repository that run a linter (`ci/run-style-check.sh` runs `git clang-format`): CI steps that call them gate on it. */
  readonly lintScripts: ReadonlyArray<{ readonly path: string; readonly line: number; readonly command: string }>
  /** Task files and scripts that check a built site (HTMLProofer in training-kit's Rakefile, lychee, Sphinx linkcheck). */
  readonly siteChecks: readonly LocatedValue[]
  /** Rust files with `#[test]` or `#[cfg(test)]`: Rust keeps unit tests beside the code. */
  readonly rustTestFiles: readonly string[]
  /** CI configurations outside GitHub Actions that give jobs a GPU (Lightning's `machine: "L4_X_2"`), with the word that says so. */
  readonly gpuCi: readonly LocatedValue[]
  /** Logging, metrics, tracing and error-reporting libraries that manifests declare (`prometheus-client`, `@sentry/node`). */
  readonly observability: readonly LocatedValue[]
  readonly conflicts: readonly Located[]
  readonly secrets: readonly SecretFact[]
  readonly lfsPatterns: readonly LfsPattern[]
  readonly lfsPointers: readonly string[]
  readonly packageJsons: readonly PackageJsonFacts[]
  readonly pyprojects: readonly PyprojectFacts[]
  readonly requirementFiles: readonly RequirementsFile[]
  /** `requirements*.in`: pip-tools inputs, so a compiled `.txt` lock is expected beside them. */
  readonly requirementInputs: readonly string[]
  /** Lockfiles as far as freshness needs them: what each records of the manifests it was written from. */
  readonly locks: readonly LockFacts[]
  /** Pipfiles with the names of their `[packages]` and `[dev-packages]`. */
  readonly pipfiles: ReadonlyArray<{ readonly path: string; readonly packages: readonly string[]; readonly pythonVersion?: LocatedValue }>
  readonly condaEnvironments: readonly CondaEnvironmentFacts[]
  readonly cargoManifests: readonly CargoFacts[]
  readonly goModules: readonly GoModuleFacts[]
  /** Folders with a non-test Go file in `package main`: programs the module builds. */
  readonly goMainPackages: readonly string[]
  /** `setup.py` scripts with the `name=` they pass to setup(), read as text (never run). */
  readonly setupScripts: readonly SetupScriptFacts[]
  /** C and C++ files that define `main` (the first 50). */
  readonly cPrograms: readonly string[]
  readonly dependabot: readonly DependabotFacts[]
  /** The root `action.yml` or `action.yaml` with a `runs` section. */
  readonly actionManifests: readonly ActionManifestFacts[]
  readonly dockerfiles: readonly DockerfileFacts[]
  readonly workflows: readonly WorkflowFacts[]
  /** Runtime versions named by `.tool-versions`, `setup.py` `python_requires` and similar one-line sources. */
  readonly runtimePins: readonly RuntimePin[]
  readonly mlImports: readonly MlImport[]
  readonly signals: readonly SourceSignal[]
  readonly problems: readonly ParseProblem[]
}
