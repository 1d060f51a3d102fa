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

const processors = new Map<string, ReturnType<typeof makeProcessor>>();

function makeProcessor(base: string) {
	return unified().use(remarkParse).use(remarkRehype).use(rehypeSanitize).use(internalLinks(base)).use(rehypeStringify).freeze();
}

export function renderMarkdown(markdown: string, base = ''): string {
	let processor = processors.get(base);
	if (!processor) {
		processor = makeProcessor(base);
		processors.set(base, processor);
	}
	return String(processor.processSync(markdown)).trim();
}
