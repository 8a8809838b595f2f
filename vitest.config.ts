import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['__tests__/**/*.test.ts'],
    setupFiles: ['__tests__/helpers/setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
})
