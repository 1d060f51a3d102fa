/**
 * Finds the Chromium the browser tests use. Playwright's own browser download does not work
 * on locked-down machines, so we drive the system's Chromium (Debian: `apt-get install chromium`).
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const CANDIDATES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'];

export function findChromium() {
	const fromEnv = process.env.CHROME_PATH;
	if (fromEnv && existsSync(fromEnv)) return fromEnv;
	for (const name of CANDIDATES) {
		try {
			const path = execFileSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' }).trim();
			if (path) return path;
		} catch {
			// not installed under this name
		}
	}
	return undefined;
}

/** Flags that keep Chromium from calling home (the test machine has no network). */
export const CHROMIUM_ARGS = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--disable-quic',
	'--no-first-run'
];
