import { isAbsolute, relative, sep } from 'node:path'

/**
 * Whether `child` is `parent` or lies below it, both absolute. A name that merely starts with two
 * dots (`..data/x`) is inside; only a `..` segment leads out.
 */
export function isInside(parent: string, child: string): boolean {
  const rel = relative(parent, child)
  return rel === '' || (rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel))
}
