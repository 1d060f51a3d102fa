/**
 * The print pages: a whole level, or the whole guide, as one document for binders and training.
 * Every step in order with what to do, its whole text (background too: paper has no «Les mer»)
 * and where each answer leads. Glossary terms are left as plain words: a printed page has no popups.
 */
import type { GuideContent } from '../content/guide-content';
import type { Language } from '../content/schema';
import type { Translate } from '../i18n';
import { filler, htmlFiller, localize, pagesOfKind } from './content-query';
import { deadlineInfo } from './deadline-info';
import { levelModels } from './levels';
import type { PrintLevelModel, PrintPageModel, PrintStepModel } from './model';
import type { PrintPath } from './print-paths';
import { stepModel } from './step';

/** Markdown to HTML with its headings moved `headingOffset` levels down (content/markdown.ts). */
export type RenderMarkdown = (markdown: string, headingOffset: number) => string;

const unmarked = (html: string) => html;

export function printPageModel(content: GuideContent, lang: Language, at: PrintPath, render: RenderMarkdown, t: Translate): PrintPageModel {
	const fill = filler(content, lang);
	const fillHtml = htmlFiller(content, lang);
	const scope = at.level ? 'level' : 'guide';
	// The whole guide: level h2, step h3, a body's «##» h4. A level's page: step h2, a body's «##» h3.
	const levelBodyOffset = scope === 'guide' ? 1 : 0;
	const stepBodyOffset = scope === 'guide' ? 2 : 1;
	const levels = levelModels(content, lang);
	const pages = new Map(content.pages[lang].map((p) => [p.frontmatter.id, p]));

	const leadsTo = (id: string): string => {
		const fm = pages.get(id)?.frontmatter;
		if (!fm) throw new Error(`Answer leads to unknown page ${id}`);
		if (fm.kind !== 'step') return fill(fm.title);
		const label = levels.find((l) => l.id === fm.level)?.label ?? fm.level;
		return t('print.stepRef', { level: label, step: fm.step, title: fill(fm.title) });
	};

	const printed: PrintLevelModel[] = levels
		.filter((level) => !at.level || level.id === at.level)
		.map((level) => {
			const levelPage = pagesOfKind(content, lang, 'level').find((p) => p.frontmatter.level === level.id);
			return {
				id: level.id,
				label: level.label,
				title: fill(level.title),
				summary: fill(level.summary),
				bodyHtml: levelPage ? fillHtml(render(levelPage.body, levelBodyOffset)) : '',
				steps: level.steps.map((summary): PrintStepModel => {
					const page = pages.get(summary.id);
					if (!page || page.frontmatter.kind !== 'step') throw new Error(`Level ${level.id} lists unknown step ${summary.id}`);
					const fm = page.frontmatter;
					const step = stepModel(content, lang, fm, t, unmarked, fill);
					return {
						id: fm.id,
						number: step.number,
						title: fill(fm.title),
						summary: fill(fm.summary),
						whatHtml: step.whatHtml,
						whoHtml: step.whoHtml,
						howHtml: step.howHtml,
						contactsGuardians: step.contactsGuardians,
						consentNeeded: step.consentNeeded,
						reminders: step.reminders,
						resources: step.resources,
						deadlines: fm.deadlines.map((id) => {
							const { label, rule, source } = deadlineInfo(content, id, lang, t);
							return { id, label, rule, source };
						}),
						bodyHtml: fillHtml(render(page.body, stepBodyOffset)),
						question: {
							text: fill(fm.question.text ?? content.texts[lang].defaultQuestion),
							answers: fm.question.answers.map((a) => ({ id: a.id, label: fill(a.label), leadsTo: leadsTo(a.next) }))
						}
					};
				})
			};
		});

	const only = printed[0];
	const municipality = localize(content.municipality.name, lang);
	return {
		kind: 'print',
		id: at.level ? `${at.path.replace(/\//g, '-')}` : at.path,
		lang,
		path: at.path,
		title: scope === 'level' && only ? `${only.label}: ${only.title}` : t('print.guideTitle'),
		summary: scope === 'level' ? t('print.levelSummary', { municipality }) : t('print.guideSummary', { municipality }),
		bodyHtml: '',
		scope,
		levels: printed
	};
}
