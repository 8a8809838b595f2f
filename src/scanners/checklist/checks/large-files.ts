import { always, evidence, type Check } from '../check.js'
import { lfsMatcher } from '../facts/git-lfs.js'

function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MiB`
}

export const largeFilesCheck: Check = {
  id: 'large-files',
  title: 'No large committed files',
  pack: 'general',
  weight: 2,
  mlTestScore: [],
  remediation: 'Move large files (datasets, model weights, archives) out of git: track them with Git LFS or DVC, or download them in a setup step.',
  applies: always,
  notApplicable: '',
  evaluate({ facts, settings }) {
    const limit = settings.largeFileBytes
    const inLfs = lfsMatcher(facts.lfsPatterns)
    const large = facts.files.filter((file) => file.bytes !== undefined && file.bytes >= limit)
    const tracked = large.filter((file) => inLfs(file.path))
    const offending = large.filter((file) => !inLfs(file.path)).sort((a, b) => (b.bytes ?? 0) - (a.bytes ?? 0))
    const lfsNote = tracked.length > 0 ? ` (${tracked.length} larger ${tracked.length === 1 ? 'file is' : 'files are'} tracked by Git LFS)` : ''
    if (offending.length === 0) {
      return {
        status: 'pass',
        summary: `No file of ${megabytes(limit)} or more outside Git LFS${lfsNote}.`,
        evidence: tracked.map((file) => evidence(file.path, undefined, `${megabytes(file.bytes ?? 0)}, tracked by Git LFS`)),
      }
    }
    return {
      status: 'fail',
      summary: `${offending.length} ${offending.length === 1 ? 'file is' : 'files are'} ${megabytes(limit)} or larger${lfsNote}.`,
      evidence: offending.map((file) => evidence(file.path, undefined, megabytes(file.bytes ?? 0))),
      details: { limitBytes: limit, largeFiles: offending.length },
    }
  },
}
