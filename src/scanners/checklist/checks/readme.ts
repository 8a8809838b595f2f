import { always, evidence, type Check } from '../check.js'
import { DOC_HOMES, filesNamed } from './repo-paths.js'

const MIN_WORDS = 50
const README = /^readme(?:\.[\w]+)?$/i

export const readmeCheck: Check = {
  id: 'readme',
  title: 'README with install and usage',
  pack: 'general',
  weight: 3,
  mlTestScore: [],
  remediation: 'Add a README.md at the root with an "Installation" section (how to set up the environment) and a "Usage" section (how to run it).',
  applies: always,
  notApplicable: '',
  evaluate({ facts }) {
    const readme = [...facts.readmes].sort((a, b) => a.path.split('/').length - b.path.split('/').length)[0]
    if (!readme) {
      const unread = filesNamed(facts, README, DOC_HOMES)[0]
      if (unread) return { status: 'warn', summary: `${unread} exists but could not be read as text.`, evidence: [evidence(unread, undefined, 'README not readable as text')] }
      return { status: 'fail', summary: 'No README at the root, in .github/ or in docs/.' }
    }
    const found = [
      evidence(readme.path, undefined, `${readme.words} words`),
      ...(readme.install ? [evidence(readme.path, readme.install.line, `install: ${readme.install.text}`)] : []),
      ...(readme.usage ? [evidence(readme.path, readme.usage.line, `usage: ${readme.usage.text}`)] : []),
    ]
    const missing = [...(readme.install ? [] : ['installation']), ...(readme.usage ? [] : ['usage'])]
    if (missing.length === 0 && readme.words >= MIN_WORDS) {
      return { status: 'pass', summary: `${readme.path} explains installation and usage.`, evidence: found }
    }
    const problems = [...(missing.length > 0 ? [`no ${missing.join(' or ')} section`] : []), ...(readme.words < MIN_WORDS ? [`only ${readme.words} words`] : [])]
    return {
      status: 'warn',
      summary: `${readme.path} has ${problems.join(' and ')}.`,
      evidence: found,
      remediation: `Add ${missing.length > 0 ? missing.map((part) => `an "${part === 'installation' ? 'Installation' : 'Usage'}" section`).join(' and ') : 'more detail'} to ${readme.path}: how to set up the environment and how to run it.`,
    }
  },
}
