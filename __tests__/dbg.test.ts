import { readFileSync } from 'node:fs'
import { it } from 'vitest'
import { lex } from '../src/scanners/placeholders/lexer.js'
import { CODE_SYNTAX } from '../src/scanners/placeholders/syntax-table.js'
it('dbg', () => {
  const [file, lang, from, to] = (process.env.DBG ?? '').split(',') as [string, string, string, string]
  const text = readFileSync(file, 'utf8')
  const spans = lex(text, CODE_SYNTAX.get(lang)!, text.length)
  for (const s of spans) { const l = text.slice(0, s.start).split('\n').length; const l2 = text.slice(0, s.end).split('\n').length; if (l2 >= Number(from) && l <= Number(to)) console.log(s.kind, l, l2, JSON.stringify(text.slice(s.start, Math.min(s.end, s.start + 60)))) }
})
