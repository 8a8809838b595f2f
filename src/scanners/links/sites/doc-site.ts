import type { SlugStyle } from '../collect/heading-anchors.js'

/** The documentation site generators whose link rules the links scanner knows. */
export const SITE_KINDS = ['mkdocs', 'doc-builder', 'docusaurus', 'mdbook', 'sphinx', 'jekyll', 'vitepress'] as const
export type SiteKind = (typeof SITE_KINDS)[number]

export const SITE_NAMES: Record<SiteKind, string> = {
  mkdocs: 'MkDocs',
  'doc-builder': 'doc-builder',
  docusaurus: 'Docusaurus',
  mdbook: 'mdBook',
  sphinx: 'Sphinx (MyST)',
  jekyll: 'Jekyll',
  vitepress: 'VitePress',
}

/** A directory whose files the site serves under a URL path. */
export interface ServedTree {
  /** Repository path relative to the audited root, '' for the root itself. */
  readonly directory: string
  /** URL path below the site's base URL, without leading or trailing `/`; '' for the site root. */
  readonly route: string
  /** Served for URL lookups only: its pages belong to another site (the default language's). */
  readonly shared?: boolean
}

/** A translated copy of the pages: links that miss in it may exist in the default language. */
export interface SiteLanguage {
  readonly code: string
  /** This language's pages directory and the default language's, repository paths. */
  readonly directory: string
  readonly defaultDirectory: string
  /** The site serves the default language's page where a translation is missing. */
  readonly fallback: boolean
}

/** How one generator turns a page's link into a file, as plain data the resolver reads. */
export interface SiteRules {
  /** Extensions (lower case, no dot) of the files that become pages. */
  readonly pageExtensions: readonly string[]
  /** A page `a/b.md` is served at `a/b/`, so a link the generator leaves alone resolves from there. */
  readonly directoryUrls: boolean
  /** `guide` reaches `guide.md`. */
  readonly extensionless: boolean
  /** `guide.html` reaches `guide.md`. */
  readonly htmlLinks: boolean
  /** Names that make a directory's page, in the order the generator prefers them. */
  readonly indexNames: readonly string[]
  /**
   * A relative link to any repository file works (the generator bundles or copies it), not only to
   * files inside the served trees.
   */
  readonly filesAnywhere: boolean
  /** Number prefixes like `01-intro.md` are dropped from the URL (Docusaurus). */
  readonly numberPrefixes: boolean
  /** How headings become ids. */
  readonly slugStyle: SlugStyle
}

export interface DocSite {
  readonly kind: SiteKind
  /** The configuration file that declares the site, relative to the audited root. */
  readonly config: string
  /** The page trees; the first is the main one (MkDocs `docs_dir`, mdBook `src`). */
  readonly pages: readonly ServedTree[]
  /** Trees of static files served as they are (Docusaurus `static/`, VitePress `public/`). */
  readonly assets: readonly ServedTree[]
  /** URL path prefix of the whole site without slashes (Jekyll `baseurl`, Docusaurus `baseUrl`), '' for none. */
  readonly baseUrl: string
  readonly rules: SiteRules
  readonly language?: SiteLanguage
  /**
   * Directories a root-absolute or bare `page.md` file link is also looked up in, after the page's
   * own folder (Docusaurus: the content folders, then the site folder).
   */
  readonly fileRoots?: readonly string[]
  /** The folder `@site/` names (Docusaurus). */
  readonly siteDirectory?: string
  /**
   * Root-absolute links are left as written and resolve from the host's root, where the default
   * language's site is served (MkDocs without `validation.links.absolute_links: relative_to_docs`):
   * on a translation, `/img/a.png` is the default language's image.
   */
  readonly absoluteFromHostRoot?: boolean
  /** Old page URLs the site redirects to new ones (doc-builder `_redirects.yml`), URL paths without slashes. */
  readonly redirects?: ReadonlyMap<string, string>
}

/** A configuration file that names a site the scanner cannot read (computed in code, unparsable). */
export interface UnreadableSite {
  readonly kind: SiteKind
  readonly config: string
  readonly reason: string
}
