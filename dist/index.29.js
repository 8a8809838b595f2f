export const id = 29;
export const ids = [29];
export const modules = {

/***/ 68023:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ detachedString)
/* harmony export */ });
/**
 * A copy of `value` that does not keep the string it was cut from alive. V8 represents a substring
 * (from `slice`, a regex match, an unchanged `trim` or `toLowerCase`) as a view of its parent, so
 * one kept link target, anchor or placeholder text would retain a whole file; on a 32,000-file tree
 * that held 9,000 documents in memory until the link check ended, and the placeholder findings kept
 * every file with a finding alive, which the garbage collector then copied around (80 ms of the
 * scan). The concatenation forces a flat copy.
 */
function detachedString(value) {
    return (' ' + value).slice(1);
}


/***/ }),

/***/ 36314:
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

/***/ 45029:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  createLinkScanner: () => (/* binding */ createLinkScanner),
  linkScanner: () => (/* binding */ linkScanner)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/inventory/path-globs.ts
var path_globs = __webpack_require__(15427);
// EXTERNAL MODULE: ./src/report/fingerprint.ts
var fingerprint = __webpack_require__(91938);
// EXTERNAL MODULE: ./node_modules/github-slugger/index.js + 1 modules
var github_slugger = __webpack_require__(42710);
// EXTERNAL MODULE: ./src/scanners/detached-string.ts
var detached_string = __webpack_require__(68023);
;// CONCATENATED MODULE: ./src/scanners/links/collect/heading-anchors.ts


/**
 * A heading's plain text the way GitHub computes its anchor: the text content of the rendered
 * heading. Inline code, emphasis and link text keep their text; tags of inline HTML add nothing
 * (the text between them stays); images add nothing, since an `<img>` has no text content. With
 * `withImageAlt`, images contribute their alt text, as remark-based tools compute it.
 */
function headingText(children, withImageAlt = false) {
    let text = '';
    for (const child of children) {
        if (child.type === 'text' || child.type === 'code_inline')
            text += child.content;
        else if (child.type === 'softbreak' || child.type === 'hardbreak')
            text += '\n';
        else if (child.type === 'image' && withImageAlt)
            text += headingText(child.children ?? [], true);
    }
    return text;
}
/** `{#id}` / `{: #id .class}` at the end of a heading (MkDocs attr_list, Pandoc); the text before it. */
function customHeadingId(text) {
    const trimmed = text.trimEnd();
    if (!trimmed.endsWith('}'))
        return undefined;
    const open = trimmed.lastIndexOf('{');
    if (open === -1)
        return undefined;
    const attributes = trimmed.slice(open + 1, -1).replace(/^\s*:/, '').trim().split(/\s+/);
    const id = attributes.find((attribute) => attribute.length > 1 && attribute.startsWith('#'));
    return id === undefined ? undefined : { id: id.slice(1), rest: trimmed.slice(0, open) };
}
/** `## Title [[custom-id]]`: Hugging Face doc-builder's heading id. */
const DOC_BUILDER_ID = /\[\[([^[\]\s]+)\]\]\s*$/;
/**
 * Python-Markdown's `toc` slugify (MkDocs' default): NFKD, non-ASCII dropped, punctuation but `-`
 * removed, lower case, every run of spaces and hyphens one `-`. With `keepUnicode`, pymdownx's
 * `slugify(case="lower")` that Material for MkDocs sites use.
 */
function pythonMarkdownSlug(text, keepUnicode = false) {
    const base = keepUnicode || PRINTABLE_ASCII.test(text) ? text : text.normalize('NFKD').replace(/[^ -~\t\n\r]/g, '');
    return base.replace(/[^\p{L}\p{N}\p{M}_\s-]/gu, '').trim().toLowerCase().replace(/[-\s]+/g, '-');
}
/** Most headings: NFKD and accent stripping change nothing, so they are skipped. */
const PRINTABLE_ASCII = /^[ -~]*$/;
/** doc-builder's heading ids: words joined by `-`, anything but letters, digits and `-` dropped (so `HF_HOME` is `hfhome`). */
function docBuilderSlug(text) {
    return text.trim().toLowerCase().replace(/\s+/g, '-').replace(/[^\p{L}\p{N}-]/gu, '');
}
/** VitePress's slugify (@mdit-vue/shared): accents dropped, punctuation runs one `-`, `_` before a leading digit. */
function vitepressSlug(text) {
    const slug = (PRINTABLE_ASCII.test(text) ? text : text.normalize('NFKD').replace(/[\u0300-\u036f]/g, ''))
        .replace(/\p{Cc}/gu, '')
        .replace(/[\s~`!@#$%^&*()\-_+=[\]{}|\\;:"'\u201c\u201d\u2018\u2019<>,.?/]+/g, '-')
        .replace(/-{2,}/g, '-')
        .replace(/^-+|-+$/g, '')
        .replace(/^(\d)/, '_$1')
        .toLowerCase();
    return slug;
}
const OWN_STYLES = ['python-markdown', 'doc-builder', 'vitepress'];
function slugsOf(style, text) {
    if (style === 'python-markdown')
        return [pythonMarkdownSlug(text), pythonMarkdownSlug(text, true)];
    return [style === 'doc-builder' ? docBuilderSlug(text) : vitepressSlug(text)];
}
/**
 * The anchors one document offers. Headings take GitHub's slugs in document order, so repeated
 * headings get `-1`, `-2` as on GitHub; readings other renderers give the same heading (trimmed
 * text, image alt text, the text before a `{#id}`) are accepted too but never shift that count,
 * because a link that works somewhere must not be reported. Links that a documentation site judges
 * see the site's ids instead: a heading with a custom id has that id alone (`notOnSites` holds its
 * other readings), and generators with slug rules of their own (MkDocs, doc-builder, VitePress)
 * give other slugs (`styleSlugs`) in place of GitHub's (`notInStyle`). Both are kept as differences
 * from `anchors`, so a document of plain headings costs nothing more.
 */
class AnchorCollector {
    styles;
    anchors = new Set();
    labels = new Set();
    apiObjects = new Set();
    styleSlugs = new Map();
    notInStyle = new Map();
    slugger = new github_slugger/* default */.A();
    /** Anchors some site gives; `customReadings` are the other readings of headings that have a custom id. */
    siteValid = new Set();
    customReadings = [];
    /** The generators' slug rules to compute besides GitHub's: only those of the sites the repository may have. */
    constructor(styles = OWN_STYLES) {
        this.styles = styles;
    }
    heading(text, variants = []) {
        const custom = customHeadingId(text);
        const builderId = DOC_BUILDER_ID.exec(text);
        const customId = builderId ? builderId[1] : custom?.id;
        const bare = (builderId ? text.slice(0, builderId.index) : custom ? custom.rest : text).replace(/\s+/g, ' ');
        // Sites give a heading with a custom id that id alone; GitHub, which ignores the syntax, the slug of all its text.
        const readings = this.forSite(customId !== undefined);
        const githubSlug = this.slugger.slug(text);
        readings.add(githubSlug);
        if (customId !== undefined) {
            this.add(customId);
            this.siteValid.add(customId);
            readings.variant(bare);
        }
        readings.variant(text);
        for (const variant of variants)
            readings.variant(variant);
        if (customId === undefined && this.styles.length > 0)
            this.ownStyles(bare, githubSlug);
    }
    /** Where a site's slugs differ from GitHub's for this heading, the difference both ways. */
    ownStyles(text, githubSlug) {
        for (const style of this.styles) {
            const own = slugsOf(style, text).filter((anchor) => anchor !== '');
            if (!own.includes(githubSlug))
                this.styleSet(this.notInStyle, style).add((0,detached_string/* detachedString */.Q)(githubSlug));
            for (const anchor of own)
                if (anchor !== githubSlug)
                    this.styleSet(this.styleSlugs, style).add((0,detached_string/* detachedString */.Q)(anchor));
        }
    }
    styleSet(map, style) {
        let set = map.get(style);
        if (set === undefined) {
            set = new Set();
            map.set(style, set);
        }
        return set;
    }
    /**
     * Readings of GitHub and of other tools that no documentation site gives: valid for links judged
     * by GitHub's rules only. Call once the document is walked.
     */
    notOnSites() {
        const hidden = new Set();
        for (const anchor of this.customReadings)
            if (!this.siteValid.has(anchor))
                hidden.add(anchor);
        return hidden;
    }
    /** Where a heading's readings go: anchors every renderer may give, or ones only GitHub-style tools give. */
    forSite(customId) {
        const record = (anchor) => {
            if (anchor === '')
                return;
            this.add(anchor);
            if (customId)
                this.customReadings.push(anchor);
            else
                this.siteValid.add(anchor);
        };
        return { add: record, variant: (text) => record((0,github_slugger/* slug */.y)(text.replace(/\s+/g, ' ').trim())) };
    }
    /** A MyST target, `(label)=`: an anchor here, and a label any page of the site may reference. */
    label(value) {
        this.id(value);
        this.labels.add((0,detached_string/* detachedString */.Q)(value.toLowerCase()));
    }
    /** `[[autodoc]] pkg.Class`: doc-builder documents the object and its members under their dotted names. */
    apiObject(name) {
        this.apiObjects.add((0,detached_string/* detachedString */.Q)(name));
    }
    /** An `id` or `name` attribute. */
    id(value) {
        const trimmed = value.trim();
        if (trimmed === '')
            return;
        this.add(trimmed);
        this.siteValid.add(trimmed);
    }
    add(anchor) {
        if (!this.anchors.has(anchor))
            this.anchors.add((0,detached_string/* detachedString */.Q)(anchor));
    }
}

;// CONCATENATED MODULE: ./src/scanners/links/collect/html-scanner.ts
/** Elements whose content is not markup: a `<a href>` inside a script is not a link. */
const RAW_TEXT_ELEMENTS = new Set(['script', 'style', 'textarea']);
function isWhitespace(code) {
    return code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d || code === 0x0c;
}
function isLetter(code) {
    const lower = code | 0x20;
    return lower >= 0x61 && lower <= 0x7a;
}
function isTagNameChar(code) {
    return isLetter(code) || (code >= 0x30 && code <= 0x39) || code === 0x2d || code === 0x3a || code === 0x2e || code === 0x5f;
}
/** Reads `<name attr=value ...>` from `open` (the `<`); every step advances, so it is linear. */
function readOpenTag(html, open) {
    const length = html.length;
    let position = open + 1;
    while (position < length && isTagNameChar(html.charCodeAt(position)))
        position++;
    const name = html.slice(open + 1, position).toLowerCase();
    const attributes = [];
    while (position < length) {
        const code = html.charCodeAt(position);
        if (isWhitespace(code) || code === 0x2f) {
            position++;
            continue;
        }
        if (code === 0x3e)
            return { name, attributes, end: position + 1 };
        const nameStart = position;
        position++;
        while (position < length) {
            const next = html.charCodeAt(position);
            if (isWhitespace(next) || next === 0x2f || next === 0x3e || next === 0x3d)
                break;
            position++;
        }
        const attributeName = html.slice(nameStart, position).toLowerCase();
        let afterName = position;
        while (afterName < length && isWhitespace(html.charCodeAt(afterName)))
            afterName++;
        if (html.charCodeAt(afterName) !== 0x3d) {
            attributes.push({ name: attributeName, value: '', valueOffset: position });
            continue;
        }
        position = afterName + 1;
        while (position < length && isWhitespace(html.charCodeAt(position)))
            position++;
        const quote = html.charCodeAt(position);
        if (quote === 0x22 || quote === 0x27) {
            const close = html.indexOf(quote === 0x22 ? '"' : "'", position + 1);
            const valueEnd = close === -1 ? length : close;
            attributes.push({ name: attributeName, value: html.slice(position + 1, valueEnd), valueOffset: position + 1 });
            position = valueEnd + 1;
        }
        else {
            const valueStart = position;
            while (position < length && !isWhitespace(html.charCodeAt(position)) && html.charCodeAt(position) !== 0x3e)
                position++;
            attributes.push({ name: attributeName, value: html.slice(valueStart, position), valueOffset: valueStart });
        }
    }
    return { name, attributes, end: length };
}
/** Skips to just past `</name ...>`, case-insensitively; the end of the text when it never closes. */
function skipRawText(html, from, name) {
    for (let close = html.indexOf('</', from); close !== -1; close = html.indexOf('</', close + 2)) {
        if (html.slice(close + 2, close + 2 + name.length).toLowerCase() === name) {
            const end = html.indexOf('>', close);
            return end === -1 ? html.length : end + 1;
        }
    }
    return html.length;
}
/**
 * A single forward pass over raw HTML as it appears in Markdown: tags with their attributes,
 * closing tags, text and comments. Not a full HTML parser (no tree, no implied tags): enough to
 * find link attributes, ids and heading text, and to never look inside comments.
 */
function scanHtml(html, visitor) {
    const length = html.length;
    let position = 0;
    while (position < length) {
        const open = html.indexOf('<', position);
        if (open === -1) {
            visitor.text(html.slice(position));
            return;
        }
        if (open > position)
            visitor.text(html.slice(position, open));
        if (html.startsWith('<!--', open)) {
            // `<!-->` and `<!--->` are complete (empty) comments in HTML.
            const shortEnd = html.startsWith('>', open + 4) ? open + 5 : html.startsWith('->', open + 4) ? open + 6 : -1;
            const close = shortEnd !== -1 ? -1 : html.indexOf('-->', open + 4);
            const end = shortEnd !== -1 ? shortEnd : close === -1 ? length : close + 3;
            visitor.comment(shortEnd !== -1 ? '' : html.slice(open + 4, close === -1 ? length : close), end);
            position = end;
            continue;
        }
        const next = html.charCodeAt(open + 1);
        if (next === 0x2f && isLetter(html.charCodeAt(open + 2))) {
            let nameEnd = open + 2;
            while (nameEnd < length && isTagNameChar(html.charCodeAt(nameEnd)))
                nameEnd++;
            visitor.closeTag(html.slice(open + 2, nameEnd).toLowerCase());
            const end = html.indexOf('>', nameEnd);
            position = end === -1 ? length : end + 1;
        }
        else if (isLetter(next)) {
            const tag = readOpenTag(html, open);
            visitor.openTag(tag.name, tag.attributes);
            position = RAW_TEXT_ELEMENTS.has(tag.name) ? skipRawText(html, tag.end, tag.name) : tag.end;
        }
        else if (next === 0x21 || next === 0x3f) {
            const end = html.indexOf('>', open + 2);
            position = end === -1 ? length : end + 1;
        }
        else {
            visitor.text('<');
            position = open + 1;
        }
    }
}
/** `srcset` candidates: a URL, then optional descriptors, separated by commas. */
function srcsetUrls(value) {
    const urls = [];
    const isSpace = (index) => /\s/.test(value[index]);
    let index = 0;
    while (index < value.length) {
        while (index < value.length && (isSpace(index) || value[index] === ','))
            index++;
        if (index >= value.length)
            break;
        const start = index;
        while (index < value.length && !isSpace(index))
            index++;
        let end = index;
        while (end > start && value[end - 1] === ',')
            end--;
        urls.push({ url: value.slice(start, end), offset: start });
        // Trailing commas end the candidate; otherwise descriptors (`2x`, `640w`) run to the next comma.
        if (end === index)
            while (index < value.length && value[index] !== ',')
                index++;
    }
    return urls;
}

// EXTERNAL MODULE: ./node_modules/markdown-it/index.mjs + 74 modules
var markdown_it = __webpack_require__(9193);
// EXTERNAL MODULE: ./src/scanners/line-breaks.ts
var line_breaks = __webpack_require__(36314);
;// CONCATENATED MODULE: ./src/scanners/links/collect/markdown-parser.ts


const OFFSET_KEY = 'repoAuditOffset';
/** Where an inline link, image, autolink or inline HTML token starts in its inline content. */
function inlineOffset(token) {
    const value = token.meta?.[OFFSET_KEY];
    return typeof value === 'number' ? value : undefined;
}
function recordOffset(token, offset) {
    token.meta = { ...(token.meta ?? {}), [OFFSET_KEY]: offset };
}
/** A rule as registered: its function and the chains it also runs in, so a wrapper can replace it in place. */
function registeredRule(ruler, name) {
    // markdown-it's typings hide the rule list; it is the documented way to reach a rule's function.
    const rule = ruler.__rules__.find((candidate) => candidate.name === name);
    if (rule === undefined)
        throw new Error(`markdown-it has no rule "${name}"; the link collector needs it`);
    return rule;
}
/**
 * The label of a reference-style link or image that spans `src[start, end)`, normalised as
 * markdown-it keys `env.references`; undefined for an inline one. An inline link ends with `)`,
 * every reference form with `]`: `[text][label]`, `[text][]` and `[text]`, the last two labelled
 * by their text.
 */
function referenceLabel(state, md, start, end) {
    const { src } = state;
    if (src.charCodeAt(end - 1) !== 0x5d)
        return undefined;
    const image = src.charCodeAt(start) === 0x21;
    const open = image ? start + 1 : start;
    // As the link and image rules read it: an image's text may hold brackets, a link's may not hold a link.
    const textEnd = md.helpers.parseLinkLabel(state, open, !image);
    if (textEnd < 0)
        return undefined;
    const explicit = end > textEnd + 1 ? src.slice(textEnd + 2, end - 1) : '';
    return md.utils.normalizeReference(explicit === '' ? src.slice(open + 1, textEnd) : explicit);
}
/**
 * markdown-it keeps no inline positions, so each rule that makes a link is wrapped to note where
 * it started (`state.pos`) on the first token it pushed. A text token may be flushed before it, so
 * the first token of one of `types` is the one. With `labels`, a reference-style link's label is
 * noted too, in `meta.label`, as markdown-it 15 does.
 */
function wrapInlineRule(md, name, types, options = {}) {
    const rule = registeredRule(md.inline.ruler, name);
    const original = rule.fn;
    const startOf = options.startOf ?? ((start) => start);
    const wrapped = (state, silent) => {
        const start = state.pos;
        const before = state.tokens.length;
        const matched = original(state, silent);
        if (matched && !silent) {
            for (let index = before; index < state.tokens.length; index++) {
                const token = state.tokens[index];
                if (types.includes(token.type)) {
                    recordOffset(token, startOf(start, token));
                    const label = options.labels ? referenceLabel(state, md, start, state.pos) : undefined;
                    if (label !== undefined)
                        token.meta = { ...(token.meta ?? {}), label };
                    break;
                }
            }
        }
        return matched;
    };
    md.inline.ruler.at(name, wrapped, { alt: rule.alt });
}
/** Labels in the order markdown-it first defined them, per parse. */
const definedLabels = new WeakMap();
/**
 * `env.references` that notes each label as markdown-it adds it (it only ever adds a label that is
 * not there yet), so finding the new one costs nothing per definition: listing the keys after each
 * one made 100,000 definitions quadratic.
 */
function recordingReferences(added) {
    return new Proxy(Object.create(null), {
        set(target, label, value) {
            if (typeof label === 'string' && !(label in target))
                added.push(label);
            target[label] = value;
            return true;
        },
    });
}
/**
 * markdown-it 14 keeps reference definitions only in `env.references`; the collector also needs
 * where each one was written. So the block rule is wrapped to emit a `reference_definition` token,
 * as markdown-it 15 does, for each label it defines first. (14 rather than 15: 15's build sets
 * every Token field through a helper and parses this collector's documents a third slower.)
 */
function recordReferenceDefinitions(md) {
    const rule = registeredRule(md.block.ruler, 'reference');
    const original = rule.fn;
    const wrapped = (state, startLine, endLine, silent) => {
        const env = state.env;
        let added = definedLabels.get(env);
        if (added === undefined) {
            definedLabels.set(env, (added = []));
            env.references ??= recordingReferences(added);
        }
        const before = added.length;
        const matched = original(state, startLine, endLine, silent);
        if (!matched || silent)
            return matched;
        for (let index = before; index < added.length; index++) {
            const token = state.push('reference_definition', '', 0);
            token.map = [startLine, state.line];
            token.hidden = true;
            token.meta = { label: added[index] };
        }
        return matched;
    };
    md.block.ruler.at('reference', wrapped, { alt: rule.alt });
}
/** Only inline content that can hold a link or an anchor is worth an inline parse. */
function needsInlineParse(tokens, index, env) {
    const previous = tokens[index - 1];
    if (previous?.type === 'heading_open')
        return true;
    const content = tokens[index].content;
    if (content.includes('<'))
        return true;
    return env.wantLinks && (content.includes('[') || content.includes('://'));
}
function selectiveInline(state) {
    const env = state.env;
    const tokens = state.tokens;
    for (let index = 0; index < tokens.length; index++) {
        const token = tokens[index];
        if (token.type === 'inline' && needsInlineParse(tokens, index, env)) {
            state.md.inline.parse(token.content, state.md, state.env, token.children ?? (token.children = []));
        }
    }
}
function createParser(indentedCode = true) {
    const md = new markdown_it/* default */.A('default', { html: true, linkify: true, typographer: false });
    // mdsvex, which doc-builder renders with, has no indented code blocks: indented HTML there is live.
    if (!indentedCode)
        md.block.ruler.disable('code');
    // Targets are checked as written: no percent-encoding, no punycode, and no scheme is refused,
    // because `javascript:` and friends must be seen to be counted as skipped.
    md.normalizeLink = (url) => url;
    md.normalizeLinkText = (text) => text;
    md.validateLink = () => true;
    // GitHub autolinks `http(s)://` text (the inline linkify rule keeps positions); the core rule's
    // fuzzy matching links bare file names like `readme.md` (a TLD), which GitHub does not.
    md.core.ruler.disable(['linkify', 'replacements', 'smartquotes']);
    md.core.ruler.at('inline', selectiveInline);
    recordReferenceDefinitions(md);
    wrapInlineRule(md, 'link', ['link_open'], { labels: true });
    wrapInlineRule(md, 'image', ['image'], { labels: true });
    wrapInlineRule(md, 'autolink', ['link_open']);
    wrapInlineRule(md, 'html_inline', ['html_inline']);
    // The linkify rule fires on the `:` of `https://`; the scheme before it was already read as text.
    wrapInlineRule(md, 'linkify', ['link_open'], { startOf: (start, token) => start - Math.max(0, String(token.attrGet('href') ?? '').indexOf(':')) });
    return md;
}
let parser;
let withoutIndentedCode;
/** The length of a leading YAML front matter block, 0 when there is none. */
function frontMatterLength(text) {
    if (!text.startsWith('---\n'))
        return 0;
    const end = /\n(?:---|\.\.\.)[ \t]*(?:\n|$)/.exec(text.slice(3));
    return end ? 3 + end.index + end[0].length : 0;
}
/** `slug:` and `id:` with a plain or quoted scalar: the keys that move a page's URL on a site. */
const ROUTE_KEY = /^(slug|id)[ \t]*:[ \t]*(?:"([^"\n]*)"|'([^'\n]*)'|([^\s#"'][^\n#]*?))[ \t]*(?:#.*)?$/gm;
function routeKeys(block) {
    let found;
    for (const match of block.matchAll(ROUTE_KEY)) {
        const value = (match[2] ?? match[3] ?? match[4] ?? '').trim();
        if (value === '')
            continue;
        found ??= {};
        found[match[1]] = value;
    }
    return found;
}
/** Parses one document as GitHub would (CommonMark + GFM tables, raw HTML on), keeping inline positions. */
function parseMarkdown(text, options) {
    const md = options.indentedCode === false ? (withoutIndentedCode ??= createParser(false)) : (parser ??= createParser());
    // markdown-it's own line rule is the shared one (line-breaks.ts); normalised, every line ends in `\n`.
    let source = (0,line_breaks/* normalizeLineBreaks */.Yg)(text);
    if (source.includes('\0'))
        source = source.replace(/\0/g, '\uFFFD');
    // GitHub renders a leading YAML front matter block as a table: it holds no headings and no links.
    const matterLength = frontMatterLength(source);
    const frontMatter = matterLength === 0 ? undefined : routeKeys(source.slice(0, matterLength));
    if (matterLength > 0)
        source = source.slice(0, matterLength).replace(/[^\n]/g, '') + source.slice(matterLength);
    const env = { wantLinks: options.wantLinks };
    const tokens = md.parse(source, env);
    return { source, tokens, references: env.references ?? {}, ...(frontMatter === undefined ? {} : { frontMatter }) };
}
const ENTITY = /&(?:#[xX][0-9a-fA-F]{1,6}|#[0-9]{1,7}|[A-Za-z][A-Za-z0-9]{1,31});/g;
/** Decodes HTML character references (`&amp;`, `&#x41;`) in raw HTML text or attribute values. */
function decodeHtmlEntities(text) {
    if (!text.includes('&'))
        return text;
    parser ??= createParser();
    const { unescapeAll } = parser.utils;
    return text.replace(ENTITY, (entity) => unescapeAll(entity));
}

;// CONCATENATED MODULE: ./src/scanners/links/collect/source-lines.ts
/** The lines of a parsed document, indexed once. */
class SourceLines {
    text;
    starts = [0];
    constructor(text) {
        this.text = text;
        for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', index + 1))
            this.starts.push(index + 1);
    }
    /** The text of 0-based line `index`, without its newline; '' past the end. */
    line(index) {
        const start = this.starts[index];
        if (start === undefined)
            return '';
        const next = this.starts[index + 1];
        return this.text.slice(start, next === undefined ? this.text.length : next - 1);
    }
}
function leadingWhitespace(text) {
    let count = 0;
    while (count < text.length && (text[count] === ' ' || text[count] === '\t'))
        count++;
    return count;
}
/**
 * Maps offsets in a block's content back to the source. markdown-it hands inline and HTML content
 * over with container prefixes (`> `, list indentation) and leading spaces stripped, one content
 * line per source line; so each content line, once its leading whitespace is dropped, is found in
 * its source line: at the end for paragraphs and HTML (they run to the end of the line), else by
 * searching from `fromColumn` (table cells share a line; ATX headings may end with `#`s).
 */
class ContentLocator {
    content;
    firstLine;
    source;
    fromColumn;
    lineStarts = [0];
    columns = [];
    leads = [];
    constructor(content, 
    /** 0-based source line of the content's first line. */
    firstLine, source, fromColumn = 0) {
        this.content = content;
        this.firstLine = firstLine;
        this.source = source;
        this.fromColumn = fromColumn;
        for (let index = content.indexOf('\n'); index !== -1; index = content.indexOf('\n', index + 1))
            this.lineStarts.push(index + 1);
    }
    contentLine(index) {
        const start = this.lineStarts[index];
        const next = this.lineStarts[index + 1];
        return this.content.slice(start, next === undefined ? this.content.length : next - 1);
    }
    /** 0-based source column where content line `index` (past its leading whitespace) starts. */
    startColumn(index) {
        const known = this.columns[index];
        if (known !== undefined)
            return known;
        const text = this.contentLine(index);
        const lead = leadingWhitespace(text);
        const rest = text.slice(lead).trimEnd();
        const sourceLine = this.source.line(this.firstLine + index);
        const trimmed = sourceLine.trimEnd();
        const from = index === 0 ? this.fromColumn : 0;
        let column;
        if (rest === '')
            column = leadingWhitespace(sourceLine);
        else if (from === 0 && trimmed.endsWith(rest))
            column = trimmed.length - rest.length;
        else {
            const found = sourceLine.indexOf(rest, from);
            column = found !== -1 ? found : Math.max(from, leadingWhitespace(sourceLine));
        }
        this.columns[index] = column;
        this.leads[index] = lead;
        return column;
    }
    position(offset) {
        let low = 0;
        let high = this.lineStarts.length - 1;
        while (low < high) {
            const middle = (low + high + 1) >> 1;
            if (this.lineStarts[middle] <= offset)
                low = middle;
            else
                high = middle - 1;
        }
        const index = low;
        const column = this.startColumn(index);
        const within = offset - this.lineStarts[index] - this.leads[index];
        return { line: this.firstLine + index + 1, column: column + Math.max(0, within) + 1 };
    }
    /** 0-based column just past the content's first line: where the next table cell's search starts. */
    endOfFirstLine() {
        return this.startColumn(0) + this.contentLine(0).trimEnd().length - this.leads[0];
    }
}

;// CONCATENATED MODULE: ./src/scanners/links/collect/collect-document.ts





const IGNORE_MARKER = 'repo-audit-ignore';
const HTML_HEADING = /^h[1-6]$/;
const MYST_TARGET = /^\(([^()\s]+)\)=\s*$/;
const AUTODOC = /^\[\[autodoc\]\]\s+([\w.]+)/;
/** mkdocstrings' `::: package.module`: the page gets an anchor for every object documented under it. */
const MKDOCSTRINGS = /^:::\s+([A-Za-z_][\w.]*)\s*(?:\n|$)/;
/** attr_list's `{#id}` as the last line of a paragraph or list item: that block's id. */
const BLOCK_ATTRIBUTE_ID = /(?:^|\n)\{\s*:?\s*#([\w:.-]+)(?:\s[^}\n]*)?\}\s*$/;
/**
 * Cheap pre-filter: without any of these a file has no link (no inline or reference link, no
 * autolink, no raw HTML, no bare URL). It may still have headings other files link to.
 */
function mayContainLinks(text) {
    return text.includes('](') || text.includes(']:') || text.includes('<') || text.includes('href') || text.includes('src') || text.includes('http');
}
const ATTRIBUTE_ID = /^\{\s*#([\w:.-]+)\s*\}/;
/**
 * `[](){#id}`: an empty link with an attribute list, which mkdocs-autorefs (brought in by
 * mkdocstrings, as on pydantic's site) renders as an anchor named `id`, not a link. Undefined for
 * any other link.
 */
function autorefsAnchor(children, index) {
    const open = children[index];
    if (open === undefined || String(open.attrGet('href') ?? '') !== '' || children[index + 1]?.type !== 'link_close')
        return undefined;
    const after = children[index + 2];
    if (after?.type !== 'text')
        return undefined;
    return ATTRIBUTE_ID.exec(after.content)?.[1];
}
function linkAttributes(tag, attribute) {
    if (tag === 'a')
        return attribute.name === 'href' ? 'url' : undefined;
    if (tag === 'img' || tag === 'source')
        return attribute.name === 'src' ? 'url' : attribute.name === 'srcset' ? 'srcset' : undefined;
    return undefined;
}
/** Walks one parsed document's tokens once, collecting links, anchors and ignore markers. */
class DocumentWalker {
    source;
    wantLinks;
    links = [];
    anchors;
    ignoredLines = new Set();
    usedLabels = new Set();
    definitions = new Map();
    /** An HTML `<h1>`…`<h6>` whose closing tag has not been seen yet, with its text so far. */
    htmlHeading;
    rowLine = 0;
    cellColumn = 0;
    constructor(source, wantLinks, slugStyles) {
        this.source = source;
        this.wantLinks = wantLinks;
        this.anchors = new AnchorCollector(slugStyles);
    }
    walk(tokens, references) {
        for (let index = 0; index < tokens.length; index++) {
            const token = tokens[index];
            switch (token.type) {
                case 'inline':
                    this.inline(token, tokens[index - 1]);
                    break;
                case 'html_block':
                    this.html(token.content, 0, this.locator(token.content, token.map?.[0] ?? 0));
                    break;
                case 'reference_definition':
                    this.definition(token);
                    break;
                case 'tr_open':
                    this.rowLine = token.map?.[0] ?? this.rowLine;
                    this.cellColumn = 0;
                    break;
            }
        }
        if (this.htmlHeading)
            this.anchors.heading(this.htmlHeading.text);
        for (const [label, position] of this.definitions) {
            const reference = references[label];
            if (reference && this.usedLabels.has(label))
                this.addLink(reference.href, position, 'reference');
        }
        this.links.sort((a, b) => a.line - b.line || a.column - b.column);
    }
    locator(content, firstLine, fromColumn = 0) {
        let locator;
        return (offset) => (locator ??= new ContentLocator(content, firstLine, this.source, fromColumn)).position(offset);
    }
    inline(token, previous) {
        const children = token.children ?? [];
        let locate;
        if (previous?.type === 'th_open' || previous?.type === 'td_open') {
            // Table cells carry no line map; they sit on their row's line, left to right.
            const cell = new ContentLocator(token.content, this.rowLine, this.source, this.cellColumn);
            this.cellColumn = token.content === '' ? this.cellColumn : cell.endOfFirstLine();
            locate = (offset) => cell.position(offset);
        }
        else {
            locate = this.locator(token.content, token.map?.[0] ?? 0);
        }
        if (previous?.type === 'paragraph_open' && token.content.startsWith('(')) {
            // A MyST target line, `(label)=`, names the block below it.
            const label = MYST_TARGET.exec(token.content);
            if (label)
                this.anchors.label(label[1]);
        }
        if (previous?.type === 'paragraph_open' && token.content.startsWith('[[autodoc]]')) {
            const name = AUTODOC.exec(token.content);
            if (name)
                this.anchors.apiObject(name[1]);
        }
        if (previous?.type === 'paragraph_open' && token.content.startsWith(':::')) {
            const name = MKDOCSTRINGS.exec(token.content);
            if (name)
                this.anchors.apiObject(name[1]);
        }
        if (previous?.type === 'paragraph_open' && !token.content.startsWith('{:')) {
            const attribute = BLOCK_ATTRIBUTE_ID.exec(token.content);
            if (attribute)
                this.anchors.id(attribute[1]);
        }
        if (previous?.type === 'paragraph_open' && token.content.startsWith('{:')) {
            // A kramdown block attribute list (`{: #id}` under a heading) gives the block above an id.
            const attributes = customHeadingId(token.content);
            if (attributes)
                this.anchors.id(attributes.id);
        }
        if (previous?.type === 'heading_open') {
            const text = headingText(children);
            const withAlt = children.some((child) => child.type === 'image') ? [headingText(children, true)] : [];
            this.anchors.heading(text, withAlt);
        }
        for (const [index, child] of children.entries()) {
            switch (child.type) {
                case 'link_open':
                case 'image': {
                    const anchor = child.type === 'link_open' ? autorefsAnchor(children, index) : undefined;
                    if (anchor !== undefined) {
                        this.anchors.id(anchor);
                        break;
                    }
                    const label = child.meta?.label;
                    if (typeof label === 'string') {
                        this.usedLabels.add(label);
                        break;
                    }
                    const syntax = child.type === 'image' ? 'image' : child.markup === 'autolink' ? 'autolink' : child.markup === 'linkify' ? 'bare-url' : 'inline';
                    this.addLink(String(child.attrGet(child.type === 'image' ? 'src' : 'href') ?? ''), locate(inlineOffset(child) ?? 0), syntax);
                    break;
                }
                case 'html_inline':
                    this.html(child.content, inlineOffset(child) ?? 0, locate);
                    break;
                case 'text':
                case 'code_inline':
                    if (this.htmlHeading)
                        this.htmlHeading.text += child.content;
                    break;
                case 'softbreak':
                case 'hardbreak':
                    if (this.htmlHeading)
                        this.htmlHeading.text += '\n';
                    break;
            }
        }
    }
    html(html, base, locate) {
        scanHtml(html, {
            openTag: (name, attributes) => {
                for (const attribute of attributes) {
                    if (attribute.name === 'id' || attribute.name === 'name')
                        this.anchors.id(decodeHtmlEntities(attribute.value));
                    const kind = linkAttributes(name, attribute);
                    if (kind === 'url')
                        this.addLink(decodeHtmlEntities(attribute.value), locate(base + attribute.valueOffset), 'html');
                    if (kind === 'srcset') {
                        for (const candidate of srcsetUrls(attribute.value)) {
                            this.addLink(decodeHtmlEntities(candidate.url), locate(base + attribute.valueOffset + candidate.offset), 'html');
                        }
                    }
                }
                if (HTML_HEADING.test(name) && !this.htmlHeading)
                    this.htmlHeading = { text: '' };
            },
            closeTag: (name) => {
                if (HTML_HEADING.test(name) && this.htmlHeading) {
                    this.anchors.heading(this.htmlHeading.text);
                    this.htmlHeading = undefined;
                }
            },
            text: (text) => {
                if (this.htmlHeading)
                    this.htmlHeading.text += decodeHtmlEntities(text);
            },
            comment: (body, endOffset) => {
                if (body.trim().toLowerCase() === IGNORE_MARKER)
                    this.ignoredLines.add(locate(base + endOffset - 1).line + 1);
            },
        });
    }
    definition(token) {
        const label = token.meta?.label;
        if (typeof label !== 'string' || this.definitions.has(label))
            return;
        const line = token.map?.[0] ?? 0;
        const column = this.source.line(line).indexOf('[');
        this.definitions.set(label, { line: line + 1, column: Math.max(0, column) + 1 });
    }
    addLink(target, position, syntax) {
        if (this.wantLinks)
            this.links.push({ target: (0,detached_string/* detachedString */.Q)(target), line: position.line, column: position.column, syntax });
    }
}
/**
 * Parses one Markdown file and keeps its links (when `wantLinks`) and anchors. Files without link
 * syntax are still parsed for their headings, but their paragraphs skip the inline parse.
 */
function collectDocument(path, text, options) {
    const wantLinks = options.wantLinks && mayContainLinks(text);
    const parsed = parseMarkdown(text, { wantLinks, indentedCode: options.indentedCode ?? true });
    const walker = new DocumentWalker(new SourceLines(parsed.source), wantLinks, options.slugStyles ?? OWN_STYLES);
    walker.walk(parsed.tokens, parsed.references);
    return { path, links: walker.links, anchors: walker.anchors.anchors, styleSlugs: walker.anchors.styleSlugs, notInStyle: walker.anchors.notInStyle, notOnSites: walker.anchors.notOnSites(), labels: walker.anchors.labels, apiObjects: walker.anchors.apiObjects, ignoredLines: walker.ignoredLines, ...(parsed.frontMatter ? { frontMatter: parsed.frontMatter } : {}) };
}

;// CONCATENATED MODULE: ./src/scanners/links/check/safe-decode.ts
/**
 * Percent-decodes a URL part. A `%` that does not start a valid escape is kept as written: file
 * names like `100%.md` exist, and browsers leave such sequences alone too.
 */
function safeDecode(text) {
    if (!text.includes('%'))
        return text;
    try {
        return decodeURIComponent(text);
    }
    catch (error) {
        if (!(error instanceof URIError))
            throw error;
        return text.replace(/%[0-9a-fA-F]{2}/g, (escape) => {
            const code = Number.parseInt(escape.slice(1), 16);
            return code < 0x80 ? String.fromCharCode(code) : escape;
        });
    }
}

;// CONCATENATED MODULE: ./src/scanners/links/check/github-url.ts

const BLOB_URL = /^https?:\/\/(?:www\.)?github\.com\/([^/?#]+)\/([^/?#]+)\/(?:blob|tree|raw|blame|edit)\/([^?#]*)(?:\?[^#]*)?(?:#(.*))?$/i;
const RAW_URL = /^https?:\/\/raw\.githubusercontent\.com\/([^/?#]+)\/([^/?#]+)\/([^?#]*)(?:\?[^#]*)?(?:#(.*))?$/i;
const COMMIT_PREFIX = /^[0-9a-f]{7,40}$/i;
function sameRepository(repository, ref, commit) {
    if (repository === undefined)
        return undefined;
    const refs = new Set(['HEAD', 'main', 'master']);
    if (ref?.startsWith('refs/heads/'))
        refs.add(ref.slice('refs/heads/'.length));
    // Longest first, so `feature/x` wins over a `feature` branch for `blob/feature/x/README.md`.
    return { name: repository.toLowerCase(), refs: [...refs].sort((a, b) => b.length - a.length), ...(commit ? { commit: commit.toLowerCase() } : {}) };
}
function splitRef(rest, repository) {
    for (const ref of repository.refs) {
        if (rest === ref)
            return '';
        if (rest.startsWith(`${ref}/`))
            return rest.slice(ref.length + 1);
    }
    const slash = rest.indexOf('/');
    const first = slash === -1 ? rest : rest.slice(0, slash);
    if (repository.commit && COMMIT_PREFIX.test(first) && repository.commit.startsWith(first.toLowerCase()))
        return slash === -1 ? '' : rest.slice(slash + 1);
    return undefined;
}
/**
 * The repository path a `github.com/OWNER/REPO/blob|tree|raw/REF/path` or
 * `raw.githubusercontent.com/OWNER/REPO/REF/path` URL points at, when it is this repository at the
 * checked-out tree; `other-ref` when it is this repository at another ref (a tag, an old commit),
 * which the checkout cannot vouch for; undefined for any other URL.
 */
function sameRepositoryPath(url, repository) {
    const match = BLOB_URL.exec(url) ?? RAW_URL.exec(url);
    if (!match)
        return undefined;
    if (`${match[1]}/${match[2]}`.toLowerCase() !== repository.name)
        return undefined;
    const path = splitRef(match[3], repository);
    if (path === undefined)
        return 'other-ref';
    return { path: safeDecode(path).replace(/\/+$/, ''), fragment: match[4] === undefined ? undefined : safeDecode(match[4]) };
}

// EXTERNAL MODULE: ./node_modules/picomatch/index.js
var picomatch = __webpack_require__(14006);
var picomatch_default = /*#__PURE__*/__webpack_require__.n(picomatch);
// EXTERNAL MODULE: ./src/scanners/links/link-settings.ts
var link_settings = __webpack_require__(35775);
;// CONCATENATED MODULE: ./src/scanners/links/check/ignore-patterns.ts


/**
 * The `ignore` setting: `/regex/flags` items and globs. A target is ignored when a pattern matches
 * it as written or, for a target in the repository, its resolved path.
 */
class IgnorePatterns {
    regexes;
    glob;
    constructor(patterns) {
        const regexes = [];
        const globs = [];
        for (const pattern of patterns) {
            const regex = (0,link_settings/* regexOfPattern */.vF)(pattern);
            if (regex)
                regexes.push(regex);
            else
                globs.push(pattern);
        }
        this.regexes = regexes;
        this.glob = globs.length > 0 ? picomatch_default()(globs, { dot: true }) : undefined;
    }
    get isEmpty() {
        return this.regexes.length === 0 && this.glob === undefined;
    }
    matches(text) {
        for (const regex of this.regexes)
            if (regex.test(text))
                return true;
        return this.glob !== undefined && this.glob(text);
    }
}

;// CONCATENATED MODULE: ./src/scanners/links/check/written-target.ts

function splitWrittenTarget(target) {
    const hash = target.indexOf('#');
    const beforeHash = hash === -1 ? target : target.slice(0, hash);
    const fragment = hash === -1 ? undefined : safeDecode(target.slice(hash + 1));
    const query = beforeHash.indexOf('?');
    // Browsers read `\` as `/` in the path of an http(s) URL, so `docs\a.md` works on GitHub.
    const path = safeDecode((query === -1 ? beforeHash : beforeHash.slice(0, query)).replace(/\\/g, '/'));
    const suffix = query !== -1 ? target.slice(query) : hash !== -1 ? target.slice(hash) : '';
    return { path, fragment, suffix };
}

// EXTERNAL MODULE: ./src/scanners/links/check/repository-path.ts
var repository_path = __webpack_require__(68050);
;// CONCATENATED MODULE: ./src/scanners/links/check/link-target.ts




/**
 * `ttps:`, `htps:`, `htpp:`, `hhttps:`: one letter from `http`/`https`. GitHub drops a link whose
 * scheme it does not know, so the reader sees text where a link was meant.
 */
const MISSPELLED_WEB_SCHEME = /^(?:ttps?|htps?|htts?|htp|htpp|htpps|hhttps?|htttps?|httsp|hptts?)$/;
/** `ENGLISH_VERSION_URL`, `LINK_HERE`: a name a build script or a writer fills in, not a path. */
const PLACEHOLDER = /^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+$/;
const SCHEME = /^([a-zA-Z][a-zA-Z0-9+.-]*):/;
const SKIPPED_SCHEMES = new Set(['mailto', 'tel', 'data', 'javascript']);
/**
 * Says what a link target is, without touching the file system: skipped (and why), external
 * (and its host), empty, or a path in this repository, resolved as GitHub resolves it.
 */
class TargetResolver {
    options;
    prefix;
    constructor(options) {
        this.options = options;
        this.prefix = options.rootInRepository.replace(/\/+$/, '');
    }
    classify(written, sourcePath) {
        const target = written.trim();
        if (target === '')
            return { kind: 'empty' };
        if (target.includes('{{') || target.includes('{%') || PLACEHOLDER.test(target))
            return { kind: 'skipped', reason: 'template' };
        const scheme = SCHEME.exec(target);
        if (scheme) {
            const name = scheme[1].toLowerCase();
            if (SKIPPED_SCHEMES.has(name))
                return { kind: 'skipped', reason: name };
            if (name === 'http' || name === 'https')
                return this.web(target);
            if (MISSPELLED_WEB_SCHEME.test(name))
                return { kind: 'misspelled-scheme', scheme: name };
            return { kind: 'skipped', reason: 'other-scheme' };
        }
        if (target.startsWith('//'))
            return this.web(`https:${target}`);
        return this.local(target, sourcePath);
    }
    web(url) {
        const inRepository = this.options.repository && sameRepositoryPath(url, this.options.repository);
        if (inRepository === 'other-ref')
            return { kind: 'skipped', reason: 'other-ref' };
        if (inRepository)
            return this.fromRepositoryRoot(inRepository.path, inRepository.fragment, []);
        let host = '';
        try {
            host = new URL(url).hostname.toLowerCase();
        }
        catch (error) {
            // Still an external link: the HTTP checker will report it; here it only lacks a host to count under.
            if (!(error instanceof TypeError))
                throw error;
        }
        return { kind: 'external', url, host };
    }
    local(target, sourcePath) {
        const { path, fragment, suffix } = splitWrittenTarget(target);
        const alternatives = this.alternatives(path);
        if (path === '')
            return { kind: 'local', path: sourcePath, alternatives, fragment, outsideRepository: false };
        if (path.startsWith('/'))
            return this.fromRepositoryRoot(path.slice(1), fragment, alternatives);
        const repositoryPath = (0,repository_path/* normalizePath */.Fd)(external_node_path_.posix.join(external_node_path_.posix.dirname(this.inRepository(sourcePath)), path));
        if ((0,repository_path/* isOutside */._K)(repositoryPath)) {
            return this.githubPage(repositoryPath, suffix) ?? {
                kind: 'local', path: (0,repository_path/* normalizePath */.Fd)(external_node_path_.posix.join(external_node_path_.posix.dirname(sourcePath), path)), alternatives: [], fragment, outsideRepository: true,
            };
        }
        return this.toAuditRoot(repositoryPath, fragment, alternatives);
    }
    /**
     * GitHub shows a file at `/OWNER/REPO/blob/REF/path`, so a relative link that climbs two or more
     * levels above the repository root leaves the tree for GitHub's own pages: `../../issues`,
     * `../../wiki`, `../../blob/main/x.md`, `../../../other-repo`. Those are URLs, not files.
     */
    githubPage(repositoryPath, suffix) {
        const repository = this.options.repository;
        if (repository === undefined)
            return undefined;
        let levels = 0;
        let rest = repositoryPath;
        while ((0,repository_path/* isOutside */._K)(rest)) {
            levels++;
            rest = rest === '..' ? '' : rest.slice(3);
        }
        if (levels < 2)
            return undefined;
        const base = levels === 2 ? `${repository.name}/` : levels === 3 ? `${repository.name.slice(0, repository.name.indexOf('/'))}/` : '';
        return this.web(`https://github.com/${base}${rest}${suffix}`);
    }
    /** GitHub serves `/path` from the repository root, whatever directory the audit started in. */
    fromRepositoryRoot(path, fragment, alternatives) {
        const repositoryPath = (0,repository_path/* normalizePath */.Fd)(path);
        if ((0,repository_path/* isOutside */._K)(repositoryPath))
            return { kind: 'local', path: repositoryPath, alternatives: [], fragment, outsideRepository: true };
        return this.toAuditRoot(repositoryPath, fragment, alternatives);
    }
    toAuditRoot(repositoryPath, fragment, alternatives) {
        if (this.prefix === '')
            return { kind: 'local', path: repositoryPath, alternatives, fragment, outsideRepository: false };
        if (repositoryPath === this.prefix)
            return { kind: 'local', path: '', alternatives, fragment, outsideRepository: false };
        if (repositoryPath.startsWith(`${this.prefix}/`)) {
            return { kind: 'local', path: repositoryPath.slice(this.prefix.length + 1), alternatives, fragment, outsideRepository: false };
        }
        return alternatives.length > 0
            ? { kind: 'local', path: alternatives[0], alternatives: alternatives.slice(1), fragment, outsideRepository: false }
            : { kind: 'skipped', reason: 'outside-audit-root' };
    }
    inRepository(auditPath) {
        return this.prefix === '' ? auditPath : `${this.prefix}/${auditPath}`;
    }
    /** Extra roots whose prefix the decoded path starts with, as paths in the audited root. */
    alternatives(path) {
        const found = [];
        for (const root of this.options.roots) {
            if (!path.startsWith(root.prefix))
                continue;
            const candidate = (0,repository_path/* normalizePath */.Fd)(external_node_path_.posix.join(root.directory, path.slice(root.prefix.length)));
            if (!(0,repository_path/* isOutside */._K)(candidate))
                found.push(candidate);
        }
        return found;
    }
}

;// CONCATENATED MODULE: ./src/scanners/links/check/link-checker.ts
const OK = { status: 'ok' };

// EXTERNAL MODULE: ./src/scanners/edit-distance.ts
var edit_distance = __webpack_require__(32791);
;// CONCATENATED MODULE: ./src/scanners/links/check/path-index.ts
function parentOf(path) {
    const slash = path.lastIndexOf('/');
    return slash === -1 ? '' : path.slice(0, slash);
}
function nameOf(path) {
    return path.slice(path.lastIndexOf('/') + 1);
}
/**
 * Every listed path and the directories they imply, indexed once: exact lookups are Set hits,
 * case-insensitive ones a Map hit. The per-directory and per-name listings that suggestions need
 * are built on the first broken link only.
 */
class PathIndex {
    files;
    directories = new Set(['']);
    byLowerCase = new Map();
    submodules = [];
    children;
    byName;
    constructor(paths, submodules = []) {
        this.files = paths;
        for (const path of paths) {
            this.remember(path);
            for (let directory = parentOf(path); directory !== '' && !this.directories.has(directory); directory = parentOf(directory)) {
                this.directories.add(directory);
                this.remember(directory);
            }
        }
        this.addSubmodules(submodules);
    }
    /** Submodules are known once `.gitmodules` is read, after the index may already be in use. */
    addSubmodules(submodules) {
        for (const submodule of submodules) {
            this.submodules.push(submodule);
            for (let directory = submodule; directory !== '' && !this.directories.has(directory); directory = parentOf(directory)) {
                this.directories.add(directory);
                this.remember(directory);
            }
        }
    }
    remember(path) {
        const lower = path.toLowerCase();
        if (!this.byLowerCase.has(lower))
            this.byLowerCase.set(lower, path);
    }
    isFile(path) {
        return this.files.has(path);
    }
    isDirectory(path) {
        return this.directories.has(path);
    }
    exists(path) {
        return this.files.has(path) || this.directories.has(path);
    }
    /** The real path when `path` exists only with other letter case. */
    withOtherCase(path) {
        const real = this.byLowerCase.get(path.toLowerCase());
        return real === undefined || real === path ? undefined : real;
    }
    /** True when `path` lies inside a git submodule: its content is another repository's. */
    inSubmodule(path) {
        return this.submodules.some((submodule) => path.startsWith(`${submodule}/`));
    }
    /** Names (files and directories) directly inside `directory`. */
    entriesOf(directory) {
        if (this.children === undefined) {
            const children = new Map();
            const add = (path) => {
                const parent = parentOf(path);
                const list = children.get(parent);
                if (list)
                    list.push(nameOf(path));
                else
                    children.set(parent, [nameOf(path)]);
            };
            for (const path of this.files)
                add(path);
            for (const directory of this.directories)
                if (directory !== '')
                    add(directory);
            this.children = children;
        }
        return this.children.get(directory) ?? [];
    }
    /** Every file path whose last segment is `name`. */
    filesNamed(name) {
        if (this.byName === undefined) {
            const byName = new Map();
            for (const path of this.files) {
                const key = nameOf(path);
                const list = byName.get(key);
                if (list)
                    list.push(path);
                else
                    byName.set(key, [path]);
            }
            this.byName = byName;
        }
        return this.byName.get(name) ?? [];
    }
}

;// CONCATENATED MODULE: ./src/scanners/links/check/suggestions.ts


/** How many edits still read as a typo of a name this long. */
function typoBudget(length) {
    if (length <= 4)
        return 1;
    if (length <= 12)
        return 2;
    return 3;
}
/**
 * Work left for suggestions over a whole audit, in characters compared. Each broken link is compared
 * with every anchor of its target (or every entry of its directory), so 40,000 broken anchors into a
 * document of 40,000 headings would cost 1.6 billion comparisons; once the budget is spent, broken
 * links are still reported, without a suggestion.
 */
class SuggestionBudget {
    remaining;
    constructor(remaining = 10_000_000) {
        this.remaining = remaining;
    }
    /** Takes `cost` from the budget; false (and nothing taken) once it would run out. */
    spend(cost) {
        if (cost > this.remaining) {
            this.remaining = 0;
            return false;
        }
        this.remaining -= cost;
        return true;
    }
}
const UNLIMITED = { spend: () => true };
/** The candidate nearest to `wanted` within `limit` edits; the first one on ties; undefined once `budget` runs out. */
function closest(wanted, candidates, limit, compare = (candidate) => candidate, budget = UNLIMITED) {
    let best;
    let bestDistance = limit + 1;
    for (const candidate of candidates) {
        const text = compare(candidate);
        if (!budget.spend(1))
            return undefined;
        if (Math.abs(text.length - wanted.length) >= bestDistance)
            continue;
        if (!budget.spend(Math.min(text.length, wanted.length) * (2 * bestDistance - 1)))
            return undefined;
        const distance = (0,edit_distance/* boundedDistance */.j)(wanted, text, bestDistance - 1);
        if (distance < bestDistance) {
            best = candidate;
            bestDistance = distance;
            if (distance === 0)
                break;
        }
    }
    return best;
}
function join(directory, name) {
    return directory === '' ? name : `${directory}/${name}`;
}
/** Same-name files elsewhere are only offered when their directory is a near miss or a suffix match. */
const SAME_NAME_CANDIDATES = 200;
/** `docs/guide` ends with `guide`: the directory was moved under another one. */
function isSegmentSuffix(longer, shorter) {
    return shorter !== '' && longer.endsWith(`/${shorter}`);
}
/**
 * A path close to a missing one, looking only where a typo could have come from: the same
 * directory (names of similar length), the same name with a Markdown extension (`install` for
 * `install.md`), then files of the same name in a nearby or moved directory.
 */
function suggestPath(missing, paths, markdownExtensions, budget = UNLIMITED) {
    const directory = parentOf(missing);
    const name = nameOf(missing);
    if (name === '')
        return undefined;
    if (paths.isDirectory(directory)) {
        for (const extension of markdownExtensions) {
            const page = join(directory, `${name}.${extension}`);
            if (paths.isFile(page))
                return page;
        }
        const near = closest(name, paths.entriesOf(directory), typoBudget(name.length), undefined, budget);
        if (near !== undefined)
            return join(directory, near);
    }
    const sameName = paths.filesNamed(name).slice(0, SAME_NAME_CANDIDATES);
    if (!budget.spend(sameName.length * (directory.length + 1)))
        return undefined;
    const related = sameName.filter((path) => {
        const candidateDirectory = parentOf(path);
        return isSegmentSuffix(candidateDirectory, directory) || isSegmentSuffix(directory, candidateDirectory) ||
            (0,edit_distance/* boundedDistance */.j)(directory, candidateDirectory, typoBudget(directory.length)) <= typoBudget(directory.length);
    });
    const widest = related.reduce((most, path) => Math.max(most, path.length), directory.length);
    return closest(directory, related, widest, parentOf, budget);
}
/**
 * Whether an anchor suggestion is certain: it is the only anchor within a typo of the fragment, the
 * fragment is long enough for a typo to be told from a word, and no digit changed (`#510-2024-02-08`
 * and `#610-2025-02-05` are two releases, not a typo).
 */
function isOnlyNearAnchor(fragment, suggestion, anchors) {
    const wanted = fragment.toLowerCase();
    if (wanted.length < 6 || wanted.replace(/\D/g, '') !== suggestion.replace(/\D/g, ''))
        return false;
    const limit = typoBudget(wanted.length);
    let near = 0;
    for (const anchor of anchors) {
        if (Math.abs(anchor.length - wanted.length) <= limit && (0,edit_distance/* boundedDistance */.j)(wanted, anchor.toLowerCase(), limit) <= limit)
            near++;
        if (near > 1)
            return false;
    }
    return near === 1;
}
/**
 * The heading a renamed one became when the rename added words: `#configuration` is now
 * `#configuration-options`, `#vision-dataset` is `#vision-datasets`. Certain only when exactly one
 * anchor extends the fragment so, and the fragment is long enough to be a name.
 */
function extendedAnchor(fragment, anchors) {
    const wanted = fragment.toLowerCase();
    if (wanted.length < 6)
        return undefined;
    let found;
    for (const anchor of anchors) {
        const lower = anchor.toLowerCase();
        const extendsIt = lower.startsWith(`${wanted}-`) || lower === `${wanted}s` || lower === `${wanted}es`;
        if (!extendsIt)
            continue;
        if (found !== undefined)
            return undefined;
        found = anchor;
    }
    return found;
}
/** The anchor of the target file closest to a missing fragment, compared in lower case. */
function suggestAnchor(fragment, anchors, budget = UNLIMITED) {
    const wanted = fragment.toLowerCase();
    return closest(wanted, anchors, typoBudget(wanted.length), (anchor) => anchor.toLowerCase(), budget);
}

;// CONCATENATED MODULE: ./src/scanners/links/check/local-checker.ts




/** `L10`, `L10-L20`, and GitHub's column forms `L10C3-L12C8`. */
const LINE_ANCHOR = /^L(\d+)(?:C\d+)?(?:-L(\d+)(?:C\d+)?)?$/;
const USER_CONTENT = 'user-content-';
function withFragment(path, fragment) {
    return fragment ? `${path}#${fragment}` : path;
}
/** Checks targets inside the repository against the listed paths and the collected anchors; never reads a file. */
class LocalChecker {
    sources;
    lowerCaseAnchors = new Map();
    suggestionBudget;
    constructor(sources) {
        this.sources = sources;
        this.suggestionBudget = sources.budget ?? new SuggestionBudget();
    }
    async check(requests) {
        return requests.map((request) => this.checkOne(request.target, request.source));
    }
    /** The verdict for one target, as GitHub resolves it. */
    verdict(target, source) {
        return this.checkOne(target, source);
    }
    /** The fragment's verdict on an existing `path` for a link a documentation site judges, with the ids that site gives. */
    fragmentVerdict(path, fragment, source, style) {
        return this.checkFragment(path, fragment, source, style);
    }
    /**
     * True when the link is certainly fine with what is known while files are still being read: its
     * target exists as written and it has no fragment, or one naming an anchor of its own document.
     * Anything else waits for `check`, when every document's anchors, every line count and the
     * submodules are known; settling the common case early means the run need not keep those links.
     */
    isSettledOk(request) {
        const { target, source } = request;
        if (target.outsideRepository || !this.sources.paths.exists(target.path))
            return false;
        if (target.fragment === undefined || target.fragment === '' || !this.sources.checkAnchors)
            return true;
        if (target.path !== source)
            return false;
        const document = this.sources.documents.get(source);
        return document !== undefined && this.hasAnchor(document, target.fragment);
    }
    checkOne(target, source) {
        const { paths } = this.sources;
        if (target.outsideRepository) {
            return { status: 'broken', reason: 'outside-repo', resolved: target.path, detail: `resolves to ${target.path}, outside the repository` };
        }
        const candidates = [target.path, ...target.alternatives];
        for (const candidate of candidates) {
            if (paths.exists(candidate))
                return this.checkFragment(candidate, target.fragment, source);
        }
        if (candidates.some((candidate) => paths.inSubmodule(candidate)))
            return { status: 'skipped', reason: 'submodule' };
        for (const candidate of candidates) {
            const real = paths.withOtherCase(candidate);
            if (real !== undefined) {
                return {
                    status: 'broken',
                    reason: 'case-mismatch',
                    resolved: candidate,
                    detail: `${candidate} does not exist, but ${real} does (file names are case-sensitive on GitHub and on Linux runners)`,
                    suggestion: withFragment(real, target.fragment),
                };
            }
        }
        const near = suggestPath(target.path, paths, this.sources.markdownExtensions, this.suggestionBudget);
        const certain = near === undefined ? undefined : this.movedFile(target.path, near, target.fragment, source);
        // The moved page's anchor as its heading slug: `#getState` there is `#getstate`.
        const fragment = certain !== undefined && near !== undefined && this.checkFragment(near, target.fragment, source).status !== 'ok' ? target.fragment?.toLowerCase() : target.fragment;
        return {
            status: 'broken',
            reason: 'missing-file',
            resolved: target.path,
            detail: `${target.path === '' ? 'the repository root' : target.path} does not exist`,
            ...(near === undefined ? {} : { suggestion: withFragment(near, fragment) }),
            ...(certain === undefined ? {} : { certain }),
        };
    }
    /**
     * Why a missing file's suggestion is certain: it is the only file of that name in the repository,
     * in a folder that ends with the one written (the page moved), and the anchor still holds there.
     */
    movedFile(missing, near, fragment, source) {
        const name = nameOf(missing);
        if (nameOf(near) !== name || this.sources.paths.filesNamed(name).length !== 1)
            return undefined;
        const written = parentOf(missing);
        const found = parentOf(near);
        if (written !== '' && !found.endsWith(`/${written}`) && found !== written)
            return undefined;
        // Anchors are lower-case slugs: `#getState` on the moved page is its `#getstate`, which the suggestion writes.
        if (this.checkFragment(near, fragment?.toLowerCase(), source).status !== 'ok')
            return undefined;
        return `${near} is the only file named ${name} in the repository`;
    }
    checkFragment(path, fragment, source, style) {
        if (fragment === undefined || fragment === '' || !this.sources.checkAnchors)
            return OK;
        if (!this.sources.paths.isFile(path))
            return OK;
        // Browsers scroll to the top for `#top` when no element has that id.
        if (fragment.toLowerCase() === 'top')
            return OK;
        const document = this.sources.documents.get(path);
        if (document && (style === undefined ? this.hasAnchor(document, fragment) : this.hasSiteAnchor(document, fragment, style)))
            return OK;
        const lines = LINE_ANCHOR.exec(fragment);
        if (lines)
            return this.checkLines(path, fragment, Number(lines[1]), lines[2] === undefined ? undefined : Number(lines[2]));
        // Anchors of other files (HTML, code, Markdown the audit did not read) are not ours to judge.
        if (!document)
            return OK;
        const anchors = style === undefined ? document.anchors : this.siteAnchorsOf(document, style);
        const typo = suggestAnchor(fragment, anchors, this.suggestionBudget);
        const where = path === source ? 'this file' : path;
        const extended = typo !== undefined && isOnlyNearAnchor(fragment, typo, anchors) ? undefined : extendedAnchor(fragment, anchors);
        const near = extended ?? typo;
        const certain = extended !== undefined
            ? `#${extended} is the only heading of ${where} that extends #${fragment}: the heading was renamed`
            : typo !== undefined && isOnlyNearAnchor(fragment, typo, anchors) ? `#${typo} is the only heading of ${where} one typo away` : undefined;
        return {
            status: 'broken',
            reason: 'missing-anchor',
            resolved: path,
            detail: `${where} has no heading or anchor #${fragment}`,
            ...(near === undefined ? {} : { suggestion: path === source ? `#${near}` : `${path}#${near}` }),
            ...(certain === undefined ? {} : { certain }),
        };
    }
    checkLines(path, fragment, start, end) {
        const count = this.sources.lineCount(path);
        // A file the audit did not read (too large, binary) has no known line count.
        if (count === undefined)
            return OK;
        const last = end ?? start;
        if (start >= 1 && last >= 1 && start <= count && last <= count)
            return OK;
        const broken = {
            status: 'broken',
            reason: 'bad-line-anchor',
            resolved: path,
            detail: `#${fragment} is past the end of ${path} (${count} ${count === 1 ? 'line' : 'lines'})`,
        };
        return start === 0 || last === 0 ? { ...broken, detail: `#${fragment}: lines are numbered from 1` } : broken;
    }
    /**
     * The anchor as a site gives it: exact letter case (a browser matches ids exactly), its own heading
     * slugs in place of GitHub's, a custom id alone for its heading, doc-builder's API anchors
     * (`#peft.LoraModel.merge` for `[[autodoc]] tuners.lora.LoraModel`), and VitePress 2, which
     * slugifies the fragment before looking it up.
     */
    hasSiteAnchor(document, fragment, style) {
        const has = (anchor) => document.styleSlugs.get(style)?.has(anchor) === true ||
            (document.anchors.has(anchor) && !document.notOnSites.has(anchor) && document.notInStyle.get(style)?.has(anchor) !== true);
        if (has(fragment))
            return true;
        for (const object of document.apiObjects) {
            const name = object.slice(object.lastIndexOf('.') + 1);
            const parts = fragment.split('.');
            if (fragment === object || fragment.startsWith(`${object}.`) || parts.includes(name))
                return true;
        }
        if (style !== 'vitepress')
            return false;
        const slugged = vitepressSlug(fragment);
        return slugged !== fragment && slugged !== '' && has(slugged);
    }
    /** Every anchor a site of `style` gives the document, for suggestions. */
    *siteAnchorsOf(document, style) {
        const replaced = document.notInStyle.get(style);
        for (const anchor of document.anchors)
            if (!document.notOnSites.has(anchor) && replaced?.has(anchor) !== true)
                yield anchor;
        yield* document.styleSlugs.get(style) ?? [];
    }
    /** GitHub prefixes ids with `user-content-` and its page script finds them either way, in any letter case. */
    hasAnchor(document, fragment) {
        const bare = fragment.startsWith(USER_CONTENT) ? fragment.slice(USER_CONTENT.length) : fragment;
        if (document.anchors.has(fragment) || document.anchors.has(bare))
            return true;
        let lower = this.lowerCaseAnchors.get(document.path);
        if (lower === undefined) {
            lower = new Set([...document.anchors].map((anchor) => anchor.toLowerCase()));
            this.lowerCaseAnchors.set(document.path, lower);
        }
        return lower.has(fragment.toLowerCase()) || lower.has(bare.toLowerCase());
    }
}

// EXTERNAL MODULE: ./src/scanners/links/sites/doc-site.ts
var doc_site = __webpack_require__(88350);
;// CONCATENATED MODULE: ./src/scanners/links/check/written-suggestion.ts

/** `https://github.com/OWNER/REPO/blob/REF/` (or tree, raw) before a file's path: a suggestion keeps it. */
const GITHUB_FILE_URL = /^(https?:\/\/(?:www\.)?github\.com\/[^/?#]+\/[^/?#]+\/(?:blob|tree|raw|blame|edit)\/[^/?#]+\/)/i;
/**
 * A suggestion as the text to write in place of the target: relative to the linking file for a
 * relative target, from the root for a root-absolute one, `#anchor` within the same file; undefined
 * when it would be the target as written or the linking file itself.
 */
function suggestionAsWritten(suggestion, source, written) {
    if (suggestion.startsWith('#'))
        return suggestion === written.trim() ? undefined : suggestion;
    const hash = suggestion.indexOf('#');
    const path = hash === -1 ? suggestion : suggestion.slice(0, hash);
    const fragment = hash === -1 ? '' : suggestion.slice(hash);
    const target = written.trim();
    let text;
    const url = GITHUB_FILE_URL.exec(target);
    if (url)
        text = `${url[1]}${path}${fragment}`;
    else if (/^[a-zA-Z][a-zA-Z0-9+.-]*:|^\/\//.test(target))
        return undefined;
    else if (target.startsWith('/'))
        text = `/${path}${fragment}`;
    else if (path === source)
        text = fragment;
    else
        text = `${(0,repository_path/* relativeLink */.Nk)(source, path)}${fragment}`;
    return text === '' || text === target ? undefined : text;
}

;// CONCATENATED MODULE: ./src/scanners/links/check/site-judge.ts





function site_judge_withFragment(path, fragment) {
    return fragment ? `${path}#${fragment}` : path;
}
function hasExtension(path) {
    return (0,repository_path/* extensionOf */.je)(path) !== '';
}
/**
 * How a translated page links the default language's page so that the site serves it: a relative URL
 * between language folders where they are siblings in the URL too (doc-builder), else the page's URL
 * from the host's root, where the default language is served.
 */
function defaultLanguageLink(page, target, site) {
    const language = site.language;
    const inDefault = language === undefined ? target : target.slice(language.defaultDirectory.length).replace(/^\//, '');
    const isPage = site.rules.pageExtensions.some((extension) => target.toLowerCase().endsWith(`.${extension}`));
    if (!isPage)
        return site.kind === 'doc-builder' ? (0,repository_path/* relativeLink */.Nk)(page, target) : `/${inDefault}`;
    const bare = inDefault.replace(/\.[^./]+$/, '');
    const isIndex = /(?:^|\/)(?:index|readme)$/i.test(bare);
    const folder = isIndex ? bare.replace(/(?:^|\/)(?:index|readme)$/i, '') : bare;
    if (site.kind === 'doc-builder')
        return (0,repository_path/* relativeLink */.Nk)(page, target).replace(/\.[^./]+$/, '');
    if (isIndex)
        return `/${folder}${folder === '' ? '' : '/'}`;
    if (site.rules.directoryUrls)
        return `/${bare}/`;
    if (site.rules.extensionless)
        return `/${bare}`;
    return `/${bare}.html`;
}
/**
 * Judges a link on a page that a documentation site publishes. The site decides: a link that works
 * there is not broken, and a link that fails there is, with the site's reading in the message. Where
 * the two views differ the verdict says so: `github-view-only` when only the site serves the
 * target, `not-on-site` when only GitHub's file view does, `missing-translation` when only the
 * default language has the page.
 */
class SiteJudge {
    sources;
    constructor(sources) {
        this.sources = sources;
    }
    /** `githubPath` is where GitHub's file view resolves the link, relative to the audited root. */
    judge(page, written, github, resolver, githubPath) {
        const site = resolver.site;
        const siteName = `the ${doc_site/* SITE_NAMES */.V[site.kind]} site (${site.config})`;
        if (site.kind === 'doc-builder' && written.path.startsWith('/')) {
            return github.status === 'broken' && github.reason === 'missing-file' ? { status: 'skipped', reason: 'site-host' } : github;
        }
        const reference = site.kind === 'sphinx' ? this.crossReference(written) : undefined;
        if (reference === 'label')
            return github.status === 'broken' ? { status: 'github-view-only', resolved: page, detail: `${siteName} resolves it as a MyST label, but GitHub's file view has no such file or anchor` } : OK;
        // The common case first: a relative link to a file the site publishes is the file link every generator rewrites.
        const direct = written.path === '' ? page : github.status === 'ok' && !written.path.startsWith('/') && this.sources.paths.isFile(githubPath) && resolver.publishes(githubPath) ? githubPath : undefined;
        const resolution = direct !== undefined ? { candidates: [direct], primary: direct, outside: false } : resolver.resolve(page, written.path);
        const served = this.served(resolution.candidates, resolver);
        if (served !== undefined) {
            const onSite = this.sources.local.fragmentVerdict(served, written.fragment, page, site.rules.slugStyle);
            if (onSite.status === 'broken' && reference === 'unknown')
                return { status: 'skipped', reason: 'site-reference' };
            // The site's ids decide: GitHub's page script also matches other letter case, `user-content-` and a custom id's heading text.
            if (onSite.status === 'broken')
                return this.onSite(onSite, page, written, site);
            if (github.status !== 'broken')
                return OK;
            return {
                status: 'github-view-only',
                resolved: served,
                detail: `works on ${siteName}, which serves ${served}, but not in GitHub's file view (${github.detail})`,
            };
        }
        if (reference === 'unknown')
            return { status: 'skipped', reason: 'site-reference' };
        const translated = this.defaultLanguagePage(resolution.candidates, resolver);
        if (translated !== undefined) {
            if (site.language?.fallback)
                return github.status === 'broken' ? { status: 'github-view-only', resolved: translated, detail: `${siteName} serves the default language's ${translated}, but GitHub's file view has no such file` } : OK;
            return {
                status: 'broken',
                reason: 'missing-translation',
                resolved: resolution.primary,
                detail: `${site.language?.code ?? ''} has no translation of this page on ${siteName}; it exists in the default language as ${translated}`,
                suggestion: site_judge_withFragment(defaultLanguageLink(page, translated, resolver.site), this.anchorOn(translated, written.fragment, page, site)),
            };
        }
        if (github.status !== 'broken') {
            if (!site.rules.filesAnywhere && github.status === 'ok' && !resolution.outside && !resolver.publishes(resolution.primary) && this.sources.paths.exists(resolution.primary)) {
                return {
                    status: 'broken',
                    reason: 'not-on-site',
                    resolved: resolution.primary,
                    detail: `${resolution.primary} works in GitHub's file view, but ${siteName} does not publish it (its pages are in ${site.pages[0]?.directory || 'the root'}/)`,
                };
            }
            return github;
        }
        if (github.reason !== 'missing-file')
            return this.onSite(github, page, written, site);
        const suggestion = this.suggestion(page, written, resolution.primary, resolver);
        return {
            status: 'broken',
            reason: 'missing-file',
            resolved: resolution.primary,
            detail: `${resolution.primary === '' ? 'the site root' : resolution.primary} does not exist on ${siteName}`,
            ...(suggestion === undefined ? {} : { suggestion }),
        };
    }
    /**
     * MyST reads a target it cannot find as a file as a cross-reference: a `(label)=` of any page, a
     * document name, an object of a Sphinx domain or another project's (intersphinx). A label is
     * known here; the others cannot be seen without running Sphinx, so such a target is not judged.
     */
    crossReference(written) {
        const name = written.path === '' ? written.fragment : written.fragment === undefined ? written.path : undefined;
        if (name === undefined || name === '')
            return undefined;
        if (this.sources.labels.has(name.toLowerCase()))
            return 'label';
        // Labels of reST files, figures and glossary terms, domain objects, intersphinx: none is a file or a heading.
        return written.path === '' || !hasExtension(written.path) ? 'unknown' : undefined;
    }
    /**
     * A broken verdict said for the site, its suggestion written as a link from the page. An anchor
     * that holds `#` (`{##x}`) is no suggestion: generators slugify or drop such fragments.
     */
    onSite(verdict, page, written, site) {
        const siteName = `the ${doc_site/* SITE_NAMES */.V[site.kind]} site (${site.config})`;
        const raw = verdict.suggestion;
        const anchor = raw === undefined ? '' : raw.slice(raw.indexOf('#') + 1);
        const asWritten = written.path === '' ? `#${written.fragment ?? ''}` : `${written.path}${written.fragment === undefined ? '' : `#${written.fragment}`}`;
        let suggestion = raw === undefined || (raw.includes('#') && anchor.includes('#')) ? undefined : suggestionAsWritten(raw, page, asWritten);
        // On a site that takes extensionless page links, a link written without one is suggested without one.
        if (suggestion !== undefined && site.rules.extensionless && written.path !== '' && !hasExtension(written.path)) {
            suggestion = suggestion.replace(/\.(?:md|mdx|markdown|rst|ipynb)(?=#|$)/i, '');
            if (suggestion === asWritten)
                suggestion = undefined;
        }
        const certain = suggestion === undefined ? undefined : verdict.certain;
        return { status: 'broken', reason: verdict.reason, resolved: verdict.resolved, detail: `${verdict.detail} on ${siteName}`, ...(suggestion === undefined ? {} : { suggestion }), ...(certain === undefined ? {} : { certain }) };
    }
    /** The fragment as the default language's page has it: itself, its near match there, or none. */
    anchorOn(path, fragment, page, site) {
        if (fragment === undefined || fragment === '')
            return fragment;
        const verdict = this.sources.local.fragmentVerdict(path, fragment, page, site.rules.slugStyle);
        if (verdict.status !== 'broken')
            return fragment;
        const hash = verdict.suggestion?.indexOf('#') ?? -1;
        return hash === -1 ? undefined : verdict.suggestion?.slice(hash + 1);
    }
    /** The first candidate that is a file the site serves. */
    served(candidates, resolver) {
        const { paths } = this.sources;
        return candidates.find((candidate) => paths.isFile(candidate) && (resolver.site.rules.filesAnywhere || resolver.publishes(candidate)));
    }
    /** For a translated page: the default language's file that would serve the link, if any. */
    defaultLanguagePage(candidates, resolver) {
        const language = resolver.site.language;
        if (language === undefined)
            return undefined;
        for (const candidate of candidates) {
            if (!(0,repository_path/* isWithin */.UO)(candidate, language.directory))
                continue;
            const inDefault = `${language.defaultDirectory}${candidate.slice(language.directory.length)}`;
            if (this.sources.paths.isFile(inDefault))
                return inDefault;
        }
        return undefined;
    }
    /** A near file, written the way the link was: extensionless on sites that take that, relative to the page. */
    suggestion(page, written, primary, resolver) {
        const { paths, markdownExtensions, budget } = this.sources;
        const extensionless = resolver.site.rules.extensionless && !hasExtension(primary);
        let near;
        if (extensionless) {
            for (const extension of resolver.site.rules.pageExtensions) {
                near = suggestPath(`${primary}.${extension}`, paths, markdownExtensions, budget);
                if (near !== undefined) {
                    near = near.endsWith(`.${extension}`) ? near.slice(0, -(extension.length + 1)) : near;
                    break;
                }
            }
        }
        else {
            near = suggestPath(primary, paths, markdownExtensions, budget);
        }
        if (near === undefined || near === page)
            return undefined;
        const text = site_judge_withFragment((0,repository_path/* relativeLink */.Nk)(page, near), written.fragment);
        return text === written.path || text === site_judge_withFragment(written.path, written.fragment) ? undefined : text;
    }
}

;// CONCATENATED MODULE: ./src/scanners/links/check/submodules.ts
/** The `path = ...` entries of a `.gitmodules` file: directories whose content is another repository. */
function submodulePaths(gitmodules) {
    const paths = [];
    for (const line of gitmodules.split('\n')) {
        const trimmed = line.trim();
        const equals = trimmed.indexOf('=');
        if (equals === -1 || trimmed.slice(0, equals).trim() !== 'path')
            continue;
        const path = trimmed.slice(equals + 1).trim().replace(/^"(.*)"$/, '$1').replace(/\/+$/, '');
        if (path !== '')
            paths.push(path);
    }
    return paths;
}

;// CONCATENATED MODULE: ./src/scanners/links/check/template-links.ts


/** Pages under `/issues/` and `/pull/` that exist: numbers and the new-issue forms. */
const ISSUE_PAGE = /^(?:\d+|new)(?:[/?#]|$)/;
/**
 * Resolves a link in an issue or pull request template the way the browser does in the rendered
 * body: against `https://github.com/OWNER/REPO/issues/new` (or `/pull/1`). `../blob/HEAD/x.md`
 * reaches the file; `x.md` opens `/issues/x.md`, which is no page at all, so it is `misplaced`,
 * with the repository path the author meant.
 */
function templateTarget(written, template, kind, repository) {
    if (repository === undefined)
        return { kind: 'unknown-repository' };
    const base = `https://github.com/${repository.name}/${kind === 'issue' ? 'issues/new' : 'pull/1'}`;
    const url = new URL(written, base);
    const prefix = `/${repository.name}/${kind === 'issue' ? 'issues' : 'pull'}/`;
    const path = url.pathname.toLowerCase().startsWith(prefix) ? url.pathname.slice(prefix.length) : undefined;
    if (url.hostname === 'github.com' && path !== undefined && path !== '' && !ISSUE_PAGE.test(path)) {
        const meant = (0,repository_path/* joinPath */.uJ)((0,repository_path/* directoryOf */.jt)(template), splitWrittenTarget(written).path);
        return { kind: 'misplaced', url: url.href, meant: (0,repository_path/* isOutside */._K)(meant) ? splitWrittenTarget(written).path : meant };
    }
    return { kind: 'url', url: url.href };
}

// EXTERNAL MODULE: ./src/scanners/links/link-result.ts
var link_result = __webpack_require__(68891);
;// CONCATENATED MODULE: ./src/scanners/links/link-findings.ts

const EMPTY_TARGET = { status: 'broken', reason: 'empty-target', resolved: '', detail: 'the link has no target' };
/** One finding per broken link; call in report order so fingerprints count repeats consistently. */
function brokenLinkFinding(broken, fingerprints) {
    const { source, link, verdict } = broken;
    const reason = broken.viewOnly ? link_result/* GITHUB_VIEW_ONLY */.J : verdict.reason;
    const ruleId = `links/${reason}`;
    const noun = broken.viewOnly ? 'Link' : 'Broken link';
    const written = link.target === '' ? noun : `${noun} \`${link.target}\``;
    const suggestion = verdict.suggestion === undefined ? '' : `; did you mean \`${verdict.suggestion}\`?`;
    return {
        path: source,
        line: link.line,
        column: link.column,
        ruleId,
        message: `${written}: ${verdict.detail}${suggestion}`,
        fingerprint: fingerprints.next(ruleId, source, link.target),
        reason,
        target: link.target,
        resolved: verdict.resolved,
        ...(verdict.suggestion === undefined ? {} : { suggestion: verdict.suggestion }),
        ...(verdict.certain === undefined || verdict.suggestion === undefined ? {} : { certain: verdict.certain }),
        ...(broken.site === undefined ? {} : { site: broken.site }),
    };
}

;// CONCATENATED MODULE: ./src/scanners/links/link-scope.ts
/** Which Markdown files are documentation and how GitHub shows them. */
/** Folders that hold tests, and below them the folders of test data. */
const TEST_FOLDERS = new Set(['test', 'tests', '__tests__', 'spec', 'specs', 'testing']);
const TEST_DATA_FOLDERS = new Set(['fixtures', 'fixture', 'data', 'testdata', 'expected', 'snapshots', '__snapshots__', 'golden', 'goldens']);
/** Test data wherever they sit: Go's `testdata`, Jest's `__snapshots__`, `__fixtures__`. */
const ALWAYS_TEST_DATA = new Set(['testdata', '__snapshots__', '__fixtures__']);
/**
 * Markdown that is test data rather than documentation: in a test-data folder below a tests folder
 * (`tests/fixtures/broken.md`) or in any folder below one (`tests/test_html/x.md`, but not its
 * README), or in a folder that is test data by name (`pkg/testdata/x.md`).
 */
function isTestData(path) {
    const folders = path.split('/').slice(0, -1);
    const name = path.slice(path.lastIndexOf('/') + 1).toLowerCase();
    let inTests = false;
    for (const folder of folders) {
        const lower = folder.toLowerCase();
        if (ALWAYS_TEST_DATA.has(lower))
            return true;
        // Below a tests folder, any deeper folder holds what the tests read (`tests/test_html/x.md`), not documentation.
        if (inTests && (TEST_DATA_FOLDERS.has(lower) || !DOCUMENTATION_NAMES.test(name)))
            return true;
        if (TEST_FOLDERS.has(lower))
            inTests = true;
    }
    return false;
}
/** Files that document a folder wherever they sit, even below a tests folder. */
const DOCUMENTATION_NAMES = /^(?:readme|contributing|changelog|index)(?:\.[a-z]+)?$/;
/** True when a folder of `path` is a tests folder: a site declared there is a fixture of the tests. */
function inTestsFolder(path) {
    return path.split('/').slice(0, -1).some((folder) => TEST_FOLDERS.has(folder.toLowerCase()));
}
/**
 * Issue and pull request templates: GitHub renders them in the body of a new issue or pull request
 * (`/OWNER/REPO/issues/new`, `/OWNER/REPO/compare/...`), so their relative links resolve against
 * that page's URL, not against the file.
 */
function templateKind(path) {
    const lower = path.toLowerCase();
    const folder = lower.startsWith('.github/') ? '.github/' : lower.startsWith('docs/') ? 'docs/' : '';
    const rest = lower.slice(folder.length);
    if (/^issue_template(?:\.md|\/[^/]+\.md)$/.test(rest))
        return 'issue';
    if (/^pull_request_template(?:\.md|\/[^/]+\.md)$/.test(rest))
        return 'pull';
    return undefined;
}

;// CONCATENATED MODULE: ./src/scanners/links/link-tally.ts
/** Counts every link once, by what became of it. */
class LinkTally {
    seen = 0;
    checked = 0;
    skipped = {};
    externalCount = 0;
    byHost = {};
    see() {
        this.seen++;
    }
    check() {
        this.checked++;
    }
    skip(reason) {
        this.skipped[reason] = (this.skipped[reason] ?? 0) + 1;
    }
    external(host) {
        this.externalCount++;
        const key = host === '' ? '(invalid URL)' : host;
        this.byHost[key] = (this.byHost[key] ?? 0) + 1;
    }
    totals() {
        const byHost = Object.fromEntries(Object.entries(this.byHost).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)));
        return { seen: this.seen, checked: this.checked, skipped: { ...this.skipped }, external: { count: this.externalCount, byHost } };
    }
}

;// CONCATENATED MODULE: ./src/scanners/links/sites/site-detector.ts
function fileName(path) {
    return path.slice(path.lastIndexOf('/') + 1);
}

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
;// CONCATENATED MODULE: ./src/scanners/links/sites/config-values.ts

/** Aliases in a hostile file could expand without end; site settings never need many. */
const MAX_ALIASES = 100;
function readYamlMapping(text) {
    const document = (0,dist/* parseDocument */.Tp)(text, { strict: false, uniqueKeys: false, prettyErrors: false, logLevel: 'silent' });
    const problem = document.errors[0];
    if (problem)
        return { error: `not valid YAML (${problem.message.split('\n')[0]})` };
    let values;
    try {
        values = document.toJS({ maxAliasCount: MAX_ALIASES });
    }
    catch (error) {
        if (!(error instanceof Error))
            throw error;
        return { error: error.message };
    }
    if (values === null || values === undefined)
        return { values: {} };
    if (typeof values !== 'object' || Array.isArray(values))
        return { error: 'not a mapping' };
    return { values: values };
}
function stringValue(values, key) {
    const value = values[key];
    return typeof value === 'string' ? value.trim() : undefined;
}
function booleanValue(values, key) {
    const value = values[key];
    return typeof value === 'boolean' ? value : undefined;
}
/** The URL path of a site URL (`https://x.io/proj/` → `proj`), '' for none. */
function urlPath(url) {
    if (url === undefined || url === '')
        return '';
    const withoutOrigin = url.replace(/^[a-z][a-z0-9+.-]*:\/\/[^/]*/i, '');
    return withoutOrigin.replace(/[?#].*$/, '').replace(/^\/+|\/+$/g, '');
}

;// CONCATENATED MODULE: ./src/scanners/links/sites/doc-builder-site.ts



/** `_redirects.yml`: `old_page: new_page`, both relative to the language folder and without extension. */
function readRedirects(text) {
    const redirects = new Map();
    if (text === undefined)
        return redirects;
    const reading = readYamlMapping(text);
    if ('error' in reading)
        return redirects;
    for (const [from, to] of Object.entries(reading.values)) {
        if (typeof to === 'string')
            redirects.set(from.replace(/^\/+|\/+$/g, ''), to.replace(/^\/+|\/+$/g, ''));
    }
    return redirects;
}
/**
 * Hugging Face doc-builder: a `_toctree.yml` beside the pages of one language. Pages are served
 * without an extension and without a trailing slash (`/docs/LIB/VERSION/LANG/page`), so
 * `../package_reference/lora` from a page reaches `package_reference/lora.md` of the same language.
 * Root-absolute links point into the hub's other libraries, outside this tree.
 */
const docBuilderDetector = {
    kind: 'doc-builder',
    isConfig: (path) => fileName(path) === '_toctree.yml',
    detect(config, context) {
        const directory = (0,repository_path/* directoryOf */.jt)(config.path);
        if (!context.isDirectory(directory))
            return undefined;
        const redirects = readRedirects(context.configs.get((0,repository_path/* joinPath */.uJ)(directory, '_redirects.yml')));
        const site = {
            kind: 'doc-builder',
            config: config.path,
            pages: [{ directory, route: '' }],
            assets: [],
            baseUrl: '',
            rules: {
                pageExtensions: ['md', 'mdx'],
                directoryUrls: false,
                extensionless: true,
                htmlLinks: false,
                indexNames: ['index.md', 'index.mdx'],
                filesAnywhere: false,
                numberPrefixes: false,
                slugStyle: 'doc-builder',
            },
            ...(redirects.size === 0 ? {} : { redirects }),
        };
        return { sites: [site] };
    },
};

;// CONCATENATED MODULE: ./src/scanners/links/sites/js-config-text.ts
const MAX_SCAN = 1_000_000;
function escapeKey(key) {
    return key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
/** Text with comments blanked out (strings kept), so `// path: 'x'` says nothing. */
function withoutComments(text) {
    const source = text.length > MAX_SCAN ? text.slice(0, MAX_SCAN) : text;
    let out = '';
    let index = 0;
    while (index < source.length) {
        const char = source[index];
        const next = source[index + 1];
        if (char === '/' && next === '/') {
            const end = source.indexOf('\n', index);
            index = end === -1 ? source.length : end;
        }
        else if (char === '/' && next === '*') {
            const end = source.indexOf('*/', index + 2);
            index = end === -1 ? source.length : end + 2;
            out += ' ';
        }
        else if (char === '"' || char === "'" || char === '`') {
            let end = index + 1;
            while (end < source.length && source[end] !== char)
                end += source[end] === '\\' ? 2 : 1;
            out += source.slice(index, end + 1);
            index = end + 1;
        }
        else {
            out += char;
            index++;
        }
    }
    return out;
}
/** The value of `key:` in `text` (the first one), as a literal, 'computed', or undefined when absent. */
function propertyValue(text, key) {
    const match = new RegExp(`(?:^|[\\s,{])["']?${escapeKey(key)}["']?\\s*:\\s*`, 'm').exec(text);
    if (!match)
        return undefined;
    const rest = text.slice(match.index + match[0].length);
    const literal = /^(["'`])((?:\\.|(?!\1)[^\\])*)\1\s*[,}\n]/.exec(rest);
    if (literal && !(literal[1] === '`' && literal[2].includes('${')))
        return { literal: literal[2] };
    return 'computed';
}
/** The `{ ... }` block that follows the first `key:` in `text`, braces balanced; undefined without one. */
function objectAfter(text, key) {
    const pattern = typeof key === 'string' ? new RegExp(`(?:^|[\\s,{])["']?${escapeKey(key)}["']?\\s*:\\s*\\{`, 'm') : key;
    const match = pattern.exec(text);
    if (!match)
        return undefined;
    const open = match.index + match[0].length - 1;
    return balancedBlock(text, open);
}
/** Every `{ ... }` block that opens right after a match of `pattern` (the `{` may follow `,` or `[`). */
function objectsAfter(text, pattern) {
    const blocks = [];
    const global = new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`);
    for (const match of text.matchAll(global)) {
        const open = text.indexOf('{', match.index + match[0].length);
        if (open === -1)
            continue;
        const block = balancedBlock(text, open);
        if (block !== undefined)
            blocks.push(block);
    }
    return blocks;
}
function balancedBlock(text, open) {
    let depth = 0;
    for (let index = open; index < text.length; index++) {
        const char = text[index];
        if (char === '{')
            depth++;
        else if (char === '}') {
            depth--;
            if (depth === 0)
                return text.slice(open, index + 1);
        }
        else if (char === '"' || char === "'" || char === '`') {
            let end = index + 1;
            while (end < text.length && text[end] !== char)
                end += text[end] === '\\' ? 2 : 1;
            index = end;
        }
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/scanners/links/sites/docusaurus-site.ts




const CONFIG_NAME = /^docusaurus\.config\.(?:js|mjs|cjs|ts|mts|cts)$/;
const RULES = {
    pageExtensions: ['md', 'mdx'],
    directoryUrls: false,
    extensionless: true,
    htmlLinks: false,
    indexNames: ['index.md', 'index.mdx', 'README.md', 'README.mdx'],
    // Links to other local files are bundled as assets by the Markdown loader.
    filesAnywhere: true,
    numberPrefixes: true,
    slugStyle: 'github',
};
class Computed extends Error {
}
function literalOr(block, key, fallback) {
    const value = propertyValue(block, key);
    if (value === 'computed')
        throw new Computed(key);
    return value === undefined ? fallback : value.literal;
}
function route(value) {
    return value.replace(/^\/+|\/+$/g, '');
}
/** The docs plugin instances: the classic preset's `docs:` and every `plugin-content-docs` entry. */
function docsInstances(text) {
    const instances = [];
    const disabled = /(?:^|[\s,{])docs\s*:\s*false\b/m.test(text);
    const presetDocs = objectAfter(text, /(?:^|[\s,{])docs\s*:\s*\{/m);
    if (presetDocs !== undefined)
        instances.push({ path: literalOr(presetDocs, 'path', 'docs'), routeBasePath: literalOr(presetDocs, 'routeBasePath', 'docs') });
    else if (!disabled && /preset-classic|@docusaurus\/core|classic/.test(text))
        instances.push({ path: 'docs', routeBasePath: 'docs' });
    for (const block of objectsAfter(text, /["']@docusaurus\/plugin-content-docs["']\s*,/)) {
        instances.push({ path: literalOr(block, 'path', 'docs'), routeBasePath: literalOr(block, 'routeBasePath', 'docs') });
    }
    return instances;
}
function staticDirectories(text) {
    const match = /(?:^|[\s,{])staticDirectories\s*:\s*\[([^\]]*)\]/m.exec(text);
    if (!match)
        return ['static'];
    const items = match[1].split(',').map((item) => item.trim()).filter((item) => item !== '');
    return items.map((item) => {
        const literal = /^(["'`])(.*)\1$/.exec(item);
        if (!literal)
            throw new Computed('staticDirectories');
        return literal[2];
    });
}
const DOCS_PLUGIN = 'docusaurus-plugin-content-docs';
/**
 * `i18n/<locale>/docusaurus-plugin-content-docs/current` holds a locale's docs, served under
 * `/<locale>/`; a page it lacks is served from the default locale, so each locale's site serves
 * both trees under the same route, the translation first.
 */
function translations(site, i18n, context) {
    const main = site.pages[0];
    const sites = [];
    for (const locale of context.entriesOf(i18n)) {
        const directory = (0,repository_path/* joinPath */.uJ)(i18n, `${locale}/${DOCS_PLUGIN}/current`);
        if (!context.isDirectory(directory))
            continue;
        const localeRoute = main.route === '' ? locale : `${locale}/${main.route}`;
        sites.push({
            ...site,
            pages: [{ directory, route: localeRoute }, { directory: main.directory, route: localeRoute, shared: true }, ...site.pages.slice(1).map((tree) => ({ directory: tree.directory, route: tree.route === '' ? locale : `${locale}/${tree.route}`, shared: true }))],
            language: { code: locale, directory, defaultDirectory: main.directory, fallback: true },
        });
    }
    return sites;
}
/**
 * docusaurus.config.*, read as text: docs instances (`path`, `routeBasePath`), the blog, `src/pages`,
 * static directories served at the root, versioned docs and translated docs, which fall back to the
 * default locale's page where a translation is missing.
 */
const docusaurusDetector = {
    kind: 'docusaurus',
    isConfig: (path) => CONFIG_NAME.test(fileName(path)),
    detect(config, context) {
        const siteDirectory = (0,repository_path/* directoryOf */.jt)(config.path);
        const text = withoutComments(config.text);
        let instances;
        let statics;
        let baseUrl;
        let blog;
        try {
            instances = docsInstances(text);
            statics = staticDirectories(text);
            baseUrl = urlPath(literalOr(text, 'baseUrl', '/'));
            const blogBlock = objectAfter(text, /(?:^|[\s,{])blog\s*:\s*\{/m);
            const blogOff = /(?:^|[\s,{])blog\s*:\s*false\b/m.test(text);
            if (!blogOff)
                blog = blogBlock === undefined ? { path: 'blog', routeBasePath: 'blog' } : { path: literalOr(blogBlock, 'path', 'blog'), routeBasePath: literalOr(blogBlock, 'routeBasePath', 'blog') };
        }
        catch (error) {
            if (!(error instanceof Computed))
                throw error;
            return { unreadable: { kind: 'docusaurus', config: config.path, reason: `\`${error.message}\` is computed in code` } };
        }
        const inSite = (path) => (0,repository_path/* joinPath */.uJ)(siteDirectory, path);
        const pages = [];
        for (const instance of instances) {
            const directory = inSite(instance.path);
            if ((0,repository_path/* isOutside */._K)(directory))
                return { unreadable: { kind: 'docusaurus', config: config.path, reason: `docs path ${instance.path} is outside the audit` } };
            pages.push({ directory, route: route(instance.routeBasePath) });
        }
        if (blog && !(0,repository_path/* isOutside */._K)(inSite(blog.path)))
            pages.push({ directory: inSite(blog.path), route: route(blog.routeBasePath) });
        pages.push({ directory: inSite('src/pages'), route: '' });
        const main = pages[0];
        const versioned = inSite('versioned_docs');
        if (main && instances.length > 0 && context.isDirectory(versioned)) {
            pages.push({ directory: versioned, route: main.route });
        }
        const assets = statics.map((directory) => ({ directory: inSite(directory), route: '' })).filter((tree) => !(0,repository_path/* isOutside */._K)(tree.directory));
        const present = pages.filter((tree) => context.isDirectory(tree.directory));
        if (present.length === 0)
            return undefined;
        const site = {
            kind: 'docusaurus', config: config.path, pages: present, assets, baseUrl, rules: RULES,
            fileRoots: [...present.map((tree) => tree.directory), siteDirectory], siteDirectory,
        };
        return { sites: [site, ...translations(site, inSite('i18n'), context)] };
    },
};

;// CONCATENATED MODULE: ./src/scanners/links/sites/sphinx-site.ts


/** conf.py is Python; it is only searched as text, for the extension names that make Markdown pages. */
const MYST = /["'](myst_parser|myst_nb)["']/;
const SPHINX_RULES = {
    pageExtensions: ['md', 'rst', 'ipynb', 'txt'],
    directoryUrls: false,
    extensionless: true,
    htmlLinks: true,
    indexNames: ['index.md', 'index.rst', 'index.ipynb'],
    // MyST turns a link to any other local file into a download, copied with the build.
    filesAnywhere: true,
    numberPrefixes: false,
    slugStyle: 'github',
};
function sphinxSite(config, directory) {
    return { kind: 'sphinx', config, pages: [{ directory, route: '' }], assets: [], baseUrl: '', rules: SPHINX_RULES };
}
/** Sphinx with MyST: `conf.py` enabling `myst_parser` or `myst_nb`; its directory is the source directory. */
const sphinxDetector = {
    kind: 'sphinx',
    isConfig: (path) => fileName(path) === 'conf.py',
    detect(config, context) {
        if (!MYST.test(config.text))
            return undefined;
        const directory = (0,repository_path/* directoryOf */.jt)(config.path);
        if (!context.isDirectory(directory) && directory !== '')
            return undefined;
        return { sites: [sphinxSite(config.path, directory)] };
    },
};

;// CONCATENATED MODULE: ./src/scanners/links/sites/jekyll-site.ts




/**
 * `_config.yml`: a Jekyll (GitHub Pages) site, or a Jupyter Book when a `_toc.yml` sits beside it
 * (a Sphinx and MyST site). Jekyll serves `page.md` as `page.html` (and as `page` on GitHub Pages),
 * converts relative `.md` links (jekyll-relative-links), and serves `baseurl` as its root. With a
 * Gemfile that does not name `github-pages`, the site is built by plain Jekyll, which has none of
 * GitHub Pages' default plugins: no extensionless pages and no README as a folder's index.
 */
const jekyllDetector = {
    kind: 'jekyll',
    isConfig: (path) => fileName(path) === '_config.yml',
    detect(config, context) {
        const directory = (0,repository_path/* directoryOf */.jt)(config.path);
        if (context.isFile((0,repository_path/* joinPath */.uJ)(directory, '_toc.yml')))
            return { sites: [sphinxSite(config.path, directory)] };
        const reading = readYamlMapping(config.text);
        if ('error' in reading)
            return { unreadable: { kind: 'jekyll', config: config.path, reason: reading.error } };
        const source = (0,repository_path/* joinPath */.uJ)(directory, stringValue(reading.values, 'source') ?? '');
        if ((0,repository_path/* isOutside */._K)(source))
            return { unreadable: { kind: 'jekyll', config: config.path, reason: 'source is outside the audit' } };
        // A Gemfile without the github-pages gem builds with plain Jekyll: no extensionless pages, no relative-link plugin defaults.
        const gemfile = context.configs.get((0,repository_path/* joinPath */.uJ)(directory, 'Gemfile')) ?? context.configs.get('Gemfile');
        const githubPages = gemfile === undefined || /["']github-pages["']/.test(gemfile);
        const site = {
            kind: 'jekyll',
            config: config.path,
            pages: [{ directory: source, route: '' }],
            assets: [],
            baseUrl: urlPath(stringValue(reading.values, 'baseurl')),
            rules: {
                pageExtensions: ['md', 'markdown', 'html'],
                directoryUrls: false,
                extensionless: githubPages,
                htmlLinks: true,
                indexNames: githubPages ? ['index.md', 'index.markdown', 'index.html', 'README.md'] : ['index.md', 'index.markdown', 'index.html'],
                filesAnywhere: false,
                numberPrefixes: false,
                slugStyle: 'github',
            },
        };
        return { sites: [site] };
    },
};

// EXTERNAL MODULE: ./node_modules/smol-toml/dist/index.js + 8 modules
var smol_toml_dist = __webpack_require__(3292);
;// CONCATENATED MODULE: ./src/scanners/links/sites/mdbook-site.ts




function table(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? value : {};
}
/**
 * book.toml: pages are the Markdown files under `[book] src` (default `src`); `.md` links become
 * `.html`, `README.md` becomes a directory's `index.html`, and only `src` is copied to the book.
 */
const mdbookDetector = {
    kind: 'mdbook',
    isConfig: (path) => fileName(path) === 'book.toml',
    detect(config, context) {
        let values;
        try {
            values = (0,smol_toml_dist/* parse */.qg)(config.text);
        }
        catch (error) {
            if (!(error instanceof smol_toml_dist/* TomlError */.zx))
                throw error;
            return { unreadable: { kind: 'mdbook', config: config.path, reason: `not valid TOML (${error.message.split('\n')[0]})` } };
        }
        const book = table(values.book);
        const src = typeof book.src === 'string' ? book.src : 'src';
        const directory = (0,repository_path/* joinPath */.uJ)((0,repository_path/* directoryOf */.jt)(config.path), src);
        if ((0,repository_path/* isOutside */._K)(directory))
            return { unreadable: { kind: 'mdbook', config: config.path, reason: `src ${src} is outside the audit` } };
        if (!context.isFile(`${directory === '' ? '' : `${directory}/`}SUMMARY.md`))
            return undefined;
        const html = table(table(values.output).html);
        const site = {
            kind: 'mdbook',
            config: config.path,
            pages: [{ directory, route: '' }],
            assets: [],
            baseUrl: urlPath(typeof html['site-url'] === 'string' ? html['site-url'] : undefined),
            rules: {
                pageExtensions: ['md'],
                directoryUrls: false,
                extensionless: false,
                htmlLinks: true,
                indexNames: ['README.md', 'index.md'],
                filesAnywhere: false,
                numberPrefixes: false,
                slugStyle: 'github',
            },
        };
        return { sites: [site] };
    },
};

;// CONCATENATED MODULE: ./src/scanners/links/sites/mkdocs-site.ts



const CONFIG_NAMES = new Set(['mkdocs.yml', 'mkdocs.yaml']);
/** mkdocs/utils: the extensions Python-Markdown pages may have. */
const PAGE_EXTENSIONS = ['md', 'markdown', 'mdown', 'mkdn', 'mkd'];
/** An `INHERIT:` chain longer than this is a loop or a trap. */
const MAX_INHERIT = 8;
/** `validation: {links: {absolute_links: x}}` or the shorthand `validation: {absolute_links: x}` (MkDocs 1.5+). */
function absoluteLinks(values) {
    const validation = values.validation;
    if (typeof validation !== 'object' || validation === null)
        return undefined;
    const record = validation;
    const links = record.links;
    const nested = typeof links === 'object' && links !== null ? links.absolute_links : undefined;
    const value = nested ?? record.absolute_links;
    return typeof value === 'string' ? value : undefined;
}
/** The settings that decide links, child over parent along `INHERIT:` (each path relative to its own file). */
function readValues(path, context, depth = 0) {
    const text = context.configs.get(path);
    if (text === undefined)
        return { error: `${path} is not in the audit` };
    const reading = readYamlMapping(text);
    if ('error' in reading)
        return { error: `${path}: ${reading.error}` };
    const own = {};
    const docsDir = stringValue(reading.values, 'docs_dir');
    const useDirectoryUrls = booleanValue(reading.values, 'use_directory_urls');
    const siteUrl = stringValue(reading.values, 'site_url');
    if (docsDir !== undefined)
        own.docsDir = docsDir;
    if (useDirectoryUrls !== undefined)
        own.useDirectoryUrls = useDirectoryUrls;
    if (siteUrl !== undefined)
        own.siteUrl = siteUrl;
    const absolute = absoluteLinks(reading.values);
    if (absolute !== undefined)
        own.absoluteLinks = absolute;
    if ('docs_dir' in reading.values && docsDir === undefined)
        return { error: `${path}: docs_dir is not a plain string` };
    const inherit = stringValue(reading.values, 'INHERIT');
    if (inherit === undefined)
        return own;
    if (depth >= MAX_INHERIT)
        return { error: `${path}: INHERIT nests more than ${MAX_INHERIT} files deep` };
    const parentPath = (0,repository_path/* joinPath */.uJ)((0,repository_path/* directoryOf */.jt)(path), inherit);
    if ((0,repository_path/* isOutside */._K)(parentPath))
        return { error: `${path}: INHERIT points outside the audit` };
    const parent = readValues(parentPath, context, depth + 1);
    if ('error' in parent)
        return parent;
    return { ...parent, ...own };
}
/**
 * mkdocs.yml: pages are the Markdown files under `docs_dir` (default `docs`, relative to the
 * config file); `.md` links are rewritten relative to the page, other links resolve from the page's
 * URL (`a/b/` with `use_directory_urls`, the default), and the site root is `docs_dir`.
 */
const mkdocsDetector = {
    kind: 'mkdocs',
    isConfig: (path) => CONFIG_NAMES.has(fileName(path)),
    detect(config, context) {
        const values = readValues(config.path, context);
        if ('error' in values)
            return { unreadable: { kind: 'mkdocs', config: config.path, reason: values.error } };
        const docsDir = (0,repository_path/* joinPath */.uJ)((0,repository_path/* directoryOf */.jt)(config.path), values.docsDir ?? 'docs');
        if ((0,repository_path/* isOutside */._K)(docsDir))
            return { unreadable: { kind: 'mkdocs', config: config.path, reason: `docs_dir ${values.docsDir ?? ''} is outside the audit` } };
        if (!context.isDirectory(docsDir))
            return undefined;
        const rules = {
            pageExtensions: PAGE_EXTENSIONS,
            directoryUrls: values.useDirectoryUrls ?? true,
            extensionless: false,
            htmlLinks: values.useDirectoryUrls === false,
            indexNames: ['index.md', 'README.md'],
            filesAnywhere: false,
            numberPrefixes: false,
            slugStyle: 'python-markdown',
        };
        const site = {
            kind: 'mkdocs', config: config.path, pages: [{ directory: docsDir, route: '' }], assets: [], baseUrl: urlPath(values.siteUrl), rules,
            absoluteFromHostRoot: values.absoluteLinks !== 'relative_to_docs',
        };
        return { sites: [site] };
    },
};

;// CONCATENATED MODULE: ./src/scanners/links/sites/vitepress-site.ts


const CONFIG_PATH = /(?:^|\/)\.vitepress\/config\.(?:js|mjs|cjs|ts|mts|cts)$/;
/** The keys of `locales: { root: {...}, fr: {...} }` other than `root`: each is a directory of translated pages. */
function localeKeys(text) {
    const block = objectAfter(text, 'locales');
    if (block === undefined)
        return [];
    const keys = [];
    let depth = 0;
    for (const match of block.matchAll(/[{}]|(["']?)([A-Za-z][\w-]*)\1\s*:/g)) {
        if (match[0] === '{')
            depth++;
        else if (match[0] === '}')
            depth--;
        else if (depth === 1 && match[2] !== 'root')
            keys.push(match[2]);
    }
    return keys;
}
/**
 * `.vitepress/config.*`, read as text: pages are the Markdown files under `srcDir` (default: the
 * directory holding `.vitepress`), served without extension or as `.html`; `public/` is served at
 * the root; each `locales` key other than `root` is a directory of translated pages with no fallback.
 */
const vitepressDetector = {
    kind: 'vitepress',
    isConfig: (path) => CONFIG_PATH.test(path),
    detect(config, context) {
        const projectDirectory = (0,repository_path/* directoryOf */.jt)((0,repository_path/* directoryOf */.jt)(config.path));
        const text = withoutComments(config.text);
        const srcDir = propertyValue(text, 'srcDir');
        if (srcDir === 'computed')
            return { unreadable: { kind: 'vitepress', config: config.path, reason: '`srcDir` is computed in code' } };
        const base = propertyValue(text, 'base');
        const directory = (0,repository_path/* joinPath */.uJ)(projectDirectory, srcDir?.literal ?? '');
        if ((0,repository_path/* isOutside */._K)(directory))
            return { unreadable: { kind: 'vitepress', config: config.path, reason: `srcDir ${srcDir?.literal ?? ''} is outside the audit` } };
        const site = {
            kind: 'vitepress',
            config: config.path,
            pages: [{ directory, route: '' }],
            assets: [{ directory: (0,repository_path/* joinPath */.uJ)(directory, 'public'), route: '' }],
            baseUrl: base === undefined || base === 'computed' ? '' : base.literal.replace(/^\/+|\/+$/g, ''),
            rules: {
                pageExtensions: ['md'],
                directoryUrls: false,
                extensionless: true,
                htmlLinks: true,
                indexNames: ['index.md'],
                filesAnywhere: false,
                numberPrefixes: false,
                slugStyle: 'vitepress',
            },
        };
        const locales = localeKeys(text).filter((key) => context.isDirectory((0,repository_path/* joinPath */.uJ)(directory, key)));
        const translated = locales.map((code) => ({
            ...site,
            pages: [{ directory: (0,repository_path/* joinPath */.uJ)(directory, code), route: code }, ...site.pages.map((tree) => ({ ...tree, shared: true }))],
            language: { code, directory: (0,repository_path/* joinPath */.uJ)(directory, code), defaultDirectory: directory, fallback: false },
        }));
        return { sites: [site, ...translated] };
    },
};

;// CONCATENATED MODULE: ./src/scanners/links/sites/site-detectors.ts







/** Every generator the links scanner knows; adding one is a file in this folder and a line here. */
const SITE_DETECTORS = [
    mkdocsDetector,
    docBuilderDetector,
    docusaurusDetector,
    mdbookDetector,
    sphinxDetector,
    jekyllDetector,
    vitepressDetector,
];
/** Files a detector reads beside a configuration: doc-builder redirects, the Gemfile that says which Jekyll builds. */
const COMPANION_NAMES = new Set(['_redirects.yml', 'Gemfile']);
function isSiteConfig(path) {
    return COMPANION_NAMES.has(path.slice(path.lastIndexOf('/') + 1)) || SITE_DETECTORS.some((detector) => detector.isConfig(path));
}
/** The slug rules that the sites these configuration files may declare use, besides GitHub's. */
function slugStylesFor(paths) {
    const styles = new Set();
    for (const path of paths) {
        if (mkdocsDetector.isConfig(path))
            styles.add('python-markdown');
        else if (docBuilderDetector.isConfig(path))
            styles.add('doc-builder');
        else if (vitepressDetector.isConfig(path))
            styles.add('vitepress');
    }
    return [...styles];
}

;// CONCATENATED MODULE: ./src/scanners/links/sites/site-resolver.ts


function withoutExtension(path) {
    const extension = (0,repository_path/* extensionOf */.je)(path);
    return extension === '' ? path : path.slice(0, -(extension.length + 1));
}
/** A link to a Markdown page file, which generators rewrite to the page's URL. */
const PAGE_FILE = /\.mdx?$/i;
/** `01-intro` → `intro`: Docusaurus drops number prefixes from URLs. */
function stripNumberPrefix(segment) {
    return segment.replace(/^\d+[-_.]/, '');
}
/**
 * Resolves links the way a documentation generator does, reading the site's rules as data. A link
 * works on the site when any reading a generator gives it finds a file: the file link the generator
 * rewrites (relative to the page's file), the URL the browser resolves from the page's URL, and a
 * root-absolute URL served from the site's trees.
 */
class SiteResolver {
    site;
    paths;
    routes;
    constructor(site, paths, 
    /** Routes that front matter gives pages (`slug:`), URL path without slashes → file. */
    routes = new Map()) {
        this.site = site;
        this.paths = paths;
        this.routes = routes;
    }
    /** The files that could serve `path` on the site for a link on `page`; the caller tries them in order. */
    resolve(page, path) {
        const { site } = this;
        if (site.siteDirectory !== undefined && path.startsWith('@site/')) {
            const file = (0,repository_path/* joinPath */.uJ)(site.siteDirectory, path.slice('@site/'.length));
            return { candidates: (0,repository_path/* isOutside */._K)(file) ? [] : [file], primary: file, outside: (0,repository_path/* isOutside */._K)(file) };
        }
        const isFileLink = PAGE_FILE.test(path);
        if (path.startsWith('/')) {
            const url = this.stripBase(path.slice(1));
            const normalized = (0,repository_path/* normalizePath */.Fd)(url);
            if ((0,repository_path/* isOutside */._K)(normalized))
                return { candidates: [], primary: normalized, outside: true };
            if (site.absoluteFromHostRoot && site.language !== undefined) {
                // The host's root serves the default language: `/img/a.png` is its image, not this translation's.
                const file = (0,repository_path/* joinPath */.uJ)(site.language.defaultDirectory, normalized);
                return { candidates: this.fromFile(file, path.endsWith('/')).concat(site.rules.directoryUrls ? site.rules.pageExtensions.map((extension) => `${file}.${extension}`) : []), primary: file, outside: false };
            }
            const candidates = this.fromUrl(normalized, path.endsWith('/'));
            if (isFileLink)
                candidates.push(...this.inFileRoots(normalized));
            return { candidates, primary: this.fileAtRoot(normalized), outside: false };
        }
        const primary = (0,repository_path/* joinPath */.uJ)((0,repository_path/* directoryOf */.jt)(page), path);
        if ((0,repository_path/* isOutside */._K)(primary))
            return { candidates: [], primary, outside: true };
        const candidates = [...this.fromFile(primary, path.endsWith('/'))];
        // A bare `page.md` (no `./`) is also looked up in the content folders (Docusaurus).
        if (isFileLink && !path.startsWith('.'))
            candidates.push(...this.inFileRoots((0,repository_path/* normalizePath */.Fd)(path)));
        const pageUrl = this.urlOf(page);
        if (pageUrl !== undefined) {
            // posix.join keeps `..` that climbs above the URL root as a leading `..`: a dead URL.
            // An index page's URL is its folder; with directory URLs every page's URL is a folder.
            const base = this.isIndex(page) || site.rules.directoryUrls ? pageUrl : (0,repository_path/* directoryOf */.jt)(pageUrl);
            const url = (0,repository_path/* normalizePath */.Fd)(external_node_path_.posix.join(base === '' ? '.' : base, path));
            if (!(0,repository_path/* isOutside */._K)(url))
                candidates.push(...this.fromUrl(url, path.endsWith('/')));
        }
        return { candidates: [...new Set(candidates)], primary, outside: false };
    }
    inFileRoots(path) {
        return (this.site.fileRoots ?? []).map((root) => (0,repository_path/* joinPath */.uJ)(root, path)).filter((file) => !(0,repository_path/* isOutside */._K)(file));
    }
    /** True when the site publishes `path` as a page or a file: inside one of its trees. */
    publishes(path) {
        const { site } = this;
        if (site.absoluteFromHostRoot && site.language !== undefined && (0,repository_path/* isWithin */.UO)(path, site.language.defaultDirectory))
            return true;
        return [...site.pages, ...site.assets].some((tree) => (0,repository_path/* isWithin */.UO)(path, tree.directory));
    }
    stripBase(url) {
        const { baseUrl } = this.site;
        if (baseUrl === '')
            return url;
        if (url === baseUrl)
            return '';
        return url.startsWith(`${baseUrl}/`) ? url.slice(baseUrl.length + 1) : url;
    }
    fileAtRoot(url) {
        const asset = this.site.assets[0];
        const isPage = this.site.rules.pageExtensions.includes((0,repository_path/* extensionOf */.je)(url)) || (0,repository_path/* extensionOf */.je)(url) === '' || (0,repository_path/* extensionOf */.je)(url) === 'html';
        // A root-absolute image is looked for in the static folder first: name that one when it is missing.
        if (asset !== undefined && !isPage)
            return (0,repository_path/* joinPath */.uJ)(asset.directory, url);
        const tree = this.site.pages[0];
        return (0,repository_path/* joinPath */.uJ)(tree.directory, url.startsWith(`${tree.route}/`) ? url.slice(tree.route.length + 1) : url);
    }
    isIndex(page) {
        const name = withoutExtension(page.slice(page.lastIndexOf('/') + 1)).toLowerCase();
        return name === 'index' || name === 'readme';
    }
    /** The page's URL path below the base URL, without slashes; undefined for a file outside the page trees. */
    urlOf(page) {
        const tree = this.treeOf(page, this.site.pages);
        if (tree === undefined)
            return undefined;
        const inTree = tree.directory === '' ? page : page.slice(tree.directory.length + 1);
        let url = withoutExtension(inTree);
        if (this.site.rules.numberPrefixes)
            url = url.split('/').map(stripNumberPrefix).join('/');
        if (this.isIndex(page))
            url = (0,repository_path/* directoryOf */.jt)(url);
        return tree.route === '' ? url : url === '' ? tree.route : `${tree.route}/${url}`;
    }
    treeOf(path, trees) {
        let best;
        for (const tree of trees) {
            if ((0,repository_path/* isWithin */.UO)(path, tree.directory) && (best === undefined || tree.directory.length > best.directory.length))
                best = tree;
        }
        return best;
    }
    /** A file link as the generator rewrites it: the file itself, its page forms, its directory's index. */
    fromFile(file, directoryOnly) {
        const { rules } = this.site;
        const found = [];
        if (!directoryOnly) {
            found.push(file);
            if (rules.extensionless && (0,repository_path/* extensionOf */.je)(file) === '')
                for (const extension of rules.pageExtensions)
                    found.push(`${file}.${extension}`);
            if (rules.htmlLinks && (0,repository_path/* extensionOf */.je)(file) === 'html') {
                for (const extension of rules.pageExtensions)
                    found.push(`${withoutExtension(file)}.${extension}`);
                // `dir/index.html` is the page of `dir/README.md` (mdBook, Jekyll) or `dir/index.md`.
                if (file === 'index.html' || file.endsWith('/index.html'))
                    for (const name of rules.indexNames)
                        found.push(`${(0,repository_path/* directoryOf */.jt)(file) === '' ? '' : `${(0,repository_path/* directoryOf */.jt)(file)}/`}${name}`);
            }
        }
        for (const name of rules.indexNames)
            found.push(file === '' ? name : `${file}/${name}`);
        return found;
    }
    /** The files that could serve a URL path: a page tree's page or index, a static file, a front matter route. */
    fromUrl(url, directoryOnly, followRedirects = true) {
        const { site } = this;
        const found = [];
        const routed = this.routes.get(url);
        if (routed !== undefined)
            found.push(routed);
        const redirected = followRedirects ? site.redirects?.get(url) ?? site.redirects?.get(withoutExtension(url)) : undefined;
        if (redirected !== undefined && redirected !== url)
            found.push(...this.fromUrl(redirected, directoryOnly, false));
        for (const tree of [...site.pages].sort((a, b) => b.route.length - a.route.length)) {
            if (!(tree.route === '' || url === tree.route || url.startsWith(`${tree.route}/`)))
                continue;
            const inTree = url === tree.route ? '' : tree.route === '' ? url : url.slice(tree.route.length + 1);
            const file = (0,repository_path/* joinPath */.uJ)(tree.directory, inTree);
            found.push(...this.fromFile(file, directoryOnly));
            if (site.rules.directoryUrls && !directoryOnly && inTree !== '')
                for (const extension of site.rules.pageExtensions)
                    found.push(`${file}.${extension}`);
            if (directoryOnly && inTree !== '')
                for (const extension of site.rules.pageExtensions)
                    found.push(`${file}.${extension}`);
            if (site.rules.numberPrefixes)
                found.push(...this.numbered(tree.directory, inTree));
        }
        for (const tree of site.assets) {
            if (tree.route === '' || url.startsWith(`${tree.route}/`))
                found.push((0,repository_path/* joinPath */.uJ)(tree.directory, tree.route === '' ? url : url.slice(tree.route.length + 1)));
        }
        return found;
    }
    /** `intro` in a tree that holds `01-intro.md`: Docusaurus drops number prefixes from URLs. */
    numbered(directory, inTree) {
        const segments = inTree.split('/').filter((segment) => segment !== '');
        let current = [directory];
        for (const [index, segment] of segments.entries()) {
            const last = index === segments.length - 1;
            const next = [];
            for (const parent of current) {
                for (const entry of this.paths.entriesOf(parent)) {
                    if (stripNumberPrefix(last ? withoutExtension(entry) : entry) === segment)
                        next.push(parent === '' ? entry : `${parent}/${entry}`);
                }
            }
            current = next;
            if (current.length === 0)
                return [];
        }
        return current.flatMap((path) => (this.paths.isDirectory(path) ? this.site.rules.indexNames.map((name) => `${path}/${name}`) : [path]));
    }
}

;// CONCATENATED MODULE: ./src/scanners/links/sites/translations.ts


/** `en`, `pt-BR`, `zh-hant`, `zh_CN`: what per-language folders are named. */
const LANGUAGE_CODE = /^[a-z]{2,3}(?:[-_][A-Za-z0-9]{2,8})*$/;
const DEFAULT_LANGUAGES = ['en', 'en-us', 'en_us'];
/**
 * MkDocs and doc-builder translations are sibling sites, one per language folder
 * (`docs/en/mkdocs.yml`, `docs/es/mkdocs.yml`; `docs/source/en/_toctree.yml`, ...). Sites whose
 * configuration sits in `PARENT/<code>/<same name>` beside an English one become that site's
 * translations; `fallback` says whether the generator serves the English page for a missing one.
 */
function withLanguages(sites, fallback, paths) {
    const groups = new Map();
    for (const site of sites) {
        if (site.language !== undefined)
            continue;
        const folder = (0,repository_path/* directoryOf */.jt)(site.config);
        const code = fileName(folder);
        if (!LANGUAGE_CODE.test(code))
            continue;
        const key = `${site.kind}:${(0,repository_path/* directoryOf */.jt)(folder)}:${fileName(site.config)}`;
        const group = groups.get(key);
        if (group)
            group.push(site);
        else
            groups.set(key, [site]);
    }
    const languages = new Map();
    for (const group of groups.values()) {
        if (group.length < 2)
            continue;
        const main = group.find((site) => DEFAULT_LANGUAGES.includes(fileName((0,repository_path/* directoryOf */.jt)(site.config)).toLowerCase()));
        if (main === undefined)
            continue;
        const mainPages = main.pages[0];
        if (mainPages === undefined)
            continue;
        for (const site of group) {
            const pages = site.pages[0];
            if (site === main || pages === undefined || (0,repository_path/* isWithin */.UO)(pages.directory, mainPages.directory))
                continue;
            const code = fileName((0,repository_path/* directoryOf */.jt)(site.config));
            languages.set(site, { ...site, language: { code, directory: pages.directory, defaultDirectory: mainPages.directory, fallback: fallback(site) } });
        }
    }
    const withCodes = sites.map((site) => languages.get(site) ?? site);
    return [...withCodes, ...configlessTranslations(withCodes, fallback, paths)];
}
/**
 * MkDocs translations staged by a build script have no configuration of their own: `docs/es/docs`
 * beside `docs/en/docs` (FastAPI). A language folder beside the default one that holds the same
 * pages folder is a translation of the default site.
 */
function configlessTranslations(sites, fallback, paths) {
    const added = [];
    const claimed = new Set(sites.map((site) => site.pages[0]?.directory));
    for (const site of sites) {
        if (site.kind !== 'mkdocs' || site.language !== undefined)
            continue;
        const folder = (0,repository_path/* directoryOf */.jt)(site.config);
        const code = fileName(folder);
        const pages = site.pages[0];
        if (!DEFAULT_LANGUAGES.includes(code.toLowerCase()) || pages === undefined || !(0,repository_path/* isWithin */.UO)(pages.directory, folder) || pages.directory === folder)
            continue;
        const inFolder = pages.directory.slice(folder.length + 1);
        const parent = (0,repository_path/* directoryOf */.jt)(folder);
        for (const sibling of paths.entriesOf(parent)) {
            if (sibling === code || !LANGUAGE_CODE.test(sibling))
                continue;
            const directory = parent === '' ? `${sibling}/${inFolder}` : `${parent}/${sibling}/${inFolder}`;
            if (claimed.has(directory) || !paths.isDirectory(directory))
                continue;
            claimed.add(directory);
            const translation = { ...site, pages: [{ directory, route: '' }] };
            added.push({ ...translation, language: { code: sibling, directory, defaultDirectory: pages.directory, fallback: fallback(translation) } });
        }
    }
    return added;
}

;// CONCATENATED MODULE: ./src/scanners/links/sites/page-routes.ts


/**
 * Docusaurus URLs of pages whose front matter sets `slug` (absolute, or relative to the page's
 * folder) or `id` (replacing the file name), URL path without slashes → page file.
 */
function pageRoutes(site, frontMatter) {
    const routes = new Map();
    for (const [path, matter] of frontMatter) {
        if (matter.slug === undefined && matter.id === undefined)
            continue;
        const tree = site.pages.find((candidate) => !candidate.shared && (0,repository_path/* isWithin */.UO)(path, candidate.directory));
        if (tree === undefined)
            continue;
        const inTree = tree.directory === '' ? path : path.slice(tree.directory.length + 1);
        const folder = (0,repository_path/* directoryOf */.jt)(inTree).split('/').filter((segment) => segment !== '').map(stripNumberPrefix).join('/');
        let url;
        if (matter.slug !== undefined)
            url = matter.slug.startsWith('/') ? matter.slug : `${folder}/${matter.slug}`;
        else
            url = `${folder}/${matter.id}`;
        const withRoute = (0,repository_path/* normalizePath */.Fd)(`${tree.route}/${url}`.replace(/^\/+/, ''));
        if (!withRoute.startsWith('..'))
            routes.set(withRoute, path);
    }
    return routes;
}

;// CONCATENATED MODULE: ./src/scanners/links/sites/site-map.ts





/** Every site the repository declares, and which one publishes a given page. */
class SiteMap {
    sites;
    unreadable;
    /** Page folders of the sites set aside as test fixtures. */
    fixtureFolders;
    resolvers;
    constructor(inputs) {
        const found = [];
        const unreadable = [];
        const context = { isFile: inputs.paths.isFile.bind(inputs.paths), isDirectory: inputs.paths.isDirectory.bind(inputs.paths), entriesOf: inputs.paths.entriesOf.bind(inputs.paths), configs: inputs.configs };
        for (const [path, text] of inputs.configs) {
            for (const detector of SITE_DETECTORS) {
                if (!detector.isConfig(path))
                    continue;
                const detection = detector.detect({ path, text }, context);
                if (detection === undefined)
                    continue;
                if ('unreadable' in detection)
                    unreadable.push(detection.unreadable);
                else
                    found.push(...detection.sites);
            }
        }
        const kept = found.filter((site) => !inputs.setAside(site.config));
        this.fixtureFolders = found.filter((site) => inputs.setAside(site.config)).flatMap((site) => site.pages.map((tree) => tree.directory));
        this.sites = withLanguages(kept, (site) => site.kind === 'docusaurus' || inputs.translationFallback, context);
        this.unreadable = unreadable.filter((site) => !inputs.setAside(site.config));
        this.resolvers = this.sites.map((site) => new SiteResolver(site, inputs.paths, site.kind === 'docusaurus' ? pageRoutes(site, inputs.frontMatter) : new Map()));
    }
    /** True for a page of a site set aside as a test fixture. */
    isFixture(path) {
        return this.fixtureFolders.some((folder) => (0,repository_path/* isWithin */.UO)(path, folder));
    }
    /** The site that publishes `path` as a page: the one with the deepest tree holding it. */
    siteOf(path) {
        let best;
        let depth = -1;
        for (const resolver of this.resolvers) {
            for (const tree of resolver.site.pages) {
                if (tree.shared || !(0,repository_path/* isWithin */.UO)(path, tree.directory))
                    continue;
                if (tree.directory.length > depth) {
                    best = resolver;
                    depth = tree.directory.length;
                }
            }
        }
        return best;
    }
}

;// CONCATENATED MODULE: ./src/scanners/links/sites/site-summaries.ts
/** One summary per site, in configuration order, with what its pages' links came to. */
function siteSummaries(sites, pagesChecked, githubViewOnly) {
    const bySite = (counts, site) => {
        for (const [resolver, count] of counts)
            if (resolver.site === site)
                return count;
        return 0;
    };
    return sites.map((site) => ({
        kind: site.kind,
        config: site.config,
        pages: site.pages[0]?.directory ?? '',
        ...(site.language === undefined ? {} : { language: { code: site.language.code, fallback: site.language.fallback } }),
        pagesChecked: bySite(pagesChecked, site),
        githubViewOnly: bySite(githubViewOnly, site),
    }));
}

;// CONCATENATED MODULE: ./src/scanners/links/citations/find-citations.ts
const PATH = String.raw `(?:\.{1,2}/)?(?:[\w@+-][\w.@+-]*/)*[\w@+-][\w.@+-]*\.[A-Za-z][A-Za-z0-9]{0,7}`;
/**
 * The bracketed form, a path with `#L10-L20`, or grep's `path:10`, `path:10-20` and `path:10:`
 * followed by what stands there. The look-behind keeps URLs (`host.com:8080`, `https://…/a.py#L3`)
 * and longer words out.
 */
const CITATION = new RegExp(String.raw `【F:(${PATH})†L(\d+)(?:-L?(\d+))?】` +
    String.raw `|(?<![\w/.:@+-])(${PATH})(?:#L(\d+)(?:-L(\d+))?|:(\d+)(?:-(\d+))?(?![\d-])(?::(\d+))?(?::[ \t]+([^\n]*))?)`, 'g');
const FENCE = /^[ \t]{0,3}(`{3,}|~{3,})/;
/** A claim ends where the Markdown around it does: a closing backtick, a table cell, a link's end. */
const CLAIM_END = /[`|]|\]\(|\s+[—–]\s/;
function claimOf(rest) {
    if (rest === undefined)
        return undefined;
    const end = rest.search(CLAIM_END);
    const claim = (end < 0 ? rest : rest.slice(0, end)).replace(/(?:\.{3}|…)\s*$/, '').trim();
    return claim.length >= 3 ? claim : undefined;
}
function citationAt(match, line, column) {
    const [written] = match;
    if (match[1] !== undefined) {
        const first = Number(match[2]);
        return { written, path: match[1], line, column, firstLine: first, lastLine: match[3] === undefined ? first : Number(match[3]), bracketed: true };
    }
    const path = match[4];
    const first = Number(match[5] ?? match[7]);
    const last = match[6] ?? match[8];
    const claim = claimOf(match[10]);
    return { written: written.replace(/:[ \t]+[^\n]*$/, ''), path, line, column, firstLine: first, lastLine: last === undefined ? first : Number(last), bracketed: false, ...(claim === undefined ? {} : { claim }) };
}
/** The citations in a Markdown document's text, outside fenced code (where `file:line` is a log or a trace). */
function findCitations(text) {
    const citations = [];
    const lines = text.split('\n');
    let fence;
    lines.forEach((content, index) => {
        const opener = FENCE.exec(content);
        if (opener !== null) {
            const marker = opener[1];
            if (fence === undefined)
                fence = marker;
            else if (marker[0] === fence[0] && marker.length >= fence.length)
                fence = undefined;
            return;
        }
        if (fence !== undefined || !/[:#†]\s*L?\d/.test(content))
            return;
        CITATION.lastIndex = 0;
        for (let match = CITATION.exec(content); match !== null; match = CITATION.exec(content)) {
            const citation = citationAt(match, index + 1, match.index + 1);
            if (citation !== undefined && citation.firstLine > 0)
                citations.push(citation);
        }
    });
    return citations;
}

;// CONCATENATED MODULE: ./src/scanners/links/citations/citation-ledger.ts


/** Status ledgers, gap reports and audits: documents whose purpose is to point at code. */
const STATUS_NAME = /(?:^|[-_/])(?:status|roadmap|progress|gaps?|audit|known[-_]?issues|review|findings|todo)(?:[-_.][\w-]*)?\.(?:md|mdx|markdown)$/i;
/** Release notes record how the code was when they were written; their line numbers are meant to age. */
const HISTORY_NAME = /(?:^|\/)(?:change[-_]?log|changes|history|news|release[-_]?notes?)(?:[-_.][\w-]*)?\.(?:md|mdx|markdown)$/i;
/** A document whose citations are mostly stale is reported once, as a whole. */
const MOSTLY_STALE = { minimum: 5, share: 0.5 };
const CLAIM_CHARACTERS = 60;
const LISTED_IN_MESSAGE = 3;
function normalised(text) {
    return text.replace(/\\([\\`*_{}[\]()#+\-.!|])/g, '$1').replace(/\s+/g, ' ').trim().toLowerCase();
}
function isStale(outcome) {
    return outcome.kind === 'missing-file' || outcome.kind === 'missing-line' || outcome.kind === 'moved' || outcome.kind === 'gone';
}
/**
 * Checks what status documents cite: the file must exist, the lines must exist, and a claim
 * (`path:17: TODO add retries`) must still stand at its line. Documents are read before code (the
 * engine reads prose first), so the cited files are asked for and checked as they come, and no
 * file's text outlives its visit.
 */
class CitationLedger {
    paths;
    extensions;
    documents = [];
    waiting = new Map();
    lineCounts = new Map();
    constructor(paths, 
    /** File extensions the repository has: `example.com:8080` is not a path in a tree without `.com` files. */
    extensions) {
        this.paths = paths;
        this.extensions = extensions;
    }
    addDocument(path, text) {
        if (HISTORY_NAME.test(path))
            return;
        const cited = [];
        for (const citation of findCitations(text)) {
            if (!citation.bracketed && !this.extensions.has((0,repository_path/* extensionOf */.je)(citation.path)))
                continue;
            const target = this.resolve(citation.path, path);
            const entry = { citation, target, outcome: { kind: 'pending' } };
            cited.push(entry);
            const list = this.waiting.get(target);
            if (list === undefined)
                this.waiting.set(target, [entry]);
            else
                list.push(entry);
        }
        if (cited.length > 0)
            this.documents.push({ path, cited, namedAsStatus: STATUS_NAME.test(path) });
    }
    /** True for a file that a document cites and that has not been checked yet. */
    wants(path) {
        return this.waiting.has(path);
    }
    /** Checks every waiting citation of `path` against its text; `lineCount` is remembered for later documents. */
    visitCited(path, text) {
        const entries = this.waiting.get(path);
        if (entries === undefined)
            return;
        this.waiting.delete(path);
        const lines = text.split('\n');
        const count = text.endsWith('\n') ? lines.length - 1 : lines.length;
        for (const entry of entries)
            entry.outcome = this.judge(entry.citation, lines, count);
    }
    /** Remembers a line count for citations into files visited before the citing document (documents citing documents). */
    noteLines(path, lines) {
        this.lineCounts.set(path, lines);
    }
    summary(fingerprints) {
        for (const [path, entries] of this.waiting) {
            const lines = this.lineCounts.get(path);
            for (const entry of entries) {
                if (!this.paths.has(path))
                    entry.outcome = { kind: 'missing-file' };
                else if (lines !== undefined && entry.citation.lastLine > lines)
                    entry.outcome = { kind: 'missing-line', lines };
                else
                    entry.outcome = { kind: lines === undefined || entry.citation.claim !== undefined ? 'unchecked' : 'ok' };
            }
        }
        this.waiting.clear();
        const documents = [];
        const findings = [];
        const moved = [];
        for (const document of this.documents.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))) {
            if (!this.cites(document))
                continue;
            const stale = document.cited.filter((entry) => isStale(entry.outcome));
            const citing = {
                path: document.path,
                citations: document.cited.length,
                claims: document.cited.filter((entry) => entry.citation.claim !== undefined).length,
                stale: stale.length,
                unchecked: document.cited.filter((entry) => entry.outcome.kind === 'unchecked').length,
            };
            documents.push(citing);
            for (const entry of stale) {
                if (entry.outcome.kind === 'moved')
                    moved.push({ path: document.path, line: entry.citation.line, cited: entry.citation.written, to: movedTo(entry.citation.written, entry.outcome.to) });
            }
            if (stale.length >= MOSTLY_STALE.minimum && stale.length > document.cited.length * MOSTLY_STALE.share)
                findings.push(documentFinding(citing, stale, fingerprints));
            else
                for (const entry of stale)
                    findings.push(citationFinding(document.path, entry, fingerprints));
        }
        return { documents, moved, citations: documents.reduce((sum, document) => sum + document.citations, 0), stale: documents.reduce((sum, document) => sum + document.stale, 0), findings };
    }
    /** A file named as a status document, one using the bracketed form, or one whose citations name at least two files that exist. */
    cites(document) {
        if (document.namedAsStatus || document.cited.some((entry) => entry.citation.bracketed))
            return true;
        return new Set(document.cited.filter((entry) => this.paths.has(entry.target)).map((entry) => entry.target)).size >= 2;
    }
    /** Audits cite from the repository root; a path that only exists beside the document is read from there. */
    resolve(written, document) {
        const fromRoot = written.replace(/^\.\//, '');
        if (this.paths.has(fromRoot))
            return fromRoot;
        const folder = (0,repository_path/* directoryOf */.jt)(document);
        const parts = (folder === '' ? written : `${folder}/${written}`).split('/');
        const resolved = [];
        for (const part of parts) {
            if (part === '..')
                resolved.pop();
            else if (part !== '.' && part !== '')
                resolved.push(part);
        }
        const beside = resolved.join('/');
        return this.paths.has(beside) ? beside : fromRoot;
    }
    judge(citation, lines, count) {
        if (citation.lastLine > count || citation.firstLine > count)
            return { kind: 'missing-line', lines: count };
        if (citation.claim === undefined)
            return { kind: 'ok' };
        const claim = normalised(citation.claim).slice(0, CLAIM_CHARACTERS);
        if (normalised(lines.slice(citation.firstLine - 1, citation.lastLine).join(' ')).includes(claim))
            return { kind: 'ok' };
        const elsewhere = [];
        lines.forEach((line, index) => {
            if (normalised(line).includes(claim))
                elsewhere.push(index + 1);
        });
        return elsewhere.length === 1 ? { kind: 'moved', to: elsewhere[0] } : { kind: 'gone' };
    }
}
function staleDetail(entry) {
    const { citation, outcome } = entry;
    switch (outcome.kind) {
        case 'missing-file':
            return `${entry.target} does not exist`;
        case 'missing-line':
            return `${entry.target} has ${outcome.lines} lines`;
        case 'moved':
            return `\`${citation.claim ?? ''}\` is now at line ${outcome.to}`;
        default:
            return `line ${citation.firstLine} no longer says \`${citation.claim ?? ''}\``;
    }
}
/** The citation rewritten at its new line: `src/train.py:17` becomes `src/train.py:23`. */
function movedTo(written, line) {
    return written.replace(/:\d+(?:-\d+)?/, `:${line}`);
}
function citationFinding(path, entry, fingerprints) {
    const reason = entry.outcome.kind === 'missing-file' ? 'cited-file-missing' : entry.outcome.kind === 'missing-line' ? 'cited-line-missing' : 'stale-citation';
    const ruleId = `links/${reason}`;
    const moved = entry.outcome.kind === 'moved' ? entry.outcome.to : undefined;
    return {
        path,
        line: entry.citation.line,
        column: entry.citation.column,
        ruleId,
        message: `Stale citation \`${entry.citation.written}\`: ${staleDetail(entry)}`,
        fingerprint: fingerprints.next(ruleId, path, `${entry.citation.written} ${entry.citation.claim ?? ''}`),
        reason,
        cited: entry.citation.written,
        ...(moved === undefined ? {} : { suggestion: movedTo(entry.citation.written, moved) }),
    };
}
function documentFinding(document, stale, fingerprints) {
    const ruleId = 'links/stale-status-document';
    const first = stale[0];
    const examples = stale.slice(0, LISTED_IN_MESSAGE).map((entry) => `\`${entry.citation.written}\` (${staleDetail(entry)})`);
    const what = document.claims > document.citations / 2 ? 'cited lines no longer say what it quotes' : 'citations no longer point at what they cite';
    return {
        path: document.path,
        line: first.citation.line,
        column: first.citation.column,
        ruleId,
        message: `${document.path}: ${stale.length} of ${document.citations} ${what}, e.g. ${examples.join('; ')}`,
        fingerprint: fingerprints.next(ruleId, document.path, 'stale-status-document'),
        reason: 'stale-status-document',
        cited: `${document.citations} citations`,
    };
}

;// CONCATENATED MODULE: ./src/scanners/links/link-scanner.ts
























const GITMODULES = '.gitmodules';
const link_scanner_SCHEME = /^[a-zA-Z][a-zA-Z0-9+.-]*:|^\/\//;
/** The audited root's path inside the git work tree, with `/`; '' when it is the top level or unknown. */
function rootInRepository(context) {
    if (context.git.topLevel === undefined)
        return '';
    const path = (0,external_node_path_.relative)(context.git.topLevel, context.inventory.root).split(external_node_path_.sep).join('/');
    return path.startsWith('..') || (0,external_node_path_.isAbsolute)(path) ? '' : path;
}
/**
 * Collector, checkers, result, in the manner of lychee. `visit` parses each Markdown file once and
 * keeps its anchors; its links are classified at once when no documentation site can claim them,
 * else once every site configuration has been read. `finish` checks what is left against the paths
 * and anchors (indexed once), lets each site judge its own pages' links, hands external ones to the
 * external checker when there is one, and turns broken verdicts into findings.
 */
class LinkScanRun {
    context;
    options;
    settings;
    extensions;
    excluded;
    resolver;
    repository;
    ignore;
    paths;
    budget = new SuggestionBudget();
    localChecker;
    documents = new Map();
    tally = new LinkTally();
    broken = [];
    pending = [];
    siteRequests = [];
    external = [];
    /** Site configurations read so far, by path. */
    configs = new Map();
    frontMatter = new Map();
    waiting = [];
    symlinks = new Map();
    /** MyST labels of every page: a Sphinx page may link any of them by name. */
    labels = new Set();
    readFiles;
    waitForSites;
    docBuilderFolders;
    /** The slug rules of the sites whose configuration files the repository has; GitHub's are always computed. */
    slugStyles;
    lineCounts = new Map();
    citations;
    filesScanned = 0;
    testDataFiles = 0;
    constructor(context, options) {
        this.context = context;
        this.options = options;
        const { git, inventory } = context;
        this.settings = context.options.scanners.links;
        this.extensions = new Set(this.settings.extensions);
        this.excluded = (0,path_globs/* pathMatcher */.k)(this.settings.exclude);
        this.repository = sameRepository(git.repository, git.ref, git.commit);
        this.resolver = new TargetResolver({ rootInRepository: rootInRepository(context), roots: this.settings.roots, repository: this.repository });
        this.ignore = new IgnorePatterns(this.settings.ignore);
        this.paths = new PathIndex(inventory.allPaths);
        this.readFiles = new Set(inventory.files.map((file) => file.path));
        this.citations = new CitationLedger(inventory.allPaths, new Set(inventory.files.map((file) => (0,repository_path/* extensionOf */.je)(file.path))));
        this.localChecker = new LocalChecker({
            paths: this.paths,
            documents: this.documents,
            lineCount: (path) => this.lineCounts.get(path),
            checkAnchors: this.settings.checkAnchors,
            markdownExtensions: this.settings.extensions,
            budget: this.budget,
        });
        this.waitForSites = this.settings.sites === 'auto' && inventory.files.some((file) => isSiteConfig(file.path));
        // Pages are parsed as their renderer parses them, and the parse comes before the sites are read: doc-builder's folders are known by name.
        this.slugStyles = this.waitForSites ? slugStylesFor(inventory.files.map((file) => file.path)) : [];
        this.docBuilderFolders = this.waitForSites ? inventory.files.filter((file) => docBuilderDetector.isConfig(file.path)).map((file) => (0,repository_path/* directoryOf */.jt)(file.path)) : [];
    }
    wants(file) {
        return file.path === GITMODULES || this.extensions.has((0,repository_path/* extensionOf */.je)(file.path)) || (this.waitForSites && isSiteConfig(file.path)) || this.citations.wants(file.path);
    }
    visit(file, text) {
        if (this.citations.wants(file.path))
            this.citations.visitCited(file.path, text);
        if (file.path === GITMODULES)
            this.paths.addSubmodules(submodulePaths(text));
        if (this.waitForSites && isSiteConfig(file.path))
            this.configs.set(file.path, text);
        if (!this.extensions.has((0,repository_path/* extensionOf */.je)(file.path)))
            return;
        // A symlinked page is checked once, where its target lives: GitHub shows the link, not the text.
        const symlinkTarget = file.target !== undefined && file.target !== file.path ? file.target : undefined;
        const checkedElsewhere = symlinkTarget !== undefined && this.readFiles.has(symlinkTarget);
        if (symlinkTarget !== undefined)
            this.symlinks.set(file.path, symlinkTarget);
        const testData = !this.settings.testData && isTestData(symlinkTarget ?? file.path);
        if (testData && !checkedElsewhere)
            this.testDataFiles++;
        const wantLinks = !this.excluded(file.path) && !checkedElsewhere && !testData;
        if (wantLinks)
            this.filesScanned++;
        const indentedCode = !this.docBuilderFolders.some((folder) => (0,repository_path/* isWithin */.UO)(symlinkTarget ?? file.path, folder));
        const collectOptions = { wantLinks, slugStyles: this.slugStyles, indentedCode };
        const collect = () => collectDocument(file.path, text, collectOptions);
        const memo = this.context.memo;
        const document = memo === undefined ? collect() : memo.remember(`links:${wantLinks}:${indentedCode}:${this.slugStyles.join(',')}`, file.path, text, collect);
        this.citations.noteLines(file.path, file.lines);
        if (wantLinks)
            this.citations.addDocument(file.path, text);
        // Only the anchors outlive the visit: other documents' links may point at them.
        this.documents.set(document.path, { path: document.path, anchors: document.anchors, styleSlugs: document.styleSlugs, notInStyle: document.notInStyle, apiObjects: document.apiObjects, notOnSites: document.notOnSites });
        for (const label of document.labels)
            this.labels.add(label);
        if (document.frontMatter)
            this.frontMatter.set(symlinkTarget ?? document.path, document.frontMatter);
        if (document.links.length === 0)
            return;
        const location = symlinkTarget ?? document.path;
        if (this.waitForSites)
            this.waiting.push({ document: { path: document.path, links: document.links, ignoredLines: document.ignoredLines }, location });
        else
            this.classify({ document, location }, undefined);
    }
    classify(waiting, site) {
        const { tally, ignore } = this;
        const { document, location } = waiting;
        const template = templateKind(location);
        for (const link of document.links) {
            tally.see();
            if (document.ignoredLines.has(link.line)) {
                tally.skip('ignore-comment');
                continue;
            }
            if (!ignore.isEmpty && ignore.matches(link.target)) {
                tally.skip('ignored');
                continue;
            }
            let written = link.target;
            if (template !== undefined && written.trim() !== '' && !written.trim().startsWith('#') && !link_scanner_SCHEME.test(written.trim())) {
                const inBody = templateTarget(written.trim(), location, template, this.repository);
                if (inBody.kind === 'unknown-repository') {
                    tally.skip('unknown-repository');
                    continue;
                }
                if (inBody.kind === 'misplaced') {
                    tally.check();
                    this.broken.push({ source: document.path, link, verdict: this.misplacedInTemplate(inBody.url, inBody.meant, template) });
                    continue;
                }
                written = inBody.url;
            }
            const target = this.resolver.classify(written, location);
            switch (target.kind) {
                case 'skipped':
                    tally.skip(target.reason);
                    break;
                case 'external':
                    tally.external(target.host);
                    this.external.push({ source: document.path, link, target });
                    break;
                case 'misspelled-scheme':
                    tally.check();
                    this.broken.push({ source: document.path, link, verdict: { status: 'broken', reason: 'bad-scheme', resolved: '', detail: `\`${target.scheme}:\` is not a scheme GitHub links, so the text is shown without a link`, suggestion: link.target.replace(/^[a-z]+:/i, target.scheme.endsWith('s') || target.scheme.includes('ps') ? 'https:' : 'http:') } });
                    break;
                case 'empty':
                    // `- [Draft]()` in an mdBook SUMMARY.md is a draft chapter, listed but not written yet.
                    if (site?.site.kind === 'mdbook' && location.endsWith('SUMMARY.md')) {
                        tally.skip('draft-chapter');
                        break;
                    }
                    tally.check();
                    this.broken.push({ source: document.path, link, verdict: EMPTY_TARGET });
                    break;
                case 'local': {
                    if (!ignore.isEmpty && ignore.matches(target.path)) {
                        tally.skip('ignored');
                        break;
                    }
                    const request = { source: document.path, link, target };
                    if (site !== undefined && !link_scanner_SCHEME.test(written.trim()))
                        this.siteRequests.push({ request, page: location, resolver: site });
                    else if (this.localChecker.isSettledOk(request))
                        tally.check();
                    else
                        this.pending.push(request);
                    break;
                }
            }
        }
    }
    misplacedInTemplate(url, written, template) {
        let meant = written;
        const body = template === 'issue' ? 'an issue' : 'a pull request';
        // Written beside the template or from the root: either way the reader meant a repository file.
        const fromRoot = splitWrittenTarget(meant.slice(meant.lastIndexOf('/') + 1)).path;
        if (!this.paths.exists(meant) && this.paths.exists(fromRoot))
            meant = fromRoot;
        const exists = this.paths.exists(meant);
        return {
            status: 'broken',
            reason: 'missing-file',
            resolved: meant,
            detail: `in ${body} body this link opens ${url}, which is not a file${exists ? `; ${meant} is reached with ../blob/HEAD/${meant}` : ''}`,
            ...(exists ? { suggestion: `../blob/HEAD/${meant}` } : {}),
        };
    }
    async finish() {
        const { tally, broken, settings } = this;
        this.lineCounts = new Map(this.context.inventory.files.map((file) => [file.path, file.lines]));
        for (const [link, target] of this.symlinks) {
            const document = this.documents.get(target);
            if (document !== undefined)
                this.documents.set(link, { ...document, path: link });
        }
        const sites = new SiteMap({
            configs: this.configs, paths: this.paths, frontMatter: this.frontMatter, translationFallback: settings.translationFallback,
            setAside: (config) => !settings.testData && inTestsFolder(config),
        });
        const pagesChecked = new Map();
        for (const waiting of this.waiting) {
            if (sites.isFixture(waiting.location)) {
                this.testDataFiles++;
                this.filesScanned--;
                continue;
            }
            const site = sites.siteOf(waiting.location);
            const isPage = site !== undefined && site.site.rules.pageExtensions.includes((0,repository_path/* extensionOf */.je)(waiting.location));
            if (isPage)
                pagesChecked.set(site, (pagesChecked.get(site) ?? 0) + 1);
            this.classify(waiting, isPage ? site : undefined);
        }
        this.waiting.length = 0;
        const verdicts = await this.localChecker.check(this.pending);
        this.pending.forEach((request, index) => this.record(request, verdicts[index]));
        const judge = new SiteJudge({ paths: this.paths, local: this.localChecker, markdownExtensions: settings.extensions, budget: this.budget, labels: this.labels });
        const githubViewOnly = new Map();
        const viewOnly = [];
        for (const { request, page, resolver } of this.siteRequests) {
            const verdict = judge.judge(page, splitWrittenTarget(request.link.target), this.localChecker.verdict(request.target, request.source), resolver, request.target.path);
            if (verdict.status !== 'github-view-only') {
                this.record(request, verdict, resolver.site.config);
                continue;
            }
            tally.check();
            githubViewOnly.set(resolver, (githubViewOnly.get(resolver) ?? 0) + 1);
            if (settings.githubViewOnly !== 'hide') {
                viewOnly.push({ source: request.source, link: request.link, verdict: { status: 'broken', reason: 'missing-file', resolved: verdict.resolved, detail: verdict.detail }, viewOnly: true, site: resolver.site.config });
            }
        }
        if (this.options.externalChecker && this.external.length > 0) {
            // External links stay counted under their host whatever the verdict; only broken ones add findings.
            const externalVerdicts = await this.options.externalChecker(this.context).check(this.external);
            this.external.forEach((request, index) => {
                const verdict = externalVerdicts[index];
                if (verdict.status === 'broken')
                    broken.push({ source: request.source, link: request.link, verdict });
            });
        }
        const all = [...broken, ...viewOnly];
        all.sort((a, b) => (a.source < b.source ? -1 : a.source > b.source ? 1 : a.link.line - b.link.line || a.link.column - b.link.column));
        const fingerprints = new fingerprint/* FingerprintIndex */.n();
        const findings = all.map((entry) => brokenLinkFinding(entry, fingerprints));
        const viewOnlyCount = viewOnly.length === 0 ? [...githubViewOnly.values()].reduce((sum, count) => sum + count, 0) : viewOnly.length;
        return {
            citations: this.citations.summary(new fingerprint/* FingerprintIndex */.n()),
            brokenCount: broken.length + (settings.githubViewOnly === 'count' ? viewOnlyCount : 0),
            githubViewOnlyCount: viewOnlyCount,
            filesScanned: this.filesScanned,
            testDataFiles: this.testDataFiles,
            sites: siteSummaries(sites.sites, pagesChecked, githubViewOnly),
            unreadableSites: sites.unreadable,
            totals: tally.totals(),
            findings,
        };
    }
    /** `location` is where the link's file sits for relative links: the file, or a symlink's target. */
    record(request, verdict, site, location = request.source) {
        if (verdict.status === 'skipped')
            this.tally.skip(verdict.reason);
        else
            this.tally.check();
        if (verdict.status !== 'broken')
            return;
        // The local checker names repository paths; a site's judge already writes them as links.
        const written = site === undefined && verdict.suggestion !== undefined ? suggestionAsWritten(verdict.suggestion, location, request.link.target) : verdict.suggestion;
        const shown = { status: 'broken', reason: verdict.reason, resolved: verdict.resolved, detail: verdict.detail, ...(written === undefined ? {} : { suggestion: written }), ...(verdict.certain === undefined || written === undefined ? {} : { certain: verdict.certain }) };
        this.broken.push({ source: request.source, link: request.link, verdict: shown, ...(site === undefined ? {} : { site }) });
    }
}
function createLinkScanner(options = {}) {
    return { id: 'links', title: 'Links', start: (context) => new LinkScanRun(context, options) };
}
const linkScanner = createLinkScanner();


/***/ })

};
