#!/usr/bin/env node
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 298:
/***/ ((module) => {

// A simple implementation of make-array
function makeArray (subject) {
  return Array.isArray(subject)
    ? subject
    : [subject]
}

const UNDEFINED = undefined
const EMPTY = ''
const SPACE = ' '
const ESCAPE = '\\'

// The characters that carry a meaning of their own inside a regular
//   expression, so a literal one has to be escaped before it is emitted.
const REGEX_LITERAL_SPECIAL = /[.*+?()[\]{}^$|\\/]/
const BOM = '\uFEFF'
// A run of two or more asterisks is a globstar (#175)
const REGEX_ANCHORED_GLOBSTAR = /^\/\*{2,}$/
const REGEX_REPLACE_LEADING_EXCAPED_EXCLAMATION = /^\\!/
const REGEX_REPLACE_LEADING_EXCAPED_HASH = /^\\#/
const REGEX_SPLITALL_CRLF = /\r?\n/g

// Invalid:
// - /foo,
// - ./foo,
// - ../foo,
// - .
// - ..
// Valid:
// - .foo
const DOUBLE_SLASH = '//'
const SLASH_CODE = 47
const DOT_CODE = 46


const SLASH = '/'

// Do not use ternary expression here, since "istanbul ignore next" is buggy
let TMP_KEY_IGNORE = 'node-ignore'
/* istanbul ignore else */
if (typeof Symbol !== 'undefined') {
  TMP_KEY_IGNORE = Symbol.for('node-ignore')
}
const KEY_IGNORE = TMP_KEY_IGNORE

const define = (object, key, value) => {
  Object.defineProperty(object, key, {value})
  return value
}

const RETURN_FALSE = () => false

// > The range notation, e.g. [a-zA-Z],
// > can be used to match one of the characters in a range.
//
// gitignore(5) defers to fnmatch(3) for this, and git implements it in
//   `wildmatch.c`.  A bracket expression has a sub-grammar of its own, which
//   is neither the surrounding pattern grammar nor the JavaScript one:
//
//   - a `]` right after `[` or `[!` is a literal member, not the terminator
//   - `[:alpha:]` names one of twelve POSIX classes
//   - `\` escapes the next member, `]` included
//   - `*`, `?` and `.` are plain literal members
//   - an unterminated expression makes the whole pattern match nothing
//
// which means the expression can not be located -- let alone translated -- by
//   a regular expression.  It is scanned out of the pattern before the
//   replacers below run, and put back once they are done, so that neither the
//   metacharacter escaper nor the `?` / `*` replacers ever see its body.

// git classifies with its own ASCII-only ctype macros (`wildmatch.c`), never
//   with the C library ones, so these must not be mapped onto `\d` / `\w` /
//   `\s`, which are wider.  `/` is left out of every expansion, because a
//   bracket expression never matches a path separator.
const POSIX_CLASSES = {
  alnum: '0-9A-Za-z',
  alpha: 'A-Za-z',
  blank: ' \\t',
  cntrl: '\\x00-\\x1f\\x7f',
  digit: '0-9',
  graph: '!-.0-~',
  lower: 'a-z',
  print: ' -.0-~',
  punct: '!-.:-@\\[-`{-~',
  // git's `sane-ctype.h` classifies \v and \f as control, not space,
  //   unlike C's `isspace`
  space: ' \\t\\n\\r',
  upper: 'A-Z',
  xdigit: '0-9A-Fa-f'
}

const CLASS_MEMBERS_TO_ESCAPE = '\\]^-['

const escapeMember = char => CLASS_MEMBERS_TO_ESCAPE.indexOf(char) < 0
  ? char
  : ESCAPE + char

// > if (matched == negated || ((flags & WM_PATHNAME) && text_ch == '/'))
// >   return WM_ABORT_TO_STARSTAR;                     (git, `wildmatch.c`)
// A bracket expression never matches a path separator, whatever its members
//   say, so a negated class gets `/` as one more excluded character, while a
//   plain one -- where a literal member or a range could still let `/` in --
//   is guarded with a lookahead, `/` being impossible to subtract from a
//   JavaScript character class.
const NON_SLASH = '(?!\\/)'

const classSource = (negated, body) => {
  if (negated) {
    return `[^\\/${body}]`
  }

  const source = `[${body}]`

  return new RegExp(source).test('/')
    ? NON_SLASH + source
    : source
}

// Scan the bracket expression that starts at `pattern[start] === '['`,
//   mirroring the member loop of git's `wildmatch.c`.
// @returns {{end: number, source: string} | null} `null` if the expression is
//   never terminated, which makes the whole pattern match nothing.
const scanBracket = (pattern, start) => {
  const {length} = pattern
  let index = start + 1
  let negated = EMPTY

  const lead = pattern[index]
  if (lead === '!' || lead === '^') {
    negated = '^'
    index ++
  }

  let body = EMPTY

  // The member a `-` could start a range from, or EMPTY when the previous
  //   member can not open one (start of the body, or a range / POSIX class
  //   that has just closed)
  let prev = EMPTY

  // git scans the members with a do-while, so the first one is consumed
  //   unconditionally.  That is the whole reason a leading `]` is a member
  //   and not the terminator.
  for (;;) {
    const char = pattern[index]

    if (char === UNDEFINED) {
      return null
    }

    if (char === ESCAPE) {
      // A pattern can not end on a lone backslash -- `createRule` has
      //   already thrown it away -- so there is a character to read.
      const escaped = pattern[++ index]
      body += escapeMember(escaped)
      prev = escaped
    } else if (
      char === '-'
      && prev
      && index + 1 < length
      && pattern[index + 1] !== ']'
    ) {
      index ++
      let to = pattern[index]
      if (to === ESCAPE) {
        to = pattern[index += 1]
      }
      // An out-of-order range matches nothing in git but is a syntax error in
      //   JavaScript, so it is dropped.  Its lower bound stays: git tests it
      //   as a plain member before it ever looks at the `-`, so `[c-a]` does
      //   match `c`.
      if (prev <= to) {
        body += `-${escapeMember(to)}`
      }
      prev = EMPTY
    } else if (char === '[' && pattern[index + 1] === ':') {
      const nameStart = index + 2
      let end = nameStart
      while (end < length && pattern[end] !== ']') {
        end ++
      }

      if (end === length) {
        return null
      }

      if (end > nameStart && pattern[end - 1] === ':') {
        const name = pattern.slice(nameStart, end - 1)

        // An unknown class name makes the whole pattern match nothing
        if (!Object.prototype.hasOwnProperty.call(POSIX_CLASSES, name)) {
          return null
        }

        body += POSIX_CLASSES[name]
        prev = EMPTY
        index = end
      } else {
        // No `:]` to close it, so the `[` is a plain member and scanning
        //   resumes right after it.
        body += escapeMember('[')
        prev = '['
        index = nameStart - 2
      }
    } else {
      body += escapeMember(char)
      prev = char
    }

    index ++

    if (pattern[index] === ']') {
      return {
        end: index,
        source: classSource(negated, body)
      }
    }
  }
}

// An empty JavaScript class can never match, which is how a pattern that git
//   gives up on (`WM_ABORT_ALL`) is expressed here.
const NEVER_MATCH = '[]'

// A NUL can appear in neither a `.gitignore` line nor a path, which makes it
//   the one safe placeholder character.  A literal one in the pattern is
//   held aside all the same, so a collision is impossible by construction.
const PLACEHOLDER = '\u0000'
const REGEX_RESTORE_PLACEHOLDER = new RegExp(
  `${PLACEHOLDER}(\\d+)${PLACEHOLDER}`, 'g'
)

// The one wildcard the chain does not expand for itself is a trailing `*`. How
//   it expands depends on the mode (`regex` vs `checkRegex`), so `_make` is
//   left to do it, and until then the pending wildcard travels as this marker.
//   That is what keeps it apart from a user-escaped literal `\*`: the unescape
//   steps collapse the escaped one to the exact `\*` a wildcard would leave
//   behind, so by the time `_make` runs the two are otherwise the same string
//   and a literal star gets wrongly rewritten into a wildcard. The marker is a
//   private-use character, and `extractBrackets` keeps one that came out of the
//   pattern apart from it, so the only marker `_make` ever turns back into a
//   real wildcard is the one this chain put there itself.
const TRAILING_WILDCARD = '\uE000'

// A trailing "/**" is deferred the same way, because `checkRegex` has to tell
//   it apart from a trailing "/*" (see `checkSourceOf`). For `.ignores()` it
//   still never matches the folder itself (#21).
const TRAILING_DOUBLESTAR = '\uE001'

// The three characters above mean something to the chain that builds the
//   source rather than to the path, so one that came out of the pattern is
//   held aside like a bracket expression instead of going straight out. Being
//   held is what makes it safe: the restore runs after the step that anchors
//   the source, so the character comes back in the middle of the source and
//   not at its end, which is the one place `_make` and `checkSourceOf` look
//   for a marker. Without it a pattern's own character lands where a pending
//   marker sits, and `_make` turns it into a real trailing wildcard.
//
// It is held as a one-member class rather than bare, in both of the branches
//   a reserved character can reach, so that the property can be
//   read off this function alone -- a reserved character never goes out on
//   its own -- rather than depending on where in the chain the restore
//   happens to run. In the expression built here `[x]` matches exactly what
//   `x` matches, none of the three being special to a regular expression or
//   inside a class, so no test can tell the two apart: the class is insurance,
//   and the paragraph above is the reason it is not needed.
const isReserved = char =>
  char === PLACEHOLDER
  || char === TRAILING_WILDCARD
  || char === TRAILING_DOUBLESTAR

// Replace every bracket expression with a placeholder the replacers below
//   leave alone, and translate it separately.
const extractBrackets = pattern => {
  const sources = []
  const hold = source =>
    `${PLACEHOLDER}${sources.push(source) - 1}${PLACEHOLDER}`

  const {length} = pattern
  let out = EMPTY
  let index = 0

  while (index < length) {
    const char = pattern[index]

    if (char === ESCAPE) {
      // > Put a backslash ("\") in front of ... a character to make it literal.
      //                                            (gitignore(5) -> fnmatch(3))
      // A backslash quotes the next character, whatever it is, so `\d` is a
      //   literal `d`, not the regex digit class, and `\?` is a literal `?`,
      //   not a wildcard. Held aside as its literal here, the escape never
      //   reaches the replacers below, which would otherwise let `\d`, `\b`,
      //   `\1`, `\/` keep their regular-expression meaning, and would turn a
      //   `\?` into `[^\/]`.
      //
      // Three escapes are still left for the chain: `\*` (a literal star,
      //   told apart from a wildcard by `TRAILING_WILDCARD` and the wildcard
      //   replacers), `\[` (a literal bracket, the one `[` the bracket
      //   replacer still expects), and `\ ` (a quoted space, which one pass
      //   below rewrites in bulk -- holding each one aside instead costs more
      //   on a pattern built out of them).
      //
      // A quoted backslash is not among them. The chain doubles every
      //   backslash, then takes the doubling back out again, and a quoted one
      //   standing next to a character the chain also escapes left the two
      //   counts sharing a run, so one of the escapes was lost. Held here as
      //   the literal it means, it never joins that run.
      const escaped = pattern[index + 1]

      if (escaped === SLASH && index + 2 === length) {
        // Git removes a final directory slash before matching. An escape
        //   without a character after that removal makes the pattern invalid.
        out += hold(NEVER_MATCH)
      } else if (
        escaped === '*'
        || escaped === '['
        || escaped === SPACE
      ) {
        out += pattern.slice(index, index + 2)
      } else {
        out += hold(
          REGEX_LITERAL_SPECIAL.test(escaped)
            ? ESCAPE + escaped
            : isReserved(escaped)
              ? `[${escaped}]`
              : escaped
        )
      }

      index += 2
    } else if (isReserved(char)) {
      out += hold(`[${char}]`)
      index ++
    } else if (char === '[') {
      const scanned = scanBracket(pattern, index)

      if (scanned === null) {
        // git gives up on the whole pattern (`WM_ABORT_ALL`), so whatever
        //   follows can not make it match either.
        out += hold(NEVER_MATCH)
        index = length
      } else {
        out += hold(scanned.source)
        index = scanned.end + 1
      }
    } else {
      out += char
      index ++
    }
  }

  return {
    source: out,
    sources
  }
}

// A step of the chain below is normally a `[matcher, replacer]` pair handed
//   to `String.replace`. `DIRECT` marks the ones that are plain string work
//   instead, and take `(source, pattern)`.
//
// Anchoring the two ends is exactly that -- a test of one character and a
//   concatenation -- and putting it through the regular expression engine
//   cost a third of this chain for nothing: 167ns where 10ns does the same
//   job. The two are still steps in the same list, in the same places,
//   because their position in the order is part of what they mean.
const DIRECT = null

// A separator at the beginning or in the middle of a pattern, as opposed to
//   one at the very end.
const REGEX_INNER_SLASH = /\/(?!$)/
const WILDCARD = '[^\\/]*'

// > If the pattern ends with a slash,
// > it is removed for the purpose of the following description,
// > but it would only find a match with a directory.
// > In other words, foo/ will match a directory foo and paths underneath it,
// > but will not match a regular file or a symbolic link foo
// >  (this is consistent with the way how pathspec works in general in Git).
// '`foo/`' will not match regular file '`foo`' or symbolic link '`foo`'
// -> ignore-rules will not deal with it, because it costs extra `fs.stat` call
//      you could use option `mark: true` with `glob`

// '`foo/`' should not continue with the '`..`'
// The chain that turns one gitignore pattern into a regular expression
//   source, in order. A step is either
//
//   [matcher, replacer]            handed to `String.replace`
//   [matcher, replacer, required]  the same, but skipped outright unless
//                                    `required` appears in the string, which
//                                    the matcher cannot match without
//   [DIRECT, transform]            plain string work, taking (source, pattern)
//
// The `required` character is only ever a shortcut: finding it does not mean
//   the matcher will match, and not finding it means it cannot. It is there
//   because scanning for one character costs a fraction of running a matcher
//   that then finds nothing -- for the wildcard step, whose `[^\\]+`
//   backtracks its way through the whole string before giving up, 11ns
//   against 400ns.
const REPLACERS = [

  // Replace (\ ) with ' '
  // Only a space: an escaped tab or other whitespace is already a literal by
  //   the time it reaches here, and a bare tab must be left as one, not turned
  //   into a space.
  // (\ ) -> ' '
  // (\\ ) -> '\\ '
  // (\\\ ) -> '\\ '
  [
    // A run of backslashes is taken whole, from its first one, so no match
    //   ever starts again inside it -- `(\\+?) ` did, which made a long run
    //   quadratic.
    /(\\+)( ?)/g,
    (_, run, space) => space
      ? run.slice(0, run.length - run.length % 2) + SPACE
      : run,
    ESCAPE + SPACE
  ],

  // git's wildmatch() reads a run of two or more asterisks as one globstar
  //   whenever the run fills a path segment: it starts the pattern or follows
  //   a `/`, and it ends the pattern or comes before a `/`. A run of two is
  //   already `**`; a longer one is folded into `**` here, so the steps
  //   below only ever have to know `**`.
  // `***/foo` -> `**/foo`, `a/***/b` -> `a/**/b`, `a/***` -> `a/**`
  // git also takes a run beside a literal prefix (`a***/b`) or beside an
  //   escaped slash (`***\/b`) as a globstar, and this does not; the README
  //   lists both, under "A run of asterisks".
  [
    /(^|\/)\*{3,}(?=\/|$)/g,
    (_, start) => `${start}**`,
    '*'
  ],

  // Escape metacharacters
  // which is written down by users but means special for regular expressions.

  // > There are 12 characters with special meanings:
  // > - the backslash \,
  // > - the caret ^,
  // > - the dollar sign $,
  // > - the period or dot .,
  // > - the vertical bar or pipe symbol |,
  // > - the question mark ?,
  // > - the asterisk or star *,
  // > - the plus sign +,
  // > - the opening parenthesis (,
  // > - the closing parenthesis ),
  // > - and the opening square bracket [,
  // > - the opening curly brace {,
  // > These special characters are often called "metacharacters".
  [
    /[\\$.|*+(){^]/g,
    match => `\\${match}`
  ],

  [
    // > a question mark (?) matches a single character
    /(?!\\)\?/g,
    () => '[^/]',
    '?'
  ],

  // leading slash
  [

    // > A leading slash matches the beginning of the pathname.
    // > For example, "/*.c" matches "cat-file.c" but not "mozilla-sha1/sha1.c".
    // A leading slash matches the beginning of the pathname
    /^\//,
    () => '^',
    SLASH
  ],

  // replace special metacharacter slash after the leading slash
  [
    /\//g,
    () => '\\/',
    SLASH
  ],

  [
    // > A leading "**" followed by a slash means match in all directories.
    // > For example, "**/foo" matches file or directory "foo" anywhere,
    // > the same as pattern "foo".
    // > "**/foo/bar" matches file or directory "bar" anywhere that is directly
    // >   under directory "foo".
    // Notice that the '*'s have been replaced as '\\*'
    /^\^*(?:\\\*\\\*\\\/)+/,

    // '**/foo' <-> 'foo'
    () => '(?:^|\\/)',
    '*'
  ],

  // starting
  [
    // there will be no leading '/'
    //   (which has been replaced by section "leading slash")
    // If starts with '**', adding a '^' to the regular expression also works
    DIRECT,
    (source, pattern) => {
      // Nothing to anchor to, or already anchored (`^` or `(?:^|\/)`)
      if (!source || source[0] === '^' || source[0] === '(') {
        return source
      }

      // If has a slash `/` at the beginning or middle
      const anchor = !REGEX_INNER_SLASH.test(pattern)
        // > Prior to 2.22.1
        // > If the pattern does not contain a slash /,
        // >   Git treats it as a shell glob pattern
        // Actually, if there is only a trailing slash,
        //   git also treats it as a shell glob pattern

        // After 2.22.1 (compatible but clearer)
        // > If there is a separator at the beginning or middle (or both)
        // > of the pattern, then the pattern is relative to the directory
        // > level of the particular .gitignore file itself.
        // > Otherwise the pattern may also match at any level below
        // > the .gitignore level.
        ? '(?:^|\\/)'

        // > Otherwise, Git treats the pattern as a shell glob suitable for
        // >   consumption by fnmatch(3)
        : '^'

      return anchor + source
    }
  ],

  // two globstars
  [
    // Use lookahead assertions so that we could match more than one `'/**'`
    /\\\/\\\*\\\*(?=\\\/|$)/g,

    // Zero, one or several directories
    // should not use '*', or it will be replaced by the next replacer

    // Check if it is not the last `'/**'`
    (_, index, str) => index + 6 < str.length

      // case: /**/ at the end of the pattern, i.e. a trailing `'/**/'`
      // > A trailing `"/**/"` (a trailing `"/**"` restricted to directories)
      // >   matches everything inside, but it should not match the current
      // >   folder itself, so it requires at least one directory segment.
      // 'a/**/' matches 'a/b/', 'a/x/y/' but not 'a/'
      ? str.slice(index + 6) === '\\/'
        ? '(?:\\/[^\\/]+)+'

        // case: /**/
        // > A slash followed by two consecutive asterisks then a slash matches
        // >   zero or more directories.
        // > For example, "a/**/b" matches "a/b", "a/x/b", "a/x/y/b" and so on.
        // '/**/'
        : '(?:\\/[^\\/]+)*'

      // case: /**
      // > A trailing `"/**"` matches everything inside.

      // #21: everything inside but it should not include the current folder,
      //   resolved by `_make`
      : `\\/${TRAILING_DOUBLESTAR}`,
    '*'
  ],

  // normal intermediate wildcards
  [
    // Never replace escaped '*'
    // ignore rule '\*' will match the path '*'

    // 'abc.*/' -> go
    // 'abc.*'  -> skip this rule,
    //    coz trailing single wildcard will be handed by [trailing wildcard]
    /(^|[^\\])(?:\\\*)+(?!$)/g,

    // '*.js' matches '.js'
    // '*.js' doesn't match 'abc'
    // 1. An asterisk "*" matches anything except a slash.
    // 2. Other consecutive asterisks are considered regular asterisks
    //    and collapse into one non-slash wildcard run.
    (_, p1) => p1 + WILDCARD,
    '*'
  ],

  // trailing wildcard, held apart from a literal star
  [
    // The step above leaves a trailing `*` alone, so a single `\*` is all that
    //   can be left at the end here, and what stands in front of it says which
    //   kind it is. A wildcard arrives as the escaper wrote it, `\*` with
    //   nothing before it; a literal arrives as the user's own escape, which
    //   the escaper doubled, and then the star's own -- `\\` and then `\*`.
    //   There is no third case: every backslash still reaching the chain is
    //   one `\*`, `\[` or `\ ` carries itself, and each is followed by its
    //   own character, so a longer run can never form. This runs while the
    //   two are still distinct, before the unescape steps below collapse the
    //   literal onto the very `\*` a wildcard leaves behind.
    /(^|[^\\])((?:\\\\)*)\\\*$/,

    (match, p1, p2) =>
      p2 === EMPTY
        // A real wildcard: carry it to `_make` as the marker, so the unescape
        //   steps and the trailing-wildcard rewrite can never mistake it for a
        //   literal `\*` (nor the reverse).
        ? p1 + TRAILING_WILDCARD
        // A literal star: leave it exactly as it stands for the unescape steps.
        : match,
    '*'
  ],

  [
    // unescape, revert step 3 except for back slash
    // For example, if a user escape a '\\*',
    // after step 3, the result will be '\\\\\\*'
    /\\\\\\(?=[$.|*+(){^])/g,
    () => ESCAPE,
    ESCAPE + ESCAPE
  ],

  [
    // '\\\\' -> '\\'
    /\\\\/g,
    () => ESCAPE,
    ESCAPE + ESCAPE
  ],

  [
    // Every real bracket expression -- POSIX classes included -- has already
    //   been held aside by `extractBrackets`, so the only `[` left in the
    //   pattern is an escaped, literal one.

    // A backslash could only stand at the end of the range if it quoted the
    //   `]`, and `\]` is held aside long before this.
    /\\\[([^\]/]*?)($|\])/g,

    // '\\[bar]' -> '\\\\[bar]'
    (match, range, close) => `\\[${range}${close}`,
    '['
  ],

  // ending
  [
    // 'js' will not match 'js.'
    // 'ab' will not match 'abc'
    DIRECT,

    // WTF!
    // https://git-scm.com/docs/gitignore
    // changes in [2.22.1](https://git-scm.com/docs/gitignore/2.22.1)
    // which re-fixes #24, #38

    // > If there is a separator at the end of the pattern then the pattern
    // > will only match directories, otherwise the pattern can match both
    // > files and directories.

    // 'js*' will not match 'a.js'
    // 'js/' will not match 'a.js'
    // 'js' will match 'a.js' and 'a.js/'
    source => {
      const last = source[source.length - 1]

      // The pattern is empty, or ends in a pending marker `_make` owns --
      //   the trailing wildcard, or a trailing "/**". A trailing `*` that is
      //   not the marker is a literal star, which anchors like any other
      //   final character.
      if (!last || last === TRAILING_WILDCARD || last === TRAILING_DOUBLESTAR) {
        return source
      }

      return last === SLASH
        // foo/ will not match 'foo'
        ? `${source}$`
        // foo matches 'foo' and 'foo/'
        : `${source}(?=$|\\/$)`
    }
  ]
]

const REGEX_REPLACE_TRAILING_WILDCARD = /(^|\\\/)?\uE000$/
const MODE_IGNORE = 'regex'
const MODE_CHECK_IGNORE = 'checkRegex'
const UNDERSCORE = '_'

const replaceTrailingWildcard = (_, p1) => {
  const prefix = p1
    // '\^':
    // '/*' does not match EMPTY
    // '/*' does not match everything

    // '\\\/':
    // 'abc/*' does not match 'abc/'
    ? `${p1}[^/]+`

    // 'a*' matches 'a'
    // 'a*' matches 'aa'
    : '[^/]*'

  return `${prefix}(?=$|\\/$)`
}

const REGEX_REPLACE_TRAILING_DOUBLESTAR = /\uE001$/

// 'abc/**' matches everything under 'abc', but not 'abc/' itself (#21):
//   requiring one arbitrary character (line terminators included, #176)
//   after 'abc/' is necessary and sufficient for `.test(path)`.
const replaceTrailingDoublestar = () => '[\\s\\S]'

// The fixed piece between the wildcard at `at` and the next wildcard of the
//   run: the tokens that separate them, joined as they appear in the source.
//   A run never holds two wildcards in a row, so there is always at least one
//   token.
const separatorAfter = (run, at) => {
  let separator = EMPTY

  for (let index = at + 1; index < run.length && !run[index].wildcard; index ++) {
    separator += run[index].single
  }

  return separator
}

// Where a run of non-slash wildcards is split by fixed pieces --
//   `[^/]*ab[^/]*cd...` -- the engine has many equivalent ways to lay the
//   input across the wildcards, and on input that does not match it works
//   through all of them, so the time grows with the number of wildcards
//   rather than the length of the path. Every wildcard but the last in such a
//   run can be pinned to stop where the piece after it begins, which leaves
//   one way to lay out the input and no rewinding, without changing which
//   paths match: the fixed pieces still bound the count, and the last
//   wildcard still absorbs the rest.
//
// A wildcard is pinned to the whole piece, never to the piece's first
//   character. The pin leaves no way back, so a wildcard that stopped at that
//   first character would hand over wherever the character happens to turn
//   up, including the places the rest of the piece cannot follow -- which is
//   how `f*o/*/*` came to miss `foo/b/c`, the first `o` of `foo` not being
//   the one the `o/` after it needs. Every token of a piece matches exactly
//   one character, so the first place the whole piece fits is the leftmost
//   place it can sit, and whatever is left over goes to the wildcards that
//   follow.
//
// The source is read one token at a time -- a wildcard, a single-character
//   piece (a literal, an escape, a class), or a parenthesised group or anchor
//   that ends the run -- so only a genuine wildcard is touched.
const pinWildcards = source => {
  if (source.indexOf(WILDCARD) < 0) {
    return source
  }

  const tokens = []
  const {length} = source
  let index = 0

  while (index < length) {
    const char = source[index]

    if (source.startsWith(WILDCARD, index)) {
      tokens.push({wildcard: true})
      index += WILDCARD.length
    } else if (char === '[') {
      let end = index + 1

      if (source[end] === '^') {
        end ++
      }

      if (source[end] === ']') {
        end ++
      }

      while (end < length && source[end] !== ']') {
        end += source[end] === ESCAPE
          ? 2
          : 1
      }

      end ++
      tokens.push({single: source.slice(index, end)})
      index = end
    } else if (char === ESCAPE) {
      tokens.push({single: source.slice(index, index + 2)})
      index += 2
    } else if (char === '(') {
      let depth = 0
      let end = index

      do {
        if (source[end] === ESCAPE) {
          end ++
        } else if (source[end] === '(') {
          depth ++
        } else if (source[end] === ')') {
          depth --
        }

        end ++
      } while (end < length && depth > 0)

      if ('*+?'.indexOf(source[end]) >= 0) {
        end ++
      }

      tokens.push({boundary: source.slice(index, end)})
      index = end
    } else if (char === '^' || char === '$') {
      tokens.push({boundary: char})
      index ++
    } else {
      tokens.push({single: char})
      index ++
    }
  }

  let out = EMPTY
  let run = []

  const flush = () => {
    let lastWildcard

    run.forEach((token, at) => {
      if (token.wildcard) {
        lastWildcard = at
      }
    })

    run.forEach((token, at) => {
      if (!token.wildcard) {
        out += token.single
        return
      }

      // Every wildcard but the last is pinned to the whole piece that
      //   follows it, for the reason set out above this function. The last
      //   one stays as it is and takes up the rest.
      out += at === lastWildcard
        ? WILDCARD
        : `(?:(?!${separatorAfter(run, at)})[^\\/])*`
    })

    run = []
  }

  tokens.forEach(token => {
    if (token.boundary === undefined) {
      run.push(token)
      return
    }

    flush()
    out += token.boundary
  })

  flush()

  return out
}

// @param {pattern}
const makeRegexPrefix = pattern => {
  // `/**` matches every path, as `**` does. The translation below only finds
  //   a globstar beside a slash it keeps, and the leading one is turned into
  //   an anchor, so `/**` would come out as `/*` and match one level only.
  //   Here rather than in `createRule`, so that `checkSourceOf`, which
  //   compiles `/**/` again without its trailing slash, gets it too.
  if (REGEX_ANCHORED_GLOBSTAR.test(pattern)) {
    pattern = '**'
  }

  const {source, sources} = extractBrackets(pattern)

  const replaced = REPLACERS.reduce(
    // A pass whose matcher finds nothing hands back the very string it was
    //   given, so asking first costs a search and saves a rewrite. Ten of the
    //   fifteen passes never fire for a typical .gitignore line, and between
    //   them they were 45% of this chain.
    (prev, [matcher, replacer, required]) => {
      if (matcher === DIRECT) {
        return replacer(prev, pattern)
      }

      if (required !== UNDEFINED && prev.indexOf(required) < 0) {
        return prev
      }

      // A pass whose matcher finds nothing hands back the very string it was
      //   given, so asking first costs a search and saves a rewrite.
      return matcher.test(prev)
        ? prev.replace(matcher, replacer.bind(pattern))
        : prev
    },
    source
  )

  // Most patterns hold no bracket expression at all, and then there is
  //   nothing to put back.
  return sources.length
    ? replaced.replace(
      REGEX_RESTORE_PLACEHOLDER,
      (match, index) => sources[index]
    )
    : replaced
}

// `checkRegex` tests a path with a trailing slash, 'abc/', the way
//   `git check-ignore` matches that literal string once the directory itself
//   is known not to be excluded (see `checkIgnore`): a trailing '/' of the
//   pattern is dropped, a basename pattern sees an empty basename, and only a
//   pattern whose last segment is a pending wildcard can match what is left
//   after the final slash -- 'abc/*' and 'abc/**' match 'abc/', and 'abc/**'
//   also matches 'abc/d/' (#77, #169).
const checkSourceOf = (body, prefix) => {
  if (body[body.length - 1] === SLASH) {
    prefix = makeRegexPrefix(body.slice(0, - 1))
  }

  const head = prefix.slice(0, - 1)
  const last = prefix[prefix.length - 1]

  return last === TRAILING_WILDCARD
    ? `${head}$`
    : last === TRAILING_DOUBLESTAR
      ? head
      : NEVER_MATCH
}

// A trailing slash does not stop a pattern being basename-only: it restricts
//   the match to a directory, it does not let the pattern reach across one.
//   Everything else a pattern can hold -- a wildcard, a character class, an
//   escape -- stays inside a single path segment too, so a pattern with no
//   separator in it can only ever describe the last one.
const matchesBasename = body => {
  const index = body.indexOf(SLASH)

  return index < 0 || index === body.length - 1
}

// The last segment of a path, keeping a trailing slash, because a pattern that
//   ends in one matches only a directory.
// 'a/b/c.js' -> 'c.js';  'a/b/' -> 'b/';  'c.js' -> 'c.js' (no copy made)
const basenameOf = path => {
  const end = path.length - 1

  const index = path.lastIndexOf(
    SLASH,
    path[end] === SLASH
      ? end - 1
      : end
  )

  return index < 0
    ? path
    : path.slice(index + 1)
}

// The parent directory of a path, with its trailing separator, or EMPTY when
//   the path has none.
// 'a/b/c' -> 'a/b/';  'a/b/' -> 'a/';  'a' -> EMPTY;  'a/' -> EMPTY
//
// A path holding an empty segment has to be taken apart, because its
//   ancestors are not prefixes of it: the parent of 'a//b' is 'a/', not
//   'a//', and the parent of '/a/' is nothing at all. Both shapes reach here
//   -- 'a//b' is accepted outright, and `checkIgnore` does not put the path
//   it is given through the relative-path check.
//
// Every other path is a prefix of itself, and cutting one costs a fraction of
//   splitting it into an array and joining that back at every level: 73ns
//   against 207ns.
const parentOf = path => {
  if (
    path.charCodeAt(0) === SLASH_CODE
    || path.indexOf(DOUBLE_SLASH) >= 0
  ) {
    const slices = path.split(SLASH).filter(Boolean)

    slices.pop()

    return slices.length
      ? slices.join(SLASH) + SLASH
      : EMPTY
  }

  const end = path.length - 1

  // Look back from before a trailing separator, since that one belongs to the
  //   path itself.
  //
  // A negative place to start would be a trap here: `lastIndexOf` clamps one
  //   to 0 and searches there rather than reporting no match, so '/' would
  //   come back as its own parent and the walk would never end. It cannot
  //   happen -- that is the only path short enough to produce one, and the
  //   test above has already sent it the other way.
  const cut = path.lastIndexOf(
    SLASH,
    path.charCodeAt(end) === SLASH_CODE
      ? end - 1
      : end
  )

  return cut < 0
    ? EMPTY
    : path.slice(0, cut + 1)
}

const isString = subject => typeof subject === 'string'

// Blank lines, comments and trailing lone backslashes are told by
//   `createRule`, once the pattern is normalized.
const checkPattern = pattern => pattern
  && isString(pattern)

// Git drops one CR before each LF, and one at the end of a final line that
//   has no LF after it.
const splitPattern = pattern => (
  pattern[pattern.length - 1] === '\r'
    ? pattern.slice(0, - 1)
    : pattern
)
.split(REGEX_SPLITALL_CRLF)
.filter(Boolean)

class IgnoreRule {
  constructor (
    pattern,
    mark,
    body,
    ignoreCase,
    negative,
    prefix
  ) {
    this.pattern = pattern
    this.mark = mark
    this.negative = negative

    define(this, 'body', body)
    define(this, 'ignoreCase', ignoreCase)
    define(this, 'regexPrefix', prefix)
  }

  // Worked out on first use and kept behind an own property, the way `regex`
  //   caches itself in `_regex`. Deciding it in the constructor instead would
  //   add a fourth `defineProperty` to every rule ever built, which cost 4% of
  //   every compile -- including the compiles of rules that are never matched
  //   against anything.
  get _basenameOnly () {
    return define(this, '_basenameOnly', matchesBasename(this.body))
  }

  get regex () {
    const key = UNDERSCORE + MODE_IGNORE

    if (this[key]) {
      return this[key]
    }

    return this._make(MODE_IGNORE, key)
  }

  get checkRegex () {
    const key = UNDERSCORE + MODE_CHECK_IGNORE

    if (this[key]) {
      return this[key]
    }

    return this._make(MODE_CHECK_IGNORE, key)
  }

  _make (mode, key) {
    const str = pinWildcards(
      mode === MODE_IGNORE
        ? this.regexPrefix
        .replace(REGEX_REPLACE_TRAILING_WILDCARD, replaceTrailingWildcard)
        .replace(REGEX_REPLACE_TRAILING_DOUBLESTAR, replaceTrailingDoublestar)
        : checkSourceOf(this.body, this.regexPrefix)
    )

    const regex = this.ignoreCase
      ? new RegExp(str, 'i')
      : new RegExp(str)

    return define(this, key, regex)
  }
}

const hasTrailingBackslash = str => {
  let count = 0

  while (str[str.length - count - 1] === ESCAPE) {
    count ++
  }

  return count % 2 === 1
}

// Read a line the way git does: when `stripLineEnd` is set (an unsplit array
//   or object pattern), drop any trailing blank lines along with the LF
//   before each and at most one CR at the end of the line; then trim trailing
//   spaces in the same backward pass. Git trims spaces only, and a space
//   escaped by an odd run of backslashes stays, unescaped, as the last one.
// Scanned from the end: a regular expression can only try each start in
//   turn, which is quadratic over a long run of spaces or backslashes.
// 'a  ' -> 'a';  'a\ ' -> 'a ';  'a\\ ' -> 'a\\';  'a\t' -> 'a\t'
// 'a\r\n' -> 'a';  'a\r\r' -> 'a\r';  'a\n\r' -> 'a'
const trimEnd = (body, stripLineEnd) => {
  let lineEnd = body.length
  let end

  for (;;) {
    if (stripLineEnd && body[lineEnd - 1] === '\r') {
      lineEnd --
    }

    end = lineEnd

    while (body[end - 1] === SPACE) {
      end --
    }

    if (!stripLineEnd || body[end - 1] !== '\n') {
      break
    }

    lineEnd = end - 1
  }

  if (end === lineEnd) {
    return body.slice(0, lineEnd)
  }

  let backslashes = 0

  while (body[end - backslashes - 1] === ESCAPE) {
    backslashes ++
  }

  return backslashes % 2
    ? body.slice(0, end - 1) + SPACE
    : body.slice(0, end)
}

const createRule = (
  pattern,
  mark,
  ignoreCase,
  stripLineEnd,
  stripBOM
) => {
  // Git drops a BOM before it reads the first line, so before anything else.
  let body = stripBOM && pattern[0] === BOM
    ? pattern.slice(1)
    : pattern

  // > A line starting with # serves as a comment.
  if (body[0] === '#') {
    return
  }

  let negative = false

  // > An optional prefix "!" which negates the pattern;
  if (body[0] === '!') {
    negative = true
    body = body.slice(1)
  }

  // Normalize the body before checking which slashes anchor the pattern.
  //   Otherwise `bar/ ` is mistaken for a pattern containing an inner slash.
  //   A line from `splitPattern` has already lost its line ending, so only a
  //   trailing space remains to trim there.
  const last = body[body.length - 1]

  if (
    last === SPACE
    || stripLineEnd && (last === '\r' || last === '\n')
  ) {
    body = trimEnd(body, stripLineEnd)
  }

  // > A blank line matches no files, so it can serve as a separator for
  // >   readability.
  // Nor does a lone "!", a pattern ending on an unpaired backslash, or
  //   anything else left empty here: an empty pattern would compile to a
  //   regex matching every path.
  if (!body || hasTrailingBackslash(body)) {
    return
  }

  body = body
  // > Put a backslash ("\") in front of the first "!" for patterns that
  // >   begin with a literal "!", for example, `"\!important!.txt"`.
  .replace(REGEX_REPLACE_LEADING_EXCAPED_EXCLAMATION, '!')
  // > Put a backslash ("\") in front of the first hash for patterns that
  // >   begin with a hash.
  .replace(REGEX_REPLACE_LEADING_EXCAPED_HASH, '#')

  const regexPrefix = makeRegexPrefix(body)

  return new IgnoreRule(
    pattern,
    mark,
    body,
    ignoreCase,
    negative,
    regexPrefix
  )
}

class RuleManager {
  constructor (ignoreCase) {
    this._ignoreCase = ignoreCase
    this._rules = []

    // How many of the rules git would tag `EXC_FLAG_NODIR`.
    //
    // The scan uses it to decide, once for the whole set, whether handing
    //   those rules the basename is worth what it costs the others. The
    //   shortcut saves a full-path scan on every rule it applies to and costs
    //   a check on every rule it does not, so a set where almost nothing is
    //   basename-only comes out behind -- a 955 pattern set with 44 of them
    //   measured 19% slower with the shortcut always on.
    //
    // Deciding this by measurement rather than by meaning is safe: a
    //   basename-only pattern gives the very same answer against the whole
    //   path, it just takes longer to say so. The choice can only change how
    //   fast the scan runs, never what it returns.
    this._basenameCount = 0
  }

  _add (pattern, index) {
    // #32
    if (pattern && pattern[KEY_IGNORE]) {
      this._rules = this._rules.concat(pattern._rules._rules)
      this._basenameCount += pattern._rules._basenameCount
      this._added = true
      return
    }

    const isStr = isString(pattern)
    const raw = isStr
      ? pattern
      : pattern.pattern

    const rule = checkPattern(raw)
      && createRule(
        raw,
        isStr ? UNDEFINED : pattern.mark,
        this._ignoreCase,
        !this._split,
        this._stripBOM && !index
      )

    if (rule) {
      this._added = true
      this._rules.push(rule)

      // Deliberately not `rule._basenameOnly`: reading that would materialise
      //   the rule's own copy, and the whole point of leaving it lazy is that
      //   a rule which is compiled and never matched never pays for it.
      if (matchesBasename(rule.body)) {
        this._basenameCount ++
      }
    }
  }

  // @param {Array<string> | string | Ignore} pattern
  add (pattern) {
    this._added = false
    this._split = isString(pattern)
    this._stripBOM = !this._split || pattern[0] === BOM

    makeArray(
      this._split
        ? splitPattern(pattern)
        : pattern
    ).forEach(this._add, this)

    if (this._added) {
      this._literalRules = UNDEFINED
    }

    return this._added
  }

  // Match the literal 'abc/' for `checkIgnore`, last rule wins. Only a rule
  //   ending in a wildcard can match it (see `checkSourceOf`), so the rest
  //   are left out once, rather than tested or compiled for every path.
  testLiteral (path) {
    const rules = this._literalRules || (
      this._literalRules = this._rules.filter(
        ({body}) => body[body.length - (
          body[body.length - 1] === SLASH ? 2 : 1
        )] === '*'
      )
    )

    let ignored = false
    let unignored = false
    let matchedRule

    for (let index = rules.length - 1; index >= 0; index --) {
      const rule = rules[index]

      if (rule.checkRegex.test(path)) {
        ignored = !rule.negative
        unignored = rule.negative
        matchedRule = rule.negative
          ? UNDEFINED
          : rule
        break
      }
    }

    const ret = {
      ignored,
      unignored
    }

    if (matchedRule) {
      ret.rule = matchedRule
    }

    return ret
  }

  // Test one single path without recursively checking parent directories
  //
  // - mode `string` either `MODE_IGNORE` or `MODE_CHECK_IGNORE`

  // @returns {TestResult}
  test (path, mode) {
    // Most of a .gitignore is patterns with no slash in them, and running
    //   those against the whole path makes the regular expression engine walk
    //   every directory name on the way to the only segment that could match.
    //   Handing them the basename instead is what git does, and it is where
    //   the time in a directory walk goes: the rule scan was two thirds of it.
    const rules = this._rules
    const {length} = rules

    const shortcut = this._basenameCount * 2 >= length

    const basename = shortcut
      ? basenameOf(path)
      : path

    // The last rule to match decides, as in git, and it is the rule
    //   `git check-ignore -v` reports, so the scan runs from the end and stops
    //   at the first match.
    // A plain loop rather than `forEach`, so that `path`, `basename` and
    //   `shortcut` are locals. As a callback they became closure variables,
    //   and reaching for one of those once per rule cost 10% of a scan over a
    //   large rule set -- more than the shortcut they were there to serve.
    for (let index = length - 1; index >= 0; index --) {
      const rule = rules[index]

      if (rule[mode].test(
        shortcut && rule._basenameOnly
          ? basename
          : path
      )) {
        const {negative} = rule

        const ret = {
          ignored: !negative,
          unignored: negative
        }

        if (!negative) {
          ret.rule = rule
        }

        return ret
      }
    }

    return {
      ignored: false,
      unignored: false
    }
  }
}

const throwError = (message, Ctor) => {
  throw new Ctor(message)
}

const checkPath = (path, originalPath, doThrow) => {
  if (!isString(path)) {
    return doThrow(
      `path must be a string, but got \`${originalPath}\``,
      TypeError
    )
  }

  // We don't know if we should ignore EMPTY, so throw
  if (!path) {
    return doThrow(`path must not be empty`, TypeError)
  }

  // Check if it is a relative path
  if (checkPath.isNotRelative(path)) {
    const r = '`path.relative()`d'
    return doThrow(
      `path should be a ${r} string, but got "${originalPath}"`,
      RangeError
    )
  }

  return true
}

// > pathname should be a `path.relative()`d one
//
// The same thing `REGEX_TEST_INVALID_PATH` says, spelled out: a path is not
//   relative if it begins with a separator, or with `./` or `../`, or is
//   nothing but `.` or `..`. Every match is decided by the first three
//   characters, and this runs on every path handed to the library -- where it
//   was 55% of a cached lookup, more than the cache lookup itself.
const isNotRelative = path => {
  const first = path.charCodeAt(0)

  if (first === SLASH_CODE) {
    return true
  }

  if (first !== DOT_CODE) {
    return false
  }

  // '.'
  if (path.length === 1) {
    return true
  }

  const second = path.charCodeAt(1)

  // './'
  if (second === SLASH_CODE) {
    return true
  }

  if (second !== DOT_CODE) {
    return false
  }

  // '..' or '../'
  return path.length === 2 || path.charCodeAt(2) === SLASH_CODE
}

checkPath.isNotRelative = isNotRelative

// On windows, the following function will be replaced
/* istanbul ignore next */
checkPath.convert = p => p


const convertPath = target =>
  isString(target) && checkPath.convert(target)


class Ignore {
  constructor ({
    ignorecase = true,
    ignoreCase = ignorecase,
    allowRelativePaths = false
  } = {}) {
    define(this, KEY_IGNORE, true)

    this._rules = new RuleManager(ignoreCase)
    this._strictPathCheck = !allowRelativePaths
    this._initCache()
  }

  _initCache () {
    // A cache for the result of `.ignores()`
    this._ignoreCache = Object.create(null)

    // A cache for the result of `.test()`
    this._testCache = Object.create(null)
  }

  add (pattern) {
    if (this._rules.add(pattern)) {
      // Some rules have just added to the ignore,
      //   making the behavior changed,
      //   so we need to re-initialize the result cache
      this._initCache()
    }

    return this
  }

  // legacy
  addPattern (pattern) {
    return this.add(pattern)
  }

  // @returns {TestResult}
  _test (originalPath, cache, path) {
    checkPath(
      path,
      originalPath,
      this._strictPathCheck
        ? throwError
        : RETURN_FALSE
    )

    return path
      ? this._t(path, cache)
      : {
        ignored: false,
        unignored: false
      }
  }

  checkIgnore (target) {
    // A Windows path is converted first, so that a directory given with a
    //   trailing separator, `\` or `/`, is told the same way
    const path = convertPath(target)

    // If the path does not end with a slash, `.ignores()` is much equivalent
    //   to `git check-ignore`
    if (!path || path.charCodeAt(path.length - 1) !== SLASH_CODE) {
      return this._test(target, this._testCache, path)
    }

    // Like `git check-ignore`: a directory excluded by itself or by an
    //   ancestor settles it, and only then is the literal 'abc/' matched
    //   against the rules (see `checkSourceOf`).
    const dir = this._t(path, this._testCache)

    if (dir.ignored) {
      return dir
    }

    const literal = this._rules.testLiteral(path)

    return literal.ignored || literal.unignored
      ? literal
      : dir
  }

  _t (
    // The path to be tested
    path,

    // The cache for the result of a certain checking
    cache
  ) {
    if (path in cache) {
      return cache[path]
    }

    const parentPath = parentOf(path)

    // If the path contains a parent directory, check the parent first
    const parent = parentPath
      ? this._t(parentPath, cache)
      : UNDEFINED

    return cache[path] = parent && parent.ignored
      // > It is not possible to re-include a file if a parent directory of
      // >   that file is excluded.
      ? parent
      : this._rules.test(path, MODE_IGNORE)
  }

  ignores (path) {
    return this._test(path, this._ignoreCache, convertPath(path)).ignored
  }

  createFilter () {
    return path => !this.ignores(path)
  }

  filter (paths) {
    return makeArray(paths).filter(this.createFilter())
  }

  // @returns {TestResult}
  test (path) {
    return this._test(path, this._testCache, convertPath(path))
  }
}

const factory = options => new Ignore(options)

const isPathValid = path =>
  checkPath(convertPath(path), path, RETURN_FALSE)

/* istanbul ignore next */
const setupWindows = () => {
  /* eslint no-control-regex: "off" */
  const makePosix = str => /^\\\\\?\\/.test(str)
  || /["<>|\u0000-\u001F]+/u.test(str)
    ? str
    : str.replace(/\\/g, '/')

  checkPath.convert = makePosix

  // 'C:\\foo'     <- 'C:\\foo' has been converted to 'C:/'
  // 'd:\\foo'
  const REGEX_TEST_WINDOWS_PATH_ABSOLUTE = /^[a-z]:\//i
  checkPath.isNotRelative = path =>
    REGEX_TEST_WINDOWS_PATH_ABSOLUTE.test(path)
    || isNotRelative(path)
}


// Windows
// --------------------------------------------------------------
/* istanbul ignore next */
if (
  // Detect `process` so that it can run in browsers.
  typeof process !== 'undefined'
  && process.platform === 'win32'
) {
  setupWindows()
}

// COMMONJS_EXPORTS ////////////////////////////////////////////////////////////

module.exports = factory

// Although it is an anti-pattern,
//   it is still widely misused by a lot of libraries in github
// Ref: https://github.com/search?q=ignore.default%28%29&type=code
factory.default = factory

module.exports.isPathValid = isPathValid

// For testing purposes
define(module.exports, Symbol.for('setupWindows'), setupWindows)


/***/ }),

/***/ 4006:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const pico = __nccwpck_require__(8016);
const utils = __nccwpck_require__(4059);

function picomatch(glob, options, returnState = false) {
  // default to os.platform()
  if (options && (options.windows === null || options.windows === undefined)) {
    // don't mutate the original options object
    options = { ...options, windows: utils.isWindows() };
  }

  return pico(glob, options, returnState);
}

Object.assign(picomatch, pico);
module.exports = picomatch;


/***/ }),

/***/ 5595:
/***/ ((module) => {



const WIN_SLASH = '\\\\/';
const WIN_NO_SLASH = `[^${WIN_SLASH}]`;

const DEFAULT_MAX_EXTGLOB_RECURSION = 0;

/**
 * Posix glob regex
 */

const DOT_LITERAL = '\\.';
const PLUS_LITERAL = '\\+';
const QMARK_LITERAL = '\\?';
const SLASH_LITERAL = '\\/';
const ONE_CHAR = '(?=.)';
const QMARK = '[^/]';
const END_ANCHOR = `(?:${SLASH_LITERAL}|$)`;
const START_ANCHOR = `(?:^|${SLASH_LITERAL})`;
const DOTS_SLASH = `${DOT_LITERAL}{1,2}${END_ANCHOR}`;
const NO_DOT = `(?!${DOT_LITERAL})`;
const NO_DOTS = `(?!${START_ANCHOR}${DOTS_SLASH})`;
const NO_DOT_SLASH = `(?!${DOT_LITERAL}{0,1}${END_ANCHOR})`;
const NO_DOTS_SLASH = `(?!${DOTS_SLASH})`;
const QMARK_NO_DOT = `[^.${SLASH_LITERAL}]`;
const STAR = `${QMARK}*?`;
const SEP = '/';

const POSIX_CHARS = {
  DOT_LITERAL,
  PLUS_LITERAL,
  QMARK_LITERAL,
  SLASH_LITERAL,
  ONE_CHAR,
  QMARK,
  END_ANCHOR,
  DOTS_SLASH,
  NO_DOT,
  NO_DOTS,
  NO_DOT_SLASH,
  NO_DOTS_SLASH,
  QMARK_NO_DOT,
  STAR,
  START_ANCHOR,
  SEP
};

/**
 * Windows glob regex
 */

const WINDOWS_CHARS = {
  ...POSIX_CHARS,

  SLASH_LITERAL: `[${WIN_SLASH}]`,
  QMARK: WIN_NO_SLASH,
  STAR: `${WIN_NO_SLASH}*?`,
  DOTS_SLASH: `${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$)`,
  NO_DOT: `(?!${DOT_LITERAL})`,
  NO_DOTS: `(?!(?:^|[${WIN_SLASH}])${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
  NO_DOT_SLASH: `(?!${DOT_LITERAL}{0,1}(?:[${WIN_SLASH}]|$))`,
  NO_DOTS_SLASH: `(?!${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
  QMARK_NO_DOT: `[^.${WIN_SLASH}]`,
  START_ANCHOR: `(?:^|[${WIN_SLASH}])`,
  END_ANCHOR: `(?:[${WIN_SLASH}]|$)`,
  SEP: '\\'
};

/**
 * POSIX Bracket Regex
 */

const POSIX_REGEX_SOURCE = {
  __proto__: null,
  alnum: 'a-zA-Z0-9',
  alpha: 'a-zA-Z',
  ascii: '\\x00-\\x7F',
  blank: ' \\t',
  cntrl: '\\x00-\\x1F\\x7F',
  digit: '0-9',
  graph: '\\x21-\\x7E',
  lower: 'a-z',
  print: '\\x20-\\x7E ',
  punct: '\\-!"#$%&\'()\\*+,./:;<=>?@[\\]^_`{|}~',
  space: ' \\t\\r\\n\\v\\f',
  upper: 'A-Z',
  word: 'A-Za-z0-9_',
  xdigit: 'A-Fa-f0-9'
};

module.exports = {
  DEFAULT_MAX_EXTGLOB_RECURSION,
  MAX_LENGTH: 1024 * 64,
  POSIX_REGEX_SOURCE,

  // regular expressions
  REGEX_BACKSLASH: /\\(?![*+?^${}(|)[\]])/g,
  REGEX_NON_SPECIAL_CHARS: /^[^@![\].,$*+?^{}()|\\/]+/,
  REGEX_SPECIAL_CHARS: /[-*+?.^${}(|)[\]]/,
  REGEX_SPECIAL_CHARS_BACKREF: /(\\?)((\W)(\3*))/g,
  REGEX_SPECIAL_CHARS_GLOBAL: /([-*+?.^${}(|)[\]])/g,
  REGEX_REMOVE_BACKSLASH: /(?:\[.*?[^\\]\]|\\(?=.))/g,

  // Replace globs with equivalent patterns to reduce parsing time.
  REPLACEMENTS: {
    __proto__: null,
    '***': '*',
    '**/**': '**',
    '**/**/**': '**'
  },

  // Digits
  CHAR_0: 48, /* 0 */
  CHAR_9: 57, /* 9 */

  // Alphabet chars.
  CHAR_UPPERCASE_A: 65, /* A */
  CHAR_LOWERCASE_A: 97, /* a */
  CHAR_UPPERCASE_Z: 90, /* Z */
  CHAR_LOWERCASE_Z: 122, /* z */

  CHAR_LEFT_PARENTHESES: 40, /* ( */
  CHAR_RIGHT_PARENTHESES: 41, /* ) */

  CHAR_ASTERISK: 42, /* * */

  // Non-alphabetic chars.
  CHAR_AMPERSAND: 38, /* & */
  CHAR_AT: 64, /* @ */
  CHAR_BACKWARD_SLASH: 92, /* \ */
  CHAR_CARRIAGE_RETURN: 13, /* \r */
  CHAR_CIRCUMFLEX_ACCENT: 94, /* ^ */
  CHAR_COLON: 58, /* : */
  CHAR_COMMA: 44, /* , */
  CHAR_DOT: 46, /* . */
  CHAR_DOUBLE_QUOTE: 34, /* " */
  CHAR_EQUAL: 61, /* = */
  CHAR_EXCLAMATION_MARK: 33, /* ! */
  CHAR_FORM_FEED: 12, /* \f */
  CHAR_FORWARD_SLASH: 47, /* / */
  CHAR_GRAVE_ACCENT: 96, /* ` */
  CHAR_HASH: 35, /* # */
  CHAR_HYPHEN_MINUS: 45, /* - */
  CHAR_LEFT_ANGLE_BRACKET: 60, /* < */
  CHAR_LEFT_CURLY_BRACE: 123, /* { */
  CHAR_LEFT_SQUARE_BRACKET: 91, /* [ */
  CHAR_LINE_FEED: 10, /* \n */
  CHAR_NO_BREAK_SPACE: 160, /* \u00A0 */
  CHAR_PERCENT: 37, /* % */
  CHAR_PLUS: 43, /* + */
  CHAR_QUESTION_MARK: 63, /* ? */
  CHAR_RIGHT_ANGLE_BRACKET: 62, /* > */
  CHAR_RIGHT_CURLY_BRACE: 125, /* } */
  CHAR_RIGHT_SQUARE_BRACKET: 93, /* ] */
  CHAR_SEMICOLON: 59, /* ; */
  CHAR_SINGLE_QUOTE: 39, /* ' */
  CHAR_SPACE: 32, /*   */
  CHAR_TAB: 9, /* \t */
  CHAR_UNDERSCORE: 95, /* _ */
  CHAR_VERTICAL_LINE: 124, /* | */
  CHAR_ZERO_WIDTH_NOBREAK_SPACE: 65279, /* \uFEFF */

  /**
   * Create EXTGLOB_CHARS
   */

  extglobChars(chars) {
    return {
      '!': { type: 'negate', open: '(?:(?!(?:', close: `))${chars.STAR})` },
      '?': { type: 'qmark', open: '(?:', close: ')?' },
      '+': { type: 'plus', open: '(?:', close: ')+' },
      '*': { type: 'star', open: '(?:', close: ')*' },
      '@': { type: 'at', open: '(?:', close: ')' }
    };
  },

  /**
   * Create GLOB_CHARS
   */

  globChars(win32) {
    return win32 === true ? WINDOWS_CHARS : POSIX_CHARS;
  }
};


/***/ }),

/***/ 8265:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const constants = __nccwpck_require__(5595);
const utils = __nccwpck_require__(4059);

/**
 * Constants
 */

const {
  MAX_LENGTH,
  POSIX_REGEX_SOURCE,
  REGEX_NON_SPECIAL_CHARS,
  REGEX_SPECIAL_CHARS_BACKREF,
  REPLACEMENTS
} = constants;

/**
 * Helpers
 */

const expandRange = (args, options) => {
  if (typeof options.expandRange === 'function') {
    return options.expandRange(...args, options);
  }

  args.sort();
  const value = `[${args.join('-')}]`;

  try {
    /* eslint-disable-next-line no-new */
    new RegExp(value);
  } catch (ex) {
    return args.map(v => utils.escapeRegex(v)).join('..');
  }

  return value;
};

/**
 * Create the message for a syntax error
 */

const syntaxError = (type, char) => {
  return `Missing ${type}: "${char}" - use "\\\\${char}" to match literal characters`;
};

const splitTopLevel = input => {
  const parts = [];
  let bracket = 0;
  let paren = 0;
  let quote = 0;
  let value = '';
  let escaped = false;

  for (const ch of input) {
    if (escaped === true) {
      value += ch;
      escaped = false;
      continue;
    }

    if (ch === '\\') {
      value += ch;
      escaped = true;
      continue;
    }

    if (ch === '"') {
      quote = quote === 1 ? 0 : 1;
      value += ch;
      continue;
    }

    if (quote === 0) {
      if (ch === '[') {
        bracket++;
      } else if (ch === ']' && bracket > 0) {
        bracket--;
      } else if (bracket === 0) {
        if (ch === '(') {
          paren++;
        } else if (ch === ')' && paren > 0) {
          paren--;
        } else if (ch === '|' && paren === 0) {
          parts.push(value);
          value = '';
          continue;
        }
      }
    }

    value += ch;
  }

  parts.push(value);
  return parts;
};

const isPlainBranch = branch => {
  let escaped = false;

  for (const ch of branch) {
    if (escaped === true) {
      escaped = false;
      continue;
    }

    if (ch === '\\') {
      escaped = true;
      continue;
    }

    if (/[?*+@!()[\]{}]/.test(ch)) {
      return false;
    }
  }

  return true;
};

const normalizeSimpleBranch = branch => {
  let value = branch.trim();
  let changed = true;

  while (changed === true) {
    changed = false;

    if (/^@\([^\\()[\]{}|]+\)$/.test(value)) {
      value = value.slice(2, -1);
      changed = true;
    }
  }

  if (!isPlainBranch(value)) {
    return;
  }

  return value.replace(/\\(.)/g, '$1');
};

const hasRepeatedCharPrefixOverlap = branches => {
  const values = branches.map(normalizeSimpleBranch).filter(Boolean);

  for (let i = 0; i < values.length; i++) {
    for (let j = i + 1; j < values.length; j++) {
      const a = values[i];
      const b = values[j];
      const char = a[0];

      if (!char || a !== char.repeat(a.length) || b !== char.repeat(b.length)) {
        continue;
      }

      if (a === b || a.startsWith(b) || b.startsWith(a)) {
        return true;
      }
    }
  }

  return false;
};

const parseRepeatedExtglob = (pattern, requireEnd = true) => {
  if ((pattern[0] !== '+' && pattern[0] !== '*') || pattern[1] !== '(') {
    return;
  }

  let bracket = 0;
  let paren = 0;
  let quote = 0;
  let escaped = false;

  for (let i = 1; i < pattern.length; i++) {
    const ch = pattern[i];

    if (escaped === true) {
      escaped = false;
      continue;
    }

    if (ch === '\\') {
      escaped = true;
      continue;
    }

    if (ch === '"') {
      quote = quote === 1 ? 0 : 1;
      continue;
    }

    if (quote === 1) {
      continue;
    }

    if (ch === '[') {
      bracket++;
      continue;
    }

    if (ch === ']' && bracket > 0) {
      bracket--;
      continue;
    }

    if (bracket > 0) {
      continue;
    }

    if (ch === '(') {
      paren++;
      continue;
    }

    if (ch === ')') {
      paren--;

      if (paren === 0) {
        if (requireEnd === true && i !== pattern.length - 1) {
          return;
        }

        return {
          type: pattern[0],
          body: pattern.slice(2, i),
          end: i
        };
      }
    }
  }
};

const buildCharClassStar = chars => {
  const source = chars.length === 1
    ? utils.escapeRegex(chars[0])
    : `[${chars.map(ch => utils.escapeRegex(ch)).join('')}]`;

  return `${source}*`;
};

const getStarExtglobSequenceChars = pattern => {
  let index = 0;
  const chars = [];

  while (index < pattern.length) {
    const match = parseRepeatedExtglob(pattern.slice(index), false);

    if (!match || match.type !== '*') {
      return;
    }

    const branches = splitTopLevel(match.body).map(branch => branch.trim());
    if (branches.length !== 1) {
      return;
    }

    const branch = normalizeSimpleBranch(branches[0]);
    if (!branch || branch.length !== 1) {
      return;
    }

    chars.push(branch);
    index += match.end + 1;
  }

  if (chars.length < 1) {
    return;
  }

  return chars;
};

const repeatedExtglobRecursion = pattern => {
  let depth = 0;
  let value = pattern.trim();
  let match = parseRepeatedExtglob(value);

  while (match) {
    depth++;
    value = match.body.trim();
    match = parseRepeatedExtglob(value);
  }

  return depth;
};

const analyzeRepeatedExtglob = (body, options) => {
  if (options.maxExtglobRecursion === false) {
    return { risky: false };
  }

  const max =
    typeof options.maxExtglobRecursion === 'number'
      ? options.maxExtglobRecursion
      : constants.DEFAULT_MAX_EXTGLOB_RECURSION;

  const branches = splitTopLevel(body).map(branch => branch.trim());

  if (branches.length > 1) {
    if (
      branches.some(branch => branch === '') ||
      branches.some(branch => /^[*?]+$/.test(branch)) ||
      hasRepeatedCharPrefixOverlap(branches)
    ) {
      return { risky: true };
    }
  }

  // A repeated extglob is "risky" (prone to catastrophic backtracking) when a
  // branch is itself a `*(...)` sequence, since that nests an unbounded quantifier
  // inside the outer `+(...)`/`*(...)`. When *every* branch reduces to single
  // characters we can emit one flat, ReDoS-safe character class that preserves the
  // meaning of ALL branches (e.g. `+(*(a)|*(b))` -> `[ab]*`), rather than dropping
  // every branch but the first.
  const safeChars = [];
  let sawStarSequence = false;
  let combinable = true;

  for (const branch of branches) {
    const chars = getStarExtglobSequenceChars(branch);
    if (chars) {
      sawStarSequence = true;
      safeChars.push(...chars);
      continue;
    }

    const literal = normalizeSimpleBranch(branch);
    if (literal && literal.length === 1) {
      safeChars.push(literal);
      continue;
    }

    combinable = false;

    if (repeatedExtglobRecursion(branch) > max) {
      return { risky: true };
    }
  }

  if (sawStarSequence) {
    return combinable
      ? { risky: true, safeOutput: buildCharClassStar([...new Set(safeChars)]) }
      : { risky: true };
  }

  return { risky: false };
};

/**
 * Parse the given input string.
 * @param {String} input
 * @param {Object} options
 * @return {Object}
 */

const parse = (input, options) => {
  if (typeof input !== 'string') {
    throw new TypeError('Expected a string');
  }

  input = REPLACEMENTS[input] || input;

  const opts = { ...options };
  const max = typeof opts.maxLength === 'number' ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;

  let len = input.length;
  if (len > max) {
    throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
  }

  const bos = { type: 'bos', value: '', output: opts.prepend || '' };
  const tokens = [bos];

  const capture = opts.capture ? '' : '?:';

  // create constants based on platform, for windows or posix
  const PLATFORM_CHARS = constants.globChars(opts.windows);
  const EXTGLOB_CHARS = constants.extglobChars(PLATFORM_CHARS);

  const {
    DOT_LITERAL,
    PLUS_LITERAL,
    SLASH_LITERAL,
    ONE_CHAR,
    DOTS_SLASH,
    NO_DOT,
    NO_DOT_SLASH,
    NO_DOTS_SLASH,
    QMARK,
    QMARK_NO_DOT,
    STAR,
    START_ANCHOR
  } = PLATFORM_CHARS;

  const globstar = opts => {
    return `(${capture}(?:(?!${START_ANCHOR}${opts.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
  };

  const nodot = opts.dot ? '' : NO_DOT;
  const qmarkNoDot = opts.dot ? QMARK : QMARK_NO_DOT;
  let star = opts.bash === true ? globstar(opts) : STAR;

  if (opts.capture) {
    star = `(${star})`;
  }

  // minimatch options support
  if (typeof opts.noext === 'boolean') {
    opts.noextglob = opts.noext;
  }

  const state = {
    input,
    index: -1,
    start: 0,
    dot: opts.dot === true,
    consumed: '',
    output: '',
    prefix: '',
    backtrack: false,
    negated: false,
    brackets: 0,
    braces: 0,
    parens: 0,
    quotes: 0,
    globstar: false,
    tokens
  };

  input = utils.removePrefix(input, state);
  len = input.length;

  const extglobs = [];
  const braces = [];
  const stack = [];
  let prev = bos;
  let value;

  /**
   * Tokenizing helpers
   */

  const eos = () => state.index === len - 1;
  const peek = state.peek = (n = 1) => input[state.index + n];
  const advance = state.advance = () => input[++state.index] || '';
  const remaining = () => input.slice(state.index + 1);
  const consume = (value = '', num = 0) => {
    state.consumed += value;
    state.index += num;
  };

  const append = token => {
    state.output += token.output != null ? token.output : token.value;
    consume(token.value);
  };

  const negate = () => {
    let count = 1;

    while (peek() === '!' && (peek(2) !== '(' || peek(3) === '?')) {
      advance();
      state.start++;
      count++;
    }

    if (count % 2 === 0) {
      return false;
    }

    state.negated = true;
    state.start++;
    return true;
  };

  const increment = type => {
    state[type]++;
    stack.push(type);
  };

  const decrement = type => {
    state[type]--;
    stack.pop();
  };

  /**
   * Push tokens onto the tokens array. This helper speeds up
   * tokenizing by 1) helping us avoid backtracking as much as possible,
   * and 2) helping us avoid creating extra tokens when consecutive
   * characters are plain text. This improves performance and simplifies
   * lookbehinds.
   */

  const push = tok => {
    if (prev.type === 'globstar') {
      const isBrace = state.braces > 0 && (tok.type === 'comma' || tok.type === 'brace');
      const isExtglob = tok.extglob === true || (extglobs.length && (tok.type === 'pipe' || tok.type === 'paren'));

      if (tok.type !== 'slash' && tok.type !== 'paren' && !isBrace && !isExtglob) {
        state.output = state.output.slice(0, -prev.output.length);
        prev.type = 'star';
        prev.value = '*';
        prev.output = star;
        state.output += prev.output;
      }
    }

    if (extglobs.length && tok.type !== 'paren') {
      extglobs[extglobs.length - 1].inner += tok.value;
    }

    if (tok.value || tok.output) append(tok);
    if (prev && prev.type === 'text' && tok.type === 'text') {
      prev.output = (prev.output || prev.value) + tok.value;
      prev.value += tok.value;
      return;
    }

    tok.prev = prev;
    tokens.push(tok);
    prev = tok;
  };

  const extglobOpen = (type, value) => {
    const token = { ...EXTGLOB_CHARS[value], conditions: 1, inner: '' };

    token.prev = prev;
    token.parens = state.parens;
    token.output = state.output;
    token.startIndex = state.index;
    token.tokensIndex = tokens.length;
    const output = (opts.capture ? '(' : '') + token.open;

    increment('parens');
    push({ type, value, output: state.output ? '' : ONE_CHAR });
    push({ type: 'paren', extglob: true, value: advance(), output });
    extglobs.push(token);
  };

  const extglobClose = token => {
    const literal = input.slice(token.startIndex, state.index + 1);
    const body = input.slice(token.startIndex + 2, state.index);
    const analysis = analyzeRepeatedExtglob(body, opts);

    if ((token.type === 'plus' || token.type === 'star') && analysis.risky) {
      const safeOutput = analysis.safeOutput
        ? (token.output ? '' : ONE_CHAR) + (opts.capture ? `(${analysis.safeOutput})` : analysis.safeOutput)
        : undefined;
      const open = tokens[token.tokensIndex];

      open.type = 'text';
      open.value = literal;
      open.output = safeOutput || utils.escapeRegex(literal);

      for (let i = token.tokensIndex + 1; i < tokens.length; i++) {
        tokens[i].value = '';
        tokens[i].output = '';
        delete tokens[i].suffix;
      }

      state.output = token.output + open.output;
      state.backtrack = true;

      push({ type: 'paren', extglob: true, value, output: '' });
      decrement('parens');
      return;
    }

    let output = token.close + (opts.capture ? ')' : '');
    let rest;

    if (token.type === 'negate') {
      let extglobStar = star;

      if (token.inner && token.inner.length > 1 && token.inner.includes('/')) {
        extglobStar = globstar(opts);
      }

      if (extglobStar !== star || eos() || /^\)+$/.test(remaining())) {
        output = token.close = `)$))${extglobStar}`;
      }

      if (token.inner.includes('*') && (rest = remaining()) && /^\.[^\\/.]+$/.test(rest)) {
        // Any non-magical string (`.ts`) or even nested expression (`.{ts,tsx}`) can follow after the closing parenthesis.
        // In this case, we need to parse the string and use it in the output of the original pattern.
        // Suitable patterns: `/!(*.d).ts`, `/!(*.d).{ts,tsx}`, `**/!(*-dbg).@(js)`.
        //
        // Disabling the `fastpaths` option due to a problem with parsing strings as `.ts` in the pattern like `**/!(*.d).ts`.
        const expression = parse(rest, { ...options, fastpaths: false }).output;

        output = token.close = `)${expression})${extglobStar})`;
      }

      if (token.prev.type === 'bos') {
        state.negatedExtglob = true;
      }
    }

    push({ type: 'paren', extglob: true, value, output });
    decrement('parens');
  };

  /**
   * Fast paths
   */

  if (opts.fastpaths !== false && !/(^[*!]|[/()[\]{}"])/.test(input)) {
    let backslashes = false;

    let output = input.replace(REGEX_SPECIAL_CHARS_BACKREF, (m, esc, chars, first, rest, index) => {
      if (first === '\\') {
        backslashes = true;
        return m;
      }

      if (first === '?') {
        if (esc) {
          return esc + first + (rest ? QMARK.repeat(rest.length) : '');
        }
        if (index === 0) {
          return qmarkNoDot + (rest ? QMARK.repeat(rest.length) : '');
        }
        return QMARK.repeat(chars.length);
      }

      if (first === '.') {
        return DOT_LITERAL.repeat(chars.length);
      }

      if (first === '*') {
        if (esc) {
          return esc + first + (rest ? star : '');
        }
        return star;
      }
      return esc ? m : `\\${m}`;
    });

    if (backslashes === true) {
      if (opts.unescape === true) {
        output = output.replace(/\\/g, '');
      } else {
        output = output.replace(/\\+/g, m => {
          return m.length % 2 === 0 ? '\\\\' : (m ? '\\' : '');
        });
      }
    }

    if (output === input && opts.contains === true) {
      state.output = input;
      return state;
    }

    state.output = utils.wrapOutput(output, state, options);
    return state;
  }

  /**
   * Tokenize input until we reach end-of-string
   */

  while (!eos()) {
    value = advance();

    if (value === '\u0000') {
      continue;
    }

    /**
     * Escaped characters
     */

    if (value === '\\') {
      const next = peek();

      if (next === '/' && opts.bash !== true) {
        continue;
      }

      if (next === '.' || next === ';') {
        continue;
      }

      if (!next) {
        value += '\\';
        push({ type: 'text', value });
        continue;
      }

      // collapse slashes to reduce potential for exploits
      const match = /^\\+/.exec(remaining());
      let slashes = 0;

      if (match && match[0].length > 2) {
        slashes = match[0].length;
        state.index += slashes;
        if (slashes % 2 !== 0) {
          value += '\\';
        }
      }

      if (opts.unescape === true) {
        value = advance();
      } else {
        value += advance();
      }

      if (state.brackets === 0) {
        push({ type: 'text', value });
        continue;
      }
    }

    /**
     * If we're inside a regex character class, continue
     * until we reach the closing bracket.
     */

    if (state.brackets > 0 && (value !== ']' || prev.value === '[' || prev.value === '[^')) {
      if (opts.posix !== false && value === ':') {
        const inner = prev.value.slice(1);
        if (inner.includes('[')) {
          prev.posix = true;

          if (inner.includes(':')) {
            const idx = prev.value.lastIndexOf('[');
            const pre = prev.value.slice(0, idx);
            const rest = prev.value.slice(idx + 2);
            const posix = POSIX_REGEX_SOURCE[rest];
            if (posix) {
              prev.value = pre + posix;
              state.backtrack = true;
              advance();

              if (!bos.output && tokens.indexOf(prev) === 1) {
                bos.output = ONE_CHAR;
              }
              continue;
            }
          }
        }
      }

      if ((value === '[' && peek() !== ':') || (value === '-' && peek() === ']')) {
        value = `\\${value}`;
      }

      if (value === ']' && (prev.value === '[' || prev.value === '[^')) {
        value = `\\${value}`;
      }

      if (opts.posix === true && value === '!' && prev.value === '[') {
        value = '^';
      }

      prev.value += value;
      append({ value });
      continue;
    }

    /**
     * If we're inside a quoted string, continue
     * until we reach the closing double quote.
     */

    if (state.quotes === 1 && value !== '"') {
      value = utils.escapeRegex(value);
      prev.value += value;
      append({ value });
      continue;
    }

    /**
     * Double quotes
     */

    if (value === '"') {
      state.quotes = state.quotes === 1 ? 0 : 1;
      if (opts.keepQuotes === true) {
        push({ type: 'text', value });
      }
      continue;
    }

    /**
     * Parentheses
     */

    if (value === '(') {
      increment('parens');
      push({ type: 'paren', value });
      continue;
    }

    if (value === ')') {
      if (state.parens === 0 && opts.strictBrackets === true) {
        throw new SyntaxError(syntaxError('opening', '('));
      }

      const extglob = extglobs[extglobs.length - 1];
      if (extglob && state.parens === extglob.parens + 1) {
        extglobClose(extglobs.pop());
        continue;
      }

      push({ type: 'paren', value, output: state.parens ? ')' : '\\)' });
      decrement('parens');
      continue;
    }

    /**
     * Square brackets
     */

    if (value === '[') {
      if (opts.nobracket === true || !remaining().includes(']')) {
        if (opts.nobracket !== true && opts.strictBrackets === true) {
          throw new SyntaxError(syntaxError('closing', ']'));
        }

        value = `\\${value}`;
      } else {
        increment('brackets');
      }

      push({ type: 'bracket', value });
      continue;
    }

    if (value === ']') {
      if (opts.nobracket === true || (prev && prev.type === 'bracket' && prev.value.length === 1)) {
        push({ type: 'text', value, output: `\\${value}` });
        continue;
      }

      if (state.brackets === 0) {
        if (opts.strictBrackets === true) {
          throw new SyntaxError(syntaxError('opening', '['));
        }

        push({ type: 'text', value, output: `\\${value}` });
        continue;
      }

      decrement('brackets');

      const prevValue = prev.value.slice(1);
      if (prev.posix !== true && prevValue[0] === '^' && !prevValue.includes('/')) {
        value = `/${value}`;
      }

      prev.value += value;
      append({ value });

      // when literal brackets are explicitly disabled
      // assume we should match with a regex character class
      if (opts.literalBrackets === false || utils.hasRegexChars(prevValue)) {
        continue;
      }

      const escaped = utils.escapeRegex(prev.value);
      state.output = state.output.slice(0, -prev.value.length);

      // when literal brackets are explicitly enabled
      // assume we should escape the brackets to match literal characters
      if (opts.literalBrackets === true) {
        state.output += escaped;
        prev.value = escaped;
        continue;
      }

      // when the user specifies nothing, try to match both
      prev.value = `(${capture}${escaped}|${prev.value})`;
      state.output += prev.value;
      continue;
    }

    /**
     * Braces
     */

    if (value === '{' && opts.nobrace !== true) {
      increment('braces');

      const open = {
        type: 'brace',
        value,
        output: '(',
        outputIndex: state.output.length,
        tokensIndex: state.tokens.length
      };

      braces.push(open);
      push(open);
      continue;
    }

    if (value === '}') {
      const brace = braces[braces.length - 1];

      if (opts.nobrace === true || !brace) {
        push({ type: 'text', value, output: value });
        continue;
      }

      let output = ')';

      if (brace.dots === true) {
        const arr = tokens.slice();
        const range = [];

        for (let i = arr.length - 1; i >= 0; i--) {
          tokens.pop();
          if (arr[i].type === 'brace') {
            break;
          }
          if (arr[i].type !== 'dots') {
            range.unshift(arr[i].value);
          }
        }

        output = expandRange(range, opts);
        state.backtrack = true;
      }

      if (brace.comma !== true && brace.dots !== true) {
        const out = state.output.slice(0, brace.outputIndex);
        const toks = state.tokens.slice(brace.tokensIndex);
        brace.value = brace.output = '\\{';
        value = output = '\\}';
        state.output = out;
        for (const t of toks) {
          state.output += (t.output || t.value);
        }
      }

      push({ type: 'brace', value, output });
      decrement('braces');
      braces.pop();
      continue;
    }

    /**
     * Pipes
     */

    if (value === '|') {
      if (extglobs.length > 0) {
        extglobs[extglobs.length - 1].conditions++;
      }
      push({ type: 'text', value });
      continue;
    }

    /**
     * Commas
     */

    if (value === ',') {
      let output = value;

      const brace = braces[braces.length - 1];
      if (brace && stack[stack.length - 1] === 'braces') {
        brace.comma = true;
        output = '|';
      }

      push({ type: 'comma', value, output });
      continue;
    }

    /**
     * Slashes
     */

    if (value === '/') {
      // if the beginning of the glob is "./", advance the start
      // to the current index, and don't add the "./" characters
      // to the state. This greatly simplifies lookbehinds when
      // checking for BOS characters like "!" and "." (not "./")
      if (prev.type === 'dot' && state.index === state.start + 1) {
        state.start = state.index + 1;
        state.consumed = '';
        state.output = '';
        tokens.pop();
        prev = bos; // reset "prev" to the first token
        continue;
      }

      push({ type: 'slash', value, output: SLASH_LITERAL });
      continue;
    }

    /**
     * Dots
     */

    if (value === '.') {
      if (state.braces > 0 && prev.type === 'dot') {
        if (prev.value === '.') prev.output = DOT_LITERAL;
        const brace = braces[braces.length - 1];
        prev.type = 'dots';
        prev.output += value;
        prev.value += value;
        brace.dots = true;
        continue;
      }

      if ((state.braces + state.parens) === 0 && prev.type !== 'bos' && prev.type !== 'slash') {
        push({ type: 'text', value, output: DOT_LITERAL });
        continue;
      }

      push({ type: 'dot', value, output: DOT_LITERAL });
      continue;
    }

    /**
     * Question marks
     */

    if (value === '?') {
      const isGroup = prev && prev.value === '(';
      if (!isGroup && opts.noextglob !== true && peek() === '(' && peek(2) !== '?') {
        extglobOpen('qmark', value);
        continue;
      }

      if (prev && prev.type === 'paren') {
        const next = peek();
        let output = value;

        if ((prev.value === '(' && !/[!=<:]/.test(next)) || (next === '<' && !/<([!=]|\w+>)/.test(remaining()))) {
          output = `\\${value}`;
        }

        push({ type: 'text', value, output });
        continue;
      }

      if (opts.dot !== true && (prev.type === 'slash' || prev.type === 'bos')) {
        push({ type: 'qmark', value, output: QMARK_NO_DOT });
        continue;
      }

      push({ type: 'qmark', value, output: QMARK });
      continue;
    }

    /**
     * Exclamation
     */

    if (value === '!') {
      if (opts.noextglob !== true && peek() === '(') {
        if (peek(2) !== '?' || !/[!=<:]/.test(peek(3))) {
          extglobOpen('negate', value);
          continue;
        }
      }

      if (opts.nonegate !== true && state.index === 0) {
        negate();
        continue;
      }
    }

    /**
     * Plus
     */

    if (value === '+') {
      if (opts.noextglob !== true && peek() === '(' && peek(2) !== '?') {
        extglobOpen('plus', value);
        continue;
      }

      if ((prev && prev.value === '(') || opts.regex === false) {
        push({ type: 'plus', value, output: PLUS_LITERAL });
        continue;
      }

      if ((prev && (prev.type === 'bracket' || prev.type === 'paren' || prev.type === 'brace')) || state.parens > 0) {
        push({ type: 'plus', value });
        continue;
      }

      push({ type: 'plus', value: PLUS_LITERAL });
      continue;
    }

    /**
     * Plain text
     */

    if (value === '@') {
      if (opts.noextglob !== true && peek() === '(' && peek(2) !== '?') {
        push({ type: 'at', extglob: true, value, output: '' });
        continue;
      }

      push({ type: 'text', value });
      continue;
    }

    /**
     * Plain text
     */

    if (value !== '*') {
      if (value === '$' || value === '^') {
        value = `\\${value}`;
      }

      const match = REGEX_NON_SPECIAL_CHARS.exec(remaining());
      if (match) {
        value += match[0];
        state.index += match[0].length;
      }

      push({ type: 'text', value });
      continue;
    }

    /**
     * Stars
     */

    if (prev && (prev.type === 'globstar' || prev.star === true)) {
      prev.type = 'star';
      prev.star = true;
      prev.value += value;
      prev.output = star;
      state.backtrack = true;
      state.globstar = true;
      consume(value);
      continue;
    }

    let rest = remaining();
    if (opts.noextglob !== true && /^\([^?]/.test(rest)) {
      extglobOpen('star', value);
      continue;
    }

    if (prev.type === 'star') {
      if (opts.noglobstar === true) {
        consume(value);
        continue;
      }

      const prior = prev.prev;
      const before = prior.prev;
      const isStart = prior.type === 'slash' || prior.type === 'bos';
      const afterStar = before && (before.type === 'star' || before.type === 'globstar');

      if (opts.bash === true && (!isStart || (rest[0] && rest[0] !== '/'))) {
        push({ type: 'star', value, output: '' });
        continue;
      }

      const isBrace = state.braces > 0 && (prior.type === 'comma' || prior.type === 'brace');
      const isExtglob = extglobs.length && (prior.type === 'pipe' || prior.type === 'paren');
      if (!isStart && prior.type !== 'paren' && !isBrace && !isExtglob) {
        push({ type: 'star', value, output: '' });
        continue;
      }

      // strip consecutive `/**/`
      while (rest.slice(0, 3) === '/**') {
        const after = input[state.index + 4];
        if (after && after !== '/') {
          break;
        }
        rest = rest.slice(3);
        consume('/**', 3);
      }

      // A globstar followed only by balanced closing parens is at the logical end of patterns like
      // `test(/utils/**)` and `test?(/utils/**)`. Treat it as EOS so the trailing `/**` can match its
      // parent path, except in negated extglobs where that would change the exclusion semantics.
      const isEnd = eos() || (
        state.parens > 0
        && rest === ')'.repeat(state.parens)
        && !extglobs.some(extglob => extglob.type === 'negate')
      );

      if (prior.type === 'bos' && eos()) {
        prev.type = 'globstar';
        prev.value += value;
        prev.output = globstar(opts);
        state.output = prev.output;
        state.globstar = true;
        consume(value);
        continue;
      }

      if (prior.type === 'slash' && prior.prev.type !== 'bos' && !afterStar && isEnd) {
        state.output = state.output.slice(0, -(prior.output + prev.output).length);
        prior.output = `(?:${prior.output}`;

        prev.type = 'globstar';
        prev.output = globstar(opts) + (opts.strictSlashes ? ')' : '|$)');
        prev.value += value;
        state.globstar = true;
        state.output += prior.output + prev.output;
        consume(value);
        continue;
      }

      if (prior.type === 'slash' && prior.prev.type !== 'bos' && rest[0] === '/') {
        const end = rest[1] !== void 0 ? '|$' : '';

        state.output = state.output.slice(0, -(prior.output + prev.output).length);
        prior.output = `(?:${prior.output}`;

        prev.type = 'globstar';
        prev.output = `${globstar(opts)}${SLASH_LITERAL}|${SLASH_LITERAL}${end})`;
        prev.value += value;

        state.output += prior.output + prev.output;
        state.globstar = true;

        consume(value + advance());

        push({ type: 'slash', value: '/', output: '' });
        continue;
      }

      if (prior.type === 'bos' && rest[0] === '/') {
        prev.type = 'globstar';
        prev.value += value;
        prev.output = `(?:^|${SLASH_LITERAL}|${globstar(opts)}${SLASH_LITERAL})`;
        state.output = prev.output;
        state.globstar = true;
        consume(value + advance());
        push({ type: 'slash', value: '/', output: '' });
        continue;
      }

      // remove single star from output
      state.output = state.output.slice(0, -prev.output.length);

      // reset previous token to globstar
      prev.type = 'globstar';
      prev.output = globstar(opts);
      prev.value += value;

      // reset output with globstar
      state.output += prev.output;
      state.globstar = true;
      consume(value);
      continue;
    }

    const token = { type: 'star', value, output: star };

    if (opts.bash === true) {
      token.output = '.*?';
      if (prev.type === 'bos' || prev.type === 'slash') {
        token.output = nodot + token.output;
      }
      push(token);
      continue;
    }

    if (prev && (prev.type === 'bracket' || prev.type === 'paren') && opts.regex === true) {
      token.output = value;
      push(token);
      continue;
    }

    if (state.index === state.start || prev.type === 'slash' || prev.type === 'dot') {
      if (prev.type === 'dot') {
        state.output += NO_DOT_SLASH;
        prev.output += NO_DOT_SLASH;

      } else if (opts.dot === true) {
        state.output += NO_DOTS_SLASH;
        prev.output += NO_DOTS_SLASH;

      } else {
        state.output += nodot;
        prev.output += nodot;
      }

      if (peek() !== '*') {
        state.output += ONE_CHAR;
        prev.output += ONE_CHAR;
      }
    }

    push(token);
  }

  while (state.brackets > 0) {
    if (opts.strictBrackets === true) throw new SyntaxError(syntaxError('closing', ']'));
    state.output = utils.escapeLast(state.output, '[');
    decrement('brackets');
  }

  while (state.parens > 0) {
    if (opts.strictBrackets === true) throw new SyntaxError(syntaxError('closing', ')'));
    state.output = utils.escapeLast(state.output, '(');
    decrement('parens');
  }

  while (state.braces > 0) {
    if (opts.strictBrackets === true) throw new SyntaxError(syntaxError('closing', '}'));
    state.output = utils.escapeLast(state.output, '{');
    decrement('braces');
  }

  if (opts.strictSlashes !== true && (prev.type === 'star' || prev.type === 'bracket')) {
    push({ type: 'maybe_slash', value: '', output: `${SLASH_LITERAL}?` });
  }

  // rebuild the output if we had to backtrack at any point
  if (state.backtrack === true) {
    state.output = '';

    for (const token of state.tokens) {
      state.output += token.output != null ? token.output : token.value;

      if (token.suffix) {
        state.output += token.suffix;
      }
    }
  }

  return state;
};

/**
 * Fast paths for creating regular expressions for common glob patterns.
 * This can significantly speed up processing and has very little downside
 * impact when none of the fast paths match.
 */

parse.fastpaths = (input, options) => {
  const opts = { ...options };
  const max = typeof opts.maxLength === 'number' ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
  const len = input.length;
  if (len > max) {
    throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
  }

  input = REPLACEMENTS[input] || input;

  // create constants based on platform, for windows or posix
  const {
    DOT_LITERAL,
    SLASH_LITERAL,
    ONE_CHAR,
    DOTS_SLASH,
    NO_DOT,
    NO_DOTS,
    NO_DOTS_SLASH,
    STAR,
    START_ANCHOR
  } = constants.globChars(opts.windows);

  const nodot = opts.dot ? NO_DOTS : NO_DOT;
  const slashDot = opts.dot ? NO_DOTS_SLASH : NO_DOT;
  const capture = opts.capture ? '' : '?:';
  const state = { negated: false, prefix: '' };
  let star = opts.bash === true ? '.*?' : STAR;

  if (opts.capture) {
    star = `(${star})`;
  }

  const globstar = opts => {
    if (opts.noglobstar === true) return star;
    return `(${capture}(?:(?!${START_ANCHOR}${opts.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
  };

  const create = str => {
    switch (str) {
      case '*':
        return `${nodot}${ONE_CHAR}${star}`;

      case '.*':
        return `${DOT_LITERAL}${ONE_CHAR}${star}`;

      case '*.*':
        return `${nodot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;

      case '*/*':
        return `${nodot}${star}${SLASH_LITERAL}${ONE_CHAR}${slashDot}${star}`;

      case '**':
        return nodot + globstar(opts);

      case '**/*':
        return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${ONE_CHAR}${star}`;

      case '**/*.*':
        return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;

      case '**/.*':
        return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${DOT_LITERAL}${ONE_CHAR}${star}`;

      default: {
        const match = /^(.*?)\.(\w+)$/.exec(str);
        if (!match) return;

        const source = create(match[1]);
        if (!source) return;

        return source + DOT_LITERAL + match[2];
      }
    }
  };

  const output = utils.removePrefix(input, state);
  let source = create(output);

  if (source && opts.strictSlashes !== true) {
    source += `${SLASH_LITERAL}?`;
  }

  return source;
};

module.exports = parse;


/***/ }),

/***/ 8016:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const scan = __nccwpck_require__(1781);
const parse = __nccwpck_require__(8265);
const utils = __nccwpck_require__(4059);
const constants = __nccwpck_require__(5595);
const isObject = val => val && typeof val === 'object' && !Array.isArray(val);

/**
 * Creates a matcher function from one or more glob patterns. The
 * returned function takes a string to match as its first argument,
 * and returns true if the string is a match. The returned matcher
 * function also takes a boolean as the second argument that, when true,
 * returns an object with additional information.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch(glob[, options]);
 *
 * const isMatch = picomatch('*.!(*a)');
 * console.log(isMatch('a.a')); //=> false
 * console.log(isMatch('a.b')); //=> true
 *
 * // For environments without `node.js`, `picomatch/posix` provides you a dependency-free matcher, without automatic OS detection.
 * const picomatch = require('picomatch/posix');
 * // the same API, defaulting to posix paths
 * const isMatch = picomatch('a/*');
 * console.log(isMatch('a\\b')); //=> false
 * console.log(isMatch('a/b')); //=> true
 *
 * // you can still configure the matcher function to accept windows paths
 * const isMatch = picomatch('a/*', { options: windows });
 * console.log(isMatch('a\\b')); //=> true
 * console.log(isMatch('a/b')); //=> true
 * ```
 * @name picomatch
 * @param {String|Array} `globs` One or more glob patterns.
 * @param {Object=} `options`
 * @return {Function=} Returns a matcher function.
 * @api public
 */

const picomatch = (glob, options, returnState = false) => {
  if (Array.isArray(glob)) {
    const fns = glob.map(input => picomatch(input, options, returnState));
    const arrayMatcher = str => {
      for (const isMatch of fns) {
        const state = isMatch(str);
        if (state) return state;
      }
      return false;
    };
    return arrayMatcher;
  }

  const isState = isObject(glob) && glob.tokens && glob.input;

  if (glob === '' || (typeof glob !== 'string' && !isState)) {
    throw new TypeError('Expected pattern to be a non-empty string');
  }

  const opts = options || {};
  const posix = opts.windows;
  const regex = isState
    ? picomatch.compileRe(glob, options)
    : picomatch.makeRe(glob, options, false, true);

  const state = regex.state;
  delete regex.state;

  let isIgnored = () => false;
  if (opts.ignore) {
    const ignoreOpts = { ...options, ignore: null, onMatch: null, onResult: null };
    isIgnored = picomatch(opts.ignore, ignoreOpts, returnState);
  }

  const matcher = (input, returnObject = false) => {
    const { isMatch, match, output } = picomatch.test(input, regex, options, { glob, posix });
    const result = { glob, state, regex, posix, input, output, match, isMatch };

    if (typeof opts.onResult === 'function') {
      opts.onResult(result);
    }

    if (isMatch === false) {
      result.isMatch = false;
      return returnObject ? result : false;
    }

    if (isIgnored(input)) {
      if (typeof opts.onIgnore === 'function') {
        opts.onIgnore(result);
      }
      result.isMatch = false;
      return returnObject ? result : false;
    }

    if (typeof opts.onMatch === 'function') {
      opts.onMatch(result);
    }
    return returnObject ? result : true;
  };

  if (returnState) {
    matcher.state = state;
  }

  return matcher;
};

/**
 * Test `input` with the given `regex`. This is used by the main
 * `picomatch()` function to test the input string.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.test(input, regex[, options]);
 *
 * console.log(picomatch.test('foo/bar', /^(?:([^/]*?)\/([^/]*?))$/));
 * // { isMatch: true, match: [ 'foo/', 'foo', 'bar' ], output: 'foo/bar' }
 * ```
 * @param {String} `input` String to test.
 * @param {RegExp} `regex`
 * @return {Object} Returns an object with matching info.
 * @api public
 */

picomatch.test = (input, regex, options, { glob, posix } = {}) => {
  if (typeof input !== 'string') {
    throw new TypeError('Expected input to be a string');
  }

  if (input === '') {
    return { isMatch: false, output: '' };
  }

  const opts = options || {};
  const format = opts.format || (posix ? utils.toPosixSlashes : null);
  let match = input === glob;
  let output = (match && format) ? format(input) : input;

  if (match === false) {
    output = format ? format(input) : input;
    match = output === glob;
  }

  if (match === false || opts.capture === true) {
    if (opts.matchBase === true || opts.basename === true) {
      match = picomatch.matchBase(input, regex, options, posix);
    } else {
      match = regex.exec(output);
    }
  }

  return { isMatch: Boolean(match), match, output };
};

/**
 * Match the basename of a filepath.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.matchBase(input, glob[, options]);
 * console.log(picomatch.matchBase('foo/bar.js', '*.js'); // true
 * ```
 * @param {String} `input` String to test.
 * @param {RegExp|String} `glob` Glob pattern or regex created by [.makeRe](#makeRe).
 * @return {Boolean}
 * @api public
 */

picomatch.matchBase = (input, glob, options, posix = options && options.windows) => {
  const regex = glob instanceof RegExp ? glob : picomatch.makeRe(glob, options);
  return regex.test(utils.basename(input, { windows: posix }));
};

/**
 * Returns true if **any** of the given glob `patterns` match the specified `string`.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.isMatch(string, patterns[, options]);
 *
 * console.log(picomatch.isMatch('a.a', ['b.*', '*.a'])); //=> true
 * console.log(picomatch.isMatch('a.a', 'b.*')); //=> false
 * ```
 * @param {String|Array} str The string to test.
 * @param {String|Array} patterns One or more glob patterns to use for matching.
 * @param {Object} [options] See available [options](#options).
 * @return {Boolean} Returns true if any patterns match `str`
 * @api public
 */

picomatch.isMatch = (str, patterns, options) => picomatch(patterns, options)(str);

/**
 * Parse a glob pattern to create the source string for a regular
 * expression.
 *
 * ```js
 * const picomatch = require('picomatch');
 * const result = picomatch.parse(pattern[, options]);
 * ```
 * @param {String} `pattern`
 * @param {Object} `options`
 * @return {Object} Returns an object with useful properties and output to be used as a regex source string.
 * @api public
 */

picomatch.parse = (pattern, options) => {
  if (Array.isArray(pattern)) return pattern.map(p => picomatch.parse(p, options));
  return parse(pattern, { ...options, fastpaths: false });
};

/**
 * Scan a glob pattern to separate the pattern into segments.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.scan(input[, options]);
 *
 * const result = picomatch.scan('!./foo/*.js');
 * console.log(result);
 * { prefix: '!./',
 *   input: '!./foo/*.js',
 *   start: 3,
 *   base: 'foo',
 *   glob: '*.js',
 *   isBrace: false,
 *   isBracket: false,
 *   isGlob: true,
 *   isExtglob: false,
 *   isGlobstar: false,
 *   negated: true }
 * ```
 * @param {String} `input` Glob pattern to scan.
 * @param {Object} `options`
 * @return {Object} Returns an object with
 * @api public
 */

picomatch.scan = (input, options) => scan(input, options);

/**
 * Compile a regular expression from the `state` object returned by the
 * [parse()](#parse) method.
 *
 * ```js
 * const picomatch = require('picomatch');
 * const state = picomatch.parse('*.js');
 * // picomatch.compileRe(state[, options]);
 *
 * console.log(picomatch.compileRe(state));
 * //=> /^(?:(?!\.)(?=.)[^/]*?\.js)$/
 * ```
 * @param {Object} `state`
 * @param {Object} `options`
 * @param {Boolean} `returnOutput` Intended for implementors, this argument allows you to return the raw output from the parser.
 * @param {Boolean} `returnState` Adds the state to a `state` property on the returned regex. Useful for implementors and debugging.
 * @return {RegExp}
 * @api public
 */

picomatch.compileRe = (state, options, returnOutput = false, returnState = false) => {
  if (returnOutput === true) {
    return state.output;
  }

  const opts = options || {};
  const prepend = opts.contains ? '' : '^';
  const append = opts.contains ? '' : '$';

  let source = `${prepend}(?:${state.output})${append}`;
  if (state && state.negated === true) {
    source = `^(?!${source}).*$`;
  }

  const regex = picomatch.toRegex(source, options);
  if (returnState === true) {
    regex.state = state;
  }

  return regex;
};

/**
 * Create a regular expression from a parsed glob pattern.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.makeRe(state[, options]);
 *
 * const result = picomatch.makeRe('*.js');
 * console.log(result);
 * //=> /^(?:(?!\.)(?=.)[^/]*?\.js)$/
 * ```
 * @param {String} `state` The object returned from the `.parse` method.
 * @param {Object} `options`
 * @param {Boolean} `returnOutput` Implementors may use this argument to return the compiled output, instead of a regular expression. This is not exposed on the options to prevent end-users from mutating the result.
 * @param {Boolean} `returnState` Implementors may use this argument to return the state from the parsed glob with the returned regular expression.
 * @return {RegExp} Returns a regex created from the given pattern.
 * @api public
 */

picomatch.makeRe = (input, options = {}, returnOutput = false, returnState = false) => {
  if (!input || typeof input !== 'string') {
    throw new TypeError('Expected a non-empty string');
  }

  let parsed = { negated: false, fastpaths: true };

  if (options.fastpaths !== false && (input[0] === '.' || input[0] === '*')) {
    parsed.output = parse.fastpaths(input, options);
  }

  if (!parsed.output) {
    parsed = parse(input, options);
  }

  return picomatch.compileRe(parsed, options, returnOutput, returnState);
};

/**
 * Create a regular expression from the given regex source string.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.toRegex(source[, options]);
 *
 * const { output } = picomatch.parse('*.js');
 * console.log(picomatch.toRegex(output));
 * //=> /^(?:(?!\.)(?=.)[^/]*?\.js)$/
 * ```
 * @param {String} `source` Regular expression source string.
 * @param {Object} `options`
 * @return {RegExp}
 * @api public
 */

picomatch.toRegex = (source, options) => {
  try {
    const opts = options || {};
    return new RegExp(source, opts.flags || (opts.nocase ? 'i' : ''));
  } catch (err) {
    if (options && options.debug === true) throw err;
    return /$^/;
  }
};

/**
 * Picomatch constants.
 * @return {Object}
 */

picomatch.constants = constants;

/**
 * Expose "picomatch"
 */

module.exports = picomatch;


/***/ }),

/***/ 1781:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const utils = __nccwpck_require__(4059);
const {
  CHAR_ASTERISK,             /* * */
  CHAR_AT,                   /* @ */
  CHAR_BACKWARD_SLASH,       /* \ */
  CHAR_COMMA,                /* , */
  CHAR_DOT,                  /* . */
  CHAR_EXCLAMATION_MARK,     /* ! */
  CHAR_FORWARD_SLASH,        /* / */
  CHAR_LEFT_CURLY_BRACE,     /* { */
  CHAR_LEFT_PARENTHESES,     /* ( */
  CHAR_LEFT_SQUARE_BRACKET,  /* [ */
  CHAR_PLUS,                 /* + */
  CHAR_QUESTION_MARK,        /* ? */
  CHAR_RIGHT_CURLY_BRACE,    /* } */
  CHAR_RIGHT_PARENTHESES,    /* ) */
  CHAR_RIGHT_SQUARE_BRACKET  /* ] */
} = __nccwpck_require__(5595);

const isPathSeparator = code => {
  return code === CHAR_FORWARD_SLASH || code === CHAR_BACKWARD_SLASH;
};

const depth = token => {
  if (token.isPrefix !== true) {
    token.depth = token.isGlobstar ? Infinity : 1;
  }
};

/**
 * Quickly scans a glob pattern and returns an object with a handful of
 * useful properties, like `isGlob`, `path` (the leading non-glob, if it exists),
 * `glob` (the actual pattern), `negated` (true if the path starts with `!` but not
 * with `!(`) and `negatedExtglob` (true if the path starts with `!(`).
 *
 * ```js
 * const pm = require('picomatch');
 * console.log(pm.scan('foo/bar/*.js'));
 * { isGlob: true, input: 'foo/bar/*.js', base: 'foo/bar', glob: '*.js' }
 * ```
 * @param {String} `str`
 * @param {Object} `options`
 * @return {Object} Returns an object with tokens and regex source string.
 * @api public
 */

const scan = (input, options) => {
  const opts = options || {};

  const length = input.length - 1;
  const scanToEnd = opts.parts === true || opts.tokens === true || opts.scanToEnd === true;
  const slashes = [];
  const tokens = [];
  const parts = [];

  let str = input;
  let index = -1;
  let start = 0;
  let lastIndex = 0;
  let isBrace = false;
  let isBracket = false;
  let isGlob = false;
  let isExtglob = false;
  let isGlobstar = false;
  let braceEscaped = false;
  let backslashes = false;
  let negated = false;
  let negatedExtglob = false;
  let finished = false;
  let braces = 0;
  let prev;
  let code;
  let token = { value: '', depth: 0, isGlob: false };

  const eos = () => index >= length;
  const peek = () => str.charCodeAt(index + 1);
  const advance = () => {
    prev = code;
    return str.charCodeAt(++index);
  };

  while (index < length) {
    code = advance();
    let next;

    if (code === CHAR_BACKWARD_SLASH) {
      backslashes = token.backslashes = true;
      code = advance();

      if (code === CHAR_LEFT_CURLY_BRACE) {
        braceEscaped = true;
      }
      continue;
    }

    if (braceEscaped === true || code === CHAR_LEFT_CURLY_BRACE) {
      braces++;

      while (eos() !== true && (code = advance())) {
        if (code === CHAR_BACKWARD_SLASH) {
          backslashes = token.backslashes = true;
          advance();
          continue;
        }

        if (code === CHAR_LEFT_CURLY_BRACE) {
          braces++;
          continue;
        }

        if (braceEscaped !== true && code === CHAR_DOT && (code = advance()) === CHAR_DOT) {
          isBrace = token.isBrace = true;
          isGlob = token.isGlob = true;
          finished = true;

          if (scanToEnd === true) {
            continue;
          }

          break;
        }

        if (braceEscaped !== true && code === CHAR_COMMA) {
          isBrace = token.isBrace = true;
          isGlob = token.isGlob = true;
          finished = true;

          if (scanToEnd === true) {
            continue;
          }

          break;
        }

        if (code === CHAR_RIGHT_CURLY_BRACE) {
          braces--;

          if (braces === 0) {
            braceEscaped = false;
            isBrace = token.isBrace = true;
            finished = true;
            break;
          }
        }
      }

      if (scanToEnd === true) {
        continue;
      }

      break;
    }

    if (code === CHAR_FORWARD_SLASH) {
      slashes.push(index);
      tokens.push(token);
      token = { value: '', depth: 0, isGlob: false };

      if (finished === true) continue;
      if (prev === CHAR_DOT && index === (start + 1)) {
        start += 2;
        continue;
      }

      lastIndex = index + 1;
      continue;
    }

    if (opts.noext !== true) {
      const isExtglobChar = code === CHAR_PLUS
        || code === CHAR_AT
        || code === CHAR_ASTERISK
        || code === CHAR_QUESTION_MARK
        || code === CHAR_EXCLAMATION_MARK;

      if (isExtglobChar === true && peek() === CHAR_LEFT_PARENTHESES) {
        isGlob = token.isGlob = true;
        isExtglob = token.isExtglob = true;
        finished = true;
        if (code === CHAR_EXCLAMATION_MARK && index === start) {
          negatedExtglob = true;
        }

        if (scanToEnd === true) {
          let parens = 0;

          while (eos() !== true && (code = advance())) {
            if (code === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              advance();
              continue;
            }

            if (code === CHAR_LEFT_PARENTHESES) {
              parens++;
              continue;
            }

            if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
              finished = true;
              break;
            }
          }
          continue;
        }
        break;
      }
    }

    if (code === CHAR_ASTERISK) {
      if (prev === CHAR_ASTERISK) isGlobstar = token.isGlobstar = true;
      isGlob = token.isGlob = true;
      finished = true;

      if (scanToEnd === true) {
        continue;
      }
      break;
    }

    if (code === CHAR_QUESTION_MARK) {
      isGlob = token.isGlob = true;
      finished = true;

      if (scanToEnd === true) {
        continue;
      }
      break;
    }

    if (code === CHAR_LEFT_SQUARE_BRACKET) {
      while (eos() !== true && (next = advance())) {
        if (next === CHAR_BACKWARD_SLASH) {
          backslashes = token.backslashes = true;
          advance();
          continue;
        }

        if (next === CHAR_RIGHT_SQUARE_BRACKET) {
          isBracket = token.isBracket = true;
          isGlob = token.isGlob = true;
          finished = true;
          break;
        }
      }

      if (scanToEnd === true) {
        continue;
      }

      break;
    }

    if (opts.nonegate !== true && code === CHAR_EXCLAMATION_MARK && index === start) {
      negated = token.negated = true;
      start++;
      continue;
    }

    if (opts.noparen !== true && code === CHAR_LEFT_PARENTHESES) {
      isGlob = token.isGlob = true;

      if (scanToEnd === true) {
        let parens = 1;

        while (eos() !== true && (code = advance())) {
          if (code === CHAR_BACKWARD_SLASH) {
            backslashes = token.backslashes = true;
            advance();
            continue;
          }

          if (code === CHAR_LEFT_PARENTHESES) {
            parens++;
            continue;
          }

          if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
            finished = true;
            break;
          }
        }
        continue;
      }
      break;
    }

    if (isGlob === true) {
      finished = true;

      if (scanToEnd === true) {
        continue;
      }

      break;
    }
  }

  if (opts.noext === true) {
    isExtglob = false;
    isGlob = false;
  }

  let base = str;
  let prefix = '';
  let glob = '';

  if (start > 0) {
    prefix = str.slice(0, start);
    str = str.slice(start);
    lastIndex -= start;
  }

  if (base && isGlob === true && lastIndex > 0) {
    base = str.slice(0, lastIndex);
    glob = str.slice(lastIndex);
  } else if (isGlob === true) {
    base = '';
    glob = str;
  } else {
    base = str;
  }

  if (base && base !== '' && base !== '/' && base !== str) {
    if (isPathSeparator(base.charCodeAt(base.length - 1))) {
      base = base.slice(0, -1);
    }
  }

  if (opts.unescape === true) {
    if (glob) glob = utils.removeBackslashes(glob);

    if (base && backslashes === true) {
      base = utils.removeBackslashes(base);
    }
  }

  const state = {
    prefix,
    input,
    start,
    base,
    glob,
    isBrace,
    isBracket,
    isGlob,
    isExtglob,
    isGlobstar,
    negated,
    negatedExtglob
  };

  if (opts.tokens === true) {
    state.maxDepth = 0;
    if (!isPathSeparator(code)) {
      tokens.push(token);
    }
    state.tokens = tokens;
  }

  if (opts.parts === true || opts.tokens === true) {
    let prevIndex;

    for (let idx = 0; idx < slashes.length; idx++) {
      const n = prevIndex !== undefined ? prevIndex + 1 : start;
      const i = slashes[idx];
      const value = input.slice(n, i);
      if (opts.tokens) {
        if (idx === 0 && start !== 0) {
          tokens[idx].isPrefix = true;
          tokens[idx].value = prefix;
        } else {
          tokens[idx].value = value;
        }
        depth(tokens[idx]);
        state.maxDepth += tokens[idx].depth;
      }
      if (i >= start) {
        parts.push(value);
        prevIndex = i;
      }
    }

    const n = prevIndex !== undefined ? prevIndex + 1 : start;
    const value = input.slice(n);
    parts.push(value);

    if (opts.tokens && prevIndex && prevIndex + 1 < input.length) {
      tokens[tokens.length - 1].value = value;
      depth(tokens[tokens.length - 1]);
      state.maxDepth += tokens[tokens.length - 1].depth;
    }

    state.slashes = slashes;
    state.parts = parts;
  }

  return state;
};

module.exports = scan;


/***/ }),

/***/ 4059:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

/*global navigator*/


const {
  REGEX_BACKSLASH,
  REGEX_REMOVE_BACKSLASH,
  REGEX_SPECIAL_CHARS,
  REGEX_SPECIAL_CHARS_GLOBAL
} = __nccwpck_require__(5595);

exports.isObject = val => val !== null && typeof val === 'object' && !Array.isArray(val);
exports.hasRegexChars = str => REGEX_SPECIAL_CHARS.test(str);
exports.isRegexChar = str => str.length === 1 && exports.hasRegexChars(str);
exports.escapeRegex = str => str.replace(REGEX_SPECIAL_CHARS_GLOBAL, '\\$1');
exports.toPosixSlashes = str => str.replace(REGEX_BACKSLASH, '/');

exports.isWindows = () => {
  if (typeof navigator !== 'undefined' && navigator.platform) {
    const platform = navigator.platform.toLowerCase();
    return platform === 'win32' || platform === 'windows';
  }

  if (typeof process !== 'undefined' && process.platform) {
    return process.platform === 'win32';
  }

  return false;
};

exports.removeBackslashes = str => {
  return str.replace(REGEX_REMOVE_BACKSLASH, match => {
    return match === '\\' ? '' : match;
  });
};

exports.escapeLast = (input, char, lastIdx) => {
  const idx = input.lastIndexOf(char, lastIdx);
  if (idx === -1) return input;
  if (input[idx - 1] === '\\') return exports.escapeLast(input, char, idx - 1);
  return `${input.slice(0, idx)}\\${input.slice(idx)}`;
};

exports.removePrefix = (input, state = {}) => {
  let output = input;
  if (output.startsWith('./')) {
    output = output.slice(2);
    state.prefix = './';
  }
  return output;
};

exports.wrapOutput = (input, state = {}, options = {}) => {
  const prepend = options.contains ? '' : '^';
  const append = options.contains ? '' : '$';

  let output = `${prepend}(?:${input})${append}`;
  if (state.negated === true) {
    output = `(?:^(?!${output}).*$)`;
  }
  return output;
};

exports.basename = (path, { windows } = {}) => {
  const segs = path.split(windows ? /[\\/]/ : '/');
  const last = segs[segs.length - 1];

  if (last === '') {
    return segs[segs.length - 2];
  }

  return last;
};


/***/ }),

/***/ 5581:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _cli_run_cli_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(2396);

process.exitCode = await (0,_cli_run_cli_js__WEBPACK_IMPORTED_MODULE_0__/* .runCli */ .a)(process.argv.slice(2), {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    cwd: process.cwd(),
    env: process.env,
    isTerminal: process.stdout.isTTY === true,
});

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 2396:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  a: () => (/* binding */ runCli)
});

// UNUSED EXPORTS: ExitCode

;// CONCATENATED MODULE: ./src/exit-code.ts
/** The exit codes of the action and the CLI alike: a workflow or a script can tell a failed gate from a broken run. */
const ExitCode = {
    Pass: 0,
    /** A threshold failed, or with fail-on-error a report could not be published. */
    ThresholdFailed: 1,
    /** An input, the config file or the environment holds a value the action cannot use. */
    Usage: 2,
    /** The audit or the action itself failed unexpectedly: a bug. */
    Internal: 3,
};

;// CONCATENATED MODULE: ./src/engine/gates.ts
/** Names match the inputs that set them, so a failure message points at the knob to turn. */
const GATE_NAMES = {
    placeholders: 'max-placeholders',
    brokenLinks: 'max-broken-links',
    checklistScore: 'min-checklist-score',
    scannerErrors: 'fail-on-error',
    newPlaceholders: 'max-new-placeholders',
    newBrokenLinks: 'max-new-broken-links',
    checklistDrop: 'max-checklist-drop',
};
/**
 * What the count gates judge: `new` needs a baseline that was compared (without one they judge
 * totals, never pretending everything is new); `auto` is `new` on pull requests.
 */
function gateScope(options, baseline, pullRequest) {
    if (baseline?.status !== 'compared')
        return 'all';
    if (options.gateOn === 'auto')
        return pullRequest ? 'new' : 'all';
    return options.gateOn;
}
/**
 * Every threshold that applies to this audit. A gate whose scanner did not run, whose limit is -1
 * (no limit), or that cannot fail (a minimum score of 0) is not a gate at all: it neither passes
 * nor fails.
 */
function evaluateGates(options, results, errors, baseline, pullRequest = false) {
    const gates = [];
    const ceiling = (name, value, limit, scope) => {
        if (limit >= 0)
            gates.push({ name, value, limit, passed: value <= limit, comparison: 'at-most', ...(scope === undefined ? {} : { scope }) });
    };
    const scope = gateScope(options, baseline, pullRequest);
    const compared = baseline?.status === 'compared' ? baseline : undefined;
    const scoped = scope === 'new' ? 'new' : compared ? 'all' : undefined;
    if (results.placeholders)
        ceiling(GATE_NAMES.placeholders, scope === 'new' ? (compared?.placeholders?.new ?? 0) : results.placeholders.count, options.maxPlaceholders, scoped);
    if (results.links)
        ceiling(GATE_NAMES.brokenLinks, scope === 'new' ? (compared?.links?.new ?? 0) : results.links.brokenCount, options.maxBrokenLinks, scoped);
    // Without a baseline the new-findings gates judge totals: a lost base must not let everything through.
    if (results.placeholders)
        ceiling(GATE_NAMES.newPlaceholders, compared?.placeholders?.new ?? results.placeholders.count, options.maxNewPlaceholders, compared ? 'new' : 'all');
    if (results.links)
        ceiling(GATE_NAMES.newBrokenLinks, compared?.links?.new ?? results.links.brokenCount, options.maxNewBrokenLinks, compared ? 'new' : 'all');
    if (results.checklist && compared?.checklist)
        ceiling(GATE_NAMES.checklistDrop, Math.max(0, -compared.checklist.scoreDelta), options.maxChecklistDrop, 'new');
    // A minimum of 0 can never fail: it is no gate, and is not shown as one.
    if (results.checklist && options.minChecklistScore > 0) {
        const score = results.checklist.score;
        gates.push({ name: GATE_NAMES.checklistScore, value: score, limit: options.minChecklistScore, passed: score >= options.minChecklistScore, comparison: 'at-least' });
    }
    if (options.failOnError)
        ceiling(GATE_NAMES.scannerErrors, errors.length, 0);
    return gates;
}
/** One line per failed gate, as `setFailed` and the CLI print it. */
function describeFailedGates(gates) {
    const failed = gates.filter((gate) => !gate.passed);
    if (failed.length === 0)
        return undefined;
    const parts = failed.map((gate) => gate.name === GATE_NAMES.scannerErrors
        ? `${gate.value} scanner error(s) (set fail-on-error: false to report them without failing)`
        : `${gate.name}: ${gate.value}${gate.scope === 'new' && gate.name !== GATE_NAMES.checklistDrop ? ' new' : ''} ${gate.comparison === 'at-most' ? 'exceeds the limit of' : 'is below the minimum of'} ${gate.limit}`);
    return `Repo Audit failed: ${parts.join('; ')}.`;
}

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
;// CONCATENATED MODULE: external "node:url"
const external_node_url_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");
;// CONCATENATED MODULE: external "node:fs/promises"
const promises_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");
;// CONCATENATED MODULE: ./src/constants.ts
/** Every action input name, in one place: action.yml, the README test and the parser all use these. */
const Inputs = {
    Path: 'path',
    Config: 'config',
    Checks: 'checks',
    Include: 'include',
    Exclude: 'exclude',
    MaxPlaceholders: 'max-placeholders',
    MaxBrokenLinks: 'max-broken-links',
    MinChecklistScore: 'min-checklist-score',
    FailOnError: 'fail-on-error',
    OutputDir: 'output-dir',
    JobSummary: 'job-summary',
    Token: 'token',
    UploadArtifact: 'upload-artifact',
    ArtifactName: 'artifact-name',
    RetentionDays: 'retention-days',
    Sarif: 'sarif',
    Annotations: 'annotations',
    Baseline: 'baseline',
    GateOn: 'gate-on',
    MaxNewPlaceholders: 'max-new-placeholders',
    MaxNewBrokenLinks: 'max-new-broken-links',
    MaxChecklistDrop: 'max-checklist-drop',
};
const Outputs = {
    Result: 'result',
    PlaceholderCount: 'placeholder-count',
    BrokenLinkCount: 'broken-link-count',
    ChecklistScore: 'checklist-score',
    ChecklistFailed: 'checklist-failed',
    FileCount: 'file-count',
    ReportDir: 'report-dir',
    ReportJson: 'report-json',
    ArtifactId: 'artifact-id',
    ArtifactUrl: 'artifact-url',
    SarifFile: 'sarif-file',
    NewPlaceholderCount: 'new-placeholder-count',
    FixedPlaceholderCount: 'fixed-placeholder-count',
    NewBrokenLinkCount: 'new-broken-link-count',
    FixedBrokenLinkCount: 'fixed-broken-link-count',
    ChecklistScoreDelta: 'checklist-score-delta',
    BaselineCommit: 'baseline-commit',
    BaselineStatus: 'baseline-status',
};
/** Config-file keys beyond the inputs: settings that are rarely changed per workflow. */
const ConfigOnlyKeys = {
    MaxFileSize: 'max-file-size',
};
const DEFAULT_CONFIG_FILES = ['.github/repo-audit.yml', 'repo-audit.yml'];
const ReportFiles = {
    Json: 'report.json',
    Summary: 'summary.md',
    Gaps: 'gaps-report.md',
    StatusAudit: 'status-audit.md',
    Fixes: 'fixes.patch',
    Errors: 'errors.ndjson',
    Sarif: 'results.sarif',
    History: 'history.csv',
};

// EXTERNAL MODULE: ./src/scanners/edit-distance.ts
var edit_distance = __nccwpck_require__(2791);
// EXTERNAL MODULE: ./src/options/settings-error.ts
var settings_error = __nccwpck_require__(378);
;// CONCATENATED MODULE: ./src/options/field-reader.ts


/**
 * Reads typed settings out of raw fields, one field at a time, and turns every bad value into a
 * SettingsError that names the field, the value and what is accepted. Absent fields read as
 * undefined so that callers layer defaults, the config file and inputs explicitly.
 */
/** The known key a typo most likely meant: at most two edits away, and fewer than half its length. */
function closestKey(key, known) {
    let best;
    for (const candidate of known) {
        const limit = Math.min(2, Math.floor(candidate.length / 2));
        const distance = (0,edit_distance/* boundedDistance */.j)(key.toLowerCase(), candidate, limit);
        if (distance <= limit && (best === undefined || distance < best.distance))
            best = { key: candidate, distance };
    }
    return best?.key;
}
class FieldReader {
    fields;
    scope;
    knownKeys;
    used = new Set();
    constructor(fields, 
    /** Names the whole group in unknown-key errors, e.g. "config file repo-audit.yml". */
    scope, knownKeys) {
        this.fields = fields;
        this.scope = scope;
        this.knownKeys = knownKeys;
    }
    take(key) {
        this.used.add(key);
        const field = this.fields.get(key);
        if (field === undefined)
            return undefined;
        if (field.value === null || field.value === undefined)
            return undefined;
        if (typeof field.value === 'string' && field.value.trim() === '')
            return undefined;
        return field;
    }
    /** The field as given, for shapes the typed readers do not cover (a list of mappings); validate it yourself. */
    raw(key) {
        return this.take(key);
    }
    int(key, range) {
        const field = this.take(key);
        if (!field)
            return undefined;
        const accepted = `an integer from ${range.min}${range.max === undefined ? ' upward' : ` to ${range.max}`}${range.note ? ` (${range.note})` : ''}`;
        const text = typeof field.value === 'number' ? String(field.value) : typeof field.value === 'string' ? field.value.trim() : undefined;
        if (text === undefined || !/^[+-]?\d+$/.test(text))
            throw new settings_error/* SettingsError */.GN(field.where, (0,settings_error/* describeValue */.bp)(field.value), accepted);
        const value = Number(text);
        if (!Number.isSafeInteger(value) || value < range.min || (range.max !== undefined && value > range.max)) {
            throw new settings_error/* SettingsError */.GN(field.where, (0,settings_error/* describeValue */.bp)(field.value), accepted);
        }
        return value;
    }
    bool(key) {
        const field = this.take(key);
        if (!field)
            return undefined;
        if (typeof field.value === 'boolean')
            return field.value;
        if (typeof field.value === 'string') {
            const text = field.value.trim().toLowerCase();
            if (text === 'true')
                return true;
            if (text === 'false')
                return false;
        }
        throw new settings_error/* SettingsError */.GN(field.where, (0,settings_error/* describeValue */.bp)(field.value), 'true or false');
    }
    string(key) {
        const field = this.take(key);
        if (!field)
            return undefined;
        if (typeof field.value === 'string')
            return field.value.trim();
        throw new settings_error/* SettingsError */.GN(field.where, (0,settings_error/* describeValue */.bp)(field.value), 'a string');
    }
    /** A YAML list of strings, or a string with items separated by newlines or commas. */
    stringList(key, separators = /[\n,]/) {
        const field = this.take(key);
        if (!field)
            return undefined;
        if (typeof field.value === 'string') {
            return field.value.split(separators).map((item) => item.trim()).filter((item) => item !== '');
        }
        if (Array.isArray(field.value) && field.value.every((item) => typeof item === 'string')) {
            return field.value.map((item) => item.trim()).filter((item) => item !== '');
        }
        throw new settings_error/* SettingsError */.GN(field.where, (0,settings_error/* describeValue */.bp)(field.value), 'a list of strings');
    }
    /** One of `allowed`, as written. */
    choice(key, allowed) {
        const field = this.fields.get(key);
        const value = this.string(key);
        if (value === undefined)
            return undefined;
        if (allowed.includes(value))
            return value;
        throw new settings_error/* SettingsError */.GN(field.where, JSON.stringify(value), `one of ${allowed.join(', ')}`);
    }
    /** Like stringList, but every item must be one of `allowed`. */
    choiceList(key, allowed, separators) {
        const items = this.stringList(key, separators);
        if (items === undefined)
            return undefined;
        const field = this.fields.get(key);
        for (const item of items) {
            if (!allowed.includes(item)) {
                throw new settings_error/* SettingsError */.GN(field.where, `unknown value ${JSON.stringify(item)}`, `any of ${allowed.join(', ')}`);
            }
        }
        return [...new Set(items)];
    }
    /** A nested mapping (config only), read by its own FieldReader. */
    section(key, knownKeys) {
        const field = this.take(key);
        if (!field)
            return undefined;
        if (!field.children)
            throw new settings_error/* SettingsError */.GN(field.where, (0,settings_error/* describeValue */.bp)(field.value), `a mapping with keys ${knownKeys.join(', ')}`);
        return new FieldReader(field.children, field.where, knownKeys);
    }
    /** Fails on the first key nobody asked for: a typo in a config file must not pass silently. */
    /** Every key nobody read, in one error (see SettingsErrors). */
    rejectUnknownKeys() {
        const unknown = [];
        for (const [key, field] of this.fields) {
            if (this.used.has(key))
                continue;
            const known = this.knownKeys ? `one of ${this.knownKeys.join(', ')}` : 'a known key';
            const near = this.knownKeys === undefined ? undefined : closestKey(key, this.knownKeys);
            unknown.push(new settings_error/* SettingsError */.GN(field.where, `unknown key ${JSON.stringify(key)} in ${this.scope}${near === undefined ? '' : ` (did you mean ${JSON.stringify(near)}?)`}`, known));
        }
        const error = (0,settings_error/* settingsErrorOf */.xr)(unknown);
        if (error)
            throw error;
    }
}

;// CONCATENATED MODULE: ./src/paths/is-inside.ts

/**
 * Whether `child` is `parent` or lies below it, both absolute. A name that merely starts with two
 * dots (`..data/x`) is inside; only a `..` segment leads out.
 */
function isInside(parent, child) {
    const rel = (0,external_node_path_.relative)(parent, child);
    return rel === '' || (rel !== '..' && !rel.startsWith(`..${external_node_path_.sep}`) && !(0,external_node_path_.isAbsolute)(rel));
}

;// CONCATENATED MODULE: ./src/options/output-dir.ts




/** Line breaks, ESC, NUL and the other C0/C1 controls: a newline in a path printed to the log starts a workflow command. */
const CONTROL_CHARACTER = /\p{Cc}/u;
function isBelow(parent, child) {
    return child !== parent && isInside(parent, child);
}
async function lstatIfPresent(path) {
    try {
        return await (0,promises_namespaceObject.lstat)(path);
    }
    catch (error) {
        if (error.code === 'ENOENT')
            return undefined;
        throw error;
    }
}
/**
 * Creates `dir` one component at a time, never with a recursive mkdir (which spins forever under /proc),
 * refusing a component below a guarded root that is a symbolic link or not a directory.
 */
async function createOutputDir(dir, guardedRoots, setting) {
    const refuse = (detail, accepted) => new settings_error/* SettingsError */.GN(setting.where, `${JSON.stringify(setting.text)} (${detail})`, accepted);
    const { root } = (0,external_node_path_.parse)(dir);
    let current = root;
    for (const part of dir.slice(root.length).split(external_node_path_.sep).filter((name) => name !== '')) {
        current = (0,external_node_path_.join)(current, part);
        let info;
        try {
            info = await lstatIfPresent(current);
            if (info === undefined) {
                await (0,promises_namespaceObject.mkdir)(current).catch((error) => {
                    if (error.code !== 'EEXIST')
                        throw error;
                });
                info = await (0,promises_namespaceObject.lstat)(current);
            }
            if (info.isSymbolicLink()) {
                const guard = guardedRoots.find((guarded) => isBelow(guarded, current));
                if (guard !== undefined)
                    throw refuse(`${current} is a symbolic link inside ${guard}`, 'a directory whose parts inside the workspace are real directories, not symbolic links');
                info = await (0,promises_namespaceObject.stat)(current);
            }
        }
        catch (error) {
            if (error instanceof settings_error/* SettingsError */.GN)
                throw error;
            throw refuse(error.message, 'a directory that exists or can be created');
        }
        if (!info.isDirectory())
            throw refuse(`${current} is not a directory`, 'a directory that exists or can be created');
    }
}
function refuseControlCharacters(setting) {
    if (CONTROL_CHARACTER.test(setting.text)) {
        throw new settings_error/* SettingsError */.GN(setting.where, JSON.stringify(setting.text), 'a path without line breaks or other control characters');
    }
}
function confine(absolute, setting, within) {
    if (within.some((allowed) => isInside(allowed.path, absolute)))
        return;
    const places = within.map((allowed) => `${allowed.name} (${allowed.path})`).join(' or ');
    throw new settings_error/* SettingsError */.GN(setting.where, JSON.stringify(setting.text), `a directory inside ${places}: a config file may not send reports elsewhere; use the output-dir input for that`);
}
/** The absolute output directory, created; undefined when no report files are written. */
async function resolveOutputDir(request) {
    const fromConfig = request.policy === 'ignored' ? undefined : request.fromConfig;
    const chosen = request.fromUser ?? fromConfig;
    if (chosen === undefined) {
        if (request.defaultDir === undefined)
            return undefined;
        await createOutputDir(request.defaultDir, request.guardedRoots, { text: request.defaultDir, where: 'default output directory' });
        return request.defaultDir;
    }
    refuseControlCharacters(chosen);
    const absolute = (0,external_node_path_.resolve)(request.baseDir, chosen.text);
    if (chosen === fromConfig && request.policy !== 'ignored')
        confine(absolute, chosen, request.policy.within);
    await createOutputDir(absolute, request.guardedRoots, chosen);
    return absolute;
}
/** The action's rule: a config file's `output-dir` stays inside the workspace or the runner's temporary directory. */
function withinRunnerDirs(workspace, runnerTemp) {
    return { within: [{ name: 'GITHUB_WORKSPACE', path: workspace }, { name: 'RUNNER_TEMP', path: runnerTemp }] };
}

;// CONCATENATED MODULE: ./src/options/build-options.ts





const GLOBAL_KEYS = [
    Inputs.Checks, Inputs.Include, Inputs.Exclude, Inputs.MaxPlaceholders, Inputs.MaxBrokenLinks,
    Inputs.MinChecklistScore, Inputs.FailOnError, Inputs.OutputDir, Inputs.JobSummary, ConfigOnlyKeys.MaxFileSize,
    Inputs.Sarif, Inputs.Annotations, Inputs.UploadArtifact, Inputs.ArtifactName, Inputs.RetentionDays,
    Inputs.Baseline, Inputs.GateOn, Inputs.MaxNewPlaceholders, Inputs.MaxNewBrokenLinks, Inputs.MaxChecklistDrop,
];
/** What the artifact service refuses in a name; checked here so the error names the input. */
const FORBIDDEN_ARTIFACT_NAME = /[":<>|*?\r\n\\/]/;
const DEFAULT_ARTIFACT_NAME = 'repo-audit';
const GATE_ON = ['new', 'all', 'auto'];
const DEFAULT_MAX_FILE_BYTES = 1024 * 1024;
/** A file is read as one string, and V8's strings end at 512 MiB; half of that keeps a margin for decoding. */
const MAX_FILE_BYTES_LIMIT = 256 * 1024 * 1024;
const LIST_SEPARATORS = /\n/;
const CHECK_SEPARATORS = /[\n,]/;
/** The audited root must be a directory; a file gets its own message, since "does not exist" would mislead. */
async function requireDirectory(path, where, given) {
    const info = await (0,promises_namespaceObject.stat)(path).catch((error) => {
        if (error.code === 'ENOENT' || error.code === 'ENOTDIR')
            return undefined;
        throw error;
    });
    if (info?.isDirectory())
        return;
    if (info)
        throw new settings_error/* SettingsError */.GN(where, `${JSON.stringify(given)}, which names a file`, 'a directory to audit');
    throw new settings_error/* SettingsError */.GN(where, JSON.stringify(given), 'an existing directory to audit');
}
function readArtifactName(sources, name) {
    if (name !== '' && !FORBIDDEN_ARTIFACT_NAME.test(name))
        return name;
    const field = sources.overrides.get(Inputs.ArtifactName) ?? sources.config?.fields.get(Inputs.ArtifactName);
    throw new settings_error/* SettingsError */.GN(field?.where ?? `input '${Inputs.ArtifactName}'`, JSON.stringify(name), 'a name without " : < > | * ? \\ / or line breaks');
}
/** Layers defaults, the config file and overrides, validating each field once. */
async function buildOptions(sources) {
    await requireDirectory(sources.root, sources.rootWhere, sources.root);
    const overrides = new FieldReader(sources.overrides, 'inputs');
    const configReader = sources.config
        ? new FieldReader(sources.config.fields, `config file ${sources.config.file}`, [...GLOBAL_KEYS, ...sources.availableScanners])
        : new FieldReader(new Map(), 'defaults');
    // Every bad setting is collected and told at once, so one edit can mend them all.
    const problems = [];
    const collected = (read, fallback) => {
        try {
            return read();
        }
        catch (error) {
            if (!(error instanceof settings_error/* SettingsError */.GN))
                throw error;
            problems.push(error);
            return fallback;
        }
    };
    // Both sources are read every time, so a bad config value is reported even where an input overrides it.
    const pick = (read, fallback) => collected(() => {
        const fromConfig = collected(() => read(configReader), undefined);
        return read(overrides) ?? fromConfig ?? fallback;
    }, fallback);
    const checks = pick((r) => r.choiceList(Inputs.Checks, sources.availableScanners, CHECK_SEPARATORS), [...sources.availableScanners]);
    if (checks.length === 0) {
        const field = (sources.overrides.get(Inputs.Checks) ?? sources.config?.fields.get(Inputs.Checks));
        throw new settings_error/* SettingsError */.GN(field.where, `${(0,settings_error/* describeValue */.bp)(field.value)}, which names no scanner`, `at least one of ${sources.availableScanners.join(', ')}`);
    }
    const outputSetting = (reader, raw) => {
        const text = reader.string(Inputs.OutputDir);
        return text === undefined ? undefined : { text, where: raw?.get(Inputs.OutputDir)?.where ?? Inputs.OutputDir };
    };
    const fromConfig = outputSetting(configReader, sources.config?.fields);
    const outputDir = await resolveOutputDir({
        fromUser: outputSetting(overrides, sources.overrides),
        fromConfig,
        policy: sources.configOutputDir ?? { within: [{ name: 'the workspace', path: sources.baseDir }] },
        baseDir: sources.baseDir,
        guardedRoots: [sources.baseDir, sources.root],
        defaultDir: sources.defaultOutputDir,
    });
    const scanners = {};
    for (const id of Object.keys(sources.sections)) {
        const section = sources.sections[id];
        const reader = configReader.section(section.key, section.keys);
        scanners[id] = collected(() => {
            const settings = reader ? section.read(reader, section.defaults) : section.defaults;
            reader?.rejectUnknownKeys();
            return settings;
        }, section.defaults);
    }
    const options = {
        root: sources.root,
        configFile: sources.config?.file,
        checks: sources.availableScanners.filter((id) => checks.includes(id)),
        include: pick((r) => r.stringList(Inputs.Include, LIST_SEPARATORS), []),
        exclude: pick((r) => r.stringList(Inputs.Exclude, LIST_SEPARATORS), []),
        maxFileBytes: pick((r) => r.int(ConfigOnlyKeys.MaxFileSize, { min: 1, max: MAX_FILE_BYTES_LIMIT, note: 'bytes, at most 256 MiB' }), DEFAULT_MAX_FILE_BYTES),
        maxPlaceholders: pick((r) => r.int(Inputs.MaxPlaceholders, { min: -1, note: '-1 means no limit' }), -1),
        maxBrokenLinks: pick((r) => r.int(Inputs.MaxBrokenLinks, { min: -1, note: '-1 means no limit' }), 0),
        minChecklistScore: pick((r) => r.int(Inputs.MinChecklistScore, { min: 0, max: 100 }), 0),
        failOnError: pick((r) => r.bool(Inputs.FailOnError), true),
        baseline: pick((r) => r.string(Inputs.Baseline), 'auto'),
        gateOn: pick((r) => r.choice(Inputs.GateOn, GATE_ON), 'auto'),
        maxNewPlaceholders: pick((r) => r.int(Inputs.MaxNewPlaceholders, { min: -1, note: '-1 means no limit' }), -1),
        maxNewBrokenLinks: pick((r) => r.int(Inputs.MaxNewBrokenLinks, { min: -1, note: '-1 means no limit' }), -1),
        maxChecklistDrop: pick((r) => r.int(Inputs.MaxChecklistDrop, { min: -1, max: 100, note: 'score points; -1 means no limit' }), -1),
        outputDir,
        jobSummary: pick((r) => r.bool(Inputs.JobSummary), true),
        sarif: pick((r) => r.bool(Inputs.Sarif), true),
        annotations: pick((r) => r.bool(Inputs.Annotations), true),
        uploadArtifact: pick((r) => r.bool(Inputs.UploadArtifact), true),
        artifactName: collected(() => readArtifactName(sources, pick((r) => r.string(Inputs.ArtifactName), DEFAULT_ARTIFACT_NAME)), DEFAULT_ARTIFACT_NAME),
        retentionDays: pick((r) => r.int(Inputs.RetentionDays, { min: 1, max: 90, note: 'days; the repository setting may lower the maximum' }), undefined),
        scanners: scanners,
    };
    collected(() => configReader.rejectUnknownKeys(), undefined);
    const problem = (0,settings_error/* settingsErrorOf */.xr)(problems);
    if (problem)
        throw problem;
    rejectUnusedThresholds(sources, options);
    return options;
}
/** Each threshold and the scanner it judges, with the value that sets no limit. */
const THRESHOLD_SCANNERS = [
    [Inputs.MaxPlaceholders, 'placeholders', -1], [Inputs.MaxNewPlaceholders, 'placeholders', -1],
    [Inputs.MaxBrokenLinks, 'links', -1], [Inputs.MaxNewBrokenLinks, 'links', -1],
    [Inputs.MinChecklistScore, 'checklist', 0], [Inputs.MaxChecklistDrop, 'checklist', -1],
];
/**
 * A threshold set for a scanner that does not run would silently judge nothing: an error that
 * names the setting and the `checks` value. The defaults (max-broken-links 0) are not settings.
 */
function rejectUnusedThresholds(sources, options) {
    const values = {
        [Inputs.MaxPlaceholders]: options.maxPlaceholders, [Inputs.MaxNewPlaceholders]: options.maxNewPlaceholders,
        [Inputs.MaxBrokenLinks]: options.maxBrokenLinks, [Inputs.MaxNewBrokenLinks]: options.maxNewBrokenLinks,
        [Inputs.MinChecklistScore]: options.minChecklistScore, [Inputs.MaxChecklistDrop]: options.maxChecklistDrop,
    };
    for (const [key, scanner, noLimit] of THRESHOLD_SCANNERS) {
        const field = sources.overrides.get(key) ?? sources.config?.fields.get(key);
        if (field === undefined || options.checks.includes(scanner) || values[key] === noLimit)
            continue;
        const checksField = sources.overrides.get(Inputs.Checks) ?? sources.config?.fields.get(Inputs.Checks);
        throw new settings_error/* SettingsError */.GN(field.where, `${values[key]}, but ${checksField?.where ?? Inputs.Checks} is ${JSON.stringify(options.checks.join(','))}, which does not run ${scanner}`, `${scanner} in ${Inputs.Checks}, or no ${key}`);
    }
}

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __nccwpck_require__(8815);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
;// CONCATENATED MODULE: ./src/inventory/file-system-paths.ts

/**
 * How to name a repository path to the file system. When the root is the working directory or
 * below it (`npx repo-audit .`, and an action step, which starts in the workspace), relative
 * paths: the kernel then walks only the directories inside the repository on every open and stat.
 * Measured on 32,000 files five directories deep: 48 ms of opens instead of 83 ms.
 */
function fileSystemPaths(root, workingDirectory = process.cwd()) {
    const fromCwd = (0,external_node_path_.relative)(workingDirectory, root);
    if (fromCwd === '')
        return (repoPath) => repoPath;
    if (!(0,external_node_path_.isAbsolute)(fromCwd) && fromCwd !== '..' && !fromCwd.startsWith(`..${external_node_path_.sep}`)) {
        const prefix = `${fromCwd.split(external_node_path_.sep).join('/')}/`;
        return (repoPath) => prefix + repoPath;
    }
    return (repoPath) => (0,external_node_path_.join)(root, repoPath);
}

;// CONCATENATED MODULE: ./src/inventory/root-containment.ts




function verdictOfError(error) {
    const code = error?.code;
    if (code === 'ENOENT' || code === 'ENOTDIR' || code === 'ELOOP')
        return 'gone';
    if (code === 'EACCES' || code === 'EPERM')
        return 'unreadable';
    if (code === 'ENAMETOOLONG')
        return 'too-deep';
    throw error;
}
/**
 * Whether the directories of repository paths stay inside the root. A directory committed as a
 * directory may be a symbolic link in the work tree (`docs -> /elsewhere`), and every file below it
 * would then be read from elsewhere: each directory is checked once, from the root down (a link is
 * resolved, anything else must be a directory below a directory that is inside), and remembered.
 */
class RootContainment {
    realRoot;
    fsPathOf;
    verdicts = new Map([['', 'inside']]);
    /** Throws what `realpath` throws when the root itself does not exist. */
    constructor(root) {
        this.realRoot = external_node_fs_.realpathSync.native(root);
        this.fsPathOf = fileSystemPaths(root);
    }
    /** `dir` is a repository path with `/`, '' for the root. */
    directory(dir) {
        const known = this.verdicts.get(dir);
        if (known !== undefined)
            return known;
        // Up to the nearest directory already judged, then down again: a loop, as a listing may be thousands deep.
        const pending = [];
        let verdict;
        for (let current = dir; verdict === undefined;) {
            pending.push(current);
            const slash = current.lastIndexOf('/');
            current = slash === -1 ? '' : current.slice(0, slash);
            verdict = this.verdicts.get(current);
        }
        for (let index = pending.length - 1; index >= 0; index--) {
            const current = pending[index];
            if (verdict === 'inside')
                verdict = this.check(current);
            this.verdicts.set(current, verdict);
        }
        return verdict;
    }
    check(dir) {
        const fsPath = this.fsPathOf(dir);
        try {
            const info = (0,external_node_fs_.lstatSync)(fsPath);
            if (info.isDirectory())
                return 'inside';
            if (!info.isSymbolicLink())
                return 'gone';
            const target = external_node_fs_.realpathSync.native(fsPath);
            if (!isInside(this.realRoot, target))
                return 'outside';
            return (0,external_node_fs_.lstatSync)(target).isDirectory() ? 'inside' : 'gone';
        }
        catch (error) {
            return verdictOfError(error);
        }
    }
}

;// CONCATENATED MODULE: ./src/inventory/guarded-read.ts


// O_NOFOLLOW: a final component that is a symbolic link fails with ELOOP instead of being followed.
// O_NONBLOCK: opening a FIFO returns at once instead of waiting for a writer; fstat then refuses it.
const NO_FOLLOW_FLAGS = external_node_fs_.constants.O_RDONLY | (external_node_fs_.constants.O_NOFOLLOW ?? 0) | (external_node_fs_.constants.O_NONBLOCK ?? 0);
const FOLLOW_FLAGS = external_node_fs_.constants.O_RDONLY | (external_node_fs_.constants.O_NONBLOCK ?? 0);
/** The errors a repository's tree can cause on open, as refusals; any other error is the machine's and is thrown. */
function refusalOf(error) {
    switch (error?.code) {
        case 'ENOENT':
        case 'ENOTDIR':
            return 'vanished';
        case 'ELOOP':
        case 'EMLINK':
        case 'EISDIR':
        case 'ENXIO':
            return 'not-a-file';
        case 'EACCES':
        case 'EPERM':
        case 'ENAMETOOLONG':
            return 'unreadable';
        default:
            return undefined;
    }
}
function isRefused(result) {
    return typeof result === 'object' && result !== null && 'refused' in result;
}
/**
 * Opens `fsPath` when it is a regular file of at most `maxBytes`; the caller closes `fd`. The final
 * component is not followed unless `followFinalLink` (an explicit path the user chose).
 */
function openRegularFile(fsPath, maxBytes, followFinalLink = false) {
    let fd;
    try {
        fd = (0,external_node_fs_.openSync)(fsPath, followFinalLink ? FOLLOW_FLAGS : NO_FOLLOW_FLAGS);
    }
    catch (error) {
        const refused = refusalOf(error);
        if (refused === undefined)
            throw error;
        return { refused };
    }
    try {
        const info = (0,external_node_fs_.fstatSync)(fd);
        if (!info.isFile()) {
            (0,external_node_fs_.closeSync)(fd);
            return { refused: 'not-a-file' };
        }
        if (info.size > maxBytes) {
            (0,external_node_fs_.closeSync)(fd);
            return { refused: 'too-large', bytes: info.size };
        }
        return { fd, size: info.size };
    }
    catch (error) {
        (0,external_node_fs_.closeSync)(fd);
        throw error;
    }
}
/**
 * Opens a file the inventory has just classified: its `lstat` found a regular file of a known size
 * inside the root, so the read pass reads at most that many bytes and need not stat it again (an
 * `fstat` per file cost 50 ms of a 32,000-file audit). The open itself still never follows a final
 * link and never blocks on a FIFO; anything that stopped being a regular file since fails the read
 * (`EISDIR`, `EAGAIN`), which the caller treats as a refusal.
 */
function openListedFile(fsPath) {
    try {
        return (0,external_node_fs_.openSync)(fsPath, NO_FOLLOW_FLAGS);
    }
    catch (error) {
        const refused = refusalOf(error);
        if (refused === undefined)
            throw error;
        return { refused };
    }
}
/** Reads from `fd` into `buffer` up to `limit` bytes or the end of the file, whichever comes first; never past `limit`. */
function readInto(fd, buffer, limit) {
    let filled = 0;
    while (filled < limit) {
        const count = (0,external_node_fs_.readSync)(fd, buffer, filled, limit - filled, null);
        if (count === 0)
            break;
        filled += count;
    }
    return filled;
}
/** The whole of a regular file of at most `maxBytes` (what it holds when opened: growth afterwards is not read). */
function readRegularFile(fsPath, maxBytes, followFinalLink = false) {
    const opened = openRegularFile(fsPath, maxBytes, followFinalLink);
    if (isRefused(opened))
        return opened;
    try {
        const buffer = Buffer.allocUnsafe(opened.size);
        return buffer.subarray(0, readInto(opened.fd, buffer, opened.size));
    }
    catch (error) {
        const refused = refusalOf(error);
        if (refused === undefined)
            throw error;
        return { refused };
    }
    finally {
        (0,external_node_fs_.closeSync)(opened.fd);
    }
}
/** A repository file (path relative to the root, with `/`) read only if its real path is inside the root. */
function readInsideRoot(containment, repoPath, options) {
    const slash = repoPath.lastIndexOf('/');
    const directory = containment.directory(slash === -1 ? '' : repoPath.slice(0, slash));
    if (directory !== 'inside')
        return { refused: directory === 'outside' ? 'outside-root' : directory === 'gone' ? 'vanished' : 'unreadable' };
    const fsPath = containment.fsPathOf(repoPath);
    const direct = readRegularFile(fsPath, options.maxBytes);
    if (!isRefused(direct) || direct.refused !== 'not-a-file' || !options.followLinkInsideRoot)
        return direct;
    let target;
    try {
        target = external_node_fs_.realpathSync.native(fsPath);
    }
    catch (error) {
        const refused = refusalOf(error);
        if (refused === undefined)
            throw error;
        return { refused };
    }
    if (!isInside(containment.realRoot, target))
        return { refused: 'outside-root' };
    // The real path has no links left in it, so not following the final one changes nothing but races.
    return readRegularFile(target, options.maxBytes);
}

;// CONCATENATED MODULE: ./src/options/config-file.ts






/** Billion laughs: every alias counts against the nodes it expands to, and one value may cost at most this much. */
const MAX_ALIAS_COUNT = 100;
/** Deeper than any real settings file; deeper still overflows the parser's stack. */
const MAX_NESTING_DEPTH = 32;
function lineOf(config, node) {
    return node?.range ? config.lines.linePos(node.range[0]).line : undefined;
}
/** An alias stands for its anchored node: a section given as `repo-map: *defaults` is still a mapping. */
function target(config, node) {
    return (0,dist/* isAlias */.Vj)(node) ? (node.resolve(config.document) ?? null) : node;
}
function toValue(config, node) {
    if (node === null)
        return null;
    try {
        return node.toJS(config.document, { maxAliasCount: MAX_ALIAS_COUNT });
    }
    catch (error) {
        if (!(error instanceof ReferenceError))
            throw error;
        throw new settings_error/* ConfigFileError */.x(config.file, lineOf(config, node), `its aliases expand to too many values (at most ${MAX_ALIAS_COUNT} per setting); write the values out or use fewer aliases`, { cause: error });
    }
}
function toFields(config, map, prefix) {
    const fields = new Map();
    for (const pair of map.items) {
        const keyNode = pair.key;
        const key = (0,dist/* isScalar */.jn)(keyNode) ? String(keyNode.value) : String(keyNode);
        const line = lineOf(config, keyNode);
        const dotted = prefix === '' ? key : `${prefix}.${key}`;
        const where = `key '${dotted}' in ${config.file}${line === undefined ? '' : ` line ${line}`}`;
        const valueNode = pair.value;
        const value = toValue(config, valueNode);
        const resolved = target(config, valueNode);
        fields.set(key, (0,dist/* isMap */.jh)(resolved) ? { value, where, children: toFields(config, resolved, dotted) } : { value, where });
    }
    return fields;
}
/** The deepest nesting of collections, walked without recursion so that the walk itself cannot overflow. */
function refuseDeepNesting(config, contents) {
    const pending = [{ node: contents, depth: 1 }];
    while (pending.length > 0) {
        const { node, depth } = pending.pop();
        if (!(0,dist/* isMap */.jh)(node) && !(0,dist/* isSeq */.oP)(node))
            continue;
        if (depth > MAX_NESTING_DEPTH) {
            throw new settings_error/* ConfigFileError */.x(config.file, lineOf(config, node), `nested deeper than ${MAX_NESTING_DEPTH} levels of lists and mappings`);
        }
        for (const item of node.items) {
            if ((0,dist/* isPair */.tO)(item))
                pending.push({ node: item.key, depth: depth + 1 }, { node: item.value, depth: depth + 1 });
            else
                pending.push({ node: item, depth: depth + 1 });
        }
    }
}
function describeYamlError(message) {
    const first = message.split('\n')[0];
    if (/maximum call stack/i.test(first))
        return `nested too deeply to parse (at most ${MAX_NESTING_DEPTH} levels of lists and mappings)`;
    return `invalid YAML: ${first}`;
}
/** Parses config text; exported for tests. Errors name the file and the line. */
function parseConfig(text, file) {
    const lines = new dist/* LineCounter */.HN();
    const document = (0,dist/* parseDocument */.Tp)(text, { lineCounter: lines, uniqueKeys: true, prettyErrors: false });
    const problem = document.errors[0];
    if (problem) {
        throw new settings_error/* ConfigFileError */.x(file, lines.linePos(problem.pos[0]).line, describeYamlError(problem.message));
    }
    const config = { document, file, lines };
    const contents = document.contents;
    if (contents === null || ((0,dist/* isScalar */.jn)(contents) && contents.value === null))
        return { file, fields: new Map() };
    if (!(0,dist/* isMap */.jh)(contents)) {
        throw new settings_error/* ConfigFileError */.x(file, lineOf(config, contents), 'the top level must be a mapping of settings (key: value)');
    }
    refuseDeepNesting(config, contents);
    return { file, fields: toFields(config, contents, '') };
}
/** A config file is a few kilobytes; a larger one is refused before it is read. */
const MAX_CONFIG_BYTES = 1024 * 1024;
/** Why a config file was not read. Never its content: a file the repository links to is not ours to show. */
const REFUSED_BECAUSE = {
    'outside-root': 'is a symbolic link that leads outside the audited root, so it is not read',
    'not-a-file': 'is not a regular file (a directory, a device, a FIFO or a link loop), so it is not read',
    'too-large': `is larger than ${MAX_CONFIG_BYTES / 1024 / 1024} MiB, so it is not read`,
    unreadable: 'cannot be read (permission denied, or its path is too long)',
};
/** The guard for the root, or undefined when the root does not exist (the options report that). */
function containmentOf(root) {
    try {
        return new RootContainment(root);
    }
    catch (error) {
        const code = error.code;
        if (code === 'ENOENT' || code === 'ENOTDIR')
            return undefined;
        throw new settings_error/* ConfigFileError */.x(root, undefined, `the audited root cannot be resolved (${error.message})`, { cause: error });
    }
}
/**
 * The text of a config file, or undefined when there is none. A file inside the root is read only
 * through the guarded open (its real path inside the root); one outside it, named by the user, must
 * still be a regular file within the size cap.
 */
function readIfPresent(containment, root, absolute, display) {
    const rel = (0,external_node_path_.relative)(root, absolute);
    const inRoot = containment !== undefined && rel !== '' && isInside(root, absolute);
    const read = inRoot
        ? readInsideRoot(containment, rel.split(external_node_path_.sep).join('/'), { maxBytes: MAX_CONFIG_BYTES, followLinkInsideRoot: true })
        : readRegularFile(absolute, MAX_CONFIG_BYTES, true);
    if (!isRefused(read))
        return read.toString('utf8');
    if (read.refused === 'vanished')
        return undefined;
    throw new settings_error/* ConfigFileError */.x(display, undefined, REFUSED_BECAUSE[read.refused]);
}
/**
 * An explicit config path must exist (relative paths resolve against `baseDir`, the workspace or the
 * current directory); without one, `.github/repo-audit.yml` then `repo-audit.yml` in the audited root
 * are used when present.
 */
async function loadConfig(root, explicit, baseDir) {
    const display = (absolute) => {
        const rel = (0,external_node_path_.relative)(root, absolute);
        return rel.startsWith('..') || (0,external_node_path_.isAbsolute)(rel) ? absolute : rel.split('\\').join('/');
    };
    const containment = containmentOf(root);
    if (explicit !== undefined) {
        const absolute = (0,external_node_path_.isAbsolute)(explicit) ? explicit : (0,external_node_path_.join)(baseDir, explicit);
        const text = readIfPresent(containment, root, absolute, explicit);
        if (text === undefined)
            throw new settings_error/* ConfigFileError */.x(explicit, undefined, 'not found (the config input or --config names a file that does not exist)');
        return parseConfig(text, display(absolute));
    }
    if (containment === undefined)
        return undefined;
    for (const candidate of DEFAULT_CONFIG_FILES) {
        const text = readIfPresent(containment, root, (0,external_node_path_.join)(root, candidate), candidate);
        if (text !== undefined)
            return parseConfig(text, candidate);
    }
    return undefined;
}

// EXTERNAL MODULE: ./src/report/secret-shapes.ts
var secret_shapes = __nccwpck_require__(9447);
;// CONCATENATED MODULE: ./src/report/redact.ts

const REDACTED = '…[redacted]';
/** Credentials in a URL's user-info (`https://TOKEN@host`, `https://user:pass@host`), whatever their shape. */
const URL_USER_INFO = /:\/\/[^\s/?#@]+@/g;
const PRIVATE_KEY_END = /-----END [A-Z ]{0,40}-----/g;
/** A token shorter than this is no credential, and hiding it would blank out ordinary words. */
const MIN_LITERAL_LENGTH = 8;
/** The variables whose values the action holds as credentials: the `token` input and the workflow's token. */
const TOKEN_VARIABLES = ['INPUT_TOKEN', 'GITHUB_TOKEN'];
function redactShapes(text, pattern) {
    pattern.lastIndex = 0;
    let match = pattern.exec(text);
    if (match === null)
        return text;
    let out = '';
    let from = 0;
    for (; match !== null; match = pattern.exec(text)) {
        const shape = (0,secret_shapes/* matchedShape */.gp)(match);
        const token = match[0];
        let end = match.index + token.length;
        // The header is public; the key is what follows it, up to its END line or the end of the text.
        if (shape.kind === secret_shapes/* PRIVATE_KEY_KIND */.Tw) {
            PRIVATE_KEY_END.lastIndex = end;
            const close = PRIVATE_KEY_END.exec(text);
            end = close === null ? text.length : close.index + close[0].length;
            out += `${text.slice(from, match.index)}${token}${REDACTED}`;
        }
        else {
            out += `${text.slice(from, match.index)}${token.slice(0, shape.prefixLength)}${REDACTED}`;
        }
        from = end;
        pattern.lastIndex = end;
    }
    return out + text.slice(from);
}
/**
 * The one redaction of output: every secret-shaped token the secrets check knows (fake-looking ones
 * too: in output, hiding too much is the right mistake), credentials in URLs, and the literal
 * values of the action's tokens, each kept as its public prefix and `…[redacted]`.
 */
function secretRedactor(env) {
    const literals = TOKEN_VARIABLES.map((name) => env[name]?.trim() ?? '').filter((value) => value.length >= MIN_LITERAL_LENGTH);
    const pattern = (0,secret_shapes/* combinedSecretPattern */.C_)();
    // One test rules out almost every string: none of the literals, no shape's marker, no URL.
    const escaped = literals.map((literal) => literal.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    const candidate = new RegExp([(0,secret_shapes/* secretMarkerPattern */.Rj)().source, ':\\/\\/', ...escaped].join('|'));
    return (text) => {
        if (!candidate.test(text))
            return text;
        let out = text;
        for (const literal of literals)
            if (out.includes(literal))
                out = out.replaceAll(literal, '[redacted]');
        out = redactShapes(out, pattern);
        return out.includes('://') ? out.replace(URL_USER_INFO, `://${REDACTED}@`) : out;
    };
}
/** For text printed outside the report (settings and config errors that echo values). */
function redactSecrets(text, env) {
    return secretRedactor(env)(text);
}
/** Fingerprints are hashes computed before redaction; they stay as they are so baselines keep matching. */
const KEPT_KEYS = new Set(['fingerprint']);
function redactValue(value, redact, redactKey) {
    if (typeof value === 'string')
        return redact(value);
    if (value === null || typeof value !== 'object')
        return value;
    if (Array.isArray(value)) {
        let copy;
        for (let index = 0; index < value.length; index++) {
            const item = value[index];
            const redacted = redactValue(item, redact, redactKey);
            if (redacted !== item)
                (copy ??= value.slice())[index] = redacted;
        }
        return copy ?? value;
    }
    const record = value;
    let copy;
    for (const key in record) {
        const item = record[key];
        const redacted = KEPT_KEYS.has(key) ? item : redactValue(item, redact, redactKey);
        const redactedKey = redactKey(key);
        if (copy === undefined) {
            if (redacted === item && redactedKey === key)
                continue;
            // Every key before this one was unchanged: copy them as they are.
            copy = {};
            for (const earlier in record) {
                if (earlier === key)
                    break;
                copy[earlier] = record[earlier];
            }
        }
        copy[redactedKey] = redacted;
    }
    return copy ?? value;
}
/**
 * The report with every string redacted (values and keys, at any depth): findings, link targets,
 * evidence, names, commits, errors and their stacks, the options echo. Untouched parts are shared,
 * not copied, so a report without secrets costs one scan of its strings.
 */
function redactReport(report, redact) {
    // The same few keys recur on every finding: each is redacted once.
    const keys = new Map();
    const redactKey = (key) => {
        let redacted = keys.get(key);
        if (redacted === undefined)
            keys.set(key, (redacted = redact(key)));
        return redacted;
    };
    return redactValue(report, redact, redactKey);
}

// EXTERNAL MODULE: ./src/scanners/linear-pattern.ts
var linear_pattern = __nccwpck_require__(1961);
;// CONCATENATED MODULE: ./src/scanners/placeholders/placeholder-settings.ts

const TAG_SHAPE = /^[A-Za-z][A-Za-z0-9_-]*$/;
const placeholderSettings = {
    key: 'placeholders',
    keys: ['tags', 'stubs', 'markdown-prose', 'exclude', 'interface-hooks'],
    defaults: { tags: ['TODO', 'FIXME', 'XXX', 'HACK', 'TBD'], stubs: true, markdownProse: false, exclude: [], interfaceHooks: false },
    read(reader, defaults) {
        const tags = reader.stringList('tags');
        for (const tag of tags ?? []) {
            if (!TAG_SHAPE.test(tag)) {
                throw new settings_error/* SettingsError */.GN('config key placeholders.tags', JSON.stringify(tag), 'words of letters, digits, _ or - (like TODO or FIXME)');
            }
        }
        return {
            tags: tags && tags.length > 0 ? tags : defaults.tags,
            stubs: reader.bool('stubs') ?? defaults.stubs,
            markdownProse: reader.bool('markdown-prose') ?? defaults.markdownProse,
            exclude: reader.stringList('exclude', /\n/) ?? defaults.exclude,
            interfaceHooks: reader.bool('interface-hooks') ?? defaults.interfaceHooks,
        };
    },
};

// EXTERNAL MODULE: ./src/scanners/links/link-settings.ts
var link_settings = __nccwpck_require__(5775);
// EXTERNAL MODULE: ./src/scanners/checklist/check-ids.ts
var check_ids = __nccwpck_require__(6003);
// EXTERNAL MODULE: ./src/scanners/checklist/checklist-result.ts
var checklist_result = __nccwpck_require__(6300);
// EXTERNAL MODULE: ./src/scanners/checklist/settings/custom-rule.ts
var custom_rule = __nccwpck_require__(4312);
;// CONCATENATED MODULE: ./src/scanners/checklist/settings/read-custom-rules.ts




const RULE_ID_SHAPE = /^[a-z0-9][a-z0-9-]{0,63}$/;
const MAX_WEIGHT = 100;
const COMMON_FIELDS = ['id', 'type', 'title', 'weight', 'remediation', 'paths'];
const FIELDS_BY_TYPE = {
    'file-exists': COMMON_FIELDS,
    'file-absent': COMMON_FIELDS,
    'file-contains': [...COMMON_FIELDS, 'pattern', 'ignore-case'],
    'file-not-contains': [...COMMON_FIELDS, 'pattern', 'ignore-case'],
    'max-age': [...COMMON_FIELDS, 'days'],
};
const isMapping = (value) => typeof value === 'object' && value !== null && !Array.isArray(value);
/**
 * Validates one rule field by field. `where` names the rules key and its line; each error adds the
 * rule (by id when it has one, by position otherwise) and the field, so a user can find it at once.
 */
class RuleFields {
    where;
    label;
    mapping;
    constructor(where, label, mapping) {
        this.where = where;
        this.label = label;
        this.mapping = mapping;
    }
    place(field) {
        return `${this.where}, ${this.label}, field '${field}'`;
    }
    fail(field, received, accepted) {
        throw new settings_error/* SettingsError */.GN(this.place(field), received, accepted);
    }
    requiredString(field) {
        const value = this.mapping[field];
        if (typeof value === 'string' && value.trim() !== '')
            return value.trim();
        return this.fail(field, value === undefined ? 'nothing' : (0,settings_error/* describeValue */.bp)(value), 'a non-empty string');
    }
    optionalBool(field, fallback) {
        const value = this.mapping[field];
        if (value === undefined || value === null)
            return fallback;
        if (typeof value === 'boolean')
            return value;
        return this.fail(field, (0,settings_error/* describeValue */.bp)(value), 'true or false');
    }
    int(field, min, max, fallback) {
        const value = this.mapping[field];
        if ((value === undefined || value === null) && fallback !== undefined)
            return fallback;
        if (typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max)
            return value;
        return this.fail(field, value === undefined ? 'nothing' : (0,settings_error/* describeValue */.bp)(value), `an integer from ${min} to ${max}`);
    }
    globs(field) {
        const value = this.mapping[field];
        const items = typeof value === 'string' ? [value] : Array.isArray(value) ? value : undefined;
        const globs = items?.filter((item) => typeof item === 'string').map((item) => item.trim()).filter((item) => item !== '');
        if (items === undefined || globs === undefined || globs.length !== items.length || globs.length === 0) {
            return this.fail(field, value === undefined ? 'nothing' : (0,settings_error/* describeValue */.bp)(value), 'a glob or a non-empty list of globs');
        }
        return globs;
    }
    rejectUnknown(known) {
        for (const field of Object.keys(this.mapping)) {
            if (!known.includes(field))
                this.fail(field, `unknown field ${JSON.stringify(field)}`, `one of ${known.join(', ')}`);
        }
    }
}
function readRule(item, index, where, seen) {
    const position = `rule ${index + 1}`;
    if (!isMapping(item)) {
        throw new settings_error/* SettingsError */.GN(`${where}, ${position}`, (0,settings_error/* describeValue */.bp)(item), 'a mapping with id, type, title, paths and remediation');
    }
    const id = new RuleFields(where, position, item).requiredString('id');
    const fields = new RuleFields(where, `rule ${JSON.stringify(id)}`, item);
    if (!RULE_ID_SHAPE.test(id))
        fields.fail('id', JSON.stringify(id), 'lower-case letters, digits and dashes (at most 64), like model-card');
    if (check_ids/* BUILT_IN_CHECK_IDS */.D.includes(id))
        fields.fail('id', JSON.stringify(id), 'an id that no built-in check uses');
    if (seen.has(id))
        fields.fail('id', JSON.stringify(id), 'an id used by no other rule');
    seen.add(id);
    const type = fields.requiredString('type');
    if (!custom_rule/* CUSTOM_RULE_TYPES */.b.includes(type))
        fields.fail('type', JSON.stringify(type), `one of ${custom_rule/* CUSTOM_RULE_TYPES */.b.join(', ')}`);
    const ruleType = type;
    fields.rejectUnknown(FIELDS_BY_TYPE[ruleType]);
    const base = {
        id,
        title: fields.requiredString('title'),
        weight: fields.int('weight', 0, MAX_WEIGHT, 1),
        remediation: fields.requiredString('remediation'),
        paths: fields.globs('paths'),
    };
    switch (ruleType) {
        case 'file-exists':
        case 'file-absent':
            return { ...base, type: ruleType };
        case 'file-contains':
        case 'file-not-contains': {
            const rule = { ...base, type: ruleType, pattern: fields.requiredString('pattern'), ignoreCase: fields.optionalBool('ignore-case', false) };
            try {
                (0,custom_rule/* contentRulePattern */.K)(rule);
            }
            catch (error) {
                if (!(error instanceof linear_pattern/* UnsupportedPatternError */.sZ))
                    throw error;
                fields.fail('pattern', `${JSON.stringify(rule.pattern)} (${error.reason})`, 'a regular expression without backreferences or lookaround (patterns run in linear time)');
            }
            return rule;
        }
        case 'max-age':
            return { ...base, type: ruleType, days: fields.int('days', 1, 36500) };
    }
}
/**
 * The `rules:` list holds mappings, which FieldReader has no reader for, so it is validated here
 * from the plain value the config parser produced.
 */
function readCustomRules(field) {
    if (!Array.isArray(field.value)) {
        throw new settings_error/* SettingsError */.GN(field.where, (0,settings_error/* describeValue */.bp)(field.value), 'a list of rules (each a mapping with id, type, title, paths and remediation)');
    }
    const seen = new Set();
    return field.value.map((item, index) => readRule(item, index, field.where, seen));
}

;// CONCATENATED MODULE: ./src/scanners/checklist/settings/read-exemptions.ts

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const MAX_REASON = 300;
function read_exemptions_isMapping(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date);
}
function dateText(value) {
    // YAML reads an unquoted 2027-01-31 as a date.
    if (value instanceof Date && !Number.isNaN(value.getTime()))
        return value.toISOString().slice(0, 10);
    if (typeof value === 'string' && DATE.test(value.trim()) && !Number.isNaN(Date.parse(value.trim())))
        return value.trim();
    return undefined;
}
function readReason(value, where) {
    const reason = typeof value === 'string' ? value.trim() : '';
    if (reason === '' || reason.length > MAX_REASON)
        throw new settings_error/* SettingsError */.GN(where, (0,settings_error/* describeValue */.bp)(value), `the reason for the exemption, 1 to ${MAX_REASON} characters (a reason is required)`);
    return reason;
}
/**
 * `checklist.exempt`: `{ check-id: "reason" }` or `{ check-id: { reason: "…", until: 2027-01-31 } }`.
 * Every id must be a check of the checklist; the error lists the ones there are.
 */
function readExemptions(field, knownIds) {
    if (!read_exemptions_isMapping(field.value))
        throw new settings_error/* SettingsError */.GN(field.where, (0,settings_error/* describeValue */.bp)(field.value), 'a mapping of check ids to reasons, e.g. { codeowners: "one maintainer" }');
    const exemptions = {};
    for (const [id, value] of Object.entries(field.value)) {
        const child = field.children?.get(id);
        const where = child?.where ?? field.where;
        if (!knownIds.includes(id))
            throw new settings_error/* SettingsError */.GN(field.where, `the check id ${JSON.stringify(id)}`, `one of ${knownIds.join(', ')}`);
        if (!read_exemptions_isMapping(value)) {
            exemptions[id] = { reason: readReason(value, where) };
            continue;
        }
        const whereOf = (key) => child?.children?.get(key)?.where ?? where;
        for (const key of Object.keys(value)) {
            if (key !== 'reason' && key !== 'until')
                throw new settings_error/* SettingsError */.GN(whereOf(key), 'an unknown key', 'reason or until');
        }
        const reason = readReason(value.reason, whereOf('reason'));
        if (value.until === undefined || value.until === null) {
            exemptions[id] = { reason };
            continue;
        }
        const until = dateText(value.until);
        if (until === undefined)
            throw new settings_error/* SettingsError */.GN(whereOf('until'), (0,settings_error/* describeValue */.bp)(value.until), 'a date as YYYY-MM-DD, the last day the exemption holds');
        exemptions[id] = { reason, until };
    }
    return exemptions;
}

;// CONCATENATED MODULE: ./src/scanners/checklist/checklist-settings.ts





const checklist_settings_MAX_WEIGHT = 100;
const KEYS = ['exclude', 'packs', 'disable', 'weights', 'large-file-bytes', 'docs-freshness', 'rules', 'exempt'];
/**
 * FieldReader reads scalars, string lists and nested mappings but has no accessor for a raw value
 * such as a list of mappings; its `take` marks the key as used (so unknown-key checks stay right)
 * and returns the raw field. This is the one place that reaches for it.
 */
function readPacks(reader, defaults) {
    const packs = reader.section('packs', checklist_result/* PACK_IDS */.p);
    if (!packs)
        return defaults;
    const read = Object.fromEntries(checklist_result/* PACK_IDS */.p.map((id) => [id, packs.bool(id) ?? defaults[id]]));
    packs.rejectUnknownKeys();
    return read;
}
function readWeights(reader) {
    const section = reader.section('weights', check_ids/* BUILT_IN_CHECK_IDS */.D);
    if (!section)
        return {};
    const weights = {};
    for (const id of check_ids/* BUILT_IN_CHECK_IDS */.D) {
        const weight = section.int(id, { min: 0, max: checklist_settings_MAX_WEIGHT, note: '0 keeps the check in the report but out of the score' });
        if (weight !== undefined)
            weights[id] = weight;
    }
    section.rejectUnknownKeys();
    return weights;
}
function readDocsFreshness(reader, defaults) {
    const section = reader.section('docs-freshness', ['files', 'days']);
    if (!section)
        return defaults;
    const read = {
        files: section.stringList('files', /\n/) ?? defaults.files,
        days: section.int('days', { min: 1, max: 36500 }) ?? defaults.days,
    };
    section.rejectUnknownKeys();
    return read;
}
function readRules(reader) {
    const field = reader.raw('rules');
    return field ? readCustomRules(field) : [];
}
const checklistSettings = {
    key: 'checklist',
    keys: KEYS,
    defaults: {
        exclude: [],
        packs: { general: true, reproducibility: true, ci: true, docs: true },
        disable: [],
        weights: {},
        largeFileBytes: 5 * 1024 * 1024,
        docsFreshness: { files: [], days: 30 },
        rules: [],
        exempt: {},
    },
    read(reader, defaults) {
        const settings = {
            exclude: reader.stringList('exclude', /\n/) ?? defaults.exclude,
            packs: readPacks(reader, defaults.packs),
            disable: reader.choiceList('disable', check_ids/* BUILT_IN_CHECK_IDS */.D) ?? defaults.disable,
            weights: { ...defaults.weights, ...readWeights(reader) },
            largeFileBytes: reader.int('large-file-bytes', { min: 1, note: 'bytes' }) ?? defaults.largeFileBytes,
            docsFreshness: readDocsFreshness(reader, defaults.docsFreshness),
            rules: readRules(reader),
            exempt: {},
        };
        const exemptField = reader.raw('exempt');
        const withExemptions = exemptField === undefined ? settings : { ...settings, exempt: readExemptions(exemptField, [...check_ids/* BUILT_IN_CHECK_IDS */.D, ...settings.rules.map((rule) => rule.id)]) };
        const disabledAndWeighted = settings.disable.find((id) => settings.weights[id] !== undefined);
        if (disabledAndWeighted !== undefined) {
            throw new settings_error/* SettingsError */.GN(`config key checklist.weights.${disabledAndWeighted}`, 'a weight for a disabled check', `either disable ${disabledAndWeighted} or weight it, not both`);
        }
        return withExemptions;
    },
};

;// CONCATENATED MODULE: ./src/scanners/repo-map/repo-map-settings.ts
const repoMapSettings = {
    key: 'repo-map',
    keys: ['depth', 'recent-commits', 'exclude'],
    defaults: { depth: 2, recentCommits: 10, exclude: [] },
    read(reader, defaults) {
        return {
            depth: reader.int('depth', { min: 0, max: 10 }) ?? defaults.depth,
            recentCommits: reader.int('recent-commits', { min: 0, max: 100 }) ?? defaults.recentCommits,
            exclude: reader.stringList('exclude', /\n/) ?? defaults.exclude,
        };
    },
};

;// CONCATENATED MODULE: ./src/scanners/registry.ts




/**
 * Each scanner's module, loaded only when its check runs: a placeholder scan alone then never
 * loads the Markdown parser, YAML and TOML readers the others need (20-30 ms of every start, the
 * bundle's parse and setup). Run order matters: the repo map reads the placeholder results for its
 * hotspots, so it runs last.
 */
const SCANNER_MODULES = {
    placeholders: async () => (await __nccwpck_require__.e(/* import() */ 530).then(__nccwpck_require__.bind(__nccwpck_require__, 4530))).placeholderScanner,
    links: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(292), __nccwpck_require__.e(642), __nccwpck_require__.e(29)]).then(__nccwpck_require__.bind(__nccwpck_require__, 5029))).linkScanner,
    checklist: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(292), __nccwpck_require__.e(517)]).then(__nccwpck_require__.bind(__nccwpck_require__, 7517))).checklistScanner,
    'repo-map': async () => (await Promise.all(/* import() */[__nccwpck_require__.e(292), __nccwpck_require__.e(780)]).then(__nccwpck_require__.bind(__nccwpck_require__, 5780))).repoMapScanner,
};
const AVAILABLE_SCANNERS = ['placeholders', 'links', 'checklist', 'repo-map'];
/** The scanners for `checks`, in run order. */
async function loadScanners(checks) {
    return await Promise.all(AVAILABLE_SCANNERS.filter((id) => checks.includes(id)).map((id) => SCANNER_MODULES[id]()));
}
const SCANNER_SECTIONS = {
    placeholders: placeholderSettings,
    links: link_settings/* linkSettings */.y_,
    checklist: checklistSettings,
    'repo-map': repoMapSettings,
};

;// CONCATENATED MODULE: ./package.json
const package_namespaceObject = {"rE":"0.1.0"};
;// CONCATENATED MODULE: ./src/version.ts

const TOOL_VERSION = package_namespaceObject.rE;

;// CONCATENATED MODULE: external "node:perf_hooks"
const external_node_perf_hooks_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:perf_hooks");
;// CONCATENATED MODULE: ./src/inventory/languages.ts
const lang = (name, kind) => ({ name, kind });
const PYTHON = lang('Python', 'programming');
const JAVASCRIPT = lang('JavaScript', 'programming');
const TYPESCRIPT = lang('TypeScript', 'programming');
const SHELL = lang('Shell', 'programming');
const C = lang('C', 'programming');
const CPP = lang('C++', 'programming');
const MARKDOWN = lang('Markdown', 'prose');
const YAML = lang('YAML', 'config');
const MAKEFILE = lang('Makefile', 'programming');
const DOCKERFILE = lang('Dockerfile', 'config');
const RUBY = lang('Ruby', 'programming');
const HTML = lang('HTML', 'markup');
const XML = lang('XML', 'markup');
const CMAKE = lang('CMake', 'programming');
const INI = lang('INI', 'config');
const TEXT = lang('Text', 'prose');
const GROOVY = lang('Groovy', 'programming');
const BY_EXTENSION = new Map([
    ['py', PYTHON], ['pyi', PYTHON], ['pyw', PYTHON], ['pyx', lang('Cython', 'programming')], ['pxd', lang('Cython', 'programming')], ['pxi', lang('Cython', 'programming')],
    ['ipynb', lang('Jupyter Notebook', 'markup')],
    ['js', JAVASCRIPT], ['mjs', JAVASCRIPT], ['cjs', JAVASCRIPT], ['jsx', JAVASCRIPT],
    ['ts', TYPESCRIPT], ['mts', TYPESCRIPT], ['cts', TYPESCRIPT], ['tsx', TYPESCRIPT],
    ['go', lang('Go', 'programming')],
    ['rs', lang('Rust', 'programming')],
    ['java', lang('Java', 'programming')],
    ['kt', lang('Kotlin', 'programming')], ['kts', lang('Kotlin', 'programming')],
    ['scala', lang('Scala', 'programming')], ['sc', lang('Scala', 'programming')],
    ['groovy', GROOVY], ['gradle', GROOVY],
    ['c', C], ['h', C],
    ['cc', CPP], ['cpp', CPP], ['cxx', CPP], ['c++', CPP], ['hpp', CPP], ['hh', CPP], ['hxx', CPP], ['ipp', CPP],
    ['cu', lang('Cuda', 'programming')], ['cuh', lang('Cuda', 'programming')],
    ['m', lang('Objective-C', 'programming')], ['mm', lang('Objective-C++', 'programming')],
    ['cs', lang('C#', 'programming')],
    ['fs', lang('F#', 'programming')], ['fsx', lang('F#', 'programming')],
    ['vb', lang('Visual Basic .NET', 'programming')],
    ['swift', lang('Swift', 'programming')],
    ['php', lang('PHP', 'programming')],
    ['rb', RUBY], ['rake', RUBY], ['gemspec', RUBY],
    ['pl', lang('Perl', 'programming')], ['pm', lang('Perl', 'programming')],
    ['sh', SHELL], ['bash', SHELL], ['zsh', SHELL], ['ksh', SHELL],
    ['fish', lang('fish', 'programming')],
    ['ps1', lang('PowerShell', 'programming')], ['psm1', lang('PowerShell', 'programming')],
    ['bat', lang('Batchfile', 'programming')], ['cmd', lang('Batchfile', 'programming')],
    ['lua', lang('Lua', 'programming')],
    ['r', lang('R', 'programming')], ['rmd', lang('RMarkdown', 'prose')],
    ['jl', lang('Julia', 'programming')],
    ['dart', lang('Dart', 'programming')],
    ['ex', lang('Elixir', 'programming')], ['exs', lang('Elixir', 'programming')],
    ['erl', lang('Erlang', 'programming')], ['hrl', lang('Erlang', 'programming')],
    ['hs', lang('Haskell', 'programming')],
    ['ml', lang('OCaml', 'programming')], ['mli', lang('OCaml', 'programming')],
    ['clj', lang('Clojure', 'programming')], ['cljs', lang('Clojure', 'programming')],
    ['zig', lang('Zig', 'programming')],
    ['nim', lang('Nim', 'programming')],
    ['v', lang('Verilog', 'programming')], ['sv', lang('SystemVerilog', 'programming')],
    ['vhd', lang('VHDL', 'programming')],
    ['f90', lang('Fortran', 'programming')], ['f', lang('Fortran', 'programming')],
    ['sql', lang('SQL', 'data')],
    ['proto', lang('Protocol Buffer', 'data')],
    ['graphql', lang('GraphQL', 'data')], ['gql', lang('GraphQL', 'data')],
    ['tf', lang('HCL', 'config')], ['hcl', lang('HCL', 'config')],
    ['nix', lang('Nix', 'programming')],
    ['cmake', CMAKE],
    ['mk', MAKEFILE], ['mak', MAKEFILE],
    ['dockerfile', DOCKERFILE],
    ['html', HTML], ['htm', HTML], ['xhtml', HTML],
    ['vue', lang('Vue', 'markup')], ['svelte', lang('Svelte', 'markup')],
    ['xml', XML], ['xsd', XML], ['xsl', XML], ['svg', lang('SVG', 'data')], ['plist', XML],
    ['csproj', XML], ['fsproj', XML], ['vbproj', XML], ['props', XML], ['targets', XML],
    ['css', lang('CSS', 'markup')], ['scss', lang('SCSS', 'markup')], ['sass', lang('Sass', 'markup')],
    ['less', lang('Less', 'markup')],
    ['md', MARKDOWN], ['markdown', MARKDOWN], ['mdx', lang('MDX', 'prose')],
    ['rst', lang('reStructuredText', 'prose')], ['adoc', lang('AsciiDoc', 'prose')], ['asciidoc', lang('AsciiDoc', 'prose')],
    ['tcl', lang('Tcl', 'programming')], ['tk', lang('Tcl', 'programming')],
    ['cocci', lang('SmPL', 'programming')],
    ['po', lang('Gettext Catalog', 'prose')], ['pot', lang('Gettext Catalog', 'prose')],
    ['tex', lang('TeX', 'markup')], ['txt', TEXT],
    ['yml', YAML], ['yaml', YAML],
    ['toml', lang('TOML', 'config')],
    ['json', lang('JSON', 'data')], ['jsonc', lang('JSON with Comments', 'data')],
    ['json5', lang('JSON5', 'data')],
    ['ini', INI], ['cfg', INI], ['conf', INI], ['properties', lang('Java Properties', 'config')],
    ['env', lang('Dotenv', 'config')],
    ['csv', lang('CSV', 'data')], ['tsv', lang('TSV', 'data')],
]);
const BY_FILE_NAME = new Map([
    ['dockerfile', DOCKERFILE], ['containerfile', DOCKERFILE],
    ['makefile', MAKEFILE], ['gnumakefile', MAKEFILE],
    ['cmakelists.txt', CMAKE],
    ['meson.build', lang('Meson', 'programming')], ['meson_options.txt', lang('Meson', 'programming')], ['meson.options', lang('Meson', 'programming')],
    ['gemfile', RUBY], ['rakefile', RUBY], ['podfile', RUBY], ['vagrantfile', RUBY], ['brewfile', RUBY],
    ['jenkinsfile', GROOVY],
    ['justfile', lang('Just', 'programming')],
    ['.bashrc', SHELL], ['.bash_profile', SHELL], ['.zshrc', SHELL], ['.profile', SHELL],
    ['.gitignore', lang('Ignore List', 'config')], ['.dockerignore', lang('Ignore List', 'config')],
    ['.gitattributes', lang('Git Attributes', 'config')],
    ['.editorconfig', lang('EditorConfig', 'config')],
    ['.env', lang('Dotenv', 'config')],
    ['pipfile', lang('TOML', 'config')], ['cargo.lock', lang('TOML', 'config')],
    ['poetry.lock', lang('TOML', 'config')], ['uv.lock', lang('TOML', 'config')],
    ['go.mod', lang('Go Module', 'config')], ['go.sum', lang('Go Checksums', 'data')],
    ['license', TEXT], ['licence', TEXT], ['copying', TEXT], ['notice', TEXT], ['authors', TEXT],
    ['codeowners', lang('CODEOWNERS', 'config')],
    ['requirements.txt', lang('Pip Requirements', 'config')],
]);
/** `Dockerfile.dev`, `dev.Dockerfile` and `Makefile.inc` are common enough to name by prefix. */
const BY_NAME_PREFIX = [
    ['dockerfile.', DOCKERFILE],
    ['makefile.', MAKEFILE],
];
/** `requirements-dev.txt`, `requirements/base.in`: pip's files, not prose. */
const PIP_REQUIREMENTS = /^requirements[\w.-]*\.(?:txt|in)$/;
const PIP = lang('Pip Requirements', 'config');
const SHEBANG_INTERPRETERS = [
    [/\b(?:ba|z|k|da)?sh\b/, SHELL],
    [/\bpython[0-9.]*\b/, PYTHON],
    [/\bnode\b/, JAVASCRIPT],
    [/\b(?:ts-node|tsx|deno|bun)\b/, TYPESCRIPT],
    [/\bruby\b/, RUBY],
    [/\bperl\b/, lang('Perl', 'programming')],
];
/** Detects a file's language from its path (with `/` separators). Returns undefined when unknown. */
function languageOf(path) {
    const base = path.slice(path.lastIndexOf('/') + 1).toLowerCase();
    const named = BY_FILE_NAME.get(base);
    if (named)
        return named;
    if (PIP_REQUIREMENTS.test(base))
        return PIP;
    const dot = base.lastIndexOf('.');
    // A known extension wins over a name prefix: `dockerfile.ts` is TypeScript, `Dockerfile.dev` a Dockerfile.
    const byExtension = dot > 0 || base.startsWith('.') ? BY_EXTENSION.get(base.slice(dot + 1)) : undefined;
    if (byExtension)
        return byExtension;
    for (const [prefix, language] of BY_NAME_PREFIX) {
        if (base.startsWith(prefix))
            return language;
    }
    return undefined;
}
/** For extensionless scripts: the language named by a `#!` line, if any. */
function languageFromShebang(firstLine) {
    if (!firstLine.startsWith('#!'))
        return undefined;
    for (const [pattern, language] of SHEBANG_INTERPRETERS) {
        if (pattern.test(firstLine))
            return language;
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/inventory/built-in-exclusions.ts
const VENDORED_DIRECTORIES = new Set([
    'node_modules', 'vendor', 'vendors', 'third_party', 'third-party', 'thirdparty', 'bower_components',
    'jspm_packages', '.venv', 'venv', 'site-packages', '.git', '.tox', '.nox', '.yarn', 'Pods', 'Carthage',
]);
const GENERATED_DIRECTORIES = new Set(['__pycache__', '.mypy_cache', '.pytest_cache', '.ruff_cache', '.next', '.nuxt']);
/** Minified and machine-written files: nobody fixes a placeholder in them. */
const GENERATED_FILE = /(?:[.-]min\.(?:js|mjs|css)|\.bundle\.js|\.map|\.pb\.go|_pb2(?:_grpc)?\.pyi?|\.g\.dart|\.designer\.cs)$/i;
function directoryExclusion(directory) {
    for (const segment of directory.split('/')) {
        if (VENDORED_DIRECTORIES.has(segment))
            return 'vendored';
        if (GENERATED_DIRECTORIES.has(segment))
            return 'generated';
    }
    return undefined;
}
/**
 * The reason a path is left out by the built-in rules, or undefined when it is kept; one function
 * per listing, as a directory's answer is worked out once and shared by its files.
 */
function builtInExclusions() {
    const byDirectory = new Map();
    return (path) => {
        const slash = path.lastIndexOf('/');
        if (slash !== -1) {
            const directory = path.slice(0, slash);
            let reason = byDirectory.get(directory);
            if (reason === undefined) {
                reason = directoryExclusion(directory) ?? null;
                byDirectory.set(directory, reason);
            }
            if (reason !== null)
                return reason;
        }
        return GENERATED_FILE.test(path.slice(slash + 1)) ? 'generated' : undefined;
    };
}

;// CONCATENATED MODULE: ./src/inventory/attribute-pattern.ts
/**
 * One `.gitattributes` pattern, compiled once, with the matching rules the audit has always used
 * (those of the `ignore` package, one rule at a time): a pattern without a slash matches a name at
 * any depth, one with a slash is anchored at its file's directory, a trailing slash matches only
 * directories, `**` spans directories, a match on a directory covers everything below it, and
 * case is ignored.
 *
 * Matching is linear: a segment's wildcards and the path's `**` are matched by the greedy
 * last-star algorithm, O(pattern × text) at worst, never the exponential backtracking a regular
 * expression built from `*a*a*a*b` would risk on a long name.
 */
const ANY_CHAR = -1;
const ANY_RUN = -2;
const GLOBSTAR = 'globstar';
function parseClass(pattern, start) {
    let index = start + 1;
    const negated = pattern[index] === '!' || pattern[index] === '^';
    if (negated)
        index++;
    const ranges = [];
    let first = true;
    while (index < pattern.length && (pattern[index] !== ']' || first)) {
        first = false;
        let low = pattern.charCodeAt(index);
        if (pattern[index] === '\\' && index + 1 < pattern.length)
            low = pattern.charCodeAt(++index);
        let high = low;
        if (pattern[index + 1] === '-' && index + 2 < pattern.length && pattern[index + 2] !== ']') {
            high = pattern.charCodeAt(index + 2);
            index += 2;
        }
        if (low <= high)
            ranges.push(low, high);
        index++;
    }
    if (index >= pattern.length)
        return undefined;
    return { token: { negated, ranges }, end: index };
}
function compileSegment(segment) {
    const tokens = [];
    for (let index = 0; index < segment.length; index++) {
        const char = segment[index];
        if (char === '\\' && index + 1 < segment.length)
            tokens.push(segment.charCodeAt(++index));
        else if (char === '*') {
            if (tokens[tokens.length - 1] !== ANY_RUN)
                tokens.push(ANY_RUN);
        }
        else if (char === '?')
            tokens.push(ANY_CHAR);
        else if (char === '[') {
            const parsed = parseClass(segment, index);
            if (parsed === undefined)
                tokens.push(segment.charCodeAt(index));
            else {
                tokens.push(parsed.token);
                index = parsed.end;
            }
        }
        else
            tokens.push(segment.charCodeAt(index));
    }
    return tokens;
}
function tokenMatches(token, code) {
    if (typeof token === 'number')
        return token === ANY_CHAR || token === code;
    let inside = false;
    for (let index = 0; index < token.ranges.length && !inside; index += 2)
        inside = code >= token.ranges[index] && code <= token.ranges[index + 1];
    return inside !== token.negated;
}
/** Greedy last-star matching: O(tokens × text) at worst. */
function segmentMatches(tokens, text) {
    let t = 0;
    let s = 0;
    let star = -1;
    let starText = 0;
    while (s < text.length) {
        const token = tokens[t];
        if (token === ANY_RUN) {
            star = t++;
            starText = s;
        }
        else if (token !== undefined && tokenMatches(token, text.charCodeAt(s))) {
            t++;
            s++;
        }
        else if (star !== -1) {
            t = star + 1;
            s = ++starText;
        }
        else
            return false;
    }
    while (tokens[t] === ANY_RUN)
        t++;
    return t === tokens.length;
}
/** The same algorithm one level up: GLOBSTAR is the star, a segment pattern matches one segment. */
function segmentsMatch(patterns, segments) {
    let p = 0;
    let s = 0;
    let star = -1;
    let starSegment = 0;
    while (s < segments.length) {
        const pattern = patterns[p];
        if (pattern === GLOBSTAR) {
            star = p++;
            starSegment = s;
        }
        else if (pattern !== undefined && segmentMatches(pattern, segments[s])) {
            p++;
            s++;
        }
        else if (star !== -1) {
            p = star + 1;
            s = ++starSegment;
        }
        else
            return false;
    }
    while (patterns[p] === GLOBSTAR)
        p++;
    return p === patterns.length;
}
const WILDCARD = /[*?[\\]/;
const ANY_SEGMENT = [ANY_RUN];
/**
 * The shape of `pattern`, lower-cased (matching ignores case, as it always has: match it against a
 * lower-cased path), or undefined for one that never matches (a negation, which git forbids in attributes, or an empty one). */
function compileAttributePattern(raw) {
    if (raw.startsWith('!'))
        return undefined;
    let pattern = (raw.startsWith('\\!') || raw.startsWith('\\#') ? raw.slice(1) : raw).toLowerCase();
    // An empty segment names no path.
    if (pattern.slice(1).includes('//'))
        return undefined;
    const directoryOnly = pattern.endsWith('/');
    if (directoryOnly)
        pattern = pattern.slice(0, -1);
    const parts = pattern.split('/').filter((part) => part !== '');
    if (parts.length === 0)
        return undefined;
    let collapsed = parts.filter((part, index) => part !== '**' || parts[index - 1] !== '**');
    // `**/name` is `name` at any depth.
    let anchored = pattern.includes('/');
    if (collapsed.length === 2 && collapsed[0] === '**' && collapsed[1] !== '**') {
        collapsed = collapsed.slice(1);
        anchored = false;
    }
    const trailingGlobstar = collapsed.length > 1 && collapsed[collapsed.length - 1] === '**';
    const literal = collapsed.slice(0, trailingGlobstar ? -1 : undefined);
    if (anchored && !(directoryOnly && trailingGlobstar) && literal.every((part) => !WILDCARD.test(part))) {
        return { kind: 'prefix', prefix: literal.join('/'), belowOnly: directoryOnly || trailingGlobstar };
    }
    if (!anchored && collapsed.length === 1) {
        const only = collapsed[0];
        if (!WILDCARD.test(only))
            return { kind: 'name', name: only, directoryOnly };
        const suffix = only.slice(1);
        if (only.startsWith('*') && suffix.startsWith('.') && !WILDCARD.test(suffix))
            return { kind: 'suffix', suffix, directoryOnly };
    }
    if (!anchored && collapsed.length === 1)
        return segmentWildcard(collapsed[0], directoryOnly);
    // The pattern must match some leading run of the path's segments: the path itself, or one of its
    // directories (then everything below is covered). A trailing `**` needs at least one segment.
    const compiled = anchored ? [] : [GLOBSTAR];
    collapsed.forEach((part, index) => {
        if (part !== '**')
            compiled.push(compileSegment(part));
        else if (index === collapsed.length - 1)
            compiled.push(ANY_SEGMENT, GLOBSTAR);
        else
            compiled.push(GLOBSTAR);
    });
    if (directoryOnly)
        compiled.push(ANY_SEGMENT);
    if (compiled[compiled.length - 1] !== GLOBSTAR)
        compiled.push(GLOBSTAR);
    const first = collapsed[0];
    return {
        kind: 'wildcard',
        firstSegment: anchored && first !== '**' && !WILDCARD.test(first) ? first : undefined,
        matches: (segments) => segmentsMatch(compiled, segments),
    };
}
/** The longest run of plain characters in a segment pattern: a segment without it cannot match. */
function requiredText(segment) {
    // A class may hold a literal `]` (`[]]`, `[!]]`) that a regex over the text cannot tell from its
    // end; with a class in the segment, the pre-test is left to the full match.
    if (segment.includes('['))
        return '';
    let longest = '';
    for (const run of segment.split(/[*?\\]/))
        if (run.length > longest.length)
            longest = run;
    return longest;
}
/** One wildcard segment at any depth (`*_pb2.py`, `x*`): each segment of the path is tried alone. */
function segmentWildcard(segment, directoryOnly) {
    const tokens = compileSegment(segment);
    const required = requiredText(segment);
    return {
        kind: 'wildcard',
        firstSegment: undefined,
        matches: (segments) => {
            const end = directoryOnly ? segments.length - 1 : segments.length;
            for (let index = 0; index < end; index++) {
                const text = segments[index];
                if (text.includes(required) && segmentMatches(tokens, text))
                    return true;
            }
            return false;
        },
    };
}

;// CONCATENATED MODULE: ./src/inventory/linguist-attributes.ts

/**
 * Wildcard rules are tried in full on the paths they may concern (`*_pb2.py` on every path, `src/x*`
 * on the paths under `src`), so their number bounds the cost of a lookup: past this many, across
 * all `.gitattributes` files, further ones are not applied and `add` counts them. Real repositories
 * have a few dozen; 20,000 rules all under `src/` took 28 s on 3,000 files before this bound.
 */
const MAX_WILDCARD_RULES = 512;
/** The rules of one `.gitattributes` file, indexed by shape so most lookups are map hits. */
class ScopeRules {
    byName = new Map();
    bySuffix = new Map();
    /** Literal paths; `directoryOnly` here means "below it only". */
    byPrefix = new Map();
    byFirstSegment = new Map();
    scanned = [];
}
/**
 * Files a name, suffix or path rule under its key, keeping only the last rule of each flag and
 * reach: a later line always outranks an earlier one, so the earlier can never win, and a file of
 * 38,000 identical lines (1 MB) made every lookup walk all of them (44 s on 5,000 paths).
 */
function keepLast(map, key, rule) {
    const list = map.get(key);
    if (list === undefined) {
        map.set(key, [rule]);
        return;
    }
    const same = list.findIndex((earlier) => earlier.flag === rule.flag && earlier.directoryOnly === rule.directoryOnly);
    if (same === -1)
        list.push(rule);
    else
        list[same] = rule;
}
function push(map, key, value) {
    const list = map.get(key);
    if (list === undefined)
        map.set(key, [value]);
    else
        list.push(value);
}
function consider(best, rule) {
    const current = best[rule.flag];
    if (current === undefined || current.order < rule.order)
        best[rule.flag] = rule;
}
/**
 * `linguist-generated` / `linguist-vendored` from `.gitattributes` files, as GitHub reads them:
 * set (or `=true`) marks the path, unset (`-attr` or `=false`) clears a mark, and the last
 * matching line wins, deeper files after shallower ones.
 *
 * Each pattern is compiled once and filed by shape: names and `*.ext` are looked up per path
 * segment, literal paths and `dir/**` per leading directory, so a lookup costs O(path depth) map
 * hits for them whatever the number of rules; wildcard rules (at most MAX_WILDCARD_RULES) are tried
 * in full, anchored ones only under their first directory. Memory is linear in the rules: no
 * per-rule or per-path cache.
 */
class LinguistAttributes {
    scopes = new Map();
    order = 0;
    wildcardCount = 0;
    /**
     * `dir` is the directory of the `.gitattributes` file, relative with `/` ('' for the root).
     * Returns how many of its rules were not applied (past MAX_WILDCARD_RULES).
     */
    add(dir, text) {
        let unapplied = 0;
        let scope = this.scopes.get(dir);
        if (scope === undefined) {
            scope = new ScopeRules();
            this.scopes.set(dir, scope);
        }
        for (const rawLine of text.split(/\r?\n/)) {
            const line = rawLine.trim();
            if (line === '' || line.startsWith('#'))
                continue;
            const [pattern, ...attributes] = line.split(/\s+/);
            if (pattern === undefined)
                continue;
            let shape = null;
            for (const attribute of attributes) {
                const parsed = /^(-|!)?linguist-(generated|vendored)(?:=(true|false))?$/.exec(attribute);
                if (!parsed)
                    continue;
                if (shape === null)
                    shape = compileAttributePattern(pattern);
                if (shape === undefined)
                    break;
                const rule = { order: this.order++, flag: parsed[2], value: parsed[1] === undefined && parsed[3] !== 'false' };
                if (!this.file(scope, shape, rule))
                    unapplied++;
            }
        }
        return unapplied;
    }
    /** Files the rule under its shape; false when it is over the limit and left out. */
    file(scope, shape, rule) {
        switch (shape.kind) {
            case 'name':
                keepLast(scope.byName, shape.name, { ...rule, directoryOnly: shape.directoryOnly });
                return true;
            case 'suffix':
                keepLast(scope.bySuffix, shape.suffix, { ...rule, directoryOnly: shape.directoryOnly });
                return true;
            case 'prefix':
                keepLast(scope.byPrefix, shape.prefix, { ...rule, directoryOnly: shape.belowOnly });
                return true;
            case 'wildcard': {
                if (this.wildcardCount >= MAX_WILDCARD_RULES)
                    return false;
                this.wildcardCount++;
                const wildcard = { ...rule, matches: shape.matches };
                if (shape.firstSegment !== undefined)
                    push(scope.byFirstSegment, shape.firstSegment, wildcard);
                else
                    scope.scanned.push(wildcard);
                return true;
            }
        }
    }
    /** The flag explicitly set or cleared for `path`, per kind; undefined when no rule speaks of it. */
    lookup(path) {
        const result = {};
        // Scopes from the root down: a deeper file's match replaces a shallower one's.
        for (let end = 0; end !== -1; end = path.indexOf('/', end + 1)) {
            const scope = this.scopes.get(path.slice(0, end));
            if (scope === undefined)
                continue;
            const best = matchIn(scope, (end === 0 ? path : path.slice(end + 1)).toLowerCase());
            if (best.generated !== undefined)
                result.generated = best.generated.value;
            if (best.vendored !== undefined)
                result.vendored = best.vendored.value;
        }
        return result;
    }
    get isEmpty() {
        return this.order === 0;
    }
}
function matchIn(scope, relative) {
    const best = {};
    const segments = relative.split('/');
    const last = segments.length - 1;
    segments.forEach((segment, index) => {
        const isDirectory = index < last;
        for (const rule of scope.byName.get(segment) ?? [])
            if (isDirectory || !rule.directoryOnly)
                consider(best, rule);
        if (scope.bySuffix.size > 0) {
            for (let dot = segment.indexOf('.'); dot !== -1; dot = segment.indexOf('.', dot + 1)) {
                for (const rule of scope.bySuffix.get(segment.slice(dot)) ?? [])
                    if (isDirectory || !rule.directoryOnly)
                        consider(best, rule);
            }
        }
    });
    if (scope.byPrefix.size > 0) {
        let end = relative.indexOf('/');
        for (; end !== -1; end = relative.indexOf('/', end + 1))
            for (const rule of scope.byPrefix.get(relative.slice(0, end)) ?? [])
                consider(best, rule);
        for (const rule of scope.byPrefix.get(relative) ?? [])
            if (!rule.directoryOnly)
                consider(best, rule);
    }
    for (const rule of scope.byFirstSegment.get(segments[0]) ?? [])
        if (rule.matches(segments))
            consider(best, rule);
    for (const rule of scope.scanned)
        if (rule.matches(segments))
            consider(best, rule);
    return best;
}

// EXTERNAL MODULE: ./src/git/run-git.ts
var run_git = __nccwpck_require__(6148);
// EXTERNAL MODULE: ./node_modules/ignore/index.js
var ignore = __nccwpck_require__(298);
var ignore_default = /*#__PURE__*/__nccwpck_require__.n(ignore);
;// CONCATENATED MODULE: ./src/inventory/walk-tree.ts




/**
 * Directories below this many levels are not entered: a tree thousands deep would otherwise reach
 * paths longer than the system allows (PATH_MAX, 4,096 bytes on Linux) and a recursion as deep.
 */
const MAX_WALK_DEPTH = 200;
/**
 * Rules from all `.gitignore` files of a walk: every path is tested against every rule in scope,
 * so their number bounds the walk's cost (60,000 rules over 5,000 files had not finished after
 * 200 s). Real files hold a few hundred at most; past the limit, rules are not applied (the walk
 * then lists more files, never fewer) and the file is counted as `ignore-rules-over-limit`.
 */
const MAX_WALK_IGNORE_RULES = 1_000;
const IGNORE_RULE_LINE = /^(?!\s*(?:#|$))/;
/** The first `budget` rule lines of a `.gitignore` (comments and blank lines kept, not counted) and how many were left out. */
function withinBudget(text, budget) {
    const lines = text.split(/\r?\n/);
    const kept = [];
    let rules = 0;
    for (const line of lines) {
        if (!IGNORE_RULE_LINE.test(line))
            continue;
        if (rules === budget)
            break;
        kept.push(line);
        rules++;
    }
    const total = lines.filter((line) => IGNORE_RULE_LINE.test(line)).length;
    return { text: kept.join('\n'), rules, leftOut: total - rules };
}
/** A `.gitignore` larger than this is not applied (its files are listed, so nothing is hidden by it). */
const MAX_IGNORE_FILE_BYTES = 1024 * 1024;
const readDirectoryEntries = (absolute) => (0,promises_namespaceObject.readdir)(absolute, { withFileTypes: true });
function isIgnored(scopes, path, isDirectory) {
    let ignored = false;
    for (const scope of scopes) {
        if (scope.base !== '' && !path.startsWith(`${scope.base}/`))
            continue;
        const relative = scope.base === '' ? path : path.slice(scope.base.length + 1);
        const verdict = scope.matcher.test(isDirectory ? `${relative}/` : relative);
        if (verdict.ignored)
            ignored = true;
        else if (verdict.unignored)
            ignored = false;
    }
    return ignored;
}
/**
 * A directory's `.gitignore` through the guarded open: a regular file, not a link (git does not
 * follow a symlinked `.gitignore` either), within the cap. Undefined when there is none to apply.
 */
function ignoreText(directory) {
    const read = readRegularFile((0,external_node_path_.join)(directory, '.gitignore'), MAX_IGNORE_FILE_BYTES);
    return isRefused(read) ? undefined : read.toString('utf8');
}
/** Why a directory could not be listed, when the tree caused it; undefined for an error of the machine's. */
function directorySkip(error) {
    const code = error?.code;
    if (code === 'EACCES' || code === 'EPERM')
        return 'unreadable-directory';
    if (code === 'ENAMETOOLONG' || code === 'ELOOP')
        return 'too-deep';
    if (code === 'ENOENT' || code === 'ENOTDIR')
        return 'vanished';
    return undefined;
}
/**
 * Outside a git work tree: walk the directory, honouring every `.gitignore` on the way down.
 * Symbolic links are listed as paths, never entered, so the walk cannot loop or leave the root;
 * directories it cannot or will not enter are returned as skipped, so the user is told.
 */
async function walkTree(root, readDirectory = readDirectoryEntries) {
    const paths = [];
    const skipped = [];
    let ruleBudget = MAX_WALK_IGNORE_RULES;
    const scopeOf = (dir, text) => {
        const applied = withinBudget(text, ruleBudget);
        ruleBudget -= applied.rules;
        if (applied.leftOut > 0)
            skipped.push({ path: dir === '' ? '.gitignore' : `${dir}/.gitignore`, reason: 'ignore-rules-over-limit' });
        return { base: dir, matcher: ignore_default()().add(applied.text) };
    };
    const visit = async (dir, depth, scopes) => {
        if (depth > MAX_WALK_DEPTH) {
            skipped.push({ path: dir, reason: 'too-deep' });
            return;
        }
        const absolute = dir === '' ? root : (0,external_node_path_.join)(root, ...dir.split('/'));
        let entries;
        try {
            entries = await readDirectory(absolute);
        }
        catch (error) {
            const reason = directorySkip(error);
            if (dir === '' || reason === undefined)
                throw error;
            if (reason !== 'vanished')
                skipped.push({ path: dir, reason });
            return;
        }
        const text = entries.some((entry) => entry.name === '.gitignore') ? ignoreText(absolute) : undefined;
        const here = text === undefined ? scopes : [...scopes, scopeOf(dir, text)];
        for (const entry of entries) {
            const path = dir === '' ? entry.name : `${dir}/${entry.name}`;
            if (entry.name === '.git')
                continue;
            const isDirectory = entry.isDirectory();
            if (isIgnored(here, path, isDirectory))
                continue;
            if (isDirectory)
                await visit(path, depth + 1, here);
            else
                paths.push(path);
        }
    };
    await visit('', 0, []);
    return { paths, skipped };
}

;// CONCATENATED MODULE: ./src/inventory/list-files.ts


function nulSeparated(out) {
    return out.split('\0').filter((path) => path !== '');
}
/**
 * Tracked plus untracked-but-not-ignored files: what a user thinks of as "the repository". Two
 * git processes side by side: the untracked files need a walk of the work tree (20 ms on 32,000
 * files) that the index listing need not wait for.
 */
async function listWithGit(root, options = {}) {
    const [tracked, untracked] = await Promise.all([
        (0,run_git/* runGit */.EO)(['-c', 'core.quotepath=off', 'ls-files', '-z', '--cached', '--deduplicate'], root, options),
        (0,run_git/* runGit */.EO)(['-c', 'core.quotepath=off', 'ls-files', '-z', '--others', '--exclude-standard'], root, options),
    ]);
    return [...nulSeparated(tracked), ...nulSeparated(untracked)];
}
/** git's listing of a verified work tree (see src/engine/git-listing.ts) when there is one, else a walk of the directory. */
async function listFiles(root, gitListing) {
    if (gitListing !== undefined)
        return { paths: gitListing, source: 'git' };
    return { ...(await walkTree(root)), source: 'walk' };
}

// EXTERNAL MODULE: ./src/inventory/path-globs.ts
var path_globs = __nccwpck_require__(5427);
;// CONCATENATED MODULE: ./src/inventory/build-inventory.ts









/**
 * What an error while looking at a listed path means: undefined when the path vanished or loops
 * (deleted in the work tree but still in git's index: not part of what is checked out), the skip
 * reason when the tree makes it unreachable; any other error is thrown.
 */
function skipOfError(error) {
    const code = error.code;
    if (code === 'ENOENT' || code === 'ELOOP' || code === 'ENOTDIR')
        return undefined;
    if (code === 'EACCES' || code === 'EPERM')
        return 'unreadable';
    if (code === 'ENAMETOOLONG')
        return 'too-deep';
    throw error;
}
const DIRECTORY_SKIPS = { outside: 'symlink-outside-root', unreadable: 'unreadable', 'too-deep': 'too-deep' };
/**
 * The rules that leave a listed path out before its content is looked at: the report directory,
 * linguist's vendored and generated marks (or the built-in ones), and the include and exclude
 * globs. Shared by the work tree's inventory and a commit's.
 */
function exclusionRules(request, attributes) {
    const isIncluded = request.include.length > 0 ? (0,path_globs/* pathMatcher */.k)(request.include) : () => true;
    const isExcluded = (0,path_globs/* pathMatcher */.k)(request.exclude);
    const builtInExclusion = builtInExclusions();
    const reportDir = request.outputDir && isInside(request.root, request.outputDir) ? (0,external_node_path_.relative)(request.root, request.outputDir).split(external_node_path_.sep).join('/') : undefined;
    return (path) => {
        if (reportDir !== undefined && reportDir !== '' && (path === reportDir || path.startsWith(`${reportDir}/`)))
            return 'report-dir';
        const linguist = attributes.isEmpty ? {} : attributes.lookup(path);
        const builtIn = builtInExclusion(path);
        if (linguist.vendored === true || (builtIn === 'vendored' && linguist.vendored !== false))
            return 'vendored';
        if (linguist.generated === true || (builtIn === 'generated' && linguist.generated !== false))
            return 'generated';
        if (!isIncluded(path) || isExcluded(path))
            return 'excluded';
        return undefined;
    };
}
/** Every `.gitattributes` of the listing, applied; those whose rules were cut short come back as skips to report. */
function applyAttributes(paths, read) {
    const attributes = new LinguistAttributes();
    const overLimit = [];
    for (const path of paths.filter((p) => p === '.gitattributes' || p.endsWith('/.gitattributes'))) {
        const content = read(path);
        if (content === undefined)
            continue;
        const unapplied = attributes.add(path.includes('/') ? path.slice(0, path.lastIndexOf('/')) : '', content.toString('utf8'));
        // Still read as a text file; the entry tells the user that some of its rules were not applied.
        if (unapplied > 0)
            overLimit.push({ path, reason: 'attribute-rules-over-limit' });
    }
    return { attributes, overLimit };
}
async function buildInventory(request) {
    const { root } = request;
    const containment = new RootContainment(root);
    const listing = await listFiles(root, request.gitListing);
    const paths = listing.paths.sort();
    const preloaded = new Map();
    const { attributes, overLimit } = applyAttributes(paths, (path) => {
        // Refused ones (a link, a device, too large, outside the root) are not applied; classify skips them below.
        const content = readInsideRoot(containment, path, { maxBytes: request.maxFileBytes, followLinkInsideRoot: false });
        if (isRefused(content))
            return undefined;
        preloaded.set(path, content);
        return content;
    });
    const excludedBy = exclusionRules(request, attributes);
    const { fsPathOf, realRoot } = containment;
    // Synchronous stats: 0.06 s for 32,000 paths, against 0.5 s through the promise API's thread pool.
    const classify = (path) => {
        const excluded = excludedBy(path);
        if (excluded !== undefined)
            return { skip: { path, reason: excluded } };
        const slash = path.lastIndexOf('/');
        const directory = slash === -1 ? 'inside' : containment.directory(path.slice(0, slash));
        if (directory === 'gone')
            return undefined;
        if (directory !== 'inside')
            return { skip: { path, reason: DIRECTORY_SKIPS[directory] } };
        try {
            return classifyOnDisk(path);
        }
        catch (error) {
            const reason = skipOfError(error);
            return reason === undefined ? undefined : { skip: { path, reason } };
        }
    };
    const classifyOnDisk = (path) => {
        const absolute = fsPathOf(path);
        let info = (0,external_node_fs_.lstatSync)(absolute);
        let target;
        if (info.isSymbolicLink()) {
            const real = external_node_fs_.realpathSync.native(absolute);
            if (!isInside(realRoot, real))
                return { skip: { path, reason: 'symlink-outside-root' } };
            info = (0,external_node_fs_.statSync)(real);
            target = (0,external_node_path_.relative)(realRoot, real).split(external_node_path_.sep).join('/');
        }
        // Submodules are listed by git as paths but are directories: their content is another repository.
        if (!info.isFile())
            return undefined;
        if (info.size > request.maxFileBytes)
            return { skip: { path, reason: 'too-large', bytes: info.size } };
        return { file: { path, bytes: info.size, language: languageOf(path), lines: 0, ...(target === undefined ? {} : { target }) } };
    };
    const classified = paths.map(classify);
    const files = [];
    const skipped = [...(listing.skipped ?? []), ...overLimit];
    const allPaths = new Set();
    for (const entry of classified) {
        if (entry === undefined)
            continue;
        if ('file' in entry) {
            files.push(entry.file);
            allPaths.add(entry.file.path);
        }
        else {
            skipped.push(entry.skip);
            allPaths.add(entry.skip.path);
        }
    }
    return { inventory: { root, files, skipped, allPaths, source: listing.source }, preloaded };
}

;// CONCATENATED MODULE: ./src/inventory/tree-inventory.ts


/**
 * The inventory of a commit's tree, with the same rules as the work tree's (attributes, built-in
 * exclusions, globs, size cap). Nothing is on disk: `contents` holds the blobs that were read,
 * and the read pass takes them from there. Links and submodules are left out, as nothing of them
 * can be read without a checkout.
 */
function treeInventory(request, entries, contents) {
    const byPath = new Map(entries.map((entry) => [entry.path, entry]));
    const paths = entries.map((entry) => entry.path).sort();
    const preloaded = new Map();
    const blobOf = (path) => {
        const entry = byPath.get(path);
        return entry === undefined ? undefined : contents.get(entry.blob);
    };
    const { attributes, overLimit } = applyAttributes(paths, blobOf);
    const excludedBy = exclusionRules(request, attributes);
    const files = [];
    const skipped = [...overLimit];
    const allPaths = new Set();
    for (const path of paths) {
        const entry = byPath.get(path);
        if (entry.mode === '160000')
            continue;
        allPaths.add(path);
        const excluded = excludedBy(path);
        if (excluded !== undefined) {
            skipped.push({ path, reason: excluded });
            continue;
        }
        if (entry.mode === '120000') {
            skipped.push({ path, reason: 'unreadable' });
            continue;
        }
        const bytes = entry.bytes ?? 0;
        if (bytes > request.maxFileBytes) {
            skipped.push({ path, reason: 'too-large', bytes });
            continue;
        }
        const content = contents.get(entry.blob);
        if (content === undefined) {
            skipped.push({ path, reason: 'unreadable' });
            continue;
        }
        preloaded.set(path, content);
        files.push({ path, bytes, language: languageOf(path), lines: 0 });
    }
    return { inventory: { root: request.root, files, skipped, allPaths, source: 'git' }, preloaded };
}
/** The blobs a tree inventory will read: those of regular files within the size cap. */
function blobsToRead(entries, maxFileBytes) {
    return [...new Set(entries.filter((entry) => (entry.mode === '100644' || entry.mode === '100755') && (entry.bytes ?? 0) <= maxFileBytes).map((entry) => entry.blob))];
}

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __nccwpck_require__(1421);
;// CONCATENATED MODULE: ./src/git/commit-tree.ts


/**
 * The files of `commit` below `cwd`, read from git's objects without checking anything out:
 * what a baseline audit sees of another commit. Paths are relative to `cwd`, as the work tree's
 * listing is.
 */
async function listCommitTree(cwd, commit, options = {}) {
    const out = await (0,run_git/* runGit */.EO)(['-c', 'core.quotepath=off', 'ls-tree', '-r', '-z', '--long', '--end-of-options', commit], cwd, options);
    const entries = [];
    for (const record of out.split('\0')) {
        if (record === '')
            continue;
        // `<mode> SP <type> SP <object> SP+ <size> TAB <path>`
        const tab = record.indexOf('\t');
        const [mode, type, blob, size] = record.slice(0, tab).split(/ +/);
        if (type !== 'blob' && type !== 'commit')
            continue;
        entries.push({ path: record.slice(tab + 1), mode: mode, blob: blob, bytes: size === '-' || size === undefined ? undefined : Number(size) });
    }
    return entries;
}
/**
 * The contents of `blobs`, by object id, through one `git cat-file --batch`: one process for the
 * whole tree instead of one per file. The output is parsed as it arrives, each blob copied out, so
 * the tree is held once, not twice. Blobs git does not have are left out.
 */
function readBlobs(cwd, blobs, options = {}) {
    const args = ['cat-file', '--batch'];
    return new Promise((resolve, reject) => {
        const child = (0,external_node_child_process_.spawn)('git', (0,run_git/* gitArguments */.D5)(args), { cwd, env: (0,run_git/* gitEnvironment */._K)(process.env, options), stdio: ['pipe', 'pipe', 'pipe'] });
        const parser = new BatchParser();
        let stderr = '';
        const timer = setTimeout(() => child.kill('SIGKILL'), options.timeLimitMs ?? run_git/* GIT_TIME_LIMIT_MS */.QW);
        child.stdout.on('data', (chunk) => parser.push(chunk));
        child.stderr.on('data', (chunk) => (stderr += chunk.toString('utf8')));
        child.on('error', (error) => {
            clearTimeout(timer);
            reject(new run_git/* GitCommandError */.iR(args, cwd, error.message, { cause: error }));
        });
        child.on('close', (code) => {
            clearTimeout(timer);
            if (code !== 0)
                reject(new run_git/* GitCommandError */.iR(args, cwd, stderr || `exit ${code ?? 'signal'}`));
            else
                resolve(parser.contents);
        });
        // The pipe closes early only when git has died, which `close` reports.
        child.stdin.on('error', () => undefined);
        child.stdin.end(blobs.map((blob) => `${blob}\n`).join(''));
    });
}
/** `<object> SP <type> SP <size> LF <contents> LF`, or `<object> SP missing LF`, in chunks as they come. */
class BatchParser {
    contents = new Map();
    pending = Buffer.alloc(0);
    /** The blob whose contents are being read, and its size. */
    current;
    push(chunk) {
        this.pending = this.pending.length === 0 ? chunk : Buffer.concat([this.pending, chunk]);
        for (;;) {
            if (this.current !== undefined) {
                // The contents and the LF after them.
                if (this.pending.length < this.current.size + 1)
                    return;
                this.contents.set(this.current.id, Buffer.from(this.pending.subarray(0, this.current.size)));
                this.pending = this.pending.subarray(this.current.size + 1);
                this.current = undefined;
                continue;
            }
            const end = this.pending.indexOf(0x0a);
            if (end === -1)
                return;
            const header = this.pending.subarray(0, end).toString('latin1').split(' ');
            this.pending = this.pending.subarray(end + 1);
            if (header[1] !== 'missing' && header.length >= 3)
                this.current = { id: header[0], size: Number(header[2]) };
        }
    }
}

;// CONCATENATED MODULE: ./src/git/work-tree-location.ts




const NOT_A_REPOSITORY = /not a git repository/i;
const BARE_REFUSED = /safe\.bareRepository/;
/** Reasons name no absolute path: report.json leaves machine-specific paths out. */
const BARE_REASON = 'the audited directory (or one above it) is shaped like a bare git repository (HEAD, config, objects/, refs/), and git refuses to use one it was not pointed at (safe.bareRepository=explicit).';
function realDirectory(path) {
    try {
        const info = (0,external_node_fs_.lstatSync)(path);
        return info.isDirectory() && !info.isSymbolicLink();
    }
    catch (error) {
        if (error.code === 'ENOENT')
            return false;
        throw error;
    }
}
/** Checks git's answer for `root` against the rule above; pure but for lstat and realpath. */
function judgeLocation(root, gitDir, topLevel) {
    const top = (0,external_node_fs_.realpathSync)((0,external_node_path_.resolve)(topLevel));
    const realRoot = (0,external_node_fs_.realpathSync)(root);
    if (!isInside(top, realRoot)) {
        return { kind: 'refused', reason: "git's work tree does not contain the audited directory (core.worktree points elsewhere)." };
    }
    const expected = (0,external_node_path_.join)(top, '.git');
    if ((0,external_node_path_.resolve)(gitDir) !== expected && (0,external_node_fs_.realpathSync)((0,external_node_path_.resolve)(gitDir)) !== expected) {
        return { kind: 'refused', reason: "the git directory is not the work tree's own .git directory (a gitfile: a worktree or submodule; or core.worktree)." };
    }
    if (!realDirectory(expected)) {
        return { kind: 'refused', reason: "the work tree's .git is a symlink, not a real directory." };
    }
    return { kind: 'work-tree', topLevel: top };
}
/** One `git rev-parse` for all three facts, before git is asked anything else about the tree. */
async function locateWorkTree(root, options = {}) {
    let out;
    try {
        out = await (0,run_git/* runGit */.EO)(['rev-parse', '--is-inside-work-tree', '--absolute-git-dir', '--show-toplevel'], root, options);
    }
    catch (error) {
        if (!(error instanceof run_git/* GitCommandError */.iR))
            throw error;
        if (NOT_A_REPOSITORY.test(error.stderr))
            return { kind: 'none' };
        if (BARE_REFUSED.test(error.stderr))
            return { kind: 'refused', reason: BARE_REASON };
        return { kind: 'refused', reason: `git refused the directory: ${error.reason}` };
    }
    const [inside, gitDir, topLevel] = out.split('\n').map((line) => line.replace(/\r$/, ''));
    if (inside !== 'true' || !gitDir || !topLevel)
        return { kind: 'refused', reason: 'git found a repository but no work tree around the audited directory.' };
    try {
        return judgeLocation(root, gitDir, topLevel);
    }
    catch (error) {
        // realpath or lstat failing on what git named (a link loop, a path that vanished): not a tree to trust.
        const code = error?.code;
        if (code === undefined)
            throw error;
        return { kind: 'refused', reason: `the git directory or work tree git named cannot be resolved (${code}).` };
    }
}

;// CONCATENATED MODULE: ./src/git/git-info.ts


async function optional(args, cwd, options) {
    try {
        const out = (await (0,run_git/* runGit */.EO)(args, cwd, options)).trim();
        return out === '' ? undefined : out;
    }
    catch (error) {
        // An unborn branch or a missing remote is normal; the caller treats the field as unknown.
        if (error instanceof run_git/* GitCommandError */.iR)
            return undefined;
        throw error;
    }
}
/** Parses `owner/name` from https, ssh and scp-like GitHub remote URLs. */
function repositoryFromRemote(url) {
    const match = /github\.com[:/]([^/\s]+)\/([^/\s]+?)(?:\.git)?\/?$/.exec(url.trim());
    return match ? `${match[1]}/${match[2]}` : undefined;
}
/**
 * `location`, when given, is what `locateWorkTree(root, options)` returned already. Git is asked
 * anything more only in a verified work tree: a refused location reads as no work tree at all.
 */
async function readGitInfo(root, env = process.env, options = {}, location) {
    const where = location ?? (await locateWorkTree(root, options));
    if (where.kind !== 'work-tree') {
        return { isWorkTree: false, shallow: false, repository: env.GITHUB_REPOSITORY || undefined, commit: env.GITHUB_SHA || undefined };
    }
    const [commit, ref, remote, shallow] = await Promise.all([
        optional(['rev-parse', 'HEAD'], root, options),
        optional(['symbolic-ref', '-q', 'HEAD'], root, options),
        optional(['remote', 'get-url', 'origin'], root, options),
        optional(['rev-parse', '--is-shallow-repository'], root, options),
    ]);
    return {
        isWorkTree: true,
        topLevel: where.topLevel,
        commit: commit ?? (env.GITHUB_SHA || undefined),
        ref: env.GITHUB_REF || ref,
        repository: env.GITHUB_REPOSITORY || (remote ? repositoryFromRemote(remote) : undefined),
        shallow: shallow === 'true',
        ...(options.ceiling === undefined ? {} : { ceiling: options.ceiling }),
    };
}

;// CONCATENATED MODULE: ./src/git/not-a-work-tree-error.ts
/** Another commit was asked for where git cannot be used: there are no objects to read it from. */
class NotAWorkTreeError extends Error {
    root;
    reason;
    constructor(root, reason) {
        super(`${root} is not a git work tree that can be read (${reason}), so no other commit of it can be audited`);
        this.root = root;
        this.reason = reason;
        this.name = 'NotAWorkTreeError';
    }
}

;// CONCATENATED MODULE: ./src/engine/git-listing.ts




const WALKED = 'The files were listed by walking the directory instead.';
async function listOrExplain(root, options) {
    try {
        return { paths: await listWithGit(root, options) };
    }
    catch (error) {
        // A corrupt or truncated index must not cost the audit: the walk lists the same tree.
        if (!(error instanceof run_git/* GitCommandError */.iR))
            throw error;
        return { failure: `git ls-files failed (${error.reason}). ${WALKED}` };
    }
}
/**
 * The listing is used only once the git directory is verified (see `locateWorkTree`), but it is
 * started beside the verification rather than after it (60 ms of a 32,000-file audit): every git
 * command already runs with the repository's programs switched off, so the verification decides
 * which repository's listing counts, not whether git may run.
 */
async function listRepository(root, env, options) {
    const listing = listOrExplain(root, options);
    // Handled at once, so that a failure of the listing is no unhandled rejection should the
    // verification throw first; every path below awaits the listing itself, which rethrows it.
    listing.catch(() => undefined);
    const location = await locateWorkTree(root, options);
    if (location.kind !== 'work-tree') {
        // Not a verified work tree: the listing is not used, whatever it found.
        const [git] = await Promise.all([readGitInfo(root, env, options, location), listing]);
        return location.kind === 'refused' ? { git, walkReason: `Git was not used: ${location.reason} ${WALKED}` } : { git };
    }
    const [git, listed] = await Promise.all([readGitInfo(root, env, options, location), listing]);
    return 'paths' in listed ? { git, gitListing: listed.paths } : { git, walkReason: listed.failure };
}

;// CONCATENATED MODULE: ./src/inventory/unmatched-patterns.ts

/** The patterns, of `patterns`, that match none of `paths`: an include glob with a typo must not pass silently. */
function unmatchedPatterns(patterns, paths) {
    const pending = new Map(patterns.map((pattern) => [pattern, (0,path_globs/* pathMatcher */.k)([pattern])]));
    for (const path of paths) {
        if (pending.size === 0)
            break;
        for (const [pattern, matches] of pending)
            if (matches(path))
                pending.delete(pattern);
    }
    return [...pending.keys()];
}

;// CONCATENATED MODULE: ./src/options/effective-options.ts
/** The options as report.json records them: kebab-case like the inputs, without machine-specific paths. */
function effectiveOptions(options) {
    return {
        config: options.configFile ?? null,
        checks: options.checks,
        include: options.include,
        exclude: options.exclude,
        'max-file-size': options.maxFileBytes,
        'max-placeholders': options.maxPlaceholders,
        'max-broken-links': options.maxBrokenLinks,
        'min-checklist-score': options.minChecklistScore,
        'fail-on-error': options.failOnError,
        baseline: options.baseline,
        'gate-on': options.gateOn,
        'max-new-placeholders': options.maxNewPlaceholders,
        'max-new-broken-links': options.maxNewBrokenLinks,
        'max-checklist-drop': options.maxChecklistDrop,
        'job-summary': options.jobSummary,
        sarif: options.sarif,
        annotations: options.annotations,
        'upload-artifact': options.uploadArtifact,
        'artifact-name': options.artifactName,
        'retention-days': options.retentionDays ?? null,
        scanners: options.scanners,
    };
}

;// CONCATENATED MODULE: ./src/report/audit-report.ts
/** Bumped on any change a consumer of report.json could notice; the JSON Schema in schema/ follows it. */
const REPORT_SCHEMA_VERSION = '1.6.0';
/** report.json keys are camelCase; scanner ids are kebab-case. */
const REPORT_KEY = {
    placeholders: 'placeholders',
    'repo-map': 'repoMap',
    links: 'links',
    checklist: 'checklist',
};

;// CONCATENATED MODULE: external "node:buffer"
const external_node_buffer_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");
;// CONCATENATED MODULE: ./src/engine/file-content.ts

const BINARY_SNIFF_BYTES = 8192;
const NEWLINE = 0x0a;
// Buffers, not plain Uint8Arrays: Buffer's indexOf and toString are native and several times faster.
/** A NUL in the first 8 KiB, as git decides. */
function isBinary(bytes) {
    return bytes.subarray(0, BINARY_SNIFF_BYTES).indexOf(0) !== -1;
}
function countLines(bytes) {
    if (bytes.length === 0)
        return 0;
    let lines = 1;
    for (let i = bytes.indexOf(NEWLINE); i !== -1; i = bytes.indexOf(NEWLINE, i + 1))
        lines++;
    return bytes[bytes.length - 1] === NEWLINE ? lines - 1 : lines;
}
/** Most source files are ASCII, and for those Latin-1 decodes to the same string at twice UTF-8's speed. */
function decodeText(bytes) {
    return (0,external_node_buffer_namespaceObject.isAscii)(bytes) ? bytes.toString('latin1') : bytes.toString('utf8');
}
/** The first line, for a shebang; undefined when the file does not start with `#!`. */
function shebangLine(bytes) {
    if (bytes[0] !== 0x23 || bytes[1] !== 0x21)
        return undefined;
    const end = bytes.indexOf(NEWLINE);
    return (end === -1 ? bytes : bytes.subarray(0, end)).toString('utf8');
}

;// CONCATENATED MODULE: ./src/engine/file-reader.ts


const INITIAL_BYTES = 256 * 1024;
/**
 * Reads whole files into one buffer that is reused from file to file, through the guarded open of
 * a listed file (the final component never followed, never more than the listed size): open, one
 * read, close, where `readFileSync` also stats and allocates a buffer per file. The inventory
 * already found each one a regular file of known size whose directories stay inside the root.
 */
class FileReader {
    buffer = Buffer.allocUnsafe(INITIAL_BYTES);
    /**
     * The bytes of the file, at most `expectedBytes` of them (its size when listed: a file that grew
     * since is read only that far), or undefined when it was refused: it vanished, is no longer a
     * regular file, or may not be read. The view is valid until the next call: copy what you keep.
     */
    read(fsPath, expectedBytes) {
        const fd = openListedFile(fsPath);
        if (isRefused(fd))
            return undefined;
        try {
            if (this.buffer.length < expectedBytes)
                this.buffer = Buffer.allocUnsafe(Math.max(expectedBytes, this.buffer.length * 2));
            return this.buffer.subarray(0, readInto(fd, this.buffer, expectedBytes));
        }
        catch (error) {
            if (isSkippableReadError(error))
                return undefined;
            throw error;
        }
        finally {
            (0,external_node_fs_.closeSync)(fd);
        }
    }
}
/** A read that fails after the open (the file turned into a directory or a FIFO, or lost its permissions) is skipped, not fatal. */
function isSkippableReadError(error) {
    const code = error?.code;
    return code === 'EACCES' || code === 'EPERM' || code === 'EISDIR' || code === 'EIO' || code === 'EAGAIN';
}

;// CONCATENATED MODULE: ./src/engine/read-pass.ts




/**
 * Reads each file exactly once, in path order, unless a worker-backed run adopts it; sorts out
 * binaries; fills in line counts and shebang languages, and hands the text to `visit`. Returns
 * what reading showed, per file; undefined for adopted files, whose reader reports it later.
 *
 * Synchronous on purpose: measured on a 32,000-file tree, synchronous reads take every file in
 * 0.1-0.2 s, where promise-based reads (open, fstat, read, close through the thread pool) take
 * 1.0-1.3 s even with read-ahead. Work that needs more cores goes to worker threads.
 */
function readPass(root, files, preloaded, visitor) {
    const facts = [];
    const fsPathOf = fileSystemPaths(root);
    const reader = new FileReader();
    for (const file of files) {
        const early = preloaded.get(file.path);
        const fsPath = fsPathOf(file.target ?? file.path);
        if (early === undefined && visitor.adopt(file, fsPath)) {
            facts.push(undefined);
            continue;
        }
        const content = early ?? reader.read(fsPath, file.bytes);
        if (content === undefined) {
            facts.push({ kind: 'unreadable' });
            continue;
        }
        if (isBinary(content)) {
            facts.push({ kind: 'binary' });
            continue;
        }
        file.lines = countLines(content);
        facts.push({ kind: 'text', lines: file.lines });
        if (file.language === undefined) {
            const shebang = shebangLine(content);
            if (shebang !== undefined)
                file.language = languageFromShebang(shebang);
        }
        visitor.visit(file, decodeText(content));
    }
    return facts;
}

;// CONCATENATED MODULE: ./src/engine/feed-scanners.ts


function wantsFile(run, file) {
    return run.wants === undefined || run.wants(file);
}
/** Runs `step` for one scanner, timing it and turning a throw into a recorded error that retires the scanner. */
function guarded(entry, record, path, step) {
    const t0 = external_node_perf_hooks_namespaceObject.performance.now();
    try {
        step();
    }
    catch (error) {
        entry.failed = true;
        record(entry.scanner.id, error, path);
    }
    entry.elapsedMs += external_node_perf_hooks_namespaceObject.performance.now() - t0;
}
/**
 * Indexes of `files`, prose documents and workflows first: a status document cites code
 * (`src/train.py:42: TODO`) and a workflow calls scripts (`ci/run-tests.sh`); reading them first lets
 * a scanner ask for the cited or called files and read them when they come, without holding every
 * file's text.
 */
function documentsFirst(files) {
    const documents = [];
    const rest = [];
    files.forEach((file, index) => (file.language?.kind === 'prose' || file.path.startsWith('.github/workflows/') ? documents : rest).push(index));
    return [...documents, ...rest];
}
/**
 * The read pass with every live scanner attached: each text file read here goes to every run that
 * wants it; a file that only a worker-backed run wants is offered to that run to read itself.
 * Then the facts of adopted files come back (a run whose workers failed has its files read here
 * instead), and the inventory is finalised: text files in listing order, binaries and unreadable
 * files skipped.
 */
async function feedScanners(root, inventory, preloaded, live, record) {
    const adopted = new Map();
    const visitor = {
        adopt(file, fsPath) {
            let adopter;
            for (const entry of live) {
                if (entry.failed || !wantsFile(entry.run, file))
                    continue;
                // Another run wants the text here, so reading it here serves both.
                if (entry.run.adopt === undefined || adopter !== undefined)
                    return false;
                adopter = entry;
            }
            if (adopter === undefined)
                return false;
            const taker = adopter;
            let taken = false;
            guarded(taker, record, file.path, () => (taken = taker.run.adopt?.(file, fsPath) === true));
            if (taken) {
                const files = adopted.get(taker);
                if (files === undefined)
                    adopted.set(taker, [file]);
                else
                    files.push(file);
            }
            return taken;
        },
        visit(file, text) {
            for (const entry of live)
                if (!entry.failed && wantsFile(entry.run, file))
                    guarded(entry, record, file.path, () => entry.run.visit(file, text));
        },
    };
    const order = documentsFirst(inventory.files);
    const readInOrder = readPass(root, order.map((index) => inventory.files[index]), preloaded, visitor);
    const facts = [];
    order.forEach((index, position) => (facts[index] = readInOrder[position]));
    const factsByPath = new Map();
    for (const [entry, files] of adopted) {
        let reported;
        try {
            reported = await entry.run.adoptedFacts();
        }
        catch (error) {
            entry.failed = true;
            record(entry.scanner.id, error);
        }
        if (reported === undefined || reported.length !== files.length) {
            // Nobody else wanted these files, so reading them here only settles the inventory.
            const own = readPass(root, files, preloaded, { adopt: () => false, visit: () => undefined });
            files.forEach((file, index) => factsByPath.set(file.path, own[index]));
        }
        else {
            files.forEach((file, index) => factsByPath.set(file.path, reported[index]));
        }
    }
    const textFiles = [];
    const skipped = [];
    inventory.files.forEach((file, index) => {
        const fact = facts[index] ?? factsByPath.get(file.path);
        if (fact.kind === 'text') {
            file.lines = fact.lines;
            textFiles.push(file);
        }
        else {
            skipped.push({ path: file.path, reason: fact.kind, bytes: file.bytes });
        }
    });
    // Rebuilt in place: scanners hold this inventory object and read the final lists in `finish`.
    inventory.files.length = 0;
    for (const file of textFiles)
        inventory.files.push(file);
    for (const entry of skipped)
        inventory.skipped.push(entry);
    inventory.skipped.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

// EXTERNAL MODULE: ./src/scanners/file-scan-error.ts
var file_scan_error = __nccwpck_require__(8576);
;// CONCATENATED MODULE: ./src/engine/stubbed-capabilities.ts
/** A capability is mostly stubs when more than half the files behind it hold one, and there are at least this many. */
const MIN_STUBS = 2;
const STUBS_NAMED = 2;
/**
 * Where the checklist found a capability and the placeholder scan found its code mostly stubs, the
 * capability is `partial`: a CLI that raises NotImplementedError has the call, not the capability.
 * Joined here, after both scanners, because scanners do not read each other's results.
 */
function withStubbedCapabilities(checklist, placeholders) {
    const stubs = new Map();
    for (const finding of placeholders.findings) {
        if (finding.kind !== 'stub')
            continue;
        const list = stubs.get(finding.path);
        if (list === undefined)
            stubs.set(finding.path, [{ line: finding.line, text: finding.text }]);
        else
            list.push({ line: finding.line, text: finding.text });
    }
    if (stubs.size === 0)
        return checklist;
    const rows = checklist.capabilities.rows.map((row) => {
        if (row.status !== 'implemented' && row.status !== 'partial')
            return row;
        const files = [...new Set(row.artifacts.flatMap((item) => (item.path === undefined ? [] : [item.path])))];
        const stubbed = files.filter((path) => stubs.has(path));
        const count = stubbed.reduce((sum, path) => sum + (stubs.get(path)?.length ?? 0), 0);
        if (stubbed.length * 2 <= files.length || count < MIN_STUBS)
            return row;
        const named = stubbed.slice(0, STUBS_NAMED).map((path) => {
            const first = stubs.get(path)?.[0];
            return `${path}:${first?.line ?? 1} (${first?.text ?? 'stub'})`;
        });
        return {
            ...row,
            status: 'partial',
            gaps: [...row.gaps, {
                    gap: `${stubbed.length} of the ${files.length} files behind it hold stubs (${count} in all), e.g. ${named.join(', ')}.`,
                    risk: 'high',
                    plan: 'Implement the stubbed functions, or take out the paths that reach them and say so in the docs.',
                    rollback: 'Revert the implementing commit; the stubs come back and fail as before.',
                }],
        };
    });
    return { ...checklist, capabilities: { ...checklist.capabilities, rows } };
}

;// CONCATENATED MODULE: ./src/engine/run-audit.ts
















function errorDetails(scanner, error, path = error instanceof file_scan_error/* FileScanError */.e ? error.path : undefined) {
    const base = error instanceof Error ? { message: error.message, stack: error.stack } : { message: String(error) };
    return { scanner, ...base, ...(path === undefined ? {} : { path }) };
}
async function listWorkTree(options, environment) {
    const { git, gitListing, walkReason } = await listRepository(options.root, environment.env, environment.git ?? {});
    const { inventory, preloaded } = await buildInventory({ root: options.root, gitListing, include: options.include, exclude: options.exclude, maxFileBytes: options.maxFileBytes, outputDir: options.outputDir });
    return { git, inventory, preloaded, ...(walkReason === undefined ? {} : { walkReason }) };
}
/**
 * Another commit of the repository the root is in, from git's objects: nothing is checked out or
 * written, and the scanners read the blobs as they would read the files. Throws a GitCommandError
 * when the commit cannot be read.
 */
async function listCommit(options, environment, commit) {
    const gitOptions = environment.git ?? {};
    const location = await locateWorkTree(options.root, gitOptions);
    if (location.kind !== 'work-tree')
        throw new NotAWorkTreeError(options.root, location.kind === 'refused' ? location.reason : 'not a git work tree');
    const here = await readGitInfo(options.root, environment.env, gitOptions, location);
    const entries = await listCommitTree(options.root, commit, gitOptions);
    const contents = await readBlobs(options.root, blobsToRead(entries, options.maxFileBytes), gitOptions);
    const { inventory, preloaded } = treeInventory({ root: options.root, include: options.include, exclude: options.exclude, maxFileBytes: options.maxFileBytes, outputDir: options.outputDir }, entries, contents);
    return { git: { ...here, commit, revision: commit, ref: undefined }, inventory, preloaded };
}
function rootInRepository(root, git) {
    if (git.topLevel === undefined)
        return '.';
    const rel = (0,external_node_path_.relative)(git.topLevel, root).split(external_node_path_.sep).join('/');
    return rel === '' ? '.' : rel;
}
/**
 * inventory → one read pass feeding every scanner → results → gates. A scanner that throws is
 * recorded and dropped; the others carry on, because one broken scanner must not hide what the
 * rest found.
 */
async function runAudit(options, scanners, environment, commit) {
    const startedAt = environment.now();
    const started = external_node_perf_hooks_namespaceObject.performance.now();
    const { git, inventory, preloaded, walkReason } = commit === undefined ? await listWorkTree(options, environment) : await listCommit(options, environment, commit);
    const earlier = {};
    const errors = [];
    const context = { options, inventory, git, earlier, threads: environment.threads, ...(environment.memo === undefined ? {} : { memo: environment.memo }) };
    const selected = scanners.filter((scanner) => options.checks.includes(scanner.id));
    const live = [];
    for (const scanner of selected) {
        try {
            live.push({ scanner, run: scanner.start(context), elapsedMs: 0, failed: false });
        }
        catch (error) {
            errors.push(errorDetails(scanner.id, error));
        }
    }
    await feedScanners(options.root, inventory, preloaded, live, (id, error, path) => errors.push(errorDetails(id, error, path)));
    const summaries = [];
    for (const entry of live) {
        if (!entry.failed) {
            const t0 = external_node_perf_hooks_namespaceObject.performance.now();
            try {
                const result = await entry.run.finish();
                earlier[entry.scanner.id] = result;
            }
            catch (error) {
                entry.failed = true;
                errors.push(errorDetails(entry.scanner.id, error));
            }
            entry.elapsedMs += external_node_perf_hooks_namespaceObject.performance.now() - t0;
        }
        summaries.push({ id: entry.scanner.id, status: entry.failed ? 'error' : 'ok', durationMs: Math.round(entry.elapsedMs) });
    }
    for (const scanner of selected) {
        if (!live.some((entry) => entry.scanner === scanner))
            summaries.push({ id: scanner.id, status: 'error', durationMs: 0 });
    }
    if (earlier.checklist !== undefined && earlier.placeholders !== undefined)
        earlier.checklist = withStubbedCapabilities(earlier.checklist, earlier.placeholders);
    const skippedByReason = {};
    for (const entry of inventory.skipped)
        skippedByReason[entry.reason] = (skippedByReason[entry.reason] ?? 0) + 1;
    const unmatchedInclude = unmatchedPatterns(options.include, inventory.allPaths);
    const gates = evaluateGates(options, earlier, errors);
    const finishedAt = environment.now();
    const results = {};
    for (const [id, value] of Object.entries(earlier))
        results[REPORT_KEY[id]] = value;
    return {
        schemaVersion: REPORT_SCHEMA_VERSION,
        tool: { name: 'repo-audit', version: environment.toolVersion },
        repository: git.repository ?? null,
        commit: git.commit ?? null,
        ref: git.ref ?? null,
        root: rootInRepository(options.root, git),
        startedAt: startedAt.toISOString(),
        finishedAt: finishedAt.toISOString(),
        durationMs: Math.round(external_node_perf_hooks_namespaceObject.performance.now() - started),
        options: effectiveOptions(options),
        inventory: {
            source: inventory.source,
            files: inventory.files.length,
            bytes: inventory.files.reduce((sum, file) => sum + file.bytes, 0),
            lines: inventory.files.reduce((sum, file) => sum + file.lines, 0),
            skipped: skippedByReason,
            ...(walkReason === undefined ? {} : { walkReason }),
            ...(unmatchedInclude.length > 0 ? { unmatchedInclude } : {}),
        },
        scanners: summaries,
        ...results,
        errors,
        gates,
        result: gates.every((gate) => gate.passed) ? 'pass' : 'fail',
    };
}

;// CONCATENATED MODULE: ./src/scanners/content-memo.ts
/** Text held for reuse across the audits of one run: beyond it, results are computed and not kept. */
const MAX_HELD_CHARACTERS = 128 * 1024 * 1024;
/**
 * Results of pure per-file work (a file's facts, its parsed links) kept for the next audit of the
 * same run: a baseline audit sees most files with the same path and text as the audit before it,
 * and takes their results from here instead of scanning them again. A hit needs the same kind of
 * work, path and text; the text is compared, so a changed file is always scanned. Results are
 * shared, never to be mutated.
 */
class ContentMemo {
    entries = new Map();
    held = 0;
    remember(kind, path, text, compute) {
        const key = `${kind}\u0000${path}`;
        const hit = this.entries.get(key);
        if (hit !== undefined && hit.text === text)
            return hit.value;
        const value = compute();
        if (hit === undefined && this.held + text.length <= MAX_HELD_CHARACTERS) {
            this.entries.set(key, { text, value });
            this.held += text.length;
        }
        return value;
    }
}

// EXTERNAL MODULE: ./src/scanners/json-depth.ts
var json_depth = __nccwpck_require__(5573);
;// CONCATENATED MODULE: ./src/baseline/history.ts
const MAX_HISTORY = 30;
function historyPoint(report) {
    return {
        date: report.startedAt,
        commit: report.commit,
        ...(report.placeholders ? { placeholders: report.placeholders.count } : {}),
        ...(report.links ? { brokenLinks: report.links.brokenCount } : {}),
        ...(report.checklist ? { checklistScore: report.checklist.score } : {}),
    };
}
function isPoint(value) {
    if (typeof value !== 'object' || value === null)
        return false;
    const point = value;
    const optionalNumber = (key) => point[key] === undefined || (typeof point[key] === 'number' && Number.isFinite(point[key]));
    return typeof point.date === 'string' && (point.commit === null || typeof point.commit === 'string') && optionalNumber('placeholders') && optionalNumber('brokenLinks') && optionalNumber('checklistScore');
}
/**
 * The trend this report carries: the previous run's (from the report it was compared with, which
 * ends with that run), then this run, the last MAX_HISTORY of them. A previous report without a
 * trend (an older schema, or `baseline: none`) is one point itself; what is not a point is
 * dropped, since the file came from an artifact.
 */
function carriedHistory(current, previous) {
    const earlier = previous === undefined ? [] : Array.isArray(previous.history) ? previous.history.filter(isPoint) : [historyPoint(previous)];
    return [...earlier, historyPoint(current)].slice(-MAX_HISTORY);
}
const CSV_COLUMNS = ['date', 'commit', 'placeholders', 'broken_links', 'checklist_score'];
/** history.csv: one row a run, empty where the scanner did not run. */
function historyCsv(history) {
    const rows = history.map((point) => [point.date, point.commit ?? '', point.placeholders ?? '', point.brokenLinks ?? '', point.checklistScore ?? ''].join(','));
    return `${[CSV_COLUMNS.join(','), ...rows].join('\n')}\n`;
}
const BARS = '▁▂▃▄▅▆▇█';
/** A Unicode sparkline of the values, low to high; GitHub's Markdown shows it as text. */
function sparkline(values) {
    if (values.length === 0)
        return '';
    const low = Math.min(...values);
    const high = Math.max(...values);
    return values.map((value) => BARS[high === low ? 0 : Math.round(((value - low) / (high - low)) * (BARS.length - 1))]).join('');
}

// EXTERNAL MODULE: ./src/scanners/links/link-result.ts
var link_result = __nccwpck_require__(8891);
// EXTERNAL MODULE: ./src/scanners/links/check/repository-path.ts
var repository_path = __nccwpck_require__(8050);
;// CONCATENATED MODULE: ./src/baseline/baseline-report.ts
const MAX_FIXED_LISTED = 500;

// EXTERNAL MODULE: ./src/report/fingerprint.ts
var fingerprint = __nccwpck_require__(1938);
;// CONCATENATED MODULE: ./src/baseline/match-findings.ts

/** What a finding's fingerprint was made of, where the report keeps it: placeholders their tag and text, links their target. */
function fingerprintContent(finding) {
    const record = finding;
    if (finding.ruleId.startsWith('placeholders/') && typeof record.tag === 'string' && typeof record.text === 'string')
        return `${record.tag} ${record.text}`;
    if (finding.ruleId.startsWith('links/') && typeof record.target === 'string')
        return record.target;
    return undefined;
}
/**
 * The baseline's fingerprints as they would read at the new paths: a finding in a renamed file is
 * fingerprinted again with the new path (in file order, so repeats are numbered as the scanner
 * numbers them); one whose content the report does not keep keeps its fingerprint.
 */
function followRenames(baseline, renames) {
    if (renames.size === 0)
        return baseline.map((finding) => finding.fingerprint);
    const index = new fingerprint/* FingerprintIndex */.n();
    return baseline.map((finding) => {
        const moved = renames.get(finding.path);
        const content = moved === undefined ? undefined : fingerprintContent(finding);
        return moved === undefined || content === undefined ? finding.fingerprint : index.next(finding.ruleId, moved, content);
    });
}
/**
 * Each current finding is `unchanged` when the baseline has one with its fingerprint (rule, path
 * after renames, content; never the line), else `new`; baseline findings left over are fixed. An
 * edited TODO is one fixed and one new; equal counts with different findings show as such.
 */
function matchFindings(current, baseline, renames, counts = () => true) {
    const left = new Map();
    followRenames(baseline, renames).forEach((fingerprint, index) => {
        const slots = left.get(fingerprint);
        if (slots === undefined)
            left.set(fingerprint, [index]);
        else
            slots.push(index);
    });
    const states = current.map((finding) => {
        const slots = left.get(finding.fingerprint);
        if (slots === undefined || slots.length === 0)
            return 'new';
        slots.shift();
        return 'unchanged';
    });
    const fixedIndexes = [...left.values()].flat().sort((a, b) => a - b);
    const fixed = fixedIndexes.map((index) => baseline[index]).filter(counts).map(({ path, line, ruleId, message, fingerprint }) => ({ path, line, ruleId, message, fingerprint }));
    const counted = current.map((finding, index) => ({ finding, state: states[index] })).filter(({ finding }) => counts(finding));
    return {
        states,
        fixed,
        counts: { new: counted.filter((entry) => entry.state === 'new').length, unchanged: counted.filter((entry) => entry.state === 'unchanged').length, fixed: fixed.length },
    };
}

;// CONCATENATED MODULE: ./src/baseline/compare-reports.ts




function checklistChange(current, baseline) {
    if (current.checklist === undefined || baseline.checklist === undefined)
        return undefined;
    const before = new Map(baseline.checklist.checks.map((check) => [check.id, check.status]));
    const changed = current.checklist.checks.flatMap((check) => {
        const from = before.get(check.id);
        return from !== undefined && from !== check.status ? [{ id: check.id, from, to: check.status }] : [];
    });
    return { scoreDelta: current.checklist.score - baseline.checklist.score, baseScore: baseline.checklist.score, changed };
}
/**
 * A new broken link whose target was renamed or deleted since the baseline: the change broke a
 * file it never touched. It says which change, and for a rename suggests the new path.
 */
function inboundBreak(finding, changes) {
    if (finding.baselineState !== 'new')
        return finding;
    const target = finding.resolved.split('#')[0];
    const renamed = changes.renames.get(target);
    if (renamed !== undefined) {
        const anchor = finding.target.includes('#') ? finding.target.slice(finding.target.indexOf('#')) : '';
        const suggestion = `${(0,repository_path/* relativeLink */.Nk)(finding.path, renamed)}${anchor}`;
        return { ...finding, message: `${finding.message.replace(/; did you mean `[^`]*`\?$/, '')}; renamed to ${renamed} since the baseline: did you mean \`${suggestion}\`?`, suggestion };
    }
    if (changes.deleted.has(target))
        return { ...finding, message: `${finding.message}; deleted since the baseline` };
    // A heading edited in the target breaks the anchor of a page the change never touched.
    if (finding.reason === 'missing-anchor' && target !== finding.path && changes.modified.has(target) && !changes.modified.has(finding.path)) {
        return { ...finding, message: `${finding.message}; ${target} changed since the baseline and no longer has this heading` };
    }
    return finding;
}
/** Placeholder findings that count (interface hooks are listed, never counted). */
const countedPlaceholder = (finding) => finding.ruleId !== 'placeholders/interface';
/**
 * The current report with each placeholder and link finding marked `new` or `unchanged` against
 * the baseline, and the `baseline` block: counts per scanner, the checklist's score change and
 * the checks whose status moved, and the findings fixed since. `renames` maps the baseline's paths
 * to today's, as git's rename detection found them.
 */
function compareReports(current, baseline, changes, origin, viewOnlyCounts) {
    const { renames } = changes;
    const countedLink = (finding) => viewOnlyCounts || finding.ruleId !== `links/${link_result/* GITHUB_VIEW_ONLY */.J}`;
    const placeholders = current.placeholders && baseline.placeholders ? matchFindings(current.placeholders.findings, baseline.placeholders.findings, renames, countedPlaceholder) : undefined;
    const links = current.links && baseline.links ? matchFindings(current.links.findings, baseline.links.findings, renames, countedLink) : undefined;
    const checklist = checklistChange(current, baseline);
    const fixed = [...(placeholders?.fixed ?? []), ...(links?.fixed ?? [])];
    const block = {
        status: 'compared',
        source: origin.source,
        ...(origin.commit === undefined ? {} : { commit: origin.commit }),
        description: origin.description,
        ...(placeholders ? { placeholders: placeholders.counts } : {}),
        ...(links ? { links: links.counts } : {}),
        ...(checklist ? { checklist } : {}),
        fixed: fixed.slice(0, MAX_FIXED_LISTED),
        renamed: renames.size,
    };
    return {
        ...current,
        ...(current.placeholders && placeholders ? { placeholders: { ...current.placeholders, findings: current.placeholders.findings.map((finding, index) => ({ ...finding, baselineState: placeholders.states[index] })) } } : {}),
        ...(current.links && links ? { links: { ...current.links, findings: current.links.findings.map((finding, index) => inboundBreak({ ...finding, baselineState: links.states[index] }, changes)) } } : {}),
        baseline: block,
    };
}
/** The block for a run that wanted a baseline and could not have one: the gates judge totals. */
function unavailableBaseline(origin, reason) {
    return { status: 'unavailable', ...(origin.source ? { source: origin.source } : {}), ...(origin.commit ? { commit: origin.commit } : {}), description: origin.description, reason };
}

;// CONCATENATED MODULE: ./src/baseline/git-baseline.ts

/** Fetching one commit must reach the checkout's remote, which every other command keeps switched off. */
const FETCH_PROTOCOLS = ['-c', 'protocol.https.allow=always', '-c', 'protocol.file.allow=always'];
async function hasCommit(root, commit, options) {
    try {
        await (0,run_git/* runGit */.EO)(['cat-file', '-e', '--end-of-options', `${commit}^{commit}`], root, options);
        return true;
    }
    catch (error) {
        if (error instanceof run_git/* GitCommandError */.iR)
            return false;
        throw error;
    }
}
/**
 * Makes `commit` readable in a shallow checkout: `git fetch --no-tags --depth=1 origin SHA`, with
 * the credentials the checkout left in its own configuration. Returns why not when it fails.
 */
async function fetchCommit(root, commit, options) {
    if (await hasCommit(root, commit, options))
        return undefined;
    try {
        await (0,run_git/* runGit */.EO)([...FETCH_PROTOCOLS, 'fetch', '--no-tags', '--no-recurse-submodules', '--depth=1', 'origin', '--end-of-options', commit], root, options);
        return (await hasCommit(root, commit, options)) ? undefined : `git fetch origin ${commit.slice(0, 12)} did not bring the commit`;
    }
    catch (error) {
        if (error instanceof run_git/* GitCommandError */.iR)
            return `${commit.slice(0, 12)} is not in the checkout and fetching it failed (${error.reason})`;
        throw error;
    }
}
async function resolveCommit(root, revision, options) {
    return (await (0,run_git/* runGit */.EO)(['rev-parse', '--verify', '--quiet', '--end-of-options', `${revision}^{commit}`], root, options)).trim();
}
async function mergeBase(root, a, b, options) {
    try {
        return (0,run_git/* commitId */.xk)((await (0,run_git/* runGit */.EO)(['merge-base', '--end-of-options', a, b], root, options)).trim(), 'git merge-base');
    }
    catch (error) {
        if (error instanceof run_git/* GitCommandError */.iR)
            return undefined;
        throw error;
    }
}
/**
 * The first parent as the commit object records it: a shallow checkout cuts the history, so
 * `HEAD^1` fails there, but the merge commit actions/checkout makes still names the base's tip.
 */
async function firstParent(root, commit, options) {
    try {
        const parent = /^parent ([0-9a-f]{40,64})$/m.exec(await (0,run_git/* runGit */.EO)(['cat-file', 'commit', '--end-of-options', commit], root, options));
        return parent?.[1];
    }
    catch (error) {
        if (error instanceof run_git/* GitCommandError */.iR)
            return undefined;
        throw error;
    }
}
/** The newest commit of HEAD's history from before `before`, or undefined when there is none. */
async function lastCommitBefore(root, before, options) {
    try {
        const out = (await (0,run_git/* runGit */.EO)(['log', ...run_git/* LOG_SAFETY */.yC, '-1', '--format=%H', `--before=${before.toISOString()}`, '--end-of-options', 'HEAD', '--'], root, options)).trim();
        return out === '' ? undefined : out;
    }
    catch (error) {
        if (error instanceof run_git/* GitCommandError */.iR)
            return undefined;
        throw error;
    }
}
/**
 * Files renamed or deleted between `commit` and the work tree, relative to `root`, as git's rename
 * detection finds them (`-M`, 50% similar).
 */
async function changesSince(root, commit, options) {
    const out = await (0,run_git/* runGit */.EO)(['-c', 'core.quotepath=off', 'diff', ...run_git/* DIFF_SAFETY */.h_, '--relative', '-M', '-z', '--name-status', '--diff-filter=RDM', '--end-of-options', commit, '--'], root, options);
    const fields = out.split('\0');
    const renames = new Map();
    const deleted = new Set();
    const modified = new Set();
    for (let index = 0; index < fields.length;) {
        const status = fields[index];
        if (status.startsWith('R')) {
            renames.set(fields[index + 1], fields[index + 2]);
            if (status !== 'R100')
                modified.add(fields[index + 2]);
            index += 3;
        }
        else if (status === 'D') {
            deleted.add(fields[index + 1]);
            index += 2;
        }
        else if (status === 'M') {
            modified.add(fields[index + 1]);
            index += 2;
        }
        else
            index += 1;
    }
    return { renames, deleted, modified };
}

;// CONCATENATED MODULE: ./src/baseline/find-baseline.ts



const PULL_REQUEST_EVENTS = new Set(['pull_request', 'pull_request_target']);
const NIGHTLY_EVENTS = new Set(['schedule', 'workflow_dispatch']);
const NO_COMMIT = /^0+$/;
const isObject = (value) => typeof value === 'object' && value !== null && !Array.isArray(value);
async function eventPayload(env) {
    if (!env.GITHUB_EVENT_PATH)
        return {};
    try {
        const payload = JSON.parse(await (0,promises_namespaceObject.readFile)(env.GITHUB_EVENT_PATH, 'utf8'));
        return isObject(payload) ? payload : {};
    }
    catch (error) {
        if (error instanceof SyntaxError || error.code === 'ENOENT')
            return {};
        throw error;
    }
}
/** Whether `auto` picks a baseline for this event: `gate-on` defaults to `new` then. */
function isPullRequestEvent(env) {
    return PULL_REQUEST_EVENTS.has(env.GITHUB_EVENT_NAME ?? '') || env.GITHUB_EVENT_NAME === 'merge_group';
}
/**
 * A pull request's baseline is its merge base with the base branch. actions/checkout checks out
 * the merge commit, whose first parent is the base branch's tip: that tip is the merge base of the
 * merge, and it is all a shallow checkout needs. Otherwise git's merge-base decides, which needs
 * the history.
 */
async function pullRequestBase(root, base, head, branch, options) {
    const description = `merge base with ${branch}`;
    const missing = await fetchCommit(root, base, options);
    if (missing !== undefined)
        return { kind: 'unavailable', source: 'merge-base', description, reason: missing };
    const parent = await firstParent(root, 'HEAD', options);
    if (parent === base)
        return { kind: 'commit', commit: base, source: 'merge-base', description };
    const found = await mergeBase(root, base, head ?? 'HEAD', options);
    return found === undefined
        ? { kind: 'unavailable', source: 'merge-base', description, reason: `git merge-base ${base.slice(0, 12)} ${head === undefined ? 'HEAD' : head.slice(0, 12)} found none: the checkout is shallow (fetch-depth: 0 gives it the history)` }
        : { kind: 'commit', commit: found, source: 'merge-base', description };
}
async function automatic(root, env, options, now, previous) {
    const event = env.GITHUB_EVENT_NAME ?? '';
    const payload = await eventPayload(env);
    if (PULL_REQUEST_EVENTS.has(event)) {
        const pull = isObject(payload.pull_request) ? payload.pull_request : {};
        const base = isObject(pull.base) ? pull.base : {};
        const head = isObject(pull.head) ? pull.head : {};
        const baseSha = (0,run_git/* commitId */.xk)(base.sha, "The event payload's pull_request.base.sha");
        const headSha = typeof head.sha === 'string' ? (0,run_git/* commitId */.xk)(head.sha, "The event payload's pull_request.head.sha") : undefined;
        return await pullRequestBase(root, baseSha, headSha, typeof base.ref === 'string' ? base.ref : env.GITHUB_BASE_REF || 'the base branch', options);
    }
    if (event === 'merge_group') {
        const group = isObject(payload.merge_group) ? payload.merge_group : {};
        const baseSha = (0,run_git/* commitId */.xk)(group.base_sha, "The event payload's merge_group.base_sha");
        const description = 'the merge queue base';
        const missing = await fetchCommit(root, baseSha, options);
        return missing === undefined ? { kind: 'commit', commit: baseSha, source: 'merge-base', description } : { kind: 'unavailable', source: 'merge-base', description, reason: missing };
    }
    if (event === 'push') {
        const before = typeof payload.before === 'string' ? payload.before : '';
        const description = 'the commit before the push';
        if (before === '' || NO_COMMIT.test(before))
            return { kind: 'none', description: 'a new branch: no commit before the push' };
        const commit = (0,run_git/* commitId */.xk)(before, "The event payload's before");
        const missing = await fetchCommit(root, commit, options);
        return missing === undefined ? { kind: 'commit', commit, source: 'push-before', description } : { kind: 'unavailable', source: 'push-before', description, reason: missing };
    }
    if (NIGHTLY_EVENTS.has(event)) {
        let missed = '';
        try {
            const report = await previous?.();
            if (report !== undefined)
                return { kind: 'report', path: report.path, description: report.description, source: 'previous-run', ...(report.commit === undefined ? {} : { commit: report.commit }) };
        }
        catch (error) {
            // The commit below still gives a baseline; the description says why it is not the report.
            missed = ` (the last run's report could not be had: ${error instanceof Error ? error.message : String(error)})`;
        }
        const startOfYesterday = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() - 1));
        const description = `the last commit before ${startOfYesterday.toISOString().slice(0, 10)}${missed}`;
        const commit = await lastCommitBefore(root, startOfYesterday, options);
        return commit === undefined
            ? { kind: 'unavailable', source: 'previous-day', description, reason: 'no commit that old in the checkout (fetch-depth: 0 gives it the history)' }
            : { kind: 'commit', commit, source: 'previous-day', description };
    }
    return { kind: 'none', description: event === '' ? 'not run by a GitHub event' : `no baseline for ${event} events` };
}
/**
 * What to compare with: `none`; `auto` (by the event: a pull request's merge base, the commit
 * before a push, for a nightly run the last successful run's report or else the last commit
 * before yesterday); a `report.json` by path; or
 * any revision git knows (`main`, a SHA, `HEAD~5`). A baseline that cannot be had is
 * `unavailable` with the reason, never an error: the audit itself is still worth publishing.
 */
async function findBaseline(setting, root, env, options, now, previous) {
    const value = setting.trim();
    if (value === '' || value === 'none')
        return { kind: 'none', description: 'turned off' };
    try {
        if (value === 'auto')
            return await automatic(root, env, options, now, previous);
        if (/\.json$/i.test(value))
            return { kind: 'report', path: value, description: value };
        const commit = await resolveCommit(root, value, options);
        return { kind: 'commit', commit, source: 'commit', description: value };
    }
    catch (error) {
        if (error instanceof run_git/* GitCommandError */.iR)
            return { kind: 'unavailable', source: 'commit', description: value, reason: `git cannot read ${value} here (${error.reason})` };
        if (error instanceof run_git/* InvalidCommitIdError */.CL)
            return { kind: 'unavailable', description: value, reason: error.message };
        throw error;
    }
}

;// CONCATENATED MODULE: ./src/baseline/audit-with-baseline.ts











/** The scanners whose findings and scores are compared; the repo map describes, it does not count. */
const COMPARED = ['placeholders', 'links', 'checklist'];
const MAX_BASELINE_REPORT_BYTES = 256 * 1024 * 1024;
/**
 * A previous report.json, read through the guarded open inside the workspace, the audited directory or RUNNER_TEMP (where
 * a downloaded artifact lands), never through a link: the path may come from a config file in the
 * audited tree. What is wrong is said without quoting the file.
 */
function readBaselineReport(path, allowedDirs) {
    const home = allowedDirs.find((dir) => isInside((0,external_node_path_.resolve)(dir), path));
    if (home === undefined)
        return `${path} is outside the working directory (the workspace in the action), the audited directory and RUNNER_TEMP, where a baseline report may be read from`;
    const content = readInsideRoot(new RootContainment((0,external_node_path_.resolve)(home)), (0,external_node_path_.relative)((0,external_node_path_.resolve)(home), path).split(external_node_path_.sep).join('/'), { maxBytes: MAX_BASELINE_REPORT_BYTES, followLinkInsideRoot: false });
    if (isRefused(content))
        return content.refused === 'too-large' ? `${path} is larger than 256 MiB` : content.refused === 'vanished' ? `${path} does not exist` : `${path} is not a regular file that can be read (${content.refused})`;
    const text = content.toString('utf8');
    let data;
    try {
        (0,json_depth/* assertJsonDepth */.QW)(path, text);
        data = JSON.parse(text);
    }
    catch (error) {
        if (error instanceof SyntaxError || (error instanceof Error && error.name === 'FileParseError'))
            return `${path} is not valid JSON`;
        throw error;
    }
    const report = data;
    if (typeof report !== 'object' || report === null || report.tool?.name !== 'repo-audit' || typeof report.schemaVersion !== 'string')
        return `${path} is not a repo-audit report.json`;
    return report;
}
const NO_CHANGES = { renames: new Map(), deleted: new Set(), modified: new Set() };
/**
 * What changed since the commit a previous report was made at, when this checkout has it: the
 * report came from an artifact or a path, so its commit is checked to be one and may be missing.
 * Without it, findings in renamed files read as fixed and new, which the counts then say.
 */
async function reportChanges(root, commit, git) {
    if (typeof commit !== 'string' || !/^[0-9a-f]{7,64}$/i.test(commit) || !(await hasCommit(root, commit, git)))
        return NO_CHANGES;
    try {
        return await changesSince(root, commit, git);
    }
    catch (error) {
        if (error instanceof run_git/* GitCommandError */.iR)
            return NO_CHANGES;
        throw error;
    }
}
/** The same audit of the baseline commit, with only the scanners that are compared. */
async function auditBaseline(request, commit) {
    const checks = request.options.checks.filter((id) => COMPARED.includes(id));
    return await request.auditCommit({ ...request.options, checks }, commit);
}
function withGates(report, options, baseline, pullRequest, previous) {
    const results = { placeholders: report.placeholders, links: report.links, checklist: report.checklist };
    const gates = evaluateGates(options, Object.fromEntries(Object.entries(results).filter(([, value]) => value !== undefined)), report.errors, baseline, pullRequest);
    return { ...report, baseline, gates, result: gates.every((gate) => gate.passed) ? 'pass' : 'fail', history: carriedHistory(report, previous) };
}
/**
 * The audit compared with its baseline (see findBaseline): each finding new or unchanged, the
 * fixed ones listed, the gates judged again with `gate-on` and the new-findings limits. A baseline
 * that cannot be had leaves the report as it was, with a `baseline` block that says why.
 */
async function withBaseline(report, request, choice) {
    const { options } = request;
    const pullRequest = isPullRequestEvent(request.env);
    if (choice.kind === 'none')
        return withGates(report, options, { status: 'none', description: choice.description }, pullRequest);
    if (choice.kind === 'unavailable')
        return withGates(report, options, unavailableBaseline(choice, choice.reason), pullRequest);
    const viewOnlyCounts = options.scanners.links.githubViewOnly === 'count';
    if (choice.kind === 'report') {
        const path = (0,external_node_path_.resolve)(request.baseDir, choice.path);
        const baseline = readBaselineReport(path, [request.baseDir, options.root, ...(request.env.RUNNER_TEMP ? [request.env.RUNNER_TEMP] : [])]);
        const source = choice.source ?? 'report';
        if (typeof baseline === 'string')
            return withGates(report, options, unavailableBaseline({ source, description: choice.description }, baseline), pullRequest);
        const commit = baseline.commit ?? choice.commit;
        const changes = await reportChanges(options.root, commit, request.git);
        const origin = { source, description: choice.description, ...(commit === undefined ? {} : { commit }) };
        const compared = compareReports(report, baseline, changes, origin, viewOnlyCounts);
        return withGates(compared, options, compared.baseline, pullRequest, baseline);
    }
    try {
        const [baseline, changes] = await Promise.all([auditBaseline(request, choice.commit), changesSince(options.root, choice.commit, request.git)]);
        const compared = compareReports(report, baseline, changes, { source: choice.source, commit: choice.commit, description: choice.description }, viewOnlyCounts);
        return withGates(compared, options, compared.baseline, pullRequest);
    }
    catch (error) {
        if (!(error instanceof run_git/* GitCommandError */.iR) && !(error instanceof NotAWorkTreeError))
            throw error;
        const reason = error instanceof run_git/* GitCommandError */.iR ? `git could not read ${choice.commit.slice(0, 12)} (${error.reason})` : error.message;
        return withGates(report, options, unavailableBaseline(choice, reason), pullRequest);
    }
}

;// CONCATENATED MODULE: ./src/baseline/audit-history.ts


const DURATION = /^(\d+)([hdw])$/;
const UNIT_MS = { h: 3_600_000, d: 86_400_000, w: 7 * 86_400_000 };
class DurationError extends Error {
    where;
    value;
    constructor(where, value) {
        super(`${where} is ${JSON.stringify(value)}; expected a whole number of hours, days or weeks such as 90d, 12w or 36h`);
        this.where = where;
        this.value = value;
        this.name = 'DurationError';
    }
}
function parseDuration(value, where) {
    const match = DURATION.exec(value.trim());
    if (match === null || Number(match[1]) === 0)
        throw new DurationError(where, value);
    return Number(match[1]) * UNIT_MS[match[2]];
}
/**
 * One commit per `every` window, from `since` ago to now: the newest of HEAD's first-parent
 * history in each window, oldest first. A window without a commit has no point.
 */
function sampleCommits(commits, now, sinceMs, everyMs) {
    const start = now.getTime() - sinceMs;
    const picked = new Map();
    for (const entry of commits) {
        const time = entry.date.getTime();
        if (time < start || time > now.getTime())
            continue;
        const window = Math.floor((now.getTime() - time) / everyMs);
        const held = picked.get(window);
        if (held === undefined || held.date.getTime() < time)
            picked.set(window, entry);
    }
    return [...picked.values()].sort((a, b) => a.date.getTime() - b.date.getTime());
}
async function firstParentCommits(root, since, options) {
    try {
        const out = await (0,run_git/* runGit */.EO)(['log', ...run_git/* LOG_SAFETY */.yC, '--first-parent', '--format=%H%x00%cI', `--since=${since.toISOString()}`, '--end-of-options', 'HEAD', '--'], root, options);
        return out.split('\n').filter((line) => line !== '').map((line) => {
            const [commit, date] = line.split('\0');
            return { commit: commit, date: new Date(date) };
        });
    }
    catch (error) {
        if (error instanceof run_git/* GitCommandError */.iR)
            return [];
        throw error;
    }
}
/**
 * The series of past commits, each audited from git's objects with the same options (one point
 * per `every` window over the last `since`), dated by the commit, not by when it was audited.
 */
async function auditHistory(options, request) {
    const commits = await firstParentCommits(options.root, new Date(request.now.getTime() - request.sinceMs), request.git);
    const points = [];
    for (const { commit, date } of sampleCommits(commits, request.now, request.sinceMs, request.everyMs)) {
        const report = await request.auditCommit(options, commit);
        points.push({ ...historyPoint(report), date: date.toISOString(), commit });
    }
    return points;
}

;// CONCATENATED MODULE: external "node:os"
const external_node_os_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");
;// CONCATENATED MODULE: ./src/engine/thread-budget.ts


/** Set it to a number of worker threads (0: none) to override the choice made from the core count. */
const WORKERS_VARIABLE = 'REPO_AUDIT_WORKERS';
/** Past four, the main thread reading the files is the bottleneck. */
const MAX_AUTO_WORKERS = 4;
const MAX_WORKERS = 64;
function threadBudget(env, scriptDir) {
    const raw = env[WORKERS_VARIABLE]?.trim();
    if (raw === undefined || raw === '') {
        const cores = (0,external_node_os_namespaceObject.availableParallelism)();
        return { workers: cores < 2 ? 0 : Math.min(cores, MAX_AUTO_WORKERS), explicit: false, scriptDir };
    }
    if (!/^\d+$/.test(raw) || Number(raw) > MAX_WORKERS) {
        throw new settings_error/* SettingsError */.GN(`environment variable ${WORKERS_VARIABLE}`, JSON.stringify(raw), `a whole number of worker threads from 0 (scan on the main thread) to ${MAX_WORKERS}`);
    }
    return { workers: Number(raw), explicit: true, scriptDir };
}

;// CONCATENATED MODULE: ./src/engine/audit-from-settings.ts















/** In dist/ this is the bundle's directory, where the worker bundles sit beside it. */
const BUNDLE_DIR = (0,external_node_path_.dirname)((0,external_node_url_namespaceObject.fileURLToPath)(import.meta.url));
/** Settings → options → audit: the part the action and the CLI share. Throws SettingsError/ConfigFileError before scanning. */
async function resolveOptions(request) {
    const root = (0,external_node_path_.resolve)(request.baseDir, request.path);
    const threads = threadBudget(request.env, BUNDLE_DIR);
    // Before the config is looked for inside it: a file given as the path must not read as a config error.
    await requireDirectory(root, request.pathWhere, root);
    const config = await loadConfig(root, request.config, request.baseDir);
    if (config !== undefined)
        await (0,linear_pattern/* loadLinearPatterns */.fG)();
    const options = await buildOptions({
        root,
        rootWhere: request.pathWhere,
        baseDir: request.baseDir,
        config,
        overrides: request.overrides,
        defaultOutputDir: request.defaultOutputDir,
        ...(request.configOutputDir === undefined ? {} : { configOutputDir: request.configOutputDir }),
        availableScanners: AVAILABLE_SCANNERS,
        sections: SCANNER_SECTIONS,
    });
    const configOutputDir = config?.fields.get(Inputs.OutputDir);
    const ignored = request.configOutputDir === 'ignored' && !request.overrides.has(Inputs.OutputDir) && typeof configOutputDir?.value === 'string' && configOutputDir.value.trim() !== '';
    const notes = ignored ? [`${configOutputDir.where} is ignored: the CLI writes report files only where --output-dir says.`] : [];
    const includeWhere = (request.overrides.get(Inputs.Include) ?? config?.fields.get(Inputs.Include))?.where ?? Inputs.Include;
    return { options, threads, notes, includeWhere, baseDir: request.baseDir };
}
/**
 * Runs the audit and redacts the report once, before anything renders it: report.json, SARIF,
 * annotations, the summaries and the CLI's output all start from the redacted report. `git` is how
 * git runs: the action passes its ceiling, the CLI nothing.
 */
async function auditWithOptions(prepared, env, git = {}, previousReport) {
    const { options } = prepared;
    const scanners = await loadScanners(options.checks);
    const now = new Date();
    // Chosen first: the memo that lets a baseline commit's audit reuse today's per-file results holds
    // every text until then, which only an audit of a commit repays.
    const choice = options.baseline === 'none' ? undefined : await findBaseline(options.baseline, options.root, env, git, now, previousReport);
    const environment = { toolVersion: TOOL_VERSION, env, now: () => new Date(), threads: prepared.threads, git, ...(choice?.kind === 'commit' ? { memo: new ContentMemo() } : {}) };
    const report = await runAudit(options, scanners, environment);
    const compared = choice === undefined
        ? report
        : await withBaseline(report, {
            options,
            env,
            git,
            baseDir: prepared.baseDir,
            auditCommit: async (baselineOptions, commit) => await runAudit(baselineOptions, scanners.filter((scanner) => baselineOptions.checks.includes(scanner.id)), environment, commit),
        }, choice);
    return redactReport(compared, secretRedactor(env));
}
/**
 * `repo-audit history`: past commits of HEAD's first-parent history audited from git's objects,
 * one per `every` window over the last `since`, by the scanners whose figures make the trend.
 * The audits share one memo, so each file's facts are worked out once for all the commits that
 * hold it unchanged.
 */
async function auditHistoryWithOptions(prepared, env, window) {
    const checks = prepared.options.checks.filter((id) => id !== 'repo-map');
    const scanners = await loadScanners(checks);
    const environment = { toolVersion: TOOL_VERSION, env, now: () => new Date(), threads: prepared.threads, memo: new ContentMemo() };
    return await auditHistory({ ...prepared.options, checks, outputDir: undefined }, {
        ...window,
        now: environment.now(),
        git: {},
        auditCommit: async (options, commit) => redactReport(await runAudit(options, scanners, environment, commit), secretRedactor(env)),
    });
}

;// CONCATENATED MODULE: ./src/options/unmatched-include.ts

/**
 * The error for include globs that matched no file. Only the inventory can tell, so it is raised
 * after the audit, once the reports are written, and the entries exit as for any settings error.
 */
function unmatchedIncludeError(unmatched, where) {
    if (unmatched === undefined || unmatched.length === 0)
        return undefined;
    const globs = unmatched.map((glob) => JSON.stringify(glob)).join(', ');
    return new settings_error/* SettingsError */.GN(where, `${globs}, which ${unmatched.length === 1 ? 'matches' : 'match'} no file in the audited directory`, 'include globs that each match at least one file');
}

;// CONCATENATED MODULE: ./src/publish/json-chunks.ts
/**
 * JSON text of a value in pieces, byte for byte what `JSON.stringify(value, null, 2)` returns, but
 * never as one string: a report with two million findings is larger than the longest string V8 can
 * hold. Objects are written key by key and arrays element by element, with the rules of
 * JSON.stringify (toJSON, skipped undefined and function members, null for them in arrays), and the
 * text is handed on in chunks of about 64 KiB, or of a thousand list elements where those are longer.
 */
const INDENT = '  ';
const WRAPPER_KEY = 'w';
const CHUNK_CHARS = 64 * 1024;
/**
 * A value that holds no array longer than this is written by JSON.stringify itself: walking an ordinary
 * report member by member in JavaScript cost 56 ms of a 32,000-file audit. Only the long lists, the
 * findings of a huge report, are written a thousand elements at a time.
 */
const LONGEST_NATIVE_ARRAY = 10_000;
/** Elements of a long list written by one JSON.stringify call. */
const BATCH = 1_000;
/** Long lists sit near the top of a report (report → scanner → findings); deeper values are not searched. */
const SEARCHED_DEPTH = 4;
function holdsLongArray(value, depth) {
    if (value === null || typeof value !== 'object' || depth > SEARCHED_DEPTH)
        return false;
    if (Array.isArray(value))
        return value.length > LONGEST_NATIVE_ARRAY || value.some((element) => holdsLongArray(element, depth + 1));
    for (const member of Object.values(value))
        if (holdsLongArray(member, depth + 1))
            return true;
    return false;
}
class CircularJsonError extends TypeError {
    key;
    constructor(key) {
        super(`Cannot serialise the report to JSON: the value under key ${JSON.stringify(key)} refers back to itself`);
        this.key = key;
        this.name = 'CircularJsonError';
    }
}
function isSkipped(value) {
    return value === undefined || typeof value === 'function' || typeof value === 'symbol';
}
function prepared(holderKey, value) {
    if (value !== null && typeof value === 'object' && typeof value.toJSON === 'function') {
        return value.toJSON(holderKey);
    }
    return value;
}
/**
 * `JSON.stringify(value, null, 2)` of a value as it stands `depth` levels down, indented as there;
 * undefined when the value refers back to itself. The value is wrapped in `depth` one-key objects
 * and the wrapping sliced off again, so the indentation comes from JSON.stringify itself: a pass
 * that re-indented the text cost as much again as the stringify.
 */
function nativeJson(value, depth) {
    let wrapped = value;
    for (let level = 0; level < depth; level++)
        wrapped = { [WRAPPER_KEY]: wrapped };
    let text;
    try {
        text = JSON.stringify(wrapped, null, INDENT);
    }
    catch (error) {
        // The walk below names the key that closes the cycle, which V8's message buries.
        if (error instanceof TypeError && /circular/i.test(error.message))
            return undefined;
        throw error;
    }
    let prefix = 0;
    let suffix = 0;
    // Level k opens with `{\n`, its indent and `"w": `, and closes with `\n`, the indent of k - 1 and `}`.
    for (let level = 1; level <= depth; level++) {
        prefix += 2 + INDENT.length * level + WRAPPER_KEY.length + 4;
        suffix += 2 + INDENT.length * (level - 1);
    }
    return text.slice(prefix, text.length - suffix);
}
/** Collects pieces and passes them on as chunks; a plain recursion over it is several times faster than generators. */
class ChunkedText {
    emit;
    buffer = '';
    ancestors = new Set();
    constructor(emit) {
        this.emit = emit;
    }
    add(piece) {
        this.buffer += piece;
        if (this.buffer.length >= CHUNK_CHARS)
            this.flush();
    }
    flush() {
        if (this.buffer === '')
            return;
        const chunk = this.buffer;
        this.buffer = '';
        this.emit(chunk);
    }
    value(value, key, indent, depth) {
        if (value === null || typeof value !== 'object') {
            this.add(JSON.stringify(value) ?? 'null');
            return;
        }
        if (this.ancestors.has(value))
            throw new CircularJsonError(key);
        const native = holdsLongArray(value, depth) ? undefined : nativeJson(value, depth);
        if (native !== undefined) {
            this.add(native);
            return;
        }
        this.ancestors.add(value);
        if (Array.isArray(value))
            this.array(value, indent, depth);
        else
            this.object(value, indent, depth);
        this.ancestors.delete(value);
    }
    array(value, indent, depth) {
        if (value.length === 0) {
            this.add('[]');
            return;
        }
        const inner = indent + INDENT;
        for (let start = 0; start < value.length; start += BATCH) {
            const end = Math.min(start + BATCH, value.length);
            const batch = this.nativeBatch(value, start, end, depth + 1);
            if (batch !== undefined) {
                this.add(`${start === 0 ? '[' : ','}\n${batch}`);
                continue;
            }
            for (let index = start; index < end; index++) {
                this.add(index === 0 ? `[\n${inner}` : `,\n${inner}`);
                const element = prepared(String(index), value[index]);
                if (isSkipped(element))
                    this.add('null');
                else
                    this.value(element, String(index), inner, depth + 1);
            }
        }
        this.add(`\n${indent}]`);
    }
    /**
     * Elements `start` to `end` (at `depth`) as JSON.stringify writes them inside the array,
     * in one call: a call per element cost twice one whole stringify. Undefined when an element
     * holds a long list itself or refers back to itself, which the element-by-element walk handles.
     */
    nativeBatch(value, start, end, depth) {
        for (let index = start; index < end; index++)
            if (holdsLongArray(value[index], depth))
                return undefined;
        const text = nativeJson(value.slice(start, end), depth - 1);
        // `[\n<inner>a,\n<inner>b\n<indent>]` without its brackets.
        return text === undefined ? undefined : text.slice(2, text.lastIndexOf('\n'));
    }
    object(value, indent, depth) {
        const inner = indent + INDENT;
        let first = true;
        for (const name of Object.keys(value)) {
            const member = prepared(name, value[name]);
            if (isSkipped(member))
                continue;
            this.add(`${first ? '{' : ','}\n${inner}${JSON.stringify(name)}: `);
            first = false;
            this.value(member, name, inner, depth + 1);
        }
        this.add(first ? '{}' : `\n${indent}}`);
    }
}
/** Calls `emit` with `JSON.stringify(value, null, 2)` in chunks (see above), in order. */
function emitJson(value, emit) {
    const text = new ChunkedText(emit);
    text.value(prepared('', value), '', '', 0);
    text.flush();
}

;// CONCATENATED MODULE: ./src/render/control-characters.ts
/**
 * C0 and C1 control characters, DEL, the Unicode line and paragraph separators and the bidi
 * controls: from the repository they could move a terminal's cursor, ring its bell, set its title,
 * end a log line or reorder what a reader sees. Tab is kept; newline only where the caller says.
 */
const CONTROLS = /[^\P{Cc}\t\n]|[\u2028\u2029\u202a-\u202e\u2066-\u2069]/gu;
const CONTROLS_AND_NEWLINE = /[^\P{Cc}\t]|[\u2028\u2029\u202a-\u202e\u2066-\u2069]/gu;
function visible(ch) {
    const code = ch.charCodeAt(0);
    if (code === 10)
        return '\\n';
    if (code === 13)
        return '\\r';
    return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
}
/** Every control character as a visible escape (`\x1b`, `\n`, `\u202e`), newlines included unless `keepNewlines`. */
function showControls(text, keepNewlines = false) {
    return text.replace(keepNewlines ? CONTROLS : CONTROLS_AND_NEWLINE, visible);
}
/** A line the runner takes as a workflow command (`::error file=x::…`) when the CLI runs in a step. */
const COMMAND_LINE = /^([ \t]*):(?=:)/gm;
/**
 * Text for a terminal or a log line: every control character visible (so no repository string can
 * start a line of its own, unless `keepNewlines` for a message whose lines are meant), and no line
 * starting with `::`, its first colon written `\x3a`.
 */
function terminalText(text, keepNewlines = false) {
    return showControls(text, keepNewlines).replace(COMMAND_LINE, '$1\\x3a');
}
/** The same guard over a whole rendered text whose own line breaks are meant: the lines stay, no line is a command. */
function guardCommandLines(text) {
    return text.replace(COMMAND_LINE, '$1\\x3a');
}

;// CONCATENATED MODULE: ./src/render/html.ts

const HTML_ESCAPES = {
    '&': '&amp;',
    '<': '&lt;',
    '>': '&gt;',
    '"': '&quot;',
    "'": '&#39;',
};
/** Escapes text for an HTML attribute value or element content where Markdown is not parsed. */
function escapeHtml(text) {
    return text.replace(/[&<>"']/g, (ch) => HTML_ESCAPES[ch]);
}
/**
 * The punctuation Markdown (with GitHub's extensions: tables, strikethrough, math) gives a meaning
 * anywhere in a line. A character reference is always literal text in CommonMark, so each becomes
 * one: `[x](y)` cannot link, `|` cannot end a cell, `$` cannot open math.
 */
const MARKDOWN_ACTIVE = /[&<>"'\\`*_[\]()!#|~$^{}]/g;
/**
 * Active only at the start of a line: a bullet, a setext or thematic line, an ordered list, and
 * `::`, which the runner takes as a workflow command when the CLI prints Markdown in a step.
 */
const LEADING_MARKER = /^(?:[-+=:]|\d{1,9}[.)](?=\s|$))/;
function reference(ch) {
    return HTML_ESCAPES[ch] ?? `&#${ch.charCodeAt(0)};`;
}
/**
 * Text from the repository anywhere in the job summary, summary.md or gaps-report.md: in a
 * paragraph, a list item, a table cell or inside `<code>` (GitHub parses Markdown inside inline
 * HTML). Control characters become visible escapes and newlines fold into spaces, so the text
 * stays on its line and renders as itself.
 */
function markdownText(text) {
    const oneLine = showControls(text.replace(/\r\n|[\r\n]/g, ' '));
    const escaped = oneLine.replace(MARKDOWN_ACTIVE, reference);
    return escaped.replace(LEADING_MARKER, (marker) => `${marker.slice(0, -1)}${reference(marker.slice(-1))}`);
}
/** Repository text as inline code in the summary: `<code>` around the same escaping as text. */
function code(text) {
    return `<code>${markdownText(text)}</code>`;
}

;// CONCATENATED MODULE: ./src/render/format.ts
/** Numbers and durations as people read them in a summary: 12,345 files, 2.3 s. */
function formatCount(value) {
    return value.toLocaleString('en-US');
}
function formatDuration(ms) {
    return ms < 1000 ? `${ms} ms` : `${(ms / 1000).toFixed(1)} s`;
}
function formatBytes(bytes) {
    if (bytes < 1024)
        return `${bytes} B`;
    if (bytes < 1024 * 1024)
        return `${(bytes / 1024).toFixed(1)} KiB`;
    return `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
}
function plural(count, singular, pluralForm = `${singular}s`) {
    return `${formatCount(count)} ${count === 1 ? singular : pluralForm}`;
}

;// CONCATENATED MODULE: ./src/render/gaps-report.ts


/**
 * Every placeholder, grouped by file: the work list a maintainer goes through. Unlike the job
 * summary it is never cut.
 */
function renderGapsReport(report) {
    const result = report.placeholders;
    const header = [
        '# Gaps report',
        '',
        `Generated by repo-audit ${markdownText(report.tool.version)} on ${markdownText(report.finishedAt)}`,
        `for ${report.repository ? markdownText(report.repository) : 'the audited directory'}${report.root === '.' ? '' : ` (${markdownText(report.root)})`}` +
            ` at commit ${report.commit ? code(report.commit) : 'unknown'}.`,
        '',
    ];
    if (!result)
        return [...header, 'The placeholder scan did not run in this audit.', ''].join('\n');
    const byFile = new Map();
    for (const finding of result.findings) {
        const list = byFile.get(finding.path);
        if (list)
            list.push(finding);
        else
            byFile.set(finding.path, [finding]);
    }
    const totals = Object.entries(result.byTag).sort((a, b) => b[1] - a[1]).map(([tag, count]) => `${markdownText(tag)}: ${formatCount(count)}`);
    const lines = [
        ...header,
        `**${plural(result.count, 'placeholder')}** in ${plural(byFile.size, 'file')} ` +
            `(${formatCount(result.byKind.comment)} comments, ${formatCount(result.byKind.stub)} stubs, ${formatCount(result.byKind.prose)} prose)` +
            (totals.length > 0 ? ` — ${totals.join(', ')}` : '') + '.',
        '',
    ];
    for (const [path, findings] of byFile) {
        lines.push(`## ${code(path)} (${findings.length})`, '', '| Line | Kind | Tag | Text | Reference |', '|---:|---|---|---|---|');
        for (const finding of findings) {
            lines.push(`| ${finding.line}:${finding.column} | ${markdownText(finding.kind)} | ${markdownText(finding.tag)} | ${markdownText(finding.text)} | ${finding.reference ? markdownText(finding.reference) : ''} |`);
        }
        lines.push('');
    }
    return lines.join('\n');
}

;// CONCATENATED MODULE: ./src/publish/write-reports.ts







class ReportWriteError extends Error {
    path;
    constructor(path, options) {
        super(`Cannot write the report file ${path}: ${options.cause.message}`, options);
        this.path = path;
        this.name = 'ReportWriteError';
    }
}
/** Every report file that could not be written, after all of them were tried; `reports` names all of them, `failures` those that failed. */
class ReportsNotWrittenError extends Error {
    reports;
    failures;
    constructor(reports, failures) {
        super(failures.map((failure) => failure.message).join('\n'));
        this.reports = reports;
        this.failures = failures;
        this.name = 'ReportsNotWrittenError';
    }
}
/**
 * O_EXCL and O_NOFOLLOW: the name is created here or not at all, so a symbolic link or a hard link
 * planted in the report directory (a committed `audit-out/summary.md -> /elsewhere`) is never written through.
 */
const CREATE_FRESH = external_node_fs_.constants.O_WRONLY | external_node_fs_.constants.O_CREAT | external_node_fs_.constants.O_EXCL | external_node_fs_.constants.O_NOFOLLOW;
const REPORT_FILE_MODE = 0o644;
async function removeExisting(path) {
    try {
        // unlink removes a symbolic link itself, never its target.
        await (0,promises_namespaceObject.unlink)(path);
    }
    catch (error) {
        if (error.code !== 'ENOENT')
            throw error;
    }
}
/** Writes every byte of `chunk`, since a write may take fewer than it was given. */
function writeAll(fd, chunk) {
    const bytes = Buffer.from(chunk, 'utf8');
    for (let offset = 0; offset < bytes.length;)
        offset += (0,external_node_fs_.writeSync)(fd, bytes, offset);
}
/**
 * Creates `path` fresh and writes what `produce` emits, chunk by chunk as it comes, so a report
 * larger than a string can hold still reaches the disk. Synchronous writes: the serialiser is a
 * plain recursion that cannot wait, and a report file is all this step is doing.
 */
async function writeFresh(path, produce) {
    await removeExisting(path);
    const handle = await (0,promises_namespaceObject.open)(path, CREATE_FRESH, REPORT_FILE_MODE);
    try {
        produce((chunk) => writeAll(handle.fd, chunk));
    }
    finally {
        await handle.close();
    }
}
const write_reports_text = (content) => (emit) => emit(content);
/**
 * Writes report.json, summary.md, gaps-report.md, status-audit.md, results.sarif when asked, and errors.ndjson when a
 * scanner failed, into `dir`, which must exist (the options created it, refusing symbolic links).
 * Each file is tried on its own, so one that fails leaves the others written; the failures are thrown together.
 */
async function writeReports(dir, report, contents) {
    const paths = {
        dir,
        json: (0,external_node_path_.join)(dir, ReportFiles.Json),
        summary: (0,external_node_path_.join)(dir, ReportFiles.Summary),
        gaps: (0,external_node_path_.join)(dir, ReportFiles.Gaps),
        statusAudit: (0,external_node_path_.join)(dir, ReportFiles.StatusAudit),
        errors: report.errors.length > 0 ? (0,external_node_path_.join)(dir, ReportFiles.Errors) : undefined,
        sarif: contents.sarif === undefined ? undefined : (0,external_node_path_.join)(dir, ReportFiles.Sarif),
        fixes: contents.fixesPatch ? (0,external_node_path_.join)(dir, ReportFiles.Fixes) : undefined,
        history: report.history === undefined ? undefined : (0,external_node_path_.join)(dir, ReportFiles.History),
    };
    const failures = [];
    const attempt = async (path, write) => {
        try {
            await write();
        }
        catch (error) {
            failures.push(new ReportWriteError(path, { cause: error }));
        }
    };
    await attempt(paths.json, () => writeFresh(paths.json, (emit) => {
        emitJson(report, emit);
        emit('\n');
    }));
    await attempt(paths.summary, () => writeFresh(paths.summary, write_reports_text(contents.summary)));
    await attempt(paths.gaps, () => writeFresh(paths.gaps, write_reports_text(renderGapsReport(report))));
    await attempt(paths.statusAudit, () => writeFresh(paths.statusAudit, write_reports_text(contents.statusAudit)));
    if (paths.sarif && contents.sarif !== undefined) {
        const sarif = contents.sarif;
        await attempt(paths.sarif, () => writeFresh(paths.sarif, write_reports_text(sarif)));
    }
    const fixesPath = (0,external_node_path_.join)(dir, ReportFiles.Fixes);
    if (paths.fixes && contents.fixesPatch) {
        const patch = contents.fixesPatch;
        await attempt(fixesPath, () => writeFresh(fixesPath, write_reports_text(patch)));
    }
    else
        await attempt(fixesPath, () => (0,promises_namespaceObject.rm)(fixesPath, { force: true }));
    const history = report.history;
    if (paths.history && history !== undefined)
        await attempt(paths.history, () => writeFresh(paths.history, write_reports_text(historyCsv(history))));
    const errorsPath = (0,external_node_path_.join)(dir, ReportFiles.Errors);
    if (paths.errors)
        await attempt(errorsPath, () => writeFresh(errorsPath, (emit) => {
            for (const error of report.errors)
                emit(`${JSON.stringify(error)}\n`);
        }));
    // A stale errors.ndjson from an earlier run in the same directory would contradict this report.
    else
        await attempt(errorsPath, () => (0,promises_namespaceObject.rm)(errorsPath, { force: true }));
    if (failures.length > 0)
        throw new ReportsNotWrittenError(paths, failures);
    return paths;
}

;// CONCATENATED MODULE: ./src/render/file-links.ts
/**
 * Formats GitHub renders instead of showing their source: its rendered view ignores `#L12`, so a
 * link to a line has to ask for the source with `?plain=1`.
 */
const RENDERED = /\.(?:md|markdown|mdown|mkdn|mkd|mdx|rst|adoc|asciidoc|asc|org|textile|rdoc|creole|mediawiki|wiki|pod|ipynb|csv|tsv|geojson|topojson|stl|svg)$/i;
/**
 * Builds `$GITHUB_SERVER_URL/owner/repo/blob/<sha>/<path>#L<line>` for a path relative to the
 * audited root (`?plain=1#L<line>` where GitHub renders the file), or undefined when the
 * repository or the commit is unknown.
 */
function fileUrlBuilder(report, environment) {
    const server = (environment.serverUrl || 'https://github.com').replace(/\/+$/, '');
    if (!report.repository || !report.commit)
        return () => undefined;
    const prefix = report.root === '.' ? '' : `${report.root}/`;
    // The repository name can come from the checkout's remote: every part is encoded like the path.
    const encode = (text) => text.split('/').map(encodeURIComponent).join('/');
    const base = `${server}/${encode(report.repository)}/blob/${encode(report.commit)}/`;
    return (path, line) => `${base}${encode(`${prefix}${path}`)}${line === undefined ? '' : `${RENDERED.test(path) ? '?plain=1' : ''}#L${line}`}`;
}

;// CONCATENATED MODULE: ./src/render/summary/location.ts

/** `path:line` as a link when the location can be linked, escaped text otherwise. */
function renderLocation(context, path, line) {
    const label = code(line === undefined ? path : `${path}:${line}`);
    const url = context.fileUrl(path, line);
    return url === undefined ? label : `<a href="${escapeHtml(url)}">${label}</a>`;
}

;// CONCATENATED MODULE: ./src/render/summary/change-section.ts



const NEW_LISTED = 10;
function since(report) {
    const baseline = report.baseline;
    if (baseline === undefined)
        return '';
    const commit = baseline.commit === undefined ? '' : `\`${baseline.commit.slice(0, 7)}\` `;
    return `${commit}(${markdownText(baseline.description)})`;
}
function signed(value) {
    return value > 0 ? `+${value}` : value < 0 ? `−${-value}` : '±0';
}
/**
 * The change since the baseline, first in the summary: counts of new and fixed findings, the
 * checklist's score change, the new findings listed and the fixed ones folded away. A baseline
 * that could not be had is said, with why, so totals are never read as new.
 */
function renderChangeSection(report, context) {
    const baseline = report.baseline;
    if (baseline === undefined || baseline.status === 'none')
        return '';
    if (baseline.status === 'unavailable') {
        return `> [!WARNING]\n> No baseline to compare with (${markdownText(baseline.description)}): ${markdownText(baseline.reason ?? 'unknown reason')}. The gates judged totals.\n`;
    }
    const added = (baseline.placeholders?.new ?? 0) + (baseline.links?.new ?? 0);
    const fixed = (baseline.placeholders?.fixed ?? 0) + (baseline.links?.fixed ?? 0);
    const lines = [`**+${added} new, −${fixed} fixed** since ${since(report)}`];
    const parts = [];
    if (baseline.placeholders)
        parts.push(`placeholders +${baseline.placeholders.new} / −${baseline.placeholders.fixed}`);
    if (baseline.links)
        parts.push(`broken links +${baseline.links.new} / −${baseline.links.fixed}`);
    if (baseline.checklist)
        parts.push(`checklist score ${signed(baseline.checklist.scoreDelta)} (from ${baseline.checklist.baseScore})`);
    if (parts.length > 0)
        lines.push('', parts.join(' · '));
    const newFindings = [...(report.placeholders?.findings ?? []), ...(report.links?.findings ?? [])].filter((finding) => finding.baselineState === 'new' && finding.ruleId !== 'placeholders/interface');
    if (newFindings.length > 0) {
        lines.push('', '| New | Where |', '| --- | --- |');
        for (const finding of newFindings.slice(0, NEW_LISTED))
            lines.push(`| ${markdownText(finding.message)} | ${renderLocation(context, finding.path, finding.line)} |`);
        if (newFindings.length > NEW_LISTED)
            lines.push('', `${newFindings.length - NEW_LISTED} more new findings are in report.json (\`baselineState: "new"\`).`);
    }
    const changedChecks = baseline.checklist?.changed ?? [];
    if (changedChecks.length > 0)
        lines.push('', `Checks that changed: ${changedChecks.map((check) => `\`${check.id}\` ${check.from} → ${check.to}`).join(', ')}.`);
    const fixedList = baseline.fixed ?? [];
    if (fixedList.length > 0) {
        lines.push('', `<details><summary>Fixed since the baseline (${fixed})</summary>`, '');
        for (const finding of fixedList.slice(0, NEW_LISTED * 5))
            lines.push(`- ${markdownText(finding.message)} (was ${markdownText(`${finding.path}:${finding.line}`)})`);
        lines.push('', '</details>');
    }
    return `${lines.join('\n')}\n${trendLines(report)}`;
}
/** The last runs as sparklines, oldest first, when there are two or more. */
function trendLines(report) {
    const history = report.history ?? [];
    if (history.length < 2)
        return '';
    const series = (label, values) => {
        const known = values.filter((value) => value !== undefined);
        return known.length < 2 ? undefined : `${label} ${sparkline(known)} ${known[0]} → ${known[known.length - 1]}`;
    };
    const rows = [
        series('placeholders', history.map((point) => point.placeholders)),
        series('broken links', history.map((point) => point.brokenLinks)),
        series('checklist score', history.map((point) => point.checklistScore)),
    ].filter((row) => row !== undefined);
    if (rows.length === 0)
        return '';
    return `\nTrend over the last ${history.length} runs (history.csv in the report): ${rows.map((row) => `\`${row}\``).join(' · ')}\n`;
}

;// CONCATENATED MODULE: ./src/render/summary/checklist-section.ts



const ICON = { fail: '❌', warn: '⚠️', unknown: '❔', pass: '✅', exempt: '🔕', 'not-applicable': '➖' };
/** Failures first: they are what the reader has to act on. */
const ORDER = { fail: 0, warn: 1, unknown: 2, pass: 3, exempt: 4, 'not-applicable': 5 };
const STATUS_WORDS = { fail: 'failed', warn: 'to improve', unknown: 'unknown', pass: 'passed', exempt: 'exempt', 'not-applicable': 'not applicable' };
/** Evidence shown inline in a cell; longer lists fold into a `<details>`. */
const INLINE_EVIDENCE = 3;
/**
 * Cell text where `backticked` spans become inline code. Every part is escaped on its own, so text
 * from the repository cannot open HTML or Markdown whatever backticks it holds.
 */
function cellText(text) {
    const parts = text.split('`');
    if (parts.length % 2 === 0)
        return markdownText(text);
    return parts.map((part, index) => (index % 2 === 1 ? code(part) : markdownText(part))).join('');
}
function evidenceItem(context, item) {
    const where = item.path === undefined ? '' : `${renderLocation(context, item.path, item.line)} `;
    return `${where}${cellText(item.message)}`;
}
function evidenceCell(check, context) {
    const summary = cellText(check.summary);
    // A pass needs no proof in the summary beyond a few items; the report keeps them all.
    const limit = check.status === 'pass' ? Math.min(INLINE_EVIDENCE, context.maxListItems) : Math.max(1, context.maxListItems);
    const shown = check.evidence.slice(0, limit).map((item) => evidenceItem(context, item));
    const hidden = check.evidence.length - shown.length + check.evidenceOmitted;
    const more = hidden > 0 ? `<br>${formatCount(hidden)} more in report.json` : '';
    if (shown.length === 0)
        return summary;
    if (shown.length <= INLINE_EVIDENCE && hidden === 0)
        return `${summary}<br>${shown.join('<br>')}`;
    if (check.status === 'pass')
        return `${summary}<br>${shown.join('<br>')}${more}`;
    const total = check.evidence.length + check.evidenceOmitted;
    return `${summary}<details><summary>${plural(total, 'item')}</summary>${shown.join('<br>')}${more}</details>`;
}
function checkCell(check) {
    return `**${markdownText(check.title)}**<br>${code(check.id)} · ${markdownText(check.pack)}`;
}
function scoreLine(result, minScore) {
    const counts = ['fail', 'warn', 'unknown', 'pass', 'exempt', 'not-applicable']
        .map((status) => [status, result.checks.filter((check) => check.status === status).length])
        .filter(([, count]) => count > 0)
        .map(([status, count]) => `${ICON[status]} ${formatCount(count)} ${STATUS_WORDS[status]}`);
    const gate = minScore > 0
        ? result.score >= minScore ? ` (minimum ${minScore}: ✅ met)` : ` (minimum ${minScore}: ❌ below)`
        : ' (no minimum set)';
    return `**Score ${result.score}/100**${gate} · ${counts.join(' · ')}`;
}
function notApplicableBlock(checks) {
    if (checks.length === 0)
        return [];
    return [
        '',
        `<details><summary>${plural(checks.length, 'check')} not applicable</summary>`,
        '',
        ...checks.map((check) => `- ${code(check.id)}: ${markdownText(check.summary)}`),
        '',
        '</details>',
    ];
}
function mlSection(section) {
    const lines = ['', `**${markdownText(section.title)}**`, ''];
    const withEvidence = section.tests.filter((test) => test.checks.length > 0);
    for (const test of withEvidence) {
        lines.push(`- **${markdownText(test.id)}** ${markdownText(test.title)}`);
        for (const entry of test.checks)
            lines.push(`  - ${ICON[entry.status]} ${code(entry.check)}: ${cellText(entry.summary)}`);
    }
    const without = section.tests.filter((test) => test.checks.length === 0).map((test) => markdownText(test.id));
    if (without.length > 0)
        lines.push(`${withEvidence.length > 0 ? '\n' : ''}_No static evidence possible:_ ${without.join(', ')}.`);
    return lines;
}
function mlTestScoreBlock(result) {
    const tests = result.mlTestScore.sections.flatMap((section) => section.tests);
    const covered = tests.filter((test) => test.checks.length > 0).length;
    if (covered === 0)
        return [];
    return [
        '',
        `<details><summary><strong>ML Test Score view</strong>: static evidence for ${covered} of ${tests.length} tests</summary>`,
        '',
        `_${markdownText(result.mlTestScore.note)}_`,
        ...result.mlTestScore.sections.flatMap(mlSection),
        '',
        '</details>',
    ];
}
/**
 * The checklist: score against the gate, one row per applicable check (failures first) with its
 * evidence and fix, then the checks that do not apply and the ML Test Score view, folded.
 */
function renderChecklistSection(result, context, minScore) {
    const applicable = result.checks.filter((check) => check.status !== 'not-applicable');
    const sorted = applicable.map((check, index) => ({ check, index })).sort((a, b) => ORDER[a.check.status] - ORDER[b.check.status] || a.index - b.index);
    const lines = ['### Checklist', '', scoreLine(result, minScore), '', `Judged as: ${cellText(result.kind.description)}.`];
    const off = result.packs.filter((pack) => !pack.enabled).map((pack) => code(pack.id));
    if (off.length > 0)
        lines.push('', `Packs turned off: ${off.join(', ')}.`);
    if (sorted.length > 0) {
        lines.push('', '| | Check | Evidence | Fix |', '|---|---|---|---|');
        for (const { check } of sorted) {
            const fix = check.status === 'pass' || check.status === 'exempt' ? '' : cellText(check.remediation);
            lines.push(`| ${ICON[check.status]} | ${checkCell(check)} | ${evidenceCell(check, context)} | ${fix} |`);
        }
    }
    lines.push(...notApplicableBlock(result.checks.filter((check) => check.status === 'not-applicable')), ...mlTestScoreBlock(result), '');
    return lines.join('\n');
}

;// CONCATENATED MODULE: ./src/render/summary/errors-section.ts

function renderErrorsSection(errors) {
    if (errors.length === 0)
        return '';
    const lines = ['### Scanner errors', '', 'These scanners failed; their results are missing from this report. The other scanners ran.', ''];
    for (const error of errors) {
        lines.push(`- **${markdownText(error.scanner)}**${error.path ? ` while reading ${code(error.path)}` : ''}: ${markdownText(error.message)}`);
    }
    lines.push('', 'Details are in `errors.ndjson` in the report directory.', '');
    return lines.join('\n');
}

;// CONCATENATED MODULE: ./src/scanners/links/link-groups.ts

function folderOf(path) {
    const slash = path.lastIndexOf('/');
    return slash === -1 ? '' : path.slice(0, slash);
}
function settingFor(finding) {
    if (finding.reason === 'missing-translation')
        return 'links.translation-fallback';
    if (finding.reason === 'not-on-site' || finding.site !== undefined)
        return 'links.sites';
    return undefined;
}
/** Broken links grouped by reason × folder, largest first; `github-view-only` notes are not broken and stay out. */
function brokenLinkGroups(findings) {
    const groups = new Map();
    for (const finding of findings) {
        if (finding.reason === link_result/* GITHUB_VIEW_ONLY */.J)
            continue;
        const folder = folderOf(finding.path);
        const setting = settingFor(finding);
        const key = `${finding.reason}\u0000${folder}\u0000${setting ?? ''}`;
        const group = groups.get(key);
        if (group)
            group.count++;
        else
            groups.set(key, { reason: finding.reason, folder, count: 1, ...(setting === undefined ? {} : { setting }) });
    }
    return [...groups.values()].sort((a, b) => b.count - a.count || (a.folder < b.folder ? -1 : a.folder > b.folder ? 1 : a.reason < b.reason ? -1 : 1));
}

;// CONCATENATED MODULE: ./src/scanners/links/link-rules.ts
/** Short names of the reasons, for summaries and groups. */
const REASON_LABELS = {
    'cited-file-missing': 'cited file missing',
    'cited-line-missing': 'cited line past the end',
    'stale-citation': 'cited line changed',
    'stale-status-document': 'status document mostly stale',
    'missing-file': 'missing file',
    'missing-anchor': 'missing anchor',
    'case-mismatch': 'wrong letter case',
    'outside-repo': 'outside the repository',
    'bad-line-anchor': 'line out of range',
    'empty-target': 'empty target',
    'missing-translation': 'missing translation',
    'not-on-site': 'not published by the site',
    'github-view-only': 'works on the site only',
    'bad-scheme': 'misspelled scheme',
};
/** The links scanner's rules, for SARIF and annotations. */
const LINK_RULES = [
    {
        id: 'links/missing-file', name: 'BrokenLinkMissingFile', level: 'error',
        short: 'Link to a file that does not exist', full: 'A local link or image points at a path that is not in the repository.',
        help: 'Fix the path (the report suggests the closest existing one) or remove the link.',
    },
    {
        id: 'links/missing-anchor', name: 'BrokenLinkMissingAnchor', level: 'error',
        short: 'Link to a heading that does not exist', full: 'The fragment does not match any heading slug, id or name in the target document, as GitHub renders it.',
        help: 'Use the heading\'s GitHub slug (lowercase, punctuation removed, spaces as -) or add an explicit anchor.',
    },
    {
        id: 'links/case-mismatch', name: 'BrokenLinkCaseMismatch', level: 'error',
        short: 'Link whose case differs from the file name', full: 'The file exists with different letter case. It works on case-insensitive file systems but not on GitHub or Linux runners.',
        help: 'Write the path with the exact case of the file name.',
    },
    {
        id: 'links/outside-repo', name: 'LinkOutsideRepository', level: 'error',
        short: 'Link that leaves the repository', full: 'A relative link climbs above the repository root; GitHub cannot render its target.',
        help: 'Link inside the repository, or use an absolute URL.',
    },
    {
        id: 'links/bad-line-anchor', name: 'BrokenLineAnchor', level: 'error',
        short: 'Line anchor past the end of the file', full: 'A #L10 or #L10-L20 anchor names lines the target file does not have.',
        help: 'Point the anchor at existing lines, or link a permalink to a specific commit.',
    },
    {
        id: 'links/empty-target', name: 'EmptyLinkTarget', level: 'warning',
        short: 'Link with an empty target', full: 'A link or image whose target is empty renders as a link to the page itself.',
        help: 'Fill in the target or remove the link syntax.',
    },
    {
        id: 'links/missing-translation', name: 'BrokenLinkMissingTranslation', level: 'error',
        short: 'Link to a page that is not translated', full: 'A translated page links to a page that exists only in the default language, on a site that does not serve the default language in its place.',
        help: 'Link the default-language page (the report suggests it), translate the page, or set links.translation-fallback: true when the site falls back.',
    },
    {
        id: 'links/not-on-site', name: 'LinkNotOnSite', level: 'error',
        short: 'Link to a file the documentation site does not publish', full: 'The target exists in the repository and works in GitHub\'s file view, but the site that publishes the page does not publish the target, so the link is dead on the site.',
        help: 'Move the target into the site\'s pages, or link its GitHub URL.',
    },
    {
        id: 'links/bad-scheme', name: 'LinkMisspelledScheme', level: 'error',
        short: 'Link with a misspelled http(s) scheme', full: 'The target starts with a scheme one letter away from http or https (ttps://, htps://). GitHub does not link unknown schemes, so readers see plain text.',
        help: 'Write the scheme as https:// (the report suggests the corrected target).',
    },
    {
        id: 'links/github-view-only', name: 'LinkGithubViewOnly', level: 'note',
        short: 'Link that works on the documentation site only', full: 'The link works on the site that publishes the page (an extensionless page link, a root-absolute path from the site root), but not when the file is viewed on GitHub.',
        help: 'Nothing to fix for the site. Write the file link (`page.md`) if GitHub readers matter; links.github-view-only: count counts these as broken, hide leaves them out.',
    },
    {
        id: 'links/cited-file-missing', name: 'StaleCitationMissingFile', level: 'warning',
        short: 'Status document cites a file that does not exist', full: 'A status document, gap report or audit cites a code location (`path:line`, `path#L10`, 【F:path†L1-L9】) in a file that is no longer in the repository.',
        help: 'Update the citation to where the code lives now, or remove the claim if the code is gone.',
    },
    {
        id: 'links/cited-line-missing', name: 'StaleCitationMissingLine', level: 'warning',
        short: 'Status document cites lines past the end of the file', full: 'A status document cites lines that the cited file does not have: the file has shrunk since the document was written.',
        help: 'Point the citation at the lines that hold the code now.',
    },
    {
        id: 'links/stale-citation', name: 'StaleCitation', level: 'warning',
        short: 'Status document quotes a line that now says something else', full: 'A citation of the form `path:17: text` quotes what stood at the line; the line no longer holds that text. When the text stands once elsewhere in the file, the report gives the new line.',
        help: 'Update the line number (the report suggests it when the text moved) or the claim, or remove the entry if it was resolved.',
    },
    {
        id: 'links/stale-status-document', name: 'StaleStatusDocument', level: 'warning',
        short: 'Status document whose citations are mostly stale', full: 'More than half of a status document\'s citations (at least five) point at missing files or lines, or quote text that is no longer there: the document no longer describes the code.',
        help: 'Regenerate or rewrite the document from the current code, or archive it.',
    },
];

// EXTERNAL MODULE: ./src/scanners/links/sites/doc-site.ts
var doc_site = __nccwpck_require__(8350);
;// CONCATENATED MODULE: ./src/render/summary/links-section.ts







/** Reasons where the resolved path tells more than the target as written. */
const SHOW_RESOLVED = new Set(['missing-file', 'case-mismatch', 'outside-repo', 'not-on-site']);
const TOP_HOSTS = 3;
/** Groups shown before the list; the rest are summed in one line. */
const MAX_GROUPS = 8;
function counted(entries) {
    return entries.map(([name, count]) => `${markdownText(name)} ${formatCount(count)}`).join(', ');
}
function totalsLine(result) {
    const { totals } = result;
    const skipped = Object.entries(totals.skipped).filter((entry) => (entry[1] ?? 0) > 0).sort((a, b) => b[1] - a[1]);
    const skippedCount = skipped.reduce((sum, [, count]) => sum + count, 0);
    const hosts = Object.entries(totals.external.byHost);
    const parts = [`${formatCount(totals.checked)} checked`];
    if (totals.external.count > 0) {
        const more = hosts.length > TOP_HOSTS ? ', …' : '';
        parts.push(`${formatCount(totals.external.count)} external (${counted(hosts.slice(0, TOP_HOSTS))}${more}), not checked yet`);
    }
    if (skippedCount > 0)
        parts.push(`${formatCount(skippedCount)} skipped (${counted(skipped)})`);
    const verdict = result.brokenCount === 0 ? '✅ No broken links' : `❌ **${plural(result.brokenCount, 'broken link')}**`;
    return `${verdict} · ${plural(totals.seen, 'link')} in ${plural(result.filesScanned, 'Markdown file')}: ${parts.join(', ')}.`;
}
function folderText(folder) {
    return folder === '' ? 'the root' : code(`${folder}/`);
}
/** Sites found, links only their site serves, unreadable configurations and left-out test data: one line each. */
function siteLines(result) {
    const lines = [];
    if (result.sites.length > 0) {
        const named = result.sites.filter((site) => site.language === undefined).map((site) => `${doc_site/* SITE_NAMES */.V[site.kind]} ${code(site.config)}`);
        const translations = result.sites.length - named.length;
        lines.push(`- Judged by their site's rules: ${named.join(', ')}${translations > 0 ? ` and ${plural(translations, 'translation')}` : ''}.`);
    }
    for (const site of result.sites) {
        if (site.githubViewOnly === 0)
            continue;
        lines.push(`- ${plural(site.githubViewOnly, 'link')} in ${folderText(site.pages)} ${site.githubViewOnly === 1 ? 'works' : 'work'} on the ${doc_site/* SITE_NAMES */.V[site.kind]} site but not in GitHub's file view (not broken; \`links.github-view-only\` counts or hides them).`);
    }
    for (const site of result.unreadableSites) {
        lines.push(`- ${code(site.config)} (${doc_site/* SITE_NAMES */.V[site.kind]}) could not be read: ${markdownText(site.reason)}; its pages are judged as GitHub renders them.`);
    }
    const { citations } = result;
    if (citations.documents.length > 0) {
        const stale = citations.documents.filter((document) => document.stale > 0).map((document) => `${code(document.path)} ${formatCount(document.stale)} of ${formatCount(document.citations)}`);
        lines.push(`- ${plural(citations.documents.length, 'status document')} ${citations.documents.length === 1 ? 'cites' : 'cite'} ${plural(citations.citations, 'code location')}: ${stale.length === 0 ? 'every one checked holds' : `stale: ${stale.slice(0, 3).join(', ')}${stale.length > 3 ? ', …' : ''}`} (not counted as broken links).`);
    }
    if (result.testDataFiles > 0)
        lines.push(`- ${plural(result.testDataFiles, 'Markdown file')} of test data left out (\`links.test-data: true\` checks them).`);
    return lines;
}
function groupTable(findings) {
    const groups = brokenLinkGroups(findings);
    if (groups.length < 2)
        return [];
    const lines = ['| Cause | Folder | Links | Setting |', '|---|---|---:|---|'];
    for (const group of groups.slice(0, MAX_GROUPS)) {
        lines.push(`| ${REASON_LABELS[group.reason]} | ${folderText(group.folder)} | ${formatCount(group.count)} | ${group.setting === undefined ? '' : code(group.setting)} |`);
    }
    const rest = groups.slice(MAX_GROUPS);
    if (rest.length > 0)
        lines.push(`| ${plural(rest.length, 'more group')} | | ${formatCount(rest.reduce((sum, group) => sum + group.count, 0))} | |`);
    return [...lines, ''];
}
function renderItem(finding, context) {
    const target = finding.target === '' ? '(empty)' : finding.target;
    const resolved = SHOW_RESOLVED.has(finding.reason) && finding.resolved !== '' && finding.resolved !== finding.target ? ` → ${code(finding.resolved)}` : '';
    const suggestion = finding.suggestion === undefined ? '' : `; did you mean ${code(finding.suggestion)}?`;
    return `- ${renderLocation(context, finding.path, finding.line)} ${code(target)}${resolved}: ${REASON_LABELS[finding.reason]}${suggestion}`;
}
/** Totals, sites, causes, then broken links by file in report order, cut at `maxListItems`. */
function renderLinksSection(result, context) {
    const lines = ['### Links', '', totalsLine(result), ''];
    const notes = siteLines(result);
    if (notes.length > 0)
        lines.push(...notes, '');
    const broken = result.findings.filter((finding) => finding.reason !== link_result/* GITHUB_VIEW_ONLY */.J);
    lines.push(...groupTable(broken));
    const shown = broken.slice(0, context.maxListItems);
    const perFile = new Map();
    for (const finding of broken)
        perFile.set(finding.path, (perFile.get(finding.path) ?? 0) + 1);
    let currentPath;
    for (const finding of shown) {
        if (finding.path !== currentPath) {
            if (currentPath !== undefined)
                lines.push('');
            lines.push(`**${renderLocation(context, finding.path)}** (${formatCount(perFile.get(finding.path) ?? 0)})`, '');
            currentPath = finding.path;
        }
        lines.push(renderItem(finding, context));
    }
    const rest = broken.length - shown.length;
    if (rest > 0)
        lines.push('', `${formatCount(rest)} more in the report (\`report.json\`).`);
    if (shown.length > 0)
        lines.push('');
    return lines.join('\n');
}

;// CONCATENATED MODULE: ./src/render/summary/overview.ts



const TITLES = { placeholders: 'Placeholders', links: 'Links', checklist: 'Checklist', 'repo-map': 'Repo map' };
const GATE_OF = {
    placeholders: GATE_NAMES.placeholders,
    links: GATE_NAMES.brokenLinks,
    checklist: GATE_NAMES.checklistScore,
};
function findingsCell(report, id) {
    switch (id) {
        case 'placeholders': {
            const result = report.placeholders;
            return result ? `${plural(result.count, 'placeholder')}${result.byKind.stub > 0 ? ` (${plural(result.byKind.stub, 'stub')})` : ''}` : '—';
        }
        case 'links':
            return report.links ? plural(report.links.brokenCount, 'broken link') : '—';
        case 'checklist': {
            const result = report.checklist;
            if (!result)
                return '—';
            const failed = result.checks.filter((check) => check.status === 'fail').length;
            return `score ${result.score}/100, ${formatCount(failed)} failed`;
        }
        case 'repo-map':
            return report.repoMap ? `${plural(report.repoMap.totals.files, 'file')}, ${plural(report.repoMap.languages.length, 'language')}` : '—';
    }
}
function thresholdCell(gate) {
    if (!gate)
        return 'none';
    return `${gate.comparison === 'at-most' ? '≤' : '≥'} ${formatCount(gate.limit)}${gate.scope === 'new' ? ' new' : ''}`;
}
/** What the scanner found that a reader should look at, when nothing gates it: 0 is clean, more is not. */
function ungatedFindings(report, id) {
    if (id === 'placeholders')
        return report.placeholders?.count;
    if (id === 'links')
        return report.links?.brokenCount;
    if (id === 'checklist')
        return report.checklist?.checks.filter((check) => check.status === 'fail').length;
    return undefined;
}
/**
 * ✅ and ❌ only for a gate that held or failed, or for a scanner that found nothing; findings
 * that no threshold judges get a neutral mark, so "53 broken links" never reads as a pass.
 */
function statusCell(report, id, gate) {
    const run = report.scanners.find((scanner) => scanner.id === id);
    if (run?.status === 'error')
        return '⚠️ error';
    if (gate)
        return gate.passed ? '✅ pass' : '❌ fail';
    const found = ungatedFindings(report, id);
    if (found === undefined)
        return '—';
    return found === 0 ? '✅ none' : '➖ not gated';
}
/**
 * The verdict line and the scanner table: what a maintainer reads first every morning.
 * `stepFailure` is what else fails the step (a report that could not be written or uploaded, a
 * setting only the audit showed to be wrong), so the verdict agrees with the step's outcome.
 */
function renderOverview(report, stepFailure) {
    const failed = report.gates.filter((gate) => !gate.passed);
    const where = `${report.repository ? markdownText(report.repository) : 'this repository'}${report.root === '.' ? '' : ` (${markdownText(report.root)})`}`;
    const commit = report.commit ? ` at ${code(report.commit.slice(0, 7))}` : '';
    const gateReasons = failed.map((gate) => `${markdownText(gate.name)} is ${formatCount(gate.value)}${gate.scope === 'new' ? ' new' : ''} (limit ${gate.comparison === 'at-most' ? '≤' : '≥'} ${formatCount(gate.limit)})`);
    const reasons = [...gateReasons, ...(stepFailure === undefined ? [] : [markdownText(stepFailure)])];
    const gated = report.gates.some((gate) => gate.name !== GATE_NAMES.scannerErrors);
    const verdict = reasons.length > 0
        ? `❌ **Fail**: ${reasons.join('; ')}.`
        : gated ? '✅ **Pass**: every threshold holds.' : '✅ **Pass**: no threshold is set, so nothing can fail the step but a scanner error.';
    const lines = [
        '## Repo Audit',
        '',
        verdict,
        '',
        `Audited ${plural(report.inventory.files, 'file')} (${plural(report.inventory.lines, 'line')}) of ${where}${commit} in ${formatDuration(report.durationMs)}.`,
        '',
        ...(report.inventory.walkReason === undefined ? [] : [`> [!WARNING]\n> ${markdownText(report.inventory.walkReason)}`, '']),
        '| Scanner | Findings | Threshold | Status |',
        '|---|---|---|---|',
    ];
    for (const run of report.scanners) {
        const gateName = GATE_OF[run.id];
        const gate = gateName === undefined ? undefined : report.gates.find((candidate) => candidate.name === gateName);
        lines.push(`| ${TITLES[run.id]} | ${findingsCell(report, run.id)} | ${thresholdCell(gate)} | ${statusCell(report, run.id, gate)} |`);
    }
    lines.push('');
    return lines.join('\n');
}

;// CONCATENATED MODULE: ./src/render/summary/placeholders-section.ts



/** Stubs first (code that will fail at run time), then comments, then prose; interface hooks, never counted, last. */
const KIND_ORDER = { stub: 0, comment: 1, prose: 2, interface: 3 };
function placeholders_section_folderOf(path) {
    const slash = path.lastIndexOf('/');
    return slash === -1 ? '' : path.slice(0, slash);
}
/**
 * The findings to show first: by kind, and within a kind one folder at a time in turn, so that
 * one folder's many findings of one kind never fill the top of the list; file order within a folder.
 */
function topPlaceholders(findings, limit) {
    const byKind = new Map();
    for (const finding of findings) {
        const order = KIND_ORDER[finding.kind];
        let folders = byKind.get(order);
        if (folders === undefined)
            byKind.set(order, (folders = new Map()));
        const folder = placeholders_section_folderOf(finding.path);
        const list = folders.get(folder);
        if (list)
            list.push(finding);
        else
            folders.set(folder, [finding]);
    }
    const top = [];
    for (const order of [...byKind.keys()].sort((a, b) => a - b)) {
        const queues = [...byKind.get(order).values()];
        for (let round = 0; top.length < limit && queues.some((queue) => queue.length > round); round++) {
            for (const queue of queues) {
                const finding = queue[round];
                if (finding !== undefined && top.length < limit)
                    top.push(finding);
            }
        }
        if (top.length >= limit)
            break;
    }
    return top;
}
/** A text repeated this often is one systemic gap (a generator's "TODO: Add description."): one row. */
const REPEATED = 5;
const FOLDERS_SHOWN = 3;
/** Findings with the same kind, tag and message, repeated at least `REPEATED` times, become one row; the rest stay one row each. */
function rowsOf(findings) {
    const groups = new Map();
    for (const finding of findings) {
        const key = `${finding.kind}\u0000${finding.tag}\u0000${finding.message}`;
        const group = groups.get(key);
        if (group)
            group.push(finding);
        else
            groups.set(key, [finding]);
    }
    const rows = new Map();
    for (const group of groups.values()) {
        if (group.length < REPEATED)
            continue;
        const row = { first: group[0], members: group };
        for (const finding of group)
            rows.set(finding, row);
    }
    return rows;
}
function groupLocation(row) {
    const folders = [...new Set(row.members.map((finding) => placeholders_section_folderOf(finding.path) || '.'))];
    const shown = folders.slice(0, FOLDERS_SHOWN).map((folder) => code(`${folder}/`)).join(', ');
    const more = folders.length > FOLDERS_SHOWN ? ` and ${plural(folders.length - FOLDERS_SHOWN, 'more folder')}` : '';
    return `${formatCount(row.members.length)} places in ${shown}${more}`;
}
function renderPlaceholdersSection(result, context) {
    const lines = ['### Placeholders', ''];
    if (result.count === 0) {
        lines.push(`No placeholders in ${plural(result.filesScanned, 'scanned file')}.`, '');
        return lines.join('\n');
    }
    const tags = Object.entries(result.byTag)
        .sort((a, b) => b[1] - a[1])
        .map(([tag, count]) => `${markdownText(tag)} ${formatCount(count)}`)
        .join(' · ');
    lines.push(`${plural(result.count, 'placeholder')} in ${plural(result.filesScanned, 'scanned file')}: ${tags}.`, '');
    lines.push('| Location | Kind | Tag | Text |', '|---|---|---|---|');
    // A text repeated many times is shown once, so one systemic gap does not bury the rest.
    const grouped = rowsOf(result.findings);
    const singles = result.findings.filter((finding) => !grouped.has(finding) || grouped.get(finding)?.first === finding);
    let shownFindings = 0;
    for (const finding of topPlaceholders(singles, context.maxListItems)) {
        const row = grouped.get(finding);
        const location = row === undefined ? renderLocation(context, finding.path, finding.line) : groupLocation(row);
        shownFindings += row === undefined ? 1 : row.members.length;
        lines.push(`| ${location} | ${finding.kind} | ${markdownText(finding.tag)} | ${markdownText(finding.text)} |`);
    }
    const rest = result.findings.length - shownFindings;
    if (rest > 0)
        lines.push('', `${formatCount(rest)} more in the report (\`gaps-report.md\`).`);
    lines.push('');
    return lines.join('\n');
}

;// CONCATENATED MODULE: ./src/render/summary/publish-section.ts


/** Where the findings went besides this summary, and what limits left out. */
function renderPublishSection(facts) {
    const lines = [];
    const artifact = facts.artifact;
    if (artifact?.status === 'uploaded') {
        const label = code(artifact.name);
        lines.push(`- 📦 Reports artifact: ${artifact.url ? `<a href="${escapeHtml(artifact.url)}">${label}</a>` : label}`);
    }
    else if (artifact?.status === 'failed') {
        lines.push(`- ⚠️ The reports artifact was not uploaded: ${markdownText(artifact.message)}`);
    }
    else if (artifact?.status === 'skipped') {
        lines.push(`- Reports artifact skipped: ${markdownText(artifact.reason)}.`);
    }
    if (facts.annotations) {
        const { shown, notAnnotated } = facts.annotations;
        lines.push(`- 📝 ${plural(shown, 'finding')} annotated on ${shown === 1 ? 'its line' : 'their lines'}` +
            (notAnnotated > 0 ? `; ${formatCount(notAnnotated)} more not annotated (GitHub shows at most 10 errors and 10 warnings per step): see the report.` : '.'));
    }
    if (facts.sarif) {
        const { total, dropped } = facts.sarif;
        lines.push(dropped > 0
            ? `- 🛡️ results.sarif holds ${formatCount(total - dropped)} of ${formatCount(total)} results: the ${formatCount(dropped)} least severe were cut to stay within code scanning's limits (25,000 results, 10 MB gzipped).`
            : `- 🛡️ results.sarif holds all ${plural(total, 'result')} for code scanning.`);
    }
    return lines.length === 0 ? '' : ['### Published', '', ...lines, ''].join('\n');
}

;// CONCATENATED MODULE: ./src/render/summary/repo-map-section.ts



function treeRows(node, depth, rows, limit) {
    if (rows.length >= limit)
        return;
    const indent = '&nbsp;&nbsp;'.repeat(depth * 2);
    const name = node.path === '.' ? '.' : node.path.slice(node.path.lastIndexOf('/') + 1) + '/';
    rows.push(`| ${indent}${code(name)} | ${formatCount(node.files)} | ${formatCount(node.lines)} | ${formatBytes(node.bytes)} | ${markdownText(node.languages.join(', '))} | ${node.placeholders > 0 ? formatCount(node.placeholders) : ''} |`);
    for (const child of node.children)
        treeRows(child, depth + 1, rows, limit);
}
/** The repo map, collapsed: it is reference material, not the morning's news. */
function renderRepoMapSection(map, context) {
    const out = ['<details><summary><strong>Repo map</strong>: ' +
            `${formatCount(map.totals.files)} files, ${formatCount(map.totals.lines)} lines, ${map.languages.length} languages</summary>`, ''];
    out.push('| Language | Files | Lines | Size |', '|---|---:|---:|---:|');
    const topLanguages = map.languages.slice(0, 12);
    for (const language of topLanguages) {
        out.push(`| ${markdownText(language.name)} | ${formatCount(language.files)} | ${formatCount(language.lines)} | ${formatBytes(language.bytes)} |`);
    }
    if (map.languages.length > topLanguages.length)
        out.push(`| ${map.languages.length - topLanguages.length} more | | | |`);
    const rows = [];
    treeRows(map.tree, 0, rows, context.maxListItems);
    out.push('', `**Layout** (depth ${map.depth})`, '', '| Directory | Files | Lines | Size | Languages | Placeholders |', '|---|---:|---:|---:|---|---:|', ...rows);
    if (map.keyFiles.length > 0) {
        const shown = map.keyFiles.slice(0, context.maxListItems);
        out.push('', '**Key files**: ' + shown.map((file) => `${renderLocation(context, file.path)} (${markdownText(file.category)})`).join(', '));
        const more = map.keyFiles.length - shown.length + (map.keyFilesOmitted ?? 0);
        if (more > 0)
            out.push(`and ${formatCount(more)} more in the report.`);
    }
    if (map.entryPoints.length > 0) {
        out.push('', '**Entry points**', '', '| Kind | Name | Runs | Declared in |', '|---|---|---|---|');
        for (const entry of map.entryPoints.slice(0, context.maxListItems)) {
            out.push(`| ${markdownText(entry.kind)} | ${code(entry.name)} | ${code(entry.target)} | ${renderLocation(context, entry.path, entry.line)} |`);
        }
    }
    const moreEntryPoints = Math.max(0, map.entryPoints.length - context.maxListItems) + (map.entryPointsOmitted ?? 0);
    if (moreEntryPoints > 0)
        out.push('', `${formatCount(moreEntryPoints)} more entry points in the report.`);
    if (map.unparsedFiles && map.unparsedFiles.length > 0) {
        out.push('', '**Could not parse** (their entry points are missing): ' +
            map.unparsedFiles.map((file) => `${renderLocation(context, file.path, file.line)} ${markdownText(file.message)}`).join('; '));
    }
    if (map.hotspots.length > 0) {
        out.push('', '**Placeholder hotspots**: ' + map.hotspots.map((spot) => `${code(spot.path)} ${formatCount(spot.placeholders)}`).join(' · '));
    }
    out.push('', '**Recent commits**');
    if (map.recentCommits.note)
        out.push('', `_${markdownText(map.recentCommits.note)}_`);
    if (map.recentCommits.commits.length > 0) {
        out.push('');
        for (const commit of map.recentCommits.commits) {
            out.push(`- ${code(commit.sha.slice(0, 7))} ${markdownText(commit.date.slice(0, 10))} ${markdownText(commit.subject)} (${markdownText(commit.author)})`);
        }
    }
    out.push('', '</details>', '');
    return out.join('\n');
}

;// CONCATENATED MODULE: ./src/render/status-audit/capability-section.ts



const MARK = { implemented: '✅ implemented', partial: '⚠️ partial', missing: '❌ missing', 'not-applicable': '➖ not applicable' };
const ARTIFACTS_IN_CELL = 3;
const RISK_ORDER = { high: 0, medium: 1, low: 2 };
function artifactCell(row, context) {
    const shown = row.artifacts.slice(0, ARTIFACTS_IN_CELL).map((item) => (item.path === undefined ? cellText(item.message) : `${renderLocation(context, item.path, item.line)} ${cellText(item.message)}`));
    const more = row.artifacts.length - shown.length;
    return [...shown, ...(more > 0 ? [`${formatCount(more)} more in report.json`] : [])].join('<br>');
}
function gapCell(row) {
    if (row.status === 'not-applicable')
        return cellText(row.reason);
    return row.gaps.map((gap) => `**${gap.risk}**: ${cellText(gap.gap)}`).join('<br>');
}
/** The capability table: a row per capability, its status and artifacts, and each gap with its risk. */
function capabilityTable(report, context, options) {
    const audit = report.checklist?.capabilities;
    if (audit === undefined)
        return ['', '_The checklist scanner did not run in this audit, so the capabilities were not audited._'];
    const lines = ['', `Capabilities of ${audit.scope === 'ml' ? 'an ML code base' : 'a software project'}, each from evidence in the code; a capability whose code is mostly stubs is partial.`, ''];
    lines.push('| Capability | Status | Artifacts | Gaps |', '|---|---|---|---|');
    for (const row of audit.rows)
        lines.push(`| ${cellText(row.title)} | ${MARK[row.status]} | ${artifactCell(row, context)} | ${gapCell(row)} |`);
    if (!options.plans)
        return lines;
    const planned = audit.rows.filter((row) => row.gaps.length > 0);
    if (planned.length === 0)
        return lines;
    lines.push('', '**Patch plans**, highest risk first, each with how to take it back:', '');
    const plans = planned.flatMap((row) => row.gaps.map((gap) => ({ row, gap })));
    for (const { row, gap } of plans.sort((a, b) => RISK_ORDER[a.gap.risk] - RISK_ORDER[b.gap.risk])) {
        lines.push(`- ${cellText(row.title)} (${gap.risk}): ${cellText(gap.plan)} Rollback: ${cellText(gap.rollback)}`);
    }
    return lines;
}
function capabilitySection(report, context) {
    return ['## 2. Capability audit', ...capabilityTable(report, context, { plans: true })];
}

;// CONCATENATED MODULE: ./src/render/status-audit/side-paths.ts
/**
 * Tests, examples, fixtures and tooling: code that does not ship to users, whose stubs, notes and
 * links are worth a maintainer's time later rather than first.
 */
const SIDE_SEGMENTS = new Set([
    'test', 'tests', '__tests__', 't', 'spec', 'specs', 'testing', 'e2e', 'testdata', 'fixtures', '__fixtures__',
    'examples', 'example', 'samples', 'benchmarks', 'benchmark', 'scripts', 'tools', 'contrib', 'third_party', 'vendor',
]);
/** Documentation ships to readers, but not as code. */
const DOC_SEGMENTS = new Set(['docs', 'doc', 'documentation']);
const TEST_FILE = /^(?:test_.+|.+_test|.+\.(?:test|spec)|conftest)\.[\w]+$/;
function inSegments(path, segments) {
    // `.github/`, `.circleci/`: CI configuration, which never ships.
    return path.split('/').slice(0, -1).some((segment) => segment.startsWith('.') || segments.has(segment.toLowerCase()));
}
/** A document readers do not come to: a test's fixture page, an example's README, a CI template. */
function isSideDocument(path) {
    return inSegments(path, SIDE_SEGMENTS);
}
/** Code outside what ships: tests, examples, tooling, CI, and the code samples of the docs. */
function isSideCode(path) {
    const name = path.slice(path.lastIndexOf('/') + 1);
    return TEST_FILE.test(name) || inSegments(path, SIDE_SEGMENTS) || inSegments(path, DOC_SEGMENTS);
}

;// CONCATENATED MODULE: ./src/render/status-audit/high-signal.ts

/** At most this many findings lead the document; the rest are deferred, never dropped. */
const TOP_FINDINGS = 15;
/** Below this score a finding is deferred however few there are: one more TODO is not high signal. */
const HIGH_SIGNAL_SCORE = 20;
/** Tags that say something is wrong now, not later. */
const DEFECT_TAGS = new Set(['FIXME', 'BUG', 'XXX', 'HACK', 'BROKEN']);
/** The README every visitor sees: the root's, or the one GitHub shows from .github/ or docs/. */
const FRONT_README = /^(?:\.github\/|docs\/)?readme(?:\.[\w]+)?$/i;
/** A folder's README, which GitHub shows on that folder's page (peft's `method_comparison/MetaMathQA/`). */
const FOLDER_README = /(?:^|\/)readme(?:\.[\w]+)?$/i;
/** "Not supported (yet)" is a documented limitation more often than unfinished work (peft's INC and TransformerEngine layers). */
const LIMITATION = /\bnot (?:yet )?supported\b|\bunsupported\b|\bdoes not support\b/i;
function checkSignals(checks) {
    const found = [];
    for (const check of checks) {
        if (check.status !== 'fail' && check.status !== 'warn')
            continue;
        const first = check.evidence.find((item) => item.path !== undefined);
        // A failed check weighs by its weight: a committed secret ranks above everything but a failed
        // scanner, missing tests above a broken README link. Weight-1 checks (CODEOWNERS, a contributing
        // guide) are conventions that small and frozen repositories rightly skip, and a warning is advice:
        // both are deferred.
        const score = check.status === 'warn' ? 5 + check.weight * 3 : check.weight <= 1 ? 15 : 10 + check.weight * 14;
        found.push({ score, scanner: 'checklist', text: `\`${check.id}\` ${check.status === 'fail' ? 'fails' : 'warns'}: ${check.summary}`, ...(first?.path ? { path: first.path } : {}), ...(first?.line ? { line: first.line } : {}) });
    }
    return found;
}
/** Broken links grouped by file: a README's readers are every visitor, a deep docs page's are fewer. */
function linkSignals(findings) {
    const byFile = new Map();
    for (const finding of findings)
        byFile.set(finding.path, [...(byFile.get(finding.path) ?? []), finding]);
    return [...byFile].map(([path, broken]) => {
        const first = broken[0];
        const reach = FRONT_README.test(path) ? 45 : isSideDocument(path) ? 8 : FOLDER_README.test(path) ? 22 : path.includes('/') ? 18 : 30;
        const more = broken.length > 1 ? ` (and ${broken.length - 1} more in the file)` : '';
        return { score: reach + Math.min(broken.length, 10), scanner: 'links', text: `${first.message}${more}`, path, line: first.line };
    });
}
/**
 * A status document that no longer describes the code misleads whoever plans from it: it ranks with
 * a README's broken links. Single stale citations are deferred, like one more TODO.
 */
function citationSignals(findings) {
    return findings.map((finding) => ({ score: finding.reason === 'stale-status-document' ? 40 : 12, scanner: 'links', text: finding.message, path: finding.path, line: finding.line }));
}
/**
 * Stubs in the code that ships rank high (a CLI that answers "not implemented" blocks its users);
 * defect tags in shipped code next; tests, examples and docs, and plain TODOs, are deferred.
 */
function placeholderSignals(findings, entryFiles, library) {
    const found = [];
    const defects = new Map();
    for (const finding of findings) {
        if (finding.kind === 'interface' || isSideCode(finding.path))
            continue;
        if (finding.kind === 'stub') {
            // A library's stubs outside its commands are mostly combinations it refuses on purpose (peft's
            // quantised layers, vite's partial esbuild shim): deferred, like documented limitations.
            const score = LIMITATION.test(finding.text) ? 15 : entryFiles.has(finding.path) ? 45 : library ? 18 : 30;
            found.push({ score, scanner: 'placeholders', text: `Stub (\`${finding.tag}\`) in shipped code: ${finding.text}`, path: finding.path, line: finding.line });
        }
        else if (finding.kind === 'comment' && DEFECT_TAGS.has(finding.tag.toUpperCase())) {
            defects.set(finding.path, [...(defects.get(finding.path) ?? []), finding]);
        }
    }
    for (const [path, notes] of defects) {
        const first = notes[0];
        found.push({ score: 15 + Math.min(notes.length, 10), scanner: 'placeholders', text: `${notes.length === 1 ? `A ${first.tag} note` : `${notes.length} FIXME/BUG/XXX notes`} in shipped code, first: ${first.text}`, path, line: first.line });
    }
    return found;
}
/**
 * The files the repository's commands start in: a `python -m`/`__main__` file itself, an npm `bin`
 * or `main`, and the module of a console script (`pkg.cli:main` is `pkg/cli.py` or `src/pkg/cli.py`).
 */
function entryFilesOf(entries) {
    const files = new Set();
    for (const entry of entries) {
        if (entry.kind === 'python-main')
            files.add(entry.path);
        else if (entry.kind === 'npm-bin' || entry.kind === 'npm-main')
            files.add(entry.target.replace(/^\.\//, ''));
        else if (entry.kind === 'console-script' || entry.kind === 'python-script') {
            const module = (entry.target.split(':')[0] ?? '').trim().replace(/\./g, '/');
            if (module !== '')
                for (const candidate of [`${module}.py`, `src/${module}.py`, `${module}/__main__.py`, `src/${module}/__main__.py`])
                    files.add(candidate);
        }
    }
    return files;
}
/** A library and nothing that runs as checked out, by the checklist's kind. */
function isLibrary(report) {
    const kinds = report.checklist?.kind.kinds ?? [];
    return kinds.includes('library') && !kinds.includes('application') && !kinds.includes('action') && !kinds.includes('ml');
}
/** Every finding of the report as a signal, highest first; ties keep the scanners' order and then the path. */
function rankSignals(report) {
    const entryFiles = entryFilesOf(report.repoMap?.entryPoints ?? []);
    const signals = [
        ...report.errors.map((error) => ({ score: 100, scanner: 'audit', text: `The ${error.scanner} scanner failed, so its part of this audit is missing: ${error.message}`, ...(error.path ? { path: error.path } : {}) })),
        ...checkSignals(report.checklist?.checks ?? []),
        ...linkSignals((report.links?.findings ?? []).filter((finding) => finding.reason !== 'github-view-only')),
        ...citationSignals(report.links?.citations.findings ?? []),
        ...placeholderSignals(report.placeholders?.findings ?? [], entryFiles, isLibrary(report)),
    ];
    return signals.sort((a, b) => b.score - a.score || (a.path ?? '').localeCompare(b.path ?? '') || (a.line ?? 0) - (b.line ?? 0));
}
/** Per kind of finding, at most this many lead, so that eleven stubs of one library do not hide its failed checks. */
const PER_KIND = 4;
function kindOf(signal) {
    return signal.scanner === 'placeholders' ? `${signal.scanner}:${signal.text.startsWith('Stub') ? 'stub' : 'note'}` : signal.scanner;
}
/** The findings to act on first: at most TOP_FINDINGS, none below HIGH_SIGNAL_SCORE, at most PER_KIND of a kind but for failures of the audit and its checks. */
function topSignals(signals) {
    const top = [];
    const rest = [];
    const taken = new Map();
    for (const signal of signals) {
        const kind = kindOf(signal);
        const capped = kind !== 'audit' && kind !== 'checklist' && (taken.get(kind) ?? 0) >= PER_KIND;
        if (top.length < TOP_FINDINGS && signal.score >= HIGH_SIGNAL_SCORE && !capped) {
            top.push(signal);
            taken.set(kind, (taken.get(kind) ?? 0) + 1);
        }
        else
            rest.push(signal);
    }
    return { top, rest };
}

;// CONCATENATED MODULE: ./src/render/status-audit/summary-section.ts




/** The job summary shows the first few; status-audit.md has all of them. */
const SUMMARY_FINDINGS = 5;
/**
 * The status audit shortened for the job summary: the capability table without patch plans, and
 * the findings to act on first. The rest (gates, checklist, deferred items) is in the artifact.
 */
function renderStatusAuditSummary(report, context) {
    const lines = ['### Status audit'];
    if (report.checklist)
        lines.push(...capabilityTable(report, context, { plans: false }));
    const { top } = topSignals(rankSignals(report));
    if (top.length > 0) {
        lines.push('', '**Act on first**', '');
        top.slice(0, SUMMARY_FINDINGS).forEach((signal, index) => {
            const where = signal.path === undefined ? '' : ` (${renderLocation(context, signal.path, signal.line)})`;
            lines.push(`${index + 1}. ${cellText(signal.text)}${where}`);
        });
    }
    lines.push('', `The full audit, with patch plans, gates, the reproducibility checklist and deferred items, is \`status-audit.md\` in the report artifact.`, '');
    return lines.join('\n');
}

;// CONCATENATED MODULE: ./src/render/summary/summary-cut.ts

/** The tags the summary's renderers write; repository text cannot add any (its `<` is escaped). */
const TAG = /<(\/?)(details|summary|code|a|sub|strong)\b[^>]*>/g;
/** Room kept for the closing tags of a section cut inside them. */
const CLOSING_RESERVE = 200;
/** The tags still open at the end of `markdown`, innermost last. */
function openTags(markdown) {
    const open = [];
    for (const match of markdown.matchAll(TAG)) {
        const [, closing, name] = match;
        if (closing === '')
            open.push(name);
        else if (open.at(-1) === name)
            open.pop();
    }
    return open;
}
/**
 * The first lines of a section that fit in `budget` bytes, cut between lines (a list item, a table
 * row or a block: each line's inline tags are balanced), with every tag left open closed after a
 * blank line, so a table or list ends before them.
 */
function cutSection(markdown, budget) {
    const lines = markdown.split('\n');
    let used = 0;
    let kept = 0;
    for (const line of lines) {
        const size = Buffer.byteLength(line) + 1;
        if (used + size > budget - CLOSING_RESERVE)
            break;
        used += size;
        kept++;
    }
    const head = lines.slice(0, kept).join('\n');
    const closers = openTags(head).reverse().map((name) => `</${name}>`);
    return { markdown: closers.length === 0 ? head : `${head}\n\n${closers.join('\n')}\n`, lines: kept };
}
function describeCut(cut, left) {
    const parts = [];
    if (cut)
        parts.push(`the ${cut.name} section after its first ${formatCount(cut.lines)} lines`);
    if (left.length > 0)
        parts.push(`${left.length === 1 ? 'the section' : 'the sections'} ${left.join(', ')} left out`);
    return `> ✂️ The summary was cut to stay under GitHub's 1 MiB limit: ${parts.join('; ')}. report.json and gaps-report.md in the report directory have everything.\n`;
}
/**
 * Fits the summary under `limit` bytes: `head` (the verdict) and `tail` (where the findings were
 * published, the footer) always stay whole; the sections between are kept in order until one does
 * not fit, which is cut at a line and closed, and the rest are named as left out.
 */
function fitSummary(head, sections, tail, limit) {
    const worstNotice = describeCut({ name: 'x'.repeat(20), lines: 1e9 }, sections.map((section) => section.name));
    let budget = limit - Buffer.byteLength(head) - Buffer.byteLength(tail) - Buffer.byteLength(worstNotice) - sections.length - 3;
    const kept = [];
    let cut;
    const left = [];
    for (const section of sections) {
        const size = Buffer.byteLength(section.markdown) + 1;
        if (cut === undefined && left.length === 0 && size <= budget) {
            kept.push(section.markdown);
            budget -= size;
        }
        else if (cut === undefined && left.length === 0 && budget > CLOSING_RESERVE) {
            const shortened = cutSection(section.markdown, budget);
            kept.push(shortened.markdown);
            cut = { name: section.name, lines: shortened.lines };
        }
        else {
            left.push(section.name);
        }
    }
    return [head, ...kept, describeCut(cut, left), tail].join('\n');
}

;// CONCATENATED MODULE: ./src/render/summary/job-summary.ts












/** GitHub drops a step summary over 1 MiB; keep a margin for what other steps append. */
const SUMMARY_BYTE_LIMIT = 1000 * 1000;
const LIST_SIZES = [50, 20, 5];
function render(report, context, extras) {
    const sections = [];
    const change = renderChangeSection(report, context);
    if (change !== '')
        sections.push({ name: 'Change', markdown: change });
    if (report.checklist)
        sections.push({ name: 'Status audit', markdown: renderStatusAuditSummary(report, context) });
    if (report.placeholders)
        sections.push({ name: 'Placeholders', markdown: renderPlaceholdersSection(report.placeholders, context) });
    if (report.links)
        sections.push({ name: 'Links', markdown: renderLinksSection(report.links, context) });
    if (report.checklist)
        sections.push({ name: 'Checklist', markdown: renderChecklistSection(report.checklist, context, Number(report.options['min-checklist-score'] ?? 0)) });
    if (report.repoMap)
        sections.push({ name: 'Repo map', markdown: renderRepoMapSection(report.repoMap, context) });
    const errors = renderErrorsSection(report.errors);
    if (errors !== '')
        sections.push({ name: 'Scanner errors', markdown: errors });
    const publish = extras.publish ? renderPublishSection(extras.publish) : '';
    const footer = `<sub>repo-audit ${markdownText(report.tool.version)} · report schema ${markdownText(report.schemaVersion)}${extras.footer ? ` · ${extras.footer}` : ''}</sub>\n`;
    return { head: renderOverview(report, extras.stepFailure), sections, tail: publish === '' ? footer : `${publish}\n${footer}` };
}
function joined(parts) {
    return [parts.head, ...parts.sections.map((section) => section.markdown), parts.tail].join('\n');
}
/**
 * The job summary, also written as summary.md. Lists shrink until the whole fits under GitHub's
 * limit; the counts always stay, and each cut list says how many more are in the report. When even
 * the shortest lists do not fit, the sections are cut at a line, never inside a tag, and the
 * verdict and the publish section stay.
 */
function renderJobSummary(report, environment, extras = {}) {
    const fileUrl = fileUrlBuilder(report, environment);
    let parts;
    for (const maxListItems of LIST_SIZES) {
        parts = render(report, { fileUrl, maxListItems }, extras);
        const markdown = joined(parts);
        if (Buffer.byteLength(markdown) <= SUMMARY_BYTE_LIMIT)
            return markdown;
    }
    const last = parts;
    return fitSummary(last.head, last.sections, last.tail, SUMMARY_BYTE_LIMIT);
}

;// CONCATENATED MODULE: ./src/render/status-audit/modularity-lines.ts


const MODULES_SHOWN = 12;
const EDGES_SHOWN = 10;
const CYCLE_MEMBERS = 6;
function modularity_lines_name(path) {
    return path === '(root)' ? 'files at the root' : code(`${path}/`);
}
/** Modules of the code with their size and imports, the heaviest imports between them, cycles and the largest files. */
function modularityLines(modularity) {
    if (modularity.modules.length === 0)
        return [];
    const lines = ['', `**Modularity** (Python and JS/TS, imports read as text: ${formatCount(modularity.resolvedImports)} of ${formatCount(modularity.totalImports)} resolve to a file here)`, ''];
    lines.push('| Module | Files | Lines | Imports out | Imported by others |', '|---|---:|---:|---:|---:|');
    for (const module of modularity.modules.slice(0, MODULES_SHOWN))
        lines.push(`| ${modularity_lines_name(module.path)} | ${formatCount(module.files)} | ${formatCount(module.lines)} | ${formatCount(module.importsOut)} | ${formatCount(module.importsIn)} |`);
    if (modularity.edges.length > 0)
        lines.push('', `Imports between modules: ${modularity.edges.slice(0, EDGES_SHOWN).map((edge) => `${modularity_lines_name(edge.from)} → ${modularity_lines_name(edge.to)} ${formatCount(edge.imports)}`).join(', ')}.`);
    lines.push('', modularity.cycles.length === 0
        ? 'No import cycle between modules.'
        : `Import cycles between modules: ${modularity.cycles.slice(0, 5).map((cycle) => `${cycle.slice(0, CYCLE_MEMBERS).map(modularity_lines_name).join(' ⇄ ')}${cycle.length > CYCLE_MEMBERS ? ` and ${formatCount(cycle.length - CYCLE_MEMBERS)} more` : ''}`).join('; ')}.`);
    lines.push('', `Largest files: ${modularity.largestFiles.map((file) => `${code(file.path)} ${formatCount(file.lines)}`).join(', ')}.`);
    return lines;
}

;// CONCATENATED MODULE: ./src/render/status-audit/audit-sections.ts





const audit_sections_MARK = { pass: '✅', warn: '⚠️', fail: '❌', unknown: '❔', exempt: '🔕', 'not-applicable': '➖' };
/** Failures first: they are what the reader acts on. */
const audit_sections_ORDER = { fail: 0, warn: 1, unknown: 2, pass: 3, exempt: 4, 'not-applicable': 5 };
const TOP_FOLDERS = 15;
const ENTRY_POINTS = 12;
const RECENT_COMMITS = 5;
function skipped(reason) {
    return ['', `_${markdownText(reason)}_`];
}
/** What the repository is and how it is laid out: the kind, the languages, the top-level modules, the commands it starts from. */
function repoMapSection(report, context) {
    const lines = ['## 1. Repo map'];
    if (report.checklist)
        lines.push('', `Judged as: ${cellText(report.checklist.kind.description)}.`);
    const map = report.repoMap;
    if (!map)
        return [...lines, ...skipped('The repo-map scanner did not run in this audit.')];
    lines.push('', `${plural(map.totals.files, 'file')}, ${formatCount(map.totals.lines)} lines, ${formatBytes(map.totals.bytes)}; ` +
        `${map.languages.slice(0, 6).map((language) => `${markdownText(language.name)} ${formatCount(language.files)}`).join(', ')}.`);
    const folders = [...map.tree.children].sort((a, b) => b.lines - a.lines).slice(0, TOP_FOLDERS);
    // Files directly at the root are a module of their own: nanoGPT's train.py and model.py live there.
    const inFolders = map.tree.children.reduce((sum, child) => ({ files: sum.files + child.files, lines: sum.lines + child.lines, placeholders: sum.placeholders + child.placeholders }), { files: 0, lines: 0, placeholders: 0 });
    const atRoot = { files: map.tree.files - inFolders.files, lines: map.tree.lines - inFolders.lines, placeholders: map.tree.placeholders - inFolders.placeholders };
    if (folders.length > 0 || atRoot.files > 0) {
        lines.push('', '| Top-level module | Files | Lines | Languages | Placeholders |', '|---|---:|---:|---|---:|');
        if (atRoot.files > 0)
            lines.push(`| files at the root | ${formatCount(atRoot.files)} | ${formatCount(atRoot.lines)} |  | ${formatCount(atRoot.placeholders)} |`);
        for (const folder of folders)
            lines.push(`| ${code(`${folder.path}/`)} | ${formatCount(folder.files)} | ${formatCount(folder.lines)} | ${markdownText(folder.languages.join(', '))} | ${formatCount(folder.placeholders)} |`);
        if (map.tree.children.length > folders.length)
            lines.push('', `${formatCount(map.tree.children.length - folders.length)} smaller top-level folders are in report.json.`);
    }
    lines.push(...modularityLines(map.modularity));
    // Commands users run first; make targets, which are mostly a contributor's, on one line after them.
    const commands = map.entryPoints.filter((entry) => entry.kind !== 'make-target');
    const targets = map.entryPoints.filter((entry) => entry.kind === 'make-target');
    if (map.entryPoints.length > 0) {
        lines.push('', '**Entry points**', '');
        for (const entry of commands.slice(0, ENTRY_POINTS))
            lines.push(`- ${code(entry.name)} (${markdownText(entry.kind)}) runs ${code(entry.target)}, from ${renderLocation(context, entry.path, entry.line)}`);
        if (targets.length > 0) {
            const files = [...new Set(targets.map((entry) => entry.path))];
            lines.push(`- make targets in ${files.slice(0, 3).map((path) => code(path)).join(', ')}${files.length > 3 ? ` and ${formatCount(files.length - 3)} more` : ''}: ${targets.slice(0, 20).map((entry) => code(entry.name)).join(', ')}${targets.length > 20 ? ` and ${formatCount(targets.length - 20)} more` : ''}`);
        }
        const more = Math.max(0, commands.length - ENTRY_POINTS) + (map.entryPointsOmitted ?? 0);
        if (more > 0)
            lines.push(`- ${formatCount(more)} more in report.json`);
    }
    if (map.hotspots.length > 0)
        lines.push('', `**Placeholder hotspots**: ${map.hotspots.map((spot) => `${code(spot.path)} ${formatCount(spot.placeholders)}`).join(', ')}.`);
    const commits = map.recentCommits.commits.slice(0, RECENT_COMMITS);
    if (commits.length > 0) {
        lines.push('', '**Recent changes**', '');
        for (const commit of commits)
            lines.push(`- ${markdownText(commit.date.slice(0, 10))} ${code(commit.sha.slice(0, 7))} ${markdownText(commit.subject)}`);
    }
    return lines;
}
function findingsSection(top, context) {
    const lines = ['## 3. High-signal findings', ''];
    if (top.length === 0)
        return [...lines, 'Nothing the audit found ranks as high signal: no failed check, no broken link in the top-level documents, no stub in shipped code.'];
    lines.push('Ranked by the rule in docs/status-audit.md: scanner failures, failed checks by weight, broken links by the readers they reach, stubs in shipped code, then warnings.', '');
    top.forEach((signal, index) => {
        const where = signal.path === undefined ? '' : ` (${renderLocation(context, signal.path, signal.line)})`;
        lines.push(`${index + 1}. ${cellText(signal.text)}${where}`);
    });
    return lines;
}
/** The commands a contributor runs here to check a change, what each covers, and which CI runs too. */
function localGatesSection(report, context) {
    const lines = ['## 5. Local tests and gates'];
    const gates = report.repoMap?.localGates;
    if (gates === undefined)
        return [...lines, ...skipped('The repo-map scanner did not run in this audit.')];
    if (gates.length === 0)
        return [...lines, '', 'No command at the root checks a change: no test, lint, type, docs or coverage script in package.json, tox.ini, noxfile.py, a justfile, a pre-commit config or the Makefile.'];
    const inCi = gates.filter((gate) => gate.ranInCi !== undefined).length;
    lines.push('', `${plural(gates.length, 'command')}; ${formatCount(inCi)} called by name in a workflow that runs on pushes or pull requests (a command reached only through a repository script is not followed).`, '', '| Command | Covers | In CI | Declared in |', '|---|---|---|---|');
    for (const gate of gates) {
        lines.push(`| ${code(gate.command)} | ${markdownText(gate.covers.join(', '))} | ${gate.ranInCi === undefined ? 'no' : `yes, ${code(gate.ranInCi)}`} | ${renderLocation(context, gate.path, gate.line)} |`);
    }
    return lines;
}
function checkRow(check, context) {
    const evidence = check.evidence.filter((item) => item.path !== undefined).slice(0, 2).map((item) => renderLocation(context, item.path, item.line));
    return `| ${audit_sections_MARK[check.status]} | ${code(check.id)} | ${cellText(check.summary)} | ${evidence.join('<br>')} |`;
}
/** The reproducibility pack as a checklist: every check with its status, note and evidence. */
function reproducibilitySection(report, context) {
    const lines = ['## 6. Reproducibility checklist'];
    // Status ledgers kept current belong to reproducing a project's state as much as its environment does.
    const checks = report.checklist?.checks.filter((check) => check.pack === 'reproducibility' || check.id === 'docs-freshness') ?? [];
    if (!report.checklist)
        return [...lines, ...skipped('The checklist scanner did not run in this audit.')];
    if (checks.length === 0)
        return [...lines, ...skipped('The reproducibility pack is turned off in the config.')];
    const scored = checks.filter((check) => check.status !== 'not-applicable').sort((a, b) => audit_sections_ORDER[a.status] - audit_sections_ORDER[b.status]);
    if (scored.length > 0) {
        lines.push('', '| | Check | Note | Evidence |', '|---|---|---|---|');
        for (const check of scored)
            lines.push(checkRow(check, context));
    }
    const off = checks.filter((check) => check.status === 'not-applicable');
    if (off.length > 0) {
        lines.push('', `**Not applicable** (${formatCount(off.length)})`, '');
        for (const check of off)
            lines.push(`- ${code(check.id)}: ${cellText(check.summary)}`);
    }
    return lines;
}
/** What ranks low, grouped so that nothing is lost: the rest of the findings and the placeholder counts. */
function deferredSection(report, rest, context) {
    const lines = ['## 7. Deferred items'];
    const byScanner = new Map();
    for (const signal of rest)
        byScanner.set(signal.scanner, [...(byScanner.get(signal.scanner) ?? []), signal]);
    const checks = byScanner.get('checklist') ?? [];
    if (checks.length > 0) {
        lines.push('', `**Checks to improve** (${formatCount(checks.length)})`, '');
        for (const signal of checks)
            lines.push(`- ${cellText(signal.text)}`);
    }
    const links = byScanner.get('links') ?? [];
    if (links.length > 0) {
        lines.push('', `**Other files with broken links** (${formatCount(links.length)})`, '');
        for (const signal of links.slice(0, 30))
            lines.push(`- ${renderLocation(context, signal.path, signal.line)}: ${cellText(signal.text)}`);
        if (links.length > 30)
            lines.push(`- ${formatCount(links.length - 30)} more files in report.json`);
    }
    const placeholders = report.placeholders;
    if (placeholders && placeholders.count > 0) {
        const tags = Object.entries(placeholders.byTag).sort((a, b) => b[1] - a[1]).map(([tag, count]) => `${markdownText(tag)} ${formatCount(count)}`);
        const ranked = (byScanner.get('placeholders') ?? []).length;
        lines.push('', `**Placeholders**: ${plural(placeholders.count, 'placeholder')} (${tags.join(', ')})${ranked > 0 ? `, of which ${formatCount(ranked)} groups in shipped code ranked below the top` : ''}; every one is listed in gaps-report.md.`);
    }
    if (lines.length === 1)
        lines.push('', 'Nothing deferred.');
    return lines;
}
/** Every scanner failure of this run, with what to try; the same lines are in errors.ndjson. */
function errorSection(report) {
    const lines = ['## 8. Error capture', ''];
    if (report.errors.length === 0)
        return [...lines, 'Every scanner finished: no errors in this run.'];
    lines.push('| Scanner | File | Error | What to try |', '|---|---|---|---|');
    for (const error of report.errors) {
        const tryThis = error.path === undefined
            ? 'Rerun with `--debug` for the stack, and report it with the repository kind.'
            : `Leave the file out with \`exclude: [${error.path}]\` to finish the scan, and report the file.`;
        lines.push(`| ${code(error.scanner)} | ${error.path === undefined ? '' : code(error.path)} | ${markdownText(error.message)} | ${cellText(tryThis)} |`);
    }
    return lines;
}

;// CONCATENATED MODULE: ./src/render/status-audit/fixes-section.ts




const EDITS_SHOWN = 30;
/** Each certain fix with why it is certain, its risk and its rollback; `undefined` when the patch could not be planned. */
function fixesSection(fixes, context) {
    const lines = ['## 4. Fixes as patches', ''];
    if (fixes === undefined)
        return [...lines, '_fixes.patch could not be planned in this run; the findings above still list every broken link._'];
    const notes = [
        ...(fixes.guesses > 0 ? [`${plural(fixes.guesses, 'suggestion')} for other broken links ${fixes.guesses === 1 ? 'is a guess' : 'are guesses'} (another name or folder) and ${fixes.guesses === 1 ? 'is' : 'are'} never applied`] : []),
        ...(fixes.skipped > 0 ? [`${plural(fixes.skipped, 'certain fix', 'certain fixes')} left out because the target is not once on its line, the file could not be read, or the diff would show a secret`] : []),
    ];
    if (fixes.edits.length === 0)
        return [...lines, `No broken link has a certain fix${notes.length > 0 ? `; ${notes.join('; ')}` : ''}.`];
    lines.push(`${plural(fixes.edits.length, 'broken link')} ${fixes.edits.length === 1 ? 'has' : 'have'} a certain fix, in fixes.patch: apply it with ${code('git apply fixes.patch')} at the root or ${code('repo-audit fix --write')}, and take it back with ${code('git apply -R fixes.patch')}. ` +
        'Each changes one link target or citation on one line and nothing else; the risk is none beyond that line, since the old text pointed nowhere or at the wrong line.', '', '| Where | From | To | Why it is certain |', '|---|---|---|---|');
    for (const edit of fixes.edits.slice(0, EDITS_SHOWN))
        lines.push(`| ${renderLocation(context, edit.path, edit.line)} | ${code(edit.from)} | ${code(edit.to)} | ${cellText(edit.why)} |`);
    if (fixes.edits.length > EDITS_SHOWN)
        lines.push('', `${formatCount(fixes.edits.length - EDITS_SHOWN)} more in fixes.patch.`);
    if (notes.length > 0)
        lines.push('', `${notes.join('; ')}.`.replace(/^./, (first) => first.toUpperCase()));
    return lines;
}

;// CONCATENATED MODULE: ./src/render/status-audit/status-audit.ts






/** Lists in the document are long: it is the full read, not the summary. */
const LIST_ITEMS = 50;
function header(report) {
    const where = `${report.repository ? markdownText(report.repository) : 'The audited directory'}${report.root === '.' ? '' : ` (${markdownText(report.root)})`}`;
    const gates = report.gates.filter((gate) => !gate.passed).map((gate) => code(gate.name));
    const score = report.checklist ? `checklist score ${report.checklist.score}/100, ` : '';
    return [
        '# Status audit',
        '',
        `${where} at commit ${report.commit ? code(report.commit) : 'unknown'}, audited by repo-audit ${markdownText(report.tool.version)} on ${markdownText(report.finishedAt)}.`,
        '',
        `**Verdict: ${report.result}** (${score}${gates.length > 0 ? `gates not met: ${gates.join(', ')}` : 'every gate met'}).`,
    ];
}
/**
 * The status audit a reviewer would write by hand, from the one report: what the repository is, its
 * capabilities, the findings to act on first, the certain fixes, the gates, the reproducibility
 * checklist, what was deferred, and what failed in the audit itself. Every string from the repository is escaped, as in the job summary.
 */
function renderStatusAudit(report, environment, fixes) {
    const context = { fileUrl: fileUrlBuilder(report, environment), maxListItems: LIST_ITEMS };
    const { top, rest } = topSignals(rankSignals(report));
    const sections = [
        header(report),
        repoMapSection(report, context),
        capabilitySection(report, context),
        findingsSection(top, context),
        fixesSection(fixes, context),
        localGatesSection(report, context),
        reproducibilitySection(report, context),
        deferredSection(report, rest, context),
        errorSection(report),
    ];
    return `${sections.map((lines) => lines.join('\n')).join('\n\n')}\n`;
}

;// CONCATENATED MODULE: ./src/render/text-report.ts







const paint = (on, code, text) => (on ? `\u001b[${code}m${text}\u001b[0m` : text);
/** The CLI's default output: the same facts as the job summary, laid out for a terminal. */
function renderTextReport(report, style) {
    const bold = (text) => paint(style.color, '1', text);
    const dim = (text) => paint(style.color, '2', text);
    const red = (text) => paint(style.color, '31', text);
    const green = (text) => paint(style.color, '32', text);
    const out = [];
    const verdict = report.result === 'pass' ? green('PASS') : red('FAIL');
    out.push(`${bold('Repo Audit')} ${verdict}  ${plural(report.inventory.files, 'file')}, ${plural(report.inventory.lines, 'line')}, ${formatDuration(report.durationMs)}` +
        (report.commit ? dim(`  ${terminalText(report.commit.slice(0, 7))}`) : ''));
    if (report.inventory.walkReason !== undefined)
        out.push(red(`  warning: ${terminalText(report.inventory.walkReason)}`));
    for (const gate of report.gates) {
        const mark = gate.passed ? green('ok  ') : red('FAIL');
        out.push(`  ${mark} ${terminalText(gate.name)}: ${formatCount(gate.value)} (${gate.comparison === 'at-most' ? 'max' : 'min'} ${formatCount(gate.limit)})`);
    }
    if (report.placeholders) {
        const result = report.placeholders;
        out.push('', bold(`Placeholders: ${formatCount(result.count)}`) + dim(` (${Object.entries(result.byTag).map(([tag, n]) => `${terminalText(tag)} ${n}`).join(', ') || 'none'})`));
        for (const finding of topPlaceholders(result.findings, style.maxListItems)) {
            out.push(`  ${terminalText(finding.path)}:${finding.line}:${finding.column}  ${finding.kind === 'stub' ? red(terminalText(finding.message)) : terminalText(finding.message)}`);
        }
        if (result.findings.length > style.maxListItems)
            out.push(dim(`  … ${formatCount(result.findings.length - style.maxListItems)} more (use --format json or --output-dir)`));
    }
    if (report.links) {
        const links = report.links;
        const broken = links.findings.filter((finding) => finding.reason !== link_result/* GITHUB_VIEW_ONLY */.J);
        out.push('', bold(`Broken links: ${formatCount(links.brokenCount)}`));
        for (const site of links.sites) {
            if (site.githubViewOnly > 0)
                out.push(dim(`  ${plural(site.githubViewOnly, 'link')} in ${terminalText(site.pages || '.')}/ ${site.githubViewOnly === 1 ? 'works' : 'work'} on the ${doc_site/* SITE_NAMES */.V[site.kind]} site but not in GitHub's file view (links.github-view-only)`));
        }
        for (const site of links.unreadableSites)
            out.push(dim(`  ${terminalText(site.config)} could not be read (${terminalText(site.reason)}): its pages are judged as GitHub renders them`));
        if (links.testDataFiles > 0)
            out.push(dim(`  ${plural(links.testDataFiles, 'Markdown file')} of test data left out (links.test-data)`));
        const groups = brokenLinkGroups(broken);
        if (groups.length > 1) {
            for (const group of groups.slice(0, 8)) {
                out.push(`  ${formatCount(group.count).padStart(6)}  ${REASON_LABELS[group.reason]} in ${terminalText(group.folder || '.')}/${group.setting ? dim(`  (${group.setting})`) : ''}`);
            }
            out.push('');
        }
        for (const finding of broken.slice(0, style.maxListItems)) {
            out.push(`  ${terminalText(finding.path)}:${finding.line}:${finding.column}  ${terminalText(finding.message)}`);
        }
        if (broken.length > style.maxListItems)
            out.push(dim(`  … ${formatCount(broken.length - style.maxListItems)} more`));
    }
    if (report.checklist) {
        out.push('', bold(`Checklist score: ${report.checklist.score}/100`), `  judged as: ${terminalText(report.checklist.kind.description)}`);
        const order = { fail: 0, warn: 1, unknown: 2, pass: 3, exempt: 4, 'not-applicable': 5 };
        for (const check of [...report.checklist.checks].sort((a, b) => order[a.status] - order[b.status])) {
            if (check.status === 'not-applicable')
                continue;
            const mark = check.status === 'pass' ? green('pass') : check.status === 'fail' ? red('fail') : check.status;
            out.push(`  ${mark.padEnd(style.color ? 13 : 7)} ${terminalText(check.id)}`);
        }
    }
    if (report.repoMap) {
        const map = report.repoMap;
        out.push('', bold('Repo map'), `  ${plural(map.totals.files, 'file')}, ${formatBytes(map.totals.bytes)}; ` +
            map.languages.slice(0, 6).map((language) => `${terminalText(language.name)} ${formatCount(language.files)}`).join(', '));
        for (const child of map.tree.children.slice(0, style.maxListItems)) {
            out.push(`  ${terminalText(child.path)}/`.padEnd(32) + `${formatCount(child.files)} files  ${terminalText(child.languages.join(', '))}`);
        }
        if (map.entryPoints.length > 0)
            out.push(`  entry points: ${map.entryPoints.slice(0, 8).map((entry) => `${terminalText(entry.name)} (${terminalText(entry.kind)})`).join(', ')}`);
        if (map.hotspots.length > 0)
            out.push(`  hotspots: ${map.hotspots.slice(0, 5).map((spot) => `${terminalText(spot.path)} ${spot.placeholders}`).join(', ')}`);
    }
    for (const error of report.errors)
        out.push('', red(`Scanner ${error.scanner} failed${error.path ? ` on ${terminalText(error.path)}` : ''}: ${terminalText(error.message)}`));
    out.push('');
    // Repository strings are one line each by now; none may make a line of its own a workflow command.
    return guardCommandLines(out.join('\n'));
}

;// CONCATENATED MODULE: external "node:zlib"
const external_node_zlib_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");
;// CONCATENATED MODULE: ./src/render/sarif/sarif-rules.ts

/** Lower sorts first: what a reviewer must see when limits force a cut. */
const LEVEL_RANK = { error: 0, warning: 1, note: 2 };
const KNOWN_RULES = [
    {
        id: 'placeholders/stub', name: 'CodeStub', level: 'warning',
        short: 'Code stub instead of an implementation',
        full: 'Code that says it is not done: raise NotImplementedError first in a function, todo!(), unimplemented!(), throw new Error("not implemented"), a "not implemented" message as a function\'s whole body, pass marked TODO or stub.',
        help: 'Implement the function, or remove it. Interface hooks (abstract methods, base classes, methods subclasses override, @override, protocols, overloads) are not reported. Add `repo-audit-ignore` on the line to accept it.',
    },
    {
        id: 'placeholders/interface', name: 'InterfaceHook', level: 'note',
        short: 'Interface hook (listed, not counted)',
        full: 'A method that looks like a stub but is an interface hook: a base class leaves it to subclasses. Listed because placeholders.interface-hooks is on; never counted by max-placeholders.',
        help: 'Nothing to fix. Turn placeholders.interface-hooks off to leave these out.',
    },
    {
        id: 'placeholders/comment', name: 'PlaceholderComment', level: 'warning',
        short: 'Placeholder tag in a comment',
        full: 'A TODO, FIXME, XXX, HACK or TBD tag (or a configured tag) in a comment marks unfinished work.',
        help: 'Finish the work and remove the tag, or move it to an issue and reference it (TODO(#123)). Add `repo-audit-ignore` on the line to accept it.',
    },
    {
        id: 'placeholders/prose', name: 'PlaceholderProse', level: 'note',
        short: 'Placeholder tag in documentation',
        full: 'A Markdown line that starts with a placeholder tag: documentation that is not written yet.',
        help: 'Write the missing documentation or remove the line.',
    },
    ...LINK_RULES,
];
const BY_ID = new Map(KNOWN_RULES.map((rule) => [rule.id, rule]));
/** The rule for a finding's ruleId; an id without a catalogue entry gets a rule built from the finding. */
function describeRule(ruleId, example) {
    const known = BY_ID.get(ruleId);
    if (known)
        return known;
    const name = ruleId.split(/[/-]/).map((part) => part.charAt(0).toUpperCase() + part.slice(1)).join('');
    return { id: ruleId, name, short: ruleId, full: example.message, help: example.message, level: 'warning' };
}

;// CONCATENATED MODULE: ./src/render/sarif/checklist-findings.ts

/** Where a check without a located piece of evidence points: the file that should hold the fix. */
const FIX_TARGET = {
    license: 'LICENSE',
    contributing: 'CONTRIBUTING.md',
    changelog: 'CHANGELOG.md',
    'security-policy': 'SECURITY.md',
    codeowners: '.github/CODEOWNERS',
    gitignore: '.gitignore',
    'dependency-updates': '.github/dependabot.yml',
    'lint-gates': '.pre-commit-config.yaml',
};
/**
 * Failing checks as SARIF results: one per located piece of evidence, or one at the file that
 * should hold the fix (README.md line 1 when there is none). Warnings become notes.
 */
function checklistSarifFindings(checklist) {
    const fingerprints = new fingerprint/* FingerprintIndex */.n();
    const findings = [];
    for (const check of checklist.checks) {
        if (check.status !== 'fail' && check.status !== 'warn')
            continue;
        const ruleId = `checklist/${check.id}`;
        const rule = {
            id: ruleId,
            name: check.id.split('-').map((part) => part.charAt(0).toUpperCase() + part.slice(1)).join(''),
            short: check.title,
            // What the rule is, the same every run; this run's finding is in each result's message.
            full: `${check.title} (${check.pack} pack of the checklist).`,
            help: check.remediation,
            level: check.status === 'fail' ? 'warning' : 'note',
        };
        const located = check.evidence.filter((item) => item.path !== undefined);
        const places = located.length > 0 ? located : [{ path: FIX_TARGET[check.id] ?? 'README.md', line: 1, message: check.summary }];
        for (const place of places) {
            const path = place.path;
            const message = `${check.title}: ${place.message} Fix: ${check.remediation}`;
            findings.push({
                rule,
                finding: { path, line: place.line ?? 1, column: 1, ruleId, message, fingerprint: fingerprints.next(ruleId, path, place.message) },
            });
        }
    }
    return findings;
}

;// CONCATENATED MODULE: ./src/render/sarif/sarif-log.ts



/** GitHub code scanning refuses more than this many results per run, and uploads over 10 MB gzipped. */
const SARIF_MAX_RESULTS = 25_000;
const SARIF_MAX_GZIP_BYTES = 10 * 1024 * 1024;
function collect(report) {
    const findings = [];
    const add = (finding) => {
        findings.push({ finding, rule: describeRule(finding.ruleId, finding) });
    };
    for (const finding of report.placeholders?.findings ?? [])
        add(finding);
    for (const finding of report.links?.findings ?? [])
        add(finding);
    for (const finding of report.links?.citations.findings ?? [])
        add(finding);
    if (report.checklist)
        findings.push(...checklistSarifFindings(report.checklist));
    return findings;
}
function toResult(item, ruleIndex, rootPrefix) {
    const { finding, rule } = item;
    return {
        ruleId: rule.id,
        ruleIndex,
        level: rule.level,
        message: { text: finding.message },
        locations: [
            {
                physicalLocation: {
                    artifactLocation: { uri: `${rootPrefix}${finding.path}`.split('/').map(encodeURIComponent).join('/'), uriBaseId: '%SRCROOT%' },
                    region: { startLine: finding.line, startColumn: finding.column },
                },
            },
        ],
        partialFingerprints: { 'repoAudit/v1': finding.fingerprint },
        ...(finding.baselineState === undefined ? {} : { baselineState: finding.baselineState }),
    };
}
const DOCS = 'https://github.com/repo-audit/repo-audit/blob/main/docs';
/** The page of the docs that explains each scanner's rules. */
const DOC_PAGES = { placeholders: 'placeholders.md', links: 'links.md', checklist: 'checklist.md' };
/**
 * Code scanning's severity for security rules (0.1 to 10, 9 and up shown as critical): a committed
 * secret is one; a workflow a pull request can hijack is high.
 */
const SECURITY_SEVERITY = { 'checklist/secrets': '9.0', 'checklist/dangerous-workflow': '8.0', 'checklist/workflow-permissions': '5.0', 'checklist/pinned-actions': '4.0' };
function toRule(rule) {
    const scanner = rule.id.split('/')[0];
    const severity = SECURITY_SEVERITY[rule.id];
    return {
        id: rule.id,
        name: rule.name,
        shortDescription: { text: rule.short },
        fullDescription: { text: rule.full },
        help: { text: rule.help, markdown: `**${rule.short}**\n\n${rule.full}\n\n${rule.help}` },
        helpUri: DOC_PAGES[scanner] === undefined ? 'https://github.com/repo-audit/repo-audit#readme' : `${DOCS}/${DOC_PAGES[scanner]}`,
        defaultConfiguration: { level: rule.level },
        properties: { tags: severity === undefined ? [scanner] : [scanner, 'security'], ...(severity === undefined ? {} : { 'security-severity': severity }) },
    };
}
function buildLog(report, kept, serverUrl) {
    const rules = [];
    const index = new Map();
    for (const item of kept) {
        if (!index.has(item.rule.id)) {
            index.set(item.rule.id, rules.length);
            rules.push(item.rule);
        }
    }
    const rootPrefix = report.root === '.' ? '' : `${report.root}/`;
    return {
        $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
        version: '2.1.0',
        runs: [
            {
                tool: { driver: { name: 'repo-audit', version: report.tool.version, informationUri: 'https://github.com/repo-audit/repo-audit', rules: rules.map(toRule) } },
                automationDetails: { id: `repo-audit/${report.root === '.' ? 'root' : report.root}/` },
                // `repositoryUri` must be a URI: without a known repository there is no provenance to give.
                ...(report.commit && report.repository ? { versionControlProvenance: [{ repositoryUri: `${serverUrl.replace(/\/+$/, '')}/${report.repository}`, revisionId: report.commit }] } : {}),
                results: kept.map((item) => toResult(item, index.get(item.rule.id), rootPrefix)),
            },
        ],
    };
}
/** github.com; a GitHub Enterprise Server run passes its GITHUB_SERVER_URL. */
const DEFAULT_SERVER_URL = 'https://github.com';
/**
 * SARIF 2.1.0 for code scanning: one rule per finding kind, one result per finding, fingerprints
 * that survive line moves. Over GitHub's limits the lowest-severity results are cut, and the count
 * of what was cut is returned so the summary can say so.
 */
function buildSarif(report, serverUrl = DEFAULT_SERVER_URL) {
    const all = collect(report);
    const ordered = all
        .map((item, position) => ({ item, position }))
        .sort((a, b) => LEVEL_RANK[a.item.rule.level] - LEVEL_RANK[b.item.rule.level] || a.position - b.position)
        .map(({ item }) => item);
    let keep = Math.min(ordered.length, SARIF_MAX_RESULTS);
    for (;;) {
        const log = buildLog(report, ordered.slice(0, keep), serverUrl);
        const json = `${JSON.stringify(log, null, 2)}\n`;
        if (keep === 0 || (0,external_node_zlib_namespaceObject.gzipSync)(json).length <= SARIF_MAX_GZIP_BYTES)
            return { log, json, total: all.length, dropped: all.length - keep };
        keep = Math.floor(keep * 0.8);
    }
}

;// CONCATENATED MODULE: external "node:util"
const external_node_util_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");
;// CONCATENATED MODULE: ./src/cli/cli-args.ts



const FORMATS = ['text', 'markdown', 'json'];
const HISTORY_FORMATS = ['text', 'csv', 'json'];
const USAGE = `Usage: repo-audit [path] [options]
       repo-audit fix [path] [--write] [--config FILE]
       repo-audit history [path] [--since 90d] [--every 7d] [--format text|csv|json]

Audits the repository at path (default: the current directory) and prints the report.

\`fix\` prints a unified diff of the broken links whose fix is certain (letter case, a doubled #,
a missing .md, a leading ./), which \`git apply\` takes at the root; with --write it makes the
edits. Suggestions that are guesses are never applied. (To audit a folder named fix: ./fix.)

\`history\` audits past commits of HEAD's first-parent history from git's objects (nothing is
checked out), one per --every window over the last --since, and prints placeholders, broken
links and the checklist score per commit, as a table with sparklines, CSV or JSON.

Options:
  --config FILE               config file (default: .github/repo-audit.yml, then repo-audit.yml)
  --checks LIST               comma-separated scanners: placeholders, links, repo-map, checklist
  --include GLOB              only audit matching files (repeatable)
  --exclude GLOB              leave matching files out (repeatable)
  --output-dir DIR            also write report.json, summary.md, gaps-report.md and results.sarif
                              to DIR (the only way the CLI writes files: a config file's
                              output-dir is ignored)
  --format text|markdown|json what to print (default: text)
  --max-placeholders N        fail when more placeholders are found (-1: no limit)
  --max-broken-links N        fail when more broken links are found (-1: no limit)
  --min-checklist-score N     fail when the checklist score is below N (0-100)
  --baseline REF|FILE         compare with another commit (a branch, tag or SHA, audited from git's
                              objects) or a report.json; the findings are then new or unchanged,
                              and those gone are listed as fixed (default: none in the CLI)
  --gate-on new|all           with a baseline, judge --max-placeholders and --max-broken-links on
                              new findings only (default: all)
  --max-new-placeholders N    fail when more placeholders are new since the baseline
  --max-new-broken-links N    fail when more broken links are new since the baseline
  --max-checklist-drop N      fail when the checklist score fell by more than N points
  --debug                     print the stack of an internal error (or set REPO_AUDIT_DEBUG=1)
  -h, --help                  show this help
  -v, --version               show the version

Exit status: 0 pass, 1 a threshold failed or a report file could not be written, 2 usage or config
error, 3 internal error.`;
/** Flags that map one-to-one onto settings shared with the action inputs. */
const SETTING_FLAGS = [
    Inputs.Checks, Inputs.OutputDir, Inputs.MaxPlaceholders, Inputs.MaxBrokenLinks, Inputs.MinChecklistScore,
    Inputs.Baseline, Inputs.GateOn, Inputs.MaxNewPlaceholders, Inputs.MaxNewBrokenLinks, Inputs.MaxChecklistDrop,
];
/** One line for a usage error: what is wrong, and where the options are listed. */
const SEE_HELP = '; run repo-audit --help for the options';
class UsageError extends Error {
    constructor(message) {
        super(message);
        this.name = 'UsageError';
    }
}
const PARSE_OPTIONS = {
    config: { type: 'string' },
    checks: { type: 'string' },
    include: { type: 'string', multiple: true },
    exclude: { type: 'string', multiple: true },
    'output-dir': { type: 'string' },
    format: { type: 'string' },
    'max-placeholders': { type: 'string' },
    'max-broken-links': { type: 'string' },
    'min-checklist-score': { type: 'string' },
    baseline: { type: 'string' },
    'gate-on': { type: 'string' },
    'max-new-placeholders': { type: 'string' },
    'max-new-broken-links': { type: 'string' },
    'max-checklist-drop': { type: 'string' },
    since: { type: 'string' },
    every: { type: 'string' },
    debug: { type: 'boolean' },
    write: { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
    version: { type: 'boolean', short: 'v' },
};
const VALUE_FLAGS = new Set(Object.entries(PARSE_OPTIONS).filter(([, option]) => option.type === 'string').map(([name]) => `--${name}`));
/**
 * parseArgs reads `-1` after `--max-broken-links` as an unknown short option; a negative number
 * after a flag that takes a value is joined to it (`--max-broken-links=-1`), as users mean it.
 */
function joinNegativeValues(argv) {
    const joined = [];
    for (let index = 0; index < argv.length; index++) {
        const arg = argv[index];
        if (arg === '--') {
            joined.push(...argv.slice(index));
            break;
        }
        const next = argv[index + 1];
        if (VALUE_FLAGS.has(arg) && next !== undefined && /^-\d/.test(next)) {
            joined.push(`${arg}=${next}`);
            index++;
        }
        else
            joined.push(arg);
    }
    return joined;
}
function parseCliArguments(argv) {
    let parsed;
    try {
        parsed = (0,external_node_util_namespaceObject.parseArgs)({
            args: joinNegativeValues(argv),
            allowPositionals: true,
            strict: true,
            options: PARSE_OPTIONS,
        });
    }
    catch (error) {
        // Node's message for an unknown option goes on about positional arguments: the first sentence names the flag.
        throw new UsageError(`${error.message.split(/(?<=\.) /)[0].replace(/\.$/, '')}${SEE_HELP}`);
    }
    const { values, positionals } = parsed;
    if (values.help)
        return { kind: 'help' };
    if (values.version)
        return { kind: 'version' };
    if (positionals[0] === 'fix') {
        if (positionals.length > 2)
            throw new UsageError(`Expected at most one path after fix, got ${positionals.length - 1}: ${positionals.slice(1).join(' ')}${SEE_HELP}`);
        const auditOnly = ['checks', 'include', 'exclude', 'output-dir', 'format', 'max-placeholders', 'max-broken-links', 'min-checklist-score', 'baseline', 'gate-on', 'max-new-placeholders', 'max-new-broken-links', 'max-checklist-drop', 'since', 'every'].filter((name) => values[name] !== undefined);
        if (auditOnly.length > 0)
            throw new UsageError(`fix takes only a path, --write, --config and --debug, not --${auditOnly[0]}${SEE_HELP}`);
        return { kind: 'fix', path: positionals[1] ?? '.', config: values.config, write: values.write === true, debug: values.debug === true };
    }
    if (positionals[0] === 'history') {
        if (positionals.length > 2)
            throw new UsageError(`Expected at most one path after history, got ${positionals.length - 1}: ${positionals.slice(1).join(' ')}${SEE_HELP}`);
        const notForHistory = ['output-dir', 'max-placeholders', 'max-broken-links', 'min-checklist-score', 'baseline', 'gate-on', 'max-new-placeholders', 'max-new-broken-links', 'max-checklist-drop', 'write'].filter((name) => values[name] !== undefined);
        if (notForHistory.length > 0)
            throw new UsageError(`history takes a path, --since, --every, --format, --checks, --include, --exclude, --config and --debug, not --${notForHistory[0]}${SEE_HELP}`);
        const format = values.format ?? 'text';
        if (!HISTORY_FORMATS.includes(format))
            throw new settings_error/* SettingsError */.GN('--format', JSON.stringify(format), `${HISTORY_FORMATS.join(', ')} for history`);
        const overrides = new Map();
        if (values.checks !== undefined)
            overrides.set(Inputs.Checks, { value: values.checks, where: '--checks' });
        if (values.include)
            overrides.set(Inputs.Include, { value: values.include, where: '--include' });
        if (values.exclude)
            overrides.set(Inputs.Exclude, { value: values.exclude, where: '--exclude' });
        return { kind: 'history', path: positionals[1] ?? '.', config: values.config, since: values.since ?? '90d', every: values.every ?? '7d', format: format, overrides, debug: values.debug === true };
    }
    if (values.since !== undefined || values.every !== undefined)
        throw new UsageError(`--since and --every go with history: repo-audit history [path] --since 90d --every 7d${SEE_HELP}`);
    if (values.write)
        throw new UsageError(`--write goes with fix: repo-audit fix [path] --write${SEE_HELP}`);
    if (positionals.length > 1)
        throw new UsageError(`Expected at most one path, got ${positionals.length}: ${positionals.join(' ')}${SEE_HELP}`);
    const format = values.format ?? 'text';
    if (!FORMATS.includes(format))
        throw new settings_error/* SettingsError */.GN('--format', JSON.stringify(format), FORMATS.join(', '));
    const overrides = new Map();
    for (const name of SETTING_FLAGS) {
        const value = values[name];
        if (value !== undefined)
            overrides.set(name, { value, where: `--${name}` });
    }
    if (values.include)
        overrides.set(Inputs.Include, { value: values.include, where: '--include' });
    if (values.exclude)
        overrides.set(Inputs.Exclude, { value: values.exclude, where: '--exclude' });
    return { kind: 'audit', path: positionals[0] ?? '.', config: values.config, format: format, overrides, debug: values.debug === true };
}

;// CONCATENATED MODULE: ./src/fix/apply-edits.ts
/** What an edit needs around the target for it to be the link's target and nothing else. */
const OPENERS = new Set(['(', '"', "'", '<', '=']);
const CLOSERS = new Set([')', '"', "'", '>', ' ', '\t']);
/** A citation stands in prose or code spans: no path character may touch it on either side. */
const PATH_CHARACTER = /[\w./@+-]/;
function occurrences(line, target, citation) {
    const found = [];
    for (let at = line.indexOf(target); at !== -1; at = line.indexOf(target, at + 1)) {
        const before = line[at - 1] ?? '';
        const after = line[at + target.length] ?? '';
        const alone = citation ? !PATH_CHARACTER.test(before) && !/[\w.@+-]/.test(after) : OPENERS.has(before) && (CLOSERS.has(after) || after === '');
        if (alone)
            found.push(at);
    }
    return found;
}
/** Applies each edit to its line when the target stands there exactly once as a link target. */
function applyEdits(text, edits) {
    const lines = text.split('\n');
    const applied = [];
    const skipped = [];
    for (const edit of edits) {
        const line = lines[edit.line - 1];
        const at = line === undefined ? [] : occurrences(line, edit.from, edit.citation === true);
        if (line === undefined || at.length !== 1) {
            skipped.push(edit);
            continue;
        }
        const start = at[0];
        lines[edit.line - 1] = `${line.slice(0, start)}${edit.to}${line.slice(start + edit.from.length)}`;
        applied.push(edit);
    }
    return { before: text, after: lines.join('\n'), applied, skipped };
}
const CONTEXT = 3;
const NO_NEWLINE = '\\ No newline at end of file';
/** A unified diff of two versions of a file that differ line for line (edits never add or remove lines), as `git apply` reads it. */
function unifiedDiff(path, before, after) {
    const old = before.split('\n');
    const next = after.split('\n');
    const changed = old.map((line, index) => line !== next[index]).flatMap((differs, index) => (differs ? [index] : []));
    if (changed.length === 0)
        return '';
    const hunks = [];
    for (const index of changed) {
        const start = Math.max(0, index - CONTEXT);
        const end = Math.min(old.length - 1, index + CONTEXT);
        const last = hunks[hunks.length - 1];
        if (last !== undefined && start <= last[1] + 1)
            last[1] = end;
        else
            hunks.push([start, end]);
    }
    // A file without a final newline ends in an empty "line" after split: it is not a line of the diff.
    const lastLine = before.endsWith('\n') ? old.length - 2 : old.length - 1;
    const out = [`--- a/${path}`, `+++ b/${path}`];
    for (const [start, rawEnd] of hunks) {
        const end = Math.min(rawEnd, lastLine);
        const count = end - start + 1;
        out.push(`@@ -${start + 1},${count} +${start + 1},${count} @@`);
        for (let index = start; index <= end; index++) {
            const noNewline = index === old.length - 1 && !before.endsWith('\n') ? [NO_NEWLINE] : [];
            if (old[index] === next[index])
                out.push(` ${old[index]}`, ...noNewline);
            else
                out.push(`-${old[index]}`, ...noNewline, `+${next[index]}`, ...noNewline);
        }
    }
    return `${out.join('\n')}\n`;
}

;// CONCATENATED MODULE: ./src/fix/certain-link-fix.ts
/**
 * The forms a link's target can take that all point at one place: letter case (anchors are slugs,
 * and a case mismatch's suggestion is the real name), a leading `./`, a doubled `#`, and the `.md`
 * a Markdown page is linked without. Two targets with the same form differ only in how they are
 * written; any other difference (another name, another folder, other digits) is a guess.
 */
function canonical(target) {
    return target.toLowerCase().replace(/^(?:\.\/)+/, '').replace(/#{2,}/g, '#').replace(/\.md(?=#|$)/, '');
}
function why(finding, to) {
    if (finding.reason === 'case-mismatch')
        return 'the file exists with this letter case';
    if (/#{2,}/.test(finding.target))
        return 'a doubled # makes the anchor one no heading has';
    const bare = (target) => target.replace(/^(?:\.\/)+/, '');
    if (bare(finding.target) !== bare(to) && bare(finding.target).toLowerCase() === bare(to).toLowerCase())
        return 'anchors are lower-case slugs of their headings';
    return 'the same page, written as it exists';
}
/**
 * The fix for a broken link when it is certain: the scanner suggested a target that differs from
 * the one written only in form, or the scanner proved the suggestion (`certain`: the only file of
 * that name, the only heading a typo away). Other guesses (`#510-2024-02-08` → `#610-2025-02-05`, one
 * of several same-named pages) are never proposed.
 */
function certainLinkFix(finding) {
    const to = finding.suggestion;
    if (to === undefined || to === finding.target || finding.target === '')
        return undefined;
    if (canonical(finding.target) === canonical(to))
        return { path: finding.path, line: finding.line, from: finding.target, to, why: why(finding, to) };
    // The scanner proved it: the page moved and is the only file of its name, or the anchor is the only heading a typo away.
    if (finding.certain !== undefined)
        return { path: finding.path, line: finding.line, from: finding.target, to, why: finding.certain };
    return undefined;
}
/** A status document's citation whose quoted text moved: it stands once in the file, so the new line is certain. */
function certainCitationFix(moved) {
    const line = /:(\d+)/.exec(moved.to)?.[1] ?? '?';
    return { path: moved.path, line: moved.line, from: moved.cited, to: moved.to, why: `the quoted text stands once in the file, now at line ${line}`, citation: true };
}

;// CONCATENATED MODULE: ./src/fix/link-fixes.ts






/** Files larger than this are not patched: a link fix is a one-line edit in a document. */
const MAX_FIX_BYTES = 4 * 1024 * 1024;
/**
 * The certain fixes for the broken links an audit found, and for status documents' citations whose
 * quoted text moved, planned against the files as they are now.
 * Only the files with such a fix are read, inside the root and never through a link.
 */
function planLinkFixes(root, findings, redact = (text) => text, citations = []) {
    const byFile = new Map();
    let guesses = 0;
    for (const moved of citations) {
        const edit = certainCitationFix(moved);
        byFile.set(edit.path, [...(byFile.get(edit.path) ?? []), edit]);
    }
    for (const finding of findings) {
        const edit = certainLinkFix(finding);
        if (edit === undefined) {
            if (finding.suggestion !== undefined)
                guesses++;
            continue;
        }
        byFile.set(edit.path, [...(byFile.get(edit.path) ?? []), edit]);
    }
    const containment = new RootContainment(root);
    const files = [];
    const applied = [];
    const skipped = [];
    const diffs = [];
    for (const [path, edits] of [...byFile].sort(([a], [b]) => (a < b ? -1 : 1))) {
        const read = readInsideRoot(containment, path, { maxBytes: MAX_FIX_BYTES, followLinkInsideRoot: false });
        if (isRefused(read)) {
            skipped.push(...edits);
            continue;
        }
        const edited = applyEdits(read.toString('utf8'), edits);
        const diff = edited.applied.length === 0 ? '' : unifiedDiff(path, edited.before, edited.after);
        // A diff is shown and stored like every output: one whose lines hold a secret's shape is left out
        // whole, since a redacted hunk would no longer apply.
        if (diff !== '' && redact(diff) !== diff) {
            skipped.push(...edits);
            continue;
        }
        applied.push(...edited.applied);
        skipped.push(...edited.skipped);
        if (edited.applied.length === 0)
            continue;
        files.push({ path, after: edited.after });
        // git apply skips the lines before a file's diff, so each file's fixes say why, their risk and rollback there.
        diffs.push(`${edited.applied.map((edit) => `# ${edit.path}:${edit.line}: ${edit.from} -> ${edit.to}: ${edit.why}.\n`).join('')}# Risk: this line only. Rollback: git apply -R fixes.patch.\n${diff}`);
    }
    return { patch: diffs.join(''), files, applied, skipped, guesses };
}
/** What the status audit says of the plan. */
function fixesInAudit(plan) {
    return { edits: plan.applied, skipped: plan.skipped.length, guesses: plan.guesses };
}
/** Writes a planned file in place, never through a symbolic link planted where it was. */
async function writeFixedFile(containment, path, text) {
    const handle = await (0,promises_namespaceObject.open)(containment.fsPathOf(path), external_node_fs_.constants.O_WRONLY | external_node_fs_.constants.O_TRUNC | external_node_fs_.constants.O_NOFOLLOW);
    try {
        await handle.writeFile(text, 'utf8');
    }
    finally {
        await handle.close();
    }
}

;// CONCATENATED MODULE: ./src/cli/history-command.ts




function cell(value) {
    return value === undefined ? '—' : String(value);
}
/** A plain table, one row a commit, and a sparkline per series under it. */
function renderHistoryText(points) {
    if (points.length === 0)
        return 'No commits in that period.\n';
    const rows = points.map((point) => [point.date.slice(0, 10), (point.commit ?? '').slice(0, 12), cell(point.placeholders), cell(point.brokenLinks), cell(point.checklistScore)]);
    const header = ['date', 'commit', 'placeholders', 'broken links', 'score'];
    const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column].length)));
    const line = (row) => row.map((value, column) => (column >= 2 ? value.padStart(widths[column]) : value.padEnd(widths[column]))).join('  ').trimEnd();
    const out = [line(header), ...rows.map(line), ''];
    for (const [label, values] of [['placeholders', points.map((point) => point.placeholders)], ['broken links', points.map((point) => point.brokenLinks)], ['score', points.map((point) => point.checklistScore)]]) {
        const known = values.filter((value) => value !== undefined);
        if (known.length >= 2)
            out.push(`${label.padEnd(13)} ${sparkline(known)}  ${known[0]} → ${known[known.length - 1]}`);
    }
    return `${out.join('\n')}\n`;
}
async function history_command_history(args, io) {
    const sinceMs = parseDuration(args.since, '--since');
    const everyMs = parseDuration(args.every, '--every');
    const prepared = await resolveOptions({
        path: args.path,
        pathWhere: 'path argument',
        baseDir: io.cwd,
        config: args.config,
        overrides: args.overrides,
        defaultOutputDir: undefined,
        configOutputDir: 'ignored',
        env: io.env,
    });
    const points = await auditHistoryWithOptions(prepared, io.env, { sinceMs, everyMs });
    if (args.format === 'csv')
        io.stdout(historyCsv(points));
    else if (args.format === 'json')
        io.stdout(`${JSON.stringify(points, null, 1)}\n`);
    else
        io.stdout(terminalText(renderHistoryText(points), true));
    io.stderr(`repo-audit: ${points.length} ${points.length === 1 ? 'commit' : 'commits'} audited\n`);
    return 0;
}

;// CONCATENATED MODULE: ./src/cli/run-cli.ts





















/** C0 and C1 controls, ESC among them, and line breaks: an error message is printed as one plain line. */
const CONTROL_CHARACTERS = /\p{Cc}+/gu;
function oneLine(text) {
    return text.replace(CONTROL_CHARACTERS, ' ').trim();
}
/** fixes.patch for the report directory; a patch that cannot be planned is left out with a note, never at the reports' cost. */
function plannedFixes(root, report, io) {
    try {
        return planLinkFixes(root, report.links?.findings ?? [], (text) => redactSecrets(text, io.env), report.links?.citations.moved);
    }
    catch (error) {
        io.stderr(`repo-audit: note: fixes.patch left out: ${terminalText(oneLine(error instanceof Error ? error.message : String(error)))}\n`);
        return undefined;
    }
}
async function audit(args, io) {
    const prepared = await resolveOptions({
        path: args.path,
        pathWhere: 'path argument',
        baseDir: io.cwd,
        config: args.config,
        overrides: args.overrides,
        defaultOutputDir: undefined,
        configOutputDir: 'ignored',
        env: io.env,
    });
    for (const note of prepared.notes)
        io.stderr(`repo-audit: note: ${oneLine(note)}\n`);
    const { options } = prepared;
    const report = await auditWithOptions(prepared, io.env);
    // Rendered only when it is written or printed.
    const markdown = () => renderJobSummary(report, { serverUrl: io.env.GITHUB_SERVER_URL });
    let unwritten;
    if (options.outputDir) {
        const plan = plannedFixes(options.root, report, io);
        const fixesPatch = plan?.patch;
        try {
            const statusAudit = renderStatusAudit(report, { serverUrl: io.env.GITHUB_SERVER_URL }, plan && fixesInAudit(plan));
            const written = await writeReports(options.outputDir, report, { summary: markdown(), statusAudit, ...(fixesPatch ? { fixesPatch } : {}), ...(options.sarif ? { sarif: buildSarif(report, io.env.GITHUB_SERVER_URL || undefined).json } : {}) });
            io.stderr(`Reports written to ${terminalText(written.dir)}\n`);
        }
        catch (error) {
            if (!(error instanceof ReportsNotWrittenError))
                throw error;
            unwritten = error;
        }
    }
    if (args.format === 'json') {
        emitJson(report, io.stdout);
        io.stdout('\n');
    }
    else if (args.format === 'markdown')
        io.stdout(markdown());
    else
        io.stdout(renderTextReport(report, { color: io.isTerminal && !io.env.NO_COLOR, maxListItems: 30 }));
    // Everything is printed and written before any of these decides the exit status.
    // As in the action with fail-on-error: the files that could be written are, and the run fails.
    if (unwritten) {
        for (const failure of unwritten.failures)
            io.stderr(`repo-audit: ${terminalText(oneLine(failure.message))}\n`);
        return ExitCode.ThresholdFailed;
    }
    const includeError = unmatchedIncludeError(report.inventory.unmatchedInclude, prepared.includeWhere);
    if (includeError)
        throw includeError;
    const failure = describeFailedGates(report.gates);
    if (failure)
        io.stderr(`${failure}\n`);
    return failure ? ExitCode.ThresholdFailed : ExitCode.Pass;
}
/**
 * Audits the links only, then prints the certain fixes as a diff, or makes them with --write. The
 * files with a fix are read again, after the audit, and written in place, never through a link.
 */
async function fix(args, io) {
    const prepared = await resolveOptions({
        path: args.path,
        pathWhere: 'path argument',
        baseDir: io.cwd,
        config: args.config,
        overrides: new Map([[Inputs.Checks, { value: 'links', where: 'fix' }]]),
        defaultOutputDir: undefined,
        configOutputDir: 'ignored',
        env: io.env,
    });
    for (const note of prepared.notes)
        io.stderr(`repo-audit: note: ${oneLine(note)}\n`);
    const report = await auditWithOptions(prepared, io.env);
    const plan = planLinkFixes(prepared.options.root, report.links?.findings ?? [], (text) => redactSecrets(text, io.env), report.links?.citations.moved);
    if (args.write) {
        const containment = new RootContainment(prepared.options.root);
        for (const file of plan.files)
            await writeFixedFile(containment, file.path, file.after);
        // A diff shown on a terminal cannot carry the repository's control characters; piped, it is verbatim for `git apply`.
    }
    else
        io.stdout(io.isTerminal ? terminalText(plan.patch, true) : plan.patch);
    const files = plan.files.length;
    io.stderr(`repo-audit: ${plan.applied.length} certain link ${plan.applied.length === 1 ? 'fix' : 'fixes'} in ${files} ${files === 1 ? 'file' : 'files'}${args.write ? ' made' : ''}` +
        `${plan.skipped.length > 0 ? `; ${plan.skipped.length} left: the target is not once on its line, the file cannot be read, or the diff would show a secret` : ''}` +
        `${plan.guesses > 0 ? `; ${plan.guesses} ${plan.guesses === 1 ? 'suggestion is a guess' : 'suggestions are guesses'}, left to you (report.json)` : ''}.\n`);
    for (const edit of plan.applied)
        io.stderr(`  ${terminalText(edit.path)}:${edit.line}  ${terminalText(edit.from)} -> ${terminalText(edit.to)}: ${edit.why}\n`);
    return ExitCode.Pass;
}
function reportInternalError(error, io, debug) {
    // git's stderr and parse errors quote the repository: redacted and escaped like everything shown.
    const shown = (text, keepNewlines = false) => terminalText(redactSecrets(text, io.env), keepNewlines);
    const message = error instanceof Error ? error.message : String(error);
    io.stderr(`repo-audit: internal error: ${shown(oneLine(message))}\n`);
    if (debug && error instanceof Error && error.stack)
        io.stderr(`${shown(error.stack, true)}\n`);
    else
        io.stderr('repo-audit: run again with --debug (or REPO_AUDIT_DEBUG=1) for the stack.\n');
    return ExitCode.Internal;
}
/** The CLI without process globals, so tests call it directly. Returns the exit code: 0 pass, 1 threshold failed, 2 usage or config error, 3 internal error. */
async function runCli(argv, io) {
    // REPO_AUDIT_DEBUG reaches errors raised before the arguments are parsed; --debug those after.
    let debug = io.env.REPO_AUDIT_DEBUG === '1';
    try {
        const command = parseCliArguments(argv);
        if ((command.kind === 'audit' || command.kind === 'fix' || command.kind === 'history') && command.debug)
            debug = true;
        if (command.kind === 'help') {
            io.stdout(`${USAGE}\n`);
            return ExitCode.Pass;
        }
        if (command.kind === 'version') {
            io.stdout(`${TOOL_VERSION}\n`);
            return ExitCode.Pass;
        }
        if (command.kind === 'fix')
            return await fix(command, io);
        if (command.kind === 'history')
            return await history_command_history(command, io);
        return await audit(command, io);
    }
    catch (error) {
        if (error instanceof UsageError || error instanceof DurationError) {
            io.stderr(`repo-audit: ${error.message}\n`);
            return ExitCode.Usage;
        }
        // Their messages quote config keys and values, which the repository wrote: redacted, control characters visible.
        if (error instanceof settings_error/* SettingsErrors */.zA) {
            io.stderr(`repo-audit: ${error.errors.length} settings are invalid:\n${error.errors.map((each) => `  ${terminalText(redactSecrets(oneLine(each.message), io.env))}\n`).join('')}`);
            return ExitCode.Usage;
        }
        if (error instanceof settings_error/* SettingsError */.GN || error instanceof settings_error/* ConfigFileError */.x) {
            io.stderr(`repo-audit: ${terminalText(redactSecrets(oneLine(error.message), io.env))}\n`);
            return ExitCode.Usage;
        }
        return reportInternalError(error, io, debug);
    }
}


/***/ }),

/***/ 6148:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   CL: () => (/* binding */ InvalidCommitIdError),
/* harmony export */   D5: () => (/* binding */ gitArguments),
/* harmony export */   EO: () => (/* binding */ runGit),
/* harmony export */   QW: () => (/* binding */ GIT_TIME_LIMIT_MS),
/* harmony export */   _K: () => (/* binding */ gitEnvironment),
/* harmony export */   h_: () => (/* binding */ DIFF_SAFETY),
/* harmony export */   iR: () => (/* binding */ GitCommandError),
/* harmony export */   xk: () => (/* binding */ commitId),
/* harmony export */   yC: () => (/* binding */ LOG_SAFETY)
/* harmony export */ });
/* unused harmony export SAFE_CONFIG */
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);

class GitCommandError extends Error {
    args;
    cwd;
    stderr;
    constructor(args, cwd, stderr, options) {
        super(`git ${args.join(' ')} failed in ${cwd}: ${stderr.trim() || 'no output'}`, options);
        this.args = args;
        this.cwd = cwd;
        this.stderr = stderr;
        this.name = 'GitCommandError';
    }
    /** What git said, for the user: its first line, at most 300 characters, or the error's own message. */
    get reason() {
        return (this.stderr.trim().split('\n')[0] ?? '').slice(0, 300) || this.message.slice(0, 300);
    }
}
/** A value from the repository or the event that was to be given to git as a commit id, and is not one. */
class InvalidCommitIdError extends Error {
    value;
    where;
    constructor(value, where) {
        super(`${where} is not a commit id (7 to 64 hexadecimal digits): ${JSON.stringify(value.slice(0, 80))}`);
        this.value = value;
        this.where = where;
        this.name = 'InvalidCommitIdError';
    }
}
/**
 * A git command that has not answered by then is killed and fails like any other, so the audit
 * falls back to walking the directory: a hostile `.git` can make git wait for ever (an index that
 * is a FIFO blocks `ls-files`). Listing a large monorepo takes well under a second.
 */
const GIT_TIME_LIMIT_MS = 60_000;
/**
 * Everything a repository's own configuration (.git/config, or a committed directory git takes for
 * a bare repository) could make a read-only command run, switched off on the command line, which
 * outranks every configuration file. What git never runs for the commands the audit uses (clean and
 * smudge filters, editors) is left out; `DIFF_SAFETY` and `LOG_SAFETY` go on diff and log themselves.
 */
const SAFE_CONFIG = [
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
].flatMap((setting) => ['-c', setting]);
/** On every diff: no external diff program, no textconv driver. */
const DIFF_SAFETY = ['--no-ext-diff', '--no-textconv'];
/** On every log: the same, and no signature check (gpg.program). */
const LOG_SAFETY = [...DIFF_SAFETY, '--no-show-signature'];
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
]);
/** The environment git runs with, built from `env` (matched case-insensitively: Windows spells `Path`). */
function gitEnvironment(env, options = {}) {
    const out = {};
    for (const [name, value] of Object.entries(env)) {
        if (value !== undefined && PASSED_THROUGH.has(name.toUpperCase()))
            out[name] = value;
    }
    out.GIT_OPTIONAL_LOCKS = '0';
    out.GIT_TERMINAL_PROMPT = '0';
    out.GIT_PAGER = 'cat';
    if (options.ceiling !== undefined)
        out.GIT_CEILING_DIRECTORIES = options.ceiling;
    return out;
}
/** The full argument list of one git invocation: the safe configuration first, then the command. */
function gitArguments(args) {
    return [...SAFE_CONFIG, ...args];
}
const COMMIT_ID = /^[0-9a-f]{7,64}$/i;
/** `value` when it is a commit id git cannot read as an option or a revision expression; throws otherwise. */
function commitId(value, where) {
    if (typeof value !== 'string' || !COMMIT_ID.test(value))
        throw new InvalidCommitIdError(String(value), where);
    return value;
}
/** Runs git with a large buffer (ls-files of a big monorepo is many MB) and returns stdout. */
function runGit(args, cwd, options = {}) {
    return new Promise((resolve, reject) => {
        (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.execFile)('git', gitArguments(args), { cwd, maxBuffer: 512 * 1024 * 1024, encoding: 'utf8', env: gitEnvironment(process.env, options), timeout: options.timeLimitMs ?? GIT_TIME_LIMIT_MS, killSignal: 'SIGKILL' }, (error, stdout, stderr) => {
            const timedOut = error !== null && error.killed === true;
            if (error)
                reject(new GitCommandError(args, cwd, timedOut ? `no answer within ${(options.timeLimitMs ?? GIT_TIME_LIMIT_MS) / 1000} s; git was stopped` : stderr || error.message, { cause: error }));
            else
                resolve(stdout);
        });
    });
}


/***/ }),

/***/ 5427:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   k: () => (/* binding */ pathMatcher)
/* harmony export */ });
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(4006);
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(picomatch__WEBPACK_IMPORTED_MODULE_0__);

/**
 * Matches a relative path against user globs. A pattern also matches everything below a directory
 * it names, as in .gitignore (`docs` and `docs/` exclude `docs/a.md`), because that is what users
 * write in `exclude:`.
 */
function pathMatcher(patterns) {
    const cleaned = patterns.map((pattern) => pattern.replace(/^\.\//, '').replace(/\/+$/, '')).filter((p) => p !== '');
    if (cleaned.length === 0)
        return () => false;
    const test = picomatch__WEBPACK_IMPORTED_MODULE_0___default()(cleaned, { dot: true });
    return (path) => {
        if (test(path))
            return true;
        for (let slash = path.indexOf('/'); slash !== -1; slash = path.indexOf('/', slash + 1)) {
            if (test(path.slice(0, slash)))
                return true;
        }
        return false;
    };
}


/***/ }),

/***/ 378:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   GN: () => (/* binding */ SettingsError),
/* harmony export */   bp: () => (/* binding */ describeValue),
/* harmony export */   x: () => (/* binding */ ConfigFileError),
/* harmony export */   xr: () => (/* binding */ settingsErrorOf),
/* harmony export */   zA: () => (/* binding */ SettingsErrors)
/* harmony export */ });
/**
 * A setting with a bad value. `where` names the place the value came from, so one message serves
 * inputs, CLI flags and config keys: "input 'max-placeholders'", "--max-placeholders",
 * ".github/repo-audit.yml line 4, key 'placeholders.tags'".
 */
class SettingsError extends Error {
    where;
    received;
    accepted;
    constructor(where, received, accepted) {
        super(`Invalid ${where}: got ${received}; expected ${accepted}.`);
        this.where = where;
        this.received = received;
        this.accepted = accepted;
        this.name = 'SettingsError';
    }
}
/** Several settings with bad values, all found in one run so that one edit can mend them all. */
class SettingsErrors extends SettingsError {
    errors;
    constructor(errors) {
        const first = errors[0];
        super(first.where, first.received, first.accepted);
        this.errors = errors;
        this.message = `${errors.length} settings are invalid:\n${errors.map((error) => `- ${error.message}`).join('\n')}`;
        this.name = 'SettingsErrors';
    }
}
/** One error for what was collected: itself when there is one. */
function settingsErrorOf(errors) {
    const flat = errors.flatMap((error) => (error instanceof SettingsErrors ? error.errors : [error]));
    return flat.length === 0 ? undefined : flat.length === 1 ? flat[0] : new SettingsErrors(flat);
}
/** The config file itself cannot be used: missing, unreadable or not valid YAML. */
class ConfigFileError extends Error {
    file;
    line;
    constructor(file, line, detail, options) {
        super(`Config file ${file}${line === undefined ? '' : ` line ${line}`}: ${detail}`, options);
        this.file = file;
        this.line = line;
        this.name = 'ConfigFileError';
    }
}
function describeValue(value) {
    if (typeof value === 'string')
        return JSON.stringify(value);
    if (Array.isArray(value))
        return `a list (${JSON.stringify(value).slice(0, 80)})`;
    if (value === null)
        return 'an empty value';
    if (typeof value === 'object')
        return 'a mapping';
    return String(value);
}


/***/ }),

/***/ 2645:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   D: () => (/* binding */ collapseWhitespace)
/* harmony export */ });
/**
 * `text.slice(from, to).replace(/\s+/g, ' ').trim()`: every run of whitespace as one space, none
 * at either end. Most text shown in findings has nothing to collapse (single spaces between
 * printable ASCII characters); that case costs a scan and at most one slice, and only the rest
 * goes through the regex, which is what keeps the result exactly the regex's.
 */
function collapseWhitespace(text, from = 0, to = text.length) {
    let start = from;
    let end = to;
    while (start < end && text.charCodeAt(start) === 32)
        start++;
    while (end > start && text.charCodeAt(end - 1) === 32)
        end--;
    let previousSpace = false;
    for (let at = start; at < end; at++) {
        const code = text.charCodeAt(at);
        if (code === 32) {
            if (previousSpace)
                return slow(text, from, to);
            previousSpace = true;
        }
        else if (code < 33 || code > 126) {
            return slow(text, from, to);
        }
        else {
            previousSpace = false;
        }
    }
    return start === 0 && end === text.length ? text : text.slice(start, end);
}
function slow(text, from, to) {
    const part = from === 0 && to === text.length ? text : text.slice(from, to);
    return part.replace(/\s+/g, ' ').trim();
}


/***/ }),

/***/ 8943:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   S: () => (/* binding */ FileParseError)
/* harmony export */ });
class FileParseError extends Error {
    path;
    line;
    detail;
    constructor(path, line, detail, options) {
        super(`${path}${line === undefined ? '' : ` line ${line}`}: ${detail}`, options);
        this.path = path;
        this.line = line;
        this.detail = detail;
        this.name = 'FileParseError';
    }
    toProblem() {
        return { path: this.path, ...(this.line === undefined ? {} : { line: this.line }), message: this.detail };
    }
}


/***/ }),

/***/ 1938:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   n: () => (/* binding */ FingerprintIndex)
/* harmony export */ });
/* unused harmony export fingerprintHash */
/* harmony import */ var _collapse_whitespace_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(2645);

/**
 * Gives findings fingerprints that do not depend on line numbers: a hash of the rule, the path and
 * the normalised content, plus an occurrence index so two identical lines in one file stay distinct.
 * One instance per scanner run; call `next` in file order.
 */
class FingerprintIndex {
    /** Occurrences so far per first fingerprint: 20 characters a finding rather than its whole text. */
    seen = new Map();
    next(ruleId, path, content) {
        const first = fingerprintHash(`${ruleId}\u0000${path}\u0000${(0,_collapse_whitespace_js__WEBPACK_IMPORTED_MODULE_0__/* .collapseWhitespace */ .D)(content)}`);
        const occurrence = this.seen.get(first) ?? 0;
        this.seen.set(first, occurrence + 1);
        return occurrence === 0 ? first : fingerprintHash(`${first}\u0000${occurrence}`);
    }
}
/**
 * 80 bits (20 hex digits) of a non-cryptographic hash: four 32-bit multiply-xor lanes over the
 * UTF-16 code units, each rotated every step and finished with an avalanche mix. Fingerprints only
 * need to tell findings apart, not resist an attacker; SHA-256 through node:crypto cost 3 µs a
 * finding, this 0.3 µs.
 */
function fingerprintHash(text) {
    // `| 0` keeps the lanes int32 from the start: a seed above 2^31 would make V8 use doubles here.
    let a = 0x9e3779b9 | 0;
    let b = 0x85ebca6b | 0;
    let c = 0xc2b2ae35 | 0;
    let d = 0x27d4eb2f | 0;
    for (let index = 0; index < text.length; index++) {
        const code = text.charCodeAt(index);
        // Multiplying carries a difference only upwards; the rotation brings the top bits back down.
        a = Math.imul(a ^ code, 0x9e3779b1);
        a = (a << 15) | (a >>> 17);
        b = Math.imul(b ^ code, 0x85ebca77);
        b = (b << 13) | (b >>> 19);
        c = Math.imul(c ^ code, 0xc2b2ae3d);
        c = (c << 11) | (c >>> 21);
        d = Math.imul(d ^ code, 0x27d4eb2f);
        d = (d << 17) | (d >>> 15);
    }
    a = avalanche(a ^ text.length ^ d);
    b = avalanche(b ^ a);
    c = avalanche(c ^ b);
    d = avalanche(d ^ c);
    return hex8(a) + hex8(b) + hex8(c).slice(0, 4);
}
function avalanche(value) {
    let h = value;
    h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
    h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
    return h ^ (h >>> 16);
}
// Number#toString(16) costs a microsecond a call; byte lookups cost almost nothing.
const HEX_BYTES = Array.from({ length: 256 }, (_, byte) => byte.toString(16).padStart(2, '0'));
function hex8(value) {
    return HEX_BYTES[(value >>> 24) & 255] + HEX_BYTES[(value >>> 16) & 255] + HEX_BYTES[(value >>> 8) & 255] + HEX_BYTES[value & 255];
}


/***/ }),

/***/ 9447:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   C_: () => (/* binding */ combinedSecretPattern),
/* harmony export */   Rj: () => (/* binding */ secretMarkerPattern),
/* harmony export */   Tw: () => (/* binding */ PRIVATE_KEY_KIND),
/* harmony export */   gp: () => (/* binding */ matchedShape)
/* harmony export */ });
/* unused harmony export SECRET_SHAPES */
/** Shown in place of the header of a private key; the key itself is what follows it. */
const PRIVATE_KEY_KIND = 'private key block';
/**
 * Shapes with a fixed prefix and a fixed alphabet: a match is rarely anything but a credential.
 * Shapes without a prefix (40 hex characters) are left out on purpose: they are commit hashes far
 * more often than secrets.
 */
const SECRET_SHAPES = [
    { kind: PRIVATE_KEY_KIND, source: '-----BEGIN (?:RSA |EC |DSA |OPENSSH |PGP |ENCRYPTED )?PRIVATE KEY(?: BLOCK)?-----', prefixLength: 0, marker: '-----BEGIN ' },
    { kind: 'AWS access key id', source: '\\b(?:AKIA|ASIA)[0-9A-Z]{16}\\b', prefixLength: 4, marker: 'A[KS]IA' },
    { kind: 'GitHub token', source: '\\bgh[pousr]_[A-Za-z0-9]{36}\\b', prefixLength: 4, marker: 'gh[pousr]_' },
    { kind: 'GitHub fine-grained token', source: '\\bgithub_pat_[A-Za-z0-9_]{82}\\b', prefixLength: 11, marker: 'github_pat_' },
    { kind: 'GitLab token', source: '\\bglpat-[A-Za-z0-9_-]{20}\\b', prefixLength: 6, marker: 'glpat-' },
    { kind: 'Slack token', source: '\\bxox[abposr]-[A-Za-z0-9-]{10,72}\\b', prefixLength: 5, marker: 'xox' },
    { kind: 'Google API key', source: '\\bAIza[0-9A-Za-z_-]{35}(?![0-9A-Za-z_-])', prefixLength: 4, marker: 'AIza' },
    { kind: 'Stripe secret key', source: '\\b[sr]k_live_[0-9A-Za-z]{24,99}\\b', prefixLength: 8, marker: 'k_live_' },
    { kind: 'OpenAI API key', source: '\\bsk-(?:proj-|svcacct-|admin-)?[A-Za-z0-9_-]{20,74}T3BlbkFJ[A-Za-z0-9_-]{20,74}\\b', prefixLength: 3, marker: 'T3BlbkFJ' },
    { kind: 'Anthropic API key', source: '\\bsk-ant-(?:api|admin)\\d{2}-[A-Za-z0-9_-]{80,120}(?![A-Za-z0-9_-])', prefixLength: 7, marker: 'sk-ant-' },
    { kind: 'Hugging Face token', source: '\\bhf_[A-Za-z0-9]{34}\\b', prefixLength: 3, marker: 'hf_' },
    { kind: 'npm token', source: '\\bnpm_[A-Za-z0-9]{36}\\b', prefixLength: 4, marker: 'npm_' },
    { kind: 'PyPI token', source: '\\bpypi-AgEIcHlwaS5vcmc[A-Za-z0-9_-]{50,300}(?![A-Za-z0-9_-])', prefixLength: 5, marker: 'pypi-' },
];
/** Every shape as one alternation, group `i + 1` being `SECRET_SHAPES[i]`: one pass over a text finds them all. */
function combinedSecretPattern() {
    return new RegExp(SECRET_SHAPES.map((shape) => `(${shape.source})`).join('|'), 'g');
}
/** Matches every text that could hold a secret of some shape, and few others. */
function secretMarkerPattern() {
    return new RegExp(SECRET_SHAPES.map((shape) => shape.marker).join('|'));
}
/** The shape whose group matched in a match of `combinedSecretPattern()`. */
function matchedShape(match) {
    const group = match.findIndex((value, index) => index > 0 && value !== undefined);
    return SECRET_SHAPES[group - 1];
}


/***/ }),

/***/ 6003:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   D: () => (/* binding */ BUILT_IN_CHECK_IDS)
/* harmony export */ });
/* unused harmony export BUILT_IN_CHECKS_BY_PACK */
/** Every built-in check id by pack, in report order. The ids are a public contract: config and reports use them. */
const BUILT_IN_CHECKS_BY_PACK = {
    general: [
        'readme', 'license', 'contributing', 'changelog', 'security-policy', 'codeowners', 'gitignore', 'tests', 'ci',
        'conflict-markers', 'large-files', 'secrets',
    ],
    reproducibility: [
        'lockfile', 'lock-freshness', 'dependency-pinning', 'runtime-pinned', 'seeding', 'environment-capture', 'container-pinning',
        'config-files', 'experiment-tracking', 'data-versioning', 'checkpointing', 'metrics-persisted', 'checkpoint-integrity',
        'optional-dependency-skips', 'tracking-run-ids',
    ],
    ci: ['workflow-permissions', 'pinned-actions', 'dangerous-workflow', 'dependency-updates', 'lint-gates'],
    docs: ['docs-freshness'],
};
const BUILT_IN_CHECK_IDS = Object.values(BUILT_IN_CHECKS_BY_PACK).flat();


/***/ }),

/***/ 6300:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   p: () => (/* binding */ PACK_IDS)
/* harmony export */ });
const PACK_IDS = ['general', 'reproducibility', 'ci', 'docs'];


/***/ }),

/***/ 4312:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   K: () => (/* binding */ contentRulePattern),
/* harmony export */   b: () => (/* binding */ CUSTOM_RULE_TYPES)
/* harmony export */ });
/* harmony import */ var _linear_pattern_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1961);

const CUSTOM_RULE_TYPES = ['file-exists', 'file-absent', 'file-contains', 'file-not-contains', 'max-age'];
/** A content rule's pattern, compiled for linear-time matching: `^`/`$` at line ends, optional case folding. */
function contentRulePattern(rule) {
    return (0,_linear_pattern_js__WEBPACK_IMPORTED_MODULE_0__/* .linearPattern */ .GD)(rule.pattern, { multiline: true, ignoreCase: rule.ignoreCase });
}


/***/ }),

/***/ 2791:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   j: () => (/* binding */ boundedDistance)
/* harmony export */ });
/**
 * Levenshtein distance when it is at most `limit`, else `limit + 1`. Only the diagonal band of
 * width `2 * limit + 1` is filled and the row loop stops once the whole band exceeds the limit, so a
 * comparison costs O(length × limit) at worst and usually far less.
 */
function boundedDistance(a, b, limit) {
    if (a === b)
        return 0;
    if (Math.abs(a.length - b.length) > limit)
        return limit + 1;
    const over = limit + 1;
    let previous = new Array(b.length + 1);
    let current = new Array(b.length + 1);
    for (let j = 0; j <= b.length; j++)
        previous[j] = j <= limit ? j : over;
    for (let i = 1; i <= a.length; i++) {
        const from = Math.max(1, i - limit);
        const to = Math.min(b.length, i + limit);
        current[from - 1] = from === 1 && i <= limit ? i : over;
        let rowMinimum = current[from - 1];
        for (let j = from; j <= to; j++) {
            const substitution = previous[j - 1] + (a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1);
            const deletion = j <= i - 1 + limit ? previous[j] + 1 : over;
            const insertion = current[j - 1] + 1;
            const value = Math.min(substitution, deletion, insertion, over);
            current[j] = value;
            if (value < rowMinimum)
                rowMinimum = value;
        }
        if (to < b.length)
            current[to + 1] = over;
        if (rowMinimum > limit)
            return over;
        const swap = previous;
        previous = current;
        current = swap;
    }
    return Math.min(previous[b.length], over);
}


/***/ }),

/***/ 8576:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   e: () => (/* binding */ FileScanError)
/* harmony export */ });
/** A scanner failed on one file; the engine records the path with the error. */
class FileScanError extends Error {
    path;
    constructor(path, message, options) {
        super(message, options);
        this.path = path;
        this.name = 'FileScanError';
    }
}


/***/ }),

/***/ 5573:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   QW: () => (/* binding */ assertJsonDepth)
/* harmony export */ });
/* unused harmony exports MAX_JSON_DEPTH, jsonNestingDepth */
/* harmony import */ var _report_file_parse_error_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8943);

/** Deeper JSON is refused before parsing: no real manifest nests this far, and walking it costs per level. */
const MAX_JSON_DEPTH = 64;
/** The deepest `{`/`[` nesting in `text`, strings skipped; one pass, stops once past `limit`. */
function jsonNestingDepth(text, limit = MAX_JSON_DEPTH) {
    let depth = 0;
    let deepest = 0;
    for (let index = 0; index < text.length; index++) {
        const code = text.charCodeAt(index);
        if (code === 0x22) {
            index++;
            while (index < text.length && text.charCodeAt(index) !== 0x22)
                index += text.charCodeAt(index) === 0x5c ? 2 : 1;
        }
        else if (code === 0x7b || code === 0x5b) {
            depth++;
            if (depth > deepest)
                deepest = depth;
            if (deepest > limit)
                return deepest;
        }
        else if (code === 0x7d || code === 0x5d) {
            depth--;
        }
    }
    return deepest;
}
/** Throws a FileParseError naming the cap when `text` nests deeper than MAX_JSON_DEPTH. */
function assertJsonDepth(path, text) {
    if (jsonNestingDepth(text) > MAX_JSON_DEPTH)
        throw new _report_file_parse_error_js__WEBPACK_IMPORTED_MODULE_0__/* .FileParseError */ .S(path, undefined, `nested deeper than ${MAX_JSON_DEPTH} levels, not read`);
}


/***/ }),

/***/ 1961:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   GD: () => (/* binding */ linearPattern),
/* harmony export */   fG: () => (/* binding */ loadLinearPatterns),
/* harmony export */   sZ: () => (/* binding */ UnsupportedPatternError)
/* harmony export */ });
let engine;
/**
 * Loads RE2JS. Patterns come only from a config file, so the entries load it only when there is
 * one: bundled at start it cost every run 14 ms (270 KB of JavaScript to compile).
 */
async function loadLinearPatterns() {
    engine ??= (await __nccwpck_require__.e(/* import() */ 856).then(__nccwpck_require__.bind(__nccwpck_require__, 2856))).RE2JS;
}
function loadedEngine() {
    if (engine === undefined)
        throw new Error('A pattern was compiled before loadLinearPatterns(): the entry that read the config file must load the engine first');
    return engine;
}
/** Why a pattern cannot run in linear time, for the config error. */
class UnsupportedPatternError extends Error {
    pattern;
    reason;
    constructor(pattern, reason) {
        super(`${reason}; repository-supplied patterns run in linear time, without backreferences or lookaround`);
        this.pattern = pattern;
        this.reason = reason;
        this.name = 'UnsupportedPatternError';
    }
}
function re2Flags(re2, flags) {
    return (flags.ignoreCase ? re2.CASE_INSENSITIVE : 0) | (flags.multiline ? re2.MULTILINE : 0) | (flags.dotAll ? re2.DOTALL : 0);
}
/** Compiles `source` (JavaScript syntax); throws UnsupportedPatternError when RE2 cannot run it. */
function linearPattern(source, flags = {}) {
    const re2 = loadedEngine();
    let compiled;
    try {
        compiled = re2.compile(re2.translateRegExp(source), re2Flags(re2, flags));
    }
    catch (error) {
        if (!(error instanceof Error))
            throw error;
        throw new UnsupportedPatternError(source, error.message);
    }
    return {
        source,
        test: (text) => compiled.matcher(text).find(),
        matchStarts: (text, limit) => {
            const starts = [];
            const matcher = compiled.matcher(text);
            // RE2's find() steps past an empty match itself, so this always advances.
            while (starts.length < limit && matcher.find())
                starts.push(matcher.start());
            return starts;
        },
    };
}


/***/ }),

/***/ 8050:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Fd: () => (/* binding */ normalizePath),
/* harmony export */   Nk: () => (/* binding */ relativeLink),
/* harmony export */   UO: () => (/* binding */ isWithin),
/* harmony export */   _K: () => (/* binding */ isOutside),
/* harmony export */   je: () => (/* binding */ extensionOf),
/* harmony export */   jt: () => (/* binding */ directoryOf),
/* harmony export */   uJ: () => (/* binding */ joinPath)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);

/** True when a normalised relative path climbs above its base. */
function isOutside(path) {
    return path === '..' || path.startsWith('../');
}
/** posix.normalize without the `.` it returns for an empty path, and without a trailing `/`. */
function normalizePath(path) {
    const normalized = node_path__WEBPACK_IMPORTED_MODULE_0__.posix.normalize(path).replace(/\/+$/, '');
    return normalized === '.' ? '' : normalized.replace(/^\.\//, '');
}
/** `path` inside `directory` ('' is the root), normalised. */
function joinPath(directory, path) {
    return normalizePath(directory === '' ? path : `${directory}/${path}`);
}
/** The directory of a repository path ('' for a file at the root). */
function directoryOf(path) {
    const slash = path.lastIndexOf('/');
    return slash === -1 ? '' : path.slice(0, slash);
}
/** True when `path` is `directory` or lies inside it ('' holds everything). */
function isWithin(path, directory) {
    return directory === '' || path === directory || path.startsWith(`${directory}/`);
}
/** How to write `to` in a link from the file `from`: relative, with `./` dropped, '' never. */
function relativeLink(from, to) {
    const relative = node_path__WEBPACK_IMPORTED_MODULE_0__.posix.relative(directoryOf(from) === '' ? '.' : directoryOf(from), to === '' ? '.' : to);
    return relative === '' ? './' : relative;
}
/** The extension of a path's last segment, lower case, without the dot; '' for none (and for `.hidden`). */
function extensionOf(path) {
    const name = path.slice(path.lastIndexOf('/') + 1);
    const dot = name.lastIndexOf('.');
    return dot <= 0 ? '' : name.slice(dot + 1).toLowerCase();
}


/***/ }),

/***/ 8891:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   J: () => (/* binding */ GITHUB_VIEW_ONLY)
/* harmony export */ });
/** A link on a site page that works on the site but not in GitHub's file view: a note, not broken unless configured. */
const GITHUB_VIEW_ONLY = 'github-view-only';


/***/ }),

/***/ 5775:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   vF: () => (/* binding */ regexOfPattern),
/* harmony export */   y_: () => (/* binding */ linkSettings)
/* harmony export */ });
/* unused harmony exports SITE_MODES, GITHUB_VIEW_ONLY_MODES */
/* harmony import */ var _options_settings_error_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(378);
/* harmony import */ var _linear_pattern_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(1961);


const SITE_MODES = ['auto', 'off'];
const GITHUB_VIEW_ONLY_MODES = ['report', 'count', 'hide'];
function readChoice(value, allowed, key) {
    if (value === undefined)
        return undefined;
    if (allowed.includes(value))
        return value;
    throw new _options_settings_error_js__WEBPACK_IMPORTED_MODULE_0__/* .SettingsError */ .GN(`config key links.${key}`, JSON.stringify(value), `one of ${allowed.join(', ')}`);
}
const EXTENSION_SHAPE = /^[a-z0-9][a-z0-9_-]*$/;
const REGEX_PATTERN = /^\/(.+)\/([a-z]*)$/s;
/** JavaScript flags that change what a test matches; `g`, `y`, `u`, `d` change nothing for it. */
const NEUTRAL_FLAGS = /^[gyud]$/;
/**
 * `/source/flags` patterns compile as regular expressions, run in linear time since they come from
 * the repository's config; everything else is a glob.
 */
function regexOfPattern(pattern) {
    const match = REGEX_PATTERN.exec(pattern);
    if (!match)
        return undefined;
    const flags = match[2];
    for (const flag of flags) {
        if (!'ims'.includes(flag) && !NEUTRAL_FLAGS.test(flag))
            throw new _linear_pattern_js__WEBPACK_IMPORTED_MODULE_1__/* .UnsupportedPatternError */ .sZ(pattern, `unknown flag "${flag}" (accepted: i, m, s, g, y, u, d)`);
    }
    return (0,_linear_pattern_js__WEBPACK_IMPORTED_MODULE_1__/* .linearPattern */ .GD)(match[1], { ignoreCase: flags.includes('i'), multiline: flags.includes('m'), dotAll: flags.includes('s') });
}
function readExtensions(items) {
    return items.map((item) => {
        const extension = item.replace(/^\./, '').toLowerCase();
        if (!EXTENSION_SHAPE.test(extension)) {
            throw new _options_settings_error_js__WEBPACK_IMPORTED_MODULE_0__/* .SettingsError */ .GN('config key links.extensions', JSON.stringify(item), 'file extensions like md or .markdown');
        }
        return extension;
    });
}
function readRoots(items) {
    return items.map((item) => {
        const equals = item.indexOf('=');
        const prefix = equals === -1 ? '' : item.slice(0, equals).trim();
        const directory = equals === -1 ? '' : item.slice(equals + 1).trim();
        if (prefix === '' || /(^|\/)\.\.(\/|$)/.test(directory)) {
            throw new _options_settings_error_js__WEBPACK_IMPORTED_MODULE_0__/* .SettingsError */ .GN('config key links.roots', JSON.stringify(item), '"prefix=directory" items such as "/img/=static/img/", with the directory inside the audited root');
        }
        const cleaned = directory.replace(/^\.\//, '').replace(/^\/+/, '');
        return { prefix, directory: cleaned === '.' ? '' : cleaned };
    });
}
function readIgnore(items) {
    for (const item of items) {
        try {
            regexOfPattern(item);
        }
        catch (error) {
            if (!(error instanceof _linear_pattern_js__WEBPACK_IMPORTED_MODULE_1__/* .UnsupportedPatternError */ .sZ))
                throw error;
            throw new _options_settings_error_js__WEBPACK_IMPORTED_MODULE_0__/* .SettingsError */ .GN('config key links.ignore', JSON.stringify(item), `a /regular expression/ without backreferences or lookaround (${error.reason}) or a glob`);
        }
    }
    return [...items];
}
const linkSettings = {
    key: 'links',
    keys: ['extensions', 'roots', 'ignore', 'check-anchors', 'exclude', 'sites', 'github-view-only', 'translation-fallback', 'test-data'],
    defaults: {
        extensions: ['md', 'markdown', 'mdx'], roots: [], ignore: [], checkAnchors: true, exclude: [],
        sites: 'auto', githubViewOnly: 'report', translationFallback: false, testData: false,
    },
    read(reader, defaults) {
        const extensions = reader.stringList('extensions');
        const roots = reader.stringList('roots', /\n/);
        const ignore = reader.stringList('ignore', /\n/);
        return {
            extensions: extensions && extensions.length > 0 ? readExtensions(extensions) : defaults.extensions,
            roots: roots ? readRoots(roots) : defaults.roots,
            ignore: ignore ? readIgnore(ignore) : defaults.ignore,
            checkAnchors: reader.bool('check-anchors') ?? defaults.checkAnchors,
            exclude: reader.stringList('exclude', /\n/) ?? defaults.exclude,
            sites: readChoice(reader.string('sites'), SITE_MODES, 'sites') ?? defaults.sites,
            githubViewOnly: readChoice(reader.string('github-view-only'), GITHUB_VIEW_ONLY_MODES, 'github-view-only') ?? defaults.githubViewOnly,
            translationFallback: reader.bool('translation-fallback') ?? defaults.translationFallback,
            testData: reader.bool('test-data') ?? defaults.testData,
        };
    },
};


/***/ }),

/***/ 8350:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   V: () => (/* binding */ SITE_NAMES)
/* harmony export */ });
/* unused harmony export SITE_KINDS */
/** The documentation site generators whose link rules the links scanner knows. */
const SITE_KINDS = (/* unused pure expression or super */ null && (['mkdocs', 'doc-builder', 'docusaurus', 'mdbook', 'sphinx', 'jekyll', 'vitepress']));
const SITE_NAMES = {
    mkdocs: 'MkDocs',
    'doc-builder': 'doc-builder',
    docusaurus: 'Docusaurus',
    mdbook: 'mdBook',
    sphinx: 'Sphinx (MyST)',
    jekyll: 'Jekyll',
    vitepress: 'VitePress',
};


/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 1421:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 5919:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 7349:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var resolveBlockMap = __nccwpck_require__(7103);
var resolveBlockSeq = __nccwpck_require__(334);
var resolveFlowCollection = __nccwpck_require__(3142);

function resolveCollection(CN, ctx, token, onError, tagName, tag) {
    const coll = token.type === 'block-map'
        ? resolveBlockMap.resolveBlockMap(CN, ctx, token, onError, tag)
        : token.type === 'block-seq'
            ? resolveBlockSeq.resolveBlockSeq(CN, ctx, token, onError, tag)
            : resolveFlowCollection.resolveFlowCollection(CN, ctx, token, onError, tag);
    const Coll = coll.constructor;
    // If we got a tagName matching the class, or the tag name is '!',
    // then use the tagName from the node class used to create it.
    if (tagName === '!' || tagName === Coll.tagName) {
        coll.tag = Coll.tagName;
        return coll;
    }
    if (tagName)
        coll.tag = tagName;
    return coll;
}
function composeCollection(CN, ctx, token, props, onError) {
    const tagToken = props.tag;
    const tagName = !tagToken
        ? null
        : ctx.directives.tagName(tagToken.source, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg));
    if (token.type === 'block-seq') {
        const { anchor, newlineAfterProp: nl } = props;
        const lastProp = anchor && tagToken
            ? anchor.offset > tagToken.offset
                ? anchor
                : tagToken
            : (anchor ?? tagToken);
        if (lastProp && (!nl || nl.offset < lastProp.offset)) {
            const message = 'Missing newline after block sequence props';
            onError(lastProp, 'MISSING_CHAR', message);
        }
    }
    const expType = token.type === 'block-map'
        ? 'map'
        : token.type === 'block-seq'
            ? 'seq'
            : token.start.source === '{'
                ? 'map'
                : 'seq';
    // shortcut: check if it's a generic YAMLMap or YAMLSeq
    // before jumping into the custom tag logic.
    if (!tagToken ||
        !tagName ||
        tagName === '!' ||
        (tagName === YAMLMap.YAMLMap.tagName && expType === 'map') ||
        (tagName === YAMLSeq.YAMLSeq.tagName && expType === 'seq')) {
        return resolveCollection(CN, ctx, token, onError, tagName);
    }
    let tag = ctx.schema.tags.find(t => t.tag === tagName && t.collection === expType);
    if (!tag) {
        const kt = ctx.schema.knownTags[tagName];
        if (kt?.collection === expType) {
            ctx.schema.tags.push(Object.assign({}, kt, { default: false }));
            tag = kt;
        }
        else {
            if (kt) {
                onError(tagToken, 'BAD_COLLECTION_TYPE', `${kt.tag} used for ${expType} collection, but expects ${kt.collection ?? 'scalar'}`, true);
            }
            else {
                onError(tagToken, 'TAG_RESOLVE_FAILED', `Unresolved tag: ${tagName}`, true);
            }
            return resolveCollection(CN, ctx, token, onError, tagName);
        }
    }
    const coll = resolveCollection(CN, ctx, token, onError, tagName, tag);
    const res = tag.resolve?.(coll, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg), ctx.options) ?? coll;
    const node = identity.isNode(res)
        ? res
        : new Scalar.Scalar(res);
    node.range = coll.range;
    node.tag = tagName;
    if (tag?.format)
        node.format = tag.format;
    return node;
}

exports.composeCollection = composeCollection;


/***/ }),

/***/ 3683:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Document = __nccwpck_require__(3021);
var composeNode = __nccwpck_require__(5937);
var resolveEnd = __nccwpck_require__(7788);
var resolveProps = __nccwpck_require__(4631);

function composeDoc(options, directives, { offset, start, value, end }, onError) {
    const opts = Object.assign({ _directives: directives }, options);
    const doc = new Document.Document(undefined, opts);
    const ctx = {
        atKey: false,
        atRoot: true,
        directives: doc.directives,
        options: doc.options,
        schema: doc.schema
    };
    const props = resolveProps.resolveProps(start, {
        indicator: 'doc-start',
        next: value ?? end?.[0],
        offset,
        onError,
        parentIndent: 0,
        startOnNewline: true
    });
    if (props.found) {
        doc.directives.docStart = true;
        if (value &&
            (value.type === 'block-map' || value.type === 'block-seq') &&
            !props.hasNewline)
            onError(props.end, 'MISSING_CHAR', 'Block collection cannot start on same line with directives-end marker');
    }
    // @ts-expect-error If Contents is set, let's trust the user
    doc.contents = value
        ? composeNode.composeNode(ctx, value, props, onError)
        : composeNode.composeEmptyNode(ctx, props.end, start, null, props, onError);
    const contentEnd = doc.contents.range[2];
    const re = resolveEnd.resolveEnd(end, contentEnd, false, onError);
    if (re.comment)
        doc.comment = re.comment;
    doc.range = [offset, contentEnd, re.offset];
    return doc;
}

exports.composeDoc = composeDoc;


/***/ }),

/***/ 5937:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(1127);
var composeCollection = __nccwpck_require__(7349);
var composeScalar = __nccwpck_require__(5413);
var resolveEnd = __nccwpck_require__(7788);
var utilEmptyScalarPosition = __nccwpck_require__(2599);

const CN = { composeNode, composeEmptyNode };
function composeNode(ctx, token, props, onError) {
    const atKey = ctx.atKey;
    const { spaceBefore, comment, anchor, tag } = props;
    let node;
    let isSrcToken = true;
    switch (token.type) {
        case 'alias':
            node = composeAlias(ctx, token, onError);
            if (anchor || tag)
                onError(token, 'ALIAS_PROPS', 'An alias node must not specify any properties');
            break;
        case 'scalar':
        case 'single-quoted-scalar':
        case 'double-quoted-scalar':
        case 'block-scalar':
            node = composeScalar.composeScalar(ctx, token, tag, onError);
            if (anchor)
                node.anchor = anchor.source.substring(1);
            break;
        case 'block-map':
        case 'block-seq':
        case 'flow-collection':
            try {
                node = composeCollection.composeCollection(CN, ctx, token, props, onError);
                if (anchor)
                    node.anchor = anchor.source.substring(1);
            }
            catch (error) {
                // Almost certainly here due to a stack overflow
                const message = error instanceof Error ? error.message : String(error);
                onError(token, 'RESOURCE_EXHAUSTION', message);
            }
            break;
        default: {
            const message = token.type === 'error'
                ? token.message
                : `Unsupported token (type: ${token.type})`;
            onError(token, 'UNEXPECTED_TOKEN', message);
            isSrcToken = false;
        }
    }
    node ?? (node = composeEmptyNode(ctx, token.offset, undefined, null, props, onError));
    if (anchor && node.anchor === '')
        onError(anchor, 'BAD_ALIAS', 'Anchor cannot be an empty string');
    if (atKey &&
        ctx.options.stringKeys &&
        (!identity.isScalar(node) ||
            typeof node.value !== 'string' ||
            (node.tag && node.tag !== 'tag:yaml.org,2002:str'))) {
        const msg = 'With stringKeys, all keys must be strings';
        onError(tag ?? token, 'NON_STRING_KEY', msg);
    }
    if (spaceBefore)
        node.spaceBefore = true;
    if (comment) {
        if (token.type === 'scalar' && token.source === '')
            node.comment = comment;
        else
            node.commentBefore = comment;
    }
    // @ts-expect-error Type checking misses meaning of isSrcToken
    if (ctx.options.keepSourceTokens && isSrcToken)
        node.srcToken = token;
    return node;
}
function composeEmptyNode(ctx, offset, before, pos, { spaceBefore, comment, anchor, tag, end }, onError) {
    const token = {
        type: 'scalar',
        offset: utilEmptyScalarPosition.emptyScalarPosition(offset, before, pos),
        indent: -1,
        source: ''
    };
    const node = composeScalar.composeScalar(ctx, token, tag, onError);
    if (anchor) {
        node.anchor = anchor.source.substring(1);
        if (node.anchor === '')
            onError(anchor, 'BAD_ALIAS', 'Anchor cannot be an empty string');
    }
    if (spaceBefore)
        node.spaceBefore = true;
    if (comment) {
        node.comment = comment;
        node.range[2] = end;
    }
    return node;
}
function composeAlias({ options }, { offset, source, end }, onError) {
    const alias = new Alias.Alias(source.substring(1));
    if (alias.source === '')
        onError(offset, 'BAD_ALIAS', 'Alias cannot be an empty string');
    if (alias.source.endsWith(':'))
        onError(offset + source.length - 1, 'BAD_ALIAS', 'Alias ending in : is ambiguous', true);
    const valueEnd = offset + source.length;
    const re = resolveEnd.resolveEnd(end, valueEnd, options.strict, onError);
    alias.range = [offset, valueEnd, re.offset];
    if (re.comment)
        alias.comment = re.comment;
    return alias;
}

exports.composeEmptyNode = composeEmptyNode;
exports.composeNode = composeNode;


/***/ }),

/***/ 5413:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var resolveBlockScalar = __nccwpck_require__(8913);
var resolveFlowScalar = __nccwpck_require__(6842);

function composeScalar(ctx, token, tagToken, onError) {
    const { value, type, comment, range } = token.type === 'block-scalar'
        ? resolveBlockScalar.resolveBlockScalar(ctx, token, onError)
        : resolveFlowScalar.resolveFlowScalar(token, ctx.options.strict, onError);
    const tagName = tagToken
        ? ctx.directives.tagName(tagToken.source, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg))
        : null;
    let tag;
    if (ctx.options.stringKeys && ctx.atKey) {
        tag = ctx.schema[identity.SCALAR];
    }
    else if (tagName)
        tag = findScalarTagByName(ctx.schema, value, tagName, tagToken, onError);
    else if (token.type === 'scalar')
        tag = findScalarTagByTest(ctx, value, token, onError);
    else
        tag = ctx.schema[identity.SCALAR];
    let scalar;
    try {
        const res = tag.resolve(value, msg => onError(tagToken ?? token, 'TAG_RESOLVE_FAILED', msg), ctx.options);
        scalar = identity.isScalar(res) ? res : new Scalar.Scalar(res);
    }
    catch (error) {
        const msg = error instanceof Error ? error.message : String(error);
        onError(tagToken ?? token, 'TAG_RESOLVE_FAILED', msg);
        scalar = new Scalar.Scalar(value);
    }
    scalar.range = range;
    scalar.source = value;
    if (type)
        scalar.type = type;
    if (tagName)
        scalar.tag = tagName;
    if (tag.format)
        scalar.format = tag.format;
    if (comment)
        scalar.comment = comment;
    return scalar;
}
function findScalarTagByName(schema, value, tagName, tagToken, onError) {
    if (tagName === '!')
        return schema[identity.SCALAR]; // non-specific tag
    const matchWithTest = [];
    for (const tag of schema.tags) {
        if (!tag.collection && tag.tag === tagName) {
            if (tag.default && tag.test)
                matchWithTest.push(tag);
            else
                return tag;
        }
    }
    for (const tag of matchWithTest)
        if (tag.test?.test(value))
            return tag;
    const kt = schema.knownTags[tagName];
    if (kt && !kt.collection) {
        // Ensure that the known tag is available for stringifying,
        // but does not get used by default.
        schema.tags.push(Object.assign({}, kt, { default: false, test: undefined }));
        return kt;
    }
    onError(tagToken, 'TAG_RESOLVE_FAILED', `Unresolved tag: ${tagName}`, tagName !== 'tag:yaml.org,2002:str');
    return schema[identity.SCALAR];
}
function findScalarTagByTest({ atKey, directives, schema }, value, token, onError) {
    const tag = schema.tags.find(tag => (tag.default === true || (atKey && tag.default === 'key')) &&
        tag.test?.test(value)) || schema[identity.SCALAR];
    if (schema.compat) {
        const compat = schema.compat.find(tag => tag.default && tag.test?.test(value)) ??
            schema[identity.SCALAR];
        if (tag.tag !== compat.tag) {
            const ts = directives.tagString(tag.tag);
            const cs = directives.tagString(compat.tag);
            const msg = `Value may be parsed as either ${ts} or ${cs}`;
            onError(token, 'TAG_RESOLVE_FAILED', msg, true);
        }
    }
    return tag;
}

exports.composeScalar = composeScalar;


/***/ }),

/***/ 9984:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);
var directives = __nccwpck_require__(1342);
var Document = __nccwpck_require__(3021);
var errors = __nccwpck_require__(1464);
var identity = __nccwpck_require__(1127);
var composeDoc = __nccwpck_require__(3683);
var resolveEnd = __nccwpck_require__(7788);

function getErrorPos(src) {
    if (typeof src === 'number')
        return [src, src + 1];
    if (Array.isArray(src))
        return src.length === 2 ? src : [src[0], src[1]];
    const { offset, source } = src;
    return [offset, offset + (typeof source === 'string' ? source.length : 1)];
}
function parsePrelude(prelude) {
    let comment = '';
    let atComment = false;
    let afterEmptyLine = false;
    for (let i = 0; i < prelude.length; ++i) {
        const source = prelude[i];
        switch (source[0]) {
            case '#':
                comment +=
                    (comment === '' ? '' : afterEmptyLine ? '\n\n' : '\n') +
                        (source.substring(1) || ' ');
                atComment = true;
                afterEmptyLine = false;
                break;
            case '%':
                if (prelude[i + 1]?.[0] !== '#')
                    i += 1;
                atComment = false;
                break;
            default:
                // This may be wrong after doc-end, but in that case it doesn't matter
                if (!atComment)
                    afterEmptyLine = true;
                atComment = false;
        }
    }
    return { comment, afterEmptyLine };
}
/**
 * Compose a stream of CST nodes into a stream of YAML Documents.
 *
 * ```ts
 * import { Composer, Parser } from 'yaml'
 *
 * const src: string = ...
 * const tokens = new Parser().parse(src)
 * const docs = new Composer().compose(tokens)
 * ```
 */
class Composer {
    constructor(options = {}) {
        this.doc = null;
        this.atDirectives = false;
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
        this.onError = (source, code, message, warning) => {
            const pos = getErrorPos(source);
            if (warning)
                this.warnings.push(new errors.YAMLWarning(pos, code, message));
            else
                this.errors.push(new errors.YAMLParseError(pos, code, message));
        };
        // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
        this.directives = new directives.Directives({ version: options.version || '1.2' });
        this.options = options;
    }
    decorate(doc, afterDoc) {
        const { comment, afterEmptyLine } = parsePrelude(this.prelude);
        //console.log({ dc: doc.comment, prelude, comment })
        if (comment) {
            const dc = doc.contents;
            if (afterDoc) {
                doc.comment = doc.comment ? `${doc.comment}\n${comment}` : comment;
            }
            else if (afterEmptyLine || doc.directives.docStart || !dc) {
                doc.commentBefore = comment;
            }
            else if (identity.isCollection(dc) && !dc.flow && dc.items.length > 0) {
                let it = dc.items[0];
                if (identity.isPair(it))
                    it = it.key;
                const cb = it.commentBefore;
                it.commentBefore = cb ? `${comment}\n${cb}` : comment;
            }
            else {
                const cb = dc.commentBefore;
                dc.commentBefore = cb ? `${comment}\n${cb}` : comment;
            }
        }
        if (afterDoc) {
            for (let i = 0; i < this.errors.length; ++i)
                doc.errors.push(this.errors[i]);
            for (let i = 0; i < this.warnings.length; ++i)
                doc.warnings.push(this.warnings[i]);
        }
        else {
            doc.errors = this.errors;
            doc.warnings = this.warnings;
        }
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
    }
    /**
     * Current stream status information.
     *
     * Mostly useful at the end of input for an empty stream.
     */
    streamInfo() {
        return {
            comment: parsePrelude(this.prelude).comment,
            directives: this.directives,
            errors: this.errors,
            warnings: this.warnings
        };
    }
    /**
     * Compose tokens into documents.
     *
     * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
     * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
     */
    *compose(tokens, forceDoc = false, endOffset = -1) {
        for (const token of tokens)
            yield* this.next(token);
        yield* this.end(forceDoc, endOffset);
    }
    /** Advance the composer by one CST token. */
    *next(token) {
        if (node_process.env.LOG_STREAM)
            console.dir(token, { depth: null });
        switch (token.type) {
            case 'directive':
                this.directives.add(token.source, (offset, message, warning) => {
                    const pos = getErrorPos(token);
                    pos[0] += offset;
                    this.onError(pos, 'BAD_DIRECTIVE', message, warning);
                });
                this.prelude.push(token.source);
                this.atDirectives = true;
                break;
            case 'document': {
                const doc = composeDoc.composeDoc(this.options, this.directives, token, this.onError);
                if (this.atDirectives && !doc.directives.docStart)
                    this.onError(token, 'MISSING_CHAR', 'Missing directives-end/doc-start indicator line');
                this.decorate(doc, false);
                if (this.doc)
                    yield this.doc;
                this.doc = doc;
                this.atDirectives = false;
                break;
            }
            case 'byte-order-mark':
            case 'space':
                break;
            case 'comment':
            case 'newline':
                this.prelude.push(token.source);
                break;
            case 'error': {
                const msg = token.source
                    ? `${token.message}: ${JSON.stringify(token.source)}`
                    : token.message;
                const error = new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', msg);
                if (this.atDirectives || !this.doc)
                    this.errors.push(error);
                else
                    this.doc.errors.push(error);
                break;
            }
            case 'doc-end': {
                if (!this.doc) {
                    const msg = 'Unexpected doc-end without preceding document';
                    this.errors.push(new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', msg));
                    break;
                }
                this.doc.directives.docEnd = true;
                const end = resolveEnd.resolveEnd(token.end, token.offset + token.source.length, this.doc.options.strict, this.onError);
                this.decorate(this.doc, true);
                if (end.comment) {
                    const dc = this.doc.comment;
                    this.doc.comment = dc ? `${dc}\n${end.comment}` : end.comment;
                }
                this.doc.range[2] = end.offset;
                break;
            }
            default:
                this.errors.push(new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', `Unsupported token ${token.type}`));
        }
    }
    /**
     * Call at end of input to yield any remaining document.
     *
     * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
     * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
     */
    *end(forceDoc = false, endOffset = -1) {
        if (this.doc) {
            this.decorate(this.doc, true);
            yield this.doc;
            this.doc = null;
        }
        else if (forceDoc) {
            const opts = Object.assign({ _directives: this.directives }, this.options);
            const doc = new Document.Document(undefined, opts);
            if (this.atDirectives)
                this.onError(endOffset, 'MISSING_CHAR', 'Missing directives-end indicator line');
            doc.range = [0, endOffset, endOffset];
            this.decorate(doc, false);
            yield doc;
        }
    }
}

exports.Composer = Composer;


/***/ }),

/***/ 7103:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Pair = __nccwpck_require__(7165);
var YAMLMap = __nccwpck_require__(4454);
var resolveProps = __nccwpck_require__(4631);
var utilContainsNewline = __nccwpck_require__(9499);
var utilFlowIndentCheck = __nccwpck_require__(4051);
var utilMapIncludes = __nccwpck_require__(1187);

const startColMsg = 'All mapping items must start at the same column';
function resolveBlockMap({ composeNode, composeEmptyNode }, ctx, bm, onError, tag) {
    const NodeClass = tag?.nodeClass ?? YAMLMap.YAMLMap;
    const map = new NodeClass(ctx.schema);
    if (ctx.atRoot)
        ctx.atRoot = false;
    let offset = bm.offset;
    let commentEnd = null;
    for (const collItem of bm.items) {
        const { start, key, sep, value } = collItem;
        // key properties
        const keyProps = resolveProps.resolveProps(start, {
            indicator: 'explicit-key-ind',
            next: key ?? sep?.[0],
            offset,
            onError,
            parentIndent: bm.indent,
            startOnNewline: true
        });
        const implicitKey = !keyProps.found;
        if (implicitKey) {
            if (key) {
                if (key.type === 'block-seq')
                    onError(offset, 'BLOCK_AS_IMPLICIT_KEY', 'A block sequence may not be used as an implicit map key');
                else if ('indent' in key && key.indent !== bm.indent)
                    onError(offset, 'BAD_INDENT', startColMsg);
            }
            if (!keyProps.anchor && !keyProps.tag && !sep) {
                commentEnd = keyProps.end;
                if (keyProps.comment) {
                    if (map.comment)
                        map.comment += '\n' + keyProps.comment;
                    else
                        map.comment = keyProps.comment;
                }
                continue;
            }
            if (keyProps.newlineAfterProp || utilContainsNewline.containsNewline(key)) {
                onError(key ?? start[start.length - 1], 'MULTILINE_IMPLICIT_KEY', 'Implicit keys need to be on a single line');
            }
        }
        else if (keyProps.found?.indent !== bm.indent) {
            onError(offset, 'BAD_INDENT', startColMsg);
        }
        // key value
        ctx.atKey = true;
        const keyStart = keyProps.end;
        const keyNode = key
            ? composeNode(ctx, key, keyProps, onError)
            : composeEmptyNode(ctx, keyStart, start, null, keyProps, onError);
        if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bm.indent, key, onError);
        ctx.atKey = false;
        if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
            onError(keyStart, 'DUPLICATE_KEY', 'Map keys must be unique');
        // value properties
        const valueProps = resolveProps.resolveProps(sep ?? [], {
            indicator: 'map-value-ind',
            next: value,
            offset: keyNode.range[2],
            onError,
            parentIndent: bm.indent,
            startOnNewline: !key || key.type === 'block-scalar'
        });
        offset = valueProps.end;
        if (valueProps.found) {
            if (implicitKey) {
                if (value?.type === 'block-map' && !valueProps.hasNewline)
                    onError(offset, 'BLOCK_AS_IMPLICIT_KEY', 'Nested mappings are not allowed in compact mappings');
                if (ctx.options.strict &&
                    keyProps.start < valueProps.found.offset - 1024)
                    onError(keyNode.range, 'KEY_OVER_1024_CHARS', 'The : indicator must be at most 1024 chars after the start of an implicit block mapping key');
            }
            // value value
            const valueNode = value
                ? composeNode(ctx, value, valueProps, onError)
                : composeEmptyNode(ctx, offset, sep, null, valueProps, onError);
            if (ctx.schema.compat)
                utilFlowIndentCheck.flowIndentCheck(bm.indent, value, onError);
            offset = valueNode.range[2];
            const pair = new Pair.Pair(keyNode, valueNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            map.items.push(pair);
        }
        else {
            // key with no value
            if (implicitKey)
                onError(keyNode.range, 'MISSING_CHAR', 'Implicit map keys need to be followed by map values');
            if (valueProps.comment) {
                if (keyNode.comment)
                    keyNode.comment += '\n' + valueProps.comment;
                else
                    keyNode.comment = valueProps.comment;
            }
            const pair = new Pair.Pair(keyNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            map.items.push(pair);
        }
    }
    if (commentEnd && commentEnd < offset)
        onError(commentEnd, 'IMPOSSIBLE', 'Map comment with trailing content');
    map.range = [bm.offset, offset, commentEnd ?? offset];
    return map;
}

exports.resolveBlockMap = resolveBlockMap;


/***/ }),

/***/ 8913:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

function resolveBlockScalar(ctx, scalar, onError) {
    const start = scalar.offset;
    const header = parseBlockScalarHeader(scalar, ctx.options.strict, onError);
    if (!header)
        return { value: '', type: null, comment: '', range: [start, start, start] };
    const type = header.mode === '>' ? Scalar.Scalar.BLOCK_FOLDED : Scalar.Scalar.BLOCK_LITERAL;
    const lines = scalar.source ? splitLines(scalar.source) : [];
    // determine the end of content & start of chomping
    let chompStart = lines.length;
    for (let i = lines.length - 1; i >= 0; --i) {
        const content = lines[i][1];
        if (content === '' || content === '\r')
            chompStart = i;
        else
            break;
    }
    // shortcut for empty contents
    if (chompStart === 0) {
        const value = header.chomp === '+' && lines.length > 0
            ? '\n'.repeat(Math.max(1, lines.length - 1))
            : '';
        let end = start + header.length;
        if (scalar.source)
            end += scalar.source.length;
        return { value, type, comment: header.comment, range: [start, end, end] };
    }
    // find the indentation level to trim from start
    let trimIndent = scalar.indent + header.indent;
    let offset = scalar.offset + header.length;
    let contentStart = 0;
    for (let i = 0; i < chompStart; ++i) {
        const [indent, content] = lines[i];
        if (content === '' || content === '\r') {
            if (header.indent === 0 && indent.length > trimIndent)
                trimIndent = indent.length;
        }
        else {
            if (indent.length < trimIndent) {
                const message = 'Block scalars with more-indented leading empty lines must use an explicit indentation indicator';
                onError(offset + indent.length, 'MISSING_CHAR', message);
            }
            if (header.indent === 0)
                trimIndent = indent.length;
            contentStart = i;
            if (trimIndent === 0 && !ctx.atRoot) {
                const message = 'Block scalar values in collections must be indented';
                onError(offset, 'BAD_INDENT', message);
            }
            break;
        }
        offset += indent.length + content.length + 1;
    }
    // include trailing more-indented empty lines in content
    for (let i = lines.length - 1; i >= chompStart; --i) {
        if (lines[i][0].length > trimIndent)
            chompStart = i + 1;
    }
    let value = '';
    let sep = '';
    let prevMoreIndented = false;
    // leading whitespace is kept intact
    for (let i = 0; i < contentStart; ++i)
        value += lines[i][0].slice(trimIndent) + '\n';
    for (let i = contentStart; i < chompStart; ++i) {
        let [indent, content] = lines[i];
        offset += indent.length + content.length + 1;
        const crlf = content[content.length - 1] === '\r';
        if (crlf)
            content = content.slice(0, -1);
        /* istanbul ignore if already caught in lexer */
        if (content && indent.length < trimIndent) {
            const src = header.indent
                ? 'explicit indentation indicator'
                : 'first line';
            const message = `Block scalar lines must not be less indented than their ${src}`;
            onError(offset - content.length - (crlf ? 2 : 1), 'BAD_INDENT', message);
            indent = '';
        }
        if (type === Scalar.Scalar.BLOCK_LITERAL) {
            value += sep + indent.slice(trimIndent) + content;
            sep = '\n';
        }
        else if (indent.length > trimIndent || content[0] === '\t') {
            // more-indented content within a folded block
            if (sep === ' ')
                sep = '\n';
            else if (!prevMoreIndented && sep === '\n')
                sep = '\n\n';
            value += sep + indent.slice(trimIndent) + content;
            sep = '\n';
            prevMoreIndented = true;
        }
        else if (content === '') {
            // empty line
            if (sep === '\n')
                value += '\n';
            else
                sep = '\n';
        }
        else {
            value += sep + content;
            sep = ' ';
            prevMoreIndented = false;
        }
    }
    switch (header.chomp) {
        case '-':
            break;
        case '+':
            for (let i = chompStart; i < lines.length; ++i)
                value += '\n' + lines[i][0].slice(trimIndent);
            if (value[value.length - 1] !== '\n')
                value += '\n';
            break;
        default:
            value += '\n';
    }
    const end = start + header.length + scalar.source.length;
    return { value, type, comment: header.comment, range: [start, end, end] };
}
function parseBlockScalarHeader({ offset, props }, strict, onError) {
    /* istanbul ignore if should not happen */
    if (props[0].type !== 'block-scalar-header') {
        onError(props[0], 'IMPOSSIBLE', 'Block scalar header not found');
        return null;
    }
    const { source } = props[0];
    const mode = source[0];
    let indent = 0;
    let chomp = '';
    let error = -1;
    for (let i = 1; i < source.length; ++i) {
        const ch = source[i];
        if (!chomp && (ch === '-' || ch === '+'))
            chomp = ch;
        else {
            const n = Number(ch);
            if (!indent && n)
                indent = n;
            else if (error === -1)
                error = offset + i;
        }
    }
    if (error !== -1)
        onError(error, 'UNEXPECTED_TOKEN', `Block scalar header includes extra characters: ${source}`);
    let hasSpace = false;
    let comment = '';
    let length = source.length;
    for (let i = 1; i < props.length; ++i) {
        const token = props[i];
        switch (token.type) {
            case 'space':
                hasSpace = true;
            // fallthrough
            case 'newline':
                length += token.source.length;
                break;
            case 'comment':
                if (strict && !hasSpace) {
                    const message = 'Comments must be separated from other tokens by white space characters';
                    onError(token, 'MISSING_CHAR', message);
                }
                length += token.source.length;
                comment = token.source.substring(1);
                break;
            case 'error':
                onError(token, 'UNEXPECTED_TOKEN', token.message);
                length += token.source.length;
                break;
            /* istanbul ignore next should not happen */
            default: {
                const message = `Unexpected token in block scalar header: ${token.type}`;
                onError(token, 'UNEXPECTED_TOKEN', message);
                const ts = token.source;
                if (ts && typeof ts === 'string')
                    length += ts.length;
            }
        }
    }
    return { mode, indent, chomp, comment, length };
}
/** @returns Array of lines split up as `[indent, content]` */
function splitLines(source) {
    const split = source.split(/\n( *)/);
    const first = split[0];
    const m = first.match(/^( *)/);
    const line0 = m?.[1]
        ? [m[1], first.slice(m[1].length)]
        : ['', first];
    const lines = [line0];
    for (let i = 1; i < split.length; i += 2)
        lines.push([split[i], split[i + 1]]);
    return lines;
}

exports.resolveBlockScalar = resolveBlockScalar;


/***/ }),

/***/ 334:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var YAMLSeq = __nccwpck_require__(2223);
var resolveProps = __nccwpck_require__(4631);
var utilFlowIndentCheck = __nccwpck_require__(4051);

function resolveBlockSeq({ composeNode, composeEmptyNode }, ctx, bs, onError, tag) {
    const NodeClass = tag?.nodeClass ?? YAMLSeq.YAMLSeq;
    const seq = new NodeClass(ctx.schema);
    if (ctx.atRoot)
        ctx.atRoot = false;
    if (ctx.atKey)
        ctx.atKey = false;
    let offset = bs.offset;
    let commentEnd = null;
    for (const { start, value } of bs.items) {
        const props = resolveProps.resolveProps(start, {
            indicator: 'seq-item-ind',
            next: value,
            offset,
            onError,
            parentIndent: bs.indent,
            startOnNewline: true
        });
        if (!props.found) {
            if (props.anchor || props.tag || value) {
                if (value?.type === 'block-seq')
                    onError(props.end, 'BAD_INDENT', 'All sequence items must start at the same column');
                else
                    onError(offset, 'MISSING_CHAR', 'Sequence item without - indicator');
            }
            else {
                commentEnd = props.end;
                if (props.comment)
                    seq.comment = props.comment;
                continue;
            }
        }
        const node = value
            ? composeNode(ctx, value, props, onError)
            : composeEmptyNode(ctx, props.end, start, null, props, onError);
        if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bs.indent, value, onError);
        offset = node.range[2];
        seq.items.push(node);
    }
    seq.range = [bs.offset, offset, commentEnd ?? offset];
    return seq;
}

exports.resolveBlockSeq = resolveBlockSeq;


/***/ }),

/***/ 7788:
/***/ ((__unused_webpack_module, exports) => {



function resolveEnd(end, offset, reqSpace, onError) {
    let comment = '';
    if (end) {
        let hasSpace = false;
        let sep = '';
        for (const token of end) {
            const { source, type } = token;
            switch (type) {
                case 'space':
                    hasSpace = true;
                    break;
                case 'comment': {
                    if (reqSpace && !hasSpace)
                        onError(token, 'MISSING_CHAR', 'Comments must be separated from other tokens by white space characters');
                    const cb = source.substring(1) || ' ';
                    if (!comment)
                        comment = cb;
                    else
                        comment += sep + cb;
                    sep = '';
                    break;
                }
                case 'newline':
                    if (comment)
                        sep += source;
                    hasSpace = true;
                    break;
                default:
                    onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${type} at node end`);
            }
            offset += source.length;
        }
    }
    return { comment, offset };
}

exports.resolveEnd = resolveEnd;


/***/ }),

/***/ 3142:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var resolveEnd = __nccwpck_require__(7788);
var resolveProps = __nccwpck_require__(4631);
var utilContainsNewline = __nccwpck_require__(9499);
var utilMapIncludes = __nccwpck_require__(1187);

const blockMsg = 'Block collections are not allowed within flow collections';
const isBlock = (token) => token && (token.type === 'block-map' || token.type === 'block-seq');
function resolveFlowCollection({ composeNode, composeEmptyNode }, ctx, fc, onError, tag) {
    const isMap = fc.start.source === '{';
    const fcName = isMap ? 'flow map' : 'flow sequence';
    const NodeClass = (tag?.nodeClass ?? (isMap ? YAMLMap.YAMLMap : YAMLSeq.YAMLSeq));
    const coll = new NodeClass(ctx.schema);
    coll.flow = true;
    const atRoot = ctx.atRoot;
    if (atRoot)
        ctx.atRoot = false;
    if (ctx.atKey)
        ctx.atKey = false;
    let offset = fc.offset + fc.start.source.length;
    for (let i = 0; i < fc.items.length; ++i) {
        const collItem = fc.items[i];
        const { start, key, sep, value } = collItem;
        const props = resolveProps.resolveProps(start, {
            flow: fcName,
            indicator: 'explicit-key-ind',
            next: key ?? sep?.[0],
            offset,
            onError,
            parentIndent: fc.indent,
            startOnNewline: false
        });
        if (!props.found) {
            if (!props.anchor && !props.tag && !sep && !value) {
                if (i === 0 && props.comma)
                    onError(props.comma, 'UNEXPECTED_TOKEN', `Unexpected , in ${fcName}`);
                else if (i < fc.items.length - 1)
                    onError(props.start, 'UNEXPECTED_TOKEN', `Unexpected empty item in ${fcName}`);
                if (props.comment) {
                    if (coll.comment)
                        coll.comment += '\n' + props.comment;
                    else
                        coll.comment = props.comment;
                }
                offset = props.end;
                continue;
            }
            if (!isMap && ctx.options.strict && utilContainsNewline.containsNewline(key))
                onError(key, // checked by containsNewline()
                'MULTILINE_IMPLICIT_KEY', 'Implicit keys of flow sequence pairs need to be on a single line');
        }
        if (i === 0) {
            if (props.comma)
                onError(props.comma, 'UNEXPECTED_TOKEN', `Unexpected , in ${fcName}`);
        }
        else {
            if (!props.comma)
                onError(props.start, 'MISSING_CHAR', `Missing , between ${fcName} items`);
            if (props.comment) {
                let prevItemComment = '';
                loop: for (const st of start) {
                    switch (st.type) {
                        case 'comma':
                        case 'space':
                            break;
                        case 'comment':
                            prevItemComment = st.source.substring(1);
                            break loop;
                        default:
                            break loop;
                    }
                }
                if (prevItemComment) {
                    let prev = coll.items[coll.items.length - 1];
                    if (identity.isPair(prev))
                        prev = prev.value ?? prev.key;
                    if (prev.comment)
                        prev.comment += '\n' + prevItemComment;
                    else
                        prev.comment = prevItemComment;
                    props.comment = props.comment.substring(prevItemComment.length + 1);
                }
            }
        }
        if (!isMap && !sep && !props.found) {
            // item is a value in a seq
            // → key & sep are empty, start does not include ? or :
            const valueNode = value
                ? composeNode(ctx, value, props, onError)
                : composeEmptyNode(ctx, props.end, sep, null, props, onError);
            coll.items.push(valueNode);
            offset = valueNode.range[2];
            if (isBlock(value))
                onError(valueNode.range, 'BLOCK_IN_FLOW', blockMsg);
        }
        else {
            // item is a key+value pair
            // key value
            ctx.atKey = true;
            const keyStart = props.end;
            const keyNode = key
                ? composeNode(ctx, key, props, onError)
                : composeEmptyNode(ctx, keyStart, start, null, props, onError);
            if (isBlock(key))
                onError(keyNode.range, 'BLOCK_IN_FLOW', blockMsg);
            ctx.atKey = false;
            // value properties
            const valueProps = resolveProps.resolveProps(sep ?? [], {
                flow: fcName,
                indicator: 'map-value-ind',
                next: value,
                offset: keyNode.range[2],
                onError,
                parentIndent: fc.indent,
                startOnNewline: false
            });
            if (valueProps.found) {
                if (!isMap && !props.found && ctx.options.strict) {
                    if (sep)
                        for (const st of sep) {
                            if (st === valueProps.found)
                                break;
                            if (st.type === 'newline') {
                                onError(st, 'MULTILINE_IMPLICIT_KEY', 'Implicit keys of flow sequence pairs need to be on a single line');
                                break;
                            }
                        }
                    if (props.start < valueProps.found.offset - 1024)
                        onError(valueProps.found, 'KEY_OVER_1024_CHARS', 'The : indicator must be at most 1024 chars after the start of an implicit flow sequence key');
                }
            }
            else if (value) {
                if ('source' in value && value.source?.[0] === ':')
                    onError(value, 'MISSING_CHAR', `Missing space after : in ${fcName}`);
                else
                    onError(valueProps.start, 'MISSING_CHAR', `Missing , or : between ${fcName} items`);
            }
            // value value
            const valueNode = value
                ? composeNode(ctx, value, valueProps, onError)
                : valueProps.found
                    ? composeEmptyNode(ctx, valueProps.end, sep, null, valueProps, onError)
                    : null;
            if (valueNode) {
                if (isBlock(value))
                    onError(valueNode.range, 'BLOCK_IN_FLOW', blockMsg);
            }
            else if (valueProps.comment) {
                if (keyNode.comment)
                    keyNode.comment += '\n' + valueProps.comment;
                else
                    keyNode.comment = valueProps.comment;
            }
            const pair = new Pair.Pair(keyNode, valueNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            if (isMap) {
                const map = coll;
                if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
                    onError(keyStart, 'DUPLICATE_KEY', 'Map keys must be unique');
                map.items.push(pair);
            }
            else {
                const map = new YAMLMap.YAMLMap(ctx.schema);
                map.flow = true;
                map.items.push(pair);
                const endRange = (valueNode ?? keyNode).range;
                map.range = [keyNode.range[0], endRange[1], endRange[2]];
                coll.items.push(map);
            }
            offset = valueNode ? valueNode.range[2] : valueProps.end;
        }
    }
    const expectedEnd = isMap ? '}' : ']';
    const [ce, ...ee] = fc.end;
    let cePos = offset;
    if (ce?.source === expectedEnd)
        cePos = ce.offset + ce.source.length;
    else {
        const name = fcName[0].toUpperCase() + fcName.substring(1);
        const msg = atRoot
            ? `${name} must end with a ${expectedEnd}`
            : `${name} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
        onError(offset, atRoot ? 'MISSING_CHAR' : 'BAD_INDENT', msg);
        if (ce && ce.source.length !== 1)
            ee.unshift(ce);
    }
    if (ee.length > 0) {
        const end = resolveEnd.resolveEnd(ee, cePos, ctx.options.strict, onError);
        if (end.comment) {
            if (coll.comment)
                coll.comment += '\n' + end.comment;
            else
                coll.comment = end.comment;
        }
        coll.range = [fc.offset, cePos, end.offset];
    }
    else {
        coll.range = [fc.offset, cePos, cePos];
    }
    return coll;
}

exports.resolveFlowCollection = resolveFlowCollection;


/***/ }),

/***/ 6842:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var resolveEnd = __nccwpck_require__(7788);

function resolveFlowScalar(scalar, strict, onError) {
    const { offset, type, source, end } = scalar;
    let _type;
    let value;
    const _onError = (rel, code, msg) => onError(offset + rel, code, msg);
    switch (type) {
        case 'scalar':
            _type = Scalar.Scalar.PLAIN;
            value = plainValue(source, _onError);
            break;
        case 'single-quoted-scalar':
            _type = Scalar.Scalar.QUOTE_SINGLE;
            value = singleQuotedValue(source, _onError);
            break;
        case 'double-quoted-scalar':
            _type = Scalar.Scalar.QUOTE_DOUBLE;
            value = doubleQuotedValue(source, _onError);
            break;
        /* istanbul ignore next should not happen */
        default:
            onError(scalar, 'UNEXPECTED_TOKEN', `Expected a flow scalar value, but found: ${type}`);
            return {
                value: '',
                type: null,
                comment: '',
                range: [offset, offset + source.length, offset + source.length]
            };
    }
    const valueEnd = offset + source.length;
    const re = resolveEnd.resolveEnd(end, valueEnd, strict, onError);
    return {
        value,
        type: _type,
        comment: re.comment,
        range: [offset, valueEnd, re.offset]
    };
}
function plainValue(source, onError) {
    let badChar = '';
    switch (source[0]) {
        /* istanbul ignore next should not happen */
        case '\t':
            badChar = 'a tab character';
            break;
        case ',':
            badChar = 'flow indicator character ,';
            break;
        case '%':
            badChar = 'directive indicator character %';
            break;
        case '|':
        case '>': {
            badChar = `block scalar indicator ${source[0]}`;
            break;
        }
        case '@':
        case '`': {
            badChar = `reserved character ${source[0]}`;
            break;
        }
    }
    if (badChar)
        onError(0, 'BAD_SCALAR_START', `Plain value cannot start with ${badChar}`);
    return unfoldLines(source);
}
function singleQuotedValue(source, onError) {
    if (source[source.length - 1] !== "'" || source.length === 1)
        onError(source.length, 'MISSING_CHAR', "Missing closing 'quote");
    return unfoldLines(source.slice(1, -1)).replace(/''/g, "'");
}
function unfoldLines(source) {
    const line = /(.*?)\r?\n/sy;
    let match = line.exec(source);
    if (!match)
        return source;
    /**
     * The negative lookbehinds in these RegExps are to
     * prevent causing a polynomial search time in certain cases.
     *
     * The try-catch is for Safari < 16.4 and other old browsers:
     * https://caniuse.com/js-regexp-lookbehind
     */
    let trimEnd, trimBoth;
    try {
        trimEnd = new RegExp('(?<![ \t])[ \t]+$');
        trimBoth = new RegExp('^[ \t]+|(?<![ \t])[ \t]+$', 'g');
    }
    catch {
        trimEnd = /[ \t]+$/;
        trimBoth = /^[ \t]+|[ \t]+$/g;
    }
    let res = match[1].replace(trimEnd, '');
    let sep = ' ';
    let pos = line.lastIndex;
    while ((match = line.exec(source))) {
        const lm = match[1].replace(trimBoth, '');
        if (lm === '') {
            if (sep === '\n')
                res += sep;
            else
                sep = '\n';
        }
        else {
            res += sep + lm;
            sep = ' ';
        }
        pos = line.lastIndex;
    }
    const last = /[ \t]*(.*)/sy;
    last.lastIndex = pos;
    match = last.exec(source);
    return res + sep + (match?.[1] ?? '');
}
function doubleQuotedValue(source, onError) {
    let res = '';
    for (let i = 1; i < source.length - 1; ++i) {
        const ch = source[i];
        if (ch === '\r' && source[i + 1] === '\n')
            continue;
        if (ch === '\n') {
            const { fold, offset } = foldNewline(source, i);
            res += fold;
            i = offset;
        }
        else if (ch === '\\') {
            let next = source[++i];
            const cc = escapeCodes[next];
            if (cc)
                res += cc;
            else if (next === '\n') {
                // skip escaped newlines, but still trim the following line
                next = source[i + 1];
                while (next === ' ' || next === '\t')
                    next = source[++i + 1];
            }
            else if (next === '\r' && source[i + 1] === '\n') {
                // skip escaped CRLF newlines, but still trim the following line
                next = source[++i + 1];
                while (next === ' ' || next === '\t')
                    next = source[++i + 1];
            }
            else if (next === 'x' || next === 'u' || next === 'U') {
                const length = next === 'x' ? 2 : next === 'u' ? 4 : 8;
                res += parseCharCode(source, i + 1, length, onError);
                i += length;
            }
            else {
                const raw = source.substr(i - 1, 2);
                onError(i - 1, 'BAD_DQ_ESCAPE', `Invalid escape sequence ${raw}`);
                res += raw;
            }
        }
        else if (ch === ' ' || ch === '\t') {
            // trim trailing whitespace
            const wsStart = i;
            let next = source[i + 1];
            while (next === ' ' || next === '\t')
                next = source[++i + 1];
            if (next !== '\n' && !(next === '\r' && source[i + 2] === '\n'))
                res += i > wsStart ? source.slice(wsStart, i + 1) : ch;
        }
        else {
            res += ch;
        }
    }
    if (source[source.length - 1] !== '"' || source.length === 1)
        onError(source.length, 'MISSING_CHAR', 'Missing closing "quote');
    return res;
}
/**
 * Fold a single newline into a space, multiple newlines to N - 1 newlines.
 * Presumes `source[offset] === '\n'`
 */
function foldNewline(source, offset) {
    let fold = '';
    let ch = source[offset + 1];
    while (ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r') {
        if (ch === '\r' && source[offset + 2] !== '\n')
            break;
        if (ch === '\n')
            fold += '\n';
        offset += 1;
        ch = source[offset + 1];
    }
    if (!fold)
        fold = ' ';
    return { fold, offset };
}
const escapeCodes = {
    '0': '\0', // null character
    a: '\x07', // bell character
    b: '\b', // backspace
    e: '\x1b', // escape character
    f: '\f', // form feed
    n: '\n', // line feed
    r: '\r', // carriage return
    t: '\t', // horizontal tab
    v: '\v', // vertical tab
    N: '\u0085', // Unicode next line
    _: '\u00a0', // Unicode non-breaking space
    L: '\u2028', // Unicode line separator
    P: '\u2029', // Unicode paragraph separator
    ' ': ' ',
    '"': '"',
    '/': '/',
    '\\': '\\',
    '\t': '\t'
};
function parseCharCode(source, offset, length, onError) {
    const cc = source.substr(offset, length);
    const ok = cc.length === length && /^[0-9a-fA-F]+$/.test(cc);
    const code = ok ? parseInt(cc, 16) : NaN;
    try {
        return String.fromCodePoint(code);
    }
    catch {
        const raw = source.substr(offset - 2, length + 2);
        onError(offset - 2, 'BAD_DQ_ESCAPE', `Invalid escape sequence ${raw}`);
        return raw;
    }
}

exports.resolveFlowScalar = resolveFlowScalar;


/***/ }),

/***/ 4631:
/***/ ((__unused_webpack_module, exports) => {



function resolveProps(tokens, { flow, indicator, next, offset, onError, parentIndent, startOnNewline }) {
    let spaceBefore = false;
    let atNewline = startOnNewline;
    let hasSpace = startOnNewline;
    let comment = '';
    let commentSep = '';
    let hasNewline = false;
    let reqSpace = false;
    let tab = null;
    let anchor = null;
    let tag = null;
    let newlineAfterProp = null;
    let comma = null;
    let found = null;
    let start = null;
    for (const token of tokens) {
        if (reqSpace) {
            if (token.type !== 'space' &&
                token.type !== 'newline' &&
                token.type !== 'comma')
                onError(token.offset, 'MISSING_CHAR', 'Tags and anchors must be separated from the next token by white space');
            reqSpace = false;
        }
        if (tab) {
            if (atNewline && token.type !== 'comment' && token.type !== 'newline') {
                onError(tab, 'TAB_AS_INDENT', 'Tabs are not allowed as indentation');
            }
            tab = null;
        }
        switch (token.type) {
            case 'space':
                // At the doc level, tabs at line start may be parsed
                // as leading white space rather than indentation.
                // In a flow collection, only the parser handles indent.
                if (!flow &&
                    (indicator !== 'doc-start' || next?.type !== 'flow-collection') &&
                    token.source.includes('\t')) {
                    tab = token;
                }
                hasSpace = true;
                break;
            case 'comment': {
                if (!hasSpace)
                    onError(token, 'MISSING_CHAR', 'Comments must be separated from other tokens by white space characters');
                const cb = token.source.substring(1) || ' ';
                if (!comment)
                    comment = cb;
                else
                    comment += commentSep + cb;
                commentSep = '';
                atNewline = false;
                break;
            }
            case 'newline':
                if (atNewline) {
                    if (comment)
                        comment += token.source;
                    else if (!found || indicator !== 'seq-item-ind')
                        spaceBefore = true;
                }
                else
                    commentSep += token.source;
                atNewline = true;
                hasNewline = true;
                if (anchor || tag)
                    newlineAfterProp = token;
                hasSpace = true;
                break;
            case 'anchor':
                if (anchor)
                    onError(token, 'MULTIPLE_ANCHORS', 'A node can have at most one anchor');
                if (token.source.endsWith(':'))
                    onError(token.offset + token.source.length - 1, 'BAD_ALIAS', 'Anchor ending in : is ambiguous', true);
                anchor = token;
                start ?? (start = token.offset);
                atNewline = false;
                hasSpace = false;
                reqSpace = true;
                break;
            case 'tag': {
                if (tag)
                    onError(token, 'MULTIPLE_TAGS', 'A node can have at most one tag');
                tag = token;
                start ?? (start = token.offset);
                atNewline = false;
                hasSpace = false;
                reqSpace = true;
                break;
            }
            case indicator:
                // Could here handle preceding comments differently
                if (anchor || tag)
                    onError(token, 'BAD_PROP_ORDER', `Anchors and tags must be after the ${token.source} indicator`);
                if (found)
                    onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${token.source} in ${flow ?? 'collection'}`);
                found = token;
                atNewline =
                    indicator === 'seq-item-ind' || indicator === 'explicit-key-ind';
                hasSpace = false;
                break;
            case 'comma':
                if (flow) {
                    if (comma)
                        onError(token, 'UNEXPECTED_TOKEN', `Unexpected , in ${flow}`);
                    comma = token;
                    atNewline = false;
                    hasSpace = false;
                    break;
                }
            // else fallthrough
            default:
                onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${token.type} token`);
                atNewline = false;
                hasSpace = false;
        }
    }
    const last = tokens[tokens.length - 1];
    const end = last ? last.offset + last.source.length : offset;
    if (reqSpace &&
        next &&
        next.type !== 'space' &&
        next.type !== 'newline' &&
        next.type !== 'comma' &&
        (next.type !== 'scalar' || next.source !== '')) {
        onError(next.offset, 'MISSING_CHAR', 'Tags and anchors must be separated from the next token by white space');
    }
    if (tab &&
        ((atNewline && tab.indent <= parentIndent) ||
            next?.type === 'block-map' ||
            next?.type === 'block-seq'))
        onError(tab, 'TAB_AS_INDENT', 'Tabs are not allowed as indentation');
    return {
        comma,
        found,
        spaceBefore,
        comment,
        hasNewline,
        anchor,
        tag,
        newlineAfterProp,
        end,
        start: start ?? end
    };
}

exports.resolveProps = resolveProps;


/***/ }),

/***/ 9499:
/***/ ((__unused_webpack_module, exports) => {



function containsNewline(key) {
    if (!key)
        return null;
    switch (key.type) {
        case 'alias':
        case 'scalar':
        case 'double-quoted-scalar':
        case 'single-quoted-scalar':
            if (key.source.includes('\n'))
                return true;
            if (key.end)
                for (const st of key.end)
                    if (st.type === 'newline')
                        return true;
            return false;
        case 'flow-collection':
            for (const it of key.items) {
                for (const st of it.start)
                    if (st.type === 'newline')
                        return true;
                if (it.sep)
                    for (const st of it.sep)
                        if (st.type === 'newline')
                            return true;
                if (containsNewline(it.key) || containsNewline(it.value))
                    return true;
            }
            return false;
        default:
            return true;
    }
}

exports.containsNewline = containsNewline;


/***/ }),

/***/ 2599:
/***/ ((__unused_webpack_module, exports) => {



function emptyScalarPosition(offset, before, pos) {
    if (before) {
        pos ?? (pos = before.length);
        for (let i = pos - 1; i >= 0; --i) {
            let st = before[i];
            switch (st.type) {
                case 'space':
                case 'comment':
                case 'newline':
                    offset -= st.source.length;
                    continue;
            }
            // Technically, an empty scalar is immediately after the last non-empty
            // node, but it's more useful to place it after any whitespace.
            st = before[++i];
            while (st?.type === 'space') {
                offset += st.source.length;
                st = before[++i];
            }
            break;
        }
    }
    return offset;
}

exports.emptyScalarPosition = emptyScalarPosition;


/***/ }),

/***/ 4051:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var utilContainsNewline = __nccwpck_require__(9499);

function flowIndentCheck(indent, fc, onError) {
    if (fc?.type === 'flow-collection') {
        const end = fc.end[0];
        if (end.indent === indent &&
            (end.source === ']' || end.source === '}') &&
            utilContainsNewline.containsNewline(fc)) {
            const msg = 'Flow end indicator should be more indented than parent';
            onError(end, 'BAD_INDENT', msg, true);
        }
    }
}

exports.flowIndentCheck = flowIndentCheck;


/***/ }),

/***/ 1187:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);

function mapIncludes(ctx, items, search) {
    const { uniqueKeys } = ctx.options;
    if (uniqueKeys === false)
        return false;
    const isEqual = typeof uniqueKeys === 'function'
        ? uniqueKeys
        : (a, b) => a === b || (identity.isScalar(a) && identity.isScalar(b) && a.value === b.value);
    return items.some(pair => isEqual(pair.key, search));
}

exports.mapIncludes = mapIncludes;


/***/ }),

/***/ 3021:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var Collection = __nccwpck_require__(101);
var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var toJS = __nccwpck_require__(4043);
var Schema = __nccwpck_require__(5840);
var stringifyDocument = __nccwpck_require__(6829);
var anchors = __nccwpck_require__(1596);
var applyReviver = __nccwpck_require__(3661);
var createNode = __nccwpck_require__(2404);
var directives = __nccwpck_require__(1342);

class Document {
    constructor(value, replacer, options) {
        /** A comment before this Document */
        this.commentBefore = null;
        /** A comment immediately after this Document */
        this.comment = null;
        /** Errors encountered during parsing. */
        this.errors = [];
        /** Warnings encountered during parsing. */
        this.warnings = [];
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.DOC });
        let _replacer = null;
        if (typeof replacer === 'function' || Array.isArray(replacer)) {
            _replacer = replacer;
        }
        else if (options === undefined && replacer) {
            options = replacer;
            replacer = undefined;
        }
        const opt = Object.assign({
            intAsBigInt: false,
            keepSourceTokens: false,
            logLevel: 'warn',
            prettyErrors: true,
            strict: true,
            stringKeys: false,
            uniqueKeys: true,
            version: '1.2'
        }, options);
        this.options = opt;
        let { version } = opt;
        if (options?._directives) {
            this.directives = options._directives.atDocument();
            if (this.directives.yaml.explicit)
                version = this.directives.yaml.version;
        }
        else
            this.directives = new directives.Directives({ version });
        this.setSchema(version, options);
        // @ts-expect-error We can't really know that this matches Contents.
        this.contents =
            value === undefined ? null : this.createNode(value, _replacer, options);
    }
    /**
     * Create a deep copy of this Document and its contents.
     *
     * Custom Node values that inherit from `Object` still refer to their original instances.
     */
    clone() {
        const copy = Object.create(Document.prototype, {
            [identity.NODE_TYPE]: { value: identity.DOC }
        });
        copy.commentBefore = this.commentBefore;
        copy.comment = this.comment;
        copy.errors = this.errors.slice();
        copy.warnings = this.warnings.slice();
        copy.options = Object.assign({}, this.options);
        if (this.directives)
            copy.directives = this.directives.clone();
        copy.schema = this.schema.clone();
        // @ts-expect-error We can't really know that this matches Contents.
        copy.contents = identity.isNode(this.contents)
            ? this.contents.clone(copy.schema)
            : this.contents;
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /** Adds a value to the document. */
    add(value) {
        if (assertCollection(this.contents))
            this.contents.add(value);
    }
    /** Adds a value to the document. */
    addIn(path, value) {
        if (assertCollection(this.contents))
            this.contents.addIn(path, value);
    }
    /**
     * Create a new `Alias` node, ensuring that the target `node` has the required anchor.
     *
     * If `node` already has an anchor, `name` is ignored.
     * Otherwise, the `node.anchor` value will be set to `name`,
     * or if an anchor with that name is already present in the document,
     * `name` will be used as a prefix for a new unique anchor.
     * If `name` is undefined, the generated anchor will use 'a' as a prefix.
     */
    createAlias(node, name) {
        if (!node.anchor) {
            const prev = anchors.anchorNames(this);
            node.anchor =
                // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
                !name || prev.has(name) ? anchors.findNewAnchor(name || 'a', prev) : name;
        }
        return new Alias.Alias(node.anchor);
    }
    createNode(value, replacer, options) {
        let _replacer = undefined;
        if (typeof replacer === 'function') {
            value = replacer.call({ '': value }, '', value);
            _replacer = replacer;
        }
        else if (Array.isArray(replacer)) {
            const keyToStr = (v) => typeof v === 'number' || v instanceof String || v instanceof Number;
            const asStr = replacer.filter(keyToStr).map(String);
            if (asStr.length > 0)
                replacer = replacer.concat(asStr);
            _replacer = replacer;
        }
        else if (options === undefined && replacer) {
            options = replacer;
            replacer = undefined;
        }
        const { aliasDuplicateObjects, anchorPrefix, flow, keepUndefined, onTagObj, tag } = options ?? {};
        const { onAnchor, setAnchors, sourceObjects } = anchors.createNodeAnchors(this, 
        // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
        anchorPrefix || 'a');
        const ctx = {
            aliasDuplicateObjects: aliasDuplicateObjects ?? true,
            keepUndefined: keepUndefined ?? false,
            onAnchor,
            onTagObj,
            replacer: _replacer,
            schema: this.schema,
            sourceObjects
        };
        const node = createNode.createNode(value, tag, ctx);
        if (flow && identity.isCollection(node))
            node.flow = true;
        setAnchors();
        return node;
    }
    /**
     * Convert a key and a value into a `Pair` using the current schema,
     * recursively wrapping all values as `Scalar` or `Collection` nodes.
     */
    createPair(key, value, options = {}) {
        const k = this.createNode(key, null, options);
        const v = this.createNode(value, null, options);
        return new Pair.Pair(k, v);
    }
    /**
     * Removes a value from the document.
     * @returns `true` if the item was found and removed.
     */
    delete(key) {
        return assertCollection(this.contents) ? this.contents.delete(key) : false;
    }
    /**
     * Removes a value from the document.
     * @returns `true` if the item was found and removed.
     */
    deleteIn(path) {
        if (Collection.isEmptyPath(path)) {
            if (this.contents == null)
                return false;
            // @ts-expect-error Presumed impossible if Strict extends false
            this.contents = null;
            return true;
        }
        return assertCollection(this.contents)
            ? this.contents.deleteIn(path)
            : false;
    }
    /**
     * Returns item at `key`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    get(key, keepScalar) {
        return identity.isCollection(this.contents)
            ? this.contents.get(key, keepScalar)
            : undefined;
    }
    /**
     * Returns item at `path`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    getIn(path, keepScalar) {
        if (Collection.isEmptyPath(path))
            return !keepScalar && identity.isScalar(this.contents)
                ? this.contents.value
                : this.contents;
        return identity.isCollection(this.contents)
            ? this.contents.getIn(path, keepScalar)
            : undefined;
    }
    /**
     * Checks if the document includes a value with the key `key`.
     */
    has(key) {
        return identity.isCollection(this.contents) ? this.contents.has(key) : false;
    }
    /**
     * Checks if the document includes a value at `path`.
     */
    hasIn(path) {
        if (Collection.isEmptyPath(path))
            return this.contents !== undefined;
        return identity.isCollection(this.contents) ? this.contents.hasIn(path) : false;
    }
    /**
     * Sets a value in this document. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    set(key, value) {
        if (this.contents == null) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = Collection.collectionFromPath(this.schema, [key], value);
        }
        else if (assertCollection(this.contents)) {
            this.contents.set(key, value);
        }
    }
    /**
     * Sets a value in this document. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    setIn(path, value) {
        if (Collection.isEmptyPath(path)) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = value;
        }
        else if (this.contents == null) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = Collection.collectionFromPath(this.schema, Array.from(path), value);
        }
        else if (assertCollection(this.contents)) {
            this.contents.setIn(path, value);
        }
    }
    /**
     * Change the YAML version and schema used by the document.
     * A `null` version disables support for directives, explicit tags, anchors, and aliases.
     * It also requires the `schema` option to be given as a `Schema` instance value.
     *
     * Overrides all previously set schema options.
     */
    setSchema(version, options = {}) {
        if (typeof version === 'number')
            version = String(version);
        let opt;
        switch (version) {
            case '1.1':
                if (this.directives)
                    this.directives.yaml.version = '1.1';
                else
                    this.directives = new directives.Directives({ version: '1.1' });
                opt = { resolveKnownTags: false, schema: 'yaml-1.1' };
                break;
            case '1.2':
            case 'next':
                if (this.directives)
                    this.directives.yaml.version = version;
                else
                    this.directives = new directives.Directives({ version });
                opt = { resolveKnownTags: true, schema: 'core' };
                break;
            case null:
                if (this.directives)
                    delete this.directives;
                opt = null;
                break;
            default: {
                const sv = JSON.stringify(version);
                throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${sv}`);
            }
        }
        // Not using `instanceof Schema` to allow for duck typing
        if (options.schema instanceof Object)
            this.schema = options.schema;
        else if (opt)
            this.schema = new Schema.Schema(Object.assign(opt, options));
        else
            throw new Error(`With a null YAML version, the { schema: Schema } option is required`);
    }
    // json & jsonArg are only used from toJSON()
    toJS({ json, jsonArg, mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        const ctx = {
            anchors: new Map(),
            doc: this,
            keep: !json,
            mapAsMap: mapAsMap === true,
            mapKeyWarned: false,
            maxAliasCount: typeof maxAliasCount === 'number' ? maxAliasCount : 100
        };
        const res = toJS.toJS(this.contents, jsonArg ?? '', ctx);
        if (typeof onAnchor === 'function')
            for (const { count, res } of ctx.anchors.values())
                onAnchor(res, count);
        return typeof reviver === 'function'
            ? applyReviver.applyReviver(reviver, { '': res }, '', res)
            : res;
    }
    /**
     * A JSON representation of the document `contents`.
     *
     * @param jsonArg Used by `JSON.stringify` to indicate the array index or
     *   property name.
     */
    toJSON(jsonArg, onAnchor) {
        return this.toJS({ json: true, jsonArg, mapAsMap: false, onAnchor });
    }
    /** A YAML representation of the document. */
    toString(options = {}) {
        if (this.errors.length > 0)
            throw new Error('Document with errors cannot be stringified');
        if ('indent' in options &&
            (!Number.isInteger(options.indent) || Number(options.indent) <= 0)) {
            const s = JSON.stringify(options.indent);
            throw new Error(`"indent" option must be a positive integer, not ${s}`);
        }
        return stringifyDocument.stringifyDocument(this, options);
    }
}
function assertCollection(contents) {
    if (identity.isCollection(contents))
        return true;
    throw new Error('Expected a YAML collection as document contents');
}

exports.Document = Document;


/***/ }),

/***/ 1596:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var visit = __nccwpck_require__(204);

/**
 * Verify that the input string is a valid anchor.
 *
 * Will throw on errors.
 */
function anchorIsValid(anchor) {
    if (/[\x00-\x19\s,[\]{}]/.test(anchor)) {
        const sa = JSON.stringify(anchor);
        const msg = `Anchor must not contain whitespace or control characters: ${sa}`;
        throw new Error(msg);
    }
    return true;
}
function anchorNames(root) {
    const anchors = new Set();
    visit.visit(root, {
        Value(_key, node) {
            if (node.anchor)
                anchors.add(node.anchor);
        }
    });
    return anchors;
}
/** Find a new anchor name with the given `prefix` and a one-indexed suffix. */
function findNewAnchor(prefix, exclude) {
    for (let i = 1; true; ++i) {
        const name = `${prefix}${i}`;
        if (!exclude.has(name))
            return name;
    }
}
function createNodeAnchors(doc, prefix) {
    const aliasObjects = [];
    const sourceObjects = new Map();
    let prevAnchors = null;
    return {
        onAnchor: (source) => {
            aliasObjects.push(source);
            prevAnchors ?? (prevAnchors = anchorNames(doc));
            const anchor = findNewAnchor(prefix, prevAnchors);
            prevAnchors.add(anchor);
            return anchor;
        },
        /**
         * With circular references, the source node is only resolved after all
         * of its child nodes are. This is why anchors are set only after all of
         * the nodes have been created.
         */
        setAnchors: () => {
            for (const source of aliasObjects) {
                const ref = sourceObjects.get(source);
                if (typeof ref === 'object' &&
                    ref.anchor &&
                    (identity.isScalar(ref.node) || identity.isCollection(ref.node))) {
                    ref.node.anchor = ref.anchor;
                }
                else {
                    const error = new Error('Failed to resolve repeated object (this should not happen)');
                    error.source = source;
                    throw error;
                }
            }
        },
        sourceObjects
    };
}

exports.anchorIsValid = anchorIsValid;
exports.anchorNames = anchorNames;
exports.createNodeAnchors = createNodeAnchors;
exports.findNewAnchor = findNewAnchor;


/***/ }),

/***/ 3661:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Applies the JSON.parse reviver algorithm as defined in the ECMA-262 spec,
 * in section 24.5.1.1 "Runtime Semantics: InternalizeJSONProperty" of the
 * 2021 edition: https://tc39.es/ecma262/#sec-json.parse
 *
 * Includes extensions for handling Map and Set objects.
 */
function applyReviver(reviver, obj, key, val) {
    if (val && typeof val === 'object') {
        if (Array.isArray(val)) {
            for (let i = 0, len = val.length; i < len; ++i) {
                const v0 = val[i];
                const v1 = applyReviver(reviver, val, String(i), v0);
                // eslint-disable-next-line @typescript-eslint/no-array-delete
                if (v1 === undefined)
                    delete val[i];
                else if (v1 !== v0)
                    val[i] = v1;
            }
        }
        else if (val instanceof Map) {
            for (const k of Array.from(val.keys())) {
                const v0 = val.get(k);
                const v1 = applyReviver(reviver, val, k, v0);
                if (v1 === undefined)
                    val.delete(k);
                else if (v1 !== v0)
                    val.set(k, v1);
            }
        }
        else if (val instanceof Set) {
            for (const v0 of Array.from(val)) {
                const v1 = applyReviver(reviver, val, v0, v0);
                if (v1 === undefined)
                    val.delete(v0);
                else if (v1 !== v0) {
                    val.delete(v0);
                    val.add(v1);
                }
            }
        }
        else {
            for (const [k, v0] of Object.entries(val)) {
                const v1 = applyReviver(reviver, val, k, v0);
                if (v1 === undefined)
                    delete val[k];
                else if (v1 !== v0)
                    val[k] = v1;
            }
        }
    }
    return reviver.call(obj, key, val);
}

exports.applyReviver = applyReviver;


/***/ }),

/***/ 2404:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);

const defaultTagPrefix = 'tag:yaml.org,2002:';
function findTagObject(value, tagName, tags) {
    if (tagName) {
        const match = tags.filter(t => t.tag === tagName);
        const tagObj = match.find(t => !t.format) ?? match[0];
        if (!tagObj)
            throw new Error(`Tag ${tagName} not found`);
        return tagObj;
    }
    return tags.find(t => t.identify?.(value) && !t.format);
}
function createNode(value, tagName, ctx) {
    if (identity.isDocument(value))
        value = value.contents;
    if (identity.isNode(value))
        return value;
    if (identity.isPair(value)) {
        const map = ctx.schema[identity.MAP].createNode?.(ctx.schema, null, ctx);
        map.items.push(value);
        return map;
    }
    if (value instanceof String ||
        value instanceof Number ||
        value instanceof Boolean ||
        (typeof BigInt !== 'undefined' && value instanceof BigInt) // not supported everywhere
    ) {
        // https://tc39.es/ecma262/#sec-serializejsonproperty
        value = value.valueOf();
    }
    const { aliasDuplicateObjects, onAnchor, onTagObj, schema, sourceObjects } = ctx;
    // Detect duplicate references to the same object & use Alias nodes for all
    // after first. The `ref` wrapper allows for circular references to resolve.
    let ref = undefined;
    if (aliasDuplicateObjects && value && typeof value === 'object') {
        ref = sourceObjects.get(value);
        if (ref) {
            ref.anchor ?? (ref.anchor = onAnchor(value));
            return new Alias.Alias(ref.anchor);
        }
        else {
            ref = { anchor: null, node: null };
            sourceObjects.set(value, ref);
        }
    }
    if (tagName?.startsWith('!!'))
        tagName = defaultTagPrefix + tagName.slice(2);
    let tagObj = findTagObject(value, tagName, schema.tags);
    if (!tagObj) {
        if (value && typeof value.toJSON === 'function') {
            // eslint-disable-next-line @typescript-eslint/no-unsafe-call
            value = value.toJSON();
        }
        if (!value || typeof value !== 'object') {
            const node = new Scalar.Scalar(value);
            if (ref)
                ref.node = node;
            return node;
        }
        tagObj =
            value instanceof Map
                ? schema[identity.MAP]
                : Symbol.iterator in Object(value)
                    ? schema[identity.SEQ]
                    : schema[identity.MAP];
    }
    if (onTagObj) {
        onTagObj(tagObj);
        delete ctx.onTagObj;
    }
    const node = tagObj?.createNode
        ? tagObj.createNode(ctx.schema, value, ctx)
        : typeof tagObj?.nodeClass?.from === 'function'
            ? tagObj.nodeClass.from(ctx.schema, value, ctx)
            : new Scalar.Scalar(value);
    if (tagName)
        node.tag = tagName;
    else if (!tagObj.default)
        node.tag = tagObj.tag;
    if (ref)
        ref.node = node;
    return node;
}

exports.createNode = createNode;


/***/ }),

/***/ 1342:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var visit = __nccwpck_require__(204);

const escapeChars = {
    '!': '%21',
    ',': '%2C',
    '[': '%5B',
    ']': '%5D',
    '{': '%7B',
    '}': '%7D'
};
const escapeTagName = (tn) => tn.replace(/[!,[\]{}]/g, ch => escapeChars[ch]);
class Directives {
    constructor(yaml, tags) {
        /**
         * The directives-end/doc-start marker `---`. If `null`, a marker may still be
         * included in the document's stringified representation.
         */
        this.docStart = null;
        /** The doc-end marker `...`.  */
        this.docEnd = false;
        this.yaml = Object.assign({}, Directives.defaultYaml, yaml);
        this.tags = Object.assign({}, Directives.defaultTags, tags);
    }
    clone() {
        const copy = new Directives(this.yaml, this.tags);
        copy.docStart = this.docStart;
        return copy;
    }
    /**
     * During parsing, get a Directives instance for the current document and
     * update the stream state according to the current version's spec.
     */
    atDocument() {
        const res = new Directives(this.yaml, this.tags);
        switch (this.yaml.version) {
            case '1.1':
                this.atNextDocument = true;
                break;
            case '1.2':
                this.atNextDocument = false;
                this.yaml = {
                    explicit: Directives.defaultYaml.explicit,
                    version: '1.2'
                };
                this.tags = Object.assign({}, Directives.defaultTags);
                break;
        }
        return res;
    }
    /**
     * @param onError - May be called even if the action was successful
     * @returns `true` on success
     */
    add(line, onError) {
        if (this.atNextDocument) {
            this.yaml = { explicit: Directives.defaultYaml.explicit, version: '1.1' };
            this.tags = Object.assign({}, Directives.defaultTags);
            this.atNextDocument = false;
        }
        const parts = line.trim().split(/[ \t]+/);
        const name = parts.shift();
        switch (name) {
            case '%TAG': {
                if (parts.length !== 2) {
                    onError(0, '%TAG directive should contain exactly two parts');
                    if (parts.length < 2)
                        return false;
                }
                const [handle, prefix] = parts;
                this.tags[handle] = prefix;
                return true;
            }
            case '%YAML': {
                this.yaml.explicit = true;
                if (parts.length !== 1) {
                    onError(0, '%YAML directive should contain exactly one part');
                    return false;
                }
                const [version] = parts;
                if (version === '1.1' || version === '1.2') {
                    this.yaml.version = version;
                    return true;
                }
                else {
                    const isValid = /^\d+\.\d+$/.test(version);
                    onError(6, `Unsupported YAML version ${version}`, isValid);
                    return false;
                }
            }
            default:
                onError(0, `Unknown directive ${name}`, true);
                return false;
        }
    }
    /**
     * Resolves a tag, matching handles to those defined in %TAG directives.
     *
     * @returns Resolved tag, which may also be the non-specific tag `'!'` or a
     *   `'!local'` tag, or `null` if unresolvable.
     */
    tagName(source, onError) {
        if (source === '!')
            return '!'; // non-specific tag
        if (source[0] !== '!') {
            onError(`Not a valid tag: ${source}`);
            return null;
        }
        if (source[1] === '<') {
            const verbatim = source.slice(2, -1);
            if (verbatim === '!' || verbatim === '!!') {
                onError(`Verbatim tags aren't resolved, so ${source} is invalid.`);
                return null;
            }
            if (source[source.length - 1] !== '>')
                onError('Verbatim tags must end with a >');
            return verbatim;
        }
        const [, handle, suffix] = source.match(/^(.*!)([^!]*)$/s);
        if (!suffix)
            onError(`The ${source} tag has no suffix`);
        const prefix = this.tags[handle];
        if (prefix) {
            try {
                return prefix + decodeURIComponent(suffix);
            }
            catch (error) {
                onError(String(error));
                return null;
            }
        }
        if (handle === '!')
            return source; // local tag
        onError(`Could not resolve tag: ${source}`);
        return null;
    }
    /**
     * Given a fully resolved tag, returns its printable string form,
     * taking into account current tag prefixes and defaults.
     */
    tagString(tag) {
        for (const [handle, prefix] of Object.entries(this.tags)) {
            if (tag.startsWith(prefix))
                return handle + escapeTagName(tag.substring(prefix.length));
        }
        return tag[0] === '!' ? tag : `!<${tag}>`;
    }
    toString(doc) {
        const lines = this.yaml.explicit
            ? [`%YAML ${this.yaml.version || '1.2'}`]
            : [];
        const tagEntries = Object.entries(this.tags);
        let tagNames;
        if (doc && tagEntries.length > 0 && identity.isNode(doc.contents)) {
            const tags = {};
            visit.visit(doc.contents, (_key, node) => {
                if (identity.isNode(node) && node.tag)
                    tags[node.tag] = true;
            });
            tagNames = Object.keys(tags);
        }
        else
            tagNames = [];
        for (const [handle, prefix] of tagEntries) {
            if (handle === '!!' && prefix === 'tag:yaml.org,2002:')
                continue;
            if (!doc || tagNames.some(tn => tn.startsWith(prefix)))
                lines.push(`%TAG ${handle} ${prefix}`);
        }
        return lines.join('\n');
    }
}
Directives.defaultYaml = { explicit: false, version: '1.2' };
Directives.defaultTags = { '!!': 'tag:yaml.org,2002:' };

exports.Directives = Directives;


/***/ }),

/***/ 1464:
/***/ ((__unused_webpack_module, exports) => {



class YAMLError extends Error {
    constructor(name, pos, code, message) {
        super();
        this.name = name;
        this.code = code;
        this.message = message;
        this.pos = pos;
    }
}
class YAMLParseError extends YAMLError {
    constructor(pos, code, message) {
        super('YAMLParseError', pos, code, message);
    }
}
class YAMLWarning extends YAMLError {
    constructor(pos, code, message) {
        super('YAMLWarning', pos, code, message);
    }
}
const prettifyError = (src, lc) => (error) => {
    if (error.pos[0] === -1)
        return;
    error.linePos = error.pos.map(pos => lc.linePos(pos));
    const { line, col } = error.linePos[0];
    error.message += ` at line ${line}, column ${col}`;
    let ci = col - 1;
    let lineStr = src
        .substring(lc.lineStarts[line - 1], lc.lineStarts[line])
        .replace(/[\n\r]+$/, '');
    // Trim to max 80 chars, keeping col position near the middle
    if (ci >= 60 && lineStr.length > 80) {
        const trimStart = Math.min(ci - 39, lineStr.length - 79);
        lineStr = '…' + lineStr.substring(trimStart);
        ci -= trimStart - 1;
    }
    if (lineStr.length > 80)
        lineStr = lineStr.substring(0, 79) + '…';
    // Include previous line in context if pointing at line start
    if (line > 1 && /^ *$/.test(lineStr.substring(0, ci))) {
        // Regexp won't match if start is trimmed
        let prev = src.substring(lc.lineStarts[line - 2], lc.lineStarts[line - 1]);
        if (prev.length > 80)
            prev = prev.substring(0, 79) + '…\n';
        lineStr = prev + lineStr;
    }
    if (/[^ ]/.test(lineStr)) {
        let count = 1;
        const end = error.linePos[1];
        if (end?.line === line && end.col > col) {
            count = Math.max(1, Math.min(end.col - col, 80 - ci));
        }
        const pointer = ' '.repeat(ci) + '^'.repeat(count);
        error.message += `:\n\n${lineStr}\n${pointer}\n`;
    }
};

exports.YAMLError = YAMLError;
exports.YAMLParseError = YAMLParseError;
exports.YAMLWarning = YAMLWarning;
exports.prettifyError = prettifyError;


/***/ }),

/***/ 8815:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

var __webpack_unused_export__;


var composer = __nccwpck_require__(9984);
var Document = __nccwpck_require__(3021);
var Schema = __nccwpck_require__(5840);
var errors = __nccwpck_require__(1464);
var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var Scalar = __nccwpck_require__(3301);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var cst = __nccwpck_require__(3461);
var lexer = __nccwpck_require__(361);
var lineCounter = __nccwpck_require__(6628);
var parser = __nccwpck_require__(3456);
var publicApi = __nccwpck_require__(4047);
var visit = __nccwpck_require__(204);



__webpack_unused_export__ = composer.Composer;
__webpack_unused_export__ = Document.Document;
__webpack_unused_export__ = Schema.Schema;
__webpack_unused_export__ = errors.YAMLError;
__webpack_unused_export__ = errors.YAMLParseError;
__webpack_unused_export__ = errors.YAMLWarning;
__webpack_unused_export__ = Alias.Alias;
exports.Vj = identity.isAlias;
__webpack_unused_export__ = identity.isCollection;
__webpack_unused_export__ = identity.isDocument;
exports.jh = identity.isMap;
__webpack_unused_export__ = identity.isNode;
exports.tO = identity.isPair;
exports.jn = identity.isScalar;
exports.oP = identity.isSeq;
__webpack_unused_export__ = Pair.Pair;
__webpack_unused_export__ = Scalar.Scalar;
__webpack_unused_export__ = YAMLMap.YAMLMap;
__webpack_unused_export__ = YAMLSeq.YAMLSeq;
__webpack_unused_export__ = cst;
__webpack_unused_export__ = lexer.Lexer;
exports.HN = lineCounter.LineCounter;
__webpack_unused_export__ = parser.Parser;
__webpack_unused_export__ = publicApi.parse;
__webpack_unused_export__ = publicApi.parseAllDocuments;
exports.Tp = publicApi.parseDocument;
__webpack_unused_export__ = publicApi.stringify;
__webpack_unused_export__ = visit.visit;
__webpack_unused_export__ = visit.visitAsync;


/***/ }),

/***/ 7249:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);

function debug(logLevel, ...messages) {
    if (logLevel === 'debug')
        console.log(...messages);
}
function warn(logLevel, warning) {
    if (logLevel === 'debug' || logLevel === 'warn') {
        if (typeof node_process.emitWarning === 'function')
            node_process.emitWarning(warning);
        else
            console.warn(warning);
    }
}

exports.debug = debug;
exports.warn = warn;


/***/ }),

/***/ 4065:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var anchors = __nccwpck_require__(1596);
var visit = __nccwpck_require__(204);
var identity = __nccwpck_require__(1127);
var Node = __nccwpck_require__(6673);
var toJS = __nccwpck_require__(4043);

class Alias extends Node.NodeBase {
    constructor(source) {
        super(identity.ALIAS);
        this.source = source;
        Object.defineProperty(this, 'tag', {
            set() {
                throw new Error('Alias nodes cannot have tags');
            }
        });
    }
    /**
     * Resolve the value of this alias within `doc`, finding the last
     * instance of the `source` anchor before this node.
     */
    resolve(doc, ctx) {
        if (ctx?.maxAliasCount === 0)
            throw new ReferenceError('Alias resolution is disabled');
        let nodes;
        if (ctx?.aliasResolveCache) {
            nodes = ctx.aliasResolveCache;
        }
        else {
            nodes = [];
            visit.visit(doc, {
                Node: (_key, node) => {
                    if (identity.isAlias(node) || identity.hasAnchor(node))
                        nodes.push(node);
                }
            });
            if (ctx)
                ctx.aliasResolveCache = nodes;
        }
        let found = undefined;
        for (const node of nodes) {
            if (node === this)
                break;
            if (node.anchor === this.source)
                found = node;
        }
        if (found && ctx) {
            const { anchors, doc, maxAliasCount } = ctx;
            let data = anchors.get(found);
            if (!data) {
                // Resolve anchors for Node.prototype.toJS()
                toJS.toJS(found, null, ctx);
                data = anchors.get(found);
            }
            /* istanbul ignore if */
            if (data?.res === undefined) {
                const msg = 'This should not happen: Alias anchor was not resolved?';
                throw new ReferenceError(msg);
            }
            if (maxAliasCount >= 0) {
                data.count += 1;
                if (data.aliasCount === 0)
                    data.aliasCount = getAliasCount(doc, found, anchors);
                if (data.count * data.aliasCount > maxAliasCount) {
                    const msg = 'Excessive alias count indicates a resource exhaustion attack';
                    throw new ReferenceError(msg);
                }
            }
        }
        return found;
    }
    toJSON(_arg, ctx) {
        if (!ctx)
            return { source: this.source };
        const source = this.resolve(ctx.doc, ctx);
        if (!source) {
            const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
            throw new ReferenceError(msg);
        }
        return ctx.anchors.get(source).res;
    }
    toString(ctx, _onComment, _onChompKeep) {
        const src = `*${this.source}`;
        if (ctx) {
            anchors.anchorIsValid(this.source);
            if (ctx.options.verifyAliasOrder && !ctx.anchors.has(this.source)) {
                const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
                throw new Error(msg);
            }
            if (ctx.implicitKey)
                return `${src} `;
        }
        return src;
    }
}
function getAliasCount(doc, node, anchors) {
    if (identity.isAlias(node)) {
        const source = node.resolve(doc);
        const anchor = anchors && source && anchors.get(source);
        return anchor ? anchor.count * anchor.aliasCount : 0;
    }
    else if (identity.isCollection(node)) {
        let count = 0;
        for (const item of node.items) {
            const c = getAliasCount(doc, item, anchors);
            if (c > count)
                count = c;
        }
        return count;
    }
    else if (identity.isPair(node)) {
        const kc = getAliasCount(doc, node.key, anchors);
        const vc = getAliasCount(doc, node.value, anchors);
        return Math.max(kc, vc);
    }
    return 1;
}

exports.Alias = Alias;


/***/ }),

/***/ 101:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(2404);
var identity = __nccwpck_require__(1127);
var Node = __nccwpck_require__(6673);

function collectionFromPath(schema, path, value) {
    let v = value;
    for (let i = path.length - 1; i >= 0; --i) {
        const k = path[i];
        if (typeof k === 'number' && Number.isInteger(k) && k >= 0) {
            const a = [];
            a[k] = v;
            v = a;
        }
        else {
            v = new Map([[k, v]]);
        }
    }
    return createNode.createNode(v, undefined, {
        aliasDuplicateObjects: false,
        keepUndefined: false,
        onAnchor: () => {
            throw new Error('This should not happen, please report a bug.');
        },
        schema,
        sourceObjects: new Map()
    });
}
// Type guard is intentionally a little wrong so as to be more useful,
// as it does not cover untypable empty non-string iterables (e.g. []).
const isEmptyPath = (path) => path == null ||
    (typeof path === 'object' && !!path[Symbol.iterator]().next().done);
class Collection extends Node.NodeBase {
    constructor(type, schema) {
        super(type);
        Object.defineProperty(this, 'schema', {
            value: schema,
            configurable: true,
            enumerable: false,
            writable: true
        });
    }
    /**
     * Create a copy of this collection.
     *
     * @param schema - If defined, overwrites the original's schema
     */
    clone(schema) {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (schema)
            copy.schema = schema;
        copy.items = copy.items.map(it => identity.isNode(it) || identity.isPair(it) ? it.clone(schema) : it);
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /**
     * Adds a value to the collection. For `!!map` and `!!omap` the value must
     * be a Pair instance or a `{ key, value }` object, which may not have a key
     * that already exists in the map.
     */
    addIn(path, value) {
        if (isEmptyPath(path))
            this.add(value);
        else {
            const [key, ...rest] = path;
            const node = this.get(key, true);
            if (identity.isCollection(node))
                node.addIn(rest, value);
            else if (node === undefined && this.schema)
                this.set(key, collectionFromPath(this.schema, rest, value));
            else
                throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
    }
    /**
     * Removes a value from the collection.
     * @returns `true` if the item was found and removed.
     */
    deleteIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
            return this.delete(key);
        const node = this.get(key, true);
        if (identity.isCollection(node))
            return node.deleteIn(rest);
        else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
    }
    /**
     * Returns item at `key`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    getIn(path, keepScalar) {
        const [key, ...rest] = path;
        const node = this.get(key, true);
        if (rest.length === 0)
            return !keepScalar && identity.isScalar(node) ? node.value : node;
        else
            return identity.isCollection(node) ? node.getIn(rest, keepScalar) : undefined;
    }
    hasAllNullValues(allowScalar) {
        return this.items.every(node => {
            if (!identity.isPair(node))
                return false;
            const n = node.value;
            return (n == null ||
                (allowScalar &&
                    identity.isScalar(n) &&
                    n.value == null &&
                    !n.commentBefore &&
                    !n.comment &&
                    !n.tag));
        });
    }
    /**
     * Checks if the collection includes a value with the key `key`.
     */
    hasIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
            return this.has(key);
        const node = this.get(key, true);
        return identity.isCollection(node) ? node.hasIn(rest) : false;
    }
    /**
     * Sets a value in this collection. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    setIn(path, value) {
        const [key, ...rest] = path;
        if (rest.length === 0) {
            this.set(key, value);
        }
        else {
            const node = this.get(key, true);
            if (identity.isCollection(node))
                node.setIn(rest, value);
            else if (node === undefined && this.schema)
                this.set(key, collectionFromPath(this.schema, rest, value));
            else
                throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
    }
}

exports.Collection = Collection;
exports.collectionFromPath = collectionFromPath;
exports.isEmptyPath = isEmptyPath;


/***/ }),

/***/ 6673:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var applyReviver = __nccwpck_require__(3661);
var identity = __nccwpck_require__(1127);
var toJS = __nccwpck_require__(4043);

class NodeBase {
    constructor(type) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: type });
    }
    /** Create a copy of this node.  */
    clone() {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /** A plain JavaScript representation of this node. */
    toJS(doc, { mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        if (!identity.isDocument(doc))
            throw new TypeError('A document argument is required');
        const ctx = {
            anchors: new Map(),
            doc,
            keep: true,
            mapAsMap: mapAsMap === true,
            mapKeyWarned: false,
            maxAliasCount: typeof maxAliasCount === 'number' ? maxAliasCount : 100
        };
        const res = toJS.toJS(this, '', ctx);
        if (typeof onAnchor === 'function')
            for (const { count, res } of ctx.anchors.values())
                onAnchor(res, count);
        return typeof reviver === 'function'
            ? applyReviver.applyReviver(reviver, { '': res }, '', res)
            : res;
    }
}

exports.NodeBase = NodeBase;


/***/ }),

/***/ 7165:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(2404);
var stringifyPair = __nccwpck_require__(9748);
var addPairToJSMap = __nccwpck_require__(7104);
var identity = __nccwpck_require__(1127);

function createPair(key, value, ctx) {
    const k = createNode.createNode(key, undefined, ctx);
    const v = createNode.createNode(value, undefined, ctx);
    return new Pair(k, v);
}
class Pair {
    constructor(key, value = null) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.PAIR });
        this.key = key;
        this.value = value;
    }
    clone(schema) {
        let { key, value } = this;
        if (identity.isNode(key))
            key = key.clone(schema);
        if (identity.isNode(value))
            value = value.clone(schema);
        return new Pair(key, value);
    }
    toJSON(_, ctx) {
        const pair = ctx?.mapAsMap ? new Map() : {};
        return addPairToJSMap.addPairToJSMap(ctx, pair, this);
    }
    toString(ctx, onComment, onChompKeep) {
        return ctx?.doc
            ? stringifyPair.stringifyPair(this, ctx, onComment, onChompKeep)
            : JSON.stringify(this);
    }
}

exports.Pair = Pair;
exports.createPair = createPair;


/***/ }),

/***/ 3301:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Node = __nccwpck_require__(6673);
var toJS = __nccwpck_require__(4043);

const isScalarValue = (value) => !value || (typeof value !== 'function' && typeof value !== 'object');
class Scalar extends Node.NodeBase {
    constructor(value) {
        super(identity.SCALAR);
        this.value = value;
    }
    toJSON(arg, ctx) {
        return ctx?.keep ? this.value : toJS.toJS(this.value, arg, ctx);
    }
    toString() {
        return String(this.value);
    }
}
Scalar.BLOCK_FOLDED = 'BLOCK_FOLDED';
Scalar.BLOCK_LITERAL = 'BLOCK_LITERAL';
Scalar.PLAIN = 'PLAIN';
Scalar.QUOTE_DOUBLE = 'QUOTE_DOUBLE';
Scalar.QUOTE_SINGLE = 'QUOTE_SINGLE';

exports.Scalar = Scalar;
exports.isScalarValue = isScalarValue;


/***/ }),

/***/ 4454:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyCollection = __nccwpck_require__(1212);
var addPairToJSMap = __nccwpck_require__(7104);
var Collection = __nccwpck_require__(101);
var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var Scalar = __nccwpck_require__(3301);

function findPair(items, key) {
    const k = identity.isScalar(key) ? key.value : key;
    for (const it of items) {
        if (identity.isPair(it)) {
            if (it.key === key || it.key === k)
                return it;
            if (identity.isScalar(it.key) && it.key.value === k)
                return it;
        }
    }
    return undefined;
}
class YAMLMap extends Collection.Collection {
    static get tagName() {
        return 'tag:yaml.org,2002:map';
    }
    constructor(schema) {
        super(identity.MAP, schema);
        this.items = [];
    }
    /**
     * A generic collection parsing method that can be extended
     * to other node classes that inherit from YAMLMap
     */
    static from(schema, obj, ctx) {
        const { keepUndefined, replacer } = ctx;
        const map = new this(schema);
        const add = (key, value) => {
            if (typeof replacer === 'function')
                value = replacer.call(obj, key, value);
            else if (Array.isArray(replacer) && !replacer.includes(key))
                return;
            if (value !== undefined || keepUndefined)
                map.items.push(Pair.createPair(key, value, ctx));
        };
        if (obj instanceof Map) {
            for (const [key, value] of obj)
                add(key, value);
        }
        else if (obj && typeof obj === 'object') {
            for (const key of Object.keys(obj))
                add(key, obj[key]);
        }
        if (typeof schema.sortMapEntries === 'function') {
            map.items.sort(schema.sortMapEntries);
        }
        return map;
    }
    /**
     * Adds a value to the collection.
     *
     * @param overwrite - If not set `true`, using a key that is already in the
     *   collection will throw. Otherwise, overwrites the previous value.
     */
    add(pair, overwrite) {
        let _pair;
        if (identity.isPair(pair))
            _pair = pair;
        else if (!pair || typeof pair !== 'object' || !('key' in pair)) {
            // In TypeScript, this never happens.
            _pair = new Pair.Pair(pair, pair?.value);
        }
        else
            _pair = new Pair.Pair(pair.key, pair.value);
        const prev = findPair(this.items, _pair.key);
        const sortEntries = this.schema?.sortMapEntries;
        if (prev) {
            if (!overwrite)
                throw new Error(`Key ${_pair.key} already set`);
            // For scalars, keep the old node & its comments and anchors
            if (identity.isScalar(prev.value) && Scalar.isScalarValue(_pair.value))
                prev.value.value = _pair.value;
            else
                prev.value = _pair.value;
        }
        else if (sortEntries) {
            const i = this.items.findIndex(item => sortEntries(_pair, item) < 0);
            if (i === -1)
                this.items.push(_pair);
            else
                this.items.splice(i, 0, _pair);
        }
        else {
            this.items.push(_pair);
        }
    }
    delete(key) {
        const it = findPair(this.items, key);
        if (!it)
            return false;
        const del = this.items.splice(this.items.indexOf(it), 1);
        return del.length > 0;
    }
    get(key, keepScalar) {
        const it = findPair(this.items, key);
        const node = it?.value;
        return (!keepScalar && identity.isScalar(node) ? node.value : node) ?? undefined;
    }
    has(key) {
        return !!findPair(this.items, key);
    }
    set(key, value) {
        this.add(new Pair.Pair(key, value), true);
    }
    /**
     * @param ctx - Conversion context, originally set in Document#toJS()
     * @param {Class} Type - If set, forces the returned collection type
     * @returns Instance of Type, Map, or Object
     */
    toJSON(_, ctx, Type) {
        const map = Type ? new Type() : ctx?.mapAsMap ? new Map() : {};
        if (ctx?.onCreate)
            ctx.onCreate(map);
        for (const item of this.items)
            addPairToJSMap.addPairToJSMap(ctx, map, item);
        return map;
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        for (const item of this.items) {
            if (!identity.isPair(item))
                throw new Error(`Map items must all be pairs; found ${JSON.stringify(item)} instead`);
        }
        if (!ctx.allNullValues && this.hasAllNullValues(false))
            ctx = Object.assign({}, ctx, { allNullValues: true });
        return stringifyCollection.stringifyCollection(this, ctx, {
            blockItemPrefix: '',
            flowChars: { start: '{', end: '}' },
            itemIndent: ctx.indent || '',
            onChompKeep,
            onComment
        });
    }
}

exports.YAMLMap = YAMLMap;
exports.findPair = findPair;


/***/ }),

/***/ 2223:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(2404);
var stringifyCollection = __nccwpck_require__(1212);
var Collection = __nccwpck_require__(101);
var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var toJS = __nccwpck_require__(4043);

class YAMLSeq extends Collection.Collection {
    static get tagName() {
        return 'tag:yaml.org,2002:seq';
    }
    constructor(schema) {
        super(identity.SEQ, schema);
        this.items = [];
    }
    add(value) {
        this.items.push(value);
    }
    /**
     * Removes a value from the collection.
     *
     * `key` must contain a representation of an integer for this to succeed.
     * It may be wrapped in a `Scalar`.
     *
     * @returns `true` if the item was found and removed.
     */
    delete(key) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            return false;
        const del = this.items.splice(idx, 1);
        return del.length > 0;
    }
    get(key, keepScalar) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            return undefined;
        const it = this.items[idx];
        return !keepScalar && identity.isScalar(it) ? it.value : it;
    }
    /**
     * Checks if the collection includes a value with the key `key`.
     *
     * `key` must contain a representation of an integer for this to succeed.
     * It may be wrapped in a `Scalar`.
     */
    has(key) {
        const idx = asItemIndex(key);
        return typeof idx === 'number' && idx < this.items.length;
    }
    /**
     * Sets a value in this collection. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     *
     * If `key` does not contain a representation of an integer, this will throw.
     * It may be wrapped in a `Scalar`.
     */
    set(key, value) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            throw new Error(`Expected a valid index, not ${key}.`);
        const prev = this.items[idx];
        if (identity.isScalar(prev) && Scalar.isScalarValue(value))
            prev.value = value;
        else
            this.items[idx] = value;
    }
    toJSON(_, ctx) {
        const seq = [];
        if (ctx?.onCreate)
            ctx.onCreate(seq);
        let i = 0;
        for (const item of this.items)
            seq.push(toJS.toJS(item, String(i++), ctx));
        return seq;
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        return stringifyCollection.stringifyCollection(this, ctx, {
            blockItemPrefix: '- ',
            flowChars: { start: '[', end: ']' },
            itemIndent: (ctx.indent || '') + '  ',
            onChompKeep,
            onComment
        });
    }
    static from(schema, obj, ctx) {
        const { replacer } = ctx;
        const seq = new this(schema);
        if (obj && Symbol.iterator in Object(obj)) {
            let i = 0;
            for (let it of obj) {
                if (typeof replacer === 'function') {
                    const key = obj instanceof Set ? it : String(i++);
                    it = replacer.call(obj, key, it);
                }
                seq.items.push(createNode.createNode(it, undefined, ctx));
            }
        }
        return seq;
    }
}
function asItemIndex(key) {
    let idx = identity.isScalar(key) ? key.value : key;
    if (idx && typeof idx === 'string')
        idx = Number(idx);
    return typeof idx === 'number' && Number.isInteger(idx) && idx >= 0
        ? idx
        : null;
}

exports.YAMLSeq = YAMLSeq;


/***/ }),

/***/ 7104:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var log = __nccwpck_require__(7249);
var merge = __nccwpck_require__(452);
var stringify = __nccwpck_require__(2148);
var identity = __nccwpck_require__(1127);
var toJS = __nccwpck_require__(4043);

function addPairToJSMap(ctx, map, { key, value }) {
    if (identity.isNode(key) && key.addToJSMap)
        key.addToJSMap(ctx, map, value);
    // TODO: Should drop this special case for bare << handling
    else if (merge.isMergeKey(ctx, key))
        merge.addMergeToJSMap(ctx, map, value);
    else {
        const jsKey = toJS.toJS(key, '', ctx);
        if (map instanceof Map) {
            map.set(jsKey, toJS.toJS(value, jsKey, ctx));
        }
        else if (map instanceof Set) {
            map.add(jsKey);
        }
        else {
            const stringKey = stringifyKey(key, jsKey, ctx);
            const jsValue = toJS.toJS(value, stringKey, ctx);
            if (stringKey in map)
                Object.defineProperty(map, stringKey, {
                    value: jsValue,
                    writable: true,
                    enumerable: true,
                    configurable: true
                });
            else
                map[stringKey] = jsValue;
        }
    }
    return map;
}
function stringifyKey(key, jsKey, ctx) {
    if (jsKey === null)
        return '';
    // eslint-disable-next-line @typescript-eslint/no-base-to-string
    if (typeof jsKey !== 'object')
        return String(jsKey);
    if (identity.isNode(key) && ctx?.doc) {
        const strCtx = stringify.createStringifyContext(ctx.doc, {});
        strCtx.anchors = new Set();
        for (const node of ctx.anchors.keys())
            strCtx.anchors.add(node.anchor);
        strCtx.inFlow = true;
        strCtx.inStringifyKey = true;
        const strKey = key.toString(strCtx);
        if (!ctx.mapKeyWarned) {
            let jsonStr = JSON.stringify(strKey);
            if (jsonStr.length > 40)
                jsonStr = jsonStr.substring(0, 36) + '..."';
            log.warn(ctx.doc.options.logLevel, `Keys with collection values will be stringified due to JS Object restrictions: ${jsonStr}. Set mapAsMap: true to use object keys.`);
            ctx.mapKeyWarned = true;
        }
        return strKey;
    }
    return JSON.stringify(jsKey);
}

exports.addPairToJSMap = addPairToJSMap;


/***/ }),

/***/ 1127:
/***/ ((__unused_webpack_module, exports) => {



const ALIAS = Symbol.for('yaml.alias');
const DOC = Symbol.for('yaml.document');
const MAP = Symbol.for('yaml.map');
const PAIR = Symbol.for('yaml.pair');
const SCALAR = Symbol.for('yaml.scalar');
const SEQ = Symbol.for('yaml.seq');
const NODE_TYPE = Symbol.for('yaml.node.type');
const isAlias = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === ALIAS;
const isDocument = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === DOC;
const isMap = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === MAP;
const isPair = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === PAIR;
const isScalar = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === SCALAR;
const isSeq = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === SEQ;
function isCollection(node) {
    if (node && typeof node === 'object')
        switch (node[NODE_TYPE]) {
            case MAP:
            case SEQ:
                return true;
        }
    return false;
}
function isNode(node) {
    if (node && typeof node === 'object')
        switch (node[NODE_TYPE]) {
            case ALIAS:
            case MAP:
            case SCALAR:
            case SEQ:
                return true;
        }
    return false;
}
const hasAnchor = (node) => (isScalar(node) || isCollection(node)) && !!node.anchor;

exports.ALIAS = ALIAS;
exports.DOC = DOC;
exports.MAP = MAP;
exports.NODE_TYPE = NODE_TYPE;
exports.PAIR = PAIR;
exports.SCALAR = SCALAR;
exports.SEQ = SEQ;
exports.hasAnchor = hasAnchor;
exports.isAlias = isAlias;
exports.isCollection = isCollection;
exports.isDocument = isDocument;
exports.isMap = isMap;
exports.isNode = isNode;
exports.isPair = isPair;
exports.isScalar = isScalar;
exports.isSeq = isSeq;


/***/ }),

/***/ 4043:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);

/**
 * Recursively convert any node or its contents to native JavaScript
 *
 * @param value - The input value
 * @param arg - If `value` defines a `toJSON()` method, use this
 *   as its first argument
 * @param ctx - Conversion context, originally set in Document#toJS(). If
 *   `{ keep: true }` is not set, output should be suitable for JSON
 *   stringification.
 */
function toJS(value, arg, ctx) {
    // eslint-disable-next-line @typescript-eslint/no-unsafe-return
    if (Array.isArray(value))
        return value.map((v, i) => toJS(v, String(i), ctx));
    if (value && typeof value.toJSON === 'function') {
        // eslint-disable-next-line @typescript-eslint/no-unsafe-call
        if (!ctx || !identity.hasAnchor(value))
            return value.toJSON(arg, ctx);
        const data = { aliasCount: 0, count: 1, res: undefined };
        ctx.anchors.set(value, data);
        ctx.onCreate = res => {
            data.res = res;
            delete ctx.onCreate;
        };
        const res = value.toJSON(arg, ctx);
        if (ctx.onCreate)
            ctx.onCreate(res);
        return res;
    }
    if (typeof value === 'bigint' && !ctx?.keep)
        return Number(value);
    return value;
}

exports.toJS = toJS;


/***/ }),

/***/ 110:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var resolveBlockScalar = __nccwpck_require__(8913);
var resolveFlowScalar = __nccwpck_require__(6842);
var errors = __nccwpck_require__(1464);
var stringifyString = __nccwpck_require__(3069);

function resolveAsScalar(token, strict = true, onError) {
    if (token) {
        const _onError = (pos, code, message) => {
            const offset = typeof pos === 'number' ? pos : Array.isArray(pos) ? pos[0] : pos.offset;
            if (onError)
                onError(offset, code, message);
            else
                throw new errors.YAMLParseError([offset, offset + 1], code, message);
        };
        switch (token.type) {
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return resolveFlowScalar.resolveFlowScalar(token, strict, _onError);
            case 'block-scalar':
                return resolveBlockScalar.resolveBlockScalar({ options: { strict } }, token, _onError);
        }
    }
    return null;
}
/**
 * Create a new scalar token with `value`
 *
 * Values that represent an actual string but may be parsed as a different type should use a `type` other than `'PLAIN'`,
 * as this function does not support any schema operations and won't check for such conflicts.
 *
 * @param value The string representation of the value, which will have its content properly indented.
 * @param context.end Comments and whitespace after the end of the value, or after the block scalar header. If undefined, a newline will be added.
 * @param context.implicitKey Being within an implicit key may affect the resolved type of the token's value.
 * @param context.indent The indent level of the token.
 * @param context.inFlow Is this scalar within a flow collection? This may affect the resolved type of the token's value.
 * @param context.offset The offset position of the token.
 * @param context.type The preferred type of the scalar token. If undefined, the previous type of the `token` will be used, defaulting to `'PLAIN'`.
 */
function createScalarToken(value, context) {
    const { implicitKey = false, indent, inFlow = false, offset = -1, type = 'PLAIN' } = context;
    const source = stringifyString.stringifyString({ type, value }, {
        implicitKey,
        indent: indent > 0 ? ' '.repeat(indent) : '',
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
    });
    const end = context.end ?? [
        { type: 'newline', offset: -1, indent, source: '\n' }
    ];
    switch (source[0]) {
        case '|':
        case '>': {
            const he = source.indexOf('\n');
            const head = source.substring(0, he);
            const body = source.substring(he + 1) + '\n';
            const props = [
                { type: 'block-scalar-header', offset, indent, source: head }
            ];
            if (!addEndtoBlockProps(props, end))
                props.push({ type: 'newline', offset: -1, indent, source: '\n' });
            return { type: 'block-scalar', offset, indent, props, source: body };
        }
        case '"':
            return { type: 'double-quoted-scalar', offset, indent, source, end };
        case "'":
            return { type: 'single-quoted-scalar', offset, indent, source, end };
        default:
            return { type: 'scalar', offset, indent, source, end };
    }
}
/**
 * Set the value of `token` to the given string `value`, overwriting any previous contents and type that it may have.
 *
 * Best efforts are made to retain any comments previously associated with the `token`,
 * though all contents within a collection's `items` will be overwritten.
 *
 * Values that represent an actual string but may be parsed as a different type should use a `type` other than `'PLAIN'`,
 * as this function does not support any schema operations and won't check for such conflicts.
 *
 * @param token Any token. If it does not include an `indent` value, the value will be stringified as if it were an implicit key.
 * @param value The string representation of the value, which will have its content properly indented.
 * @param context.afterKey In most cases, values after a key should have an additional level of indentation.
 * @param context.implicitKey Being within an implicit key may affect the resolved type of the token's value.
 * @param context.inFlow Being within a flow collection may affect the resolved type of the token's value.
 * @param context.type The preferred type of the scalar token. If undefined, the previous type of the `token` will be used, defaulting to `'PLAIN'`.
 */
function setScalarValue(token, value, context = {}) {
    let { afterKey = false, implicitKey = false, inFlow = false, type } = context;
    let indent = 'indent' in token ? token.indent : null;
    if (afterKey && typeof indent === 'number')
        indent += 2;
    if (!type)
        switch (token.type) {
            case 'single-quoted-scalar':
                type = 'QUOTE_SINGLE';
                break;
            case 'double-quoted-scalar':
                type = 'QUOTE_DOUBLE';
                break;
            case 'block-scalar': {
                const header = token.props[0];
                if (header.type !== 'block-scalar-header')
                    throw new Error('Invalid block scalar header');
                type = header.source[0] === '>' ? 'BLOCK_FOLDED' : 'BLOCK_LITERAL';
                break;
            }
            default:
                type = 'PLAIN';
        }
    const source = stringifyString.stringifyString({ type, value }, {
        implicitKey: implicitKey || indent === null,
        indent: indent !== null && indent > 0 ? ' '.repeat(indent) : '',
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
    });
    switch (source[0]) {
        case '|':
        case '>':
            setBlockScalarValue(token, source);
            break;
        case '"':
            setFlowScalarValue(token, source, 'double-quoted-scalar');
            break;
        case "'":
            setFlowScalarValue(token, source, 'single-quoted-scalar');
            break;
        default:
            setFlowScalarValue(token, source, 'scalar');
    }
}
function setBlockScalarValue(token, source) {
    const he = source.indexOf('\n');
    const head = source.substring(0, he);
    const body = source.substring(he + 1) + '\n';
    if (token.type === 'block-scalar') {
        const header = token.props[0];
        if (header.type !== 'block-scalar-header')
            throw new Error('Invalid block scalar header');
        header.source = head;
        token.source = body;
    }
    else {
        const { offset } = token;
        const indent = 'indent' in token ? token.indent : -1;
        const props = [
            { type: 'block-scalar-header', offset, indent, source: head }
        ];
        if (!addEndtoBlockProps(props, 'end' in token ? token.end : undefined))
            props.push({ type: 'newline', offset: -1, indent, source: '\n' });
        for (const key of Object.keys(token))
            if (key !== 'type' && key !== 'offset')
                delete token[key];
        Object.assign(token, { type: 'block-scalar', indent, props, source: body });
    }
}
/** @returns `true` if last token is a newline */
function addEndtoBlockProps(props, end) {
    if (end)
        for (const st of end)
            switch (st.type) {
                case 'space':
                case 'comment':
                    props.push(st);
                    break;
                case 'newline':
                    props.push(st);
                    return true;
            }
    return false;
}
function setFlowScalarValue(token, source, type) {
    switch (token.type) {
        case 'scalar':
        case 'double-quoted-scalar':
        case 'single-quoted-scalar':
            token.type = type;
            token.source = source;
            break;
        case 'block-scalar': {
            const end = token.props.slice(1);
            let oa = source.length;
            if (token.props[0].type === 'block-scalar-header')
                oa -= token.props[0].source.length;
            for (const tok of end)
                tok.offset += oa;
            delete token.props;
            Object.assign(token, { type, source, end });
            break;
        }
        case 'block-map':
        case 'block-seq': {
            const offset = token.offset + source.length;
            const nl = { type: 'newline', offset, indent: token.indent, source: '\n' };
            delete token.items;
            Object.assign(token, { type, source, end: [nl] });
            break;
        }
        default: {
            const indent = 'indent' in token ? token.indent : -1;
            const end = 'end' in token && Array.isArray(token.end)
                ? token.end.filter(st => st.type === 'space' ||
                    st.type === 'comment' ||
                    st.type === 'newline')
                : [];
            for (const key of Object.keys(token))
                if (key !== 'type' && key !== 'offset')
                    delete token[key];
            Object.assign(token, { type, indent, source, end });
        }
    }
}

exports.createScalarToken = createScalarToken;
exports.resolveAsScalar = resolveAsScalar;
exports.setScalarValue = setScalarValue;


/***/ }),

/***/ 1733:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Stringify a CST document, token, or collection item
 *
 * Fair warning: This applies no validation whatsoever, and
 * simply concatenates the sources in their logical order.
 */
const stringify = (cst) => 'type' in cst ? stringifyToken(cst) : stringifyItem(cst);
function stringifyToken(token) {
    switch (token.type) {
        case 'block-scalar': {
            let res = '';
            for (const tok of token.props)
                res += stringifyToken(tok);
            return res + token.source;
        }
        case 'block-map':
        case 'block-seq': {
            let res = '';
            for (const item of token.items)
                res += stringifyItem(item);
            return res;
        }
        case 'flow-collection': {
            let res = token.start.source;
            for (const item of token.items)
                res += stringifyItem(item);
            for (const st of token.end)
                res += st.source;
            return res;
        }
        case 'document': {
            let res = stringifyItem(token);
            if (token.end)
                for (const st of token.end)
                    res += st.source;
            return res;
        }
        default: {
            let res = token.source;
            if ('end' in token && token.end)
                for (const st of token.end)
                    res += st.source;
            return res;
        }
    }
}
function stringifyItem({ start, key, sep, value }) {
    let res = '';
    for (const st of start)
        res += st.source;
    if (key)
        res += stringifyToken(key);
    if (sep)
        for (const st of sep)
            res += st.source;
    if (value)
        res += stringifyToken(value);
    return res;
}

exports.stringify = stringify;


/***/ }),

/***/ 7715:
/***/ ((__unused_webpack_module, exports) => {



const BREAK = Symbol('break visit');
const SKIP = Symbol('skip children');
const REMOVE = Symbol('remove item');
/**
 * Apply a visitor to a CST document or item.
 *
 * Walks through the tree (depth-first) starting from the root, calling a
 * `visitor` function with two arguments when entering each item:
 *   - `item`: The current item, which included the following members:
 *     - `start: SourceToken[]` – Source tokens before the key or value,
 *       possibly including its anchor or tag.
 *     - `key?: Token | null` – Set for pair values. May then be `null`, if
 *       the key before the `:` separator is empty.
 *     - `sep?: SourceToken[]` – Source tokens between the key and the value,
 *       which should include the `:` map value indicator if `value` is set.
 *     - `value?: Token` – The value of a sequence item, or of a map pair.
 *   - `path`: The steps from the root to the current node, as an array of
 *     `['key' | 'value', number]` tuples.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this token, continue with
 *      next sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current item, then continue with the next one
 *   - `number`: Set the index of the next step. This is useful especially if
 *     the index of the current token has changed.
 *   - `function`: Define the next visitor for this item. After the original
 *     visitor is called on item entry, next visitors are called after handling
 *     a non-empty `key` and when exiting the item.
 */
function visit(cst, visitor) {
    if ('type' in cst && cst.type === 'document')
        cst = { start: cst.start, value: cst.value };
    _visit(Object.freeze([]), cst, visitor);
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visit.BREAK = BREAK;
/** Do not visit the children of the current item */
visit.SKIP = SKIP;
/** Remove the current item */
visit.REMOVE = REMOVE;
/** Find the item at `path` from `cst` as the root */
visit.itemAtPath = (cst, path) => {
    let item = cst;
    for (const [field, index] of path) {
        const tok = item?.[field];
        if (tok && 'items' in tok) {
            item = tok.items[index];
        }
        else
            return undefined;
    }
    return item;
};
/**
 * Get the immediate parent collection of the item at `path` from `cst` as the root.
 *
 * Throws an error if the collection is not found, which should never happen if the item itself exists.
 */
visit.parentCollection = (cst, path) => {
    const parent = visit.itemAtPath(cst, path.slice(0, -1));
    const field = path[path.length - 1][0];
    const coll = parent?.[field];
    if (coll && 'items' in coll)
        return coll;
    throw new Error('Parent collection not found');
};
function _visit(path, item, visitor) {
    let ctrl = visitor(item, path);
    if (typeof ctrl === 'symbol')
        return ctrl;
    for (const field of ['key', 'value']) {
        const token = item[field];
        if (token && 'items' in token) {
            for (let i = 0; i < token.items.length; ++i) {
                const ci = _visit(Object.freeze(path.concat([[field, i]])), token.items[i], visitor);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    token.items.splice(i, 1);
                    i -= 1;
                }
            }
            if (typeof ctrl === 'function' && field === 'key')
                ctrl = ctrl(item, path);
        }
    }
    return typeof ctrl === 'function' ? ctrl(item, path) : ctrl;
}

exports.visit = visit;


/***/ }),

/***/ 3461:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var cstScalar = __nccwpck_require__(110);
var cstStringify = __nccwpck_require__(1733);
var cstVisit = __nccwpck_require__(7715);

/** The byte order mark */
const BOM = '\u{FEFF}';
/** Start of doc-mode */
const DOCUMENT = '\x02'; // C0: Start of Text
/** Unexpected end of flow-mode */
const FLOW_END = '\x18'; // C0: Cancel
/** Next token is a scalar value */
const SCALAR = '\x1f'; // C0: Unit Separator
/** @returns `true` if `token` is a flow or block collection */
const isCollection = (token) => !!token && 'items' in token;
/** @returns `true` if `token` is a flow or block scalar; not an alias */
const isScalar = (token) => !!token &&
    (token.type === 'scalar' ||
        token.type === 'single-quoted-scalar' ||
        token.type === 'double-quoted-scalar' ||
        token.type === 'block-scalar');
/* istanbul ignore next */
/** Get a printable representation of a lexer token */
function prettyToken(token) {
    switch (token) {
        case BOM:
            return '<BOM>';
        case DOCUMENT:
            return '<DOC>';
        case FLOW_END:
            return '<FLOW_END>';
        case SCALAR:
            return '<SCALAR>';
        default:
            return JSON.stringify(token);
    }
}
/** Identify the type of a lexer token. May return `null` for unknown tokens. */
function tokenType(source) {
    switch (source) {
        case BOM:
            return 'byte-order-mark';
        case DOCUMENT:
            return 'doc-mode';
        case FLOW_END:
            return 'flow-error-end';
        case SCALAR:
            return 'scalar';
        case '---':
            return 'doc-start';
        case '...':
            return 'doc-end';
        case '':
        case '\n':
        case '\r\n':
            return 'newline';
        case '-':
            return 'seq-item-ind';
        case '?':
            return 'explicit-key-ind';
        case ':':
            return 'map-value-ind';
        case '{':
            return 'flow-map-start';
        case '}':
            return 'flow-map-end';
        case '[':
            return 'flow-seq-start';
        case ']':
            return 'flow-seq-end';
        case ',':
            return 'comma';
    }
    switch (source[0]) {
        case ' ':
        case '\t':
            return 'space';
        case '#':
            return 'comment';
        case '%':
            return 'directive-line';
        case '*':
            return 'alias';
        case '&':
            return 'anchor';
        case '!':
            return 'tag';
        case "'":
            return 'single-quoted-scalar';
        case '"':
            return 'double-quoted-scalar';
        case '|':
        case '>':
            return 'block-scalar-header';
    }
    return null;
}

exports.createScalarToken = cstScalar.createScalarToken;
exports.resolveAsScalar = cstScalar.resolveAsScalar;
exports.setScalarValue = cstScalar.setScalarValue;
exports.stringify = cstStringify.stringify;
exports.visit = cstVisit.visit;
exports.BOM = BOM;
exports.DOCUMENT = DOCUMENT;
exports.FLOW_END = FLOW_END;
exports.SCALAR = SCALAR;
exports.isCollection = isCollection;
exports.isScalar = isScalar;
exports.prettyToken = prettyToken;
exports.tokenType = tokenType;


/***/ }),

/***/ 361:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var cst = __nccwpck_require__(3461);

/*
START -> stream

stream
  directive -> line-end -> stream
  indent + line-end -> stream
  [else] -> line-start

line-end
  comment -> line-end
  newline -> .
  input-end -> END

line-start
  doc-start -> doc
  doc-end -> stream
  [else] -> indent -> block-start

block-start
  seq-item-start -> block-start
  explicit-key-start -> block-start
  map-value-start -> block-start
  [else] -> doc

doc
  line-end -> line-start
  spaces -> doc
  anchor -> doc
  tag -> doc
  flow-start -> flow -> doc
  flow-end -> error -> doc
  seq-item-start -> error -> doc
  explicit-key-start -> error -> doc
  map-value-start -> doc
  alias -> doc
  quote-start -> quoted-scalar -> doc
  block-scalar-header -> line-end -> block-scalar(min) -> line-start
  [else] -> plain-scalar(false, min) -> doc

flow
  line-end -> flow
  spaces -> flow
  anchor -> flow
  tag -> flow
  flow-start -> flow -> flow
  flow-end -> .
  seq-item-start -> error -> flow
  explicit-key-start -> flow
  map-value-start -> flow
  alias -> flow
  quote-start -> quoted-scalar -> flow
  comma -> flow
  [else] -> plain-scalar(true, 0) -> flow

quoted-scalar
  quote-end -> .
  [else] -> quoted-scalar

block-scalar(min)
  newline + peek(indent < min) -> .
  [else] -> block-scalar(min)

plain-scalar(is-flow, min)
  scalar-end(is-flow) -> .
  peek(newline + (indent < min)) -> .
  [else] -> plain-scalar(min)
*/
function isEmpty(ch) {
    switch (ch) {
        case undefined:
        case ' ':
        case '\n':
        case '\r':
        case '\t':
            return true;
        default:
            return false;
    }
}
const hexDigits = new Set('0123456789ABCDEFabcdef');
const tagChars = new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()");
const flowIndicatorChars = new Set(',[]{}');
const invalidAnchorChars = new Set(' ,[]{}\n\r\t');
const isNotAnchorChar = (ch) => !ch || invalidAnchorChars.has(ch);
/**
 * Splits an input string into lexical tokens, i.e. smaller strings that are
 * easily identifiable by `tokens.tokenType()`.
 *
 * Lexing starts always in a "stream" context. Incomplete input may be buffered
 * until a complete token can be emitted.
 *
 * In addition to slices of the original input, the following control characters
 * may also be emitted:
 *
 * - `\x02` (Start of Text): A document starts with the next token
 * - `\x18` (Cancel): Unexpected end of flow-mode (indicates an error)
 * - `\x1f` (Unit Separator): Next token is a scalar value
 * - `\u{FEFF}` (Byte order mark): Emitted separately outside documents
 */
class Lexer {
    constructor() {
        /**
         * Flag indicating whether the end of the current buffer marks the end of
         * all input
         */
        this.atEnd = false;
        /**
         * Explicit indent set in block scalar header, as an offset from the current
         * minimum indent, so e.g. set to 1 from a header `|2+`. Set to -1 if not
         * explicitly set.
         */
        this.blockScalarIndent = -1;
        /**
         * Block scalars that include a + (keep) chomping indicator in their header
         * include trailing empty lines, which are otherwise excluded from the
         * scalar's contents.
         */
        this.blockScalarKeep = false;
        /** Current input */
        this.buffer = '';
        /**
         * Flag noting whether the map value indicator : can immediately follow this
         * node within a flow context.
         */
        this.flowKey = false;
        /** Count of surrounding flow collection levels. */
        this.flowLevel = 0;
        /**
         * Minimum level of indentation required for next lines to be parsed as a
         * part of the current scalar value.
         */
        this.indentNext = 0;
        /** Indentation level of the current line. */
        this.indentValue = 0;
        /** Position of the next \n character. */
        this.lineEndPos = null;
        /** Stores the state of the lexer if reaching the end of incpomplete input */
        this.next = null;
        /** A pointer to `buffer`; the current position of the lexer. */
        this.pos = 0;
    }
    /**
     * Generate YAML tokens from the `source` string. If `incomplete`,
     * a part of the last line may be left as a buffer for the next call.
     *
     * @returns A generator of lexical tokens
     */
    *lex(source, incomplete = false) {
        if (source) {
            if (typeof source !== 'string')
                throw TypeError('source is not a string');
            this.buffer = this.buffer ? this.buffer + source : source;
            this.lineEndPos = null;
        }
        this.atEnd = !incomplete;
        let next = this.next ?? 'stream';
        while (next && (incomplete || this.hasChars(1)))
            next = yield* this.parseNext(next);
    }
    atLineEnd() {
        let i = this.pos;
        let ch = this.buffer[i];
        while (ch === ' ' || ch === '\t')
            ch = this.buffer[++i];
        if (!ch || ch === '#' || ch === '\n')
            return true;
        if (ch === '\r')
            return this.buffer[i + 1] === '\n';
        return false;
    }
    charAt(n) {
        return this.buffer[this.pos + n];
    }
    continueScalar(offset) {
        let ch = this.buffer[offset];
        if (this.indentNext > 0) {
            let indent = 0;
            while (ch === ' ')
                ch = this.buffer[++indent + offset];
            if (ch === '\r') {
                const next = this.buffer[indent + offset + 1];
                if (next === '\n' || (!next && !this.atEnd))
                    return offset + indent + 1;
            }
            return ch === '\n' || indent >= this.indentNext || (!ch && !this.atEnd)
                ? offset + indent
                : -1;
        }
        if (ch === '-' || ch === '.') {
            const dt = this.buffer.substr(offset, 3);
            if ((dt === '---' || dt === '...') && isEmpty(this.buffer[offset + 3]))
                return -1;
        }
        return offset;
    }
    getLine() {
        let end = this.lineEndPos;
        if (typeof end !== 'number' || (end !== -1 && end < this.pos)) {
            end = this.buffer.indexOf('\n', this.pos);
            this.lineEndPos = end;
        }
        if (end === -1)
            return this.atEnd ? this.buffer.substring(this.pos) : null;
        if (this.buffer[end - 1] === '\r')
            end -= 1;
        return this.buffer.substring(this.pos, end);
    }
    hasChars(n) {
        return this.pos + n <= this.buffer.length;
    }
    setNext(state) {
        this.buffer = this.buffer.substring(this.pos);
        this.pos = 0;
        this.lineEndPos = null;
        this.next = state;
        return null;
    }
    peek(n) {
        return this.buffer.substr(this.pos, n);
    }
    *parseNext(next) {
        switch (next) {
            case 'stream':
                return yield* this.parseStream();
            case 'line-start':
                return yield* this.parseLineStart();
            case 'block-start':
                return yield* this.parseBlockStart();
            case 'doc':
                return yield* this.parseDocument();
            case 'flow':
                return yield* this.parseFlowCollection();
            case 'quoted-scalar':
                return yield* this.parseQuotedScalar();
            case 'block-scalar':
                return yield* this.parseBlockScalar();
            case 'plain-scalar':
                return yield* this.parsePlainScalar();
        }
    }
    *parseStream() {
        let line = this.getLine();
        if (line === null)
            return this.setNext('stream');
        if (line[0] === cst.BOM) {
            yield* this.pushCount(1);
            line = line.substring(1);
        }
        if (line[0] === '%') {
            let dirEnd = line.length;
            let cs = line.indexOf('#');
            while (cs !== -1) {
                const ch = line[cs - 1];
                if (ch === ' ' || ch === '\t') {
                    dirEnd = cs - 1;
                    break;
                }
                else {
                    cs = line.indexOf('#', cs + 1);
                }
            }
            while (true) {
                const ch = line[dirEnd - 1];
                if (ch === ' ' || ch === '\t')
                    dirEnd -= 1;
                else
                    break;
            }
            const n = (yield* this.pushCount(dirEnd)) + (yield* this.pushSpaces(true));
            yield* this.pushCount(line.length - n); // possible comment
            this.pushNewline();
            return 'stream';
        }
        if (this.atLineEnd()) {
            const sp = yield* this.pushSpaces(true);
            yield* this.pushCount(line.length - sp);
            yield* this.pushNewline();
            return 'stream';
        }
        yield cst.DOCUMENT;
        return yield* this.parseLineStart();
    }
    *parseLineStart() {
        const ch = this.charAt(0);
        if (!ch && !this.atEnd)
            return this.setNext('line-start');
        if (ch === '-' || ch === '.') {
            if (!this.atEnd && !this.hasChars(4))
                return this.setNext('line-start');
            const s = this.peek(3);
            if ((s === '---' || s === '...') && isEmpty(this.charAt(3))) {
                yield* this.pushCount(3);
                this.indentValue = 0;
                this.indentNext = 0;
                return s === '---' ? 'doc' : 'stream';
            }
        }
        this.indentValue = yield* this.pushSpaces(false);
        if (this.indentNext > this.indentValue && !isEmpty(this.charAt(1)))
            this.indentNext = this.indentValue;
        return yield* this.parseBlockStart();
    }
    *parseBlockStart() {
        const [ch0, ch1] = this.peek(2);
        if (!ch1 && !this.atEnd)
            return this.setNext('block-start');
        if ((ch0 === '-' || ch0 === '?' || ch0 === ':') && isEmpty(ch1)) {
            const n = (yield* this.pushCount(1)) + (yield* this.pushSpaces(true));
            this.indentNext = this.indentValue + 1;
            this.indentValue += n;
            return 'block-start';
        }
        return 'doc';
    }
    *parseDocument() {
        yield* this.pushSpaces(true);
        const line = this.getLine();
        if (line === null)
            return this.setNext('doc');
        let n = yield* this.pushIndicators();
        switch (line[n]) {
            case '#':
                yield* this.pushCount(line.length - n);
            // fallthrough
            case undefined:
                yield* this.pushNewline();
                return yield* this.parseLineStart();
            case '{':
            case '[':
                yield* this.pushCount(1);
                this.flowKey = false;
                this.flowLevel = 1;
                return 'flow';
            case '}':
            case ']':
                // this is an error
                yield* this.pushCount(1);
                return 'doc';
            case '*':
                yield* this.pushUntil(isNotAnchorChar);
                return 'doc';
            case '"':
            case "'":
                return yield* this.parseQuotedScalar();
            case '|':
            case '>':
                n += yield* this.parseBlockScalarHeader();
                n += yield* this.pushSpaces(true);
                yield* this.pushCount(line.length - n);
                yield* this.pushNewline();
                return yield* this.parseBlockScalar();
            default:
                return yield* this.parsePlainScalar();
        }
    }
    *parseFlowCollection() {
        let nl, sp;
        let indent = -1;
        do {
            nl = yield* this.pushNewline();
            if (nl > 0) {
                sp = yield* this.pushSpaces(false);
                this.indentValue = indent = sp;
            }
            else {
                sp = 0;
            }
            sp += yield* this.pushSpaces(true);
        } while (nl + sp > 0);
        const line = this.getLine();
        if (line === null)
            return this.setNext('flow');
        if ((indent !== -1 && indent < this.indentNext && line[0] !== '#') ||
            (indent === 0 &&
                (line.startsWith('---') || line.startsWith('...')) &&
                isEmpty(line[3]))) {
            // Allowing for the terminal ] or } at the same (rather than greater)
            // indent level as the initial [ or { is technically invalid, but
            // failing here would be surprising to users.
            const atFlowEndMarker = indent === this.indentNext - 1 &&
                this.flowLevel === 1 &&
                (line[0] === ']' || line[0] === '}');
            if (!atFlowEndMarker) {
                // this is an error
                this.flowLevel = 0;
                yield cst.FLOW_END;
                return yield* this.parseLineStart();
            }
        }
        let n = 0;
        while (line[n] === ',') {
            n += yield* this.pushCount(1);
            n += yield* this.pushSpaces(true);
            this.flowKey = false;
        }
        n += yield* this.pushIndicators();
        switch (line[n]) {
            case undefined:
                return 'flow';
            case '#':
                yield* this.pushCount(line.length - n);
                return 'flow';
            case '{':
            case '[':
                yield* this.pushCount(1);
                this.flowKey = false;
                this.flowLevel += 1;
                return 'flow';
            case '}':
            case ']':
                yield* this.pushCount(1);
                this.flowKey = true;
                this.flowLevel -= 1;
                return this.flowLevel ? 'flow' : 'doc';
            case '*':
                yield* this.pushUntil(isNotAnchorChar);
                return 'flow';
            case '"':
            case "'":
                this.flowKey = true;
                return yield* this.parseQuotedScalar();
            case ':': {
                const next = this.charAt(1);
                if (this.flowKey || isEmpty(next) || next === ',') {
                    this.flowKey = false;
                    yield* this.pushCount(1);
                    yield* this.pushSpaces(true);
                    return 'flow';
                }
            }
            // fallthrough
            default:
                this.flowKey = false;
                return yield* this.parsePlainScalar();
        }
    }
    *parseQuotedScalar() {
        const quote = this.charAt(0);
        let end = this.buffer.indexOf(quote, this.pos + 1);
        if (quote === "'") {
            while (end !== -1 && this.buffer[end + 1] === "'")
                end = this.buffer.indexOf("'", end + 2);
        }
        else {
            // double-quote
            while (end !== -1) {
                let n = 0;
                while (this.buffer[end - 1 - n] === '\\')
                    n += 1;
                if (n % 2 === 0)
                    break;
                end = this.buffer.indexOf('"', end + 1);
            }
        }
        // Only looking for newlines within the quotes
        const qb = this.buffer.substring(0, end);
        let nl = qb.indexOf('\n', this.pos);
        if (nl !== -1) {
            while (nl !== -1) {
                const cs = this.continueScalar(nl + 1);
                if (cs === -1)
                    break;
                nl = qb.indexOf('\n', cs);
            }
            if (nl !== -1) {
                // this is an error caused by an unexpected unindent
                end = nl - (qb[nl - 1] === '\r' ? 2 : 1);
            }
        }
        if (end === -1) {
            if (!this.atEnd)
                return this.setNext('quoted-scalar');
            end = this.buffer.length;
        }
        yield* this.pushToIndex(end + 1, false);
        return this.flowLevel ? 'flow' : 'doc';
    }
    *parseBlockScalarHeader() {
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        let i = this.pos;
        while (true) {
            const ch = this.buffer[++i];
            if (ch === '+')
                this.blockScalarKeep = true;
            else if (ch > '0' && ch <= '9')
                this.blockScalarIndent = Number(ch) - 1;
            else if (ch !== '-')
                break;
        }
        return yield* this.pushUntil(ch => isEmpty(ch) || ch === '#');
    }
    *parseBlockScalar() {
        let nl = this.pos - 1; // may be -1 if this.pos === 0
        let indent = 0;
        let ch;
        loop: for (let i = this.pos; (ch = this.buffer[i]); ++i) {
            switch (ch) {
                case ' ':
                    indent += 1;
                    break;
                case '\n':
                    nl = i;
                    indent = 0;
                    break;
                case '\r': {
                    const next = this.buffer[i + 1];
                    if (!next && !this.atEnd)
                        return this.setNext('block-scalar');
                    if (next === '\n')
                        break;
                } // fallthrough
                default:
                    break loop;
            }
        }
        if (!ch && !this.atEnd)
            return this.setNext('block-scalar');
        if (indent >= this.indentNext) {
            if (this.blockScalarIndent === -1)
                this.indentNext = indent;
            else {
                this.indentNext =
                    this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext);
            }
            do {
                const cs = this.continueScalar(nl + 1);
                if (cs === -1)
                    break;
                nl = this.buffer.indexOf('\n', cs);
            } while (nl !== -1);
            if (nl === -1) {
                if (!this.atEnd)
                    return this.setNext('block-scalar');
                nl = this.buffer.length;
            }
        }
        // Trailing insufficiently indented tabs are invalid.
        // To catch that during parsing, we include them in the block scalar value.
        let i = nl + 1;
        ch = this.buffer[i];
        while (ch === ' ')
            ch = this.buffer[++i];
        if (ch === '\t') {
            while (ch === '\t' || ch === ' ' || ch === '\r' || ch === '\n')
                ch = this.buffer[++i];
            nl = i - 1;
        }
        else if (!this.blockScalarKeep) {
            do {
                let i = nl - 1;
                let ch = this.buffer[i];
                if (ch === '\r')
                    ch = this.buffer[--i];
                const lastChar = i; // Drop the line if last char not more indented
                while (ch === ' ')
                    ch = this.buffer[--i];
                if (ch === '\n' && i >= this.pos && i + 1 + indent > lastChar)
                    nl = i;
                else
                    break;
            } while (true);
        }
        yield cst.SCALAR;
        yield* this.pushToIndex(nl + 1, true);
        return yield* this.parseLineStart();
    }
    *parsePlainScalar() {
        const inFlow = this.flowLevel > 0;
        let end = this.pos - 1;
        let i = this.pos - 1;
        let ch;
        while ((ch = this.buffer[++i])) {
            if (ch === ':') {
                const next = this.buffer[i + 1];
                if (isEmpty(next) || (inFlow && flowIndicatorChars.has(next)))
                    break;
                end = i;
            }
            else if (isEmpty(ch)) {
                let next = this.buffer[i + 1];
                if (ch === '\r') {
                    if (next === '\n') {
                        i += 1;
                        ch = '\n';
                        next = this.buffer[i + 1];
                    }
                    else
                        end = i;
                }
                if (next === '#' || (inFlow && flowIndicatorChars.has(next)))
                    break;
                if (ch === '\n') {
                    const cs = this.continueScalar(i + 1);
                    if (cs === -1)
                        break;
                    i = Math.max(i, cs - 2); // to advance, but still account for ' #'
                }
            }
            else {
                if (inFlow && flowIndicatorChars.has(ch))
                    break;
                end = i;
            }
        }
        if (!ch && !this.atEnd)
            return this.setNext('plain-scalar');
        yield cst.SCALAR;
        yield* this.pushToIndex(end + 1, true);
        return inFlow ? 'flow' : 'doc';
    }
    *pushCount(n) {
        if (n > 0) {
            yield this.buffer.substr(this.pos, n);
            this.pos += n;
            return n;
        }
        return 0;
    }
    *pushToIndex(i, allowEmpty) {
        const s = this.buffer.slice(this.pos, i);
        if (s) {
            yield s;
            this.pos += s.length;
            return s.length;
        }
        else if (allowEmpty)
            yield '';
        return 0;
    }
    *pushIndicators() {
        let n = 0;
        loop: while (true) {
            switch (this.charAt(0)) {
                case '!':
                    n += yield* this.pushTag();
                    n += yield* this.pushSpaces(true);
                    continue loop;
                case '&':
                    n += yield* this.pushUntil(isNotAnchorChar);
                    n += yield* this.pushSpaces(true);
                    continue loop;
                case '-': // this is an error
                case '?': // this is an error outside flow collections
                case ':': {
                    const inFlow = this.flowLevel > 0;
                    const ch1 = this.charAt(1);
                    if (isEmpty(ch1) || (inFlow && flowIndicatorChars.has(ch1))) {
                        if (!inFlow)
                            this.indentNext = this.indentValue + 1;
                        else if (this.flowKey)
                            this.flowKey = false;
                        n += yield* this.pushCount(1);
                        n += yield* this.pushSpaces(true);
                        continue loop;
                    }
                }
            }
            break loop;
        }
        return n;
    }
    *pushTag() {
        if (this.charAt(1) === '<') {
            let i = this.pos + 2;
            let ch = this.buffer[i];
            while (!isEmpty(ch) && ch !== '>')
                ch = this.buffer[++i];
            return yield* this.pushToIndex(ch === '>' ? i + 1 : i, false);
        }
        else {
            let i = this.pos + 1;
            let ch = this.buffer[i];
            while (ch) {
                if (tagChars.has(ch))
                    ch = this.buffer[++i];
                else if (ch === '%' &&
                    hexDigits.has(this.buffer[i + 1]) &&
                    hexDigits.has(this.buffer[i + 2])) {
                    ch = this.buffer[(i += 3)];
                }
                else
                    break;
            }
            return yield* this.pushToIndex(i, false);
        }
    }
    *pushNewline() {
        const ch = this.buffer[this.pos];
        if (ch === '\n')
            return yield* this.pushCount(1);
        else if (ch === '\r' && this.charAt(1) === '\n')
            return yield* this.pushCount(2);
        else
            return 0;
    }
    *pushSpaces(allowTabs) {
        let i = this.pos - 1;
        let ch;
        do {
            ch = this.buffer[++i];
        } while (ch === ' ' || (allowTabs && ch === '\t'));
        const n = i - this.pos;
        if (n > 0) {
            yield this.buffer.substr(this.pos, n);
            this.pos = i;
        }
        return n;
    }
    *pushUntil(test) {
        let i = this.pos;
        let ch = this.buffer[i];
        while (!test(ch))
            ch = this.buffer[++i];
        return yield* this.pushToIndex(i, false);
    }
}

exports.Lexer = Lexer;


/***/ }),

/***/ 6628:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Tracks newlines during parsing in order to provide an efficient API for
 * determining the one-indexed `{ line, col }` position for any offset
 * within the input.
 */
class LineCounter {
    constructor() {
        this.lineStarts = [];
        /**
         * Should be called in ascending order. Otherwise, call
         * `lineCounter.lineStarts.sort()` before calling `linePos()`.
         */
        this.addNewLine = (offset) => this.lineStarts.push(offset);
        /**
         * Performs a binary search and returns the 1-indexed { line, col }
         * position of `offset`. If `line === 0`, `addNewLine` has never been
         * called or `offset` is before the first known newline.
         */
        this.linePos = (offset) => {
            let low = 0;
            let high = this.lineStarts.length;
            while (low < high) {
                const mid = (low + high) >> 1; // Math.floor((low + high) / 2)
                if (this.lineStarts[mid] < offset)
                    low = mid + 1;
                else
                    high = mid;
            }
            if (this.lineStarts[low] === offset)
                return { line: low + 1, col: 1 };
            if (low === 0)
                return { line: 0, col: offset };
            const start = this.lineStarts[low - 1];
            return { line: low, col: offset - start + 1 };
        };
    }
}

exports.LineCounter = LineCounter;


/***/ }),

/***/ 3456:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);
var cst = __nccwpck_require__(3461);
var lexer = __nccwpck_require__(361);

function includesToken(list, type) {
    for (let i = 0; i < list.length; ++i)
        if (list[i].type === type)
            return true;
    return false;
}
function findNonEmptyIndex(list) {
    for (let i = 0; i < list.length; ++i) {
        switch (list[i].type) {
            case 'space':
            case 'comment':
            case 'newline':
                break;
            default:
                return i;
        }
    }
    return -1;
}
function isFlowToken(token) {
    switch (token?.type) {
        case 'alias':
        case 'scalar':
        case 'single-quoted-scalar':
        case 'double-quoted-scalar':
        case 'flow-collection':
            return true;
        default:
            return false;
    }
}
function getPrevProps(parent) {
    switch (parent.type) {
        case 'document':
            return parent.start;
        case 'block-map': {
            const it = parent.items[parent.items.length - 1];
            return it.sep ?? it.start;
        }
        case 'block-seq':
            return parent.items[parent.items.length - 1].start;
        /* istanbul ignore next should not happen */
        default:
            return [];
    }
}
/** Note: May modify input array */
function getFirstKeyStartProps(prev) {
    if (prev.length === 0)
        return [];
    let i = prev.length;
    loop: while (--i >= 0) {
        switch (prev[i].type) {
            case 'doc-start':
            case 'explicit-key-ind':
            case 'map-value-ind':
            case 'seq-item-ind':
            case 'newline':
                break loop;
        }
    }
    while (prev[++i]?.type === 'space') {
        /* loop */
    }
    return prev.splice(i, prev.length);
}
function arrayPushArray(target, source) {
    // May exhaust call stack with large `source` array
    if (source.length < 1e5)
        Array.prototype.push.apply(target, source);
    else
        for (let i = 0; i < source.length; ++i)
            target.push(source[i]);
}
function fixFlowSeqItems(fc) {
    if (fc.start.type === 'flow-seq-start') {
        for (const it of fc.items) {
            if (it.sep &&
                !it.value &&
                !includesToken(it.start, 'explicit-key-ind') &&
                !includesToken(it.sep, 'map-value-ind')) {
                if (it.key)
                    it.value = it.key;
                delete it.key;
                if (isFlowToken(it.value)) {
                    if (it.value.end)
                        arrayPushArray(it.value.end, it.sep);
                    else
                        it.value.end = it.sep;
                }
                else
                    arrayPushArray(it.start, it.sep);
                delete it.sep;
            }
        }
    }
}
/**
 * A YAML concrete syntax tree (CST) parser
 *
 * ```ts
 * const src: string = ...
 * for (const token of new Parser().parse(src)) {
 *   // token: Token
 * }
 * ```
 *
 * To use the parser with a user-provided lexer:
 *
 * ```ts
 * function* parse(source: string, lexer: Lexer) {
 *   const parser = new Parser()
 *   for (const lexeme of lexer.lex(source))
 *     yield* parser.next(lexeme)
 *   yield* parser.end()
 * }
 *
 * const src: string = ...
 * const lexer = new Lexer()
 * for (const token of parse(src, lexer)) {
 *   // token: Token
 * }
 * ```
 */
class Parser {
    /**
     * @param onNewLine - If defined, called separately with the start position of
     *   each new line (in `parse()`, including the start of input).
     */
    constructor(onNewLine) {
        /** If true, space and sequence indicators count as indentation */
        this.atNewLine = true;
        /** If true, next token is a scalar value */
        this.atScalar = false;
        /** Current indentation level */
        this.indent = 0;
        /** Current offset since the start of parsing */
        this.offset = 0;
        /** On the same line with a block map key */
        this.onKeyLine = false;
        /** Top indicates the node that's currently being built */
        this.stack = [];
        /** The source of the current token, set in parse() */
        this.source = '';
        /** The type of the current token, set in parse() */
        this.type = '';
        // Must be defined after `next()`
        this.lexer = new lexer.Lexer();
        this.onNewLine = onNewLine;
    }
    /**
     * Parse `source` as a YAML stream.
     * If `incomplete`, a part of the last line may be left as a buffer for the next call.
     *
     * Errors are not thrown, but yielded as `{ type: 'error', message }` tokens.
     *
     * @returns A generator of tokens representing each directive, document, and other structure.
     */
    *parse(source, incomplete = false) {
        if (this.onNewLine && this.offset === 0)
            this.onNewLine(0);
        for (const lexeme of this.lexer.lex(source, incomplete))
            yield* this.next(lexeme);
        if (!incomplete)
            yield* this.end();
    }
    /**
     * Advance the parser by the `source` of one lexical token.
     */
    *next(source) {
        this.source = source;
        if (node_process.env.LOG_TOKENS)
            console.log('|', cst.prettyToken(source));
        if (this.atScalar) {
            this.atScalar = false;
            yield* this.step();
            this.offset += source.length;
            return;
        }
        const type = cst.tokenType(source);
        if (!type) {
            const message = `Not a YAML token: ${source}`;
            yield* this.pop({ type: 'error', offset: this.offset, message, source });
            this.offset += source.length;
        }
        else if (type === 'scalar') {
            this.atNewLine = false;
            this.atScalar = true;
            this.type = 'scalar';
        }
        else {
            this.type = type;
            yield* this.step();
            switch (type) {
                case 'newline':
                    this.atNewLine = true;
                    this.indent = 0;
                    if (this.onNewLine)
                        this.onNewLine(this.offset + source.length);
                    break;
                case 'space':
                    if (this.atNewLine && source[0] === ' ')
                        this.indent += source.length;
                    break;
                case 'explicit-key-ind':
                case 'map-value-ind':
                case 'seq-item-ind':
                    if (this.atNewLine)
                        this.indent += source.length;
                    break;
                case 'doc-mode':
                case 'flow-error-end':
                    return;
                default:
                    this.atNewLine = false;
            }
            this.offset += source.length;
        }
    }
    /** Call at end of input to push out any remaining constructions */
    *end() {
        while (this.stack.length > 0)
            yield* this.pop();
    }
    get sourceToken() {
        const st = {
            type: this.type,
            offset: this.offset,
            indent: this.indent,
            source: this.source
        };
        return st;
    }
    *step() {
        const top = this.peek(1);
        if (this.type === 'doc-end' && top?.type !== 'doc-end') {
            while (this.stack.length > 0)
                yield* this.pop();
            this.stack.push({
                type: 'doc-end',
                offset: this.offset,
                source: this.source
            });
            return;
        }
        if (!top)
            return yield* this.stream();
        switch (top.type) {
            case 'document':
                return yield* this.document(top);
            case 'alias':
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return yield* this.scalar(top);
            case 'block-scalar':
                return yield* this.blockScalar(top);
            case 'block-map':
                return yield* this.blockMap(top);
            case 'block-seq':
                return yield* this.blockSequence(top);
            case 'flow-collection':
                return yield* this.flowCollection(top);
            case 'doc-end':
                return yield* this.documentEnd(top);
        }
        /* istanbul ignore next should not happen */
        yield* this.pop();
    }
    peek(n) {
        return this.stack[this.stack.length - n];
    }
    *pop(error) {
        const token = error ?? this.stack.pop();
        /* istanbul ignore if should not happen */
        if (!token) {
            const message = 'Tried to pop an empty stack';
            yield { type: 'error', offset: this.offset, source: '', message };
        }
        else if (this.stack.length === 0) {
            yield token;
        }
        else {
            const top = this.peek(1);
            if (token.type === 'block-scalar') {
                // Block scalars use their parent rather than header indent
                token.indent = 'indent' in top ? top.indent : 0;
            }
            else if (token.type === 'flow-collection' && top.type === 'document') {
                // Ignore all indent for top-level flow collections
                token.indent = 0;
            }
            if (token.type === 'flow-collection')
                fixFlowSeqItems(token);
            switch (top.type) {
                case 'document':
                    top.value = token;
                    break;
                case 'block-scalar':
                    top.props.push(token); // error
                    break;
                case 'block-map': {
                    const it = top.items[top.items.length - 1];
                    if (it.value) {
                        top.items.push({ start: [], key: token, sep: [] });
                        this.onKeyLine = true;
                        return;
                    }
                    else if (it.sep) {
                        it.value = token;
                    }
                    else {
                        Object.assign(it, { key: token, sep: [] });
                        this.onKeyLine = !it.explicitKey;
                        return;
                    }
                    break;
                }
                case 'block-seq': {
                    const it = top.items[top.items.length - 1];
                    if (it.value)
                        top.items.push({ start: [], value: token });
                    else
                        it.value = token;
                    break;
                }
                case 'flow-collection': {
                    const it = top.items[top.items.length - 1];
                    if (!it || it.value)
                        top.items.push({ start: [], key: token, sep: [] });
                    else if (it.sep)
                        it.value = token;
                    else
                        Object.assign(it, { key: token, sep: [] });
                    return;
                }
                /* istanbul ignore next should not happen */
                default:
                    yield* this.pop();
                    yield* this.pop(token);
            }
            if ((top.type === 'document' ||
                top.type === 'block-map' ||
                top.type === 'block-seq') &&
                (token.type === 'block-map' || token.type === 'block-seq')) {
                const last = token.items[token.items.length - 1];
                if (last &&
                    !last.sep &&
                    !last.value &&
                    last.start.length > 0 &&
                    findNonEmptyIndex(last.start) === -1 &&
                    (token.indent === 0 ||
                        last.start.every(st => st.type !== 'comment' || st.indent < token.indent))) {
                    if (top.type === 'document')
                        top.end = last.start;
                    else
                        top.items.push({ start: last.start });
                    token.items.splice(-1, 1);
                }
            }
        }
    }
    *stream() {
        switch (this.type) {
            case 'directive-line':
                yield { type: 'directive', offset: this.offset, source: this.source };
                return;
            case 'byte-order-mark':
            case 'space':
            case 'comment':
            case 'newline':
                yield this.sourceToken;
                return;
            case 'doc-mode':
            case 'doc-start': {
                const doc = {
                    type: 'document',
                    offset: this.offset,
                    start: []
                };
                if (this.type === 'doc-start')
                    doc.start.push(this.sourceToken);
                this.stack.push(doc);
                return;
            }
        }
        yield {
            type: 'error',
            offset: this.offset,
            message: `Unexpected ${this.type} token in YAML stream`,
            source: this.source
        };
    }
    *document(doc) {
        if (doc.value)
            return yield* this.lineEnd(doc);
        switch (this.type) {
            case 'doc-start': {
                if (findNonEmptyIndex(doc.start) !== -1) {
                    yield* this.pop();
                    yield* this.step();
                }
                else
                    doc.start.push(this.sourceToken);
                return;
            }
            case 'anchor':
            case 'tag':
            case 'space':
            case 'comment':
            case 'newline':
                doc.start.push(this.sourceToken);
                return;
        }
        const bv = this.startBlockValue(doc);
        if (bv)
            this.stack.push(bv);
        else {
            yield {
                type: 'error',
                offset: this.offset,
                message: `Unexpected ${this.type} token in YAML document`,
                source: this.source
            };
        }
    }
    *scalar(scalar) {
        if (this.type === 'map-value-ind') {
            const prev = getPrevProps(this.peek(2));
            const start = getFirstKeyStartProps(prev);
            let sep;
            if (scalar.end) {
                sep = scalar.end;
                sep.push(this.sourceToken);
                delete scalar.end;
            }
            else
                sep = [this.sourceToken];
            const map = {
                type: 'block-map',
                offset: scalar.offset,
                indent: scalar.indent,
                items: [{ start, key: scalar, sep }]
            };
            this.onKeyLine = true;
            this.stack[this.stack.length - 1] = map;
        }
        else
            yield* this.lineEnd(scalar);
    }
    *blockScalar(scalar) {
        switch (this.type) {
            case 'space':
            case 'comment':
            case 'newline':
                scalar.props.push(this.sourceToken);
                return;
            case 'scalar':
                scalar.source = this.source;
                // block-scalar source includes trailing newline
                this.atNewLine = true;
                this.indent = 0;
                if (this.onNewLine) {
                    let nl = this.source.indexOf('\n') + 1;
                    while (nl !== 0) {
                        this.onNewLine(this.offset + nl);
                        nl = this.source.indexOf('\n', nl) + 1;
                    }
                }
                yield* this.pop();
                break;
            /* istanbul ignore next should not happen */
            default:
                yield* this.pop();
                yield* this.step();
        }
    }
    *blockMap(map) {
        const it = map.items[map.items.length - 1];
        // it.sep is true-ish if pair already has key or : separator
        switch (this.type) {
            case 'newline':
                this.onKeyLine = false;
                if (it.value) {
                    const end = 'end' in it.value ? it.value.end : undefined;
                    const last = Array.isArray(end) ? end[end.length - 1] : undefined;
                    if (last?.type === 'comment')
                        end?.push(this.sourceToken);
                    else
                        map.items.push({ start: [this.sourceToken] });
                }
                else if (it.sep) {
                    it.sep.push(this.sourceToken);
                }
                else {
                    it.start.push(this.sourceToken);
                }
                return;
            case 'space':
            case 'comment':
                if (it.value) {
                    map.items.push({ start: [this.sourceToken] });
                }
                else if (it.sep) {
                    it.sep.push(this.sourceToken);
                }
                else {
                    if (this.atIndentedComment(it.start, map.indent)) {
                        const prev = map.items[map.items.length - 2];
                        const end = prev?.value?.end;
                        if (Array.isArray(end)) {
                            arrayPushArray(end, it.start);
                            end.push(this.sourceToken);
                            map.items.pop();
                            return;
                        }
                    }
                    it.start.push(this.sourceToken);
                }
                return;
        }
        if (this.indent >= map.indent) {
            const atMapIndent = !this.onKeyLine && this.indent === map.indent;
            const atNextItem = atMapIndent &&
                (it.sep || it.explicitKey) &&
                this.type !== 'seq-item-ind';
            // For empty nodes, assign newline-separated not indented empty tokens to following node
            let start = [];
            if (atNextItem && it.sep && !it.value) {
                const nl = [];
                for (let i = 0; i < it.sep.length; ++i) {
                    const st = it.sep[i];
                    switch (st.type) {
                        case 'newline':
                            nl.push(i);
                            break;
                        case 'space':
                            break;
                        case 'comment':
                            if (st.indent > map.indent)
                                nl.length = 0;
                            break;
                        default:
                            nl.length = 0;
                    }
                }
                if (nl.length >= 2)
                    start = it.sep.splice(nl[1]);
            }
            switch (this.type) {
                case 'anchor':
                case 'tag':
                    if (atNextItem || it.value) {
                        start.push(this.sourceToken);
                        map.items.push({ start });
                        this.onKeyLine = true;
                    }
                    else if (it.sep) {
                        it.sep.push(this.sourceToken);
                    }
                    else {
                        it.start.push(this.sourceToken);
                    }
                    return;
                case 'explicit-key-ind':
                    if (!it.sep && !it.explicitKey) {
                        it.start.push(this.sourceToken);
                        it.explicitKey = true;
                    }
                    else if (atNextItem || it.value) {
                        start.push(this.sourceToken);
                        map.items.push({ start, explicitKey: true });
                    }
                    else {
                        this.stack.push({
                            type: 'block-map',
                            offset: this.offset,
                            indent: this.indent,
                            items: [{ start: [this.sourceToken], explicitKey: true }]
                        });
                    }
                    this.onKeyLine = true;
                    return;
                case 'map-value-ind':
                    if (it.explicitKey) {
                        if (!it.sep) {
                            if (includesToken(it.start, 'newline')) {
                                Object.assign(it, { key: null, sep: [this.sourceToken] });
                            }
                            else {
                                const start = getFirstKeyStartProps(it.start);
                                this.stack.push({
                                    type: 'block-map',
                                    offset: this.offset,
                                    indent: this.indent,
                                    items: [{ start, key: null, sep: [this.sourceToken] }]
                                });
                            }
                        }
                        else if (it.value) {
                            map.items.push({ start: [], key: null, sep: [this.sourceToken] });
                        }
                        else if (includesToken(it.sep, 'map-value-ind')) {
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start, key: null, sep: [this.sourceToken] }]
                            });
                        }
                        else if (isFlowToken(it.key) &&
                            !includesToken(it.sep, 'newline')) {
                            const start = getFirstKeyStartProps(it.start);
                            const key = it.key;
                            const sep = it.sep;
                            sep.push(this.sourceToken);
                            // @ts-expect-error type guard is wrong here
                            delete it.key;
                            // @ts-expect-error type guard is wrong here
                            delete it.sep;
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start, key, sep }]
                            });
                        }
                        else if (start.length > 0) {
                            // Not actually at next item
                            it.sep = it.sep.concat(start, this.sourceToken);
                        }
                        else {
                            it.sep.push(this.sourceToken);
                        }
                    }
                    else {
                        if (!it.sep) {
                            Object.assign(it, { key: null, sep: [this.sourceToken] });
                        }
                        else if (it.value || atNextItem) {
                            map.items.push({ start, key: null, sep: [this.sourceToken] });
                        }
                        else if (includesToken(it.sep, 'map-value-ind')) {
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start: [], key: null, sep: [this.sourceToken] }]
                            });
                        }
                        else {
                            it.sep.push(this.sourceToken);
                        }
                    }
                    this.onKeyLine = true;
                    return;
                case 'alias':
                case 'scalar':
                case 'single-quoted-scalar':
                case 'double-quoted-scalar': {
                    const fs = this.flowScalar(this.type);
                    if (atNextItem || it.value) {
                        map.items.push({ start, key: fs, sep: [] });
                        this.onKeyLine = true;
                    }
                    else if (it.sep) {
                        this.stack.push(fs);
                    }
                    else {
                        Object.assign(it, { key: fs, sep: [] });
                        this.onKeyLine = true;
                    }
                    return;
                }
                default: {
                    const bv = this.startBlockValue(map);
                    if (bv) {
                        if (bv.type === 'block-seq') {
                            if (!it.explicitKey &&
                                it.sep &&
                                !includesToken(it.sep, 'newline')) {
                                yield* this.pop({
                                    type: 'error',
                                    offset: this.offset,
                                    message: 'Unexpected block-seq-ind on same line with key',
                                    source: this.source
                                });
                                return;
                            }
                        }
                        else if (atMapIndent) {
                            map.items.push({ start });
                        }
                        this.stack.push(bv);
                        return;
                    }
                }
            }
        }
        yield* this.pop();
        yield* this.step();
    }
    *blockSequence(seq) {
        const it = seq.items[seq.items.length - 1];
        switch (this.type) {
            case 'newline':
                if (it.value) {
                    const end = 'end' in it.value ? it.value.end : undefined;
                    const last = Array.isArray(end) ? end[end.length - 1] : undefined;
                    if (last?.type === 'comment')
                        end?.push(this.sourceToken);
                    else
                        seq.items.push({ start: [this.sourceToken] });
                }
                else
                    it.start.push(this.sourceToken);
                return;
            case 'space':
            case 'comment':
                if (it.value)
                    seq.items.push({ start: [this.sourceToken] });
                else {
                    if (this.atIndentedComment(it.start, seq.indent)) {
                        const prev = seq.items[seq.items.length - 2];
                        const end = prev?.value?.end;
                        if (Array.isArray(end)) {
                            arrayPushArray(end, it.start);
                            end.push(this.sourceToken);
                            seq.items.pop();
                            return;
                        }
                    }
                    it.start.push(this.sourceToken);
                }
                return;
            case 'anchor':
            case 'tag':
                if (it.value || this.indent <= seq.indent)
                    break;
                it.start.push(this.sourceToken);
                return;
            case 'seq-item-ind':
                if (this.indent !== seq.indent)
                    break;
                if (it.value || includesToken(it.start, 'seq-item-ind'))
                    seq.items.push({ start: [this.sourceToken] });
                else
                    it.start.push(this.sourceToken);
                return;
        }
        if (this.indent > seq.indent) {
            const bv = this.startBlockValue(seq);
            if (bv) {
                this.stack.push(bv);
                return;
            }
        }
        yield* this.pop();
        yield* this.step();
    }
    *flowCollection(fc) {
        const it = fc.items[fc.items.length - 1];
        if (this.type === 'flow-error-end') {
            let top;
            do {
                yield* this.pop();
                top = this.peek(1);
            } while (top?.type === 'flow-collection');
        }
        else if (fc.end.length === 0) {
            switch (this.type) {
                case 'comma':
                case 'explicit-key-ind':
                    if (!it || it.sep)
                        fc.items.push({ start: [this.sourceToken] });
                    else
                        it.start.push(this.sourceToken);
                    return;
                case 'map-value-ind':
                    if (!it || it.value)
                        fc.items.push({ start: [], key: null, sep: [this.sourceToken] });
                    else if (it.sep)
                        it.sep.push(this.sourceToken);
                    else
                        Object.assign(it, { key: null, sep: [this.sourceToken] });
                    return;
                case 'space':
                case 'comment':
                case 'newline':
                case 'anchor':
                case 'tag':
                    if (!it || it.value)
                        fc.items.push({ start: [this.sourceToken] });
                    else if (it.sep)
                        it.sep.push(this.sourceToken);
                    else
                        it.start.push(this.sourceToken);
                    return;
                case 'alias':
                case 'scalar':
                case 'single-quoted-scalar':
                case 'double-quoted-scalar': {
                    const fs = this.flowScalar(this.type);
                    if (!it || it.value)
                        fc.items.push({ start: [], key: fs, sep: [] });
                    else if (it.sep)
                        this.stack.push(fs);
                    else
                        Object.assign(it, { key: fs, sep: [] });
                    return;
                }
                case 'flow-map-end':
                case 'flow-seq-end':
                    fc.end.push(this.sourceToken);
                    return;
            }
            const bv = this.startBlockValue(fc);
            /* istanbul ignore else should not happen */
            if (bv)
                this.stack.push(bv);
            else {
                yield* this.pop();
                yield* this.step();
            }
        }
        else {
            const parent = this.peek(2);
            if (parent.type === 'block-map' &&
                ((this.type === 'map-value-ind' && parent.indent === fc.indent) ||
                    (this.type === 'newline' &&
                        !parent.items[parent.items.length - 1].sep))) {
                yield* this.pop();
                yield* this.step();
            }
            else if (this.type === 'map-value-ind' &&
                parent.type !== 'flow-collection') {
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                fixFlowSeqItems(fc);
                const sep = fc.end.splice(1, fc.end.length);
                sep.push(this.sourceToken);
                const map = {
                    type: 'block-map',
                    offset: fc.offset,
                    indent: fc.indent,
                    items: [{ start, key: fc, sep }]
                };
                this.onKeyLine = true;
                this.stack[this.stack.length - 1] = map;
            }
            else {
                yield* this.lineEnd(fc);
            }
        }
    }
    flowScalar(type) {
        if (this.onNewLine) {
            let nl = this.source.indexOf('\n') + 1;
            while (nl !== 0) {
                this.onNewLine(this.offset + nl);
                nl = this.source.indexOf('\n', nl) + 1;
            }
        }
        return {
            type,
            offset: this.offset,
            indent: this.indent,
            source: this.source
        };
    }
    startBlockValue(parent) {
        switch (this.type) {
            case 'alias':
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return this.flowScalar(this.type);
            case 'block-scalar-header':
                return {
                    type: 'block-scalar',
                    offset: this.offset,
                    indent: this.indent,
                    props: [this.sourceToken],
                    source: ''
                };
            case 'flow-map-start':
            case 'flow-seq-start':
                return {
                    type: 'flow-collection',
                    offset: this.offset,
                    indent: this.indent,
                    start: this.sourceToken,
                    items: [],
                    end: []
                };
            case 'seq-item-ind':
                return {
                    type: 'block-seq',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: [this.sourceToken] }]
                };
            case 'explicit-key-ind': {
                this.onKeyLine = true;
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                start.push(this.sourceToken);
                return {
                    type: 'block-map',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, explicitKey: true }]
                };
            }
            case 'map-value-ind': {
                this.onKeyLine = true;
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                return {
                    type: 'block-map',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, key: null, sep: [this.sourceToken] }]
                };
            }
        }
        return null;
    }
    atIndentedComment(start, indent) {
        if (this.type !== 'comment')
            return false;
        if (this.indent <= indent)
            return false;
        return start.every(st => st.type === 'newline' || st.type === 'space');
    }
    *documentEnd(docEnd) {
        if (this.type !== 'doc-mode') {
            if (docEnd.end)
                docEnd.end.push(this.sourceToken);
            else
                docEnd.end = [this.sourceToken];
            if (this.type === 'newline')
                yield* this.pop();
        }
    }
    *lineEnd(token) {
        switch (this.type) {
            case 'comma':
            case 'doc-start':
            case 'doc-end':
            case 'flow-seq-end':
            case 'flow-map-end':
            case 'map-value-ind':
                yield* this.pop();
                yield* this.step();
                break;
            case 'newline':
                this.onKeyLine = false;
            // fallthrough
            case 'space':
            case 'comment':
            default:
                // all other values are errors
                if (token.end)
                    token.end.push(this.sourceToken);
                else
                    token.end = [this.sourceToken];
                if (this.type === 'newline')
                    yield* this.pop();
        }
    }
}

exports.Parser = Parser;


/***/ }),

/***/ 4047:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var composer = __nccwpck_require__(9984);
var Document = __nccwpck_require__(3021);
var errors = __nccwpck_require__(1464);
var log = __nccwpck_require__(7249);
var identity = __nccwpck_require__(1127);
var lineCounter = __nccwpck_require__(6628);
var parser = __nccwpck_require__(3456);

function parseOptions(options) {
    const prettyErrors = options.prettyErrors !== false;
    const lineCounter$1 = options.lineCounter || (prettyErrors && new lineCounter.LineCounter()) || null;
    return { lineCounter: lineCounter$1, prettyErrors };
}
/**
 * Parse the input as a stream of YAML documents.
 *
 * Documents should be separated from each other by `...` or `---` marker lines.
 *
 * @returns If an empty `docs` array is returned, it will be of type
 *   EmptyStream and contain additional stream information. In
 *   TypeScript, you should use `'empty' in docs` as a type guard for it.
 */
function parseAllDocuments(source, options = {}) {
    const { lineCounter, prettyErrors } = parseOptions(options);
    const parser$1 = new parser.Parser(lineCounter?.addNewLine);
    const composer$1 = new composer.Composer(options);
    const docs = Array.from(composer$1.compose(parser$1.parse(source)));
    if (prettyErrors && lineCounter)
        for (const doc of docs) {
            doc.errors.forEach(errors.prettifyError(source, lineCounter));
            doc.warnings.forEach(errors.prettifyError(source, lineCounter));
        }
    if (docs.length > 0)
        return docs;
    return Object.assign([], { empty: true }, composer$1.streamInfo());
}
/** Parse an input string into a single YAML.Document */
function parseDocument(source, options = {}) {
    const { lineCounter, prettyErrors } = parseOptions(options);
    const parser$1 = new parser.Parser(lineCounter?.addNewLine);
    const composer$1 = new composer.Composer(options);
    // `doc` is always set by compose.end(true) at the very latest
    let doc = null;
    for (const _doc of composer$1.compose(parser$1.parse(source), true, source.length)) {
        if (!doc)
            doc = _doc;
        else if (doc.options.logLevel !== 'silent') {
            doc.errors.push(new errors.YAMLParseError(_doc.range.slice(0, 2), 'MULTIPLE_DOCS', 'Source contains multiple documents; please use YAML.parseAllDocuments()'));
            break;
        }
    }
    if (prettyErrors && lineCounter) {
        doc.errors.forEach(errors.prettifyError(source, lineCounter));
        doc.warnings.forEach(errors.prettifyError(source, lineCounter));
    }
    return doc;
}
function parse(src, reviver, options) {
    let _reviver = undefined;
    if (typeof reviver === 'function') {
        _reviver = reviver;
    }
    else if (options === undefined && reviver && typeof reviver === 'object') {
        options = reviver;
    }
    const doc = parseDocument(src, options);
    if (!doc)
        return null;
    doc.warnings.forEach(warning => log.warn(doc.options.logLevel, warning));
    if (doc.errors.length > 0) {
        if (doc.options.logLevel !== 'silent')
            throw doc.errors[0];
        else
            doc.errors = [];
    }
    return doc.toJS(Object.assign({ reviver: _reviver }, options));
}
function stringify(value, replacer, options) {
    let _replacer = null;
    if (typeof replacer === 'function' || Array.isArray(replacer)) {
        _replacer = replacer;
    }
    else if (options === undefined && replacer) {
        options = replacer;
    }
    if (typeof options === 'string')
        options = options.length;
    if (typeof options === 'number') {
        const indent = Math.round(options);
        options = indent < 1 ? undefined : indent > 8 ? { indent: 8 } : { indent };
    }
    if (value === undefined) {
        const { keepUndefined } = options ?? replacer ?? {};
        if (!keepUndefined)
            return undefined;
    }
    if (identity.isDocument(value) && !_replacer)
        return value.toString(options);
    return new Document.Document(value, _replacer, options).toString(options);
}

exports.parse = parse;
exports.parseAllDocuments = parseAllDocuments;
exports.parseDocument = parseDocument;
exports.stringify = stringify;


/***/ }),

/***/ 5840:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var map = __nccwpck_require__(7451);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var tags = __nccwpck_require__(18);

const sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
class Schema {
    constructor({ compat, customTags, merge, resolveKnownTags, schema, sortMapEntries, toStringDefaults }) {
        this.compat = Array.isArray(compat)
            ? tags.getTags(compat, 'compat')
            : compat
                ? tags.getTags(null, compat)
                : null;
        this.name = (typeof schema === 'string' && schema) || 'core';
        this.knownTags = resolveKnownTags ? tags.coreKnownTags : {};
        this.tags = tags.getTags(customTags, this.name, merge);
        this.toStringOptions = toStringDefaults ?? null;
        Object.defineProperty(this, identity.MAP, { value: map.map });
        Object.defineProperty(this, identity.SCALAR, { value: string.string });
        Object.defineProperty(this, identity.SEQ, { value: seq.seq });
        // Used by createMap()
        this.sortMapEntries =
            typeof sortMapEntries === 'function'
                ? sortMapEntries
                : sortMapEntries === true
                    ? sortMapEntriesByKey
                    : null;
    }
    clone() {
        const copy = Object.create(Schema.prototype, Object.getOwnPropertyDescriptors(this));
        copy.tags = this.tags.slice();
        return copy;
    }
}

exports.Schema = Schema;


/***/ }),

/***/ 7451:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var YAMLMap = __nccwpck_require__(4454);

const map = {
    collection: 'map',
    default: true,
    nodeClass: YAMLMap.YAMLMap,
    tag: 'tag:yaml.org,2002:map',
    resolve(map, onError) {
        if (!identity.isMap(map))
            onError('Expected a mapping for this tag');
        return map;
    },
    createNode: (schema, obj, ctx) => YAMLMap.YAMLMap.from(schema, obj, ctx)
};

exports.map = map;


/***/ }),

/***/ 3632:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

const nullTag = {
    identify: value => value == null,
    createNode: () => new Scalar.Scalar(null),
    default: true,
    tag: 'tag:yaml.org,2002:null',
    test: /^(?:~|[Nn]ull|NULL)?$/,
    resolve: () => new Scalar.Scalar(null),
    stringify: ({ source }, ctx) => typeof source === 'string' && nullTag.test.test(source)
        ? source
        : ctx.options.nullStr
};

exports.nullTag = nullTag;


/***/ }),

/***/ 1706:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var YAMLSeq = __nccwpck_require__(2223);

const seq = {
    collection: 'seq',
    default: true,
    nodeClass: YAMLSeq.YAMLSeq,
    tag: 'tag:yaml.org,2002:seq',
    resolve(seq, onError) {
        if (!identity.isSeq(seq))
            onError('Expected a sequence for this tag');
        return seq;
    },
    createNode: (schema, obj, ctx) => YAMLSeq.YAMLSeq.from(schema, obj, ctx)
};

exports.seq = seq;


/***/ }),

/***/ 6464:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyString = __nccwpck_require__(3069);

const string = {
    identify: value => typeof value === 'string',
    default: true,
    tag: 'tag:yaml.org,2002:str',
    resolve: str => str,
    stringify(item, ctx, onComment, onChompKeep) {
        ctx = Object.assign({ actualString: true }, ctx);
        return stringifyString.stringifyString(item, ctx, onComment, onChompKeep);
    }
};

exports.string = string;


/***/ }),

/***/ 3959:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

const boolTag = {
    identify: value => typeof value === 'boolean',
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
    resolve: str => new Scalar.Scalar(str[0] === 't' || str[0] === 'T'),
    stringify({ source, value }, ctx) {
        if (source && boolTag.test.test(source)) {
            const sv = source[0] === 't' || source[0] === 'T';
            if (value === sv)
                return source;
        }
        return value ? ctx.options.trueStr : ctx.options.falseStr;
    }
};

exports.boolTag = boolTag;


/***/ }),

/***/ 8405:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var stringifyNumber = __nccwpck_require__(8689);

const floatNaN = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
    resolve: str => str.slice(-3).toLowerCase() === 'nan'
        ? NaN
        : str[0] === '-'
            ? Number.NEGATIVE_INFINITY
            : Number.POSITIVE_INFINITY,
    stringify: stringifyNumber.stringifyNumber
};
const floatExp = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'EXP',
    test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
    resolve: str => parseFloat(str),
    stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
    }
};
const float = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
    resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str));
        const dot = str.indexOf('.');
        if (dot !== -1 && str[str.length - 1] === '0')
            node.minFractionDigits = str.length - dot - 1;
        return node;
    },
    stringify: stringifyNumber.stringifyNumber
};

exports.float = float;
exports.floatExp = floatExp;
exports.floatNaN = floatNaN;


/***/ }),

/***/ 9874:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(8689);

const intIdentify = (value) => typeof value === 'bigint' || Number.isInteger(value);
const intResolve = (str, offset, radix, { intAsBigInt }) => (intAsBigInt ? BigInt(str) : parseInt(str.substring(offset), radix));
function intStringify(node, radix, prefix) {
    const { value } = node;
    if (intIdentify(value) && value >= 0)
        return prefix + value.toString(radix);
    return stringifyNumber.stringifyNumber(node);
}
const intOct = {
    identify: value => intIdentify(value) && value >= 0,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'OCT',
    test: /^0o[0-7]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 8, opt),
    stringify: node => intStringify(node, 8, '0o')
};
const int = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    test: /^[-+]?[0-9]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
    stringify: stringifyNumber.stringifyNumber
};
const intHex = {
    identify: value => intIdentify(value) && value >= 0,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'HEX',
    test: /^0x[0-9a-fA-F]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
    stringify: node => intStringify(node, 16, '0x')
};

exports.int = int;
exports.intHex = intHex;
exports.intOct = intOct;


/***/ }),

/***/ 896:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(7451);
var _null = __nccwpck_require__(3632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var bool = __nccwpck_require__(3959);
var float = __nccwpck_require__(8405);
var int = __nccwpck_require__(9874);

const schema = [
    map.map,
    seq.seq,
    string.string,
    _null.nullTag,
    bool.boolTag,
    int.intOct,
    int.int,
    int.intHex,
    float.floatNaN,
    float.floatExp,
    float.float
];

exports.schema = schema;


/***/ }),

/***/ 3559:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var map = __nccwpck_require__(7451);
var seq = __nccwpck_require__(1706);

function intIdentify(value) {
    return typeof value === 'bigint' || Number.isInteger(value);
}
const stringifyJSON = ({ value }) => JSON.stringify(value);
const jsonScalars = [
    {
        identify: value => typeof value === 'string',
        default: true,
        tag: 'tag:yaml.org,2002:str',
        resolve: str => str,
        stringify: stringifyJSON
    },
    {
        identify: value => value == null,
        createNode: () => new Scalar.Scalar(null),
        default: true,
        tag: 'tag:yaml.org,2002:null',
        test: /^null$/,
        resolve: () => null,
        stringify: stringifyJSON
    },
    {
        identify: value => typeof value === 'boolean',
        default: true,
        tag: 'tag:yaml.org,2002:bool',
        test: /^true$|^false$/,
        resolve: str => str === 'true',
        stringify: stringifyJSON
    },
    {
        identify: intIdentify,
        default: true,
        tag: 'tag:yaml.org,2002:int',
        test: /^-?(?:0|[1-9][0-9]*)$/,
        resolve: (str, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str, 10),
        stringify: ({ value }) => intIdentify(value) ? value.toString() : JSON.stringify(value)
    },
    {
        identify: value => typeof value === 'number',
        default: true,
        tag: 'tag:yaml.org,2002:float',
        test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
        resolve: str => parseFloat(str),
        stringify: stringifyJSON
    }
];
const jsonError = {
    default: true,
    tag: '',
    test: /^/,
    resolve(str, onError) {
        onError(`Unresolved plain scalar ${JSON.stringify(str)}`);
        return str;
    }
};
const schema = [map.map, seq.seq].concat(jsonScalars, jsonError);

exports.schema = schema;


/***/ }),

/***/ 18:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(7451);
var _null = __nccwpck_require__(3632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var bool = __nccwpck_require__(3959);
var float = __nccwpck_require__(8405);
var int = __nccwpck_require__(9874);
var schema = __nccwpck_require__(896);
var schema$1 = __nccwpck_require__(3559);
var binary = __nccwpck_require__(6083);
var merge = __nccwpck_require__(452);
var omap = __nccwpck_require__(303);
var pairs = __nccwpck_require__(8385);
var schema$2 = __nccwpck_require__(5913);
var set = __nccwpck_require__(1528);
var timestamp = __nccwpck_require__(6752);

const schemas = new Map([
    ['core', schema.schema],
    ['failsafe', [map.map, seq.seq, string.string]],
    ['json', schema$1.schema],
    ['yaml11', schema$2.schema],
    ['yaml-1.1', schema$2.schema]
]);
const tagsByName = {
    binary: binary.binary,
    bool: bool.boolTag,
    float: float.float,
    floatExp: float.floatExp,
    floatNaN: float.floatNaN,
    floatTime: timestamp.floatTime,
    int: int.int,
    intHex: int.intHex,
    intOct: int.intOct,
    intTime: timestamp.intTime,
    map: map.map,
    merge: merge.merge,
    null: _null.nullTag,
    omap: omap.omap,
    pairs: pairs.pairs,
    seq: seq.seq,
    set: set.set,
    timestamp: timestamp.timestamp
};
const coreKnownTags = {
    'tag:yaml.org,2002:binary': binary.binary,
    'tag:yaml.org,2002:merge': merge.merge,
    'tag:yaml.org,2002:omap': omap.omap,
    'tag:yaml.org,2002:pairs': pairs.pairs,
    'tag:yaml.org,2002:set': set.set,
    'tag:yaml.org,2002:timestamp': timestamp.timestamp
};
function getTags(customTags, schemaName, addMergeTag) {
    const schemaTags = schemas.get(schemaName);
    if (schemaTags && !customTags) {
        return addMergeTag && !schemaTags.includes(merge.merge)
            ? schemaTags.concat(merge.merge)
            : schemaTags.slice();
    }
    let tags = schemaTags;
    if (!tags) {
        if (Array.isArray(customTags))
            tags = [];
        else {
            const keys = Array.from(schemas.keys())
                .filter(key => key !== 'yaml11')
                .map(key => JSON.stringify(key))
                .join(', ');
            throw new Error(`Unknown schema "${schemaName}"; use one of ${keys} or define customTags array`);
        }
    }
    if (Array.isArray(customTags)) {
        for (const tag of customTags)
            tags = tags.concat(tag);
    }
    else if (typeof customTags === 'function') {
        tags = customTags(tags.slice());
    }
    if (addMergeTag)
        tags = tags.concat(merge.merge);
    return tags.reduce((tags, tag) => {
        const tagObj = typeof tag === 'string' ? tagsByName[tag] : tag;
        if (!tagObj) {
            const tagName = JSON.stringify(tag);
            const keys = Object.keys(tagsByName)
                .map(key => JSON.stringify(key))
                .join(', ');
            throw new Error(`Unknown custom tag ${tagName}; use one of ${keys}`);
        }
        if (!tags.includes(tagObj))
            tags.push(tagObj);
        return tags;
    }, []);
}

exports.coreKnownTags = coreKnownTags;
exports.getTags = getTags;


/***/ }),

/***/ 6083:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_buffer = __nccwpck_require__(181);
var Scalar = __nccwpck_require__(3301);
var stringifyString = __nccwpck_require__(3069);

const binary = {
    identify: value => value instanceof Uint8Array, // Buffer inherits from Uint8Array
    default: false,
    tag: 'tag:yaml.org,2002:binary',
    /**
     * Returns a Buffer in node and an Uint8Array in browsers
     *
     * To use the resulting buffer as an image, you'll want to do something like:
     *
     *   const blob = new Blob([buffer], { type: 'image/jpeg' })
     *   document.querySelector('#photo').src = URL.createObjectURL(blob)
     */
    resolve(src, onError) {
        if (typeof node_buffer.Buffer === 'function') {
            return node_buffer.Buffer.from(src, 'base64');
        }
        else if (typeof atob === 'function') {
            // On IE 11, atob() can't handle newlines
            const str = atob(src.replace(/[\n\r]/g, ''));
            const buffer = new Uint8Array(str.length);
            for (let i = 0; i < str.length; ++i)
                buffer[i] = str.charCodeAt(i);
            return buffer;
        }
        else {
            onError('This environment does not support reading binary tags; either Buffer or atob is required');
            return src;
        }
    },
    stringify({ comment, type, value }, ctx, onComment, onChompKeep) {
        if (!value)
            return '';
        const buf = value; // checked earlier by binary.identify()
        let str;
        if (typeof node_buffer.Buffer === 'function') {
            str =
                buf instanceof node_buffer.Buffer
                    ? buf.toString('base64')
                    : node_buffer.Buffer.from(buf.buffer).toString('base64');
        }
        else if (typeof btoa === 'function') {
            let s = '';
            for (let i = 0; i < buf.length; ++i)
                s += String.fromCharCode(buf[i]);
            str = btoa(s);
        }
        else {
            throw new Error('This environment does not support writing binary tags; either Buffer or btoa is required');
        }
        type ?? (type = Scalar.Scalar.BLOCK_LITERAL);
        if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
            const lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth);
            const n = Math.ceil(str.length / lineWidth);
            const lines = new Array(n);
            for (let i = 0, o = 0; i < n; ++i, o += lineWidth) {
                lines[i] = str.substr(o, lineWidth);
            }
            str = lines.join(type === Scalar.Scalar.BLOCK_LITERAL ? '\n' : ' ');
        }
        return stringifyString.stringifyString({ comment, type, value: str }, ctx, onComment, onChompKeep);
    }
};

exports.binary = binary;


/***/ }),

/***/ 8398:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

function boolStringify({ value, source }, ctx) {
    const boolObj = value ? trueTag : falseTag;
    if (source && boolObj.test.test(source))
        return source;
    return value ? ctx.options.trueStr : ctx.options.falseStr;
}
const trueTag = {
    identify: value => value === true,
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
    resolve: () => new Scalar.Scalar(true),
    stringify: boolStringify
};
const falseTag = {
    identify: value => value === false,
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
    resolve: () => new Scalar.Scalar(false),
    stringify: boolStringify
};

exports.falseTag = falseTag;
exports.trueTag = trueTag;


/***/ }),

/***/ 5782:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var stringifyNumber = __nccwpck_require__(8689);

const floatNaN = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
    resolve: (str) => str.slice(-3).toLowerCase() === 'nan'
        ? NaN
        : str[0] === '-'
            ? Number.NEGATIVE_INFINITY
            : Number.POSITIVE_INFINITY,
    stringify: stringifyNumber.stringifyNumber
};
const floatExp = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'EXP',
    test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
    resolve: (str) => parseFloat(str.replace(/_/g, '')),
    stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
    }
};
const float = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
    resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str.replace(/_/g, '')));
        const dot = str.indexOf('.');
        if (dot !== -1) {
            const f = str.substring(dot + 1).replace(/_/g, '');
            if (f[f.length - 1] === '0')
                node.minFractionDigits = f.length;
        }
        return node;
    },
    stringify: stringifyNumber.stringifyNumber
};

exports.float = float;
exports.floatExp = floatExp;
exports.floatNaN = floatNaN;


/***/ }),

/***/ 873:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(8689);

const intIdentify = (value) => typeof value === 'bigint' || Number.isInteger(value);
function intResolve(str, offset, radix, { intAsBigInt }) {
    const sign = str[0];
    if (sign === '-' || sign === '+')
        offset += 1;
    str = str.substring(offset).replace(/_/g, '');
    if (intAsBigInt) {
        switch (radix) {
            case 2:
                str = `0b${str}`;
                break;
            case 8:
                str = `0o${str}`;
                break;
            case 16:
                str = `0x${str}`;
                break;
        }
        const n = BigInt(str);
        return sign === '-' ? BigInt(-1) * n : n;
    }
    const n = parseInt(str, radix);
    return sign === '-' ? -1 * n : n;
}
function intStringify(node, radix, prefix) {
    const { value } = node;
    if (intIdentify(value)) {
        const str = value.toString(radix);
        return value < 0 ? '-' + prefix + str.substr(1) : prefix + str;
    }
    return stringifyNumber.stringifyNumber(node);
}
const intBin = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'BIN',
    test: /^[-+]?0b[0-1_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 2, opt),
    stringify: node => intStringify(node, 2, '0b')
};
const intOct = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'OCT',
    test: /^[-+]?0[0-7_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 1, 8, opt),
    stringify: node => intStringify(node, 8, '0')
};
const int = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    test: /^[-+]?[0-9][0-9_]*$/,
    resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
    stringify: stringifyNumber.stringifyNumber
};
const intHex = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'HEX',
    test: /^[-+]?0x[0-9a-fA-F_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
    stringify: node => intStringify(node, 16, '0x')
};

exports.int = int;
exports.intBin = intBin;
exports.intHex = intHex;
exports.intOct = intOct;


/***/ }),

/***/ 452:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);

// If the value associated with a merge key is a single mapping node, each of
// its key/value pairs is inserted into the current mapping, unless the key
// already exists in it. If the value associated with the merge key is a
// sequence, then this sequence is expected to contain mapping nodes and each
// of these nodes is merged in turn according to its order in the sequence.
// Keys in mapping nodes earlier in the sequence override keys specified in
// later mapping nodes. -- http://yaml.org/type/merge.html
const MERGE_KEY = '<<';
const merge = {
    identify: value => value === MERGE_KEY ||
        (typeof value === 'symbol' && value.description === MERGE_KEY),
    default: 'key',
    tag: 'tag:yaml.org,2002:merge',
    test: /^<<$/,
    resolve: () => Object.assign(new Scalar.Scalar(Symbol(MERGE_KEY)), {
        addToJSMap: addMergeToJSMap
    }),
    stringify: () => MERGE_KEY
};
const isMergeKey = (ctx, key) => (merge.identify(key) ||
    (identity.isScalar(key) &&
        (!key.type || key.type === Scalar.Scalar.PLAIN) &&
        merge.identify(key.value))) &&
    ctx?.doc.schema.tags.some(tag => tag.tag === merge.tag && tag.default);
function addMergeToJSMap(ctx, map, value) {
    const source = resolveAliasValue(ctx, value);
    if (identity.isSeq(source))
        for (const it of source.items)
            mergeValue(ctx, map, it);
    else if (Array.isArray(source))
        for (const it of source)
            mergeValue(ctx, map, it);
    else
        mergeValue(ctx, map, source);
}
function mergeValue(ctx, map, value) {
    const source = resolveAliasValue(ctx, value);
    if (!identity.isMap(source))
        throw new Error('Merge sources must be maps or map aliases');
    const srcMap = source.toJSON(null, ctx, Map);
    for (const [key, value] of srcMap) {
        if (map instanceof Map) {
            if (!map.has(key))
                map.set(key, value);
        }
        else if (map instanceof Set) {
            map.add(key);
        }
        else if (!Object.prototype.hasOwnProperty.call(map, key)) {
            Object.defineProperty(map, key, {
                value,
                writable: true,
                enumerable: true,
                configurable: true
            });
        }
    }
    return map;
}
function resolveAliasValue(ctx, value) {
    return ctx && identity.isAlias(value) ? value.resolve(ctx.doc, ctx) : value;
}

exports.addMergeToJSMap = addMergeToJSMap;
exports.isMergeKey = isMergeKey;
exports.merge = merge;


/***/ }),

/***/ 303:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var toJS = __nccwpck_require__(4043);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var pairs = __nccwpck_require__(8385);

class YAMLOMap extends YAMLSeq.YAMLSeq {
    constructor() {
        super();
        this.add = YAMLMap.YAMLMap.prototype.add.bind(this);
        this.delete = YAMLMap.YAMLMap.prototype.delete.bind(this);
        this.get = YAMLMap.YAMLMap.prototype.get.bind(this);
        this.has = YAMLMap.YAMLMap.prototype.has.bind(this);
        this.set = YAMLMap.YAMLMap.prototype.set.bind(this);
        this.tag = YAMLOMap.tag;
    }
    /**
     * If `ctx` is given, the return type is actually `Map<unknown, unknown>`,
     * but TypeScript won't allow widening the signature of a child method.
     */
    toJSON(_, ctx) {
        if (!ctx)
            return super.toJSON(_);
        const map = new Map();
        if (ctx?.onCreate)
            ctx.onCreate(map);
        for (const pair of this.items) {
            let key, value;
            if (identity.isPair(pair)) {
                key = toJS.toJS(pair.key, '', ctx);
                value = toJS.toJS(pair.value, key, ctx);
            }
            else {
                key = toJS.toJS(pair, '', ctx);
            }
            if (map.has(key))
                throw new Error('Ordered maps must not include duplicate keys');
            map.set(key, value);
        }
        return map;
    }
    static from(schema, iterable, ctx) {
        const pairs$1 = pairs.createPairs(schema, iterable, ctx);
        const omap = new this();
        omap.items = pairs$1.items;
        return omap;
    }
}
YAMLOMap.tag = 'tag:yaml.org,2002:omap';
const omap = {
    collection: 'seq',
    identify: value => value instanceof Map,
    nodeClass: YAMLOMap,
    default: false,
    tag: 'tag:yaml.org,2002:omap',
    resolve(seq, onError) {
        const pairs$1 = pairs.resolvePairs(seq, onError);
        const seenKeys = [];
        for (const { key } of pairs$1.items) {
            if (identity.isScalar(key)) {
                if (seenKeys.includes(key.value)) {
                    onError(`Ordered maps must not include duplicate keys: ${key.value}`);
                }
                else {
                    seenKeys.push(key.value);
                }
            }
        }
        return Object.assign(new YAMLOMap(), pairs$1);
    },
    createNode: (schema, iterable, ctx) => YAMLOMap.from(schema, iterable, ctx)
};

exports.YAMLOMap = YAMLOMap;
exports.omap = omap;


/***/ }),

/***/ 8385:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var Scalar = __nccwpck_require__(3301);
var YAMLSeq = __nccwpck_require__(2223);

function resolvePairs(seq, onError) {
    if (identity.isSeq(seq)) {
        for (let i = 0; i < seq.items.length; ++i) {
            let item = seq.items[i];
            if (identity.isPair(item))
                continue;
            else if (identity.isMap(item)) {
                if (item.items.length > 1)
                    onError('Each pair must have its own sequence indicator');
                const pair = item.items[0] || new Pair.Pair(new Scalar.Scalar(null));
                if (item.commentBefore)
                    pair.key.commentBefore = pair.key.commentBefore
                        ? `${item.commentBefore}\n${pair.key.commentBefore}`
                        : item.commentBefore;
                if (item.comment) {
                    const cn = pair.value ?? pair.key;
                    cn.comment = cn.comment
                        ? `${item.comment}\n${cn.comment}`
                        : item.comment;
                }
                item = pair;
            }
            seq.items[i] = identity.isPair(item) ? item : new Pair.Pair(item);
        }
    }
    else
        onError('Expected a sequence for this tag');
    return seq;
}
function createPairs(schema, iterable, ctx) {
    const { replacer } = ctx;
    const pairs = new YAMLSeq.YAMLSeq(schema);
    pairs.tag = 'tag:yaml.org,2002:pairs';
    let i = 0;
    if (iterable && Symbol.iterator in Object(iterable))
        for (let it of iterable) {
            if (typeof replacer === 'function')
                it = replacer.call(iterable, String(i++), it);
            let key, value;
            if (Array.isArray(it)) {
                if (it.length === 2) {
                    key = it[0];
                    value = it[1];
                }
                else
                    throw new TypeError(`Expected [key, value] tuple: ${it}`);
            }
            else if (it && it instanceof Object) {
                const keys = Object.keys(it);
                if (keys.length === 1) {
                    key = keys[0];
                    value = it[key];
                }
                else {
                    throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);
                }
            }
            else {
                key = it;
            }
            pairs.items.push(Pair.createPair(key, value, ctx));
        }
    return pairs;
}
const pairs = {
    collection: 'seq',
    default: false,
    tag: 'tag:yaml.org,2002:pairs',
    resolve: resolvePairs,
    createNode: createPairs
};

exports.createPairs = createPairs;
exports.pairs = pairs;
exports.resolvePairs = resolvePairs;


/***/ }),

/***/ 5913:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(7451);
var _null = __nccwpck_require__(3632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var binary = __nccwpck_require__(6083);
var bool = __nccwpck_require__(8398);
var float = __nccwpck_require__(5782);
var int = __nccwpck_require__(873);
var merge = __nccwpck_require__(452);
var omap = __nccwpck_require__(303);
var pairs = __nccwpck_require__(8385);
var set = __nccwpck_require__(1528);
var timestamp = __nccwpck_require__(6752);

const schema = [
    map.map,
    seq.seq,
    string.string,
    _null.nullTag,
    bool.trueTag,
    bool.falseTag,
    int.intBin,
    int.intOct,
    int.int,
    int.intHex,
    float.floatNaN,
    float.floatExp,
    float.float,
    binary.binary,
    merge.merge,
    omap.omap,
    pairs.pairs,
    set.set,
    timestamp.intTime,
    timestamp.floatTime,
    timestamp.timestamp
];

exports.schema = schema;


/***/ }),

/***/ 1528:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var YAMLMap = __nccwpck_require__(4454);

class YAMLSet extends YAMLMap.YAMLMap {
    constructor(schema) {
        super(schema);
        this.tag = YAMLSet.tag;
    }
    add(key) {
        let pair;
        if (identity.isPair(key))
            pair = key;
        else if (key &&
            typeof key === 'object' &&
            'key' in key &&
            'value' in key &&
            key.value === null)
            pair = new Pair.Pair(key.key, null);
        else
            pair = new Pair.Pair(key, null);
        const prev = YAMLMap.findPair(this.items, pair.key);
        if (!prev)
            this.items.push(pair);
    }
    /**
     * If `keepPair` is `true`, returns the Pair matching `key`.
     * Otherwise, returns the value of that Pair's key.
     */
    get(key, keepPair) {
        const pair = YAMLMap.findPair(this.items, key);
        return !keepPair && identity.isPair(pair)
            ? identity.isScalar(pair.key)
                ? pair.key.value
                : pair.key
            : pair;
    }
    set(key, value) {
        if (typeof value !== 'boolean')
            throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
        const prev = YAMLMap.findPair(this.items, key);
        if (prev && !value) {
            this.items.splice(this.items.indexOf(prev), 1);
        }
        else if (!prev && value) {
            this.items.push(new Pair.Pair(key));
        }
    }
    toJSON(_, ctx) {
        return super.toJSON(_, ctx, Set);
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        if (this.hasAllNullValues(true))
            return super.toString(Object.assign({}, ctx, { allNullValues: true }), onComment, onChompKeep);
        else
            throw new Error('Set items must all have null values');
    }
    static from(schema, iterable, ctx) {
        const { replacer } = ctx;
        const set = new this(schema);
        if (iterable && Symbol.iterator in Object(iterable))
            for (let value of iterable) {
                if (typeof replacer === 'function')
                    value = replacer.call(iterable, value, value);
                set.items.push(Pair.createPair(value, null, ctx));
            }
        return set;
    }
}
YAMLSet.tag = 'tag:yaml.org,2002:set';
const set = {
    collection: 'map',
    identify: value => value instanceof Set,
    nodeClass: YAMLSet,
    default: false,
    tag: 'tag:yaml.org,2002:set',
    createNode: (schema, iterable, ctx) => YAMLSet.from(schema, iterable, ctx),
    resolve(map, onError) {
        if (identity.isMap(map)) {
            if (map.hasAllNullValues(true))
                return Object.assign(new YAMLSet(), map);
            else
                onError('Set items must all have null values');
        }
        else
            onError('Expected a mapping for this tag');
        return map;
    }
};

exports.YAMLSet = YAMLSet;
exports.set = set;


/***/ }),

/***/ 6752:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(8689);

/** Internal types handle bigint as number, because TS can't figure it out. */
function parseSexagesimal(str, asBigInt) {
    const sign = str[0];
    const parts = sign === '-' || sign === '+' ? str.substring(1) : str;
    const num = (n) => asBigInt ? BigInt(n) : Number(n);
    const res = parts
        .replace(/_/g, '')
        .split(':')
        .reduce((res, p) => res * num(60) + num(p), num(0));
    return (sign === '-' ? num(-1) * res : res);
}
/**
 * hhhh:mm:ss.sss
 *
 * Internal types handle bigint as number, because TS can't figure it out.
 */
function stringifySexagesimal(node) {
    let { value } = node;
    let num = (n) => n;
    if (typeof value === 'bigint')
        num = n => BigInt(n);
    else if (isNaN(value) || !isFinite(value))
        return stringifyNumber.stringifyNumber(node);
    let sign = '';
    if (value < 0) {
        sign = '-';
        value *= num(-1);
    }
    const _60 = num(60);
    const parts = [value % _60]; // seconds, including ms
    if (value < 60) {
        parts.unshift(0); // at least one : is required
    }
    else {
        value = (value - parts[0]) / _60;
        parts.unshift(value % _60); // minutes
        if (value >= 60) {
            value = (value - parts[0]) / _60;
            parts.unshift(value); // hours
        }
    }
    return (sign +
        parts
            .map(n => String(n).padStart(2, '0'))
            .join(':')
            .replace(/000000\d*$/, '') // % 60 may introduce error
    );
}
const intTime = {
    identify: value => typeof value === 'bigint' || Number.isInteger(value),
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'TIME',
    test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
    resolve: (str, _onError, { intAsBigInt }) => parseSexagesimal(str, intAsBigInt),
    stringify: stringifySexagesimal
};
const floatTime = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'TIME',
    test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
    resolve: str => parseSexagesimal(str, false),
    stringify: stringifySexagesimal
};
const timestamp = {
    identify: value => value instanceof Date,
    default: true,
    tag: 'tag:yaml.org,2002:timestamp',
    // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part
    // may be omitted altogether, resulting in a date format. In such a case, the time part is
    // assumed to be 00:00:00Z (start of day, UTC).
    test: RegExp('^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})' + // YYYY-Mm-Dd
        '(?:' + // time is optional
        '(?:t|T|[ \\t]+)' + // t | T | whitespace
        '([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)' + // Hh:Mm:Ss(.ss)?
        '(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?' + // Z | +5 | -03:30
        ')?$'),
    resolve(str) {
        const match = str.match(timestamp.test);
        if (!match)
            throw new Error('!!timestamp expects a date, starting with yyyy-mm-dd');
        const [, year, month, day, hour, minute, second] = match.map(Number);
        const millisec = match[7] ? Number((match[7] + '00').substr(1, 3)) : 0;
        let date = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec);
        const tz = match[8];
        if (tz && tz !== 'Z') {
            let d = parseSexagesimal(tz, false);
            if (Math.abs(d) < 30)
                d *= 60;
            date -= 60000 * d;
        }
        return new Date(date);
    },
    stringify: ({ value }) => value?.toISOString().replace(/(T00:00:00)?\.000Z$/, '') ?? ''
};

exports.floatTime = floatTime;
exports.intTime = intTime;
exports.timestamp = timestamp;


/***/ }),

/***/ 4475:
/***/ ((__unused_webpack_module, exports) => {



const FOLD_FLOW = 'flow';
const FOLD_BLOCK = 'block';
const FOLD_QUOTED = 'quoted';
/**
 * Tries to keep input at up to `lineWidth` characters, splitting only on spaces
 * not followed by newlines or spaces unless `mode` is `'quoted'`. Lines are
 * terminated with `\n` and started with `indent`.
 */
function foldFlowLines(text, indent, mode = 'flow', { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
    if (!lineWidth || lineWidth < 0)
        return text;
    if (lineWidth < minContentWidth)
        minContentWidth = 0;
    const endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent.length);
    if (text.length <= endStep)
        return text;
    const folds = [];
    const escapedFolds = {};
    let end = lineWidth - indent.length;
    if (typeof indentAtStart === 'number') {
        if (indentAtStart > lineWidth - Math.max(2, minContentWidth))
            folds.push(0);
        else
            end = lineWidth - indentAtStart;
    }
    let split = undefined;
    let prev = undefined;
    let overflow = false;
    let i = -1;
    let escStart = -1;
    let escEnd = -1;
    if (mode === FOLD_BLOCK) {
        i = consumeMoreIndentedLines(text, i, indent.length);
        if (i !== -1)
            end = i + endStep;
    }
    for (let ch; (ch = text[(i += 1)]);) {
        if (mode === FOLD_QUOTED && ch === '\\') {
            escStart = i;
            switch (text[i + 1]) {
                case 'x':
                    i += 3;
                    break;
                case 'u':
                    i += 5;
                    break;
                case 'U':
                    i += 9;
                    break;
                default:
                    i += 1;
            }
            escEnd = i;
        }
        if (ch === '\n') {
            if (mode === FOLD_BLOCK)
                i = consumeMoreIndentedLines(text, i, indent.length);
            end = i + indent.length + endStep;
            split = undefined;
        }
        else {
            if (ch === ' ' &&
                prev &&
                prev !== ' ' &&
                prev !== '\n' &&
                prev !== '\t') {
                // space surrounded by non-space can be replaced with newline + indent
                const next = text[i + 1];
                if (next && next !== ' ' && next !== '\n' && next !== '\t')
                    split = i;
            }
            if (i >= end) {
                if (split) {
                    folds.push(split);
                    end = split + endStep;
                    split = undefined;
                }
                else if (mode === FOLD_QUOTED) {
                    // white-space collected at end may stretch past lineWidth
                    while (prev === ' ' || prev === '\t') {
                        prev = ch;
                        ch = text[(i += 1)];
                        overflow = true;
                    }
                    // Account for newline escape, but don't break preceding escape
                    const j = i > escEnd + 1 ? i - 2 : escStart - 1;
                    // Bail out if lineWidth & minContentWidth are shorter than an escape string
                    if (escapedFolds[j])
                        return text;
                    folds.push(j);
                    escapedFolds[j] = true;
                    end = j + endStep;
                    split = undefined;
                }
                else {
                    overflow = true;
                }
            }
        }
        prev = ch;
    }
    if (overflow && onOverflow)
        onOverflow();
    if (folds.length === 0)
        return text;
    if (onFold)
        onFold();
    let res = text.slice(0, folds[0]);
    for (let i = 0; i < folds.length; ++i) {
        const fold = folds[i];
        const end = folds[i + 1] || text.length;
        if (fold === 0)
            res = `\n${indent}${text.slice(0, end)}`;
        else {
            if (mode === FOLD_QUOTED && escapedFolds[fold])
                res += `${text[fold]}\\`;
            res += `\n${indent}${text.slice(fold + 1, end)}`;
        }
    }
    return res;
}
/**
 * Presumes `i + 1` is at the start of a line
 * @returns index of last newline in more-indented block
 */
function consumeMoreIndentedLines(text, i, indent) {
    let end = i;
    let start = i + 1;
    let ch = text[start];
    while (ch === ' ' || ch === '\t') {
        if (i < start + indent) {
            ch = text[++i];
        }
        else {
            do {
                ch = text[++i];
            } while (ch && ch !== '\n');
            end = i;
            start = i + 1;
            ch = text[start];
        }
    }
    return end;
}

exports.FOLD_BLOCK = FOLD_BLOCK;
exports.FOLD_FLOW = FOLD_FLOW;
exports.FOLD_QUOTED = FOLD_QUOTED;
exports.foldFlowLines = foldFlowLines;


/***/ }),

/***/ 2148:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var anchors = __nccwpck_require__(1596);
var identity = __nccwpck_require__(1127);
var stringifyComment = __nccwpck_require__(9799);
var stringifyString = __nccwpck_require__(3069);

function createStringifyContext(doc, options) {
    const opt = Object.assign({
        blockQuote: true,
        commentString: stringifyComment.stringifyComment,
        defaultKeyType: null,
        defaultStringType: 'PLAIN',
        directives: null,
        doubleQuotedAsJSON: false,
        doubleQuotedMinMultiLineLength: 40,
        falseStr: 'false',
        flowCollectionPadding: true,
        indentSeq: true,
        lineWidth: 80,
        minContentWidth: 20,
        nullStr: 'null',
        simpleKeys: false,
        singleQuote: null,
        trailingComma: false,
        trueStr: 'true',
        verifyAliasOrder: true
    }, doc.schema.toStringOptions, options);
    let inFlow;
    switch (opt.collectionStyle) {
        case 'block':
            inFlow = false;
            break;
        case 'flow':
            inFlow = true;
            break;
        default:
            inFlow = null;
    }
    return {
        anchors: new Set(),
        doc,
        flowCollectionPadding: opt.flowCollectionPadding ? ' ' : '',
        indent: '',
        indentStep: typeof opt.indent === 'number' ? ' '.repeat(opt.indent) : '  ',
        inFlow,
        options: opt
    };
}
function getTagObject(tags, item) {
    if (item.tag) {
        const match = tags.filter(t => t.tag === item.tag);
        if (match.length > 0)
            return match.find(t => t.format === item.format) ?? match[0];
    }
    let tagObj = undefined;
    let obj;
    if (identity.isScalar(item)) {
        obj = item.value;
        let match = tags.filter(t => t.identify?.(obj));
        if (match.length > 1) {
            const testMatch = match.filter(t => t.test);
            if (testMatch.length > 0)
                match = testMatch;
        }
        tagObj =
            match.find(t => t.format === item.format) ?? match.find(t => !t.format);
    }
    else {
        obj = item;
        tagObj = tags.find(t => t.nodeClass && obj instanceof t.nodeClass);
    }
    if (!tagObj) {
        const name = obj?.constructor?.name ?? (obj === null ? 'null' : typeof obj);
        throw new Error(`Tag not resolved for ${name} value`);
    }
    return tagObj;
}
// needs to be called before value stringifier to allow for circular anchor refs
function stringifyProps(node, tagObj, { anchors: anchors$1, doc }) {
    if (!doc.directives)
        return '';
    const props = [];
    const anchor = (identity.isScalar(node) || identity.isCollection(node)) && node.anchor;
    if (anchor && anchors.anchorIsValid(anchor)) {
        anchors$1.add(anchor);
        props.push(`&${anchor}`);
    }
    const tag = node.tag ?? (tagObj.default ? null : tagObj.tag);
    if (tag)
        props.push(doc.directives.tagString(tag));
    return props.join(' ');
}
function stringify(item, ctx, onComment, onChompKeep) {
    if (identity.isPair(item))
        return item.toString(ctx, onComment, onChompKeep);
    if (identity.isAlias(item)) {
        if (ctx.doc.directives)
            return item.toString(ctx);
        if (ctx.resolvedAliases?.has(item)) {
            throw new TypeError(`Cannot stringify circular structure without alias nodes`);
        }
        else {
            if (ctx.resolvedAliases)
                ctx.resolvedAliases.add(item);
            else
                ctx.resolvedAliases = new Set([item]);
            item = item.resolve(ctx.doc);
        }
    }
    let tagObj = undefined;
    const node = identity.isNode(item)
        ? item
        : ctx.doc.createNode(item, { onTagObj: o => (tagObj = o) });
    tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node));
    const props = stringifyProps(node, tagObj, ctx);
    if (props.length > 0)
        ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1;
    const str = typeof tagObj.stringify === 'function'
        ? tagObj.stringify(node, ctx, onComment, onChompKeep)
        : identity.isScalar(node)
            ? stringifyString.stringifyString(node, ctx, onComment, onChompKeep)
            : node.toString(ctx, onComment, onChompKeep);
    if (!props)
        return str;
    return identity.isScalar(node) || str[0] === '{' || str[0] === '['
        ? `${props} ${str}`
        : `${props}\n${ctx.indent}${str}`;
}

exports.createStringifyContext = createStringifyContext;
exports.stringify = stringify;


/***/ }),

/***/ 1212:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(9799);

function stringifyCollection(collection, ctx, options) {
    const flow = ctx.inFlow ?? collection.flow;
    const stringify = flow ? stringifyFlowCollection : stringifyBlockCollection;
    return stringify(collection, ctx, options);
}
function stringifyBlockCollection({ comment, items }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
    const { indent, options: { commentString } } = ctx;
    const itemCtx = Object.assign({}, ctx, { indent: itemIndent, type: null });
    let chompKeep = false; // flag for the preceding node's status
    const lines = [];
    for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
            if (!chompKeep && item.spaceBefore)
                lines.push('');
            addCommentBefore(ctx, lines, item.commentBefore, chompKeep);
            if (item.comment)
                comment = item.comment;
        }
        else if (identity.isPair(item)) {
            const ik = identity.isNode(item.key) ? item.key : null;
            if (ik) {
                if (!chompKeep && ik.spaceBefore)
                    lines.push('');
                addCommentBefore(ctx, lines, ik.commentBefore, chompKeep);
            }
        }
        chompKeep = false;
        let str = stringify.stringify(item, itemCtx, () => (comment = null), () => (chompKeep = true));
        if (comment)
            str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        if (chompKeep && comment)
            chompKeep = false;
        lines.push(blockItemPrefix + str);
    }
    let str;
    if (lines.length === 0) {
        str = flowChars.start + flowChars.end;
    }
    else {
        str = lines[0];
        for (let i = 1; i < lines.length; ++i) {
            const line = lines[i];
            str += line ? `\n${indent}${line}` : '\n';
        }
    }
    if (comment) {
        str += '\n' + stringifyComment.indentComment(commentString(comment), indent);
        if (onComment)
            onComment();
    }
    else if (chompKeep && onChompKeep)
        onChompKeep();
    return str;
}
function stringifyFlowCollection({ items }, ctx, { flowChars, itemIndent }) {
    const { indent, indentStep, flowCollectionPadding: fcPadding, options: { commentString } } = ctx;
    itemIndent += indentStep;
    const itemCtx = Object.assign({}, ctx, {
        indent: itemIndent,
        inFlow: true,
        type: null
    });
    let reqNewline = false;
    let linesAtValue = 0;
    const lines = [];
    for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
            if (item.spaceBefore)
                lines.push('');
            addCommentBefore(ctx, lines, item.commentBefore, false);
            if (item.comment)
                comment = item.comment;
        }
        else if (identity.isPair(item)) {
            const ik = identity.isNode(item.key) ? item.key : null;
            if (ik) {
                if (ik.spaceBefore)
                    lines.push('');
                addCommentBefore(ctx, lines, ik.commentBefore, false);
                if (ik.comment)
                    reqNewline = true;
            }
            const iv = identity.isNode(item.value) ? item.value : null;
            if (iv) {
                if (iv.comment)
                    comment = iv.comment;
                if (iv.commentBefore)
                    reqNewline = true;
            }
            else if (item.value == null && ik?.comment) {
                comment = ik.comment;
            }
        }
        if (comment)
            reqNewline = true;
        let str = stringify.stringify(item, itemCtx, () => (comment = null));
        reqNewline || (reqNewline = lines.length > linesAtValue || str.includes('\n'));
        if (i < items.length - 1) {
            str += ',';
        }
        else if (ctx.options.trailingComma) {
            if (ctx.options.lineWidth > 0) {
                reqNewline || (reqNewline = lines.reduce((sum, line) => sum + line.length + 2, 2) +
                    (str.length + 2) >
                    ctx.options.lineWidth);
            }
            if (reqNewline) {
                str += ',';
            }
        }
        if (comment)
            str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        lines.push(str);
        linesAtValue = lines.length;
    }
    const { start, end } = flowChars;
    if (lines.length === 0) {
        return start + end;
    }
    else {
        if (!reqNewline) {
            const len = lines.reduce((sum, line) => sum + line.length + 2, 2);
            reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;
        }
        if (reqNewline) {
            let str = start;
            for (const line of lines)
                str += line ? `\n${indentStep}${indent}${line}` : '\n';
            return `${str}\n${indent}${end}`;
        }
        else {
            return `${start}${fcPadding}${lines.join(' ')}${fcPadding}${end}`;
        }
    }
}
function addCommentBefore({ indent, options: { commentString } }, lines, comment, chompKeep) {
    if (comment && chompKeep)
        comment = comment.replace(/^\n+/, '');
    if (comment) {
        const ic = stringifyComment.indentComment(commentString(comment), indent);
        lines.push(ic.trimStart()); // Avoid double indent on first line
    }
}

exports.stringifyCollection = stringifyCollection;


/***/ }),

/***/ 9799:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Stringifies a comment.
 *
 * Empty comment lines are left empty,
 * lines consisting of a single space are replaced by `#`,
 * and all other lines are prefixed with a `#`.
 */
const stringifyComment = (str) => str.replace(/^(?!$)(?: $)?/gm, '#');
function indentComment(comment, indent) {
    if (/^\n+$/.test(comment))
        return comment.substring(1);
    return indent ? comment.replace(/^(?! *$)/gm, indent) : comment;
}
const lineComment = (str, indent, comment) => str.endsWith('\n')
    ? indentComment(comment, indent)
    : comment.includes('\n')
        ? '\n' + indentComment(comment, indent)
        : (str.endsWith(' ') ? '' : ' ') + comment;

exports.indentComment = indentComment;
exports.lineComment = lineComment;
exports.stringifyComment = stringifyComment;


/***/ }),

/***/ 6829:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(9799);

function stringifyDocument(doc, options) {
    const lines = [];
    let hasDirectives = options.directives === true;
    if (options.directives !== false && doc.directives) {
        const dir = doc.directives.toString(doc);
        if (dir) {
            lines.push(dir);
            hasDirectives = true;
        }
        else if (doc.directives.docStart)
            hasDirectives = true;
    }
    if (hasDirectives)
        lines.push('---');
    const ctx = stringify.createStringifyContext(doc, options);
    const { commentString } = ctx.options;
    if (doc.commentBefore) {
        if (lines.length !== 1)
            lines.unshift('');
        const cs = commentString(doc.commentBefore);
        lines.unshift(stringifyComment.indentComment(cs, ''));
    }
    let chompKeep = false;
    let contentComment = null;
    if (doc.contents) {
        if (identity.isNode(doc.contents)) {
            if (doc.contents.spaceBefore && hasDirectives)
                lines.push('');
            if (doc.contents.commentBefore) {
                const cs = commentString(doc.contents.commentBefore);
                lines.push(stringifyComment.indentComment(cs, ''));
            }
            // top-level block scalars need to be indented if followed by a comment
            ctx.forceBlockIndent = !!doc.comment;
            contentComment = doc.contents.comment;
        }
        const onChompKeep = contentComment ? undefined : () => (chompKeep = true);
        let body = stringify.stringify(doc.contents, ctx, () => (contentComment = null), onChompKeep);
        if (contentComment)
            body += stringifyComment.lineComment(body, '', commentString(contentComment));
        if ((body[0] === '|' || body[0] === '>') &&
            lines[lines.length - 1] === '---') {
            // Top-level block scalars with a preceding doc marker ought to use the
            // same line for their header.
            lines[lines.length - 1] = `--- ${body}`;
        }
        else
            lines.push(body);
    }
    else {
        lines.push(stringify.stringify(doc.contents, ctx));
    }
    if (doc.directives?.docEnd) {
        if (doc.comment) {
            const cs = commentString(doc.comment);
            if (cs.includes('\n')) {
                lines.push('...');
                lines.push(stringifyComment.indentComment(cs, ''));
            }
            else {
                lines.push(`... ${cs}`);
            }
        }
        else {
            lines.push('...');
        }
    }
    else {
        let dc = doc.comment;
        if (dc && chompKeep)
            dc = dc.replace(/^\n+/, '');
        if (dc) {
            if ((!chompKeep || contentComment) && lines[lines.length - 1] !== '')
                lines.push('');
            lines.push(stringifyComment.indentComment(commentString(dc), ''));
        }
    }
    return lines.join('\n') + '\n';
}

exports.stringifyDocument = stringifyDocument;


/***/ }),

/***/ 8689:
/***/ ((__unused_webpack_module, exports) => {



function stringifyNumber({ format, minFractionDigits, tag, value }) {
    if (typeof value === 'bigint')
        return String(value);
    const num = typeof value === 'number' ? value : Number(value);
    if (!isFinite(num))
        return isNaN(num) ? '.nan' : num < 0 ? '-.inf' : '.inf';
    let n = Object.is(value, -0) ? '-0' : JSON.stringify(value);
    if (!format &&
        minFractionDigits &&
        (!tag || tag === 'tag:yaml.org,2002:float') &&
        /^-?\d/.test(n) &&
        !n.includes('e')) {
        let i = n.indexOf('.');
        if (i < 0) {
            i = n.length;
            n += '.';
        }
        let d = minFractionDigits - (n.length - i - 1);
        while (d-- > 0)
            n += '0';
    }
    return n;
}

exports.stringifyNumber = stringifyNumber;


/***/ }),

/***/ 9748:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(9799);

function stringifyPair({ key, value }, ctx, onComment, onChompKeep) {
    const { allNullValues, doc, indent, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx;
    let keyComment = (identity.isNode(key) && key.comment) || null;
    if (simpleKeys) {
        if (keyComment) {
            throw new Error('With simple keys, key nodes cannot have comments');
        }
        if (identity.isCollection(key) || (!identity.isNode(key) && typeof key === 'object')) {
            const msg = 'With simple keys, collection cannot be used as a key value';
            throw new Error(msg);
        }
    }
    let explicitKey = !simpleKeys &&
        (!key ||
            (keyComment && value == null && !ctx.inFlow) ||
            identity.isCollection(key) ||
            (identity.isScalar(key)
                ? key.type === Scalar.Scalar.BLOCK_FOLDED || key.type === Scalar.Scalar.BLOCK_LITERAL
                : typeof key === 'object'));
    ctx = Object.assign({}, ctx, {
        allNullValues: false,
        implicitKey: !explicitKey && (simpleKeys || !allNullValues),
        indent: indent + indentStep
    });
    let keyCommentDone = false;
    let chompKeep = false;
    let str = stringify.stringify(key, ctx, () => (keyCommentDone = true), () => (chompKeep = true));
    if (!explicitKey && !ctx.inFlow && str.length > 1024) {
        if (simpleKeys)
            throw new Error('With simple keys, single line scalar must not span more than 1024 characters');
        explicitKey = true;
    }
    if (ctx.inFlow) {
        if (allNullValues || value == null) {
            if (keyCommentDone && onComment)
                onComment();
            return str === '' ? '?' : explicitKey ? `? ${str}` : str;
        }
    }
    else if ((allNullValues && !simpleKeys) || (value == null && explicitKey)) {
        str = `? ${str}`;
        if (keyComment && !keyCommentDone) {
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        }
        else if (chompKeep && onChompKeep)
            onChompKeep();
        return str;
    }
    if (keyCommentDone)
        keyComment = null;
    if (explicitKey) {
        if (keyComment)
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        str = `? ${str}\n${indent}:`;
    }
    else {
        str = `${str}:`;
        if (keyComment)
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
    }
    let vsb, vcb, valueComment;
    if (identity.isNode(value)) {
        vsb = !!value.spaceBefore;
        vcb = value.commentBefore;
        valueComment = value.comment;
    }
    else {
        vsb = false;
        vcb = null;
        valueComment = null;
        if (value && typeof value === 'object')
            value = doc.createNode(value);
    }
    ctx.implicitKey = false;
    if (!explicitKey && !keyComment && identity.isScalar(value))
        ctx.indentAtStart = str.length + 1;
    chompKeep = false;
    if (!indentSeq &&
        indentStep.length >= 2 &&
        !ctx.inFlow &&
        !explicitKey &&
        identity.isSeq(value) &&
        !value.flow &&
        !value.tag &&
        !value.anchor) {
        // If indentSeq === false, consider '- ' as part of indentation where possible
        ctx.indent = ctx.indent.substring(2);
    }
    let valueCommentDone = false;
    const valueStr = stringify.stringify(value, ctx, () => (valueCommentDone = true), () => (chompKeep = true));
    let ws = ' ';
    if (keyComment || vsb || vcb) {
        ws = vsb ? '\n' : '';
        if (vcb) {
            const cs = commentString(vcb);
            ws += `\n${stringifyComment.indentComment(cs, ctx.indent)}`;
        }
        if (valueStr === '' && !ctx.inFlow) {
            if (ws === '\n' && valueComment)
                ws = '\n\n';
        }
        else {
            ws += `\n${ctx.indent}`;
        }
    }
    else if (!explicitKey && identity.isCollection(value)) {
        const vs0 = valueStr[0];
        const nl0 = valueStr.indexOf('\n');
        const hasNewline = nl0 !== -1;
        const flow = ctx.inFlow ?? value.flow ?? value.items.length === 0;
        if (hasNewline || !flow) {
            let hasPropsLine = false;
            if (hasNewline && (vs0 === '&' || vs0 === '!')) {
                let sp0 = valueStr.indexOf(' ');
                if (vs0 === '&' &&
                    sp0 !== -1 &&
                    sp0 < nl0 &&
                    valueStr[sp0 + 1] === '!') {
                    sp0 = valueStr.indexOf(' ', sp0 + 1);
                }
                if (sp0 === -1 || nl0 < sp0)
                    hasPropsLine = true;
            }
            if (!hasPropsLine)
                ws = `\n${ctx.indent}`;
        }
    }
    else if (valueStr === '' || valueStr[0] === '\n') {
        ws = '';
    }
    str += ws + valueStr;
    if (ctx.inFlow) {
        if (valueCommentDone && onComment)
            onComment();
    }
    else if (valueComment && !valueCommentDone) {
        str += stringifyComment.lineComment(str, ctx.indent, commentString(valueComment));
    }
    else if (chompKeep && onChompKeep) {
        onChompKeep();
    }
    return str;
}

exports.stringifyPair = stringifyPair;


/***/ }),

/***/ 3069:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var foldFlowLines = __nccwpck_require__(4475);

const getFoldOptions = (ctx, isBlock) => ({
    indentAtStart: isBlock ? ctx.indent.length : ctx.indentAtStart,
    lineWidth: ctx.options.lineWidth,
    minContentWidth: ctx.options.minContentWidth
});
// Also checks for lines starting with %, as parsing the output as YAML 1.1 will
// presume that's starting a new document.
const containsDocumentMarker = (str) => /^(%|---|\.\.\.)/m.test(str);
function lineLengthOverLimit(str, lineWidth, indentLength) {
    if (!lineWidth || lineWidth < 0)
        return false;
    const limit = lineWidth - indentLength;
    const strLen = str.length;
    if (strLen <= limit)
        return false;
    for (let i = 0, start = 0; i < strLen; ++i) {
        if (str[i] === '\n') {
            if (i - start > limit)
                return true;
            start = i + 1;
            if (strLen - start <= limit)
                return false;
        }
    }
    return true;
}
function doubleQuotedString(value, ctx) {
    const json = JSON.stringify(value);
    if (ctx.options.doubleQuotedAsJSON)
        return json;
    const { implicitKey } = ctx;
    const minMultiLineLength = ctx.options.doubleQuotedMinMultiLineLength;
    const indent = ctx.indent || (containsDocumentMarker(value) ? '  ' : '');
    let str = '';
    let start = 0;
    for (let i = 0, ch = json[i]; ch; ch = json[++i]) {
        if (ch === ' ' && json[i + 1] === '\\' && json[i + 2] === 'n') {
            // space before newline needs to be escaped to not be folded
            str += json.slice(start, i) + '\\ ';
            i += 1;
            start = i;
            ch = '\\';
        }
        if (ch === '\\')
            switch (json[i + 1]) {
                case 'u':
                    {
                        str += json.slice(start, i);
                        const code = json.substr(i + 2, 4);
                        switch (code) {
                            case '0000':
                                str += '\\0';
                                break;
                            case '0007':
                                str += '\\a';
                                break;
                            case '000b':
                                str += '\\v';
                                break;
                            case '001b':
                                str += '\\e';
                                break;
                            case '0085':
                                str += '\\N';
                                break;
                            case '00a0':
                                str += '\\_';
                                break;
                            case '2028':
                                str += '\\L';
                                break;
                            case '2029':
                                str += '\\P';
                                break;
                            default:
                                if (code.substr(0, 2) === '00')
                                    str += '\\x' + code.substr(2);
                                else
                                    str += json.substr(i, 6);
                        }
                        i += 5;
                        start = i + 1;
                    }
                    break;
                case 'n':
                    if (implicitKey ||
                        json[i + 2] === '"' ||
                        json.length < minMultiLineLength) {
                        i += 1;
                    }
                    else {
                        // folding will eat first newline
                        str += json.slice(start, i) + '\n\n';
                        while (json[i + 2] === '\\' &&
                            json[i + 3] === 'n' &&
                            json[i + 4] !== '"') {
                            str += '\n';
                            i += 2;
                        }
                        str += indent;
                        // space after newline needs to be escaped to not be folded
                        if (json[i + 2] === ' ')
                            str += '\\';
                        i += 1;
                        start = i + 1;
                    }
                    break;
                default:
                    i += 1;
            }
    }
    str = start ? str + json.slice(start) : json;
    return implicitKey
        ? str
        : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_QUOTED, getFoldOptions(ctx, false));
}
function singleQuotedString(value, ctx) {
    if (ctx.options.singleQuote === false ||
        (ctx.implicitKey && value.includes('\n')) ||
        /[ \t]\n|\n[ \t]/.test(value) // single quoted string can't have leading or trailing whitespace around newline
    )
        return doubleQuotedString(value, ctx);
    const indent = ctx.indent || (containsDocumentMarker(value) ? '  ' : '');
    const res = "'" + value.replace(/'/g, "''").replace(/\n+/g, `$&\n${indent}`) + "'";
    return ctx.implicitKey
        ? res
        : foldFlowLines.foldFlowLines(res, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
}
function quotedString(value, ctx) {
    const { singleQuote } = ctx.options;
    let qs;
    if (singleQuote === false)
        qs = doubleQuotedString;
    else {
        const hasDouble = value.includes('"');
        const hasSingle = value.includes("'");
        if (hasDouble && !hasSingle)
            qs = singleQuotedString;
        else if (hasSingle && !hasDouble)
            qs = doubleQuotedString;
        else
            qs = singleQuote ? singleQuotedString : doubleQuotedString;
    }
    return qs(value, ctx);
}
// The negative lookbehind avoids a polynomial search,
// but isn't supported yet on Safari: https://caniuse.com/js-regexp-lookbehind
let blockEndNewlines;
try {
    blockEndNewlines = new RegExp('(^|(?<!\n))\n+(?!\n|$)', 'g');
}
catch {
    blockEndNewlines = /\n+(?!\n|$)/g;
}
function blockString({ comment, type, value }, ctx, onComment, onChompKeep) {
    const { blockQuote, commentString, lineWidth } = ctx.options;
    // 1. Block can't end in whitespace unless the last line is non-empty.
    // 2. Strings consisting of only whitespace are best rendered explicitly.
    if (!blockQuote || /\n[\t ]+$/.test(value)) {
        return quotedString(value, ctx);
    }
    const indent = ctx.indent ||
        (ctx.forceBlockIndent || containsDocumentMarker(value) ? '  ' : '');
    const literal = blockQuote === 'literal'
        ? true
        : blockQuote === 'folded' || type === Scalar.Scalar.BLOCK_FOLDED
            ? false
            : type === Scalar.Scalar.BLOCK_LITERAL
                ? true
                : !lineLengthOverLimit(value, lineWidth, indent.length);
    if (!value)
        return literal ? '|\n' : '>\n';
    // determine chomping from whitespace at value end
    let chomp;
    let endStart;
    for (endStart = value.length; endStart > 0; --endStart) {
        const ch = value[endStart - 1];
        if (ch !== '\n' && ch !== '\t' && ch !== ' ')
            break;
    }
    let end = value.substring(endStart);
    const endNlPos = end.indexOf('\n');
    if (endNlPos === -1) {
        chomp = '-'; // strip
    }
    else if (value === end || endNlPos !== end.length - 1) {
        chomp = '+'; // keep
        if (onChompKeep)
            onChompKeep();
    }
    else {
        chomp = ''; // clip
    }
    if (end) {
        value = value.slice(0, -end.length);
        if (end[end.length - 1] === '\n')
            end = end.slice(0, -1);
        end = end.replace(blockEndNewlines, `$&${indent}`);
    }
    // determine indent indicator from whitespace at value start
    let startWithSpace = false;
    let startEnd;
    let startNlPos = -1;
    for (startEnd = 0; startEnd < value.length; ++startEnd) {
        const ch = value[startEnd];
        if (ch === ' ')
            startWithSpace = true;
        else if (ch === '\n')
            startNlPos = startEnd;
        else
            break;
    }
    let start = value.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
    if (start) {
        value = value.substring(start.length);
        start = start.replace(/\n+/g, `$&${indent}`);
    }
    const indentSize = indent ? '2' : '1'; // root is at -1
    // Leading | or > is added later
    let header = (startWithSpace ? indentSize : '') + chomp;
    if (comment) {
        header += ' ' + commentString(comment.replace(/ ?[\r\n]+/g, ' '));
        if (onComment)
            onComment();
    }
    if (!literal) {
        const foldedValue = value
            .replace(/\n+/g, '\n$&')
            .replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, '$1$2') // more-indented lines aren't folded
            //                ^ more-ind. ^ empty     ^ capture next empty lines only at end of indent
            .replace(/\n+/g, `$&${indent}`);
        let literalFallback = false;
        const foldOptions = getFoldOptions(ctx, true);
        if (blockQuote !== 'folded' && type !== Scalar.Scalar.BLOCK_FOLDED) {
            foldOptions.onOverflow = () => {
                literalFallback = true;
            };
        }
        const body = foldFlowLines.foldFlowLines(`${start}${foldedValue}${end}`, indent, foldFlowLines.FOLD_BLOCK, foldOptions);
        if (!literalFallback)
            return `>${header}\n${indent}${body}`;
    }
    value = value.replace(/\n+/g, `$&${indent}`);
    return `|${header}\n${indent}${start}${value}${end}`;
}
function plainString(item, ctx, onComment, onChompKeep) {
    const { type, value } = item;
    const { actualString, implicitKey, indent, indentStep, inFlow } = ctx;
    if ((implicitKey && value.includes('\n')) ||
        (inFlow && /[[\]{},]/.test(value))) {
        return quotedString(value, ctx);
    }
    if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value)) {
        // not allowed:
        // - '-' or '?'
        // - start with an indicator character (except [?:-]) or /[?-] /
        // - '\n ', ': ' or ' \n' anywhere
        // - '#' not preceded by a non-space char
        // - end with ' ' or ':'
        return implicitKey || inFlow || !value.includes('\n')
            ? quotedString(value, ctx)
            : blockString(item, ctx, onComment, onChompKeep);
    }
    if (!implicitKey &&
        !inFlow &&
        type !== Scalar.Scalar.PLAIN &&
        value.includes('\n')) {
        // Where allowed & type not set explicitly, prefer block style for multiline strings
        return blockString(item, ctx, onComment, onChompKeep);
    }
    if (containsDocumentMarker(value)) {
        if (indent === '') {
            ctx.forceBlockIndent = true;
            return blockString(item, ctx, onComment, onChompKeep);
        }
        else if (implicitKey && indent === indentStep) {
            return quotedString(value, ctx);
        }
    }
    const str = value.replace(/\n+/g, `$&\n${indent}`);
    // Verify that output will be parsed as a string, as e.g. plain numbers and
    // booleans get parsed with those types in v1.2 (e.g. '42', 'true' & '0.9e-3'),
    // and others in v1.1.
    if (actualString) {
        const test = (tag) => tag.default && tag.tag !== 'tag:yaml.org,2002:str' && tag.test?.test(str);
        const { compat, tags } = ctx.doc.schema;
        if (tags.some(test) || compat?.some(test))
            return quotedString(value, ctx);
    }
    return implicitKey
        ? str
        : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
}
function stringifyString(item, ctx, onComment, onChompKeep) {
    const { implicitKey, inFlow } = ctx;
    const ss = typeof item.value === 'string'
        ? item
        : Object.assign({}, item, { value: String(item.value) });
    let { type } = item;
    if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
        // force double quotes on control characters & unpaired surrogates
        if (/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value))
            type = Scalar.Scalar.QUOTE_DOUBLE;
    }
    const _stringify = (_type) => {
        switch (_type) {
            case Scalar.Scalar.BLOCK_FOLDED:
            case Scalar.Scalar.BLOCK_LITERAL:
                return implicitKey || inFlow
                    ? quotedString(ss.value, ctx) // blocks are not valid inside flow containers
                    : blockString(ss, ctx, onComment, onChompKeep);
            case Scalar.Scalar.QUOTE_DOUBLE:
                return doubleQuotedString(ss.value, ctx);
            case Scalar.Scalar.QUOTE_SINGLE:
                return singleQuotedString(ss.value, ctx);
            case Scalar.Scalar.PLAIN:
                return plainString(ss, ctx, onComment, onChompKeep);
            default:
                return null;
        }
    };
    let res = _stringify(type);
    if (res === null) {
        const { defaultKeyType, defaultStringType } = ctx.options;
        const t = (implicitKey && defaultKeyType) || defaultStringType;
        res = _stringify(t);
        if (res === null)
            throw new Error(`Unsupported default string type ${t}`);
    }
    return res;
}

exports.stringifyString = stringifyString;


/***/ }),

/***/ 204:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);

const BREAK = Symbol('break visit');
const SKIP = Symbol('skip children');
const REMOVE = Symbol('remove node');
/**
 * Apply a visitor to an AST node or document.
 *
 * Walks through the tree (depth-first) starting from `node`, calling a
 * `visitor` function with three arguments:
 *   - `key`: For sequence values and map `Pair`, the node's index in the
 *     collection. Within a `Pair`, `'key'` or `'value'`, correspondingly.
 *     `null` for the root node.
 *   - `node`: The current node.
 *   - `path`: The ancestry of the current node.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this node, continue with next
 *     sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current node, then continue with the next one
 *   - `Node`: Replace the current node, then continue by visiting it
 *   - `number`: While iterating the items of a sequence or map, set the index
 *     of the next step. This is useful especially if the index of the current
 *     node has changed.
 *
 * If `visitor` is a single function, it will be called with all values
 * encountered in the tree, including e.g. `null` values. Alternatively,
 * separate visitor functions may be defined for each `Map`, `Pair`, `Seq`,
 * `Alias` and `Scalar` node. To define the same visitor function for more than
 * one node type, use the `Collection` (map and seq), `Value` (map, seq & scalar)
 * and `Node` (alias, map, seq & scalar) targets. Of all these, only the most
 * specific defined one will be used for each node.
 */
function visit(node, visitor) {
    const visitor_ = initVisitor(visitor);
    if (identity.isDocument(node)) {
        const cd = visit_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
            node.contents = null;
    }
    else
        visit_(null, node, visitor_, Object.freeze([]));
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visit.BREAK = BREAK;
/** Do not visit the children of the current node */
visit.SKIP = SKIP;
/** Remove the current node */
visit.REMOVE = REMOVE;
function visit_(key, node, visitor, path) {
    const ctrl = callVisitor(key, node, visitor, path);
    if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visit_(key, ctrl, visitor, path);
    }
    if (typeof ctrl !== 'symbol') {
        if (identity.isCollection(node)) {
            path = Object.freeze(path.concat(node));
            for (let i = 0; i < node.items.length; ++i) {
                const ci = visit_(i, node.items[i], visitor, path);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    node.items.splice(i, 1);
                    i -= 1;
                }
            }
        }
        else if (identity.isPair(node)) {
            path = Object.freeze(path.concat(node));
            const ck = visit_('key', node.key, visitor, path);
            if (ck === BREAK)
                return BREAK;
            else if (ck === REMOVE)
                node.key = null;
            const cv = visit_('value', node.value, visitor, path);
            if (cv === BREAK)
                return BREAK;
            else if (cv === REMOVE)
                node.value = null;
        }
    }
    return ctrl;
}
/**
 * Apply an async visitor to an AST node or document.
 *
 * Walks through the tree (depth-first) starting from `node`, calling a
 * `visitor` function with three arguments:
 *   - `key`: For sequence values and map `Pair`, the node's index in the
 *     collection. Within a `Pair`, `'key'` or `'value'`, correspondingly.
 *     `null` for the root node.
 *   - `node`: The current node.
 *   - `path`: The ancestry of the current node.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `Promise`: Must resolve to one of the following values
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this node, continue with next
 *     sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current node, then continue with the next one
 *   - `Node`: Replace the current node, then continue by visiting it
 *   - `number`: While iterating the items of a sequence or map, set the index
 *     of the next step. This is useful especially if the index of the current
 *     node has changed.
 *
 * If `visitor` is a single function, it will be called with all values
 * encountered in the tree, including e.g. `null` values. Alternatively,
 * separate visitor functions may be defined for each `Map`, `Pair`, `Seq`,
 * `Alias` and `Scalar` node. To define the same visitor function for more than
 * one node type, use the `Collection` (map and seq), `Value` (map, seq & scalar)
 * and `Node` (alias, map, seq & scalar) targets. Of all these, only the most
 * specific defined one will be used for each node.
 */
async function visitAsync(node, visitor) {
    const visitor_ = initVisitor(visitor);
    if (identity.isDocument(node)) {
        const cd = await visitAsync_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
            node.contents = null;
    }
    else
        await visitAsync_(null, node, visitor_, Object.freeze([]));
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visitAsync.BREAK = BREAK;
/** Do not visit the children of the current node */
visitAsync.SKIP = SKIP;
/** Remove the current node */
visitAsync.REMOVE = REMOVE;
async function visitAsync_(key, node, visitor, path) {
    const ctrl = await callVisitor(key, node, visitor, path);
    if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visitAsync_(key, ctrl, visitor, path);
    }
    if (typeof ctrl !== 'symbol') {
        if (identity.isCollection(node)) {
            path = Object.freeze(path.concat(node));
            for (let i = 0; i < node.items.length; ++i) {
                const ci = await visitAsync_(i, node.items[i], visitor, path);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    node.items.splice(i, 1);
                    i -= 1;
                }
            }
        }
        else if (identity.isPair(node)) {
            path = Object.freeze(path.concat(node));
            const ck = await visitAsync_('key', node.key, visitor, path);
            if (ck === BREAK)
                return BREAK;
            else if (ck === REMOVE)
                node.key = null;
            const cv = await visitAsync_('value', node.value, visitor, path);
            if (cv === BREAK)
                return BREAK;
            else if (cv === REMOVE)
                node.value = null;
        }
    }
    return ctrl;
}
function initVisitor(visitor) {
    if (typeof visitor === 'object' &&
        (visitor.Collection || visitor.Node || visitor.Value)) {
        return Object.assign({
            Alias: visitor.Node,
            Map: visitor.Node,
            Scalar: visitor.Node,
            Seq: visitor.Node
        }, visitor.Value && {
            Map: visitor.Value,
            Scalar: visitor.Value,
            Seq: visitor.Value
        }, visitor.Collection && {
            Map: visitor.Collection,
            Seq: visitor.Collection
        }, visitor);
    }
    return visitor;
}
function callVisitor(key, node, visitor, path) {
    if (typeof visitor === 'function')
        return visitor(key, node, path);
    if (identity.isMap(node))
        return visitor.Map?.(key, node, path);
    if (identity.isSeq(node))
        return visitor.Seq?.(key, node, path);
    if (identity.isPair(node))
        return visitor.Pair?.(key, node, path);
    if (identity.isScalar(node))
        return visitor.Scalar?.(key, node, path);
    if (identity.isAlias(node))
        return visitor.Alias?.(key, node, path);
    return undefined;
}
function replaceNode(key, path, node) {
    const parent = path[path.length - 1];
    if (identity.isCollection(parent)) {
        parent.items[key] = node;
    }
    else if (identity.isPair(parent)) {
        if (key === 'key')
            parent.key = node;
        else
            parent.value = node;
    }
    else if (identity.isDocument(parent)) {
        parent.contents = node;
    }
    else {
        const pt = identity.isAlias(parent) ? 'alias' : 'scalar';
        throw new Error(`Cannot replace node with ${pt} parent`);
    }
}

exports.visit = visit;
exports.visitAsync = visitAsync;


/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId](module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "cli." + chunkId + ".js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(5581);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
