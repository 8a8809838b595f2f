import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
var __webpack_exports__ = {};

;// CONCATENATED MODULE: external "node:worker_threads"
const external_node_worker_threads_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");
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

;// CONCATENATED MODULE: external "node:fs"
const external_node_fs_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");
;// CONCATENATED MODULE: external "node:path"
const external_node_path_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");
;// CONCATENATED MODULE: ./src/paths/is-inside.ts

/**
 * Whether `child` is `parent` or lies below it, both absolute. A name that merely starts with two
 * dots (`..data/x`) is inside; only a `..` segment leads out.
 */
function is_inside_isInside(parent, child) {
    const rel = relative(parent, child);
    return rel === '' || (rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel));
}

;// CONCATENATED MODULE: ./src/inventory/file-system-paths.ts

/**
 * How to name a repository path to the file system. When the root is the working directory or
 * below it (`npx repo-audit .`, and an action step, which starts in the workspace), relative
 * paths: the kernel then walks only the directories inside the repository on every open and stat.
 * Measured on 32,000 files five directories deep: 48 ms of opens instead of 83 ms.
 */
function file_system_paths_fileSystemPaths(root, workingDirectory = process.cwd()) {
    const fromCwd = relative(workingDirectory, root);
    if (fromCwd === '')
        return (repoPath) => repoPath;
    if (!isAbsolute(fromCwd) && fromCwd !== '..' && !fromCwd.startsWith(`..${sep}`)) {
        const prefix = `${fromCwd.split(sep).join('/')}/`;
        return (repoPath) => prefix + repoPath;
    }
    return (repoPath) => join(root, repoPath);
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
        this.realRoot = realpathSync.native(root);
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
            const info = lstatSync(fsPath);
            if (info.isDirectory())
                return 'inside';
            if (!info.isSymbolicLink())
                return 'gone';
            const target = realpathSync.native(fsPath);
            if (!isInside(this.realRoot, target))
                return 'outside';
            return lstatSync(target).isDirectory() ? 'inside' : 'gone';
        }
        catch (error) {
            return verdictOfError(error);
        }
    }
}

;// CONCATENATED MODULE: ./src/inventory/guarded-read.ts


// O_NOFOLLOW: a final component that is a symbolic link fails with ELOOP instead of being followed.
// O_NONBLOCK: opening a FIFO returns at once instead of waiting for a writer; fstat then refuses it.
const NO_FOLLOW_FLAGS = external_node_fs_namespaceObject.constants.O_RDONLY | (external_node_fs_namespaceObject.constants.O_NOFOLLOW ?? 0) | (external_node_fs_namespaceObject.constants.O_NONBLOCK ?? 0);
const FOLLOW_FLAGS = external_node_fs_namespaceObject.constants.O_RDONLY | (external_node_fs_namespaceObject.constants.O_NONBLOCK ?? 0);
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
        fd = openSync(fsPath, followFinalLink ? FOLLOW_FLAGS : NO_FOLLOW_FLAGS);
    }
    catch (error) {
        const refused = refusalOf(error);
        if (refused === undefined)
            throw error;
        return { refused };
    }
    try {
        const info = fstatSync(fd);
        if (!info.isFile()) {
            closeSync(fd);
            return { refused: 'not-a-file' };
        }
        if (info.size > maxBytes) {
            closeSync(fd);
            return { refused: 'too-large', bytes: info.size };
        }
        return { fd, size: info.size };
    }
    catch (error) {
        closeSync(fd);
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
        return (0,external_node_fs_namespaceObject.openSync)(fsPath, NO_FOLLOW_FLAGS);
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
        const count = (0,external_node_fs_namespaceObject.readSync)(fd, buffer, filled, limit - filled, null);
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
        closeSync(opened.fd);
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
        target = realpathSync.native(fsPath);
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
            (0,external_node_fs_namespaceObject.closeSync)(fd);
        }
    }
}
/** A read that fails after the open (the file turned into a directory or a FIFO, or lost its permissions) is skipped, not fatal. */
function isSkippableReadError(error) {
    const code = error?.code;
    return code === 'EACCES' || code === 'EPERM' || code === 'EISDIR' || code === 'EIO' || code === 'EAGAIN';
}

;// CONCATENATED MODULE: ./src/report/collapse-whitespace.ts
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

;// CONCATENATED MODULE: ./src/report/fingerprint.ts

/**
 * Gives findings fingerprints that do not depend on line numbers: a hash of the rule, the path and
 * the normalised content, plus an occurrence index so two identical lines in one file stay distinct.
 * One instance per scanner run; call `next` in file order.
 */
class FingerprintIndex {
    /** Occurrences so far per first fingerprint: 20 characters a finding rather than its whole text. */
    seen = new Map();
    next(ruleId, path, content) {
        const first = fingerprintHash(`${ruleId}\u0000${path}\u0000${collapseWhitespace(content)}`);
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

;// CONCATENATED MODULE: ./src/scanners/placeholders/char-codes.ts
/** Character tests on UTF-16 code units, for the hot loops that must not allocate. */
const LF = 10;
const CR = 13;
const TAB = 9;
const SPACE = 32;
// One load instead of four range tests: these run for almost every character of every file.
const ASCII_WORD = new Uint8Array(128);
for (let code = 0; code < 128; code++) {
    if ((code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) || code === 95)
        ASCII_WORD[code] = 1;
}
/** Letters, digits, `_`, and anything outside ASCII (identifiers in most languages allow it). */
function isWordCode(code) {
    return code > 127 || ASCII_WORD[code] === 1;
}
/** ASCII letters, digits and `_` only: the boundary a tag needs on each side. */
function isAsciiWordCode(code) {
    return code < 128 && ASCII_WORD[code] === 1;
}
function isDigitCode(code) {
    return code >= 48 && code <= 57;
}
function isBlankCode(code) {
    return code === SPACE || code === TAB || code === CR;
}
/**
 * Where the line containing `at` ends: the position of its line break (or `limit`). A lone `\r`
 * ends a line too (the shared rule in line-breaks.ts); it is looked for only up to the `\n`, so
 * the cost stays that of the line.
 */
function lineEndFrom(text, at, limit = text.length) {
    const newline = text.indexOf('\n', at);
    const end = newline === -1 || newline > limit ? limit : newline;
    for (let index = at; index < end; index++) {
        if (text.charCodeAt(index) === CR && index + 1 !== newline)
            return index;
    }
    return end;
}
/** `end` moved back over a `\r` so CRLF files do not leak the carriage return into text. */
function withoutCarriageReturn(text, start, end) {
    return end > start && text.charCodeAt(end - 1) === CR ? end - 1 : end;
}
/** True when only spaces and tabs stand between the line start and `at`. */
function atLineStart(text, at) {
    for (let i = at - 1; i >= 0; i--) {
        const code = text.charCodeAt(i);
        if (code === LF)
            return true;
        if (code !== SPACE && code !== TAB)
            return false;
    }
    return true;
}
/** `text[from, to)` holds only spaces, tabs and carriage returns. */
function isBlankRange(text, from, to) {
    for (let i = from; i < to; i++)
        if (!isBlankCode(text.charCodeAt(i)))
            return false;
    return true;
}

;// CONCATENATED MODULE: ./src/scanners/placeholders/openers.ts

/** Generic openers shared by many languages; the odd ones live in language-openers.ts. */
const BACKSLASH = 92;
function openers_form(close, options = {}) {
    return { close, escape: options.escape ?? BACKSLASH, doubled: options.doubled ?? false, multiline: options.multiline ?? false, ...options };
}
function interpolation(open, close, doubledOpenIsLiteral = false) {
    const closeChar = close.charCodeAt(0);
    const nestChar = close === '}' ? 123 : close === ')' ? 40 : close === ']' ? 91 : -1;
    return { open, closeChar, nestChar, doubledOpenIsLiteral };
}
function lineComment(marker, accept) {
    const opening = (at) => ({ kind: 'line-comment', bodyStart: at + marker.length });
    return {
        first: marker[0],
        match: (text, at) => (text.startsWith(marker, at) && (accept === undefined || accept(text, at)) ? opening(at) : undefined),
    };
}
function blockComment(open, close, options = {}) {
    const nests = options.nests ?? false;
    return {
        first: open[0],
        match: (text, at) => text.startsWith(open, at) && (options.accept === undefined || options.accept(text, at))
            ? { kind: 'block-comment', bodyStart: at + open.length, open, close, nests }
            : undefined,
    };
}
/** A string opened by `open` (which may include a prefix like `@"`) and described by `stringForm`. */
function quoted(open, stringForm, accept) {
    return {
        first: open[0],
        match: (text, at) => text.startsWith(open, at) && (accept === undefined || accept(text, at))
            ? { kind: 'string', start: at, bodyStart: at + open.length, form: stringForm }
            : undefined,
    };
}
/** Shell-style comments: `#` starts one only at the start of a word, so `$#` and `a#b` stay code. */
const atWordStart = (text, at) => {
    if (at === 0)
        return true;
    const before = text.charCodeAt(at - 1);
    return before === LF || before === SPACE || before === TAB || before === 13 || ';&|()'.includes(text[at - 1]);
};
/** YAML and dotenv: `#` is a comment at the line start or after whitespace, never inside a value like `a#b`. */
const afterBlank = (text, at) => {
    if (at === 0)
        return true;
    const before = text.charCodeAt(at - 1);
    return before === LF || before === SPACE || before === TAB || before === 13;
};
const onlyAtLineStart = (text, at) => atLineStart(text, at);
const notEscaped = (text, at) => at === 0 || text.charCodeAt(at - 1) !== BACKSLASH;
const SINGLE_QUOTE = 39;
/**
 * `'a'` and `'\n'` are char literals; `'a` alone is a Rust lifetime, a Scala symbol or an OCaml type
 * variable, and `x'` is a Haskell prime or a Julia transpose. Only real literals become spans.
 */
const charLiteral = {
    first: "'",
    match(text, at) {
        if (at > 0) {
            const before = text.charCodeAt(at - 1);
            if (isWordCode(before) || before === SINGLE_QUOTE || before === 41 || before === 93 || before === 125)
                return { kind: 'skip', end: at + 1 };
        }
        const next = text.charCodeAt(at + 1);
        if (next === BACKSLASH) {
            const limit = Math.min(text.length, at + 14);
            for (let i = at + 2; i < limit; i++) {
                const code = text.charCodeAt(i);
                if (code === LF)
                    break;
                if (code === SINGLE_QUOTE && i > at + 2)
                    return { kind: 'string', start: at, bodyStart: at + 1, form: CHAR_FORM };
            }
            return { kind: 'skip', end: at + 1 };
        }
        const width = next >= 0xd800 && next <= 0xdbff ? 2 : 1;
        if (next !== LF && text.charCodeAt(at + 1 + width) === SINGLE_QUOTE)
            return { kind: 'string', start: at, bodyStart: at + 1, form: CHAR_FORM };
        return { kind: 'skip', end: at + 1 };
    },
};
const CHAR_FORM = openers_form("'");
const REGEX_FORM = openers_form('/', { regexClass: true });
const REGEX_KEYWORDS = new Set(['return', 'typeof', 'instanceof', 'in', 'of', 'new', 'delete', 'void', 'throw', 'case', 'do', 'else', 'yield', 'await', 'and', 'or', 'not', 'if', 'unless', 'when', 'while', 'until']);
/**
 * A `/` starts a regex literal where an operand is expected: after an operator, an opening
 * bracket, a keyword like `return`, or at the start of a line. After a name, a number or a closing
 * bracket it divides. Without this, `/[/*]/` would open a block comment.
 */
const regexLiteral = {
    first: '/',
    match(text, at) {
        const next = text.charCodeAt(at + 1);
        if (next === 47 || next === 42 || next === SPACE || next === LF)
            return undefined;
        let i = at - 1;
        while (i >= 0 && (text.charCodeAt(i) === SPACE || text.charCodeAt(i) === TAB))
            i--;
        if (i >= 0) {
            const before = text.charCodeAt(i);
            if (before === 41 || before === 93 || before === 125 || before === 34 || before === 39 || before === 96)
                return undefined;
            if (isWordCode(before)) {
                let wordStart = i;
                while (wordStart > 0 && isWordCode(text.charCodeAt(wordStart - 1)) && i - wordStart < 12)
                    wordStart--;
                if (!REGEX_KEYWORDS.has(text.slice(wordStart, i + 1)))
                    return undefined;
            }
        }
        return closesOnLine(text, at + 1) ? { kind: 'string', start: at, bodyStart: at + 1, form: REGEX_FORM } : undefined;
    },
};
/**
 * Where the last failed search for a closing `/` ended, so that a line full of `(/` is searched
 * once rather than once per slash (a later slash on that line cannot find what an earlier one did not).
 */
const failedSearch = { text: '', from: -1, to: -1 };
/** A regex literal never spans lines; a `/` with no closing `/` on its line is an operator after all. */
function closesOnLine(text, from) {
    if (failedSearch.text === text && from > failedSearch.from && from <= failedSearch.to)
        return false;
    let inClass = false;
    let i = from;
    for (; i < text.length; i++) {
        const code = text.charCodeAt(i);
        if (code === LF)
            break;
        if (code === BACKSLASH)
            i++;
        else if (code === 91)
            inClass = true;
        else if (code === 93)
            inClass = false;
        else if (code === 47 && !inClass)
            return true;
    }
    failedSearch.text = text;
    failedSearch.from = from;
    failedSearch.to = i;
    return false;
}

;// CONCATENATED MODULE: ./src/scanners/placeholders/language-openers.ts


/** Openers with a prefix, a variable delimiter or a terminator: one factory per language quirk. */
const PYTHON_PREFIX = 'rRbBuUfFtT';
const PYTHON_BRACES = interpolation('{', '}', true);
const PYTHON_FORMS = {
    plain: { '"': openers_form('"'), "'": openers_form("'"), '"""': openers_form('"""', { multiline: true }), "'''": openers_form("'''", { multiline: true }) },
    interpolated: {
        '"': openers_form('"', { interpolation: PYTHON_BRACES }),
        "'": openers_form("'", { interpolation: PYTHON_BRACES }),
        '"""': openers_form('"""', { multiline: true, interpolation: PYTHON_BRACES }),
        "'''": openers_form("'''", { multiline: true, interpolation: PYTHON_BRACES }),
    },
};
/** `'x'`, `"""x"""`, `rb'x'`, `f"{x!r}"`: the span starts at the prefix so docstring checks see it whole. */
const pythonString = {
    first: `'"${PYTHON_PREFIX}`,
    match(text, at) {
        let quoteAt = at;
        while (quoteAt - at < 2 && PYTHON_PREFIX.includes(text[quoteAt]))
            quoteAt++;
        const quote = text[quoteAt];
        if (quote !== '"' && quote !== "'")
            return undefined;
        const prefix = text.slice(at, quoteAt).toLowerCase();
        const forms = prefix.includes('f') || prefix.includes('t') ? PYTHON_FORMS.interpolated : PYTHON_FORMS.plain;
        const triple = text.startsWith(quote.repeat(3), quoteAt);
        const delimiter = triple ? (quote === '"' ? '"""' : "'''") : quote;
        return { kind: 'string', start: at, bodyStart: quoteAt + delimiter.length, form: forms[delimiter] };
    },
};
/** Counts `#` from `at`; returns the count and the offset after them. */
function hashes(text, at) {
    let i = at;
    while (text.charCodeAt(i) === 35)
        i++;
    return i - at;
}
const RUST_STRING = openers_form('"', { multiline: true });
const RUST_BYTE = openers_form("'");
/** `r"…"`, `r#"…"#`, `br"…"`, `b"…"`, `c"…"` and `b'x'`; `r#type` is a raw identifier and stays code. */
const rustPrefixedString = {
    first: 'rbc',
    match(text, at) {
        let i = at;
        if (text[i] === 'b' || text[i] === 'c') {
            i++;
            if (text[i] === '"')
                return { kind: 'string', start: at, bodyStart: i + 1, form: RUST_STRING };
            if (text[i] === "'" && text[at] === 'b')
                return { kind: 'string', start: at, bodyStart: i + 1, form: RUST_BYTE };
        }
        if (text[i] !== 'r')
            return undefined;
        const count = hashes(text, i + 1);
        const quoteAt = i + 1 + count;
        if (text[quoteAt] !== '"')
            return undefined;
        return { kind: 'string', start: at, bodyStart: quoteAt + 1, form: openers_form(`"${'#'.repeat(count)}`, { escape: -1, multiline: true }) };
    },
};
/** C++11 raw strings: `R"delim( … )delim"`, optionally after an encoding prefix. */
const cppRawString = {
    first: 'RuUL',
    match(text, at) {
        let i = at;
        if (text.startsWith('u8', i))
            i += 2;
        else if (text[i] === 'u' || text[i] === 'U' || text[i] === 'L')
            i++;
        if (text[i] !== 'R' || text[i + 1] !== '"')
            return undefined;
        let open = i + 2;
        while (open < i + 19 && open < text.length && text[open] !== '(')
            open++;
        if (text[open] !== '(')
            return undefined;
        const delimiter = text.slice(i + 2, open);
        if (/[\s\\)"]/.test(delimiter))
            return undefined;
        return { kind: 'string', start: at, bodyStart: open + 1, form: openers_form(`)${delimiter}"`, { escape: -1, multiline: true }) };
    },
};
const CSHARP_BRACES = interpolation('{', '}', true);
const CSHARP_FORMS = {
    '': openers_form('"'),
    '@': openers_form('"', { escape: -1, doubled: true, multiline: true }),
    $: openers_form('"', { interpolation: CSHARP_BRACES }),
    '$@': openers_form('"', { escape: -1, doubled: true, multiline: true, interpolation: CSHARP_BRACES }),
};
/** `"…"`, `@"…"` (verbatim), `$"…{x}…"`, `$@"…"` and C# 11 raw strings `"""…"""` (any number of quotes). */
const csharpString = {
    first: '"@$',
    match(text, at) {
        let i = at;
        while (text[i] === '$' || text[i] === '@')
            i++;
        if (text[i] !== '"' || i - at > 3)
            return undefined;
        const prefix = text.slice(at, i);
        let quotes = 0;
        while (text[i + quotes] === '"')
            quotes++;
        if (quotes >= 3) {
            const delimiter = '"'.repeat(quotes);
            return { kind: 'string', start: at, bodyStart: i + quotes, form: openers_form(delimiter, { escape: -1, multiline: true }) };
        }
        const key = prefix.includes('$') ? (prefix.includes('@') ? '$@' : '$') : prefix.includes('@') ? '@' : '';
        return { kind: 'string', start: at, bodyStart: i + 1, form: CSHARP_FORMS[key] };
    },
};
/** Swift extended delimiters: `#"…"#`, `##"""…"""##`; backslashes are literal inside. */
const swiftRawString = {
    first: '#',
    match(text, at) {
        const count = hashes(text, at);
        const quoteAt = at + count;
        // Skipping the whole run keeps a long line of `#` linear.
        if (text[quoteAt] !== '"')
            return { kind: 'skip', end: quoteAt };
        const triple = text.startsWith('"""', quoteAt);
        const delimiter = (triple ? '"""' : '"') + '#'.repeat(count);
        return { kind: 'string', start: at, bodyStart: quoteAt + (triple ? 3 : 1), form: openers_form(delimiter, { escape: -1, multiline: true }) };
    },
};
/** The level of a Lua or CMake long bracket at `at` (`[[` is 0, `[==[` is 2), or -1 when it is not one. */
function longBracketLevel(text, at) {
    if (text[at] !== '[')
        return -1;
    let i = at + 1;
    while (text[i] === '=')
        i++;
    return text[i] === '[' ? i - at - 1 : -1;
}
/** `--[[ … ]]` in Lua, `#[[ … ]]` in CMake: a block comment whose close repeats the level. */
function longBracketComment(marker) {
    return {
        first: marker[0],
        match(text, at) {
            if (!text.startsWith(marker, at))
                return undefined;
            const level = longBracketLevel(text, at + marker.length);
            if (level < 0)
                return undefined;
            const close = `]${'='.repeat(level)}]`;
            return { kind: 'block-comment', bodyStart: at + marker.length + level + 2, open: close, close, nests: false };
        },
    };
}
const longBracketString = {
    first: '[',
    match(text, at) {
        const level = longBracketLevel(text, at);
        if (level < 0)
            return undefined;
        return { kind: 'string', start: at, bodyStart: at + level + 2, form: openers_form(`]${'='.repeat(level)}]`, { escape: -1, multiline: true }) };
    },
};
const R_CLOSERS = { '(': ')', '[': ']', '{': '}' };
/** R 4.0 raw strings: `r"(…)"`, `R'[…]'`, `r"--(…)--"`. */
const rRawString = {
    first: 'rR',
    match(text, at) {
        const quote = text[at + 1];
        if (quote !== '"' && quote !== "'")
            return undefined;
        let i = at + 2;
        while (text[i] === '-')
            i++;
        const closer = R_CLOSERS[text[i]];
        if (closer === undefined)
            return undefined;
        const dashes = '-'.repeat(i - at - 2);
        return { kind: 'string', start: at, bodyStart: i + 1, form: openers_form(`${closer}${dashes}${quote}`, { escape: -1, multiline: true }) };
    },
};
/** `=begin … =end` (Ruby) and POD `=head1 … =cut` (Perl): block comments that open and close at a line start. */
function lineStartBlock(open, close) {
    const sticky = new RegExp(open.source, 'y');
    return {
        first: '=',
        match(text, at) {
            if (at > 0 && text[at - 1] !== '\n')
                return undefined;
            sticky.lastIndex = at;
            if (!sticky.test(text))
                return undefined;
            return { kind: 'block-comment', bodyStart: sticky.lastIndex, open: `\n${close}`, close: `\n${close}`, nests: false };
        },
    };
}
const HEREDOC_WORD = /[A-Za-z_][A-Za-z0-9_]*/y;
function heredocAt(text, wordAt, end, indented, quote) {
    HEREDOC_WORD.lastIndex = quote === undefined ? wordAt : wordAt + 1;
    if (!HEREDOC_WORD.test(text))
        return undefined;
    const wordEnd = HEREDOC_WORD.lastIndex;
    if (quote !== undefined && text[wordEnd] !== quote)
        return undefined;
    return { kind: 'heredoc', end: end(wordEnd + (quote === undefined ? 0 : 1)), terminator: text.slice(quote === undefined ? wordAt : wordAt + 1, wordEnd), indented };
}
function quoteAt(text, at) {
    const char = text[at];
    return char === '"' || char === "'" ? char : undefined;
}
/**
 * Shell and HCL `<<EOF`, `<<-EOF`, `<<'EOF'`, `<<\EOF`; Ruby and Perl `<<~EOS`, `<<-EOS`, `<<"EOS"`. A bare
 * `<<word` only counts in shell styles: in Ruby `list <<item` appends.
 */
function heredoc(style) {
    return {
        first: '<',
        match(text, at) {
            if (!text.startsWith('<<', at) || text[at + 2] === '<' || (at > 0 && text[at - 1] === '<'))
                return undefined;
            let i = at + 2;
            const dash = text[i] === '-' || text[i] === '~';
            if (dash)
                i++;
            if (style === 'shell')
                while (text[i] === ' ')
                    i++;
            // `<<\EOF` quotes the word as `<<'EOF'` does.
            if (style === 'shell' && text[i] === '\\')
                i++;
            const quote = quoteAt(text, i);
            if (style === 'ruby' && !dash && quote === undefined && !/[A-Z_]/.test(text[i] ?? ''))
                return undefined;
            return heredocAt(text, i, (wordEnd) => wordEnd, dash || style === 'ruby', quote);
        },
    };
}
/** PHP heredoc `<<<EOT` and nowdoc `<<<'EOT'`; since PHP 7.3 the closing marker may be indented. */
const phpHeredoc = {
    first: '<',
    match(text, at) {
        if (!text.startsWith('<<<', at))
            return undefined;
        let i = at + 3;
        while (text[i] === ' ')
            i++;
        return heredocAt(text, i, (wordEnd) => wordEnd, true, quoteAt(text, i));
    },
};
/** PowerShell here-strings: `@"` or `@'` ending a line, closed by `"@` or `'@` at a line start. */
const powershellHereString = {
    first: '@',
    match(text, at) {
        const quote = quoteAt(text, at + 1);
        if (quote === undefined)
            return undefined;
        let i = at + 2;
        while (text[i] === ' ' || text[i] === '\t' || text[i] === '\r')
            i++;
        if (text[i] !== '\n')
            return undefined;
        return { kind: 'string', start: at, bodyStart: at + 2, form: openers_form(`\n${quote}@`, { escape: -1, multiline: true }) };
    },
};
/** Haskell: `--` starts a comment unless it is part of an operator such as `-->` or `--|`. */
const haskellLineComment = {
    first: '-',
    match(text, at) {
        if (!text.startsWith('--', at))
            return undefined;
        let i = at + 2;
        while (text[i] === '-')
            i++;
        const next = text[i];
        if (next !== undefined && '!#$%&*+./<=>?@\\^|~:'.includes(next))
            return undefined;
        return { kind: 'line-comment', bodyStart: i };
    },
};
/** Erlang `$x` and Elixir `?x` char literals: the char after the sigil is code, even `%`, `#` or `"`. */
function sigilChar(sigil) {
    return {
        first: sigil,
        match(text, at) {
            if (at > 0 && isWordCode(text.charCodeAt(at - 1)))
                return undefined;
            const next = text.charCodeAt(at + 1);
            if (Number.isNaN(next) || next === 10)
                return undefined;
            return { kind: 'skip', end: at + (next === BACKSLASH ? 3 : 2) };
        },
    };
}
/** Clojure char literals such as `\;` and `\"`. */
const backslashChar = {
    first: '\\',
    match: (text, at) => (at + 1 < text.length ? { kind: 'skip', end: at + 2 } : undefined),
};
function atLineStartOf(text, at) {
    return at === 0 || text.charCodeAt(at - 1) === 10;
}
/**
 * AsciiDoc: a line of four or more `/` opens a comment block that a line of the same closes; `//`
 * at a line start (not `///`) is a line comment. Everything else is prose, never comments.
 */
const asciidocComment = {
    first: '/',
    match(text, at) {
        if (!atLineStartOf(text, at))
            return undefined;
        let slashes = 0;
        while (text.charCodeAt(at + slashes) === 47)
            slashes++;
        if (slashes >= 4) {
            let end = at + slashes;
            while (end < text.length && (text.charCodeAt(end) === 32 || text.charCodeAt(end) === 9 || text.charCodeAt(end) === 13))
                end++;
            if (end < text.length && text.charCodeAt(end) !== 10)
                return undefined;
            const delimiter = '/'.repeat(slashes);
            return { kind: 'block-comment', bodyStart: end, open: `\n${delimiter}`, close: `\n${delimiter}`, nests: false };
        }
        return slashes === 2 ? { kind: 'line-comment', bodyStart: at + 2 } : undefined;
    },
};
/**
 * AsciiDoc listing, literal and passthrough blocks (`----`, `....`, `++++` on a line of their own):
 * examples, whose `//` lines are content, not comments; read as strings up to the closing line.
 */
const asciidocListing = {
    first: '-.+',
    match(text, at) {
        if (!atLineStartOf(text, at))
            return undefined;
        const char = text.charCodeAt(at);
        let run = 0;
        while (text.charCodeAt(at + run) === char)
            run++;
        if (run < 4)
            return undefined;
        let end = at + run;
        while (end < text.length && (text.charCodeAt(end) === 32 || text.charCodeAt(end) === 9 || text.charCodeAt(end) === 13))
            end++;
        if (end < text.length && text.charCodeAt(end) !== 10)
            return undefined;
        if (underlinesTitle(text, at, run))
            return undefined;
        return { kind: 'string', start: at, bodyStart: end, form: openers_form(`\n${String.fromCharCode(char).repeat(run)}`, { escape: -1, multiline: true }) };
    },
};
/**
 * `Title` over a line of as many `-`, `.` or `+` (two characters more or less): AsciiDoc's two-line
 * section title, not a block delimiter. git's manuals are written this way.
 */
function underlinesTitle(text, at, run) {
    if (at === 0)
        return false;
    let titleEnd = at - 1;
    if (text.charCodeAt(titleEnd - 1) === 13)
        titleEnd--;
    const titleStart = text.lastIndexOf('\n', titleEnd - 1) + 1;
    const title = text.slice(titleStart, titleEnd).trimEnd();
    if (title.trim() === '' || /^[-.+=*_/]{4,}$/.test(title) || isBlankCode(title.charCodeAt(0)))
        return false;
    return Math.abs(title.length - run) <= 2;
}
/**
 * reStructuredText: `.. text` at a line start is a comment, unless it is a directive (`.. note::`),
 * a target (`.. _name:`), a substitution (`.. |name|`) or a footnote or citation (`.. [1]`). Like
 * every explicit markup block it goes on over the indented lines below it (blank lines included)
 * and ends before the next line that is not indented; `..` alone on its line followed by a blank
 * line is an empty comment.
 */
const restructuredTextComment = {
    first: '.',
    match(text, at) {
        if (!atLineStartOf(text, at) || !text.startsWith('..', at))
            return undefined;
        const after = text.charCodeAt(at + 2);
        const bare = Number.isNaN(after) || after === 10 || after === 13;
        if (!bare && after !== 32 && after !== 9)
            return undefined;
        const lineEnd = text.indexOf('\n', at);
        const firstLine = text.slice(at + 3, lineEnd === -1 ? text.length : lineEnd);
        // `.. todo::` (Sphinx's todo directive) is a note left in the text: read as a comment from `todo` on.
        if (!bare && !/^todo::/i.test(firstLine) && /^(?:[\w:+.-]+::|_|\||\[)/.test(firstLine))
            return undefined;
        const bodyStart = Math.min(at + 3, lineEnd === -1 ? text.length : lineEnd);
        if (bare && (lineEnd === -1 || isBlankRange(text, lineEnd + 1, lineEndFrom(text, lineEnd + 1))))
            return { kind: 'measured-comment', bodyStart, end: bodyStart };
        return { kind: 'measured-comment', bodyStart, end: explicitBlockEnd(text, lineEnd) };
    },
};
/** Where an explicit markup block whose first line ends at `lineEnd` ends: before the next unindented line. */
function explicitBlockEnd(text, lineEnd) {
    if (lineEnd === -1)
        return text.length;
    let end = lineEnd;
    let at = lineEnd + 1;
    while (at < text.length) {
        let next = text.indexOf('\n', at);
        if (next === -1)
            next = text.length;
        const first = text.charCodeAt(at);
        const blank = isBlankRange(text, at, next);
        if (!blank && first !== 32 && first !== 9)
            break;
        if (!blank)
            end = next;
        at = next + 1;
    }
    return end;
}
/**
 * Shell's null command used as a comment: `: TODO .gitignore should not be here &&` on a line of
 * its own. Only when words follow; `: "${VAR:=x}"`, `: > file` and `: <<EOF` are code.
 */
const shellNullCommand = {
    first: ':',
    match(text, at) {
        let i = at - 1;
        while (i >= 0 && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9))
            i--;
        if (i >= 0 && text.charCodeAt(i) !== 10)
            return undefined;
        const gap = text.charCodeAt(at + 1);
        if (gap !== 32 && gap !== 9)
            return undefined;
        let word = at + 2;
        while (text.charCodeAt(word) === 32 || text.charCodeAt(word) === 9)
            word++;
        const code = text.charCodeAt(word);
        return (code >= 65 && code <= 90) || (code >= 97 && code <= 122) ? { kind: 'line-comment', bodyStart: at + 1 } : undefined;
    },
};
/**
 * git-style shell tests pass their code as a single-quoted argument:
 * `test_expect_success 'title' '` … `'`. That body is shell code, so its comments are comments:
 * the quote that opens it (the last one on a `test_expect_*` line) and the quote alone on a line
 * that closes it are skipped instead of opening strings. Only in files that call such helpers.
 */
function shellTestBodyQuote() {
    let checkedText;
    let hasHelpers = false;
    return {
        first: "'",
        match(text, at) {
            if (text !== checkedText) {
                checkedText = text;
                hasHelpers = text.includes('test_expect_');
            }
            if (!hasHelpers)
                return undefined;
            const lineStart = text.lastIndexOf('\n', at - 1) + 1;
            const lineEndAt = text.indexOf('\n', at);
            const lineEnd = lineEndAt === -1 ? text.length : lineEndAt;
            const before = text.slice(lineStart, at);
            const after = text.slice(at + 1, lineEnd);
            if (after.trim() !== '')
                return undefined;
            if (before.trim() === '' || TEST_HELPER_LINE.test(before))
                return { kind: 'skip', end: at + 1 };
            return undefined;
        },
    };
}
/** `test_expect_success 'title' ` before the body's opening quote, with optional prerequisites. */
const TEST_HELPER_LINE = /^\s*test_expect_(?:success|failure|code\s+\d+)\b(?:\s+[A-Z_,!]+)?\s+(?:'[^'\n]*'|"[^"\n]*")\s+$/;

;// CONCATENATED MODULE: ./src/scanners/placeholders/syntax-table.ts


/** Comment and string syntax of each language the scanner reads, keyed by Linguist name. */
const SLASH = lineComment('//');
const HASH = lineComment('#');
const DASHES = lineComment('--');
const C_BLOCK = blockComment('/*', '*/');
const C_BLOCK_NESTED = blockComment('/*', '*/', { nests: true });
const DOLLAR_BRACE = interpolation('${', '}');
const HASH_BRACE = interpolation('#{', '}');
const DOLLAR_PAREN = interpolation('$(', ')');
const DQ = quoted('"', openers_form('"'));
const SQ = quoted("'", openers_form("'"));
const DQ_MULTI = quoted('"', openers_form('"', { multiline: true }));
const SQ_MULTI = quoted("'", openers_form("'", { multiline: true }));
const TRIPLE_DQ = quoted('"""', openers_form('"""', { multiline: true }));
const TRIPLE_SQ = quoted("'''", openers_form("'''", { multiline: true }));
const RAW_TRIPLE_DQ = quoted('"""', openers_form('"""', { escape: -1, multiline: true }));
const RAW_TRIPLE_SQ = quoted("'''", openers_form("'''", { escape: -1, multiline: true }));
/** Tcl reads `#` as a comment only where a command starts: at a line start or after `;`. */
const tclCommandStart = (text, at) => {
    let i = at - 1;
    while (i >= 0 && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9))
        i--;
    return i < 0 || text.charCodeAt(i) === 10 || text.charCodeAt(i) === 59;
};
const syntax = (openers, options = {}) => ({ openers, ...options });
const C_FAMILY = syntax([SLASH, C_BLOCK, cppRawString, DQ, SQ], { digitSeparator: true });
const JAVASCRIPT = syntax([SLASH, C_BLOCK, quoted('`', openers_form('`', { multiline: true, interpolation: DOLLAR_BRACE })), DQ, SQ, regexLiteral]);
const JAVA = syntax([SLASH, C_BLOCK, TRIPLE_DQ, DQ, SQ]);
const GO = syntax([SLASH, C_BLOCK, quoted('`', openers_form('`', { escape: -1, multiline: true })), DQ, SQ]);
const RUST = syntax([SLASH, C_BLOCK_NESTED, rustPrefixedString, quoted('"', openers_form('"', { multiline: true })), charLiteral]);
const KOTLIN = syntax([
    SLASH, C_BLOCK_NESTED,
    quoted('"""', openers_form('"""', { escape: -1, multiline: true, interpolation: DOLLAR_BRACE })),
    quoted('"', openers_form('"', { interpolation: DOLLAR_BRACE })), SQ,
]);
const SWIFT_PAREN = interpolation('\\(', ')');
const SWIFT = syntax([
    SLASH, C_BLOCK_NESTED, swiftRawString,
    quoted('"""', openers_form('"""', { multiline: true, interpolation: SWIFT_PAREN })),
    quoted('"', openers_form('"', { interpolation: SWIFT_PAREN })),
]);
const SCALA = syntax([
    SLASH, C_BLOCK_NESTED,
    quoted('"""', openers_form('"""', { escape: -1, multiline: true, interpolation: DOLLAR_BRACE })),
    quoted('"', openers_form('"', { interpolation: DOLLAR_BRACE })), charLiteral,
]);
const GROOVY = syntax([
    SLASH, C_BLOCK, TRIPLE_SQ, quoted('"""', openers_form('"""', { multiline: true, interpolation: DOLLAR_BRACE })),
    SQ, quoted('"', openers_form('"', { interpolation: DOLLAR_BRACE })),
]);
const DART = syntax([
    SLASH, C_BLOCK_NESTED,
    quoted("r'''", openers_form("'''", { escape: -1, multiline: true })), quoted('r"""', openers_form('"""', { escape: -1, multiline: true })),
    quoted("r'", openers_form("'", { escape: -1 })), quoted('r"', openers_form('"', { escape: -1 })),
    quoted("'''", openers_form("'''", { multiline: true, interpolation: DOLLAR_BRACE })), quoted('"""', openers_form('"""', { multiline: true, interpolation: DOLLAR_BRACE })),
    quoted("'", openers_form("'", { interpolation: DOLLAR_BRACE })), quoted('"', openers_form('"', { interpolation: DOLLAR_BRACE })),
]);
const CSHARP = syntax([SLASH, C_BLOCK, csharpString, SQ]);
const PHP = syntax([SLASH, lineComment('#', (text, at) => text[at + 1] !== '['), C_BLOCK, phpHeredoc, DQ_MULTI, SQ_MULTI]);
const PYTHON = syntax([HASH, pythonString]);
const RUBY = syntax([
    HASH, lineStartBlock(/=begin\b/, '=end'), heredoc('ruby'),
    quoted('"', openers_form('"', { multiline: true, interpolation: HASH_BRACE })), SQ_MULTI,
    quoted('`', openers_form('`', { multiline: true, interpolation: HASH_BRACE })), regexLiteral,
]);
const SHELL = syntax([
    // `\'` outside quotes is a literal quote (`\'*)` in a case pattern), not the start of a string.
    lineComment('#', atWordStart), heredoc('shell'), backslashChar, shellTestBodyQuote(), shellNullCommand,
    quoted("$'", openers_form("'", { multiline: true })),
    quoted('"', openers_form('"', { multiline: true, interpolation: DOLLAR_PAREN })),
    quoted("'", openers_form("'", { escape: -1, multiline: true })),
]);
const PERL = syntax([
    lineComment('#', (text, at) => at === 0 || text[at - 1] !== '$'), lineStartBlock(/=[a-zA-Z]\w*/, '=cut'),
    heredoc('ruby'), DQ_MULTI, SQ_MULTI,
]);
const POWERSHELL = syntax([
    blockComment('<#', '#>'), HASH, powershellHereString,
    quoted('"', openers_form('"', { escape: 96, multiline: true, interpolation: DOLLAR_PAREN })),
    quoted("'", openers_form("'", { escape: -1, doubled: true, multiline: true })),
]);
const LUA = syntax([longBracketComment('--'), DASHES, longBracketString, DQ, SQ]);
const R = syntax([HASH, rRawString, DQ_MULTI, SQ_MULTI, quoted('`', openers_form('`'))]);
const JULIA = syntax([
    blockComment('#=', '=#', { nests: true }), HASH,
    quoted('"""', openers_form('"""', { multiline: true, interpolation: DOLLAR_PAREN })),
    quoted('"', openers_form('"', { multiline: true, interpolation: DOLLAR_PAREN })), charLiteral,
]);
const HASKELL = syntax([blockComment('{-', '-}', { nests: true }), haskellLineComment, DQ, charLiteral]);
const ELIXIR = syntax([
    HASH, sigilChar('?'),
    quoted('"""', openers_form('"""', { multiline: true, interpolation: HASH_BRACE })), TRIPLE_SQ,
    quoted('"', openers_form('"', { multiline: true, interpolation: HASH_BRACE })), SQ_MULTI,
]);
const ERLANG = syntax([lineComment('%'), sigilChar('$'), DQ_MULTI, SQ]);
const CLOJURE = syntax([lineComment(';'), backslashChar, DQ_MULTI]);
const OCAML = syntax([blockComment('(*', '*)', { nests: true }), DQ_MULTI, charLiteral]);
const FSHARP = syntax([SLASH, blockComment('(*', '*)', { nests: true }), TRIPLE_DQ, DQ_MULTI, charLiteral]);
const SQL = syntax([DASHES, C_BLOCK, quoted("'", openers_form("'", { escape: -1, doubled: true, multiline: true })), quoted('"', openers_form('"', { escape: -1, doubled: true, multiline: true })), quoted('`', openers_form('`', { escape: -1 }))]);
const HCL = syntax([HASH, SLASH, C_BLOCK, heredoc('shell'), quoted('"', openers_form('"', { interpolation: DOLLAR_BRACE }))]);
const TOML = syntax([HASH, TRIPLE_DQ, RAW_TRIPLE_SQ, DQ, quoted("'", openers_form("'", { escape: -1 }))]);
const CSS = syntax([C_BLOCK, DQ, SQ]);
const CSS_WITH_LINE_COMMENTS = syntax([
    // `url(http://x)` is not a comment: a `//` right after `scheme:` is part of a URL.
    lineComment('//', (text, at) => !(text[at - 1] === ':' && /[A-Za-z]/.test(text[at - 2] ?? ''))),
    C_BLOCK, DQ, SQ,
]);
/** Dockerfile lines are mostly shell: a `#` after a `RUN` command is the shell's comment. */
const DOCKERFILE = syntax([lineComment('#', atWordStart), DQ, SQ]);
const MAKEFILE = syntax([lineComment('#', notEscaped), DQ, SQ]);
const CMAKE = syntax([longBracketComment('#'), HASH, longBracketString, DQ_MULTI]);
const LINE_START_HASH = syntax([lineComment('#', onlyAtLineStart)]);
const INI = syntax([lineComment('#', onlyAtLineStart), lineComment(';', onlyAtLineStart)]);
const PROPERTIES = syntax([lineComment('#', onlyAtLineStart), lineComment('!', onlyAtLineStart)]);
const HASH_ONLY = syntax([HASH]);
const DOTENV = syntax([lineComment('#', afterBlank), DQ, SQ]);
const PROTOBUF = syntax([SLASH, C_BLOCK, DQ, SQ]);
const JSONC = syntax([SLASH, C_BLOCK, DQ, SQ]);
const GRAPHQL = syntax([HASH, RAW_TRIPLE_DQ, DQ]);
const NIX = syntax([HASH, C_BLOCK, quoted("''", openers_form("''", { escape: -1, multiline: true })), quoted('"', openers_form('"', { multiline: true, interpolation: DOLLAR_BRACE }))]);
const NIM = syntax([blockComment('#[', ']#', { nests: true }), HASH, RAW_TRIPLE_DQ, DQ, charLiteral]);
const ZIG = syntax([SLASH, DQ, SQ]);
const VERILOG = syntax([SLASH, C_BLOCK, DQ]);
const VHDL = syntax([DASHES, C_BLOCK, DQ]);
const FORTRAN = syntax([lineComment('!'), quoted('"', openers_form('"', { escape: -1, doubled: true })), quoted("'", openers_form("'", { escape: -1, doubled: true }))]);
const VISUAL_BASIC = syntax([lineComment("'"), quoted('"', openers_form('"', { escape: -1, doubled: true }))]);
const TEX = syntax([lineComment('%', notEscaped)]);
const BATCHFILE = syntax(['REM ', 'rem ', '@REM ', '@rem ', '::'].map((marker) => lineComment(marker, onlyAtLineStart)));
const FISH = syntax([lineComment('#', atWordStart), DQ_MULTI, quoted("'", openers_form("'", { multiline: true }))]);
const CODE_SYNTAX = new Map([
    ['C', C_FAMILY], ['C++', C_FAMILY], ['Cuda', C_FAMILY], ['Objective-C', C_FAMILY], ['Objective-C++', C_FAMILY],
    ['JavaScript', JAVASCRIPT], ['TypeScript', JAVASCRIPT],
    ['Java', JAVA], ['Go', GO], ['Rust', RUST], ['Kotlin', KOTLIN], ['Swift', SWIFT], ['Scala', SCALA],
    ['Groovy', GROOVY], ['Dart', DART], ['C#', CSHARP], ['PHP', PHP],
    ['Python', PYTHON], ['Cython', PYTHON],
    ['Tcl', syntax([lineComment('#', tclCommandStart), DQ])],
    ['Meson', syntax([HASH, TRIPLE_SQ, SQ])],
    ['SmPL', syntax([SLASH, C_BLOCK, DQ])],
    ['Gettext Catalog', syntax([lineComment('#', onlyAtLineStart), DQ])],
    ['AsciiDoc', syntax([asciidocComment, asciidocListing])],
    ['reStructuredText', syntax([restructuredTextComment])],
    ['Ruby', RUBY], ['Shell', SHELL], ['fish', FISH], ['Perl', PERL], ['PowerShell', POWERSHELL], ['Batchfile', BATCHFILE],
    ['Lua', LUA], ['R', R], ['Julia', JULIA], ['Haskell', HASKELL], ['Elixir', ELIXIR], ['Erlang', ERLANG],
    ['Clojure', CLOJURE], ['OCaml', OCAML], ['F#', FSHARP], ['Nim', NIM], ['Zig', ZIG],
    ['Verilog', VERILOG], ['SystemVerilog', VERILOG], ['VHDL', VHDL], ['Fortran', FORTRAN], ['Visual Basic .NET', VISUAL_BASIC],
    ['SQL', SQL], ['HCL', HCL], ['TOML', TOML], ['Protocol Buffer', PROTOBUF], ['GraphQL', GRAPHQL], ['Nix', NIX],
    ['JSON with Comments', JSONC], ['JSON5', JSONC],
    ['CSS', CSS], ['SCSS', CSS_WITH_LINE_COMMENTS], ['Less', CSS_WITH_LINE_COMMENTS], ['Sass', CSS_WITH_LINE_COMMENTS],
    ['Makefile', MAKEFILE], ['CMake', CMAKE], ['Dockerfile', DOCKERFILE], ['TeX', TEX],
    ['INI', INI], ['EditorConfig', INI], ['Java Properties', PROPERTIES], ['Dotenv', DOTENV],
    ['Ignore List', LINE_START_HASH], ['Git Attributes', LINE_START_HASH], ['CODEOWNERS', LINE_START_HASH],
    ['Pip Requirements', syntax([lineComment('#', afterBlank)])], ['Just', HASH_ONLY], ['Go Module', syntax([SLASH])],
]);
/** Syntaxes the markup lexer uses for `<script>` and `<style>` elements. */
const SCRIPT_SYNTAX = JAVASCRIPT;
const STYLE_SYNTAX = CSS;
const STYLE_SYNTAX_WITH_LINE_COMMENTS = CSS_WITH_LINE_COMMENTS;

;// CONCATENATED MODULE: ./src/scanners/placeholders/language-handlers.ts

const SPECIAL = new Map([
    ['HTML', { kind: 'markup' }], ['XML', { kind: 'markup' }], ['SVG', { kind: 'markup' }],
    ['Vue', { kind: 'markup' }], ['Svelte', { kind: 'markup' }],
    ['YAML', { kind: 'yaml' }],
    ['Markdown', { kind: 'markdown' }], ['RMarkdown', { kind: 'markdown' }], ['MDX', { kind: 'markdown' }],
    ['Jupyter Notebook', { kind: 'notebook' }],
]);
const PYTHON_NAMES = new Set(['Python', 'Cython']);
const handlers = new Map(SPECIAL);
for (const [name, syntax] of CODE_SYNTAX)
    handlers.set(name, { kind: 'code', syntax, python: PYTHON_NAMES.has(name) });
/** Undefined for languages without comments the scanner knows (JSON, CSV, plain text). */
function language_handlers_languageHandler(languageName) {
    return handlers.get(languageName);
}

;// CONCATENATED MODULE: ./src/scanners/placeholders/lexer.ts

/** A character that is nothing to the lexer: no opener starts with it, it is not a word or a line break. */
const PLAIN = 0;
/** A word character no opener starts with: the word is skipped whole. */
const PLAIN_WORD = 1;
/** Anything else (an opener's first character, a line break) takes the full path. */
const lexer_SPECIAL = 2;
const compiled = new WeakMap();
function compile(syntax) {
    const cached = compiled.get(syntax);
    if (cached)
        return cached;
    const openers = new Array(128).fill(undefined);
    for (const opener of syntax.openers) {
        for (const char of opener.first) {
            const code = char.charCodeAt(0);
            const list = openers[code] ?? (openers[code] = []);
            list.push(opener);
        }
    }
    const classes = new Uint8Array(128);
    for (let code = 0; code < 128; code++) {
        if (openers[code] !== undefined || code === LF)
            classes[code] = lexer_SPECIAL;
        else if (isWordCode(code))
            classes[code] = PLAIN_WORD;
    }
    const result = { openers, classes };
    compiled.set(syntax, result);
    return result;
}
class Lexer {
    text;
    syntax;
    table;
    classes;
    to;
    until;
    spans;
    stack = [];
    pending = [];
    linesByFirstWord;
    constructor(text, syntax, table, classes, to, until, spans) {
        this.text = text;
        this.syntax = syntax;
        this.table = table;
        this.classes = classes;
        this.to = to;
        this.until = until;
        this.spans = spans;
    }
    run(from) {
        this.stack.push({ kind: 'code', closeChar: -1, nestChar: -1, depth: 0 });
        let at = from;
        while (at < this.to) {
            const frame = this.stack[this.stack.length - 1];
            if (frame.kind === 'string')
                at = this.string(frame, at);
            else if (at >= this.until)
                return;
            else
                at = this.code(frame, at);
        }
        const open = this.stack[this.stack.length - 1];
        if (open.kind === 'string')
            this.spans.push({ kind: 'string', start: open.spanStart, end: this.to, bodyStart: open.bodyStart, bodyEnd: this.to });
    }
    /** Scans code until the frame changes (a string opens, an interpolation closes) or `until`. */
    code(frame, from) {
        const { text, table, classes, until } = this;
        const { closeChar, nestChar } = frame;
        let at = from;
        while (at < until) {
            const code = text.charCodeAt(at);
            // Most characters are plain: skipped here without looking at frames or openers.
            if (code < 128) {
                const kind = classes[code];
                if (kind === PLAIN_WORD) {
                    at = this.skipWord(at);
                    continue;
                }
                if (kind === PLAIN && code !== closeChar && code !== nestChar) {
                    at++;
                    continue;
                }
            }
            if (code === LF) {
                at = this.pending.length > 0 ? this.heredocBodies(at + 1) : at + 1;
                continue;
            }
            if (code === closeChar) {
                if (frame.depth === 0) {
                    this.stack.pop();
                    const resumed = this.stack[this.stack.length - 1];
                    resumed.spanStart = at;
                    resumed.bodyStart = at + 1;
                    return at + 1;
                }
                frame.depth--;
            }
            else if (code === nestChar) {
                frame.depth++;
            }
            const openers = code < 128 ? table[code] : undefined;
            if (openers !== undefined) {
                const opening = this.firstOpening(openers, at, frame);
                if (opening !== undefined) {
                    const next = this.enter(opening, at);
                    if (opening.kind === 'string')
                        return next;
                    at = next;
                    continue;
                }
            }
            at = isWordCode(code) ? this.skipWord(at) : at + 1;
        }
        return at;
    }
    firstOpening(openers, at, frame) {
        for (const opener of openers) {
            const opening = opener.match(this.text, at);
            // A `#` inside `{...}` of an f-string is a format spec, not a comment.
            if (opening !== undefined && !(opening.kind === 'line-comment' && frame.closeChar !== -1))
                return opening;
        }
        return undefined;
    }
    skipWord(from) {
        const { text, to } = this;
        const numeric = this.syntax.digitSeparator === true && isDigitCode(text.charCodeAt(from));
        let at = from + 1;
        while (at < to) {
            const code = text.charCodeAt(at);
            if (isWordCode(code))
                at++;
            else if (numeric && code === 39 && isWordCode(text.charCodeAt(at + 1)))
                at += 2;
            else
                break;
        }
        return at;
    }
    enter(opening, at) {
        switch (opening.kind) {
            case 'line-comment': {
                const end = lineEndFrom(this.text, opening.bodyStart, this.to);
                this.spans.push({ kind: 'comment', start: at, end, bodyStart: opening.bodyStart, bodyEnd: withoutCarriageReturn(this.text, opening.bodyStart, end) });
                return end;
            }
            case 'measured-comment': {
                const end = Math.min(opening.end, this.to);
                this.spans.push({ kind: 'comment', start: at, end, bodyStart: opening.bodyStart, bodyEnd: withoutCarriageReturn(this.text, opening.bodyStart, end) });
                return end;
            }
            case 'block-comment': {
                const { bodyEnd, end } = this.blockEnd(opening.bodyStart, opening.open, opening.close, opening.nests);
                this.spans.push({ kind: 'comment', start: at, end, bodyStart: opening.bodyStart, bodyEnd });
                return end;
            }
            case 'string':
                this.stack.push({ kind: 'string', form: opening.form, spanStart: opening.start, bodyStart: opening.bodyStart });
                return opening.bodyStart;
            case 'heredoc':
                this.pending.push({ terminator: opening.terminator, indented: opening.indented });
                return opening.end;
            case 'skip':
                return opening.end;
        }
    }
    blockEnd(bodyStart, open, close, nests) {
        const { text, to } = this;
        if (!nests) {
            const found = text.indexOf(close, bodyStart);
            return found === -1 || found + close.length > to ? { bodyEnd: to, end: to } : { bodyEnd: found, end: found + close.length };
        }
        let depth = 1;
        let at = bodyStart;
        let nextOpen = text.indexOf(open, at);
        let nextClose = text.indexOf(close, at);
        while (nextClose !== -1 && nextClose + close.length <= to) {
            if (nextOpen !== -1 && nextOpen < nextClose) {
                depth++;
                at = nextOpen + open.length;
                nextOpen = text.indexOf(open, at);
                continue;
            }
            depth--;
            if (depth === 0)
                return { bodyEnd: nextClose, end: nextClose + close.length };
            at = nextClose + close.length;
            nextClose = text.indexOf(close, at);
            if (nextOpen !== -1 && nextOpen < at)
                nextOpen = text.indexOf(open, at);
        }
        return { bodyEnd: to, end: to };
    }
    /** Scans a string until it closes, opens an interpolation, or (single-line forms) the line ends. */
    string(frame, from) {
        const { text, to } = this;
        const { close, escape, doubled, multiline, interpolation, regexClass } = frame.form;
        const closeCode = close.charCodeAt(0);
        const openCode = interpolation === undefined ? -1 : interpolation.open.charCodeAt(0);
        let inClass = false;
        let at = from;
        while (at < to) {
            const code = text.charCodeAt(at);
            if (code === openCode && interpolation !== undefined && text.startsWith(interpolation.open, at)) {
                const width = interpolation.open.length;
                if (interpolation.doubledOpenIsLiteral && text.startsWith(interpolation.open, at + width)) {
                    at += 2 * width;
                    continue;
                }
                // The piece owns its `${`, as the resumed piece owns the `}`: brackets in code stay balanced.
                this.spans.push({ kind: 'string', start: frame.spanStart, end: at + width, bodyStart: frame.bodyStart, bodyEnd: at });
                this.stack.push({ kind: 'code', closeChar: interpolation.closeChar, nestChar: interpolation.nestChar, depth: 0 });
                return at + width;
            }
            if (code === escape) {
                at += 2;
                continue;
            }
            if (code === LF && !multiline) {
                this.stack.pop();
                this.spans.push({ kind: 'string', start: frame.spanStart, end: at, bodyStart: frame.bodyStart, bodyEnd: withoutCarriageReturn(text, frame.bodyStart, at) });
                return at;
            }
            if (regexClass === true) {
                if (code === 91)
                    inClass = true;
                else if (code === 93)
                    inClass = false;
                if (inClass) {
                    at++;
                    continue;
                }
            }
            if (code === closeCode && text.startsWith(close, at)) {
                if (doubled && text.startsWith(close, at + close.length)) {
                    at += 2 * close.length;
                    continue;
                }
                this.stack.pop();
                const end = Math.min(at + close.length, to);
                this.spans.push({ kind: 'string', start: frame.spanStart, end, bodyStart: frame.bodyStart, bodyEnd: at });
                return end;
            }
            at++;
        }
        return at;
    }
    /** Marks the bodies of heredocs opened on the line that just ended; `from` is the next line's start. */
    heredocBodies(from) {
        const { text, to } = this;
        let at = from;
        for (const heredoc of this.pending) {
            const terminatorLine = this.findTerminator(at, heredoc);
            if (terminatorLine === undefined)
                continue;
            const end = lineEndFrom(text, terminatorLine, to);
            this.spans.push({ kind: 'string', start: at, end, bodyStart: at, bodyEnd: terminatorLine });
            at = end;
        }
        this.pending = [];
        return at;
    }
    /**
     * The start of the first line at or after `from` that holds only the terminator. Lines are
     * indexed by their first word once, so a file full of `<<` never searches the text twice.
     */
    findTerminator(from, heredoc) {
        this.linesByFirstWord ??= indexLinesByFirstWord(this.text, this.to);
        const lines = this.linesByFirstWord.get(heredoc.terminator);
        if (lines === undefined)
            return undefined;
        let low = 0;
        let high = lines.length;
        while (low < high) {
            const middle = (low + high) >>> 1;
            if (lines[middle].lineStart < from)
                low = middle + 1;
            else
                high = middle;
        }
        for (let index = low; index < lines.length; index++) {
            const line = lines[index];
            if (heredoc.indented || line.atColumnZero)
                return line.lineStart;
        }
        return undefined;
    }
}
const FIRST_WORD = /[ \t]*([A-Za-z_][A-Za-z0-9_]*)/y;
/** Lines keyed by their first word when nothing but blanks and that word stand on them. */
function indexLinesByFirstWord(text, to) {
    const index = new Map();
    for (let lineStart = 0; lineStart < to;) {
        const lineEnd = lineEndFrom(text, lineStart, to);
        FIRST_WORD.lastIndex = lineStart;
        const match = FIRST_WORD.exec(text);
        if (match !== null && FIRST_WORD.lastIndex <= lineEnd) {
            let rest = FIRST_WORD.lastIndex;
            while (rest < lineEnd && isBlankCode(text.charCodeAt(rest)))
                rest++;
            // PHP closes with `EOT;` and `EOT)`: punctuation may follow the terminator, words may not.
            if (rest === lineEnd || !isWordCode(text.charCodeAt(rest))) {
                const word = match[1];
                const lines = index.get(word) ?? [];
                lines.push({ lineStart, atColumnZero: text.charCodeAt(lineStart) !== 32 && text.charCodeAt(lineStart) !== 9 });
                index.set(word, lines);
            }
        }
        lineStart = lineEnd + 1;
    }
    return index;
}
/**
 * Appends the comment and string spans of `text[from, to)` to `spans`, in order. With `until`, it
 * stops in code at or after that offset, so every span starting before `until` is there and the
 * rest of the file is not lexed: its last finding can be no further. (A string or comment open at
 * `until` is finished; an interpolation's remaining pieces start after it.)
 */
function lexInto(text, syntax, spans, from = 0, to = text.length, until = to) {
    const { openers, classes } = compile(syntax);
    new Lexer(text, syntax, openers, classes, to, Math.min(until, to), spans).run(from);
}
function lex(text, syntax, until = text.length) {
    const spans = [];
    lexInto(text, syntax, spans, 0, text.length, until);
    return spans;
}

;// CONCATENATED MODULE: ./src/scanners/placeholders/markup-lexer.ts


/**
 * HTML, XML, Vue and Svelte: `<!-- -->` comments and CDATA sections in the markup, and the
 * contents of `<script>` and `<style>` elements lexed as JavaScript and CSS. Markup text has no
 * string syntax (an apostrophe in prose is just an apostrophe), so only those constructs count.
 */
const EMBEDDED = /^<(script|style)\b/i;
const LANG_ATTRIBUTE = /\blang\s*=\s*["']?(scss|sass|less|stylus)\b/i;
function embeddedSyntax(element, openTag) {
    if (element === 'script')
        return SCRIPT_SYNTAX;
    return LANG_ATTRIBUTE.test(openTag) ? STYLE_SYNTAX_WITH_LINE_COMMENTS : STYLE_SYNTAX;
}
function closingTag(element) {
    return new RegExp(`</${element}\\s*>`, 'gi');
}
function lexMarkup(text) {
    const spans = [];
    let at = text.indexOf('<');
    while (at !== -1) {
        if (text.startsWith('<!--', at)) {
            const close = text.indexOf('-->', at + 4);
            const end = close === -1 ? text.length : close + 3;
            spans.push({ kind: 'comment', start: at, end, bodyStart: at + 4, bodyEnd: close === -1 ? text.length : close });
            at = text.indexOf('<', end);
            continue;
        }
        if (text.startsWith('<![CDATA[', at)) {
            const close = text.indexOf(']]>', at + 9);
            const end = close === -1 ? text.length : close + 3;
            spans.push({ kind: 'string', start: at, end, bodyStart: at + 9, bodyEnd: close === -1 ? text.length : close });
            at = text.indexOf('<', end);
            continue;
        }
        const embedded = EMBEDDED.exec(text.slice(at, at + 8));
        if (embedded !== null) {
            const element = embedded[1].toLowerCase();
            const tagEnd = text.indexOf('>', at);
            if (tagEnd === -1)
                break;
            if (text[tagEnd - 1] === '/') {
                at = text.indexOf('<', tagEnd);
                continue;
            }
            const closer = closingTag(element);
            closer.lastIndex = tagEnd + 1;
            const closed = closer.exec(text);
            const contentEnd = closed === null ? text.length : closed.index;
            lexInto(text, embeddedSyntax(element, text.slice(at, tagEnd)), spans, tagEnd + 1, contentEnd);
            at = text.indexOf('<', closed === null ? text.length : closer.lastIndex);
            continue;
        }
        at = text.indexOf('<', at + 1);
    }
    return spans;
}

;// CONCATENATED MODULE: ./src/scanners/placeholders/yaml-lexer.ts

/**
 * YAML needs its own lexer: a quote only starts a string where a value starts (`it's` in a plain
 * scalar is not one), `#` is a comment only after whitespace, and a block scalar (`run: |`) is a
 * string whose lines may hold an embedded script. A line of such a script that starts with `#` is
 * a comment of that script (workflow steps are the common case), so it counts as a comment.
 */
const DOUBLE_QUOTE = 34;
const yaml_lexer_SINGLE_QUOTE = 39;
const yaml_lexer_HASH = 35;
function isBlankOrEnd(text, at, lineEnd) {
    return at >= lineEnd || isBlankCode(text.charCodeAt(at));
}
/** The offset after a quoted scalar that opens at `at`; quoted scalars may continue on later lines. */
function quotedEnd(text, at) {
    const quote = text.charCodeAt(at);
    for (let i = at + 1; i < text.length; i++) {
        const code = text.charCodeAt(i);
        if (quote === DOUBLE_QUOTE && code === 92)
            i++;
        else if (code === quote) {
            if (quote === yaml_lexer_SINGLE_QUOTE && text.charCodeAt(i + 1) === yaml_lexer_SINGLE_QUOTE)
                i++;
            else
                return i + 1;
        }
    }
    return text.length;
}
class YamlLexer {
    text;
    spans = [];
    /** Content lines of the open block scalar are indented more than this; -1 when none is open. */
    blockIndent = -1;
    constructor(text) {
        this.text = text;
    }
    run() {
        let at = 0;
        while (at < this.text.length) {
            const lineEnd = lineEndFrom(this.text, at);
            at = this.blockIndent >= 0 && this.blockContent(at, lineEnd) ? lineEnd + 1 : this.line(at, lineEnd) + 1;
        }
        return this.spans;
    }
    blockContent(lineStart, lineEnd) {
        const { text } = this;
        let first = lineStart;
        while (first < lineEnd && (text.charCodeAt(first) === SPACE || text.charCodeAt(first) === TAB))
            first++;
        const contentEnd = withoutCarriageReturn(text, lineStart, lineEnd);
        if (first < contentEnd && first - lineStart <= this.blockIndent) {
            this.blockIndent = -1;
            return false;
        }
        if (first >= contentEnd)
            return true;
        const kind = text.charCodeAt(first) === yaml_lexer_HASH ? 'comment' : 'string';
        this.spans.push({ kind, start: first, end: contentEnd, bodyStart: kind === 'comment' ? first + 1 : first, bodyEnd: contentEnd });
        return true;
    }
    /** Lexes one line from `lineStart`; returns the offset of the newline that ends it (or the text's end). */
    line(lineStart, initialEnd) {
        const { text } = this;
        let lineEnd = initialEnd;
        let at = lineStart;
        while (at < lineEnd && text.charCodeAt(at) === SPACE)
            at++;
        const indent = at - lineStart;
        let valueStart = true;
        let sawKey = false;
        let ownerColumn = indent;
        while (at < lineEnd) {
            const code = text.charCodeAt(at);
            if (isBlankCode(code)) {
                at++;
                continue;
            }
            if (code === yaml_lexer_HASH && (at === lineStart || isBlankCode(text.charCodeAt(at - 1)))) {
                const end = withoutCarriageReturn(text, at, lineEnd);
                this.spans.push({ kind: 'comment', start: at, end, bodyStart: at + 1, bodyEnd: end });
                return lineEnd;
            }
            if (valueStart && (code === DOUBLE_QUOTE || code === yaml_lexer_SINGLE_QUOTE)) {
                const end = quotedEnd(text, at);
                this.spans.push({ kind: 'string', start: at, end, bodyStart: at + 1, bodyEnd: Math.max(at + 1, end - 1) });
                at = end;
                if (at > lineEnd)
                    lineEnd = lineEndFrom(text, at);
                valueStart = false;
                continue;
            }
            if (valueStart && (code === 124 || code === 62)) {
                let after = at + 1;
                while (after < lineEnd && /[-+0-9]/.test(text[after]))
                    after++;
                if (isBlankOrEnd(text, after, lineEnd)) {
                    this.blockIndent = sawKey ? ownerColumn : indent;
                    at = after;
                    valueStart = false;
                    continue;
                }
            }
            if ((code === 45 || code === 63) && valueStart && isBlankOrEnd(text, at + 1, lineEnd)) {
                at++;
                ownerColumn = at + 1 - lineStart;
                continue;
            }
            if (code === 58 && isBlankOrEnd(text, at + 1, lineEnd)) {
                sawKey = true;
                valueStart = true;
                at++;
                continue;
            }
            if (code === 91 || code === 123 || code === 44) {
                valueStart = true;
                at++;
                continue;
            }
            if (valueStart && (code === 38 || code === 33 || code === 42)) {
                while (at < lineEnd && !isBlankCode(text.charCodeAt(at)))
                    at++;
                continue;
            }
            if (valueStart && !sawKey)
                ownerColumn = at - lineStart;
            valueStart = false;
            at++;
        }
        return lineEnd;
    }
}
function lexYaml(text) {
    return new YamlLexer(text).run();
}

;// CONCATENATED MODULE: ./src/scanners/placeholders/markdown-lexer.ts

const FENCE = /^( *)(`{3,}|~{3,})(.*)$/;
const LIST_ITEM = /^ {0,3}(?:[-*+]|\d{1,9}[.)])(?:[ \t]|$)/;
const CONTAINER_MARKERS = /^[ \t]*(?:>[ \t]?)*(?:(?:[-*+]|\d{1,9}[.)])[ \t]+)?(?:\[[ xX]\][ \t]+)?(?:#{1,6}[ \t]+)?/;
/** The text `[from, to)` ends with `.`, `:`, `!` or `?` (trailing blanks aside): what follows opens a sentence. */
function endsSentence(text, from, to) {
    let last = to - 1;
    while (last >= from && (text.charCodeAt(last) === 32 || text.charCodeAt(last) === 9 || text.charCodeAt(last) === 13))
        last--;
    if (last < from)
        return false;
    const code = text.charCodeAt(last);
    return code === 46 || code === 58 || code === 33 || code === 63;
}
function indentWidth(text, start, end) {
    let width = 0;
    for (let i = start; i < end; i++) {
        const code = text.charCodeAt(i);
        if (code === SPACE)
            width++;
        else if (code === TAB)
            width += 4 - (width % 4);
        else
            break;
    }
    return width;
}
class MarkdownLexer {
    text;
    withProse;
    tags;
    spans = [];
    prose = [];
    fences = [];
    bracketed = [];
    fence;
    inList = false;
    previousBlank = true;
    previousEndsSentence = false;
    inIndentedCode = false;
    // Positions of the next backtick and the next `<!--`, kept across lines: each search resumes
    // where the last one was passed, so the whole file is searched once per needle.
    backtickAt = -2;
    commentAt = -2;
    constructor(text, withProse, 
    /** Without `withProse`, only block-opening lines that start with one of these are kept. */
    tags) {
        this.text = text;
        this.withProse = withProse;
        this.tags = tags;
    }
    run() {
        const { text } = this;
        let at = 0;
        while (at < text.length) {
            const lineEnd = lineEndFrom(text, at);
            at = this.line(at, withoutCarriageReturn(text, at, lineEnd), lineEnd) + 1;
        }
        if (this.fence !== undefined)
            this.closeFence(text.length);
        return { spans: this.spans, prose: this.prose, fences: this.fences, bracketed: this.bracketed };
    }
    closeFence(end) {
        const fence = this.fence;
        if (fence.language !== '')
            this.fences.push({ language: fence.language, bodyStart: fence.bodyStart, bodyEnd: Math.max(fence.bodyStart, end) });
        this.fence = undefined;
    }
    /**
     * Handles one line; returns the offset of the newline that ends what it consumed. The line is
     * sliced out only for the patterns its first character allows: most lines are plain text.
     */
    line(start, end, lineEnd) {
        const { text } = this;
        let first = start;
        let tabbed = false;
        for (; first < end; first++) {
            const code = text.charCodeAt(first);
            if (code === TAB)
                tabbed = true;
            else if (code !== SPACE)
                break;
        }
        const lead = first < end ? text.charCodeAt(first) : -1;
        // Other whitespace (a form feed, a no-break space) is rare enough to leave to trim().
        const blank = lead === -1 || ((lead < 33 || lead > 126) && text.slice(start, end).trim() === '');
        const mayFence = (lead === 96 || lead === 126) && !tabbed;
        if (this.fence !== undefined) {
            const match = mayFence ? FENCE.exec(text.slice(start, end)) : null;
            if (match && match[2][0] === this.fence.char && match[2].length >= this.fence.length && match[3].trim() === '') {
                this.closeFence(start);
            }
            return lineEnd;
        }
        const indent = indentWidth(text, start, end);
        const fence = mayFence ? FENCE.exec(text.slice(start, end)) : null;
        if (fence && (this.inList || fence[1].length <= 3) && !(fence[2][0] === '`' && fence[3].includes('`'))) {
            const language = /^\s*\{?\.?([\w+#-]*)/.exec(fence[3])?.[1] ?? '';
            this.fence = { char: fence[2][0], length: fence[2].length, language: language.toLowerCase(), bodyStart: Math.min(text.length, lineEnd + 1) };
            this.previousBlank = false;
            this.previousEndsSentence = false;
            return lineEnd;
        }
        if (!blank && indent >= 4 && !this.inList && (this.previousBlank || this.inIndentedCode)) {
            this.inIndentedCode = true;
            return lineEnd;
        }
        let listItem = false;
        if (!blank) {
            this.inIndentedCode = false;
            const mayListItem = lead === 45 || lead === 42 || lead === 43 || (lead >= 48 && lead <= 57);
            listItem = mayListItem && LIST_ITEM.test(text.slice(start, end));
            if (listItem)
                this.inList = true;
            else if (indent === 0 && this.previousBlank)
                this.inList = false;
        }
        const opensSentence = this.previousBlank || this.previousEndsSentence || listItem || lead === 62 || lead === 35;
        this.previousBlank = blank;
        this.previousEndsSentence = !blank && endsSentence(text, start, end);
        if (blank)
            return lineEnd;
        // A paragraph or list item that opens with a tag is always a candidate; every line only with markdown-prose.
        if (this.withProse) {
            const markers = CONTAINER_MARKERS.exec(text.slice(start, end));
            this.prose.push({ from: start + (markers === null ? 0 : markers[0].length), to: end, opensSentence });
        }
        else if (opensSentence) {
            const isMarker = lead === 45 || lead === 42 || lead === 43 || lead === 62 || lead === 35 || (lead >= 48 && lead <= 57);
            const from = isMarker ? start + (CONTAINER_MARKERS.exec(text.slice(start, end))?.[0].length ?? 0) : first;
            if (this.tags.some((tag) => text.startsWith(tag, from)))
                this.prose.push({ from, to: end, opensSentence });
        }
        this.bracketedTags(start, end);
        return this.inline(start, end, lineEnd);
    }
    bracketedTags(start, end) {
        const line = this.text.slice(start, end);
        if (!line.includes('('))
            return;
        for (const tag of this.tags) {
            for (let at = line.indexOf(`(${tag})`); at !== -1; at = line.indexOf(`(${tag})`, at + 1)) {
                this.bracketed.push({ at: start + at + 1, tag, from: start, to: end });
            }
        }
    }
    /** Finds HTML comments outside inline code; a comment may run over later lines. */
    inline(start, end, lineEnd) {
        const { text } = this;
        // A run length with no closing run from some point on has none from any later point either.
        let unclosed;
        let at = start;
        while (at < end) {
            const backtick = this.nextBacktick(at);
            const comment = this.nextComment(at);
            const next = backtick === -1 ? comment : comment === -1 ? backtick : Math.min(backtick, comment);
            if (next === -1 || next >= end)
                break;
            at = next;
            if (next === backtick) {
                let run = at;
                while (run < end && text.charCodeAt(run) === 96)
                    run++;
                const closing = unclosed?.has(run - at) === true ? -1 : this.closingBackticks(run, end, run - at);
                if (closing === -1)
                    (unclosed ??= new Set()).add(run - at);
                at = closing === -1 ? run : closing;
                continue;
            }
            const close = text.indexOf('-->', at + 4);
            const commentEnd = close === -1 ? text.length : close + 3;
            this.spans.push({ kind: 'comment', start: at, end: commentEnd, bodyStart: at + 4, bodyEnd: close === -1 ? text.length : close });
            if (commentEnd > lineEnd)
                return lineEndFrom(text, commentEnd);
            at = commentEnd;
        }
        return lineEnd;
    }
    nextBacktick(from) {
        if (this.backtickAt !== -1 && this.backtickAt < from)
            this.backtickAt = this.text.indexOf('`', from);
        return this.backtickAt;
    }
    nextComment(from) {
        if (this.commentAt !== -1 && this.commentAt < from)
            this.commentAt = this.text.indexOf('<!--', from);
        return this.commentAt;
    }
    /** The offset after a run of exactly `length` backticks closing an inline code span, or -1. */
    closingBackticks(from, end, length) {
        const { text } = this;
        let at = from;
        while (at < end) {
            const found = text.indexOf('`', at);
            if (found === -1 || found >= end)
                return -1;
            let run = found;
            while (run < end && text.charCodeAt(run) === 96)
                run++;
            if (run - found === length)
                return run;
            at = run;
        }
        return -1;
    }
}
function lexMarkdown(text, withProse, tags = []) {
    return new MarkdownLexer(text, withProse, tags).run();
}

;// CONCATENATED MODULE: ./src/scanners/placeholders/fenced-code.ts
/**
 * Comments in a Markdown code block that names its language are comments of that language: a
 * maintainer's `# TODO: update the checkpoint once it is published` in a docs example is a note
 * left for later. Blocks without a language, console sessions and output are text, and stay out;
 * so do stubs (an example may stop at `todo!()` on purpose).
 */
/** Info-string words → the scanner's language names. */
const FENCE_LANGUAGES = {
    python: 'Python', py: 'Python', python3: 'Python', js: 'JavaScript', javascript: 'JavaScript', jsx: 'JavaScript', mjs: 'JavaScript',
    ts: 'TypeScript', typescript: 'TypeScript', tsx: 'TypeScript', rust: 'Rust', rs: 'Rust', go: 'Go', golang: 'Go',
    sh: 'Shell', bash: 'Shell', shell: 'Shell', zsh: 'Shell', yaml: 'YAML', yml: 'YAML', toml: 'TOML', c: 'C', h: 'C',
    cpp: 'C++', 'c++': 'C++', cxx: 'C++', java: 'Java', kotlin: 'Kotlin', kt: 'Kotlin', ruby: 'Ruby', rb: 'Ruby', sql: 'SQL',
    r: 'R', julia: 'Julia', scala: 'Scala', swift: 'Swift', php: 'PHP', lua: 'Lua', cs: 'C#', csharp: 'C#', dart: 'Dart',
    dockerfile: 'Dockerfile', docker: 'Dockerfile', hcl: 'HCL', terraform: 'HCL', ini: 'INI', perl: 'Perl', elixir: 'Elixir',
};
/** True when a hit falls in `[from, to)`: hits are sorted, so a binary search answers. */
function hasHitIn(hits, from, to) {
    let low = 0;
    let high = hits.length;
    while (low < high) {
        const middle = (low + high) >>> 1;
        if (hits[middle].at < from)
            low = middle + 1;
        else
            high = middle;
    }
    return low < hits.length && hits[low].at < to;
}
function fencedCodeTags(text, fences, hits, lines, scanBlock) {
    const found = [];
    for (const fence of fences) {
        const language = FENCE_LANGUAGES[fence.language];
        if (language === undefined || !hasHitIn(hits, fence.bodyStart, fence.bodyEnd))
            continue;
        const offset = lines().lineOf(fence.bodyStart);
        for (const finding of scanBlock(language, text.slice(fence.bodyStart, fence.bodyEnd))) {
            if (finding.kind === 'comment')
                found.push({ ...finding, line: finding.line + offset });
        }
    }
    return found;
}

;// CONCATENATED MODULE: ./src/scanners/placeholders/notebook.ts
/** Kernel language names as notebooks write them → the names the scanner knows. */
const KERNEL_LANGUAGES = {
    python: 'Python', python3: 'Python', r: 'R', julia: 'Julia', scala: 'Scala', javascript: 'JavaScript', typescript: 'TypeScript',
    bash: 'Shell', sh: 'Shell', ruby: 'Ruby', go: 'Go', rust: 'Rust', java: 'Java', 'c++': 'C++', cpp: 'C++', c: 'C', sql: 'SQL',
};
function record(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? value : {};
}
function notebookLanguage(notebook) {
    const metadata = record(notebook.metadata);
    const name = record(metadata.language_info).name ?? record(metadata.kernelspec).language;
    return typeof name === 'string' ? (KERNEL_LANGUAGES[name.toLowerCase()] ?? 'Python') : 'Python';
}
function lineStarts(text) {
    const starts = [0];
    for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1))
        starts.push(at + 1);
    return starts;
}
function lineOf(starts, offset) {
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
        const middle = (low + high + 1) >> 1;
        if (starts[middle] <= offset)
            low = middle;
        else
            high = middle - 1;
    }
    return low;
}
/**
 * The code and Markdown cells of a notebook, each line placed at the `.ipynb` line that holds it:
 * a cell's lines are searched for, JSON-encoded, in file order after the previous one.
 */
function cellsOf(text) {
    let notebook;
    try {
        notebook = record(JSON.parse(text));
    }
    catch (error) {
        if (!(error instanceof SyntaxError))
            throw error;
        return undefined;
    }
    if (!Array.isArray(notebook.cells))
        return undefined;
    const language = notebookLanguage(notebook);
    const starts = lineStarts(text);
    const cells = [];
    let cursor = 0;
    for (const cell of notebook.cells) {
        const entry = record(cell);
        const kind = entry.cell_type;
        if (kind !== 'code' && kind !== 'markdown')
            continue;
        const source = Array.isArray(entry.source) ? entry.source.filter((line) => typeof line === 'string') : typeof entry.source === 'string' ? entry.source.split(/(?<=\n)/) : [];
        const lines = [];
        const fileLines = [];
        const columns = [];
        for (const line of source) {
            const encoded = JSON.stringify(line);
            const at = text.indexOf(encoded, cursor);
            if (at === -1)
                continue;
            cursor = at + encoded.length;
            lines.push(line.replace(/\n$/, ''));
            fileLines.push(lineOf(starts, at));
            columns.push(at - starts[lineOf(starts, at)] + 1);
        }
        cells.push({ language: kind === 'markdown' ? 'Markdown' : language, lines, fileLines, columns });
    }
    return cells;
}
/**
 * Placeholders in a Jupyter notebook: each code cell is scanned in the notebook's language, each
 * Markdown cell as Markdown, and every finding points at the line of the `.ipynb` file that holds
 * its text. Outputs are not read: they are what the code printed.
 */
function scanNotebook(path, text, settings, fingerprints, scan) {
    const cells = cellsOf(text);
    if (cells === undefined)
        return [];
    const findings = [];
    for (const cell of cells) {
        if (cell.lines.length === 0)
            continue;
        for (const finding of scan(path, cell.language, cell.lines.join('\n'), settings, fingerprints)) {
            const index = finding.line - 1;
            const fileLine = cell.fileLines[index];
            if (fileLine === undefined)
                continue;
            findings.push({ ...finding, line: fileLine + 1, column: (cell.columns[index] ?? 0) + finding.column });
        }
    }
    return findings;
}

;// CONCATENATED MODULE: ./src/scanners/placeholders/modeline.ts
/**
 * A file that says what language it is written in: Emacs's `-*- tcl -*-` or `-*- mode: python -*-`
 * and Vim's `vim: set ft=tcl:` on its first line, or its second after a `#!` line. git's
 * `git-gui.sh` is Tcl that starts as a shell script: read as shell, its quotes hide its comments.
 */
const MODE_NAMES = {
    tcl: 'Tcl', python: 'Python', perl: 'Perl', cperl: 'Perl', ruby: 'Ruby', sh: 'Shell', 'shell-script': 'Shell', bash: 'Shell',
    c: 'C', 'c++': 'C++', js: 'JavaScript', javascript: 'JavaScript', lua: 'Lua', makefile: 'Makefile', yaml: 'YAML',
};
const EMACS = /-\*-\s*(?:[^:;]*?;\s*)*?(?:mode:\s*)?([\w+-]+)\s*(?:;[^*]*)?-\*-/i;
const VIM = /\bvim?:\s*(?:set\s+)?(?:[^:]*\s)?(?:ft|filetype|syntax)=([\w+-]+)/;
/** The language the file's mode line names, when the scanner knows it; looks at the first two lines only. */
function modelineLanguage(text) {
    const head = text.slice(0, 400);
    if (!head.includes('-*-') && !head.includes('vim'))
        return undefined;
    const lines = head.split('\n', 2);
    const candidates = lines[0]?.startsWith('#!') === true ? lines : lines.slice(0, 1);
    for (const line of candidates) {
        const emacs = EMACS.exec(line);
        if (emacs !== null && !/^coding$/i.test(emacs[1])) {
            const name = MODE_NAMES[emacs[1].toLowerCase()];
            if (name !== undefined)
                return name;
        }
        const vim = VIM.exec(line);
        if (vim !== null) {
            const name = MODE_NAMES[vim[1].toLowerCase()];
            if (name !== undefined)
                return name;
        }
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/scanners/placeholders/span-index.ts
/** Lookups over spans sorted by start and not overlapping, as every lexer here produces them. */
/** Index of the first span whose end is after `offset` (it may start after `offset` too). */
function firstSpanEndingAfter(spans, offset) {
    let low = 0;
    let high = spans.length;
    while (low < high) {
        const middle = (low + high) >>> 1;
        if (spans[middle].end <= offset)
            low = middle + 1;
        else
            high = middle;
    }
    return low;
}
/** The span containing `offset`, or undefined when the offset is code. */
function spanAt(spans, offset) {
    const span = spans[firstSpanEndingAfter(spans, offset)];
    return span !== undefined && span.start <= offset ? span : undefined;
}
/**
 * Offsets where each line starts, for turning offsets into 1-based line and column. Lines are
 * indexed only as far as the offsets asked about: findings are usually few and early.
 */
class LineIndex {
    text;
    starts = [0];
    /** Lines are indexed up to here; -1 once the whole text is. */
    scanned = 0;
    constructor(text) {
        this.text = text;
    }
    /** Next `\n` and `\r` at or after `scanned`, each found once: a text without `\r` pays one search for it. */
    nextLineFeed = -2;
    nextCarriageReturn = -2;
    /** Indexes lines until the line after the one holding `offset` is known, or the text ends. */
    reach(offset) {
        const { starts } = this;
        while (this.scanned !== -1 && starts[starts.length - 1] <= offset) {
            this.scanned = this.nextLineStart(this.scanned);
            if (this.scanned !== -1)
                starts.push(this.scanned);
        }
    }
    /** Just past the line break at or after `from` (`\r\n`, `\n` or a lone `\r`, as line-breaks.ts says); -1 at the end. */
    nextLineStart(from) {
        const { text } = this;
        if (this.nextLineFeed !== -1 && this.nextLineFeed < from)
            this.nextLineFeed = text.indexOf('\n', from);
        if (this.nextCarriageReturn !== -1 && this.nextCarriageReturn < from)
            this.nextCarriageReturn = text.indexOf('\r', from);
        const lineFeed = this.nextLineFeed;
        const carriageReturn = this.nextCarriageReturn;
        if (carriageReturn !== -1 && (lineFeed === -1 || carriageReturn < lineFeed)) {
            return carriageReturn + 1 === lineFeed ? lineFeed + 1 : carriageReturn + 1;
        }
        return lineFeed === -1 ? -1 : lineFeed + 1;
    }
    /** 0-based line number of `offset`. */
    lineOf(offset) {
        this.reach(offset);
        const { starts } = this;
        let low = 0;
        let high = starts.length - 1;
        while (low < high) {
            const middle = (low + high + 1) >>> 1;
            if (starts[middle] <= offset)
                low = middle;
            else
                high = middle - 1;
        }
        return low;
    }
    /** Start of a line already reached through `lineOf`. */
    startOf(line) {
        return this.starts[line];
    }
    /** Where the line's content ends, before its `\n`, `\r\n` or lone `\r`. */
    endOf(line) {
        const start = this.startOf(line);
        const next = this.starts[line + 1];
        const end = next === undefined ? this.text.length : next - 1;
        return end > start && this.text.charCodeAt(end - 1) === 13 && this.text.charCodeAt(end) === 10 ? end - 1 : end;
    }
    textOf(line) {
        return this.text.slice(this.startOf(line), this.endOf(line));
    }
}

;// CONCATENATED MODULE: ./src/scanners/placeholders/markup-prose.ts



/**
 * The prose lines of AsciiDoc and reStructuredText that open with a tag: a paragraph's first line
 * or a list item at the left margin, or a line after one that ended a sentence. An indented line
 * that opens a block is left out on purpose: in both formats it is a literal block, a directive
 * body or an example, and a `TAG:` there is shown, not left. Lines in comments and listing blocks
 * are the lexer's already.
 */
const PROSE_MARKUP = new Set(['AsciiDoc', 'reStructuredText']);
/** `* `, `** `, `- `, `+ `, `. `, `1. `, `1) `, `#. `, `a. `: the markers that open a list item in either format. */
const LIST_MARKER = /^(?:[*.]{1,5}|[-+]|#\.|\d{1,9}[.)]|[a-zA-Z][.)])[ \t]+/;
const UNDERLINE = /^([-=~^+*#])\1+\s*$/;
function lineStartOf(text, at) {
    return text.lastIndexOf('\n', at - 1) + 1;
}
function markupProseLines(text, spans, hits) {
    const lines = [];
    let lastLine = -1;
    for (const hit of hits) {
        const start = lineStartOf(text, hit.at);
        if (start === lastLine || spanAt(spans, hit.at) !== undefined)
            continue;
        const indent = indentEnd(text, start, hit.at);
        const marker = LIST_MARKER.exec(text.slice(indent, Math.min(hit.at, indent + 12)));
        const from = indent + (marker === null ? 0 : marker[0].length);
        if (from !== hit.at || !opensNote(text, start, indent, marker !== null))
            continue;
        lastLine = start;
        const end = text.indexOf('\n', hit.at);
        lines.push({ from, to: end === -1 ? text.length : end, opensSentence: true });
    }
    return lines;
}
function indentEnd(text, from, to) {
    let at = from;
    while (at < to && (text.charCodeAt(at) === 32 || text.charCodeAt(at) === 9))
        at++;
    return at;
}
/**
 * A line at the margin that opens a paragraph or a list item, or one that follows a sentence
 * ending on the margin's line before. An indented first line is a literal block; an indented line
 * after a paragraph's line wraps that paragraph.
 */
function opensNote(text, start, indent, listItem) {
    if (start === 0)
        return indent === start;
    const previousStart = lineStartOf(text, start - 1);
    // A blank line or a title's underline (`-----`, `=====`) ends the block before.
    if (isBlankRange(text, previousStart, start - 1) || UNDERLINE.test(text.slice(previousStart, start - 1)))
        return indent === start;
    if (listItem && indent === start)
        return true;
    const previousIndented = text.charCodeAt(previousStart) === 32 || text.charCodeAt(previousStart) === 9;
    return !previousIndented && endsSentence(text, previousStart, start - 1);
}

;// CONCATENATED MODULE: ./src/scanners/placeholders/python-lines.ts



const OTHER = 0;
const BLANK = 1;
const OPENER = 2;
const CLOSER = 3;
/** Per ASCII character, what the logical-line scan cares about; one load instead of a chain of tests. */
const CHAR_CLASS = new Uint8Array(128);
CHAR_CLASS[32] = BLANK;
CHAR_CLASS[9] = BLANK;
CHAR_CLASS[13] = BLANK;
CHAR_CLASS[40] = OPENER;
CHAR_CLASS[91] = OPENER;
CHAR_CLASS[123] = OPENER;
CHAR_CLASS[41] = CLOSER;
CHAR_CLASS[93] = CLOSER;
CHAR_CLASS[125] = CLOSER;
function logicalLines(text, spans) {
    const lines = [];
    let cursor = 0;
    let depth = 0;
    let continued = false;
    let start = -1;
    let indent = 0;
    let at = 0;
    while (at < text.length) {
        let lineEnd = lineEndFrom(text, at);
        if (start === -1 || (depth === 0 && !continued)) {
            let first = at;
            while (first < lineEnd && isBlankCode(text.charCodeAt(first)))
                first++;
            while (cursor < spans.length && spans[cursor].end <= first)
                cursor++;
            const span = spans[cursor];
            const commentOnly = span !== undefined && span.kind === 'comment' && span.start === first;
            if (first >= lineEnd || commentOnly) {
                at = lineEnd + 1;
                continue;
            }
            start = first;
            indent = first - at;
            depth = 0;
        }
        let lastCode = -1;
        let i = at;
        while (i < lineEnd) {
            const span = spans[cursor];
            if (span !== undefined && span.start <= i) {
                if (span.kind === 'string')
                    lastCode = span.end - 1;
                i = Math.max(i + 1, span.end);
                cursor++;
                if (i > lineEnd)
                    lineEnd = lineEndFrom(text, i);
                continue;
            }
            // Code up to the next string or comment, or the line end: brackets and the last non-blank.
            const limit = span === undefined || span.start > lineEnd ? lineEnd : span.start;
            for (; i < limit; i++) {
                const code = text.charCodeAt(i);
                const kind = code < 128 ? CHAR_CLASS[code] : OTHER;
                if (kind === BLANK)
                    continue;
                lastCode = i;
                if (kind === OPENER)
                    depth++;
                else if (kind === CLOSER && depth > 0)
                    depth--;
            }
        }
        continued = lastCode !== -1 && text.charCodeAt(lastCode) === 92;
        if (depth === 0 && !continued) {
            lines.push({ start, end: withoutCarriageReturn(text, start, lineEnd), indent });
            start = -1;
        }
        at = lineEnd + 1;
    }
    if (start !== -1)
        lines.push({ start, end: withoutCarriageReturn(text, start, text.length), indent });
    return lines;
}
/**
 * The code of `text[from, to)` with comments removed and whitespace collapsed: what a statement
 * says, for matching headers such as `def f(x):` and bodies such as `pass`.
 */
function codeText(text, spans, from, to) {
    const first = firstSpanEndingAfter(spans, from);
    let index = first;
    while (index < spans.length && spans[index].start < to && spans[index].kind !== 'comment')
        index++;
    if (index === spans.length || spans[index].start >= to)
        return collapseWhitespace(text, from, to);
    const parts = [];
    let at = from;
    for (index = first; index < spans.length && at < to; index++) {
        const span = spans[index];
        if (span.start >= to)
            break;
        if (span.kind === 'comment') {
            if (span.start > at)
                parts.push(text.slice(at, span.start));
            at = span.end;
        }
    }
    if (at < to)
        parts.push(text.slice(at, to));
    return collapseWhitespace(parts.join(''));
}
/** The offset of the first `:` at bracket depth 0 outside strings: where a `def` or `class` header ends. */
function headerColon(text, spans, from, to) {
    let depth = 0;
    let index = firstSpanEndingAfter(spans, from);
    for (let at = from; at < to; at++) {
        const span = spans[index];
        if (span !== undefined && span.start <= at) {
            at = span.end - 1;
            index++;
            continue;
        }
        const code = text.charCodeAt(at);
        const kind = code < 128 ? CHAR_CLASS[code] : OTHER;
        if (kind === OPENER)
            depth++;
        else if (kind === CLOSER)
            depth--;
        else if (code === 58 && depth === 0)
            return at;
    }
    return -1;
}
/** `keyword` stands at `at` as a whole word (`def`, not `define`). */
function startsWithKeyword(text, at, keyword) {
    return text.startsWith(keyword, at) && !isAsciiWordCode(text.charCodeAt(at + keyword.length));
}

;// CONCATENATED MODULE: ./src/scanners/placeholders/stub-messages.ts
/**
 * What the message of a "not implemented" statement says, in any language: whether the work is
 * still to come, left to someone else, or not meant to exist.
 */
/** "not yet supported", "does not support X yet", "currently not implemented": said of work still to come. */
const NOT_YET = /\(yet\)|\bnot\s+yet\b|\byet\s+to\b|\b(?:supported|implemented|support\s+[\w\s`'"-]{1,60})\s+yet\b|\bdoes(?: not|n't) yet\b/i;
/**
 * Said of work still to come ("not yet implemented", "TODO", "coming soon"): unfinished code even
 * in a base class. A bare "is not implemented" is what a base class's hook says too.
 */
const STILL_TO_COME = new RegExp(`${NOT_YET.source}|\\bTODO\\b|\\bcoming soon\\b|\\bnot (?:done|written|finished) yet\\b`, 'i');
/** "must be implemented by subclasses", "override this", "implement in a subclass", "transport must implement send". */
const SUBCLASS_DUTY = /\bsub-?class(?:es)?\b|\boverrid(?:e|den|ing)\b|\bderived class|\bchild class|\bmust (?:be )?implement|\bshould (?:be )?implement|\bneeds? to be implemented|\bto be implemented by|\bimplement(?:ed)? (?:it |this )?(?:in|by) (?:the |a |each |your )?(?:sub|child|derived|concrete)/i;
/** Code that exists for the API docs only (`todo!("For doc generation only")`), or a shim pointing elsewhere (`Use X instead`). */
const NOT_MEANT_TO_RUN = /\bfor doc(?:s|umentation)?\b|\bdoc(?:s|umentation)? (?:generation )?only\b|\binstead\b|\bdeprecated\b|\bno longer\b/i;
/**
 * "Backward pass is not implemented for Sage attention", "not implemented for sparse tensors": a
 * case the code declines, named in the message. Without "yet" it is a limitation, not a gap.
 */
const DECLINED_CASE = /\bnot (?:implemented|supported) (?:for|on|with|when|in)\b/i;

;// CONCATENATED MODULE: ./src/scanners/placeholders/python-docstrings.ts



/**
 * Whether a Python string is a docstring: a plain string statement that is the first statement of
 * the module, or of a `def` or `class` whose body starts on the next line. A tag in a docstring is
 * a placeholder; a tag in any other string is data.
 *
 * Decided from the string's own line and the statement before it, walking backwards, instead of
 * from the whole file's logical lines: most files with a tag in a string have no stub to look
 * for, and their structure would cost more than the rest of their scan.
 */
/** A plain string that is a statement of its own: nothing but blanks before it on its line, nothing after it. */
function isStringStatement(text, spans, span) {
    if (span.kind !== 'string' || /[fFbBtT]/.test(text.slice(span.start, span.bodyStart)))
        return false;
    const lineStart = physicalLineStart(text, span.start);
    for (let at = lineStart; at < span.start; at++)
        if (!isBlankCode(text.charCodeAt(at)))
            return false;
    const rest = codeText(text, spans, span.end, withoutCarriageReturn(text, span.end, lineEndFrom(text, span.end)));
    if (rest !== '' && rest !== ';')
        return false;
    // A string on a line of its own may still be part of an expression: `x = (\n    "TODO"\n)`, a dict value.
    const index = firstSpanEndingAfter(spans, span.start);
    const previous = lastCodeBefore(text, spans, index, lineStart);
    if (previous === -1)
        return true;
    const code = text.charCodeAt(previous);
    if (code === 44 || code === 61 || code === 92 || code === 43)
        return false;
    return !insideBrackets(text, spans, index, span.start);
}
/** How far back an open bracket is looked for; a statement string that opens with a tag is rare. */
const BRACKET_REACH = 20_000;
/** An unclosed `(`, `[` or `{` before `at` (outside strings and comments): the string is inside an expression. */
function insideBrackets(text, spans, spanIndex, at) {
    let depth = 0;
    let index = spanIndex - 1;
    const stop = Math.max(0, at - BRACKET_REACH);
    for (let i = at - 1; i >= stop; i--) {
        const span = index >= 0 ? spans[index] : undefined;
        if (span !== undefined && i < span.end) {
            if (i >= span.start) {
                i = span.start;
                index--;
                continue;
            }
            index--;
        }
        const code = text.charCodeAt(i);
        if (code === 41 || code === 93 || code === 125)
            depth++;
        else if (code === 40 || code === 91 || code === 123) {
            if (depth === 0)
                return true;
            depth--;
        }
    }
    return false;
}
function isDocstring(text, spans, span) {
    if (span.kind !== 'string' || /[fFbBtT]/.test(text.slice(span.start, span.bodyStart)))
        return false;
    const lineStart = physicalLineStart(text, span.start);
    for (let at = lineStart; at < span.start; at++)
        if (!isBlankCode(text.charCodeAt(at)))
            return false;
    const rest = codeText(text, spans, span.end, withoutCarriageReturn(text, span.end, lineEndFrom(text, span.end)));
    if (rest !== '' && rest !== ';')
        return false;
    const index = firstSpanEndingAfter(spans, span.start);
    const previous = lastCodeBefore(text, spans, index, lineStart);
    // Nothing but blank lines and comments before it: the module's first statement.
    if (previous === -1)
        return true;
    if (text.charCodeAt(previous) !== 58)
        return false;
    const header = statementStart(text, spans, index, previous);
    if (header === -1 || !(startsWithKeyword(text, header, 'def') || startsWithKeyword(text, header, 'class') || startsWithKeyword(text, header, 'async')))
        return false;
    const headerEnd = withoutCarriageReturn(text, previous, lineEndFrom(text, previous));
    const colon = headerColon(text, spans, header, headerEnd);
    if (colon !== -1 && codeText(text, spans, colon + 1, headerEnd) !== '')
        return false;
    return span.start - lineStart > header - physicalLineStart(text, header);
}
function physicalLineStart(text, at) {
    return text.lastIndexOf('\n', at - 1) + 1;
}
/**
 * The offset of the last code character before `before`, passing blanks, line breaks and
 * comments (a string counts as code); -1 when there is none. `spanIndex` is the index of the
 * first span that starts at or after `before`.
 */
function lastCodeBefore(text, spans, spanIndex, before) {
    let index = spanIndex - 1;
    for (let at = before - 1; at >= 0; at--) {
        const span = spans[index];
        if (span !== undefined && span.end > at) {
            if (span.kind === 'string')
                return at;
            at = span.start;
            index--;
            continue;
        }
        const code = text.charCodeAt(at);
        if (code !== LF && !isBlankCode(code))
            return at;
    }
    return -1;
}
/**
 * Where the statement whose code ends at `end` starts: walking back over its physical lines while
 * a bracket closed later is open or a line ends in `\`. -1 when an opening bracket is never
 * closed, that is, when `end` is itself inside brackets.
 */
function statementStart(text, spans, spanIndex, end) {
    let index = spanIndex - 1;
    while (index >= 0 && spans[index].start > end)
        index--;
    let depth = 0;
    for (let at = end; at >= 0; at--) {
        const span = spans[index];
        if (span !== undefined && span.end > at) {
            at = span.start;
            index--;
            continue;
        }
        const code = text.charCodeAt(at);
        if (code === 41 || code === 93 || code === 125)
            depth++;
        else if (code === 40 || code === 91 || code === 123) {
            if (--depth < 0)
                return -1;
        }
        else if (code === LF && depth === 0 && !continuedLine(text, spans, index, at)) {
            return firstNonBlank(text, at + 1);
        }
    }
    return depth === 0 ? firstNonBlank(text, 0) : -1;
}
/** The line ending at the line break `newline` ends in a `\` that is code, so the statement goes on. */
function continuedLine(text, spans, index, newline) {
    const last = withoutCarriageReturn(text, 0, newline) - 1;
    if (last < 0 || text.charCodeAt(last) !== 92)
        return false;
    const span = spans[index];
    return span === undefined || span.end <= last;
}
function firstNonBlank(text, from) {
    let at = from;
    while (at < text.length && isBlankCode(text.charCodeAt(at)))
        at++;
    return at;
}

;// CONCATENATED MODULE: ./src/scanners/placeholders/python-classes.ts
/** Bases that make a class an interface: its methods are declarations for subclasses. */
const INTERFACE_BASES = new Set(['ABC', 'ABCMeta', 'Protocol', 'Generic', 'Interface', 'ZopeInterface']);
/** Names people give interfaces and mixins. */
const INTERFACE_NAME = /^(?:Base|Abstract|I[A-Z])|(?:Base|Mixin|Interface|Protocol|ABC)$/;
function python_classes_isInterfaceBase(name) {
    return INTERFACE_BASES.has(name) || INTERFACE_NAME.test(name);
}
const CLASS_HEAD = /class[ \t]+([A-Za-z_]\w*)[ \t]*(?:\(([^)\n]{0,400})\)?)?/y;
const DEF_HEAD = /(?:async[ \t]+)?def[ \t]+([A-Za-z_]\w*)/y;
/** The indentation before `at` when only blanks stand between it and the start of its line; -1 otherwise. */
function lineIndent(text, at) {
    let width = 0;
    for (let i = at - 1; i >= 0; i--) {
        const code = text.charCodeAt(i);
        if (code === 10)
            return width;
        if (code === 32)
            width++;
        else if (code === 9)
            width += 8;
        else
            return -1;
    }
    return width;
}
/**
 * The names of a class's bases as written, without module prefixes or generic arguments;
 * `keywordValues` also keeps the values of keyword arguments (`metaclass=ABCMeta`).
 */
function baseNames(list, keywordValues = false) {
    if (list === undefined)
        return [];
    return list
        .split(',')
        .map((base) => base.trim())
        .filter((base) => base !== '' && !base.startsWith('*') && (keywordValues || !base.includes('=')))
        .map((base) => (base.includes('=') ? base.slice(base.indexOf('=') + 1).trim() : base))
        .map((base) => base.replace(/\[.*$/s, ''))
        .map((base) => base.slice(base.lastIndexOf('.') + 1))
        .filter((base) => /^[A-Za-z_]\w*$/.test(base) && base !== 'object');
}
/**
 * Every class a Python file declares, with its bases and the methods written directly in it, read
 * from the declarations' lines alone. It feeds the cross-file class index, so it runs on every
 * Python file: one regular-expression pass, without the structure the stub rules need. A
 * declaration inside a string can only add a class, which can only keep a stub out.
 */
function pythonClasses(text) {
    let nextClass = text.indexOf('class ');
    if (nextClass === -1)
        return [];
    const classes = [];
    const open = [];
    const close = (indent) => {
        while (open.length > 0 && open[open.length - 1].indent >= indent) {
            const done = open.pop();
            classes.push({ name: done.name, bases: done.bases, methods: done.methods });
        }
    };
    // Only the words are visited, not every line: most of a file is neither.
    let nextDef = text.indexOf('def ');
    while (nextClass !== -1 || nextDef !== -1) {
        const isClass = nextDef === -1 || (nextClass !== -1 && nextClass < nextDef);
        let at = isClass ? nextClass : nextDef;
        if (isClass)
            nextClass = text.indexOf('class ', at + 6);
        else
            nextDef = text.indexOf('def ', at + 4);
        if (!isClass && at >= 6 && text.startsWith('async', at - 6) && /[ \t]/.test(text[at - 1]))
            at -= 6;
        const indent = lineIndent(text, at);
        if (indent === -1)
            continue;
        const pattern = isClass ? CLASS_HEAD : DEF_HEAD;
        pattern.lastIndex = at;
        const match = pattern.exec(text);
        if (match === null)
            continue;
        if (isClass) {
            close(indent);
            const owner = open[open.length - 1];
            if (owner !== undefined)
                owner.bodyIndent ??= indent;
            open.push({ indent, name: match[1], bases: baseNames(match[2]), methods: [] });
        }
        else {
            close(indent);
            const owner = open[open.length - 1];
            if (owner !== undefined && indent > owner.indent) {
                owner.bodyIndent ??= indent;
                if (indent === owner.bodyIndent)
                    owner.methods.push(match[1]);
            }
        }
    }
    close(-1);
    return classes;
}

;// CONCATENATED MODULE: ./src/scanners/placeholders/finding-text.ts
/** Shortening of the text a finding shows. */
const MAX_TEXT = 200;
/** At most MAX_TEXT characters, with an ellipsis when something was cut. */
function clip(text) {
    return text.length <= MAX_TEXT ? text : `${text.slice(0, MAX_TEXT - 1)}…`;
}

;// CONCATENATED MODULE: ./src/scanners/placeholders/python-stubs.ts







const TEST_FILE = /(?:^|\/)(?:tests?|testing)\/|(?:^|\/)(?:test_[^/]*|[^/]*_test|conftest)\.py$/;
function isPythonTestFile(path) {
    return TEST_FILE.test(path);
}
const EXEMPT_DECORATORS = new Set(['abstractmethod', 'abstractproperty', 'abstractclassmethod', 'abstractstaticmethod', 'overload']);
/** `@override` (typing, typing_extensions, overrides): the method is a hook of a base class. `setter`/`deleter`: a property that refuses. */
const HOOK_DECORATORS = new Set(['override', 'overrides', 'setter', 'deleter']);
/** A docstring that presents the method as a hook for others to fill. */
const HOOK_DOCSTRING = /\byou (?:should|must|can|may) (?:provide|implement|override|define)\b|\bhook\b|\bcallback\b|\boverrid(?:e|den)\b|\bsub-?class(?:es)? (?:can|may|should|must)\b|\bimplement(?:ed)? by\b|\bto be implemented\b|\binterface\b/i;
/** What a message says when the code is not done. */
const NOT_DONE = /\bnot\s+(?:yet\s+)?implemented\b|\bunimplemented\b|\bcoming soon\b|\bnot (?:done|written|finished) yet\b|^\s*TODO\b|\bTODO:/i;
/** A body's only statement that delivers a message: raise X("..."), return "...", print/echo/log("..."). */
const MESSAGE_STATEMENT = /^(?:raise\s+[A-Za-z_][\w.]*\s*\(|return\s+[rRuU]?["']|(?:print|[A-Za-z_][\w.]*\.(?:echo|secho|print|warn|warning|info|error|debug|exception|critical|fail|exit)|sys\.exit|exit|warnings\.warn|typer\.echo|click\.echo)\s*\()/;
const DEF = /^(?:async\s+)?def\s+([A-Za-z_]\w*)/;
const CLASS = /^class\s+([A-Za-z_]\w*)\s*(?:\((.*)\))?\s*:/;
const RAISE = /\braise\s+NotImplementedError\b/g;
const RAISE_AT_START = /^raise\s+NotImplementedError\b/;
/** `raise NotImplementedError("OOB score not supported by iforest")`: a deliberate refusal, not missing code. */
const UNSUPPORTED_BY_DESIGN = /\b(?:not supported|unsupported|does not support|doesn't support|do not support|don't support|cannot|can't|can not|is not available|not available|not allowed|not applicable|no longer|deprecated|removed|read-only|immutable|not possible)\b/i;
const STUB_REMARK = /\b(?:stub|placeholder)\b/i;
const TAG_REMARK = /\b(?:TODO|FIXME|XXX|TBD)\b/;
const EMPTY_BODIES = new Set(['pass', '...', 'pass;', '...;']);
function decoratorName(code) {
    const call = code.indexOf('(');
    const name = (call === -1 ? code : code.slice(0, call)).slice(1).trim();
    // `_overload` (PyTorch's own) is the same declaration as `typing.overload`.
    return name.slice(name.lastIndexOf('.') + 1).replace(/^_+/, '');
}
function firstCodeOffset(text, from, to) {
    let at = from;
    while (at < to && (isBlankCode(text.charCodeAt(at)) || text.charCodeAt(at) === 10))
        at++;
    return at;
}
/** Why a class's methods are declarations for others to fill, from its own header. */
function interfaceClass(name, bases) {
    return INTERFACE_NAME.test(name) || bases.some((base) => python_classes_isInterfaceBase(base));
}
class PythonAnalyser {
    text;
    spans;
    isTestFile;
    stubs = [];
    hooks = [];
    reported = new Set();
    scopes = [];
    lines;
    constructor(text, spans, isTestFile) {
        this.text = text;
        this.spans = spans;
        this.isTestFile = isTestFile;
        this.lines = logicalLines(text, spans);
    }
    run() {
        const { lines, text } = this;
        const raises = this.raiseOffsets();
        let raiseCursor = 0;
        let decorators = [];
        let decoratedFrom = -1;
        for (let index = 0; index < lines.length; index++) {
            const line = lines[index];
            while (this.scopes.length > 0 && this.scopes[this.scopes.length - 1].indent >= line.indent)
                this.closeScope();
            const doc = this.stringStatement(line);
            if (text.charCodeAt(line.start) === 64) {
                if (decorators.length === 0)
                    decoratedFrom = line.start;
                decorators.push(decoratorName(codeText(text, this.spans, line.start, line.end)));
                continue;
            }
            if (startsWithKeyword(text, line.start, 'def') || startsWithKeyword(text, line.start, 'class') || startsWithKeyword(text, line.start, 'async')) {
                this.header(index, line, decorators, decorators.length > 0 ? decoratedFrom : line.start);
            }
            if (decorators.length > 0)
                decorators = [];
            this.noteFirstStatement(line, doc);
            while (raiseCursor < raises.length && raises[raiseCursor] < line.start)
                raiseCursor++;
            for (; raiseCursor < raises.length && raises[raiseCursor] <= line.end; raiseCursor++)
                this.reportRaise(raises[raiseCursor], line);
            this.passMarkedAsStub(line);
        }
        while (this.scopes.length > 0)
            this.closeScope();
        return { stubs: this.stubs, hooks: this.hooks };
    }
    /**
     * Closes a scope. A class that refuses by design in one method (a shim for a removed API: "has
     * been removed", "not supported") refuses in the bare raises of its other methods too.
     */
    closeScope() {
        const scope = this.scopes.pop();
        if (scope.kind !== 'class' || !scope.refuses)
            return;
        for (let index = this.stubs.length - 1; index >= 0; index--) {
            const stub = this.stubs[index];
            if (stub.definedIn?.className !== scope.name || stub.tag !== 'NotImplementedError')
                continue;
            this.stubs.splice(index, 1);
            this.hooks.push({ ...stub, kind: 'interface', message: `Interface hook: ${stub.definedIn.method}() (${scope.name} refuses by design)` });
        }
    }
    raiseOffsets() {
        const offsets = [];
        RAISE.lastIndex = 0;
        for (let match = RAISE.exec(this.text); match !== null; match = RAISE.exec(this.text)) {
            if (spanAt(this.spans, match.index) === undefined)
                offsets.push(match.index);
        }
        return offsets;
    }
    /** The span when the statement is a lone plain string (not an f-string or bytes), else undefined. */
    stringStatement(line) {
        const span = this.spans[firstSpanEndingAfter(this.spans, line.start)];
        if (span === undefined || span.kind !== 'string' || span.start !== line.start)
            return undefined;
        if (/[fFbBtT]/.test(this.text.slice(span.start, span.bodyStart)))
            return undefined;
        const rest = codeText(this.text, this.spans, span.end, line.end);
        return rest === '' || rest === ';' ? span : undefined;
    }
    /** Records `line` as the first statement of the innermost function whose body it opens. */
    noteFirstStatement(line, doc) {
        const scope = this.scopes[this.scopes.length - 1];
        if (scope === undefined || scope.kind !== 'def' || scope.firstStatement !== undefined || line.indent <= scope.indent)
            return;
        // A function's first statement comes after its docstring.
        if (doc !== undefined && isDocstring(this.text, this.spans, doc)) {
            scope.docstring = this.text.slice(doc.bodyStart, doc.bodyEnd);
            return;
        }
        scope.firstStatement = line.start;
    }
    innermostFunctionScope() {
        for (let i = this.scopes.length - 1; i >= 0; i--) {
            const scope = this.scopes[i];
            if (scope.kind === 'def')
                return scope;
        }
        return undefined;
    }
    /** The class a function is a method of: the scope right above it. */
    classOf(scope) {
        const index = this.scopes.indexOf(scope);
        const above = index > 0 ? this.scopes[index - 1] : undefined;
        return above?.kind === 'class' ? above : undefined;
    }
    enclosingExempt() {
        return this.scopes.some((scope) => scope.exempt || scope.protocol);
    }
    /** Opens the scope of a `def` or `class`. */
    /** The comment lines right above `top` (nothing but blanks between), joined; undefined when there are none. */
    remarkAbove(top) {
        const { text, spans } = this;
        const parts = [];
        let limit = top;
        for (let index = firstSpanEndingAfter(spans, top) - 1; index >= 0 && parts.length < 3; index--) {
            const span = spans[index];
            if (span.kind !== 'comment' || text.slice(span.end, limit).trim() !== '')
                break;
            parts.unshift(text.slice(span.bodyStart, span.bodyEnd));
            limit = span.start;
        }
        return parts.length === 0 ? undefined : parts.join(' ');
    }
    header(index, line, decorators, top) {
        const { text, spans } = this;
        const colon = headerColon(text, spans, line.start, line.end);
        const headerCode = codeText(text, spans, line.start, colon === -1 ? line.end : colon + 1);
        const inlineBody = colon === -1 ? '' : codeText(text, spans, colon + 1, line.end);
        const classMatch = CLASS.exec(headerCode);
        if (classMatch !== null) {
            const bases = baseNames(classMatch[2], true);
            const protocol = bases.includes('Protocol');
            const name = classMatch[1];
            this.scopes.push({ indent: line.indent, kind: 'class', name, exempt: false, protocol, ...(interfaceClass(name, bases) ? { hook: `${name} is an interface` } : {}) });
            return;
        }
        const defMatch = DEF.exec(headerCode);
        if (defMatch === null)
            return;
        const exempt = decorators.some((name) => EXEMPT_DECORATORS.has(name)) || this.enclosingExempt();
        const name = defMatch[1];
        const owner = this.scopes[this.scopes.length - 1];
        const hook = decorators.find((decorator) => HOOK_DECORATORS.has(decorator)) !== undefined ? `@${decorators.find((decorator) => HOOK_DECORATORS.has(decorator)) ?? ''}`
            : /^__\w+__$/.test(name) ? 'a dunder method'
                : owner?.kind === 'class' && owner.hook !== undefined ? owner.hook
                    : undefined;
        const inlineStart = inlineBody === '' ? undefined : firstCodeOffset(this.text, colon + 1, line.end);
        const remark = this.remarkAbove(top);
        this.scopes.push({ indent: line.indent, kind: 'def', name, exempt, protocol: false, ...(hook === undefined ? {} : { hook }), ...(inlineStart === undefined ? {} : { firstStatement: inlineStart }), ...(remark === undefined ? {} : { remark }) });
        if (!exempt)
            this.onlyStatement(index, line, colon, inlineBody, headerCode, name);
    }
    /** The statements of a function's body after its docstring, up to three, and the docstring. */
    bodyOf(index, line) {
        const statements = [];
        for (let next = index + 1; next < this.lines.length && statements.length < 4; next++) {
            const candidate = this.lines[next];
            if (candidate.indent <= line.indent)
                break;
            statements.push(candidate);
        }
        let docstring;
        const first = statements[0];
        const doc = first === undefined ? undefined : this.stringStatement(first);
        if (doc !== undefined) {
            docstring = this.text.slice(doc.bodyStart, doc.bodyEnd);
            statements.shift();
        }
        return { statements, docstring };
    }
    /**
     * A function whose only statement says it is not done: a `pass` or `...` under a docstring that
     * says so, or a message saying so, raised with any exception, returned, printed or logged.
     */
    onlyStatement(index, line, colon, inlineBody, headerCode, name) {
        let body;
        let at;
        let docstring;
        if (inlineBody !== '') {
            body = inlineBody;
            at = firstCodeOffset(this.text, colon + 1, line.end);
        }
        else {
            const found = this.bodyOf(index, line);
            if (found.statements.length !== 1)
                return;
            const only = found.statements[0];
            body = codeText(this.text, this.spans, only.start, only.end);
            at = only.start;
            docstring = found.docstring;
        }
        const scope = this.scopes[this.scopes.length - 1];
        if (EMPTY_BODIES.has(body)) {
            if (docstring === undefined || !NOT_DONE.test(docstring) || this.isTestFile)
                return;
            const statement = body.replace(/;$/, '');
            this.report(scope, { kind: 'stub', at, tag: statement, text: clip(`${headerCode} ${statement}`), message: `Stub: ${name}() only contains ${statement}, and its docstring says it is not done` });
            return;
        }
        if (RAISE_AT_START.test(body) || !MESSAGE_STATEMENT.test(body) || this.isTestFile)
            return;
        const message = this.text.slice(at, Math.min(this.text.length, at + 400));
        const statementEnd = this.lines[this.lines.findIndex((candidate) => candidate.start === at)]?.end ?? line.end;
        const delivered = this.text.slice(at, statementEnd);
        if (!(NOT_DONE.test(delivered) || NOT_YET.test(delivered)) || message === '')
            return;
        if ((UNSUPPORTED_BY_DESIGN.test(delivered) || SUBCLASS_DUTY.test(delivered) || DECLINED_CASE.test(delivered)) && !STILL_TO_COME.test(delivered))
            return;
        this.report(scope, { kind: 'stub', at, tag: 'not-implemented-message', text: clip(codeText(this.text, this.spans, at, statementEnd).length > 0 ? delivered.trim() : body), message: `Stub: ${name}() only says it is not implemented` }, STILL_TO_COME.test(delivered));
    }
    /** Reports a stub, or sets it aside as an interface hook when the method is one. */
    report(scope, finding, saysNotDone = false) {
        this.reported.add(finding.at);
        // A message that says the work is not done yet makes it unfinished code, hook or not.
        const reason = saysNotDone ? undefined : this.hookReason(scope);
        if (reason !== undefined) {
            this.hooks.push({ ...finding, kind: 'interface', message: `Interface hook: ${scope.name}() (${reason})` });
            return;
        }
        // The class index may yet show the method to be a hook, unless its message says the work is not done.
        const owner = saysNotDone ? undefined : this.classOf(scope);
        this.stubs.push({ ...finding, ...(owner === undefined ? {} : { definedIn: { className: owner.name, method: scope.name } }) });
    }
    hookReason(scope) {
        if (scope.hook !== undefined)
            return scope.hook;
        if (scope.docstring !== undefined && HOOK_DOCSTRING.test(scope.docstring))
            return 'its docstring describes a hook';
        return undefined;
    }
    reportRaise(at, line) {
        if (this.enclosingExempt() || this.reported.has(at))
            return;
        const scope = this.innermostFunctionScope();
        if (this.isTestFile || scope === undefined || (scope.firstStatement !== line.start && scope.firstStatement !== at))
            return;
        const statement = codeText(this.text, this.spans, at, line.end);
        const written = this.text.slice(at, line.end);
        const notYet = STILL_TO_COME.test(written) || (scope.remark !== undefined && STILL_TO_COME.test(scope.remark));
        // A declined case is not the class refusing by design: its other stubs stay stubs.
        if (DECLINED_CASE.test(written) && !notYet)
            return;
        if (UNSUPPORTED_BY_DESIGN.test(written) && !notYet) {
            const owner = this.classOf(scope);
            if (owner !== undefined)
                owner.refuses = true;
            return;
        }
        const finding = { kind: 'stub', at, tag: 'NotImplementedError', text: clip(statement), message: `Stub: raise NotImplementedError in ${scope.name}()` };
        if (SUBCLASS_DUTY.test(written) && !notYet) {
            this.reported.add(at);
            this.hooks.push({ ...finding, kind: 'interface', message: `Interface hook: ${scope.name}() (its message leaves it to subclasses)` });
            return;
        }
        this.report(scope, finding, notYet);
    }
    /** `pass  # stub`, `pass  # TODO`: the author says it is not done. */
    passMarkedAsStub(line) {
        const { text, spans } = this;
        if (!text.startsWith('pass', line.start) || this.reported.has(line.start))
            return;
        if (codeText(text, spans, line.start, line.end) !== 'pass')
            return;
        const comment = spans[firstSpanEndingAfter(spans, line.start + 4)];
        if (comment === undefined || comment.kind !== 'comment' || comment.start > line.end)
            return;
        const remark = text.slice(comment.bodyStart, comment.bodyEnd);
        if (!STUB_REMARK.test(remark) && !TAG_REMARK.test(remark))
            return;
        if (this.enclosingExempt())
            return;
        const scope = this.innermostFunctionScope();
        const finding = {
            kind: 'stub',
            at: line.start,
            tag: 'pass',
            text: clip(text.slice(line.start, line.end).trim()),
            message: `Stub: pass marked as unfinished${scope === undefined ? '' : ` in ${scope.name}()`}`,
        };
        if (scope === undefined) {
            this.reported.add(line.start);
            this.stubs.push(finding);
        }
        else {
            this.report(scope, finding);
        }
    }
}
/**
 * Every stub found here is reported at one of these words standing in code: the `pass` or `...` of
 * an empty body, the `raise NotImplementedError`, the `pass` marked as a stub.
 */
const STUB_WORD_SOURCE = String.raw `NotImplementedError|\bpass\b|\.\.\.`;
const STUB_WORD = new RegExp(STUB_WORD_SOURCE);
/** The words of a "not implemented" message, which stands in a string. */
const NOT_DONE_WORDS = /[Nn]ot (?:yet )?implemented|[Uu]nimplemented|[Cc]oming soon/;
const STUB_WORDS = new RegExp(STUB_WORD_SOURCE, 'g');
/** The cheap pre-check on the raw text: without one of the stub words, no stub can be found. */
function mayHoldPythonStubs(text) {
    return STUB_WORD.test(text) || NOT_DONE_WORDS.test(text);
}
function hasStubWordInCode(text, spans) {
    STUB_WORDS.lastIndex = 0;
    for (let match = STUB_WORDS.exec(text); match !== null; match = STUB_WORDS.exec(text)) {
        if (spanAt(spans, match.index) === undefined)
            return true;
    }
    return false;
}
/**
 * The stubs in a Python file. The file's structure is worked out only when one of the stub words
 * stands in code: in most files they occur only in docstrings and comments ("pass the array",
 * doctest's `...`).
 */
function analysePython(text, spans, options) {
    if (!hasStubWordInCode(text, spans) && !NOT_DONE_WORDS.test(text))
        return { stubs: [], hooks: [] };
    return new PythonAnalyser(text, spans, options.isTestFile).run();
}

;// CONCATENATED MODULE: ./src/scanners/placeholders/stub-rules.ts
/**
 * Code that stands in for an implementation, per language (Python's structure-aware rules live in
 * python-stubs.ts). Each pattern is linear: literal keywords, bounded repeats, no nested
 * quantifiers over overlapping alternatives.
 */
/** "not implemented", "Not yet implemented", "Method not implemented.", "unimplemented". */
const NOT_IMPLEMENTED = /\bnot\s+(?:yet\s+)?implemented\b|\bunimplemented\b/i;
const NOT_IMPLEMENTED_OR_SUPPORTED_YET = /\bnot\s+(?:yet\s+)?implemented\b|\bunimplemented\b|\bnot\s+supported\s+yet\b/i;
const DQ_BODY = '"((?:[^"\\\\\\r\\n]|\\\\.){0,300})"';
const SQ_BODY = "'((?:[^'\\\\\\r\\n]|\\\\.){0,300})'";
const BACKTICK_BODY = '`((?:[^`\\\\]|\\\\[^]){0,300})`';
/** An optional wrapping call such as `fmt.Sprintf(` or `String.format(` before the message. */
const WRAPPER = '(?:[A-Za-z_$][\\w$.]{0,80}\\s*\\(\\s*)?';
function messageArgument(...bodies) {
    return `\\s*\\(\\s*${WRAPPER}(?:${bodies.join('|')})`;
}
/** With several quote styles the message lands in the first group that matched. */
function messageOf(match) {
    for (let group = 1; group < match.length; group++)
        if (match[group] !== undefined)
            return match[group];
    return undefined;
}
const JS_NOT_IMPLEMENTED_MESSAGE = {
    tag: 'not-implemented-error',
    pattern: new RegExp(`\\bthrow\\s+(?:new\\s+)?[A-Za-z_$][\\w$]{0,80}(?:\\.[A-Za-z_$][\\w$]{0,80}){0,4}${messageArgument(DQ_BODY, SQ_BODY, BACKTICK_BODY)}`, 'g'),
    message: NOT_IMPLEMENTED,
    hint: /implemented/i,
};
const JS_NOT_IMPLEMENTED_CLASS = {
    tag: 'not-implemented-error',
    pattern: /\bthrow\s+(?:new\s+)?NotImplemented(?:Error|Exception)\b/g,
    hint: /NotImplemented/,
};
const RUST_TODO = { tag: 'todo!', pattern: /\btodo!\s*[([{]/g, hint: /todo!/, anywhere: true };
const RUST_UNIMPLEMENTED = { tag: 'unimplemented!', pattern: /\bunimplemented!\s*[([{]/g, hint: /unimplemented!/ };
const GO_PANIC = {
    tag: 'panic',
    pattern: new RegExp(`\\bpanic${messageArgument(DQ_BODY, BACKTICK_BODY)}`, 'g'),
    message: NOT_IMPLEMENTED,
    hint: /implemented/i,
};
const UNSUPPORTED_OPERATION = {
    tag: 'UnsupportedOperationException',
    pattern: new RegExp(`\\b(?:throw\\s+)?(?:new\\s+)?(?:java\\.lang\\.)?UnsupportedOperationException${messageArgument(DQ_BODY)}`, 'g'),
    message: NOT_IMPLEMENTED_OR_SUPPORTED_YET,
    hint: /UnsupportedOperationException/,
};
/** Kotlin's standard function that throws NotImplementedError; not a function declared with that name. */
const KOTLIN_TODO = { tag: 'TODO()', pattern: /(?<!\bfun\s{1,20})(?<![\w`])\bTODO\s*\(/g, hint: /TODO/, anywhere: true };
const CSHARP_NOT_IMPLEMENTED = {
    tag: 'NotImplementedException',
    pattern: /\bthrow\s+new\s+(?:System\.)?NotImplementedException\b/g,
    hint: /NotImplementedException/,
};
const SWIFT_FATAL_ERROR = {
    tag: 'fatalError',
    pattern: new RegExp(`\\bfatalError\\s*\\(\\s*${DQ_BODY}`, 'g'),
    message: NOT_IMPLEMENTED,
    hint: /fatalError/,
};
const SCALA_UNDEFINED = { tag: '???', pattern: /(?<![!#%&*+\-/:<=>?@\\^|~\w])\?\?\?(?![!#%&*+\-/:<=>?@\\^|~])/g, hint: /\?\?\?/, anywhere: true };
const DART_UNIMPLEMENTED = { tag: 'UnimplementedError', pattern: /\bthrow\s+(?:new\s+)?UnimplementedError\b/g, hint: /UnimplementedError/ };
const RUBY_NOT_IMPLEMENTED = { tag: 'NotImplementedError', pattern: /\braise\s+NotImplementedError\b/g, hint: /NotImplementedError/ };
const PHP_NOT_IMPLEMENTED = {
    tag: 'not-implemented-error',
    pattern: new RegExp(`\\bthrow\\s+new\\s+\\\\?[A-Za-z_][\\w\\\\]{0,120}${messageArgument(DQ_BODY, SQ_BODY)}`, 'g'),
    message: NOT_IMPLEMENTED,
    hint: /implemented/i,
};
const JS_RULES = [JS_NOT_IMPLEMENTED_MESSAGE, JS_NOT_IMPLEMENTED_CLASS];
const JVM_RULES = [UNSUPPORTED_OPERATION];
const STUB_RULES = new Map([
    ['JavaScript', JS_RULES],
    ['TypeScript', JS_RULES],
    ['Rust', [RUST_TODO, RUST_UNIMPLEMENTED]],
    ['Go', [GO_PANIC]],
    ['Java', JVM_RULES],
    ['Kotlin', [...JVM_RULES, KOTLIN_TODO]],
    ['Scala', [...JVM_RULES, SCALA_UNDEFINED]],
    ['Groovy', JVM_RULES],
    ['C#', [CSHARP_NOT_IMPLEMENTED]],
    ['Swift', [SWIFT_FATAL_ERROR]],
    ['Dart', [DART_UNIMPLEMENTED]],
    ['Ruby', [RUBY_NOT_IMPLEMENTED]],
    ['PHP', [PHP_NOT_IMPLEMENTED]],
]);

;// CONCATENATED MODULE: ./src/scanners/placeholders/stub-placement.ts

/** The code before `at`, back to the previous statement boundary: the header of the block `at` opens. */
function headerBefore(text, spans, brace) {
    let start = brace;
    const stop = Math.max(0, brace - 400);
    let index = firstSpanEndingAfter(spans, brace) - 1;
    while (start > stop) {
        const span = index >= 0 ? spans[index] : undefined;
        if (span !== undefined && start - 1 < span.end && start - 1 >= span.start) {
            start = span.start;
            index--;
            continue;
        }
        const code = text.charCodeAt(start - 1);
        if (code === 59 || code === 123 || code === 125)
            break;
        start--;
    }
    return text.slice(start, brace).replace(/\s+/g, ' ').trim();
}
/** The last code character before `at`, skipping blanks and comments; -1 at the start. */
function previousCode(text, spans, at) {
    let i = at - 1;
    let index = firstSpanEndingAfter(spans, at) - 1;
    while (i >= 0) {
        const span = index >= 0 ? spans[index] : undefined;
        if (span !== undefined && i < span.end) {
            if (i >= span.start) {
                i = span.start - 1;
                index--;
                continue;
            }
            index--;
            continue;
        }
        const code = text.charCodeAt(i);
        if (code !== 32 && code !== 9 && code !== 10 && code !== 13)
            return i;
        i--;
    }
    return -1;
}
const BLOCK_KEYWORD = /(?:^|[\s};)])(?:if|else|for|while|switch|catch|try|do|loop|unsafe|match|select|finally|when|guard)\b/;
const CASE_LABEL = /(?:^|[\s{;:])(?:case\b[^:]*|default)\s*$/;
const ACCESSOR = /(?:^|\s)(?:get|set)\s+[\w$#]+\s*\(/;
const GO_METHOD = /^func\s*\([^)]*\)\s*\w+/;
function stubPlacement(text, spans, at, language) {
    const before = previousCode(text, spans, at);
    if (before === -1)
        return 'later';
    const code = text.charCodeAt(before);
    if (code === 58)
        return CASE_LABEL.test(headerBefore(text, spans, before)) ? 'branch' : 'later';
    // `=> throw …` and Kotlin's `fun f() = TODO()`: an expression body. In Rust `=>` opens a match arm.
    if (code === 62 && text.charCodeAt(before - 1) === 61)
        return language === 'Rust' ? 'branch' : 'body';
    if (code === 61)
        return /\b(?:fun|def|get)\b/.test(headerBefore(text, spans, before)) ? 'body' : 'later';
    // Ruby: the first statement under `def`.
    if (code !== 123)
        return /^\s*def\b/.test(text.slice(text.lastIndexOf('\n', before) + 1, before + 1)) ? 'body' : 'later';
    const header = headerBefore(text, spans, before);
    if (language === 'Rust' && /=>$/.test(header))
        return 'branch';
    if (BLOCK_KEYWORD.test(` ${header}`) && !/^(?:async\s+)?(?:function|fn|func|fun|def)\b/.test(header))
        return 'branch';
    if (ACCESSOR.test(` ${header}`))
        return 'accessor';
    if (language === 'Go' && GO_METHOD.test(header))
        return 'method';
    return 'body';
}
/** The statement at `[at, end)` is the last thing in its block: the next code closes it. */
function closesBlock(text, spans, end) {
    let i = end;
    let index = firstSpanEndingAfter(spans, end);
    while (i < text.length) {
        const span = spans[index];
        if (span !== undefined && i >= span.start) {
            i = span.end;
            index++;
            continue;
        }
        const code = text.charCodeAt(i);
        if (code === 125)
            return true;
        if (code !== 32 && code !== 9 && code !== 10 && code !== 13 && code !== 59)
            return false;
        i++;
    }
    return false;
}
/** `#[cfg(doc)]`, `#[cfg(docsrs)]`, `#[cfg(any(doc, …))]`, `#[deprecated …]`: the item is built for the docs, or kept for old callers. */
const DOC_OR_DEPRECATED = /^#\[(?:cfg\((?:any\()?\s*(?:doc|docsrs)\b|deprecated\b)/;
/** How many lines up the enclosing items are looked for. */
const ITEM_REACH = 200;
function indentOf(line) {
    let i = 0;
    while (i < line.length && (line.charCodeAt(i) === 32 || line.charCodeAt(i) === 9))
        i++;
    return i;
}
/**
 * Rust: the statement at `at` sits in an item (a function, an impl, a macro) marked as built only
 * for the docs or as deprecated. Walks up to each enclosing item by indentation and reads the
 * attributes just above it.
 */
function inDocOnlyOrDeprecatedItem(text, at) {
    const lineStart = text.lastIndexOf('\n', at - 1) + 1;
    const lines = text.slice(Math.max(0, lineStart - 12_000), lineStart).split('\n');
    let indent = indentOf(text.slice(lineStart, at));
    for (let i = lines.length - 1, seen = 0; i >= 0 && seen < ITEM_REACH && indent > 0; i--, seen++) {
        const line = lines[i];
        if (line.trim() === '')
            continue;
        const lineIndent = indentOf(line);
        if (lineIndent >= indent)
            continue;
        indent = lineIndent;
        for (let j = i - 1; j >= 0; j--) {
            const above = lines[j].trim();
            if (above.startsWith('///') || above.startsWith('//'))
                continue;
            if (!above.startsWith('#['))
                break;
            if (DOC_OR_DEPRECATED.test(above))
                return true;
        }
    }
    return false;
}

;// CONCATENATED MODULE: ./src/scanners/placeholders/statement-text.ts



/** How far a stub's call may run before the text is cut: a stub statement is short. */
const MAX_STATEMENT = 400;
function isOpening(code) {
    return code === 40 || code === 91 || code === 123;
}
function isClosing(code) {
    return code === 41 || code === 93 || code === 125;
}
/** The end of the text `statementText` may look at, comments and strings included, for a stub at `start`. */
function statementReach(start) {
    return start + MAX_STATEMENT + 1;
}
/**
 * The text of a stub statement starting at `start`: through the end of its call when the match
 * opens one (`todo!()`, `throw new Error("…")`), else the match itself. Strings are skipped so a
 * `)` inside a message does not end the call early.
 */
function statementText(text, spans, start, matchEnd) {
    return clip(collapseWhitespace(text, start, statementEnd(text, spans, start, matchEnd)));
}
/** Where the stub statement that starts at `start` ends: past its call's closing bracket and a `;`. */
function statementEnd(text, spans, start, matchEnd) {
    let bracket = -1;
    for (let at = start; at < matchEnd; at++) {
        if (isOpening(text.charCodeAt(at))) {
            bracket = at;
            break;
        }
    }
    if (bracket === -1) {
        let next = matchEnd;
        while (text.charCodeAt(next) === 32 || text.charCodeAt(next) === 9)
            next++;
        if (text.charCodeAt(next) === 40)
            bracket = next;
    }
    let end = matchEnd;
    if (bracket !== -1) {
        const limit = Math.min(text.length, start + MAX_STATEMENT);
        let depth = 0;
        let index = firstSpanEndingAfter(spans, bracket);
        for (let at = bracket; at < limit; at++) {
            const span = spans[index];
            if (span !== undefined && span.start <= at) {
                end = Math.min(span.end, limit);
                at = span.end - 1;
                index++;
                continue;
            }
            const code = text.charCodeAt(at);
            if (isOpening(code))
                depth++;
            else if (isClosing(code) && --depth === 0) {
                end = at + 1;
                break;
            }
            end = at + 1;
        }
    }
    if (text.charCodeAt(end) === 59)
        end++;
    return end;
}

;// CONCATENATED MODULE: ./src/scanners/placeholders/code-stubs.ts





/** Where the stub patterns match, before anything is known of comments and strings. */
function stubCandidates(text, rules) {
    const candidates = [];
    for (const rule of rules) {
        if (!rule.hint.test(text))
            continue;
        rule.pattern.lastIndex = 0;
        for (let match = rule.pattern.exec(text); match !== null; match = rule.pattern.exec(text)) {
            if (rule.message === undefined || rule.message.test(messageOf(match) ?? ''))
                candidates.push({ rule, match });
        }
    }
    return candidates;
}
/**
 * A candidate is a stub when it is unfinished work: its message says the work is still to come,
 * or it is the whole body of a function. It is not when its message leaves the work to an
 * implementer (`transport must implement send`), exists for the docs or points to a replacement,
 * or declines a named case ("not implemented for Sage attention"), or when it guards input in a
 * branch, refuses in a getter or setter, or sits in an item built for the docs
 * or deprecated. A Go method whose whole body panics satisfies an interface on purpose: an
 * interface hook.
 */
function codeStubs(text, spans, candidates, language, listHooks, out) {
    for (const { rule, match } of candidates) {
        if (spanAt(spans, match.index) !== undefined)
            continue;
        const message = messageOf(match) ?? '';
        const stillToCome = STILL_TO_COME.test(message);
        if (!stillToCome && (SUBCLASS_DUTY.test(message) || NOT_MEANT_TO_RUN.test(message) || DECLINED_CASE.test(message)))
            continue;
        if (language === 'Rust' && inDocOnlyOrDeprecatedItem(text, match.index))
            continue;
        const statement = statementText(text, spans, match.index, match.index + match[0].length);
        let hook = false;
        if (rule.anywhere !== true && !stillToCome) {
            const placement = stubPlacement(text, spans, match.index, language);
            if (placement === 'branch' || placement === 'later' || placement === 'accessor')
                continue;
            hook = placement === 'method' && closesBlock(text, spans, statementEnd(text, spans, match.index, match.index + match[0].length));
        }
        if (!hook)
            out.push({ kind: 'stub', at: match.index, tag: rule.tag, text: statement, message: `Stub: ${statement}` });
        else if (listHooks)
            out.push({ kind: 'interface', at: match.index, tag: rule.tag, text: statement, message: `Interface hook: ${statement} (a method that only panics satisfies an interface on purpose)` });
    }
}

;// CONCATENATED MODULE: ./src/scanners/placeholders/tag-pattern.ts

const cache = new Map();
/** Called once per file with the same settings array: a lookup by identity, without building a key. */
const byList = new WeakMap();
function escapeRegExp(text) {
    return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
function tagPattern(tags) {
    const known = byList.get(tags);
    if (known)
        return known;
    const key = tags.join('\u0000');
    const cached = cache.get(key);
    if (cached) {
        byList.set(tags, cached);
        return cached;
    }
    // Longest first, so that with tags `TAG` and `TAGS` the longer one wins at a shared start.
    const longestFirst = [...new Set(tags)].sort((a, b) => b.length - a.length);
    const source = longestFirst.map(escapeRegExp).join('|');
    const pattern = { tags, all: new RegExp(source, 'g'), any: new RegExp(source), longestFirst };
    cache.set(key, pattern);
    byList.set(tags, pattern);
    return pattern;
}
/**
 * The tag the pattern matched, searching from `from`, that ends at `end`: the longest tag that ends
 * there and starts at or after `from`, since the regex takes the leftmost match, and at one start
 * the longest alternative.
 */
function tagEndingAt(text, from, end, longestFirst) {
    for (const tag of longestFirst)
        if (end - tag.length >= from && text.startsWith(tag, end - tag.length))
            return tag;
    throw new Error(`no tag ends at offset ${end}`);
}
/**
 * Tags standing as whole words: for a tag `TAG`, `TAGS`, `MY_TAG` and `tag_list` are not hits.
 * `test` and `lastIndex` rather than `exec`: no match array per occurrence, and a repository has
 * hundreds of thousands of them.
 */
function findTagHits(text, pattern) {
    const hits = [];
    const regex = pattern.all;
    regex.lastIndex = 0;
    for (let from = 0; regex.test(text); from = regex.lastIndex) {
        const end = regex.lastIndex;
        const tag = tagEndingAt(text, from, end, pattern.longestFirst);
        const at = end - tag.length;
        if ((at === 0 || !isAsciiWordCode(text.charCodeAt(at - 1))) && (end >= text.length || !isAsciiWordCode(text.charCodeAt(end)))) {
            hits.push({ at, tag });
        }
    }
    return hits;
}

;// CONCATENATED MODULE: ./src/scanners/placeholders/tag-reference.ts
/**
 * Splits what is written with a tag into who the note is for and the issue it waits on, so that
 * reports and baselines can group by either: `TODO(alice)`, `TODO(#123)`, `TODO(alice, PROJ-42)`,
 * `FIXME @bob`, `TODO: drop this once #88 lands`.
 */
/** The forms an issue takes inside the parentheses of a tag: GitHub's, Jira's, Chromium's, a URL. */
const ISSUE_TOKEN = /^(?:[\w.-]+\/[\w.-]+)?#\d+$|^GH-\d+$|^[A-Z][A-Z0-9]+-\d+$|^(?:b|crbug(?:\.com)?|bugs?)\/\d+$|^https?:\/\/\S+$|^issue\s*#?\d+$/i;
/** A person: a handle, a user name or an e-mail address. Free text in parentheses is neither. */
const OWNER_TOKEN = /^@?[A-Za-z][\w.-]{0,38}$|^[\w.+-]+@[\w-]+(?:\.[\w-]+)+$/;
/**
 * Issue references that a description may carry: GitHub's `#123`, `GH-7` and `org/repo#9`, and
 * issue or pull-request URLs. Jira-like `ABC-12` is left to the parentheses, where it cannot be
 * `UTF-8` or `SHA-256`.
 */
const ISSUE_IN_TEXT = /(?:^|[\s(,[])((?:[\w.-]+\/[\w.-]+)?#\d+|GH-\d+|https?:\/\/\S+?\/(?:issues|pull|merge_requests|browse)\/[\w-]+)(?=$|[\s),.:;\]])/i;
/** Reads the reference written right after a tag, and the description when the reference named no issue. */
function splitReference(reference, description) {
    let owner;
    let issue;
    if (reference !== undefined) {
        for (const token of reference.split(/\s*[,;]\s*|\s+-\s+/)) {
            if (token === '')
                continue;
            if (issue === undefined && ISSUE_TOKEN.test(token))
                issue = token;
            else if (owner === undefined && OWNER_TOKEN.test(token))
                owner = token;
        }
    }
    if (issue === undefined)
        issue = ISSUE_IN_TEXT.exec(description)?.[1];
    return { ...(owner === undefined ? {} : { owner }), ...(issue === undefined ? {} : { issue }) };
}

;// CONCATENATED MODULE: ./src/scanners/placeholders/tag-reading.ts




/** Characters that decorate the start of a comment line: `*` of a block comment, `#!`, `//!`, bullets. */
const DECORATION = new Set([...' \t\r*/#!-=;%|>+@~•'].map((char) => char.charCodeAt(0)));
const MENTION_BEFORE = new Set([...'`\'"/\\.$'].map((char) => char.charCodeAt(0)));
const SENTENCE_END = new Set([...'.!?;'].map((char) => char.charCodeAt(0)));
const VALUE_INTRODUCER = new Set([...':=-–—'].map((char) => char.charCodeAt(0)));
/** Words that, right after a tag, make it a noun: "TAG list", "TAG comments". */
const MENTION_NOUNS = new Set([
    'list', 'lists', 'item', 'items', 'comment', 'comments', 'tag', 'tags', 'marker', 'markers', 'entry', 'entries',
    'note', 'notes', 'file', 'files', 'count', 'counts', 'keyword', 'keywords', 'finding', 'findings', 'scanner',
]);
const LIST_JOINERS = new Set(['and', 'or', ',', '/', '&']);
const REFERENCE_WORD = /[#@][\w.-]+/y;
const WORD = /[A-Za-z][\w-]*|[,/&]/y;
function charCode(text, at, from, to) {
    return at >= from && at < to ? text.charCodeAt(at) : -1;
}
function skipBlanks(text, at, to) {
    let i = at;
    while (i < to && isBlankCode(text.charCodeAt(i)))
        i++;
    return i;
}
function wordAt(text, at, to) {
    WORD.lastIndex = at;
    const match = WORD.exec(text);
    return match === null || match.index + match[0].length > to ? undefined : match[0];
}
/** Markers before a leading tag are short; the bound keeps many hits on one huge line linear. */
const MAX_LEAD = 80;
function isLeading(text, from, at) {
    return leadOf(text, from, at) !== undefined;
}
/**
 * What stands before a leading tag: decoration only (`plain`), or an item's mark after it: a
 * task-list box (`* [ ] TAG talk about replacement`) or a Perl POD heading or item (`=head1 TAG`:
 * the section lists what is left to do). Undefined when words come first.
 */
function leadOf(text, from, at) {
    if (at - from > MAX_LEAD)
        return undefined;
    let i = from;
    while (i < at && DECORATION.has(text.charCodeAt(i)))
        i++;
    if (i === at)
        return 'plain';
    const mark = (text.charCodeAt(i - 1) === 61 ? POD_COMMAND : CHECKBOX).exec(text.slice(i, at));
    return mark !== null && i + mark[0].length === at ? 'item' : undefined;
}
const CHECKBOX = /^\[[ xX]?\][ \t]+/;
const POD_COMMAND = /^(?:head[1-6]|item)[ \t]+/;
/** After `.`, `!`, `?` or `;` and a blank; not after an ellipsis (`... TAG ...` fills a gap in a table). */
function startsSentence(text, from, at) {
    let i = at - 1;
    while (i >= from && isBlankCode(text.charCodeAt(i)))
        i--;
    return i >= from && i < at - 1 && SENTENCE_END.has(text.charCodeAt(i)) && !(text.charCodeAt(i) === 46 && text.charCodeAt(i - 1) === 46);
}
/** True inside a token like `https://example.com/TAG` or `www.x.org?q=TAG`. */
function insideUrl(text, from, at) {
    let start = at;
    const limit = Math.max(from, at - 300);
    while (start > limit && !isBlankCode(text.charCodeAt(start - 1)))
        start--;
    const token = text.slice(start, at);
    return token.includes('://') || token.startsWith('www.');
}
/**
 * ` - TAG` after some words, `name: TAG verify the type`, `code  # TAG`: a dash or a colon (with a
 * blank after it) or a comment marker after commented-out code introduces a note.
 */
function introducedAfterWords(text, from, at, end, to) {
    let i = at - 1;
    if (i < from || !isBlankCode(text.charCodeAt(i)))
        return false;
    while (i >= from && isBlankCode(text.charCodeAt(i)))
        i--;
    const code = charCode(text, i, from, at);
    // After a colon, words must follow: `(Request ID: TAG)` fills a value.
    if (code === 58)
        return i > from && isBlankCode(charCode(text, end, from, to)) && wordAt(text, skipBlanks(text, end, to), to) !== undefined;
    if (code === 35)
        return i > from && isBlankCode(text.charCodeAt(i - 1));
    return (code === 45 || code === 8211 || code === 8212) && i > from && isBlankCode(text.charCodeAt(i - 1));
}
/** "TAG list", "TAG and OTHER": the next word makes the tag a noun or one of a list of tags. */
function mentionFollows(text, after, to, tags) {
    const nextAt = skipBlanks(text, after, to);
    const next = wordAt(text, nextAt, to);
    if (next === undefined)
        return false;
    if (MENTION_NOUNS.has(next.toLowerCase()))
        return true;
    if (!LIST_JOINERS.has(next))
        return false;
    const third = wordAt(text, skipBlanks(text, nextAt + next.length, to), to);
    return third !== undefined && tags.includes(third);
}
/** `Markers: TAG, OTHER` or `TAG OTHER`: the next word is another tag, or a comma starts a list. */
function listsTags(text, after, to, tags) {
    const nextAt = skipBlanks(text, after, to);
    const next = wordAt(text, nextAt, to);
    return next !== undefined && (next === ',' || next === '/' || tags.includes(next));
}
/**
 * An odd number of backticks before the tag on its line, and one after it to close the code: the
 * tag is quoted as code, as in docs. A stray backtick with none after it opens nothing, as in
 * CommonMark (`` (`int): TAG verify the type ``).
 */
function insideInlineCode(text, from, at, to) {
    let backticks = 0;
    for (let i = Math.max(from, at - 500); i < at; i++)
        if (text.charCodeAt(i) === 96)
            backticks++;
    if (backticks % 2 === 0)
        return false;
    const closing = text.indexOf('`', at);
    return closing !== -1 && closing < to;
}
function onlyClosingPunctuation(text, at, to) {
    for (let i = at; i < to; i++) {
        const code = text.charCodeAt(i);
        if (!isBlankCode(code) && code !== 46 && code !== 33 && code !== 63)
            return false;
    }
    return true;
}
function isValue(text, from, at, after, to) {
    if (!onlyClosingPunctuation(text, after, to))
        return false;
    let i = at - 1;
    while (i >= from && isBlankCode(text.charCodeAt(i)))
        i--;
    return i >= from && i < at - 1 && VALUE_INTRODUCER.has(text.charCodeAt(i));
}
/** Words that, just before a closing tag, make it the object of a sentence: "see the TAG", "fix this TAG". */
const MENTION_PRECEDERS = new Set([
    'the', 'a', 'an', 'this', 'that', 'these', 'those', 'any', 'each', 'every', 'no', 'of', 'for', 'to', 'in', 'on', 'with',
    'about', 'see', 'per', 'and', 'or', 'as', 'like', 'our', 'its', 'their', 'my', 'your', 'by', 'from', 'is', 'are',
]);
/** `Naming TAG`, `Release date TAG`: a short comment that says what is still open, the tag last. */
function isShortPredicate(text, from, at, after, to, tags) {
    if (!onlyClosingPunctuation(text, after, to))
        return false;
    let i = from;
    while (i < at && DECORATION.has(text.charCodeAt(i)))
        i++;
    const words = text.slice(i, at).trim().split(/\s+/);
    const last = words[words.length - 1];
    return words.length <= 2 && /^[A-Za-z][a-z-]*$/.test(last) && !tags.includes(last) && !MENTION_PRECEDERS.has(last.toLowerCase());
}
/**
 * Strips markers and closing decoration from a comment line: `* TAG: x **` reads `TAG: x`. On a
 * very long line only a window around the tag is read, so that the tag stays in the clipped text.
 */
function commentLineText(text, from, to, at = from) {
    let start = at - from > 150 ? at - 50 : from;
    while (start < to && (DECORATION.has(text.charCodeAt(start)) && text.charCodeAt(start) !== 45 && text.charCodeAt(start) !== 64))
        start++;
    let end = Math.min(to, start + WINDOW);
    while (end > start && (isBlankCode(text.charCodeAt(end - 1)) || text.charCodeAt(end - 1) === 42))
        end--;
    return clip(collapseWhitespace(text, start, end));
}
const MAX_REFERENCE = 100;
const SPACED_REFERENCE = /^\(([#@]?[\w.-]{1,60})\)/;
/** How much of a comment line around the tag is read for the text: enough for 200 characters. */
const WINDOW = 400;
/** `(alice)` or `(#123)` right after the tag, or ` #123` / ` @alice` after a space. */
function readReference(text, after, to) {
    // `TAG (alice):` — one owner or issue token in parentheses after a space, as people also write it.
    if (text.charCodeAt(after) === 32 && text.charCodeAt(after + 1) === 40) {
        const spaced = SPACED_REFERENCE.exec(text.slice(after + 1, Math.min(to, after + MAX_REFERENCE + 3)));
        if (spaced)
            return { value: spaced[1], end: after + 1 + spaced[0].length };
    }
    if (text.charCodeAt(after) === 40) {
        let close = after + 1;
        const limit = Math.min(to, after + MAX_REFERENCE + 2);
        while (close < limit && text.charCodeAt(close) !== 41)
            close++;
        if (close < limit) {
            const value = text.slice(after + 1, close).trim();
            if (value !== '')
                return { value, end: close + 1 };
        }
        return { end: after };
    }
    const wordStart = skipBlanks(text, after, to);
    REFERENCE_WORD.lastIndex = wordStart;
    const match = REFERENCE_WORD.exec(text);
    if (match !== null && wordStart + match[0].length <= to && (wordStart + match[0].length === to || !isAsciiWordCode(text.charCodeAt(wordStart + match[0].length)))) {
        return { value: match[0], end: wordStart + match[0].length };
    }
    return { end: after };
}
/**
 * The message: what the author wrote from the tag on (`TODO (alice): tune`, not a rewritten
 * `TODO(alice): tune`); the owner or reference is recorded apart. A bare tag takes the rest of its
 * comment line, or says it has no description.
 */
function describe(tag, at, text, descriptionStart, to, lineText) {
    let start = descriptionStart;
    while (start < to && (isBlankCode(text.charCodeAt(start)) || ':-–—)]'.includes(text[start])))
        start++;
    // Words make a description; `(TAG).` ends with punctuation only.
    const hasDescription = /[\p{L}\p{N}]/u.test(text.slice(start, Math.min(to, start + WINDOW)));
    // `[TAG] restore the features` reads from its bracket.
    const bracketed = at > 0 && (text.charCodeAt(at - 1) === 40 || text.charCodeAt(at - 1) === 91);
    const from = bracketed ? at - 1 : at;
    if (hasDescription)
        return clip(collapseWhitespace(text.slice(from, Math.min(to, from + WINDOW))).replace(/\s*\*+$/, ''));
    const written = clip(collapseWhitespace(text.slice(from, Math.min(to, from + WINDOW))).replace(/\s*\*+$/, ''));
    // `Naming TAG`, `a title (TAG)`, `code  # TAG`: the line around the tag is what it is about.
    return lineText === tag || lineText === '' || lineText === written ? `${written} (no description)` : lineText;
}
/**
 * Reads the tag at `at` on `line`. Returns undefined when the occurrence is a mention rather than
 * a placeholder.
 */
function readTag(text, at, tag, line, tags, context) {
    const { from, to } = line;
    const end = at + tag.length;
    const before = charCode(text, at - 1, from, to);
    const after = charCode(text, end, from, to);
    if (MENTION_BEFORE.has(before))
        return undefined;
    // `no-TAG` is a kebab-case name; `- TAG` and `--TAG` are bullets and comment markers.
    if (before === 45 && isAsciiWordCode(charCode(text, at - 2, from, to)))
        return undefined;
    if (after === 47 || after === 92 || after === 96 || after === 34 || after === 39)
        return undefined;
    if ((after === 46 || after === 45) && isAsciiWordCode(charCode(text, end + 1, from, to)))
        return undefined;
    if (insideUrl(text, from, at) || insideInlineCode(text, from, at, to))
        return undefined;
    // `<TAG>` and `=TAG` fill a value in a format example (`--name=XXX`, `git checkout <XXX>`).
    if ((before === 60 && after === 62) || before === 61)
        return undefined;
    const reference = readReference(text, end, to);
    const separatorAt = skipBlanks(text, reference.end, to);
    const marked = text.charCodeAt(separatorAt) === 58 && separatorAt < to;
    const lead = leadOf(text, from, at);
    // An item's mark starts a new note even when the line before ran on.
    const leading = lead === 'item' || (lead === 'plain' && line.continuesSentence !== true);
    let placeholder;
    if (context === 'prose') {
        placeholder = leading && (marked || reference.value !== undefined || !mentionFollows(text, reference.end, to, tags));
    }
    else {
        // `[TAG]` opening a note counts; mid-sentence (`version [XXX] of the API`) it fills a value.
        const bracketed = (before === 40 && after === 41) || (before === 91 && after === 93 && (isLeading(text, from, at - 1) || startsSentence(text, from, at - 1)));
        // `(TAG add a link)`, `flaky test - TAG fix` and `shape: TAG verify` open a note inside the comment just as a sentence start does.
        // `# x = f(y)  #TAG define f`: a comment marker after commented-out code opens a note too.
        const afterMarker = before === 35 && (at - 2 < from || isBlankCode(text.charCodeAt(at - 2)));
        const opensAside = before === 40 || (before === 91 && after !== 93) || afterMarker || (introducedAfterWords(text, from, at, end, to) && !listsTags(text, reference.end, to, tags));
        const opensSentence = leading || opensAside || startsSentence(text, from, at);
        placeholder =
            marked ||
                (reference.value !== undefined && text.charCodeAt(end) === 40) ||
                bracketed ||
                (opensSentence && !mentionFollows(text, reference.end, to, tags)) ||
                isValue(text, from, at, reference.end, to) ||
                (line.continuesSentence !== true && isShortPredicate(text, from, at, reference.end, to, tags));
    }
    if (!placeholder)
        return undefined;
    const lineText = commentLineText(text, from, to, at);
    const descriptionStart = marked ? separatorAt + 1 : reference.end;
    return {
        ...(reference.value === undefined ? {} : { reference: reference.value }),
        ...splitReference(reference.value, text.slice(descriptionStart, Math.min(to, descriptionStart + WINDOW))),
        text: lineText,
        message: describe(tag, at, text, descriptionStart, to, lineText),
    };
}

;// CONCATENATED MODULE: ./src/scanners/placeholders/skip-reasons.ts
/**
 * A string that says why a test is switched off, or names a test the suite knows to fail: the
 * places where people write a tag into code rather than a comment, and mean it.
 *   `@unittest.skip("TODO: revisit")`, `@pytest.mark.xfail(reason="FIXME: flaky")`,
 *   `pytest.skip("TODO")`, `t.Skip("TODO")`, `#[ignore = "FIXME: not on WASI"]`,
 *   `it.skip('TODO: …')`, `xit('…')`, `test_expect_failure PREREQ 'title (TODO)' '…'`.
 * The tag inside is then read by the rules for comments, so `'a failing TODO test'` stays a mention.
 */
const SKIP_CALL = /(?:\b(?:skip|skipIf|skipUnless|xfail|Skip|Skipf|skipTest|pending|xit|xtest|xdescribe|xcontext)\s*\(\s*(?:(?:[^()"'\n]|"[^"\n]*"|'[^'\n]*'|\([^()\n]*\))*,\s*)?(?:reason\s*=\s*)?|\b(?:ignore|reason)\s*=\s*|\b(?:it|test|describe|context)\s*\.\s*(?:skip|todo|fixme)\s*\(\s*|\btest_expect_(?:success|failure)[ \t]+(?:[A-Z0-9_,!]+[ \t]+)?)$/;
/** How far before the string its call is looked for: one line's worth. */
const REACH = 160;
function isSkipReason(text, span) {
    if (span.kind !== 'string')
        return false;
    const lineStart = text.lastIndexOf('\n', span.start - 1) + 1;
    const from = Math.max(lineStart, span.start - REACH);
    return SKIP_CALL.test(text.slice(from, span.start));
}

;// CONCATENATED MODULE: ./src/scanners/detached-string.ts
/**
 * A copy of `value` that does not keep the string it was cut from alive. V8 represents a substring
 * (from `slice`, a regex match, an unchanged `trim` or `toLowerCase`) as a view of its parent, so
 * one kept link target, anchor or placeholder text would retain a whole file; on a 32,000-file tree
 * that held 9,000 documents in memory until the link check ended, and the placeholder findings kept
 * every file with a finding alive, which the garbage collector then copied around (80 ms of the
 * scan). The concatenation forces a flat copy.
 */
function detachedString(value) {
    return (' ' + value).slice(1);
}

;// CONCATENATED MODULE: ./src/scanners/placeholders/scan-text.ts























/** Written anywhere on a line, it silences the findings on that line. */
const SUPPRESSION_MARKER = 'repo-audit-ignore';
function knowsLanguage(languageName) {
    return languageHandler(languageName) !== undefined;
}
/** `until`: code is lexed only as far as a finding could need (see `lexInto`). */
function lexFor(handler, text, markdownProse, until, tags) {
    switch (handler.kind) {
        case 'code':
            return { spans: lex(text, handler.syntax, until), prose: [] };
        case 'markup':
            return { spans: lexMarkup(text), prose: [] };
        case 'yaml':
            return { spans: lexYaml(text), prose: [] };
        case 'markdown':
            return lexMarkdown(text, markdownProse, tags);
        case 'notebook':
            // Notebooks are split into cells before lexing; as a whole they hold no comments.
            return { spans: [], prose: [] };
    }
}
/** The line `text[from, to)` ends with a word or a comma: the sentence goes on on the next line. */
function endsMidSentence(text, from, to) {
    let last = to - 1;
    while (last >= from && (isBlankCode(text.charCodeAt(last)) || text.charCodeAt(last) === 42))
        last--;
    if (last < from)
        return false;
    const code = text.charCodeAt(last);
    return isAsciiWordCode(code) || code === 44;
}
const DOCTEST_LINE = /^[ \t]*(?:>>>|\.\.\.)[ \t][^\n#]*?[ \t]#+[ \t]*$/;
/** Where the comment starts when the tag stands in a `#` comment on a doctest line of the string, else -1. */
function doctestCommentAt(text, span, at) {
    const lineStart = Math.max(span.bodyStart, text.lastIndexOf('\n', at - 1) + 1);
    if (at - lineStart > 400 || !DOCTEST_LINE.test(text.slice(lineStart, at)))
        return -1;
    return text.lastIndexOf('#', at) + 1;
}
/** Only blanks, or the `[` of `[TAG]`, stand between the start of the string's line (or its opening) and the tag. */
function opensWithTag(text, span, at) {
    for (let i = Math.max(span.bodyStart, text.lastIndexOf('\n', at - 1) + 1); i < at; i++) {
        const code = text.charCodeAt(i);
        if (!isBlankCode(code) && code !== 10 && code !== 13 && !(code === 91 && i === at - 1))
            return false;
    }
    return true;
}
/** Tests folders and the file names test runners pick up, in the languages with stub rules. */
const TEST_SOURCE = /(?:^|\/)(?:tests?|__tests__|spec|specs|testing|testdata)\/|(?:^|\/)(?:tests?|[^/]*_tests?)\.rs$|_test\.go$|\.(?:test|spec)\.[cm]?[jt]sx?$|(?:Test|Tests|Spec)\.(?:java|kt|scala|cs|swift|dart)$|_spec\.rb$|_test\.(?:rb|dart|exs?)$/;
function isTestSource(path) {
    return TEST_SOURCE.test(path);
}
/**
 * A file shipped for users to copy and fill in (`pre-commit.sample`, `config.example.yml`,
 * `settings.py.template`, and Markdown named `*_template.md` such as `model_card_template.md` and
 * `pull_request_template.md`): its placeholders are the user's to replace, not the maintainer's.
 * `paint_by_example.py` and `trainer_template.rst` are the project's own code and docs.
 */
const TEMPLATE_FILE = /\.(?:sample|example|template|tmpl|dist)$|\.(?:sample|example|template)\.[\w]+$|[_-]template\.md$/i;
function isTemplateFile(path) {
    return TEMPLATE_FILE.test(path.slice(path.lastIndexOf('/') + 1));
}
/** Sphinx's `.. todo::` directive in lower case: the TODO tag written as reST spells it. */
const TODO_DIRECTIVE = /^\.\. todo::[ \t]*(.*)$/gm;
/** The first line of a directive's indented body, after blank lines: `.. todo::` often has its text there. */
const DIRECTIVE_BODY = /(?:\r?\n[ \t]*)*\r?\n[ \t]+(\S[^\r\n]*)/y;
function todoDirectives(text, out) {
    TODO_DIRECTIVE.lastIndex = 0;
    for (let match = TODO_DIRECTIVE.exec(text); match !== null; match = TODO_DIRECTIVE.exec(text)) {
        let rest = collapseWhitespace(match[1]);
        if (rest === '') {
            DIRECTIVE_BODY.lastIndex = match.index + match[0].length;
            rest = collapseWhitespace(DIRECTIVE_BODY.exec(text)?.[1] ?? '');
        }
        out.push({ kind: 'comment', at: match.index + 3, tag: 'TODO', text: clip(`todo:: ${rest}`.trim()), message: clip(rest === '' ? 'todo:: (no description)' : `todo:: ${rest}`) });
    }
}
/** A tag in a test's skip reason, and in Python in a docstring, counts as in a comment. */
function commentTags(text, lineIndex, spans, hits, python, tags, out) {
    // Hits are in order, so a string's hits come together: its answer is worked out once, however
    // many tags a long string holds.
    let lastString;
    let lastStringCounts = false;
    let lastStringIsStatement;
    for (const hit of hits) {
        const span = spanAt(spans, hit.at);
        if (span === undefined)
            continue;
        if (span.kind !== 'comment') {
            if (span !== lastString) {
                lastString = span;
                lastStringCounts = isSkipReason(text, span) || (python && isDocstring(text, spans, span));
                lastStringIsStatement = undefined;
            }
            // A line of a bare string statement that opens with a tag is a note left in code, docstring or not;
            // so is a comment on a doctest line of any string (`>>> load(path)  # TAG: update the path`).
            const doctestComment = python && !lastStringCounts ? doctestCommentAt(text, span, hit.at) : -1;
            if (doctestComment !== -1) {
                const lines = lineIndex();
                const to = Math.min(lines.endOf(lines.lineOf(hit.at)), span.bodyEnd);
                const reading = readTag(text, hit.at, hit.tag, { from: doctestComment, to }, tags.tags, 'comment');
                if (reading !== undefined)
                    out.push({ kind: 'comment', at: hit.at, tag: hit.tag, ...reading });
                continue;
            }
            if (!lastStringCounts && !(python && opensWithTag(text, span, hit.at) && (lastStringIsStatement ??= isStringStatement(text, spans, span))))
                continue;
        }
        if (hit.at < span.bodyStart || hit.at + hit.tag.length > span.bodyEnd)
            continue;
        const lines = lineIndex();
        const line = lines.lineOf(hit.at);
        const from = Math.max(lines.startOf(line), span.bodyStart);
        const to = Math.min(lines.endOf(line), span.bodyEnd);
        const continuesSentence = from > span.bodyStart && endsMidSentence(text, Math.max(lines.startOf(line - 1), span.bodyStart), lines.endOf(line - 1));
        const reading = readTag(text, hit.at, hit.tag, { from, to, continuesSentence }, tags.tags, 'comment');
        if (reading === undefined)
            continue;
        // `<!-- TAG` or `/* TAG` alone on its line, the note on the next: that line describes it.
        const next = reading.message.endsWith(NO_DESCRIPTION) ? nextCommentLine(text, lines, line, span) : undefined;
        out.push({ kind: 'comment', at: hit.at, tag: hit.tag, ...reading, ...(next === undefined ? {} : { message: clip(`${reading.message.slice(0, -NO_DESCRIPTION.length)} ${next}`) }) });
    }
}
const NO_DESCRIPTION = ' (no description)';
/** Markers that open a comment's continuation lines: `*` of a block comment, `#`, `//`, `--`. */
const CONTINUATION_MARKERS = /^[\s*#/;-]*/;
/** The text of the comment's next line that holds words, or undefined when the comment ends first. */
function nextCommentLine(text, lines, line, span) {
    const lineBreak = text.indexOf('\n', lines.endOf(line));
    if (lineBreak === -1 || lineBreak + 1 >= span.bodyEnd)
        return undefined;
    const start = lineBreak + 1;
    const end = text.indexOf('\n', start);
    const body = text.slice(start, Math.min(end === -1 ? text.length : end, span.bodyEnd)).replace(/\r$/, '').replace(CONTINUATION_MARKERS, '').trim();
    return /[\p{L}\p{N}]/u.test(body) ? collapseWhitespace(body) : undefined;
}
/**
 * A paragraph or list item that opens with a tag and a colon (`TODO: document this.`) is a
 * placeholder; with `markdown-prose`, any prose line that opens with a tag. Mid-sentence mentions
 * never are.
 */
function proseTags(text, prose, tags, everyLine, out) {
    for (const line of prose) {
        if (!everyLine && !line.opensSentence)
            continue;
        for (const tag of tags.tags) {
            if (!text.startsWith(tag, line.from))
                continue;
            if (!everyLine && !MARKED_TAG.test(text.slice(line.from + tag.length, Math.min(line.to, line.from + tag.length + 120))) && !isBareTagParagraph(text, line.from, tag))
                continue;
            const reading = readTag(text, line.from, tag, line, tags.tags, 'prose');
            if (reading !== undefined)
                out.push({ kind: 'prose', at: line.from, tag, ...reading });
        }
    }
}
/** `… from [Model] (TAG).` in Markdown prose: a tag in parentheses of its own marks a gap in the sentence. */
function bracketedProseTags(text, bracketed, tags, out) {
    for (const { at, tag, from, to } of bracketed) {
        const reading = readTag(text, at, tag, { from, to }, tags.tags, 'comment');
        // The sentence around the gap says what is missing: it is the message.
        if (reading !== undefined)
            out.push({ kind: 'prose', at, tag, ...reading, message: reading.text });
    }
}
/** Cheap test before lexing: the hit stands first on its line behind list, quote or heading markers, and a colon follows. */
function mayOpenBlock(text, hit) {
    for (let i = hit.at - 1; i >= 0 && i >= hit.at - 40; i--) {
        const code = text.charCodeAt(i);
        if (code === 10)
            return MARKED_TAG.test(text.slice(hit.at + hit.tag.length, hit.at + hit.tag.length + 120)) || isBareTagParagraph(text, hit.at, hit.tag);
        if (!BLOCK_MARKER.has(code))
            return false;
    }
    return hit.at < 40 && (MARKED_TAG.test(text.slice(hit.at + hit.tag.length, hit.at + hit.tag.length + 120)) || isBareTagParagraph(text, hit.at, hit.tag));
}
function isBracketed(text, hit) {
    return text.charCodeAt(hit.at - 1) === 40 && text.charCodeAt(hit.at + hit.tag.length) === 41;
}
/** After the tag, at most a full stop, and then a blank line or the end: a paragraph that is only `TAG.`. */
const BARE_TAG_REST = /^[.!]?[ \t]*\r?(?:\n[ \t]*\r?(?:\n|$)|$)/;
/** `TAG` or `TAG.` as a whole paragraph (not a heading): the section it stands in is still to be written. */
function isBareTagParagraph(text, at, tag) {
    if (!BARE_TAG_REST.test(text.slice(at + tag.length, at + tag.length + 8)))
        return false;
    const lineStart = text.lastIndexOf('\n', at - 1) + 1;
    const lead = text.charCodeAt(lineStart);
    return lead !== 35 && lead !== 61;
}
const BLOCK_MARKER = new Set([...' \t>-*+#[]xX.)0123456789'].map((char) => char.charCodeAt(0)));
/** After a tag: an optional `(owner)` and then a colon. */
const MARKED_TAG = /^\s?(?:\([^)\n]{1,100}\))?\s*:/;
/**
 * How far the code must be lexed for these tags and stub candidates: past the last tag, and as far
 * as the last stub's statement may reach. With Python stubs, the whole file (its structure counts).
 */
function lexingNeed(text, hits, candidates, wholeFile) {
    if (wholeFile)
        return text.length;
    let need = hits.length === 0 ? 0 : hits[hits.length - 1].at + 1;
    for (const { match } of candidates)
        need = Math.max(need, statementReach(match.index));
    return need;
}
function finish(path, lines, raw, fingerprints) {
    if (raw.length === 0)
        return [];
    raw.sort((a, b) => a.at - b.at);
    const suppressed = new Map();
    const findings = [];
    let previousAt = -1;
    let previousTagLine = -1;
    for (const finding of raw) {
        if (finding.at === previousAt)
            continue;
        previousAt = finding.at;
        const line = lines.lineOf(finding.at);
        // `TODO FIXME: x` is one note: one finding a line for tags.
        if (finding.kind !== 'stub' && finding.kind !== 'interface') {
            if (line === previousTagLine)
                continue;
            previousTagLine = line;
        }
        let silenced = suppressed.get(line);
        if (silenced === undefined) {
            silenced = lines.textOf(line).includes(SUPPRESSION_MARKER);
            suppressed.set(line, silenced);
        }
        if (silenced)
            continue;
        const ruleId = `placeholders/${finding.kind}`;
        const text = detachedString(finding.text);
        findings.push({
            path,
            line: line + 1,
            column: finding.at - lines.startOf(line) + 1,
            ruleId,
            message: detachedString(finding.message),
            // Content, not position: moving the line keeps the fingerprint.
            fingerprint: fingerprints.next(ruleId, path, `${finding.tag} ${text}`),
            kind: finding.kind,
            tag: detachedString(finding.tag),
            text,
            ...(finding.reference === undefined ? {} : { reference: detachedString(finding.reference) }),
            ...(finding.owner === undefined ? {} : { owner: detachedString(finding.owner) }),
            ...(finding.issue === undefined ? {} : { issue: detachedString(finding.issue) }),
            ...(finding.definedIn === undefined ? {} : { definedIn: finding.definedIn }),
        });
    }
    return findings;
}
/**
 * Finds the placeholders in one file's text. Pure: the caller supplies the text and a fingerprint
 * index shared by the whole run (fingerprints are handed out in file order).
 */
function scanPlaceholders(path, detected, input, settings, fingerprints, index) {
    // The file's own mode line outranks its extension: `git-gui.sh` declares itself Tcl.
    const languageName = modelineLanguage(input) ?? detected;
    const handler = language_handlers_languageHandler(languageName);
    if (handler === undefined || isTemplateFile(path))
        return [];
    if (handler.kind === 'notebook')
        return scanNotebook(path, input, settings, fingerprints, (cellPath, language, cellText) => scanPlaceholders(cellPath, language, cellText, settings, fingerprints, index));
    const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
    const tags = tagPattern(settings.tags);
    const python = handler.kind === 'code' && handler.python;
    const stubRules = settings.stubs ? (STUB_RULES.get(languageName) ?? []) : [];
    const pythonStubs = python && settings.stubs && !path.endsWith('.pyi') && mayHoldPythonStubs(text);
    // Every Python file's classes feed the cross-file index: a subclass elsewhere decides whether a stub is a hook.
    if (python && settings.stubs && index !== undefined)
        index.add(pythonClasses(text));
    // One pass for the tags: the hits themselves, rather than an "any tag?" test and then the hits.
    const hits = findTagHits(text, tags);
    const hasTag = hits.length > 0 || (handler.kind === 'markdown' && settings.markdownProse && tags.any.test(text));
    const candidates = stubCandidates(text, stubRules);
    const todoDirective = languageName === 'reStructuredText' && tags.tags.includes('TODO') && /^\.\. todo::/m.test(text);
    if (!hasTag && !pythonStubs && !todoDirective && candidates.length === 0)
        return [];
    // Markdown's comments are HTML comments and the comments of code blocks; besides them only a block that opens with `TAG:` counts.
    if (handler.kind === 'markdown' && !settings.markdownProse && !text.includes('<!--') && !text.includes('```') && !text.includes('~~~') && !hits.some((hit) => mayOpenBlock(text, hit) || isBracketed(text, hit)))
        return [];
    const { spans, prose, fences, bracketed } = lexFor(handler, text, settings.markdownProse, lexingNeed(text, hits, candidates, pythonStubs), tags.tags);
    const raw = [];
    if (pythonStubs) {
        const analysis = analysePython(text, spans, { isTestFile: isPythonTestFile(path) });
        for (const stub of analysis.stubs)
            raw.push(stub);
        if (settings.interfaceHooks)
            for (const hook of analysis.hooks)
                raw.push(hook);
    }
    // Built only when something is found: most files with a tag in them have it in a string.
    let lines;
    const lineIndex = () => (lines ??= new LineIndex(text));
    if (hasTag) {
        commentTags(text, lineIndex, spans, hits, python, tags, raw);
        proseTags(text, prose, tags, settings.markdownProse, raw);
        if (PROSE_MARKUP.has(languageName))
            proseTags(text, markupProseLines(text, spans, hits), tags, false, raw);
        if (bracketed !== undefined)
            bracketedProseTags(text, bracketed, tags, raw);
    }
    // Test doubles stand in on purpose: `unimplemented!()` in a mock's method is the test's design.
    if (!isTestSource(path))
        codeStubs(text, spans, candidates, languageName, settings.interfaceHooks, raw);
    if (todoDirective)
        todoDirectives(text, raw);
    const inFences = fences === undefined || fences.length === 0 || hits.length === 0 ? [] : fencedCodeTags(text, fences, hits, lineIndex, (language, block) => scanPlaceholders(path, language, block, { ...settings, stubs: false }, fingerprints));
    const findings = raw.length === 0 ? [] : finish(path, lineIndex(), raw, fingerprints);
    return inFences.length === 0 ? findings : [...findings, ...inFences];
}

;// CONCATENATED MODULE: ./src/scanners/placeholders/class-index.ts

/** Collects every Python class of the audit: names, bases and methods, a few strings each. */
class ClassIndexBuilder {
    classes = [];
    add(classes) {
        for (const entry of classes)
            this.classes.push(entry);
    }
}
/** Inheritance deeper than this is a loop or generated code; the walk stops there. */
const MAX_DEPTH = 32;
/**
 * Across files, whether a stub's method is an interface hook: its class derives from an interface
 * (through classes of the repository), or a class of the repository that derives from it defines
 * the same method again. Classes are known by name; two classes of one name count as one, which
 * can only keep a finding out.
 */
class ClassIndex {
    byName = new Map();
    children = new Map();
    interfaceMemo = new Map();
    constructor(classes) {
        for (const entry of classes) {
            const named = this.byName.get(entry.name);
            if (named)
                named.push(entry);
            else
                this.byName.set(entry.name, [entry]);
            for (const base of entry.bases) {
                const list = this.children.get(base);
                if (list)
                    list.push(entry);
                else
                    this.children.set(base, [entry]);
            }
        }
    }
    /** Why the method is an interface hook, or undefined when it is unfinished code. */
    hookReason(owner) {
        if (this.derivesFromInterface(owner.className, 0))
            return `${owner.className} derives from an interface`;
        const overriding = this.overriddenBy(owner);
        return overriding === undefined ? undefined : `${overriding} defines ${owner.method}() again`;
    }
    derivesFromInterface(name, depth) {
        const known = this.interfaceMemo.get(name);
        if (known !== undefined)
            return known;
        if (depth > MAX_DEPTH)
            return false;
        this.interfaceMemo.set(name, false);
        const result = (this.byName.get(name) ?? []).some((entry) => entry.bases.some((base) => isInterfaceBase(base) || this.derivesFromInterface(base, depth + 1)));
        this.interfaceMemo.set(name, result);
        return result;
    }
    /** A class deriving from the owner's (at any depth) that defines the method too. */
    overriddenBy(owner) {
        const seen = new Set([owner.className]);
        let frontier = [owner.className];
        for (let depth = 0; depth < MAX_DEPTH && frontier.length > 0; depth++) {
            const next = [];
            for (const name of frontier) {
                for (const child of this.children.get(name) ?? []) {
                    if (child.methods.includes(owner.method))
                        return child.name;
                    if (!seen.has(child.name)) {
                        seen.add(child.name);
                        next.push(child.name);
                    }
                }
            }
            frontier = next;
        }
        return undefined;
    }
}

;// CONCATENATED MODULE: ./src/scanners/placeholders/parallel/placeholder-worker.ts






/**
 * Reads and scans the files the pool sends, a batch at a time. A file that makes the
 * scanner throw is reported with its path and the batch goes on, as on the main thread.
 */
function serve(port, data) {
    // Keys include the path and a file is only ever sent to one worker, so per-file occurrence
    // numbers, and with them the fingerprints, are those of a single-threaded scan.
    const fingerprints = new FingerprintIndex();
    const reader = new FileReader();
    port.on('message', (request) => {
        if (request.kind === 'end') {
            port.postMessage({ kind: 'ended' });
            return;
        }
        const outcomes = [];
        for (const job of request.jobs) {
            const bytes = reader.read(job.fsPath, job.bytes);
            if (bytes === undefined) {
                outcomes.push({ index: job.index, facts: { kind: 'unreadable' }, findings: [] });
                continue;
            }
            if (isBinary(bytes)) {
                outcomes.push({ index: job.index, facts: { kind: 'binary' }, findings: [] });
                continue;
            }
            const facts = { kind: 'text', lines: countLines(bytes) };
            try {
                const classes = new ClassIndexBuilder();
                const findings = scanPlaceholders(job.path, job.language, decodeText(bytes), data.settings, fingerprints, classes);
                outcomes.push({ index: job.index, facts, findings, ...(classes.classes.length === 0 ? {} : { classes: classes.classes }) });
            }
            catch (error) {
                const failure = error instanceof Error ? { path: job.path, message: error.message, ...(error.stack === undefined ? {} : { stack: error.stack }) } : { path: job.path, message: String(error) };
                outcomes.push({ index: job.index, facts, findings: [], failure });
            }
        }
        port.postMessage({ kind: 'scanned', outcomes });
    });
}
if (external_node_worker_threads_namespaceObject.parentPort === null)
    throw new Error('placeholder-worker.js runs as a worker thread of repo-audit, not on its own');
serve(external_node_worker_threads_namespaceObject.parentPort, external_node_worker_threads_namespaceObject.workerData);

