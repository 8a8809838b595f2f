import { describe, expect, it } from 'vitest'
import { FIXME, HACK, TBD, TODO, XXX, scan, where } from './scan-helpers.js'

const js = (text: string) => scan('JavaScript', text)
const tags = (text: string) => js(text).map((finding) => finding.tag)

describe('references and owners', () => {
  it('reads an owner in parentheses', () => {
    const [finding] = js(`// ${TODO}(alice): retry on timeout`)
    expect(finding).toMatchObject({ reference: 'alice', message: `${TODO}(alice): retry on timeout`, text: `${TODO}(alice): retry on timeout` })
  })

  it('reads an issue reference in parentheses, with or without a colon', () => {
    expect(js(`// ${TODO}(#123) drop this shim`)[0]).toMatchObject({ reference: '#123', message: `${TODO}(#123) drop this shim` })
    expect(js(`// ${FIXME}(#9): flaky`)[0]).toMatchObject({ reference: '#9', message: `${FIXME}(#9): flaky` })
  })

  it('reads a reference or handle written after the tag', () => {
    expect(js(`// ${TODO} #42 remove`)[0]).toMatchObject({ reference: '#42', message: `${TODO} #42 remove` })
    expect(js(`// ${TODO} @bob: rename`)[0]).toMatchObject({ reference: '@bob', message: `${TODO} @bob: rename` })
  })

  it('keeps what the author wrote in the message and records the owner apart, with or without a space before it', () => {
    expect(js(`// ${TODO} (alice): tune the rate`)[0]).toMatchObject({ reference: 'alice', message: `${TODO} (alice): tune the rate` })
    expect(js(`// ${TODO} (for now) keep it`)[0]).not.toHaveProperty('reference')
  })

  it('has no reference for a plain tag', () => {
    const [finding] = js(`// ${FIXME}: handle errors`)
    expect(finding?.reference).toBeUndefined()
    expect(finding).not.toHaveProperty('reference')
    expect(finding?.message).toBe(`${FIXME}: handle errors`)
  })

  it('accepts an owner anywhere in the comment', () => {
    expect(tags(`// works for now, ${TODO}(alice) make it fast`)).toEqual([TODO])
  })
})

describe('placeholders versus mentions', () => {
  it.each([
    [`// ${TODO}: handle unicode`],
    [`// ${TODO} handle unicode`],
    [`// - ${TODO} handle unicode`],
    [`//${TODO}: no space`],
    [`// Parse the input. ${TODO} handle unicode`],
    [`// works; ${HACK} until the API is fixed`],
    [`// note: ${TODO}(alice) later`],
    [`// slow path (${TODO}) replace with a map`],
    [`// [${FIXME}] leaks a handle`],
    [`// timeout: ${TBD}`],
    [`// owner = ${TBD}.`],
    [`// ${XXX}`],
    [`// See below. ${FIXME}: this is wrong`],
  ])('counts %s', (text) => {
    expect(js(text)).toHaveLength(1)
  })

  it.each([
    [`// see the ${TODO} list in the README`],
    [`// remove the ${HACK} flag once upstream ships`],
    [`// ${TODO} comments are collected by the scanner`],
    [`// ${TODO} list lives in docs`],
    [`// ${TODO} and ${FIXME} markers are reported`],
    [`// ${TODO}, ${FIXME} or ${XXX}`],
    [`// the \`${TODO}:\` marker`],
    [`// the "${TODO}" tag`],
    [`// write \`(${TODO})\` or \`* ${TODO}: x\` in docs`],
    [`// the '${FIXME}' tag`],
    [`// phone format: ${XXX}-${XXX}-XXXX`],
    [`// version is ${TBD} for now`],
    [`// https://example.com/${TODO}`],
    [`// see https://example.com/?q=${TODO}: done`],
    [`// see www.example.com#${TODO}`],
    [`// docs/${TODO}.md and ${TODO}.txt`],
    [`// path\\to\\${TODO}`],
    [`// uses $${TODO} and obj.${TODO}`],
    [`// no-${TODO} rule`],
  ])('does not count %s', (text) => {
    expect(js(text)).toEqual([])
  })

  it('does not take a word wrapped onto the next line of a block comment for a leading tag', () => {
    expect(js(`/*\n * Reports whether the suite passed without problems such as\n * ${TODO} passed tests.\n */`)).toEqual([])
    expect(tags(`/*\n * Parses the input.\n * ${TODO} handle unicode\n */`)).toEqual([TODO])
    expect(tags(`/**\n * ${TODO} handle unicode\n */`)).toEqual([TODO])
    expect(tags(`/*\n * Wrapped but marked,\n * ${TODO}: still counts\n */`)).toEqual([TODO])
  })

  it('is case-sensitive', () => {
    expect(js(`// ${TODO.toLowerCase()}: lower\n// Todo: mixed`)).toEqual([])
  })

  it('reports one finding a line: `TODO FIXME` is one note, at its first tag', () => {
    const text = `x() // ${TODO}: a. ${FIXME}: b\ny() // ${TODO} ${FIXME} handle it`
    expect(where(js(text))).toEqual([
      { line: 1, column: text.indexOf(TODO) + 1, kind: 'comment', tag: TODO },
      { line: 2, column: 8, kind: 'comment', tag: TODO },
    ])
  })

  it('does not take a tag that fills a value in a format example for a placeholder', () => {
    expect(js(`// usage: tool --name=${XXX} <${XXX}>`)).toEqual([])
    expect(js(`// returns version [${XXX}] of the API`)).toEqual([])
    expect(where(js(`// [${TODO}] split this function`))).toEqual([{ line: 1, column: 5, kind: 'comment', tag: TODO }])
  })

  it('finds a tag after commented-out code in a comment', () => {
    expect(where(scan('Python', `# x = f(y)  #${TODO} define f\n`))).toEqual([{ line: 1, column: 14, kind: 'comment', tag: TODO }])
  })

  it('uses the configured tags only', () => {
    const text = `// NOTE: check\n// ${TODO}: default tag`
    expect(scan('JavaScript', text, { tags: ['NOTE'] }).map((finding) => finding.tag)).toEqual(['NOTE'])
  })

  it('prefers the longer of two configured tags sharing a start', () => {
    expect(scan('JavaScript', '// TODOS: plural tag', { tags: ['TODO', 'TODOS'] }).map((finding) => finding.tag)).toEqual(['TODOS'])
  })
})

describe('finding text and message', () => {
  it('strips comment markers and decoration from the text', () => {
    const findings = js(`/**\n * ${TODO}: document this **\n */`)
    expect(findings[0]).toMatchObject({ text: `${TODO}: document this`, message: `${TODO}: document this` })
  })

  it('keeps the whole comment line as text but describes from the tag on', () => {
    const [finding] = js(`// Parse the input. ${TODO} handle unicode`)
    expect(finding).toMatchObject({ text: `Parse the input. ${TODO} handle unicode`, message: `${TODO} handle unicode` })
  })

  it('says when a tag has no description', () => {
    expect(js(`// ${FIXME}`)[0]?.message).toBe(`${FIXME} (no description)`)
    expect(js(`// timeout: ${TBD}`)[0]?.message).toBe(`${TBD}: timeout: ${TBD}`)
  })

  it('clips long text to 200 characters', () => {
    const [finding] = js(`// ${TODO}: ${'word '.repeat(100)}`)
    expect(finding?.text.length).toBe(200)
    expect(finding?.text.endsWith('…')).toBe(true)
    expect(finding?.message.length).toBeLessThanOrEqual(200 + TODO.length + 2)
  })

  it('builds the rule id from the kind', () => {
    expect(js(`// ${TODO}: x`)[0]?.ruleId).toBe('placeholders/comment')
  })
})

describe('asides', () => {
  const count = (line: string) => scan('Python', `${line}\n`).length
  it('counts a tag that opens a parenthetical or follows a dash, unless the next word makes it a noun', () => {
    expect(count(`# more accurate but slow (${TODO} find realistic settings here)`)).toBe(1)
    expect(count(`# flaky test - ${TODO} fix`)).toBe(1)
    expect(count(`# see the (${TODO} list) for more`)).toBe(0)
    expect(count(`# re-run - ${TODO} comments are reported separately`)).toBe(0)
    expect(count(`# a well-known ${TODO} item`)).toBe(0)
  })
})
