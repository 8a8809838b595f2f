import { stat } from 'node:fs/promises'
import { ConfigOnlyKeys, Inputs } from '../constants.js'
import type { ScannerId } from '../scanners/scanner.js'
import type { AuditOptions, ScannerSettings } from './audit-options.js'
import type { LoadedConfig } from './config-file.js'
import { FieldReader, type RawField } from './field-reader.js'
import { resolveOutputDir, type ConfigOutputDirPolicy, type OutputDirSetting } from './output-dir.js'
import type { SettingsSection } from './settings-section.js'
import { SettingsError, describeValue, settingsErrorOf } from './settings-error.js'

export type ScannerSections = { readonly [Id in ScannerId]: SettingsSection<ScannerSettings[Id]> }

export interface OptionSources {
  /** Absolute directory to audit; checked to exist here. */
  readonly root: string
  /** How the root was named, for the error when it does not exist ("input 'path'", "path argument"). */
  readonly rootWhere: string
  /** Relative output dirs resolve against this: the workspace for the action, the cwd for the CLI. */
  readonly baseDir: string
  readonly config: LoadedConfig | undefined
  /** Inputs or CLI flags by setting name; they win over the config file. */
  readonly overrides: ReadonlyMap<string, RawField>
  /** Absolute; used when neither overrides nor config name an output dir. Undefined: no report files. */
  readonly defaultOutputDir: string | undefined
  /** What the config file's `output-dir` may do; by default it stays inside `baseDir`. */
  readonly configOutputDir?: ConfigOutputDirPolicy
  /** Scanners this build implements, in run order; `checks` accepts these names. */
  readonly availableScanners: readonly ScannerId[]
  readonly sections: ScannerSections
}

const GLOBAL_KEYS = [
  Inputs.Checks, Inputs.Include, Inputs.Exclude, Inputs.MaxPlaceholders, Inputs.MaxBrokenLinks,
  Inputs.MinChecklistScore, Inputs.FailOnError, Inputs.OutputDir, Inputs.JobSummary, ConfigOnlyKeys.MaxFileSize,
  Inputs.Sarif, Inputs.Annotations, Inputs.UploadArtifact, Inputs.ArtifactName, Inputs.RetentionDays,
  Inputs.Baseline, Inputs.GateOn, Inputs.MaxNewPlaceholders, Inputs.MaxNewBrokenLinks, Inputs.MaxChecklistDrop,
] as const

/** What the artifact service refuses in a name; checked here so the error names the input. */
const FORBIDDEN_ARTIFACT_NAME = /[":<>|*?\r\n\\/]/
const DEFAULT_ARTIFACT_NAME = 'repo-audit'
const GATE_ON = ['new', 'all', 'auto'] as const

const DEFAULT_MAX_FILE_BYTES = 1024 * 1024
/** A file is read as one string, and V8's strings end at 512 MiB; half of that keeps a margin for decoding. */
export const MAX_FILE_BYTES_LIMIT = 256 * 1024 * 1024
const LIST_SEPARATORS = /\n/
const CHECK_SEPARATORS = /[\n,]/

/** The audited root must be a directory; a file gets its own message, since "does not exist" would mislead. */
export async function requireDirectory(path: string, where: string, given: string): Promise<void> {
  const info = await stat(path).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT' || error.code === 'ENOTDIR') return undefined
    throw error
  })
  if (info?.isDirectory()) return
  if (info) throw new SettingsError(where, `${JSON.stringify(given)}, which names a file`, 'a directory to audit')
  throw new SettingsError(where, JSON.stringify(given), 'an existing directory to audit')
}

function readArtifactName(sources: OptionSources, name: string): string {
  if (name !== '' && !FORBIDDEN_ARTIFACT_NAME.test(name)) return name
  const field = sources.overrides.get(Inputs.ArtifactName) ?? sources.config?.fields.get(Inputs.ArtifactName)
  throw new SettingsError(field?.where ?? `input '${Inputs.ArtifactName}'`, JSON.stringify(name), 'a name without " : < > | * ? \\ / or line breaks')
}

/** Layers defaults, the config file and overrides, validating each field once. */
export async function buildOptions(sources: OptionSources): Promise<AuditOptions> {
  await requireDirectory(sources.root, sources.rootWhere, sources.root)
  const overrides = new FieldReader(sources.overrides, 'inputs')
  const configReader = sources.config
    ? new FieldReader(sources.config.fields, `config file ${sources.config.file}`, [...GLOBAL_KEYS, ...sources.availableScanners])
    : new FieldReader(new Map(), 'defaults')

  // Every bad setting is collected and told at once, so one edit can mend them all.
  const problems: SettingsError[] = []
  const collected = <T>(read: () => T, fallback: T): T => {
    try {
      return read()
    } catch (error: unknown) {
      if (!(error instanceof SettingsError)) throw error
      problems.push(error)
      return fallback
    }
  }
  // Both sources are read every time, so a bad config value is reported even where an input overrides it.
  const pick = <T>(read: (reader: FieldReader) => T | undefined, fallback: T): T => collected(() => {
    const fromConfig = collected(() => read(configReader), undefined)
    return read(overrides) ?? fromConfig ?? fallback
  }, fallback)

  const checks = pick((r) => r.choiceList(Inputs.Checks, sources.availableScanners, CHECK_SEPARATORS), [...sources.availableScanners])
  if (checks.length === 0) {
    const field = (sources.overrides.get(Inputs.Checks) ?? sources.config?.fields.get(Inputs.Checks)) as RawField
    throw new SettingsError(field.where, `${describeValue(field.value)}, which names no scanner`, `at least one of ${sources.availableScanners.join(', ')}`)
  }
  const outputSetting = (reader: FieldReader, raw: ReadonlyMap<string, RawField> | undefined): OutputDirSetting | undefined => {
    const text = reader.string(Inputs.OutputDir)
    return text === undefined ? undefined : { text, where: raw?.get(Inputs.OutputDir)?.where ?? Inputs.OutputDir }
  }
  const fromConfig = outputSetting(configReader, sources.config?.fields)
  const outputDir = await resolveOutputDir({
    fromUser: outputSetting(overrides, sources.overrides),
    fromConfig,
    policy: sources.configOutputDir ?? { within: [{ name: 'the workspace', path: sources.baseDir }] },
    baseDir: sources.baseDir,
    guardedRoots: [sources.baseDir, sources.root],
    defaultDir: sources.defaultOutputDir,
  })

  const scanners = {} as Record<ScannerId, unknown>
  for (const id of Object.keys(sources.sections) as ScannerId[]) {
    const section = sources.sections[id] as SettingsSection<unknown>
    const reader = configReader.section(section.key, section.keys)
    scanners[id] = collected(() => {
      const settings = reader ? section.read(reader, section.defaults) : section.defaults
      reader?.rejectUnknownKeys()
      return settings
    }, section.defaults)
  }

  const options: AuditOptions = {
    root: sources.root,
    configFile: sources.config?.file,
    checks: sources.availableScanners.filter((id) => checks.includes(id)),
    include: pick((r) => r.stringList(Inputs.Include, LIST_SEPARATORS), [] as string[]),
    exclude: pick((r) => r.stringList(Inputs.Exclude, LIST_SEPARATORS), [] as string[]),
    maxFileBytes: pick((r) => r.int(ConfigOnlyKeys.MaxFileSize, { min: 1, max: MAX_FILE_BYTES_LIMIT, note: 'bytes, at most 256 MiB' }), DEFAULT_MAX_FILE_BYTES),
    maxPlaceholders: pick((r) => r.int(Inputs.MaxPlaceholders, { min: -1, note: '-1 means no limit' }), -1),
    maxBrokenLinks: pick((r) => r.int(Inputs.MaxBrokenLinks, { min: -1, note: '-1 means no limit' }), 0),
    minChecklistScore: pick((r) => r.int(Inputs.MinChecklistScore, { min: 0, max: 100 }), 0),
    failOnError: pick((r) => r.bool(Inputs.FailOnError), true),
    baseline: pick((r) => r.string(Inputs.Baseline), 'auto'),
    gateOn: pick((r) => r.choice(Inputs.GateOn, GATE_ON), 'auto' as const),
    maxNewPlaceholders: pick((r) => r.int(Inputs.MaxNewPlaceholders, { min: -1, note: '-1 means no limit' }), -1),
    maxNewBrokenLinks: pick((r) => r.int(Inputs.MaxNewBrokenLinks, { min: -1, note: '-1 means no limit' }), -1),
    maxChecklistDrop: pick((r) => r.int(Inputs.MaxChecklistDrop, { min: -1, max: 100, note: 'score points; -1 means no limit' }), -1),
    outputDir,
    jobSummary: pick((r) => r.bool(Inputs.JobSummary), true),
    sarif: pick((r) => r.bool(Inputs.Sarif), true),
    annotations: pick((r) => r.bool(Inputs.Annotations), true),
    uploadArtifact: pick((r) => r.bool(Inputs.UploadArtifact), true),
    artifactName: collected(() => readArtifactName(sources, pick((r) => r.string(Inputs.ArtifactName), DEFAULT_ARTIFACT_NAME)), DEFAULT_ARTIFACT_NAME),
    retentionDays: pick((r) => r.int(Inputs.RetentionDays, { min: 1, max: 90, note: 'days; the repository setting may lower the maximum' }), undefined as number | undefined),
    scanners: scanners as unknown as ScannerSettings,
  }
  collected(() => configReader.rejectUnknownKeys(), undefined)
  const problem = settingsErrorOf(problems)
  if (problem) throw problem
  rejectUnusedThresholds(sources, options)
  return options
}

/** Each threshold and the scanner it judges, with the value that sets no limit. */
const THRESHOLD_SCANNERS: ReadonlyArray<readonly [string, ScannerId, number]> = [
  [Inputs.MaxPlaceholders, 'placeholders', -1], [Inputs.MaxNewPlaceholders, 'placeholders', -1],
  [Inputs.MaxBrokenLinks, 'links', -1], [Inputs.MaxNewBrokenLinks, 'links', -1],
  [Inputs.MinChecklistScore, 'checklist', 0], [Inputs.MaxChecklistDrop, 'checklist', -1],
]

/**
 * A threshold set for a scanner that does not run would silently judge nothing: an error that
 * names the setting and the `checks` value. The defaults (max-broken-links 0) are not settings.
 */
function rejectUnusedThresholds(sources: OptionSources, options: AuditOptions): void {
  const values: Record<string, number> = {
    [Inputs.MaxPlaceholders]: options.maxPlaceholders, [Inputs.MaxNewPlaceholders]: options.maxNewPlaceholders,
    [Inputs.MaxBrokenLinks]: options.maxBrokenLinks, [Inputs.MaxNewBrokenLinks]: options.maxNewBrokenLinks,
    [Inputs.MinChecklistScore]: options.minChecklistScore, [Inputs.MaxChecklistDrop]: options.maxChecklistDrop,
  }
  for (const [key, scanner, noLimit] of THRESHOLD_SCANNERS) {
    const field = sources.overrides.get(key) ?? sources.config?.fields.get(key)
    if (field === undefined || options.checks.includes(scanner) || values[key] === noLimit) continue
    const checksField = sources.overrides.get(Inputs.Checks) ?? sources.config?.fields.get(Inputs.Checks)
    throw new SettingsError(field.where, `${values[key]}, but ${checksField?.where ?? Inputs.Checks} is ${JSON.stringify(options.checks.join(','))}, which does not run ${scanner}`, `${scanner} in ${Inputs.Checks}, or no ${key}`)
  }
}
