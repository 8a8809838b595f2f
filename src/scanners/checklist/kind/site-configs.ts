import type { RepoFacts } from '../facts/repo-facts.js'

interface SiteConfig {
  readonly generator: string
  readonly files: readonly string[]
  /** Another file that must be there too: a Jekyll `_config.yml` is only a site with pages or layouts beside it. */
  readonly alongside?: RegExp
}

const SITE_CONFIGS: readonly SiteConfig[] = [
  { generator: 'MkDocs', files: ['mkdocs.yml', 'mkdocs.yaml'] },
  { generator: 'mdBook', files: ['book.toml'] },
  { generator: 'Docusaurus', files: ['docusaurus.config.js', 'docusaurus.config.ts', 'docusaurus.config.mjs'] },
  { generator: 'VitePress', files: ['.vitepress/config.ts', '.vitepress/config.js', '.vitepress/config.mts', 'docs/.vitepress/config.ts', 'docs/.vitepress/config.js', 'docs/.vitepress/config.mts'] },
  { generator: 'Sphinx', files: ['conf.py', 'docs/conf.py', 'doc/conf.py', 'source/conf.py', 'docs/source/conf.py'] },
  { generator: 'Jekyll', files: ['_config.yml', '_config.yaml', 'docs/_config.yml'], alongside: /^(?:docs\/)?(?:_layouts|_includes|_posts|_pages)\/|^(?:docs\/)?(?:index\.(?:md|html)|Gemfile)$/ },
  { generator: 'Hugo', files: ['hugo.toml', 'hugo.yaml', 'hugo.json'] },
  { generator: 'Antora', files: ['antora.yml', 'antora-playbook.yml'] },
  { generator: 'Jupyter Book', files: ['_toc.yml', 'docs/_toc.yml'] },
]

/** The site generator whose configuration the repository keeps at its root or in `docs/`. */
export function siteSignal(facts: RepoFacts): { path: string; message: string } | undefined {
  for (const config of SITE_CONFIGS) {
    const path = config.files.find((file) => facts.paths.has(file))
    if (path === undefined) continue
    if (config.alongside !== undefined && ![...facts.paths].some((other) => (config.alongside as RegExp).test(other))) continue
    return { path, message: `${path} configures a ${config.generator} site` }
  }
  return undefined
}
