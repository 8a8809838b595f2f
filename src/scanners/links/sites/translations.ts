import { directoryOf, isWithin } from '../check/repository-path.js'
import type { DocSite } from './doc-site.js'
import { fileName, type DetectionContext } from './site-detector.js'

/** `en`, `pt-BR`, `zh-hant`, `zh_CN`: what per-language folders are named. */
const LANGUAGE_CODE = /^[a-z]{2,3}(?:[-_][A-Za-z0-9]{2,8})*$/
const DEFAULT_LANGUAGES = ['en', 'en-us', 'en_us']

/**
 * MkDocs and doc-builder translations are sibling sites, one per language folder
 * (`docs/en/mkdocs.yml`, `docs/es/mkdocs.yml`; `docs/source/en/_toctree.yml`, ...). Sites whose
 * configuration sits in `PARENT/<code>/<same name>` beside an English one become that site's
 * translations; `fallback` says whether the generator serves the English page for a missing one.
 */
export function withLanguages(sites: readonly DocSite[], fallback: (site: DocSite) => boolean, paths: Pick<DetectionContext, 'isDirectory' | 'entriesOf'>): DocSite[] {
  const groups = new Map<string, DocSite[]>()
  for (const site of sites) {
    if (site.language !== undefined) continue
    const folder = directoryOf(site.config)
    const code = fileName(folder)
    if (!LANGUAGE_CODE.test(code)) continue
    const key = `${site.kind}:${directoryOf(folder)}:${fileName(site.config)}`
    const group = groups.get(key)
    if (group) group.push(site)
    else groups.set(key, [site])
  }
  const languages = new Map<DocSite, DocSite>()
  for (const group of groups.values()) {
    if (group.length < 2) continue
    const main = group.find((site) => DEFAULT_LANGUAGES.includes(fileName(directoryOf(site.config)).toLowerCase()))
    if (main === undefined) continue
    const mainPages = main.pages[0]
    if (mainPages === undefined) continue
    for (const site of group) {
      const pages = site.pages[0]
      if (site === main || pages === undefined || isWithin(pages.directory, mainPages.directory)) continue
      const code = fileName(directoryOf(site.config))
      languages.set(site, { ...site, language: { code, directory: pages.directory, defaultDirectory: mainPages.directory, fallback: fallback(site) } })
    }
  }
  const withCodes = sites.map((site) => languages.get(site) ?? site)
  return [...withCodes, ...configlessTranslations(withCodes, fallback, paths)]
}

/**
 * MkDocs translations staged by a build script have no configuration of their own: `docs/es/docs`
 * beside `docs/en/docs` (FastAPI). A language folder beside the default one that holds the same
 * pages folder is a translation of the default site.
 */
function configlessTranslations(sites: readonly DocSite[], fallback: (site: DocSite) => boolean, paths: Pick<DetectionContext, 'isDirectory' | 'entriesOf'>): DocSite[] {
  const added: DocSite[] = []
  const claimed = new Set(sites.map((site) => site.pages[0]?.directory))
  for (const site of sites) {
    if (site.kind !== 'mkdocs' || site.language !== undefined) continue
    const folder = directoryOf(site.config)
    const code = fileName(folder)
    const pages = site.pages[0]
    if (!DEFAULT_LANGUAGES.includes(code.toLowerCase()) || pages === undefined || !isWithin(pages.directory, folder) || pages.directory === folder) continue
    const inFolder = pages.directory.slice(folder.length + 1)
    const parent = directoryOf(folder)
    for (const sibling of paths.entriesOf(parent)) {
      if (sibling === code || !LANGUAGE_CODE.test(sibling)) continue
      const directory = parent === '' ? `${sibling}/${inFolder}` : `${parent}/${sibling}/${inFolder}`
      if (claimed.has(directory) || !paths.isDirectory(directory)) continue
      claimed.add(directory)
      const translation: DocSite = { ...site, pages: [{ directory, route: '' }] }
      added.push({ ...translation, language: { code: sibling, directory, defaultDirectory: pages.directory, fallback: fallback(translation) } })
    }
  }
  return added
}
