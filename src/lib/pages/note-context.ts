/** Everything the note needs from the content, in one language; the walk supplies the rest. */
import type { GuideContent } from '../content/guide-content';
import type { Language } from '../content/schema';
import type { Translate } from '../i18n';
import { ARCHIVE_PLACEHOLDER, type NoteContext } from '../outputs/note-context';
import { fillPlaceholders } from '../content/placeholders';
import { filler, localize, pagesOfKind, placeholderValues, singlePage } from './content-query';
import { deadlineInfo } from './deadline-info';

export function noteContext(content: GuideContent, lang: Language, t: Translate): NoteContext {
	const fill = filler(content, lang);
	const values = { ...placeholderValues(content, lang), arkivsystem: ARCHIVE_PLACEHOLDER };
	const fillAllButArchive = (text: string) => fillPlaceholders(text, values);
	const levelLabels = new Map(content.municipality.levels.map((l) => [l.id, localize(l.label, lang)]));
	const askedAt: NoteContext['askedAt'] = {};
	for (const { frontmatter: fm } of content.pages[lang]) {
		if (!('record' in fm)) continue;
		for (const field of fm.record) (askedAt[field] ??= []).push(fm.id);
	}
	return {
		municipality: localize(content.municipality.name, lang),
		confidentiality: localize(content.municipality.confidentialityMarking, lang),
		titles: content.texts[lang].noteTitles,
		endings: Object.fromEntries(
			pagesOfKind(content, lang, 'ending').map((p) => [p.frontmatter.id, { outcome: p.frontmatter.outcome, title: fill(p.frontmatter.title) }])
		),
		nodes: Object.fromEntries(
			content.pages[lang].map(({ frontmatter: fm }) => {
				const place = fm.kind === 'step' ? { level: levelLabels.get(fm.level) ?? fm.level, step: fm.step } : {};
				return [fm.id, { title: fill(fm.title), ...place }];
			})
		),
		dates: content.deadlines.dates.map((d) => ({ id: d.id, label: localize(d.noteLabel, lang) })),
		rules: content.deadlines.rules.map((r) => deadlineInfo(content, r.id, lang, t)),
		consent: {
			items: singlePage(content, lang, 'consent').frontmatter.items.map((i) => ({ id: i.id, text: fillAllButArchive(i.text) })),
			neededAt: pagesOfKind(content, lang, 'step')
				.filter((p) => p.frontmatter.consentNeeded)
				.map((p) => p.frontmatter.id)
		},
		askedAt,
		contacts: content.municipality.contacts.map((c) => ({ id: c.id, name: localize(c.name, lang) })),
		archive: {
			default: content.municipality.archiveSystem,
			byService: Object.fromEntries(Object.entries(content.municipality.archiveSystems).map(([service, name]) => [service, localize(name, lang)]))
		},
		logTool: localize(content.municipality.logTool.name, lang)
	};
}
