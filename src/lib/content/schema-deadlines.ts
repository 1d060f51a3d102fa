/** content/frister.yaml: the dates the walk asks for, the deadline rules, events and the calendar (see schema.ts). */
import { z } from 'zod';
import { id, localizedText, text } from './schema-base';

// ---------------------------------------------------------------------------
// Deadline rules: content/frister.yaml
// ---------------------------------------------------------------------------

/**
 * Ten years at most: a deadline further out is a typo, and a date past year 9999 stops the
 * page's deadline calculation in the browser (RangeError) as soon as the user types a date.
 */
const offset = z
	.strictObject({
		days: z.number().int().min(0).max(3650, 'høyst 3650 (ti år)').optional(),
		weeks: z.number().int().min(0).max(520, 'høyst 520 (ti år)').optional()
	})
	.refine((o) => o.days !== undefined || o.weeks !== undefined, 'må ha days eller weeks');

export const deadlinesFileSchema = z.strictObject({
	/** The dates the walk asks the user for. */
	dates: z.array(
		z.strictObject({
			id,
			/** The question the walk asks, e.g. "Når oppstod undringen?". */
			label: localizedText,
			/** How a deadline names the date, e.g. "at undringen oppstod" (→ "1 uke etter at undringen oppstod"). */
			after: localizedText,
			/** How the summary note names the date, e.g. "Undringen oppstod". */
			noteLabel: localizedText,
			hint: localizedText.optional(),
			/** Whether the date may lie ahead (an agreed meeting), or must have happened (the undring). */
			allowFuture: z.boolean().default(false)
		})
	),
	rules: z.array(
		z
			.strictObject({
				id,
				label: localizedText,
				/** Id of the date it counts from (see `dates`). */
				from: id,
				offset: offset.optional(),
				asSoonAsPossible: z.literal(true).optional(),
				/** For «as soon as possible»: the latest date the content gives, if any. */
				outerLimit: offset.optional(),
				/** Case type ids; empty or missing means every case type. */
				caseTypes: z.array(id).default([]),
				/** Where the rule comes from, per language: Acts are named differently in nynorsk (barnehagelova). */
				source: z.strictObject(
					{ nb: text, nn: text },
					{ error: 'må ha en tekst per språk («nb:» og «nn:»): lovene har egne navn på nynorsk, f.eks. barnehagelova' }
				)
			})
			.refine(
				(r) => (r.offset === undefined) !== (r.asSoonAsPossible === undefined),
				'må ha enten offset eller asSoonAsPossible: true (ikke begge)'
			)
			.refine((r) => r.outerLimit === undefined || r.asSoonAsPossible, 'outerLimit brukes bare sammen med asSoonAsPossible: true')
	),
	/**
	 * The steps that record an event (a conversation, a meeting, measures started): the step asks
	 * when it happened, the note and the trail show that date, and it meets the listed deadlines.
	 */
	events: z
		.array(
			z.strictObject({
				/** Id of the step (or question page) that asks. */
				step: id,
				/** The question, e.g. "Når ble samtalen holdt?". */
				label: localizedText,
				/** Ids from `rules` that are met when this event has happened. */
				meets: z.array(id).default([])
			})
		)
		.default([]),
	/** The calendar file and the recommended day. */
	calendar: z
		.strictObject({
			/** The reminder (VALARM) in the calendar file, this many days before the recommended day. */
			reminderDaysBefore: z.number().int().min(0).max(30).default(2),
			/**
			 * Days (MM-DD) the guide does not recommend for a deadline even when they are working
			 * days, such as julaften (12-24) and nyttårsaften (12-31): the working day before is
			 * recommended. The legal deadline itself does not move.
			 */
			// At most three months: the recommended day steps back past avoided days, and with every day avoided it never finds one.
			avoidDays: z
				.array(z.string().regex(/^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, 'skriv dagen som MM-DD, for eksempel 12-24'))
				.max(92, 'høyst 92 dager; veilederen må kunne anbefale en dag')
				.default(['12-24', '12-31'])
		})
		.default({ reminderDaysBefore: 2, avoidDays: ['12-24', '12-31'] })
});
export type DeadlinesFile = z.infer<typeof deadlinesFileSchema>;
export type DeadlineRule = DeadlinesFile['rules'][number];
export type EventRule = DeadlinesFile['events'][number];
