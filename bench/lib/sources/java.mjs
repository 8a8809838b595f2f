import { comment, dataWithTag, stub, tagPhrase } from './tags.mjs'
import { capitalize, word } from '../random.mjs'

// Java blocks (class members, indented by four): comments and Javadoc against tags in strings,
// text blocks and identifiers; UnsupportedOperationException counts as a stub only with a
// not-implemented message, since a bare one is a legitimate read-only API.

const plain = (random, n) => ({
  lines: [
    `    public static int ${word(random)}Total${n}(int[] values, int factor) {`,
    '        int total = 0;',
    '        for (int value : values) {',
    '            total += value * factor;',
    '        }',
    '        return total;',
    '    }',
    '',
  ],
  expect: [],
})

const leadingComment = (random, n) => {
  const { tag, text } = tagPhrase(random)
  const javadoc = random.chance(0.4)
  return {
    lines: [javadoc ? `    /** ${text} */` : `    // ${text}`, `    static final int ${word(random).toUpperCase()}_LIMIT_${n} = ${random.int(1, 500)};`, ''],
    expect: [comment(0, tag)],
  }
}

const trailingComment = (random, n) => {
  const { tag, text } = tagPhrase(random)
  return {
    lines: [`    int ${word(random)}Window${n}() {`, `        int limit = ${random.int(1, 99)}; // ${text}`, '        return limit * 1000;', '    }', ''],
    expect: [comment(1, tag)],
  }
}

const stringsWithTags = (random, n) => ({
  lines: [
    `    static final String NOTE_${n} = "${dataWithTag(random)}";`,
    `    static final String SLASHES_${n} = "/* ${dataWithTag(random)} */";`,
    `    static final String TEMPLATE_${n} = """`,
    `        ${dataWithTag(random)}`,
    '        """;',
    '',
  ],
  expect: [],
})

const identifiers = (random, n) => ({
  lines: [`    private final java.util.List<String> todoList${n} = new java.util.ArrayList<>();`, `    static final int TODO_MAX_${n} = ${random.int(2, 64)};`, ''],
  expect: [],
})

const unsupportedStub = (random, n) => ({
  lines: [`    public void ${word(random)}Sync${n}() {`, `        throw new UnsupportedOperationException(${random.pick(['"Not implemented"', '"not implemented yet"'])});`, '    }', ''],
  expect: [stub(1)],
})

const readOnlyApi = (random, n) => ({
  lines: [
    `    public void remove${capitalize(word(random))}${n}() {`,
    `        throw new UnsupportedOperationException(${random.pick(['', '"read-only view"'])});`,
    '    }',
    '',
  ],
  expect: [],
})

export const java = {
  extension: 'java',
  header: (random, className, pkg) => [`package com.acme.${pkg};`, '', `public final class ${className} {`, `    private static final String NAME = "${word(random)}";`, ''],
  footer: () => ['}'],
  blocks: [[60, plain], [3, leadingComment], [2, trailingComment], [8, stringsWithTags], [5, identifiers], [1, unsupportedStub], [2, readOnlyApi]],
}
