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

  it('records the owner and the issue as separate fields', () => {
    expect(js(`// ${TODO}(alice): retry on timeout`)[0]).toMatchObject({ owner: 'alice' })
    expect(js(`// ${TODO}(alice): retry on timeout`)[0]).not.toHaveProperty('issue')
    expect(js(`// ${TODO}(#123) drop this shim`)[0]).toMatchObject({ issue: '#123' })
    expect(js(`// ${TODO}(#123) drop this shim`)[0]).not.toHaveProperty('owner')
    expect(js(`// ${TODO}(alice, #123): both`)[0]).toMatchObject({ reference: 'alice, #123', owner: 'alice', issue: '#123' })
    expect(js(`// ${TODO}(PROJ-42): Jira`)[0]).toMatchObject({ issue: 'PROJ-42' })
    expect(js(`// ${TODO}(b/12345): tracker`)[0]).toMatchObject({ issue: 'b/12345' })
    expect(js(`// ${TODO}(https://github.com/o/r/issues/7): url`)[0]).toMatchObject({ issue: 'https://github.com/o/r/issues/7' })
    expect(js(`// ${TODO} @bob: rename`)[0]).toMatchObject({ owner: '@bob' })
    expect(js(`// ${TODO}(jane.doe@example.com): mail`)[0]).toMatchObject({ owner: 'jane.doe@example.com' })
  })

  it('finds the issue a description waits on, but not a version or a hash name', () => {
    expect(js(`// ${TODO}: drop this once #88 lands`)[0]).toMatchObject({ issue: '#88' })
    expect(js(`// ${TODO}(alice): see octo/widgets#9`)[0]).toMatchObject({ owner: 'alice', issue: 'octo/widgets#9' })
    expect(js(`// ${FIXME}: https://github.com/o/r/pull/12 changes this`)[0]).toMatchObject({ issue: 'https://github.com/o/r/pull/12' })
    expect(js(`// ${TODO}: support UTF-8 and SHA-256 names`)[0]).not.toHaveProperty('issue')
    expect(js(`// ${TODO}: see https://example.com/docs/page`)[0]).not.toHaveProperty('issue')
    expect(js(`// ${TODO}(for now) keep it`)[0]).not.toHaveProperty('owner')
  })

  it('has no reference for a plain tag', () => {
    const [finding] = js(`// ${FIXME}: handle errors`)
    expect(finding?.reference).toBeUndefined()
    expect(finding).not.toHaveProperty('reference')
    expect(finding).not.toHaveProperty('owner')
    expect(finding).not.toHaveProperty('issue')
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
    expect(js(`// timeout: ${TBD}`)[0]?.message).toBe(`timeout: ${TBD}`)
    expect(scan('Rust', `/// Naming ${TBD}\n`)[0]?.message).toBe(`Naming ${TBD}`)
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

describe('tags people write outside comments, and where a note opens', () => {
  it('counts a tag in the reason a test is skipped or known to fail, read by the rules for comments', () => {
    const python = `import unittest\n\nclass T(unittest.TestCase):\n    @unittest.skip("${TODO}: revisit, batch is not yet supported")\n    def test_a(self): ...\n    @unittest.skipIf(torch_device == "mps", "${FIXME}(#4): flaky")\n    def test_b(self): ...\n    @pytest.mark.xfail(reason="${TODO} needs a fixture")\n    def test_c(self): ...\n    @unittest.skip("the ${TODO} list is long")\n    def test_d(self): ...\n\nNAMES = ["${TODO}: not a reason"]\n`
    expect(scan('Python', python, {}, 'tests/test_pipe.py').map((finding) => [finding.line, finding.tag])).toEqual([[4, TODO], [6, FIXME], [8, TODO]])
    expect(scan('Go', `func TestX(t *testing.T) {\n\tt.Skip("${TODO}")\n\tcheck("${TODO}")\n}\n`, {}, 'x_test.go').map((finding) => [finding.line, finding.message])).toEqual([[2, `${TODO} (no description)`]])
    const rust = `#[test]\n#[cfg_attr(target_os = "wasi", ignore = "${FIXME}: does not work with WASI")]\nfn a() {}\nconst S: &str = "${FIXME}: data";\n`
    expect(scan('Rust', rust, {}, 'tests/t.rs').map((finding) => finding.line)).toEqual([2])
    expect(scan('TypeScript', `it.skip('${TODO}: flaky on CI', () => {})\nit('${TODO}: plain title', () => {})\n`, {}, 'a.test.ts').map((finding) => finding.line)).toEqual([1])
  })

  it('counts a tag in the title of a shell test that the suite expects to fail, but not a mention', () => {
    const text = `test_expect_failure GPGSSH 'detect fudged commit with double signature (${TODO})' '\n\ttrue\n'\ntest_expect_success '${TODO} (should fail!): traverse entry' '\n\ttrue\n'\ntest_expect_success 'subtest: a failing ${TODO} test' '\n\ttrue\n'\n`
    expect(scan('Shell', text, {}, 't/t1.sh').map((finding) => finding.line)).toEqual([1, 4])
  })

  it("reads shell's null command as a comment when words follow it", () => {
    const text = `test_expect_success 'complete' '\n\t: ${TODO} .gitignore should not be here &&\n\ttest_cmp expected out\n'\n: "\${VAR:=${TODO}}"\n: > ${TODO}\n`
    expect(scan('Shell', text, {}, 't/t2.sh').map((finding) => finding.line)).toEqual([2])
  })

  it('opens a note after a task-list box, a POD heading, a colon, or a comment marker after commented-out code', () => {
    expect(js(`/*\n * [] ${TODO} talk about process replacement\n * [x] ${FIXME} done already\n */`).map((finding) => finding.line)).toEqual([2, 3])
    expect(scan('Perl', `print 1;\n\n=head1 ${TODO}\n\n - create tag objects\n\n=cut\n`).map((finding) => finding.line)).toEqual([3])
    expect(scan('Python', `def f(t):\n    """\n    Args:\n        timestep (int): ${TODO} verify type and shape\n    """\n`).map((finding) => finding.line)).toEqual([4])
    expect(scan('Perl', `my $x = 1;\n   # || ( defined($d) && $d ne "" ) # ${TODO}\n`).map((finding) => finding.line)).toEqual([2])
    expect(js(`// Markers: ${TODO}, ${FIXME} and ${XXX}\n// Tags: ${TODO} ${FIXME}\n`)).toEqual([])
    expect(scan('Gettext Catalog', `# | (v.) tag | tạo thẻ |\n# | ... ${TODO} ...  |   |\nmsgid ""\n`)).toEqual([])
    expect(scan('Python', `def f():\n    """\n    Error: 404 Client Error. (Request ID: ${XXX})\n    """\n`)).toEqual([])
  })

  it('counts a short comment that ends with the tag after a content word, not after an article or a verb of mention', () => {
    expect(scan('Rust', `impl S {\n    /// Naming ${TBD}\n    fn by_ref(&self) {}\n}\n// Release date ${TBD}.\n// see ${TODO}\n// fix the ${TODO}\n// we keep one list of each ${TODO}\n`).map((finding) => finding.line)).toEqual([2, 5])
    expect(js(`/* handles the\n * special ${TODO} */`)).toEqual([])
  })

  it('reads a stray backtick as text: only a closed pair quotes the tag as code', () => {
    expect(scan('Python', `def f(t):\n    """\n    Args:\n        t (\`torch.Tensor\` or \`int): ${TODO} verify type\n        s (\`(batch, ${TODO})\`): shape\n    """\n`).map((finding) => finding.line)).toEqual([4])
  })

  it('counts each line of a bare string statement that opens with a tag, with or without brackets', () => {
    const text = `def up(x):\n    """\n    [${HACK}] restore the decoder features\n    [${HACK}] perform smoothing\n    """\n    return x\n`
    expect(scan('Python', text).map((finding) => finding.line)).toEqual([3, 4])
    expect(scan('Python', text)[0]?.message).toBe(`[${HACK}] restore the decoder features`)
    const title = scan('Shell', `test_expect_failure 'verify multiply signed commits (${TODO})' '\n\ttrue\n'\n`, {}, 't/t3.sh')
    expect(title[0]?.message).toBe(`verify multiply signed commits (${TODO})`)
  })

  it('counts a paragraph that is only the tag, but not a heading or a tag that opens a longer line', () => {
    const md = (text: string) => scan('Markdown', text, {}, 'docs/a.md').map((finding) => [finding.line, finding.kind])
    expect(md(`## Usage\n\n${TODO}\n\n## Inference\n\n${TODO}.\n\n## ${TBD}\n\n${TODO} items for later\n`)).toEqual([[3, 'prose'], [7, 'prose']])
    expect(scan('AsciiDoc', `== Usage\n\n${TODO}\n`).map((finding) => finding.line)).toEqual([3])
  })
})

describe('a tag alone on its line', () => {
  it('takes its description from the next line of the same comment', () => {
    expect(scan('Markdown', `# Guide\n\n<!-- ${TODO}\n  describe the flags\n-->\n`, {}, 'docs/a.md')[0]?.message).toBe(`${TODO} describe the flags`)
    expect(js(`/*\n * ${FIXME}\n * handle the retry\n */`)[0]?.message).toBe(`${FIXME} handle the retry`)
    expect(js(`// ${FIXME}\nconst x = 1`)[0]?.message).toBe(`${FIXME} (no description)`)
    expect(js(`/* ${TODO}\n */`)[0]?.message).toBe(`${TODO} (no description)`)
  })
})
