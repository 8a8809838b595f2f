// Tag phrases for planted placeholders. Every planted tag opens its comment, followed by a colon
// or by an owner or issue in parentheses: that form is a placeholder under any reasonable reading,
// so the expected count does not depend on how the scanner treats a tag mentioned mid-sentence.

const TAG_WEIGHTS = { TODO: 45, FIXME: 25, HACK: 10, XXX: 10, TBD: 10 }
const OWNERS = ['alice', 'bob', 'carol', 'dmitri', 'eve', 'farah']
const PHRASES = [
  'handle the empty input', 'retry on timeout', 'read this from the config', 'remove after the migration',
  'the upstream API returns strings here', 'make the limit configurable', 'pick a better default',
  'log the failure', 'cache the result', 'validate the schema first', 'decide on the error type', 'split this function',
]

export function tagPhrase(random) {
  const tag = random.weighted(TAG_WEIGHTS)
  const phrase = random.pick(PHRASES)
  const form = random.int(0, 5)
  if (form === 0) return { tag, text: `${tag}(${random.pick(OWNERS)}): ${phrase}` }
  if (form === 1) return { tag, text: `${tag}(#${random.int(10, 999)}): ${phrase}` }
  return { tag, text: `${tag}: ${phrase}` }
}

/** Text with a tag that is not a placeholder wherever it sits outside a comment. */
export function dataWithTag(random) {
  return `${random.pick(Object.keys(TAG_WEIGHTS))}: ${random.pick(PHRASES)}`
}

export function anyTag(random) {
  return random.pick(Object.keys(TAG_WEIGHTS))
}

/** One expected finding at `offset` lines into the block that plants it. */
export const comment = (offset, tag) => ({ offset, kind: 'comment', tag })
export const stub = (offset) => ({ offset, kind: 'stub' })
export const prose = (offset, tag) => ({ offset, kind: 'prose', tag })
