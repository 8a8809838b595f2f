export const id = 7;
export const ids = [7];
export const modules = {

/***/ 8023:
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


/***/ }),

/***/ 2007:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  createLinkScanner: () => (/* binding */ createLinkScanner),
  linkScanner: () => (/* binding */ linkScanner)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/inventory/path-globs.ts
var path_globs = __webpack_require__(5427);
// EXTERNAL MODULE: ./src/report/fingerprint.ts
var fingerprint = __webpack_require__(1938);
// EXTERNAL MODULE: ./node_modules/github-slugger/index.js + 1 modules
var github_slugger = __webpack_require__(2710);
// EXTERNAL MODULE: ./src/scanners/detached-string.ts
var detached_string = __webpack_require__(8023);
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
/**
 * The anchors one document offers. Headings take GitHub's slugs in document order, so repeated
 * headings get `-1`, `-2` as on GitHub; readings other renderers give the same heading (trimmed
 * text, image alt text, the text before a `{#id}`) are accepted too but never shift that count,
 * because a link that works somewhere must not be reported.
 */
class AnchorCollector {
    anchors = new Set();
    slugger = new github_slugger/* default */.A();
    heading(text, variants = []) {
        this.add(this.slugger.slug(text));
        const custom = customHeadingId(text);
        if (custom) {
            this.add(custom.id);
            this.variant(custom.rest);
        }
        this.variant(text);
        for (const variant of variants)
            this.variant(variant);
    }
    /** An `id` or `name` attribute. */
    id(value) {
        const trimmed = value.trim();
        if (trimmed !== '')
            this.add(trimmed);
    }
    variant(text) {
        const anchor = (0,github_slugger/* slug */.y)(text.replace(/\s+/g, ' ').trim());
        if (anchor !== '')
            this.add(anchor);
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
var line_breaks = __webpack_require__(6314);
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
function createParser() {
    const md = new markdown_it/* default */.A('default', { html: true, linkify: true, typographer: false });
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
/** GitHub renders a leading YAML front matter block as a table: it holds no headings and no links. */
function blankFrontMatter(text) {
    if (!text.startsWith('---\n'))
        return text;
    const end = /\n(?:---|\.\.\.)[ \t]*(?:\n|$)/.exec(text.slice(3));
    if (!end)
        return text;
    const stop = 3 + end.index + end[0].length;
    return text.slice(0, stop).replace(/[^\n]/g, '') + text.slice(stop);
}
/** Parses one document as GitHub would (CommonMark + GFM tables, raw HTML on), keeping inline positions. */
function parseMarkdown(text, options) {
    parser ??= createParser();
    // markdown-it's own line rule is the shared one (line-breaks.ts); normalised, every line ends in `\n`.
    let source = (0,line_breaks/* normalizeLineBreaks */.Yg)(text);
    if (source.includes('\0'))
        source = source.replace(/\0/g, '\uFFFD');
    source = blankFrontMatter(source);
    const env = { wantLinks: options.wantLinks };
    const tokens = parser.parse(source, env);
    return { source, tokens, references: env.references ?? {} };
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
/**
 * Cheap pre-filter: without any of these a file has no link (no inline or reference link, no
 * autolink, no raw HTML, no bare URL). It may still have headings other files link to.
 */
function mayContainLinks(text) {
    return text.includes('](') || text.includes(']:') || text.includes('<') || text.includes('href') || text.includes('src') || text.includes('http');
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
    anchors = new AnchorCollector();
    ignoredLines = new Set();
    usedLabels = new Set();
    definitions = new Map();
    /** An HTML `<h1>`…`<h6>` whose closing tag has not been seen yet, with its text so far. */
    htmlHeading;
    rowLine = 0;
    cellColumn = 0;
    constructor(source, wantLinks) {
        this.source = source;
        this.wantLinks = wantLinks;
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
        for (const child of children) {
            switch (child.type) {
                case 'link_open':
                case 'image': {
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
    const parsed = parseMarkdown(text, { wantLinks });
    const walker = new DocumentWalker(new SourceLines(parsed.source), wantLinks);
    walker.walk(parsed.tokens, parsed.references);
    return { path, links: walker.links, anchors: walker.anchors.anchors, ignoredLines: walker.ignoredLines };
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
var picomatch = __webpack_require__(4006);
var picomatch_default = /*#__PURE__*/__webpack_require__.n(picomatch);
// EXTERNAL MODULE: ./src/scanners/links/link-settings.ts
var link_settings = __webpack_require__(5775);
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
            const regex = (0,link_settings/* regexOfPattern */.v)(pattern);
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

;// CONCATENATED MODULE: ./src/scanners/links/check/link-target.ts



const SCHEME = /^([a-zA-Z][a-zA-Z0-9+.-]*):/;
const SKIPPED_SCHEMES = new Set(['mailto', 'tel', 'data', 'javascript']);
function isOutside(path) {
    return path === '..' || path.startsWith('../');
}
/** posix.normalize without the `.` it returns for an empty path, and without a trailing `/`. */
function normalizePath(path) {
    const normalized = external_node_path_.posix.normalize(path).replace(/\/+$/, '');
    return normalized === '.' ? '' : normalized.replace(/^\.\//, '');
}
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
        if (target.includes('{{') || target.includes('{%'))
            return { kind: 'skipped', reason: 'template' };
        const scheme = SCHEME.exec(target);
        if (scheme) {
            const name = scheme[1].toLowerCase();
            if (SKIPPED_SCHEMES.has(name))
                return { kind: 'skipped', reason: name };
            if (name === 'http' || name === 'https')
                return this.web(target);
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
        const hash = target.indexOf('#');
        const beforeHash = hash === -1 ? target : target.slice(0, hash);
        const fragment = hash === -1 ? undefined : safeDecode(target.slice(hash + 1));
        const query = beforeHash.indexOf('?');
        // Browsers read `\` as `/` in the path of an http(s) URL, so `docs\a.md` works on GitHub.
        const path = safeDecode((query === -1 ? beforeHash : beforeHash.slice(0, query)).replace(/\\/g, '/'));
        const alternatives = this.alternatives(path);
        if (path === '')
            return { kind: 'local', path: sourcePath, alternatives, fragment, outsideRepository: false };
        if (path.startsWith('/'))
            return this.fromRepositoryRoot(path.slice(1), fragment, alternatives);
        const repositoryPath = normalizePath(external_node_path_.posix.join(external_node_path_.posix.dirname(this.inRepository(sourcePath)), path));
        if (isOutside(repositoryPath)) {
            const suffix = query !== -1 ? target.slice(query) : hash !== -1 ? target.slice(hash) : '';
            return this.githubPage(repositoryPath, suffix) ?? {
                kind: 'local', path: normalizePath(external_node_path_.posix.join(external_node_path_.posix.dirname(sourcePath), path)), alternatives: [], fragment, outsideRepository: true,
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
        while (isOutside(rest)) {
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
        const repositoryPath = normalizePath(path);
        if (isOutside(repositoryPath))
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
            const candidate = normalizePath(external_node_path_.posix.join(root.directory, path.slice(root.prefix.length)));
            if (!isOutside(candidate))
                found.push(candidate);
        }
        return found;
    }
}

;// CONCATENATED MODULE: ./src/scanners/links/check/link-checker.ts
const OK = { status: 'ok' };

;// CONCATENATED MODULE: ./src/scanners/links/check/edit-distance.ts
/**
 * Levenshtein distance when it is at most `limit`, else `limit + 1`. Only the diagonal band of
 * width `2 * limit + 1` is filled and the row loop stops once the whole band exceeds the limit, so a
 * comparison costs O(length × limit) at worst and usually far less.
 */
function boundedDistance(a, b, limit) {
    if (a === b)
        return 0;
    if (Math.abs(a.length - b.length) > limit)
        return limit + 1;
    const over = limit + 1;
    let previous = new Array(b.length + 1);
    let current = new Array(b.length + 1);
    for (let j = 0; j <= b.length; j++)
        previous[j] = j <= limit ? j : over;
    for (let i = 1; i <= a.length; i++) {
        const from = Math.max(1, i - limit);
        const to = Math.min(b.length, i + limit);
        current[from - 1] = from === 1 && i <= limit ? i : over;
        let rowMinimum = current[from - 1];
        for (let j = from; j <= to; j++) {
            const substitution = previous[j - 1] + (a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1);
            const deletion = j <= i - 1 + limit ? previous[j] + 1 : over;
            const insertion = current[j - 1] + 1;
            const value = Math.min(substitution, deletion, insertion, over);
            current[j] = value;
            if (value < rowMinimum)
                rowMinimum = value;
        }
        if (to < b.length)
            current[to + 1] = over;
        if (rowMinimum > limit)
            return over;
        const swap = previous;
        previous = current;
        current = swap;
    }
    return Math.min(previous[b.length], over);
}

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
        const distance = boundedDistance(wanted, text, bestDistance - 1);
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
            boundedDistance(directory, candidateDirectory, typoBudget(directory.length)) <= typoBudget(directory.length);
    });
    const widest = related.reduce((most, path) => Math.max(most, path.length), directory.length);
    return closest(directory, related, widest, parentOf, budget);
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
    suggestionBudget = new SuggestionBudget();
    constructor(sources) {
        this.sources = sources;
    }
    async check(requests) {
        return requests.map((request) => this.checkOne(request.target, request.source));
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
        return {
            status: 'broken',
            reason: 'missing-file',
            resolved: target.path,
            detail: `${target.path === '' ? 'the repository root' : target.path} does not exist`,
            ...(near === undefined ? {} : { suggestion: withFragment(near, target.fragment) }),
        };
    }
    checkFragment(path, fragment, source) {
        if (fragment === undefined || fragment === '' || !this.sources.checkAnchors)
            return OK;
        if (!this.sources.paths.isFile(path))
            return OK;
        // Browsers scroll to the top for `#top` when no element has that id.
        if (fragment.toLowerCase() === 'top')
            return OK;
        const document = this.sources.documents.get(path);
        if (document && this.hasAnchor(document, fragment))
            return OK;
        const lines = LINE_ANCHOR.exec(fragment);
        if (lines)
            return this.checkLines(path, fragment, Number(lines[1]), lines[2] === undefined ? undefined : Number(lines[2]));
        // Anchors of other files (HTML, code, Markdown the audit did not read) are not ours to judge.
        if (!document)
            return OK;
        const near = suggestAnchor(fragment, document.anchors, this.suggestionBudget);
        const where = path === source ? 'this file' : path;
        return {
            status: 'broken',
            reason: 'missing-anchor',
            resolved: path,
            detail: `${where} has no heading or anchor #${fragment}`,
            ...(near === undefined ? {} : { suggestion: path === source ? `#${near}` : `${path}#${near}` }),
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

;// CONCATENATED MODULE: ./src/scanners/links/link-findings.ts
const EMPTY_TARGET = { status: 'broken', reason: 'empty-target', resolved: '', detail: 'the link has no target' };
/** One finding per broken link; call in report order so fingerprints count repeats consistently. */
function brokenLinkFinding(broken, fingerprints) {
    const { source, link, verdict } = broken;
    const ruleId = `links/${verdict.reason}`;
    const written = link.target === '' ? 'Broken link' : `Broken link \`${link.target}\``;
    const suggestion = verdict.suggestion === undefined ? '' : `; did you mean \`${verdict.suggestion}\`?`;
    return {
        path: source,
        line: link.line,
        column: link.column,
        ruleId,
        message: `${written}: ${verdict.detail}${suggestion}`,
        fingerprint: fingerprints.next(ruleId, source, link.target),
        reason: verdict.reason,
        target: link.target,
        resolved: verdict.resolved,
        ...(verdict.suggestion === undefined ? {} : { suggestion: verdict.suggestion }),
    };
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

;// CONCATENATED MODULE: ./src/scanners/links/link-scanner.ts












const GITMODULES = '.gitmodules';
/** The audited root's path inside the git work tree, with `/`; '' when it is the top level or unknown. */
function rootInRepository(context) {
    if (context.git.topLevel === undefined)
        return '';
    const path = (0,external_node_path_.relative)(context.git.topLevel, context.inventory.root).split(external_node_path_.sep).join('/');
    return path.startsWith('..') || (0,external_node_path_.isAbsolute)(path) ? '' : path;
}
function extensionOf(path) {
    const name = path.slice(path.lastIndexOf('/') + 1);
    const dot = name.lastIndexOf('.');
    return dot <= 0 ? '' : name.slice(dot + 1).toLowerCase();
}
/**
 * Collector, checkers, result, in the manner of lychee. `visit` parses each Markdown file once,
 * keeps its anchors, classifies its links and settles those that are plainly fine; `finish` hands
 * the rest to the local checker (paths and anchors indexed once) and external ones to the external
 * checker when there is one, and turns broken verdicts into findings.
 */
class LinkScanRun {
    context;
    options;
    settings;
    extensions;
    excluded;
    resolver;
    ignore;
    paths;
    localChecker;
    documents = new Map();
    tally = new LinkTally();
    broken = [];
    pending = [];
    external = [];
    lineCounts = new Map();
    filesScanned = 0;
    constructor(context, options) {
        this.context = context;
        this.options = options;
        const { git, inventory } = context;
        this.settings = context.options.scanners.links;
        this.extensions = new Set(this.settings.extensions);
        this.excluded = (0,path_globs/* pathMatcher */.k)(this.settings.exclude);
        this.resolver = new TargetResolver({
            rootInRepository: rootInRepository(context),
            roots: this.settings.roots,
            repository: sameRepository(git.repository, git.ref, git.commit),
        });
        this.ignore = new IgnorePatterns(this.settings.ignore);
        this.paths = new PathIndex(inventory.allPaths);
        this.localChecker = new LocalChecker({
            paths: this.paths,
            documents: this.documents,
            lineCount: (path) => this.lineCounts.get(path),
            checkAnchors: this.settings.checkAnchors,
            markdownExtensions: this.settings.extensions,
        });
    }
    wants(file) {
        return file.path === GITMODULES || this.extensions.has(extensionOf(file.path));
    }
    visit(file, text) {
        if (file.path === GITMODULES) {
            this.paths.addSubmodules(submodulePaths(text));
            return;
        }
        const wantLinks = !this.excluded(file.path);
        if (wantLinks)
            this.filesScanned++;
        const document = collectDocument(file.path, text, { wantLinks });
        // Only the anchors outlive the visit: other documents' links may point at them.
        this.documents.set(document.path, { path: document.path, anchors: document.anchors });
        this.classify(document);
    }
    classify(document) {
        const { tally, ignore } = this;
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
            const target = this.resolver.classify(link.target, document.path);
            switch (target.kind) {
                case 'skipped':
                    tally.skip(target.reason);
                    break;
                case 'external':
                    tally.external(target.host);
                    this.external.push({ source: document.path, link, target });
                    break;
                case 'empty':
                    tally.check();
                    this.broken.push({ source: document.path, link, verdict: EMPTY_TARGET });
                    break;
                case 'local': {
                    if (!ignore.isEmpty && ignore.matches(target.path)) {
                        tally.skip('ignored');
                        break;
                    }
                    const request = { source: document.path, link, target };
                    if (this.localChecker.isSettledOk(request))
                        tally.check();
                    else
                        this.pending.push(request);
                    break;
                }
            }
        }
    }
    async finish() {
        const { tally, broken } = this;
        this.lineCounts = new Map(this.context.inventory.files.map((file) => [file.path, file.lines]));
        const verdicts = await this.localChecker.check(this.pending);
        this.pending.forEach((request, index) => {
            const verdict = verdicts[index];
            if (verdict.status === 'skipped')
                tally.skip(verdict.reason);
            else
                tally.check();
            if (verdict.status === 'broken')
                broken.push({ source: request.source, link: request.link, verdict });
        });
        if (this.options.externalChecker && this.external.length > 0) {
            // External links stay counted under their host whatever the verdict; only broken ones add findings.
            const externalVerdicts = await this.options.externalChecker(this.context).check(this.external);
            this.external.forEach((request, index) => {
                const verdict = externalVerdicts[index];
                if (verdict.status === 'broken')
                    broken.push({ source: request.source, link: request.link, verdict });
            });
        }
        broken.sort((a, b) => (a.source < b.source ? -1 : a.source > b.source ? 1 : a.link.line - b.link.line || a.link.column - b.link.column));
        const fingerprints = new fingerprint/* FingerprintIndex */.n();
        const findings = broken.map((entry) => brokenLinkFinding(entry, fingerprints));
        return { brokenCount: findings.length, filesScanned: this.filesScanned, totals: tally.totals(), findings };
    }
}
function createLinkScanner(options = {}) {
    return { id: 'links', title: 'Links', start: (context) => new LinkScanRun(context, options) };
}
const linkScanner = createLinkScanner();


/***/ })

};
