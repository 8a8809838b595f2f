import { describe, expect, it } from 'vitest'
import { AVAILABLE_SCANNERS, loadScanners } from '../../src/scanners/registry.js'

describe('loadScanners', () => {
  it('loads only the scanners asked for, in run order whatever the order asked', async () => {
    expect((await loadScanners(['repo-map', 'placeholders'])).map((scanner) => scanner.id)).toEqual(['placeholders', 'repo-map'])
    expect((await loadScanners(['links'])).map((scanner) => scanner.id)).toEqual(['links'])
  })

  it('has a module for every scanner, the repo map last because it reads the placeholder results', async () => {
    expect((await loadScanners(AVAILABLE_SCANNERS)).map((scanner) => scanner.id)).toEqual(AVAILABLE_SCANNERS)
    expect(AVAILABLE_SCANNERS.at(-1)).toBe('repo-map')
  })
})
