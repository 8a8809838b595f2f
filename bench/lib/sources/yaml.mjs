import { comment, dataWithTag, tagPhrase } from './tags.mjs'
import { word } from '../random.mjs'

// YAML blocks: whole-line and trailing comments against tags in quoted values and a `#` inside
// a URL (a comment needs whitespace before its `#`). Block scalars carry no tags, since a line
// starting with `#` in a `run: |` script is a judgement call of the scanner.

const plain = (random, n) => ({
  lines: [`${word(random)}_${n}:`, `  name: ${word(random)}-${n}`, `  replicas: ${random.int(1, 9)}`, `  image: registry.example.com/${word(random)}:1.${random.int(0, 20)}.${random.int(0, 9)}`, ''],
  expect: [],
})

const leadingComment = (random, n) => {
  const { tag, text } = tagPhrase(random)
  return { lines: [`# ${text}`, `${word(random)}_timeout_${n}: ${random.int(1, 120)}`, ''], expect: [comment(0, tag)] }
}

const trailingComment = (random, n) => {
  const { tag, text } = tagPhrase(random)
  return { lines: [`${word(random)}_retries_${n}: ${random.int(1, 9)}  # ${text}`, ''], expect: [comment(0, tag)] }
}

const quotedValues = (random, n) => ({
  lines: [
    `${word(random)}_notes_${n}:`,
    `  double: "${dataWithTag(random)}"`,
    `  single: '# ${dataWithTag(random)}'`,
    `  link: https://example.com/${word(random)}#TODO`,
    '  script: |',
    `    echo ${word(random)}`,
    '    exit 0',
    '',
  ],
  expect: [],
})

export const yaml = {
  extension: 'yml',
  header: () => ['# Generated configuration for the benchmark.', ''],
  blocks: [[60, plain], [4, leadingComment], [2, trailingComment], [8, quotedValues]],
}
