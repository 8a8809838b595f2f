import { comment, dataWithTag, stub, tagPhrase } from './tags.mjs'
import { camelName, capitalize, word } from '../random.mjs'

// Go blocks: line, trailing and block comments against tags in interpreted and raw strings and
// identifiers; `panic("not implemented")` stubs against ordinary panics.

const plain = (random, n) => ({
  lines: [
    `func ${camelName(random)}${n}(values []int, factor int) []int {`,
    '\tout := make([]int, 0, len(values))',
    '\tfor _, value := range values {',
    '\t\tout = append(out, value*factor)',
    '\t}',
    '\treturn out',
    '}',
    '',
  ],
  expect: [],
})

const leadingComment = (random, n) => {
  const { tag, text } = tagPhrase(random)
  return {
    lines: [`// ${text}`, `func ${capitalize(word(random))}Limit${n}() int {`, `\treturn ${random.int(1, 500)}`, '}', ''],
    expect: [comment(0, tag)],
  }
}

const trailingComment = (random, n) => {
  const { tag, text } = tagPhrase(random)
  return {
    lines: [`func ${word(random)}Window${n}() int {`, `\tlimit := ${random.int(1, 99)} // ${text}`, '\treturn limit * 1000', '}', ''],
    expect: [comment(1, tag)],
  }
}

const blockComment = (random, n) => {
  const { tag, text } = tagPhrase(random)
  return { lines: [`/* ${text} */`, `var ${word(random)}Default${n} = ${random.int(1, 9)}`, ''], expect: [comment(0, tag)] }
}

const stringsWithTags = (random, n) => ({
  lines: [
    `var note${n} = "${dataWithTag(random)}"`,
    `var slashes${n} = "// ${dataWithTag(random)}"`,
    `var template${n} = \`${dataWithTag(random)} {{.Name}}`,
    `${dataWithTag(random)} on a second raw line\``,
    '',
  ],
  expect: [],
})

const identifiers = (random, n) => ({
  lines: [`var todoCount${n} = 0`, `var TODOItems${n} = []string{"${word(random)}"}`, `var FIXMEs${n} = len(TODOItems${n}) + todoCount${n}`, ''],
  expect: [],
})

const panicStub = (random, n) => ({
  lines: [`func ${capitalize(camelName(random))}Sync${n}() error {`, `\tpanic(${random.pick(['"not implemented"', '"Not implemented"', '"unimplemented"'])})`, '}', ''],
  expect: [stub(1)],
})

const ordinaryPanic = (random, n) => ({
  lines: [`func must${capitalize(word(random))}${n}(ok bool) {`, '\tif !ok {', '\t\tpanic("invalid state")', '\t}', '}', ''],
  expect: [],
})

export const go = {
  extension: 'go',
  header: (random) => [`package ${word(random)}`, '', ''],
  blocks: [[60, plain], [3, leadingComment], [2, trailingComment], [1, blockComment], [8, stringsWithTags], [5, identifiers], [1, panicStub], [2, ordinaryPanic]],
}
