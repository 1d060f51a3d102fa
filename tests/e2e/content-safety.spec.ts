import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from './fixtures';
import type { Page } from '@playwright/test';
import { expectNoAxeViolations } from './helpers';
import { freePorts } from './servers';
import { readContentDir } from '../../src/lib/content/read-dir';
import { MUTATIONS, type Files } from '../fixtures/content-mutations';
import { writeFiles } from '../fixtures/content-mutations-edit';

/**
 * Content that can't hurt, in a real build (issue 18). A small content folder full of things a
 * careless or hostile editor might write and check:content accepts (Svelte syntax, a fenced
 * <script>, an HTML comment, links inside the guide, a placeholder value that looks like HTML, no
 * logo at all, text that looks like template or replacement syntax, U+2028, quotes nested just
 * under the limit, a title with </script>, an empty body), and every mutation the table in
 * tests/fixtures/content-mutations.ts accepts (made safe or warned, on nb/sakstype.md and
 * kommune.yaml), is checked and built with CONTENT_DIR/BUILD_DIR, then served and opened. Not
 * @smoke: it builds once, in this file's one worker.
 */
const ROOT = join(import.meta.dirname, '../..');
let WORK = '';
let OUT = '';
let MARKER = '';

const body = () => `
Les [trinn 2](/nb/niva-a/trinn-2) eller gå til [start](/nb/). [Skriv ut nivå A](/nb/niva-a/skriv-ut/).

{require('node:fs').writeFileSync(${JSON.stringify(MARKER)}, 'svelte')} {@html x} {#if true}ja{/if}

<!-- <script>require('node:fs').writeFileSync(${JSON.stringify(MARKER)}, 'comment')</script> -->

\`\`\`html
<script>require('node:fs').writeFileSync(${JSON.stringify(MARKER)}, 'code')</script>
\`\`\`

## Bare en mellomtittel

Som tekst: <\\/script> $' $& $$ %sveltekit.body% %sveltekit.head% &#0; &lt;b&gt; \u2028 \u2029 ‮ | a | b | [neste trinn, med spørring](/nb/niva-a/trinn-2/?fra=slutt)

${'> '.repeat(38)}dypt sitat, like under grensen
`;

/** Odd but accepted frontmatter values: what the page's <title> and its serialized data must carry as text. */
const ODD_TITLE = 'Avsluttet </script> %sveltekit.head% $\' \u2028 [kommune]';

const HOSTILE_NAME = `<img src=x onerror="document.title='pwned'"> & Co`;

let server: ChildProcess | undefined;
let origin = '';
const steps: { step: string; status: number | null; output: string }[] = [];

/** Elements and attributes from the refused list on the page: in the body text any of them, elsewhere those that run or leave. */
const refusedOn = (page: Page) =>
	page.evaluate(() => {
		const refused: string[] = [];
		const main = document.querySelector('main');
		for (const el of main?.querySelectorAll('script, style, iframe, object, embed, meta, base, form, img, svg') ?? []) refused.push(`main <${el.tagName.toLowerCase()}>`);
		for (const el of document.querySelectorAll('iframe, object, embed, base, meta[http-equiv="refresh"]')) refused.push(`<${el.tagName.toLowerCase()}>`);
		for (const el of document.querySelectorAll('*')) {
			for (const attr of el.attributes) {
				if (attr.name.startsWith('on')) refused.push(`${el.tagName.toLowerCase()} ${attr.name}`);
				if (['href', 'src', 'action'].includes(attr.name) && /^\s*(javascript|data|vbscript):/i.test(attr.value)) refused.push(`${attr.name}=${attr.value.slice(0, 30)}`);
			}
		}
		return refused;
	});

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
	test.setTimeout(300_000);
	WORK = mkdtempSync(join(tmpdir(), 'hv-content-safety-'));
	OUT = join(WORK, 'build');
	MARKER = join(WORK, 'written-by-content');
	const CONTENT = join(WORK, 'content');
	const files: Files = new Map(readContentDir(join(ROOT, 'tests/fixtures/valid')));
	for (const mutation of MUTATIONS) if (mutation.outcome.kind !== 'refused' && !mutation.disk) mutation.apply?.(files);
	writeFiles(files, CONTENT);
	const page = join(CONTENT, 'nb/slutt.md');
	writeFileSync(page, `${readFileSync(page, 'utf8')}${body()}`);
	writeFileSync(page, readFileSync(page, 'utf8').replace('title: Avsluttet', () => `title: ${JSON.stringify(ODD_TITLE)}`));
	// An empty body: the nynorsk ending is frontmatter only.
	const nn = join(CONTENT, 'nn/slutt.md');
	writeFileSync(nn, readFileSync(nn, 'utf8').replace(/---\r?\n[^]*$/, (m) => m.slice(0, m.indexOf('\n---') + 5)));
	const municipality = join(CONTENT, 'kommune.yaml');
	writeFileSync(municipality, readFileSync(municipality, 'utf8').replace(/^archiveSystem: .*$/m, () => `archiveSystem: ${JSON.stringify(HOSTILE_NAME)}`));
	const env = { ...process.env, CONTENT_DIR: CONTENT, BUILD_DIR: OUT };
	for (const [step, args] of [
		['check:content', [join(ROOT, 'node_modules/tsx/dist/cli.mjs'), 'scripts/check-content.ts']],
		['vite build', [join(ROOT, 'node_modules/vite/bin/vite.js'), 'build']]
	] as const) {
		const result = spawnSync(process.execPath, [...args], { cwd: ROOT, env, encoding: 'utf8' });
		steps.push({ step, status: result.status, output: `${result.stdout}${result.stderr}`.slice(-3000) });
		if (result.status !== 0) return;
	}
	const [port] = await freePorts(1);
	origin = `http://127.0.0.1:${String(port)}`;
	server = spawn(process.execPath, ['scripts/serve.mjs', OUT, String(port)], { cwd: ROOT, stdio: 'ignore' });
	for (let i = 0; i < 100; i++) {
		try {
			await fetch(`${origin}/nb/`);
			return;
		} catch {
			await new Promise((done) => setTimeout(done, 100));
		}
	}
});

test.afterAll(() => {
	server?.kill('SIGTERM');
	if (WORK) rmSync(WORK, { recursive: true, force: true });
});

test('check:content says OK and the build succeeds: accepted content cannot break the build', () => {
	expect(steps.map(({ step, status }) => ({ step, status })), steps.map((s) => s.output).join('\n')).toEqual([
		{ step: 'check:content', status: 0 },
		{ step: 'vite build', status: 0 }
	]);
	expect(steps[0]?.output).toContain('OK (');
});

test('the build never runs code from content: nothing the body would write was written', () => {
	expect(existsSync(join(OUT, 'nb/slutt/index.html'))).toBe(true);
	expect(existsSync(MARKER)).toBe(false);
});

test('the built page holds no refused element or attribute, and shows the hostile text as text', async ({ page }) => {
	await page.goto(`${origin}/nb/slutt/`);
	const prose = page.locator('main .prose');
	await expect(prose).toContainText("{require('node:fs').writeFileSync(");
	await expect(prose.locator('pre code')).toContainText("<script>require('node:fs')");
	await expect(page.locator('main')).toContainText(HOSTILE_NAME);
	await expect(prose).toContainText("</script> $' $& $$ %sveltekit.body% %sveltekit.head%");
	await expect(prose.locator('blockquote')).toHaveCount(38);
	expect(await page.title()).toContain('Avsluttet </script> %sveltekit.head% $\'');
	expect(await refusedOn(page)).toEqual([]);
	expect(await page.title()).not.toBe('pwned');
	await expectNoAxeViolations(page);
});

test('a link to a page of the guide in a body works', async ({ page }) => {
	await page.goto(`${origin}/nb/slutt/`);
	const link = page.locator('main .prose a', { hasText: 'trinn 2' });
	await expect(link).toHaveAttribute('href', '/nb/niva-a/trinn-2/');
	await link.click();
	await expect(page).toHaveURL(`${origin}/nb/niva-a/trinn-2/`);
	await expect(page.locator('h1')).not.toBeEmpty();
});

test('every mutation the table accepts is shown as text: no refused element or attribute on /nb/sakstype/', async ({ page }) => {
	await page.goto(`${origin}/nb/sakstype/`);
	const prose = page.locator('main .prose');
	await expect(prose).toContainText('{#if true}ja{/if}');
	await expect(prose.locator('a[href="/nb/skriv-ut/"]')).toHaveCount(1);
	expect(await refusedOn(page)).toEqual([]);
	await expectNoAxeViolations(page);
});
