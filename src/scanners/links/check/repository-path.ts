import { posix } from 'node:path'

/** True when a normalised relative path climbs above its base. */
export function isOutside(path: string): boolean {
  return path === '..' || path.startsWith('../')
}

/** posix.normalize without the `.` it returns for an empty path, and without a trailing `/`. */
export function normalizePath(path: string): string {
  const normalized = posix.normalize(path).replace(/\/+$/, '')
  return normalized === '.' ? '' : normalized.replace(/^\.\//, '')
}

/** `path` inside `directory` ('' is the root), normalised. */
export function joinPath(directory: string, path: string): string {
  return normalizePath(directory === '' ? path : `${directory}/${path}`)
}

/** The directory of a repository path ('' for a file at the root). */
export function directoryOf(path: string): string {
  const slash = path.lastIndexOf('/')
  return slash === -1 ? '' : path.slice(0, slash)
}

/** True when `path` is `directory` or lies inside it ('' holds everything). */
export function isWithin(path: string, directory: string): boolean {
  return directory === '' || path === directory || path.startsWith(`${directory}/`)
}

/** How to write `to` in a link from the file `from`: relative, with `./` dropped, '' never. */
export function relativeLink(from: string, to: string): string {
  const relative = posix.relative(directoryOf(from) === '' ? '.' : directoryOf(from), to === '' ? '.' : to)
  return relative === '' ? './' : relative
}

/** The extension of a path's last segment, lower case, without the dot; '' for none (and for `.hidden`). */
export function extensionOf(path: string): string {
  const name = path.slice(path.lastIndexOf('/') + 1)
  const dot = name.lastIndexOf('.')
  return dot <= 0 ? '' : name.slice(dot + 1).toLowerCase()
}
