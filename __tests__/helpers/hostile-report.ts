import MarkdownIt from 'markdown-it'
import type { AuditReport } from '../../src/report/audit-report.js'
import type { CheckResult } from '../../src/scanners/checklist/checklist-result.js'
import { buildMlTestScoreView } from '../../src/scanners/checklist/ml-test-score.js'
import { placeholderFinding, sampleReport } from './sample-report.js'

/** Repository text that tries every way into the summary: a heading, a fake verdict, a link, an image, HTML, control characters, a workflow command. */
export const HOSTILE = 'x\n# Pass ✅\n[click](https://evil.example)![img](https://evil.example/i.png)<img src=x>&amp;*_`|~!\\\u001b[31m\u0007\n::error file=x::pwned'

/** A report where every string that comes from the repository is `text` (built the same way for a benign text, to compare). */
export function reportOfStrings(text: string): AuditReport {
  const check: CheckResult = {
    id: `custom-${text}`, title: text, pack: 'general', weight: 1, status: 'fail', summary: `${text} \`${text}\``,
    evidence: [{ path: text, line: 1, message: text }, { message: text }], evidenceOmitted: 0, remediation: text, mlTestScore: ['Infra 1'],
  }
  const pass: CheckResult = { ...check, id: 'readme', status: 'not-applicable' }
  return sampleReport({
    repository: `acme/${text}`,
    root: text,
    placeholders: { count: 1, byTag: { [text]: 1 }, byKind: { comment: 1, stub: 0, prose: 0 }, filesScanned: 1, findings: [placeholderFinding(text, 1, text, { tag: text, reference: text })] },
    links: {
      citations: { documents: [], moved: [], citations: 0, stale: 0, findings: [] }, brokenCount: 2, filesScanned: 1, githubViewOnlyCount: 3, testDataFiles: 1,
      sites: [{ kind: 'mkdocs', config: text, pages: text, pagesChecked: 1, githubViewOnly: 3 }],
      unreadableSites: [{ kind: 'docusaurus', config: text, reason: text }],
      totals: { seen: 1, checked: 1, skipped: {}, external: { count: 1, byHost: { [text]: 1 } } },
      findings: [{ path: `docs/${text}`, line: 1, column: 1, ruleId: 'links/missing-file', message: text, fingerprint: 'f', reason: 'missing-file', target: text, resolved: `${text}/r`, suggestion: text },
        { path: 'src/b.md', line: 2, column: 1, ruleId: 'links/missing-translation', message: text, fingerprint: 'g', reason: 'missing-translation', target: text, resolved: text, suggestion: text, site: text }],
    },
    checklist: { score: 10, scoredWeight: 1, earnedWeight: 0, kind: { kinds: ['library'], description: `library (${text})`, signals: [{ kind: 'library', path: text, message: text }] }, packs: [{ id: 'general', enabled: true, applies: true, reason: text }], checks: [check, pass], mlTestScore: buildMlTestScoreView([check]), capabilities: { scope: 'general', rows: [{ id: 'test', title: text, status: 'partial', reason: text, artifacts: [{ path: text, line: 1, message: text }], gaps: [{ gap: text, risk: 'high', plan: text, rollback: text }] }] } },
    repoMap: {
      depth: 1,
      totals: { files: 1, bytes: 1, lines: 1 },
      languages: [{ name: text, kind: 'programming', files: 1, bytes: 1, lines: 1 }],
      tree: { path: '.', files: 1, bytes: 1, lines: 1, languages: [text], placeholders: 1, children: [{ path: text, files: 1, bytes: 1, lines: 1, languages: [text], placeholders: 1, children: [] }] },
      keyFiles: [{ path: text, category: 'readme' }],
      entryPoints: [{ kind: 'npm-bin', path: text, line: 1, name: text, target: text }],
      modularity: { modules: [{ path: text, files: 1, lines: 10, importsOut: 1, importsIn: 0 }, { path: 'src', files: 1, lines: 5, importsOut: 0, importsIn: 1 }], edges: [{ from: text, to: 'src', imports: 1 }], cycles: [[text, 'src']], largestFiles: [{ path: text, lines: 10 }], resolvedImports: 1, totalImports: 1 },
      localGates: [{ tool: 'npm', name: text, command: `npm run ${text}`, path: text, line: 1, covers: ['tests'], ranInCi: text }],
      unparsedFiles: [{ path: text, line: 1, message: text }],
      hotspots: [{ path: text, placeholders: 1 }],
      recentCommits: { status: 'complete', commits: [{ sha: 'abcdef1234567', date: '2026-11-20T10:00:00Z', author: text, subject: text }] },
    },
    errors: [{ scanner: 'links', path: text, message: text }],
    scanners: [{ id: 'placeholders', status: 'ok', durationMs: 1 }, { id: 'links', status: 'error', durationMs: 1 }, { id: 'checklist', status: 'ok', durationMs: 1 }, { id: 'repo-map', status: 'ok', durationMs: 1 }],
  } as Partial<AuditReport>)
}

const markdownIt = new MarkdownIt({ html: true, linkify: false })

/** Markup GitHub would make of a text: every heading, link, image and piece of HTML, as `type:detail`. */
export function markupOf(markdown: string): string[] {
  const found: string[] = []
  const visit = (tokens: ReturnType<MarkdownIt['parse']>): void => {
    for (const token of tokens) {
      if (token.type === 'heading_open') found.push(`heading:${token.tag}`)
      else if (token.type === 'link_open') found.push(`link:${token.attrGet('href') ?? ''}`)
      else if (token.type === 'image') found.push(`image:${token.attrGet('src') ?? ''}`)
      else if (token.type === 'html_inline' || token.type === 'html_block') found.push(`html:${token.content.trim()}`)
      if (token.children) visit(token.children)
    }
  }
  visit(markdownIt.parse(markdown, {}))
  return found
}
