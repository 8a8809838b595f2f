export const id = 780;
export const ids = [780];
export const modules = {

/***/ 6314:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fb: () => (/* binding */ LINE_BREAK),
/* harmony export */   Yg: () => (/* binding */ normalizeLineBreaks),
/* harmony export */   rr: () => (/* binding */ LineIndex)
/* harmony export */ });
/* unused harmony export lineStarts */
/**
 * The one rule every scanner numbers lines by: a line ends at `\r\n`, `\n` or a lone `\r`, as
 * CommonMark, markdown-it and editors read old Mac files.
 */
const LINE_BREAK = /\r\n|\n|\r/;
/** The same text with every line break as `\n`: same lines, same numbers. */
function normalizeLineBreaks(text) {
    return text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text;
}
/** Offsets where each line starts (the first is 0), in one pass. */
function lineStarts(text) {
    const starts = [0];
    for (let index = 0; index < text.length; index++) {
        const code = text.charCodeAt(index);
        if (code === 0x0a)
            starts.push(index + 1);
        else if (code === 0x0d) {
            if (text.charCodeAt(index + 1) === 0x0a)
                index++;
            starts.push(index + 1);
        }
    }
    return starts;
}
/** Turns offsets into 1-based line numbers, in any order, by binary search over the line starts. */
class LineIndex {
    text;
    starts;
    constructor(text) {
        this.text = text;
    }
    lineAt(offset) {
        const starts = (this.starts ??= lineStarts(this.text));
        let low = 0;
        let high = starts.length - 1;
        while (low < high) {
            const middle = (low + high + 1) >> 1;
            if (starts[middle] <= offset)
                low = middle;
            else
                high = middle - 1;
        }
        return low + 1;
    }
}


/***/ }),

/***/ 5780:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  repoMapScanner: () => (/* binding */ repoMapScanner)
});

// EXTERNAL MODULE: ./src/inventory/path-globs.ts
var path_globs = __webpack_require__(5427);
// EXTERNAL MODULE: ./src/git/run-git.ts
var run_git = __webpack_require__(6148);
;// CONCATENATED MODULE: ./src/git/recent-commits.ts

/** Hash, strict ISO author date, author name, subject. */
const FIELDS = ['%H', '%aI', '%an', '%s'];
/**
 * With `-z` git ends every field (joined by `%x00`) and every commit with NUL, the one byte a commit
 * subject cannot contain, so subjects parse whatever characters they hold.
 */
function parseCommitLog(output) {
    const fields = output.split('\0');
    const commits = [];
    for (let index = 0; index + FIELDS.length <= fields.length; index += FIELDS.length) {
        const [sha, date, author, subject] = fields.slice(index, index + FIELDS.length);
        if (sha === '')
            break;
        commits.push({ sha, date, author, subject });
    }
    return commits;
}
const SHALLOW_NOTE = 'This is a shallow clone, so older commits are missing. Check out with `fetch-depth: 0` (actions/checkout) to see the full history.';
/**
 * The last `count` commits reachable from HEAD. Never throws for git's sake: outside a work tree, or
 * when git fails (an unborn branch, a broken repository), the history is `unavailable` with the reason.
 */
async function readRecentCommits(root, git, count) {
    if (!git.isWorkTree) {
        return { status: 'unavailable', note: 'Not a git work tree, so there is no commit history.', commits: [] };
    }
    if (count === 0) {
        return { status: git.shallow ? 'shallow' : 'complete', note: 'Recent commits are turned off (recent-commits: 0).', commits: [] };
    }
    let output;
    try {
        output = await (0,run_git/* runGit */.EO)(['log', ...run_git/* LOG_SAFETY */.yC, `--max-count=${count}`, '-z', '--no-color', `--format=${FIELDS.join('%x00')}`, '--end-of-options', git.revision ?? 'HEAD', '--'], root, { ceiling: git.ceiling });
    }
    catch (error) {
        if (!(error instanceof run_git/* GitCommandError */.iR))
            throw error;
        const reason = error.reason;
        return { status: 'unavailable', note: `git log failed: ${reason}`, commits: [] };
    }
    const commits = parseCommitLog(output);
    return git.shallow ? { status: 'shallow', note: SHALLOW_NOTE, commits } : { status: 'complete', commits };
}

;// CONCATENATED MODULE: ./src/scanners/repo-map/repo-paths.ts
/** Path helpers for inventory paths, which are relative and always use `/`. */
const ROOT_PATH = '.';
/** The directory of a file path: `src/a.ts` → `src`, `a.ts` → `` (the root). */
function directoryOf(path) {
    const slash = path.lastIndexOf('/');
    return slash === -1 ? '' : path.slice(0, slash);
}
function baseNameOf(path) {
    return path.slice(path.lastIndexOf('/') + 1);
}
/** How many directories deep a file sits: `a.ts` → 0, `src/a.ts` → 1. */
function directoryDepthOf(path) {
    let depth = 0;
    for (let i = 0; i < path.length; i++)
        if (path.charCodeAt(i) === 47)
            depth++;
    return depth;
}
/** The file's directory cut to at most `depth` levels, as a tree path (`.` for the root). */
function directoryAtDepth(path, depth) {
    if (depth <= 0)
        return ROOT_PATH;
    let end = -1;
    for (let level = 0; level < depth; level++) {
        const next = path.indexOf('/', end + 1);
        if (next === -1)
            break;
        end = next;
    }
    return end === -1 ? ROOT_PATH : path.slice(0, end);
}
/** Code-unit order: the same on every machine and locale. */
function compareText(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}
/** Root first: shallower paths before deeper ones, then by path. */
function compareRootFirst(a, b) {
    return directoryDepthOf(a) - directoryDepthOf(b) || compareText(a, b);
}

;// CONCATENATED MODULE: ./src/scanners/repo-map/directory-tree.ts

const MAIN_LANGUAGE_COUNT = 3;
/** Kinds that say what a directory is written in; config, data and prose only count when nothing else is there. */
const CODE_KINDS = new Set(['programming', 'markup']);
function emptyStats() {
    return { files: 0, bytes: 0, lines: 0, placeholders: 0, languages: new Map(), children: new Set() };
}
/** Top languages by bytes, preferring code and markup over config, data and prose. */
function mainLanguages(languages) {
    const all = [...languages].map(([name, { kind, bytes }]) => ({ name, kind, bytes }));
    const code = all.filter((language) => CODE_KINDS.has(language.kind));
    return (code.length > 0 ? code : all)
        .sort((a, b) => b.bytes - a.bytes || compareText(a.name, b.name))
        .slice(0, MAIN_LANGUAGE_COUNT)
        .map((language) => language.name);
}
function addFile(stats, file, placeholders) {
    stats.files++;
    stats.bytes += file.bytes;
    stats.lines += file.lines;
    stats.placeholders += placeholders;
    if (file.language === undefined)
        return;
    const entry = stats.languages.get(file.language.name);
    if (entry)
        entry.bytes += file.bytes;
    else
        stats.languages.set(file.language.name, { kind: file.language.kind, bytes: file.bytes });
}
/**
 * The directory tree down to `depth` levels (0 = the root alone). Every node counts all files below
 * it at any depth, so cutting the tree short never loses a file from the totals. One pass over the
 * files, touching at most `depth + 1` directories per file.
 */
function buildDirectoryTree(files, depth, placeholdersByFile = new Map()) {
    const stats = new Map([[ROOT_PATH, emptyStats()]]);
    for (const file of files) {
        const placeholders = placeholdersByFile.get(file.path) ?? 0;
        let parent = stats.get(ROOT_PATH);
        addFile(parent, file, placeholders);
        let end = -1;
        for (let level = 0; level < depth; level++) {
            end = file.path.indexOf('/', end + 1);
            if (end === -1)
                break;
            const directory = file.path.slice(0, end);
            let node = stats.get(directory);
            if (node === undefined) {
                node = emptyStats();
                stats.set(directory, node);
                parent.children.add(directory);
            }
            addFile(node, file, placeholders);
            parent = node;
        }
    }
    return toNode(ROOT_PATH, stats);
}
function toNode(path, stats) {
    const own = stats.get(path);
    const children = [...own.children]
        .map((child) => toNode(child, stats))
        .sort((a, b) => b.bytes - a.bytes || compareText(a.path, b.path));
    return {
        path,
        files: own.files,
        bytes: own.bytes,
        lines: own.lines,
        languages: mainLanguages(own.languages),
        placeholders: own.placeholders,
        children,
    };
}

;// CONCATENATED MODULE: ./src/scanners/repo-map/language-totals.ts

/** Files, bytes and lines per detected language, largest first; files of unknown language are left out. */
function languageTotals(files) {
    const totals = new Map();
    for (const file of files) {
        if (file.language === undefined)
            continue;
        let total = totals.get(file.language.name);
        if (total === undefined) {
            total = { name: file.language.name, kind: file.language.kind, files: 0, bytes: 0, lines: 0 };
            totals.set(file.language.name, total);
        }
        total.files++;
        total.bytes += file.bytes;
        total.lines += file.lines;
    }
    return [...totals.values()].sort((a, b) => b.bytes - a.bytes || compareText(a.name, b.name));
}
/** Totals over every file, whether or not its language is known. */
function fileTotals(files) {
    let bytes = 0;
    let lines = 0;
    for (const file of files) {
        bytes += file.bytes;
        lines += file.lines;
    }
    return { files: files.length, bytes, lines };
}

;// CONCATENATED MODULE: ./src/scanners/repo-map/file-names.ts
/**
 * `Dockerfile`, `Dockerfile.dev`, `api.Dockerfile`, `Containerfile`; not the per-Dockerfile ignore
 * files (`Dockerfile.dockerignore`) BuildKit reads, nor documents about Dockerfiles (`dockerfile.md`).
 */
const DOCKERFILE_NAME = /^(?!.*\.(?:dockerignore|md|markdown|rst|txt|adoc|html)$)(?:(?:docker|container)file(?:\.[^/]+)?|[^/]+\.(?:docker|container)file)$/i;
/** The names GNU make looks for, in its order. */
const MAKEFILE_NAMES = new Set(['GNUmakefile', 'makefile', 'Makefile']);

;// CONCATENATED MODULE: ./src/scanners/repo-map/key-file-rules.ts

const ROOT = [''];
const COMMUNITY_PLACES = ['', '.github', 'docs'];
const exact = (...names) => new RegExp(`^(?:${names.map(escapeRegExp).join('|')})$`);
function escapeRegExp(text) {
    return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
/** First match wins, so a file that fits two categories (setup.cfg) lands in the first listed. */
const KEY_FILE_RULES = [
    { category: 'readme', placement: COMMUNITY_PLACES, name: /^readme(?:\.[^/]+)?$/i },
    { category: 'license', placement: ROOT, name: /^(?:licen[cs]e|copying|unlicense)(?:[.\-_][^/]*)?$/i },
    { category: 'contributing', placement: COMMUNITY_PLACES, name: /^contributing(?:\.[^/]+)?$/i },
    { category: 'changelog', placement: ['', 'docs'], name: /^(?:changelog|change_log|changes|history|news|releases)(?:\.[^/]+)?$/i },
    { category: 'security', placement: COMMUNITY_PLACES, name: /^security(?:\.[^/]+)?$/i },
    { category: 'codeowners', placement: COMMUNITY_PLACES, name: /^CODEOWNERS$/ },
    { category: 'action', placement: 'anywhere', name: exact('action.yml', 'action.yaml') },
    {
        category: 'manifest',
        placement: 'anywhere',
        name: new RegExp(`${exact('package.json', 'pyproject.toml', 'setup.py', 'setup.cfg', 'Pipfile', 'Cargo.toml', 'go.mod', 'pom.xml', 'build.gradle', 'build.gradle.kts', 'Gemfile', 'composer.json', 'environment.yml', 'environment.yaml', 'mix.exs', 'pubspec.yaml', 'Package.swift', 'deno.json', 'deno.jsonc', 'build.sbt', 'project.clj', 'vcpkg.json', 'conanfile.txt', 'conanfile.py', 'Project.toml', 'build.zig', 'gleam.toml', 'rebar.config').source}|^requirements[\\w.-]*\\.(?:txt|in)$|\\.(?:csproj|fsproj|vbproj|gemspec|cabal|nimble)$`),
    },
    { category: 'manifest', placement: { parentName: 'requirements' }, name: /\.(?:txt|in)$/ },
    {
        category: 'lockfile',
        placement: 'anywhere',
        name: exact('package-lock.json', 'npm-shrinkwrap.json', 'yarn.lock', 'pnpm-lock.yaml', 'bun.lock', 'bun.lockb', 'deno.lock', 'poetry.lock', 'uv.lock', 'Pipfile.lock', 'pdm.lock', 'pixi.lock', 'conda-lock.yml', 'Cargo.lock', 'go.sum', 'Gemfile.lock', 'composer.lock', 'packages.lock.json', 'gradle.lockfile', 'Package.resolved', 'pubspec.lock', 'mix.lock', 'flake.lock', 'Manifest.toml', 'renv.lock'),
    },
    {
        category: 'container',
        placement: 'anywhere',
        name: new RegExp(`${DOCKERFILE_NAME.source}|^(?:docker-)?compose(?:\\.[\\w.-]+)?\\.ya?ml$`, 'i'),
    },
    { category: 'ci', placement: ['.github/workflows'], name: /\.ya?ml$/ },
    { category: 'ci', placement: ['.circleci'], name: exact('config.yml') },
    { category: 'ci', placement: ['.buildkite'], name: exact('pipeline.yml') },
    {
        category: 'ci',
        placement: ROOT,
        name: exact('.gitlab-ci.yml', 'azure-pipelines.yml', 'azure-pipelines.yaml', 'Jenkinsfile', '.travis.yml', 'bitbucket-pipelines.yml', 'appveyor.yml', '.appveyor.yml', '.drone.yml'),
    },
    {
        category: 'build',
        placement: ROOT,
        name: exact('Makefile', 'makefile', 'GNUmakefile', 'noxfile.py', 'tox.ini', 'justfile', 'Justfile', '.justfile', 'CMakeLists.txt', 'meson.build', 'Taskfile.yml', 'Taskfile.yaml', 'Rakefile', 'WORKSPACE', 'WORKSPACE.bazel', 'MODULE.bazel', 'BUILD.bazel', 'SConstruct', 'Earthfile'),
    },
    { category: 'pre-commit', placement: ROOT, name: exact('.pre-commit-config.yaml') },
    { category: 'config', placement: ['.github'], name: exact('dependabot.yml', 'dependabot.yaml', 'renovate.json', 'renovate.json5') },
    {
        category: 'config',
        placement: ROOT,
        name: new RegExp(`${exact('.editorconfig', 'jsconfig.json', 'ruff.toml', '.ruff.toml', '.nvmrc', '.node-version', '.python-version', '.ruby-version', '.tool-versions', 'mypy.ini', '.mypy.ini', 'pytest.ini', '.flake8', '.pylintrc', 'pylintrc', 'rustfmt.toml', '.rustfmt.toml', 'clippy.toml', 'rust-toolchain', 'rust-toolchain.toml', '.clang-format', '.clang-tidy', 'biome.json', 'biome.jsonc', 'renovate.json', 'renovate.json5', '.renovaterc', '.renovaterc.json', 'global.json', 'Directory.Build.props', '.golangci.yml', '.golangci.yaml', '.golangci.toml', '.yamllint', '.yamllint.yml', '.yamllint.yaml').source}|^tsconfig(?:\\.[\\w-]+)?\\.json$|^\\.eslintrc(?:\\.(?:js|cjs|json|yml|yaml))?$|^eslint\\.config\\.[cm]?[jt]s$|^\\.prettierrc(?:\\.(?:json|json5|yml|yaml|toml|js|cjs|mjs))?$|^prettier\\.config\\.[cm]?[jt]s$`),
    },
];

;// CONCATENATED MODULE: ./src/scanners/repo-map/key-files.ts


/** Enough for a large monorepo's manifests and lockfiles, small enough to read in a summary. */
const MAX_KEY_FILES = 100;
function placed(rule, directory) {
    const placement = rule.placement;
    if (placement === 'anywhere')
        return true;
    if ('parentName' in placement)
        return directory !== '' && baseNameOf(directory) === placement.parentName;
    return placement.includes(directory);
}
/** The key-file category of a path, or undefined when it is not a key file where it sits. */
function classifyKeyFile(path) {
    const name = baseNameOf(path);
    const directory = directoryOf(path);
    for (const rule of KEY_FILE_RULES) {
        if (rule.name.test(name) && placed(rule, directory))
            return rule.category;
    }
    return undefined;
}
function collectKeyFiles(paths, limit = MAX_KEY_FILES) {
    const found = [];
    for (const path of new Set(paths)) {
        const category = classifyKeyFile(path);
        if (category !== undefined)
            found.push({ path, category });
    }
    found.sort((a, b) => compareRootFirst(a.path, b.path));
    return { keyFiles: found.slice(0, limit), omitted: Math.max(0, found.length - limit) };
}

;// CONCATENATED MODULE: ./src/scanners/repo-map/hotspots.ts

const MAX_HOTSPOTS = 10;
/** Placeholder findings per file; empty when the placeholder scanner did not run. */
function placeholdersByFile(result) {
    const counts = new Map();
    for (const finding of result?.findings ?? [])
        counts.set(finding.path, (counts.get(finding.path) ?? 0) + 1);
    return counts;
}
/**
 * The directories with the most placeholders, each finding counted once in its directory cut to the
 * tree's depth (so a hotspot is always a directory the tree shows). Only paths for which `included`
 * holds count, so the repo map's own excludes apply to hotspots too.
 */
function placeholderHotspots(counts, depth, included) {
    const byDirectory = new Map();
    for (const [path, count] of counts) {
        if (!included(path))
            continue;
        const directory = directoryAtDepth(path, depth);
        byDirectory.set(directory, (byDirectory.get(directory) ?? 0) + count);
    }
    return [...byDirectory]
        .map(([path, placeholders]) => ({ path, placeholders }))
        .sort((a, b) => b.placeholders - a.placeholders || compareText(a.path, b.path))
        .slice(0, MAX_HOTSPOTS);
}

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./src/report/file-parse-error.ts
var file_parse_error = __webpack_require__(8943);
;// CONCATENATED MODULE: ./src/scanners/repo-map/entry-points/action-yml.ts


/**
 * What a GitHub Action runs: `runs.using` as the name and `runs.main` (JavaScript actions) or
 * `runs.image` (Docker actions) as the target; a composite action runs its `runs.steps`.
 */
function actionEntryPoints(path, text) {
    const lineCounter = new dist/* LineCounter */.HN();
    const document = (0,dist/* parseDocument */.Tp)(text, { lineCounter });
    const [error] = document.errors;
    if (error !== undefined) {
        throw new file_parse_error/* FileParseError */.S(path, error.linePos?.[0].line, `not valid YAML (${error.message.split('\n')[0]})`, { cause: error });
    }
    const runs = document.get('runs', true);
    if (!(0,dist/* isMap */.jh)(runs))
        return [];
    const scalar = (key) => {
        const node = runs.get(key, true);
        return (0,dist/* isScalar */.jn)(node) && typeof node.value === 'string' && node.value.trim() !== ''
            ? { value: node.value.trim(), node }
            : undefined;
    };
    const using = scalar('using');
    if (using === undefined)
        return [];
    const runsWhat = scalar('main') ?? scalar('image');
    const lineOf = (node) => (node.range ? lineCounter.linePos(node.range[0]).line : 1);
    if (runsWhat !== undefined) {
        return [{ kind: 'action', path, line: lineOf(runsWhat.node), name: using.value, target: runsWhat.value }];
    }
    if (using.value === 'composite') {
        return [{ kind: 'action', path, line: lineOf(using.node), name: using.value, target: 'runs.steps' }];
    }
    return [];
}

// EXTERNAL MODULE: ./src/scanners/line-breaks.ts
var line_breaks = __webpack_require__(6314);
;// CONCATENATED MODULE: ./src/scanners/repo-map/entry-points/text-lines.ts

/** Splits text into lines by the shared line rule (`\r\n`, `\n` or a lone `\r`). */
function splitLines(text) {
    return text.split(line_breaks/* LINE_BREAK */.Fb);
}


;// CONCATENATED MODULE: ./src/scanners/repo-map/entry-points/dockerfile.ts

const PARSER_DIRECTIVE = /^#\s*([A-Za-z]+)\s*=\s*(\S*)\s*$/;
const INSTRUCTION = /^\s*([A-Za-z]+)(?:\s+(.*))?$/;
const HEREDOC = /<<(-?)(["']?)([A-Za-z_][\w-]*)\2/g;
const HEREDOC_INSTRUCTIONS = new Set(['RUN', 'COPY', 'ADD']);
/** The escape character from a `# escape=` parser directive at the top, else backslash. */
function escapeCharacter(lines) {
    for (const line of lines) {
        const directive = PARSER_DIRECTIVE.exec(line);
        if (!directive)
            break;
        if (directive[1].toLowerCase() === 'escape' && directive[2] === '`')
            return '`';
    }
    return '\\';
}
/**
 * The instructions of a Dockerfile as BuildKit sees them: comments and blank lines dropped (also
 * inside continuations), lines ending in the escape character joined, heredoc bodies skipped.
 */
function dockerInstructions(text) {
    const lines = splitLines(text);
    const escape = escapeCharacter(lines);
    const instructions = [];
    const heredocs = [];
    let pending;
    for (let index = 0; index < lines.length; index++) {
        const line = lines[index];
        const heredoc = heredocs[0];
        if (heredoc !== undefined) {
            if ((heredoc.stripTabs ? line.replace(/^\t+/, '') : line) === heredoc.delimiter)
                heredocs.shift();
            continue;
        }
        const trimmed = line.trim();
        if (trimmed === '' || trimmed.startsWith('#'))
            continue;
        const continues = trimmed.endsWith(escape);
        const content = continues ? trimmed.slice(0, -escape.length) : trimmed;
        if (pending === undefined) {
            const match = INSTRUCTION.exec(content);
            if (!match)
                continue;
            pending = { keyword: match[1].toUpperCase(), parts: [match[2] ?? ''], line: index + 1 };
        }
        else {
            pending.parts.push(content);
        }
        if (continues)
            continue;
        const args = pending.parts.join(' ').replace(/\s+/g, ' ').trim();
        instructions.push({ keyword: pending.keyword, args, line: pending.line });
        if (HEREDOC_INSTRUCTIONS.has(pending.keyword)) {
            for (const match of args.matchAll(HEREDOC))
                heredocs.push({ delimiter: match[3], stripTabs: match[1] === '-' });
        }
        pending = undefined;
    }
    return instructions;
}
/**
 * The program an ENTRYPOINT or CMD starts: the first item of the exec (JSON) form, else the first word
 * of the shell form. Docker itself runs text that is not a valid JSON array as shell form, so a parse
 * failure here is that rule, not an error. Undefined for an empty exec form, which clears the setting.
 */
function programOf(args) {
    if (args.startsWith('[')) {
        let parsed;
        try {
            parsed = JSON.parse(args);
        }
        catch {
            parsed = undefined;
        }
        if (Array.isArray(parsed) && parsed.every((item) => typeof item === 'string')) {
            return parsed.length === 0 ? undefined : parsed[0];
        }
    }
    return args.split(' ')[0] || undefined;
}
/** `FROM [--platform=…] image [AS name]`: the image (or earlier stage) and this stage's name. */
function parseFrom(args) {
    const words = args.split(' ').filter((word) => !word.startsWith('--'));
    const name = words[1]?.toLowerCase() === 'as' ? words[2]?.toLowerCase() : undefined;
    return { image: (words[0] ?? '').toLowerCase(), name };
}
/**
 * The last ENTRYPOINT and the last CMD of the final stage. A stage built `FROM` an earlier stage starts
 * with that stage's settings, and setting ENTRYPOINT drops a CMD it inherited, as Docker does.
 */
function dockerfileEntryPoints(path, text) {
    const stages = new Map();
    let stage = { cmdSetHere: false };
    for (const instruction of dockerInstructions(text)) {
        if (instruction.keyword === 'FROM') {
            const { image, name } = parseFrom(instruction.args);
            const base = stages.get(image);
            stage = { entrypoint: base?.entrypoint, cmd: base?.cmd, cmdSetHere: false };
            if (name !== undefined)
                stages.set(name, stage);
        }
        else if (instruction.keyword === 'ENTRYPOINT') {
            stage.entrypoint = instruction;
            if (!stage.cmdSetHere)
                stage.cmd = undefined;
        }
        else if (instruction.keyword === 'CMD') {
            stage.cmd = instruction;
            stage.cmdSetHere = true;
        }
    }
    const entryPoints = [];
    const add = (kind, instruction) => {
        const program = instruction && programOf(instruction.args);
        if (instruction && program !== undefined) {
            entryPoints.push({ kind, path, line: instruction.line, name: program, target: instruction.args });
        }
    };
    add('docker-entrypoint', stage.entrypoint);
    add('docker-cmd', stage.cmd);
    return entryPoints;
}

;// CONCATENATED MODULE: ./src/scanners/repo-map/entry-points/makefile.ts


/** Lines that are make directives, never rules, even when they contain a colon. */
const DIRECTIVE = /^(?:-?include|sinclude|ifeq|ifneq|ifdef|ifndef|else|endif|export|unexport|override|private|vpath|undefine|define|endef)(?:\s|$)/;
/**
 * The target names of a rule line (`build test: deps`), or undefined when the line is not a rule:
 * a variable assignment (`=`, `:=`, `::=`, `?=`, `+=`, `!=` before any rule colon) or a
 * target-specific variable (`test: VAR = 1`).
 */
function ruleTargets(line) {
    const colon = line.indexOf(':');
    if (colon <= 0)
        return undefined;
    const equals = line.indexOf('=');
    if (equals !== -1 && equals < colon)
        return undefined;
    if (line[colon + 1] === '=' || line.startsWith(':=', colon + 1) || line.startsWith('::=', colon + 1))
        return undefined;
    const afterColon = line.slice(line[colon + 1] === ':' ? colon + 2 : colon + 1);
    if (/^\s*[A-Za-z_][\w.-]*\s*(?:[:+?!]?=)/.test(afterColon))
        return undefined;
    const before = line.slice(0, colon);
    // `$(warning "… run: curl …")`: a function call whose text holds a colon, not a rule.
    if (/\$\(|["']/.test(before))
        return undefined;
    return before.trim().split(/\s+/).filter((name) => name !== '');
}
/** A name someone runs: not a special target (`.PHONY`), a pattern (`%.o`) or a computed name (`$(OUT)`). */
function isRunnableName(name) {
    return !name.startsWith('.') && !/[%$*?[\]]/.test(name);
}
/** File targets (`build/app.o`) are outputs, not commands; unless declared phony, a name with `.` or `/` is one. */
function looksLikeFile(name) {
    return name.includes('.') || name.includes('/');
}
/**
 * The runnable targets of a Makefile in the order written, each once: rule lines outside recipes and
 * `define` blocks, keeping phony targets and names that do not look like files.
 */
function makefileEntryPoints(path, text) {
    const candidates = [];
    const phony = new Set();
    let inDefine = false;
    let continued = false;
    const lines = splitLines(text);
    for (let index = 0; index < lines.length; index++) {
        const line = lines[index];
        const wasContinued = continued;
        continued = line.endsWith('\\');
        if (wasContinued || line.startsWith('\t'))
            continue;
        const trimmed = line.trim();
        if (inDefine) {
            if (/^endef(?:\s|$)/.test(trimmed))
                inDefine = false;
            continue;
        }
        if (trimmed === '' || trimmed.startsWith('#'))
            continue;
        if (DIRECTIVE.test(trimmed)) {
            if (/^(?:(?:export|override|private)\s+)?define(?:\s|$)/.test(trimmed))
                inDefine = true;
            continue;
        }
        const code = line.split('#', 1)[0];
        const targets = ruleTargets(code);
        if (targets === undefined)
            continue;
        if (targets[0] === '.PHONY') {
            const colon = code.indexOf(':');
            for (const name of code.slice(colon + 1).trim().split(/\s+/))
                if (name !== '')
                    phony.add(name);
            continue;
        }
        for (const name of targets)
            candidates.push({ name, line: index + 1 });
    }
    const directory = directoryOf(path);
    const seen = new Set();
    const entryPoints = [];
    for (const { name, line } of candidates) {
        if (seen.has(name) || !isRunnableName(name) || (looksLikeFile(name) && !phony.has(name)))
            continue;
        seen.add(name);
        const target = directory === '' ? `make ${name}` : `make -C ${directory} ${name}`;
        entryPoints.push({ kind: 'make-target', path, line, name, target });
    }
    return entryPoints;
}

;// CONCATENATED MODULE: ./src/scanners/repo-map/entry-points/json-key-lines.ts
/** Separates the parts of a key path in the map `jsonKeyLines` returns. */
const KEY_PATH_SEPARATOR = '\u0000';
/**
 * The 1-based line of each object key down to `maxDepth` levels (1 = the root object's keys), keyed by
 * the key path joined with KEY_PATH_SEPARATOR. JSON.parse gives values but no positions; this walks
 * the text once, so only call it on text that already parsed. A repeated key keeps its last line, as
 * JSON.parse keeps the last value.
 */
function jsonKeyLines(text, maxDepth) {
    const lines = new Map();
    const stack = [];
    let line = 1;
    for (let index = 0; index < text.length; index++) {
        const char = text[index];
        if (char === '\n' || (char === '\r' && text[index + 1] !== '\n')) {
            line++;
        }
        else if (char === '"') {
            let end = index + 1;
            while (end < text.length && text[end] !== '"')
                end += text[end] === '\\' ? 2 : 1;
            const top = stack[stack.length - 1];
            if (top?.isObject && top.expectKey) {
                const key = JSON.parse(text.slice(index, end + 1));
                top.lastKey = key;
                top.expectKey = false;
                if (top.prefix !== undefined)
                    lines.set(`${top.prefix}${key}`, line);
            }
            index = end;
        }
        else if (char === '{' || char === '[') {
            const parent = stack[stack.length - 1];
            const prefix = parent === undefined ? '' : parent.prefix === undefined || stack.length >= maxDepth ? undefined : `${parent.prefix}${parent.isObject ? parent.lastKey : '[]'}${KEY_PATH_SEPARATOR}`;
            stack.push({ isObject: char === '{', prefix, expectKey: char === '{', lastKey: '' });
        }
        else if (char === '}' || char === ']') {
            stack.pop();
        }
        else if (char === ',') {
            const top = stack[stack.length - 1];
            if (top?.isObject)
                top.expectKey = true;
        }
    }
    return lines;
}

// EXTERNAL MODULE: ./src/scanners/json-depth.ts
var json_depth = __webpack_require__(5573);
;// CONCATENATED MODULE: ./src/scanners/repo-map/entry-points/package-json.ts



function parseObject(path, text) {
    (0,json_depth/* assertJsonDepth */.QW)(path, text);
    let value;
    try {
        value = JSON.parse(text.replace(/^\uFEFF/, ''));
    }
    catch (error) {
        throw new file_parse_error/* FileParseError */.S(path, undefined, `not valid JSON (${error.message})`, { cause: error });
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
        throw new file_parse_error/* FileParseError */.S(path, undefined, 'not a JSON object');
    }
    return value;
}
/** npm names a string `bin` after the package, without its scope. */
function commandNameFor(packageName, target) {
    if (typeof packageName === 'string' && packageName !== '')
        return packageName.replace(/^@[^/]+\//, '');
    const base = target.slice(target.lastIndexOf('/') + 1);
    return base.replace(/\.[^.]+$/, '') || target;
}
/** `bin` (a string or a map of commands) and `main` from a package.json. */
function packageJsonEntryPoints(path, text) {
    const manifest = parseObject(path, text);
    const keyLines = jsonKeyLines(text, 2);
    const lineOf = (...keys) => keyLines.get(keys.join(KEY_PATH_SEPARATOR)) ?? 1;
    const entryPoints = [];
    const { bin, main } = manifest;
    if (typeof bin === 'string' && bin !== '') {
        entryPoints.push({ kind: 'npm-bin', path, line: lineOf('bin'), name: commandNameFor(manifest.name, bin), target: bin });
    }
    else if (typeof bin === 'object' && bin !== null && !Array.isArray(bin)) {
        for (const [name, target] of Object.entries(bin)) {
            if (typeof target === 'string' && target !== '') {
                entryPoints.push({ kind: 'npm-bin', path, line: lineOf('bin', name), name, target });
            }
        }
    }
    if (typeof main === 'string' && main !== '') {
        const name = typeof manifest.name === 'string' && manifest.name !== '' ? manifest.name : 'main';
        entryPoints.push({ kind: 'npm-main', path, line: lineOf('main'), name, target: main });
    }
    return entryPoints;
}

// EXTERNAL MODULE: ./node_modules/smol-toml/dist/index.js + 8 modules
var smol_toml_dist = __webpack_require__(3292);
;// CONCATENATED MODULE: ./src/scanners/repo-map/entry-points/toml-key-lines.ts

const BARE_KEY_CHAR = /[A-Za-z0-9_-]/;
/**
 * Reads a dotted TOML key (`a`, `"a b".c`, or the inside of a `[table]` header) from `text` at `start`, up to
 * `terminator`. Returns the parts, or undefined when the text there is not a key followed by it.
 */
function readKeyPath(text, start, terminator) {
    const parts = [];
    let index = start;
    for (;;) {
        while (text[index] === ' ' || text[index] === '\t')
            index++;
        const quote = text[index];
        let part;
        if (quote === '"' || quote === "'") {
            const end = text.indexOf(quote, index + 1);
            if (end === -1)
                return undefined;
            part = text.slice(index + 1, end);
            index = end + 1;
        }
        else {
            const begin = index;
            while (index < text.length && BARE_KEY_CHAR.test(text[index]))
                index++;
            if (index === begin)
                return undefined;
            part = text.slice(begin, index);
        }
        parts.push(part);
        while (text[index] === ' ' || text[index] === '\t')
            index++;
        if (text[index] === '.') {
            index++;
            continue;
        }
        return text.startsWith(terminator, index) ? parts : undefined;
    }
}
/** Separates the parts of a key path in the map `tomlKeyLines` returns. */
const TOML_PATH_SEPARATOR = '\u0000';
/**
 * Best-effort 1-based line of every table header and key, keyed by the full dotted path joined with
 * TOML_PATH_SEPARATOR, for parsed TOML that has no positions. Understands `[table]` headers, dotted
 * keys and inline tables (the inline table's own line stands for its keys); the first line wins. Does
 * not track multi-line strings, which do not occur around the tables the repo map reads.
 */
function tomlKeyLines(text) {
    const lines = new Map();
    const record = (path, line) => {
        const key = path.join(TOML_PATH_SEPARATOR);
        if (!lines.has(key))
            lines.set(key, line);
    };
    let current = [];
    const textLines = splitLines(text);
    for (let index = 0; index < textLines.length; index++) {
        const line = textLines[index].trimStart();
        if (line.startsWith('[')) {
            const isArrayTable = line.startsWith('[[');
            current = readKeyPath(line, isArrayTable ? 2 : 1, isArrayTable ? ']]' : ']') ?? [];
            record(current, index + 1);
            continue;
        }
        const keyPath = readKeyPath(line, 0, '=');
        if (keyPath !== undefined)
            record([...current, ...keyPath], index + 1);
    }
    return lines;
}
/** The line of `key` in `table`, else of the table itself (an inline table or its header), else 1. */
function lineOfTomlKey(lines, table, key) {
    return lines.get([...table, key].join(TOML_PATH_SEPARATOR)) ?? lines.get(table.join(TOML_PATH_SEPARATOR)) ?? 1;
}

;// CONCATENATED MODULE: ./src/scanners/repo-map/entry-points/pyproject.ts



const isTable = (value) => typeof value === 'object' && value !== null && !Array.isArray(value);
function tableAt(root, path) {
    let current = root;
    for (const part of path)
        current = isTable(current) ? current[part] : undefined;
    return isTable(current) ? current : undefined;
}
function parseToml(path, text) {
    try {
        return (0,smol_toml_dist/* parse */.qg)(text);
    }
    catch (error) {
        if (error instanceof smol_toml_dist/* TomlError */.zx) {
            throw new file_parse_error/* FileParseError */.S(path, error.line, `not valid TOML (${error.message.split('\n')[0]})`, { cause: error });
        }
        throw error;
    }
}
/** Poetry takes `"pkg:main"` or `{ callable = "pkg:main" }` (older: `reference`). */
function poetryTarget(value) {
    if (typeof value === 'string')
        return value;
    if (!isTable(value))
        return undefined;
    const target = value.callable ?? value.reference;
    return typeof target === 'string' ? target : undefined;
}
const SCRIPT_TABLES = [
    { table: ['project', 'scripts'], target: (value) => (typeof value === 'string' ? value : undefined) },
    { table: ['project', 'gui-scripts'], target: (value) => (typeof value === 'string' ? value : undefined) },
    { table: ['tool', 'poetry', 'scripts'], target: poetryTarget },
];
/** `[project.scripts]`, `[project.gui-scripts]` and `[tool.poetry.scripts]` from a pyproject.toml. */
function pyprojectEntryPoints(path, text) {
    const root = parseToml(path, text);
    const entryPoints = [];
    let keyLines;
    for (const { table, target } of SCRIPT_TABLES) {
        const scripts = tableAt(root, table);
        if (scripts === undefined)
            continue;
        for (const [name, value] of Object.entries(scripts)) {
            const runs = target(value);
            if (runs === undefined || runs === '')
                continue;
            keyLines ??= tomlKeyLines(text);
            entryPoints.push({ kind: 'python-script', path, line: lineOfTomlKey(keyLines, table, name), name, target: runs });
        }
    }
    return entryPoints;
}

;// CONCATENATED MODULE: ./src/scanners/repo-map/entry-points/python-main.ts


/** A module-level guard (column 0), in either operand order and with either quote. */
const MAIN_GUARD = /^if[ \t]*\(?[ \t]*(?:__name__[ \t]*==[ \t]*(["'])__main__\1|(["'])__main__\2[ \t]*==[ \t]*__name__)[ \t]*\)?[ \t]*:/m;
/** A Python file that runs as a script: it has `if __name__ == "__main__":` at module level. */
function pythonMainEntryPoints(path, text) {
    if (!text.includes('__main__'))
        return [];
    const match = MAIN_GUARD.exec(text);
    if (!match)
        return [];
    const base = baseNameOf(path);
    const module = base === '__main__.py' ? baseNameOf(directoryOf(path)) || base : base.replace(/\.pyw?$/, '');
    return [{ kind: 'python-main', path, line: new line_breaks/* LineIndex */.rr(text).lineAt(match.index), name: module, target: `python ${path}` }];
}

;// CONCATENATED MODULE: ./src/scanners/repo-map/entry-points/setup-cfg.ts

const SECTION = /^\s*\[([^\]]*)\]/;
const CONSOLE_SCRIPTS_KEY = /^console_scripts\s*[=:]/;
/** `name = module:function [extras]`; the name is everything before the first `=`. */
function parseScriptSpec(spec) {
    const equals = spec.indexOf('=');
    if (equals === -1)
        return undefined;
    const name = spec.slice(0, equals).trim();
    const target = spec.slice(equals + 1).trim();
    return name === '' || target === '' ? undefined : { name, target };
}
const isComment = (trimmed) => trimmed.startsWith('#') || trimmed.startsWith(';');
/**
 * `console_scripts` under `[options.entry_points]` in a setup.cfg, read the way configparser reads it:
 * the value is the rest of the key's line plus every following indented or blank line.
 */
function setupCfgEntryPoints(path, text) {
    const entryPoints = [];
    const add = (spec, line) => {
        const parsed = parseScriptSpec(spec);
        if (parsed)
            entryPoints.push({ kind: 'console-script', path, line, ...parsed });
    };
    let section = '';
    let inConsoleScripts = false;
    const lines = splitLines(text);
    for (let index = 0; index < lines.length; index++) {
        const line = lines[index];
        const trimmed = line.trim();
        if (inConsoleScripts) {
            const continues = trimmed === '' || /^\s/.test(line);
            if (continues) {
                if (trimmed !== '' && !isComment(trimmed))
                    add(trimmed, index + 1);
                continue;
            }
            inConsoleScripts = false;
        }
        if (trimmed === '' || isComment(trimmed))
            continue;
        const header = SECTION.exec(line);
        if (header) {
            section = header[1].trim();
            continue;
        }
        if (section === 'options.entry_points' && CONSOLE_SCRIPTS_KEY.test(line)) {
            inConsoleScripts = true;
            const rest = line.slice(line.search(/[=:]/) + 1).trim();
            if (rest !== '')
                add(rest, index + 1);
        }
    }
    return entryPoints;
}

;// CONCATENATED MODULE: ./src/scanners/repo-map/entry-points/setup-py.ts


/**
 * The string literals of the list or tuple that starts at `open` (`[` or `(`), up to its matching
 * close. Brackets inside strings do not count, so `'cli = pkg:main [extra]'` stays one item.
 */
function literalsOfSequence(text, open) {
    const literals = [];
    let depth = 0;
    for (let index = open; index < text.length; index++) {
        const char = text[index];
        if (char === '[' || char === '(')
            depth++;
        else if (char === ']' || char === ')') {
            depth--;
            if (depth === 0)
                break;
        }
        else if (char === '#') {
            const newline = text.indexOf('\n', index);
            index = newline === -1 ? text.length : newline;
        }
        else if (char === '"' || char === "'") {
            const triple = text.startsWith(char.repeat(3), index);
            const quote = triple ? char.repeat(3) : char;
            let end = index + quote.length;
            while (end < text.length && !text.startsWith(quote, end))
                end += text[end] === '\\' ? 2 : 1;
            literals.push({ value: text.slice(index + quote.length, end), offset: index });
            index = end + quote.length - 1;
        }
    }
    return literals;
}
/** `console_scripts=[...]` or `'console_scripts': [...]`: the sequence that follows, if any. */
function sequenceAfter(text, from) {
    const match = /^['"]?\s*[:=]\s*[[(]/.exec(text.slice(from, from + 40));
    return match ? from + match[0].length - 1 : undefined;
}
/** `[console_scripts]` inside an INI-style `entry_points` string: the lines that follow it. */
function iniSectionEntries(text, from) {
    const entries = [];
    let offset = text.indexOf('\n', from);
    while (offset !== -1) {
        const start = offset + 1;
        const next = text.indexOf('\n', start);
        let line = text.slice(start, next === -1 ? text.length : next);
        const closing = line.search(/'''|"""|['"]\s*[,)]/);
        if (closing !== -1)
            line = line.slice(0, closing);
        const trimmed = line.trim();
        if (trimmed.startsWith('['))
            break;
        if (trimmed !== '')
            entries.push({ value: trimmed, offset: start });
        if (closing !== -1)
            break;
        offset = next;
    }
    return entries;
}
/**
 * Best effort over setup.py, which is code: finds `console_scripts` given as a list of
 * `"name = module:function"` strings, or as a `[console_scripts]` section in an INI-style string.
 */
function setupPyEntryPoints(path, text) {
    const entryPoints = [];
    const keyword = 'console_scripts';
    const lines = new line_breaks/* LineIndex */.rr(text);
    for (let at = text.indexOf(keyword); at !== -1; at = text.indexOf(keyword, at + keyword.length)) {
        const end = at + keyword.length;
        const open = sequenceAfter(text, end);
        const literals = open !== undefined
            ? literalsOfSequence(text, open)
            : text[at - 1] === '[' && text[end] === ']' ? iniSectionEntries(text, end) : [];
        for (const literal of literals) {
            const parsed = parseScriptSpec(literal.value);
            if (parsed)
                entryPoints.push({ kind: 'console-script', path, line: lines.lineAt(literal.offset), ...parsed });
        }
    }
    return entryPoints;
}

;// CONCATENATED MODULE: ./src/scanners/repo-map/entry-points/entry-point-sources.ts










const BY_FILE_NAME = new Map([
    ['package.json', [packageJsonEntryPoints]],
    ['pyproject.toml', [pyprojectEntryPoints]],
    ['setup.cfg', [setupCfgEntryPoints]],
    ['setup.py', [setupPyEntryPoints, pythonMainEntryPoints]],
    ['action.yml', [actionEntryPoints]],
    ['action.yaml', [actionEntryPoints]],
]);
const NONE = [];
/** The extractors for a file, from its name alone, so the scanner only asks for the text of these files. */
function entryPointExtractorsFor(file) {
    const name = baseNameOf(file.path);
    const named = BY_FILE_NAME.get(name);
    if (named)
        return named;
    if (MAKEFILE_NAMES.has(name))
        return [makefileEntryPoints];
    if (DOCKERFILE_NAME.test(name))
        return [dockerfileEntryPoints];
    if (file.language?.name === 'Python' && /\.pyw?$/.test(name))
        return [pythonMainEntryPoints];
    return NONE;
}

;// CONCATENATED MODULE: ./src/scanners/repo-map/entry-points/collect-entry-points.ts

/** Enough for a monorepo's packages and scripts, small enough to read. */
const MAX_ENTRY_POINTS = 200;
/** A Makefile's first targets are the ones people run; a generated Makefile can have hundreds. */
const MAX_TARGETS_PER_FILE = { 'make-target': 20 };
/** Caps one file's entry points per kind; returns what is kept and how many were dropped. */
function capPerFile(entryPoints) {
    const perKind = new Map();
    const kept = [];
    for (const entryPoint of entryPoints) {
        const seen = (perKind.get(entryPoint.kind) ?? 0) + 1;
        perKind.set(entryPoint.kind, seen);
        const limit = MAX_TARGETS_PER_FILE[entryPoint.kind];
        if (limit === undefined || seen <= limit)
            kept.push(entryPoint);
    }
    return { entryPoints: kept, omitted: entryPoints.length - kept.length };
}
function sortAndBound(entryPoints, limit = MAX_ENTRY_POINTS) {
    const sorted = [...entryPoints].sort((a, b) => compareRootFirst(a.path, b.path) || a.line - b.line);
    return { entryPoints: sorted.slice(0, limit), omitted: Math.max(0, sorted.length - limit) };
}

;// CONCATENATED MODULE: ./src/scanners/repo-map/local-gates/local-gate.ts
/** What a command's name says it covers: `test:unit`, `lint`, `typecheck`, `docs-build`, `test:cov`. */
const NAME_WORDS = [
    ['coverage', /\b(?:cov|coverage)\b/i],
    ['tests', /\b(?:tests?|spec|e2e|integration|unit|check-all|tox)\b|tests?$|^py\d+|^t$/i],
    ['types', /\b(?:types?|typecheck|type-check|check-types|mypy|pyright)\b/i],
    // `format` and `fix` rewrite the files; only `format:check` and the like check them.
    ['lint', /^(?!.*\bfix\b)(?:.*\b(?:lint|linters?|style|quality|pre commit)\b|.*\b(?:format|fmt)\b.*\bcheck\b|.*\bcheck\b.*\b(?:format|fmt)\b)/i],
    ['docs', /\b(?:docs?|linkcheck)\b/i],
];
/**
 * What the tools a command runs cover: a script body, a recipe, a tox or nox body. Folder names in
 * the arguments (`rimraf dist/ coverage/`, `prettier "{src,test}/**"`) say nothing, so only tools count.
 */
const TOOL_WORDS = [
    ['coverage', /\bcoverage\s+(?:run|report)\b|--cov\b|--coverage\b|\bc8\b|\bnyc\b|\btarpaulin\b|\bllvm-cov\b/],
    ['tests', /\b(?:pytest|vitest|jest|mocha|ava|rspec|ctest|unittest|playwright\s+test|cypress\s+run|go\s+test|cargo\s+(?:hack\s+)?(?:miri\s+)?(?:test|nextest)|wasm-pack\s+test|node\s+--test|manage\.py\s+test)\b/],
    ['types', /\b(?:mypy|pyright|tsc\b[^&|;]*--noEmit|vue-tsc|flow\s+check|attw)\b|\bvitest\b[^&|;]*--typecheck/],
    ['lint', /\b(?:eslint|oxlint|ruff\s+(?:check|format\s+--check)|flake8|pylint|clippy|golangci-lint\s+run|cargo\s+fmt\s+(?:--all\s+)?(?:--\s+)?--check|gofmt\s+-l|rubocop|stylelint|shellcheck|markdownlint|pre-commit\s+run|prek\s+run|rustfmt\s+--check|cargo\s+spellcheck|black\s+--check|isort\s+--check|prettier\s+(?:--check|--list-different)|biome\s+(?:check|lint|ci))\b/],
    // The tool as the command, not a path or URL that names it (`git clone …/mkdocs-material-overrides`).
    ['docs', /(?:^|[;&|(]\s*|\b(?:run|exec|npx|-m)\s+)(?:mkdocs\s+(?:build|gh-deploy)|sphinx-build|docusaurus\s+build|vitepress\s+build|mdbook\s+(?:build|test)|typedoc|cargo\s+(?:\+\S+\s+)?doc)\b/],
];
/**
 * What a command covers, from its name and the tools it runs: `test:unit` tests, `lint` lints, `tsc
 * --noEmit` checks types. A command that covers none of these (`build`, `start`, `clean`) is not a gate.
 */
function coverageOf(name, body = '', tool) {
    const words = name.replace(/[:_.-]/g, ' ');
    if (NOT_A_GATE.test(words) || (BUILDS_OR_SERVES.test(words) && !TEST_FIRST.test(words)))
        return [];
    // make's conventions: a bare `check` is the test suite (autotools), `check-headers` and the like lint.
    if (tool === 'make' && /^check$/i.test(words))
        return ['tests'];
    if (tool === 'make' && /^check\s+(?!all\b)\w/i.test(words) && coverageOf(name.replace(/^check[-_:.]?/i, ''), body).length === 0)
        return ['lint'];
    // `prettier --write`, `eslint --fix`: a formatter that rewrites the files checks nothing.
    const rewrites = REWRITES.test(body) && !CHECKS.test(body);
    const covered = (coverage) => (NAME_WORDS.find(([id]) => id === coverage)?.[1].test(words) ?? false) || (TOOL_WORDS.find(([id]) => id === coverage)?.[1].test(body) ?? false);
    return ['tests', 'lint', 'types', 'docs', 'coverage'].filter((coverage) => covered(coverage) && !(coverage === 'lint' && rewrites));
}
/** Commands that install, clean up, publish, watch or skip: `install-doc`, `coverage-clean`, `test:watch`, `skip-test-e2e`. */
const NOT_A_GATE = /\b(?:clean|install|uninstall|dist|deploy|publish|release|watch|skip|objs)\b/i;
/** Commands that build or serve (`build-unit-tests`, `coverage-compile`, `docs-serve`), unless their first word says they test (vite's `test-serve`, peft's `tests_torch_compile`). */
const BUILDS_OR_SERVES = /^build\b|\b(?:compile|serve|dev)\b/i;
const TEST_FIRST = /^(?:tests?|e2e|spec|unit|integration)\b/i;
const REWRITES = /(?:^|\s)(?:--write|--fix|-w)(?:\s|$)/;
const CHECKS = /(?:^|\s)(?:--check|--list-different|--diff|-c)(?:\s|$)|\blint\b/;

;// CONCATENATED MODULE: ./src/scanners/repo-map/local-gates/ci-invocations.ts

// Words are separated by spaces and tabs only: the lines of a script are joined with newlines.
const NPM = /\b(?:npm|pnpm|yarn|bun)[ \t]+(?:run(?:-script)?[ \t]+)?(?:--?[\w-]+[ \t]+)*([\w:.-]+)/g;
const MAKE = /\bmake[ \t]+(?:-[Cf][ \t]+\S+[ \t]+|-[\w=]+[ \t]+)*([A-Za-z_][\w.-]*)/g;
const TOX = /\btox\b(?:[ \t]+(?:-e|--env)[ \t=]([\w,.{}-]+))?/g;
const NOX = /\bnox[ \t]+(?:-s|--sessions?)[ \t]+([\w \t-]+)/g;
const JUST = /\bjust[ \t]+([A-Za-z_][\w-]*)/g;
/** prek is a drop-in pre-commit runner (fastapi's CI). */
const PRE_COMMIT = /\b(?:pre-commit|prek)\s+run\b/;
const PRE_COMMIT_ACTION = /^\s*(?:-\s+)?uses:\s*pre-commit\/action@/m;
/** Package-manager verbs that are not scripts. */
const NOT_SCRIPTS = new Set(['install', 'i', 'ci', 'add', 'exec', 'dlx', 'x', 'npx', 'create', 'init', 'publish', 'pack', 'config', 'cache', 'set', 'version', 'audit', 'link']);
/** A workflow that runs on changes: its steps gate them. */
const RUNS_ON_CHANGES = /^\s*(?:["']?on["']?\s*:.*\b(?:push|pull_request|merge_group)\b|-?\s*(?:push|pull_request|pull_request_target|merge_group)\s*:?\s*$)/m;
const RUN_KEY = /^(\s*)(-\s+)?run:\s*(.*)$/;
const BLOCK_SCALAR = /^[|>][-+]?\d*$/;
const INSTALLS = /\b(?:pip3?|uv|npm|pnpm|yarn|cargo|go|apt(?:-get)?|brew|gem)\s+(?:install|add|get|ci)\b/;
/** Steps that print, move files or fetch code: a path that names a tool is not the tool (`rm -r /tmp/pytest-of-…`). */
const NOT_A_TOOL_STEP = /^\(?\s*(?:echo|printf|git|cp|mv|rm|cd|mkdir|ls|cat|ln|chmod|export|curl|wget|tar|unzip|touch|test|\[)\b/;
/** Runners in front of the tool: `uv run pytest`, `python -m mypy`, `xargs -0 pytest`. */
const RUNNERS = /^(?:(?:uv|poetry|pdm|hatch|pipenv|rye)\s+run(?:\s+--?[\w-]+)*|python3?\s+-m|npx|pnpm\s+exec|yarn\s+exec|bunx|xargs(?:\s+-\S+)*|time|env(?:\s+\w+=\S+)*)\s+/;
const MAX_STEP_LENGTH = 100;
/** The lines of each `run:` script of a workflow, inline or as a block, with their line numbers. */
function runLines(text) {
    const found = [];
    let blockIndent;
    text.split('\n').forEach((raw, index) => {
        if (blockIndent !== undefined) {
            const indent = raw.length - raw.trimStart().length;
            if (raw.trim() === '')
                return;
            if (indent > blockIndent) {
                found.push({ line: index + 1, text: raw.trim() });
                return;
            }
            blockIndent = undefined;
        }
        const run = RUN_KEY.exec(raw);
        if (run === null)
            return;
        const rest = run[3].trim();
        if (rest === '' || BLOCK_SCALAR.test(rest))
            blockIndent = run[1].length + (run[2] === undefined ? 0 : 2);
        else
            found.push({ line: index + 1, text: rest.replace(/^["']|["']$/g, '') });
    });
    return found;
}
/** `cargo nextest run --features full` and `cargo nextest run --all-features` are one command, run twice. */
function signature(command) {
    let rest = command.split(/\s+/).filter((word) => !/^[A-Z_][A-Z0-9_]*=/.test(word)).join(' ');
    for (let runner = RUNNERS.exec(rest); runner !== null; runner = RUNNERS.exec(rest))
        rest = rest.slice(runner[0].length);
    const words = rest.split(/\s+/);
    const head = [];
    for (const word of words) {
        if (word.startsWith('-') || word.startsWith('$') || head.length === 3)
            break;
        head.push(word);
    }
    return head.join(' ');
}
/**
 * The `run:` lines of a workflow that runs on changes which run a test, lint, type, docs or coverage
 * tool themselves (`cargo clippy --all-targets`, `go test ./...`, `python manage.py test`): the CI's
 * own gates, one per command however many jobs repeat it.
 */
function ciToolSteps(text) {
    if (!RUNS_ON_CHANGES.test(text))
        return [];
    const found = [];
    const seen = new Set();
    for (const { line, text: raw } of runLines(text)) {
        // `if ! rustfmt --check …; then` runs `rustfmt --check …`.
        const command = raw.replace(/\s*\\$/, '').replace(/^if\s+!?\s*/, '').replace(/;\s*then$/, '');
        if (command.startsWith('#') || INSTALLS.test(command) || NOT_A_TOOL_STEP.test(command))
            continue;
        const covers = coverageOf('', command);
        const key = signature(command);
        if (covers.length === 0 || seen.has(key))
            continue;
        seen.add(key);
        found.push({ line, command: command.slice(0, MAX_STEP_LENGTH), covers });
    }
    return found;
}
/** The `run:` code of a workflow that runs on pushes and pull requests, comments left out; '' for any other workflow. */
function codeOnChanges(text) {
    if (!RUNS_ON_CHANGES.test(text))
        return '';
    return runLines(text).map((line) => line.text).filter((line) => !line.startsWith('#')).join('\n');
}
/** A script of the repository that a `run:` line calls: `ci/run-tests.sh`, `bash scripts/lint.sh`, `./tools/check.sh`. */
const SCRIPT_PATH = /(?:^|[\s;&|(])(?:(?:bash|sh|source|\.)[ \t]+)?(?:\.\/)?((?:[\w.-]+\/)*[\w.-]+\.(?:sh|bash))(?=$|[\s;&|)])/gm;
/** The repository scripts a workflow that runs on pushes and pull requests calls, as repository paths. */
function ciScripts(text) {
    return [...new Set([...codeOnChanges(text).matchAll(SCRIPT_PATH)].map((match) => match[1]))];
}
/** The commands a workflow runs on pushes and pull requests, read as text (comments left out). */
function ciInvocations(text) {
    return shellInvocations(codeOnChanges(text), PRE_COMMIT_ACTION.test(text));
}
/** The commands shell code runs: a workflow's `run:` lines, or a script CI calls (comment lines left out). */
function shellInvocations(code, preCommitAction = false) {
    const found = new Set();
    code = code.split('\n').filter((line) => !line.trimStart().startsWith('#')).join('\n');
    for (const match of code.matchAll(NPM)) {
        const name = match[1];
        if (!NOT_SCRIPTS.has(name))
            found.add(`npm:${name === 't' ? 'test' : name}`);
    }
    for (const match of code.matchAll(MAKE))
        found.add(`make:${match[1]}`);
    for (const match of code.matchAll(TOX)) {
        const envs = match[1];
        if (envs === undefined)
            found.add('tox:tox');
        else
            for (const env of envs.split(','))
                found.add(`tox:${env}`);
    }
    for (const match of code.matchAll(NOX))
        for (const session of match[1].trim().split(/\s+/))
            if (!session.startsWith('-'))
                found.add(`nox:${session}`);
    for (const match of code.matchAll(JUST))
        found.add(`just:${match[1]}`);
    if (PRE_COMMIT.test(code) || preCommitAction)
        found.add('pre-commit:pre-commit');
    return found;
}
const SCRIPT_CALL = /\b(?:npm|pnpm|yarn|bun)\s+(?:run(?:-script)?\s+)?([\w:.-]+)/g;
const RUN_ALL = /\b(?:run-p|run-s|npm-run-all(?:\s+-[ps])?)\s+([^&|;]+)/g;
/**
 * The npm scripts CI runs, with the ones they run in turn (`check` → `run-p check:*` →
 * `check:types`), a few levels deep.
 */
function followScripts(invoked, scripts) {
    const reached = new Set(invoked);
    let frontier = [...invoked];
    for (let depth = 0; depth < 4 && frontier.length > 0; depth++) {
        const next = [];
        for (const name of frontier) {
            const body = scripts[name] ?? '';
            const called = [...body.matchAll(SCRIPT_CALL)].map((match) => match[1]);
            for (const match of body.matchAll(RUN_ALL)) {
                for (const pattern of match[1].trim().split(/\s+/)) {
                    if (pattern.startsWith('-'))
                        continue;
                    const prefix = pattern.endsWith('*') ? pattern.slice(0, -1) : undefined;
                    called.push(...(prefix === undefined ? [pattern] : Object.keys(scripts).filter((script) => script.startsWith(prefix))));
                }
            }
            for (const script of called)
                if (!reached.has(script)) {
                    reached.add(script);
                    next.push(script);
                }
        }
        frontier = next;
    }
    return reached;
}

;// CONCATENATED MODULE: ./src/scanners/repo-map/local-gates/gate-extractors.ts

/** The text from `start` to the next line that opens with `marker`, or to the end. */
function until(text, start, marker) {
    const end = text.indexOf(marker, start);
    return text.slice(start, end === -1 ? undefined : end);
}
/** package.json `scripts`: `npm test` for `test`, `npm run lint` for the rest. */
function packageScripts(path, text) {
    const lines = new line_breaks/* LineIndex */.rr(text);
    let manifest;
    try {
        manifest = JSON.parse(text.replace(/^\uFEFF/, ''));
    }
    catch (error) {
        if (error instanceof SyntaxError)
            return [];
        throw error;
    }
    const scripts = typeof manifest === 'object' && manifest !== null ? manifest.scripts : undefined;
    if (typeof scripts !== 'object' || scripts === null)
        return [];
    const found = [];
    for (const [name, body] of Object.entries(scripts)) {
        if (typeof body !== 'string' || /^(?:pre|post)/.test(name))
            continue;
        const at = text.indexOf(`"${name}"`);
        found.push({ tool: 'npm', name, command: name === 'test' ? 'npm test' : `npm run ${name}`, path, line: at === -1 ? 1 : lines.lineAt(at), body });
    }
    return found;
}
/** tox.ini `[testenv:NAME]` sections and the `envlist` they run by default (`tox` alone). */
function toxEnvironments(path, text) {
    const lines = new line_breaks/* LineIndex */.rr(text);
    const found = [];
    for (const match of text.matchAll(/^\[testenv:([^\]\s]+)\]/gm)) {
        const name = match[1];
        const body = until(text, (match.index ?? 0) + match[0].length, '\n[');
        found.push({ tool: 'tox', name, command: `tox -e ${name}`, path, line: lines.lineAt(match.index ?? 0), body });
    }
    const envlist = /^envlist\s*=\s*(.+(?:\n[ \t]+.+)*)/m.exec(text);
    if (envlist)
        found.push({ tool: 'tox', name: 'tox', command: 'tox', path, line: lines.lineAt(envlist.index), body: envlist[1] });
    return found;
}
/** noxfile.py sessions: a `@nox.session` (or `@session`) decorator, then `def name(`. */
function noxSessions(path, text) {
    const lines = new line_breaks/* LineIndex */.rr(text);
    const found = [];
    for (const match of text.matchAll(/^@(?:nox\.)?session\b[^\n]*\n(?:@[^\n]*\n)*def\s+(\w+)\s*\(/gm)) {
        const name = match[1];
        found.push({ tool: 'nox', name, command: `nox -s ${name}`, path, line: lines.lineAt(match.index ?? 0), body: until(text, (match.index ?? 0) + match[0].length, '\n@') });
    }
    return found;
}
/** justfile recipes: a name at the start of a line, its parameters, then `:` (not `:=`). */
function justRecipes(path, text) {
    const lines = new line_breaks/* LineIndex */.rr(text);
    const found = [];
    for (const match of text.matchAll(/^@?([A-Za-z_][\w-]*)(?:[ \t]+[^:\n=]*)?:(?!=)([^\n]*(?:\n[ \t]+[^\n]*)*)/gm)) {
        const name = match[1];
        if (name === 'set' || name === 'export' || name === 'alias')
            continue;
        found.push({ tool: 'just', name, command: `just ${name}`, path, line: lines.lineAt(match.index ?? 0), body: match[2] ?? '' });
    }
    return found;
}
/** `.pre-commit-config.yaml`: one command, `pre-commit run --all-files`, which runs every hook listed. */
function preCommitHooks(path, text) {
    const hooks = [...text.matchAll(/^\s*-\s*id:\s*["']?([\w.-]+)/gm)].map((match) => match[1]);
    if (hooks.length === 0)
        return [];
    return [{ tool: 'pre-commit', name: 'pre-commit', command: 'pre-commit run --all-files', path, line: 1, body: `pre-commit run ${hooks.join(' ')}` }];
}
const BY_NAME = new Map([
    ['package.json', packageScripts],
    ['tox.ini', toxEnvironments],
    ['noxfile.py', noxSessions],
    ['justfile', justRecipes],
    ['Justfile', justRecipes],
    ['.justfile', justRecipes],
    ['.pre-commit-config.yaml', preCommitHooks],
    ['.pre-commit-config.yml', preCommitHooks],
]);
/** Only the root's files: the commands a contributor runs from a fresh checkout. */
function gateExtractorFor(path) {
    return path.includes('/') ? undefined : BY_NAME.get(path);
}
const RULE = /^([A-Za-z_][\w.-]*(?:[ \t]+[A-Za-z_][\w.-]*)*)[ \t]*::?(?!=)/;
/**
 * Each Makefile target's recipe, the tab-indented lines after its rule: `test:` running `pytest`
 * covers tests whatever the target is called. Variables are left as written.
 */
function makeRecipes(text) {
    const recipes = new Map();
    let current = [];
    for (const line of text.split('\n')) {
        if (line.startsWith('\t')) {
            for (const target of current)
                recipes.set(target, `${recipes.get(target) ?? ''}${line.trim()}\n`);
            continue;
        }
        if (line.trim() === '' || line.trimStart().startsWith('#'))
            continue;
        const rule = RULE.exec(line);
        current = rule === null ? [] : rule[1].split(/[ \t]+/);
    }
    return recipes;
}

;// CONCATENATED MODULE: ./src/scanners/repo-map/local-gates/collect-local-gates.ts




const WORKFLOW = /^\.github\/workflows\/[^/]+\.ya?ml$/;
/** Enough for any repository's own commands; a generated package.json with thousands of scripts is cut. */
const MAX_GATES = 100;
/** A matrix of jobs repeats the same steps; the distinct ones are few. */
const MAX_CI_STEPS = 30;
function wantsForGates(path) {
    return gateExtractorFor(path) !== undefined || WORKFLOW.test(path) || MAKEFILE_NAMES.has(path);
}
/**
 * The commands a contributor runs to check a change (tests, lint, types, docs, coverage), from the
 * root's package.json, tox.ini, noxfile.py, justfile, pre-commit config and Makefile, each with the
 * workflow that runs it on pushes and pull requests, when one does.
 */
class LocalGateCollector {
    candidates = [];
    invokedBy = new Map();
    ciSteps = [];
    /** Repository scripts that a workflow calls, with the workflow: what they run is run in CI (git's `ci/run-build-and-tests.sh`). */
    scriptCallers = new Map();
    /** True for a script a workflow calls, read for the commands it runs; workflows are read before other code. */
    wantsScript(path) {
        return this.scriptCallers.has(path);
    }
    /** `entryPoints`: what the map's extractors read from the same text, so a Makefile is parsed once. */
    visit(path, text, entryPoints) {
        const extract = gateExtractorFor(path);
        if (extract !== undefined)
            this.candidates.push(...extract(path, text));
        // Every target of the root Makefile, not only the first the map lists: git's `test` is its 300th.
        if (MAKEFILE_NAMES.has(path)) {
            const recipes = makeRecipes(text);
            for (const target of entryPoints) {
                if (target.kind !== 'make-target')
                    continue;
                const body = recipes.get(target.name);
                this.candidates.push({ tool: 'make', name: target.name, command: `make ${target.name}`, path, line: target.line, ...(body === undefined ? {} : { body }) });
            }
        }
        const caller = this.scriptCallers.get(path);
        if (caller !== undefined) {
            for (const invocation of shellInvocations(text))
                if (!this.invokedBy.has(invocation))
                    this.invokedBy.set(invocation, caller);
        }
        if (WORKFLOW.test(path)) {
            for (const script of ciScripts(text))
                if (!this.scriptCallers.has(script))
                    this.scriptCallers.set(script, path);
            for (const invocation of ciInvocations(text))
                if (!this.invokedBy.has(invocation))
                    this.invokedBy.set(invocation, path);
            for (const step of ciToolSteps(text)) {
                if (!this.ciSteps.some((known) => known.command === step.command))
                    this.ciSteps.push({ tool: 'ci', name: step.command, command: step.command, path, line: step.line, covers: step.covers, ranInCi: path });
            }
        }
    }
    finish() {
        const scripts = Object.fromEntries(this.candidates.filter((gate) => gate.tool === 'npm').map((gate) => [gate.name, gate.body ?? '']));
        const npmInvoked = [...this.invokedBy].filter(([invocation]) => invocation.startsWith('npm:'));
        const npmReached = new Map();
        for (const [invocation, workflow] of npmInvoked) {
            for (const script of followScripts(new Set([invocation.slice(4)]), scripts))
                if (!npmReached.has(script))
                    npmReached.set(script, workflow);
        }
        const gates = [];
        // An npm script covers what the scripts it runs cover: `check` is `run-p check:*`.
        const coverageOfScript = (name) => {
            const reached = followScripts(new Set([name]), scripts);
            const union = new Set([...reached].flatMap((script) => coverageOf(script, scripts[script])));
            return ['tests', 'lint', 'types', 'docs', 'coverage'].filter((coverage) => union.has(coverage));
        };
        for (const candidate of this.candidates) {
            const covers = candidate.tool === 'npm' ? coverageOfScript(candidate.name) : coverageOf(candidate.name, candidate.body, candidate.tool);
            if (covers.length === 0)
                continue;
            const ranInCi = candidate.tool === 'npm' ? npmReached.get(candidate.name) : this.invokedBy.get(`${candidate.tool}:${candidate.name}`);
            gates.push({ tool: candidate.tool, name: candidate.name, command: candidate.command, path: candidate.path, line: candidate.line, covers, ...(ranInCi ? { ranInCi } : {}) });
        }
        // The contributor's commands first, then the tools CI runs itself; each group by file and line.
        const byPlace = (a, b) => a.path.localeCompare(b.path) || a.line - b.line;
        return [...gates.sort(byPlace), ...this.ciSteps.sort(byPlace).slice(0, MAX_CI_STEPS)].slice(0, MAX_GATES);
    }
}

;// CONCATENATED MODULE: ./src/scanners/repo-map/modularity/import-statements.ts
const PYTHON_FILE = /\.pyi?$/;
const JS_FILE = /\.(?:[cm]?[jt]sx?)$/;
/** `import a.b, c` and `from .a import b`, at a line start: imports in strings and comments are rarer than this costs. */
const PYTHON_IMPORT = /^[ \t]*(?:from[ \t]+(\.*[\w.]*)[ \t]+import\b|import[ \t]+([\w.]+(?:[ \t]*,[ \t]*[\w.]+)*))/gm;
/** `import x from './a'`, `export * from "./b"`, `import('./c')`, `require('./d')`. */
const JS_IMPORT = /(?:^|[\s;{}])(?:import|export)\b[^'"`;]*?\bfrom[ \t]*['"]([^'"\n]+)['"]|(?:^|[\s;{}(=,])import[ \t]*(?:\([ \t]*)?['"]([^'"\n]+)['"]|\brequire[ \t]*\([ \t]*['"]([^'"\n]+)['"][ \t]*\)/gm;
function importsLanguage(path) {
    return PYTHON_FILE.test(path) ? 'python' : JS_FILE.test(path) ? 'js' : undefined;
}
/**
 * Where triple-quoted strings run: a docstring's example (`from fastapi import Depends`) is not an
 * import. Quotes inside other strings are rare enough in code to be ignored.
 */
function tripleQuotedRanges(text) {
    const ranges = [];
    const quote = /"{3}|'{3}/g;
    for (let open = quote.exec(text); open !== null; open = quote.exec(text)) {
        const close = text.indexOf(open[0], open.index + 3);
        const end = close === -1 ? text.length : close + 3;
        ranges.push([open.index, end]);
        quote.lastIndex = end;
    }
    return ranges;
}
/** The imports of one Python or JS/TS file, read as text (never run). */
function writtenImports(path, text) {
    const language = importsLanguage(path);
    const found = [];
    if (language === 'python') {
        const docstrings = tripleQuotedRanges(text);
        for (const match of text.matchAll(PYTHON_IMPORT)) {
            if (docstrings.some(([start, end]) => match.index >= start && match.index < end))
                continue;
            if (match[1] !== undefined)
                found.push({ language, specifier: match[1] });
            else
                for (const name of (match[2] ?? '').split(','))
                    found.push({ language, specifier: name.trim() });
        }
    }
    else if (language === 'js') {
        for (const match of text.matchAll(JS_IMPORT)) {
            const specifier = match[1] ?? match[2] ?? match[3];
            if (specifier !== undefined)
                found.push({ language, specifier });
        }
    }
    return found;
}

;// CONCATENATED MODULE: ./src/scanners/repo-map/modularity/module-graph.ts
const ROOT_MODULE = '(root)';
/** A module holding more of the code than this is split into its folders, up to MAX_DEPTH deep. */
const DOMINANT_SHARE = 0.6;
const MAX_DEPTH = 4;
const MAX_EDGES = 30;
const MAX_MODULES = 25;
const LARGEST_FILES = 10;
const REEXPORTING = /(?:^|\/)(?:__init__\.py|index\.[cm]?[jt]sx?)$/;
const JS_EXTENSIONS = ['', '.ts', '.tsx', '.js', '.jsx', '.mjs', '.cjs', '.mts', '.cts', '/index.ts', '/index.tsx', '/index.js', '/index.mjs'];
/** The folder `depth` levels down that holds `path`; the caller knows the path is deeper. */
function folderOf(path, depth) {
    return path.split('/').slice(0, depth).join('/');
}
/**
 * Top-level modules, the way a reviewer would name them: the first folders, but a folder holding
 * most of the code (`src/`, then `src/peft/`) is opened into its own folders, so a src layout or one
 * big package still shows its parts.
 */
function moduleNamer(files) {
    const depthOf = new Map();
    let prefix = '';
    for (let depth = 1; depth < MAX_DEPTH; depth++) {
        const inPrefix = files.filter((file) => file.path.startsWith(prefix));
        const total = inPrefix.reduce((sum, file) => sum + file.lines, 0);
        const byFolder = new Map();
        for (const file of inPrefix) {
            if (file.path.split('/').length <= depth)
                continue;
            const folder = folderOf(file.path, depth);
            byFolder.set(folder, (byFolder.get(folder) ?? 0) + file.lines);
        }
        const [dominant, lines] = [...byFolder].sort((a, b) => b[1] - a[1])[0] ?? ['', 0];
        if (total === 0 || lines <= total * DOMINANT_SHARE)
            break;
        prefix = `${dominant}/`;
        depthOf.set(prefix, depth + 1);
    }
    return (path) => {
        let depth = 1;
        for (const [opened, deeper] of depthOf)
            if (path.startsWith(opened))
                depth = Math.max(depth, deeper);
        return path.split('/').length <= depth ? (path.includes('/') ? path.slice(0, path.lastIndexOf('/')) : ROOT_MODULE) : path.split('/').slice(0, depth).join('/');
    };
}
function joinPath(base, relative) {
    const parts = base === '' ? [] : base.split('/');
    for (const part of relative.split('/')) {
        if (part === '..') {
            if (parts.length === 0)
                return undefined;
            parts.pop();
        }
        else if (part !== '.' && part !== '')
            parts.push(part);
    }
    return parts.join('/');
}
/** Python packages by name: `peft` is `src/peft/` or `peft/`, wherever its `__init__.py` or module file is. */
function pythonRoots(paths) {
    const roots = new Set(['']);
    for (const path of paths) {
        const match = /^(.*?\/)?[\w]+\/__init__\.py$/.exec(path);
        if (match && (match[1] === undefined || /(?:^|\/)(?:src|lib|python)\/$/.test(match[1])))
            roots.add(match[1] ?? '');
    }
    return [...roots];
}
function resolvePython(specifier, from, paths, roots) {
    const dots = /^\.*/.exec(specifier)?.[0].length ?? 0;
    const rest = specifier.slice(dots).split('.').filter((part) => part !== '');
    const candidates = (base) => {
        for (let length = rest.length; length >= (dots > 0 ? 0 : 1); length--) {
            const stem = [base, ...rest.slice(0, length)].filter((part) => part !== '').join('/');
            for (const candidate of [`${stem}.py`, `${stem}/__init__.py`])
                if (paths.has(candidate))
                    return candidate;
        }
        return undefined;
    };
    if (dots > 0) {
        const folder = from.includes('/') ? from.slice(0, from.lastIndexOf('/')) : '';
        const base = joinPath(folder, '../'.repeat(dots - 1));
        return base === undefined ? undefined : candidates(base);
    }
    for (const root of roots) {
        const found = candidates(root.replace(/\/$/, ''));
        if (found !== undefined)
            return found;
    }
    return undefined;
}
function resolveJs(specifier, from, paths) {
    if (!specifier.startsWith('.'))
        return undefined;
    const folder = from.includes('/') ? from.slice(0, from.lastIndexOf('/')) : '';
    const joined = joinPath(folder, specifier.replace(/\.js$/, ''));
    if (joined === undefined)
        return undefined;
    for (const extension of JS_EXTENSIONS)
        if (paths.has(`${joined}${extension}`))
            return `${joined}${extension}`;
    return paths.has(joined) ? joined : undefined;
}
/** Tarjan's strongly connected components over the module graph; the ones with two or more modules are cycles. */
function cyclesOf(nodes, edges) {
    let index = 0;
    const indexOf = new Map();
    const low = new Map();
    const stack = [];
    const onStack = new Set();
    const found = [];
    const visit = (node) => {
        indexOf.set(node, index);
        low.set(node, index++);
        stack.push(node);
        onStack.add(node);
        for (const next of edges.get(node) ?? []) {
            if (!indexOf.has(next)) {
                visit(next);
                low.set(node, Math.min(low.get(node), low.get(next)));
            }
            else if (onStack.has(next))
                low.set(node, Math.min(low.get(node), indexOf.get(next)));
        }
        if (low.get(node) === indexOf.get(node)) {
            const component = [];
            let member;
            do {
                member = stack.pop();
                onStack.delete(member);
                component.push(member);
            } while (member !== node);
            if (component.length > 1)
                found.push(component.sort());
        }
    };
    for (const node of nodes)
        if (!indexOf.has(node))
            visit(node);
    return found.sort((a, b) => b.length - a.length || (a[0] ?? '').localeCompare(b[0] ?? ''));
}
/** Modules, the imports between them, their cycles and the largest files, from imports read as text. */
function buildModularity(files, paths) {
    const moduleOf = moduleNamer(files);
    const roots = pythonRoots(paths);
    const summaries = new Map();
    const edgeCounts = new Map();
    let resolved = 0;
    let total = 0;
    for (const file of files) {
        const module = moduleOf(file.path);
        const summary = summaries.get(module) ?? { files: 0, lines: 0, importsOut: 0, importsIn: 0 };
        summary.files++;
        summary.lines += file.lines;
        summaries.set(module, summary);
    }
    for (const file of files) {
        const from = moduleOf(file.path);
        // A package's __init__.py or index.ts re-exports its parts: a door, not a dependency, and
        // counted it would tie every package to its subpackages in one cycle.
        const reexports = REEXPORTING.test(file.path);
        for (const written of file.imports) {
            total++;
            const target = written.language === 'python' ? resolvePython(written.specifier, file.path, paths, roots) : resolveJs(written.specifier, file.path, paths);
            if (target === undefined)
                continue;
            resolved++;
            const to = moduleOf(target);
            if (to === from || !summaries.has(to) || reexports)
                continue;
            const key = `${from}\u0000${to}`;
            edgeCounts.set(key, (edgeCounts.get(key) ?? 0) + 1);
            summaries.get(from).importsOut++;
            summaries.get(to).importsIn++;
        }
    }
    const edges = [...edgeCounts].map(([key, imports]) => {
        const [from, to] = key.split('\u0000');
        return { from, to, imports };
    }).sort((a, b) => b.imports - a.imports || a.from.localeCompare(b.from) || a.to.localeCompare(b.to));
    const adjacency = new Map();
    for (const edge of edges)
        adjacency.set(edge.from, new Set([...(adjacency.get(edge.from) ?? []), edge.to]));
    const modules = [...summaries].map(([path, summary]) => ({ path, ...summary })).sort((a, b) => b.lines - a.lines || a.path.localeCompare(b.path));
    return {
        modules: modules.slice(0, MAX_MODULES),
        edges: edges.slice(0, MAX_EDGES),
        cycles: cyclesOf(modules.map((module) => module.path), adjacency),
        largestFiles: [...files].sort((a, b) => b.lines - a.lines || a.path.localeCompare(b.path)).slice(0, LARGEST_FILES).map((file) => ({ path: file.path, lines: file.lines })),
        resolvedImports: resolved,
        totalImports: total,
    };
}

;// CONCATENATED MODULE: ./src/scanners/repo-map/repo-map-scanner.ts













/** Tests, examples and docs import the code; the modules a reviewer weighs are the code itself. */
const NOT_A_MODULE = /(?:^|\/)(?:tests?|__tests__|spec|e2e|examples?|docs?|benchmarks?|third_party|vendor)\/|(?:^|\/)test_[^/]+\.py$|_test\.py$|\.(?:test|spec)\.[cm]?[jt]sx?$|\.d\.ts$/;
/**
 * Skipped files that still exist as far as the repository is concerned: a lockfile too large to read,
 * a binary lockfile, a lockfile marked generated. Vendored and excluded files stay out, or every
 * package.json under node_modules would be a key file.
 */
const KEY_FILE_SKIP_REASONS = new Set(['binary', 'too-large', 'generated', 'unreadable']);
class RepoMapRun {
    context;
    settings;
    excluded;
    entryPoints = [];
    unparsedFiles = [];
    omittedPerFile = 0;
    gates = new LocalGateCollector();
    code = [];
    constructor(context) {
        this.context = context;
        this.settings = context.options.scanners['repo-map'];
        this.excluded = (0,path_globs/* pathMatcher */.k)(this.settings.exclude);
    }
    wants(file) {
        return !this.excluded(file.path) && (entryPointExtractorsFor(file).length > 0 || wantsForGates(file.path) || this.gates.wantsScript(file.path) || this.isModuleCode(file.path));
    }
    isModuleCode(path) {
        return importsLanguage(path) !== undefined && !NOT_A_MODULE.test(path);
    }
    /** Keeps only the entry points and commands a file declares, never its text. */
    visit(file, text) {
        if (!this.wants(file))
            return;
        // Only the import statements outlive the visit.
        if (this.isModuleCode(file.path))
            this.code.push({ path: file.path, lines: file.lines, imports: writtenImports(file.path, text) });
        const found = [];
        for (const extract of entryPointExtractorsFor(file)) {
            try {
                found.push(...extract(file.path, text));
            }
            catch (error) {
                if (!(error instanceof file_parse_error/* FileParseError */.S))
                    throw error;
                this.unparsedFiles.push({ path: error.path, line: error.line, message: error.detail });
            }
        }
        // The gates take every make target of the root Makefile, before the map's per-file cap.
        this.gates.visit(file.path, text, found);
        const capped = capPerFile(found);
        this.entryPoints.push(...capped.entryPoints);
        this.omittedPerFile += capped.omitted;
    }
    async finish() {
        const { inventory, earlier, git } = this.context;
        const { depth, recentCommits } = this.settings;
        const files = inventory.files.filter((file) => !this.excluded(file.path));
        const kept = new Set(files.map((file) => file.path));
        const placeholders = placeholdersByFile(earlier.placeholders);
        const keyFileCandidates = [
            ...kept,
            ...inventory.skipped
                .filter((file) => KEY_FILE_SKIP_REASONS.has(file.reason) && !this.excluded(file.path))
                .map((file) => file.path),
        ];
        const keyFiles = collectKeyFiles(keyFileCandidates);
        const entryPoints = sortAndBound(this.entryPoints);
        return {
            depth,
            totals: fileTotals(files),
            languages: languageTotals(files),
            tree: buildDirectoryTree(files, depth, placeholders),
            keyFiles: keyFiles.keyFiles,
            keyFilesOmitted: keyFiles.omitted,
            entryPoints: entryPoints.entryPoints,
            localGates: this.gates.finish(),
            modularity: buildModularity(this.code, kept),
            entryPointsOmitted: entryPoints.omitted + this.omittedPerFile,
            unparsedFiles: [...this.unparsedFiles].sort((a, b) => compareText(a.path, b.path)),
            hotspots: placeholderHotspots(placeholders, depth, (path) => kept.has(path)),
            recentCommits: await readRecentCommits(inventory.root, git, recentCommits),
        };
    }
}
const repoMapScanner = {
    id: 'repo-map',
    title: 'Repo map',
    start(context) {
        return new RepoMapRun(context);
    },
};


/***/ })

};
