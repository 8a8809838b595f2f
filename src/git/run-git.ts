import { execFile } from 'node:child_process'

export class GitCommandError extends Error {
  constructor(
    readonly args: readonly string[],
    readonly cwd: string,
    readonly stderr: string,
    options?: { cause?: unknown },
  ) {
    super(`git ${args.join(' ')} failed in ${cwd}: ${stderr.trim() || 'no output'}`, options)
    this.name = 'GitCommandError'
  }

  /** What git said, for the user: its first line, at most 300 characters, or the error's own message. */
  get reason(): string {
    return (this.stderr.trim().split('\n')[0] ?? '').slice(0, 300) || this.message.slice(0, 300)
  }
}

/** A value from the repository or the event that was to be given to git as a commit id, and is not one. */
export class InvalidCommitIdError extends Error {
  constructor(
    readonly value: string,
    readonly where: string,
  ) {
    super(`${where} is not a commit id (7 to 64 hexadecimal digits): ${JSON.stringify(value.slice(0, 80))}`)
    this.name = 'InvalidCommitIdError'
  }
}

export interface GitRunOptions {
  /**
   * GIT_CEILING_DIRECTORIES: git never looks for a repository in or above it. The action sets the
   * workspace's parent, so no directory outside the checkout can be taken for its repository.
   */
  readonly ceiling?: string
  /** How long one git command may take before it is killed; see GIT_TIME_LIMIT_MS. */
  readonly timeLimitMs?: number
}

/**
 * A git command that has not answered by then is killed and fails like any other, so the audit
 * falls back to walking the directory: a hostile `.git` can make git wait for ever (an index that
 * is a FIFO blocks `ls-files`). Listing a large monorepo takes well under a second.
 */
export const GIT_TIME_LIMIT_MS = 60_000

/**
 * Everything a repository's own configuration (.git/config, or a committed directory git takes for
 * a bare repository) could make a read-only command run, switched off on the command line, which
 * outranks every configuration file. What git never runs for the commands the audit uses (clean and
 * smudge filters, editors) is left out; `DIFF_SAFETY` and `LOG_SAFETY` go on diff and log themselves.
 */
export const SAFE_CONFIG: readonly string[] = [
  'core.fsmonitor=false',
  'core.hooksPath=/dev/null',
  'safe.bareRepository=explicit',
  'core.untrackedCache=false',
  'log.showSignature=false',
  'diff.external=',
  'core.pager=cat',
  'core.askPass=',
  'credential.helper=',
  'core.sshCommand=',
  'protocol.allow=never',
].flatMap((setting) => ['-c', setting])

/** On every diff: no external diff program, no textconv driver. */
export const DIFF_SAFETY: readonly string[] = ['--no-ext-diff', '--no-textconv']
/** On every log: the same, and no signature check (gpg.program). */
export const LOG_SAFETY: readonly string[] = [...DIFF_SAFETY, '--no-show-signature']

/**
 * What git needs to find itself, its locale, a temporary directory and the runner's global
 * configuration (safe.directory lives there), and nothing else: no token, no INPUT_*, no GIT_DIR
 * or GIT_CONFIG_* from the caller that could point git at another repository or configuration.
 */
const PASSED_THROUGH = new Set([
  'PATH',
  'HOME',
  'XDG_CONFIG_HOME',
  'LANG',
  'LC_ALL',
  'LC_CTYPE',
  'TMPDIR',
  'SYSTEMROOT',
  'WINDIR',
  'COMSPEC',
  'PATHEXT',
  'USERPROFILE',
  'HOMEDRIVE',
  'HOMEPATH',
  'TEMP',
  'TMP',
])

/** The environment git runs with, built from `env` (matched case-insensitively: Windows spells `Path`). */
export function gitEnvironment(env: NodeJS.ProcessEnv, options: GitRunOptions = {}): Record<string, string> {
  const out: Record<string, string> = {}
  for (const [name, value] of Object.entries(env)) {
    if (value !== undefined && PASSED_THROUGH.has(name.toUpperCase())) out[name] = value
  }
  out.GIT_OPTIONAL_LOCKS = '0'
  out.GIT_TERMINAL_PROMPT = '0'
  out.GIT_PAGER = 'cat'
  if (options.ceiling !== undefined) out.GIT_CEILING_DIRECTORIES = options.ceiling
  return out
}

/** The full argument list of one git invocation: the safe configuration first, then the command. */
export function gitArguments(args: readonly string[]): string[] {
  return [...SAFE_CONFIG, ...args]
}

const COMMIT_ID = /^[0-9a-f]{7,64}$/i

/** `value` when it is a commit id git cannot read as an option or a revision expression; throws otherwise. */
export function commitId(value: unknown, where: string): string {
  if (typeof value !== 'string' || !COMMIT_ID.test(value)) throw new InvalidCommitIdError(String(value), where)
  return value
}

/** Runs git with a large buffer (ls-files of a big monorepo is many MB) and returns stdout. */
export function runGit(args: readonly string[], cwd: string, options: GitRunOptions = {}): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(
      'git',
      gitArguments(args),
      { cwd, maxBuffer: 512 * 1024 * 1024, encoding: 'utf8', env: gitEnvironment(process.env, options), timeout: options.timeLimitMs ?? GIT_TIME_LIMIT_MS, killSignal: 'SIGKILL' },
      (error, stdout, stderr) => {
        const timedOut = error !== null && error.killed === true
        if (error) reject(new GitCommandError(args, cwd, timedOut ? `no answer within ${(options.timeLimitMs ?? GIT_TIME_LIMIT_MS) / 1000} s; git was stopped` : stderr || error.message, { cause: error }))
        else resolve(stdout)
      },
    )
  })
}
