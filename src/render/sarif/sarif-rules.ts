import type { Finding } from '../../report/finding.js'

export type SarifLevel = 'error' | 'warning' | 'note'

export interface RuleDescription {
  readonly id: string
  readonly name: string
  readonly short: string
  readonly full: string
  readonly help: string
  readonly level: SarifLevel
}

/** Lower sorts first: what a reviewer must see when limits force a cut. */
export const LEVEL_RANK: Record<SarifLevel, number> = { error: 0, warning: 1, note: 2 }

const KNOWN_RULES: readonly RuleDescription[] = [
  {
    id: 'placeholders/stub', name: 'CodeStub', level: 'error',
    short: 'Code stub instead of an implementation',
    full: 'Code that stands in for an implementation and fails or does nothing at run time: raise NotImplementedError, todo!(), unimplemented!(), throw new Error("not implemented"), a function body of only pass.',
    help: 'Implement the function, or remove it. Abstract methods (@abstractmethod), protocols and overloads are not reported. Add `repo-audit-ignore` on the line to accept it.',
  },
  {
    id: 'placeholders/comment', name: 'PlaceholderComment', level: 'warning',
    short: 'Placeholder tag in a comment',
    full: 'A TODO, FIXME, XXX, HACK or TBD tag (or a configured tag) in a comment marks unfinished work.',
    help: 'Finish the work and remove the tag, or move it to an issue and reference it (TODO(#123)). Add `repo-audit-ignore` on the line to accept it.',
  },
  {
    id: 'placeholders/prose', name: 'PlaceholderProse', level: 'note',
    short: 'Placeholder tag in documentation',
    full: 'A Markdown line that starts with a placeholder tag: documentation that is not written yet.',
    help: 'Write the missing documentation or remove the line.',
  },
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
]

const BY_ID = new Map(KNOWN_RULES.map((rule) => [rule.id, rule]))

/** The rule for a finding's ruleId; an id without a catalogue entry gets a rule built from the finding. */
export function describeRule(ruleId: string, example: Finding): RuleDescription {
  const known = BY_ID.get(ruleId)
  if (known) return known
  const name = ruleId.split(/[/-]/).map((part) => part.charAt(0).toUpperCase() + part.slice(1)).join('')
  return { id: ruleId, name, short: ruleId, full: example.message, help: example.message, level: 'warning' }
}
