/**
 * What one page of the guide shows: the data a route's `load` returns and its view renders.
 * Built from the content at build time (page.ts); components render these, they do not compute.
 */
import type { Language } from '../i18n/languages';
import type { AnsweredNode, ChosenAnswer } from '../flow/walk';
import type { DeadlineInfoModel } from '../deadlines/rule-info';
import type { NoteContext } from '../outputs/note-context';
import type { ContactUse, OpeningHours } from '../contacts/schema';
import type { RecordFieldId } from '../flow/record';

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

/** What the walk records when the question on a page is answered. */
export interface WalkNodeModel {
	node: AnsweredNode;
	answers: ChosenAnswer[];
}

/**
 * A start question (the service, the case type) asked again on a step for someone who joins there
 * (flow/join.ts). It records exactly what answering it on its own page records.
 */
export interface StartQuestionModel extends WalkNodeModel {
	/** The facts its answers record (`sets`): once the walk knows them all, it is not asked again. */
	facts: string[];
	/** Its own page: the way there without JavaScript. */
	href: string;
	hint?: string;
}

/** A number on the safety page. `tel` is absent for an example number: it is shown as text, never as a link. */
export interface ContactModel {
	id: string;
	name: string;
	number: string;
	tel?: string;
	example: boolean;
	/** The hours as data, so the browser can put the one open now first (contacts/order.ts). */
	hours: OpeningHours;
	hoursText: string;
	purpose: string;
	use: ContactUse;
	useText: string;
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
	/** The page that prints the whole level (print-paths.ts). */
	printHref: string;
	steps: StepSummaryModel[];
}

export interface DateInputModel {
	id: string;
	label: string;
	hint?: string;
	allowFuture: boolean;
}

/** A step that records an event asks when it happened (frister.yaml `events`). */
export interface EventInputModel {
	label: string;
}

/**
 * The note's fields a page asks for (content `record:`), in that order: `participants` is kept
 * per step, the others once per case; `report` stands for the violence path's fields.
 */
export interface RecordFieldsModel {
	fields: (RecordFieldId | 'participants' | 'report')[];
	/** Whom the user may have called (the safety page's numbers), for `report`. */
	contacts: { id: string; name: string }[];
	/** The log tool's name, for the dates of its consent and closing. */
	logTool: string;
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
	/** Dates this step's deadlines count from that another step asks for: asked here too when missing. */
	neededDates: DateInputModel[];
	/** Asked in «Kommer du inn her?» while the walk lacks what they record. */
	startQuestions: StartQuestionModel[];
	event?: EventInputModel;
	record?: RecordFieldsModel;
	contactsGuardians: boolean;
	consentNeeded: boolean;
	/** The body is background, folded under «Les mer». */
	bodyIsBackground: boolean;
	previous?: LinkModel;
	next?: LinkModel;
}

interface PageBase {
	id: string;
	lang: Language;
	path: string;
	title: string;
	summary: string;
	/** The markdown body as HTML, placeholders filled and glossary terms marked. */
	bodyHtml: string;
}

/** A page that ends with a question, and so is a node of the walk. */
interface AskingPage extends PageBase {
	question: QuestionModel;
	walk: WalkNodeModel;
}

export interface StartPageModel extends AskingPage {
	kind: 'start';
}
export interface QuestionPageModel extends AskingPage {
	kind: 'question';
}
export interface SafetyPageModel extends AskingPage {
	kind: 'safety';
	contacts: ContactModel[];
	/** The written report form; `example` while the link is the shipped example (shown as text). */
	reportForm?: { url: string; example: boolean };
	record?: RecordFieldsModel;
}
export interface StepPageModel extends AskingPage {
	kind: 'step';
	step: StepModel;
}
export interface LevelPageModel extends PageBase {
	kind: 'level';
	level: LevelModel;
}
export interface OverviewPageModel extends PageBase {
	kind: 'overview';
	levels: LevelModel[];
}
export interface GlossaryPageModel extends PageBase {
	kind: 'glossary';
	glossary: { id: string; term: string; definition: string }[];
}
export interface ArticlePageModel extends PageBase {
	kind: 'article';
}
export interface EndingPageModel extends PageBase {
	kind: 'ending';
	record?: RecordFieldsModel;
}
/** The deadlines page: every rule and every date the walk can ask for. */
export interface DeadlinesPageModel extends PageBase {
	kind: 'deadlines';
	/** frister.yaml `calendar`: the reminder's lead time and the days never recommended (MM-DD). */
	calendar: { reminderDaysBefore: number; avoidDays: string[] };
	rules: DeadlineInfoModel[];
	dates: DateInputModel[];
}
/** The note page: what the browser needs to build the note from the walk. */
export interface NotePageModel extends PageBase {
	kind: 'note';
	note: { context: NoteContext; childHint: string };
}
export interface ConsentPageModel extends PageBase {
	kind: 'consent';
	consent: { items: { id: string; text: string; hint?: string }[]; confidentiality: string };
}

/** «Hva er endret»: what changed in each version, newest first (site-info/changelog.ts). */
export interface ChangesPageModel extends PageBase {
	kind: 'changes';
	entries: { version: string; date: string; dateText: string; changes: string[] }[];
}

/** One step as the print pages show it: what to do, its text and where each answer leads. */
export type PrintStepModel = Pick<StepModel, 'number' | 'whatHtml' | 'whoHtml' | 'howHtml' | 'contactsGuardians' | 'consentNeeded' | 'reminders' | 'resources'> & {
	id: string;
	title: string;
	summary: string;
	/** The whole body, background too: paper has no «Les mer». */
	bodyHtml: string;
	deadlines: Pick<DeadlineInfoModel, 'id' | 'label' | 'rule' | 'source'>[];
	question: { text: string; answers: { id: string; label: string; leadsTo: string }[] };
};

export interface PrintLevelModel {
	id: string;
	label: string;
	title: string;
	summary: string;
	bodyHtml: string;
	steps: PrintStepModel[];
}

/** A whole level, or the whole guide, as one document for binders and training (pages/print.ts). */
export interface PrintPageModel extends PageBase {
	kind: 'print';
	/** The whole guide has a heading per level (h2) and its steps under it (h3); a level's page has its steps as h2. */
	scope: 'guide' | 'level';
	levels: PrintLevelModel[];
}

export type PageModel =
	| StartPageModel
	| QuestionPageModel
	| SafetyPageModel
	| StepPageModel
	| LevelPageModel
	| OverviewPageModel
	| GlossaryPageModel
	| ArticlePageModel
	| EndingPageModel
	| DeadlinesPageModel
	| NotePageModel
	| ConsentPageModel
	| ChangesPageModel
	| PrintPageModel;

export type PageKind = PageModel['kind'];

/** What the language layout loads once per language (routes/layout/[lang].json): the chrome and the UI strings. */
export interface LanguageLayoutData {
	chrome: ChromeModel;
	strings: Record<string, unknown>;
}

/** What every page of one language shares: the header, footer, theme and the fixed links. */
export interface ChromeModel {
	lang: Language;
	/** Id of the start page: where every walk begins. */
	startId: string;
	/** The municipality's main colour as CSS custom properties (theme.ts; contrast checked by check:content). */
	themeStyle: string;
	municipality: string;
	/** Site-relative URLs of the municipality's pictures (see routes/kommune). */
	/** `showsName`: the picture carries the name and replaces it; otherwise it is an emblem beside the name. */
	logo?: { src: string; alt: string; showsName: boolean };
	favicon: string;
	/** «Sist revidert», version and the footer's links to the accessibility statement and feedback. */
	siteInfo?: { revised: string; version: string; accessibility: { href: string; example: boolean }; feedback: { href: string; example: boolean } };
	/** For the saved case file: which guide wrote it, and the ids of every page a walk can answer or end on. */
	caseFile: { guide: string; nodeIds: string[] };
	links: {
		start: string;
		overview: LinkModel;
		glossary: LinkModel;
		safety: LinkModel;
		deadlines: LinkModel;
		note: LinkModel;
		consent: LinkModel;
		/** «Hva er endret», beside the version in the footer; absent without a `changes` page. */
		changes?: LinkModel;
		/** The whole guide as one document to print. */
		print: string;
		articles: LinkModel[];
	};
}
