import js from '@eslint/js'
import tseslint from 'typescript-eslint'

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'build/', 'coverage/', 'bench/.trees/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { process: 'readonly', console: 'readonly', Buffer: 'readonly' } },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-empty': ['error', { allowEmptyCatch: false }],
      'no-restricted-imports': ['error', { patterns: [{ group: ['@actions/*'], message: 'Only src/action/ and src/index.ts may import @actions/*: the engine is plain TypeScript.' }] }],
    },
  },
  {
    files: ['src/action/**', 'src/index.ts', 'src/publish/artifact/**', '__tests__/**'],
    rules: { 'no-restricted-imports': 'off' },
  },
)
