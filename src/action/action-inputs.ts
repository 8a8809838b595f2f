import * as core from '@actions/core'
import { Inputs } from '../constants.js'
import type { RawField } from '../options/field-reader.js'

/** Inputs the config file may also set; an empty input leaves the config file's value in force. */
const OVERRIDABLE = [
  Inputs.Checks, Inputs.Include, Inputs.Exclude, Inputs.MaxPlaceholders, Inputs.MaxBrokenLinks,
  Inputs.MinChecklistScore, Inputs.FailOnError, Inputs.OutputDir, Inputs.JobSummary,
  Inputs.Sarif, Inputs.Annotations, Inputs.UploadArtifact, Inputs.ArtifactName, Inputs.RetentionDays,
  Inputs.Baseline, Inputs.GateOn, Inputs.MaxNewPlaceholders, Inputs.MaxNewBrokenLinks, Inputs.MaxChecklistDrop,
] as const

export interface ActionInputs {
  readonly path: string
  readonly config: string | undefined
  readonly token: string | undefined
  readonly overrides: ReadonlyMap<string, RawField>
}

export function readActionInputs(): ActionInputs {
  const overrides = new Map<string, RawField>()
  for (const name of OVERRIDABLE) {
    const value = core.getInput(name)
    if (value !== '') overrides.set(name, { value, where: `input '${name}'` })
  }
  return {
    path: core.getInput(Inputs.Path) || '.',
    config: core.getInput(Inputs.Config) || undefined,
    token: core.getInput(Inputs.Token) || undefined,
    overrides,
  }
}
