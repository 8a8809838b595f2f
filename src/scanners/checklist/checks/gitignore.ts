import { always, evidence, type Check } from '../check.js'

export const gitignoreCheck: Check = {
  id: 'gitignore',
  title: '.gitignore',
  pack: 'general',
  weight: 1,
  mlTestScore: [],
  remediation: 'Add a .gitignore at the root (github.com/github/gitignore has one per language) so build output, virtual environments and data dumps stay out of commits.',
  applies: always,
  notApplicable: '',
  evaluate({ facts }) {
    const root = facts.gitignores.find((file) => file.path === '.gitignore')
    if (root && root.patterns > 0) return { status: 'pass', summary: `.gitignore has ${root.patterns} patterns.`, evidence: [evidence('.gitignore', undefined, `${root.patterns} patterns`)] }
    if (root || facts.paths.has('.gitignore')) return { status: 'warn', summary: '.gitignore is empty.', evidence: [evidence('.gitignore', undefined, 'no patterns')] }
    return { status: 'fail', summary: 'No .gitignore at the root.' }
  },
}
