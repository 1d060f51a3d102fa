import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { GuideContent } from '../../src/lib/content/guide-content';
import { formatProblem } from '../../src/lib/content/problems';
import { loadContent } from '../../src/lib/content/read-dir';
import { isReleaseBuild, releaseProblems } from '../../src/lib/content/release';

const ROOT = join(import.meta.dirname, '../..');
const content = loadContent(join(ROOT, 'content')).content as GuideContent;

describe('a release build (RELEASE=1)', () => {
	it('is on only for RELEASE=1', () => {
		expect(isReleaseBuild({ RELEASE: '1' })).toBe(true);
		expect(isReleaseBuild({})).toBe(false);
		expect(isReleaseBuild({ RELEASE: '0' })).toBe(false);
	});

	it('refuses every example phone number and link, naming the file and the field', () => {
		expect(releaseProblems(content).map((p) => formatProblem(p).split(';')[0])).toEqual([
			'kommune.yaml › contacts.0.number: telefonnummeret til «barnevernstjenesten» er et eksempel',
			'kommune.yaml › contacts.2.number: telefonnummeret til «barnevernvakt» er et eksempel',
			'kommune.yaml › logTool.url: lenken til loggverktøyet er et eksempel',
			'kommune.yaml › siteInfo.accessibilityStatement.url: lenken til tilgjengelighetserklæringen er et eksempel',
			'kommune.yaml › siteInfo.feedback.url: lenken for tilbakemelding er et eksempel',
			'kommune.yaml › reportForm.url: lenken til den skriftlige bekymringsmeldingen er et eksempel'
		]);
	});

	it('has nothing to refuse once the municipality has put in its own values', () => {
		const m = content.municipality;
		const own: GuideContent = {
			...content,
			municipality: {
				...m,
				contacts: m.contacts.map((c) => ({ ...c, example: false })),
				logTool: { ...m.logTool, example: false },
				...(m.siteInfo
					? {
							siteInfo: {
								...m.siteInfo,
								accessibilityStatement: { ...m.siteInfo.accessibilityStatement, example: false },
								feedback: { ...m.siteInfo.feedback, example: false }
							}
						}
					: {}),
				...(m.reportForm ? { reportForm: { ...m.reportForm, example: false } } : {})
			}
		};
		expect(releaseProblems(own)).toEqual([]);
	});

	it('makes `npm run check:content` (and so `npm run build`) fail with RELEASE=1, and pass without', { timeout: 30_000 }, () => {
		const run = (env: Record<string, string>) =>
			spawnSync(process.execPath, [join(ROOT, 'node_modules/tsx/dist/cli.mjs'), 'scripts/check-content.ts'], {
				cwd: ROOT,
				env: { ...process.env, CONTENT_DIR: 'content', RELEASE: '', ...env },
				encoding: 'utf8'
			});
		const release = run({ RELEASE: '1' });
		expect(release.status).toBe(1);
		expect(release.stderr).toContain('✗ kommune.yaml › contacts.0.number: telefonnummeret til «barnevernstjenesten» er et eksempel; en publisering (RELEASE=1)');
		expect(run({}).status).toBe(0);
	});
});

describe('resources without a link', () => {
	it('are listed as warnings by check:content, like example values', () => {
		const warnings = loadContent(join(ROOT, 'content')).warnings.map(formatProblem);
		expect(warnings).toContain('kommune.yaml › resources.2: ressursen «samtykkeskjema» har ingen lenke ennå (missing: true)');
		expect(warnings).toContain('kommune.yaml › resources.6: ressursen «mal-for-samtale» har ingen lenke ennå (missing: true)');
	});
});
