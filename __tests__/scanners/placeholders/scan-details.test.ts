import { describe, expect, it } from 'vitest'
import { FingerprintIndex } from '../../../src/report/fingerprint.js'
import { SUPPRESSION_MARKER, scanPlaceholders } from '../../../src/scanners/placeholders/placeholder-scanner.js'
import { placeholderSettings } from '../../../src/scanners/placeholders/placeholder-settings.js'
import { FIXME, TODO, scan, where } from './scan-helpers.js'

describe('block comments', () => {
  it('reports each tag of a multi-line block comment at its own line and column', () => {
    const text = `local a = 1\n--[[\n  ${TODO}: first\n    ${FIXME}: second\n]]\nlocal b = "--[[ ${TODO} ]]"`
    expect(where(scan('Lua', text))).toEqual([
      { line: 3, column: 3, kind: 'comment', tag: TODO },
      { line: 4, column: 5, kind: 'comment', tag: FIXME },
    ])
  })
})

describe('suppression', () => {
  it('drops findings on a line that says repo-audit-ignore', () => {
    const text = [
      `// ${TODO}: keep ${SUPPRESSION_MARKER}`,
      `x() // ${FIXME}: counted`,
      `// ${SUPPRESSION_MARKER} below does not count for the next line`,
      `// ${TODO}: counted too`,
      `throw new Error("not implemented") // ${SUPPRESSION_MARKER}`,
    ].join('\n')
    expect(where(scan('TypeScript', text)).map((finding) => finding.line)).toEqual([2, 4])
  })
})

describe('positions', () => {
  it('reports the full finding with 1-based line and column', () => {
    const findings = scan('Python', `import os\n\nx = 1  # ${TODO}(#12): retry on timeout\n`, {}, 'app/main.py')
    expect(findings).toEqual([
      {
        path: 'app/main.py',
        line: 3,
        column: 10,
        ruleId: 'placeholders/comment',
        message: `${TODO}(#12): retry on timeout`,
        fingerprint: expect.stringMatching(/^[0-9a-f]{20}$/),
        kind: 'comment',
        tag: TODO,
        text: `${TODO}(#12): retry on timeout`,
        reference: '#12',
        issue: '#12',
      },
    ])
  })

  it('counts columns in UTF-16 code units after tabs and astral characters', () => {
    expect(where(scan('Go', `\tx := "😀" // ${TODO}: y`))).toEqual([{ line: 1, column: 15, kind: 'comment', tag: TODO }])
  })

  it('handles CRLF line endings', () => {
    const text = `int a; // ${TODO}: one\r\n/*\r\n * ${FIXME}: two\r\n */\r\nchar *s = "// ${TODO}";\r\n// ${TODO}: three\r\n`
    const findings = scan('C', text)
    expect(where(findings)).toEqual([
      { line: 1, column: 11, kind: 'comment', tag: TODO },
      { line: 3, column: 4, kind: 'comment', tag: FIXME },
      { line: 6, column: 4, kind: 'comment', tag: TODO },
    ])
    expect(findings.map((finding) => finding.text)).toEqual([`${TODO}: one`, `${FIXME}: two`, `${TODO}: three`])
  })

  it('handles CRLF in Python structure', () => {
    const findings = scan('Python', 'def f():\r\n    """Not implemented."""\r\n    pass\r\n').filter((finding) => finding.kind === 'stub')
    expect(findings).toEqual([expect.objectContaining({ line: 3, column: 5, tag: 'pass', text: 'def f(): pass' })])
  })

  it('ignores a UTF-8 byte order mark', () => {
    expect(where(scan('Shell', `\uFEFF# ${TODO}: after the BOM\n`))).toEqual([{ line: 1, column: 3, kind: 'comment', tag: TODO }])
  })
})

describe('fingerprints', () => {
  const fingerprintsOf = (text: string) => scan('Rust', text).map((finding) => finding.fingerprint)

  it('do not change when lines are inserted above', () => {
    const body = `// ${TODO}: first\nfn f() { todo!() }\n// ${TODO}: first\n`
    const before = fingerprintsOf(body)
    const after = fingerprintsOf(`use std::io;\n\n// unrelated\n${body}`)
    expect(before).toHaveLength(3)
    expect(after).toEqual(before)
  })

  it('differ between findings, even for identical lines in one file', () => {
    const fingerprints = fingerprintsOf(`// ${TODO}: a\n// ${TODO}: b\n// ${TODO}: a\n`)
    expect(new Set(fingerprints).size).toBe(3)
  })

  it('depend on the path', () => {
    const settings = placeholderSettings.defaults
    const index = new FingerprintIndex()
    const a = scanPlaceholders('a.rs', 'Rust', `// ${TODO}: x`, settings, index)
    const b = scanPlaceholders('b.rs', 'Rust', `// ${TODO}: x`, settings, index)
    expect(a[0]?.fingerprint).not.toBe(b[0]?.fingerprint)
  })
})

describe('files without anything to find', () => {
  it('returns nothing for unknown languages and for text without tags or stub triggers', () => {
    expect(scan('JSON', `{"a": "${TODO}: x"}`)).toEqual([])
    expect(scan('Text', `${TODO}: x`)).toEqual([])
    expect(scan('TypeScript', 'export const a = 1\n')).toEqual([])
  })
})

describe('speed', () => {
  const megabyte = (unit: string) => unit.repeat(Math.ceil((1 << 20) / unit.length))

  it.each([
    ['TypeScript', `const a = "x" + 'y' + \`z\${b}\` / 2 // ${TODO}: n\n/* ${FIXME} */ f(a, b) // keep\n`],
    ['TypeScript', '"\'`/*/${'],
    ['Python', `def f(x):\n    """Doc."""\n    return x  # ${TODO}: y\n`],
    ['Python', '((((((((((("""'],
    ['Shell', 'cat <<EOF x << y $(( 1 << 2 )) "$(a "b")" \n'],
    ['Markdown', '` `` ``` <!-- '],
    ['YAML', `- key: "v" # ${TODO}: z\n  other: 'x'\n`],
    ['Rust', '/* /* /* r#" \' '],
    ['C#', '$@"{{{{ @"" """"'],
  ])('scans 1 MiB of %s quickly', (language, unit) => {
    // The trailing tag defeats the pre-check, so the lexers really run over the whole text.
    const text = `${megabyte(unit)}\n${TODO}`
    const started = performance.now()
    scan(language, text)
    expect(performance.now() - started).toBeLessThan(3000)
  })

  const distinctHeredocs = Array.from({ length: 60_000 }, (_, index) => `cat <<W${index}`).join('\n')
  it.each([
    ['Shell', `${distinctHeredocs}\n# ${TODO}`],
    ['JavaScript', `x = ${'(/'.repeat(300_000)}\n// ${TODO}`],
    ['JavaScript', `// ${`${TODO}( `.repeat(150_000)}`],
    ['JavaScript', `/* ${'*'.repeat(500_000)} ${`${TODO} `.repeat(100_000)} */`],
    ['Swift', `${'#'.repeat(1 << 20)}\n// ${TODO}`],
    ['C++', `${'R"'.repeat(400_000)}\n// ${TODO}`],
  ])('stays linear on a pathological %s file', (language, text) => {
    const started = performance.now()
    scan(language, text)
    expect(performance.now() - started).toBeLessThan(3000)
  })
})

describe('files shipped for users to fill in', () => {
  it('leaves the placeholders of a sample hook or an example config to the user', () => {
    const hook = `#!/bin/sh\nvalidate () {\n\t# ${TODO}: Replace with appropriate checks.\n\ttrue\n}\n`
    expect(scan('Shell', hook, {}, 'templates/hooks/sendemail-validate.sample')).toEqual([])
    expect(scan('YAML', `# ${TODO}: set your key\nkey: x\n`, {}, 'config.example.yml')).toEqual([])
    expect(scan('Markdown', `## Usage\n\n[${TODO}: describe the data]\n\n${TODO}: add an example\n`, {}, 'src/utils/model_card_template.md')).toEqual([])
    expect(scan('Shell', hook, {}, 'hooks/validate.sh')).toHaveLength(1)
    expect(scan('Python', `# ${TODO}: encode images\n`, {}, 'pipelines/paint_by_example/pipeline_paint_by_example.py')).toHaveLength(1)
    expect(scan('reStructuredText', `.. ${TODO}: write the guide\n`, {}, 'docs/guide/trainer_template.rst')).toHaveLength(1)
  })
})
