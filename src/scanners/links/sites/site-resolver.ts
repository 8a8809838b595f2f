import { posix } from 'node:path'
import { directoryOf, extensionOf, isOutside, isWithin, joinPath, normalizePath } from '../check/repository-path.js'
import type { PathIndex } from '../check/path-index.js'
import type { DocSite, ServedTree } from './doc-site.js'

export type SitePaths = Pick<PathIndex, 'isFile' | 'isDirectory' | 'entriesOf'>

/** What the site makes of a link's path: the files that could serve it, best first. */
export interface SiteResolution {
  /** Repository paths to try, in order; the first that exists serves the link. */
  readonly candidates: readonly string[]
  /** The path as the generator reads a file link: relative to the page, or from the site root. */
  readonly primary: string
  /** The link climbs above the audited root or the site's trees. */
  readonly outside: boolean
}

function withoutExtension(path: string): string {
  const extension = extensionOf(path)
  return extension === '' ? path : path.slice(0, -(extension.length + 1))
}

/** A link to a Markdown page file, which generators rewrite to the page's URL. */
const PAGE_FILE = /\.mdx?$/i

/** `01-intro` → `intro`: Docusaurus drops number prefixes from URLs. */
export function stripNumberPrefix(segment: string): string {
  return segment.replace(/^\d+[-_.]/, '')
}

/**
 * Resolves links the way a documentation generator does, reading the site's rules as data. A link
 * works on the site when any reading a generator gives it finds a file: the file link the generator
 * rewrites (relative to the page's file), the URL the browser resolves from the page's URL, and a
 * root-absolute URL served from the site's trees.
 */
export class SiteResolver {
  constructor(
    readonly site: DocSite,
    private readonly paths: SitePaths,
    /** Routes that front matter gives pages (`slug:`), URL path without slashes → file. */
    private readonly routes: ReadonlyMap<string, string> = new Map(),
  ) {}

  /** The files that could serve `path` on the site for a link on `page`; the caller tries them in order. */
  resolve(page: string, path: string): SiteResolution {
    const { site } = this
    if (site.siteDirectory !== undefined && path.startsWith('@site/')) {
      const file = joinPath(site.siteDirectory, path.slice('@site/'.length))
      return { candidates: isOutside(file) ? [] : [file], primary: file, outside: isOutside(file) }
    }
    const isFileLink = PAGE_FILE.test(path)
    if (path.startsWith('/')) {
      const url = this.stripBase(path.slice(1))
      const normalized = normalizePath(url)
      if (isOutside(normalized)) return { candidates: [], primary: normalized, outside: true }
      if (site.absoluteFromHostRoot && site.language !== undefined) {
        // The host's root serves the default language: `/img/a.png` is its image, not this translation's.
        const file = joinPath(site.language.defaultDirectory, normalized)
        return { candidates: this.fromFile(file, path.endsWith('/')).concat(site.rules.directoryUrls ? site.rules.pageExtensions.map((extension) => `${file}.${extension}`) : []), primary: file, outside: false }
      }
      const candidates = this.fromUrl(normalized, path.endsWith('/'))
      if (isFileLink) candidates.push(...this.inFileRoots(normalized))
      return { candidates, primary: this.fileAtRoot(normalized), outside: false }
    }
    const primary = joinPath(directoryOf(page), path)
    if (isOutside(primary)) return { candidates: [], primary, outside: true }
    const candidates = [...this.fromFile(primary, path.endsWith('/'))]
    // A bare `page.md` (no `./`) is also looked up in the content folders (Docusaurus).
    if (isFileLink && !path.startsWith('.')) candidates.push(...this.inFileRoots(normalizePath(path)))
    const pageUrl = this.urlOf(page)
    if (pageUrl !== undefined) {
      // posix.join keeps `..` that climbs above the URL root as a leading `..`: a dead URL.
      // An index page's URL is its folder; with directory URLs every page's URL is a folder.
      const base = this.isIndex(page) || site.rules.directoryUrls ? pageUrl : directoryOf(pageUrl)
      const url = normalizePath(posix.join(base === '' ? '.' : base, path))
      if (!isOutside(url)) candidates.push(...this.fromUrl(url, path.endsWith('/')))
    }
    return { candidates: [...new Set(candidates)], primary, outside: false }
  }

  private inFileRoots(path: string): string[] {
    return (this.site.fileRoots ?? []).map((root) => joinPath(root, path)).filter((file) => !isOutside(file))
  }

  /** True when the site publishes `path` as a page or a file: inside one of its trees. */
  publishes(path: string): boolean {
    const { site } = this
    if (site.absoluteFromHostRoot && site.language !== undefined && isWithin(path, site.language.defaultDirectory)) return true
    return [...site.pages, ...site.assets].some((tree) => isWithin(path, tree.directory))
  }

  private stripBase(url: string): string {
    const { baseUrl } = this.site
    if (baseUrl === '') return url
    if (url === baseUrl) return ''
    return url.startsWith(`${baseUrl}/`) ? url.slice(baseUrl.length + 1) : url
  }

  private fileAtRoot(url: string): string {
    const asset = this.site.assets[0]
    const isPage = this.site.rules.pageExtensions.includes(extensionOf(url)) || extensionOf(url) === '' || extensionOf(url) === 'html'
    // A root-absolute image is looked for in the static folder first: name that one when it is missing.
    if (asset !== undefined && !isPage) return joinPath(asset.directory, url)
    const tree = this.site.pages[0] as ServedTree
    return joinPath(tree.directory, url.startsWith(`${tree.route}/`) ? url.slice(tree.route.length + 1) : url)
  }

  private isIndex(page: string): boolean {
    const name = withoutExtension(page.slice(page.lastIndexOf('/') + 1)).toLowerCase()
    return name === 'index' || name === 'readme'
  }

  /** The page's URL path below the base URL, without slashes; undefined for a file outside the page trees. */
  private urlOf(page: string): string | undefined {
    const tree = this.treeOf(page, this.site.pages)
    if (tree === undefined) return undefined
    const inTree = tree.directory === '' ? page : page.slice(tree.directory.length + 1)
    let url = withoutExtension(inTree)
    if (this.site.rules.numberPrefixes) url = url.split('/').map(stripNumberPrefix).join('/')
    if (this.isIndex(page)) url = directoryOf(url)
    return tree.route === '' ? url : url === '' ? tree.route : `${tree.route}/${url}`
  }

  private treeOf(path: string, trees: readonly ServedTree[]): ServedTree | undefined {
    let best: ServedTree | undefined
    for (const tree of trees) {
      if (isWithin(path, tree.directory) && (best === undefined || tree.directory.length > best.directory.length)) best = tree
    }
    return best
  }

  /** A file link as the generator rewrites it: the file itself, its page forms, its directory's index. */
  private fromFile(file: string, directoryOnly: boolean): string[] {
    const { rules } = this.site
    const found: string[] = []
    if (!directoryOnly) {
      found.push(file)
      if (rules.extensionless && extensionOf(file) === '') for (const extension of rules.pageExtensions) found.push(`${file}.${extension}`)
      if (rules.htmlLinks && extensionOf(file) === 'html') {
        for (const extension of rules.pageExtensions) found.push(`${withoutExtension(file)}.${extension}`)
        // `dir/index.html` is the page of `dir/README.md` (mdBook, Jekyll) or `dir/index.md`.
        if (file === 'index.html' || file.endsWith('/index.html')) for (const name of rules.indexNames) found.push(`${directoryOf(file) === '' ? '' : `${directoryOf(file)}/`}${name}`)
      }
    }
    for (const name of rules.indexNames) found.push(file === '' ? name : `${file}/${name}`)
    return found
  }

  /** The files that could serve a URL path: a page tree's page or index, a static file, a front matter route. */
  private fromUrl(url: string, directoryOnly: boolean, followRedirects = true): string[] {
    const { site } = this
    const found: string[] = []
    const routed = this.routes.get(url)
    if (routed !== undefined) found.push(routed)
    const redirected = followRedirects ? site.redirects?.get(url) ?? site.redirects?.get(withoutExtension(url)) : undefined
    if (redirected !== undefined && redirected !== url) found.push(...this.fromUrl(redirected, directoryOnly, false))
    for (const tree of [...site.pages].sort((a, b) => b.route.length - a.route.length)) {
      if (!(tree.route === '' || url === tree.route || url.startsWith(`${tree.route}/`))) continue
      const inTree = url === tree.route ? '' : tree.route === '' ? url : url.slice(tree.route.length + 1)
      const file = joinPath(tree.directory, inTree)
      found.push(...this.fromFile(file, directoryOnly))
      if (site.rules.directoryUrls && !directoryOnly && inTree !== '') for (const extension of site.rules.pageExtensions) found.push(`${file}.${extension}`)
      if (directoryOnly && inTree !== '') for (const extension of site.rules.pageExtensions) found.push(`${file}.${extension}`)
      if (site.rules.numberPrefixes) found.push(...this.numbered(tree.directory, inTree))
    }
    for (const tree of site.assets) {
      if (tree.route === '' || url.startsWith(`${tree.route}/`)) found.push(joinPath(tree.directory, tree.route === '' ? url : url.slice(tree.route.length + 1)))
    }
    return found
  }

  /** `intro` in a tree that holds `01-intro.md`: Docusaurus drops number prefixes from URLs. */
  private numbered(directory: string, inTree: string): string[] {
    const segments = inTree.split('/').filter((segment) => segment !== '')
    let current = [directory]
    for (const [index, segment] of segments.entries()) {
      const last = index === segments.length - 1
      const next: string[] = []
      for (const parent of current) {
        for (const entry of this.paths.entriesOf(parent)) {
          if (stripNumberPrefix(last ? withoutExtension(entry) : entry) === segment) next.push(parent === '' ? entry : `${parent}/${entry}`)
        }
      }
      current = next
      if (current.length === 0) return []
    }
    return current.flatMap((path) => (this.paths.isDirectory(path) ? this.site.rules.indexNames.map((name) => `${path}/${name}`) : [path]))
  }

}
