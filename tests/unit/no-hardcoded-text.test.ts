/**
 * Components render UI strings (src/lib/i18n/locales) and text from content only. This scans every
 * Svelte file's markup (scripts, styles, tags, attributes with expressions and {…} removed)
 * for leftover words: any word there would be hard-coded, untranslated text.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = join(import.meta.dirname, '../../src');

function svelteFiles(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const full = join(dir, entry.name);
		if (entry.isDirectory()) return svelteFiles(full);
		return entry.name.endsWith('.svelte') ? [full] : [];
	});
}

/** Visible text and the attributes people read (aria-label, title, alt, placeholder). */
function visibleText(source: string): string[] {
	const markup = source
		.replace(/<script[\s\S]*?<\/script>/g, ' ')
		.replace(/<style[\s\S]*?<\/style>/g, ' ')
		.replace(/<!--[\s\S]*?-->/g, ' ');
	const readAttributes = [...markup.matchAll(/\s(?:aria-label|title|alt|placeholder)="([^"{]*)"/g)].map((m) => m[1] ?? '');
	let text = markup;
	// Remove {expressions} from the inside out (they may nest: {t('x', { count })}).
	for (let previous = ''; previous !== text; ) [previous, text] = [text, text.replace(/\{[^{}]*\}/g, ' ')];
	text = text
		.replace(/<[^>]*>/g, ' ')
		.replace(/&[a-z]+;|[→←✓–·():]/g, ' ');
	return [...readAttributes, ...text.split(/\s+/)].filter((t) => /\p{L}/u.test(t));
}

describe('components', () => {
	const files = svelteFiles(SRC);

	it('are found', () => {
		expect(files.length).toBeGreaterThan(10);
	});

	for (const file of files) {
		it(`${file.slice(SRC.length + 1)} has no hard-coded text`, () => {
			expect(visibleText(readFileSync(file, 'utf8'))).toEqual([]);
		});
	}
});
