/**
 * Turns validated content into what one page shows. Pure: no file access, no rendering of
 * markdown (the body arrives as HTML). Components render these models; they do not compute.
 */
import type { ContentPage, GuideContent } from './loader';
import type { Language, LocalizedText, PageFrontmatter, StepFrontmatter } from './schema';
import { escapeHtml } from './html';
import { themeStyle } from './theme';
import { fillPlaceholders, type PlaceholderValues } from './placeholders';
import { markGlossaryTerms, type MarkableTerm } from './glossary';
import type { Translate } from '../i18n/translate';
import type { AnsweredNode, ChosenAnswer } from '../flow/walk';
import { LANGUAGES } from '../i18n/languages';
import { durationInDays, type DeadlineRuleInput, type Duration } from '../deadlines/compute';
import type { NoteContext } from '../outputs/note';

export function localize(text: LocalizedText, lang: Language): string {
	return typeof text === 'string' ? text : text[lang];
}

export function otherLanguage(lang: Language): Language {
	return lang === 'nb' ? 'nn' : 'nb';
}

/** Site-relative href of a content path, always with a trailing slash (static hosting). */
export function hrefOf(lang: Language, path: string): string {
	return path === '' ? `/${lang}/` : `/${lang}/${path}/`;
}

export interface LinkModel {
	href: string;
	text: string;
}

export interface AnswerModel {
	id: string;
	label: string;
	hint?: string;
	href: string;
	targetId: string;
}

export interface QuestionModel {
	text: string;
	hint?: string;
	answers: AnswerModel[];
}

export interface PhoneModel {
	label: string;
	number: string;
	tel: string;
	example: boolean;
}

export interface StepSummaryModel {
	id: string;
	step: number;
	title: string;
	summary: string;
	href: string;
}

export interface LevelModel {
	id: string;
	label: string;
	title: string;
	summary: string;
	href: string;
	steps: StepSummaryModel[];
}

export interface DeadlineInfoModel {
	id: string;
	label: string;
	/** The rule in words, e.g. "1 uke etter at undringen oppstod". */
	rule: string;
	source: string;
	/** The question for the date it counts from, e.g. "Når oppstod undringen?". */
	fromLabel: string;
	/** What the deadline computation needs (see lib/deadlines/compute.ts). */
	input: DeadlineRuleInput;
}

export interface DateInputModel {
	id: string;
	label: string;
	hint?: string;
	allowFuture: boolean;
}

export interface ResourceModel {
	title: string;
	url?: string;
}

export interface StepModel {
	level: { id: string; label: string; title: string; href: string };
	number: number;
	count: number;
	whatHtml: string;
	whoHtml: string;
	howHtml: string[];
	reminders: { id: string; title: string; text: string }[];
	resources: ResourceModel[];
	deadlines: DeadlineInfoModel[];
	dates: DateInputModel[];
	contactsGuardians: boolean;
	consentNeeded: boolean;
	previous?: LinkModel;
	next?: LinkModel;
}

export interface PageModel {
	id: string;
	kind: PageFrontmatter['kind'];
	lang: Language;
	path: string;
	title: string;
	summary: string;
	bodyHtml: string;
	question?: QuestionModel;
	step?: StepModel;
	level?: LevelModel;
	levels?: LevelModel[];
	glossary?: { id: string; term: string; definition: string }[];
	phones?: PhoneModel[];
	/** The deadlines page: every rule and every date the walk can ask for. */
	deadlinesPanel?: { rules: DeadlineInfoModel[]; dates: DateInputModel[] };
	/** What the walk records when the question on this page is answered. */
	walk?: { node: AnsweredNode; answers: ChosenAnswer[] };
	/** The note page: what the browser needs to build the note from the walk. */
	note?: { context: NoteContext; childHint: string; archiveSystem: string };
	/** The consent checklist page. */
	consent?: { items: { id: string; text: string; hint?: string }[]; confidentiality: string };
}

/**
 * HTML of the parts of a page that do not depend on the walk, by name, rendered at build time
 * (lib/server/static-parts.ts) so the browser gets them as data instead of as code.
 */
export type StaticParts = Record<string, string>;

/** A page's static parts: the layout's header and footer, and the page's own. */
export interface PageParts {
	header: string;
	footer: string;
	main: StaticParts;
}

/** What every page view gets from +page.svelte: the page's model, its static parts and the chrome. */
export interface PageViewProps {
	page: PageModel;
	parts: StaticParts;
	chrome: ChromeModel;
}

export interface ChromeModel {
	lang: Language;
	/** Id of the start page: where every walk begins. */
	startId: string;
	/** The municipality's main colour as CSS custom properties (theme.ts; contrast checked by check:content). */
	themeStyle: string;
	municipality: string;
	/** Site-relative URLs of the municipality's pictures (see routes/kommune). */
	logo?: { src: string; alt: string };
	favicon: string;
	links: {
		start: string;
		overview: LinkModel;
		glossary: LinkModel;
		safety: LinkModel;
		deadlines: LinkModel;
		note: LinkModel;
		consent: LinkModel;
		articles: LinkModel[];
	};
}

/** The picture files kommune.yaml names (logo, favicon): served under /kommune/. */
export function brandingFiles(municipality: GuideContent['municipality']): string[] {
	return [municipality.logo?.file, municipality.favicon].filter((f): f is string => !!f);
}

const brandingHref = (file: string) => `/kommune/${file}`;

export function placeholderValues(content: GuideContent, lang: Language): PlaceholderValues {
	return {
		kommune: localize(content.municipality.name, lang),
		arkivsystem: content.municipality.archiveSystem,
		loggverktøy: localize(content.municipality.logTool.name, lang)
	};
}

function pagesOfKind<K extends PageFrontmatter['kind']>(
	content: GuideContent,
	lang: Language,
	kind: K
): (ContentPage & { frontmatter: Extract<PageFrontmatter, { kind: K }> })[] {
	return content.pages[lang].filter(
		(p): p is ContentPage & { frontmatter: Extract<PageFrontmatter, { kind: K }> } => p.frontmatter.kind === kind
	);
}

function singlePage<K extends PageFrontmatter['kind']>(content: GuideContent, lang: Language, kind: K) {
	const page = pagesOfKind(content, lang, kind)[0];
	if (!page) throw new Error(`Content has no page of kind ${kind} in ${lang}`);
	return page;
}

export function chromeModel(content: GuideContent, lang: Language): ChromeModel {
	const values = placeholderValues(content, lang);
	const link = (page: ContentPage): LinkModel => ({
		href: hrefOf(lang, page.path),
		text: fillPlaceholders(page.frontmatter.title, values)
	});
	return {
		lang,
		startId: singlePage(content, lang, 'start').frontmatter.id,
		themeStyle: themeStyle(content.municipality.theme.color),
		municipality: localize(content.municipality.name, lang),
		...(content.municipality.logo
			? { logo: { src: brandingHref(content.municipality.logo.file), alt: localize(content.municipality.logo.alt, lang) } }
			: {}),
		favicon: content.municipality.favicon ? brandingHref(content.municipality.favicon) : '/favicon.svg',
		links: {
			start: hrefOf(lang, singlePage(content, lang, 'start').path),
			overview: link(singlePage(content, lang, 'overview')),
			glossary: link(singlePage(content, lang, 'glossary')),
			safety: link(singlePage(content, lang, 'safety')),
			deadlines: link(singlePage(content, lang, 'deadlines')),
			note: link(singlePage(content, lang, 'note')),
			consent: link(singlePage(content, lang, 'consent')),
			articles: pagesOfKind(content, lang, 'article').map(link)
		}
	};
}

export function levelModels(content: GuideContent, lang: Language): LevelModel[] {
	const steps = pagesOfKind(content, lang, 'step');
	return content.municipality.levels.map((level) => {
		const page = pagesOfKind(content, lang, 'level').find((p) => p.frontmatter.level === level.id);
		if (!page) throw new Error(`Level ${level.id} has no page in ${lang}`);
		return {
			id: level.id,
			label: localize(level.label, lang),
			title: page.frontmatter.title,
			summary: page.frontmatter.summary,
			href: hrefOf(lang, page.path),
			steps: steps
				.filter((s) => s.frontmatter.level === level.id)
				.sort((a, b) => a.frontmatter.step - b.frontmatter.step)
				.map((s) => ({
					id: s.frontmatter.id,
					step: s.frontmatter.step,
					title: s.frontmatter.title,
					summary: s.frontmatter.summary,
					href: hrefOf(lang, s.path)
				}))
		};
	});
}

export function glossaryTerms(content: GuideContent, lang: Language): MarkableTerm[] {
	const values = placeholderValues(content, lang);
	return singlePage(content, lang, 'glossary').frontmatter.terms.map((t) => ({
		...t,
		definition: fillPlaceholders(t.definition, values)
	}));
}

export function phoneModels(content: GuideContent, lang: Language): PhoneModel[] {
	const m = content.municipality;
	return [m.emergency, m.police, m.childWelfareService, m.childHelpline].map((p) => ({
		label: localize(p.label, lang),
		number: p.number,
		tel: `tel:${p.number.replace(/\s+/g, '')}`,
		example: p.example
	}));
}

/** A duration as people say it: whole weeks in weeks, anything else in days. */
function spokenDuration(duration: Duration): { unit: 'Weeks' | 'Days'; count: number } {
	const weeksOnly = (duration.weeks ?? 0) > 0 && !duration.days;
	return weeksOnly ? { unit: 'Weeks', count: duration.weeks ?? 0 } : { unit: 'Days', count: durationInDays(duration) };
}

function deadlineRuleText(
	rule: GuideContent['deadlines']['rules'][number],
	fromLabel: string,
	t: Translate
): string {
	if (rule.asSoonAsPossible) {
		if (!rule.outerLimit) return t('deadline.asSoonAsPossible', { from: fromLabel });
		const { unit, count } = spokenDuration(rule.outerLimit);
		return t(`deadline.asSoonAsPossible${unit}`, { count, from: fromLabel });
	}
	const { unit, count } = spokenDuration(rule.offset ?? {});
	if (count === 0) return t('deadline.sameDay', { from: fromLabel });
	return t(`deadline.${unit.toLowerCase()}`, { count, from: fromLabel });
}

function deadlineInfo(content: GuideContent, id: string, lang: Language, t: Translate): DeadlineInfoModel {
	const rule = content.deadlines.rules.find((r) => r.id === id);
	if (!rule) throw new Error(`Unknown deadline rule ${id}`);
	const from = content.deadlines.dates.find((d) => d.id === rule.from);
	if (!from) throw new Error(`Deadline rule ${id} counts from unknown date ${rule.from}`);
	return {
		id,
		label: localize(rule.label, lang),
		rule: deadlineRuleText(rule, localize(from.after, lang), t),
		source: localize(rule.source, lang),
		fromLabel: localize(from.label, lang),
		input: {
			id: rule.id,
			from: rule.from,
			caseTypes: rule.caseTypes,
			...(rule.offset ? { offset: rule.offset } : {}),
			...(rule.asSoonAsPossible ? { asSoonAsPossible: true as const } : {}),
			...(rule.outerLimit ? { outerLimit: rule.outerLimit } : {})
		}
	};
}

function dateInput(content: GuideContent, id: string, lang: Language): DateInputModel {
	const date = content.deadlines.dates.find((d) => d.id === id);
	if (!date) throw new Error(`Unknown date ${id}`);
	return {
		id,
		label: localize(date.label, lang),
		...(date.hint ? { hint: localize(date.hint, lang) } : {}),
		allowFuture: date.allowFuture
	};
}

function stepModel(
	content: GuideContent,
	lang: Language,
	fm: StepFrontmatter,
	t: Translate,
	mark: (html: string) => string,
	fill: (text: string) => string
): StepModel {
	const levels = levelModels(content, lang);
	const level = levels.find((l) => l.id === fm.level);
	if (!level) throw new Error(`Step ${fm.id} refers to unknown level ${fm.level}`);
	const index = level.steps.findIndex((s) => s.id === fm.id);
	const previous = level.steps[index - 1];
	const next = level.steps[index + 1];
	const texts = content.texts[lang];
	const resources = content.municipality.resources;
	const asText = (text: string) => mark(escapeHtml(fill(text)));
	return {
		level: { id: level.id, label: level.label, title: level.title, href: level.href },
		number: fm.step,
		count: level.steps.length,
		whatHtml: asText(fm.what),
		whoHtml: asText(fm.who),
		howHtml: fm.how.map(asText),
		reminders: fm.reminders.map((id) => {
			const reminder = texts.reminders[id];
			if (!reminder) throw new Error(`Unknown reminder ${id}`);
			return { id, title: fill(reminder.title), text: fill(reminder.text) };
		}),
		resources: fm.resources.map((r): ResourceModel => {
			if ('ref' in r) {
				const found = resources.find((x) => x.id === r.ref);
				if (!found) throw new Error(`Unknown resource ${r.ref}`);
				return { title: localize(found.title, lang), url: found.url };
			}
			return 'url' in r ? { title: fill(r.title), url: r.url } : { title: fill(r.title) };
		}),
		deadlines: fm.deadlines.map((id) => deadlineInfo(content, id, lang, t)),
		dates: fm.dates.map((id) => dateInput(content, id, lang)),
		contactsGuardians: fm.contactsGuardians,
		consentNeeded: fm.consentNeeded,
		previous: previous ? { href: previous.href, text: previous.title } : undefined,
		next: next ? { href: next.href, text: next.title } : undefined
	};
}

/**
 * The model of one page. `bodyHtml` is the markdown body already rendered to HTML;
 * placeholders are filled and glossary terms marked here.
 */
export function pageModel(
	content: GuideContent,
	page: ContentPage,
	bodyHtml: string,
	t: Translate
): PageModel {
	const lang = page.lang;
	const fm = page.frontmatter;
	const values = placeholderValues(content, lang);
	const fill = (text: string) => fillPlaceholders(text, values);
	const terms = fm.kind === 'glossary' ? [] : glossaryTerms(content, lang);
	const seen = new Set<string>();
	const mark = (html: string) =>
		markGlossaryTerms(html, terms, {
			seen,
			idPrefix: '',
			closeLabel: t('glossary.close'),
			explainLabel: t('glossary.explain')
		});
	const byId = new Map(content.pages[lang].map((p) => [p.frontmatter.id, p]));

	const model: PageModel = {
		id: fm.id,
		kind: fm.kind,
		lang,
		path: page.path,
		title: fill(fm.title),
		summary: fill(fm.summary),
		bodyHtml: ''
	};

	if (fm.kind === 'step') model.step = stepModel(content, lang, fm, t, mark, fill);
	model.bodyHtml = mark(fillPlaceholders(bodyHtml, values));

	if ('question' in fm) {
		model.question = {
			text: fill(fm.question.text ?? content.texts[lang].defaultQuestion),
			hint: fm.question.hint ? fill(fm.question.hint) : undefined,
			answers: fm.question.answers.map((a) => {
				const target = byId.get(a.next);
				if (!target) throw new Error(`Answer ${a.id} on ${fm.id} leads to unknown ${a.next}`);
				return {
					id: a.id,
					label: fill(a.label),
					hint: a.hint ? fill(a.hint) : undefined,
					href: hrefOf(lang, target.path),
					targetId: a.next
				};
			})
		};
	}
	if ('question' in fm) model.walk = walkModel(content, page);
	if (fm.kind === 'level') model.level = levelModels(content, lang).find((l) => l.id === fm.level);
	if (fm.kind === 'overview') model.levels = levelModels(content, lang);
	if (fm.kind === 'glossary') {
		model.glossary = glossaryTerms(content, lang)
			.map((term) => ({ id: term.id, term: term.term, definition: term.definition }))
			.sort((a, b) => a.term.localeCompare(b.term, lang));
	}
	if (fm.kind === 'safety') model.phones = phoneModels(content, lang);
	if (fm.kind === 'deadlines') {
		model.deadlinesPanel = {
			rules: content.deadlines.rules.map((r) => deadlineInfo(content, r.id, lang, t)),
			dates: content.deadlines.dates.map((d) => dateInput(content, d.id, lang))
		};
	}
	if (fm.kind === 'note') {
		model.note = {
			context: noteContext(content, lang, t),
			childHint: fill(fm.childHint),
			archiveSystem: content.municipality.archiveSystem
		};
	}
	if (fm.kind === 'consent') {
		model.consent = {
			items: fm.items.map((item) => ({ id: item.id, text: fill(item.text), ...(item.hint ? { hint: fill(item.hint) } : {}) })),
			confidentiality: localize(content.municipality.confidentialityMarking, lang)
		};
	}
	return model;
}

/** Everything the note needs from the content, in one language; the walk supplies the rest. */
export function noteContext(content: GuideContent, lang: Language, t: Translate): NoteContext {
	const values = placeholderValues(content, lang);
	const fill = (text: string) => fillPlaceholders(text, values);
	const levelLabels = new Map(content.municipality.levels.map((l) => [l.id, localize(l.label, lang)]));
	const pages = content.pages[lang];
	return {
		municipality: localize(content.municipality.name, lang),
		confidentiality: localize(content.municipality.confidentialityMarking, lang),
		titles: content.texts[lang].noteTitles,
		endings: Object.fromEntries(
			pagesOfKind(content, lang, 'ending').map((p) => [p.frontmatter.id, { outcome: p.frontmatter.outcome, title: fill(p.frontmatter.title) }])
		),
		nodes: Object.fromEntries(
			pages.map((p) => {
				const fm = p.frontmatter;
				const place = fm.kind === 'step' ? { level: levelLabels.get(fm.level) ?? fm.level, step: fm.step } : {};
				return [fm.id, { title: fill(fm.title), ...place }];
			})
		),
		dates: content.deadlines.dates.map((d) => ({ id: d.id, label: localize(d.noteLabel, lang) })),
		rules: content.deadlines.rules.map((r) => deadlineInfo(content, r.id, lang, t)),
		consent: {
			itemIds: singlePage(content, lang, 'consent').frontmatter.items.map((i) => i.id),
			neededAt: pagesOfKind(content, lang, 'step')
				.filter((p) => p.frontmatter.consentNeeded)
				.map((p) => p.frontmatter.id)
		}
	};
}

/** The node and its answers in both languages, so a recorded walk can be shown in either. */
export function walkModel(content: GuideContent, page: ContentPage): PageModel['walk'] {
	const inLanguage = Object.fromEntries(
		LANGUAGES.map((lang) => [lang, content.pages[lang].find((p) => p.frontmatter.id === page.frontmatter.id)])
	) as Record<Language, ContentPage | undefined>;
	const both = (pick: (p: ContentPage, lang: Language) => string) =>
		Object.fromEntries(
			LANGUAGES.map((lang) => {
				const translated = inLanguage[lang] ?? page;
				return [lang, fillPlaceholders(pick(translated, lang), placeholderValues(content, lang))];
			})
		) as Record<Language, string>;
	const fm = page.frontmatter;
	if (!('question' in fm)) return undefined;
	const paths = new Map(content.pages[page.lang].map((p) => [p.frontmatter.id, p.path]));
	return {
		node: {
			id: fm.id,
			path: page.path,
			kind: fm.kind,
			title: both((p) => p.frontmatter.title),
			question: both((p, lang) =>
				'question' in p.frontmatter ? (p.frontmatter.question.text ?? content.texts[lang].defaultQuestion) : ''
			),
			contactsGuardians: fm.kind === 'step' && fm.contactsGuardians
		},
		answers: fm.question.answers.map((a) => ({
			id: a.id,
			next: a.next,
			nextPath: paths.get(a.next) ?? '',
			label: both((p) => {
				const translated = 'question' in p.frontmatter ? p.frontmatter.question.answers.find((x) => x.id === a.id) : undefined;
				return translated?.label ?? a.label;
			}),
			...(a.sets ? { sets: a.sets } : {}),
			...(a.safetyConcern ? { safetyConcern: true } : {})
		}))
	};
}
