import { describe, expect, it } from 'vitest'
import { isInside } from '../../src/paths/is-inside.js'

describe('isInside', () => {
  it('takes names that start with two dots for names, and only a .. segment for leaving', () => {
    expect(isInside('/r', '/r')).toBe(true)
    expect(isInside('/r', '/r/..data/x')).toBe(true)
    expect(isInside('/r', '/r/a/..b')).toBe(true)
    expect(isInside('/r', '/r/../x')).toBe(false)
    expect(isInside('/r', '/')).toBe(false)
    expect(isInside('/r', '/rx')).toBe(false)
  })
})
