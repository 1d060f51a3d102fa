/**
 * A page's markdown body as HTML, once, at build time: remark parses it, rehype writes HTML.
 * Content is data, not code: raw HTML in the markdown is not passed through (remark-rehype
 * drops it; check:content refuses it with the line, validate-body.ts), and rehype-sanitize
 * keeps only GitHub's allow-list of elements and attributes. A link to a page of the guide
 * (`/nb/niva-0/trinn-1`) gets the site's base path and its trailing slash.
 */
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import rehypeSanitize from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import type { Nodes, Root } from 'hast';
import { sitePathOf } from './validate-body';

function internalLinks(base: string) {
	const rewrite = (node: Nodes) => {
		if (node.type === 'element' && node.tagName === 'a' && typeof node.properties.href === 'string') {
			const href = node.properties.href;
			const path = href.startsWith('/') && !href.startsWith('//') ? sitePathOf(href) : undefined;
			if (path) node.properties.href = `${base}${path}${/#.*$/.exec(href)?.[0] ?? ''}`;
		}
		if ('children' in node) node.children.forEach(rewrite);
	};
	return () => (tree: Root) => {
		rewrite(tree);
	};
}

/**
 * Moves every heading `offset` levels down (`##` → h4 with offset 2, at most h6): a page that
 * prints many pages' bodies under its own headings keeps one outline.
 */
function shiftHeadings(offset: number) {
	const shift = (node: Nodes) => {
		const level = node.type === 'element' ? /^h([1-6])$/.exec(node.tagName)?.[1] : undefined;
		if (node.type === 'element' && level) node.tagName = `h${Math.min(6, Number(level) + offset)}`;
		if ('children' in node) node.children.forEach(shift);
	};
	return () => (tree: Root) => {
		if (offset > 0) shift(tree);
	};
}

const processors = new Map<string, ReturnType<typeof makeProcessor>>();

function makeProcessor(base: string, headingOffset: number) {
	return unified()
		.use(remarkParse)
		.use(remarkRehype)
		.use(rehypeSanitize)
		.use(internalLinks(base))
		.use(shiftHeadings(headingOffset))
		.use(rehypeStringify)
		.freeze();
}

export function renderMarkdown(markdown: string, base = '', headingOffset = 0): string {
	const key = `${headingOffset} ${base}`;
	let processor = processors.get(key);
	if (!processor) {
		processor = makeProcessor(base, headingOffset);
		processors.set(key, processor);
	}
	return String(processor.processSync(markdown)).trim();
}
