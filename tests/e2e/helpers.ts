import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

const BUILD = join(import.meta.dirname, '../../build');
const CONTENT = join(import.meta.dirname, '../../content');

/** Every prerendered page, as a URL path with a trailing slash (`/nb/niva-1/trinn-2/`). */
export function builtPages(): string[] {
	const found: string[] = [];
	const walk = (dir: string) => {
		for (const name of readdirSync(dir)) {
			const full = join(dir, name);
			if (statSync(full).isDirectory()) {
				if (name !== '_app') walk(full);
			} else if (name === 'index.html') {
				const rel = relative(BUILD, dir);
				found.push(rel ? `/${rel}/` : '/');
			}
		}
	};
	walk(BUILD);
	return found.sort();
}

/**
 * The kind of a page of the default guide (`kind:` in its file in content/, such as `step` or
 * `note`), from its address (`/nb/niva-1/trinn-2/` → content/nb/niva-1/trinn-2.md).
 */
export function contentKind(path: string): string | undefined {
	const [, lang, rest = ''] = /^\/(nb|nn)\/(.*?)\/?$/.exec(path) ?? [];
	if (!lang) return undefined;
	const candidates = rest ? [join(CONTENT, lang, `${rest}.md`), join(CONTENT, lang, rest, 'index.md')] : [join(CONTENT, lang, 'index.md')];
	const file = candidates.find((candidate) => existsSync(candidate));
	// The print pages are made from the levels, not from a file of their own (pages/print-paths.ts).
	if (!file) return /(^|\/)skriv-ut(-[a-z0-9-]+)?$/.test(rest) ? 'print' : undefined;
	const frontMatter = /^---\r?\n([\s\S]*?)\r?\n---/.exec(readFileSync(file, 'utf8'))?.[1] ?? '';
	return /^kind:\s*(\S+)/m.exec(frontMatter)?.[1];
}

/**
 * One page of each kind in each language: the first in sorted order. A page whose kind cannot
 * be read counts as a kind of its own, so that it is picked rather than left out.
 */
export function onePagePerKind(paths: readonly string[]): string[] {
	const picked = new Map<string, string>();
	for (const path of [...paths].sort()) {
		const lang = /^\/(nb|nn)\//.exec(path)?.[1] ?? '';
		const key = `${lang} ${contentKind(path) ?? path}`;
		if (!picked.has(key)) picked.set(key, path);
	}
	return [...picked.values()].sort();
}

/** Runs every axe-core rule and fails with a readable list of what is wrong. */
export async function expectNoAxeViolations(page: Page): Promise<void> {
	// Legacy mode runs axe in the page itself instead of finishing in an extra blank page:
	// about a third faster, and the guide's pages have no cross-origin frames to combine.
	const results = await new AxeBuilder({ page }).setLegacyMode(true).analyze();
	const summary = results.violations.map(
		(v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`
	);
	expect(summary, `axe violations on ${page.url()}`).toEqual([]);
}

/** Presses Tab until the focused element matches, like a keyboard user would. */
export async function tabTo(page: Page, matches: (el: { text: string; href: string | null }) => boolean, max = 80) {
	for (let i = 0; i < max; i++) {
		await page.keyboard.press('Tab');
		const focused = await page.evaluate(() => {
			const el = document.activeElement as HTMLElement | null;
			return { text: el?.innerText?.trim() ?? '', href: el?.getAttribute('href') ?? null };
		});
		if (matches(focused)) return focused;
	}
	throw new Error(`Tabbed ${max} times without reaching the element on ${page.url()}`);
}

/** Follows answers by clicking their links, checking each page it lands on. */
export async function followAnswers(page: Page, lang: string, steps: readonly (readonly [string, string])[]) {
	for (const [answerId, path] of steps) {
		await page.locator(`.question a[data-answer="${answerId}"]`).click();
		await expect(page).toHaveURL(new RegExp(`/${lang}/${path}/$`));
	}
}

/** From the start page to Nivå 0 trinn 1 (no safety concern), with the question's script running. */
export async function startCase(page: Page, lang: string, service: string, caseType: string) {
	await page.goto(`/${lang}/`);
	await expect(page.locator('.question[data-enhanced="true"]')).toBeVisible();
	await followAnswers(page, lang, [
		['nei', 'tjeneste'],
		[service, 'sakstype'],
		[caseType, 'niva-0/trinn-1']
	]);
}

/** A school case of the type «annet». */
export const startSchoolCase = (page: Page, lang: string) => startCase(page, lang, 'skole', 'annet');

/** Prints the page as Chromium's «Save as PDF» would and returns the text of each page (pdftotext -layout). */
export async function printedPages(page: Page): Promise<string[]> {
	await page.emulateMedia({ media: 'print' });
	const file = join(mkdtempSync(join(tmpdir(), 'hv-pdf-')), 'utskrift.pdf');
	writeFileSync(file, await page.pdf({ preferCSSPageSize: true }));
	await page.emulateMedia({ media: 'screen' });
	const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
	// pdftotext ends every page with a form feed.
	return text.split('\f').filter((p) => p.trim() !== '');
}

/** Text with every run of white space as one space. */
export const oneLine = (text: string) => text.replace(/\s+/g, ' ');
