// Measures the key derivation of the saved case file (src/lib/case-file/case-file.ts: PBKDF2-SHA-256,
// 600 000 iterations, 512 bits) in Chromium, with the CPU slowed 4× through the DevTools protocol
// (Emulation.setCPUThrottlingRate), as on a slow municipal PC. Usage: node scripts/bench/kdf-time.mjs [runs]
import { createServer } from 'node:http';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from '../browser.mjs';

const runs = Number(process.argv[2] ?? 5);
// localhost is a secure context, so crypto.subtle is there; the page itself is empty.
const server = createServer((_, res) => res.end('<!doctype html><title>kdf</title>')).listen(0, '127.0.0.1');
await new Promise((resolve) => server.once('listening', resolve));
const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
try {
	const page = await browser.newPage();
	await page.goto(`http://127.0.0.1:${port}/`);
	const cdp = await page.context().newCDPSession(page);
	for (const rate of [1, 4]) {
		await cdp.send('Emulation.setCPUThrottlingRate', { rate });
		const times = await page.evaluate(async (n) => {
			const out = [];
			for (let i = 0; i < n; i++) {
				const start = performance.now();
				const material = await crypto.subtle.importKey('raw', new TextEncoder().encode('fire hester i snø'), 'PBKDF2', false, ['deriveBits']);
				const salt = crypto.getRandomValues(new Uint8Array(16));
				await crypto.subtle.deriveBits({ name: 'PBKDF2', hash: 'SHA-256', salt, iterations: 600_000 }, material, 512);
				out.push(performance.now() - start);
			}
			return out;
		}, runs);
		const sorted = [...times].sort((a, b) => a - b);
		const median = sorted[Math.floor(sorted.length / 2)];
		console.log(`CPU ${rate}×: median ${median.toFixed(0)} ms, min ${sorted[0].toFixed(0)} ms, max ${sorted.at(-1).toFixed(0)} ms (${runs} runs)`);
	}
} finally {
	await browser.close();
	server.close();
}
