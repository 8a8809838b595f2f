import type { AuditReport } from '../../src/report/audit-report.js'
import type { PlaceholderFinding } from '../../src/scanners/placeholders/placeholder-result.js'
import type { RepoMapResult } from '../../src/scanners/repo-map/repo-map-result.js'

export function placeholderFinding(path: string, line: number, text: string, overrides: Partial<PlaceholderFinding> = {}): PlaceholderFinding {
  return { path, line, column: 3, ruleId: 'placeholders/comment', message: text, fingerprint: `fp-${path}-${line}`, kind: 'comment', tag: 'TODO', text, ...overrides }
}

export const SAMPLE_REPO_MAP: RepoMapResult = {
  depth: 1,
  totals: { files: 3, bytes: 3000, lines: 120 },
  languages: [{ name: 'Python', kind: 'programming', files: 2, bytes: 2500, lines: 100 }, { name: 'Markdown', kind: 'prose', files: 1, bytes: 500, lines: 20 }],
  tree: {
    path: '.', files: 3, bytes: 3000, lines: 120, languages: ['Python'], placeholders: 2,
    children: [{ path: 'src', files: 2, bytes: 2500, lines: 100, languages: ['Python'], placeholders: 2, children: [] }],
  },
  keyFiles: [{ path: 'README.md', category: 'readme' }],
  entryPoints: [{ kind: 'python-main', path: 'src/train.py', line: 40, name: 'train.py', target: 'src/train.py' }],
  modularity: { modules: [{ path: 'src', files: 2, lines: 100, importsOut: 1, importsIn: 0 }, { path: '(root)', files: 1, lines: 20, importsOut: 0, importsIn: 1 }], edges: [{ from: 'src', to: '(root)', imports: 1 }], cycles: [], largestFiles: [{ path: 'src/model.py', lines: 60 }], resolvedImports: 1, totalImports: 3 },
  localGates: [{ tool: 'npm', name: 'test', command: 'npm test', path: 'package.json', line: 4, covers: ['tests'], ranInCi: '.github/workflows/ci.yml' }, { tool: 'make', name: 'lint', command: 'make lint', path: 'Makefile', line: 9, covers: ['lint'] }],
  hotspots: [{ path: 'src', placeholders: 2 }],
  recentCommits: { status: 'shallow', note: 'Shallow clone: set fetch-depth: 0 for full history.', commits: [{ sha: 'abcdef1234567', date: '2026-11-20T10:00:00Z', author: 'Ada <b>', subject: 'Fix <i>it</i> | now' }] },
}

/** A complete report with placeholders and a repo map; override any part. */
export function sampleReport(overrides: Partial<AuditReport> = {}): AuditReport {
  const findings = [placeholderFinding('src/train.py', 6, 'tune it'), placeholderFinding('src/model.py', 2, 'raise NotImplementedError', { kind: 'stub', tag: 'NotImplementedError', ruleId: 'placeholders/stub' })]
  return {
    schemaVersion: '1.5.0',
    tool: { name: 'repo-audit', version: '9.9.9' },
    repository: 'acme/widget',
    commit: '0123456789abcdef0123456789abcdef01234567',
    ref: 'refs/heads/main',
    root: '.',
    startedAt: '2026-11-24T00:00:00.000Z',
    finishedAt: '2026-11-24T00:00:01.500Z',
    durationMs: 1500,
    options: { 'min-checklist-score': 0 },
    inventory: { source: 'git', files: 3, bytes: 3000, lines: 120, skipped: { binary: 1 } },
    scanners: [{ id: 'placeholders', status: 'ok', durationMs: 3 }, { id: 'repo-map', status: 'ok', durationMs: 2 }],
    placeholders: { count: 2, byTag: { TODO: 1, NotImplementedError: 1 }, byKind: { comment: 1, stub: 1, prose: 0 }, filesScanned: 3, findings },
    repoMap: SAMPLE_REPO_MAP,
    errors: [],
    gates: [],
    result: 'pass',
    ...overrides,
  }
}
