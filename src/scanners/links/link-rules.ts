import type { RuleDescription } from '../../report/rule-description.js'
import type { CitationFindingReason, LinkFindingReason } from './link-result.js'

/** Short names of the reasons, for summaries and groups. */
export const REASON_LABELS: Record<LinkFindingReason | CitationFindingReason, string> = {
  'cited-file-missing': 'cited file missing',
  'cited-line-missing': 'cited line past the end',
  'stale-citation': 'cited line changed',
  'stale-status-document': 'status document mostly stale',
  'missing-file': 'missing file',
  'missing-anchor': 'missing anchor',
  'case-mismatch': 'wrong letter case',
  'outside-repo': 'outside the repository',
  'bad-line-anchor': 'line out of range',
  'empty-target': 'empty target',
  'missing-translation': 'missing translation',
  'not-on-site': 'not published by the site',
  'github-view-only': 'works on the site only',
  'bad-scheme': 'misspelled scheme',
}

/** The links scanner's rules, for SARIF and annotations. */
export const LINK_RULES: readonly RuleDescription[] = [
  {
    id: 'links/missing-file', name: 'BrokenLinkMissingFile', level: 'error',
    short: 'Link to a file that does not exist', full: 'A local link or image points at a path that is not in the repository.',
    help: 'Fix the path (the report suggests the closest existing one) or remove the link.',
  },
  {
    id: 'links/missing-anchor', name: 'BrokenLinkMissingAnchor', level: 'error',
    short: 'Link to a heading that does not exist', full: 'The fragment does not match any heading slug, id or name in the target document, as GitHub renders it.',
    help: 'Use the heading\'s GitHub slug (lowercase, punctuation removed, spaces as -) or add an explicit anchor.',
  },
  {
    id: 'links/case-mismatch', name: 'BrokenLinkCaseMismatch', level: 'error',
    short: 'Link whose case differs from the file name', full: 'The file exists with different letter case. It works on case-insensitive file systems but not on GitHub or Linux runners.',
    help: 'Write the path with the exact case of the file name.',
  },
  {
    id: 'links/outside-repo', name: 'LinkOutsideRepository', level: 'error',
    short: 'Link that leaves the repository', full: 'A relative link climbs above the repository root; GitHub cannot render its target.',
    help: 'Link inside the repository, or use an absolute URL.',
  },
  {
    id: 'links/bad-line-anchor', name: 'BrokenLineAnchor', level: 'error',
    short: 'Line anchor past the end of the file', full: 'A #L10 or #L10-L20 anchor names lines the target file does not have.',
    help: 'Point the anchor at existing lines, or link a permalink to a specific commit.',
  },
  {
    id: 'links/empty-target', name: 'EmptyLinkTarget', level: 'warning',
    short: 'Link with an empty target', full: 'A link or image whose target is empty renders as a link to the page itself.',
    help: 'Fill in the target or remove the link syntax.',
  },
  {
    id: 'links/missing-translation', name: 'BrokenLinkMissingTranslation', level: 'error',
    short: 'Link to a page that is not translated', full: 'A translated page links to a page that exists only in the default language, on a site that does not serve the default language in its place.',
    help: 'Link the default-language page (the report suggests it), translate the page, or set links.translation-fallback: true when the site falls back.',
  },
  {
    id: 'links/not-on-site', name: 'LinkNotOnSite', level: 'error',
    short: 'Link to a file the documentation site does not publish', full: 'The target exists in the repository and works in GitHub\'s file view, but the site that publishes the page does not publish the target, so the link is dead on the site.',
    help: 'Move the target into the site\'s pages, or link its GitHub URL.',
  },
  {
    id: 'links/bad-scheme', name: 'LinkMisspelledScheme', level: 'error',
    short: 'Link with a misspelled http(s) scheme', full: 'The target starts with a scheme one letter away from http or https (ttps://, htps://). GitHub does not link unknown schemes, so readers see plain text.',
    help: 'Write the scheme as https:// (the report suggests the corrected target).',
  },
  {
    id: 'links/github-view-only', name: 'LinkGithubViewOnly', level: 'note',
    short: 'Link that works on the documentation site only', full: 'The link works on the site that publishes the page (an extensionless page link, a root-absolute path from the site root), but not when the file is viewed on GitHub.',
    help: 'Nothing to fix for the site. Write the file link (`page.md`) if GitHub readers matter; links.github-view-only: count counts these as broken, hide leaves them out.',
  },
  {
    id: 'links/cited-file-missing', name: 'StaleCitationMissingFile', level: 'warning',
    short: 'Status document cites a file that does not exist', full: 'A status document, gap report or audit cites a code location (`path:line`, `path#L10`, 【F:path†L1-L9】) in a file that is no longer in the repository.',
    help: 'Update the citation to where the code lives now, or remove the claim if the code is gone.',
  },
  {
    id: 'links/cited-line-missing', name: 'StaleCitationMissingLine', level: 'warning',
    short: 'Status document cites lines past the end of the file', full: 'A status document cites lines that the cited file does not have: the file has shrunk since the document was written.',
    help: 'Point the citation at the lines that hold the code now.',
  },
  {
    id: 'links/stale-citation', name: 'StaleCitation', level: 'warning',
    short: 'Status document quotes a line that now says something else', full: 'A citation of the form `path:17: text` quotes what stood at the line; the line no longer holds that text. When the text stands once elsewhere in the file, the report gives the new line.',
    help: 'Update the line number (the report suggests it when the text moved) or the claim, or remove the entry if it was resolved.',
  },
  {
    id: 'links/stale-status-document', name: 'StaleStatusDocument', level: 'warning',
    short: 'Status document whose citations are mostly stale', full: 'More than half of a status document\'s citations (at least five) point at missing files or lines, or quote text that is no longer there: the document no longer describes the code.',
    help: 'Regenerate or rewrite the document from the current code, or archive it.',
  },
]
