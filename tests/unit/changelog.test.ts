/** The change log page («Hva er endret») and the version the footer shows (kommune.yaml › siteInfo). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/lib/content/read-dir';
import { changeEntriesSchema, changelogProblems } from '../../src/lib/site-info/changelog';
import { siteInfo as info } from '../fixtures/site-info';
import { VALID, brokenFixture, problemsOf, type Editor } from './helpers/content-fixture';

// The footer shows version 1.2, revised 2026-01-15.
const entries = changeEntriesSchema.parse([
	{ version: '1.2', date: '2026-01-15', changes: ['Ny side om frister.'] },
	{ version: '1.1', date: '2025-06-01', changes: ['Første versjon.'] }
]);

describe('the change log', () => {
	it('accepts versions newest first, the newest being the version and date the footer shows', () => {
		expect(changelogProblems(entries, info)).toEqual([]);
	});

	it('names the entry that is out of order and the version that stands twice', () => {
		const [newest, older] = entries;
		expect(changelogProblems([older!, { ...newest!, version: '1.1' }], undefined)).toEqual([
			{ field: 'entries.1.date', message: 'versjonene må stå med den nyeste først: 2026-01-15 står under 2025-06-01' },
			{ field: 'entries.1.version', message: 'versjon 1.1 står også i entries.0' }
		]);
	});

	it('refuses a newest version or date the footer does not show', () => {
		const problems = changelogProblems(entries, { ...info, version: '1.3', revised: '2027-01-05' });
		expect(problems.map((p) => p.field)).toEqual(['entries.0.version', 'entries.0.date']);
		expect(problems[0]?.message).toContain('bunnteksten viser versjon 1.3 (kommune.yaml › siteInfo.version)');
		expect(problems[1]?.message).toContain('kommune.yaml › siteInfo.revised (2027-01-05)');
	});

	it('rejects a date that does not exist and a version without points', () => {
		const bad = changeEntriesSchema.safeParse([{ version: '1.0', date: '2026-02-30', changes: [] }]);
		expect(bad.success).toBe(false);
		expect(bad.error?.issues.map((i) => i.path.join('.'))).toEqual(['0.date', '0.changes']);
	});
});

const SITE_INFO = `siteInfo:
  revised: "2026-12-01"
  version: "1.0"
  nextReview: "2099-01-01"
  accessibilityStatement:
    url: https://uustatus.no/nb/erklaringer/publisert/testvik
  feedback:
    url: mailto:post@testvik.no
`;
const changesPage = (title: string, version = '1.0', points = ['Første versjon.']) => `---
id: endringer
kind: changes
title: ${title}
summary: Det som er nytt.
entries:
  - version: "${version}"
    date: "2026-12-01"
    changes:
${points.map((p) => `      - ${p}`).join('\n')}
---
`;
const withSiteInfo = (e: Editor) => e.write('kommune.yaml', `${readFileSync(join(VALID, 'kommune.yaml'), 'utf8')}${SITE_INFO}`);

describe('check:content and the change log page', () => {
	it('loads a change log in both languages that matches siteInfo', () => {
		const dir = brokenFixture((e) => {
			withSiteInfo(e);
			e.write('nb/endringer.md', changesPage('Hva er endret'));
			e.write('nn/endringer.md', changesPage('Kva er endra'));
		});
		const result = loadContent(dir);
		expect(result.problems).toEqual([]);
		expect(result.content?.pages.nn.find((p) => p.frontmatter.kind === 'changes')?.path).toBe('endringer');
	});

	it('requires the page in each language once the footer shows a version', () => {
		const problems = problemsOf(brokenFixture(withSiteInfo));
		for (const lang of ['nb', 'nn']) {
			expect(problems).toContain(
				`${lang}/: mangler en side med kind: changes («Hva er endret»): bunnteksten viser versjonen fra kommune.yaml › siteInfo og lenker dit`
			);
		}
	});

	it('names the file when its newest version is not the footer’s, and when the languages differ', () => {
		const problems = problemsOf(
			brokenFixture((e) => {
				withSiteInfo(e);
				e.write('nb/endringer.md', changesPage('Hva er endret', '0.9'));
				e.write('nn/endringer.md', changesPage('Kva er endra', '0.9', ['Første versjon.', 'Eit punkt til.']));
			})
		);
		expect(problems).toContainEqual(expect.stringMatching(/^nb\/endringer\.md › entries\.0\.version: den nyeste versjonen her er 0\.9, men bunnteksten viser versjon 1\.0/));
		expect(problems).toContain('nn/endringer.md › entries (version, date og antall punkter i changes): er ulik i nb/endringer.md; begge språk må ha samme entries (version, date og antall punkter i changes)');
	});
});
