import { go } from './sources/go.mjs'
import { java } from './sources/java.mjs'
import { python } from './sources/python.mjs'
import { rust } from './sources/rust.mjs'
import { shell } from './sources/shell.mjs'
import { typescript } from './sources/typescript.mjs'
import { yaml } from './sources/yaml.mjs'

export const LANGUAGES = { py: python, ts: typescript, go, rs: rust, java, sh: shell, yml: yaml }

function pickBlock(random, blocks) {
  const total = blocks.reduce((sum, [weight]) => sum + weight, 0)
  let roll = random.next() * total
  for (const [weight, block] of blocks) {
    roll -= weight
    if (roll < 0) return block
  }
  return blocks[blocks.length - 1][1]
}

/**
 * A source file of `language` made of random blocks; `expect` holds each planted placeholder
 * with its 1-based line, `lines` the line count as git and GitHub count them.
 */
export function renderSource(random, language, naming) {
  const lines = [...language.header(random, naming.className, naming.packageName)]
  const expect = []
  const blocks = random.int(4, 24)
  for (let n = 0; n < blocks; n++) {
    const block = pickBlock(random, language.blocks)(random, n)
    for (const item of block.expect) expect.push({ line: lines.length + item.offset + 1, kind: item.kind, tag: item.tag })
    lines.push(...block.lines)
  }
  if (language.footer) lines.push(...language.footer())
  return { text: `${lines.join('\n')}\n`, expect, lines: lines.length }
}
