/**
 * A file that says what language it is written in: Emacs's `-*- tcl -*-` or `-*- mode: python -*-`
 * and Vim's `vim: set ft=tcl:` on its first line, or its second after a `#!` line. git's
 * `git-gui.sh` is Tcl that starts as a shell script: read as shell, its quotes hide its comments.
 */

const MODE_NAMES: Readonly<Record<string, string>> = {
  tcl: 'Tcl', python: 'Python', perl: 'Perl', cperl: 'Perl', ruby: 'Ruby', sh: 'Shell', 'shell-script': 'Shell', bash: 'Shell',
  c: 'C', 'c++': 'C++', js: 'JavaScript', javascript: 'JavaScript', lua: 'Lua', makefile: 'Makefile', yaml: 'YAML',
}

const EMACS = /-\*-\s*(?:[^:;]*?;\s*)*?(?:mode:\s*)?([\w+-]+)\s*(?:;[^*]*)?-\*-/i
const VIM = /\bvim?:\s*(?:set\s+)?(?:[^:]*\s)?(?:ft|filetype|syntax)=([\w+-]+)/

/** The language the file's mode line names, when the scanner knows it; looks at the first two lines only. */
export function modelineLanguage(text: string): string | undefined {
  const head = text.slice(0, 400)
  if (!head.includes('-*-') && !head.includes('vim')) return undefined
  const lines = head.split('\n', 2)
  const candidates = lines[0]?.startsWith('#!') === true ? lines : lines.slice(0, 1)
  for (const line of candidates) {
    const emacs = EMACS.exec(line)
    if (emacs !== null && !/^coding$/i.test(emacs[1] as string)) {
      const name = MODE_NAMES[(emacs[1] as string).toLowerCase()]
      if (name !== undefined) return name
    }
    const vim = VIM.exec(line)
    if (vim !== null) {
      const name = MODE_NAMES[(vim[1] as string).toLowerCase()]
      if (name !== undefined) return name
    }
  }
  return undefined
}
