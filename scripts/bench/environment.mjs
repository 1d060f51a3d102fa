/**
 * Where the numbers of `npm run bench` come from, for reports/bench.json and bench.md: the
 * source (git commit) and the machine.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { cpus, loadavg, release, type } from 'node:os';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findChromium } from '../browser.mjs';

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/**
 * `loadAverage.end` is filled in when the bench ends; `chromium` is null when the version could
 * not be read.
 * @typedef {{
 *   cores: number,
 *   cpuModel: string | null,
 *   os: string,
 *   chromium: string | null,
 *   loadAverage: { start: number, end: number | null }
 * }} Machine
 */

/**
 * Which source the working copy was taken from (read-only git commands; no git is fine).
 * @returns {{ commit: string, uncommittedFiles: number } | null}
 */
export function sourceVersion() {
	try {
		const git = (/** @type {string[]} */ ...a) => execFileSync('git', a, { cwd: REPO, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
		return { commit: git('rev-parse', '--short', 'HEAD'), uncommittedFiles: git('status', '--porcelain').split('\n').filter(Boolean).length };
	} catch {
		return null;
	}
}

/**
 * The machine the numbers come from.
 * @returns {Machine}
 */
export function machine() {
	const cpuList = cpus();
	let os = `${type()} ${release()}`;
	try {
		os = readFileSync('/etc/os-release', 'utf8').match(/^PRETTY_NAME="?([^"\n]+)"?/m)?.[1] ?? os;
	} catch {
		// not Linux, or no os-release
	}
	let chromium = null;
	try {
		const path = findChromium();
		if (path) chromium = execFileSync(path, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim().replace(/ built on .*/, '');
	} catch {
		// printed as unknown
	}
	return { cores: cpuList.length, cpuModel: cpuList[0]?.model?.trim() ?? null, os, chromium, loadAverage: { start: loadavg()[0] ?? 0, end: null } };
}
