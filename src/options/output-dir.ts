import { isInside } from '../paths/is-inside.js'
import { lstat, mkdir, stat } from 'node:fs/promises'
import type { Stats } from 'node:fs'
import { join, parse, resolve, sep } from 'node:path'
import { SettingsError } from './settings-error.js'

/** A directory a config file's `output-dir` may resolve into, with the name users know it by. */
export interface NamedDir {
  readonly name: string
  readonly path: string
}

/**
 * What a repository's own config file may do with `output-dir`. The action confines it to the runner's
 * directories; the CLI ignores it, because the CLI writes files only where the user said (--output-dir).
 */
export type ConfigOutputDirPolicy = 'ignored' | { readonly within: readonly NamedDir[] }

export interface OutputDirSetting {
  readonly text: string
  readonly where: string
}

export interface OutputDirRequest {
  /** From an input or a flag: the user's own, it may point anywhere. */
  readonly fromUser: OutputDirSetting | undefined
  /** From the config file, which the repository controls. */
  readonly fromConfig: OutputDirSetting | undefined
  readonly policy: ConfigOutputDirPolicy
  /** Relative values resolve against it (the workspace, the cwd for the CLI). */
  readonly baseDir: string
  /** Below these no directory on the way to the output may be a symbolic link: the tree may hold them. */
  readonly guardedRoots: readonly string[]
  readonly defaultDir: string | undefined
}

/** Line breaks, ESC, NUL and the other C0/C1 controls: a newline in a path printed to the log starts a workflow command. */
const CONTROL_CHARACTER = /\p{Cc}/u

function isBelow(parent: string, child: string): boolean {
  return child !== parent && isInside(parent, child)
}

async function lstatIfPresent(path: string): Promise<Stats | undefined> {
  try {
    return await lstat(path)
  } catch (error: unknown) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined
    throw error
  }
}

/**
 * Creates `dir` one component at a time, never with a recursive mkdir (which spins forever under /proc),
 * refusing a component below a guarded root that is a symbolic link or not a directory.
 */
export async function createOutputDir(dir: string, guardedRoots: readonly string[], setting: OutputDirSetting): Promise<void> {
  const refuse = (detail: string, accepted: string): SettingsError => new SettingsError(setting.where, `${JSON.stringify(setting.text)} (${detail})`, accepted)
  const { root } = parse(dir)
  let current = root
  for (const part of dir.slice(root.length).split(sep).filter((name) => name !== '')) {
    current = join(current, part)
    let info: Stats | undefined
    try {
      info = await lstatIfPresent(current)
      if (info === undefined) {
        await mkdir(current).catch((error: NodeJS.ErrnoException) => {
          if (error.code !== 'EEXIST') throw error
        })
        info = await lstat(current)
      }
      if (info.isSymbolicLink()) {
        const guard = guardedRoots.find((guarded) => isBelow(guarded, current))
        if (guard !== undefined) throw refuse(`${current} is a symbolic link inside ${guard}`, 'a directory whose parts inside the workspace are real directories, not symbolic links')
        info = await stat(current)
      }
    } catch (error: unknown) {
      if (error instanceof SettingsError) throw error
      throw refuse((error as Error).message, 'a directory that exists or can be created')
    }
    if (!info.isDirectory()) throw refuse(`${current} is not a directory`, 'a directory that exists or can be created')
  }
}

function refuseControlCharacters(setting: OutputDirSetting): void {
  if (CONTROL_CHARACTER.test(setting.text)) {
    throw new SettingsError(setting.where, JSON.stringify(setting.text), 'a path without line breaks or other control characters')
  }
}

function confine(absolute: string, setting: OutputDirSetting, within: readonly NamedDir[]): void {
  if (within.some((allowed) => isInside(allowed.path, absolute))) return
  const places = within.map((allowed) => `${allowed.name} (${allowed.path})`).join(' or ')
  throw new SettingsError(setting.where, JSON.stringify(setting.text), `a directory inside ${places}: a config file may not send reports elsewhere; use the output-dir input for that`)
}

/** The absolute output directory, created; undefined when no report files are written. */
export async function resolveOutputDir(request: OutputDirRequest): Promise<string | undefined> {
  const fromConfig = request.policy === 'ignored' ? undefined : request.fromConfig
  const chosen = request.fromUser ?? fromConfig
  if (chosen === undefined) {
    if (request.defaultDir === undefined) return undefined
    await createOutputDir(request.defaultDir, request.guardedRoots, { text: request.defaultDir, where: 'default output directory' })
    return request.defaultDir
  }
  refuseControlCharacters(chosen)
  const absolute = resolve(request.baseDir, chosen.text)
  if (chosen === fromConfig && request.policy !== 'ignored') confine(absolute, chosen, request.policy.within)
  await createOutputDir(absolute, request.guardedRoots, chosen)
  return absolute
}

/** The action's rule: a config file's `output-dir` stays inside the workspace or the runner's temporary directory. */
export function withinRunnerDirs(workspace: string, runnerTemp: string): ConfigOutputDirPolicy {
  return { within: [{ name: 'GITHUB_WORKSPACE', path: workspace }, { name: 'RUNNER_TEMP', path: runnerTemp }] }
}
