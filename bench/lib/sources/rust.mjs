import { comment, dataWithTag, stub, tagPhrase } from './tags.mjs'
import { word } from '../random.mjs'

// Rust blocks: line, doc, trailing and nested block comments against tags in strings, raw
// strings and identifiers; lifetimes and char literals (`'"'`) right before a comment check that
// the lexer does not mistake them for strings. `todo!()` and `unimplemented!()` are stubs.

const plain = (random, n) => ({
  lines: [
    `pub fn ${word(random)}_total_${n}(values: &[i64], factor: i64) -> i64 {`,
    '    values.iter().map(|value| value * factor).sum()',
    '}',
    '',
  ],
  expect: [],
})

const leadingComment = (random, n) => {
  const { tag, text } = tagPhrase(random)
  const doc = random.chance(0.3)
  return {
    lines: [`${doc ? '///' : '//'} ${text}`, `pub const ${word(random).toUpperCase()}_LIMIT_${n}: u32 = ${random.int(1, 500)};`, ''],
    expect: [comment(0, tag)],
  }
}

const afterLifetime = (random, n) => {
  const { tag, text } = tagPhrase(random)
  return {
    lines: [`pub fn pick_${n}<'a>(first: &'a str, _second: &'a str) -> &'a str { first } // ${text}`, ''],
    expect: [comment(0, tag)],
  }
}

const afterCharLiteral = (random, n) => {
  const { tag, text } = tagPhrase(random)
  return {
    lines: [`pub fn quote_${n}() -> char {`, `    let quote = '"'; // ${text}`, '    quote', '}', ''],
    expect: [comment(1, tag)],
  }
}

const nestedBlock = (random, n) => {
  const { tag, text } = tagPhrase(random)
  return {
    lines: ['/*', ' * outer /* inner */', ` * ${text}`, ' */', `pub static ${word(random).toUpperCase()}_${n}: &str = "${word(random)}";`, ''],
    expect: [comment(2, tag)],
  }
}

const stringsWithTags = (random, n) => ({
  lines: [
    `pub static NOTE_${n}: &str = "${dataWithTag(random)}";`,
    `pub static RAW_${n}: &str = r#"${dataWithTag(random)} with "quotes""#;`,
    `pub static SLASHES_${n}: &str = "// ${dataWithTag(random)}";`,
    '',
  ],
  expect: [],
})

const identifiers = (random, n) => ({
  lines: [`pub fn todo_count_${n}(todo_items: &[u8]) -> usize {`, '    let TODO_SEEN = todo_items.len();', '    TODO_SEEN', '}', ''],
  expect: [],
})

const macroStub = (random, n) => ({
  lines: [`pub fn ${word(random)}_sync_${n}() -> Result<(), String> {`, `    ${random.pick(['todo!()', 'unimplemented!()', 'todo!("wire the client")', 'unimplemented!("later")'])}`, '}', ''],
  expect: [stub(1)],
})

const unreachable = (random, n) => ({
  lines: [`pub fn ${word(random)}_kind_${n}(code: u8) -> &'static str {`, '    match code {', '        0 => "zero",', '        _ => unreachable!(),', '    }', '}', ''],
  expect: [],
})

export const rust = {
  extension: 'rs',
  header: () => ['use std::collections::HashMap;', '', '#[allow(dead_code)]', 'type Index = HashMap<String, usize>;', ''],
  blocks: [
    [60, plain], [2, leadingComment], [1, afterLifetime], [1, afterCharLiteral], [1, nestedBlock], [8, stringsWithTags],
    [5, identifiers], [1, macroStub], [2, unreachable],
  ],
}
