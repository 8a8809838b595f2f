import type { SettingsSection } from '../../options/settings-section.js'
import { SettingsError } from '../../options/settings-error.js'
import { UnsupportedPatternError, linearPattern, type LinearPattern } from '../linear-pattern.js'

/** A documentation-site root: root-relative targets starting with `prefix` are also looked up in `directory`. */
export interface LinkRoot {
  /** As written in the target, e.g. `/img/`. */
  readonly prefix: string
  /** Relative to the audited root, with `/` and no leading `./`, e.g. `static/img/` ('' is the root itself). */
  readonly directory: string
}

export interface LinkSettings {
  /** File extensions (without the dot, lower case) read as Markdown: link sources and anchor providers. */
  readonly extensions: readonly string[]
  readonly roots: readonly LinkRoot[]
  /** Targets to skip: `/regex/flags` or a glob, matched against the target as written and the resolved path. */
  readonly ignore: readonly string[]
  readonly checkAnchors: boolean
  /** Globs of Markdown files whose links are not checked; their anchors still count as link targets. */
  readonly exclude: readonly string[]
  /** `auto`: pages that a documentation site publishes are judged by its rules; `off`: everything as GitHub renders it. */
  readonly sites: SiteMode
  /** Links on site pages that work on the site but not in GitHub's file view: reported as notes, counted as broken, or left out. */
  readonly githubViewOnly: GithubViewOnlyMode
  /** Translated pages may link to pages that exist only in the default language (the site serves those). */
  readonly translationFallback: boolean
  /** Check Markdown that is test data (fixtures, snapshots, expected output under a tests folder). */
  readonly testData: boolean
}

export const SITE_MODES = ['auto', 'off'] as const
export type SiteMode = (typeof SITE_MODES)[number]
export const GITHUB_VIEW_ONLY_MODES = ['report', 'count', 'hide'] as const
export type GithubViewOnlyMode = (typeof GITHUB_VIEW_ONLY_MODES)[number]

function readChoice<T extends string>(value: string | undefined, allowed: readonly T[], key: string): T | undefined {
  if (value === undefined) return undefined
  if (allowed.includes(value as T)) return value as T
  throw new SettingsError(`config key links.${key}`, JSON.stringify(value), `one of ${allowed.join(', ')}`)
}

const EXTENSION_SHAPE = /^[a-z0-9][a-z0-9_-]*$/
const REGEX_PATTERN = /^\/(.+)\/([a-z]*)$/s

/** JavaScript flags that change what a test matches; `g`, `y`, `u`, `d` change nothing for it. */
const NEUTRAL_FLAGS = /^[gyud]$/

/**
 * `/source/flags` patterns compile as regular expressions, run in linear time since they come from
 * the repository's config; everything else is a glob.
 */
export function regexOfPattern(pattern: string): LinearPattern | undefined {
  const match = REGEX_PATTERN.exec(pattern)
  if (!match) return undefined
  const flags = match[2] as string
  for (const flag of flags) {
    if (!'ims'.includes(flag) && !NEUTRAL_FLAGS.test(flag)) throw new UnsupportedPatternError(pattern, `unknown flag "${flag}" (accepted: i, m, s, g, y, u, d)`)
  }
  return linearPattern(match[1] as string, { ignoreCase: flags.includes('i'), multiline: flags.includes('m'), dotAll: flags.includes('s') })
}

function readExtensions(items: readonly string[]): string[] {
  return items.map((item) => {
    const extension = item.replace(/^\./, '').toLowerCase()
    if (!EXTENSION_SHAPE.test(extension)) {
      throw new SettingsError('config key links.extensions', JSON.stringify(item), 'file extensions like md or .markdown')
    }
    return extension
  })
}

function readRoots(items: readonly string[]): LinkRoot[] {
  return items.map((item) => {
    const equals = item.indexOf('=')
    const prefix = equals === -1 ? '' : item.slice(0, equals).trim()
    const directory = equals === -1 ? '' : item.slice(equals + 1).trim()
    if (prefix === '' || /(^|\/)\.\.(\/|$)/.test(directory)) {
      throw new SettingsError('config key links.roots', JSON.stringify(item), '"prefix=directory" items such as "/img/=static/img/", with the directory inside the audited root')
    }
    const cleaned = directory.replace(/^\.\//, '').replace(/^\/+/, '')
    return { prefix, directory: cleaned === '.' ? '' : cleaned }
  })
}

function readIgnore(items: readonly string[]): string[] {
  for (const item of items) {
    try {
      regexOfPattern(item)
    } catch (error: unknown) {
      if (!(error instanceof UnsupportedPatternError)) throw error
      throw new SettingsError('config key links.ignore', JSON.stringify(item), `a /regular expression/ without backreferences or lookaround (${error.reason}) or a glob`)
    }
  }
  return [...items]
}

export const linkSettings: SettingsSection<LinkSettings> = {
  key: 'links',
  keys: ['extensions', 'roots', 'ignore', 'check-anchors', 'exclude', 'sites', 'github-view-only', 'translation-fallback', 'test-data'],
  defaults: {
    extensions: ['md', 'markdown', 'mdx'], roots: [], ignore: [], checkAnchors: true, exclude: [],
    sites: 'auto', githubViewOnly: 'report', translationFallback: false, testData: false,
  },
  read(reader, defaults) {
    const extensions = reader.stringList('extensions')
    const roots = reader.stringList('roots', /\n/)
    const ignore = reader.stringList('ignore', /\n/)
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
    }
  },
}
