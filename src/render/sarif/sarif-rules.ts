import type { Finding } from '../../report/finding.js'
import type { RuleDescription, SarifLevel } from '../../report/rule-description.js'
import { LINK_RULES } from '../../scanners/links/link-rules.js'

export type { RuleDescription, SarifLevel }

/** Lower sorts first: what a reviewer must see when limits force a cut. */
export const LEVEL_RANK: Record<SarifLevel, number> = { error: 0, warning: 1, note: 2 }

const KNOWN_RULES: readonly RuleDescription[] = [
  {
    id: 'placeholders/stub', name: 'CodeStub', level: 'warning',
    short: 'Code stub instead of an implementation',
    full: 'Code that says it is not done: raise NotImplementedError first in a function, todo!(), unimplemented!(), throw new Error("not implemented"), a "not implemented" message as a function\'s whole body, pass marked TODO or stub.',
    help: 'Implement the function, or remove it. Interface hooks (abstract methods, base classes, methods subclasses override, @override, protocols, overloads) are not reported. Add `repo-audit-ignore` on the line to accept it.',
  },
  {
    id: 'placeholders/interface', name: 'InterfaceHook', level: 'note',
    short: 'Interface hook (listed, not counted)',
    full: 'A method that looks like a stub but is an interface hook: a base class leaves it to subclasses. Listed because placeholders.interface-hooks is on; never counted by max-placeholders.',
    help: 'Nothing to fix. Turn placeholders.interface-hooks off to leave these out.',
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
  ...LINK_RULES,
]

const BY_ID = new Map(KNOWN_RULES.map((rule) => [rule.id, rule]))

/** The rule for a finding's ruleId; an id without a catalogue entry gets a rule built from the finding. */
export function describeRule(ruleId: string, example: Finding): RuleDescription {
  const known = BY_ID.get(ruleId)
  if (known) return known
  const name = ruleId.split(/[/-]/).map((part) => part.charAt(0).toUpperCase() + part.slice(1)).join('')
  return { id: ruleId, name, short: ruleId, full: example.message, help: example.message, level: 'warning' }
}
