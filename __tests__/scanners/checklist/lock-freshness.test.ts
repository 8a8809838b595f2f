import { describe, expect, it } from 'vitest'
import { lockFreshnessCheck } from '../../../src/scanners/checklist/checks/lock-freshness.js'
import { overriddenName } from '../../../src/scanners/checklist/facts/package-json.js'
import { verdictOf, type Files } from './checklist-fixtures.js'

const json = (value: unknown): string => JSON.stringify(value, null, 2)
const packageLock = (root: Record<string, unknown>, workspaces: Record<string, Record<string, unknown>> = {}): string =>
  json({ name: 'app', lockfileVersion: 3, requires: true, packages: { '': root, ...workspaces, 'node_modules/left-pad': { version: '1.3.0' } } })

function messages(files: Files): { status: string; messages: string[] } {
  const verdict = verdictOf(lockFreshnessCheck, files)
  if (verdict === 'not-applicable') return { status: 'not-applicable', messages: [] }
  return { status: verdict.status, messages: (verdict.evidence ?? []).map((item) => `${item.path}:${item.line ?? ''} ${item.message}`) }
}

describe('lock-freshness: npm and pnpm', () => {
  it('passes when package-lock.json records every specifier, and fails naming a dependency added since, with its line', () => {
    const manifest = json({ name: 'app', dependencies: { 'left-pad': '^1.3.0' }, devDependencies: { vitest: '^4.0.0' } })
    expect(messages({ 'package.json': manifest, 'package-lock.json': packageLock({ dependencies: { 'left-pad': '^1.3.0' }, devDependencies: { vitest: '^4.0.0' } }) }))
      .toEqual({ status: 'pass', messages: ['package.json: package-lock.json records all 2 dependencies as declared'] })
    const stale = messages({ 'package.json': manifest, 'package-lock.json': packageLock({ dependencies: { 'left-pad': '^1.3.0' } }) })
    expect(stale.status).toBe('fail')
    expect(stale.messages[0]).toBe('package.json:7 declares vitest, which package-lock.json does not record: `npm ci` fails; run `npm install` and commit the lock')
  })

  it('fails a changed range whose locked version is outside it (npm ci refuses), warns while it is in range, and warns on a removed dependency', () => {
    const outside = messages({ 'package.json': json({ dependencies: { 'left-pad': '^2.0.0' } }), 'package-lock.json': packageLock({ dependencies: { 'left-pad': '^1.3.0' } }) })
    expect(outside).toEqual({ status: 'fail', messages: ['package.json:3 left-pad is ^2.0.0 here but package-lock.json installs 1.3.0, outside that range: `npm ci` fails; run `npm install` and commit the lock'] })
    expect(messages({ 'package.json': json({ dependencies: { 'left-pad': '^1.2.0' } }), 'package-lock.json': packageLock({ dependencies: { 'left-pad': '^1.3.0' } }) }))
      .toEqual({ status: 'warn', messages: ['package.json:3 left-pad is ^1.2.0 here but ^1.3.0 in package-lock.json: the lock was written before the range changed; `npm ci` still installs, as the locked versions are in range, but run `npm install` to record it'] })
    const dropped = messages({ 'package.json': json({ dependencies: { 'left-pad': '^1.3.0' } }), 'package-lock.json': packageLock({ dependencies: { 'left-pad': '^1.3.0', chalk: '^5.0.0' } }) })
    expect(dropped).toEqual({ status: 'warn', messages: [expect.stringContaining('package-lock.json still records chalk, which package.json no longer declares')] })
  })

  it('judges each workspace against its own entry and leaves out packages the lock does not cover', () => {
    const files = {
      'package.json': json({ workspaces: ['packages/*'], devDependencies: { typescript: '^5.6.0' } }),
      'packages/ui/package.json': json({ name: '@app/ui', dependencies: { react: '^19.0.0' } }),
      'examples/demo/package.json': json({ dependencies: { express: '^5.0.0' } }),
      'package-lock.json': packageLock({ devDependencies: { typescript: '^5.6.0' } }, { 'packages/ui': { name: '@app/ui', dependencies: { react: '^18.0.0' } }, 'packages/ui/node_modules/react': { version: '18.3.1' } }),
    }
    const result = messages(files)
    expect(result.status).toBe('fail')
    expect(result.messages).toEqual([
      'packages/ui/package.json:4 react is ^19.0.0 here but package-lock.json installs 18.3.1, outside that range: `npm ci` fails; run `npm install` and commit the lock',
      'package.json: package-lock.json records the 1 dependency as declared',
    ])
  })

  it('fails a pnpm importer whose specifier changed, counts peers pnpm records and follows overrides', () => {
    const lock = (vueSpec: string) => [
      "lockfileVersion: '9.0'", '', 'overrides:', '  esbuild: ^0.25.0', '', 'importers:', '', '  .:', '    devDependencies:',
      '      esbuild:', '        specifier: ^0.25.0', '        version: 0.25.1', '', '  packages/compat:', '    dependencies:',
      '      vue:', `        specifier: ${vueSpec}`, '        version: link:../vue', '', 'packages:', '', '  esbuild@0.25.1:', '    resolution: {integrity: sha512-x}', '',
    ].join('\n')
    const files = {
      'package.json': json({ devDependencies: { esbuild: '^0.24.0' } }),
      'packages/compat/package.json': json({ peerDependencies: { vue: 'workspace:*' } }),
    }
    expect(messages({ ...files, 'pnpm-lock.yaml': lock('workspace:*') }).status).toBe('pass')
    const changed = messages({ ...files, 'packages/compat/package.json': json({ dependencies: { vue: 'workspace:^' } }), 'pnpm-lock.yaml': lock('workspace:*') })
    expect(changed.status).toBe('fail')
    expect(changed.messages[0]).toContain('vue is workspace:^ here but workspace:* in pnpm-lock.yaml: `pnpm install --frozen-lockfile` fails')
  })

  it('reads a v5 pnpm lock of one project and a v1 package-lock by name', () => {
    const v5 = 'lockfileVersion: 5.4\n\nspecifiers:\n  left-pad: ^1.3.0\n\ndependencies:\n  left-pad: 1.3.0\n'
    expect(messages({ 'package.json': json({ dependencies: { 'left-pad': '^1.3.0', chalk: '^5' } }), 'pnpm-lock.yaml': v5 }).messages[0]).toContain('declares chalk, which pnpm-lock.yaml does not record')
    const v1 = json({ lockfileVersion: 1, dependencies: { 'left-pad': { version: '1.3.0' } } })
    expect(messages({ 'package.json': json({ dependencies: { 'left-pad': '^1.3.0', chalk: '^5' } }), 'package-lock.json': v1 }).messages[0]).toContain('declares chalk, which package-lock.json does not lock: `npm ci` fails')
  })
})

describe('lock-freshness: yarn', () => {
  const berry = '# This file is generated by running "yarn install" inside your project.\n\n__metadata:\n  version: 8\n\n"left-pad@npm:^1.3.0":\n  version: 1.3.0\n\n"typescript@npm:5.6.3, typescript@npm:^5.6.0":\n  version: 5.6.3\n'
  it('finds every registry range as an entry, in yarn v1 and Berry form', () => {
    const v1 = '# yarn lockfile v1\n\n\nleft-pad@^1.3.0:\n  version "1.3.0"\n\n"@types/node@^22.0.0", "@types/node@^22.1.0":\n  version "22.1.0"\n'
    expect(messages({ 'package.json': json({ dependencies: { 'left-pad': '^1.3.0' }, devDependencies: { '@types/node': '^22.1.0' } }), 'yarn.lock': v1 }).status).toBe('pass')
    expect(messages({ 'package.json': json({ dependencies: { 'left-pad': '^1.3.0', typescript: '^5.6.0' } }), 'yarn.lock': berry }).status).toBe('pass')
  })

  it('fails on a range without an entry, but not for a resolution, a workspace sibling or a git specifier', () => {
    const files = {
      'package.json': json({ dependencies: { 'left-pad': '^1.4.0', typescript: '^5.6.0', '@app/ui': '^1.0.0', tool: 'github:owner/tool' }, resolutions: { '**/typescript': '5.6.3' } }),
      'packages/ui/package.json': json({ name: '@app/ui' }),
    }
    expect(messages({ ...files, 'yarn.lock': berry })).toEqual({ status: 'fail', messages: ['package.json:3 left-pad@^1.4.0 has no entry in yarn.lock: `yarn install --frozen-lockfile` (`--immutable`) fails; run `yarn install`'] })
  })

  it('takes the package an override key names', () => {
    expect(['**/typescript', 'parent/@scope/child', 'foo@^1', 'a>b', '@scope/pkg@2'].map(overriddenName)).toEqual(['typescript', '@scope/child', 'foo', 'b', '@scope/pkg'])
  })
})

describe('lock-freshness: Python', () => {
  const uvLock = (requiresDist: string[], dev: string[] = []) => [
    'version = 1', 'requires-python = ">=3.10"', '', '[[package]]', 'name = "httpx"', 'version = "0.28.1"', 'source = { registry = "https://pypi.org/simple" }', '',
    '[[package]]', 'name = "app"', 'version = "0.1.0"', 'source = { editable = "." }', 'dependencies = [', '    { name = "httpx" },', ']', '',
    '[package.metadata]', `requires-dist = [${requiresDist.map((name) => `{ name = "${name}", specifier = ">=0.1" }`).join(', ')}]`, '',
    '[package.metadata.requires-dev]', `dev = [${dev.map((name) => `{ name = "${name}" }`).join(', ')}]`, '',
  ].join('\n')
  const pyproject = (dependencies: string[], dev: string[] = []) => `[project]\nname = "app"\nversion = "0.1.0"\ndependencies = [${dependencies.map((d) => `"${d}"`).join(', ')}]\n\n[dependency-groups]\ndev = [${dev.map((d) => `"${d}"`).join(', ')}]\n\n[build-system]\nrequires = ["hatchling"]\nbuild-backend = "hatchling.build"\n`

  it('compares uv.lock metadata both ways with normalised names', () => {
    expect(messages({ 'pyproject.toml': pyproject(['HTTPX>=0.27', 'app[extra]'], ['pytest']), 'uv.lock': uvLock(['httpx'], ['pytest']) }).status).toBe('pass')
    expect(messages({ 'pyproject.toml': pyproject(['httpx>=0.27', 'rich'], ['pytest']), 'uv.lock': uvLock(['httpx'], ['pytest']) }).messages[0])
      .toBe('pyproject.toml:4 declares rich, which uv.lock does not record: `uv sync --locked` and `uv lock --check` fail; run `uv lock`')
    expect(messages({ 'pyproject.toml': pyproject([], ['pytest']), 'uv.lock': uvLock(['httpx'], ['pytest']) }).messages[0]).toContain('uv.lock still records httpx, which pyproject.toml no longer declares')
  })

  it("judges a uv workspace member against the root's lock, not a lock left in its folder", () => {
    const member = '[project]\nname = "core"\nversion = "1.0"\ndependencies = ["typing-extensions"]\n'
    const root = [
      '[[package]]', 'name = "core"', 'source = { editable = "core" }', '', '[package.metadata]', 'requires-dist = [{ name = "typing-extensions" }]', '',
    ].join('\n')
    const leftover = '[[package]]\nname = "core"\nsource = { editable = "." }\n\n[package.metadata]\nrequires-dist = [{ name = "something-else" }]\n'
    expect(messages({ 'core/pyproject.toml': member, 'uv.lock': root, 'core/uv.lock': leftover })).toEqual({ status: 'pass', messages: ['core/pyproject.toml: uv.lock records the 1 dependency'] })
  })

  it('finds a Poetry dependency added without relocking, and a Pipfile package missing from Pipfile.lock', () => {
    const poetry = '[tool.poetry]\nname = "app"\n\n[tool.poetry.dependencies]\npython = "^3.11"\nrequests = "^2.31"\nRich = "^13"\n'
    const lock = '[[package]]\nname = "requests"\nversion = "2.32.3"\n\n[metadata]\nlock-version = "2.0"\n'
    expect(messages({ 'pyproject.toml': poetry, 'poetry.lock': lock }).messages[0]).toBe('pyproject.toml:7 declares rich, which poetry.lock does not lock: `poetry install` refuses the lock (`poetry check --lock` fails); run `poetry lock`')
    const pipfile = '[packages]\nrequests = "*"\nflask = "*"\n\n[dev-packages]\npytest = "*"\n'
    const pipfileLock = json({ _meta: {}, default: { requests: { version: '==2.32.3' } }, develop: { pytest: { version: '==8.3.0' } } })
    expect(messages({ Pipfile: pipfile, 'Pipfile.lock': pipfileLock }).messages[0]).toContain('lists flask, which Pipfile.lock does not lock: `pipenv install --deploy` fails')
  })
})

describe('lock-freshness: Cargo and Go', () => {
  it('finds a crate without a Cargo.lock entry, resolving `package =` renames and workspace inheritance, and skips crates outside the lock', () => {
    const lock = '# This file is automatically @generated by Cargo.\nversion = 4\n\n[[package]]\nname = "cli"\nversion = "0.1.0"\n\n[[package]]\nname = "serde"\nversion = "1.0.210"\n\n[[package]]\nname = "regex-automata"\nversion = "0.4.8"\n'
    const files = {
      'Cargo.toml': '[workspace]\nmembers = ["cli"]\n\n[workspace.dependencies]\nautomata = { package = "regex-automata", version = "0.4" }\n',
      'cli/Cargo.toml': '[package]\nname = "cli"\nversion = "0.1.0"\n\n[dependencies]\nserde = "1"\nautomata = { workspace = true }\n',
      'fuzz/Cargo.toml': '[package]\nname = "cli-fuzz"\nversion = "0.0.0"\n\n[dependencies]\nlibfuzzer-sys = "0.4"\n',
      'Cargo.lock': lock,
    }
    expect(messages(files)).toEqual({ status: 'pass', messages: ['cli/Cargo.toml: Cargo.lock locks all 2 dependencies'] })
    const added = { ...files, 'cli/Cargo.toml': `${files['cli/Cargo.toml']}\n[target.'cfg(windows)'.dependencies]\nwinapi = "0.3"\n` }
    expect(messages(added).messages[0]).toBe('cli/Cargo.toml:10 depends on winapi, which Cargo.lock does not lock: `cargo build --locked` fails; run `cargo update -w`')
  })

  it('finds a required module version without its go.sum line, leaving replaced modules out', () => {
    const goMod = 'module example.com/app\n\ngo 1.22\n\nrequire (\n\tgithub.com/spf13/cobra v1.8.1\n\tgolang.org/x/text v0.14.0 // indirect\n\texample.com/local v0.0.0\n)\n\nreplace example.com/local => ../local\n'
    const sum = 'github.com/spf13/cobra v1.8.1 h1:abc=\ngithub.com/spf13/cobra v1.8.1/go.mod h1:def=\ngolang.org/x/text v0.14.0/go.mod h1:ghi=\n'
    expect(messages({ 'go.mod': goMod, 'go.sum': sum }).status).toBe('pass')
    const bumped = goMod.replace('cobra v1.8.1', 'cobra v1.9.0')
    expect(messages({ 'go.mod': bumped, 'go.sum': sum }).messages[0]).toBe('go.mod:6 requires github.com/spf13/cobra v1.9.0 without a checksum in go.sum: the build fails with "missing go.sum entry"; run `go mod tidy`')
  })
})

describe('lock-freshness: what it cannot judge', () => {
  it('is not applicable without a lock, leaves an unread lock open and names a lock that does not parse', () => {
    expect(verdictOf(lockFreshnessCheck, { 'package.json': json({ dependencies: { a: '1' } }) })).toBe('not-applicable')
    const unreadOnly = verdictOf(lockFreshnessCheck, { 'package.json': json({ dependencies: { a: '1' } }), 'package-lock.json': '{"lockfileVersion": 3' })
    expect(unreadOnly).toMatchObject({ status: 'unknown', evidence: [{ path: 'package-lock.json', message: expect.stringContaining('could not parse: not valid JSON') }] })
    const files = {
      'package.json': json({ dependencies: { a: '1.0.0' } }),
      'go.mod': 'module example.com/app\n\ngo 1.22\n\nrequire github.com/spf13/cobra v1.8.1\n',
      'go.sum': 'github.com/spf13/cobra v1.8.1/go.mod h1:def=\n',
    }
    const tooLarge = verdictOf(lockFreshnessCheck, files, { skipped: [{ path: 'package-lock.json', reason: 'too-large', bytes: 40_000_000 }] })
    // The lock that was read decides; the one that was not is said, not judged.
    expect(tooLarge).toMatchObject({ status: 'pass', evidence: [
      { path: 'package.json', message: 'package-lock.json was not read (larger than max-file-size, binary or marked generated), so whether it matches is open' },
      { path: 'go.mod', message: 'go.sum has a checksum for the 1 required module' },
    ] })
  })
})
