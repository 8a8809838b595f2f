export type SarifLevel = 'error' | 'warning' | 'note'

/** What a finding's rule means, for SARIF, annotations and reports; each scanner keeps its own catalogue. */
export interface RuleDescription {
  readonly id: string
  readonly name: string
  readonly short: string
  readonly full: string
  readonly help: string
  readonly level: SarifLevel
}
