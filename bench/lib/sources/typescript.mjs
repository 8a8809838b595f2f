import { comment, dataWithTag, stub, tagPhrase } from './tags.mjs'
import { camelName, capitalize, word } from '../random.mjs'

// TypeScript blocks: line, trailing and block comments (JSDoc included) against tags in quoted
// strings, template literals with nested `${}`, regular expression literals and identifiers;
// `throw new Error('not implemented')` stubs against ordinary throws.

const plain = (random, n) => ({
  lines: [
    `export function ${camelName(random)}${n}(values: readonly number[], factor = 2): number[] {`,
    '  const scaled = values.map((value) => value * factor)',
    '  return scaled.filter((value) => value > 0)',
    '}',
    '',
  ],
  expect: [],
})

const leadingComment = (random, n) => {
  const { tag, text } = tagPhrase(random)
  return {
    lines: [`// ${text}`, `export const ${camelName(random)}Limit${n} = ${random.int(1, 500)}`, ''],
    expect: [comment(0, tag)],
  }
}

const trailingComment = (random, n) => {
  const { tag, text } = tagPhrase(random)
  return {
    lines: [`export function ${word(random)}Window${n}(): number {`, `  const limit = ${random.int(1, 99)} // ${text}`, '  return limit * 1000', '}', ''],
    expect: [comment(1, tag)],
  }
}

const blockComment = (random, n) => {
  const { tag, text } = tagPhrase(random)
  const jsdoc = random.chance(0.5)
  return {
    lines: [jsdoc ? '/**' : '/*', ` * ${text}`, ' */', `export class ${capitalize(word(random))}Store${n} {`, '  private readonly items = new Map<string, number>()', '}', ''],
    expect: [comment(1, tag)],
  }
}

const stringsWithTags = (random, n) => ({
  lines: [
    `const note${n} = '${dataWithTag(random)}'`,
    `const quoted${n} = "// ${dataWithTag(random)}"`,
    `const label${n} = (count: number): string => \`${dataWithTag(random)} \${count > 1 ? \`\${count} items\` : 'one item'}\``,
    `const pattern${n} = /TODO|FIXME/g`,
    `export const messages${n} = [note${n}, quoted${n}, label${n}(2), pattern${n}.source]`,
    '',
  ],
  expect: [],
})

const identifiers = (random, n) => ({
  lines: [`const todoList${n}: string[] = []`, `export const TODO_KEY_${n} = '${word(random)}'`, `export const FIXMES${n} = todoList${n}.length`, ''],
  expect: [],
})

const urlInComment = (random, n) => ({
  lines: [`// Format: https://example.com/FIXME/${word(random)} (an external page name, not a tag).`, `export const format${n} = 'v${random.int(1, 4)}'`, ''],
  expect: [],
})

const MESSAGES = ["'not implemented'", '"Not implemented"', "'Method not implemented.'", '`not implemented yet`']

const throwStub = (random, n) => ({
  lines: [`export function ${camelName(random)}Sync${n}(): void {`, `  throw new Error(${random.pick(MESSAGES)})`, '}', ''],
  expect: [stub(1)],
})

const ordinaryThrow = (random, n) => ({
  lines: [`export function check${capitalize(word(random))}${n}(value: unknown): string {`, "  if (typeof value !== 'string') throw new Error('invalid input')", '  return value', '}', ''],
  expect: [],
})

export const typescript = {
  extension: 'ts',
  header: (random) => [`import { readFile } from 'node:fs/promises'`, '', `export const module${capitalize(word(random))} = readFile`, ''],
  blocks: [
    [60, plain], [3, leadingComment], [2, trailingComment], [1, blockComment], [8, stringsWithTags], [5, identifiers],
    [2, urlInComment], [1, throwStub], [2, ordinaryThrow],
  ],
}
