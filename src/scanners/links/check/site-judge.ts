import { SITE_NAMES, type DocSite } from '../sites/doc-site.js'
import type { SiteResolver } from '../sites/site-resolver.js'
import type { BrokenVerdict, LinkVerdict } from './link-checker.js'
import { OK } from './link-checker.js'
import type { LocalChecker } from './local-checker.js'
import type { PathIndex } from './path-index.js'
import { extensionOf, isWithin, relativeLink } from './repository-path.js'
import { suggestPath, type SuggestionBudget } from './suggestions.js'
import type { WrittenTarget } from './written-target.js'
import { suggestionAsWritten } from './written-suggestion.js'

/** A site page's link, once judged by the site and by GitHub's file view. */
export type SiteVerdict =
  | LinkVerdict
  | { readonly status: 'github-view-only'; readonly resolved: string; readonly detail: string }

export interface SiteJudgeSources {
  readonly paths: PathIndex
  readonly local: LocalChecker
  readonly markdownExtensions: readonly string[]
  readonly budget: SuggestionBudget
  /** MyST labels of every page, lower case. */
  readonly labels: ReadonlySet<string>
}

function withFragment(path: string, fragment: string | undefined): string {
  return fragment ? `${path}#${fragment}` : path
}

function hasExtension(path: string): boolean {
  return extensionOf(path) !== ''
}

/**
 * How a translated page links the default language's page so that the site serves it: a relative URL
 * between language folders where they are siblings in the URL too (doc-builder), else the page's URL
 * from the host's root, where the default language is served.
 */
function defaultLanguageLink(page: string, target: string, site: DocSite): string {
  const language = site.language
  const inDefault = language === undefined ? target : target.slice(language.defaultDirectory.length).replace(/^\//, '')
  const isPage = site.rules.pageExtensions.some((extension) => target.toLowerCase().endsWith(`.${extension}`))
  if (!isPage) return site.kind === 'doc-builder' ? relativeLink(page, target) : `/${inDefault}`
  const bare = inDefault.replace(/\.[^./]+$/, '')
  const isIndex = /(?:^|\/)(?:index|readme)$/i.test(bare)
  const folder = isIndex ? bare.replace(/(?:^|\/)(?:index|readme)$/i, '') : bare
  if (site.kind === 'doc-builder') return relativeLink(page, target).replace(/\.[^./]+$/, '')
  if (isIndex) return `/${folder}${folder === '' ? '' : '/'}`
  if (site.rules.directoryUrls) return `/${bare}/`
  if (site.rules.extensionless) return `/${bare}`
  return `/${bare}.html`
}

/**
 * Judges a link on a page that a documentation site publishes. The site decides: a link that works
 * there is not broken, and a link that fails there is, with the site's reading in the message. Where
 * the two views differ the verdict says so: `github-view-only` when only the site serves the
 * target, `not-on-site` when only GitHub's file view does, `missing-translation` when only the
 * default language has the page.
 */
export class SiteJudge {
  constructor(private readonly sources: SiteJudgeSources) {}

  /** `githubPath` is where GitHub's file view resolves the link, relative to the audited root. */
  judge(page: string, written: WrittenTarget, github: LinkVerdict, resolver: SiteResolver, githubPath: string): SiteVerdict {
    const site = resolver.site
    const siteName = `the ${SITE_NAMES[site.kind]} site (${site.config})`
    if (site.kind === 'doc-builder' && written.path.startsWith('/')) {
      return github.status === 'broken' && github.reason === 'missing-file' ? { status: 'skipped', reason: 'site-host' } : github
    }
    const reference = site.kind === 'sphinx' ? this.crossReference(written) : undefined
    if (reference === 'label') return github.status === 'broken' ? { status: 'github-view-only', resolved: page, detail: `${siteName} resolves it as a MyST label, but GitHub's file view has no such file or anchor` } : OK
    // The common case first: a relative link to a file the site publishes is the file link every generator rewrites.
    const direct = written.path === '' ? page : github.status === 'ok' && !written.path.startsWith('/') && this.sources.paths.isFile(githubPath) && resolver.publishes(githubPath) ? githubPath : undefined
    const resolution = direct !== undefined ? { candidates: [direct], primary: direct, outside: false } : resolver.resolve(page, written.path)
    const served = this.served(resolution.candidates, resolver)
    if (served !== undefined) {
      const onSite = this.sources.local.fragmentVerdict(served, written.fragment, page, site.rules.slugStyle)
      if (onSite.status === 'broken' && reference === 'unknown') return { status: 'skipped', reason: 'site-reference' }
      // The site's ids decide: GitHub's page script also matches other letter case, `user-content-` and a custom id's heading text.
      if (onSite.status === 'broken') return this.onSite(onSite, page, written, site)
      if (github.status !== 'broken') return OK
      return {
        status: 'github-view-only',
        resolved: served,
        detail: `works on ${siteName}, which serves ${served}, but not in GitHub's file view (${github.detail})`,
      }
    }
    if (reference === 'unknown') return { status: 'skipped', reason: 'site-reference' }
    const translated = this.defaultLanguagePage(resolution.candidates, resolver)
    if (translated !== undefined) {
      if (site.language?.fallback) return github.status === 'broken' ? { status: 'github-view-only', resolved: translated, detail: `${siteName} serves the default language's ${translated}, but GitHub's file view has no such file` } : OK
      return {
        status: 'broken',
        reason: 'missing-translation',
        resolved: resolution.primary,
        detail: `${site.language?.code ?? ''} has no translation of this page on ${siteName}; it exists in the default language as ${translated}`,
        suggestion: withFragment(defaultLanguageLink(page, translated, resolver.site), this.anchorOn(translated, written.fragment, page, site)),
      }
    }
    if (github.status !== 'broken') {
      if (!site.rules.filesAnywhere && github.status === 'ok' && !resolution.outside && !resolver.publishes(resolution.primary) && this.sources.paths.exists(resolution.primary)) {
        return {
          status: 'broken',
          reason: 'not-on-site',
          resolved: resolution.primary,
          detail: `${resolution.primary} works in GitHub's file view, but ${siteName} does not publish it (its pages are in ${site.pages[0]?.directory || 'the root'}/)`,
        }
      }
      return github
    }
    if (github.reason !== 'missing-file') return this.onSite(github, page, written, site)
    const suggestion = this.suggestion(page, written, resolution.primary, resolver)
    return {
      status: 'broken',
      reason: 'missing-file',
      resolved: resolution.primary,
      detail: `${resolution.primary === '' ? 'the site root' : resolution.primary} does not exist on ${siteName}`,
      ...(suggestion === undefined ? {} : { suggestion }),
    }
  }

  /**
   * MyST reads a target it cannot find as a file as a cross-reference: a `(label)=` of any page, a
   * document name, an object of a Sphinx domain or another project's (intersphinx). A label is
   * known here; the others cannot be seen without running Sphinx, so such a target is not judged.
   */
  private crossReference(written: WrittenTarget): 'label' | 'unknown' | undefined {
    const name = written.path === '' ? written.fragment : written.fragment === undefined ? written.path : undefined
    if (name === undefined || name === '') return undefined
    if (this.sources.labels.has(name.toLowerCase())) return 'label'
    // Labels of reST files, figures and glossary terms, domain objects, intersphinx: none is a file or a heading.
    return written.path === '' || !hasExtension(written.path) ? 'unknown' : undefined
  }

  /**
   * A broken verdict said for the site, its suggestion written as a link from the page. An anchor
   * that holds `#` (`{##x}`) is no suggestion: generators slugify or drop such fragments.
   */
  private onSite(verdict: BrokenVerdict, page: string, written: WrittenTarget, site: DocSite): BrokenVerdict {
    const siteName = `the ${SITE_NAMES[site.kind]} site (${site.config})`
    const raw = verdict.suggestion
    const anchor = raw === undefined ? '' : raw.slice(raw.indexOf('#') + 1)
    const asWritten = written.path === '' ? `#${written.fragment ?? ''}` : `${written.path}${written.fragment === undefined ? '' : `#${written.fragment}`}`
    let suggestion = raw === undefined || (raw.includes('#') && anchor.includes('#')) ? undefined : suggestionAsWritten(raw, page, asWritten)
    // On a site that takes extensionless page links, a link written without one is suggested without one.
    if (suggestion !== undefined && site.rules.extensionless && written.path !== '' && !hasExtension(written.path)) {
      suggestion = suggestion.replace(/\.(?:md|mdx|markdown|rst|ipynb)(?=#|$)/i, '')
      if (suggestion === asWritten) suggestion = undefined
    }
    const certain = suggestion === undefined ? undefined : verdict.certain
    return { status: 'broken', reason: verdict.reason, resolved: verdict.resolved, detail: `${verdict.detail} on ${siteName}`, ...(suggestion === undefined ? {} : { suggestion }), ...(certain === undefined ? {} : { certain }) }
  }

  /** The fragment as the default language's page has it: itself, its near match there, or none. */
  private anchorOn(path: string, fragment: string | undefined, page: string, site: DocSite): string | undefined {
    if (fragment === undefined || fragment === '') return fragment
    const verdict = this.sources.local.fragmentVerdict(path, fragment, page, site.rules.slugStyle)
    if (verdict.status !== 'broken') return fragment
    const hash = verdict.suggestion?.indexOf('#') ?? -1
    return hash === -1 ? undefined : verdict.suggestion?.slice(hash + 1)
  }

  /** The first candidate that is a file the site serves. */
  private served(candidates: readonly string[], resolver: SiteResolver): string | undefined {
    const { paths } = this.sources
    return candidates.find((candidate) => paths.isFile(candidate) && (resolver.site.rules.filesAnywhere || resolver.publishes(candidate)))
  }

  /** For a translated page: the default language's file that would serve the link, if any. */
  private defaultLanguagePage(candidates: readonly string[], resolver: SiteResolver): string | undefined {
    const language = resolver.site.language
    if (language === undefined) return undefined
    for (const candidate of candidates) {
      if (!isWithin(candidate, language.directory)) continue
      const inDefault = `${language.defaultDirectory}${candidate.slice(language.directory.length)}`
      if (this.sources.paths.isFile(inDefault)) return inDefault
    }
    return undefined
  }

  /** A near file, written the way the link was: extensionless on sites that take that, relative to the page. */
  private suggestion(page: string, written: WrittenTarget, primary: string, resolver: SiteResolver): string | undefined {
    const { paths, markdownExtensions, budget } = this.sources
    const extensionless = resolver.site.rules.extensionless && !hasExtension(primary)
    let near: string | undefined
    if (extensionless) {
      for (const extension of resolver.site.rules.pageExtensions) {
        near = suggestPath(`${primary}.${extension}`, paths, markdownExtensions, budget)
        if (near !== undefined) {
          near = near.endsWith(`.${extension}`) ? near.slice(0, -(extension.length + 1)) : near
          break
        }
      }
    } else {
      near = suggestPath(primary, paths, markdownExtensions, budget)
    }
    if (near === undefined || near === page) return undefined
    const text = withFragment(relativeLink(page, near), written.fragment)
    return text === written.path || text === withFragment(written.path, written.fragment) ? undefined : text
  }
}
