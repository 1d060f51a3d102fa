/**
 * Makes sure a Chromium is available for the browser tests: uses the one installed, installs
 * Debian's package when running as root with apt-get, or stops with one sentence saying what to do.
 */
import { execSync } from 'node:child_process';
import { findChromium } from './browser.mjs';

let path = findChromium();
if (!path) {
	const canInstall = process.getuid?.() === 0 && hasCommand('apt-get');
	if (canInstall) {
		console.log('Fant ingen Chromium – installerer Debian-pakken «chromium» med apt-get …');
		try {
			execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium', {
				stdio: 'inherit'
			});
		} catch {
			// reported below
		}
		path = findChromium();
	}
}
if (!path) {
	console.error(
		'Nettlesertestene trenger Chromium: installer den (Debian/Ubuntu: «sudo apt-get install chromium») eller sett CHROME_PATH til en Chrome/Chromium, og kjør testene igjen.'
	);
	process.exit(1);
}
console.log(`Nettlesertestene bruker ${path}`);

function hasCommand(name) {
	try {
		execSync(`command -v ${name}`, { stdio: 'ignore' });
		return true;
	} catch {
		return false;
	}
}
