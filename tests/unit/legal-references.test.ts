/**
 * Every section of an Act the content cites (§ or kapittel) stands in docs/lovhenvisninger.md as
 * checked against the statute text («ja»). A section number that was not verified in the Lovdata
 * copy is not written in the content: only the Act's name is.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../..');

/** The nynorsk names and the note's abbreviations, as the table writes them (bokmål). */
const ACT_NAMES: Record<string, string> = {
	forvaltningslova: 'forvaltningsloven',
	straffelova: 'straffeloven',
	'helse- og omsorgstenestelova': 'helse- og omsorgstjenesteloven',
	barnehagelova: 'barnehageloven',
	helsepersonellova: 'helsepersonelloven',
	barnevernslova: 'barnevernsloven',
	'pasient- og brukarrettslova': 'pasient- og brukerrettighetsloven',
	grunnlova: 'Grunnloven'
};
const ACT = /((?:[a-zæøå]+- og )?[a-zæøå]+(?:loven|lova)|fvl\.|offl\.)/giu;
const SECTION = /§\s*(\d+(?:-\d+)?(?: [a-z]\b)?)|kapittel (\d+)/gu;

function contentFiles(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) return contentFiles(path);
		return /\.(md|yaml)$/.test(entry.name) && entry.name !== 'README.md' ? [path] : [];
	});
}

/** «act § nr» for every section cited, the Act being the last one named before it in the same line. */
function citedSections(text: string): string[] {
	const found: string[] = [];
	for (const line of text.split('\n')) {
		for (const match of line.matchAll(SECTION)) {
			const before = line.slice(0, match.index);
			const act = [...before.matchAll(ACT)].at(-1)?.[1];
			if (!act) continue;
			const name = ACT_NAMES[act.toLowerCase()] ?? act;
			found.push(match[1] ? `${name} § ${match[1]}` : `${name} kapittel ${match[2]}`);
		}
	}
	return found;
}

/** The table rows of the note whose «Kontrollert» column says «ja»: their «Henvisning» column. */
function verifiedReferences(note: string): string[] {
	return note
		.split('\n')
		.filter((line) => /^\| (\d+|F\d+) \|/.test(line))
		.map((line) => line.split(' | '))
		.filter((cells) => cells[4]?.startsWith('ja'))
		.map((cells) => cells[3] ?? '');
}

describe('the legal references in the content', () => {
	it('reads the Act and section of each citation, in both languages and with abbreviations', () => {
		expect(citedSections('(opplæringslova § 12-5 og barnehagelova)')).toEqual(['opplæringslova § 12-5']);
		expect(citedSections('jf. forvaltningslova § 13 og § 13 a).')).toEqual(['forvaltningsloven § 13', 'forvaltningsloven § 13 a']);
		expect(citedSections('Unntatt offentlighet, jf. offl. § 13 og fvl. § 13')).toEqual(['offl. § 13', 'fvl. § 13']);
		expect(citedSections('(helse- og omsorgstenestelova § 7-2 a)')).toEqual(['helse- og omsorgstjenesteloven § 7-2 a']);
		expect(citedSections('Skolemiljøsak (opplæringslova kapittel 12).')).toEqual(['opplæringslova kapittel 12']);
	});

	const note = readFileSync(join(ROOT, 'docs/lovhenvisninger.md'), 'utf8');
	const verified = verifiedReferences(note);
	for (const dir of ['content', 'examples/fjellvik']) {
		it(`${dir}: every section cited is in docs/lovhenvisninger.md, checked against the statute text`, () => {
			const cited = contentFiles(join(ROOT, dir)).flatMap((file) =>
				citedSections(readFileSync(file, 'utf8')).map((reference) => ({ file: relative(ROOT, file), reference }))
			);
			expect(cited.length).toBeGreaterThan(10);
			const unlisted = cited.filter(({ reference }) => {
				const exact = new RegExp(`${reference.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\d-]| [a-z]\\b)`);
				return !verified.some((cell) => exact.test(cell));
			});
			expect(unlisted).toEqual([]);
		});
	}
});
