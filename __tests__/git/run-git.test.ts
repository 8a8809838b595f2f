import { execFileSync } from 'node:child_process'
import { rmSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { commitId, DIFF_SAFETY, GitCommandError, gitArguments, gitEnvironment, InvalidCommitIdError, LOG_SAFETY, runGit, SAFE_CONFIG } from '../../src/git/run-git.js'
import { writeGitFixture } from '../helpers/fixture.js'

const RUNNER_ENV = {
  PATH: '/usr/bin',
  HOME: '/home/runner',
  LANG: 'C.UTF-8',
  TMPDIR: '/tmp',
  INPUT_TOKEN: 'ghs_secret',
  INPUT_PATH: 'sub',
  GITHUB_TOKEN: 'ghs_other',
  ACTIONS_RUNTIME_TOKEN: 'runtime',
  GIT_DIR: '/elsewhere/.git',
  GIT_CONFIG_PARAMETERS: "'core.fsmonitor'='touch x'",
  GIT_CONFIG_COUNT: '1',
  GIT_EXTERNAL_DIFF: '/bin/evil',
  GIT_ASKPASS: '/bin/evil',
  SSH_ASKPASS: '/bin/evil',
  GIT_SSH_COMMAND: '/bin/evil',
  NODE_OPTIONS: '--require /tmp/evil.js',
}

describe('gitEnvironment', () => {
  it('passes only what git needs, with no token, no INPUT_* and no GIT_* of the caller', () => {
    const env = gitEnvironment(RUNNER_ENV)
    expect(env).toEqual({ PATH: '/usr/bin', HOME: '/home/runner', LANG: 'C.UTF-8', TMPDIR: '/tmp', GIT_OPTIONAL_LOCKS: '0', GIT_TERMINAL_PROMPT: '0', GIT_PAGER: 'cat' })
    expect(JSON.stringify(env)).not.toMatch(/ghs_|runtime|evil/)
  })

  it('sets the ceiling only when one is given', () => {
    expect(gitEnvironment(RUNNER_ENV, { ceiling: '/home/runner/work/widget' }).GIT_CEILING_DIRECTORIES).toBe('/home/runner/work/widget')
    expect(gitEnvironment({ GIT_CEILING_DIRECTORIES: '/a' })).not.toHaveProperty('GIT_CEILING_DIRECTORIES')
  })

  it("keeps Windows' own spelling of the variables it passes", () => {
    expect(gitEnvironment({ Path: 'C:\\Windows', SystemRoot: 'C:\\Windows', input_token: 'x' })).toMatchObject({ Path: 'C:\\Windows', SystemRoot: 'C:\\Windows' })
    expect(gitEnvironment({ input_token: 'x' })).not.toHaveProperty('input_token')
  })
})

describe('gitArguments', () => {
  it('puts every repository-controlled program switch before the command', () => {
    const args = gitArguments(['ls-files', '-z'])
    const settings = args.slice(0, -2).filter((_, index) => index % 2 === 1)
    expect(args.slice(0, -2).filter((_, index) => index % 2 === 0).every((flag) => flag === '-c')).toBe(true)
    expect(settings).toEqual(
      expect.arrayContaining([
        'core.fsmonitor=false',
        'core.hooksPath=/dev/null',
        'safe.bareRepository=explicit',
        'core.untrackedCache=false',
        'log.showSignature=false',
        'diff.external=',
        'core.pager=cat',
        'credential.helper=',
        'protocol.allow=never',
      ]),
    )
    expect(args.slice(-2)).toEqual(['ls-files', '-z'])
    expect(SAFE_CONFIG.length % 2).toBe(0)
  })

  it('names the diff and log switches that keep drivers from running', () => {
    expect(DIFF_SAFETY).toEqual(['--no-ext-diff', '--no-textconv'])
    expect(LOG_SAFETY).toEqual([...DIFF_SAFETY, '--no-show-signature'])
  })
})

describe('commitId', () => {
  it('accepts 7 to 64 hexadecimal digits', () => {
    expect(commitId('a1b2c3d', 'base')).toBe('a1b2c3d')
    expect(commitId('A'.repeat(40), 'base')).toBe('A'.repeat(40))
    expect(commitId('f'.repeat(64), 'base')).toBe('f'.repeat(64))
  })

  it.each(['--output=/tmp/x', 'abc', 'f'.repeat(65), 'HEAD', 'a1b2c3d~1', 'a1b2c3d..HEAD', ' a1b2c3d', 'a1b2c3d\n', '', 42, undefined, null, ['a1b2c3d']])(
    'refuses %j',
    (value) => {
      expect(() => commitId(value, 'pull_request.base.sha')).toThrow(InvalidCommitIdError)
    },
  )

  it('says where the value came from and what it would accept', () => {
    expect(() => commitId('--output=x', 'pull_request.base.sha')).toThrow(/pull_request\.base\.sha is not a commit id \(7 to 64 hexadecimal digits\): "--output=x"/)
  })
})

describe('runGit', () => {
  it('runs git with the safe configuration in force, whatever the repository sets', async () => {
    const root = writeGitFixture({ 'a.txt': 'a\n' })
    await runGit(['config', 'core.fsmonitor', 'true'], root)
    expect((await runGit(['config', 'core.fsmonitor'], root)).trim()).toBe('false')
    expect((await runGit(['config', 'core.hooksPath'], root)).trim()).toBe('/dev/null')
  })

  it('hides the token from git even when it is in the process environment', async () => {
    const root = writeGitFixture({ 'a.txt': 'a\n' })
    process.env.INPUT_TOKEN = 'ghs_from_the_runner'
    try {
      await runGit(['config', 'alias.show-env', '!env'], root)
      const shown = await runGit(['show-env'], root)
      expect(shown).toContain('GIT_OPTIONAL_LOCKS=0')
      expect(shown).not.toContain('ghs_from_the_runner')
      expect(shown).not.toMatch(/^INPUT_/m)
    } finally {
      delete process.env.INPUT_TOKEN
    }
  })

  it.skipIf(process.platform === 'win32')('stops git at the time limit when the repository makes it wait, as a GitCommandError the audit falls back from', async () => {
    const root = writeGitFixture({ 'a.txt': 'a\n' })
    rmSync(join(root, '.git', 'index'))
    execFileSync('mkfifo', [join(root, '.git', 'index')])
    const error = await runGit(['ls-files', '-z', '--cached'], root, { timeLimitMs: 1_000 }).catch((caught: unknown) => caught)
    expect(error).toBeInstanceOf(GitCommandError)
    expect((error as GitCommandError).reason).toBe('no answer within 1 s; git was stopped')
  })
})
