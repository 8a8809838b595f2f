import { describe, expect, it } from 'vitest'
import { FIXME, TBD, TODO, scan, where } from './scan-helpers.js'

const md = (text: string, markdownProse = false) => scan('Markdown', text, { markdownProse }, 'docs/guide.md')

describe('Markdown', () => {
  it('counts tags in HTML comments, also over several lines', () => {
    const text = `# Guide\n\n<!-- ${TODO}: add screenshots -->\n\nText.\n<!--\n  ${FIXME}(bob): outdated\n-->\n`
    expect(where(md(text))).toEqual([
      { line: 3, column: 6, kind: 'comment', tag: TODO },
      { line: 7, column: 3, kind: 'comment', tag: FIXME },
    ])
    expect(md(text)[1]?.reference).toBe('bob')
  })

  it('ignores HTML comments in fenced code blocks, with backticks or tildes', () => {
    const text = `\`\`\`js\nconst a = 1\n<!-- ${TODO} -->\n\`\`\`\n~~~~\n<!-- ${TODO}: example -->\n~~~~\n<!-- ${TODO}: real -->\n`
    expect(where(md(text))).toEqual([{ line: 8, column: 6, kind: 'comment', tag: TODO }])
  })

  it("reads the comments of a code block that names its language in that language, and no others", () => {
    const text = `# Usage\n\n\`\`\`python\npipe = load("model")  # ${TODO}: update the checkpoint once it is published\ns = "# ${TODO}: in a string"\n\`\`\`\n\n\`\`\`\n# ${TODO}: no language, so text\n\`\`\`\n\n\`\`\`console\n$ run # ${TODO}: a session\n\`\`\`\n\n- item\n\n  \`\`\`rust\n  struct Event { tick: u32 } // ${TODO}: naming\n  fn f() { todo!() }\n  \`\`\`\n`
    expect(where(md(text))).toEqual([
      { line: 4, column: 25, kind: 'comment', tag: TODO },
      { line: 19, column: 33, kind: 'comment', tag: TODO },
    ])
    expect(md(text)[0]?.message).toBe(`${TODO}: update the checkpoint once it is published`)
  })

  it('does not end a fence on a shorter or different fence', () => {
    const text = `\`\`\`\`\n\`\`\`\n<!-- ${TODO} -->\n~~~\n\`\`\`\`\n`
    expect(md(text)).toEqual([])
  })

  it('ignores tags in indented code blocks but not in indented list paragraphs', () => {
    const code = `Example:\n\n    <!-- ${TODO}: in code -->\n`
    expect(md(code)).toEqual([])
    const list = `- item\n\n    <!-- ${TODO}: in the list item -->\n`
    expect(where(md(list))).toEqual([{ line: 3, column: 10, kind: 'comment', tag: TODO }])
  })

  it('ignores tags in inline code', () => {
    expect(md(`Write \`<!-- ${TODO} -->\` or \`\`<!-- ${TODO} -->\`\` in code.\n`)).toEqual([])
  })

  it('counts a paragraph or list item that opens with a tag and a colon, and every prose line that opens with a tag with markdown-prose', () => {
    const text = `${TODO}: write the intro\n\n- [ ] ${FIXME}: fix the table\n> ${TODO} quote the spec\n## ${TODO}\n`
    expect(where(md(text))).toEqual([
      { line: 1, column: 1, kind: 'prose', tag: TODO },
      { line: 3, column: 7, kind: 'prose', tag: FIXME },
    ])
    expect(where(md(text, true))).toEqual([
      { line: 1, column: 1, kind: 'prose', tag: TODO },
      { line: 3, column: 7, kind: 'prose', tag: FIXME },
      { line: 4, column: 3, kind: 'prose', tag: TODO },
      { line: 5, column: 4, kind: 'prose', tag: TODO },
    ])
    expect(md(text, true)[0]).toMatchObject({ ruleId: 'placeholders/prose', message: `${TODO}: write the intro` })
  })

  it('does not count a tag and colon that wraps into the middle of a paragraph, nor a mid-sentence mention', () => {
    const text = `The release notes are long, and\n${TODO}: this wrapped line is not a new note.\n\nWe keep a ${TODO}: list in the wiki.\n`
    expect(md(text)).toEqual([])
    expect(where(md(`Intro.\n\n${TODO} (alice): document this further.\n`))).toEqual([{ line: 3, column: 1, kind: 'prose', tag: TODO }])
  })

  it('counts a tag in parentheses of its own anywhere in prose, but not in inline code or a code block', () => {
    const text = `A model for 2D data from [Transformer2DModel] (${TODO}).\n\nThe \`(${TODO})\` marker, and (${TODO} list) stay out.\n\n\`\`\`\n(${TODO})\n\`\`\`\n`
    expect(md(text).map((finding) => [finding.line, finding.kind, finding.message])).toEqual([[1, 'prose', `A model for 2D data from [Transformer2DModel] (${TODO}).`]])
    expect(md(`More about this in this [blog post (${TBD})](${TODO})\n`).map((finding) => finding.message)).toEqual([`More about this in this [blog post (${TBD})](${TODO})`])
  })

  it('counts a line that opens with a tag and a colon after a line that ended a sentence', () => {
    const text = `If no objects are received, send an error:\n${TODO}: define the error.\n\nIt replies with the pack.\n${FIXME}: document the response\n`
    expect(where(md(text))).toEqual([
      { line: 2, column: 1, kind: 'prose', tag: TODO },
      { line: 5, column: 1, kind: 'prose', tag: FIXME },
    ])
  })

  it('does not count prose that mentions a tag mid-line, in inline code or in code blocks', () => {
    const text = `See the ${TODO} list.\n\`${TODO}\`: inline\n${TODO} list for v2\n\`\`\`\n${TODO}: in a fence\n\`\`\`\n`
    expect(md(text, true)).toEqual([])
  })

  it('handles CRLF line endings', () => {
    const text = `Intro\r\n\r\n<!-- ${TODO}: crlf -->\r\n\`\`\`\r\n<!-- ${TODO} -->\r\n\`\`\`\r\n`
    expect(md(text)).toEqual([expect.objectContaining({ line: 3, column: 6, text: `${TODO}: crlf` })])
  })
})
