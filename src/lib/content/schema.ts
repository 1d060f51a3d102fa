/**
 * The shape of everything in `content/`. Field names are English (they are code);
 * `content/README.md` explains each one in Norwegian for the web editor.
 */
import { z } from 'zod';

import { LANGUAGES, type Language } from '../i18n/languages';
import { contactListSchema } from '../contacts/schema';
import { siteInfoSchema } from '../site-info/schema';
import { changeEntriesSchema } from '../site-info/changelog';

export { LANGUAGES, type Language };
import { httpUrl, id, localizedText, text } from './schema-base';
export { localizedText, type LocalizedText } from './schema-base';
export * from './schema-deadlines';

// ---------------------------------------------------------------------------
// Municipality file: content/kommune.yaml
// ---------------------------------------------------------------------------

/** A picture lying next to kommune.yaml, e.g. `logo.svg`: copied into the site at build time. */
const imageFile = z
	.string()
	.regex(/^[a-zA-Z0-9_-]+\.(svg|png)$/, 'må være navnet på en .svg- eller .png-fil som ligger i innholdsmappen, f.eks. logo.svg');

export const municipalitySchema = z.strictObject({
	name: localizedText,
	/**
	 * The logo in the header. By default an emblem shown beside the name in text (the picture is
	 * decorative then). `showsName: true`: the picture carries the name itself (its letters drawn
	 * as paths, never as SVG text) and is shown instead of the name, with `alt` as its text.
	 */
	logo: z.strictObject({ file: imageFile, alt: localizedText, showsName: z.boolean().default(false) }).optional(),
	/** The icon in the browser tab. */
	favicon: imageFile.optional(),
	/** Set to true while values are the shipped examples; the build warns. */
	example: z.boolean().default(false),
	/** The numbers on the safety page, in the order they are listed when nothing is known of the time. */
	contacts: contactListSchema(localizedText, id),
	archiveSystem: text,
	/**
	 * The record system per service, where it is not `archiveSystem`: health staff write in the
	 * patient record (EPJ). Keys are the values answers set with `sets: { service: … }`.
	 */
	archiveSystems: z.record(id, localizedText).default({}),
	logTool: z.strictObject({
		name: localizedText,
		url: httpUrl.optional(),
		example: z.boolean().default(false)
	}),
	/** The language `/` opens: a nynorsk municipality sets nn. */
	defaultLanguage: z.enum(LANGUAGES, { error: 'må være nb (bokmål) eller nn (nynorsk)' }).default('nb'),
	/** Revision date, version, review date, accessibility statement and feedback (site-info/schema.ts). */
	siteInfo: siteInfoSchema.optional(),
	/** The written report to the child welfare service (for public employees: the national digital form). */
	reportForm: z.strictObject({ url: httpUrl, example: z.boolean().default(false) }).optional(),
	confidentialityMarking: localizedText.default('Unntatt offentlighet, jf. offl. § 13 og fvl. § 13'),
	levels: z
		.array(
			z.strictObject({
				id,
				label: localizedText
			})
		)
		.min(1, 'må ha minst ett nivå'),
	resources: z
		.array(
			z.strictObject({
				id,
				title: localizedText,
				url: httpUrl.optional(),
				missing: z.literal(true).optional()
			})
		)
		.default([]),
	theme: z
		.strictObject({
			color: z.string().regex(/^#[0-9a-fA-F]{6}$/, 'må være en farge skrevet som #RRGGBB')
		})
		.default({ color: '#0062ba' })
});
export type Municipality = z.infer<typeof municipalitySchema>;

// ---------------------------------------------------------------------------
// Shared texts per language: content/<lang>/tekster.yaml
// ---------------------------------------------------------------------------

export const textsFileSchema = z.strictObject({
	/** The question a step asks when it does not set its own. */
	defaultQuestion: text,
	/** Reminder texts, referred to by id from steps (`reminders: [barnets-stemme]`). */
	reminders: z.record(
		id,
		z.strictObject({
			title: text,
			text,
			/** `contactsGuardians`: says what that notice says, so a step showing the notice leaves it out of «Husk». */
			sameAsNotice: z.enum(['contactsGuardians']).optional()
		})
	),
	/**
	 * Titles of the note: `closing` for a closed case (no concern, or after measures), `summary`
	 * while it is open, `report` when it was reported to the child welfare service or the police.
	 */
	noteTitles: z.strictObject({
		closing: text,
		summary: text,
		report: text
	})
});
export type TextsFile = z.infer<typeof textsFileSchema>;

// ---------------------------------------------------------------------------
// Markdown pages: content/<lang>/**/*.md (frontmatter)
// ---------------------------------------------------------------------------

export const answerSchema = z.strictObject({
	id,
	label: text,
	hint: text.optional(),
	/**
	 * The answer as a statement for the record: the line the trail and the note quote instead of
	 * the button's label (which answers the question, e.g. «Ja, vi har hatt samtalen»). Required on
	 * steps (see `stepPage`); elsewhere the label is quoted when it is left out.
	 */
	conclusion: text.optional(),
	/** Id of the page this answer leads to. */
	next: id,
	/** Facts the answer records for later use, e.g. `caseType: skolemiljo`. */
	sets: z.record(z.string().regex(/^[a-zA-Z]+$/, 'navnet må bare ha bokstaver, f.eks. caseType'), id).optional(),
	/** This answer means violence or abuse is suspected (the safety rule applies). */
	safetyConcern: z.literal(true).optional()
});
export type Answer = z.infer<typeof answerSchema>;

export const questionSchema = z.strictObject({
	/** Leave out to use `defaultQuestion` from tekster.yaml ("Grunn til bekymring?"). */
	text: text.optional(),
	hint: text.optional(),
	answers: z.array(answerSchema).min(1, 'må ha minst ett svar')
});
export type Question = z.infer<typeof questionSchema>;

const resource = z.union([
	z.strictObject({ title: text, url: httpUrl }),
	z.strictObject({ title: text, missing: z.literal(true) }),
	z.strictObject({ ref: id })
]);

const base = {
	id,
	title: text,
	summary: text
};

/**
 * The note's structured fields a page asks for (`record:`), filled in there and editable on the
 * note page. What each one is: src/lib/flow/record.ts.
 */
export const STEP_RECORD_FIELDS = ['participants', 'unit', 'stafettholder', 'childView', 'guardiansView', 'goals', 'evaluation', 'consentSignedOn'] as const;
export const ENDING_RECORD_FIELDS = ['familyInformed', 'logClosedOn', 'report'] as const;
export const SAFETY_RECORD_FIELDS = ['report'] as const;
const recordList = <T extends readonly [string, ...string[]]>(ids: T) =>
	z.array(z.enum(ids, { error: `må være en av: ${ids.join(', ')}` })).default([]);

const startPage = z.strictObject({ ...base, kind: z.literal('start'), question: questionSchema });
const questionPage = z.strictObject({ ...base, kind: z.literal('question'), question: questionSchema });
const safetyPage = z.strictObject({ ...base, kind: z.literal('safety'), question: questionSchema, record: recordList(SAFETY_RECORD_FIELDS) });
const levelPage = z.strictObject({ ...base, kind: z.literal('level'), level: id });
const stepPage = z
	.strictObject({
		...base,
		kind: z.literal('step'),
		level: id,
		step: z.number().int().min(1),
		what: text,
		who: text,
		how: z.array(text).min(1, 'må ha minst ett punkt'),
		question: questionSchema,
		/** The step tells the user to contact the guardians (not while violence is suspected). */
		contactsGuardians: z.boolean().default(false),
		/** Consent is needed at this step (the consent checklist is offered). */
		consentNeeded: z.boolean().default(false),
		/** The body is background: shown folded under «Les mer», after what to do. */
		background: z.boolean().default(false),
		/** Ids from frister.yaml `dates` that this step asks for. */
		dates: z.array(id).default([]),
		/** Ids from frister.yaml `rules` shown on this step. */
		deadlines: z.array(id).default([]),
		resources: z.array(resource).default([]),
		/** Ids from tekster.yaml `reminders`. */
		reminders: z.array(id).default([]),
		record: recordList(STEP_RECORD_FIELDS)
	})
	.superRefine((step, ctx) => requireConclusions(step.id, step.question, ctx));

/**
 * On a step every answer goes into the record with its `conclusion`, except an answer that leads
 * back to the step itself («ikke ennå»): that one records nothing (validate.ts refuses a
 * conclusion there).
 */
function requireConclusions(stepId: string, question: Question, ctx: z.RefinementCtx): void {
	question.answers.forEach((answer, i) => {
		if (answer.next === stepId || answer.conclusion !== undefined) return;
		ctx.addIssue({
			code: 'custom',
			path: ['question', 'answers', i, 'conclusion'],
			message: `mangler: skriv svaret «${answer.id}» som en setning til sporet og notatet, f.eks. «Samtalen med foresatte er gjennomført.»`
		});
	});
}
const endingOutcome = z.enum(['closed-no-concern', 'closed-after-measures', 'referred', 'team-decides']);
export type EndingOutcome = z.infer<typeof endingOutcome>;
const endingPage = z.strictObject({
	...base,
	kind: z.literal('ending'),
	outcome: endingOutcome,
	record: recordList(ENDING_RECORD_FIELDS)
});
const glossaryPage = z.strictObject({
	...base,
	kind: z.literal('glossary'),
	terms: z
		.array(
			z.strictObject({
				id,
				term: text,
				/** Other forms of the word that should also be explained in the text. */
				forms: z.array(text).default([]),
				definition: text
			})
		)
		.min(1)
});
const articlePage = z.strictObject({ ...base, kind: z.literal('article') });
const deadlinesPage = z.strictObject({ ...base, kind: z.literal('deadlines') });
const overviewPage = z.strictObject({ ...base, kind: z.literal('overview') });
/** The summary note, assembled in the browser from the user's walk. */
const notePage = z.strictObject({
	...base,
	kind: z.literal('note'),
	/** Shown beside the optional field that identifies the child (what to write, what not to). */
	childHint: text
});
/** The consent checklist, offered on steps with `consentNeeded: true`. */
const consentPage = z.strictObject({
	...base,
	kind: z.literal('consent'),
	items: z
		.array(
			z.strictObject({
				id,
				text,
				hint: text.optional()
			})
		)
		.min(1, 'må ha minst ett punkt')
});
/** What changed in each version, newest first (site-info/changelog.ts); linked from the footer. */
const changesPage = z.strictObject({ ...base, kind: z.literal('changes'), entries: changeEntriesSchema });

const PAGE_SCHEMAS = [
	startPage,
	questionPage,
	safetyPage,
	levelPage,
	stepPage,
	endingPage,
	glossaryPage,
	articlePage,
	overviewPage,
	deadlinesPage,
	notePage,
	consentPage,
	changesPage
] as const;

export const pageSchema = z.discriminatedUnion('kind', PAGE_SCHEMAS, {
	error: () => `må være en av: ${PAGE_SCHEMAS.map((p) => p.shape.kind.value).join(', ')}`
});
export type PageFrontmatter = z.infer<typeof pageSchema>;
export type PageKind = PageFrontmatter['kind'];
export type StepFrontmatter = z.infer<typeof stepPage>;
export type StepRecordField = (typeof STEP_RECORD_FIELDS)[number];
export type EndingRecordField = (typeof ENDING_RECORD_FIELDS)[number];
export type GlossaryTerm = z.infer<typeof glossaryPage>['terms'][number];
export type ConsentItem = z.infer<typeof consentPage>['items'][number];
export type ChangesFrontmatter = z.infer<typeof changesPage>;

/** Page kinds that end with a question and so are nodes of the walk. */
export const QUESTION_KINDS = ['start', 'question', 'safety', 'step'] as const;
