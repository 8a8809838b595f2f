import { comment, dataWithTag, stub, tagPhrase } from './tags.mjs'
import { word } from '../random.mjs'

// Python blocks: real placeholders (comments, trailing comments, NotImplementedError and
// pass-only functions) beside constructs that must not count: tags in strings, f-strings and
// triple-quoted data, identifiers, URLs, abstract methods, Protocol members and class bodies.

const plain = (random, n) => ({
  lines: [
    `def ${word(random)}_total_${n}(items, factor=2):`,
    '    """Return the scaled total of the items."""',
    '    total = 0',
    '    for item in items:',
    '        total += item * factor',
    '    return total',
    '',
  ],
  expect: [],
})

const leadingComment = (random, n) => {
  const { tag, text } = tagPhrase(random)
  return {
    lines: [`# ${text}`, `def ${word(random)}_step_${n}(value):`, '    if value is None:', '        return 0', '    return value + 1', ''],
    expect: [comment(0, tag)],
  }
}

const trailingComment = (random, n) => {
  const { tag, text } = tagPhrase(random)
  return {
    lines: [`def ${word(random)}_limits_${n}():`, `    retries = ${random.int(1, 9)}  # ${text}`, '    timeout = retries * 2.5', '    return retries, timeout', ''],
    expect: [comment(1, tag)],
  }
}

const stringsWithTags = (random, n) => ({
  lines: [
    `MESSAGE_${n} = "${dataWithTag(random)}"`,
    `LABEL_${n} = f"${dataWithTag(random)} {MESSAGE_${n}!r}"`,
    `TEMPLATE_${n} = """`,
    `${dataWithTag(random)}`,
    '"""',
    `HASH_IN_STRING_${n} = "# ${dataWithTag(random)}"`,
    '',
  ],
  expect: [],
})

const identifiers = (random, n) => ({
  lines: [`todo_items_${n} = []`, `TODO_LIMIT_${n} = ${random.int(2, 50)}`, `MY_FIXME_COUNT_${n} = len(todo_items_${n})`, `TODOS_${n} = {"open": TODO_LIMIT_${n}}`, ''],
  expect: [],
})

const urlInComment = (random, n) => ({
  lines: [`# The format is described at https://example.com/spec/TODO.md and ${word(random)}.`, `FORMAT_${n} = "v${random.int(1, 4)}"`, ''],
  expect: [],
})

// A raise that leaves the work to subclasses is an interface hook, not a stub.
const raiseStub = (random, n) => {
  const hook = random.chance(0.3)
  const message = hook ? '    raise NotImplementedError("subclasses load their own format")' : random.chance(0.5) ? '    raise NotImplementedError' : '    raise NotImplementedError("loading is not implemented yet")'
  return { lines: [`def ${word(random)}_load_${n}(path):`, message, ''], expect: hook ? [] : [stub(1)] }
}

// A bare pass body is a hook or a no-op; one whose docstring says it is not done is a stub.
const passStub = (random, n) => {
  const unfinished = random.chance(0.5)
  const lines = [`def on_${word(random)}_${n}(event):`]
  lines.push(unfinished ? '    """Not implemented yet."""' : '    """Called after each event."""')
  lines.push('    pass', '')
  return { lines, expect: unfinished ? [stub(2)] : [] }
}

const notStubs = (random, n) => ({
  lines: [
    `class Base${n}(abc.ABC):`,
    '    @abc.abstractmethod',
    `    def ${word(random)}(self):`,
    '        raise NotImplementedError',
    '',
    '',
    `class Reader${n}(Protocol):`,
    '    def read(self) -> bytes:',
    '        ...',
    '',
    '',
    `class ${word(random).toUpperCase()}Error${n}(Exception):`,
    '    pass',
    '',
    '',
    `def parse_${n}(text):`,
    '    try:',
    '        return int(text)',
    '    except ValueError:',
    '        pass',
    '    return None',
    '',
  ],
  expect: [],
})

const suppressed = (random, n) => {
  const { text } = tagPhrase(random)
  return { lines: [`SUPPRESSED_${n} = 1  # ${text}  repo-audit-ignore`, ''], expect: [] }
}

export const python = {
  extension: 'py',
  header: () => ['"""Generated module for the benchmark."""', 'import abc', 'import logging', 'from typing import Protocol', '', 'LOG = logging.getLogger(__name__)', '', ''],
  blocks: [
    [60, plain], [3, leadingComment], [2, trailingComment], [8, stringsWithTags], [5, identifiers], [2, urlInComment],
    [1, raiseStub], [1, passStub], [2, notStubs], [1, suppressed],
  ],
}
