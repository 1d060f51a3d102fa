/**
 * Property tests in memory (issue 18, part 5): random markdown bodies and frontmatter values
 * through the pure loader and the markdown pipeline. Nothing may crash, and whatever the check
 * lets through reaches the page as text, never as live HTML.
 */
import { join } from 'node:path';
import fc from 'fast-check';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { parseContent } from '../../src/lib/content/parse';
import { readContentDir } from '../../src/lib/content/read-dir';
import { renderMarkdown } from '../../src/lib/content/markdown';
import { pageModel } from '../../src/lib/pages/page';
import { translator } from '../../src/lib/i18n';
import { ROOT } from './helpers/check-content-cli';

const FIXTURE = readContentDir(join(ROOT, 'tests/fixtures/valid'));
const SEED = Number(process.env.FC_SEED ?? 20_261_201);
const RUNS = Number(process.env.FC_RUNS ?? 100);
const OPTIONS = { seed: SEED, numRuns: RUNS };

/** Pieces a careless or hostile editor might type, mixed with random text. */
const HOSTILE = [
	'<script>alert(1)</script>', '<style>*{}</style>', '<iframe src=x>', '<object data=x>', '<meta http-equiv="refresh" content="0;url=https://x">',
	'<base href="https://x/">', '<form action=x>', '<img src=x onerror=alert(1)>', '<a href="javascript:alert(1)">x</a>', '<svg onload=alert(1)>',
	'[x](javascript:alert(1))', '[x](JaVaScRiPt:alert(1))', '[x]( javascript:alert(1))', '[x](data:text/html,<script>alert(1)</script>)',
	'![x](data:image/svg+xml,<svg onload=alert(1)>)', '[x](/nb/)', '[x](/nb/niva-a/trinn-2)', '[x](https://example.org/)', '<https://example.org/>',
	'{@html "<script>alert(1)</script>"}', '{#if x}', '}', '{', '`<script>`', '```\n<script>alert(1)</script>\n```', '[kommune]', '[arkivsystem]',
	'&lt;script&gt;', '&#60;script&#62;', '\u0000', '\uFEFF', '\r\n', '\n\n', '---', '# ', '- ', '> ', '**', '_', '|', '\\', '"', "'", '§ 112'
];
const piece = fc.oneof(fc.constantFrom(...HOSTILE), fc.string({ maxLength: 12 }), fc.string({ unit: 'grapheme', maxLength: 8 }));
const body = fc.array(piece, { maxLength: 14 }).map((parts) => parts.join(''));

/** Live HTML in rendered output: an element or attribute that could run or send something. */
const DOCUMENT = new JSDOM('').window.document;

function liveHtml(html: string): string[] {
	const template = DOCUMENT.createElement('template');
	template.innerHTML = html;
	const found: string[] = [];
	for (const el of template.content.querySelectorAll('*')) {
		const tag = el.tagName.toLowerCase();
		if (['script', 'style', 'iframe', 'object', 'embed', 'meta', 'base', 'form', 'link', 'svg', 'img'].includes(tag)) found.push(`<${tag}>`);
		for (const attr of el.attributes) {
			if (attr.name.startsWith('on')) found.push(attr.name);
			if (['href', 'src', 'action', 'formaction'].includes(attr.name) && /^\s*(javascript|data|vbscript):/i.test(attr.value)) found.push(`${attr.name}=${attr.value}`);
		}
	}
	return found;
}

describe('content fuzzing in memory', { timeout: 120_000 }, () => {
	it('the live-HTML detector finds what it looks for', () => {
		expect(liveHtml('<p onclick="x"><script></script><a href=" javascript:x">a</a><a href="/nb/">b</a></p>')).toEqual(['onclick', '<script>', 'href= javascript:x']);
	});

	it('renderMarkdown never throws and never writes live HTML, whatever the body', () => {
		fc.assert(
			fc.property(body, (markdown) => {
				expect(liveHtml(renderMarkdown(markdown, '/base'))).toEqual([]);
			}),
			OPTIONS
		);
	});

	it('parseContent never throws on random bodies; what it accepts builds a page model with no live HTML', () => {
		let accepted = 0;
		fc.assert(
			fc.property(body, (markdown) => {
				const files = new Map(FIXTURE);
				files.set('nb/slutt.md', `${String(FIXTURE.get('nb/slutt.md'))}\n${markdown}\n`);
				const result = parseContent(files);
				if (!result.content) {
					expect(result.problems.length).toBeGreaterThan(0);
					return;
				}
				accepted++;
				const page = result.content.pages.nb.find((p) => p.file === 'nb/slutt.md');
				if (!page) throw new Error('page expected');
				const model = pageModel(result.content, page, renderMarkdown(page.body), translator('nb'));
				expect(liveHtml(model.bodyHtml)).toEqual([]);
			}),
			OPTIONS
		);
		expect(accepted).toBeGreaterThan(RUNS / 10); // the property is not only about refusals
	});

	it('nesting of any depth never crashes the check; what it accepts renders', () => {
		const opener = fc.constantFrom('> ', '- ', '1. ', '* ', '  - ');
		fc.assert(
			fc.property(fc.array(opener, { minLength: 1, maxLength: 4 }), fc.integer({ min: 0, max: 2500 }), (openers, depth) => {
				const markdown = `${Array.from({ length: depth }, (_, i) => openers[i % openers.length]).join('')}x`;
				const files = new Map(FIXTURE);
				files.set('nb/slutt.md', `${String(FIXTURE.get('nb/slutt.md'))}\n${markdown}\n`);
				const result = parseContent(files);
				if (!result.content) {
					expect(result.problems.map((p) => p.file)).toContain('nb/slutt.md');
					return;
				}
				expect(() => renderMarkdown(markdown)).not.toThrow();
			}),
			{ ...OPTIONS, numRuns: Math.min(RUNS, 25) }
		);
	});

	it('parseContent never throws on random frontmatter values, and every refusal names a file', () => {
		const value = fc.oneof(
			fc.string({ maxLength: 20 }),
			fc.constantFrom('[', ']', '{', '}', '&a', '*a', '!!js/function', '<script>', '|', '>', '- ', ': ', '#', '"', "'", '\t', '~', 'null', '0x1F', '1e400'),
			fc.integer().map(String)
		);
		const field = fc.constantFrom('id', 'kind', 'title', 'summary', 'step', 'level', 'what', 'how', 'question', 'next', 'outcome');
		fc.assert(
			fc.property(field, value, (key, v) => {
				const file = 'nb/niva-a/trinn-1.md';
				const text = String(FIXTURE.get(file));
				const files = new Map(FIXTURE);
				files.set(file, text.replace(new RegExp(`^(\\s*)(- )?${key}:.*$`, 'm'), `$1$2${key}: ${v}`));
				const result = parseContent(files);
				for (const problem of result.problems) expect(problem.file.length).toBeGreaterThan(0);
				expect(result.content === undefined).toBe(result.problems.length > 0);
			}),
			OPTIONS
		);
	});

	it('placeholder values never become live HTML', () => {
		fc.assert(
			fc.property(fc.array(fc.constantFrom(...HOSTILE), { maxLength: 4 }).map((p) => p.join('')), (name) => {
				const files = new Map(FIXTURE);
				files.set('kommune.yaml', String(FIXTURE.get('kommune.yaml')).replace('archiveSystem: Arkivo', `archiveSystem: ${JSON.stringify(name || 'x')}`));
				const result = parseContent(files);
				if (!result.content) return;
				const page = result.content.pages.nb.find((p) => p.file === 'nb/slutt.md');
				if (!page) throw new Error('page expected');
				const model = pageModel(result.content, page, renderMarkdown(page.body), translator('nb'));
				expect(liveHtml(model.bodyHtml)).toEqual([]);
			}),
			OPTIONS
		);
	});
});
