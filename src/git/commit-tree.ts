import { spawn } from 'node:child_process'
import { GIT_TIME_LIMIT_MS, GitCommandError, gitArguments, gitEnvironment, runGit, type GitRunOptions } from './run-git.js'

/** One file of a commit's tree, as `git ls-tree --long` lists it. */
export interface TreeEntry {
  /** Relative to the directory git ran in, with `/`. */
  readonly path: string
  /** `100644`, `100755`, `120000` (a link), `160000` (a submodule). */
  readonly mode: string
  readonly blob: string
  /** Bytes; undefined for submodules. */
  readonly bytes: number | undefined
}

/**
 * The files of `commit` below `cwd`, read from git's objects without checking anything out:
 * what a baseline audit sees of another commit. Paths are relative to `cwd`, as the work tree's
 * listing is.
 */
export async function listCommitTree(cwd: string, commit: string, options: GitRunOptions = {}): Promise<TreeEntry[]> {
  const out = await runGit(['-c', 'core.quotepath=off', 'ls-tree', '-r', '-z', '--long', '--end-of-options', commit], cwd, options)
  const entries: TreeEntry[] = []
  for (const record of out.split('\0')) {
    if (record === '') continue
    // `<mode> SP <type> SP <object> SP+ <size> TAB <path>`
    const tab = record.indexOf('\t')
    const [mode, type, blob, size] = record.slice(0, tab).split(/ +/)
    if (type !== 'blob' && type !== 'commit') continue
    entries.push({ path: record.slice(tab + 1), mode: mode as string, blob: blob as string, bytes: size === '-' || size === undefined ? undefined : Number(size) })
  }
  return entries
}

/**
 * The contents of `blobs`, by object id, through one `git cat-file --batch`: one process for the
 * whole tree instead of one per file. The output is parsed as it arrives, each blob copied out, so
 * the tree is held once, not twice. Blobs git does not have are left out.
 */
export function readBlobs(cwd: string, blobs: readonly string[], options: GitRunOptions = {}): Promise<Map<string, Buffer>> {
  const args = ['cat-file', '--batch']
  return new Promise((resolve, reject) => {
    const child = spawn('git', gitArguments(args), { cwd, env: gitEnvironment(process.env, options), stdio: ['pipe', 'pipe', 'pipe'] })
    const parser = new BatchParser()
    let stderr = ''
    const timer = setTimeout(() => child.kill('SIGKILL'), options.timeLimitMs ?? GIT_TIME_LIMIT_MS)
    child.stdout.on('data', (chunk: Buffer) => parser.push(chunk))
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')))
    child.on('error', (error) => {
      clearTimeout(timer)
      reject(new GitCommandError(args, cwd, error.message, { cause: error }))
    })
    child.on('close', (code) => {
      clearTimeout(timer)
      if (code !== 0) reject(new GitCommandError(args, cwd, stderr || `exit ${code ?? 'signal'}`))
      else resolve(parser.contents)
    })
    // The pipe closes early only when git has died, which `close` reports.
    child.stdin.on('error', () => undefined)
    child.stdin.end(blobs.map((blob) => `${blob}\n`).join(''))
  })
}

/** `<object> SP <type> SP <size> LF <contents> LF`, or `<object> SP missing LF`, in chunks as they come. */
export class BatchParser {
  readonly contents = new Map<string, Buffer>()
  private pending: Buffer = Buffer.alloc(0)
  /** The blob whose contents are being read, and its size. */
  private current: { readonly id: string; readonly size: number } | undefined

  push(chunk: Buffer): void {
    this.pending = this.pending.length === 0 ? chunk : Buffer.concat([this.pending, chunk])
    for (;;) {
      if (this.current !== undefined) {
        // The contents and the LF after them.
        if (this.pending.length < this.current.size + 1) return
        this.contents.set(this.current.id, Buffer.from(this.pending.subarray(0, this.current.size)))
        this.pending = this.pending.subarray(this.current.size + 1)
        this.current = undefined
        continue
      }
      const end = this.pending.indexOf(0x0a)
      if (end === -1) return
      const header = this.pending.subarray(0, end).toString('latin1').split(' ')
      this.pending = this.pending.subarray(end + 1)
      if (header[1] !== 'missing' && header.length >= 3) this.current = { id: header[0] as string, size: Number(header[2]) }
    }
  }
}
