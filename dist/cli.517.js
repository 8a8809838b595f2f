export const id = 517;
export const ids = [517];
export const modules = {

/***/ 7517:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  MAX_EVIDENCE: () => (/* binding */ MAX_EVIDENCE),
  checklistScanner: () => (/* binding */ checklistScanner),
  createChecklistScanner: () => (/* binding */ createChecklistScanner),
  enabledChecks: () => (/* binding */ enabledChecks),
  historyPatterns: () => (/* binding */ historyPatterns)
});

// EXTERNAL MODULE: ./src/inventory/path-globs.ts
var path_globs = __webpack_require__(5427);
;// CONCATENATED MODULE: ./src/scanners/checklist/check.ts
const always = () => true;
/** Why a check does not fit: its own reason when it does not apply, else the kind's; undefined when it fits. */
function notApplicableReason(check, input) {
    return check.applies(input) ? check.notForKind?.(input) : check.notApplicable;
}
function evidence(path, line, message) {
    return { ...(path === undefined ? {} : { path }), ...(line === undefined ? {} : { line }), message };
}

// EXTERNAL MODULE: ./src/scanners/checklist/checklist-result.ts
var checklist_result = __webpack_require__(6300);
// EXTERNAL MODULE: ./src/scanners/checklist/check-ids.ts
var check_ids = __webpack_require__(6003);
// EXTERNAL MODULE: ./src/git/run-git.ts
var run_git = __webpack_require__(6148);
;// CONCATENATED MODULE: ./src/scanners/checklist/history/read-version-tags.ts

/** Tags that name a release: `v1.9.1`, `0.17.0`, `tokio-1.40.0`, `release-2.3`. */
const VERSION_TAG = /^(?:[\w.-]+[-_/])?v?\d+\.\d+/;
/** The newest tags read; enough to say that the project releases, and which release was last. */
const TAG_LIMIT = 200;
/** `name\0date` lines from for-each-ref to the version-like tags, newest first. */
function parseVersionTags(output) {
    const tags = [];
    for (const line of output.split('\n')) {
        const [name, date] = line.split('\0');
        if (name !== undefined && date !== undefined && VERSION_TAG.test(name))
            tags.push({ name, date: date.slice(0, 10) });
    }
    return tags;
}
/**
 * The repository's version tags, for a changelog check that finds no notes in the tree: tags say the
 * project releases, and its notes may be on GitHub releases, which the checkout does not hold.
 */
async function readVersionTags(root, git, needed) {
    if (!needed)
        return { status: 'not-needed' };
    if (!git.isWorkTree)
        return { status: 'unavailable', reason: 'not a git work tree' };
    try {
        const output = await (0,run_git/* runGit */.EO)(['for-each-ref', `--count=${TAG_LIMIT}`, '--sort=-creatordate', '--format=%(refname:short)%00%(creatordate:short)', 'refs/tags'], root, { ceiling: git.ceiling });
        return { status: 'available', tags: parseVersionTags(output) };
    }
    catch (error) {
        if (!(error instanceof run_git/* GitCommandError */.iR))
            throw error;
        return { status: 'unavailable', reason: `git for-each-ref failed: ${error.reason}` };
    }
}

// EXTERNAL MODULE: ./src/scanners/line-breaks.ts
var line_breaks = __webpack_require__(6314);
;// CONCATENATED MODULE: ./src/scanners/checklist/facts/text-lines.ts

/** Offsets to 1-based line numbers by the shared line rule, in any order of asking. */

/** Calls `visit` with each line (without its line break) and its 1-based number; no empty last line. */
function forEachLine(text, visit) {
    const lines = text.split(line_breaks/* LINE_BREAK */.Fb);
    if (lines[lines.length - 1] === '')
        lines.pop();
    lines.forEach((line, index) => visit(line, index + 1));
}
/** Keeps evidence text short and on one line. */
function clip(text, max = 120) {
    const flat = text.replace(/\s+/g, ' ').trim();
    return flat.length <= max ? flat : `${flat.slice(0, max - 1)}…`;
}
function baseName(path) {
    return path.slice(path.lastIndexOf('/') + 1);
}
function dirName(path) {
    const slash = path.lastIndexOf('/');
    return slash === -1 ? '' : path.slice(0, slash);
}
/** `dir` joined with `name`, where `dir` is '' at the root. */
function joinPath(dir, name) {
    return dir === '' ? name : `${dir}/${name}`;
}
/** The directory itself and each ancestor up to the root (''), nearest first. */
function selfAndAncestors(dir) {
    const dirs = [dir];
    for (let current = dir; current !== '';) {
        current = dirName(current);
        dirs.push(current);
    }
    return dirs;
}

;// CONCATENATED MODULE: ./src/scanners/checklist/checks/repo-paths.ts

/**
 * Directories whose manifests are samples or side environments, not the project's own: a fixture's
 * package.json needs no lockfile, and a library's `benchmarks/requirements.txt` does not make its
 * runtime dependencies unpinned.
 */
const SAMPLE_DIRS = new Set(['examples', 'example', 'fixtures', '__fixtures__', 'testdata', 'test-data', 'test_data', 'samples', 'templates', '__snapshots__', 'benchmarks', 'benchmark', 'playground', 'playgrounds']);
/** Crates that only test, fuzz, benchmark or build the project (`tests-integration/`, `fuzz/`, `benches/`, `xtask/`): not what it ships. */
const AUXILIARY_CRATE = /(?:^|\/)(?:tests?(?:[-_][\w-]+)?|fuzz|benches|benchmarks?|stress[-_]?tests?|xtask)\//;
/** `create-vite/template-react/`: a scaffold users copy, as `templates/` is. */
const TEMPLATE_DIR = /^template-[\w.-]+$/;
function isInSampleDir(path) {
    const segments = path.split('/');
    return segments.slice(0, -1).some((segment) => SAMPLE_DIRS.has(segment.toLowerCase()) || TEMPLATE_DIR.test(segment));
}
/** Example apps and scaffolds: their tests test them, not the project (vite's playground tests do test vite). */
const EXAMPLE_DIRS = new Set(['examples', 'example', 'samples', 'sample', 'templates', 'starters']);
function isInExampleDir(path) {
    return path.split('/').slice(0, -1).some((segment) => EXAMPLE_DIRS.has(segment.toLowerCase()) || TEMPLATE_DIR.test(segment));
}
/** Paths directly inside one of `dirs` ('' is the root) whose name matches `name`, sorted with the root first. */
function filesNamed(facts, name, dirs) {
    const found = [];
    for (const path of facts.paths) {
        if (dirs.includes(dirName(path)) && name.test(baseName(path)))
            found.push(path);
    }
    return found.sort((a, b) => dirs.indexOf(dirName(a)) - dirs.indexOf(dirName(b)) || (a < b ? -1 : 1));
}
/** Whether the repository has source code (not only docs and config). */
function hasCode(facts) {
    return facts.files.some((file) => file.kind === 'programming');
}
const DOC_HOMES = ['', '.github', 'docs'];
function listPaths(paths, max = 5) {
    const shown = paths.slice(0, max).join(', ');
    return paths.length > max ? `${shown} and ${paths.length - max} more` : shown;
}

;// CONCATENATED MODULE: ./src/scanners/checklist/checks/presence-check.ts


/** A check that passes when a conventional file exists: CONTRIBUTING, SECURITY and the like. */
function presenceCheck(spec) {
    return {
        id: spec.id,
        title: spec.title,
        pack: spec.pack,
        weight: spec.weight,
        mlTestScore: spec.mlTestScore ?? [],
        remediation: spec.remediation,
        applies: always,
        notApplicable: '',
        ...(spec.notForKind ? { notForKind: spec.notForKind } : {}),
        evaluate(input) {
            const paths = spec.find(input.facts);
            if (paths.length === 0)
                return spec.whenMissing?.(input) ?? { status: 'fail', summary: spec.missing };
            return { status: 'pass', summary: `${spec.found}: ${listPaths(paths)}.`, evidence: paths.map((path) => evidence(path, undefined, spec.found)) };
        },
    };
}

;// CONCATENATED MODULE: ./src/scanners/checklist/kind/repo-kind.ts
/**
 * What a repository is, worked out before it is scored: a check that speaks to applications (exact
 * pins, a captured environment) is wrong about a library, and release notes are wrong about a
 * documentation site. Several kinds can hold at once (a library in a monorepo, a service that
 * trains models); no kind at all means every check applies as written.
 */
const REPO_KIND_IDS = ['library', 'application', 'action', 'ml', 'docs-site', 'monorepo'];
const KIND_LABELS = {
    library: 'library',
    application: 'application or service',
    action: 'GitHub Action',
    ml: 'ML training or research code',
    'docs-site': 'documentation site',
    monorepo: 'monorepo',
};
function hasKind(kind, id) {
    return kind.kinds.includes(id);
}
/**
 * A library and nothing that runs as it is checked out: no program, Action or training code.
 * Its users resolve its dependency ranges; its own environment is only for development.
 */
function isLibraryOnly(kind) {
    return hasKind(kind, 'library') && !hasKind(kind, 'application') && !hasKind(kind, 'action') && !hasKind(kind, 'ml');
}
/**
 * `library (setup.py builds peft, which the README installs by name)`: each kind with the signal
 * nearest the root (tokio's `tokio/Cargo.toml` rather than `tokio-macros/Cargo.toml`).
 */
function describeKind(kind) {
    if (kind.kinds.length === 0)
        return 'not recognised: every check applies';
    return kind.kinds.map((id) => {
        const nearest = kind.signals.filter((signal) => signal.kind === id).sort((a, b) => a.path.split('/').length - b.path.split('/').length || a.path.length - b.path.length)[0];
        return nearest === undefined ? KIND_LABELS[id] : `${KIND_LABELS[id]} (${nearest.message})`;
    }).join(', ');
}
function kindSummary(kind) {
    return { kinds: kind.kinds, description: describeKind(kind), signals: kind.signals };
}

;// CONCATENATED MODULE: ./src/scanners/checklist/kind/kind-rules.ts

/**
 * The kind rules the built-in checks declare (`notForKind`): each gives the reason a check does not
 * fit the repository, naming the kind and the file that shows it, or undefined when it fits.
 */
const capitalized = (text) => `${text.charAt(0).toUpperCase()}${text.slice(1)}`;
/** Release notes describe releases: a documentation site or research code publishes none. */
function releasesNotExpected({ kind }) {
    const unreleased = kind.kinds.length > 0 && kind.kinds.every((id) => id === 'docs-site' || id === 'ml');
    if (!unreleased)
        return undefined;
    const why = hasKind(kind, 'docs-site') ? 'it publishes pages, not versioned releases' : 'research code is run from its checkout, not released in versions';
    return `${capitalized(describeKind(kind))}: ${why}, so there are no release notes to keep.`;
}
/** A documentation site has pages, not a program: its links are what the links scanner checks. */
function noProgramToTest({ kind }) {
    if (!(kind.kinds.length === 1 && hasKind(kind, 'docs-site')))
        return undefined;
    return `${capitalized(describeKind(kind))}: it has no program to test; its links and anchors are checked by the links scanner.`;
}
/** A library runs in its users' environments; only its development environment is its own. */
function libraryRunsElsewhere({ kind }) {
    if (!isLibraryOnly(kind))
        return undefined;
    return `${capitalized(describeKind(kind))}: it runs in its users' environments, not one of its own; the lock of its development environment is judged by \`lockfile\`.`;
}
/** A library declares ranges for its users to resolve; exact pins are for what runs as checked out. */
function libraryRangesForUsers({ kind }) {
    if (!isLibraryOnly(kind))
        return undefined;
    return `${capitalized(describeKind(kind))}: its users resolve its dependency ranges, and exact pins would clash with theirs; the lock of its development environment is judged by \`lockfile\`.`;
}
/** Runs, configs, data and checkpoints belong to training code, not to a library that training code imports. */
function notTrainingCode({ kind }) {
    if (hasKind(kind, 'ml'))
        return undefined;
    const what = kind.kinds.length === 0 ? 'ML libraries are imported only in examples, tests or tooling' : `${capitalized(describeKind(kind))}, not ${KIND_LABELS.ml}`;
    return `${what}: experiment runs, configs, data and checkpoints belong to the training code that uses it.`;
}

;// CONCATENATED MODULE: ./src/scanners/checklist/checks/changelog.ts




/** `CHANGELOG.md`, `CHANGES`, `HISTORY.rst`, `NEWS`, `RELEASES.md`, `release-notes.adoc`, git's `RelNotes` (a link to the latest notes). */
const HISTORY_FILE = /^(?:change[-_]?log|changes|history|news|releases?|release[-_]?notes|relnotes)(?:\.(?:md|markdown|rst|txt|adoc|asciidoc|org))?$/i;
/** A folder of notes, one per release: `RelNotes/2.45.0.adoc`, `changelog/1.2.md`, `release-notes/v3.md`. */
const HISTORY_FOLDER = /^(?:change[-_]?logs?|changes|history|news|releases|release[-_]?notes|relnotes)$/i;
/** Generated release notes and changesets keep the history outside a file of their own. */
const RELEASE_CONFIGS = ['.github/release.yml', '.github/release.yaml', '.github/release-drafter.yml', '.github/release-drafter.yaml', '.changeset/config.json'];
/**
 * Names that only a changelog carries, kept at any depth: a monorepo's `packages/vite/CHANGELOG.md`,
 * a crate's `tokio/CHANGELOG.md`, a docs site's `docs/en/docs/release-notes.md`. `NEWS`, `RELEASES`
 * and `release.md` count only in the usual homes: deeper down they are news templates or a page on
 * the release process.
 */
const CHANGELOG_FILE = /^(?:change[-_]?log|changes|history|release[-_]?notes)(?:\.(?:md|mdx|markdown|rst|txt|adoc|asciidoc|org))?$/i;
const HOMES = ['', 'docs', '.github', 'Documentation', 'doc'];
const NOT_THE_PROJECTS = /(?:^|\/)(?:tests?|testdata|fixtures?|examples?|samples?|templates?|archetypes|node_modules|vendor|third[-_]?party)\//i;
/** The folders directly in one of HOMES that are named like notes and hold files. */
function historyFolders(facts) {
    const folders = new Set();
    for (const path of facts.paths) {
        const parts = path.split('/');
        if (parts.length < 2)
            continue;
        const folder = parts.slice(0, -1).join('/');
        const home = parts.slice(0, -2).join('/');
        if (HOMES.includes(home) && HISTORY_FOLDER.test(parts[parts.length - 2]))
            folders.add(`${folder}/`);
    }
    return [...folders].sort();
}
/** Changelogs of the project's parts and release-notes pages of its docs, at any depth. */
function deeperChangelogs(facts) {
    const found = [];
    for (const path of facts.paths) {
        const slash = path.lastIndexOf('/');
        if (slash === -1 || NOT_THE_PROJECTS.test(path))
            continue;
        if (CHANGELOG_FILE.test(path.slice(slash + 1)))
            found.push(path);
    }
    return found.sort();
}
/**
 * Version tags with no notes in the tree: the notes may be on GitHub releases (peft, cobra), which
 * the checkout does not hold, so the check cannot tell and says so rather than fail.
 */
function releasedWithoutNotesInTree({ tags }) {
    if (tags.status !== 'available' || tags.tags.length === 0)
        return undefined;
    const latest = tags.tags[0];
    return {
        status: 'unknown',
        summary: `No release notes in the tree, but ${tags.tags.length === 1 ? 'a version tag' : `${tags.tags.length}${tags.tags.length >= TAG_LIMIT ? '+' : ''} version tags`} (latest ${latest.name}, ${latest.date}) say the project releases: notes written on GitHub releases are not in the checkout, so they cannot be seen here.`,
        evidence: tags.tags.slice(0, 3).map((tag) => ({ message: `tag ${tag.name} (${tag.date})` })),
        remediation: 'If the notes live on GitHub releases, exempt the check with that reason (`checklist.exempt: { changelog: "notes on GitHub releases" }`); else keep a CHANGELOG.md or configure generated release notes.',
    };
}
function releaseNotes(facts) {
    return [...new Set([...filesNamed(facts, HISTORY_FILE, HOMES), ...historyFolders(facts), ...deeperChangelogs(facts), ...RELEASE_CONFIGS.filter((path) => facts.paths.has(path))])];
}
const presence = presenceCheck({
    notForKind: releasesNotExpected,
    id: 'changelog',
    title: 'Changelog or release notes',
    pack: 'general',
    weight: 1,
    remediation: 'Keep a CHANGELOG.md (keepachangelog.com), or configure generated release notes in .github/release.yml, or use changesets.',
    find: releaseNotes,
    missing: 'No CHANGELOG, CHANGES, HISTORY, NEWS or RELEASES file, no folder or docs page of release notes, no release-notes configuration and no version tags in the tree.',
    whenMissing: releasedWithoutNotesInTree,
    found: 'Release history',
});
/** The tags are read only when the tree holds no notes: with a CHANGELOG they would change nothing. */
const changelogCheck = { ...presence, needsVersionTags: (facts) => releaseNotes(facts).length === 0 };

;// CONCATENATED MODULE: ./src/scanners/checklist/facts/test-paths.ts
const TEST_DIRECTORY = /(?:^|\/)(?:tests?|testing|__tests__|unit_tests|integration_tests)\//;
const TEST_FILE = /(?:^|\/)(?:test_[^/]+|[^/]+_test|conftest)\.py$/;
/** A Python test file, where skips are read: `tests/…`, `test_*.py`, `*_test.py`, `conftest.py`. */
function isTestPath(path) {
    return TEST_DIRECTORY.test(path) || TEST_FILE.test(path);
}

;// CONCATENATED MODULE: ./src/scanners/checklist/checks/ml-signals.ts

const NOT_ML = 'No ML library (torch, tensorflow, jax, scikit-learn, xgboost …) is imported in Python code or notebooks.';
/** The ML-practice checks (seeding, tracking, checkpoints …) only speak to repositories that import an ML library. */
function importsMlLibrary({ facts }) {
    return facts.mlImports.length > 0;
}
function signalEvidence(facts, category) {
    return facts.signals.filter((signal) => signal.category === category).map((signal) => ({ path: signal.path, line: signal.line, message: signal.label }));
}
function distinctFiles(items) {
    return new Set(items.map((item) => item.path)).size;
}

/** The code that runs, not its tests: where metrics, checkpoints and runs are produced. */
function codeSignals(facts, category) {
    return facts.signals.filter((signal) => signal.category === category && !isTestPath(signal.path)).map((signal) => ({ path: signal.path, line: signal.line, message: signal.label }));
}

;// CONCATENATED MODULE: ./src/scanners/checklist/checks/checkpointing.ts


const checkpointingCheck = {
    id: 'checkpointing',
    title: 'Checkpoint save and resume',
    pack: 'reproducibility',
    weight: 1,
    mlTestScore: ['Infra 7'],
    remediation: 'Save checkpoints during training (model, optimiser and step: `torch.save`, `ModelCheckpoint`, `save_pretrained`) and support resuming from one (`load_state_dict`, `ckpt_path=`, `resume_from_checkpoint`).',
    applies: importsMlLibrary,
    notApplicable: NOT_ML,
    notForKind: notTrainingCode,
    evaluate({ facts }) {
        const saves = signalEvidence(facts, 'checkpoint-save');
        const loads = signalEvidence(facts, 'checkpoint-load');
        if (saves.length > 0 && loads.length > 0)
            return { status: 'pass', summary: `Checkpoints are saved (${saves.length}) and loaded (${loads.length}).`, evidence: [...saves, ...loads] };
        if (saves.length > 0)
            return { status: 'warn', summary: 'Checkpoints are saved but never loaded: a run cannot resume.', evidence: saves, remediation: 'Add a resume path: load the last checkpoint (`load_state_dict`, `ckpt_path=`, `resume_from_checkpoint`) when one exists.' };
        if (loads.length > 0)
            return { status: 'warn', summary: 'Checkpoints are loaded but never saved by this code.', evidence: loads, remediation: 'Save checkpoints during training (`torch.save`, `ModelCheckpoint`, `save_pretrained`) so runs can be resumed and rolled back.' };
        return { status: 'fail', summary: 'No checkpoint saving or loading in the code.' };
    },
};

;// CONCATENATED MODULE: ./src/scanners/checklist/checks/checkpoint-integrity.ts


/** Verification counts in the files that save or load checkpoints: a dataset's md5 says nothing about weights. */
function beside(items, files) {
    return items.filter((item) => files.has(item.path));
}
/**
 * Loads that skip the check `load_state_dict` makes by default: `strict=False` in a file that never
 * looks at the keys it left out.
 */
function uncheckedLoads(facts) {
    const checked = new Set(codeSignals(facts, 'checkpoint-verify').map((item) => item.path));
    return codeSignals(facts, 'checkpoint-lenient').filter((item) => !checked.has(item.path));
}
const checkpointIntegrityCheck = {
    id: 'checkpoint-integrity',
    title: 'Checkpoints verified and retained',
    pack: 'reproducibility',
    weight: 1,
    mlTestScore: ['Infra 7'],
    remediation: 'Load checkpoints strictly (or check `missing_keys`/`unexpected_keys` after `strict=False`), and bound how many are kept (`save_total_limit`, `save_top_k`, `max_to_keep`).',
    applies: (input) => importsMlLibrary(input) && codeSignals(input.facts, 'checkpoint-save').length > 0,
    notApplicable: 'The code saves no checkpoints (or imports no ML library).',
    notForKind: notTrainingCode,
    evaluate({ facts }) {
        const saves = codeSignals(facts, 'checkpoint-save');
        const loads = codeSignals(facts, 'checkpoint-load');
        const files = new Set([...saves, ...loads].map((item) => item.path));
        const verified = beside(codeSignals(facts, 'checkpoint-verify'), files);
        const unchecked = uncheckedLoads(facts);
        const retained = codeSignals(facts, 'checkpoint-retention');
        const accumulating = codeSignals(facts, 'checkpoint-accumulating');
        const evidence = [...unchecked, ...verified, ...retained, ...accumulating];
        const keysSay = loads.length === 0 ? 'No checkpoint is loaded back by this code' : verified.length > 0 ? `Loaded checkpoints are verified (${verified.length})` : 'Loads keep `load_state_dict`\'s default check of the keys';
        // Only a file name built from the step proves that saves pile up; a fixed or variable path may be overwritten.
        const piling = accumulating.length > 0 && retained.length === 0;
        const pileSay = `a new checkpoint file is written per step (${accumulating[0]?.path ?? ''}:${accumulating[0]?.line ?? ''}) and nothing bounds how many are kept`;
        if (unchecked.length === 0 && !piling)
            return { status: 'pass', summary: `${keysSay}${retained.length > 0 ? `, and how many checkpoints are kept is bounded (${retained.length})` : ''}.`, evidence };
        if (unchecked.length === 0)
            return { status: 'warn', summary: `${keysSay}, but ${pileSay}: long runs fill the disk.`, evidence, remediation: 'Keep the last or best k checkpoints (`save_total_limit`, `save_top_k`, `max_to_keep`) and delete older ones.' };
        const where = `${unchecked.length} load${unchecked.length === 1 ? '' : 's'} with \`strict=False\` never check${unchecked.length === 1 ? 's' : ''} the keys left out: a mismatched checkpoint loads silently`;
        return { status: 'warn', summary: `${where.replace(/^./, (first) => first.toUpperCase())}${piling ? `; and ${pileSay}` : ''}.`, evidence, remediation: 'After `load_state_dict(..., strict=False)`, check `missing_keys` and `unexpected_keys` (or load strictly), and keep the last or best k checkpoints.' };
    },
};

;// CONCATENATED MODULE: ./src/scanners/checklist/checks/metrics-persisted.ts


const metricsPersistedCheck = {
    id: 'metrics-persisted',
    title: 'Metrics written to disk',
    pack: 'reproducibility',
    weight: 1,
    mlTestScore: ['Monitor 7'],
    remediation: 'Write every evaluation\'s metrics where they outlive the run: a tracker (`wandb.log`, `SummaryWriter.add_scalar`, `mlflow.log_metric`), `trainer.save_metrics`, or one JSON line per evaluation in the run directory.',
    applies: importsMlLibrary,
    notApplicable: NOT_ML,
    notForKind: notTrainingCode,
    evaluate({ facts }) {
        const computed = codeSignals(facts, 'metrics');
        const written = [...codeSignals(facts, 'metrics-write'), ...codeSignals(facts, 'tracking').filter((item) => !item.message.startsWith('import '))];
        if (written.length > 0)
            return { status: 'pass', summary: `Metrics are written where they outlive the run (${written.length} in ${distinctFiles(written)} file${distinctFiles(written) === 1 ? '' : 's'}).`, evidence: [...written, ...computed] };
        if (computed.length > 0)
            return { status: 'fail', summary: `Metrics are computed (${computed.length} places) but never written to disk or a tracker: each run's numbers are lost when it ends.`, evidence: computed };
        return { status: 'warn', summary: 'The code writes no metric to disk or a tracker: how a run went is not recorded.' };
    },
};

;// CONCATENATED MODULE: ./src/scanners/checklist/checks/optional-dependency-skips.ts

const optionalDependencySkipsCheck = {
    id: 'optional-dependency-skips',
    title: 'GPU and optional-dependency tests run in CI',
    pack: 'reproducibility',
    weight: 1,
    mlTestScore: ['Infra 2'],
    remediation: 'Run the tests that skip without a GPU on a runner that has one (a self-hosted or GPU runner on a schedule), and give the critical paths a small CPU variant so CPU CI covers them.',
    applies: (input) => importsMlLibrary(input) && input.facts.signals.some((signal) => isTestPath(signal.path) && (signal.category === 'gpu-skip' || signal.category === 'optional-skip')),
    notApplicable: 'No test skips when a GPU or an optional dependency is missing (or no ML library is imported).',
    evaluate({ facts }) {
        const gpu = signalEvidence(facts, 'gpu-skip').filter((item) => isTestPath(item.path ?? ''));
        const optional = signalEvidence(facts, 'optional-skip').filter((item) => isTestPath(item.path ?? ''));
        const runners = [
            ...facts.workflows.flatMap((workflow) => workflow.jobs.filter((job) => !job.disabled && job.gpu !== undefined).map((job) => ({ path: workflow.path, line: job.line, message: `job \`${job.id}\` has a GPU (${job.gpu ?? ''})` }))),
            ...facts.gpuCi.map((found) => ({ path: found.path, line: found.line, message: `CI machine with a GPU (\`${found.value}\`)` })),
        ];
        const gpuFiles = new Set(gpu.map((item) => item.path)).size;
        const optionalFiles = new Set(optional.map((item) => item.path)).size;
        if (gpu.length > 0 && runners.length === 0) {
            return { status: 'warn', summary: `${gpuFiles} test file${gpuFiles === 1 ? '' : 's'} skip without a GPU and no CI job runs on a GPU runner: those paths are never tested in CI.`, evidence: [...gpu, ...optional], details: { gpuTestFiles: gpuFiles, optionalTestFiles: optionalFiles } };
        }
        if (gpu.length > 0)
            return { status: 'pass', summary: `Tests that need a GPU (${gpuFiles} file${gpuFiles === 1 ? '' : 's'}) have a GPU runner in CI.`, evidence: [...runners, ...gpu], details: { gpuTestFiles: gpuFiles, optionalTestFiles: optionalFiles } };
        return { status: 'pass', summary: `${optionalFiles} test file${optionalFiles === 1 ? '' : 's'} skip when an optional dependency is missing; none needs a GPU.`, evidence: optional, details: { gpuTestFiles: 0, optionalTestFiles: optionalFiles } };
    },
};

;// CONCATENATED MODULE: ./src/scanners/checklist/checks/tracking-run-ids.ts


const trackingRunIdsCheck = {
    id: 'tracking-run-ids',
    title: 'Tracking run ids surfaced',
    pack: 'reproducibility',
    weight: 1,
    mlTestScore: ['Infra 1'],
    remediation: 'Name or read each tracked run (`wandb.init(name=…)`, `wandb.run.id`, `mlflow.active_run().info.run_id`, `SummaryWriter(log_dir=…)`) and print or save it with the results, so a number in a report leads back to its run.',
    applies: (input) => importsMlLibrary(input) && codeSignals(input.facts, 'tracking').length > 0,
    notApplicable: 'No experiment tracker is used (or no ML library is imported).',
    notForKind: notTrainingCode,
    evaluate({ facts }) {
        const ids = codeSignals(facts, 'run-id');
        if (ids.length > 0)
            return { status: 'pass', summary: `Tracked runs are named or their ids read (${ids.length} places).`, evidence: ids };
        return { status: 'warn', summary: 'Runs are tracked, but no run id, name or log directory is set or read: results cannot be traced to their run.', evidence: codeSignals(facts, 'tracking').slice(0, 5) };
    },
};

;// CONCATENATED MODULE: ./src/scanners/checklist/checks/ci.ts


const GITHUB_WORKFLOW = /^\.github\/workflows\/[^/]+\.ya?ml$/;
const OTHER_CI = /^(?:\.gitlab-ci\.ya?ml|\.circleci\/config\.ya?ml|azure-pipelines\.ya?ml|Jenkinsfile|\.travis\.ya?ml|bitbucket-pipelines\.ya?ml|\.drone\.ya?ml|appveyor\.ya?ml|\.buildkite\/[^/]+\.ya?ml|\.woodpecker(?:\.ya?ml|\/[^/]+\.ya?ml)|\.cirrus\.ya?ml)$/;
/** Events that run a workflow on its own for every change or on a timer; `workflow_dispatch` waits for a person, `workflow_call` for another workflow. */
const RUNS_BY_ITSELF = new Set(['push', 'pull_request', 'pull_request_target', 'merge_group', 'schedule']);
/** Why a parsed workflow never runs by itself, or undefined when it does. */
function idleReason(workflow) {
    if (!workflow.triggers.some((trigger) => RUNS_BY_ITSELF.has(trigger.text))) {
        const events = workflow.triggers.map((trigger) => trigger.text);
        return events.length === 0 ? 'no trigger (on:)' : `runs only on ${events.join(', ')}`;
    }
    if (workflow.jobs.length > 0 && workflow.jobs.every((job) => job.disabled === true))
        return 'every job is disabled (if: false)';
    return undefined;
}
function evaluateCi(facts) {
    const running = [];
    const idle = [];
    const invalid = [];
    const problems = new Map(facts.problems.map((problem) => [problem.path, problem]));
    const parsed = new Map(facts.workflows.map((workflow) => [workflow.path, workflow]));
    for (const path of [...facts.paths].sort()) {
        if (OTHER_CI.test(path)) {
            running.push(evidence(path, undefined, 'CI configuration'));
            continue;
        }
        if (!GITHUB_WORKFLOW.test(path))
            continue;
        const problem = problems.get(path);
        const workflow = parsed.get(path);
        if (problem !== undefined || workflow === undefined) {
            invalid.push(evidence(path, problem?.line, `not a valid workflow${problem === undefined ? '' : `: ${problem.message}`}`));
            continue;
        }
        const reason = idleReason(workflow);
        if (reason === undefined)
            running.push(evidence(path, workflow.triggers[0]?.line, 'workflow'));
        else
            idle.push(evidence(path, workflow.triggers[0]?.line, reason));
    }
    return { running, idle, invalid };
}
function pathsOf(items) {
    return items.map((item) => item.path ?? '');
}
/**
 * CI that runs: a GitHub workflow that parses, runs on pushes, pull requests or a schedule, and has
 * a job that is not switched off; or the configuration of another CI system. A workflow that is
 * invalid, manual-only or disabled is listed with why.
 */
const ciCheck = {
    id: 'ci',
    title: 'Continuous integration',
    pack: 'general',
    weight: 3,
    mlTestScore: ['Infra 3'],
    remediation: 'Add a CI workflow (.github/workflows/ci.yml) that installs from the lockfile and runs the tests on every pull request.',
    applies: always,
    notApplicable: '',
    evaluate({ facts }) {
        const { running, idle, invalid } = evaluateCi(facts);
        const others = [...invalid, ...idle];
        if (running.length === 0 && others.length === 0) {
            return { status: 'fail', summary: 'No CI configuration (GitHub Actions, GitLab CI, CircleCI, Azure Pipelines, Jenkins, Travis, Buildkite …).' };
        }
        if (running.length === 0) {
            return {
                status: 'fail',
                summary: `No workflow runs on pushes, pull requests or a schedule: ${others.map((item) => `${item.path ?? ''} ${item.message}`).slice(0, 3).join('; ')}.`,
                evidence: others,
                remediation: invalid.length > 0 ? `Fix the YAML of ${listPaths(pathsOf(invalid))}, and trigger a workflow on push and pull_request.` : 'Trigger a workflow on push and pull_request, and enable its jobs.',
            };
        }
        if (invalid.length > 0) {
            return {
                status: 'warn',
                summary: `CI runs (${listPaths(pathsOf(running), 3)}), but ${invalid.length === 1 ? 'one workflow is' : `${invalid.length} workflows are`} not valid: ${listPaths(invalid.map((item) => `${item.path ?? ''}${item.line === undefined ? '' : ` line ${item.line}`}`), 3)}.`,
                evidence: [...invalid, ...running, ...idle],
                remediation: `Fix the YAML of ${listPaths(pathsOf(invalid))}: GitHub rejects the whole file.`,
            };
        }
        return { status: 'pass', summary: `CI configuration: ${listPaths(pathsOf(running))}.`, evidence: [...running, ...idle] };
    },
};

;// CONCATENATED MODULE: ./src/scanners/checklist/checks/codeowners.ts


const codeownersCheck = {
    id: 'codeowners',
    title: 'Code owners',
    pack: 'general',
    weight: 1,
    mlTestScore: [],
    remediation: 'Add .github/CODEOWNERS with at least `* @owner-or-team`, so every change gets a reviewer who knows the code.',
    applies: always,
    notApplicable: '',
    evaluate({ facts }) {
        const withRules = facts.codeowners.filter((file) => file.rules > 0);
        if (withRules.length > 0) {
            return { status: 'pass', summary: `${withRules[0]?.path} assigns owners.`, evidence: withRules.map((file) => evidence(file.path, undefined, `${file.rules} ownership rules`)) };
        }
        const present = facts.codeowners.length > 0 ? facts.codeowners.map((file) => file.path) : filesNamed(facts, /^CODEOWNERS$/, DOC_HOMES);
        if (present.length > 0) {
            return { status: 'warn', summary: `${present[0]} has no ownership rules.`, evidence: present.map((path) => evidence(path, undefined, 'no rules')) };
        }
        return { status: 'fail', summary: 'No CODEOWNERS file at the root, in .github/ or in docs/.' };
    },
};

;// CONCATENATED MODULE: ./src/scanners/checklist/checks/config-files.ts




const CONFIG_DIRS = new Set(['conf', 'config', 'configs', 'cfg', 'cfgs', 'hparams', 'hyperparams', 'experiments', 'exp_configs']);
/** Python counts inside a config folder: nanoGPT's config/*.py and MMDetection's configs/*.py are config files. */
const CONFIG_FILE = /\.(?:ya?ml|toml|json|gin|cfg|ini|jsonnet|py)$/i;
const TOP_LEVEL_CONFIG = /^(?:params|config|hparams|hyperparams)\.(?:ya?ml|toml|json)$/i;
/** Configuration folders (Hydra's conf/, configs/ …) and top-level parameter files such as DVC's params.yaml. */
function configFiles(facts) {
    return [...facts.paths].filter((path) => {
        if (!CONFIG_FILE.test(path) || path.startsWith('.github/'))
            return false;
        const segments = path.split('/');
        if (path.endsWith('/__init__.py'))
            return false;
        return TOP_LEVEL_CONFIG.test(path) || segments.slice(0, -1).some((segment) => CONFIG_DIRS.has(segment.toLowerCase()));
    }).sort();
}
const configFilesCheck = {
    id: 'config-files',
    title: 'Configuration as files',
    pack: 'reproducibility',
    weight: 1,
    mlTestScore: ['Model 1'],
    remediation: 'Move hyperparameters and paths into versioned config files (Hydra `conf/`, `configs/*.yaml`, or `params.yaml` for DVC) and load them instead of hard-coding values.',
    applies: importsMlLibrary,
    notApplicable: NOT_ML,
    notForKind: notTrainingCode,
    evaluate({ facts }) {
        const files = configFiles(facts);
        const loaders = signalEvidence(facts, 'config');
        if (files.length === 0 && loaders.length === 0)
            return { status: 'fail', summary: 'No config folder or config library (Hydra, OmegaConf, gin): settings live in code or flags.' };
        const parts = [...(files.length > 0 ? [`${files.length} config ${files.length === 1 ? 'file' : 'files'} (${listPaths(files, 3)})`] : []), ...(loaders.length > 0 ? [`loaded with ${[...new Set(loaders.map((item) => item.message))].slice(0, 3).join(', ')}`] : [])];
        return { status: 'pass', summary: `Configuration kept in files: ${parts.join('; ')}.`, evidence: [...loaders, ...files.map((path) => evidence(path, undefined, 'config file'))] };
    },
};

;// CONCATENATED MODULE: ./src/scanners/checklist/checks/conflict-markers.ts

const conflictMarkersCheck = {
    id: 'conflict-markers',
    title: 'No merge-conflict markers',
    pack: 'general',
    weight: 3,
    mlTestScore: [],
    remediation: 'Resolve the conflicts: keep the right side between <<<<<<< and >>>>>>>, delete the markers, and commit.',
    applies: always,
    notApplicable: '',
    evaluate({ facts }) {
        if (facts.conflicts.length === 0)
            return { status: 'pass', summary: 'No committed merge conflicts.' };
        const files = new Set(facts.conflicts.map((conflict) => conflict.path));
        return {
            status: 'fail',
            summary: `${facts.conflicts.length} unresolved merge ${facts.conflicts.length === 1 ? 'conflict' : 'conflicts'} in ${files.size} ${files.size === 1 ? 'file' : 'files'}.`,
            evidence: facts.conflicts.map((conflict) => evidence(conflict.path, conflict.line, 'conflict starts here (<<<<<<<, =======, >>>>>>>)')),
        };
    },
};

;// CONCATENATED MODULE: ./src/scanners/checklist/checks/statuses.ts
const SEVERITY = { pass: 0, unknown: 1, warn: 2, fail: 3 };
/** The most severe of several partial verdicts: one failing manifest fails the check. */
function worst(statuses) {
    let result = 'pass';
    for (const status of statuses)
        if (SEVERITY[status] > SEVERITY[result])
            result = status;
    return result;
}
function plural(count, singular, pluralForm = `${singular}s`) {
    return `${count} ${count === 1 ? singular : pluralForm}`;
}
/**
 * A manifest that does not parse leaves the verdict open: what was found elsewhere still fails the
 * check, but a pass or warning could be wrong, so it becomes `unknown` with the parse error as reason.
 */
function withProblems(verdict, problems) {
    if (problems.length === 0)
        return verdict;
    const problemEvidence = problems.map((problem) => ({ path: problem.path, ...(problem.line === undefined ? {} : { line: problem.line }), message: `could not parse: ${problem.message}` }));
    const evidence = [...problemEvidence, ...(verdict.evidence ?? [])];
    if (verdict.status === 'fail')
        return { ...verdict, evidence };
    const names = [...new Set(problems.map((problem) => problem.path))].join(', ');
    return { ...verdict, status: 'unknown', summary: `Could not parse ${names}, so the result is open. ${verdict.summary}`, evidence, remediation: `Fix the syntax of ${names}; then the check can read it.` };
}

;// CONCATENATED MODULE: ./src/scanners/checklist/checks/container-pinning.ts


const STATUS = {
    digest: 'pass', tag: 'pass', 'major-tag': 'warn', 'floating-tag': 'fail', latest: 'fail', untagged: 'fail', unresolved: 'warn',
};
const DESCRIPTION = {
    digest: 'pinned by digest',
    tag: 'pinned by tag (a digest is stronger)',
    'major-tag': 'major-version tag: moves with every release',
    'floating-tag': 'floating tag: moves with every release',
    latest: '`latest`: a different image on every rebuild',
    untagged: 'no tag: means `latest`',
    unresolved: 'tag comes from a build argument without a default',
};
const RANK = { fail: 0, warn: 1, unknown: 2, pass: 3 };
const containerPinningCheck = {
    id: 'container-pinning',
    title: 'Container base images pinned',
    pack: 'reproducibility',
    weight: 2,
    mlTestScore: ['Infra 1'],
    remediation: 'Pin each base image to a version tag, best with its digest: `FROM python:3.11.9-slim@sha256:<digest>` (Dependabot or Renovate keep digests current).',
    applies: ({ facts }) => facts.dockerfiles.some((dockerfile) => dockerfile.images.length > 0),
    notApplicable: 'No Dockerfile or Containerfile with a base image.',
    evaluate({ facts }) {
        const images = facts.dockerfiles.flatMap((dockerfile) => dockerfile.images.map((image) => ({ path: dockerfile.path, ...image, status: STATUS[image.pinning] })));
        const status = worst(images.map((image) => image.status));
        const byDigest = images.filter((image) => image.pinning === 'digest').length;
        const loose = images.filter((image) => image.status !== 'pass');
        const items = [...images].sort((a, b) => RANK[a.status] - RANK[b.status]).map((image) => evidence(image.path, image.line, `FROM ${image.reference}: ${DESCRIPTION[image.pinning]}`));
        if (status === 'pass') {
            return { status, summary: `${images.length} base ${images.length === 1 ? 'image' : 'images'} pinned, ${byDigest} by digest.`, evidence: items, details: { images: images.length, byDigest } };
        }
        return {
            status,
            summary: `${loose.length} of ${images.length} base images not pinned: ${loose.slice(0, 4).map((image) => image.reference).join(', ')}.`,
            evidence: items,
            details: { images: images.length, byDigest },
        };
    },
};

;// CONCATENATED MODULE: ./src/scanners/checklist/checks/contributing.ts


const GUIDE = /^contributing(?:\.(?:md|mdx|markdown|rst|txt|adoc))?$/i;
const DOCS_ROOT = /^(?:docs?|documentation|website)\//i;
/** Contribution pages deeper in a docs site (`docs/en/docs/contributing.md`, `docs/develop/contributing.md`). */
function docsPages(facts) {
    return [...facts.paths].filter((path) => DOCS_ROOT.test(path) && path.split('/').length > 2 && GUIDE.test(path.slice(path.lastIndexOf('/') + 1))).sort();
}
/**
 * A contribution guide where GitHub's community profile looks (the root, `.github/`, `docs/`), or
 * a contributing page of the documentation site: the second helps contributors as much, but GitHub
 * links only the first from issues and pull requests, which the summary says.
 */
const contributingCheck = {
    id: 'contributing',
    title: 'Contribution guide',
    pack: 'general',
    weight: 1,
    mlTestScore: [],
    remediation: 'Add CONTRIBUTING.md (root, .github/ or docs/): how to set up a dev environment, run the tests and propose a change.',
    applies: always,
    notApplicable: '',
    evaluate({ facts }) {
        const linked = filesNamed(facts, GUIDE, DOC_HOMES);
        if (linked.length > 0)
            return { status: 'pass', summary: `Contribution guide: ${listPaths(linked)}.`, evidence: linked.map((path) => evidence(path, undefined, 'Contribution guide')) };
        const pages = docsPages(facts);
        if (pages.length > 0) {
            return {
                status: 'pass',
                summary: `Contribution guide in the docs: ${listPaths(pages)} (GitHub links only a CONTRIBUTING file in the root, .github/ or docs/ from new issues and pull requests).`,
                evidence: pages.map((path) => evidence(path, undefined, 'contributing page of the docs')),
            };
        }
        return { status: 'fail', summary: 'No CONTRIBUTING file at the root, in .github/ or in docs/, and no contributing page in the docs.' };
    },
};

;// CONCATENATED MODULE: ./src/scanners/checklist/checks/ecosystems.ts


const RUNTIME_NAMES = { python: 'Python', node: 'Node.js', rust: 'Rust', go: 'Go', ruby: 'Ruby' };
const NODE_LOCKS = ['package-lock.json', 'npm-shrinkwrap.json', 'yarn.lock', 'pnpm-lock.yaml', 'bun.lock', 'bun.lockb'];
const PYTHON_LOCKS = ['poetry.lock', 'uv.lock', 'pdm.lock', 'pylock.toml', 'Pipfile.lock'];
const CONDA_LOCK = /(?:^|\/)(?:conda-lock\.ya?ml|[^/]+\.conda-lock\.ya?ml|conda-[^/]+\.lock|[^/]*explicit[^/]*\.txt)$/;
const MANIFEST_NAME = /(?:^|\/)(?:package\.json|pyproject\.toml|setup\.py|Pipfile|requirements[\w.-]*\.(?:txt|in|lock)|(?:environment|conda)[\w.-]*\.ya?ml|Cargo\.toml|go\.mod|Gemfile)$/;
/** Whether the project has a package manifest at all, parsed or not (a broken one still means the runtime is used). */
function hasManifest(facts) {
    for (const path of facts.paths)
        if (MANIFEST_NAME.test(path) && !isInSampleDir(path))
            return true;
    return false;
}
/** The manifests of each runtime the project itself uses; samples and fixtures are left out. */
function manifestsByRuntime(facts) {
    const own = (paths) => [...paths].filter((path) => !isInSampleDir(path));
    const byRuntime = new Map();
    const add = (runtime, paths) => {
        if (paths.length > 0)
            byRuntime.set(runtime, [...(byRuntime.get(runtime) ?? []), ...paths]);
    };
    add('node', own(facts.packageJsons.map((manifest) => manifest.path)));
    add('python', own([
        ...facts.pyprojects.map((manifest) => manifest.path),
        ...facts.requirementFiles.map((file) => file.path),
        ...facts.requirementInputs,
        ...facts.pipfiles.map((file) => file.path),
        ...facts.condaEnvironments.map((file) => file.path),
        ...[...facts.paths].filter((path) => path === 'setup.py' || path.endsWith('/setup.py')),
    ]));
    add('rust', own(facts.cargoManifests.map((manifest) => manifest.path)));
    add('go', own(facts.goModules.map((module) => module.path)));
    add('ruby', own([...facts.paths].filter((path) => path === 'Gemfile' || path.endsWith('/Gemfile'))));
    return byRuntime;
}
/** The nearest of `names` in the manifest's directory or an ancestor (workspaces keep one lock at the top). */
function nearestFile(facts, manifest, names) {
    for (const dir of selfAndAncestors(dirName(manifest))) {
        for (const name of names) {
            const candidate = joinPath(dir, name);
            if (facts.paths.has(candidate))
                return candidate;
        }
    }
    return undefined;
}
/**
 * The lock that pins a Python manifest, whatever tool wrote it: `uv.lock`, `poetry.lock` and the
 * others by name, a conda-lock file, or a compiled requirements file (`requirements.lock`,
 * pip-compile or `uv pip compile` output) in the manifest's folder or above it.
 */
function nearestPythonLock(facts, manifest) {
    const dirs = new Set(selfAndAncestors(dirName(manifest)));
    return nearestFile(facts, manifest, PYTHON_LOCKS) ?? nearestCondaLock(facts, manifest) ??
        facts.requirementFiles.find((file) => file.compiled && dirs.has(dirName(file.path)))?.path;
}
function nearestCondaLock(facts, manifest) {
    const dirs = new Set(selfAndAncestors(dirName(manifest)));
    return [...facts.paths].find((path) => CONDA_LOCK.test(path) && dirs.has(dirName(path)));
}
/** Problems parsing the manifests a check reads, named by file pattern. */
function problemsIn(facts, file) {
    return facts.problems.filter((problem) => file.test(problem.path) && !isInSampleDir(problem.path));
}

;// CONCATENATED MODULE: ./src/scanners/checklist/checks/workflow-refs.ts
const WORKFLOW_FILE = /^\.github\/workflows\/[^/]+\.ya?ml$/;
const NO_WORKFLOWS = 'No GitHub Actions workflows in .github/workflows/.';
function hasWorkflows({ facts }) {
    return [...facts.paths].some((path) => WORKFLOW_FILE.test(path));
}
/** Every `uses:` of steps and reusable-workflow jobs. */
function actionReferences(facts) {
    return facts.workflows.flatMap((workflow) => workflow.jobs.flatMap((job) => [
        ...(job.uses ? [{ path: workflow.path, line: job.line, uses: job.uses }] : []),
        ...job.steps.flatMap((step) => (step.uses ? [{ path: workflow.path, line: step.line, uses: step.uses }] : [])),
    ]));
}
/** GitHub's own actions and local ones are trusted like the repository itself; everything else is third-party. */
function isThirdParty(uses) {
    if (uses.startsWith('./') || uses.startsWith('.\\'))
        return false;
    if (uses.startsWith('docker://'))
        return true;
    // `owner/repo@ref` is how a remote action is named; anything else does not run one.
    if (!uses.includes('@'))
        return false;
    const owner = uses.split('/')[0]?.toLowerCase();
    return owner !== 'actions' && owner !== 'github';
}
function isPinned(uses) {
    if (uses.startsWith('docker://'))
        return /@sha256:[0-9a-f]{64}$/i.test(uses);
    return /@[0-9a-f]{40}$/i.test(uses);
}

;// CONCATENATED MODULE: ./src/scanners/checklist/checks/dangerous-workflow.ts




/** Triggers that run with the base repository's secrets and a write token, even for a fork's pull request. */
const PRIVILEGED_TRIGGERS = new Set(['pull_request_target', 'workflow_run']);
/** A checkout ref that names the pull request's own code. */
const UNTRUSTED_REF = /pull_request\.head\.|pull_request\.merge_commit_sha|github\.head_ref|refs\/pull\/|workflow_run\.head_(?:sha|branch)/;
const dangerousWorkflowCheck = {
    id: 'dangerous-workflow',
    title: 'No dangerous workflow patterns',
    pack: 'ci',
    weight: 3,
    mlTestScore: [],
    remediation: 'Never check out or run a pull request\'s code in a `pull_request_target`/`workflow_run` workflow (use `pull_request`), and pass event text to scripts through `env:` instead of `${{ }}` inside `run:`.',
    applies: hasWorkflows,
    notApplicable: NO_WORKFLOWS,
    evaluate({ facts }) {
        const found = [];
        for (const workflow of facts.workflows) {
            const privileged = workflow.triggers.filter((trigger) => PRIVILEGED_TRIGGERS.has(trigger.text));
            if (privileged.length > 0) {
                for (const job of workflow.jobs) {
                    for (const step of job.steps) {
                        if (step.checkoutRef !== undefined && UNTRUSTED_REF.test(step.checkoutRef)) {
                            found.push(evidence(workflow.path, step.line, `${privileged.map((trigger) => trigger.text).join('/')} checks out the pull request's code (ref: ${step.checkoutRef})`));
                        }
                    }
                }
            }
            for (const injection of workflow.injections)
                found.push(evidence(workflow.path, injection.line, `script injection: \${{ ${injection.text} }} is attacker-controlled`));
        }
        const verdict = found.length === 0
            ? { status: 'pass', summary: `No privileged checkout of pull-request code and no script injection in ${facts.workflows.length} workflows.` }
            : { status: 'fail', summary: `${found.length} dangerous ${found.length === 1 ? 'pattern' : 'patterns'}: untrusted code or text runs with the repository's token.`, evidence: found };
        return withProblems(verdict, problemsIn(facts, WORKFLOW_FILE));
    },
};

;// CONCATENATED MODULE: ./src/scanners/checklist/checks/data-versioning.ts



const DVC_FILES = /^(?:\.dvc\/config|(?:.*\/)?dvc\.(?:yaml|lock)|.+\.dvc|\.datalad\/config)$/;
const dataVersioningCheck = {
    id: 'data-versioning',
    title: 'Data versioned',
    pack: 'reproducibility',
    weight: 1,
    mlTestScore: ['Infra 1'],
    remediation: 'Version the data next to the code: `dvc add data/` (DVC) or `git lfs track` for large files, or pin the dataset revision you download (`load_dataset(name, revision=...)`).',
    applies: importsMlLibrary,
    notApplicable: NOT_ML,
    notForKind: notTrainingCode,
    evaluate({ facts }) {
        const found = [
            ...[...facts.paths].filter((path) => DVC_FILES.test(path)).sort().map((path) => evidence(path, undefined, path.includes('datalad') ? 'DataLad dataset' : 'DVC')),
            ...facts.lfsPatterns.map((pattern) => evidence(pattern.path, pattern.line, `Git LFS tracks ${pattern.pattern}`)),
            ...facts.lfsPointers.map((path) => evidence(path, 1, 'Git LFS pointer')),
        ];
        if (found.length > 0)
            return { status: 'pass', summary: `Data is versioned (${[...new Set(found.map((item) => item.message.split(' ')[0]))].join(', ')}).`, evidence: found };
        const loaders = signalEvidence(facts, 'public-dataset');
        if (loaders.length > 0) {
            return {
                status: 'warn',
                summary: 'Data comes from public dataset loaders, which can change under the same name; no DVC or Git LFS.',
                evidence: loaders,
                remediation: 'Pin the dataset version where it is loaded (`revision=` for Hugging Face datasets, a versioned TFDS name), or version a copy with DVC.',
            };
        }
        return { status: 'fail', summary: 'No DVC, Git LFS or DataLad: the data the code trains on is not versioned with it.' };
    },
};

;// CONCATENATED MODULE: ./src/scanners/checklist/checks/dependency-pinning.ts





/** At or above this share of pinned requirements a repository gets a warning rather than a failure. */
const WARN_SHARE = 0.8;
const SOURCES = /(?:^|\/)(?:pyproject\.toml|(?:environment|conda)[^/]*\.ya?ml)$/;
function sources(facts) {
    const own = (items) => items.filter((item) => !isInSampleDir(item.path) && item.requirements.length > 0);
    return [
        ...own(facts.requirementFiles),
        ...own(facts.pyprojects).map((project) => {
            const lockedBy = nearestPythonLock(facts, project.path);
            return { path: project.path, requirements: project.requirements, ...(lockedBy ? { lockedBy } : {}) };
        }),
        ...own(facts.condaEnvironments),
        ...own(facts.setupScripts).map((script) => {
            const lockedBy = nearestPythonLock(facts, script.path);
            return { path: script.path, requirements: script.requirements, ...(lockedBy ? { lockedBy } : {}) };
        }),
    ];
}
function describe(requirement) {
    return requirement.constraint === '' ? `${requirement.name} (no version)` : `${requirement.name} ${requirement.constraint}`;
}
const dependencyPinningCheck = {
    id: 'dependency-pinning',
    title: 'Python dependencies pinned',
    pack: 'reproducibility',
    weight: 3,
    mlTestScore: ['Infra 1'],
    remediation: 'Pin exact versions (`torch==2.3.1`) in requirements*.txt and environment.yml, or generate them from a lock (`uv pip compile`, `pip-compile`, `pip freeze`); keep ranges in pyproject.toml only with a lockfile beside it.',
    applies: ({ facts }) => sources(facts).length > 0 || problemsIn(facts, SOURCES).length > 0,
    notApplicable: 'No Python requirements file, pyproject.toml dependencies, environment.yml or literal setup.py install_requires of the project (examples, fixtures and benchmarks are not the project).',
    notForKind: libraryRangesForUsers,
    evaluate({ facts }) {
        let pinned = 0;
        let total = 0;
        const unpinned = [];
        const locked = [];
        for (const source of sources(facts)) {
            total += source.requirements.length;
            if (source.lockedBy) {
                pinned += source.requirements.length;
                locked.push(evidence(source.path, undefined, `${source.requirements.length} ranges locked by ${source.lockedBy}`));
                continue;
            }
            for (const requirement of source.requirements) {
                if (requirement.pinned)
                    pinned++;
                else
                    unpinned.push(evidence(source.path, requirement.line, describe(requirement)));
            }
        }
        const share = total === 0 ? 1 : pinned / total;
        const percent = Math.floor(share * 100);
        const details = { pinned, total };
        const verdict = unpinned.length === 0
            ? { status: 'pass', summary: `All ${total} requirements are pinned or locked.`, evidence: locked, details }
            : {
                status: share >= WARN_SHARE ? 'warn' : 'fail',
                summary: `${pinned} of ${total} requirements pinned (${percent}%); unpinned: ${unpinned.slice(0, 6).map((item) => item.message.split(' ')[0]).join(', ')}${unpinned.length > 6 ? ' …' : ''}.`,
                evidence: [...unpinned, ...locked],
                details,
            };
        return withProblems(verdict, problemsIn(facts, SOURCES));
    },
};

;// CONCATENATED MODULE: ./src/scanners/checklist/checks/dependency-updates.ts





const UPDATE_CONFIGS = /^(?:\.github\/dependabot\.ya?ml|(?:\.github\/|\.gitlab\/)?renovate\.json5?|\.renovaterc(?:\.json5?)?)$/;
const DEPENDABOT_FILE = /^\.github\/dependabot\.ya?ml$/;
/** Dependabot's `package-ecosystem` names for each runtime; `uv` and `pip` both update Python. */
const ECOSYSTEMS = {
    node: ['npm', 'bun'], python: ['pip', 'uv', 'pipenv', 'poetry', 'conda'], rust: ['cargo'], go: ['gomod'], ruby: ['bundler'],
};
/** What the repository has to keep current: each runtime's manifests, its workflows' actions, its base images. */
function needs(facts) {
    const found = [...manifestsByRuntime(facts)].map(([runtime, paths]) => ({ name: ECOSYSTEMS[runtime][0], ecosystems: ECOSYSTEMS[runtime], where: listPaths(paths, 2) }));
    if (facts.workflows.length > 0)
        found.push({ name: 'github-actions', ecosystems: ['github-actions'], where: listPaths(facts.workflows.map((workflow) => workflow.path), 2) });
    const dockerfiles = facts.dockerfiles.filter((file) => !isInSampleDir(file.path)).map((file) => file.path);
    if (dockerfiles.length > 0)
        found.push({ name: 'docker', ecosystems: ['docker'], where: listPaths(dockerfiles, 2) });
    return found;
}
/**
 * Dependabot updates only the ecosystems its config lists, and none with `open-pull-requests-limit: 0`
 * (redux keeps only security updates, a repository setting): an ecosystem left out is not kept current.
 */
function dependabotVerdict(facts, found) {
    const updates = facts.dependabot.flatMap((config) => config.updates.map((update) => ({ ...update, path: config.path })));
    const active = new Set(updates.filter((update) => !update.off).map((update) => update.ecosystem));
    const missing = needs(facts).filter((need) => !need.ecosystems.some((ecosystem) => active.has(ecosystem)));
    const items = [...found, ...updates.map((update) => evidence(update.path, update.line, update.off ? `${update.ecosystem}: version updates off (open-pull-requests-limit: 0)` : update.ecosystem))];
    if (missing.length === 0)
        return { status: 'pass', summary: `Dependency updates by Dependabot for ${[...active].join(', ')}.`, evidence: items };
    const updated = active.size > 0 ? `Dependabot updates ${[...active].join(', ')}` : 'Dependabot opens no version updates (open-pull-requests-limit: 0)';
    return {
        status: 'warn',
        summary: `${updated}; not kept current: ${missing.map((need) => `${need.name} (${need.where})`).join(', ')}.`,
        evidence: items,
        remediation: `Add an \`updates\` entry to .github/dependabot.yml for ${missing.map((need) => `\`package-ecosystem: ${need.name}\``).join(', ')}.`,
    };
}
const dependencyUpdatesCheck = {
    id: 'dependency-updates',
    title: 'Dependency update tool',
    pack: 'ci',
    weight: 2,
    mlTestScore: ['Monitor 1'],
    remediation: 'Add .github/dependabot.yml (one entry per package ecosystem, plus github-actions) or a renovate.json, so dependency changes arrive as reviewed pull requests.',
    applies: (input) => manifestsByRuntime(input.facts).size > 0 || hasWorkflows(input) || input.facts.dockerfiles.length > 0,
    notApplicable: 'No dependencies to update: no package manifests, workflows or Dockerfiles.',
    evaluate({ facts }) {
        const found = [
            ...[...facts.paths].filter((path) => UPDATE_CONFIGS.test(path)).sort().map((path) => evidence(path, undefined, path.includes('dependabot') ? 'Dependabot' : 'Renovate')),
            ...facts.packageJsons.filter((manifest) => manifest.renovate).map((manifest) => evidence(manifest.path, undefined, 'Renovate (package.json)')),
        ];
        if (found.length === 0)
            return { status: 'fail', summary: 'No Dependabot or Renovate configuration.' };
        // Renovate finds every ecosystem by itself; Dependabot updates only what its config lists.
        const renovate = found.some((item) => item.message.startsWith('Renovate'));
        const dependabotRead = facts.dependabot.length > 0;
        if (renovate || !dependabotRead)
            return withProblems({ status: 'pass', summary: `Dependency updates by ${[...new Set(found.map((item) => item.message.split(' ')[0]))].join(' and ')}.`, evidence: found }, problemsIn(facts, DEPENDABOT_FILE));
        return withProblems(dependabotVerdict(facts, found), problemsIn(facts, DEPENDABOT_FILE));
    },
};

;// CONCATENATED MODULE: ./src/scanners/checklist/history/file-ages.ts
const DAY_MS = 24 * 60 * 60 * 1000;
/** Whole days between a commit date and now (a commit from today is 0 days old). */
function ageInDays(changed, now) {
    return Math.max(0, Math.floor((now.getTime() - changed.getTime()) / DAY_MS));
}
function lastChange(history, path) {
    return history.status === 'available' ? history.lastChanged.get(path) : undefined;
}
function isoDay(date) {
    return date.toISOString().slice(0, 10);
}

;// CONCATENATED MODULE: ./src/scanners/checklist/checks/docs-freshness.ts



/**
 * A document's age is the older of the date it states for itself and its last commit: a page that
 * says "Last updated: 2025-09-18" is that old even when a typo fix touched it yesterday, and a date
 * that nobody moved is the document's own account of when it was true.
 */
function dateOf(path, input, stated) {
    const { history, now, settings } = input;
    const days = settings.docsFreshness.days;
    const changed = lastChange(history, path);
    const states = stated.get(path);
    if (changed === undefined && states === undefined)
        return history.status === 'available' ? 'never-committed' : undefined;
    const statedAge = states === undefined ? undefined : ageInDays(new Date(`${states.date}T00:00:00Z`), now);
    const commitAge = changed === undefined ? undefined : ageInDays(changed, now);
    const age = Math.max(statedAge ?? 0, commitAge ?? 0);
    const parts = [
        ...(states === undefined ? [] : [`states "${states.text}" (${statedAge ?? 0} days ago)`]),
        ...(changed === undefined ? [] : [`last changed ${isoDay(changed)} (${commitAge ?? 0} days ago)`]),
    ];
    return { evidence: evidence(path, states?.line, parts.join('; ')), stale: age > days };
}
const docsFreshnessCheck = {
    id: 'docs-freshness',
    title: 'Documents kept current',
    pack: 'docs',
    weight: 2,
    mlTestScore: [],
    remediation: 'Review and update the stale documents and the date they state (or remove them from checklist.docs-freshness.files if they are no longer kept).',
    applies: ({ settings, facts }) => settings.docsFreshness.files.length > 0 || facts.statusDocuments.length > 0,
    notApplicable: 'No documents listed under checklist.docs-freshness.files, and no status ledger, roadmap or gap report (STATUS.md, ROADMAP.md …).',
    evaluate(input) {
        const { facts, settings, history } = input;
        const { files, days } = settings.docsFreshness;
        const stated = new Map(facts.statedDates.map((date) => [date.path, date]));
        const missing = [];
        const stale = [];
        const fresh = [];
        const undated = [];
        const listed = new Set();
        for (const pattern of files) {
            const matcher = (0,path_globs/* pathMatcher */.k)([pattern]);
            const matched = [...facts.allPaths].filter((path) => matcher(path)).sort();
            if (matched.length === 0)
                missing.push(evidence(undefined, undefined, `${pattern}: no such file`));
            for (const path of matched) {
                listed.add(path);
                const dated = dateOf(path, input, stated);
                if (dated === 'never-committed')
                    undated.push(evidence(path, undefined, 'not in the git history (never committed) and states no date'));
                else if (dated !== undefined)
                    (dated.stale ? stale : fresh).push(dated.evidence);
            }
        }
        // Status documents nobody listed: stale ones are worth a warning, not a failure.
        const unlistedStale = [];
        for (const path of facts.statusDocuments) {
            if (listed.has(path))
                continue;
            const dated = dateOf(path, input, stated);
            if (dated === undefined || dated === 'never-committed')
                continue;
            (dated.stale ? unlistedStale : fresh).push(dated.evidence);
        }
        const details = { maxDays: days };
        if (missing.length > 0 || stale.length > 0) {
            return {
                status: 'fail',
                summary: [
                    ...(stale.length > 0 ? [`${stale.length} ${stale.length === 1 ? 'document is' : 'documents are'} older than ${days} days`] : []),
                    ...(missing.length > 0 ? [`${missing.length} listed ${missing.length === 1 ? 'document does' : 'documents do'} not exist`] : []),
                ].join('; ') + '.',
                evidence: [...missing, ...stale, ...unlistedStale, ...undated, ...fresh],
                details,
            };
        }
        if (unlistedStale.length > 0) {
            return {
                status: 'warn',
                summary: `${unlistedStale.length} status ${unlistedStale.length === 1 ? 'document is' : 'documents are'} older than ${days} days: ${unlistedStale.map((item) => item.path).slice(0, 3).join(', ')}.`,
                evidence: [...unlistedStale, ...undated, ...fresh],
                details,
            };
        }
        if (fresh.length === 0 && history.status !== 'available') {
            const reason = history.status === 'unavailable' ? history.reason : 'History was not read.';
            return { status: 'unknown', summary: `Cannot date the documents, and they state no date: ${reason}`, remediation: reason, details };
        }
        if (undated.length > 0)
            return { status: 'unknown', summary: `${undated.length} listed ${undated.length === 1 ? 'document has' : 'documents have'} no commit yet and no stated date.`, evidence: [...undated, ...fresh], details };
        return { status: 'pass', summary: `All ${fresh.length} ${fresh.length === 1 ? 'document' : 'documents'} changed within ${days} days.`, evidence: fresh, details };
    },
};

;// CONCATENATED MODULE: ./src/scanners/checklist/checks/environment-capture.ts





const LOCK_NAMES = new Set([...NODE_LOCKS, ...PYTHON_LOCKS, 'Cargo.lock', 'go.sum', 'Gemfile.lock']);
const ENVIRONMENT_FILES = /^(?:\.devcontainer\.json|\.devcontainer\/(?:[^/]+\/)?devcontainer\.json|flake\.nix|shell\.nix|default\.nix|devbox\.json|(?:.*\/)?(?:Singularity|Apptainer)(?:\.def)?|binder\/[^/]+|\.binder\/[^/]+)$/;
/** Files that let someone rebuild the environment: containers, dev containers, conda, Nix, locks and freezes. */
function environmentFiles(facts) {
    const found = [];
    for (const dockerfile of facts.dockerfiles)
        found.push({ path: dockerfile.path, kind: 'container image' });
    for (const environment of facts.condaEnvironments)
        found.push({ path: environment.path, kind: 'conda environment' });
    for (const file of facts.requirementFiles) {
        if (file.compiled)
            found.push({ path: file.path, kind: 'compiled requirements' });
        else if (file.requirements.length > 0 && file.requirements.every((requirement) => requirement.pinned))
            found.push({ path: file.path, kind: 'frozen requirements' });
    }
    for (const path of facts.paths) {
        if (LOCK_NAMES.has(baseName(path)))
            found.push({ path, kind: 'lockfile' });
        else if (ENVIRONMENT_FILES.test(path))
            found.push({ path, kind: 'environment definition' });
    }
    return found.sort((a, b) => (a.path < b.path ? -1 : 1));
}
const environmentCaptureCheck = {
    id: 'environment-capture',
    title: 'Environment captured',
    pack: 'reproducibility',
    weight: 2,
    mlTestScore: ['Infra 1'],
    remediation: 'Capture the environment: a Dockerfile or .devcontainer, an environment.yml with a conda-lock, or a lockfile/freeze (`uv lock`, `pip freeze > requirements.txt`).',
    applies: always,
    notApplicable: '',
    notForKind: libraryRunsElsewhere,
    evaluate({ facts }) {
        const found = environmentFiles(facts);
        if (found.length === 0)
            return { status: 'fail', summary: 'No container, dev container, conda environment, Nix file, lockfile or frozen requirements.' };
        return { status: 'pass', summary: `Environment captured by ${listPaths(found.map((item) => item.path), 4)}.`, evidence: found.map((item) => evidence(item.path, undefined, item.kind)) };
    },
};

;// CONCATENATED MODULE: ./src/scanners/checklist/checks/experiment-tracking.ts



const TRACKING_FILES = /^(?:(?:.*\/)?dvc\.yaml|(?:.*\/)?MLproject)$/;
const experimentTrackingCheck = {
    id: 'experiment-tracking',
    title: 'Experiment tracking',
    pack: 'reproducibility',
    weight: 1,
    mlTestScore: ['Model 3'],
    remediation: 'Log each run\'s parameters, metrics and artefacts with a tracker (MLflow, Weights & Biases, TensorBoard, DVC experiments) so results can be traced to code and config.',
    applies: importsMlLibrary,
    notApplicable: NOT_ML,
    notForKind: notTrainingCode,
    evaluate({ facts }) {
        const found = [...signalEvidence(facts, 'tracking'), ...[...facts.paths].filter((path) => TRACKING_FILES.test(path)).map((path) => evidence(path, undefined, 'pipeline with tracked metrics'))];
        if (found.length === 0)
            return { status: 'fail', summary: 'No MLflow, Weights & Biases, TensorBoard, DVC or similar tracker in the code.' };
        const tools = [...new Set(found.map((item) => item.message))].slice(0, 4).join(', ');
        return { status: 'pass', summary: `Runs are tracked (${tools}).`, evidence: found };
    },
};

;// CONCATENATED MODULE: ./src/scanners/checklist/checks/gitignore.ts

const gitignoreCheck = {
    id: 'gitignore',
    title: '.gitignore',
    pack: 'general',
    weight: 1,
    mlTestScore: [],
    remediation: 'Add a .gitignore at the root (github.com/github/gitignore has one per language) so build output, virtual environments and data dumps stay out of commits.',
    applies: always,
    notApplicable: '',
    evaluate({ facts }) {
        const root = facts.gitignores.find((file) => file.path === '.gitignore');
        if (root && root.patterns > 0)
            return { status: 'pass', summary: `.gitignore has ${root.patterns} patterns.`, evidence: [evidence('.gitignore', undefined, `${root.patterns} patterns`)] };
        if (root || facts.paths.has('.gitignore'))
            return { status: 'warn', summary: '.gitignore is empty.', evidence: [evidence('.gitignore', undefined, 'no patterns')] };
        return { status: 'fail', summary: 'No .gitignore at the root.' };
    },
};

// EXTERNAL MODULE: ./node_modules/picomatch/index.js
var picomatch = __webpack_require__(4006);
var picomatch_default = /*#__PURE__*/__webpack_require__.n(picomatch);
;// CONCATENATED MODULE: ./src/scanners/checklist/facts/git-lfs.ts



/** `pattern ... filter=lfs ...` lines of a .gitattributes file. */
function lfsPatterns(path, text) {
    const patterns = [];
    text.split(line_breaks/* LINE_BREAK */.Fb).forEach((raw, index) => {
        const line = raw.trim();
        if (line === '' || line.startsWith('#'))
            return;
        const [pattern, ...attributes] = line.split(/\s+/);
        if (pattern !== undefined && attributes.includes('filter=lfs'))
            patterns.push({ path, line: index + 1, pattern });
    });
    return patterns;
}
/**
 * Whether git would send `file` through LFS. Follows gitattributes matching: a pattern without a
 * slash matches the name at any depth below its file's directory; one with a slash is anchored there.
 */
function lfsMatcher(patterns) {
    const tests = patterns.map((entry) => {
        const base = dirName(entry.path);
        const anchored = entry.pattern.replace(/^\//, '').includes('/');
        const glob = anchored ? joinPath(base, entry.pattern.replace(/^\//, '')) : joinPath(base, `**/${entry.pattern}`);
        return picomatch_default()(glob, { dot: true });
    });
    return (file) => tests.some((test) => test(file));
}
const LFS_POINTER_HEADER = 'version https://git-lfs.github.com/spec/v1';

;// CONCATENATED MODULE: ./src/scanners/checklist/checks/large-files.ts


function megabytes(bytes) {
    return `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
}
const largeFilesCheck = {
    id: 'large-files',
    title: 'No large committed files',
    pack: 'general',
    weight: 2,
    mlTestScore: [],
    remediation: 'Move large files (datasets, model weights, archives) out of git: track them with Git LFS or DVC, or download them in a setup step.',
    applies: always,
    notApplicable: '',
    evaluate({ facts, settings }) {
        const limit = settings.largeFileBytes;
        const inLfs = lfsMatcher(facts.lfsPatterns);
        const large = facts.files.filter((file) => file.bytes !== undefined && file.bytes >= limit);
        const tracked = large.filter((file) => inLfs(file.path));
        const offending = large.filter((file) => !inLfs(file.path)).sort((a, b) => (b.bytes ?? 0) - (a.bytes ?? 0));
        const lfsNote = tracked.length > 0 ? ` (${tracked.length} larger ${tracked.length === 1 ? 'file is' : 'files are'} tracked by Git LFS)` : '';
        if (offending.length === 0) {
            return {
                status: 'pass',
                summary: `No file of ${megabytes(limit)} or more outside Git LFS${lfsNote}.`,
                evidence: tracked.map((file) => evidence(file.path, undefined, `${megabytes(file.bytes ?? 0)}, tracked by Git LFS`)),
            };
        }
        return {
            status: 'fail',
            summary: `${offending.length} ${offending.length === 1 ? 'file is' : 'files are'} ${megabytes(limit)} or larger${lfsNote}.`,
            evidence: offending.map((file) => evidence(file.path, undefined, megabytes(file.bytes ?? 0))),
            details: { limitBytes: limit, largeFiles: offending.length },
        };
    },
};

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./src/report/file-parse-error.ts
var file_parse_error = __webpack_require__(8943);
;// CONCATENATED MODULE: ./src/scanners/checklist/facts/requirement.ts

const COMMIT_REF = /@[0-9a-f]{40}(?:[#&]|$)/i;
const NAME = /^([A-Za-z0-9][A-Za-z0-9._-]*)\s*(\[[^\]]*\])?\s*/;
/** `==1.2.3` or `===1.2.3` is a pin; `==1.*`, ranges and bare names are not. */
function isExactSpecifier(specifier) {
    const clauses = specifier.split(',').map((clause) => clause.trim()).filter((clause) => clause !== '');
    return clauses.some((clause) => /^===?\s*[^\s*]+$/.test(clause) && !clause.includes('*'));
}
/**
 * A PEP 508 requirement (`name[extra]>=1; marker`, `name @ url`). Direct references count as pinned
 * when they cannot move: a VCS URL at a full commit hash, or an archive URL with a hash.
 * Undefined for text that is not a requirement.
 */
function parsePep508(text, line) {
    const withoutMarker = text.split(';')[0].trim();
    const name = NAME.exec(withoutMarker);
    if (!name)
        return undefined;
    const rest = withoutMarker.slice(name[0].length).trim();
    if (rest.startsWith('@')) {
        const url = rest.slice(1).trim();
        const pinned = url.startsWith('git+') || url.startsWith('hg+') ? COMMIT_REF.test(url) : /#(?:sha256|sha384|sha512|md5)=/.test(url) || /\.(?:whl|tar\.gz|zip)$/.test(url);
        return { name: name[1], constraint: `@ ${url}`, pinned, line };
    }
    const constraint = rest.replace(/^\(|\)$/g, '').trim();
    return { name: name[1], constraint, pinned: isExactSpecifier(constraint), line };
}
const COMPILED_HEADER = /autogenerated by (?:pip-compile|uv)|uv pip compile|pip-compile|uv export|pdm export|poetry export|rye lock/i;
/** `requirements.lock`, `requirements-dev.lock`: a lock by its name (rye, uv and pip-compile users write them). */
const LOCK_NAME = /\.lock$/i;
const EGG = /#egg=([A-Za-z0-9._-]+)/;
/** Lines of a pip requirements file; options, includes and local paths are not dependencies and are skipped. */
function parseRequirementsFile(path, text) {
    const requirements = [];
    let compiled = LOCK_NAME.test(path);
    const lines = text.split(line_breaks/* LINE_BREAK */.Fb);
    for (let index = 0; index < lines.length; index++) {
        const number = index + 1;
        let line = lines[index].replace(/\r$/, '');
        while (line.endsWith('\\') && index + 1 < lines.length)
            line = line.slice(0, -1) + ' ' + lines[++index].replace(/\r$/, '');
        if (index < 10 && COMPILED_HEADER.test(line))
            compiled = true;
        if (line.includes('--hash='))
            compiled = true;
        const content = line.replace(/(^|\s)#.*$/, '').replace(/\s--hash=\S+/g, '').trim();
        if (content === '')
            continue;
        const editable = /^(?:-e|--editable)\s+(.+)$/.exec(content);
        const target = editable ? editable[1].trim() : content;
        if (!editable && target.startsWith('-'))
            continue;
        if (/^(?:\.|\/|~|file:)/.test(target))
            continue;
        if (/^(?:git|hg|svn|bzr)\+/.test(target)) {
            const egg = EGG.exec(target)?.[1] ?? target.replace(/[#?].*$/, '').split('/').pop()?.replace(/\.git$/, '').replace(/@.*$/, '') ?? target;
            requirements.push({ name: egg, constraint: target.replace(/#.*$/, ''), pinned: COMMIT_REF.test(target.replace(/#.*$/, '')), line: number });
            continue;
        }
        const requirement = parsePep508(target, number);
        if (requirement)
            requirements.push(requirement);
    }
    return { path, requirements, compiled };
}

;// CONCATENATED MODULE: ./src/scanners/checklist/facts/conda-environment.ts



const CONDA_SPEC = /^(?:[\w.-]+::)?([A-Za-z0-9_][A-Za-z0-9_.-]*)\s*(.*)$/;
/** `name=1.2`, `name==1.2`, `name 1.2` and `name=1.2=build` name one version; ranges and `*` do not. */
function condaPinned(constraint) {
    if (constraint === '' || /[*<>!,|]/.test(constraint))
        return false;
    return /^(?:==?\s*)?\d[\w.+-]*(?:=[\w.+-]+)?$/.test(constraint);
}
function parseYamlDocument(path, text) {
    const lines = new dist/* LineCounter */.HN();
    const document = (0,dist/* parseDocument */.Tp)(text, { lineCounter: lines, prettyErrors: false });
    const problem = document.errors[0];
    if (problem)
        throw new file_parse_error/* FileParseError */.S(path, lines.linePos(problem.pos[0]).line, `not valid YAML (${problem.message.split('\n')[0]})`);
    return { contents: document.contents, lines };
}
function lineOf(node, lines) {
    return node?.range ? lines.linePos(node.range[0]).line : 1;
}
function condaEnvironmentFacts(path, text) {
    const { contents, lines } = parseYamlDocument(path, text);
    const requirements = [];
    let python;
    const dependencies = (0,dist/* isMap */.jh)(contents) ? contents.get('dependencies', true) : undefined;
    if (!(0,dist/* isSeq */.oP)(dependencies))
        return { path, requirements };
    for (const item of dependencies.items) {
        if ((0,dist/* isScalar */.jn)(item) && typeof item.value === 'string') {
            const spec = CONDA_SPEC.exec(item.value.trim());
            if (!spec)
                continue;
            const name = spec[1];
            const constraint = spec[2].trim();
            const line = lineOf(item, lines);
            if (name === 'python') {
                if (constraint !== '')
                    python = { line, value: constraint };
            }
            else if (name !== 'pip') {
                requirements.push({ name, constraint, pinned: condaPinned(constraint), line });
            }
        }
        else if ((0,dist/* isMap */.jh)(item)) {
            const pip = item.get('pip', true);
            if (!(0,dist/* isSeq */.oP)(pip))
                continue;
            for (const entry of pip.items) {
                if (!(0,dist/* isScalar */.jn)(entry) || typeof entry.value !== 'string' || /^\s*-/.test(entry.value))
                    continue;
                const requirement = parsePep508(entry.value.trim(), lineOf(entry, lines));
                if (requirement)
                    requirements.push(requirement);
            }
        }
    }
    return { path, requirements, ...(python ? { python } : {}) };
}

;// CONCATENATED MODULE: ./src/scanners/checklist/facts/action-manifest.ts


/** The root `action.yml` that makes the repository a GitHub Action; its `runs.using` is the runtime it pins. */
function actionManifestFacts(path, text) {
    const { contents, lines } = parseYamlDocument(path, text);
    const runs = (0,dist/* isMap */.jh)(contents) ? contents.get('runs', true) : undefined;
    if (!(0,dist/* isMap */.jh)(runs))
        return undefined;
    const using = runs.get('using', true);
    return (0,dist/* isScalar */.jn)(using) && typeof using.value === 'string' ? { path, using: { line: lineOf(using, lines), value: using.value } } : { path };
}

// EXTERNAL MODULE: ./node_modules/smol-toml/dist/index.js + 8 modules
var smol_toml_dist = __webpack_require__(3292);
// EXTERNAL MODULE: ./src/scanners/json-depth.ts
var json_depth = __webpack_require__(5573);
;// CONCATENATED MODULE: ./src/scanners/checklist/facts/package-json.ts



const isObject = (value) => typeof value === 'object' && value !== null && !Array.isArray(value);
const DEPENDENCY_KEYS = ['dependencies', 'devDependencies', 'optionalDependencies'];
const PUBLISH_KEYS = ['exports', 'module', 'types', 'typings', 'files'];
function lineOfKey(text, key, after = 0) {
    const at = text.indexOf(`"${key}"`, after);
    return at === -1 ? 1 : new line_breaks/* LineIndex */.rr(text).lineAt(at);
}
function packageJsonFacts(path, text) {
    (0,json_depth/* assertJsonDepth */.QW)(path, text);
    let data;
    try {
        // npm reads a package.json that starts with a byte-order mark; JSON.parse does not.
        data = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
    }
    catch (error) {
        throw new file_parse_error/* FileParseError */.S(path, undefined, `not valid JSON (${error.message})`, { cause: error });
    }
    if (!isObject(data))
        throw new file_parse_error/* FileParseError */.S(path, 1, 'not a JSON object');
    const hasDependencies = DEPENDENCY_KEYS.some((key) => isObject(data[key]) && Object.keys(data[key]).length > 0);
    const engines = isObject(data.engines) && typeof data.engines.node === 'string' ? data.engines.node : undefined;
    const volta = isObject(data.volta) && typeof data.volta.node === 'string' ? data.volta.node : undefined;
    const nodeVersion = engines !== undefined
        ? { line: lineOfKey(text, 'node', text.indexOf('"engines"')), value: engines }
        : volta !== undefined
            ? { line: lineOfKey(text, 'node', text.indexOf('"volta"')), value: volta }
            : undefined;
    const scripts = {};
    if (isObject(data.scripts)) {
        for (const [name, command] of Object.entries(data.scripts))
            if (typeof command === 'string')
                scripts[name] = command;
    }
    const workspaces = data.workspaces;
    const locator = new line_breaks/* LineIndex */.rr(text);
    const dependencies = [];
    for (const key of DEPENDENCY_KEYS) {
        const table = data[key];
        if (!isObject(table))
            continue;
        const section = text.indexOf(`"${key}"`);
        for (const [name, spec] of Object.entries(table)) {
            if (typeof spec !== 'string')
                continue;
            const at = text.indexOf(`"${name}"`, section);
            dependencies.push({ name, spec, line: at === -1 ? 1 : locator.lineAt(at) });
        }
    }
    return {
        path,
        hasDependencies,
        overridden: overriddenNames(data),
        peers: isObject(data.peerDependencies) ? Object.keys(data.peerDependencies) : [],
        ...(nodeVersion ? { nodeVersion } : {}),
        scripts,
        renovate: isObject(data.renovate),
        ...(typeof data.name === 'string' ? { name: data.name } : {}),
        isPrivate: data.private === true,
        ...(typeof data.main === 'string' ? { main: data.main } : {}),
        publishKeys: PUBLISH_KEYS.filter((key) => data[key] !== undefined),
        hasBin: typeof data.bin === 'string' || (isObject(data.bin) && Object.keys(data.bin).length > 0),
        hasWorkspaces: (Array.isArray(workspaces) && workspaces.length > 0) || (isObject(workspaces) && Array.isArray(workspaces.packages) && workspaces.packages.length > 0),
        dependencies,
    };
}
/** `**\/foo`, `parent/@scope/foo`, `foo@^1` and `foo>bar` (pnpm) all override `foo` or `bar`: the last package named. */
function overriddenName(key) {
    const last = key.split('>').pop().replace(/^(?:\*\*\/)+/, '');
    const parts = last.split('/');
    const scoped = parts.length >= 2 && parts[parts.length - 2].startsWith('@');
    const name = scoped ? `${parts[parts.length - 2]}/${parts[parts.length - 1]}` : parts[parts.length - 1];
    const at = name.indexOf('@', 1);
    return at === -1 ? name : name.slice(0, at);
}
function overriddenNames(data) {
    const tables = [data.resolutions, data.overrides, isObject(data.pnpm) ? data.pnpm.overrides : undefined];
    const names = new Set();
    for (const table of tables) {
        if (!isObject(table))
            continue;
        for (const key of Object.keys(table))
            names.add(overriddenName(key));
    }
    return [...names];
}

;// CONCATENATED MODULE: ./src/scanners/checklist/facts/lock-contents.ts



const lock_contents_LOCK_NAMES = new Set(['package-lock.json', 'npm-shrinkwrap.json', 'pnpm-lock.yaml', 'yarn.lock', 'uv.lock', 'poetry.lock', 'pdm.lock', 'Cargo.lock', 'Pipfile.lock', 'go.sum']);
const lock_contents_isObject = (value) => typeof value === 'object' && value !== null && !Array.isArray(value);
const NODE_DEPENDENCY_KEYS = ['dependencies', 'devDependencies', 'optionalDependencies'];
/** PEP 503: what pip, uv and Poetry compare names by. */
function normalisePythonName(name) {
    return name.toLowerCase().replace(/[-_.]+/g, '-');
}
function parseJson(path, text) {
    (0,json_depth/* assertJsonDepth */.QW)(path, text);
    try {
        return JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
    }
    catch (error) {
        throw new file_parse_error/* FileParseError */.S(path, undefined, `not valid JSON (${error.message})`, { cause: error });
    }
}
function specifiers(entry) {
    const found = new Map();
    for (const key of NODE_DEPENDENCY_KEYS) {
        const table = entry[key];
        if (!lock_contents_isObject(table))
            continue;
        for (const [name, spec] of Object.entries(table))
            if (typeof spec === 'string')
                found.set(name, spec);
    }
    return found;
}
function npmLock(path, text) {
    const data = parseJson(path, text);
    if (!lock_contents_isObject(data))
        throw new file_parse_error/* FileParseError */.S(path, 1, 'not a JSON object');
    if (lock_contents_isObject(data.packages)) {
        const projects = new Map();
        const installed = new Map();
        // Keys without `node_modules/` are the root ('') and its workspaces, each with the specifiers of its package.json.
        for (const [key, entry] of Object.entries(data.packages)) {
            if (!lock_contents_isObject(entry))
                continue;
            const nested = key.indexOf('node_modules/');
            if (nested === -1) {
                if (entry.link !== true)
                    projects.set(key, specifiers(entry));
            }
            else if (key.indexOf('node_modules/', nested + 1) === -1 && typeof entry.version === 'string')
                installed.set(key, entry.version);
        }
        return { path, format: 'npm', projects, overridden: new Set(), installed };
    }
    return { path, format: 'npm-v1', names: new Set(lock_contents_isObject(data.dependencies) ? Object.keys(data.dependencies) : []) };
}
/** A YAML scalar as pnpm writes one: plain, 'single' (with '' for a quote) or "double" quoted. */
function unquote(text) {
    const value = text.trim();
    if (value.length >= 2 && value.startsWith("'") && value.endsWith("'"))
        return value.slice(1, -1).replace(/''/g, "'");
    if (value.length >= 2 && value.startsWith('"') && value.endsWith('"'))
        return value.slice(1, -1).replace(/\\(.)/g, '$1');
    return value;
}
const PNPM_KINDS = new Set(['dependencies', 'devDependencies', 'optionalDependencies']);
/**
 * pnpm's `importers` (or, in a v5 lock of one project, its top-level `specifiers`) and `overrides`,
 * read line by line in the fixed layout pnpm writes: the rest of the file (every resolved package)
 * is most of it and says nothing about freshness, and a YAML parse of only the importers still
 * cost a large workspace's lock 140 ms.
 */
function pnpmLock(path, text) {
    const projects = new Map();
    const overridden = new Set();
    let section = '';
    let project;
    let kind = '';
    let dependency = '';
    for (const line of text.split(/\r?\n/)) {
        if (line === '' || line.trimStart().startsWith('#'))
            continue;
        const indent = line.length - line.trimStart().length;
        const body = line.trim();
        if (indent === 0) {
            section = body.endsWith(':') ? body.slice(0, -1) : '';
            if (section === 'specifiers')
                projects.set('', (project = new Map()));
            continue;
        }
        const colon = body.indexOf(': ');
        if (section === 'overrides' && indent === 2)
            overridden.add(overriddenName(unquote(colon === -1 ? body.slice(0, -1) : body.slice(0, colon))));
        else if (section === 'specifiers' && indent === 2 && colon !== -1)
            project?.set(unquote(body.slice(0, colon)), unquote(body.slice(colon + 2)));
        else if (section !== 'importers')
            continue;
        else if (indent === 2 && body.endsWith(':')) {
            const folder = unquote(body.slice(0, -1));
            projects.set(folder === '.' ? '' : folder, (project = new Map()));
        }
        else if (indent === 4 && body.endsWith(':'))
            kind = body.slice(0, -1);
        else if (indent === 6 && kind === 'specifiers' && colon !== -1)
            project?.set(unquote(body.slice(0, colon)), unquote(body.slice(colon + 2)));
        else if (indent === 6 && PNPM_KINDS.has(kind) && body.endsWith(':'))
            dependency = unquote(body.slice(0, -1));
        else if (indent === 8 && PNPM_KINDS.has(kind) && body.startsWith('specifier: '))
            project?.set(dependency, unquote(body.slice('specifier: '.length)));
    }
    return { path, format: 'pnpm', projects, overridden, installed: new Map() };
}
/** yarn v1 and Berry: unindented entry headers, `"a@^1", a@^1.2:`, each pattern a `name@range` the lock resolves. */
function yarnLock(path, text) {
    const patterns = new Set();
    for (const header of text.matchAll(/^(?![#\s])(.+):[ \t]*$/gm)) {
        for (const raw of header[1].split(',')) {
            const pattern = raw.trim().replace(/^"|"$/g, '');
            if (pattern !== '' && pattern !== '__metadata')
                patterns.add(pattern);
        }
    }
    return { path, format: 'yarn', patterns };
}
const TOML_NAME = /^name = "([^"]+)"/m;
const REQUIREMENT_NAME = /\{ name = "([^"]+)"/g;
/** The body of the `[[package]]` table or sub-table `header` inside one package block, up to the next table. */
function tomlTable(block, header) {
    const at = block.indexOf(`\n${header}\n`);
    if (at === -1)
        return '';
    const body = block.slice(at + header.length + 2);
    const end = body.search(/^\[/m);
    return end === -1 ? body : body.slice(0, end);
}
function namesIn(table) {
    return new Set([...table.matchAll(REQUIREMENT_NAME)].map((match) => normalisePythonName(match[1])));
}
/**
 * uv.lock, read as text: the blocks of the projects it was written from (`source = { editable = "." }`
 * or `virtual`) and what their `[package.metadata]` says they declare. Parsing the whole TOML would
 * cost more than the rest of the checklist on a large lock.
 */
function uvLock(path, text) {
    const projects = new Map();
    for (const block of text.split(/^\[\[package\]\]\s*$/m).slice(1)) {
        const source = /^source = \{ (?:editable|virtual) = "([^"]*)" \}/m.exec(block);
        if (source === null)
            continue;
        const distribution = namesIn(tomlTable(block, '[package.metadata]'));
        const all = new Set([...distribution, ...namesIn(tomlTable(block, '[package.metadata.requires-dev]'))]);
        const folder = source[1].replace(/^\.\/?/, '');
        projects.set(folder, { distribution, all });
    }
    return { path, format: 'uv', projects };
}
/** poetry.lock, pdm.lock and Cargo.lock: one `[[package]]` with a `name` per locked package. */
function packageNames(path, text, format) {
    const names = new Set();
    for (const block of text.split(/^\[\[package\]\]\s*$/m).slice(1)) {
        const name = TOML_NAME.exec(block);
        if (name !== null)
            names.add(format === 'cargo' ? name[1] : normalisePythonName(name[1]));
    }
    return { path, format, names };
}
function pipfileLock(path, text) {
    const data = parseJson(path, text);
    if (!lock_contents_isObject(data))
        throw new file_parse_error/* FileParseError */.S(path, 1, 'not a JSON object');
    const names = new Set();
    for (const section of ['default', 'develop']) {
        const table = data[section];
        if (lock_contents_isObject(table))
            for (const name of Object.keys(table))
                names.add(normalisePythonName(name));
    }
    return { path, format: 'pipenv', names };
}
/** go.sum: `module version/go.mod h1:…` for every module of the build list. */
function goSum(path, text) {
    const names = new Set();
    for (const line of text.matchAll(/^(\S+) (v\S+?)(?:\/go\.mod)? h1:/gm))
        names.add(`${line[1]} ${line[2]}`);
    return { path, format: 'go', names };
}
/** The facts of a file named as a lock, or undefined for another name. */
function lockFacts(path, name, text) {
    switch (name) {
        case 'package-lock.json':
        case 'npm-shrinkwrap.json':
            return npmLock(path, text);
        case 'pnpm-lock.yaml':
            return pnpmLock(path, text);
        case 'yarn.lock':
            return yarnLock(path, text);
        case 'uv.lock':
            return uvLock(path, text);
        case 'poetry.lock':
            return packageNames(path, text, 'poetry');
        case 'pdm.lock':
            return packageNames(path, text, 'pdm');
        case 'Cargo.lock':
            return packageNames(path, text, 'cargo');
        case 'Pipfile.lock':
            return pipfileLock(path, text);
        case 'go.sum':
            return goSum(path, text);
        default:
            return undefined;
    }
}

;// CONCATENATED MODULE: ./src/scanners/checklist/facts/pyproject.ts





const isTable = (value) => typeof value === 'object' && value !== null && !Array.isArray(value);
const LINTERS = ['ruff', 'black', 'flake8', 'pylint', 'isort', 'mypy', 'pyright', 'autopep8', 'yapf'];
const LOCKING_TOOLS = ['poetry', 'uv', 'pdm'];
function parseToml(path, text) {
    try {
        return (0,smol_toml_dist/* parse */.qg)(text);
    }
    catch (error) {
        if (error instanceof smol_toml_dist/* TomlError */.zx)
            throw new file_parse_error/* FileParseError */.S(path, error.line, `not valid TOML (${error.message.split('\n')[0]})`, { cause: error });
        throw error;
    }
}
/**
 * Finds the line where a value is written, for evidence: TOML parsers keep no positions, so the
 * quoted text is searched for, from the table's header on.
 */
class TomlLines {
    text;
    locator;
    constructor(text) {
        this.text = text;
        this.locator = new line_breaks/* LineIndex */.rr(text);
    }
    of(needle, after = 0) {
        const at = this.text.indexOf(needle, after);
        return at === -1 ? 1 : this.locator.lineAt(at);
    }
    headerOffset(header) {
        return header.exec(this.text)?.index ?? 0;
    }
    /** Searches values written one after another, from the table header on. */
    inOrder(header) {
        return new InOrderSearch(this.text, this.locator, this.headerOffset(header));
    }
}
/**
 * A table's keys and an array's items are written in order, so each is searched for from where the
 * previous one was found: searching each from the table header made 115,000 dependencies quadratic.
 * One not found there (written with escapes, or an integer-like key JavaScript lists first) takes
 * the previous one's line rather than a search of the whole text.
 */
class InOrderSearch {
    text;
    locator;
    cursor;
    constructor(text, locator, cursor) {
        this.text = text;
        this.locator = locator;
        this.cursor = cursor;
    }
    lineOf(needle) {
        const at = this.text.indexOf(needle, this.cursor);
        if (at === -1)
            return this.locator.lineAt(this.cursor);
        this.cursor = at + needle.length;
        return this.locator.lineAt(at);
    }
}
/** Poetry: a bare version (`1.2.3`) or `==1.2.3` is exact; `^`, `~`, `*` and ranges are not. */
function poetryRequirement(name, value, line) {
    if (name.toLowerCase() === 'python')
        return undefined;
    const spec = typeof value === 'string' ? value : isTable(value) ? value.version : undefined;
    if (isTable(value) && typeof value.path === 'string')
        return undefined;
    if (isTable(value) && typeof value.git === 'string') {
        const rev = typeof value.rev === 'string' ? value.rev : '';
        return { name, constraint: `git ${value.git}${rev ? `@${rev}` : ''}`, pinned: /^[0-9a-f]{40}$/i.test(rev), line };
    }
    if (typeof spec !== 'string')
        return { name, constraint: '', pinned: false, line };
    const trimmed = spec.trim();
    return { name, constraint: trimmed, pinned: /^\d[\w.+-]*$/.test(trimmed) || isExactSpecifier(trimmed), line };
}
function pep508List(values, search) {
    if (!Array.isArray(values))
        return [];
    const found = [];
    for (const value of values) {
        if (typeof value !== 'string')
            continue;
        const requirement = parsePep508(value, search.lineOf(value));
        if (requirement)
            found.push(requirement);
    }
    return found;
}
function pyprojectFacts(path, text) {
    const root = parseToml(path, text);
    const lines = new TomlLines(text);
    const project = isTable(root.project) ? root.project : {};
    const tool = isTable(root.tool) ? root.tool : {};
    const requirements = [];
    requirements.push(...pep508List(project.dependencies, lines.inOrder(/^\[project\]/m)));
    if (isTable(project['optional-dependencies'])) {
        const search = lines.inOrder(/^\[project\.optional-dependencies\]/m);
        for (const group of Object.values(project['optional-dependencies']))
            requirements.push(...pep508List(group, search));
    }
    const distributionDependencies = [...new Set(requirements.map((requirement) => normalisePythonName(requirement.name)))];
    if (isTable(root['dependency-groups'])) {
        const search = lines.inOrder(/^\[dependency-groups\]/m);
        for (const group of Object.values(root['dependency-groups']))
            requirements.push(...pep508List(group, search));
    }
    const poetry = isTable(tool.poetry) ? tool.poetry : undefined;
    if (poetry) {
        const tables = [];
        if (isTable(poetry.dependencies))
            tables.push([poetry.dependencies, /^\[tool\.poetry\.dependencies\]/m]);
        if (isTable(poetry['dev-dependencies']))
            tables.push([poetry['dev-dependencies'], /^\[tool\.poetry\.dev-dependencies\]/m]);
        if (isTable(poetry.group)) {
            for (const [name, group] of Object.entries(poetry.group)) {
                if (isTable(group) && isTable(group.dependencies))
                    tables.push([group.dependencies, new RegExp(`^\\[tool\\.poetry\\.group\\.${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\.dependencies\\]`, 'm')]);
            }
        }
        for (const [table, header] of tables) {
            const search = lines.inOrder(header);
            for (const [name, value] of Object.entries(table)) {
                const requirement = poetryRequirement(name, value, search.lineOf(name));
                if (requirement)
                    requirements.push(requirement);
            }
        }
    }
    const requiresPython = typeof project['requires-python'] === 'string'
        ? { line: lines.of('requires-python'), value: project['requires-python'] }
        : poetry && isTable(poetry.dependencies) && typeof poetry.dependencies.python === 'string'
            ? { line: lines.of('python', lines.headerOffset(/^\[tool\.poetry\.dependencies\]/m)), value: poetry.dependencies.python }
            : undefined;
    const distribution = distributionName(project, tool, isTable(root['build-system']));
    return {
        path,
        requirements,
        tools: LOCKING_TOOLS.filter((name) => isTable(tool[name])),
        ...(requiresPython ? { requiresPython } : {}),
        linters: LINTERS.filter((name) => isTable(tool[name])),
        ...(distribution === undefined ? {} : { distribution }),
        distributionDependencies,
    };
}
/** A project table names a distribution to build unless uv or Poetry are told it is no package. */
function distributionName(project, tool, hasBuildSystem) {
    const uv = isTable(tool.uv) ? tool.uv : {};
    const poetry = isTable(tool.poetry) ? tool.poetry : {};
    if (uv.package === false || poetry['package-mode'] === false)
        return undefined;
    if (typeof project.name === 'string' && (hasBuildSystem || uv.package === true))
        return project.name;
    if (typeof poetry.name === 'string')
        return poetry.name;
    return undefined;
}

;// CONCATENATED MODULE: ./src/scanners/checklist/facts/cargo-go.ts



const cargo_go_isTable = (value) => typeof value === 'object' && value !== null && !Array.isArray(value);
function cargoFacts(path, text) {
    const root = parseToml(path, text);
    const pkg = cargo_go_isTable(root.package) ? root.package : {};
    const workspacePackage = cargo_go_isTable(root.workspace) && cargo_go_isTable(root.workspace.package) ? root.workspace.package : {};
    const rustVersion = typeof pkg['rust-version'] === 'string' ? pkg['rust-version'] : typeof workspacePackage['rust-version'] === 'string' ? workspacePackage['rust-version'] : undefined;
    const at = text.indexOf('rust-version');
    return {
        path,
        hasBinaries: Array.isArray(root.bin) && root.bin.length > 0,
        isWorkspace: cargo_go_isTable(root.workspace),
        isPackage: cargo_go_isTable(root.package),
        hasDependencies: declaresDependencies(root),
        ...libraryTarget(root.lib),
        unpublished: pkg.publish === false || (Array.isArray(pkg.publish) && pkg.publish.length === 0),
        ...(rustVersion !== undefined ? { rustVersion: { line: at === -1 ? 1 : new line_breaks/* LineIndex */.rr(text).lineAt(at), value: rustVersion } } : {}),
        ...(typeof pkg.name === 'string' ? { packageName: pkg.name } : {}),
        dependencies: declaredCrates(root, text),
        workspaceRenames: workspaceRenames(root),
    };
}
/** Dependencies of the crate itself (not `[workspace.dependencies]`, which lock only what members use). */
function declaredCrates(root, text) {
    const tables = DEPENDENCY_TABLES.map((key) => root[key]).filter(cargo_go_isTable);
    if (cargo_go_isTable(root.target)) {
        for (const target of Object.values(root.target))
            if (cargo_go_isTable(target))
                tables.push(...DEPENDENCY_TABLES.map((key) => target[key]).filter(cargo_go_isTable));
    }
    const locator = new line_breaks/* LineIndex */.rr(text);
    const crates = [];
    for (const table of tables) {
        for (const [key, value] of Object.entries(table)) {
            const renamed = cargo_go_isTable(value) && typeof value.package === 'string' ? value.package : undefined;
            const at = text.search(new RegExp(`^[ \\t]*"?${key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}"?[ \\t]*[=.]`, 'm'));
            crates.push({ name: renamed ?? key, line: at === -1 ? 1 : locator.lineAt(at), inherited: cargo_go_isTable(value) && value.workspace === true });
        }
    }
    return crates;
}
function workspaceRenames(root) {
    const renames = new Map();
    const table = cargo_go_isTable(root.workspace) && cargo_go_isTable(root.workspace.dependencies) ? root.workspace.dependencies : {};
    for (const [key, value] of Object.entries(table))
        if (cargo_go_isTable(value) && typeof value.package === 'string')
            renames.set(key, value.package);
    return renames;
}
const DEPENDENCY_TABLES = ['dependencies', 'dev-dependencies', 'build-dependencies'];
function declaresDependencies(root) {
    const nonEmpty = (table) => DEPENDENCY_TABLES.some((key) => cargo_go_isTable(table[key]) && Object.keys(table[key]).length > 0);
    if (nonEmpty(root))
        return true;
    if (cargo_go_isTable(root.workspace) && nonEmpty(root.workspace))
        return true;
    return cargo_go_isTable(root.target) && Object.values(root.target).some((target) => cargo_go_isTable(target) && nonEmpty(target));
}
const LINKED_CRATE_TYPES = new Set(['staticlib', 'cdylib']);
function libraryTarget(lib) {
    if (!cargo_go_isTable(lib))
        return {};
    const types = lib['crate-type'];
    return { library: Array.isArray(types) && types.length > 0 && types.every((type) => LINKED_CRATE_TYPES.has(String(type))) ? 'linked' : 'rust' };
}
const GO_DIRECTIVE = /^(go|toolchain)\s+(\S+)\s*$/m;
const REQUIRE = /^require\b/m;
const REQUIRE_LINE = /^(?:require[ \t]+)?[ \t]*("?)([^\s"()]+)\1[ \t]+(v\S+)/;
const REPLACED = /^(?:replace[ \t]+)?[ \t]*([^\s()]+)(?:[ \t]+v\S+)?[ \t]*=>/;
/** The `require` and `replace` directives, single-line or in blocks, comments cut. */
function goRequires(text) {
    const requires = [];
    const replaced = new Set();
    let block;
    text.split(line_breaks/* LINE_BREAK */.Fb).forEach((raw, index) => {
        const line = raw.split('//')[0].trimEnd();
        if (block !== undefined && /^\s*\)/.test(line))
            block = undefined;
        else if (/^(?:require|replace)\s*\($/.test(line.trim()))
            block = line.trim().startsWith('require') ? 'require' : 'replace';
        else if (block === 'require' || line.startsWith('require ')) {
            const match = REQUIRE_LINE.exec(line.trim());
            if (match)
                requires.push({ module: match[2], version: match[3], line: index + 1 });
        }
        else if (block === 'replace' || line.startsWith('replace ')) {
            const match = REPLACED.exec(line.trim());
            if (match)
                replaced.add(match[1]);
        }
    });
    return requires.filter((require) => !replaced.has(require.module));
}
function goModuleFacts(path, text) {
    const directive = GO_DIRECTIVE.exec(text);
    return {
        path,
        hasRequires: REQUIRE.test(text),
        requires: goRequires(text),
        ...(directive ? { goVersion: { line: new line_breaks/* LineIndex */.rr(text).lineAt(directive.index), value: `${directive[1]} ${directive[2]}` } } : {}),
    };
}

;// CONCATENATED MODULE: ./src/scanners/checklist/facts/dependabot.ts


/** The ecosystems a `.github/dependabot.yml` keeps up to date. */
function dependabotFacts(path, text) {
    const { contents, lines } = parseYamlDocument(path, text);
    const updates = (0,dist/* isMap */.jh)(contents) ? contents.get('updates', true) : undefined;
    if (!(0,dist/* isSeq */.oP)(updates))
        return { path, updates: [] };
    const found = [];
    for (const item of updates.items) {
        if (!(0,dist/* isMap */.jh)(item))
            continue;
        const ecosystem = item.get('package-ecosystem', true);
        if (!(0,dist/* isScalar */.jn)(ecosystem) || typeof ecosystem.value !== 'string')
            continue;
        const limit = item.get('open-pull-requests-limit', true);
        found.push({ ecosystem: ecosystem.value, line: lineOf(ecosystem, lines), off: (0,dist/* isScalar */.jn)(limit) && Number(limit.value) === 0 });
    }
    return { path, updates: found };
}

;// CONCATENATED MODULE: ./src/scanners/checklist/facts/lint-commands.ts
/**
 * The commands that run a linter or a formatter check, in any ecosystem. A CI step, a script it
 * calls or a task-runner target that runs one of them gates changes on it.
 */
const LINT_COMMAND = /\b(?:ruff(?:\s+(?:check|format\s+--check))?|flake8|pylint|black\s+(?:--check|--diff)|isort\s+(?:--check|-c)|mypy|pyright|eslint|oxlint|prettier\s+(?:--check|-c|--list-different)|biome\s+(?:check|lint|ci)|deno\s+(?:lint|fmt\s+--check)|golangci-lint\s+run|go\s+vet|gofmt\s+-l|gofumpt\s+-l|staticcheck|revive|cargo\s+(?:clippy|fmt)|rustfmt\s+--check|rubocop|standardrb|pre-commit\s+run|shellcheck|hadolint|actionlint|markdownlint(?:-cli2)?|yamllint|(?:git[\s-])?clang-format|clang-tidy|cppcheck|cpplint|checkpatch(?:\.pl)?|swiftlint|swift-format\s+lint|ktlint|detekt|spotless(?:Check|:check)|checkstyle|dotnet\s+format|phpcs|php-cs-fixer|stylua\s+--check|luacheck|dart\s+(?:analyze|format\s+--set-exit-if-changed)|tsc\b[^\n;&|]*--noEmit)\b/;
/** Linter and formatter configuration files, kept at the root. */
const LINTER_CONFIGS = /^(?:\.eslintrc(?:\.\w+)?|eslint\.config\.[cm]?[jt]s|ruff\.toml|\.ruff\.toml|\.flake8|\.?pylintrc|\.golangci\.(?:ya?ml|toml|json)|clippy\.toml|\.?rustfmt\.toml|\.prettierrc(?:\.\w+)?|prettier\.config\.[cm]?js|biome\.jsonc?|\.rubocop\.yml|\.?mypy\.ini|\.stylelintrc(?:\.\w+)?|\.markdownlint(?:-cli2)?\.(?:ya?ml|jsonc?)|\.yamllint(?:\.ya?ml)?|\.clang-format|_clang-format|\.clang-tidy|\.swiftlint\.ya?ml|\.swift-format|detekt\.ya?ml|\.editorconfig-checker\.json|\.?stylua\.toml|\.luacheckrc|phpcs\.xml(?:\.dist)?|\.php-cs-fixer(?:\.dist)?\.php|\.scalafmt\.conf|\.jshintrc|tslint\.json)$/;
/** Installing a linter is not running it. */
const INSTALL = /\b(?:pip3?|uv|pipx|npm|pnpm|yarn|poetry|conda|mamba|apt(?:-get)?|dnf|yum|apk|pacman|zypper|choco|brew|go|cargo|gem)(?:\s+-{1,2}[\w=.-]+)*\s+(?:install|add|get|tool\s+install|i|-S)\b/;
/** Tools that test a documentation site as built: its links, HTML and images. */
const SITE_CHECKER = /\b(?:HTMLProofer|html-?proofer|lychee|linkcheck|markdown-link-check|linkinator|muffet|remark-validate-links|mkdocs build --strict)\b/i;

;// CONCATENATED MODULE: ./src/scanners/checklist/facts/stated-date.ts

/** Only the head is read: a document states its date near the top. */
const HEAD = 4096;
const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const FRONT_MATTER_KEY = /^(?:last_?updated|last_?modified|lastmod|updated|modified|date)\s*:\s*["']?([^"'\n]+)/i;
const STATEMENT = /\b(?:last\s+(?:updated|reviewed|revised|modified|edited)|updated(?:\s+on)?|status\s+as\s+of|as\s+of|revised|reviewed)\s*(?:on)?\s*[:\-–—]?\s*\**\s*([0-9]{4}-[0-9]{2}-[0-9]{2}|[0-9]{1,2}\s+[A-Za-z]+\s+[0-9]{4}|[A-Za-z]+\s+[0-9]{1,2},?\s+[0-9]{4})/i;
function isoFrom(text) {
    const trimmed = text.trim();
    const iso = /^([0-9]{4})-([0-9]{2})-([0-9]{2})/.exec(trimmed);
    if (iso !== null) {
        const date = new Date(`${iso[1]}-${iso[2]}-${iso[3]}T00:00:00Z`);
        return Number.isNaN(date.getTime()) ? undefined : date.toISOString().slice(0, 10);
    }
    const dayFirst = /^([0-9]{1,2})\s+([A-Za-z]+)\s+([0-9]{4})$/.exec(trimmed);
    const monthFirst = /^([A-Za-z]+)\s+([0-9]{1,2}),?\s+([0-9]{4})$/.exec(trimmed);
    const [day, month, year] = dayFirst !== null ? [dayFirst[1], dayFirst[2], dayFirst[3]] : monthFirst !== null ? [monthFirst[2], monthFirst[1], monthFirst[3]] : [];
    if (day === undefined || month === undefined || year === undefined)
        return undefined;
    const index = MONTHS.findIndex((name) => name.startsWith(month.toLowerCase()) && month.length >= 3);
    if (index === -1)
        return undefined;
    const date = new Date(Date.UTC(Number(year), index, Number(day)));
    return date.getUTCDate() === Number(day) ? date.toISOString().slice(0, 10) : undefined;
}
/** The first date the document states for itself, in its front matter or a "Last updated" line. */
function statedDate(path, text) {
    const lines = text.slice(0, HEAD).split('\n');
    let inFrontMatter = lines[0]?.trim() === '---';
    for (let index = inFrontMatter ? 1 : 0; index < lines.length; index++) {
        const line = lines[index].replace(/\r$/, '');
        if (inFrontMatter && line.trim() === '---') {
            inFrontMatter = false;
            continue;
        }
        const key = inFrontMatter ? FRONT_MATTER_KEY.exec(line.trim()) : null;
        const statement = key === null ? STATEMENT.exec(line) : null;
        const written = key?.[1] ?? statement?.[1];
        if (written === undefined)
            continue;
        const date = isoFrom(written);
        if (date !== undefined)
            return { path, line: index + 1, date, text: clip(line.trim().replace(/^[#>*\s_-]+|[*_\s]+$/g, ''), 80) };
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/scanners/checklist/facts/conflict-markers.ts

const OURS = /^<{7}(?: |$)/;
const BASE = /^\|{7}(?: |$)/;
const SEPARATOR = /^={7}$/;
const THEIRS = /^>{7}(?: |$)/;
const MARKDOWN_FENCE = /^ {0,3}(`{3,}|~{3,})/;
const ASCIIDOC_DELIMITER = /^(-{4,}|\.{4,}|\+{4,}|_{4,}|={4,})\s*$/;
/** `<<EOF`, `<<-'EOF'`, `<<"EOF"`, `<<\EOF`, `<<~EOS` (shell, Perl, Ruby): the word that ends the body. */
const HEREDOC = /(?<!<)<<(?!<)([-~]?)\s*(?:\\|(["']))?([A-Za-z_]\w*)\2?/;
const BY_LANGUAGE = {
    Markdown: 'markdown', MDX: 'markdown', RMarkdown: 'markdown', AsciiDoc: 'asciidoc', Shell: 'heredoc', Perl: 'heredoc', Ruby: 'heredoc',
};
function exampleSyntaxOf(languageName) {
    return languageName === undefined ? 'none' : (BY_LANGUAGE[languageName] ?? 'none');
}
/** Test expectations that hold a conflict on purpose: `expect`, `expected.C`, `conflict.out`, `case.golden`, `testdata/…`. */
const EXPECTED_OUTPUT = /(?:^|\/)(?:testdata|__snapshots__|fixtures?)\/|(?:^|\/)t\/t\d{4}[^/]*\/|(?:^|\/)expect(?:ed)?(?:[._-][^/]*)?$|\.(?:out|expected|golden|snap)$/;
function isExpectedOutput(path) {
    return EXPECTED_OUTPUT.test(path);
}
/**
 * Where an example block opens on this line, and the test that closes it: a Markdown fence, an
 * AsciiDoc listing (`----`, `....`) not under a title of the same length, or a heredoc's body.
 */
function exampleCloser(line, previous, syntax) {
    if (syntax === 'markdown') {
        const opener = MARKDOWN_FENCE.exec(line)?.[1];
        if (opener === undefined)
            return undefined;
        return (candidate) => {
            const closer = MARKDOWN_FENCE.exec(candidate)?.[1];
            return closer !== undefined && closer[0] === opener[0] && closer.length >= opener.length;
        };
    }
    if (syntax === 'asciidoc') {
        const delimiter = ASCIIDOC_DELIMITER.exec(line)?.[1];
        if (delimiter === undefined)
            return undefined;
        // `Title` over `-----` is a two-line section title, not a listing.
        const title = previous.trim();
        if (title !== '' && !ASCIIDOC_DELIMITER.test(previous) && Math.abs(title.length - delimiter.length) <= 2)
            return undefined;
        return (candidate) => candidate.trimEnd() === delimiter;
    }
    if (syntax === 'heredoc') {
        const heredoc = HEREDOC.exec(line);
        if (heredoc === null)
            return undefined;
        const indented = heredoc[1] !== '';
        const word = heredoc[3];
        return (candidate) => (indented ? candidate.trim() : candidate) === word;
    }
    return undefined;
}
/**
 * Lines where a complete merge conflict starts: `<<<<<<<`, optionally `|||||||`, then `=======`, then
 * `>>>>>>>`, in that order, at line starts. A lone marker-like line (a Markdown setext rule, an ASCII
 * banner) is not a conflict, and neither is one a file shows as an example: inside a Markdown fence,
 * an AsciiDoc listing block, or a heredoc of a script (where tests write their expected output).
 */
function findConflictMarkers(text, syntax) {
    if (!text.includes('<<<<<<<'))
        return [];
    const starts = [];
    let state = 'outside';
    let start = 0;
    let closes;
    let previous = '';
    const lines = text.split(line_breaks/* LINE_BREAK */.Fb);
    for (let index = 0; index < lines.length; index++) {
        const line = lines[index].replace(/\r$/, '');
        if (closes !== undefined) {
            if (closes(line))
                closes = undefined;
            previous = line;
            continue;
        }
        const marker = OURS.test(line) || BASE.test(line) || SEPARATOR.test(line) || THEIRS.test(line);
        closes = marker ? undefined : exampleCloser(line, previous, syntax);
        previous = line;
        if (closes !== undefined)
            continue;
        if (OURS.test(line)) {
            state = 'ours';
            start = index + 1;
        }
        else if (state === 'ours' && BASE.test(line)) {
            state = 'base';
        }
        else if ((state === 'ours' || state === 'base') && SEPARATOR.test(line)) {
            state = 'theirs';
        }
        else if (state === 'theirs' && THEIRS.test(line)) {
            starts.push(start);
            state = 'outside';
        }
    }
    return starts;
}

;// CONCATENATED MODULE: ./src/scanners/checklist/facts/dockerfile-images.ts


/** Tags that move by design: a rebuild gets a different image. */
const FLOATING_TAGS = new Set(['stable', 'edge', 'nightly', 'lts', 'main', 'master', 'dev', 'develop', 'rolling', 'current', 'slim', 'alpine']);
const ARG = /^ARG\s+([A-Za-z_][A-Za-z0-9_]*)(?:=(?:"([^"]*)"|'([^']*)'|(\S*)))?/i;
const FROM = /^FROM\s+(.+)$/i;
const VARIABLE = /\$\{([A-Za-z_][A-Za-z0-9_]*)(?::?[-+][^}]*)?\}|\$([A-Za-z_][A-Za-z0-9_]*)/g;
const ARCHITECTURES = /amd64|arm64(?:v8)?|armv[5-7]|x86_64|i386|ppc64le|s390x/g;
/** A version in a tag: `3.11-slim`, `v1.2`, `12-bookworm`, `alpine3.19`, `jammy-20240111`. */
const VERSIONED = /(?:^|[-_.v])\d|\d\.\d/;
function classify(reference) {
    if (reference.includes('$'))
        return 'unresolved';
    if (/@sha256:[0-9a-f]{64}$/i.test(reference))
        return 'digest';
    const lastSlash = reference.lastIndexOf('/');
    const colon = reference.indexOf(':', lastSlash + 1);
    if (colon === -1)
        return 'untagged';
    const tag = reference.slice(colon + 1).toLowerCase();
    if (tag === 'latest')
        return 'latest';
    if (FLOATING_TAGS.has(tag))
        return 'floating-tag';
    if (/^\d+$/.test(tag))
        return 'major-tag';
    // `nonroot-amd64`, `bookworm-slim`: a variant with no version in it moves with every release.
    if (!VERSIONED.test(tag.replace(ARCHITECTURES, '')))
        return 'floating-tag';
    return 'tag';
}
/**
 * The base images a Dockerfile builds FROM. `FROM scratch` and `FROM <earlier stage>` are not
 * images; `ARG` defaults declared before a FROM are substituted, as Docker does.
 */
function dockerfileFacts(path, text) {
    const args = new Map();
    const stages = new Set();
    const images = [];
    const lines = text.split(line_breaks/* LINE_BREAK */.Fb);
    for (let index = 0; index < lines.length; index++) {
        const line = lines[index].trim();
        const arg = ARG.exec(line);
        if (arg) {
            const value = arg[2] ?? arg[3] ?? arg[4];
            if (value !== undefined && value !== '')
                args.set(arg[1], value);
            continue;
        }
        const from = FROM.exec(line);
        if (!from)
            continue;
        const words = from[1].split(/\s+/).filter((word) => !word.startsWith('--'));
        const written = words[0] ?? '';
        const alias = words.length >= 3 && words[1]?.toLowerCase() === 'as' ? words[2] : undefined;
        const reference = written.replace(VARIABLE, (whole, braced, bare) => args.get(braced ?? bare ?? '') ?? whole);
        const isImage = reference.toLowerCase() !== 'scratch' && !stages.has(reference.toLowerCase());
        if (alias)
            stages.add(alias.toLowerCase());
        if (isImage)
            images.push({ line: index + 1, reference: clip(reference, 100), pinning: classify(reference) });
    }
    return { path, images };
}

;// CONCATENATED MODULE: ./src/scanners/checklist/facts/license-text.ts

/** A phrase as a regex that lets line breaks and indentation fall anywhere between its words. */
function phrase(words) {
    return new RegExp(words.split(' ').map((word) => word.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')).join('\\s+'), 'i');
}
/**
 * Phrases that appear verbatim in the canonical texts. Checked in order: the more specific texts first
 * (AGPL before GPL, LGPL before GPL, BSD-3 before BSD-2), because they contain the general phrases.
 */
const SHAPES = [
    { spdx: 'AGPL-3.0', patterns: [phrase('GNU AFFERO GENERAL PUBLIC LICENSE'), phrase('Version 3')] },
    { spdx: 'LGPL-3.0', patterns: [phrase('GNU LESSER GENERAL PUBLIC LICENSE'), phrase('Version 3')] },
    { spdx: 'LGPL-2.1', patterns: [phrase('GNU LESSER GENERAL PUBLIC LICENSE'), phrase('Version 2.1')] },
    { spdx: 'GPL-3.0', patterns: [phrase('GNU GENERAL PUBLIC LICENSE'), phrase('Version 3')] },
    { spdx: 'GPL-2.0', patterns: [phrase('GNU GENERAL PUBLIC LICENSE'), phrase('Version 2')] },
    { spdx: 'Apache-2.0', patterns: [phrase('Apache License'), phrase('Version 2.0')] },
    { spdx: 'MPL-2.0', patterns: [/Mozilla\s+Public\s+License,?\s+(?:Version|v\.?)\s*2\.0/i] },
    { spdx: 'EPL-2.0', patterns: [phrase('Eclipse Public License - v 2.0')] },
    { spdx: 'BSL-1.0', patterns: [phrase('Boost Software License - Version 1.0')] },
    { spdx: 'Unlicense', patterns: [phrase('This is free and unencumbered software released into the public domain')] },
    { spdx: 'CC0-1.0', patterns: [phrase('CC0 1.0 Universal')] },
    { spdx: 'CC-BY-NC-SA-4.0', patterns: [phrase('Attribution-NonCommercial-ShareAlike 4.0 International')] },
    { spdx: 'CC-BY-NC-4.0', patterns: [phrase('Attribution-NonCommercial 4.0 International')] },
    { spdx: 'CC-BY-SA-4.0', patterns: [phrase('Attribution-ShareAlike 4.0 International')] },
    { spdx: 'CC-BY-4.0', patterns: [phrase('Attribution 4.0 International')] },
    { spdx: 'ISC', patterns: [/Permission\s+to\s+use,\s+copy,\s+modify,\s+and(?:\/or)?\s+distribute\s+this\s+software\s+for\s+any\s+purpose\s+with\s+or\s+without\s+fee/i] },
    { spdx: 'MIT', patterns: [phrase('Permission is hereby granted, free of charge, to any person obtaining a copy')] },
    { spdx: 'Zlib', patterns: [phrase("This software is provided 'as-is', without any express or implied warranty"), phrase('Altered source versions must be plainly marked')] },
    { spdx: 'BSD-3-Clause', patterns: [phrase('Redistribution and use in source and binary forms'), phrase('Neither the name')] },
    { spdx: 'BSD-2-Clause', patterns: [phrase('Redistribution and use in source and binary forms')], unless: [phrase('Neither the name')] },
];
const SPDX_TAG = /SPDX-License-Identifier:\s*([A-Za-z0-9.+-]+(?:\s+(?:OR|AND|WITH)\s+[A-Za-z0-9.+-]+)*)/;
/** The licence a file's text is, by canonical phrases or an explicit SPDX tag; undefined when unrecognised. */
function identifyLicense(text) {
    const head = text.slice(0, 64 * 1024);
    const tag = SPDX_TAG.exec(head);
    if (tag)
        return { spdx: tag[1].trim(), line: new line_breaks/* LineIndex */.rr(head).lineAt(tag.index) };
    for (const shape of SHAPES) {
        const first = shape.patterns[0];
        const match = first.exec(head);
        if (!match || !shape.patterns.every((pattern) => pattern.test(head)))
            continue;
        if (shape.unless?.some((pattern) => pattern.test(head)))
            continue;
        return { spdx: shape.spdx, line: new line_breaks/* LineIndex */.rr(head).lineAt(match.index) };
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/scanners/checklist/facts/python-code-ranges.ts
/**
 * The stretches of Python source that are not code: comments and string literals (docstrings, log
 * messages, `"python -c 'import hydra'"`). Evidence of a practice is taken from code only, so a
 * string that mentions `torch.manual_seed(` seeds nothing.
 */
const PREFIX = /[rRbBuUfFtT]{1,2}$/;
function stringEnd(text, quoteAt, raw) {
    const quote = text[quoteAt];
    const triple = text.startsWith(quote.repeat(3), quoteAt);
    const close = triple ? quote.repeat(3) : quote;
    let at = quoteAt + close.length;
    while (at < text.length) {
        const char = text[at];
        if (char === '\\' && !raw) {
            at += 2;
            continue;
        }
        if (!triple && char === '\n')
            return at;
        if (text.startsWith(close, at))
            return at + close.length;
        // A raw string still cannot end on an escaped quote.
        at += char === '\\' ? 2 : 1;
    }
    return text.length;
}
/** Comments and strings, in order. Linear: each character is looked at once. */
function pythonNonCode(text) {
    const ranges = [];
    let at = 0;
    while (at < text.length) {
        const char = text[at];
        if (char === '#') {
            const end = text.indexOf('\n', at);
            ranges.push([at, end === -1 ? text.length : end]);
            at = end === -1 ? text.length : end;
            continue;
        }
        if (char === '"' || char === "'") {
            const prefix = PREFIX.exec(text.slice(Math.max(0, at - 2), at))?.[0] ?? '';
            const wordBefore = at - prefix.length - 1 >= 0 && /\w/.test(text[at - prefix.length - 1]);
            const start = wordBefore ? at : at - prefix.length;
            const end = stringEnd(text, at, !wordBefore && /[rR]/.test(prefix));
            ranges.push([start, end]);
            at = end;
            continue;
        }
        at++;
    }
    return ranges;
}
/** Whether `offset` falls inside one of `ranges` (sorted, not overlapping). */
function insideRanges(ranges, offset) {
    let low = 0;
    let high = ranges.length;
    while (low < high) {
        const middle = (low + high) >>> 1;
        if (ranges[middle][1] <= offset)
            low = middle + 1;
        else
            high = middle;
    }
    const range = ranges[low];
    return range !== undefined && range[0] <= offset;
}

;// CONCATENATED MODULE: ./src/scanners/checklist/facts/python-signals.ts
/** Imports that mean experiment tracking or file-based configuration, by module prefix. */
const IMPORT_SIGNALS = [
    { prefix: 'mlflow', category: 'tracking' },
    { prefix: 'wandb', category: 'tracking' },
    { prefix: 'tensorboardX', category: 'tracking' },
    { prefix: 'torch.utils.tensorboard', category: 'tracking' },
    { prefix: 'tensorboard', category: 'tracking' },
    { prefix: 'comet_ml', category: 'tracking' },
    { prefix: 'neptune', category: 'tracking' },
    { prefix: 'clearml', category: 'tracking' },
    { prefix: 'aim', category: 'tracking' },
    { prefix: 'sacred', category: 'tracking' },
    { prefix: 'dvclive', category: 'tracking' },
    { prefix: 'hydra', category: 'config' },
    { prefix: 'omegaconf', category: 'config' },
    { prefix: 'gin', category: 'config' },
    { prefix: 'ml_collections', category: 'config' },
    { prefix: 'jsonargparse', category: 'config' },
    { prefix: 'tiktoken', category: 'tokenizer' },
    { prefix: 'sentencepiece', category: 'tokenizer' },
    { prefix: 'tokenizers', category: 'tokenizer' },
    { prefix: 'peft', category: 'adapter' },
    { prefix: 'evaluate', category: 'metrics' },
    { prefix: 'torchmetrics', category: 'metrics' },
    { prefix: 'sklearn.metrics', category: 'metrics' },
    { prefix: 'optuna', category: 'sweep' },
    { prefix: 'ray.tune', category: 'sweep' },
    { prefix: 'psutil', category: 'system-metrics' },
    { prefix: 'pynvml', category: 'system-metrics' },
    { prefix: 'GPUtil', category: 'system-metrics' },
    { prefix: 'structlog', category: 'logging' },
    { prefix: 'loguru', category: 'logging' },
    { prefix: 'pluggy', category: 'registry' },
];
/** Calls and arguments that show a practice; each source is a plain alternative of one combined regex. */
/** What the checklist's checks read, matched in every Python file and notebook. */
const CALL_SIGNALS = [
    { source: '\\btorch\\.(?:cuda\\.)?manual_seed(?:_all)?\\s*\\(', category: 'seed', seedKind: 'torch' },
    { source: '\\btorch\\.random\\.manual_seed\\s*\\(', category: 'seed', seedKind: 'torch' },
    { source: '\\b(?:tf|tensorflow)\\.(?:random\\.set_seed|set_random_seed|compat\\.v1\\.set_random_seed)\\s*\\(', category: 'seed', seedKind: 'tensorflow' },
    { source: '\\b(?:keras\\.utils\\.)?set_random_seed\\s*\\(', category: 'seed', seedKind: 'tensorflow' },
    { source: '\\b(?:np|numpy)\\.random\\.seed\\s*\\(', category: 'seed', seedKind: 'numpy' },
    { source: '\\b(?:np|numpy)\\.random\\.default_rng\\s*\\(\\s*(?!None\\b)[\\w.]', category: 'seed', seedKind: 'numpy' },
    { source: '(?<![\\w.])random\\.seed\\s*\\(', category: 'seed', seedKind: 'python' },
    { source: '\\b(?:set_seed|seed_everything)\\s*\\(', category: 'seed', seedKind: 'all-frameworks' },
    { source: '\\b(?:jax\\.random\\.(?:PRNGKey|key)|PRNGKey)\\s*\\(', category: 'seed', seedKind: 'jax' },
    { source: '\\brandom_state\\s*=\\s*(?!None\\b)[\\w.]', category: 'seed', seedKind: 'estimator' },
    { source: '\\btorch\\.use_deterministic_algorithms\\s*\\(\\s*True|\\bcudnn\\.deterministic\\s*=\\s*True|\\benable_op_determinism\\s*\\(', category: 'determinism' },
    { source: '\\b(?:WandbLogger|TensorBoardLogger|MLFlowLogger|CometLogger|NeptuneLogger|SummaryWriter)\\s*\\(', category: 'tracking' },
    { source: '\\bcallbacks\\.TensorBoard\\s*\\(|\\btf\\.summary\\.create_file_writer\\s*\\(', category: 'tracking' },
    // TensorFlow 1's event writer, which research loggers wrap (improved-diffusion's logger.py).
    { source: '\\b(?:tf\\.(?:compat\\.v1\\.)?Summary|tf\\.summary\\.FileWriter|(?:pywrap_tensorflow\\.)?EventsWriter)\\s*\\(', category: 'tracking', label: 'TensorBoard event writer' },
    { source: '\\breport_to\\s*=\\s*[\\[(]?\\s*["\'](?:wandb|tensorboard|mlflow|comet_ml|neptune|clearml|all)["\']', category: 'tracking' },
    { source: '@hydra\\.main\\s*\\(|\\bOmegaConf\\.load\\s*\\(|\\bgin\\.parse_config_files?(?:_and_bindings)?\\s*\\(|\\bLightningCLI\\s*\\(', category: 'config' },
    { source: '\\btorch\\.save\\s*\\(|\\.save_pretrained\\s*\\(|\\bsave_checkpoint\\s*\\(|\\.save_weights\\s*\\(|\\bModelCheckpoint\\s*\\(|\\btf\\.train\\.Checkpoint(?:Manager)?\\s*\\(|\\bmodel\\.save\\s*\\(|\\.save_model\\s*\\(|\\.save_state\\s*\\(|\\bjoblib\\.dump\\s*\\(', category: 'checkpoint-save' },
    { source: '\\btorch\\.load\\s*\\(|\\.load_state_dict\\s*\\(|\\bload_checkpoint\\s*\\(|\\.load_from_checkpoint\\s*\\(|\\bresume_from_checkpoint\\b|ckpt_path(?<=[(,][\\s]*ckpt_path)\\s*=(?!=)|\\.load_weights\\s*\\(|\\blatest_checkpoint\\s*\\(|\\b(?:checkpoint|ckpt|manager)\\.restore\\s*\\(|\\.load_state\\s*\\(|\\bjoblib\\.load\\s*\\(|\\bload_model\\s*\\(|\\brestore_checkpoint\\s*\\(', category: 'checkpoint-load' },
    { source: '\\bload_dataset\\s*\\(', category: 'public-dataset', bindsTo: ['datasets'] },
];
/**
 * What the capability audit reads, each category one kind of artifact of an ML code base. Matched
 * only in files that import an ML, data or tracking library: a web service's `DataLoader(` or
 * `Trainer(` is something else, and the extra pass would cost every other file.
 */
const CAPABILITY_SIGNALS = [
    { source: 'Tokenizer(?:Fast)?\\.from_pretrained\\s*\\(|\\btiktoken\\.(?:get_encoding|encoding_for_model)\\s*\\(|\\bSentencePieceProcessor\\s*\\(|\\bTokenizer\\.from_file\\s*\\(|\\bAutoProcessor\\.from_pretrained\\s*\\(', category: 'tokenizer' },
    { source: '(?:Model|For[A-Z]\\w+|Pipeline)\\.from_pretrained\\s*\\(|\\btimm\\.create_model\\s*\\(|\\btorch\\.hub\\.load\\s*\\(', category: 'model-load' },
    // Class lines: the pattern starts at a literal and looks back to `class`, so the evidence is the line.
    { source: '(?:nn|torch\\.nn)\\.Module\\)(?<=^[ \\t]*class[ \\t]+\\w+\\((?:nn|torch\\.nn)\\.Module\\))', category: 'model-load', labelFromLine: true },
    { source: '(?:Tokenizer|BPE)\\w*(?<=^[ \\t]*class[ \\t]+\\w*(?:Tokenizer|BPE)\\w*)', category: 'tokenizer', labelFromLine: true },
    { source: '\\btorch_dtype\\s*=|\\bdevice_map\\s*=|\\.to\\(\\s*(?:device|self\\.device|dtype|["\'](?:cuda|mps)["\'])', category: 'model-init' },
    { source: '\\bget_peft_model\\s*\\(|\\bLoraConfig\\s*\\(|\\bPeftModel\\.from_pretrained\\s*\\(|\\bprepare_model_for_kbit_training\\s*\\(', category: 'adapter' },
    { source: 'Trainer\\s*\\(|\\bloss\\.backward\\s*\\(|\\b(?:accelerator|scaler\\.scale\\(\\s*loss\\s*\\))\\.backward\\s*\\(|\\b(?:optimizer|optim|opt)\\.step\\s*\\(|\\btrainer\\.(?:fit|train)\\s*\\(', category: 'train-loop' },
    { source: '\\b(?:torch\\.)?(?:(?:cuda|cpu)\\.)?(?:amp\\.)?autocast\\s*\\(|\\bGradScaler\\s*\\(|\\buse_fp16\\b|\\bconvert_to_fp16\\s*\\(|\\b(?:bf16|fp16|mixed_precision|precision)\\s*(?::[^=\\n]*)?=\\s*(?:True\\b|["\'](?:bf16|fp16|16)(?:-(?:mixed|true))?["\'])', category: 'precision' },
    { source: '\\b(?:gradient_accumulation_steps|accumulate_grad_batches|grad_accum\\w*|micro_?batch\\w*)\\b', category: 'grad-accum' },
    { source: '\\bevaluate\\.load\\s*\\(|\\bcompute_metrics\\b|\\b(?:accuracy_score|f1_score|precision_score|recall_score|roc_auc_score|mean_squared_error|perplexity)\\s*\\(|\\beval_\\w+\\s*\\(|\\bevaluate(?:_\\w+)?\\s*\\(', category: 'metrics' },
    { source: '\\b(?:log_metrics|save_metrics|log_metric|log_dict|add_scalars?)\\s*\\(|\\bwandb\\.log\\s*\\(|\\bself\\.log\\s*\\(|\\bCSVLogger\\s*\\(|\\bjson\\.dump\\s*\\(\\s*\\w*(?:metric|result|score|eval|stat|log)|\\.to_csv\\s*\\(|\\bcsv\\.(?:writer|DictWriter)\\s*\\(|\\.write\\s*\\(\\s*json\\.dumps\\s*\\(\\s*\\w*(?:metric|result|score|eval|stat|log|kv|record|row|entry)', category: 'metrics-write' },
    { source: '\\btorch\\.cuda\\.(?:max_)?memory_(?:allocated|reserved)\\s*\\(|\\bDeviceStatsMonitor\\s*\\(|\\bpsutil\\.\\w+\\s*\\(', category: 'system-metrics' },
    { source: '\\b(?:optimizer|optim|opt|scheduler|lr_scheduler|scaler)\\.state_dict\\s*\\(|\\btorch\\.(?:cuda\\.)?get_rng_state(?:_all)?\\s*\\(|\\b(?:np|numpy)\\.random\\.get_state\\s*\\(|(?<![\\w.])random\\.getstate\\s*\\(', category: 'checkpoint-state' },
    { source: '\\b(?:save_total_limit|save_top_k|max_to_keep|keep_checkpoint_max|keep_last_n\\w*|max_checkpoints|checkpoints_total_limit|num_checkpoints_to_keep|keep_n_checkpoints)\\s*[=:]|\\b_?rotate_checkpoints\\s*\\(', category: 'checkpoint-retention' },
    { source: '\\bhashlib\\.(?:sha256|sha1|md5|blake2b)\\s*\\(|\\b(?:missing_keys|unexpected_keys)\\b|\\bverify_checksum\\w*\\s*\\(|\\bweights_only\\s*=\\s*True', category: 'checkpoint-verify' },
    // A checkpoint file named after the step or epoch: every save adds a file.
    { source: 'f["\'][^"\'\\n]*\\{[^}\\n]*(?:step|epoch|iter)[^}\\n]*\\}[^"\'\\n]*\\.(?:pt|pth|ckpt|bin|safetensors|h5|pkl)["\']', category: 'checkpoint-accumulating', label: 'a checkpoint file per step', inStrings: true },
    { source: '\\bDataLoader\\s*\\(|\\btf\\.data\\.Dataset\\.\\w+\\s*\\(', category: 'data-loader' },
    { source: '\\b(?:random_split|train_test_split|KFold|StratifiedKFold)\\s*\\(|\\bsplit\\s*=\\s*["\'](?:train|validation|test|val)', category: 'data-split' },
    { source: '\\.shuffle\\s*\\(\\s*seed\\s*=|(?:\\bDataLoader|\\brandom_split|Sampler)\\s*\\([^)\\n]*\\b(?:generator|seed)\\s*=|\\bworker_init_fn\\s*=', category: 'data-shuffle-seeded' },
    // A list of split names (`for split in ["train", "test"]`) is a split, though it is written as strings.
    { source: '["\'](?:train|training)["\']\\s*,\\s*["\'](?:test|val|valid|validation|eval)["\']', category: 'data-split', label: 'train and test splits', inStrings: true },
    { source: '\\b(?:cache_dir|cache_file_name)\\s*=|\\.save_to_disk\\s*\\(|\\bload_from_disk\\s*\\(|\\bnp\\.memmap\\s*\\(', category: 'data-cache' },
    { source: '\\bwandb\\.sweep\\s*\\(|\\boptuna\\.create_study\\s*\\(|\\btune\\.run\\s*\\(|\\bhyperparameter_search\\s*\\(', category: 'sweep' },
    { source: '@[.\\w]*register(?<=^[ \\t]*@[.\\w]*register)|REGISTRY\\w*\\s*=|\\bRegistry\\s*\\(|_callbacks?\\s*\\((?<=\\b(?:add|register|trigger)_callbacks?\\s*\\()|\\bentry_points\\s*\\(|\\bregister_(?!buffer|parameter|module|forward|backward|full_backward|load_state|state_dict|hook|comm_hook)\\w+\\s*\\(|_(?:MAPPING|REGISTRY)(?<=[A-Z0-9]_(?:MAPPING|REGISTRY))\\s*[:=]', category: 'registry' },
    { source: '\\bwandb\\.run\\.(?:id|name|url|dir|path|get_url)\\b|\\.info\\.run_id\\b|\\bwandb\\.init\\s*\\([^)\\n]*\\b(?:name|id)\\s*=|\\b(?:wandb_)?run_(?:name|id)\\s*=|\\b(?:logger|writer)\\.(?:version|log_dir)\\b|\\bSummaryWriter\\s*\\(\\s*(?:log_dir\\s*=\\s*)?[\\w"\']|\\b(?:TensorBoard|CSV|Wandb|MLFlow|Comet|Neptune)Logger\\s*\\([^)\\n]*\\b(?:name|save_dir|root_dir|run_name|version|experiment_name)\\s*=|\\blogger\\.configure\\s*\\(|\\b(?:log_dir|logdir|run_dir)\\s*=(?!=)', category: 'run-id' },
    { source: '\\bWANDB_RUN_(?:NAME|ID)\\b|\\bMLFLOW_RUN_ID\\b', category: 'run-id', inStrings: true },
    { source: '\\b(?:safety_checker|SafetyChecker|content_filter\\w*|moderation|nsfw\\w*|guardrails?)\\b', category: 'safety' },
    { source: '\\bskip(?:if|If|Unless|_unless|_if)\\s*\\([^)\\n]*(?:cuda|gpu|GPU|is_available|device_count)|@require_torch_(?:gpu|multi_gpu|accelerator|multi_accelerator|non_multi_gpu)\\b|@pytest\\.mark\\.(?:gpu|cuda|multi_gpu)\\b|@require_(?:cuda|gpu)\\w*', category: 'gpu-skip' },
    { source: '\\bpytest\\.importorskip\\s*\\(|\\bskip(?:if|If|Unless)\\s*\\(\\s*not\\s+(?:\\w+\\.)?is_\\w+_available\\s*\\(', category: 'optional-skip' },
    { source: '\\blogging\\.(?:getLogger|basicConfig)\\s*\\(', category: 'logging' },
    { source: '\\bArgumentParser\\s*\\(|\\bHfArgumentParser\\s*\\(|\\bfire\\.Fire\\s*\\(|\\btyper\\.Typer\\s*\\(|@click\\.(?:command|group)\\b|\\bOmegaConf\\.from_cli\\s*\\(|@(?:dataclasses\\.)?dataclass\\b(?<=^[ \\t]*@(?:dataclasses\\.)?dataclass)|\\bCfgNode\\s*\\(|\\.merge_from_(?:file|list|args|dict)\\s*\\(', category: 'cli-config' },
    { source: '\\btorchvision\\.datasets\\.|\\btfds\\.load\\s*\\(|\\bfetch_openml\\s*\\(|\\bkeras\\.datasets\\.', category: 'public-dataset' },
];
/**
 * What the rest of a matched line adds: one call can show two things (a save to a fixed file name
 * keeps one checkpoint; `load_state_dict(…, strict=False)` loads without checking the keys, which it
 * does by default).
 */
const LINE_SIGNALS = [
    { after: 'checkpoint-save', test: /(?<![fF])['"][\w.-]+\.(?:pt|pth|ckpt|bin|safetensors|h5|keras|pkl)['"]\s*\)*\s*$/, category: 'checkpoint-retention', label: 'saved over one fixed file' },
    { after: 'checkpoint-load', test: /\bstrict\s*=\s*False\b/, category: 'checkpoint-lenient', label: 'load_state_dict(strict=False)' },
];

;// CONCATENATED MODULE: ./src/scanners/checklist/facts/python-source.ts




const ML_MODULES = {
    torch: 'torch', torchvision: 'torch', torchaudio: 'torch', lightning: 'torch', pytorch_lightning: 'torch',
    timm: 'torch', accelerate: 'torch', deepspeed: 'torch', diffusers: 'torch', transformers: 'torch',
    tensorflow: 'tensorflow', keras: 'tensorflow', tf_keras: 'tensorflow',
    jax: 'jax', flax: 'jax', optax: 'jax',
    sklearn: 'classical', xgboost: 'classical', lightgbm: 'classical', catboost: 'classical',
};
/** One regex per list, each source a plain alternative; `m`: a class or decorator line is matched from its start. */
function signalPass(signals) {
    return { signals, regex: new RegExp(signals.map((signal) => `(${signal.source})`).join('|'), 'gm') };
}
const CHECK_PASS = signalPass(CALL_SIGNALS);
/** Tests are read only for their skips, the rest of the code only for the rest: the capability audit leaves tests out. */
const TEST_CATEGORIES = new Set(['gpu-skip', 'optional-skip']);
const CAPABILITY_PASS = signalPass(CAPABILITY_SIGNALS.filter((signal) => !TEST_CATEGORIES.has(signal.category)));
const TEST_SKIP_PASS = signalPass(CAPABILITY_SIGNALS.filter((signal) => TEST_CATEGORIES.has(signal.category)));
/** Imports that make a file ML code or a test (where skips are read), whose capability signals are read. */
const ML_CODE_ROOTS = [...new Set([...Object.keys(ML_MODULES), ...IMPORT_SIGNALS.map((signal) => signal.prefix.split('.')[0]), 'datasets', 'peft', 'trl', 'pytest', 'unittest'])];
/** The call as evidence: the whole identifier it starts in, with spaces only between words. */
function labelOf(text, match) {
    const written = `${identifierBefore(text, match.index)}${match[0]}`.replace(/^\s+/, '');
    return clip(written.replace(/\s+/g, (space, at, all) => (/\w/.test(all[at - 1] ?? '') && /\w/.test(all[at + space.length] ?? '') ? ' ' : '')), 60);
}
/** `import a, b as c` and `from a.b import c`, also inside a notebook's JSON string (`"import torch\n",`). */
const IMPORT = /^[ \t]*(?:"[ \t]*)?(import|from)[ \t]+([A-Za-z_][\w.]*(?:[ \t]+as[ \t]+\w+)?(?:[ \t]*,[ \t]*[A-Za-z_][\w.]*(?:[ \t]+as[ \t]+\w+)?)*)/gm;
/** Per category: a file with a hundred `optimizer.step(` calls says no more than one with twenty. */
const MAX_SIGNALS_PER_CATEGORY = 20;
/**
 * The rest of the identifier a match starts inside: patterns begin at a literal (`Tokenizer.from_pretrained(`)
 * rather than `\w*`, which would be tried at every word of every file, and the evidence still names
 * the whole call (`AutoTokenizer.from_pretrained(`).
 */
function identifierBefore(text, index) {
    let start = index;
    while (start > 0 && /\w/.test(text[start - 1]))
        start--;
    return text.slice(start, index);
}
function lineStartOf(text, index) {
    return text.lastIndexOf('\n', index - 1) + 1;
}
/** A `#` comment, or a notebook source line whose string starts with `#`; `def` lines declare rather than call. */
function isCommentOrDefinition(text, index) {
    const start = lineStartOf(text, index);
    const head = text.slice(start, index).replace(/^[ \t]*(?:"[ \t]*)?/, '');
    return head.startsWith('#') || /^(?:async[ \t]+)?def[ \t]/.test(head);
}
function importedModules(kind, names) {
    if (kind === 'from')
        return [names.split(/\s+/)[0]];
    return names.split(',').map((part) => part.trim().split(/\s+/)[0]);
}
/**
 * ML imports and practice signals of one Python file or notebook, in two regex passes over its text.
 * Commented-out lines do not count: `# torch.manual_seed(0)` seeds nothing.
 */
function pythonSourceFacts(path, text) {
    const imports = [];
    const signals = [];
    const seenImports = new Set();
    const importedRoots = new Set();
    const perCategory = new Map();
    const room = (category) => {
        const count = perCategory.get(category) ?? 0;
        perCategory.set(category, count + 1);
        return count < MAX_SIGNALS_PER_CATEGORY;
    };
    // A notebook's code is in JSON strings; a .py file's strings and comments are not code.
    const notCode = path.endsWith('.ipynb') ? [] : pythonNonCode(text);
    let lines = new line_breaks/* LineIndex */.rr(text);
    for (const match of text.matchAll(IMPORT)) {
        if (insideRanges(notCode, match.index))
            continue;
        for (const module of importedModules(match[1], match[2])) {
            importedRoots.add(module.split('.')[0]);
            const root = module.split('.')[0];
            const family = ML_MODULES[root];
            const line = lines.lineAt(match.index);
            if (family && !seenImports.has(root)) {
                seenImports.add(root);
                imports.push({ path, line, module: root, family });
            }
            const signal = IMPORT_SIGNALS.find((candidate) => module === candidate.prefix || module.startsWith(`${candidate.prefix}.`));
            if (signal && room(signal.category))
                signals.push({ path, line, category: signal.category, label: `import ${module}` });
        }
    }
    const mlCode = ML_CODE_ROOTS.some((root) => importedRoots.has(root));
    const passes = [CHECK_PASS, ...(mlCode ? [isTestPath(path) ? TEST_SKIP_PASS : CAPABILITY_PASS] : [])];
    for (const pass of passes) {
        lines = new line_breaks/* LineIndex */.rr(text);
        pass.regex.lastIndex = 0;
        for (let match = pass.regex.exec(text); match !== null; match = pass.regex.exec(text)) {
            const group = match.findIndex((value, index) => index > 0 && value !== undefined);
            const signal = pass.signals[group - 1];
            if (isCommentOrDefinition(text, match.index) || (signal.inStrings !== true && insideRanges(notCode, match.index)))
                continue;
            if (signal.bindsTo !== undefined && !signal.bindsTo.some((module) => importedRoots.has(module)))
                continue;
            if (!room(signal.category))
                continue;
            const line = lines.lineAt(match.index);
            signals.push({ path, line, category: signal.category, label: signal.label ?? (signal.labelFromLine === true ? clip(text.slice(lineStartOf(text, match.index), match.index + match[0].length).trim(), 60) : labelOf(text, match)), ...(signal.seedKind ? { seedKind: signal.seedKind } : {}) });
            // `>>> 0` turns the -1 of a last line without a newline into the end of the text.
            const rest = text.slice(match.index, text.indexOf('\n', match.index) >>> 0);
            for (const extra of LINE_SIGNALS) {
                if (extra.after === signal.category && extra.test.test(rest) && room(extra.category))
                    signals.push({ path, line, category: extra.category, label: extra.label });
            }
        }
    }
    return { imports, signals };
}

;// CONCATENATED MODULE: ./src/scanners/checklist/facts/observability-deps.ts
/** Libraries and services that export logs, metrics, traces or errors, by the name a manifest declares. */
const OBSERVABILITY = /["'\s](?:@?opentelemetry[\w/-]*|prometheus[\w-]*|prom-client|@sentry\/[\w-]+|sentry[-_]sdk|sentry|datadog|dd-trace|newrelic|statsd|tracing|tracing-subscriber|structlog|loguru|winston|pino|go\.uber\.org\/zap|github\.com\/sirupsen\/logrus|github\.com\/prometheus\/client_golang|go\.opentelemetry\.io\/otel)["'\s=@<>~^]/;
/** The first logging, metrics, tracing or error-reporting dependency a manifest declares, with its line. */
function observabilityDependency(text) {
    // A requirements file names its first dependency at the very start, with nothing before it.
    const match = OBSERVABILITY.exec(`\n${text}\n`);
    return match === null ? undefined : { index: match.index, name: match[0].slice(1, -1) };
}

;// CONCATENATED MODULE: ./src/scanners/checklist/facts/readme.ts

const INSTALL_HEADING = /\b(?:install(?:ation|ing)?|setup|set(?:ting)? up|getting started|quick ?start|requirements|prerequisites|dependencies|build(?:ing)?(?: from source)?|environment)\b/i;
const USAGE_HEADING = /\b(?:usage|use|using|how to|examples?|quick ?start|getting started|tutorials?|demo|run(?:ning)?|train(?:ing)?|evaluat(?:e|ion)|inference|predict(?:ion)?s?|reproduc(?:e|ing|tion)|commands?|cli|api|configuration)\b/i;
/** An install command shown in the README counts as install instructions even without a heading. */
const INSTALL_COMMAND = /^\s*(?:\$\s*)?(?:pip3?|uv pip|uv|poetry|conda|mamba|npm|pnpm|yarn|cargo|go|brew|apt(?:-get)?|gem|docker)\s+(?:install|add|sync|env create|create|get|pull|build)\b/;
/** `pip install peft`, `npm i -D redux`, `cargo add tokio`, `go get github.com/spf13/cobra@latest`: the command, then its arguments. */
const INSTALL_BY_NAME = /^\s*(?:\$\s*)?(?:(?:python3? -m )?pip3?|uv pip|uv|poetry|pdm|conda|mamba|npm|pnpm|yarn|bun|cargo|go)\s+(?:install|i|add|get)\s+(.+)$/;
/** Flags whose value is the next argument: `conda install -c conda-forge x`, `pip install -i URL x`. */
const FLAG_WITH_VALUE = new Set(['-c', '--channel', '-i', '--index-url', '--extra-index-url', '-f', '--find-links', '-t', '--target', '--features', '-F']);
/** Flags that install the checkout or a file list, not a package by name. */
const FROM_CHECKOUT = new Set(['-r', '--requirement', '-e', '--editable', '--path']);
const MAX_INSTALL_NAMES = 20;
function installedName(line) {
    const args = INSTALL_BY_NAME.exec(line)?.[1]?.split(/\s+/);
    if (args === undefined)
        return undefined;
    for (let index = 0; index < args.length; index++) {
        const arg = args[index];
        if (FROM_CHECKOUT.has(arg))
            return undefined;
        if (FLAG_WITH_VALUE.has(arg))
            index++;
        else if (!arg.startsWith('-')) {
            const name = arg.replace(/^["']|["']$/g, '').replace(/\[.*$/, '').replace(/[<>=~!].*$/, '').replace(/(.)@[^/]*$/, '$1');
            return /^[@\w][\w@./-]*$/.test(name) && !/^\.|\.(?:txt|whl|tar\.gz|zip)$/.test(name) ? name.toLowerCase() : undefined;
        }
    }
    return undefined;
}
/** A Cargo.toml snippet in the README is how a Rust crate is installed: `[dependencies]` then `tokio = "1"`. */
const CARGO_DEPENDENCIES = /^\s*\[(?:dev-)?dependencies\]\s*$/;
/** A workflow step in the README is how an Action is installed: `- uses: dorny/paths-filter@v3`. */
const ACTION_STEP = /^\s*(?:-\s+)?uses:\s*[\w.-]+\/[\w./-]+@\S+/;
const ATX_HEADING = /^ {0,3}(#{1,6})\s+(.+?)\s*#*\s*$/;
const SETEXT_UNDERLINE = /^ {0,3}(?:=+|-+)\s*$/;
const RST_UNDERLINE = /^([=\-~^"'`#*+])\1{2,}\s*$/;
const HTML_HEADING = /<h[1-6][^>]*>(.*?)<\/h[1-6]>/i;
/**
 * Headings of a README (Markdown ATX, setext and HTML, reStructuredText underlines) and whether any
 * of them introduces installation and usage. Plain text keeps the word count only.
 */
function readmeFacts(path, text) {
    let words = 0;
    let install;
    let usage;
    let previous;
    let inFence = false;
    const installsByName = [];
    let headings = 0;
    // The first heading, when it is a top-level one, is the project's name ("GitHub Training Kit"), not a section.
    const consider = (heading, lineNumber, topLevel) => {
        const clean = clip(heading.replace(/<[^>]*>/g, '').replace(/[*_`[\]]/g, ''), 80);
        if (clean === '')
            return;
        headings++;
        if (headings === 1 && topLevel)
            return;
        if (!install && INSTALL_HEADING.test(clean))
            install = { line: lineNumber, text: clean };
        if (!usage && USAGE_HEADING.test(clean))
            usage = { line: lineNumber, text: clean };
    };
    forEachLine(text, (line, number) => {
        words += line.split(/\s+/).filter((word) => /\w/.test(word)).length;
        if (/^ {0,3}(?:```|~~~)/.test(line))
            inFence = !inFence;
        const installed = installsByName.length < MAX_INSTALL_NAMES ? installedName(line) : undefined;
        if (installed !== undefined && !installsByName.includes(installed))
            installsByName.push(installed);
        if (inFence) {
            if (!install && (INSTALL_COMMAND.test(line) || CARGO_DEPENDENCIES.test(line) || ACTION_STEP.test(line)))
                install = { line: number, text: clip(line, 80) };
            previous = undefined;
            return;
        }
        if (!install && INSTALL_COMMAND.test(line))
            install = { line: number, text: clip(line, 80) };
        const atx = ATX_HEADING.exec(line);
        const html = atx ? undefined : HTML_HEADING.exec(line);
        if (atx)
            consider(atx[2], number, atx[1].length === 1);
        else if (html)
            consider(html[1], number, /^<h1/i.test(html[0]));
        else if (previous && previous.line.trim() !== '' && (SETEXT_UNDERLINE.test(line) || RST_UNDERLINE.test(line)))
            consider(previous.line, previous.number, line.trim().startsWith('='));
        previous = { line, number };
    });
    return { path, words, ...(install ? { install } : {}), ...(usage ? { usage } : {}), installsByName };
}

// EXTERNAL MODULE: ./src/report/secret-shapes.ts
var secret_shapes = __webpack_require__(9447);
;// CONCATENATED MODULE: ./src/scanners/checklist/facts/secret-patterns.ts


const COMBINED = (0,secret_shapes/* combinedSecretPattern */.C_)();
/** A line of key material: base64, 40 characters or more. */
const KEY_BODY = /^[ \t]*[A-Za-z0-9+/=]{40,}\s*$/;
/** Armor headers before the material: PGP's `Version:`, `Comment:`, `Hash:`, `Charset:`; PEM's `Proc-Type:`, `DEK-Info:`. */
const ARMOR_HEADER = /^[ \t]*[A-Za-z][\w-]{1,30}:[ \t]/;
const MAX_ARMOR_LINES = 8;
/** Documentation writes fake keys with these; real ones never contain them. */
const FAKE_MARKERS = /EXAMPLE|example|X{4}|x{4}|0000000000|1234567890|abcdefghij|ABCDEFGHIJ/;
function looksFake(token, prefixLength) {
    const body = token.slice(prefixLength);
    if (FAKE_MARKERS.test(body))
        return true;
    // A provider-issued token is random; few distinct characters means a placeholder such as ghp_aaaa….
    return new Set(body).size < 8;
}
/** Key material follows the header, after any armor headers and the blank line that ends them. */
function keyBodyFollows(text, end) {
    let lineStart = text.indexOf('\n', end) + 1;
    for (let seen = 0; lineStart > 0 && lineStart < text.length && seen <= MAX_ARMOR_LINES; seen++) {
        const lineEnd = text.indexOf('\n', lineStart);
        const line = text.slice(lineStart, lineEnd === -1 ? text.length : lineEnd).replace(/\r$/, '');
        if (KEY_BODY.test(line))
            return true;
        if (!ARMOR_HEADER.test(line) && line.trim() !== '')
            return false;
        if (lineEnd === -1)
            return false;
        lineStart = lineEnd + 1;
    }
    return false;
}
function redact(token, shape) {
    return shape.prefixLength === 0 ? '[redacted]' : `${token.slice(0, shape.prefixLength)}… (${token.length} characters, redacted)`;
}
/**
 * Every secret of a known shape in `text`, in one pass of one regex. A private key header counts only
 * when key material follows it, so documentation that names the header is not flagged.
 */
function findSecrets(text) {
    const found = [];
    const lines = new line_breaks/* LineIndex */.rr(text);
    COMBINED.lastIndex = 0;
    for (let match = COMBINED.exec(text); match !== null; match = COMBINED.exec(text)) {
        const shape = (0,secret_shapes/* matchedShape */.gp)(match);
        const token = match[0];
        const isKey = shape.prefixLength === 0;
        if (isKey ? !keyBodyFollows(text, match.index + token.length) : looksFake(token, shape.prefixLength))
            continue;
        found.push({ line: lines.lineAt(match.index), kind: shape.kind, redacted: redact(token, shape) });
    }
    return found;
}

;// CONCATENATED MODULE: ./src/scanners/checklist/facts/setup-script.ts


const PYTHON_REQUIRES = /python_requires\s*=\s*["']([^"']+)["']/;
const SETUP_NAME = /\bname\s*=\s*["']([\w.-]+)["']/;
const INSTALL_REQUIRES = /\binstall_requires\s*=\s*\[([^\]]*)\]/;
const STRING = /"([^"\n]*)"|'([^'\n]*)'/g;
/** What a `setup.py` says of itself, read as text: setup.py is code, and code from the repository never runs. */
function setupScriptFacts(path, text) {
    const locator = new line_breaks/* LineIndex */.rr(text);
    const name = SETUP_NAME.exec(text)?.[1];
    const pythonRequires = PYTHON_REQUIRES.exec(text);
    const list = INSTALL_REQUIRES.exec(text);
    const requirements = [];
    if (list !== null) {
        const start = list.index + list[0].indexOf('[') + 1;
        for (const item of list[1].matchAll(STRING)) {
            const requirement = parsePep508(item[1] ?? item[2] ?? '', locator.lineAt(start + (item.index ?? 0)));
            if (requirement)
                requirements.push(requirement);
        }
    }
    return {
        path,
        ...(name === undefined ? {} : { name }),
        ...(pythonRequires ? { pythonRequires: { line: locator.lineAt(pythonRequires.index), value: pythonRequires[1] } } : {}),
        requirements,
    };
}

;// CONCATENATED MODULE: ./src/scanners/checklist/facts/workflow.ts




/** Setup actions and the input that names the version they install. */
const SETUP_ACTIONS = [
    [/^actions\/setup-node@/, 'node', 'node-version'],
    [/^actions\/setup-python@/, 'python', 'python-version'],
    [/^actions\/setup-go@/, 'go', 'go-version'],
    [/^ruby\/setup-ruby@/, 'ruby', 'ruby-version'],
];
const MAX_COMMANDS = 400;
/** A job condition that is always false. */
const NEVER = /^\s*(?:\$\{\{\s*(?:false|0)\s*\}\}|false|0)\s*$/;
const EXPRESSION = /\$\{\{([^}]*)\}\}/g;
/** Event fields a pull request or issue author controls (GitHub Security Lab's list of untrusted input). */
const UNTRUSTED = /\bgithub\.(?:head_ref\b|event\.(?:issue\.(?:title|body)|pull_request\.(?:title|body|head\.(?:ref|label|repo\.default_branch))|comment\.body|review\.body|review_comment\.body|discussion\.(?:title|body)|discussion_comment\.body|pages(?:\[[^\]]*\]|\.\*)?\.page_name|(?:commits(?:\[[^\]]*\]|\.\*)?|head_commit)\.(?:message|author\.(?:email|name))|workflow_run\.(?:head_branch|display_title|head_commit\.(?:message|author\.(?:email|name)))))/;
/**
 * Runner labels and groups of machines with an accelerator: `gpu`, NVIDIA card names, and the AWS
 * GPU instance families that runner groups are named after (peft's `aws-g6-4xlarge-plus`).
 */
const GPU_RUNNER = /gpu|cuda|nvidia|\b(?:a10g?|a100|h100|h200|l4|l40s?|t4|v100)\b|\b(?:g[4-6][a-z]*|p[3-5][a-z]*)[-.]\d*x?large/i;
/** A job that hands its container the GPUs or picks one. */
const GPU_JOB = /--gpus\b|\bCUDA_VISIBLE_DEVICES\s*:|\bnvidia-smi\b/;
function gpuHint(runsOn, jobText) {
    if (runsOn !== undefined && GPU_RUNNER.test(runsOn))
        return `runs on \`${runsOn}\``;
    return GPU_JOB.exec(jobText)?.[0];
}
/** `runs-on: [self-hosted, gpu]`, `runs-on: {labels: …}` or a plain label, as one line of labels. */
function runnerLabels(node) {
    if ((0,dist/* isSeq */.oP)(node))
        return node.items.map(scalarText).filter((label) => label !== undefined).join(' ');
    if ((0,dist/* isMap */.jh)(node))
        return runnerLabels(node.get('labels', true)) ?? scalarText(node.get('group', true));
    return scalarText(node);
}
function scalarText(node) {
    return (0,dist/* isScalar */.jn)(node) && (typeof node.value === 'string' || typeof node.value === 'number' || typeof node.value === 'boolean') ? String(node.value) : undefined;
}
function readPermissions(node, lines) {
    if (node === undefined || node === null)
        return undefined;
    const line = lineOf(node, lines);
    const text = scalarText(node);
    if (text === 'read-all' || text === 'write-all')
        return { line, kind: text, writes: [] };
    if ((0,dist/* isMap */.jh)(node)) {
        const writes = node.items.filter((pair) => scalarText(pair.value) === 'write').map((pair) => scalarText(pair.key) ?? '?');
        return { line, kind: 'scoped', writes };
    }
    return { line, kind: 'other', writes: [] };
}
/** Scans a script's source lines, so every line number is the one a reader sees in the file. */
function readScript(node, context, advisory = false) {
    if (!(0,dist/* isScalar */.jn)(node) || typeof node.value !== 'string' || !node.range)
        return;
    const source = context.text.slice(node.range[0], node.range[1]);
    const first = context.lines.linePos(node.range[0]).line;
    source.split(line_breaks/* LINE_BREAK */.Fb).forEach((raw, offset) => {
        const line = first + offset;
        const text = raw.trim();
        if (text === '' || /^[|>][-+0-9]*$/.test(text))
            return;
        for (const match of text.matchAll(EXPRESSION)) {
            if (UNTRUSTED.test(match[1]))
                context.injections.push({ line, text: clip(match[1].trim(), 100) });
        }
        if (context.commands.length < MAX_COMMANDS)
            context.commands.push({ line, text: clip(text, 200), ...(advisory ? { advisory } : {}) });
    });
}
function readStep(node, context) {
    if (!(0,dist/* isMap */.jh)(node))
        return undefined;
    const uses = scalarText(node.get('uses', true));
    const withMap = node.get('with', true);
    const checkoutRef = uses?.startsWith('actions/checkout') && (0,dist/* isMap */.jh)(withMap) ? scalarText(withMap.get('ref', true)) : undefined;
    const advisory = scalarText(node.get('continue-on-error', true)) === 'true';
    readScript(node.get('run', true), context, advisory);
    if (uses?.startsWith('actions/github-script') && (0,dist/* isMap */.jh)(withMap))
        readScript(withMap.get('script', true), context, advisory);
    const usesNode = node.get('uses', true);
    const runtimeVersion = uses === undefined || !(0,dist/* isMap */.jh)(withMap) ? undefined : setupVersion(uses, withMap, context.lines);
    return {
        line: lineOf(usesNode ?? node, context.lines),
        ...(uses !== undefined ? { uses } : {}),
        ...(checkoutRef !== undefined ? { checkoutRef } : {}),
        ...(runtimeVersion !== undefined ? { runtimeVersion } : {}),
    };
}
function setupVersion(uses, withMap, lines) {
    const setup = SETUP_ACTIONS.find(([pattern]) => pattern.test(uses));
    if (setup === undefined)
        return undefined;
    const [, runtime, input] = setup;
    const node = withMap.get(input, true);
    const value = scalarText(node);
    if (value === undefined || value.includes('${{'))
        return undefined;
    return { runtime, line: lineOf(node, lines), value: `${uses.split('@')[0]} ${input}: ${value}` };
}
function readTriggers(node, lines) {
    const text = scalarText(node);
    if (text !== undefined)
        return [{ line: lineOf(node, lines), text }];
    if ((0,dist/* isSeq */.oP)(node))
        return node.items.flatMap((item) => (scalarText(item) === undefined ? [] : [{ line: lineOf(item, lines), text: scalarText(item) }]));
    if ((0,dist/* isMap */.jh)(node))
        return node.items.flatMap((pair) => (scalarText(pair.key) === undefined ? [] : [{ line: lineOf(pair.key, lines), text: scalarText(pair.key) }]));
    return [];
}
/** The facts the ci checks need from one GitHub Actions workflow file. */
function workflowFacts(path, text) {
    const { contents, lines } = parseYamlDocument(path, text);
    const context = { text, lines, injections: [], commands: [] };
    if (!(0,dist/* isMap */.jh)(contents))
        return { path, triggers: [], jobs: [], injections: [], commands: [] };
    const jobs = [];
    const jobsNode = contents.get('jobs', true);
    if ((0,dist/* isMap */.jh)(jobsNode)) {
        for (const pair of jobsNode.items) {
            const id = scalarText(pair.key) ?? '?';
            const job = pair.value;
            if (!(0,dist/* isMap */.jh)(job))
                continue;
            const stepsNode = job.get('steps', true);
            const steps = (0,dist/* isSeq */.oP)(stepsNode) ? stepsNode.items.map((step) => readStep(step, context)).filter((step) => step !== undefined) : [];
            const permissions = readPermissions(job.get('permissions', true), lines);
            const uses = scalarText(job.get('uses', true));
            const disabled = NEVER.test(scalarText(job.get('if', true)) ?? '');
            const runsOn = runnerLabels(job.get('runs-on', true));
            const gpu = gpuHint(runsOn, job.range ? text.slice(job.range[0], job.range[1]) : '');
            jobs.push({ id, line: lineOf(pair.key, lines), ...(permissions ? { permissions } : {}), ...(uses !== undefined ? { uses } : {}), ...(disabled ? { disabled } : {}), ...(runsOn ? { runsOn } : {}), ...(gpu ? { gpu } : {}), steps });
        }
    }
    const permissions = readPermissions(contents.get('permissions', true), lines);
    return {
        path,
        triggers: readTriggers(contents.get('on', true), lines),
        ...(permissions ? { permissions } : {}),
        jobs,
        injections: context.injections,
        commands: context.commands,
    };
}

;// CONCATENATED MODULE: ./src/scanners/checklist/facts/fact-collector.ts























/** Skipped files that still belong to the repository: present, just not read (repo-map keeps the same set). */
const PRESENT_SKIP_REASONS = new Set(['binary', 'too-large', 'generated', 'unreadable']);
/** Per-kind caps keep the facts small on a repository full of findings; checks report the counts they see. */
const MAX_CONFLICTS = 200;
const MAX_SECRETS = 200;
const fact_collector_DOC_HOMES = new Set(['', '.github', 'docs']);
const README = /^readme(?:\.(?:md|markdown|mdown|rst|txt|adoc|asciidoc|org|rdoc))?$/i;
/** LICENSE, LICENSE.md, LICENSE-MIT, COPYING.LESSER …, but not a licence.py module. */
const LICENSE_FILE = /^(?:licen[cs]e|copying|unlicense)(?:[-._](?!(?:py|js|ts|json|ya?ml|toml|go|rs|java|html?)$)[\w.-]+)?$/i;
const REQUIREMENTS = /^requirements[\w.-]*\.(txt|in|lock)$/i;
const CONDA_ENVIRONMENT = /^(?:environment|conda)(?:[-_.][\w-]+)?\.ya?ml$/i;
const DOCKERFILE = /^(?:dockerfile|containerfile)(?:[-.][\w.-]+)?$|\.(?:dockerfile|containerfile)$/i;
/** `Dockerfile.gpu` is a Dockerfile; `dockerfile.ts` or `Dockerfile.j2` is code or a template about one. */
const NOT_DOCKERFILE_EXTENSION = /\.(?:[cm]?[jt]sx?|py|go|rs|java|rb|md|txt|json|ya?ml|sh|snap|j2|jinja2?|tpl|tmpl|erb|template|in|bak|orig|rej)$/i;
const WORKFLOW = /^\.github\/workflows\/[^/]+\.ya?ml$/;
const RUST_TEST = /^[ \t]*#\[(?:test|cfg\(test\)|tokio::test)\]/m;
const GO_MAIN_PACKAGE = /^package\s+main\b/m;
const ACTION_MANIFEST = /^action\.ya?ml$/;
const DEPENDABOT = /^\.github\/dependabot\.ya?ml$/;
/** A C or C++ `main`: the file builds a program. */
const C_MAIN = /^(?:int|void)\s+main\s*\(/m;
const C_LANGUAGES = new Set(['C', 'C++', 'Objective-C']);
const MAX_C_PROGRAMS = 50;
const GEMFILE_RUBY = /^\s*ruby\s+["']([^"']+)["']/m;
const TOOL_RUNTIMES = { python: 'python', nodejs: 'node', node: 'node', rust: 'rust', golang: 'go', go: 'go', ruby: 'ruby' };
const VERSION_FILES = {
    '.ruby-version': 'ruby',
    '.python-version': 'python', 'runtime.txt': 'python', '.nvmrc': 'node', '.node-version': 'node', 'rust-toolchain': 'rust', 'rust-toolchain.toml': 'rust',
};
const SCRIPT_LANGUAGES = new Set(['Shell', 'PowerShell', 'Batchfile']);
/** Task files that CI calls by name (`bundle exec rake`, `make check`). */
const TASK_FILES = /^(?:Rakefile|Makefile|GNUmakefile|justfile|Taskfile\.ya?ml|noxfile\.py|tox\.ini)$|\.mk$/;
const MAX_SITE_CHECKS = 50;
const PROSE_LANGUAGES = new Set(['Markdown', 'MDX', 'AsciiDoc', 'reStructuredText', 'Text']);
/** `STATUS.md`, `ROADMAP.md`, `PROGRESS.md`, `gaps-report.md`, `KNOWN_ISSUES.md`: documents that state where the project stands. */
const STATUS_DOCUMENT = /^(?:status|roadmap|progress|gaps?[-_]?report|known[-_]?issues|project[-_]?status)(?:\.(?:md|mdx|markdown|rst|adoc|txt))?$/i;
/** Manifests whose dependencies say how a program is observed. */
const MANIFESTS = /^(?:package\.json|pyproject\.toml|setup\.py|Cargo\.toml|go\.mod|Gemfile|Pipfile)$/;
/** CI systems other than GitHub Actions, read only for whether they give tests a GPU. */
const fact_collector_OTHER_CI = /^(?:\.lightning\/workflows\/.+|\.buildkite\/.+|\.circleci\/config|\.gitlab-ci|azure-pipelines|\.azure(?:-pipelines)?\/.+|\.jenkins\/.+)\.ya?ml$|^Jenkinsfile$/;
const GPU_MACHINE = /\b(?:gpus?|cuda|nvidia|a10g?|a100|h100|l4|t4|v100)(?:_x_?\d+)?\b/i;
const MAX_STATED_DATES = 2000;
const MAX_LINT_SCRIPTS = 200;
/** The first line of a script that runs a linter, outside comments. */
function lintLine(text) {
    const lines = text.split('\n');
    let installing = false;
    for (let index = 0; index < lines.length; index++) {
        const line = lines[index].trim();
        // `apt-get install -y \` goes on over the lines that list the packages.
        const continues = line.endsWith('\\');
        if (installing || INSTALL.test(line)) {
            installing = continues;
            continue;
        }
        if (line.startsWith('#'))
            continue;
        const match = LINT_COMMAND.exec(line);
        if (match !== null)
            return { line: index + 1, command: match[0] };
    }
    return undefined;
}
function emptyFacts() {
    return {
        readmes: [], licenses: [], codeowners: [], gitignores: [], rustTestFiles: [], lintScripts: [], statedDates: [], statusDocuments: [], gpuCi: [], observability: [], conflicts: [], secrets: [], lfsPatterns: [],
        lfsPointers: [], packageJsons: [], locks: [], pyprojects: [], requirementFiles: [], requirementInputs: [], pipfiles: [], condaEnvironments: [],
        cargoManifests: [], goModules: [], goMainPackages: [], cPrograms: [], siteChecks: [], dependabot: [], setupScripts: [], actionManifests: [], dockerfiles: [], workflows: [], runtimePins: [], mlImports: [], signals: [], problems: [],
    };
}
function firstLine(text) {
    return clip(text.split('\n').find((line) => line.trim() !== '' && !line.trim().startsWith('#')) ?? '', 60);
}
/**
 * Gathers the facts of every file the read pass hands over. Each file name goes to the extractors
 * that understand it; every text file is also searched for secrets and conflict markers. A file that
 * does not parse is recorded as a problem for the checks that need it, never thrown.
 */
class FactCollector {
    excluded;
    memo;
    facts = emptyFacts();
    constructor(excluded, memo) {
        this.excluded = excluded;
        this.memo = memo;
    }
    remember(kind, path, text, compute) {
        return this.memo === undefined ? compute() : this.memo.remember(kind, path, text, compute);
    }
    visit(file, text) {
        if (this.excluded(file.path))
            return;
        const { path } = file;
        const name = baseName(path);
        const dir = dirName(path);
        const facts = this.facts;
        try {
            this.visitManifests(path, name, dir, text);
        }
        catch (error) {
            if (!(error instanceof file_parse_error/* FileParseError */.S))
                throw error;
            facts.problems.push(error.toProblem());
        }
        if (fact_collector_DOC_HOMES.has(dir) && README.test(name))
            facts.readmes.push(readmeFacts(path, text));
        if (dir === '' && LICENSE_FILE.test(name)) {
            const match = identifyLicense(text);
            facts.licenses.push({ path, ...(match ? { match } : {}) });
        }
        if (fact_collector_DOC_HOMES.has(dir) && name === 'CODEOWNERS')
            facts.codeowners.push({ path, rules: text.split('\n').filter((line) => /^\s*[^#\s]/.test(line)).length });
        if (dir === '' && name === '.gitignore')
            facts.gitignores.push({ path, patterns: text.split('\n').filter((line) => /^\s*[^#\s]/.test(line)).length });
        if (name === '.gitattributes')
            facts.lfsPatterns.push(...lfsPatterns(path, text));
        if (text.startsWith(LFS_POINTER_HEADER))
            facts.lfsPointers.push(path);
        if (MANIFESTS.test(name) || REQUIREMENTS.test(name)) {
            const declared = observabilityDependency(text);
            if (declared !== undefined)
                facts.observability.push({ path, line: new line_breaks/* LineIndex */.rr(text).lineAt(declared.index), value: declared.name });
        }
        if (fact_collector_OTHER_CI.test(path)) {
            const gpu = GPU_MACHINE.exec(text);
            if (gpu !== null)
                facts.gpuCi.push({ path, line: new line_breaks/* LineIndex */.rr(text).lineAt(gpu.index), value: gpu[0] });
        }
        if (path.endsWith('.rs') && RUST_TEST.test(text))
            facts.rustTestFiles.push(path);
        if (C_LANGUAGES.has(file.language?.name ?? '') && facts.cPrograms.length < MAX_C_PROGRAMS && C_MAIN.test(text))
            facts.cPrograms.push(path);
        if (path.endsWith('.go') && !path.endsWith('_test.go') && GO_MAIN_PACKAGE.test(text) && !facts.goMainPackages.includes(dir))
            facts.goMainPackages.push(dir);
        if (PROSE_LANGUAGES.has(file.language?.name ?? '')) {
            if (fact_collector_DOC_HOMES.has(dir) && STATUS_DOCUMENT.test(name))
                facts.statusDocuments.push(path);
            const stated = facts.statedDates.length < MAX_STATED_DATES ? statedDate(path, text) : undefined;
            if (stated !== undefined)
                facts.statedDates.push(stated);
        }
        if ((SCRIPT_LANGUAGES.has(file.language?.name ?? '') || TASK_FILES.test(name)) && facts.siteChecks.length < MAX_SITE_CHECKS) {
            const check = SITE_CHECKER.exec(text);
            if (check !== null)
                facts.siteChecks.push({ path, line: new line_breaks/* LineIndex */.rr(text).lineAt(check.index), value: check[0] });
        }
        if (SCRIPT_LANGUAGES.has(file.language?.name ?? '') && LINT_COMMAND.test(text) && facts.lintScripts.length < MAX_LINT_SCRIPTS) {
            const linted = lintLine(text);
            if (linted !== undefined)
                facts.lintScripts.push({ path, ...linted });
        }
        if (file.language?.name === 'Python' || file.language?.name === 'Jupyter Notebook') {
            const source = this.remember('checklist:python', path, text, () => pythonSourceFacts(path, text));
            facts.mlImports.push(...source.imports);
            facts.signals.push(...source.signals);
        }
        this.scanForLeaks(path, text, exampleSyntaxOf(file.language?.name));
    }
    visitManifests(path, name, dir, text) {
        const facts = this.facts;
        if (name === 'package.json')
            facts.packageJsons.push(packageJsonFacts(path, text));
        else if (name === 'pyproject.toml')
            facts.pyprojects.push(pyprojectFacts(path, text));
        else if (REQUIREMENTS.test(name) || (baseName(dir) === 'requirements' && /\.(?:txt|in)$/.test(name))) {
            if (name.endsWith('.in'))
                facts.requirementInputs.push(path);
            else
                facts.requirementFiles.push(parseRequirementsFile(path, text));
        }
        else if (name === 'Pipfile') {
            const pipfile = parseToml(path, text);
            const requires = pipfile.requires;
            const packages = ['packages', 'dev-packages'].flatMap((section) => {
                const table = pipfile[section];
                return typeof table === 'object' && table !== null ? Object.keys(table) : [];
            });
            const version = requires?.python_version ?? requires?.python_full_version;
            const at = text.indexOf('python_');
            facts.pipfiles.push({ path, packages, ...(typeof version === 'string' ? { pythonVersion: { path, line: at === -1 ? 1 : new line_breaks/* LineIndex */.rr(text).lineAt(at), value: version } } : {}) });
        }
        else if (CONDA_ENVIRONMENT.test(name))
            facts.condaEnvironments.push(condaEnvironmentFacts(path, text));
        else if (lock_contents_LOCK_NAMES.has(name)) {
            const lock = lockFacts(path, name, text);
            if (lock)
                facts.locks.push(lock);
        }
        else if (name === 'Cargo.toml')
            facts.cargoManifests.push(cargoFacts(path, text));
        else if (name === 'go.mod')
            facts.goModules.push(goModuleFacts(path, text));
        else if (DOCKERFILE.test(name) && !NOT_DOCKERFILE_EXTENSION.test(name))
            facts.dockerfiles.push(dockerfileFacts(path, text));
        else if (WORKFLOW.test(path))
            facts.workflows.push(workflowFacts(path, text));
        else if (DEPENDABOT.test(path))
            facts.dependabot.push(dependabotFacts(path, text));
        else if (dir === '' && ACTION_MANIFEST.test(name)) {
            const action = actionManifestFacts(path, text);
            if (action)
                facts.actionManifests.push(action);
        }
        else if (dir === '' && name === '.tool-versions') {
            text.split(line_breaks/* LINE_BREAK */.Fb).forEach((line, index) => {
                const [tool, version] = line.trim().split(/\s+/);
                const runtime = tool === undefined ? undefined : TOOL_RUNTIMES[tool];
                if (runtime && version)
                    facts.runtimePins.push({ path, line: index + 1, value: `${tool} ${version}`, runtime });
            });
        }
        else if (dir === '' && VERSION_FILES[name] !== undefined) {
            facts.runtimePins.push({ path, line: 1, value: firstLine(text) || '(empty)', runtime: VERSION_FILES[name] });
        }
        else if (name === 'Gemfile') {
            const match = GEMFILE_RUBY.exec(text);
            if (match)
                facts.runtimePins.push({ path, line: new line_breaks/* LineIndex */.rr(text).lineAt(match.index), value: `ruby ${match[1]}`, runtime: 'ruby' });
        }
        else if (name === 'setup.py') {
            const script = setupScriptFacts(path, text);
            if (script.pythonRequires)
                facts.runtimePins.push({ path, line: script.pythonRequires.line, value: `python_requires ${script.pythonRequires.value}`, runtime: 'python' });
            facts.setupScripts.push(script);
        }
    }
    scanForLeaks(path, text, examples) {
        const facts = this.facts;
        // A test's expected output holds the conflict the test makes on purpose.
        const conflicts = isExpectedOutput(path) ? [] : this.remember(`checklist:conflicts:${examples}`, path, text, () => findConflictMarkers(text, examples));
        for (const line of conflicts) {
            if (facts.conflicts.length < MAX_CONFLICTS)
                facts.conflicts.push({ path, line });
        }
        for (const secret of this.remember('checklist:secrets', path, text, () => findSecrets(text))) {
            if (facts.secrets.length < MAX_SECRETS)
                facts.secrets.push({ path, ...secret });
        }
    }
    /** The facts, with the file list taken after the read pass (binaries are only known then). */
    finish(inventory) {
        const files = [];
        for (const file of inventory.files) {
            if (this.excluded(file.path))
                continue;
            files.push({ path: file.path, bytes: file.bytes, language: file.language?.name, kind: file.language?.kind, read: true });
        }
        for (const skipped of inventory.skipped) {
            if (!PRESENT_SKIP_REASONS.has(skipped.reason) || this.excluded(skipped.path))
                continue;
            files.push({ path: skipped.path, bytes: skipped.bytes, language: undefined, kind: undefined, read: false });
        }
        files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
        const reportFiles = new Set(inventory.skipped.filter((skipped) => skipped.reason === 'report-dir').map((skipped) => skipped.path));
        const allPaths = new Set([...inventory.allPaths].filter((path) => !reportFiles.has(path) && !this.excluded(path)));
        return { ...this.facts, files, paths: new Set(files.map((file) => file.path)), allPaths };
    }
}

;// CONCATENATED MODULE: ./src/scanners/checklist/checks/license.ts



/**
 * `LICENSE-logo.md`, `LICENSE-docs`, `LICENSE.fonts`: a licence for part of the tree (redux's logo is
 * CC0, its code MIT), not an alternative for the project. `LICENSE-MIT` and `LICENSE-APACHE` are.
 */
const PART_LICENSE = /^(?:licen[cs]e|copying)[-._](?:logo|logos|docs?|documentation|fonts?|assets?|images?|icons?|artwork|media|data|content|third[-_]?party)\b/i;
const licenseCheck = {
    id: 'license',
    title: 'Licence file with a recognised licence',
    pack: 'general',
    weight: 3,
    mlTestScore: [],
    remediation: 'Add a LICENSE file at the root with the full text of an OSI-approved licence (choosealicense.com), or an SPDX-License-Identifier line.',
    applies: always,
    notApplicable: '',
    evaluate({ facts }) {
        const recognised = facts.licenses.filter((license) => license.match !== undefined);
        if (recognised.length > 0) {
            const forProject = recognised.filter((license) => !PART_LICENSE.test(license.path));
            const spdx = [...new Set((forProject.length > 0 ? forProject : recognised).map((license) => license.match?.spdx))].join(' OR ');
            return {
                status: 'pass',
                summary: `Licensed under ${spdx}.`,
                evidence: recognised.map((license) => evidence(license.path, license.match?.line, `SPDX ${license.match?.spdx}${forProject.length > 0 && PART_LICENSE.test(license.path) ? ' (for part of the tree)' : ''}`)),
                details: { spdx },
            };
        }
        const present = facts.licenses.length > 0 ? facts.licenses.map((license) => license.path) : filesNamed(facts, LICENSE_FILE, ['']);
        if (present.length > 0) {
            return {
                status: 'warn',
                summary: `${present.join(', ')} does not match a licence text this check knows.`,
                evidence: present.map((path) => evidence(path, undefined, 'licence not recognised')),
                remediation: 'Use the unmodified text of a standard licence, or add an `SPDX-License-Identifier: <id>` line so tools can tell which licence applies.',
            };
        }
        return { status: 'fail', summary: 'No LICENSE, LICENCE or COPYING file at the root: without one, nobody may legally reuse the code.' };
    },
};

;// CONCATENATED MODULE: ./src/scanners/checklist/checks/lint-gates.ts





const HOOK_CONFIGS = /^(?:\.pre-commit-config\.ya?ml|\.?lefthook\.(?:ya?ml|toml|json)|\.husky\/(?!_\/)[^/]+)$/;
const LINT_ACTIONS = /^(?:pre-commit\/action|golangci\/golangci-lint-action|astral-sh\/ruff-action|chartboost\/ruff-action|psf\/black|(?:github|super-linter)\/super-linter|reviewdog\/|wearerequired\/lint-action|davidanson\/markdownlint|rhysd\/actionlint|hadolint\/hadolint-action|ludeeus\/action-shellcheck)/i;
const TASK_RUNNER = /\b(?:make|just|task|tox\s+-e|nox\s+-s|hatch\s+run|poe)\s+([\w:.-]*(?:lint|format|fmt|style|check|typecheck)[\w:.-]*)/;
const ECHO = /^(?:echo|printf)\b/;
const SCRIPT_CALL = /\b(?:npm|pnpm|yarn|bun)\s+(?:run(?:-script)?\s+)?([\w:.-]+)/g;
/** npm-run-all's `run-p check:*` / `run-s lint:*` / `npm-run-all -p a b`: the scripts it runs, by name or wildcard. */
const RUN_ALL = /\b(?:run-p|run-s|npm-run-all(?:\s+-[ps])?)\s+([^&|;]+)/g;
function scriptsRunBy(scripts, body) {
    const names = [...body.matchAll(SCRIPT_CALL)].map((call) => call[1]);
    for (const call of body.matchAll(RUN_ALL)) {
        for (const pattern of call[1].trim().split(/\s+/)) {
            if (pattern.startsWith('-'))
                continue;
            const prefix = pattern.endsWith('*') ? pattern.slice(0, -1) : undefined;
            names.push(...(prefix === undefined ? [pattern] : Object.keys(scripts).filter((name) => name.startsWith(prefix))));
        }
    }
    return names;
}
/** Whether an npm script runs a linter, following `npm run other` and npm-run-all a few levels deep. */
function scriptLints(scripts, name, depth = 0) {
    const body = scripts[name];
    if (body === undefined || depth > 3)
        return false;
    if (LINT_COMMAND.test(body))
        return true;
    return scriptsRunBy(scripts, body).some((called) => scriptLints(scripts, called, depth + 1));
}
/** A repository script a command runs: `ci/run-rust-checks.sh`, `./scripts/lint.sh`, `bash tools/check.sh arg`. */
const SCRIPT_PATH = /(?:^|[\s;&|(])(?:(?:ba|z)?sh\s+|pwsh\s+(?:-File\s+)?)?\.?\/?((?:[\w.-]+\/)*[\w.-]+\.(?:sh|bash|ps1|cmd|bat))\b/g;
/** What a CI command runs that lints: the linter itself, a lint target, an npm script or a repository script that runs one. */
function lintRunBy(text, packageScripts, lintScripts) {
    // `echo "::error::Run 'npm run all' and commit"` prints a command; it does not run it.
    if (INSTALL.test(text) || ECHO.test(text))
        return undefined;
    const direct = LINT_COMMAND.exec(text) ?? TASK_RUNNER.exec(text);
    if (direct)
        return `CI runs ${direct[0]}`;
    for (const call of text.matchAll(SCRIPT_CALL)) {
        const name = call[1] === 't' ? 'test' : call[1];
        if (scriptLints(packageScripts, name))
            return `CI runs ${call[0]}, which lints`;
    }
    for (const call of text.matchAll(SCRIPT_PATH)) {
        const linter = lintScripts.get(call[1]);
        if (linter !== undefined)
            return `CI runs ${call[1]}, which runs ${linter}`;
    }
    return undefined;
}
function ciGates(facts) {
    const packageScripts = facts.packageJsons.find((manifest) => manifest.path === 'package.json')?.scripts ?? {};
    const lintScripts = new Map(facts.lintScripts.map((script) => [script.path, script.command]));
    const gates = [];
    const advisory = [];
    for (const workflow of facts.workflows) {
        for (const command of workflow.commands) {
            const runs = lintRunBy(command.text, packageScripts, lintScripts);
            if (runs === undefined)
                continue;
            if (command.advisory === true)
                advisory.push(evidence(workflow.path, command.line, `${runs} (continue-on-error: does not fail the build)`));
            else
                gates.push(evidence(workflow.path, command.line, runs));
        }
    }
    for (const ref of actionReferences(facts))
        if (LINT_ACTIONS.test(ref.uses))
            gates.push(evidence(ref.path, ref.line, `CI uses ${ref.uses.split('@')[0]}`));
    return { gates, advisory };
}
const lintGatesCheck = {
    id: 'lint-gates',
    title: 'Lint gates',
    pack: 'ci',
    weight: 1,
    mlTestScore: ['Model 1'],
    remediation: 'Gate changes on linters: a .pre-commit-config.yaml (run in CI with pre-commit/action or pre-commit.ci), or a CI step that runs ruff/eslint/golangci-lint and fails the build.',
    applies: ({ facts }) => hasCode(facts),
    notApplicable: 'No source code to lint.',
    evaluate({ facts }) {
        const hooks = [...facts.paths].filter((path) => HOOK_CONFIGS.test(path)).sort().map((path) => evidence(path, undefined, path.startsWith('.husky') ? 'husky git hook' : 'commit hooks'));
        const ci = ciGates(facts);
        const gates = [...hooks, ...ci.gates];
        if (gates.length > 0)
            return { status: 'pass', summary: `Linters gate changes (${[...new Set(gates.map((item) => item.message))].slice(0, 3).join('; ')}).`, evidence: [...gates, ...ci.advisory] };
        if (ci.advisory.length > 0) {
            return { status: 'warn', summary: 'Linters run in CI, but only in steps with continue-on-error: a failure never fails the build.', evidence: ci.advisory };
        }
        const configs = [
            ...[...facts.paths].filter((path) => LINTER_CONFIGS.test(baseName(path)) && !path.includes('/')).sort().map((path) => evidence(path, undefined, 'linter configuration')),
            ...facts.pyprojects.filter((project) => project.linters.length > 0).map((project) => evidence(project.path, undefined, `configures ${project.linters.join(', ')}`)),
        ];
        if (configs.length > 0) {
            return { status: 'warn', summary: 'Linters are configured but nothing runs them on every change (no pre-commit config, no CI lint step).', evidence: configs };
        }
        return { status: 'fail', summary: 'No pre-commit hooks, no CI lint step and no linter configuration.' };
    },
};

;// CONCATENATED MODULE: ./src/scanners/checklist/checks/lockfile.ts






/** Failures first in the evidence: they are what the reader has to act on. */
const lockfile_RANK = { fail: 0, warn: 1, unknown: 2, pass: 3 };
const TOOL_LOCKS = { poetry: 'poetry.lock', uv: 'uv.lock', pdm: 'pdm.lock' };
const MANIFEST_FILES = /(?:^|\/)(?:package\.json|pyproject\.toml|Pipfile|Cargo\.toml|Gemfile|(?:environment|conda)[^/]*\.ya?ml)$/;
function nodeTargets(facts) {
    return facts.packageJsons.filter((manifest) => manifest.hasDependencies && !isInSampleDir(manifest.path)).map((manifest) => {
        const lock = nearestFile(facts, manifest.path, NODE_LOCKS);
        return lock
            ? { manifest: manifest.path, status: 'pass', message: `locked by ${lock}` }
            : { manifest: manifest.path, status: 'fail', message: 'declares dependencies but no package-lock.json, yarn.lock, pnpm-lock.yaml or bun.lock' };
    });
}
function pythonTargets(facts) {
    const targets = [];
    const anyPythonLock = (manifest) => nearestPythonLock(facts, manifest);
    for (const project of facts.pyprojects) {
        if (isInSampleDir(project.path) || project.requirements.length === 0)
            continue;
        const tool = project.tools[0];
        // `[tool.pdm]` may only configure the build backend while uv locks: any lock beside it counts.
        const locked = tool === undefined ? undefined : (nearestFile(facts, project.path, [TOOL_LOCKS[tool]]) ?? anyPythonLock(project.path));
        if (tool) {
            targets.push(locked ? { manifest: project.path, status: 'pass', message: `locked by ${locked}` } : { manifest: project.path, status: 'fail', message: `uses ${tool} but has no ${TOOL_LOCKS[tool]}` });
            continue;
        }
        const lock = anyPythonLock(project.path);
        targets.push(lock
            ? { manifest: project.path, status: 'pass', message: `locked by ${lock}` }
            : { manifest: project.path, status: 'warn', message: 'dependency ranges with no lock (fine for a library, not for a reproducible run)' });
    }
    // A setup.py whose install_requires is a literal list declares ranges as a pyproject.toml does.
    for (const script of facts.setupScripts) {
        if (isInSampleDir(script.path) || script.requirements.length === 0)
            continue;
        const lock = anyPythonLock(script.path);
        targets.push(lock
            ? { manifest: script.path, status: 'pass', message: `locked by ${lock}` }
            : { manifest: script.path, status: 'warn', message: 'install_requires ranges with no lock (fine for a library, not for a reproducible run)' });
    }
    for (const pipfile of facts.pipfiles) {
        if (isInSampleDir(pipfile.path))
            continue;
        const lock = joinPath(dirName(pipfile.path), 'Pipfile.lock');
        targets.push(facts.paths.has(lock) ? { manifest: pipfile.path, status: 'pass', message: `locked by ${lock}` } : { manifest: pipfile.path, status: 'fail', message: 'no Pipfile.lock' });
    }
    for (const input of facts.requirementInputs) {
        if (isInSampleDir(input))
            continue;
        const compiled = joinPath(dirName(input), baseName(input).replace(/\.in$/, '.txt'));
        targets.push(facts.paths.has(compiled) ? { manifest: input, status: 'pass', message: `compiled to ${compiled}` } : { manifest: input, status: 'fail', message: `pip-tools input never compiled (no ${compiled})` });
    }
    for (const file of facts.requirementFiles) {
        if (isInSampleDir(file.path) || file.requirements.length === 0)
            continue;
        if (facts.requirementInputs.includes(file.path.replace(/\.txt$/, '.in')))
            continue;
        const lock = file.compiled ? file.path : anyPythonLock(file.path);
        if (lock)
            targets.push({ manifest: file.path, status: 'pass', message: lock === file.path ? 'compiled with hashes or by pip-compile/uv: a lock' : `locked by ${lock}` });
        else if (file.requirements.every((requirement) => requirement.pinned))
            targets.push({ manifest: file.path, status: 'warn', message: 'pins every direct dependency, but transitive ones float (not a lock)', environment: true });
        else
            targets.push({ manifest: file.path, status: 'fail', message: 'unpinned requirements and no lock (pip-compile, uv, poetry)', environment: true });
    }
    for (const environment of facts.condaEnvironments) {
        if (isInSampleDir(environment.path) || environment.requirements.length === 0)
            continue;
        const lock = nearestCondaLock(facts, environment.path);
        if (lock)
            targets.push({ manifest: environment.path, status: 'pass', message: `locked by ${lock}` });
        else if (environment.requirements.every((requirement) => requirement.pinned))
            targets.push({ manifest: environment.path, status: 'warn', message: 'pins versions, but builds and transitive packages float (no conda-lock file)', environment: true });
        else
            targets.push({ manifest: environment.path, status: 'fail', message: 'unpinned packages and no conda-lock file', environment: true });
    }
    return targets;
}
function buildsBinary(facts, manifest) {
    return manifest.hasBinaries || facts.paths.has(joinPath(dirName(manifest.path), 'src/main.rs'));
}
/**
 * A crate or workspace that ships a program needs its Cargo.lock; a library may go without (Cargo
 * recommends committing it now, so it warns). A workspace ships a program when one of its crates
 * that is not a test, fuzz, bench or build helper builds a binary: tokio's workspace is libraries.
 */
function rustTargets(facts) {
    const shipped = facts.cargoManifests.filter((manifest) => !isInSampleDir(manifest.path) && !AUXILIARY_CRATE.test(manifest.path));
    // git's root Cargo.toml declares no dependencies (and ignores Cargo.lock): there is nothing to lock.
    return shipped.filter((manifest) => manifest.isWorkspace || manifest.hasDependencies).map((manifest) => {
        const lock = nearestFile(facts, manifest.path, ['Cargo.lock']);
        if (lock)
            return { manifest: manifest.path, status: 'pass', message: `locked by ${lock}` };
        const root = dirName(manifest.path);
        const members = manifest.isWorkspace ? shipped.filter((member) => member !== manifest && (root === '' || member.path.startsWith(`${root}/`))) : [];
        const isApplication = buildsBinary(facts, manifest) || members.some((member) => buildsBinary(facts, member));
        return isApplication
            ? { manifest: manifest.path, status: 'fail', message: 'builds a binary but Cargo.lock is not committed' }
            : { manifest: manifest.path, status: 'warn', message: `${manifest.isWorkspace ? 'workspace of libraries' : 'library'} without Cargo.lock (Cargo now recommends committing it)` };
    });
}
function goTargets(facts) {
    return facts.goModules.filter((module) => module.hasRequires && !isInSampleDir(module.path)).map((module) => {
        const sum = joinPath(dirName(module.path), 'go.sum');
        return facts.paths.has(sum) ? { manifest: module.path, status: 'pass', message: `checksums in ${sum}` } : { manifest: module.path, status: 'fail', message: 'requires modules but go.sum is missing' };
    });
}
/**
 * A library's requirements files and conda environments set up its development, docs or experiment
 * environments (the requirements files of peft's `method_comparison/` experiments), not what its users install: without
 * a lock they float, which is worth a warning, not a failure.
 */
function asLibrary(target) {
    return target.environment && target.status === 'fail' ? { ...target, status: 'warn', message: `${target.message}; in a library, whose users resolve their own versions` } : target;
}
function rubyTargets(facts) {
    return [...facts.paths].filter((path) => baseName(path) === 'Gemfile' && !isInSampleDir(path)).map((gemfile) => {
        const lock = `${gemfile}.lock`;
        return facts.paths.has(lock) ? { manifest: gemfile, status: 'pass', message: `locked by ${lock}` } : { manifest: gemfile, status: 'fail', message: 'no Gemfile.lock', environment: true };
    });
}
function lockTargets(facts, kind) {
    const targets = [...nodeTargets(facts), ...pythonTargets(facts), ...rustTargets(facts), ...goTargets(facts), ...rubyTargets(facts)];
    return isLibraryOnly(kind) ? targets.map(asLibrary) : targets;
}
const lockfileCheck = {
    id: 'lockfile',
    title: 'Lockfile for each package manager',
    pack: 'reproducibility',
    weight: 3,
    mlTestScore: ['Infra 1'],
    remediation: 'Commit the lockfile of each package manager: package-lock.json (npm ci), uv.lock / poetry.lock / pip-compile output, conda-lock.yml, Cargo.lock, go.sum, Gemfile.lock.',
    applies: ({ facts, kind }) => lockTargets(facts, kind).length > 0 || problemsIn(facts, MANIFEST_FILES).length > 0,
    notApplicable: 'No package.json, pyproject.toml, requirements file, Pipfile, environment.yml, Cargo.toml, go.mod or Gemfile of the project declares dependencies (examples, fixtures and benchmarks are not the project; a setup.py counts when its install_requires is a literal list, since it is code and is never run).',
    evaluate({ facts, kind }) {
        const targets = lockTargets(facts, kind);
        const status = worst(targets.map((target) => target.status));
        const ordered = [...targets].sort((a, b) => lockfile_RANK[a.status] - lockfile_RANK[b.status]);
        const found = ordered.map((target) => evidence(target.manifest, undefined, target.message));
        const unlocked = ordered.filter((target) => target.status !== 'pass');
        const verdict = status === 'pass'
            ? { status, summary: `${plural(targets.length, 'manifest')} locked.`, evidence: found }
            : { status, summary: `${plural(unlocked.length, 'manifest')} of ${targets.length} without a lock: ${listPaths(unlocked.map((target) => target.manifest), 5)}.`, evidence: found };
        return withProblems(verdict, problemsIn(facts, MANIFEST_FILES));
    },
};

;// CONCATENATED MODULE: ./src/scanners/checklist/checks/semver-range.ts
const VERSION = /^v?(\d+)\.(\d+)\.(\d+)(?:\+[\w.-]+)?$/;
const PARTIAL = /^v?(\d+|[xX*])(?:\.(\d+|[xX*]))?(?:\.(\d+|[xX*]))?$/;
function compare(a, b) {
    return a[0] - b[0] || a[1] - b[1] || a[2] - b[2];
}
/** A partial version: the numbers given, undefined from the first wildcard or missing part on. */
function partial(text) {
    const match = PARTIAL.exec(text);
    if (match === null)
        return undefined;
    const parts = [];
    for (const part of match.slice(1, 4)) {
        if (part === undefined || /^[xX*]$/.test(part) || parts.includes(undefined))
            parts.push(undefined);
        else
            parts.push(Number(part));
    }
    return parts;
}
const fill = (parts) => [parts[0] ?? 0, parts[1] ?? 0, parts[2] ?? 0];
/** The smallest version above every version that starts with the given parts (`1.2` → 1.3.0). */
function nextAfter(parts) {
    const given = parts.filter((part) => part !== undefined);
    if (given.length === 0)
        return undefined;
    if (given.length === 1)
        return [given[0] + 1, 0, 0];
    if (given.length === 2)
        return [given[0], given[1] + 1, 0];
    return undefined;
}
function comparator(text) {
    const match = /^(\^|~>?|>=|<=|>|<|=)?\s*(.+)$/.exec(text);
    if (match === null)
        return undefined;
    const operator = match[1] ?? '';
    const parts = partial(match[2]);
    if (parts === undefined)
        return undefined;
    const low = fill(parts);
    const [major, minor, patch] = parts;
    switch (operator) {
        case '^': {
            const high = major === undefined ? undefined
                : major > 0 || minor === undefined ? [major + 1, 0, 0]
                    : minor > 0 || patch === undefined ? [0, minor + 1, 0] : [0, 0, patch + 1];
            return { low: { at: low, inclusive: true }, ...(high ? { high: { at: high, inclusive: false } } : {}) };
        }
        case '~':
        case '~>': {
            const high = major === undefined ? undefined : minor === undefined ? [major + 1, 0, 0] : [major, minor + 1, 0];
            return { low: { at: low, inclusive: true }, ...(high ? { high: { at: high, inclusive: false } } : {}) };
        }
        case '>=': return { low: { at: low, inclusive: true } };
        case '>': {
            const after = nextAfter(parts);
            return after ? { low: { at: after, inclusive: true } } : { low: { at: low, inclusive: false } };
        }
        case '<': return { high: { at: low, inclusive: false } };
        case '<=': {
            const after = nextAfter(parts);
            return after ? { high: { at: after, inclusive: false } } : { high: { at: low, inclusive: true } };
        }
        default: {
            if (major === undefined)
                return {};
            const after = nextAfter(parts);
            return after ? { low: { at: low, inclusive: true }, high: { at: after, inclusive: false } } : { low: { at: low, inclusive: true }, high: { at: low, inclusive: true } };
        }
    }
}
function within(version, interval) {
    if (interval.low) {
        const order = compare(version, interval.low.at);
        if (order < 0 || (order === 0 && !interval.low.inclusive))
            return false;
    }
    if (interval.high) {
        const order = compare(version, interval.high.at);
        if (order > 0 || (order === 0 && !interval.high.inclusive))
            return false;
    }
    return true;
}
function comparatorSet(text) {
    const hyphen = /^(\S+)\s+-\s+(\S+)$/.exec(text);
    if (hyphen) {
        const low = comparator(`>=${hyphen[1]}`);
        const high = comparator(`<=${hyphen[2]}`);
        return low && high ? [low, high] : undefined;
    }
    const intervals = [];
    // `>= 1.2` is one comparator written with a space.
    for (const token of text.replace(/(\^|~>?|>=|<=|>|<|=)\s+/g, '$1').split(/\s+/).filter((part) => part !== '')) {
        const interval = comparator(token);
        if (interval === undefined)
            return undefined;
        intervals.push(interval);
    }
    return intervals;
}
function satisfies(version, range) {
    const match = VERSION.exec(version.trim());
    if (match === null)
        return undefined;
    const triple = [Number(match[1]), Number(match[2]), Number(match[3])];
    let answer = false;
    for (const alternative of range.trim() === '' ? ['*'] : range.split('||')) {
        const set = comparatorSet(alternative.trim());
        if (set === undefined)
            return undefined;
        if (set.every((interval) => within(triple, interval)))
            answer = true;
    }
    return answer;
}

;// CONCATENATED MODULE: ./src/scanners/checklist/checks/lock-freshness.ts







const LOCK_FILES = /(?:^|\/)(?:package-lock\.json|npm-shrinkwrap\.json|pnpm-lock\.yaml|yarn\.lock|uv\.lock|poetry\.lock|pdm\.lock|Cargo\.lock|Pipfile\.lock|go\.sum)$/;
/** Specifiers yarn rewrites into its own locator forms; only registry ranges are compared. */
const YARN_UNCOMPARED = /^(?:workspace|link|portal|file|patch|exec|git\+|git|github|https?):|\//;
const MAX_NAMED = 5;
function folderFrom(lock, manifest) {
    const base = dirName(lock);
    const dir = dirName(manifest);
    return base === '' ? dir : dir === base ? '' : dir.slice(base.length + 1);
}
/** "all 3 dependencies", "the 1 dependency". */
function allOf(count, singular, pluralForm = `${singular}s`) {
    return count === 1 ? `the 1 ${singular}` : `all ${plural(count, singular, pluralForm)}`;
}
function named(names) {
    const shown = names.slice(0, MAX_NAMED).join(', ');
    return names.length > MAX_NAMED ? `${shown} and ${names.length - MAX_NAMED} more` : shown;
}
function readLock(facts, path, formats) {
    return facts.locks.find((lock) => lock.path === path && formats.includes(lock.format));
}
/** A lock that exists but was not read (over `max-file-size`, marked generated): said, never judged. */
function unread(facts, manifest, lock) {
    if (facts.locks.some((read) => read.path === lock) || facts.problems.some((problem) => problem.path === lock))
        return undefined;
    return { manifest, lock, status: 'unknown', message: `${lock} was not read (larger than max-file-size, binary or marked generated), so whether it matches is open` };
}
function nodePairs(facts) {
    const pairs = [];
    const workspaceNames = new Set(facts.packageJsons.flatMap((manifest) => (manifest.name === undefined ? [] : [manifest.name])));
    for (const manifest of facts.packageJsons) {
        if (isInSampleDir(manifest.path))
            continue;
        const lock = nearestFile(facts, manifest.path, ['npm-shrinkwrap.json', 'package-lock.json', 'pnpm-lock.yaml', 'yarn.lock']);
        if (lock === undefined)
            continue;
        const missing = unread(facts, manifest.path, lock);
        if (missing) {
            if (manifest.dependencies.length > 0)
                pairs.push(missing);
            continue;
        }
        const pair = baseName(lock) === 'yarn.lock' ? yarnPair(facts, manifest, lock, workspaceNames) : projectPair(facts, manifest, lock);
        if (pair)
            pairs.push(pair);
    }
    return pairs;
}
const sameSpec = (a, b) => a === b || ((a === '' || a === '*') && (b === '' || b === '*'));
/**
 * npm and pnpm record each project's specifiers: a dependency the lock does not record fails
 * `npm ci` ("Missing: x from lock file") and `pnpm install --frozen-lockfile`; a changed specifier
 * fails pnpm, and npm when the locked version is out of the new range, so for npm it warns.
 */
function projectPair(facts, manifest, lockPath) {
    const lock = readLock(facts, lockPath, ['npm', 'pnpm', 'npm-v1']);
    if (lock === undefined)
        return undefined;
    if ('names' in lock) {
        const missing = manifest.dependencies.filter((dependency) => !lock.names.has(dependency.name));
        return missing.length === 0
            ? { manifest: manifest.path, lock: lockPath, status: 'pass', message: `${lockPath} locks every dependency` }
            : { manifest: manifest.path, lock: lockPath, status: 'fail', line: missing[0]?.line, message: `declares ${named(missing.map((d) => d.name))}, which ${lockPath} does not lock: \`npm ci\` fails` };
    }
    const recorded = lock.projects.get(folderFrom(lockPath, manifest.path));
    // Not one of the lock's projects (a nested package outside the workspace): another lock's business.
    if (recorded === undefined || (recorded.size === 0 && manifest.dependencies.length === 0))
        return undefined;
    const tool = lock.format === 'npm' ? 'npm' : 'pnpm';
    const missing = manifest.dependencies.filter((dependency) => !recorded.has(dependency.name));
    const overridden = new Set([...manifest.overridden, ...lock.overridden]);
    const changed = manifest.dependencies.filter((dependency) => recorded.has(dependency.name) && !overridden.has(dependency.name) && !sameSpec(recorded.get(dependency.name), dependency.spec));
    const declared = new Set([...manifest.dependencies.map((dependency) => dependency.name), ...manifest.peers]);
    const dropped = [...recorded.keys()].filter((name) => !declared.has(name));
    const install = tool === 'npm' ? '`npm install`' : '`pnpm install`';
    if (missing.length > 0) {
        return { manifest: manifest.path, lock: lockPath, status: 'fail', line: missing[0]?.line, message: `declares ${named(missing.map((d) => d.name))}, which ${lockPath} does not record: ${tool === 'npm' ? '`npm ci`' : '`pnpm install --frozen-lockfile`'} fails; run ${install} and commit the lock` };
    }
    if (changed.length > 0) {
        const first = changed[0];
        const more = changed.length > 1 ? ` (and ${changed.length - 1} more)` : '';
        const detail = `${first.name} is ${first.spec} here but ${recorded.get(first.name)} in ${lockPath}`;
        if (tool === 'pnpm')
            return { manifest: manifest.path, lock: lockPath, status: 'fail', line: first.line, message: `${detail}${more}: \`pnpm install --frozen-lockfile\` fails; run ${install} and commit the lock` };
        const folder = folderFrom(lockPath, manifest.path);
        const outside = changed.map((dependency) => {
            const version = lock.installed.get(`${folder === '' ? '' : `${folder}/`}node_modules/${dependency.name}`) ?? lock.installed.get(`node_modules/${dependency.name}`);
            return { dependency, version, fits: version === undefined ? undefined : satisfies(version, dependency.spec) };
        });
        const broken = outside.find((entry) => entry.fits === false);
        if (broken) {
            const others = outside.filter((entry) => entry.fits === false).length - 1;
            return { manifest: manifest.path, lock: lockPath, status: 'fail', line: broken.dependency.line, message: `${broken.dependency.name} is ${broken.dependency.spec} here but ${lockPath} installs ${broken.version}, outside that range${others > 0 ? ` (and ${others} more)` : ''}: \`npm ci\` fails; run ${install} and commit the lock` };
        }
        const fits = outside.every((entry) => entry.fits === true);
        return { manifest: manifest.path, lock: lockPath, status: 'warn', line: first.line, message: `${detail}${more}: the lock was written before the range changed; ${fits ? '`npm ci` still installs, as the locked versions are in range, but' : '`npm ci` fails where the locked version is outside it;'} run ${install} to record it` };
    }
    if (dropped.length > 0) {
        return { manifest: manifest.path, lock: lockPath, status: tool === 'pnpm' ? 'fail' : 'warn', message: `${lockPath} still records ${named(dropped)}, which ${manifest.path} no longer declares; run ${install}` };
    }
    return { manifest: manifest.path, lock: lockPath, status: 'pass', message: `${lockPath} records ${allOf(manifest.dependencies.length, 'dependency', 'dependencies')} as declared` };
}
/**
 * yarn.lock keeps one entry per `name@range`: a registry range without one fails
 * `yarn install --frozen-lockfile` (and Berry's `--immutable`). Only the lock's own folder is
 * compared, as yarn v1 does not record which workspaces it covers; workspace siblings and
 * non-registry specifiers, which yarn rewrites, are left out.
 */
function yarnPair(facts, manifest, lockPath, workspaceNames) {
    if (dirName(lockPath) !== dirName(manifest.path))
        return undefined;
    const lock = readLock(facts, lockPath, ['yarn']);
    if (lock === undefined)
        return undefined;
    const overridden = new Set(manifest.overridden);
    const compared = manifest.dependencies.filter((dependency) => !workspaceNames.has(dependency.name) && !overridden.has(dependency.name) && !YARN_UNCOMPARED.test(dependency.spec) && dependency.spec !== '');
    if (compared.length === 0)
        return undefined;
    const missing = compared.filter((dependency) => !lock.patterns.has(`${dependency.name}@${dependency.spec}`) && !lock.patterns.has(`${dependency.name}@npm:${dependency.spec}`));
    return missing.length === 0
        ? { manifest: manifest.path, lock: lockPath, status: 'pass', message: `${lockPath} resolves ${allOf(compared.length, 'registry range')}` }
        : { manifest: manifest.path, lock: lockPath, status: 'fail', line: missing[0]?.line, message: `${named(missing.map((d) => `${d.name}@${d.spec}`))} ${missing.length === 1 ? 'has' : 'have'} no entry in ${lockPath}: \`yarn install --frozen-lockfile\` (\`--immutable\`) fails; run \`yarn install\`` };
}
/**
 * The uv.lock that covers a project: a workspace member's is the workspace root's, above any lock
 * left in its own folder (uv reads the root's), so the outermost lock that lists the project wins.
 */
function workspaceLock(facts, manifest) {
    const dirs = selfAndAncestors(dirName(manifest)).reverse();
    const candidates = dirs.map((dir) => joinPath(dir, 'uv.lock')).filter((path) => facts.paths.has(path));
    return candidates.find((path) => readLock(facts, path, ['uv'])?.projects.has(folderFrom(path, manifest)) === true) ?? candidates[candidates.length - 1];
}
function pythonPairs(facts) {
    const pairs = [];
    for (const project of facts.pyprojects) {
        if (isInSampleDir(project.path) || project.requirements.length === 0)
            continue;
        const own = project.distribution === undefined ? undefined : normalisePythonName(project.distribution);
        const declared = [...new Map(project.requirements.map((requirement) => [normalisePythonName(requirement.name), requirement])).entries()].filter(([name]) => name !== own);
        const uv = workspaceLock(facts, project.path);
        const sameDir = (name) => (facts.paths.has(joinPath(dirName(project.path), name)) ? joinPath(dirName(project.path), name) : undefined);
        const lockPath = uv ?? sameDir('poetry.lock') ?? sameDir('pdm.lock');
        if (lockPath === undefined)
            continue;
        const missing = unread(facts, project.path, lockPath);
        if (missing) {
            pairs.push(missing);
            continue;
        }
        const lock = readLock(facts, lockPath, ['uv', 'poetry', 'pdm']);
        if (lock === undefined)
            continue;
        if (lock.format === 'uv') {
            const recorded = lock.projects.get(folderFrom(lockPath, project.path));
            if (recorded === undefined)
                continue;
            const unlocked = declared.filter(([name]) => !recorded.all.has(name));
            const dropped = [...recorded.distribution].filter((name) => name !== own && !project.distributionDependencies.includes(name));
            if (unlocked.length > 0)
                pairs.push({ manifest: project.path, lock: lockPath, status: 'fail', line: unlocked[0]?.[1].line, message: `declares ${named(unlocked.map(([name]) => name))}, which ${lockPath} does not record: \`uv sync --locked\` and \`uv lock --check\` fail; run \`uv lock\`` });
            else if (dropped.length > 0)
                pairs.push({ manifest: project.path, lock: lockPath, status: 'fail', message: `${lockPath} still records ${named(dropped)}, which ${project.path} no longer declares: \`uv lock --check\` fails; run \`uv lock\`` });
            else
                pairs.push({ manifest: project.path, lock: lockPath, status: 'pass', message: `${lockPath} records ${allOf(declared.length, 'dependency', 'dependencies')}` });
            continue;
        }
        // Poetry and PDM lock every group by default; a dependency without a locked package is one added since.
        const names = lock.format === 'pdm' ? declared.filter(([name]) => project.distributionDependencies.includes(name)) : declared;
        const unlocked = names.filter(([name]) => !lock.names.has(name));
        const command = lock.format === 'poetry' ? '`poetry install` refuses the lock (`poetry check --lock` fails); run `poetry lock`' : '`pdm install --frozen-lockfile` fails; run `pdm lock`';
        pairs.push(unlocked.length === 0
            ? { manifest: project.path, lock: lockPath, status: 'pass', message: `${lockPath} locks ${allOf(names.length, 'dependency', 'dependencies')}` }
            : { manifest: project.path, lock: lockPath, status: 'fail', line: unlocked[0]?.[1].line, message: `declares ${named(unlocked.map(([name]) => name))}, which ${lockPath} does not lock: ${command}` });
    }
    for (const pipfile of facts.pipfiles) {
        if (isInSampleDir(pipfile.path))
            continue;
        const lockPath = joinPath(dirName(pipfile.path), 'Pipfile.lock');
        if (!facts.paths.has(lockPath))
            continue;
        const missing = unread(facts, pipfile.path, lockPath);
        if (missing) {
            pairs.push(missing);
            continue;
        }
        const lock = readLock(facts, lockPath, ['pipenv']);
        if (lock === undefined)
            continue;
        const unlocked = pipfile.packages.filter((name) => !lock.names.has(normalisePythonName(name)));
        pairs.push(unlocked.length === 0
            ? { manifest: pipfile.path, lock: lockPath, status: 'pass', message: `${lockPath} locks ${allOf(pipfile.packages.length, 'package')}` }
            : { manifest: pipfile.path, lock: lockPath, status: 'fail', message: `lists ${named(unlocked)}, which ${lockPath} does not lock: \`pipenv install --deploy\` fails; run \`pipenv lock\`` });
    }
    return pairs;
}
/** Cargo.lock holds every crate of the workspace's graph, of every kind and target: a dependency without one fails `cargo build --locked`. */
function rustPairs(facts) {
    const pairs = [];
    for (const manifest of facts.cargoManifests) {
        if (isInSampleDir(manifest.path) || AUXILIARY_CRATE.test(manifest.path) || manifest.dependencies.length === 0)
            continue;
        const lockPath = nearestFile(facts, manifest.path, ['Cargo.lock']);
        if (lockPath === undefined)
            continue;
        const missing = unread(facts, manifest.path, lockPath);
        if (missing) {
            pairs.push(missing);
            continue;
        }
        const lock = readLock(facts, lockPath, ['cargo']);
        // A crate the lock does not name is outside its workspace (excluded, or with a lock of its own).
        if (lock === undefined || (manifest.packageName !== undefined && !lock.names.has(manifest.packageName)))
            continue;
        const root = facts.cargoManifests.find((candidate) => candidate.path === joinPath(dirName(lockPath), 'Cargo.toml'));
        const crateName = (crate) => (crate.inherited ? (root?.workspaceRenames.get(crate.name) ?? crate.name) : crate.name);
        const unlocked = manifest.dependencies.filter((crate) => !lock.names.has(crateName(crate)));
        pairs.push(unlocked.length === 0
            ? { manifest: manifest.path, lock: lockPath, status: 'pass', message: `${lockPath} locks ${allOf(manifest.dependencies.length, 'dependency', 'dependencies')}` }
            : { manifest: manifest.path, lock: lockPath, status: 'fail', line: unlocked[0]?.line, message: `depends on ${named(unlocked.map(crateName))}, which ${lockPath} does not lock: \`cargo build --locked\` fails; run \`cargo update -w\`` });
    }
    return pairs;
}
/** go.sum holds the `go.mod` hash of every required version: one missing fails the build ("missing go.sum entry"). */
function goPairs(facts) {
    const pairs = [];
    for (const module of facts.goModules) {
        if (isInSampleDir(module.path) || module.requires.length === 0)
            continue;
        const lockPath = joinPath(dirName(module.path), 'go.sum');
        if (!facts.paths.has(lockPath))
            continue;
        const missing = unread(facts, module.path, lockPath);
        if (missing) {
            pairs.push(missing);
            continue;
        }
        const lock = readLock(facts, lockPath, ['go']);
        if (lock === undefined)
            continue;
        const unsummed = module.requires.filter((require) => !lock.names.has(`${require.module} ${require.version}`));
        pairs.push(unsummed.length === 0
            ? { manifest: module.path, lock: lockPath, status: 'pass', message: `${lockPath} has a checksum for ${allOf(module.requires.length, 'required module')}` }
            : { manifest: module.path, lock: lockPath, status: 'fail', line: unsummed[0]?.line, message: `requires ${named(unsummed.map((require) => `${require.module} ${require.version}`))} without a checksum in ${lockPath}: the build fails with "missing go.sum entry"; run \`go mod tidy\`` });
    }
    return pairs;
}
function freshnessPairs(facts) {
    return [...nodePairs(facts), ...pythonPairs(facts), ...rustPairs(facts), ...goPairs(facts)];
}
function lockProblems(facts) {
    return facts.problems.filter((problem) => LOCK_FILES.test(problem.path) && !isInSampleDir(problem.path));
}
const lock_freshness_RANK = { fail: 0, warn: 1, unknown: 2, pass: 3 };
const lockFreshnessCheck = {
    id: 'lock-freshness',
    title: 'Locks match their manifests',
    pack: 'reproducibility',
    weight: 2,
    mlTestScore: ['Infra 1'],
    remediation: 'Regenerate the lock after changing the manifest and commit both together (npm install, pnpm install, yarn install, uv lock, poetry lock, pdm lock, pipenv lock, cargo update -w, go mod tidy); a CI step that installs with the frozen flag (`npm ci`, `uv sync --locked`, `cargo build --locked`) keeps them in step.',
    applies: ({ facts }) => freshnessPairs(facts).length > 0 || lockProblems(facts).length > 0,
    notApplicable: 'No manifest has a lock to compare it with (the lockfile check says where one is missing).',
    evaluate({ facts }) {
        const pairs = [...freshnessPairs(facts)].sort((a, b) => lock_freshness_RANK[a.status] - lock_freshness_RANK[b.status]);
        const judged = pairs.filter((pair) => pair.status !== 'unknown');
        // A lock that could not be read leaves only its own manifests open.
        const status = judged.length === 0 ? 'unknown' : worst(judged.map((pair) => pair.status));
        const found = pairs.map((pair) => evidence(pair.manifest, pair.line, pair.message));
        const stale = pairs.filter((pair) => pair.status === 'fail' || pair.status === 'warn');
        const locks = new Set(judged.map((pair) => pair.lock)).size;
        const verdict = status === 'pass'
            ? { status, summary: `${plural(locks, 'lock')} ${locks === 1 ? 'matches' : 'match'} the ${plural(judged.length, 'manifest')} ${locks === 1 ? 'it was' : 'they were'} written from.`, evidence: found }
            : status === 'unknown'
                ? { status, summary: `No lock could be read: ${listPaths([...new Set(pairs.map((pair) => pair.lock))], MAX_NAMED)}.`, evidence: found }
                : { status, summary: `${plural(stale.length, 'manifest')} out of step with ${stale.length === 1 ? 'its lock' : 'their locks'}: ${listPaths(stale.map((pair) => pair.manifest), MAX_NAMED)}.`, evidence: found };
        return withProblems(verdict, lockProblems(facts));
    },
};

;// CONCATENATED MODULE: ./src/scanners/checklist/checks/pinned-actions.ts





const pinnedActionsCheck = {
    id: 'pinned-actions',
    title: 'Third-party actions pinned to a commit',
    pack: 'ci',
    weight: 2,
    mlTestScore: ['Monitor 1'],
    remediation: 'Pin each third-party action to a full commit SHA with the version as a comment (`uses: owner/action@<40-char sha> # v1.2.3`); Dependabot keeps the SHAs current.',
    applies: (input) => hasWorkflows(input) && (actionReferences(input.facts).some((ref) => isThirdParty(ref.uses)) || problemsIn(input.facts, WORKFLOW_FILE).length > 0),
    notApplicable: 'The workflows use only GitHub\'s own and local actions (or there are no workflows).',
    evaluate({ facts }) {
        const thirdParty = actionReferences(facts).filter((ref) => isThirdParty(ref.uses));
        const loose = thirdParty.filter((ref) => !isPinned(ref.uses));
        const verdict = loose.length === 0
            ? { status: 'pass', summary: `All ${thirdParty.length} third-party action references are pinned to a commit.`, evidence: thirdParty.map((ref) => evidence(ref.path, ref.line, ref.uses)) }
            : {
                status: 'fail',
                summary: `${loose.length} of ${thirdParty.length} third-party action references use a movable tag or branch: ${listPaths([...new Set(loose.map((ref) => ref.uses))], 4)}.`,
                evidence: loose.map((ref) => evidence(ref.path, ref.line, `${ref.uses}: not a commit SHA`)),
            };
        return withProblems(verdict, problemsIn(facts, WORKFLOW_FILE));
    },
};

;// CONCATENATED MODULE: ./src/scanners/checklist/checks/readme.ts


const MIN_WORDS = 50;
const readme_README = /^readme(?:\.[\w]+)?$/i;
const readmeCheck = {
    id: 'readme',
    title: 'README with install and usage',
    pack: 'general',
    weight: 3,
    mlTestScore: [],
    remediation: 'Add a README.md at the root with an "Installation" section (how to set up the environment) and a "Usage" section (how to run it).',
    applies: always,
    notApplicable: '',
    evaluate({ facts }) {
        const readme = [...facts.readmes].sort((a, b) => a.path.split('/').length - b.path.split('/').length)[0];
        if (!readme) {
            const unread = filesNamed(facts, readme_README, DOC_HOMES)[0];
            if (unread)
                return { status: 'warn', summary: `${unread} exists but could not be read as text.`, evidence: [evidence(unread, undefined, 'README not readable as text')] };
            return { status: 'fail', summary: 'No README at the root, in .github/ or in docs/.' };
        }
        const found = [
            evidence(readme.path, undefined, `${readme.words} words`),
            ...(readme.install ? [evidence(readme.path, readme.install.line, `install: ${readme.install.text}`)] : []),
            ...(readme.usage ? [evidence(readme.path, readme.usage.line, `usage: ${readme.usage.text}`)] : []),
        ];
        const missing = [...(readme.install ? [] : ['installation']), ...(readme.usage ? [] : ['usage'])];
        if (missing.length === 0 && readme.words >= MIN_WORDS) {
            return { status: 'pass', summary: `${readme.path} explains installation and usage.`, evidence: found };
        }
        const problems = [...(missing.length > 0 ? [`no ${missing.join(' or ')} section`] : []), ...(readme.words < MIN_WORDS ? [`only ${readme.words} words`] : [])];
        return {
            status: 'warn',
            summary: `${readme.path} has ${problems.join(' and ')}.`,
            evidence: found,
            remediation: `Add ${missing.length > 0 ? missing.map((part) => `an "${part === 'installation' ? 'Installation' : 'Usage'}" section`).join(' and ') : 'more detail'} to ${readme.path}: how to set up the environment and how to run it.`,
        };
    },
};

;// CONCATENATED MODULE: ./src/scanners/checklist/checks/runtime-pinned.ts



const IMAGE_RUNTIMES = [
    [/^(?:docker\.io\/)?(?:library\/)?python:\d/, 'python'],
    [/^(?:docker\.io\/)?(?:library\/)?node:\d/, 'node'],
    [/^(?:docker\.io\/)?(?:library\/)?rust:\d/, 'rust'],
    [/^(?:docker\.io\/)?(?:library\/)?golang:\d/, 'go'],
    [/^(?:docker\.io\/)?(?:library\/)?ruby:\d/, 'ruby'],
];
/** Every place that names a runtime version, by runtime. */
function pins(facts) {
    const found = new Map();
    const add = (runtime, item) => {
        found.set(runtime, [...(found.get(runtime) ?? []), item]);
    };
    for (const pin of facts.runtimePins)
        add(pin.runtime, evidence(pin.path, pin.line, pin.value));
    for (const project of facts.pyprojects)
        if (project.requiresPython)
            add('python', evidence(project.path, project.requiresPython.line, `requires-python ${project.requiresPython.value}`));
    for (const pipfile of facts.pipfiles)
        if (pipfile.pythonVersion)
            add('python', evidence(pipfile.path, pipfile.pythonVersion.line, `python_version ${pipfile.pythonVersion.value}`));
    for (const environment of facts.condaEnvironments)
        if (environment.python)
            add('python', evidence(environment.path, environment.python.line, `python ${environment.python.value}`));
    for (const manifest of facts.packageJsons)
        if (manifest.nodeVersion)
            add('node', evidence(manifest.path, manifest.nodeVersion.line, `node ${manifest.nodeVersion.value}`));
    for (const manifest of facts.cargoManifests)
        if (manifest.rustVersion)
            add('rust', evidence(manifest.path, manifest.rustVersion.line, `rust-version ${manifest.rustVersion.value}`));
    for (const module of facts.goModules)
        if (module.goVersion)
            add('go', evidence(module.path, module.goVersion.line, module.goVersion.value));
    // CI that installs a written-out version builds and tests on it (training-kit's `node-version: 16`).
    for (const workflow of facts.workflows) {
        for (const step of workflow.jobs.flatMap((job) => job.steps)) {
            if (step.runtimeVersion)
                add(step.runtimeVersion.runtime, evidence(workflow.path, step.runtimeVersion.line, step.runtimeVersion.value));
        }
    }
    // An Action runs on the Node version its action.yml names, whatever package.json says.
    for (const action of facts.actionManifests) {
        if (action.using && /^node\d+$/.test(action.using.value))
            add('node', evidence(action.path, action.using.line, `runs.using ${action.using.value}`));
    }
    for (const dockerfile of facts.dockerfiles) {
        for (const image of dockerfile.images) {
            const runtime = IMAGE_RUNTIMES.find(([pattern]) => pattern.test(image.reference))?.[1];
            if (runtime)
                add(runtime, evidence(dockerfile.path, image.line, `FROM ${image.reference}`));
        }
    }
    return found;
}
/**
 * The runtimes of the project's manifests; research code run from its checkout needs its Python
 * version stated even with no manifest at all (nanoGPT lists its packages in the README only).
 */
function runtimesUsed({ facts, kind }) {
    const used = [...manifestsByRuntime(facts).keys()];
    return hasKind(kind, 'ml') && !used.includes('python') ? [...used, 'python'] : used;
}
const FIXES = {
    python: '`.python-version` (or `requires-python` in pyproject.toml)',
    node: '`.nvmrc` (or `engines.node` in package.json)',
    rust: '`rust-toolchain.toml` (or `rust-version` in Cargo.toml)',
    go: 'a `go` directive in go.mod',
    ruby: '`.ruby-version` (or `ruby` in the Gemfile)',
};
const runtimePinnedCheck = {
    id: 'runtime-pinned',
    title: 'Runtime version pinned',
    pack: 'reproducibility',
    weight: 2,
    mlTestScore: ['Infra 1'],
    remediation: 'Declare the runtime version: .python-version or requires-python, .nvmrc or engines.node, rust-toolchain.toml, the go directive; .tool-versions covers several.',
    applies: (input) => runtimesUsed(input).length > 0,
    notApplicable: 'No Python, Node.js, Rust, Go or Ruby manifest, and no training code.',
    evaluate({ facts, kind }) {
        const used = runtimesUsed({ facts, kind });
        const found = pins(facts);
        const missing = used.filter((runtime) => !found.has(runtime));
        const evidenceItems = used.flatMap((runtime) => found.get(runtime) ?? []);
        const names = (runtimes) => runtimes.map((runtime) => RUNTIME_NAMES[runtime]).join(', ');
        if (missing.length === 0)
            return { status: 'pass', summary: `Runtime versions declared for ${names(used)}.`, evidence: evidenceItems };
        // A library runs on whatever runtime its users have; declaring the ones it supports is advice.
        const library = isLibraryOnly(kind);
        const verdict = {
            status: missing.length === used.length && !library ? 'fail' : 'warn',
            summary: `No version declared for ${names(missing)}${missing.length < used.length ? ` (declared for ${names(used.filter((runtime) => !missing.includes(runtime)))})` : ''}${library ? '; a library declares the versions it supports' : ''}.`,
            evidence: evidenceItems,
            remediation: `Declare ${missing.map((runtime) => FIXES[runtime]).join('; ')}.`,
        };
        return verdict;
    },
};

;// CONCATENATED MODULE: ./src/scanners/checklist/checks/secrets.ts

const TEST_DATA = /(?:^|\/)(?:tests?|testdata|test-data|fixtures?|__fixtures__|spec|t)\//;
const secretsCheck = {
    id: 'secrets',
    title: 'No committed secrets',
    pack: 'general',
    weight: 5,
    mlTestScore: [],
    remediation: 'Revoke each exposed credential now (it is in the git history), remove it from the code, and load secrets from the environment or a secret store; enable GitHub push protection.',
    applies: always,
    notApplicable: '',
    evaluate({ facts }) {
        if (facts.secrets.length === 0)
            return { status: 'pass', summary: 'No private keys or tokens of known shapes in the scanned files.' };
        const kinds = [...new Set(facts.secrets.map((secret) => secret.kind))];
        return {
            status: 'fail',
            summary: `${facts.secrets.length} committed ${facts.secrets.length === 1 ? 'secret' : 'secrets'}: ${kinds.join(', ')}.`,
            // A key in test data may be a throwaway made for the test, or a real one copied in: the maintainer decides.
            evidence: facts.secrets.map((secret) => evidence(secret.path, secret.line, `${secret.kind}: ${secret.redacted}${TEST_DATA.test(secret.path) ? ' (in test data: revoke it if it was ever real)' : ''}`)),
        };
    },
};

;// CONCATENATED MODULE: ./src/scanners/checklist/checks/security-policy.ts


const securityPolicyCheck = presenceCheck({
    id: 'security-policy',
    title: 'Security policy',
    pack: 'general',
    weight: 1,
    remediation: 'Add SECURITY.md (root, .github/ or docs/) saying how to report a vulnerability privately and which versions get fixes.',
    find: (facts) => filesNamed(facts, /^security(?:\.(?:md|markdown|rst|txt|adoc))?$/i, DOC_HOMES),
    missing: "No SECURITY policy at the root, in .github/ or in docs/ (a policy kept in the organisation's own .github repository is not in the checkout).",
    found: 'Security policy',
});

;// CONCATENATED MODULE: ./src/scanners/checklist/checks/seeding.ts


/** Seeds that make each family's randomness repeat. `set_seed`/`seed_everything` seed them all. */
const SEEDS_FOR = {
    torch: ['torch', 'all-frameworks'],
    tensorflow: ['tensorflow', 'all-frameworks'],
    jax: ['jax'],
    classical: ['estimator', 'numpy', 'all-frameworks'],
};
const FAMILY_NAMES = { torch: 'PyTorch', tensorflow: 'TensorFlow/Keras', jax: 'JAX', classical: 'scikit-learn-style libraries' };
const FAMILY_FIX = {
    torch: '`torch.manual_seed(seed)` (or `lightning.seed_everything` / `transformers.set_seed`)',
    tensorflow: '`tf.random.set_seed(seed)` (or `keras.utils.set_random_seed`)',
    jax: 'an explicit `jax.random.PRNGKey(seed)`',
    classical: '`random_state=seed` on estimators (or `np.random.seed(seed)`)',
};
const seedingCheck = {
    id: 'seeding',
    title: 'Deterministic seeding',
    pack: 'reproducibility',
    weight: 3,
    mlTestScore: ['Infra 1'],
    remediation: 'Seed every source of randomness at the start of training: `random.seed`, `np.random.seed`, `torch.manual_seed` (or `seed_everything`/`set_seed`), from one configurable seed.',
    applies: importsMlLibrary,
    notApplicable: NOT_ML,
    evaluate({ facts }) {
        const seeds = facts.signals.filter((signal) => signal.category === 'seed');
        const kinds = new Set(seeds.map((seed) => seed.seedKind));
        const families = [...new Set(facts.mlImports.map((entry) => entry.family))];
        const unseeded = families.filter((family) => !SEEDS_FOR[family].some((kind) => kinds.has(kind)));
        const seedEvidence = signalEvidence(facts, 'seed');
        const determinism = signalEvidence(facts, 'determinism');
        const importsOf = (missing) => facts.mlImports.filter((entry) => missing.includes(entry.family)).map((entry) => evidence(entry.path, entry.line, `imports ${entry.module}, never seeded`));
        if (unseeded.length === 0) {
            return {
                status: 'pass',
                summary: `${seeds.length} seeding ${seeds.length === 1 ? 'call' : 'calls'} in ${distinctFiles(seedEvidence)} ${distinctFiles(seedEvidence) === 1 ? 'file' : 'files'} cover ${families.map((family) => FAMILY_NAMES[family]).join(', ')}.`,
                evidence: [...seedEvidence, ...determinism],
            };
        }
        const fix = `Seed ${unseeded.map((family) => FAMILY_FIX[family]).join('; ')} once at the start of training.`;
        if (seeds.length === 0) {
            return { status: 'fail', summary: `ML libraries are imported (${families.map((family) => FAMILY_NAMES[family]).join(', ')}) but nothing is seeded.`, evidence: importsOf(unseeded), remediation: fix };
        }
        return {
            status: 'warn',
            summary: `Seeds are set, but not for ${unseeded.map((family) => FAMILY_NAMES[family]).join(', ')}.`,
            evidence: [...seedEvidence, ...importsOf(unseeded)],
            remediation: fix,
        };
    },
};

;// CONCATENATED MODULE: ./src/scanners/checklist/checks/tests.ts






/** Where the repository checks a built site: task files and scripts, package scripts and CI steps. */
function siteChecks(facts) {
    const found = [...facts.siteChecks];
    for (const manifest of facts.packageJsons) {
        for (const [name, command] of Object.entries(manifest.scripts)) {
            const match = SITE_CHECKER.exec(command);
            if (match !== null)
                found.push({ path: manifest.path, line: 1, value: `${match[0]} (npm run ${name})` });
        }
    }
    for (const workflow of facts.workflows) {
        const command = workflow.commands.find((line) => SITE_CHECKER.test(line.text));
        if (command !== undefined)
            found.push({ path: workflow.path, line: command.line, value: SITE_CHECKER.exec(command.text)?.[0] ?? command.text });
    }
    return found;
}
const TEST_DIRS = new Set(['test', 'tests', '__tests__', 'spec', 'specs', 'testing', 'e2e', 'integration_tests', 'unit_tests']);
/** Shell suites in git's and sharness's layout: `t/t0001-init.sh`, `t/t9400-cvsserver.sh`. */
const SHELL_SUITE = /(?:^|\/)t\/t\d{4}-[^/]+\.sh$/;
const tests_TEST_FILE = /^(?:test_.+\.py|.+_test\.(?:py|go|rb|exs?|cpp|cc|c)|conftest\.py|.+\.(?:test|spec)\.(?:[cm]?[jt]sx?)|.+(?:Test|Tests|Spec)\.(?:java|kt|scala|cs|swift|php)|.+_spec\.rb|test_.+\.(?:cpp|cc|c|r|R|jl)|.+\.bats)$/;
function isTestScript(path) {
    return tests_TEST_FILE.test(baseName(path)) || SHELL_SUITE.test(path);
}
const testsCheck = {
    id: 'tests',
    title: 'Tests',
    pack: 'general',
    weight: 3,
    mlTestScore: ['Infra 2'],
    remediation: 'Add tests under tests/ (pytest, vitest, go test …) that cover the core code, starting with the model and data code.',
    applies: always,
    notApplicable: '',
    // A documentation site is tested by checking the site it builds; with no such check there is nothing to ask.
    notForKind: (input) => (siteChecks(input.facts).length > 0 ? undefined : noProgramToTest(input)),
    evaluate({ facts, kind }) {
        const testFiles = facts.files
            .filter((file) => file.kind === 'programming' && baseName(file.path) !== '__init__.py' && (tests_TEST_FILE.test(baseName(file.path)) || SHELL_SUITE.test(file.path) || dirName(file.path).split('/').some((segment) => TEST_DIRS.has(segment))))
            .map((file) => file.path);
        // Test scripts first, so that the evidence names them before any helper or build file.
        const all = [...new Set([...testFiles, ...facts.rustTestFiles])].sort((a, b) => Number(!isTestScript(a)) - Number(!isTestScript(b)) || (a < b ? -1 : 1));
        // The tests of an example app test the example: redux's own suite is in test/, not examples/*/src.
        const found = all.filter((path) => !isInExampleDir(path));
        const inSamples = all.length - found.length;
        const samples = inSamples > 0 ? ` (and ${inSamples} more in example apps and templates)` : '';
        const site = hasKind(kind, 'docs-site') ? siteChecks(facts) : [];
        if (found.length === 0 && site.length > 0) {
            return { status: 'pass', summary: `The built site is checked: ${site.map((item) => `${item.value} (${item.path})`).slice(0, 3).join(', ')}.`, evidence: site.map((item) => evidence(item.path, item.line, item.value)) };
        }
        if (found.length === 0)
            return { status: 'fail', summary: `No test folder or test files${inSamples > 0 ? ` (only ${inSamples} in example apps and templates)` : ''}.` };
        return {
            status: 'pass',
            summary: `${found.length} test ${found.length === 1 ? 'file' : 'files'}: ${listPaths(found, 3)}${samples}.`,
            evidence: found.map((path) => evidence(path, undefined, 'test code')),
            details: { testFiles: found.length },
        };
    },
};

;// CONCATENATED MODULE: ./src/scanners/checklist/checks/workflow-permissions.ts




function workflow_permissions_describe(permissions) {
    if (permissions.kind === 'scoped')
        return permissions.writes.length === 0 ? 'read-only' : `write: ${permissions.writes.join(', ')}`;
    return permissions.kind;
}
/**
 * Scorecard's Token-Permissions rule: read-only at the top, writes only in the jobs that need them.
 * A job without a block inherits the top level, and without one there the repository default, which
 * is read-write on repositories created before 2023.
 */
function judge(workflow) {
    const top = workflow.permissions;
    const items = [];
    // A reusable workflow runs with its caller's token, which it can only narrow: the caller is judged.
    if (!top && workflow.triggers.length > 0 && workflow.triggers.every((trigger) => trigger.text === 'workflow_call')) {
        return { status: 'pass', items: [evidence(workflow.path, workflow.triggers[0]?.line, "runs only when called (workflow_call): it gets its caller's token")] };
    }
    if (top?.kind === 'write-all')
        return { status: 'fail', items: [evidence(workflow.path, top.line, 'top-level permissions: write-all')] };
    const jobsWithout = workflow.jobs.filter((job) => !job.permissions);
    const jobWriteAll = workflow.jobs.filter((job) => job.permissions?.kind === 'write-all');
    if (jobWriteAll.length > 0)
        return { status: 'fail', items: jobWriteAll.map((job) => evidence(workflow.path, job.permissions?.line ?? job.line, `job ${job.id}: permissions write-all`)) };
    if (!top) {
        if (jobsWithout.length > 0) {
            return { status: 'fail', items: [evidence(workflow.path, 1, `no top-level permissions; ${jobsWithout.map((job) => job.id).join(', ')} ${jobsWithout.length === 1 ? 'gets' : 'get'} the default token permissions`)] };
        }
        return { status: 'pass', items: [evidence(workflow.path, undefined, 'every job declares its permissions')] };
    }
    if (top.kind === 'scoped' && top.writes.length > 0) {
        items.push(evidence(workflow.path, top.line, `top-level ${workflow_permissions_describe(top)}: every job gets it`));
        return { status: 'warn', items };
    }
    if (top.kind === 'other')
        return { status: 'warn', items: [evidence(workflow.path, top.line, 'top-level permissions in an unrecognised form')] };
    return { status: 'pass', items: [evidence(workflow.path, top.line, `top-level permissions ${workflow_permissions_describe(top)}`)] };
}
const workflow_permissions_RANK = { fail: 0, warn: 1, unknown: 2, pass: 3 };
const workflowPermissionsCheck = {
    id: 'workflow-permissions',
    title: 'Least-privilege workflow permissions',
    pack: 'ci',
    weight: 2,
    mlTestScore: [],
    remediation: 'Add `permissions: contents: read` at the top of each workflow and grant writes (`contents: write`, `pull-requests: write` …) only in the jobs that need them.',
    applies: hasWorkflows,
    notApplicable: NO_WORKFLOWS,
    evaluate({ facts }) {
        const judged = facts.workflows.map((workflow) => ({ workflow, ...judge(workflow) })).sort((a, b) => workflow_permissions_RANK[a.status] - workflow_permissions_RANK[b.status]);
        const status = worst(judged.map((entry) => entry.status));
        const bad = judged.filter((entry) => entry.status !== 'pass');
        const verdict = status === 'pass'
            ? { status, summary: `${judged.length} ${judged.length === 1 ? 'workflow declares' : 'workflows declare'} least-privilege permissions.`, evidence: judged.flatMap((entry) => entry.items) }
            : { status, summary: `${bad.length} of ${judged.length} workflows grant more than read access by default: ${bad.slice(0, 4).map((entry) => entry.workflow.path).join(', ')}.`, evidence: judged.flatMap((entry) => entry.items) };
        return withProblems(verdict, problemsIn(facts, WORKFLOW_FILE));
    },
};

;// CONCATENATED MODULE: ./src/scanners/checklist/checks/built-in-checks.ts


































const ALL = [
    readmeCheck, licenseCheck, contributingCheck, changelogCheck, securityPolicyCheck, codeownersCheck, gitignoreCheck, testsCheck, ciCheck,
    conflictMarkersCheck, largeFilesCheck, secretsCheck,
    lockfileCheck, lockFreshnessCheck, dependencyPinningCheck, runtimePinnedCheck, seedingCheck, environmentCaptureCheck, containerPinningCheck, configFilesCheck,
    experimentTrackingCheck, dataVersioningCheck, checkpointingCheck, metricsPersistedCheck, checkpointIntegrityCheck, optionalDependencySkipsCheck, trackingRunIdsCheck,
    workflowPermissionsCheck, pinnedActionsCheck, dangerousWorkflowCheck, dependencyUpdatesCheck, lintGatesCheck,
    docsFreshnessCheck,
];
/** The built-in checks in the order of their public ids (a test keeps the two lists in step). */
const BUILT_IN_CHECKS = check_ids/* BUILT_IN_CHECK_IDS */.D.map((id) => {
    const check = ALL.find((candidate) => candidate.id === id);
    if (!check)
        throw new Error(`Built-in check ${id} has no implementation`);
    return check;
});

// EXTERNAL MODULE: ./src/scanners/checklist/settings/custom-rule.ts
var custom_rule = __webpack_require__(4312);
;// CONCATENATED MODULE: ./src/scanners/checklist/custom/content-matches.ts



const MAX_LINES = 20;
/**
 * Each search for the next match may scan the rest of the text, so counting every match of a pattern
 * like `a(.*b)?` in a long line would be quadratic: a file's matches are counted only while matches
 * times text length stays within this many characters (and at least MAX_LINES of them).
 */
const SCAN_BUDGET = 20_000_000;
function matchBudget(text) {
    return Math.max(MAX_LINES, Math.floor(SCAN_BUDGET / Math.max(1, text.length)));
}
/** Runs the custom `file-contains`/`file-not-contains` patterns over each selected file in the read pass. */
class ContentRuleCollector {
    rules;
    matches = new Map();
    constructor(rules) {
        this.rules = rules
            .filter((rule) => rule.type === 'file-contains' || rule.type === 'file-not-contains')
            .map((rule) => ({ id: rule.id, selects: (0,path_globs/* pathMatcher */.k)(rule.paths), pattern: (0,custom_rule/* contentRulePattern */.K)(rule) }));
        for (const rule of this.rules)
            this.matches.set(rule.id, []);
    }
    visit(file, text) {
        for (const rule of this.rules) {
            if (!rule.selects(file.path))
                continue;
            const budget = matchBudget(text);
            const starts = rule.pattern.matchStarts(text, budget);
            const locator = new line_breaks/* LineIndex */.rr(text);
            const lines = starts.slice(0, MAX_LINES).map((start) => locator.lineAt(start));
            this.matches.get(rule.id)?.push({ path: file.path, lines, count: starts.length, countCapped: starts.length === budget });
        }
    }
    finish() {
        return this.matches;
    }
}

;// CONCATENATED MODULE: ./src/scanners/checklist/custom/custom-rule-check.ts



function matchingPaths(rule, input) {
    const matcher = (0,path_globs/* pathMatcher */.k)(rule.paths);
    return [...input.facts.allPaths].filter((path) => matcher(path)).sort();
}
const globs = (rule) => rule.paths.join(', ');
function evaluateExists(rule, input) {
    const paths = matchingPaths(rule, input);
    return paths.length > 0
        ? { status: 'pass', summary: `Found ${paths.slice(0, 3).join(', ')}${paths.length > 3 ? ` and ${paths.length - 3} more` : ''}.`, evidence: paths.map((path) => evidence(path, undefined, 'present')) }
        : { status: 'fail', summary: `No file matches ${globs(rule)}.` };
}
function evaluateAbsent(rule, input) {
    const paths = matchingPaths(rule, input);
    return paths.length === 0
        ? { status: 'pass', summary: `No file matches ${globs(rule)}.` }
        : { status: 'fail', summary: `${paths.length} ${paths.length === 1 ? 'file matches' : 'files match'} ${globs(rule)}.`, evidence: paths.map((path) => evidence(path, undefined, 'should not be committed')) };
}
function evaluateContent(rule, input) {
    const files = input.contentMatches.get(rule.id) ?? [];
    const selects = (0,path_globs/* pathMatcher */.k)(rule.paths);
    const unread = input.facts.files.filter((file) => !file.read && selects(file.path)).map((file) => evidence(file.path, undefined, 'not read (binary or too large)'));
    const pattern = `/${rule.pattern}/`;
    if (rule.type === 'file-contains') {
        if (files.length === 0) {
            return unread.length > 0
                ? { status: 'unknown', summary: `The files matching ${globs(rule)} could not be read.`, evidence: unread }
                : { status: 'fail', summary: `No file matches ${globs(rule)}, so nothing contains ${pattern}.` };
        }
        const without = files.filter((file) => file.count === 0);
        const found = files.filter((file) => file.count > 0).map((file) => evidence(file.path, file.lines[0], `matches ${pattern}`));
        return without.length === 0
            ? { status: 'pass', summary: `All ${files.length} matching ${files.length === 1 ? 'file contains' : 'files contain'} ${pattern}.`, evidence: [...found, ...unread] }
            : { status: 'fail', summary: `${without.length} of ${files.length} files lack ${pattern}.`, evidence: [...without.map((file) => evidence(file.path, undefined, `does not contain ${pattern}`)), ...found, ...unread] };
    }
    const offending = files.filter((file) => file.count > 0);
    if (offending.length === 0) {
        return { status: unread.length > 0 ? 'unknown' : 'pass', summary: `None of ${files.length} matching files contains ${pattern}${unread.length > 0 ? `; ${unread.length} could not be read` : ''}.`, evidence: unread };
    }
    const total = offending.reduce((sum, file) => sum + file.count, 0);
    const atLeast = offending.some((file) => file.countCapped) ? 'at least ' : '';
    return {
        status: 'fail',
        summary: `${atLeast}${total} ${total === 1 ? 'match' : 'matches'} of ${pattern} in ${offending.length} ${offending.length === 1 ? 'file' : 'files'}.`,
        evidence: offending.flatMap((file) => file.lines.map((line) => evidence(file.path, line, `matches ${pattern}`))),
    };
}
function evaluateMaxAge(rule, input) {
    const paths = matchingPaths(rule, input);
    if (paths.length === 0)
        return { status: 'fail', summary: `No file matches ${globs(rule)}.` };
    if (input.history.status !== 'available') {
        const reason = input.history.status === 'unavailable' ? input.history.reason : 'History was not read.';
        return { status: 'unknown', summary: `Cannot date ${globs(rule)}: ${reason}`, remediation: reason };
    }
    const dated = paths.flatMap((path) => {
        const changed = lastChange(input.history, path);
        return changed ? [{ path, changed }] : [];
    });
    const newest = dated.sort((a, b) => b.changed.getTime() - a.changed.getTime())[0];
    if (!newest)
        return { status: 'unknown', summary: `None of the ${paths.length} matching files has a commit yet.` };
    const age = ageInDays(newest.changed, input.now);
    const item = evidence(newest.path, undefined, `last changed ${isoDay(newest.changed)} (${age} days ago)`);
    return age <= rule.days
        ? { status: 'pass', summary: `Changed ${age} days ago (limit ${rule.days}).`, evidence: [item] }
        : { status: 'fail', summary: `Last changed ${age} days ago, more than ${rule.days}.`, evidence: [item] };
}
/** A check built from a `checklist.rules` entry of the config, in the `custom` pack. */
function customRuleCheck(rule) {
    return {
        id: rule.id,
        title: rule.title,
        pack: 'custom',
        weight: rule.weight,
        mlTestScore: [],
        remediation: rule.remediation,
        applies: always,
        notApplicable: '',
        evaluate(input) {
            switch (rule.type) {
                case 'file-exists':
                    return evaluateExists(rule, input);
                case 'file-absent':
                    return evaluateAbsent(rule, input);
                case 'file-contains':
                case 'file-not-contains':
                    return evaluateContent(rule, input);
                case 'max-age':
                    return evaluateMaxAge(rule, input);
            }
        },
    };
}

;// CONCATENATED MODULE: ./src/scanners/checklist/history/read-last-changes.ts

const SHALLOW_HINT = 'This is a shallow clone, so the last change of older files is not in it. Check out with `fetch-depth: 0` (actions/checkout) so the dates are known.';
const COMMIT_MARK = '\u0001';
/** `git log -z --name-only` output, newest commit first, to the newest commit date of each path. */
function parseLastChanges(output) {
    const lastChanged = new Map();
    let date;
    for (const token of output.split('\0')) {
        const entry = token.replace(/^\n+/, '');
        if (entry === '')
            continue;
        if (entry.startsWith(COMMIT_MARK))
            date = new Date(entry.slice(COMMIT_MARK.length).trim());
        else if (date !== undefined && !lastChanged.has(entry))
            lastChanged.set(entry, date);
    }
    return lastChanged;
}
/** A user glob as a git pathspec; `:(glob)` gives `**` the meaning it has in the config. */
function pathspec(pattern) {
    return `:(glob)${pattern.replace(/^\.\//, '').replace(/\/+$/, '')}`;
}
/**
 * When each path matching `patterns` last changed, from one `git log` for all of them (relative to
 * `root`, which may be a sub-directory of the work tree). A shallow clone would date every file to its
 * oldest visible commit, so history is unavailable there rather than wrong.
 */
async function readLastChanges(root, git, patterns) {
    if (patterns.length === 0)
        return { status: 'not-needed' };
    if (!git.isWorkTree)
        return { status: 'unavailable', reason: 'Not a git work tree, so there is no history to date files with.' };
    if (git.shallow)
        return { status: 'unavailable', reason: SHALLOW_HINT };
    try {
        const output = await (0,run_git/* runGit */.EO)(['log', ...run_git/* LOG_SAFETY */.yC, '-z', '--no-color', '--relative', '--name-only', '--format=%x01%cI', '--end-of-options', git.revision ?? 'HEAD', '--', ...patterns.map(pathspec)], root, { ceiling: git.ceiling });
        return { status: 'available', lastChanged: parseLastChanges(output) };
    }
    catch (error) {
        if (!(error instanceof run_git/* GitCommandError */.iR))
            throw error;
        return { status: 'unavailable', reason: `git log failed: ${error.reason}` };
    }
}

;// CONCATENATED MODULE: ./src/scanners/checklist/capabilities/capability.ts
/** The code's signals of these categories, in category order. */
function signals(input, ...categories) {
    return categories.flatMap((category) => input.code.get(category) ?? []);
}
const ARTIFACTS_SHOWN = 6;
/** Status of a check, `not-applicable` when it was not run (disabled) or does not fit. */
function checkStatus(input, id) {
    return input.checks.get(id)?.status ?? 'not-applicable';
}
/** A failing or warning check as a gap: its summary, its remediation, a risk from its weight. */
function checkGap(input, id, rollback) {
    const check = input.checks.get(id);
    if (check === undefined || (check.status !== 'fail' && check.status !== 'warn'))
        return undefined;
    const risk = check.status === 'warn' ? 'low' : check.weight >= 3 ? 'high' : check.weight >= 2 ? 'medium' : 'low';
    return { gap: `\`${check.id}\`: ${check.summary}`, risk, plan: check.remediation, rollback };
}
/** A regenerated lock changes only the lock: reverting that commit restores the installs of before. */
const STALE_LOCK_ROLLBACK = 'Revert the commit that regenerated the lock.';
/** A gap that is hardening rather than a hole: unpinned base images do not stop a project from shipping. */
function lowRisk(gap) {
    return gap && { ...gap, risk: 'low' };
}
function checkEvidence(input, ...ids) {
    return ids.flatMap((id) => {
        const check = input.checks.get(id);
        return check !== undefined && (check.status === 'pass' || check.status === 'warn') ? check.evidence.filter((item) => item.path !== undefined) : [];
    });
}
/** Examples, notebooks, tests and docs show how a capability is used; they are not the capability. */
const SHOWCASE = /(?:^|\/)(?:examples?|samples?|demos?|tutorials?|notebooks?|docs?|tests?|benchmarks?|cookbook)\/|\.ipynb$/;
function isShowcase(path) {
    return SHOWCASE.test(path);
}
/**
 * A row from what was found and what is missing: nothing found is `missing`; a high or medium gap
 * makes it `partial`, and so does finding it only in examples, notebooks or tests. Low-risk gaps
 * are listed and leave an implemented capability implemented: they are advice, not holes.
 */
function row(id, title, artifacts, gaps, found, options = {}) {
    const open = gaps.filter((gap) => gap !== undefined);
    const shipped = artifacts.filter((item) => item.path === undefined || !isShowcase(item.path));
    if (options.showcaseCounts !== true && artifacts.length > 0 && shipped.length === 0) {
        open.unshift({ gap: `Only examples, notebooks or tests show it (\`${artifacts[0]?.path ?? ''}\`): the code that ships does not.`, risk: 'medium', plan: 'Move what the examples do into the package, or document that users bring their own.', rollback: 'Revert the move; the examples keep working as before.' });
    }
    const holes = open.some((gap) => gap.risk !== 'low');
    const status = artifacts.length === 0 ? 'missing' : holes ? 'partial' : 'implemented';
    return { id, title, status, reason: artifacts.length === 0 ? (open[0]?.gap ?? 'Nothing in the code shows it.') : found, artifacts, gaps: open };
}
function notApplicable(id, title, reason) {
    return { id, title, status: 'not-applicable', reason, artifacts: [], gaps: [] };
}
/** A gap when `present` is false. */
function unless(present, gap) {
    return present ? undefined : gap;
}

;// CONCATENATED MODULE: ./src/scanners/checklist/kind/site-configs.ts
const SITE_CONFIGS = [
    { generator: 'MkDocs', files: ['mkdocs.yml', 'mkdocs.yaml'] },
    { generator: 'mdBook', files: ['book.toml'] },
    { generator: 'Docusaurus', files: ['docusaurus.config.js', 'docusaurus.config.ts', 'docusaurus.config.mjs'] },
    { generator: 'VitePress', files: ['.vitepress/config.ts', '.vitepress/config.js', '.vitepress/config.mts', 'docs/.vitepress/config.ts', 'docs/.vitepress/config.js', 'docs/.vitepress/config.mts'] },
    { generator: 'Sphinx', files: ['conf.py', 'docs/conf.py', 'doc/conf.py', 'source/conf.py', 'docs/source/conf.py'] },
    { generator: 'Jekyll', files: ['_config.yml', '_config.yaml', 'docs/_config.yml'], alongside: /^(?:docs\/)?(?:_layouts|_includes|_posts|_pages)\/|^(?:docs\/)?(?:index\.(?:md|html)|Gemfile)$/ },
    { generator: 'Hugo', files: ['hugo.toml', 'hugo.yaml', 'hugo.json'] },
    { generator: 'Antora', files: ['antora.yml', 'antora-playbook.yml'] },
    { generator: 'Jupyter Book', files: ['_toc.yml', 'docs/_toc.yml'] },
];
/** The site generator whose configuration the repository keeps at its root or in `docs/`. */
function siteSignal(facts) {
    for (const config of SITE_CONFIGS) {
        const path = config.files.find((file) => facts.paths.has(file));
        if (path === undefined)
            continue;
        if (config.alongside !== undefined && ![...facts.paths].some((other) => config.alongside.test(other)))
            continue;
        return { path, message: `${path} configures a ${config.generator} site` };
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/scanners/checklist/kind/detect-kind.ts




/**
 * Folders whose manifests and programs are not what the repository ships: tests, tooling, contributed
 * extras and docs (git's `contrib/libgit-rs` crate does not make git a Rust library, nor a Go
 * module's `tools/` program a service).
 */
const SIDE_DIRS = new Set(['test', 'tests', 't', 'spec', '__tests__', 'e2e', 'integration', 'contrib', 'tools', 'hack', 'scripts', 'script', 'docs', 'doc', 'third_party', 'vendor', 'misc', 'internal-tools']);
const PUBLISH_COMMAND = /\b(?:twine upload|(?:npm|yarn|pnpm|bun) publish|cargo publish|poetry publish|uv publish|flit publish|hatch publish|pdm publish|changeset publish|semantic-release|release-it|lerna publish)\b/;
const PUBLISH_ACTION = /^(?:pypa\/gh-action-pypi-publish|changesets\/action|JS-DevTools\/npm-publish|katyo\/publish-crates)@/;
/** Root files that describe how to run the repository as a service. */
const RUN_FILES = /^(?:Procfile|(?:docker-)?compose\.ya?ml|fly\.toml|app\.ya?ml|render\.yaml|vercel\.json|manage\.py|wsgi\.py|asgi\.py)$/;
const WORKSPACE_FILES = ['pnpm-workspace.yaml', 'lerna.json', 'go.work', 'rush.json'];
const RUN_SCRIPTS = ['start', 'serve', 'dev'];
function isSidePath(path) {
    return isInSampleDir(path) || path.split('/').slice(0, -1).some((segment) => SIDE_DIRS.has(segment.toLowerCase()));
}
/** PyPI compares names with `-`, `_` and `.` folded together and case ignored. */
const normalized = (name) => name.toLowerCase().replace(/[-_.]+/g, '-');
class KindEvidence {
    signals = [];
    add(kind, path, message, line) {
        this.signals.push({ kind, path, message, ...(line === undefined ? {} : { line }) });
    }
    has(kind) {
        return this.signals.some((signal) => signal.kind === kind);
    }
}
/** Where the repository shows that it publishes a package: a workflow step, or the README installing it by name. */
function publication(facts) {
    const workflow = facts.workflows.find((file) => file.commands.some((command) => PUBLISH_COMMAND.test(command.text))
        || file.jobs.some((job) => job.steps.some((step) => step.uses !== undefined && PUBLISH_ACTION.test(step.uses))));
    const readmeNames = new Set(facts.readmes.flatMap((readme) => readme.installsByName.map(normalized)));
    return { ...(workflow ? { workflow: workflow.path } : {}), readmeNames };
}
function publishedBy(published, name) {
    if (published.readmeNames.has(normalized(name)))
        return 'which the README installs by name';
    return published.workflow === undefined ? undefined : `which ${published.workflow} publishes`;
}
function pythonKinds(facts, evidence, published) {
    const distributions = [
        ...facts.pyprojects.filter((project) => project.distribution !== undefined).map((project) => ({ path: project.path, name: project.distribution })),
        ...facts.setupScripts.filter((script) => script.name !== undefined).map((script) => ({ path: script.path, name: script.name })),
    ].filter((item) => !isSidePath(item.path));
    const seen = new Set();
    for (const item of distributions) {
        const how = publishedBy(published, item.name);
        if (how !== undefined && !seen.has(normalized(item.name)))
            evidence.add('library', item.path, `${item.path} builds ${item.name}, ${how}`);
        seen.add(normalized(item.name));
    }
    if (seen.size >= 2)
        evidence.add('monorepo', distributions[0]?.path ?? '', `${seen.size} Python distributions`);
    for (const path of facts.paths) {
        if (dirName(path) === '' && RUN_FILES.test(path))
            evidence.add('application', path, `${path} runs it as a service`);
    }
}
function nodeKinds(facts, evidence, published) {
    const privateRuns = [];
    for (const manifest of facts.packageJsons) {
        if (isSidePath(manifest.path))
            continue;
        if (manifest.hasWorkspaces && dirName(manifest.path) === '')
            evidence.add('monorepo', manifest.path, `${manifest.path} declares workspaces`);
        if (manifest.name !== undefined && !manifest.isPrivate) {
            const how = publishedBy(published, manifest.name) ?? (manifest.publishKeys.length > 0 ? `with ${manifest.publishKeys.map((key) => `\`${key}\``).join(', ')} for its users` : undefined);
            if (how !== undefined)
                evidence.add('library', manifest.path, `${manifest.path} builds ${manifest.name}, ${how}`);
            continue;
        }
        const runs = RUN_SCRIPTS.find((script) => manifest.scripts[script] !== undefined);
        if (manifest.isPrivate && manifest.hasDependencies && !manifest.hasWorkspaces && runs !== undefined)
            privateRuns.push({ path: manifest.path, runs });
    }
    // A private package beside a published one builds or serves it (mkdocs-material's theme build, vite's workspace root).
    if (evidence.has('library'))
        return;
    for (const { path, runs } of privateRuns)
        evidence.add('application', path, `${path} is a private package run with \`npm run ${runs}\``);
}
function rustKinds(facts, evidence) {
    const shipped = facts.cargoManifests.filter((manifest) => !isSidePath(manifest.path) && !AUXILIARY_CRATE.test(manifest.path));
    const crates = shipped.filter((manifest) => manifest.isPackage);
    for (const crate of crates) {
        const dir = dirName(crate.path);
        if (crate.hasBinaries || facts.paths.has(joinPath(dir, 'src/main.rs')))
            evidence.add('application', crate.path, `${crate.path} builds a binary`);
        const library = crate.library ?? (facts.paths.has(joinPath(dir, 'src/lib.rs')) ? 'rust' : undefined);
        if (library === 'rust' && !crate.unpublished)
            evidence.add('library', crate.path, `${crate.path} is a library crate`);
    }
    const workspace = shipped.find((manifest) => manifest.isWorkspace && dirName(manifest.path) === '');
    if (workspace && crates.length >= 2)
        evidence.add('monorepo', workspace.path, `a Cargo workspace of ${crates.length} shipped crates`);
}
function goKinds(facts, evidence) {
    for (const module of facts.goModules) {
        if (isSidePath(module.path))
            continue;
        const root = dirName(module.path);
        const inModule = (dir) => root === '' || dir === root || dir.startsWith(`${root}/`);
        const programs = facts.goMainPackages.filter((dir) => inModule(dir) && !isSidePath(joinPath(dir, 'main.go')));
        const program = programs.find((dir) => dir === root) ?? programs.find((dir) => dir.includes('cmd/')) ?? programs[0];
        if (program !== undefined)
            evidence.add('application', module.path, program === root ? `${module.path} builds a program from its root package` : `${program}/ is a Go program (package main)`);
        else
            evidence.add('library', module.path, `${module.path} is a Go module with no program`);
    }
}
/** Works the kinds out from the facts of the read pass; it reads no file itself. */
function detectRepoKind(facts) {
    const evidence = new KindEvidence();
    const published = publication(facts);
    for (const action of facts.actionManifests)
        evidence.add('action', action.path, action.using ? `${action.path} runs ${action.using.value}` : `${action.path} defines an Action`, action.using?.line);
    pythonKinds(facts, evidence, published);
    nodeKinds(facts, evidence, published);
    rustKinds(facts, evidence);
    goKinds(facts, evidence);
    // A debugging `main` sits in many C files; the one in a file named for it is the program's.
    const programs = facts.cPrograms.filter((path) => !isSidePath(path));
    const program = programs.find((path) => /main/i.test(path)) ?? programs[0];
    if (program !== undefined)
        evidence.add('application', program, `${program} defines main()`);
    for (const name of WORKSPACE_FILES)
        if (facts.paths.has(name))
            evidence.add('monorepo', name, `${name} lists its packages`);
    if (facts.paths.has('Dockerfile') && !evidence.has('library') && !evidence.has('application'))
        evidence.add('application', 'Dockerfile', 'the root Dockerfile builds an image to run');
    const mlImports = facts.mlImports.filter((entry) => !isSidePath(entry.path));
    const mlImport = mlImports.find((entry) => /train/i.test(entry.path)) ?? mlImports[0];
    if (mlImport !== undefined && !evidence.has('library'))
        evidence.add('ml', mlImport.path, `${mlImport.path} imports ${mlImport.module}`);
    const shipsSomething = ['library', 'application', 'action', 'ml'].some((kind) => evidence.has(kind));
    const site = shipsSomething ? undefined : siteSignal(facts);
    if (site !== undefined)
        evidence.add('docs-site', site.path, site.message);
    return { kinds: REPO_KIND_IDS.filter((kind) => evidence.has(kind)), signals: evidence.signals };
}

;// CONCATENATED MODULE: ./src/scanners/checklist/capabilities/general-capabilities.ts



const REVERT = 'Revert the commit; the change is additive and nothing else depends on it.';
const BUILD_FILES = /^(?:Makefile|GNUmakefile|CMakeLists\.txt|meson\.build|BUILD(?:\.bazel)?|WORKSPACE|build\.gradle(?:\.kts)?|pom\.xml|justfile|Taskfile\.ya?ml|Rakefile|mkdocs\.ya?ml|book\.toml|_config\.yml|docusaurus\.config\.[cm]?[jt]s|conf\.py|(?:rollup|webpack|vite|tsup|rspack|esbuild)\.config\.[cm]?[jt]s)$/;
/** Package scripts that build: actions/typescript-action bundles with `package`, others `compile` or `dist`. */
const BUILD_SCRIPTS = ['build', 'bundle', 'package', 'compile', 'dist'];
/** Workflow steps that ship something: an image, a site, a release, a deploy. */
const DEPLOY_STEP = /^[^@]*(?:publish|release|deploy)|^(?:docker\/build-push-action|actions\/deploy-pages|peaceiris\/actions-gh-pages|JamesIves\/github-pages-deploy-action|softprops\/action-gh-release|goreleaser\/goreleaser-action|aws-actions\/|google-github-actions\/deploy|azure\/webapps-deploy|superfly\/flyctl-actions|amondnet\/vercel-action)/;
const DEPLOY_COMMAND = /\b(?:docker push|mkdocs gh-deploy|flyctl deploy|vercel deploy|kubectl apply|helm (?:upgrade|install)|serverless deploy|gh release create|goreleaser release)\b/;
function buildArtifacts(input) {
    const { facts } = input;
    const manifests = [
        ...facts.packageJsons.flatMap((item) => {
            const script = BUILD_SCRIPTS.find((name) => item.scripts[name] !== undefined);
            return script === undefined ? [] : [{ path: item.path, message: `\`${script}\` script` }];
        }),
        ...facts.pyprojects.filter((item) => item.distribution !== undefined).map((item) => ({ path: item.path, message: `builds ${item.distribution ?? ''}` })),
        ...facts.setupScripts.filter((item) => item.name !== undefined).map((item) => ({ path: item.path, message: `builds ${item.name ?? ''}` })),
        ...facts.cargoManifests.filter((item) => item.isPackage || item.isWorkspace).map((item) => ({ path: item.path, message: 'Cargo manifest' })),
        ...facts.goModules.map((item) => ({ path: item.path, message: 'Go module' })),
    ];
    const files = [...facts.paths].filter((path) => !path.includes('/') || path.startsWith('docs/')).filter((path) => BUILD_FILES.test(path.slice(path.lastIndexOf('/') + 1))).map((path) => ({ path, message: 'build file' }));
    return [...manifests, ...files];
}
function build(input) {
    const ci = checkStatus(input, 'ci');
    return row('build', 'Build', buildArtifacts(input), [
        unless(ci === 'pass', { gap: 'CI does not build the repository on every change.', risk: 'medium', plan: 'Add a workflow that installs and builds on push and pull request.', rollback: 'Delete the workflow file.' }),
        checkGap(input, 'lock-freshness', STALE_LOCK_ROLLBACK),
    ], 'A manifest or build file describes the build, and CI runs it.');
}
function fromChecks(id, title, input, ids, rollback, found) {
    const statuses = ids.map((check) => checkStatus(input, check));
    if (statuses.every((status) => status === 'not-applicable'))
        return notApplicable(id, title, input.checks.get(ids[0] ?? '')?.summary ?? 'No check of it applies.');
    const gaps = ids.map((check) => checkGap(input, check, rollback));
    const artifacts = checkEvidence(input, ...ids);
    const anyPass = statuses.some((status) => status === 'pass' || status === 'warn' || status === 'exempt');
    return row(id, title, anyPass && artifacts.length === 0 ? [{ message: found }] : artifacts, gaps, found, { showcaseCounts: true });
}
function release(input) {
    const published = publication(input.facts).workflow;
    const base = fromChecks('release', 'Release', input, ['changelog'], 'Delete the release notes file or the publishing job.', 'Release notes are kept.');
    if (published === undefined)
        return base;
    return { ...base, status: base.status === 'missing' ? 'partial' : base.status, artifacts: [{ path: published, message: 'publishes a package' }, ...base.artifacts].slice(0, 6) };
}
function deployment(input) {
    const { facts, kind } = input;
    const steps = facts.workflows.flatMap((workflow) => [
        ...workflow.jobs.flatMap((job) => job.steps.filter((step) => step.uses !== undefined && DEPLOY_STEP.test(step.uses)).map((step) => ({ path: workflow.path, line: step.line, message: `\`${step.uses ?? ''}\`` }))),
        ...workflow.commands.filter((command) => DEPLOY_COMMAND.test(command.text)).map((command) => ({ path: workflow.path, line: command.line, message: `\`${command.text}\`` })),
    ]);
    const published = publication(facts).workflow;
    const shipped = [
        ...(published === undefined ? [] : [{ path: published, message: 'publishes a package' }]),
        ...facts.actionManifests.map((item) => ({ path: item.path, message: 'Action manifest: used from its tag' })),
        ...steps,
        ...facts.dockerfiles.map((item) => ({ path: item.path, message: 'container image' })),
    ];
    // A library is only judged one once it is shown to be published (the README installs it by name, or a workflow publishes it).
    if (shipped.length === 0 && isLibraryOnly(kind)) {
        return row('deployment', 'Deployment', [{ message: 'installed by name from a package registry' }], [{ gap: 'No workflow publishes releases: they are uploaded by hand.', risk: 'low', plan: 'Publish from a tag-triggered workflow with trusted publishing.', rollback: 'Delete the publishing workflow; releases go back to manual uploads.' }], 'Published to a package registry.');
    }
    const gaps = [lowRisk(checkGap(input, 'container-pinning', 'Return the image reference to its previous tag.'))];
    if (shipped.length === 0)
        gaps.push({ gap: 'Nothing in the repository ships it: no publishing, image or deploy step.', risk: hasKind(kind, 'application') ? 'high' : 'medium', plan: 'Add a workflow that builds and ships a release on a tag.', rollback: 'Delete the workflow.' });
    return row('deployment', 'Deployment', shipped, gaps, `Shipped by ${shipped.length} step${shipped.length === 1 ? '' : 's'} or files.`);
}
function observability(input) {
    const { kind, facts } = input;
    const manifests = facts.observability.map((item) => ({ path: item.path, line: item.line, message: `declares \`${item.value}\`` }));
    const logs = signals(input, 'logging');
    if (hasKind(kind, 'docs-site') && !hasKind(kind, 'application'))
        return notApplicable('observability', 'Observability', 'A documentation site: nothing runs to observe.');
    if (isLibraryOnly(kind) || hasKind(kind, 'action'))
        return notApplicable('observability', 'Observability', 'A library or Action: the program that uses it chooses how to log and measure.');
    return row('observability', 'Observability', [...manifests, ...logs], [
        unless(manifests.length > 0 || logs.length === 0, { gap: 'Logs only (the standard `logging` module): no metrics, traces or error reports.', risk: 'low', plan: 'Export request metrics and errors (OpenTelemetry, Prometheus client, Sentry).', rollback: 'Remove the dependency and its initialisation; nothing else calls it.' }),
        unless(manifests.length > 0 || logs.length > 0, { gap: 'No logging, metrics, tracing or error-reporting library is declared: failures in production are seen only by users.', risk: hasKind(kind, 'application') ? 'high' : 'medium', plan: 'Add structured logging and an error reporter (OpenTelemetry, Sentry) at the entry point.', rollback: 'Remove the dependency and its initialisation; nothing else calls it.' }),
    ], 'Logs, metrics or traces are exported.');
}
/** The capabilities of any repository: build, test, lint, release, documentation, security, deployment, observability. */
function generalCapabilities(input) {
    return [
        build(input),
        fromChecks('test', 'Test', input, ['tests', 'ci'], 'Delete the added tests or workflow.', 'Tests exist and CI runs them.'),
        fromChecks('lint', 'Lint', input, ['lint-gates'], 'Remove the lint step from CI.', 'CI runs linters.'),
        release(input),
        fromChecks('documentation', 'Documentation', input, ['readme', 'contributing', 'docs-freshness'], REVERT, 'README and guides are in place.'),
        fromChecks('security', 'Security', input, ['secrets', 'security-policy', 'workflow-permissions', 'pinned-actions', 'dangerous-workflow', 'dependency-updates'], 'Revert the change to the workflow or policy file.', 'Security checks pass.'),
        deployment(input),
        observability(input),
    ];
}

;// CONCATENATED MODULE: ./src/scanners/checklist/capabilities/ml-capabilities.ts



const LOCK_SAYS = { pass: 'locked', warn: 'ranges without a lock', fail: 'not locked', 'not-applicable': 'no manifest declares any', exempt: 'exempt from the lockfile check', unknown: 'unknown' };
const ml_capabilities_REVERT = 'Revert the commit; the change is additive and nothing else depends on it.';
/** `Trainer(`, `SFTTrainer(`, `pl.Trainer(`, `trainer.fit(`: a framework runs the loop and its checkpoints. */
/** Libraries whose trainers checkpoint the whole training state; a repository's own `Trainer` class may not (minGPT's). */
const FRAMEWORKS = new Set(['transformers', 'lightning', 'pytorch_lightning', 'accelerate', 'deepspeed']);
const FRAMEWORK_TRAINER = /Trainer\($|^trainer\.(?:fit|train)\($/;
const FLAG_OFF = 'Guard it behind a flag that defaults to the old behaviour, and turn the flag off to roll back.';
function tokenization(input) {
    const found = signals(input, 'tokenizer');
    const textModels = input.facts.mlImports.some((item) => item.module === 'transformers' || item.module === 'tiktoken');
    if (found.length === 0 && !textModels)
        return notApplicable('tokenization', 'Tokenization', 'No text model: nothing in the code loads a tokenizer or imports transformers.');
    return row('tokenization', 'Tokenization', found, [], `A tokenizer is loaded in ${files(found)}.`);
}
function modelLoading(input) {
    const loaded = signals(input, 'model-load', 'adapter');
    const placed = signals(input, 'model-init');
    return row('model-loading', 'Model loading and init', [...loaded, ...placed], [
        unless(placed.length > 0, { gap: 'The dtype and device are never set explicitly: the model loads in float32 on whatever device is the default.', risk: 'medium', plan: 'Pass `torch_dtype=`/`dtype=` and `device_map=` (or `.to(device)`) from the config when the model is built.', rollback: FLAG_OFF }),
    ], `Models are built or loaded (${loaded.length} places${signals(input, 'adapter').length > 0 ? ', with adapters' : ''}), dtype or device set (${placed.length}).`);
}
function trainingLoop(input) {
    const loop = signals(input, 'train-loop');
    const precision = signals(input, 'precision');
    const accumulation = signals(input, 'grad-accum');
    if (loop.length === 0)
        return row('training-loop', 'Training loop', [], [{ gap: 'No trainer or training step (`loss.backward()`, `optimizer.step()`, a `Trainer`) in the code.', risk: 'high', plan: 'Add a training entry point with a loop or a trainer.', rollback: ml_capabilities_REVERT }], '');
    return row('training-loop', 'Training loop', [...loop, ...precision, ...accumulation], [
        unless(precision.length > 0, { gap: 'No mixed precision (`autocast`, `GradScaler`, `bf16=`): training runs in float32.', risk: 'low', plan: 'Add a precision option (bf16/fp16 autocast) that defaults to float32.', rollback: FLAG_OFF }),
        unless(accumulation.length > 0, { gap: 'No gradient accumulation: the batch size is bounded by device memory.', risk: 'low', plan: 'Add `gradient_accumulation_steps` and step the optimizer every k micro-batches.', rollback: FLAG_OFF }),
    ], `Training runs through ${ml_capabilities_describe(loop)}.`);
}
function configuration(input) {
    const loaders = signals(input, 'config', 'cli-config');
    const files = checkStatus(input, 'config-files') === 'pass' ? checkEvidence(input, 'config-files') : [];
    const sweeps = signals(input, 'sweep');
    return row('configuration', 'Configuration', [...loaders, ...files, ...sweeps], [
        checkGap(input, 'config-files', ml_capabilities_REVERT),
        unless(sweeps.length > 0 || signals(input, 'config').some((item) => item.message.includes('hydra')), { gap: 'No sweep support (Hydra multirun, `wandb.sweep`, Optuna): hyperparameter searches are run by hand.', risk: 'low', plan: 'Drive searches from a sweep config over the existing options.', rollback: ml_capabilities_REVERT }),
    ], `Options come from ${ml_capabilities_describe([...loaders, ...files])}.`);
}
function evaluation(input) {
    const computed = signals(input, 'metrics');
    const written = signals(input, 'metrics-write');
    const tracked = signals(input, 'tracking').some((item) => !item.message.startsWith('import '));
    return row('evaluation', 'Evaluation and metrics', [...computed, ...written], [
        unless(computed.length === 0 || written.length > 0 || tracked, { gap: 'Metrics are computed but never written to disk or a tracker: each run\'s numbers are lost when it ends.', risk: 'high', plan: 'Append each evaluation\'s metrics as one JSON line to the run directory (or log them to the tracker).', rollback: ml_capabilities_REVERT }),
        unless(computed.length > 0 || written.length > 0, { gap: 'No evaluation metric is computed or recorded by the code.', risk: 'medium', plan: 'Evaluate on a held-out split at fixed intervals and record the metrics.', rollback: ml_capabilities_REVERT }),
    ], `Metrics computed (${computed.length}) and written (${written.length}).`);
}
function logging(input) {
    const logs = signals(input, 'tracking', 'logging', 'metrics-write');
    const system = signals(input, 'system-metrics');
    return row('logging', 'Logging and monitoring', [...logs, ...system], [
        unless(logs.length > 0, { gap: 'No logger or tracker: runs print to the terminal only.', risk: 'medium', plan: 'Log with `logging` to a file in the run directory, or to a tracker.', rollback: ml_capabilities_REVERT }),
        unless(system.length > 0, { gap: 'No system metrics (GPU memory, `psutil`, `DeviceStatsMonitor`): slowdowns and out-of-memory failures are not seen coming.', risk: 'low', plan: 'Log `torch.cuda.max_memory_allocated()` and throughput with the training metrics.', rollback: ml_capabilities_REVERT }),
    ], `Runs log through ${ml_capabilities_describe(logs)}.`);
}
function checkpointing(input) {
    const saves = signals(input, 'checkpoint-save');
    const loads = signals(input, 'checkpoint-load');
    const state = signals(input, 'checkpoint-state');
    const retention = signals(input, 'checkpoint-retention');
    const unchecked = uncheckedLoads(input.facts);
    // A framework trainer (Hugging Face's, Lightning's) saves and restores optimizer, scheduler and RNG state, and checks the keys it loads.
    const frameworkFiles = new Set(input.facts.mlImports.filter((item) => FRAMEWORKS.has(item.module)).map((item) => item.path));
    const trainer = signals(input, 'train-loop').find((item) => FRAMEWORK_TRAINER.test(item.message) && item.path !== undefined && frameworkFiles.has(item.path));
    if (saves.length === 0)
        return row('checkpointing', 'Checkpointing and resume', loads, [{ gap: 'No checkpoint is saved: a crashed run starts over.', risk: 'high', plan: 'Save model, optimizer, scheduler and step every N steps (`torch.save`, `save_pretrained`, `ModelCheckpoint`).', rollback: ml_capabilities_REVERT }], 'Checkpoints are loaded, never saved.');
    return row('checkpointing', 'Checkpointing and resume', [...saves, ...loads, ...state, ...retention], [
        unless(loads.length > 0, { gap: 'Checkpoints are saved without a load path: a run cannot resume.', risk: 'high', plan: 'Load the latest checkpoint at start when one exists (`load_state_dict`, `resume_from_checkpoint`).', rollback: FLAG_OFF }),
        unless(state.length > 0 || trainer !== undefined, { gap: 'The optimizer, scheduler and RNG state are not saved with the weights: a resumed run does not continue the same run.', risk: 'medium', plan: 'Save `optimizer.state_dict()`, `scheduler.state_dict()` and `torch.get_rng_state()` beside the weights, and restore them on resume.', rollback: FLAG_OFF }),
        unless(unchecked.length === 0 || trainer !== undefined, { gap: `Checkpoints load with \`strict=False\` and the keys left out are never checked (\`${unchecked[0]?.path ?? ''}:${unchecked[0]?.line ?? ''}\`): a mismatched checkpoint loads silently.`, risk: 'medium', plan: 'Check `missing_keys`/`unexpected_keys` after loading, or load strictly.', rollback: ml_capabilities_REVERT }),
        unless(retention.length > 0 || signals(input, 'checkpoint-accumulating').length === 0, { gap: 'A new checkpoint file is written per step and nothing bounds how many are kept (best-k or last-k).', risk: 'low', plan: 'Keep the last or best k checkpoints (`save_total_limit`, `save_top_k`, `max_to_keep`).', rollback: FLAG_OFF }),
    ], `Checkpoints are saved (${saves.length}) and loaded (${loads.length})${trainer === undefined ? '' : `; ${trainer.message} keeps the training state`}.`);
}
function dataHandling(input) {
    const loaders = signals(input, 'data-loader', 'public-dataset');
    const splits = signals(input, 'data-split');
    const seeded = signals(input, 'data-shuffle-seeded');
    const cached = signals(input, 'data-cache');
    return row('data', 'Data handling', [...loaders, ...splits, ...seeded, ...cached], [
        unless(splits.length > 0, { gap: 'No explicit train/validation/test split in the code.', risk: 'low', plan: 'Split once with a fixed seed (`random_split` with a generator, `train_test_split(random_state=…)`) and save the split.', rollback: ml_capabilities_REVERT }),
        unless(seeded.length > 0 || checkStatus(input, 'seeding') === 'pass', { gap: 'Shuffling is not seeded (no `generator=`, `worker_init_fn=`, `.shuffle(seed=…)`): batches differ between runs.', risk: 'medium', plan: 'Pass a seeded `torch.Generator` and a `worker_init_fn` to the DataLoader.', rollback: ml_capabilities_REVERT }),
    ], `Data comes through ${ml_capabilities_describe(loaders)}.`);
}
function security(input) {
    const artifacts = checkEvidence(input, 'lockfile', 'dependency-updates');
    const safety = signals(input, 'safety');
    const secrets = checkStatus(input, 'secrets');
    const found = [...artifacts, ...(secrets === 'pass' ? [{ message: 'no committed secrets found' }] : []), ...safety];
    return row('security', 'Security and safety', found, [
        checkGap(input, 'secrets', 'Rotating a leaked secret cannot be rolled back; removing it from the tree is a plain revert.'),
        checkGap(input, 'lockfile', 'Delete the lockfile to return to unpinned installs.'),
        checkGap(input, 'lock-freshness', STALE_LOCK_ROLLBACK),
        checkGap(input, 'dependency-updates', 'Delete the Dependabot or Renovate config.'),
    ], `Dependencies: ${LOCK_SAYS[checkStatus(input, 'lockfile')]}; secret scan ${secrets}${safety.length > 0 ? '; safety filters present' : ''}.`);
}
function testing(input) {
    const tests = checkStatus(input, 'tests');
    const artifacts = checkEvidence(input, 'tests', 'ci', 'optional-dependency-skips');
    if (tests === 'fail')
        return row('tests', 'Internal CI and tests', [], [checkGap(input, 'tests', ml_capabilities_REVERT)], '');
    return row('tests', 'Internal CI and tests', artifacts, [
        checkGap(input, 'ci', 'Delete the workflow file.'),
        checkGap(input, 'optional-dependency-skips', 'Remove the scheduled GPU job.'),
        checkGap(input, 'lint-gates', 'Remove the lint step from CI.'),
    ], `Tests ${tests === 'pass' ? 'exist' : tests}; CI ${checkStatus(input, 'ci')}.`, { showcaseCounts: true });
}
function ml_capabilities_deployment(input) {
    const { facts, kind } = input;
    if (!hasKind(kind, 'library') && !hasKind(kind, 'application'))
        return notApplicable('deployment', 'Deployment', 'Research code: it is run from a checkout, not published or served.');
    const packages = [...facts.pyprojects.filter((item) => item.distribution !== undefined).map((item) => ({ path: item.path, message: `builds ${item.distribution ?? ''}` })), ...facts.setupScripts.filter((item) => item.name !== undefined).map((item) => ({ path: item.path, message: `builds ${item.name ?? ''}` }))];
    const containers = facts.dockerfiles.map((item) => ({ path: item.path, message: 'container image' }));
    return row('deployment', 'Deployment', [...packages, ...containers], [
        unless(packages.length > 0, { gap: 'Nothing packages the code (no `[project]` in pyproject.toml, no setup.py name).', risk: 'medium', plan: 'Declare the package in pyproject.toml with its console scripts.', rollback: ml_capabilities_REVERT }),
        lowRisk(checkGap(input, 'container-pinning', 'Return the image reference to its previous tag.')),
    ], `Packaged (${packages.length}), containers (${containers.length}).`);
}
function documentation(input) {
    const paths = [...input.facts.paths];
    const docs = paths.filter((path) => /^docs?\//.test(path) || /^[^/].*\/README\.(?:md|rst|txt)$/i.test(path)).slice(0, 1).map((path) => ({ path, message: 'documentation beside the README' }));
    const examples = paths.filter((path) => /^(?:examples?|notebooks?|tutorials?)\//.test(path) || /^[^/]+\.ipynb$/.test(path)).slice(0, 2).map((path) => ({ path, message: 'example' }));
    const readme = checkEvidence(input, 'readme');
    return row('documentation', 'Documentation and examples', [...readme, ...docs, ...examples], [
        checkGap(input, 'readme', ml_capabilities_REVERT),
        unless(docs.length + examples.length > 0, { gap: 'No docs folder, examples or notebooks beside the README.', risk: 'low', plan: 'Add one runnable example of the main workflow under `examples/`.', rollback: ml_capabilities_REVERT }),
    ], 'README with docs or examples.', { showcaseCounts: true });
}
function tracking(input) {
    const trackers = signals(input, 'tracking');
    const ids = signals(input, 'run-id');
    return row('tracking', 'Experiment tracking', [...trackers, ...ids], [
        trackers.length === 0 ? { gap: 'No experiment tracker (MLflow, W&B, TensorBoard, DVC).', risk: 'medium', plan: 'Log parameters, metrics and artifacts of each run to a tracker.', rollback: FLAG_OFF } : undefined,
        unless(trackers.length === 0 || ids.length > 0, { gap: 'Runs are tracked, but no run id, name or log directory is set or read.', risk: 'low', plan: 'Name each run and print or save its id with the results.', rollback: ml_capabilities_REVERT }),
    ], `Runs are tracked with ${ml_capabilities_describe(trackers)}.`);
}
function extensibility(input) {
    const found = signals(input, 'registry');
    return row('extensibility', 'Extensibility', found, [
        unless(found.length > 0, { gap: 'No registry, plugin hook or entry points: adding a model, dataset or metric means editing the core code.', risk: 'low', plan: 'Register models and datasets by name in one registry the config selects from.', rollback: ml_capabilities_REVERT }),
    ], `Extension points: ${ml_capabilities_describe(found)}.`);
}
function files(items) {
    const paths = [...new Set(items.map((item) => item.path))];
    return paths.length === 1 ? `\`${paths[0] ?? ''}\`` : `${paths.length} files`;
}
/** `torch.save( and 3 more kinds in 4 files`: what was seen most, and where. */
function ml_capabilities_describe(items) {
    const kinds = [...new Set(items.map((item) => item.message))];
    return `\`${kinds[0] ?? ''}\`${kinds.length > 1 ? ` and ${kinds.length - 1} more` : ''} in ${files(items)}`;
}
/** The capabilities a hand-written audit of an ML repository has, in its order. */
function mlCapabilities(input) {
    return [tokenization, modelLoading, trainingLoop, configuration, evaluation, logging, checkpointing, dataHandling, security, testing, ml_capabilities_deployment, documentation, tracking, extensibility].map((rule) => rule(input));
}

;// CONCATENATED MODULE: ./src/scanners/checklist/capabilities/audit-capabilities.ts





/** ML libraries imported in this many code files make an ML code base, whatever else the repository is. */
const ML_FILES = 3;
/**
 * ML training and research code, and libraries built on an ML framework, are audited for what an
 * ML code base needs (tokenization … extensibility); every other repository for build, test, lint,
 * release, documentation, security, deployment and observability.
 */
function auditCapabilities(facts, kind, checks) {
    const code = new Map();
    for (const signal of facts.signals) {
        if (isTestPath(signal.path))
            continue;
        const list = code.get(signal.category);
        const item = { path: signal.path, line: signal.line, message: signal.label };
        if (list === undefined)
            code.set(signal.category, [item]);
        else
            list.push(item);
    }
    const input = { facts, kind, checks: new Map(checks.map((check) => [check.id, check])), code };
    const mlFiles = new Set(facts.mlImports.filter((item) => !isTestPath(item.path)).map((item) => item.path)).size;
    const ml = hasKind(kind, 'ml') || mlFiles >= ML_FILES;
    const rows = ml ? mlCapabilities(input) : generalCapabilities(input);
    const rank = placeRank(facts);
    return { scope: ml ? 'ml' : 'general', rows: rows.map((row) => shownFirst(row, rank)) };
}
/**
 * 0 for the package a manifest builds (`src/peft/`, `trl/`), 1 for other code, 2 for examples and
 * tests: a reader checks a capability where it ships, not in a benchmark script.
 */
function placeRank(facts) {
    const names = [...facts.pyprojects.map((item) => item.distribution), ...facts.setupScripts.map((item) => item.name), ...facts.packageJsons.map((item) => item.name)]
        .filter((name) => name !== undefined)
        .map((name) => name.replace(/^@[^/]+\//, '').replace(/[-.]/g, '_').toLowerCase());
    const homes = names.flatMap((name) => [`${name}/`, `src/${name}/`, `lib/${name}/`]);
    return (item) => {
        if (item.path === undefined)
            return 1;
        if (isShowcase(item.path))
            return 2;
        return homes.some((home) => item.path?.toLowerCase().startsWith(home)) && !SIDE_OF_PACKAGE.test(item.path) ? 0 : 1;
    };
}
/** Parts of a package that are not its main line: trl's `experimental/`, a `contrib/` or `legacy/` folder. */
const SIDE_OF_PACKAGE = /\/(?:experimental|contrib|legacy|deprecated)\//;
/** Rows whose artifacts are tests and documents: these are not moved behind the code. */
const OWN_SHOWCASE = new Set(['tests', 'test', 'documentation']);
function shownFirst(row, rank) {
    const ordered = row.artifacts.map((item, index) => ({ item, index, place: OWN_SHOWCASE.has(row.id) ? 0 : rank(item) })).sort((a, b) => a.place - b.place || a.index - b.index);
    return { ...row, artifacts: ordered.slice(0, ARTIFACTS_SHOWN).map((entry) => entry.item) };
}

;// CONCATENATED MODULE: ./src/scanners/checklist/ml-test-score.ts
/** The 28 tests of "The ML Test Score" (Breck et al., IEEE Big Data 2017), in the paper's words. */
const RUBRIC = [
    {
        id: 'data',
        title: 'Tests for features and data',
        prefix: 'Data',
        tests: [
            'Feature expectations are captured in a schema',
            'All features are beneficial',
            'No feature\'s cost is too much',
            'Features adhere to meta-level requirements',
            'The data pipeline has appropriate privacy controls',
            'New features can be added quickly',
            'All input feature code is tested',
        ],
    },
    {
        id: 'model',
        title: 'Tests for model development',
        prefix: 'Model',
        tests: [
            'Model specs are reviewed and submitted',
            'Offline and online metrics correlate',
            'All hyperparameters have been tuned',
            'The impact of model staleness is known',
            'A simpler model is not better',
            'Model quality is sufficient on important data slices',
            'The model is tested for considerations of inclusion',
        ],
    },
    {
        id: 'infrastructure',
        title: 'Tests for ML infrastructure',
        prefix: 'Infra',
        tests: [
            'Training is reproducible',
            'Model specs are unit tested',
            'The ML pipeline is integration tested',
            'Model quality is validated before serving',
            'The model is debuggable',
            'Models are canaried before serving',
            'Serving models can be rolled back',
        ],
    },
    {
        id: 'monitoring',
        title: 'Monitoring tests for ML',
        prefix: 'Monitor',
        tests: [
            'Dependency changes result in notification',
            'Data invariants hold for inputs',
            'Training and serving are not skewed',
            'Models are not too stale',
            'Models are numerically stable',
            'Computing performance has not regressed',
            'Prediction quality has not regressed',
        ],
    },
];
const ML_TEST_IDS = new Set(RUBRIC.flatMap((section) => section.tests.map((_, index) => `${section.prefix} ${index + 1}`)));
const ML_TEST_NOTE = 'Static evidence from the repository for the ML Test Score rubric (Breck et al., 2017). It shows what the code prepares for, not that a test is run, so no numeric ML Test Score is given; tests without checks need evidence from running systems.';
/** The four sections with, for each test, the applicable checks that speak to it and what they found. */
function buildMlTestScoreView(checks) {
    const relevant = checks.filter((check) => check.status !== 'not-applicable' && check.status !== 'exempt');
    return {
        note: ML_TEST_NOTE,
        sections: RUBRIC.map((section) => ({
            id: section.id,
            title: section.title,
            tests: section.tests.map((title, index) => {
                const id = `${section.prefix} ${index + 1}`;
                return {
                    id,
                    title,
                    checks: relevant.filter((check) => check.mlTestScore.includes(id)).map((check) => ({ check: check.id, status: check.status, summary: check.summary })),
                };
            }),
        })),
    };
}

;// CONCATENATED MODULE: ./src/scanners/checklist/packs.ts


const packs_WORKFLOW = /^\.github\/workflows\/[^/]+\.ya?ml$/;
/** Whether a pack fits the repository at all; a pack that does not stays out of the score. */
function packApplicability(pack, facts, settings) {
    switch (pack) {
        case 'general':
        case 'custom':
            return { applies: true, reason: 'Applies to every repository.' };
        case 'reproducibility': {
            const runtimes = [...manifestsByRuntime(facts).keys()];
            const python = facts.files.some((file) => file.language === 'Python' || file.language === 'Jupyter Notebook');
            if (runtimes.length > 0 || python || facts.dockerfiles.length > 0 || hasManifest(facts)) {
                const uses = [...runtimes, ...(python && !runtimes.includes('python') ? ['python code'] : []), ...(facts.dockerfiles.length > 0 ? ['containers'] : [])];
                return { applies: true, reason: uses.length > 0 ? `Uses ${uses.join(', ')}.` : 'Has package manifests.' };
            }
            return { applies: false, reason: 'No Python, JavaScript, Rust or Go project and no container: nothing to reproduce with these checks.' };
        }
        case 'ci':
            return hasCode(facts) || [...facts.paths].some((path) => packs_WORKFLOW.test(path))
                ? { applies: true, reason: 'Has source code or GitHub workflows.' }
                : { applies: false, reason: 'No source code and no GitHub workflows.' };
        case 'docs':
            return settings.docsFreshness.files.length > 0
                ? { applies: true, reason: `${settings.docsFreshness.files.length} documents listed under docs-freshness.` }
                : { applies: false, reason: 'No documents listed under checklist.docs-freshness.files.' };
    }
}

;// CONCATENATED MODULE: ./src/scanners/checklist/score.ts
const CREDIT = { pass: 1, warn: 0.5, fail: 0 };
/**
 * Weighted share of the scored checks that passed, warn counting half. Not-applicable and unknown
 * checks are left out: a check that cannot tell must not move the score either way. Rounded down,
 * so 100 means nothing scored short of a pass; with nothing to score the score is 100.
 */
function computeScore(checks) {
    let scoredWeight = 0;
    let earnedWeight = 0;
    for (const check of checks) {
        const credit = CREDIT[check.status];
        if (credit === undefined)
            continue;
        scoredWeight += check.weight;
        earnedWeight += check.weight * credit;
    }
    const score = scoredWeight === 0 ? 100 : Math.floor((earnedWeight / scoredWeight) * 100 + 1e-9);
    return { score, scoredWeight, earnedWeight };
}

;// CONCATENATED MODULE: ./src/scanners/checklist/checklist-scanner.ts















/** Evidence items kept per check in the report; the rest are counted in `evidenceOmitted`. */
const MAX_EVIDENCE = 50;
/** Built-in checks of enabled packs, minus disabled ones and with the configured weights, then the custom rules. */
function enabledChecks(settings) {
    const builtIn = BUILT_IN_CHECKS.filter((check) => settings.packs[check.pack] && !settings.disable.some((id) => id === check.id))
        .map((check) => {
        const weight = settings.weights[check.id];
        return weight === undefined ? check : { ...check, weight };
    });
    return [...builtIn, ...settings.rules.map(customRuleCheck)];
}
/** The globs whose git history the enabled checks need: docs-freshness files, the status documents found, and max-age rules. */
function historyPatterns(settings, checks, statusDocuments = []) {
    const patterns = checks.some((check) => check.id === 'docs-freshness') ? [...settings.docsFreshness.files, ...statusDocuments] : [];
    for (const rule of settings.rules)
        if (rule.type === 'max-age')
            patterns.push(...rule.paths);
    return [...new Set(patterns)];
}
function evaluate(check, input, packs) {
    const base = { id: check.id, title: check.title, pack: check.pack, weight: check.weight, mlTestScore: check.mlTestScore };
    const pack = packs.get(check.pack);
    if (pack && !pack.applies) {
        return { ...base, status: 'not-applicable', summary: pack.reason, evidence: [], evidenceOmitted: 0, remediation: check.remediation };
    }
    const reason = notApplicableReason(check, input);
    if (reason !== undefined) {
        return { ...base, status: 'not-applicable', summary: reason, evidence: [], evidenceOmitted: 0, remediation: check.remediation };
    }
    const verdict = check.evaluate(input);
    const evidence = verdict.evidence ?? [];
    const result = {
        ...base,
        status: verdict.status,
        summary: verdict.summary,
        evidence: evidence.slice(0, MAX_EVIDENCE),
        evidenceOmitted: Math.max(0, evidence.length - MAX_EVIDENCE),
        remediation: verdict.remediation ?? check.remediation,
        ...(verdict.details ? { details: verdict.details } : {}),
    };
    return withExemption(result, input.settings.exempt[check.id], input.now);
}
/**
 * An exemption in force turns a check that does not pass into `exempt`, saying why and what the
 * check found; a passing check needs none and keeps its pass. Past its last day the check counts
 * again, and the summary says the exemption ran out.
 */
function withExemption(result, exemption, now) {
    if (exemption === undefined)
        return result;
    const until = exemption.until === undefined ? {} : { until: exemption.until };
    if (exemption.until !== undefined && now.toISOString().slice(0, 10) > exemption.until) {
        return { ...result, summary: `${result.summary} (The exemption "${exemption.reason}" ran out on ${exemption.until}.)`, exemption: { reason: exemption.reason, ...until, expired: true } };
    }
    if (result.status === 'pass')
        return result;
    return {
        ...result,
        status: 'exempt',
        summary: `Exempt${exemption.until === undefined ? '' : ` until ${exemption.until}`}: ${exemption.reason}. Without the exemption: ${result.status}, ${result.summary}`,
        exemption: { reason: exemption.reason, ...until, statusWithout: result.status },
    };
}
class ChecklistRun {
    context;
    clock;
    settings;
    excluded;
    facts;
    content;
    constructor(context, clock) {
        this.context = context;
        this.clock = clock;
        this.settings = context.options.scanners.checklist;
        this.excluded = (0,path_globs/* pathMatcher */.k)(this.settings.exclude);
        this.facts = new FactCollector(this.excluded, context.memo);
        this.content = new ContentRuleCollector(this.settings.rules);
    }
    wants(file) {
        return !this.excluded(file.path);
    }
    /** Keeps compact facts (matches with lines, parsed manifests), never the text. */
    visit(file, text) {
        if (this.excluded(file.path))
            return;
        this.facts.visit(file, text);
        this.content.visit(file, text);
    }
    async finish() {
        const { inventory, git } = this.context;
        const settings = this.settings;
        const facts = this.facts.finish(inventory);
        const checks = enabledChecks(settings);
        const [history, tags] = await Promise.all([
            readLastChanges(inventory.root, git, historyPatterns(settings, checks, facts.statusDocuments)),
            readVersionTags(inventory.root, git, checks.some((check) => check.needsVersionTags?.(facts) === true)),
        ]);
        const kind = detectRepoKind(facts);
        const input = { facts, kind, settings, history, tags, contentMatches: this.content.finish(), now: this.clock() };
        const packIds = [...checklist_result/* PACK_IDS */.p, ...(settings.rules.length > 0 ? ['custom'] : [])];
        const packs = new Map(packIds.map((id) => {
            const enabled = id === 'custom' || settings.packs[id];
            const fit = packApplicability(id, facts, settings);
            return [id, { id, enabled, applies: fit.applies, reason: enabled ? fit.reason : `Turned off in the config (checklist.packs.${id}: false).` }];
        }));
        const results = checks.map((check) => evaluate(check, input, packs));
        return { ...computeScore(results), kind: kindSummary(kind), packs: [...packs.values()], checks: results, mlTestScore: buildMlTestScoreView(results), capabilities: auditCapabilities(facts, kind, results) };
    }
}
/** The checklist scanner with its own clock, so tests can date history; production uses `checklistScanner`. */
function createChecklistScanner(clock = () => new Date()) {
    return {
        id: 'checklist',
        title: 'Checklist',
        start(context) {
            return new ChecklistRun(context, clock);
        },
    };
}
const checklistScanner = createChecklistScanner();


/***/ }),

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


/***/ })

};
