import { writeFileSync } from 'node:fs';
import type { Page, TestInfo } from '@playwright/test';
import { expect, test } from './fixtures';
import { expectNoAxeViolations, followAnswers, oneLine, printedPages, startCase } from './helpers';
import { loadContent } from '../../src/lib/content/read-dir';
import { CLICK_DAY, noteCase, type NoteCase } from '../fixtures/note-cases';

/**
 * Issue 16: the four kinds of note a municipality files, printed to PDF by Chromium and read back
 * with pdftotext, in both languages. Two are typed in through the guide's pages; the two long
 * cases are stored in sessionStorage as the guide would have recorded them (tests/fixtures/note-cases.ts).
 */

const { content } = loadContent('content');
if (!content) throw new Error('default content does not load');
const guide = content;
const KEY = 'handlingsveilederen:walk';
/** The day of every click: it must never stand as the day something happened. */
const NOW = new Date(`${CLICK_DAY}T10:00:00+01:00`);
const CLICK_DATE = '15.02.2027';

const WORDS = {
	nb: {
		marking: 'UNNTATT OFFENTLIGHET, JF. OFFL. § 13 OG FVL. § 13',
		startQuestions: ['Har du mistanke om vold eller overgrep?', 'Hvor jobber du?', 'Hva gjelder undringen?', 'Gå videre i veilederen'],
		signature: ['Underskrift', 'Skrevet av', 'Sted og dato', 'Signatur'],
		deadlines: 'Frister',
		kinds: {
			closedLevel0: {
				title: 'Avslutningsnotat',
				headings: ['Hva som er gjort', 'Barnets stemme', 'Foreldrenes/foresattes syn', 'Frister', 'Beslutning', 'Samtykke', 'Videre oppfølging', 'Underskrift']
			},
			closedLevel1: {
				title: 'Avslutningsnotat',
				headings: ['Hva som er gjort', 'Barnets stemme', 'Foreldrenes/foresattes syn', 'Mål og tiltak', 'Evaluering', 'Frister', 'Beslutning', 'Samtykke', 'Videre oppfølging', 'Underskrift']
			},
			openLevel2: {
				title: 'Oppsummering',
				headings: ['Hva som er gjort', 'Barnets stemme', 'Foreldrenes/foresattes syn', 'Mål og tiltak', 'Frister', 'Beslutning', 'Samtykke', 'Videre oppfølging', 'Underskrift']
			},
			violence: {
				title: 'Notat – melding til barnevernet',
				headings: ['Det som ble observert', 'Kontakt med barnevernstjenesten eller politiet', 'Skriftlig bekymringsmelding', 'Foresatte', 'Beslutning', 'Underskrift']
			}
		},
		consentTicked: '☒ Alle som har foreldreansvar for barnet, har samtykket.',
		consentOpen: '☐ Uten samtykke drøfter dere saken bare anonymt, slik at ingen kan kjenne igjen barnet eller familien.',
		familyInformed: '☒ Familien er informert om at saken er avsluttet.',
		participants: 'Deltakere:',
		makeNote: 'Lag notat til arkivet',
		epj: /Arkiveres i\s+pasientjournalen \(EPJ\)/,
		otherArchive: 'Tjenesten du jobber i, fører notatet i pasientjournalen (EPJ), ikke i WebSak.',
		report: {
			when: 'Tidspunkt: 12.11.2026 kl. 09:15',
			contacted: 'Kontaktet: Barnevernstjenesten i Eksempel kommune',
			sent: '☒ Skriftlig bekymringsmelding er sendt.',
			guardians: '☒ Foresatte er ikke informert om mistanken eller meldingen.',
			timeError: 'tt:mm'
		}
	},
	nn: {
		marking: 'UNNATEKE OFFENTLEGHEIT, JF. OFFL. § 13 OG FVL. § 13',
		startQuestions: ['Har du mistanke om vald eller overgrep?', 'Kvar jobbar du?', 'Kva gjeld undringa?', 'Gå vidare i rettleiaren'],
		signature: ['Underskrift', 'Skrive av', 'Stad og dato', 'Signatur'],
		deadlines: 'Fristar',
		kinds: {
			closedLevel0: {
				title: 'Avslutningsnotat',
				headings: ['Kva som er gjort', 'Stemma til barnet', 'Foreldra/føresette sitt syn', 'Fristar', 'Avgjerd', 'Samtykke', 'Vidare oppfølging', 'Underskrift']
			},
			closedLevel1: {
				title: 'Avslutningsnotat',
				headings: ['Kva som er gjort', 'Stemma til barnet', 'Foreldra/føresette sitt syn', 'Mål og tiltak', 'Evaluering', 'Fristar', 'Avgjerd', 'Samtykke', 'Vidare oppfølging', 'Underskrift']
			},
			openLevel2: {
				title: 'Oppsummering',
				headings: ['Kva som er gjort', 'Stemma til barnet', 'Foreldra/føresette sitt syn', 'Mål og tiltak', 'Fristar', 'Avgjerd', 'Samtykke', 'Vidare oppfølging', 'Underskrift']
			},
			violence: {
				title: 'Notat – melding til barnevernet',
				headings: ['Det som vart observert', 'Kontakt med barnevernstenesta eller politiet', 'Skriftleg bekymringsmelding', 'Føresette', 'Avgjerd', 'Underskrift']
			}
		},
		consentTicked: '☒ Alle som har foreldreansvar for barnet, har samtykt.',
		consentOpen: '☐ Utan samtykke drøftar de saka berre anonymt, slik at ingen kan kjenne att barnet eller familien.',
		familyInformed: '☒ Familien er informert om at saka er avslutta.',
		participants: 'Deltakarar:',
		makeNote: 'Lag notat til arkivet',
		epj: /Arkiverast i\s+pasientjournalen \(EPJ\)/,
		otherArchive: 'Tenesta du jobbar i, fører notatet i pasientjournalen (EPJ), ikkje i WebSak.',
		report: {
			when: 'Tidspunkt: 12.11.2026 kl. 09:15',
			contacted: 'Kontakta: Barnevernstenesta i Eksempel kommune',
			sent: '☒ Skriftleg bekymringsmelding er send.',
			guardians: '☒ Føresette er ikkje informerte om mistanken eller meldinga.',
			timeError: 'tt:mm'
		}
	}
} as const;

type Lang = keyof typeof WORDS;

/** Words that count back or down from today: a filed note has none next to a deadline. */
const RELATIVE = /(^|[^\p{L}])(siden|sidan|igjen|att|gikk ut for|gjekk ut for|i dag)(?![\p{L}])/iu;

/** The printed lines, page by page, without the running header and the page number. */
function bodyLines(pages: string[], title: string): string[][] {
	return pages.map((sheet) =>
		sheet
			.split('\n')
			.map((line) => line.trim())
			.filter((line) => line !== '' && !line.startsWith(`${title} – Eksempel kommune`) && !/^Side \d+ \/ \d+$/.test(line))
	);
}

/** Everything the printed note must be, whichever kind; returns the text for the closing note. */
async function checkPrinted(page: Page, lang: Lang, kind: NoteCase, testInfo: TestInfo): Promise<{ pages: string[]; text: string }> {
	const words = WORDS[lang];
	const { title, headings } = words.kinds[kind];
	const pages = await printedPages(page);
	const text = pages.join('\n');
	writeFileSync(testInfo.outputPath(`${lang}-${kind}.txt`), `${pages.length} sider\n\n${text}`);
	const lines = bodyLines(pages, title).flat();

	// The marking, then the title; the running header and «Side n / m» on every sheet.
	expect(lines[0]).toBe(words.marking);
	expect(lines[1]).toBe(title);
	for (const [i, sheet] of pages.entries()) {
		expect(oneLine(sheet)).toContain(`${title} – Eksempel kommune`);
		expect(oneLine(sheet)).toContain(`Side ${i + 1} / ${pages.length}`);
	}
	// Every section, in order, each heading on a line of its own.
	const at = headings.map((heading) => lines.indexOf(heading));
	expect(at.every((i) => i > 1), `headings ${JSON.stringify(headings)} in ${JSON.stringify(lines)}`).toBe(true);
	expect([...at].sort((a, b) => a - b)).toEqual(at);
	// The start questions are facts, never steps.
	for (const question of words.startQuestions) expect(oneLine(text)).not.toContain(question);
	// Deadlines are dates and what happened: nothing relative to the day of printing.
	const deadlines = lines.indexOf(words.deadlines);
	if (deadlines !== -1) {
		const next = at[(headings as readonly string[]).indexOf(words.deadlines) + 1];
		const section = lines.slice(deadlines + 1, next);
		expect(section.length).toBeGreaterThan(0);
		for (const line of section) expect(line).not.toMatch(RELATIVE);
	}
	// The day of the clicks is never given as the day anything happened.
	expect(text).not.toContain(CLICK_DATE);
	// The signature shares its page with the end of the note before it.
	const sheets = bodyLines(pages, title);
	const signed = sheets.find((sheet) => sheet.includes(words.signature[0]));
	expect(signed).toBeDefined();
	const others = (signed ?? []).filter((line) => !words.signature.some((s) => line.startsWith(s)));
	expect(others.length, `the signature's page:\n${(signed ?? []).join('\n')}`).toBeGreaterThan(0);
	return { pages, text };
}

async function openWithCase(page: Page, lang: Lang, kind: NoteCase) {
	await page.clock.setFixedTime(NOW);
	await page.goto(`/${lang}/`);
	await page.evaluate(([key, walk]) => sessionStorage.setItem(key, walk), [KEY, JSON.stringify(noteCase(guide, kind))] as const);
	await page.goto(`/${lang}/notat/`);
	await expect(page.locator('.document')).toBeVisible();
}

for (const lang of ['nb', 'nn'] as const) {
	const words = WORDS[lang];
	const smoke = lang === 'nb' ? '@smoke' : [];

	test.describe(`${lang}: the note to the archive, printed`, () => {
		test('a Nivå 0 case typed in step by step: event dates, who took part and the record fields reach the avslutningsnotat', { tag: smoke }, async ({ page }, testInfo) => {
			await page.clock.setFixedTime(NOW);
			await startCase(page, lang, 'barnehage', 'barnehagemiljo');
			await page.locator('#dato-undring').fill('02.11.2026');
			await page.locator('#felt-unit').fill('Eksempel barnehage');
			await page.locator('#felt-childView').fill('Sier at han savner bestevennen.');
			await page.locator('#notat-niva-0-trinn-1').fill('Trekker seg unna leken.');
			await expectNoAxeViolations(page);
			await followAnswers(page, lang, [['ja', 'niva-0/trinn-2']]);
			await page.locator('#hendelse-niva-0-trinn-2').fill('04.11.2026');
			await page.locator('#deltakarar-niva-0-trinn-2').fill('Styrer');
			await followAnswers(page, lang, [['ja', 'niva-0/trinn-3']]);
			await page.locator('#hendelse-niva-0-trinn-3').fill('10.11.2026');
			await page.locator('#deltakarar-niva-0-trinn-3').fill('Mor, far, pedagogisk leder');
			await page.locator('#felt-guardiansView').fill('Foreldrene ser bedring etter flyttingen.');
			await followAnswers(page, lang, [['ja', 'niva-0/trinn-4']]);
			await followAnswers(page, lang, [['avslutt', 'slutt/ingen-bekymring']]);
			// The ending asks whether the family was told.
			await page.locator('#felt-familyInformed').check();
			await expectNoAxeViolations(page);
			await page.getByRole('link', { name: words.makeNote }).click();
			await expect(page.locator('.document')).toBeVisible();
			await page.locator('#felt-author').fill('Kari Nordmann');

			const { text } = await checkPrinted(page, lang, 'closedLevel0', testInfo);
			const flat = oneLine(text);
			expect(flat).toContain('Den nødvendige samtalen (10.11.2026)');
			expect(flat).toContain('(04.11.2026)');
			expect(flat).toContain(`${words.participants} Mor, far, pedagogisk leder`);
			expect(flat).toContain(words.familyInformed);
			expect(flat).toContain('Eksempel barnehage');
			expect(flat).toContain('Sier at han savner bestevennen.');
		});

		test('a Nivå 1 case closed after three rounds of measures fits on two pages', { tag: smoke }, async ({ page }, testInfo) => {
			await openWithCase(page, lang, 'closedLevel1');
			await expectNoAxeViolations(page);
			const { pages, text } = await checkPrinted(page, lang, 'closedLevel1', testInfo);
			const flat = oneLine(text);
			expect(flat.match(/\b14\. /)).not.toBeNull(); // all fourteen steps are there
			expect(pages.length).toBeLessThanOrEqual(2);
			expect(flat).toContain(words.consentTicked);
			expect(flat).toContain(words.consentOpen);
			expect(flat).toContain('19.11.2026'); // consent to the log signed
			expect(flat).toMatch(/trinn 3 – Den nødvendige samtalen \(12\.11\.2026\)/); // on the day it was held
			expect(flat).toContain(words.familyInformed);
			// The list numbers stand whole at the start of their line.
			for (const n of [9, 10, 11, 12, 13, 14]) expect(text).toMatch(new RegExp(`^\\s*${n}\\. \\S`, 'm'));
		});

		test('an open Nivå 2 case at the health station names the patient record, and edits on the note page reach it', async ({ page }, testInfo) => {
			await openWithCase(page, lang, 'openLevel2');
			// The page's text names the municipality's archive; the health station files elsewhere, and the page says so.
			await expect(page.locator('main')).toContainText(words.otherArchive);
			await page.locator('#felt-evaluation').fill('Evalueres 1. mars.');
			await expect(page.locator('.document [data-section="evaluation"]')).toContainText('Evalueres 1. mars.');
			await expectNoAxeViolations(page);
			const { text } = await checkPrinted(page, lang, 'openLevel2', testInfo);
			expect(oneLine(text)).toMatch(words.epj);
			expect(oneLine(text)).not.toContain(words.familyInformed.slice(2));
		});

		test('the signature never stands alone on a page, however long the text before it', async ({ page }, testInfo) => {
			await openWithCase(page, lang, 'openLevel2');
			const field = page.locator('#felt-nextSteps');
			const probe = async (lines: number) => {
				await field.fill(Array.from({ length: lines }, (_, i) => `Avtale ${i + 1}.`).join('\n'));
				const { pages } = await checkPrinted(page, lang, 'openLevel2', testInfo);
				return pages.length;
			};
			// Find where one more line of follow-up pushes the note onto a new page, checking every probe.
			let low = 0;
			let high = 60;
			const fewest = await probe(low);
			expect(await probe(high)).toBeGreaterThan(fewest);
			while (high - low > 1) {
				const middle = Math.floor((low + high) / 2);
				if ((await probe(middle)) > fewest) high = middle;
				else low = middle;
			}
			await probe(high + 1);
		});

		test('the violence path: what she saw and whom she called, typed on the safety page and the ending, make a note of its own', { tag: smoke }, async ({ page }, testInfo) => {
			await page.clock.setFixedTime(NOW);
			await page.goto(`/${lang}/`);
			await expect(page.locator('.question[data-enhanced="true"]')).toBeVisible();
			await followAnswers(page, lang, [['ja', 'vold-og-overgrep']]);
			await page.locator('#felt-observedOn').fill('12.11.2026');
			await page.locator('#felt-observedAt').fill('25.15');
			await page.locator('#felt-observation').fill('Blåmerker på armene. Hun sa: «Pappa blir så sint.»');
			// A time that does not exist stops the answer and stays in its field.
			await page.locator('.question a[data-answer="meldt"]').click();
			await expect(page.locator('.question .ds-error-summary')).toBeFocused();
			await expect(page.locator('.question .ds-error-summary')).toContainText(words.report.timeError);
			await expect(page.locator('#felt-observedAt')).toHaveValue('25.15');
			await page.locator('#felt-observedAt').fill('9.15');
			await page.locator('#felt-contacted-barnevernstjenesten').check();
			await page.locator('#felt-contactedOn').fill('12.11.2026');
			await page.locator('#felt-contactedAt').fill('10:05');
			await page.locator('#felt-advice').fill('Ikke si noe til foreldrene.');
			await expectNoAxeViolations(page);
			await followAnswers(page, lang, [['meldt', 'slutt/meldt']]);
			// The ending shows what was typed, and asks for the rest.
			await expect(page.locator('#felt-observedAt')).toHaveValue('09:15');
			await expect(page.locator('#felt-observation')).toHaveValue('Blåmerker på armene. Hun sa: «Pappa blir så sint.»');
			await page.locator('#felt-reportSent').check();
			await page.locator('#felt-reportSentOn').fill('13.11.2026');
			await page.locator('#felt-guardiansNotInformed').check();
			await page.locator('#felt-guardiansNotInformedWhy').fill('Barnevernet ba oss vente.');
			await expectNoAxeViolations(page);
			await page.getByRole('link', { name: words.makeNote }).click();
			await expect(page.locator('.document h3')).toHaveText(words.kinds.violence.title);
			await expectNoAxeViolations(page);

			const { pages, text } = await checkPrinted(page, lang, 'violence', testInfo);
			const flat = oneLine(text);
			expect(pages).toHaveLength(1);
			expect(flat).toContain(words.report.when);
			expect(flat).toContain('Hun sa: «Pappa blir så sint.»');
			expect(flat).toContain(words.report.contacted);
			expect(flat).toContain('12.11.2026 kl. 10:05');
			expect(flat).toContain(words.report.sent);
			expect(flat).toContain('13.11.2026');
			expect(flat).toContain(words.report.guardians);
			expect(flat).toContain('Barnevernet ba oss vente.');

			// The copied text has the same sections in the same order.
			await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
			await page.getByRole('button', { name: 'Kopier tekst' }).click();
			const copied = (await page.evaluate(() => navigator.clipboard.readText())).split('\n');
			const order = words.kinds.violence.headings.map((h) => copied.indexOf(h));
			expect(order.every((i) => i > 0)).toBe(true);
			expect([...order].sort((a, b) => a - b)).toEqual(order);
		});
	});
}

test('the .txt file follows the printed note’s order for the long closed case', async ({ page }) => {
	await openWithCase(page, 'nb', 'closedLevel1');
	const download = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Last ned som tekstfil' }).click();
	const path = await (await download).path();
	const lines = (await import('node:fs')).readFileSync(path ?? '', 'utf8').split('\n');
	const order = WORDS.nb.kinds.closedLevel1.headings.map((h) => lines.indexOf(h));
	expect(order.every((i) => i > 0)).toBe(true);
	expect([...order].sort((a, b) => a - b)).toEqual(order);
});
