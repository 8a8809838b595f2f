import { always, evidence, type Check } from '../check.js'
import { LICENSE_FILE } from '../facts/fact-collector.js'
import { filesNamed } from './repo-paths.js'

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
      const spdx = [...new Set(recognised.map((license) => license.match?.spdx as string))].join(' OR ')
      return {
        status: 'pass',
        summary: `Licensed under ${spdx}.`,
        evidence: recognised.map((license) => evidence(license.path, license.match?.line, `SPDX ${license.match?.spdx}`)),
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
