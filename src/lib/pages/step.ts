/** A step of a level: what, who, how, reminders, resources, dates, deadlines and the pager. */
import type { GuideContent } from '../content/guide-content';
import type { Language, StepFrontmatter } from '../content/schema';
import { escapeHtml } from '../content/html';
import { LOG_TOOL_REF } from '../content/log-tool';
import type { Translate } from '../i18n';
import { localize } from './content-query';
import type { EventInputModel } from './model';
import { dateInput, deadlineInfo } from './deadline-info';
import { levelModels } from './levels';
import { startQuestionModels } from './start-questions';
import { recordModel } from './record';
import type { ResourceModel, StepModel } from './model';

/** `fill` fills placeholders; `mark` explains glossary terms in HTML (see page.ts). */
export function stepModel(
	content: GuideContent,
	lang: Language,
	fm: StepFrontmatter,
	t: Translate,
	mark: (html: string) => string,
	fill: (text: string) => string
): StepModel {
	const level = levelModels(content, lang).find((l) => l.id === fm.level);
	if (!level) throw new Error(`Step ${fm.id} refers to unknown level ${fm.level}`);
	const index = level.steps.findIndex((s) => s.id === fm.id);
	const previous = level.steps[index - 1];
	const next = level.steps[index + 1];
	const texts = content.texts[lang];
	const resources = content.municipality.resources;
	const asHtml = (text: string) => mark(escapeHtml(fill(text)));
	return {
		level: { id: level.id, label: level.label, title: level.title, href: level.href },
		number: fm.step,
		count: level.steps.length,
		whatHtml: asHtml(fm.what),
		whoHtml: asHtml(fm.who),
		howHtml: fm.how.map(asHtml),
		// One warning per page: a reminder saying what the step's notice already says is left out.
		reminders: fm.reminders.filter((id) => !(fm.contactsGuardians && texts.reminders[id]?.sameAsNotice === 'contactsGuardians')).map((id) => {
			const reminder = texts.reminders[id];
			if (!reminder) throw new Error(`Unknown reminder ${id}`);
			return { id, title: fill(reminder.title), text: fill(reminder.text) };
		}),
		resources: fm.resources.map((r): ResourceModel => {
			if ('ref' in r && r.ref === LOG_TOOL_REF) {
				const tool = content.municipality.logTool;
				const title = t('safetyPage.logTool', { name: localize(tool.name, lang) });
				if (!tool.url) return { title };
				return { title: tool.example ? `${title} (${t('safetyPage.exampleTag')})` : title, url: tool.url };
			}
			if ('ref' in r) {
				const found = resources.find((x) => x.id === r.ref);
				if (!found) throw new Error(`Unknown resource ${r.ref}`);
				return { title: localize(found.title, lang), url: found.url };
			}
			return 'url' in r ? { title: fill(r.title), url: r.url } : { title: fill(r.title) };
		}),
		deadlines: fm.deadlines.map((id) => deadlineInfo(content, id, lang, t)),
		dates: fm.dates.map((id) => dateInput(content, id, lang)),
		neededDates: [...new Set(fm.deadlines.map((id) => content.deadlines.rules.find((r) => r.id === id)?.from))]
			.filter((id): id is string => id !== undefined && !fm.dates.includes(id))
			.map((id) => dateInput(content, id, lang)),
		startQuestions: startQuestionModels(content, lang),
		...eventOf(content, fm.id, lang),
		...recordModel(content, lang, fm.record),
		contactsGuardians: fm.contactsGuardians,
		consentNeeded: fm.consentNeeded,
		bodyIsBackground: fm.background,
		...(previous ? { previous: { href: previous.href, text: previous.title } } : {}),
		...(next ? { next: { href: next.href, text: next.title } } : {})
	};
}

function eventOf(content: GuideContent, stepId: string, lang: Language): { event?: EventInputModel } {
	const event = content.deadlines.events.find((e) => e.step === stepId);
	return event ? { event: { label: localize(event.label, lang) } } : {};
}
