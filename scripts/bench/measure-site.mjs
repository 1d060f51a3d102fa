/**
 * The set-up the measuring scripts share: Chromium driven by Playwright, with the flags of the
 * browser tests (bench.mjs, answer-step.mjs, long-tasks.mjs, js-sources.mjs), and, for the
 * scripts run on their own, the site built from the working tree (build-site.mjs) and served
 * with gzip (server.mjs). Playwright is loaded only when a browser is launched.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { CHROMIUM_ARGS, findChromium } from '../browser.mjs';
import { buildSite } from './build-site.mjs';
import { originOf, startGzipServer } from './server.mjs';

/**
 * The system's Chromium (browser.mjs), launched by Playwright.
 * @returns {Promise<import('playwright-core').Browser>}
 */
export async function launchChromium() {
	const { chromium } = await import('@playwright/test');
	return chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
}

/**
 * Builds the working tree into a temporary folder (or takes the built folder `dir`), serves it
 * with gzip on the first free port from 4400, launches Chromium and hands them to `measure`;
 * afterwards closes the browser and the server and deletes the temporary build.
 * @template T
 * @param {{ dir?: string, tmpPrefix: string, viteArgs?: string[], buildMessage?: string }} options
 *   `tmpPrefix` names the temporary folder; `viteArgs` and `buildMessage` are for the build
 * @param {(site: { out: string, origin: string, browser: import('playwright-core').Browser }) => Promise<T>} measure
 * @returns {Promise<T>}
 */
export async function withServedSite({ dir, tmpPrefix, viteArgs = [], buildMessage = 'Bygger …' }, measure) {
	const out = dir ? resolve(dir) : mkdtempSync(join(tmpdir(), tmpPrefix));
	try {
		if (!dir) {
			console.log(buildMessage);
			buildSite(out, viteArgs);
		}
		const server = await startGzipServer(out, 4400, { portRange: [4400, 4499] });
		try {
			const browser = await launchChromium();
			try {
				return await measure({ out, origin: originOf(server), browser });
			} finally {
				await browser.close();
			}
		} finally {
			server.close();
		}
	} finally {
		if (!dir) rmSync(out, { recursive: true, force: true });
	}
}
