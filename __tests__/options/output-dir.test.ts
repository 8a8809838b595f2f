import { existsSync, lstatSync, mkdirSync, symlinkSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { resolveOutputDir, withinRunnerDirs, type OutputDirRequest } from '../../src/options/output-dir.js'
import { SettingsError } from '../../src/options/settings-error.js'
import { writeFixture } from '../helpers/fixture.js'

const configKey = (text: string) => ({ text, where: "key 'output-dir' in repo-audit.yml line 1" })
const input = (text: string) => ({ text, where: "input 'output-dir'" })

function request(workspace: string, runnerTemp: string, overrides: Partial<OutputDirRequest> = {}): OutputDirRequest {
  return { fromUser: undefined, fromConfig: undefined, policy: withinRunnerDirs(workspace, runnerTemp), baseDir: workspace, guardedRoots: [workspace], defaultDir: undefined, ...overrides }
}

function sandbox(): { workspace: string; runnerTemp: string; elsewhere: string } {
  const dir = writeFixture({ 'workspace/README.md': '# A\n', 'runner-temp/.keep': '', 'elsewhere/.keep': '' })
  return { workspace: join(dir, 'workspace'), runnerTemp: join(dir, 'runner-temp'), elsewhere: join(dir, 'elsewhere') }
}

describe('resolveOutputDir', () => {
  it('accepts a config output-dir inside the workspace or RUNNER_TEMP and creates it', async () => {
    const { workspace, runnerTemp } = sandbox()
    expect(await resolveOutputDir(request(workspace, runnerTemp, { fromConfig: configKey('audit-out/deep') }))).toBe(join(workspace, 'audit-out', 'deep'))
    expect(lstatSync(join(workspace, 'audit-out', 'deep')).isDirectory()).toBe(true)
    expect(await resolveOutputDir(request(workspace, runnerTemp, { fromConfig: configKey(join(runnerTemp, 'reports')) }))).toBe(join(runnerTemp, 'reports'))
  })

  it.each(['../../../../x', '../elsewhere'])('refuses a config output-dir %s that escapes, naming key, value and what is accepted', async (value) => {
    const { workspace, runnerTemp, elsewhere } = sandbox()
    const attempt = resolveOutputDir(request(workspace, runnerTemp, { fromConfig: configKey(value) }))
    await expect(attempt).rejects.toThrow(SettingsError)
    await expect(attempt).rejects.toThrow(`Invalid key 'output-dir' in repo-audit.yml line 1: got ${JSON.stringify(value)}; expected a directory inside GITHUB_WORKSPACE (${workspace}) or RUNNER_TEMP (${runnerTemp})`)
    expect(existsSync(join(elsewhere, '..', 'x'))).toBe(false)
  })

  it('refuses an absolute config output-dir elsewhere, and creates nothing', async () => {
    const { workspace, runnerTemp, elsewhere } = sandbox()
    await expect(resolveOutputDir(request(workspace, runnerTemp, { fromConfig: configKey(join(elsewhere, 'reports')) }))).rejects.toThrow(/expected a directory inside GITHUB_WORKSPACE/)
    expect(existsSync(join(elsewhere, 'reports'))).toBe(false)
  })

  it('lets an input point anywhere, and an input wins over the config', async () => {
    const { workspace, runnerTemp, elsewhere } = sandbox()
    const chosen = await resolveOutputDir(request(workspace, runnerTemp, { fromUser: input(join(elsewhere, 'mine')), fromConfig: configKey('/nowhere') }))
    expect(chosen).toBe(join(elsewhere, 'mine'))
    expect(existsSync(join(elsewhere, 'mine'))).toBe(true)
  })

  it("ignores the config's output-dir under the 'ignored' policy (the CLI)", async () => {
    const { workspace, runnerTemp } = sandbox()
    expect(await resolveOutputDir(request(workspace, runnerTemp, { policy: 'ignored', fromConfig: configKey('audit-out') }))).toBeUndefined()
    expect(existsSync(join(workspace, 'audit-out'))).toBe(false)
  })

  it('refuses a symbolic link below the workspace anywhere on the way, even for an input', async () => {
    const { workspace, runnerTemp, elsewhere } = sandbox()
    symlinkSync(elsewhere, join(workspace, 'audit-out'))
    for (const setting of [{ fromConfig: configKey('audit-out') }, { fromConfig: configKey('audit-out/deeper') }, { fromUser: input('audit-out') }]) {
      const attempt = resolveOutputDir(request(workspace, runnerTemp, setting))
      await expect(attempt).rejects.toThrow(`${join(workspace, 'audit-out')} is a symbolic link inside ${workspace}`)
    }
    expect(existsSync(join(elsewhere, 'deeper'))).toBe(false)
  })

  it('follows a symbolic link above the guarded roots: that part of the path is the user\'s', async () => {
    const { workspace, runnerTemp, elsewhere } = sandbox()
    mkdirSync(join(elsewhere, 'real'))
    symlinkSync(join(elsewhere, 'real'), join(runnerTemp, 'link'))
    expect(await resolveOutputDir(request(workspace, runnerTemp, { fromUser: input(join(runnerTemp, 'link', 'out')) }))).toBe(join(runnerTemp, 'link', 'out'))
    expect(existsSync(join(elsewhere, 'real', 'out'))).toBe(true)
  })

  it('refuses a component that is a file', async () => {
    const { workspace, runnerTemp } = sandbox()
    await expect(resolveOutputDir(request(workspace, runnerTemp, { fromUser: input('README.md/out') }))).rejects.toThrow(
      `Invalid input 'output-dir': got "README.md/out" (${join(workspace, 'README.md')} is not a directory); expected a directory that exists or can be created.`,
    )
  })

  it.each(['out\n::error::injected', 'out\r', 'out\u001b[31m', 'out\u0000', 'out\u0085'])('refuses control characters in %j', async (value) => {
    const { workspace, runnerTemp } = sandbox()
    for (const setting of [{ fromConfig: configKey(value) }, { fromUser: input(value) }]) {
      await expect(resolveOutputDir(request(workspace, runnerTemp, setting))).rejects.toThrow('expected a path without line breaks or other control characters')
    }
    expect(existsSync(join(workspace, 'out'))).toBe(false)
  })

  it('fails fast under /proc, where a recursive mkdir never returns', async () => {
    const { workspace, runnerTemp } = sandbox()
    const started = Date.now()
    await expect(resolveOutputDir(request(workspace, runnerTemp, { fromUser: input('/proc/x/y') }))).rejects.toThrow(/Invalid input 'output-dir': got "\/proc\/x\/y" \(.*\); expected a directory that exists or can be created/)
    expect(Date.now() - started).toBeLessThan(2000)
  })

  it('creates the default directory when nothing names one', async () => {
    const { workspace, runnerTemp } = sandbox()
    expect(await resolveOutputDir(request(workspace, runnerTemp, { defaultDir: join(runnerTemp, 'repo-audit') }))).toBe(join(runnerTemp, 'repo-audit'))
    expect(existsSync(join(runnerTemp, 'repo-audit'))).toBe(true)
  })
})
