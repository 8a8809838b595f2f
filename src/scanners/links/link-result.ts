import type { Finding } from '../../report/finding.js'

export interface LinkResult {
  readonly brokenCount: number
  readonly findings: readonly Finding[]
}
