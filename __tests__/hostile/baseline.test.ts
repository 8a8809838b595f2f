import { describe, expect, it } from 'vitest'
import { expectContained, expectValidReport, hostileSandbox, runHostileAction, runHostileCli, scannerStatuses, snapshot } from '../helpers/hostile.js'

describe('the hostile-repository harness on a benign tree', () => {
  it('passes every promise for the action and the CLI', async () => {
    const sandbox = hostileSandbox({ 'README.md': '# Widget\n\nSee [the guide](docs/guide.md).\n', 'docs/guide.md': '# Guide\n' }, { git: true })
    const before = snapshot(sandbox.outside)
    const action = await runHostileAction(sandbox)
    expect(action.status).toBe(0)
    expectContained(sandbox, action, before)
    expect(scannerStatuses(expectValidReport(action))).toEqual({ placeholders: 'ok', links: 'ok', 'repo-map': 'ok', checklist: 'ok' })
    const cli = await runHostileCli(sandbox, ['.', '--format', 'json'])
    expect(cli.status).toBe(0)
    expectContained(sandbox, cli, before)
  })
})
