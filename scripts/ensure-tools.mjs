/**
 * Makes sure the programs the browser tests need are there: Chromium (drives the pages),
 * pdftotext from poppler-utils (reads back the printed note) and nginx (serves build/ with
 * deploy/nginx.conf; not needed for the smoke tests, E2E_SMOKE=1). Installs Debian's packages
 * when running as root with apt-get, or stops with one sentence saying what to install.
 */
import { execSync } from 'node:child_process';
import { findChromium } from './browser.mjs';

const smoke = process.env.E2E_SMOKE === '1';
const TOOLS = [
	{ name: 'Chromium', find: findChromium, debianPackage: 'chromium', hint: 'eller sett CHROME_PATH til en Chrome/Chromium' },
	{ name: 'pdftotext', find: () => (hasCommand('pdftotext') ? 'pdftotext' : undefined), debianPackage: 'poppler-utils', hint: '' },
	...(smoke ? [] : [{ name: 'nginx', find: () => ['nginx', '/usr/sbin/nginx'].find(hasCommand), debianPackage: 'nginx', hint: '' }])
];

const canInstall = process.getuid?.() === 0 && hasCommand('apt-get');
const missing = TOOLS.filter((tool) => !tool.find());
if (missing.length > 0 && canInstall) {
	const packages = missing.map((t) => t.debianPackage).join(' ');
	console.log(`Installerer det nettlesertestene trenger med apt-get: ${packages} …`);
	try {
		execSync(`apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ${packages}`, { stdio: 'inherit' });
	} catch {
		// reported below
	}
}

let ok = true;
for (const tool of TOOLS) {
	const found = tool.find();
	if (found) {
		console.log(`Nettlesertestene bruker ${tool.name}: ${found}`);
	} else {
		ok = false;
		console.error(
			`Nettlesertestene trenger ${tool.name}: installer den (Debian/Ubuntu: «sudo apt-get install ${tool.debianPackage}»)${tool.hint ? ` ${tool.hint}` : ''}, og kjør testene igjen.`
		);
	}
}
if (!ok) process.exit(1);

function hasCommand(name) {
	try {
		execSync(`command -v ${name}`, { stdio: 'ignore' });
		return true;
	} catch {
		return false;
	}
}
