import { beforeAll } from 'vitest'
import { loadLinearPatterns } from '../../src/scanners/linear-pattern.js'

// Unit tests compile config patterns without going through an entry, which loads the engine when a config file exists.
beforeAll(async () => {
  await loadLinearPatterns()
})
