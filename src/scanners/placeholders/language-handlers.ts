import type { Syntax } from './lexer-types.js'
import { CODE_SYNTAX } from './syntax-table.js'

/** How the scanner reads each language: which lexer, and whether the Python rules apply. */
export type LanguageHandler =
  | { readonly kind: 'code'; readonly syntax: Syntax; readonly python: boolean }
  | { readonly kind: 'markup' }
  | { readonly kind: 'yaml' }
  | { readonly kind: 'markdown' }
  | { readonly kind: 'notebook' }

const SPECIAL: ReadonlyMap<string, LanguageHandler> = new Map<string, LanguageHandler>([
  ['HTML', { kind: 'markup' }], ['XML', { kind: 'markup' }], ['SVG', { kind: 'markup' }],
  ['Vue', { kind: 'markup' }], ['Svelte', { kind: 'markup' }],
  ['YAML', { kind: 'yaml' }],
  ['Markdown', { kind: 'markdown' }], ['RMarkdown', { kind: 'markdown' }], ['MDX', { kind: 'markdown' }],
  ['Jupyter Notebook', { kind: 'notebook' }],
])

const PYTHON_NAMES = new Set(['Python', 'Cython'])

const handlers = new Map<string, LanguageHandler>(SPECIAL)
for (const [name, syntax] of CODE_SYNTAX) handlers.set(name, { kind: 'code', syntax, python: PYTHON_NAMES.has(name) })

/** Undefined for languages without comments the scanner knows (JSON, CSV, plain text). */
export function languageHandler(languageName: string): LanguageHandler | undefined {
  return handlers.get(languageName)
}
