import { describe, expect, it } from 'vitest'
import { reservedErrorLines, scannerErrorLines, SCANNER_ERROR_LINES } from '../../src/action/error-lines.js'
import { terminalText } from '../../src/render/control-characters.js'
import { uploadTimeLimitSeconds } from '../../src/action/upload-time-limit.js'
import { planAnnotations } from '../../src/render/annotations.js'
import { sampleReport } from '../helpers/sample-report.js'

describe('scannerErrorLines', () => {
  const crash = (scanner: 'placeholders' | 'links' | 'repo-map' | 'checklist', path?: string) => ({ scanner, message: `${scanner} broke`, ...(path ? { path } : {}) })

  it('gives each crashed scanner its own line while they fit', () => {
    expect(scannerErrorLines([crash('links', 'README.md')])).toEqual(['Scanner links failed on README.md: links broke'])
    // A file name's ESC and BEL, which @actions/core does not escape, shown as text.
    expect(scannerErrorLines([crash('links', 'bad\u001b[2J\u0007.md')])).toEqual(['Scanner links failed on bad\\x1b[2J\\x07.md: links broke'])
  })

  it('folds the crashes past the limit into one line, so they cannot crowd out the failure', () => {
    const lines = scannerErrorLines([crash('placeholders'), crash('links'), crash('repo-map'), crash('checklist')])
    expect(lines).toHaveLength(SCANNER_ERROR_LINES)
    expect(lines[0]).toBe('Scanner placeholders failed: placeholders broke')
    expect(lines.at(-1)).toBe('3 more scanners failed:\nScanner links failed: links broke\nScanner repo-map failed: repo-map broke\nScanner checklist failed: checklist broke')
  })
})

describe('reservedErrorLines', () => {
  it('leaves the failure its slot among the ten, whatever else prints errors', () => {
    // Broken links are errors (stubs are warnings): thirty of them crowd the ten error slots.
    const broken = Array.from({ length: 30 }, (_, i) => ({ path: `docs/p${i}.md`, line: 2, column: 1, ruleId: 'links/missing-file', message: 'Broken link', fingerprint: `f${i}`, reason: 'missing-file' as const, target: 'x.md', resolved: 'x.md' }))
    const crowded = sampleReport({
      links: { citations: { documents: [], moved: [], citations: 0, stale: 0, findings: [] }, brokenCount: 30, githubViewOnlyCount: 0, filesScanned: 30, testDataFiles: 0, sites: [], unreadableSites: [], totals: { seen: 30, checked: 30, skipped: {}, external: { count: 0, byHost: {} } }, findings: broken },
    })
    for (const failOnError of [true, false]) {
      for (const uploading of [true, false]) {
        const reserved = reservedErrorLines({ scannerLines: SCANNER_ERROR_LINES, uploading, failOnError })
        const findings = planAnnotations(crowded, undefined, reserved).annotations.filter((annotation) => annotation.level === 'error').length
        expect(findings).toBeGreaterThan(0)
        expect(reserved + findings).toBeLessThanOrEqual(10)
      }
    }
    expect(reservedErrorLines({ scannerLines: 0, uploading: false, failOnError: true })).toBe(1)
    expect(reservedErrorLines({ scannerLines: 2, uploading: true, failOnError: false })).toBe(5)
  })
})

describe('terminalText for log lines', () => {
  it('keeps a config-derived path from starting a workflow command on a line of its own', () => {
    const text = terminalText('Reports written to /tmp/x\n::add-mask::secret\r\u001b[2J\u0007')
    expect(text).toBe('Reports written to /tmp/x\\n::add-mask::secret\\r\\x1b[2J\\x07')
    expect(text.split(/[\r\n]/)).toHaveLength(1)
  })
})

describe('uploadTimeLimitSeconds', () => {
  it('defaults to 120 seconds and accepts whole seconds from 1 to 3600', () => {
    expect(uploadTimeLimitSeconds({})).toBe(120)
    expect(uploadTimeLimitSeconds({ REPO_AUDIT_UPLOAD_TIMEOUT_SECONDS: ' 5 ' })).toBe(5)
    expect(uploadTimeLimitSeconds({ REPO_AUDIT_UPLOAD_TIMEOUT_SECONDS: '3600' })).toBe(3600)
  })

  it.each(['0', '3601', '-1', '2.5', '1e3', 'soon'])('refuses %s, naming the variable, the value and the range', (value) => {
    expect(() => uploadTimeLimitSeconds({ REPO_AUDIT_UPLOAD_TIMEOUT_SECONDS: value })).toThrow(
      `Invalid environment variable REPO_AUDIT_UPLOAD_TIMEOUT_SECONDS: got "${value}"; expected a whole number of seconds from 1 to 3600.`)
  })
})
