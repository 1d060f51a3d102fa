import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { expect, test as base } from '@playwright/test';
import { freePorts } from './servers';

/**
 * Serves build/ with a real nginx and the shipped sample configuration (deploy/nginx.conf),
 * and checks what a municipality gets when it copies that file: the recommended headers on
 * every response, long caching only for hashed files, gzip, 404s, and an app that still
 * hydrates and works in Chromium under that Content-Security-Policy.
 *
 * The server block is taken from deploy/nginx.conf as it is; only the lines marked
 * «# TEST: listen» and «# TEST: root» are replaced (a free local port, this build/ folder).
 */

const ROOT = join(import.meta.dirname, '../..');
const BUILD = join(ROOT, 'build');
const SHIPPED = join(ROOT, 'deploy/nginx.conf');
const EMBEDDING_SITE = 'https://www.eksempel.kommune.no';

/**
 * The header policy leaves scripts to each page's own <meta> policy (which allows SvelteKit's
 * start-up script by its hash): no default-src and no script-src here, so no 'unsafe-inline'.
 */
const CSP = {
	'style-src': "'self' 'unsafe-inline'",
	'img-src': "'self' data:",
	'connect-src': "'self'",
	'font-src': "'self'",
	'object-src': "'none'",
	'base-uri': "'self'",
	'form-action': "'self'"
};
/** The logo and favicon under /kommune/: pictures only, nothing runs even when opened directly. */
const KOMMUNE_CSP = { 'default-src': "'none'", 'style-src': "'unsafe-inline'", 'frame-ancestors': "'none'", sandbox: '' };
const DISABLED_FEATURES = ['camera', 'microphone', 'geolocation', 'payment', 'usb', 'interest-cohort'];

const hasEmbed = existsSync(join(BUILD, 'embed/nb/index.html'));
const hasEmbedScript = existsSync(join(BUILD, 'embed.js'));

// ---------------------------------------------------------------------------------------------
// Starting nginx
// ---------------------------------------------------------------------------------------------

interface Nginx {
	readonly origin: string;
	readonly version: string;
}

function findNginx(): string | undefined {
	const onPath = spawnSync('sh', ['-c', 'command -v nginx'], { encoding: 'utf8' }).stdout?.trim();
	if (onPath) return onPath;
	// Debian puts it in /usr/sbin, which is not on a normal user's PATH.
	return ['/usr/sbin/nginx', '/usr/local/sbin/nginx', '/usr/local/nginx/sbin/nginx'].find((path) => existsSync(path));
}

/** The server block from deploy/nginx.conf, listening on `port` and serving this build/. */
function shippedServerBlock(port: number): string {
	const counts = { listen: 0, root: 0 };
	const lines = readFileSync(SHIPPED, 'utf8')
		.split('\n')
		.flatMap((line) => {
			const marker = /#\s*TEST:\s*(\S+)\s*$/.exec(line)?.[1];
			if (!marker) return [line];
			if (marker !== 'listen' && marker !== 'root') {
				throw new Error(`deploy/nginx.conf has an unknown test marker «# TEST: ${marker}»`);
			}
			if (!new RegExp(`^\\s*${marker}\\s`).test(line)) {
				throw new Error(`deploy/nginx.conf marks a line that is not a ${marker} directive: ${line.trim()}`);
			}
			counts[marker]++;
			if (marker === 'root') return [`    root "${BUILD}";`];
			return counts.listen === 1 ? [`    listen 127.0.0.1:${port};`] : [];
		});
	if (counts.listen === 0 || counts.root !== 1) {
		throw new Error(
			`deploy/nginx.conf must mark its listen line(s) with «# TEST: listen» and its one root line with «# TEST: root» (found ${counts.listen} and ${counts.root})`
		);
	}
	return lines.join('\n');
}

/** nginx's own mime.types, next to its default nginx.conf (`nginx -V` names that). */
function mimeTypesOf(nginxVersionOutput: string): string {
	const confPath = /--conf-path=(\S+)/.exec(nginxVersionOutput)?.[1];
	const candidates = [confPath && join(dirname(confPath), 'mime.types'), '/etc/nginx/mime.types'];
	const found = candidates.find((path): path is string => !!path && existsSync(path));
	if (!found) throw new Error(`Found no mime.types for nginx (looked at ${candidates.filter(Boolean).join(', ')})`);
	return found;
}

async function waitUntilAnswering(origin: string, child: ChildProcess, errorLog: string): Promise<void> {
	const deadline = Date.now() + 10_000;
	while (Date.now() < deadline) {
		if (child.exitCode !== null) {
			throw new Error(`nginx stopped at once (exit code ${child.exitCode}):\n${readLog(errorLog)}`);
		}
		try {
			await fetch(`${origin}/`, { signal: AbortSignal.timeout(1_000) });
			return;
		} catch {
			await new Promise((done) => setTimeout(done, 50));
		}
	}
	throw new Error(`nginx did not answer on ${origin} within 10 s:\n${readLog(errorLog)}`);
}

function readLog(path: string): string {
	return existsSync(path) ? readFileSync(path, 'utf8') : '(no error log)';
}

/** One nginx per Playwright worker, stopped when the worker is done. */
const test = base.extend<object, { nginx: Nginx }>({
	nginx: [
		async ({}, use) => {
			const binary = findNginx();
			if (!binary) {
				throw new Error('nginx is not installed: install it (Debian/Ubuntu: «sudo apt-get install nginx») and run the tests again.');
			}
			if (!existsSync(join(BUILD, 'nb/index.html'))) throw new Error('build/ is missing: run «npm run build» first.');

			const versionOutput = spawnSync(binary, ['-V'], { encoding: 'utf8' }).stderr;
			const version = /nginx version: (\S+)/.exec(versionOutput)?.[1] ?? 'nginx (unknown version)';
			// Any free port, so that runs side by side never meet.
			const [port] = await freePorts(1);
			if (!port) throw new Error('Found no free port for nginx');
			const server = shippedServerBlock(port);
			const dir = mkdtempSync(join(tmpdir(), 'handlingsveileder-nginx-'));
			const conf = join(dir, 'nginx.conf');
			const errorLog = join(dir, 'error.log');
			writeFileSync(
				conf,
				`# Made by tests/e2e/nginx.spec.ts from deploy/nginx.conf
daemon off;
worker_processes 1;
pid ${dir}/nginx.pid;
error_log ${errorLog} warn;
${
	// As root, nginx would run its workers as «nobody», who may not be allowed to read build/.
	process.getuid?.() === 0 ? 'user root;' : ''
}
events {
    worker_connections 64;
}
http {
    include ${mimeTypesOf(versionOutput)};
    default_type application/octet-stream;
    access_log off;
    sendfile on;
    client_body_temp_path ${dir}/client_body;
    proxy_temp_path ${dir}/proxy;
    fastcgi_temp_path ${dir}/fastcgi;
    uwsgi_temp_path ${dir}/uwsgi;
    scgi_temp_path ${dir}/scgi;

${server}
}
`
			);
			const args = ['-p', `${dir}/`, '-c', conf, '-e', errorLog];

			const check = spawnSync(binary, ['-t', ...args], { encoding: 'utf8' });
			if (check.status !== 0) {
				const made = readFileSync(conf, 'utf8').split('\n');
				const lineNo = Number(/nginx\.conf:(\d+)/.exec(check.stderr)?.[1]);
				rmSync(dir, { recursive: true, force: true });
				throw new Error(
					`nginx -t rejects the configuration made from deploy/nginx.conf:\n${check.stderr}${lineNo ? `line ${lineNo}: ${made[lineNo - 1]?.trim()}` : ''}`
				);
			}

			const child = spawn(binary, args, { stdio: 'ignore' });
			const origin = `http://127.0.0.1:${port}`;
			try {
				await waitUntilAnswering(origin, child, errorLog);
				await use({ origin, version });
			} finally {
				if (child.exitCode === null) {
					const exited = new Promise((done) => child.once('exit', done));
					child.kill('SIGTERM');
					await Promise.race([exited, new Promise((done) => setTimeout(done, 5_000))]);
					if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
				}
				rmSync(dir, { recursive: true, force: true });
			}
		},
		{ scope: 'worker' }
	]
});

// ---------------------------------------------------------------------------------------------
// Checks
// ---------------------------------------------------------------------------------------------

function directives(policy: string | null): Record<string, string> {
	return Object.fromEntries(
		(policy ?? '')
			.split(';')
			.map((part) => part.trim().split(/\s+/))
			.filter((words) => words[0])
			.map(([name = '', ...values]) => [name.toLowerCase(), values.join(' ')])
	);
}

/** The headers deploy/nginx.conf promises on every response, error pages included. */
function expectSecurityHeaders(response: Response, path: string) {
	const embedded = /(^|\/)embed\//.test(path);
	const where = `${response.status} ${path}`;
	const policy = directives(response.headers.get('content-security-policy'));
	expect(policy['script-src'] ?? '', `no 'unsafe-inline' scripts on ${where}`).not.toContain('unsafe-inline');
	expect(policy, `Content-Security-Policy on ${where}`).toEqual(
		/(^|\/)kommune\//.test(path)
			? KOMMUNE_CSP
			: {
					...CSP,
					'frame-ancestors': embedded ? `'self' ${EMBEDDING_SITE}` : "'none'"
				}
	);
	expect(response.headers.get('referrer-policy'), `Referrer-Policy on ${where}`).toBe('no-referrer');
	expect(response.headers.get('x-content-type-options'), `X-Content-Type-Options on ${where}`).toBe('nosniff');

	const features = (response.headers.get('permissions-policy') ?? '').split(',').map((f) => f.trim());
	expect(features, `Permissions-Policy on ${where}`).toEqual(expect.arrayContaining(DISABLED_FEATURES.map((f) => `${f}=()`)));
	for (const feature of features) {
		expect(feature, `Permissions-Policy on ${where} allows nothing beyond the guide itself`).toMatch(/^[a-z-]+=\((self)?\)$/);
	}
}

function get(nginx: Nginx, path: string, init?: RequestInit) {
	return fetch(`${nginx.origin}${path}`, { redirect: 'manual', ...init });
}

const pages = ['/', '/nb/', '/nn/niva-0/trinn-1/', ...(hasEmbed ? ['/embed/nb/', '/embed/nn/niva-0/trinn-1/'] : [])];

test.describe('the sample nginx configuration (deploy/nginx.conf)', () => {
	test('pages: 200, HTML, every recommended header, and no caching without revalidation', async ({ nginx }) => {
		test.info().annotations.push({ type: 'nginx', description: nginx.version });
		if (!hasEmbed) test.info().annotations.push({ type: 'not checked', description: 'build/embed/ is missing: the /embed/ pages were not checked' });
		for (const path of pages) {
			const response = await get(nginx, path);
			expect(response.status, path).toBe(200);
			expect(response.headers.get('content-type'), path).toMatch(/^text\/html; charset=utf-8$/i);
			expectSecurityHeaders(response, path);
			expect(response.headers.get('cache-control'), path).toBe('no-cache');
			expect(await response.text(), path).toContain('<h1');
		}
	});

	test('an address without the trailing slash is redirected to the page', async ({ nginx }) => {
		for (const path of ['/nb/niva-1', '/nn/niva-0/trinn-1', ...(hasEmbed ? ['/embed/nb'] : [])]) {
			const response = await get(nginx, path);
			expect(response.status, path).toBe(301);
			expect(response.headers.get('location'), path).toBe(`${path}/`);
			expectSecurityHeaders(response, path);
		}
	});

	test('hashed assets: cached for a year as immutable, right type, gzip-compressed', async ({ nginx }) => {
		const html = readFileSync(join(BUILD, 'nb/index.html'), 'utf8');
		const refs = [...html.matchAll(/["']((?:\.{1,2}\/)*_app\/immutable\/[^"'?#\s]+\.(?:js|css))["']/g)].map((m) => m[1] ?? '');
		// The largest of each kind: files under gzip_min_length are rightly sent as they are.
		const largest = (ext: string) =>
			refs
				.filter((ref) => ref.endsWith(ext))
				.map((ref) => ({ ref, size: statSync(join(BUILD, 'nb', ref)).size }))
				.sort((a, b) => b.size - a.size)[0]?.ref;
		const js = largest('.js');
		const css = largest('.css');
		expect(js, 'build/nb/index.html refers to a hashed JavaScript file').toBeTruthy();
		expect(css, 'build/nb/index.html refers to a hashed CSS file').toBeTruthy();

		for (const [ref, type] of [
			[js!, /^(application|text)\/javascript\b/],
			[css!, /^text\/css\b/]
		] as const) {
			const path = new URL(ref, `${nginx.origin}/nb/`).pathname;
			const response = await get(nginx, path, { headers: { 'accept-encoding': 'gzip' } });
			expect(response.status, path).toBe(200);
			expect(response.headers.get('content-type'), path).toMatch(type);
			const cacheControl = response.headers.get('cache-control') ?? '';
			expect(cacheControl, path).toContain('immutable');
			expect(cacheControl, path).toContain('max-age=31536000');
			expect(response.headers.get('content-encoding'), `${path} with Accept-Encoding: gzip`).toBe('gzip');
			expect(response.headers.get('vary') ?? '', path).toMatch(/accept-encoding/i);
			expectSecurityHeaders(response, path);
			// fetch has unpacked it again: what arrives is the file itself.
			expect(await response.text(), path).toBe(readFileSync(join(BUILD, path), 'utf8'));
		}
	});

	test('files without a hash in their name are revalidated; embed.js is cached briefly', async ({ nginx }) => {
		const version = await get(nginx, '/_app/version.json');
		expect(version.status).toBe(200);
		expect(version.headers.get('cache-control')).toBe('no-cache');
		expectSecurityHeaders(version, '/_app/version.json');

		if (!hasEmbedScript) {
			test.info().annotations.push({ type: 'not checked', description: 'build/embed.js is missing: /embed.js was not checked' });
			return;
		}
		const script = await get(nginx, '/embed.js', { headers: { 'accept-encoding': 'gzip' } });
		expect(script.status).toBe(200);
		expect(script.headers.get('content-type')).toMatch(/^application\/javascript\b/);
		expect(script.headers.get('cache-control')).toBe('public, max-age=300');
		expect(script.headers.get('access-control-allow-origin')).toBeNull();
		expectSecurityHeaders(script, '/embed.js');
		expect(await script.text()).toBe(readFileSync(join(BUILD, 'embed.js'), 'utf8'));
	});

	test('a missing page or asset is a 404 with the headers, and is never cached as immutable', async ({ nginx }) => {
		for (const path of ['/nb/finnes-ikke/', '/finnes-ikke.html', '/_app/immutable/chunks/finnes-ikke.js', ...(hasEmbed ? ['/embed/nb/finnes-ikke/'] : [])]) {
			const response = await get(nginx, path);
			expect(response.status, path).toBe(404);
			expectSecurityHeaders(response, path);
			expect(response.headers.get('cache-control') ?? '', path).not.toContain('immutable');
		}
	});

	test('in Chromium the app hydrates and works with no policy violation', async ({ page, nginx }) => {
		const problems: string[] = [];
		page.on('console', (message) => {
			const text = message.text();
			if (/Content Security Policy|Permissions-Policy|Permissions Policy/i.test(text)) problems.push(`console: ${text}`);
		});
		page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
		await page.addInitScript(() => {
			document.addEventListener('securitypolicyviolation', (event) => {
				console.error(`Content Security Policy violation: ${event.violatedDirective} blocked ${event.blockedURI || '(inline)'}`);
			});
		});

		const response = await page.goto(`${nginx.origin}/nb/`);
		expect(response?.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
		await expect(page.locator('h1')).toHaveCount(1);
		await expect(page.locator('h1')).not.toBeEmpty();
		// The start page marks its question once the app has taken over (hydrated).
		await expect(page.locator('.question[data-enhanced="true"]')).toBeVisible();

		// The next page loads and its script takes over too, with the answer remembered.
		await page.locator('.question a[data-answer="nei"]').click();
		await expect(page).toHaveURL(`${nginx.origin}/nb/tjeneste/`);
		await expect(page.locator('h1')).not.toBeEmpty();
		await expect(page.locator('.question[data-enhanced="true"]')).toBeVisible();
		await expect(page.locator('details.trail')).toHaveCount(1);

		expect(problems).toEqual([]);
	});

	test('in Chromium /embed/ pages may be framed by the guide itself, other pages by nobody', async ({ page, nginx }) => {
		if (!hasEmbed) {
			test.info().annotations.push({ type: 'not checked', description: 'build/embed/ is missing: framing was not checked' });
			return;
		}
		await page.goto(`${nginx.origin}/nb/ordliste/`);
		const frameOf = async (path: string) => {
			await page.evaluate((src) => {
				const frame = document.createElement('iframe');
				frame.src = src;
				frame.title = src;
				document.body.append(frame);
			}, path);
			const handle = await page.locator(`iframe[title="${path}"]`).elementHandle();
			return (await handle?.contentFrame())!;
		};
		const embedded = await frameOf('/embed/nb/');
		await expect(embedded.locator('h1')).not.toBeEmpty();
		expect(embedded.url()).toBe(`${nginx.origin}/embed/nb/`);
		const refused = await frameOf('/nb/oversikt/');
		// Chromium shows its own error page in a frame that frame-ancestors refuses.
		await expect.poll(() => refused.url()).toMatch(/^chrome-error:/);
	});
	test('the header allows no inline script: a page\'s own <meta> policy still blocks an injected one', async ({ page, nginx }) => {
		const response = await page.goto(`${nginx.origin}/nb/`);
		expect(directives(response?.headers()['content-security-policy'] ?? null)['script-src']).toBeUndefined();
		// The page's start-up script ran (it is allowed by its hash in the page's own policy) …
		await expect(page.locator('.question[data-enhanced="true"]')).toBeVisible();
		// … but a script injected into the page does not.
		const outcome = await page.evaluate(async () => {
			const blocked = new Promise<string>((done) => document.addEventListener('securitypolicyviolation', (e) => done(e.violatedDirective), { once: true }));
			const script = document.createElement('script');
			script.textContent = 'window.injectedRan = true;';
			document.body.append(script);
			const directive = await Promise.race([blocked, new Promise<string>((done) => setTimeout(() => done('none'), 2_000))]);
			return { ran: (window as unknown as { injectedRan?: boolean }).injectedRan === true, directive };
		});
		expect(outcome).toEqual({ ran: false, directive: 'script-src-elem' });
	});

	test('/kommune/: a strict policy and nosniff; an SVG with a script opened directly does not run', async ({ page, nginx }) => {
		const name = `test-script-${process.pid.toString()}-${test.info().workerIndex.toString()}.svg`;
		const file = join(BUILD, 'kommune', name);
		mkdirSync(dirname(file), { recursive: true });
		writeFileSync(
			file,
			'<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10" onload="window.ranOnload = true"><script>window.ranScript = true; sessionStorage.setItem("stolen", "1");</script><rect width="10" height="10"/></svg>'
		);
		try {
			await page.goto(`${nginx.origin}/kommune/${name}`);
			await page.waitForTimeout(300);
			const ran = await page.evaluate(() => {
				const w = window as unknown as { ranScript?: boolean; ranOnload?: boolean };
				return { script: w.ranScript === true, onload: w.ranOnload === true };
			});
			expect(ran).toEqual({ script: false, onload: false });
			const response = await get(nginx, `/kommune/${name}`);
			expect(response.status).toBe(200);
			expect(response.headers.get('content-type')).toMatch(/^image\/svg\+xml/);
			expectSecurityHeaders(response, `/kommune/${name}`);
			for (const shipped of ['logo.svg', 'favicon.svg'].filter((f) => existsSync(join(BUILD, 'kommune', f)))) {
				expectSecurityHeaders(await get(nginx, `/kommune/${shipped}`), `/kommune/${shipped}`);
			}
		} finally {
			rmSync(file, { force: true });
		}
	});
});
