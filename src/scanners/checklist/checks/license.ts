import { always, evidence, type Check } from '../check.js'
import { LICENSE_FILE } from '../facts/fact-collector.js'
import { filesNamed } from './repo-paths.js'

/**
 * `LICENSE-logo.md`, `LICENSE-docs`, `LICENSE.fonts`: a licence for part of the tree (redux's logo is
 * CC0, its code MIT), not an alternative for the project. `LICENSE-MIT` and `LICENSE-APACHE` are.
 */
const PART_LICENSE = /^(?:licen[cs]e|copying)[-._](?:logo|logos|docs?|documentation|fonts?|assets?|images?|icons?|artwork|media|data|content|third[-_]?party)\b/i

export const licenseCheck: Check = {
  id: 'license',
  title: 'Licence file with a recognised licence',
  pack: 'general',
  weight: 3,
  mlTestScore: [],
  remediation: 'Add a LICENSE file at the root with the full text of an OSI-approved licence (choosealicense.com), or an SPDX-License-Identifier line.',
  applies: always,
  notApplicable: '',
  evaluate({ facts }) {
    const recognised = facts.licenses.filter((license) => license.match !== undefined)
    if (recognised.length > 0) {
      const forProject = recognised.filter((license) => !PART_LICENSE.test(license.path))
      const spdx = [...new Set((forProject.length > 0 ? forProject : recognised).map((license) => license.match?.spdx as string))].join(' OR ')
      return {
        status: 'pass',
        summary: `Licensed under ${spdx}.`,
        evidence: recognised.map((license) => evidence(license.path, license.match?.line, `SPDX ${license.match?.spdx}${forProject.length > 0 && PART_LICENSE.test(license.path) ? ' (for part of the tree)' : ''}`)),
        details: { spdx },
      }
    }
    const present = facts.licenses.length > 0 ? facts.licenses.map((license) => license.path) : filesNamed(facts, LICENSE_FILE, [''])
    if (present.length > 0) {
      return {
        status: 'warn',
        summary: `${present.join(', ')} does not match a licence text this check knows.`,
        evidence: present.map((path) => evidence(path, undefined, 'licence not recognised')),
        remediation: 'Use the unmodified text of a standard licence, or add an `SPDX-License-Identifier: <id>` line so tools can tell which licence applies.',
      }
    }
    return { status: 'fail', summary: 'No LICENSE, LICENCE or COPYING file at the root: without one, nobody may legally reuse the code.' }
  },
}
