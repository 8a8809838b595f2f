import { describe, expect, it } from 'vitest'
import { satisfies } from '../../../src/scanners/checklist/checks/semver-range.js'

describe('satisfies', () => {
  it.each([
    ['3.0.0', '^1.11.1', false], ['1.12.0', '^1.11.1', true], ['2.0.0', '^1.11.1', false],
    ['0.2.5', '^0.2.3', true], ['0.3.0', '^0.2.3', false], ['0.0.4', '^0.0.3', false], ['0.0.9', '^0.0', true],
    ['1.2.9', '~1.2.3', true], ['1.3.0', '~1.2.3', false], ['1.9.0', '~1', true],
    ['1.2.3', '1.2.3', true], ['1.2.4', '1.2.3', false], ['1.2.7', '1.2', true], ['1.3.0', '1.2.x', false], ['5.0.0', '*', true], ['5.0.0', '', true],
    ['2.0.0', '>=1.2.0 <2.0.0', false], ['1.9.9', '>= 1.2.0 < 2.0.0', true], ['1.3.0', '>1.2', true], ['1.2.9', '>1.2', false], ['1.2.9', '<=1.2', true],
    ['2.5.0', '^1.0.0 || ^2.0.0', true], ['3.0.0', '^1.0.0 || ^2.0.0', false], ['1.5.0', '1.0.0 - 1.4.0', false], ['1.4.0', '1.0.0 - 1.4', true],
  ])('%s in %s: %s', (version, range, expected) => {
    expect(satisfies(version, range)).toBe(expected)
  })

  it('leaves prereleases, tags and URLs open', () => {
    expect(satisfies('2.0.0-beta.1', '^2.0.0-beta.0')).toBeUndefined()
    expect(satisfies('1.0.0', 'latest')).toBeUndefined()
    expect(satisfies('1.0.0', 'github:owner/repo')).toBeUndefined()
  })
})
