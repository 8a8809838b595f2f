/** The `path = ...` entries of a `.gitmodules` file: directories whose content is another repository. */
export function submodulePaths(gitmodules: string): string[] {
  const paths: string[] = []
  for (const line of gitmodules.split('\n')) {
    const trimmed = line.trim()
    const equals = trimmed.indexOf('=')
    if (equals === -1 || trimmed.slice(0, equals).trim() !== 'path') continue
    const path = trimmed.slice(equals + 1).trim().replace(/^"(.*)"$/, '$1').replace(/\/+$/, '')
    if (path !== '') paths.push(path)
  }
  return paths
}
