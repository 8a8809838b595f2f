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
}

/** Runs git with a large buffer (ls-files of a big monorepo is many MB) and returns stdout. */
export function runGit(args: readonly string[], cwd: string): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(
      'git',
      [...args],
      { cwd, maxBuffer: 512 * 1024 * 1024, encoding: 'utf8', env: { ...process.env, GIT_OPTIONAL_LOCKS: '0' } },
      (error, stdout, stderr) => {
        if (error) reject(new GitCommandError(args, cwd, stderr || error.message, { cause: error }))
        else resolve(stdout)
      },
    )
  })
}
