/**
 * A page's markdown body as HTML, once, at build time: remark parses it, rehype writes HTML.
 * Content is data, not code: raw HTML in the markdown is not passed through (remark-rehype
 * drops it), and rehype-sanitize keeps only GitHub's allow-list of elements and attributes.
 */
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import rehypeSanitize from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';

const processor = unified().use(remarkParse).use(remarkRehype).use(rehypeSanitize).use(rehypeStringify).freeze();

export function renderMarkdown(markdown: string): string {
	return String(processor.processSync(markdown)).trim();
}
