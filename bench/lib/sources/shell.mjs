import { comment, dataWithTag, tagPhrase } from './tags.mjs'
import { word } from '../random.mjs'

// Shell blocks: comments and trailing comments against tags in double- and single-quoted
// strings, and `${#var}`, where `#` is not a comment. Heredocs carry no tags: shell heredocs are
// best effort in the scanner, and the expected count must not depend on a best effort.

const plain = (random, n) => ({
  lines: [`${word(random)}_${n}() {`, '  local target="$1"', '  if [ -z "$target" ]; then', '    return 1', '  fi', '  printf \'%s\\n\' "$target"', '}', ''],
  expect: [],
})

const leadingComment = (random, n) => {
  const { tag, text } = tagPhrase(random)
  return { lines: [`# ${text}`, `RETRIES_${n}=${random.int(1, 9)}`, ''], expect: [comment(0, tag)] }
}

const trailingComment = (random, n) => {
  const { tag, text } = tagPhrase(random)
  return { lines: [`name_${n}="${word(random)}"`, `length_${n}=\${#name_${n}} # ${text}`, ''], expect: [comment(1, tag)] }
}

const stringsWithTags = (random, n) => ({
  lines: [`echo "${dataWithTag(random)}"`, `echo '# ${dataWithTag(random)}'`, `note_${n}="${dataWithTag(random)}"`, ''],
  expect: [],
})

const heredoc = (random, n) => ({
  lines: [`cat <<EOF > "/tmp/${word(random)}-${n}.conf"`, `name=${word(random)}`, `size=${random.int(1, 99)}`, 'EOF', ''],
  expect: [],
})

export const shell = {
  extension: 'sh',
  header: () => ['#!/usr/bin/env bash', 'set -euo pipefail', ''],
  blocks: [[60, plain], [4, leadingComment], [2, trailingComment], [8, stringsWithTags], [5, heredoc]],
}
