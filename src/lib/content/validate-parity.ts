/**
 * The same guide in both languages: every page exists in both, with the same structure (answers,
 * targets, levels, dates, deadlines …); only the wording differs.
 */
import { LANGUAGES, type Language } from './schema';
import type { ContentPage, GuideContent } from './guide-content';
import type { ContentProblem } from './problems';
import { TEXTS_FILE } from './files';

/** Comparable summary of what must be equal in both languages. */
function structureOf(page: ContentPage): Record<string, unknown> {
	const fm = page.frontmatter;
	const structure: Record<string, unknown> = { path: page.path, kind: fm.kind };
	if ('question' in fm) {
		structure.answers = fm.question.answers.map((a) => ({
			id: a.id,
			next: a.next,
			sets: a.sets ?? {},
			safetyConcern: a.safetyConcern ?? false
		}));
	}
	if (fm.kind === 'level') structure.level = fm.level;
	if (fm.kind === 'step') {
		Object.assign(structure, {
			level: fm.level,
			step: fm.step,
			contactsGuardians: fm.contactsGuardians,
			consentNeeded: fm.consentNeeded,
			background: fm.background,
			dates: fm.dates,
			deadlines: fm.deadlines,
			reminders: fm.reminders,
			resourceRefs: fm.resources.flatMap((r) => ('ref' in r ? [r.ref] : []))
		});
	}
	if (fm.kind === 'step' || fm.kind === 'ending' || fm.kind === 'safety') structure.record = fm.record;
	if (fm.kind === 'ending') structure.outcome = fm.outcome;
	if (fm.kind === 'glossary') structure.terms = fm.terms.map((t) => t.id);
	if (fm.kind === 'consent') structure.items = fm.items.map((i) => i.id);
	// The same versions, dates and number of points: only the wording differs.
	if (fm.kind === 'changes') structure.entries = fm.entries.map((e) => ({ version: e.version, date: e.date, points: e.changes.length }));
	return structure;
}

const FIELD_LABELS: Record<string, string> = {
	path: 'filplassering',
	kind: 'kind',
	answers: 'question.answers (id, next, sets, safetyConcern)',
	level: 'level',
	step: 'step',
	contactsGuardians: 'contactsGuardians',
	consentNeeded: 'consentNeeded',
	background: 'background',
	dates: 'dates',
	deadlines: 'deadlines',
	reminders: 'reminders',
	resourceRefs: 'resources (ref)',
	outcome: 'outcome',
	record: 'record',
	terms: 'terms (id)',
	items: 'items (id)',
	entries: 'entries (version, date og antall punkter i changes)'
};

export function checkLanguagesMatch(
	content: GuideContent,
	brokenIds: Partial<Record<Language, Set<string>>>,
	existingFiles: ReadonlySet<string> = new Set()
): ContentProblem[] {
	const problems: ContentProblem[] = [];
	const [first, second] = LANGUAGES;
	const index = (lang: Language) => new Map(content.pages[lang].map((p) => [p.frontmatter.id, p]));
	const a = index(first);
	const b = index(second);
	for (const [lang, mine, theirs, otherLang] of [
		[first, a, b, second],
		[second, b, a, first]
	] as const) {
		for (const [id, page] of mine) {
			// A file that exists but could not be read is already reported: not «lag …» again.
			const counterpart = `${otherLang}/${page.file.slice(lang.length + 1)}`;
			if (!theirs.has(id) && !brokenIds[otherLang]?.has(id) && !existingFiles.has(counterpart)) {
				problems.push({
					file: page.file,
					field: 'id',
					message: `siden «${id}» finnes på ${lang}, men ikke på ${otherLang} (lag ${counterpart})`
				});
			}
		}
	}
	for (const [id, pageA] of a) {
		const pageB = b.get(id);
		if (!pageB) continue;
		const sa = structureOf(pageA);
		const sb = structureOf(pageB);
		for (const key of new Set([...Object.keys(sa), ...Object.keys(sb)])) {
			if (JSON.stringify(sa[key]) !== JSON.stringify(sb[key])) {
				problems.push({
					file: pageB.file,
					field: FIELD_LABELS[key] ?? key,
					message: `er ulik i ${pageA.file}; begge språk må ha samme ${FIELD_LABELS[key] ?? key}`
				});
			}
		}
	}
	const remindersA = Object.keys(content.texts[first].reminders).sort();
	const remindersB = Object.keys(content.texts[second].reminders).sort();
	if (JSON.stringify(remindersA) !== JSON.stringify(remindersB)) {
		problems.push({
			file: `${second}/${TEXTS_FILE}`,
			field: 'reminders',
			message: `har andre påminnelser (${remindersB.join(', ')}) enn ${first}/${TEXTS_FILE} (${remindersA.join(', ')})`
		});
	}
	return problems;
}
