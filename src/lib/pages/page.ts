/**
 * The model of one page, by kind. `bodyHtml` is the markdown body already rendered to HTML;
 * placeholders are filled and glossary terms marked here. Pure: the build calls it per page.
 */
import type { ContentPage, GuideContent } from '../content/guide-content';
import type { Language, PageFrontmatter } from '../content/schema';
import { markGlossaryTerms, type MarkableTerm } from '../content/glossary';
import type { Translate } from '../i18n';
import { filler, htmlFiller, localize, singlePage } from './content-query';
import { formatHours, telHref } from '../contacts/format';
import { dateInput, deadlineInfo } from './deadline-info';
import { levelModels } from './levels';
import type { ContactModel, PageModel, QuestionModel, WalkNodeModel } from './model';
import { noteContext } from './note-context';
import { recordModel } from './record';
import { hrefOf } from './paths';
import { stepModel } from './step';
import { walkNodeModel } from './walk-node';
import { formatShortDate } from '../deadlines/calendar';

export function glossaryTerms(content: GuideContent, lang: Language): MarkableTerm[] {
	const fill = filler(content, lang);
	return singlePage(content, lang, 'glossary').frontmatter.terms.map((t) => ({ ...t, definition: fill(t.definition) }));
}

export function contactModels(content: GuideContent, lang: Language, t: Translate): ContactModel[] {
	return content.municipality.contacts.map((c) => ({
		id: c.id,
		name: localize(c.name, lang),
		number: c.number,
		...(telHref(c.number, c.example) ? { tel: telHref(c.number, c.example) } : {}),
		example: c.example,
		hours: c.hours,
		hoursText: formatHours(c.hours, t),
		purpose: localize(c.purpose, lang),
		use: c.use,
		useText: t(`safetyPage.use.${c.use}`)
	}));
}

function questionModel(
	content: GuideContent,
	lang: Language,
	question: Extract<PageFrontmatter, { question: unknown }>['question'],
	fill: (text: string) => string
): QuestionModel {
	const byId = new Map(content.pages[lang].map((p) => [p.frontmatter.id, p]));
	return {
		text: fill(question.text ?? content.texts[lang].defaultQuestion),
		...(question.hint ? { hint: fill(question.hint) } : {}),
		answers: question.answers.map((a) => {
			const target = byId.get(a.next);
			if (!target) throw new Error(`Answer ${a.id} leads to unknown ${a.next}`);
			return {
				id: a.id,
				label: fill(a.label),
				...(a.hint ? { hint: fill(a.hint) } : {}),
				href: hrefOf(lang, target.path),
				targetId: a.next
			};
		})
	};
}

export function pageModel(content: GuideContent, page: ContentPage, bodyHtml: string, t: Translate): PageModel {
	const { lang, frontmatter: fm } = page;
	const fill = filler(content, lang);
	const terms = fm.kind === 'glossary' ? [] : glossaryTerms(content, lang);
	// A term is explained where it first appears on the page, whichever part that is.
	const seen = new Set<string>();
	const mark = (html: string) =>
		markGlossaryTerms(html, terms, { seen, idPrefix: '', closeLabel: t('glossary.close'), explainLabel: t('glossary.explain') });
	const base = { id: fm.id, lang, path: page.path, title: fill(fm.title), summary: fill(fm.summary) };
	// The step's own texts come before its body on the page, so they are marked first.
	const step = fm.kind === 'step' ? stepModel(content, lang, fm, t, mark, fill) : undefined;
	const bodyHtmlMarked = mark(htmlFiller(content, lang)(bodyHtml));
	const asking = () => {
		if (!('question' in fm)) throw new Error(`${fm.id} has no question`);
		return { question: questionModel(content, lang, fm.question, fill), walk: walkNodeModel(content, page) as WalkNodeModel };
	};
	const common = { ...base, bodyHtml: bodyHtmlMarked };

	switch (fm.kind) {
		case 'start':
		case 'question':
			return { ...common, kind: fm.kind, ...asking() };
		case 'safety':
			return {
				...common,
				kind: 'safety',
				...asking(),
				contacts: contactModels(content, lang, t),
				...(content.municipality.reportForm ? { reportForm: content.municipality.reportForm } : {}),
				...recordModel(content, lang, fm.record)
			};
		case 'step':
			return { ...common, kind: 'step', ...asking(), step: step! };
		case 'level': {
			const level = levelModels(content, lang).find((l) => l.id === fm.level);
			if (!level) throw new Error(`Level page ${fm.id} has unknown level ${fm.level}`);
			return { ...common, kind: 'level', level };
		}
		case 'overview':
			return { ...common, kind: 'overview', levels: levelModels(content, lang) };
		case 'glossary':
			return {
				...common,
				kind: 'glossary',
				glossary: glossaryTerms(content, lang)
					.map(({ id, term, definition }) => ({ id, term, definition }))
					.sort((a, b) => a.term.localeCompare(b.term, lang))
			};
		case 'deadlines':
			return {
				...common,
				kind: 'deadlines',
				calendar: content.deadlines.calendar,
				rules: content.deadlines.rules.map((r) => deadlineInfo(content, r.id, lang, t)),
				dates: content.deadlines.dates.map((d) => dateInput(content, d.id, lang))
			};
		case 'note':
			return {
				...common,
				kind: 'note',
				note: { context: noteContext(content, lang, t), childHint: fill(fm.childHint) }
			};
		case 'consent':
			return {
				...common,
				kind: 'consent',
				consent: {
					items: fm.items.map((item) => ({ id: item.id, text: fill(item.text), ...(item.hint ? { hint: fill(item.hint) } : {}) })),
					confidentiality: localize(content.municipality.confidentialityMarking, lang)
				}
			};
		case 'changes':
			return {
				...common,
				kind: 'changes',
				entries: fm.entries.map((e) => ({ version: e.version, date: e.date, dateText: formatShortDate(e.date), changes: e.changes.map(fill) }))
			};
		case 'ending':
			return { ...common, kind: 'ending', ...recordModel(content, lang, fm.record) };
		case 'article':
			return { ...common, kind: fm.kind };
	}
}
