import { describe, expect, it } from 'vitest'
import type { LinkFinding } from '../../../src/scanners/links/link-result.js'
import { scanLinks } from './link-harness.js'

/** `path:line reason target` of the broken links, and of the site-only notes apart. */
function split(findings: readonly LinkFinding[]): { broken: string[]; viewOnly: string[] } {
  const line = (finding: LinkFinding) => `${finding.path}:${finding.line} ${finding.reason} ${finding.target}`
  return {
    broken: findings.filter((finding) => finding.reason !== 'github-view-only').map(line),
    viewOnly: findings.filter((finding) => finding.reason === 'github-view-only').map(line),
  }
}

describe('MkDocs', () => {
  const site = {
    'mkdocs.yml': 'site_name: Demo\ndocs_dir: docs\nmarkdown_extensions:\n  - toc:\n      permalink: true\nextra_css: [!ENV [CSS, x.css]]\n',
    'README.md': '[guide](docs/guide.md) [root img](/docs/img/logo.png)\n',
    'docs/index.md': [
      '# Home',
      '[guide](guide.md) [dir page](tutorial/) [img](/img/logo.png) [asset](img/logo.png)',
      '[ascii anchor](guide.md#resume) [custom](guide.md#custom-id)',
      '[broken page](guid.md) [broken root img](/img/missing.png) [outside](../CONTRIBUTING.md)',
      '[broken anchor](guide.md#nowhere)',
    ].join('\n'),
    'docs/guide.md': '# Guide\n\n## Résumé\n\n## Setup {#custom-id}\n\n[up](../) [sibling url](../tutorial/) [home](index.md)\n',
    'docs/tutorial/index.md': '# Tutorial\n\n[back](../guide.md)\n',
    'CONTRIBUTING.md': '# Contributing\n',
  }

  it('resolves pages from docs_dir, root-absolute links from the site root, and reports what the site would not serve', async () => {
    const result = await scanLinks(site, { binary: ['docs/img/logo.png'] })
    const { broken, viewOnly } = split(result.findings)
    expect(broken).toEqual([
      'docs/index.md:4 missing-file guid.md',
      'docs/index.md:4 missing-file /img/missing.png',
      'docs/index.md:4 not-on-site ../CONTRIBUTING.md',
      'docs/index.md:5 missing-anchor guide.md#nowhere',
    ])
    // `../tutorial/` from guide.md: the page is served at guide/, so the browser reaches tutorial/.
    expect(viewOnly).toEqual(['docs/guide.md:7 github-view-only ../tutorial/', 'docs/index.md:2 github-view-only /img/logo.png', 'docs/index.md:3 github-view-only guide.md#resume'])
    expect(result.brokenCount).toBe(4)
    expect(result.githubViewOnlyCount).toBe(3)
    expect(result.sites).toEqual([{ kind: 'mkdocs', config: 'mkdocs.yml', pages: 'docs', pagesChecked: 3, githubViewOnly: 3 }])
    const typo = result.findings.find((finding) => finding.target === 'guid.md')
    expect(typo?.suggestion).toBe('guide.md')
    expect(typo?.site).toBe('mkdocs.yml')
    expect(typo?.message).toContain('on the MkDocs site (mkdocs.yml)')
  })

  it("takes autorefs' `[](){#id}`, a paragraph's closing `{#id}` and mkdocstrings' `::: module` objects for anchors, as pydantic's site has them", async () => {
    const pages = {
      'mkdocs.yml': 'site_name: Demo\ndocs_dir: docs\nmarkdown_extensions:\n  - attr_list\nplugins:\n  - mkdocstrings\n',
      'docs/validators.md': '# Validators\n\n[](){#after-validator}\n## After\n\n* *Before* validators run first.\n{#before-validator}\n\nSee [after](#after-validator) and [before](#before-validator) and [gone](#nowhere).\n',
      'docs/api/config.md': '::: pydantic.config\n    options:\n      members: true\n',
      'docs/migration.md': '[ConfigDict](api/config.md#pydantic.config.ConfigDict) and [other](api/config.md#pydantic.fields.Field)\n',
    }
    const result = await scanLinks(pages)
    const { broken } = split(result.findings)
    expect(broken).toEqual(['docs/migration.md:1 missing-anchor api/config.md#pydantic.fields.Field', 'docs/validators.md:9 missing-anchor #nowhere'])
  })

  it('counts or hides site-only links, or judges everything as GitHub does, as the settings say', async () => {
    const counted = await scanLinks(site, { binary: ['docs/img/logo.png'], settings: { githubViewOnly: 'count' } })
    expect(counted.brokenCount).toBe(7)
    const hidden = await scanLinks(site, { binary: ['docs/img/logo.png'], settings: { githubViewOnly: 'hide' } })
    expect(split(hidden.findings).viewOnly).toEqual([])
    expect(hidden.githubViewOnlyCount).toBe(3)
    const github = await scanLinks(site, { binary: ['docs/img/logo.png'], settings: { sites: 'off' } })
    expect(github.sites).toEqual([])
    expect(split(github.findings).broken).toEqual([
      'docs/guide.md:7 missing-file ../tutorial/',
      'docs/index.md:2 missing-file /img/logo.png',
      'docs/index.md:3 missing-anchor guide.md#resume',
      'docs/index.md:4 missing-file guid.md',
      'docs/index.md:4 missing-file /img/missing.png',
      'docs/index.md:5 missing-anchor guide.md#nowhere',
    ])
  })

  it('follows INHERIT and knows translations laid out one docs folder per language, with or without their own config', async () => {
    const files = {
      'docs/en/mkdocs.yml': 'site_name: Demo\n',
      'docs/en/docs/index.md': '# Home\n\n[tutorial](tutorial.md) [img](/img/a.png)\n',
      'docs/en/docs/tutorial.md': '# Tutorial\n',
      'docs/en/docs/only-english.md': '# Only English\n',
      'docs/es/mkdocs.yml': 'INHERIT: ../en/mkdocs.yml\n',
      'docs/es/docs/index.md': '# Inicio\n\n[tutorial](tutorial.md) [english](only-english.md#only-english) [img](/img/a.png) [typo](tutorail.md)\n',
      'docs/es/docs/tutorial.md': '# Tutorial\n',
      'docs/fr/docs/index.md': '# Accueil\n\n[english](only-english.md)\n',
    }
    const result = await scanLinks(files, { binary: ['docs/en/docs/img/a.png'] })
    expect(split(result.findings).broken).toEqual([
      'docs/es/docs/index.md:3 missing-translation only-english.md#only-english',
      'docs/es/docs/index.md:3 missing-file tutorail.md',
      'docs/fr/docs/index.md:3 missing-translation only-english.md',
    ])
    // Root-absolute links are left alone by MkDocs: the host's root serves the default language's image.
    expect(split(result.findings).viewOnly).toEqual(['docs/en/docs/index.md:3 github-view-only /img/a.png', 'docs/es/docs/index.md:3 github-view-only /img/a.png'])
    // The suggestion is the default page's URL, which the site serves; a path into docs/en/docs would leave the site.
    const translation = result.findings.find((finding) => finding.reason === 'missing-translation')
    expect(translation?.suggestion).toBe('/only-english/#only-english')
    expect(result.sites.map((site) => [site.config, site.pages, site.language?.code])).toEqual([
      ['docs/en/mkdocs.yml', 'docs/en/docs', undefined],
      ['docs/es/mkdocs.yml', 'docs/es/docs', 'es'],
      ['docs/en/mkdocs.yml', 'docs/fr/docs', 'fr'],
    ])
    const fallback = await scanLinks(files, { binary: ['docs/en/docs/img/a.png'], settings: { translationFallback: true } })
    expect(split(fallback.findings).broken).toEqual(['docs/es/docs/index.md:3 missing-file tutorail.md'])
    expect(split(fallback.findings).viewOnly).toHaveLength(4)
    const relativeToDocs = await scanLinks({ ...files, 'docs/en/mkdocs.yml': 'site_name: Demo\nvalidation:\n  absolute_links: relative_to_docs\n' }, { binary: ['docs/en/docs/img/a.png'] })
    expect(split(relativeToDocs.findings).broken).toContain('docs/es/docs/index.md:3 missing-translation /img/a.png')
  })

  it('says once when a configuration cannot be read, and judges its pages as GitHub does', async () => {
    const result = await scanLinks({ 'mkdocs.yml': 'docs_dir: [not, a, string]\n', 'docs/index.md': '[x](guide)\n' })
    expect(result.unreadableSites).toEqual([{ kind: 'mkdocs', config: 'mkdocs.yml', reason: 'mkdocs.yml: docs_dir is not a plain string' }])
    expect(split(result.findings).broken).toEqual(['docs/index.md:1 missing-file guide'])
  })
})

describe('Hugging Face doc-builder', () => {
  it('takes extensionless page links, [[custom-id]] and autodoc anchors, and per-language trees without fallback', async () => {
    const result = await scanLinks({
      'docs/source/en/_toctree.yml': '- sections:\n  - local: index\n',
      'docs/source/en/index.md': [
        '# PEFT',
        '[lora](./package_reference/lora) [anchor](package_reference/lora#initialization) [api](package_reference/lora#peft.LoraModel.merge)',
        '[env](./env#hfhome) [missing](./package_reference/lroa) [bad anchor](package_reference/lora#nope) [hub](/docs/transformers/main/en/index)',
      ].join('\n'),
      'docs/source/en/env.md': '# Environment\n\n### HF_HOME\n',
      'docs/source/en/package_reference/lora.md': '# LoRA\n\n## How to initialize [[initialization]]\n\n[[autodoc]] LoraModel\n    - merge\n',
      'docs/source/ko/_toctree.yml': '- sections:\n  - local: index\n',
      'docs/source/ko/index.md': '# PEFT\n\n[lora](./package_reference/lora) [env](./env) [typo](./package_reference/lora#initialisation)\n    <a href="./package_reference/lora">indented HTML is live in mdsvex</a>\n',
      'docs/source/ko/env.md': '# 환경\n',
    })
    const { broken, viewOnly } = split(result.findings)
    expect(broken).toEqual([
      'docs/source/en/index.md:3 missing-file ./package_reference/lroa',
      'docs/source/en/index.md:3 missing-anchor package_reference/lora#nope',
      'docs/source/ko/index.md:3 missing-translation ./package_reference/lora',
      'docs/source/ko/index.md:3 missing-translation ./package_reference/lora#initialisation',
      'docs/source/ko/index.md:4 missing-translation ./package_reference/lora',
    ])
    expect(viewOnly.map((line) => line.split(' ').pop())).toEqual([
      './package_reference/lora', 'package_reference/lora#initialization', 'package_reference/lora#peft.LoraModel.merge', './env#hfhome', './env',
    ])
    expect(result.findings.find((finding) => finding.target === './package_reference/lroa')?.suggestion).toBe('package_reference/lora')
    expect(result.totals.skipped['site-host']).toBe(1)
    // Language folders are siblings in the URL too: the relative, extensionless URL reaches the English page.
    // The anchor is the English page's: the misspelt one is mended, as the site has it.
    expect(result.findings.filter((finding) => finding.reason === 'missing-translation').map((finding) => finding.suggestion)).toEqual([
      '../en/package_reference/lora', '../en/package_reference/lora#initialization', '../en/package_reference/lora',
    ])
  })
})

describe('Docusaurus', () => {
  it('reads docs, blog and static paths from the config text, slugs, ids and number prefixes, @site/ and default-locale fallback', async () => {
    const result = await scanLinks({
      'website/docusaurus.config.ts': [
        "export default {",
        "  baseUrl: '/redux/',",
        "  // docs: { path: 'wrong' },",
        "  presets: [['classic', { docs: { path: '../docs', routeBasePath: '/' }, blog: false }]],",
        "}",
      ].join('\n'),
      'docs/intro.md': [
        '---', 'slug: /start', '---', '# Intro',
        '[next](./setup/basics) [by file](./02-setup/01-basics.md) [slug](/start) [api](api/store) [img](/img/logo.png) [with base](/redux/img/logo.png)',
        '[site](@site/static/img/logo.png) [example](../examples/demo.js) [broken](./02-setup/advanced) [broken img](/img/gone.png)',
      ].join('\n'),
      'docs/02-setup/01-basics.md': '# Basics\n',
      'docs/api.md': '---\nid: api\n---\n# API\n',
      'docs/api/store.md': '---\nid: store\n---\n# Store\n',
      'examples/demo.js': 'x\n',
      'website/i18n/fr/docusaurus-plugin-content-docs/current/intro.md': '# Intro\n\n[basics](./setup/basics) [numbered](./02-setup/basics)\n',
    }, { binary: ['website/static/img/logo.png'] })
    const { broken, viewOnly } = split(result.findings)
    // URLs drop number prefixes: `./02-setup/basics` is a dead URL on the site.
    expect(broken).toEqual([
      'docs/intro.md:6 missing-file ./02-setup/advanced',
      'docs/intro.md:6 missing-file /img/gone.png',
      'website/i18n/fr/docusaurus-plugin-content-docs/current/intro.md:3 missing-file ./02-setup/basics',
    ])
    expect(viewOnly.map((line) => line.split(' ').pop())).toEqual([
      './setup/basics', '/start', 'api/store', '/img/logo.png', '/redux/img/logo.png', '@site/static/img/logo.png', './setup/basics',
    ])
    expect(result.findings.find((finding) => finding.target === '/img/gone.png')?.resolved).toBe('website/static/img/gone.png')
    expect(result.sites.map((site) => [site.pages, site.language?.code, site.language?.fallback])).toEqual([
      ['docs', undefined, undefined],
      ['website/i18n/fr/docusaurus-plugin-content-docs/current', 'fr', true],
    ])
  })

  it('says when a path is computed in code', async () => {
    const result = await scanLinks({
      'docusaurus.config.js': "module.exports = { presets: [['classic', { docs: { path: require('path').join(__dirname, 'docs') } }]] }\n",
      'docs/a.md': '[b](b)\n',
    })
    expect(result.unreadableSites).toEqual([{ kind: 'docusaurus', config: 'docusaurus.config.js', reason: '`path` is computed in code' }])
    expect(split(result.findings).broken).toEqual(['docs/a.md:1 missing-file b'])
  })
})

describe('mdBook', () => {
  it('maps .html and index.html to chapters, keeps draft chapters, and does not publish what is outside src', async () => {
    const result = await scanLinks({
      'guide/book.toml': '[book]\ntitle = "Guide"\nsrc = "src"\n',
      'guide/src/SUMMARY.md': '# Summary\n\n- [Intro](README.md)\n- [Draft]()\n- [CLI](cli/README.md)\n',
      'guide/src/README.md': '# Intro\n\n[cli](cli/index.html) [html](cli/init.html#options) [md](cli/init.md) [readme](../README.md) [broken](cli/build.html)\n',
      'guide/src/cli/README.md': '# CLI\n',
      'guide/src/cli/init.md': '# Init\n\n## Options\n',
      'guide/README.md': '# Guide\n',
    })
    const { broken, viewOnly } = split(result.findings)
    expect(broken).toEqual(['guide/src/README.md:3 not-on-site ../README.md', 'guide/src/README.md:3 missing-file cli/build.html'])
    expect(viewOnly.map((line) => line.split(' ').pop())).toEqual(['cli/index.html', 'cli/init.html#options'])
    expect(result.totals.skipped['draft-chapter']).toBe(1)
  })
})

describe('Sphinx with MyST', () => {
  it('resolves documents with or without extension, labels anywhere on the site, and leaves cross-references to Sphinx', async () => {
    const result = await scanLinks({
      'docs/conf.py': 'extensions = [\n    "myst_parser",\n]\n',
      'docs/index.md': [
        '# Home',
        '[usage](usage) [with ext](usage.md) [rst](api.rst) [abs](/usage.md) [label](#install-label) [label by name](install-label)',
        '[object](#mypackage.MyClass) [missing doc](usage.md#nothing) [missing file](gone.md) [download](../scripts/run.py)',
      ].join('\n'),
      'docs/usage.md': '# Usage\n\n(install-label)=\n## Installing\n',
      'docs/api.rst': 'API\n===\n',
      'scripts/run.py': 'print()\n',
    })
    const { broken, viewOnly } = split(result.findings)
    expect(broken).toEqual(['docs/index.md:3 missing-anchor usage.md#nothing', 'docs/index.md:3 missing-file gone.md'])
    expect(viewOnly.map((line) => line.split(' ').pop())).toEqual(['usage', '/usage.md', '#install-label', 'install-label'])
    expect(result.totals.skipped['site-reference']).toBe(1)
  })

  it('reads a Jupyter Book (_config.yml beside _toc.yml) as a Sphinx site', async () => {
    const result = await scanLinks({ 'book/_config.yml': 'title: Book\n', 'book/_toc.yml': 'root: intro\n', 'book/intro.md': '[next](chapter)\n', 'book/chapter.md': '# Chapter\n' })
    expect(result.sites.map((site) => site.kind)).toEqual(['sphinx'])
    expect(split(result.findings).viewOnly).toEqual(['book/intro.md:1 github-view-only chapter'])
  })
})

describe('Jekyll', () => {
  it('strips baseurl and serves page.md as page.html and page', async () => {
    const result = await scanLinks({
      'docs/_config.yml': 'theme: minima\nbaseurl: /project\n',
      'docs/index.md': '[guide](guide.html) [pretty](guide) [base](/project/guide.html) [file](guide.md) [broken](/project/gone.html)\n',
      'docs/guide.md': '# Guide\n',
    })
    const { broken, viewOnly } = split(result.findings)
    expect(broken).toEqual(['docs/index.md:1 missing-file /project/gone.html'])
    expect(viewOnly.map((line) => line.split(' ').pop())).toEqual(['guide.html', 'guide', '/project/guide.html'])
  })
})

describe('VitePress', () => {
  it('serves extensionless pages and public/, slugifies fragments, and has no fallback for locales', async () => {
    const result = await scanLinks({
      'docs/.vitepress/config.ts': "export default defineConfig({\n  locales: {\n    root: { label: 'English' },\n    fr: { label: 'Français', lang: 'fr' },\n  },\n})\n",
      'docs/index.md': '# Home\n\n[guide](/guide/intro) [rel](./guide/intro#descrição) [logo](/logo.svg) [broken](/guide/outro)\n',
      'docs/guide/intro.md': '# Intro\n\n## Descrição\n\n## i18n {#local-search-i18n}\n\n[plain](#i18n)\n',
      'docs/fr/index.md': '# Accueil\n\n[guide](/fr/guide/intro) [only english](./guide/other)\n',
      'docs/fr/guide/intro.md': '# Intro\n',
      'docs/guide/other.md': '# Other\n',
    }, { binary: ['docs/public/logo.svg'] })
    const { broken, viewOnly } = split(result.findings)
    // A heading with a custom id has that id alone on the site.
    expect(broken).toEqual(['docs/fr/index.md:3 missing-translation ./guide/other', 'docs/guide/intro.md:7 missing-anchor #i18n', 'docs/index.md:3 missing-file /guide/outro'])
    expect(result.findings.find((finding) => finding.reason === 'missing-translation')?.suggestion).toBe('/guide/other')
    expect(viewOnly.map((line) => line.split(' ').pop())).toEqual(['/fr/guide/intro', '/guide/intro', './guide/intro#descrição', '/logo.svg'])
  })
})

describe('two sites in one repository', () => {
  it('judges each page by the deepest site holding it and README files by GitHub', async () => {
    const result = await scanLinks({
      '_config.yml': 'title: Project\n',
      'README.md': '[docs](docs/docs/guide) [real](docs/docs/guide.md)\n',
      'docs/mkdocs.yml': 'site_name: Docs\n',
      'docs/docs/index.md': '[guide](guide/) [ext-less](guide) [gone](gone/)\n',
      'docs/docs/guide.md': '# Guide\n',
    })
    expect(result.sites.map((site) => site.kind)).toEqual(['jekyll', 'mkdocs'])
    const { broken, viewOnly } = split(result.findings)
    expect(viewOnly).toEqual(['README.md:1 github-view-only docs/docs/guide', 'docs/docs/index.md:1 github-view-only guide/', 'docs/docs/index.md:1 github-view-only guide'])
    expect(broken).toEqual(['docs/docs/index.md:1 missing-file gone/'])
  })
})

describe('anchors as each site gives them', () => {
  it('takes the site’s own slugs in exact case, a custom id alone for its heading, and GitHub readings only for GitHub', async () => {
    const result = await scanLinks({
      'docs/source/en/_toctree.yml': '- local: index\n',
      'docs/source/en/index.md': '# Home\n\n[a](env#hfhome) [b](env#hf_home) [c](env#HFHOME) [d](env#setup) [e](env#installing-it) [f](env#peft.LoraModel.merge)\n',
      'docs/source/en/env.md': '# Env\n\n### HF_HOME\n\n## Installing it [[setup]]\n\n[[autodoc]] tuners.lora.model.LoraModel\n',
      'README.md': '[gh](docs/source/en/env.md#hf_home) [custom on github](docs/source/en/env.md#installing-it-setup)\n',
    })
    expect(split(result.findings).broken).toEqual([
      'docs/source/en/index.md:3 missing-anchor env#hf_home',
      'docs/source/en/index.md:3 missing-anchor env#HFHOME',
      'docs/source/en/index.md:3 missing-anchor env#installing-it',
    ])
    // Suggested from the ids the site gives, written as the link was: extensionless, relative.
    expect(result.findings.filter((finding) => finding.reason === 'missing-anchor').map((finding) => finding.suggestion)).toEqual(['env#hfhome', 'env#hfhome', undefined])
  })

  it('applies doc-builder redirects and knows a Jekyll site that plain Jekyll builds', async () => {
    const docs = await scanLinks({
      'docs/source/_toctree.yml': '- local: index\n',
      'docs/source/_redirects.yml': 'old_guide: guides/new\n',
      'docs/source/index.md': '[old](./old_guide) [gone](./older_guide)\n',
      'docs/source/guides/new.md': '# New\n',
    })
    expect(split(docs.findings).broken).toEqual(['docs/source/index.md:1 missing-file ./older_guide'])
    const jekyll = await scanLinks({
      '_config.yml': 'title: Guides\n',
      Gemfile: "source 'https://rubygems.org'\ngem 'jekyll', '~> 4.3'\n",
      'index.md': '[guide](/guides/push) [page](guides/push.html)\n',
      'guides/push.md': '# Push\n',
    })
    expect(split(jekyll.findings).broken).toEqual(['index.md:1 missing-file /guides/push'])
  })
})
