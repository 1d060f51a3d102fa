/**
 * The contacts on the safety page (kommune.yaml › contacts): any number of phone numbers, each
 * with its opening hours and when to use it. The hours are data, so the page can put the one
 * that is open now first (order.ts) and write the hours in words (format.ts).
 */
import { z } from 'zod';

const clock = z
	.string()
	.regex(/^(([01][0-9]|2[0-3]):[0-5][0-9]|24:00)$/, 'må være et klokkeslett skrevet TT:MM, f.eks. "08:00" (24:00 er slutten av dagen)');

/** weekdays: Monday–Friday that are not public holidays; weekend: Saturday, Sunday and public holidays. */
export const DAY_GROUPS = ['weekdays', 'weekend', 'every-day'] as const;
export type DayGroup = (typeof DAY_GROUPS)[number];

const period = z
	.strictObject({
		days: z.enum(DAY_GROUPS, { error: 'må være weekdays (hverdager), weekend (helg og helligdager) eller every-day (alle dager)' }),
		from: clock,
		/** Earlier than `from`: the evening and the early morning of each day, e.g. weekdays 15:30–08:00. */
		to: clock
	})
	.refine((p) => p.from !== p.to, 'from og to kan ikke være like; skriv hours: always for hele døgnet');
export type OpeningPeriod = z.infer<typeof period>;

/** `hours: always` in kommune.yaml is read as this one period. */
export const ALWAYS: OpeningPeriod = { days: 'every-day', from: '00:00', to: '24:00' };

export const openingHours = z.preprocess(
	(value) => (value === 'always' ? [ALWAYS] : value),
	z
		.array(period, { error: 'må være always (hele døgnet) eller en liste med perioder (days, from, to)' })
		.min(1, 'må ha minst én periode, eller være always')
);
export type OpeningHours = OpeningPeriod[];

/** When the user should pick this number. The page ranks contacts by it (order.ts). */
export const CONTACT_USES = ['office-hours', 'after-hours', 'anytime', 'emergency', 'anonymous-advice'] as const;
export type ContactUse = (typeof CONTACT_USES)[number];

export const phoneNumber = z
	.string()
	.regex(/^\+?[0-9]( ?[0-9]){2,14}$/, 'må være et telefonnummer med bare sifre og enkle mellomrom, f.eks. "12 34 56 78"');

export function contactSchema<T extends z.ZodType>(localizedText: T, id: z.ZodString) {
	return z.strictObject({
		id,
		name: localizedText,
		number: phoneNumber,
		hours: openingHours,
		/** What the number is for, in one sentence. */
		purpose: localizedText,
		use: z.enum(CONTACT_USES, {
			error: 'må være office-hours, after-hours, anytime, emergency eller anonymous-advice'
		}),
		/** An example the municipality must replace: shown as text marked «eksempel», never as a link. */
		example: z.boolean().default(false)
	});
}

/** The numbers on the safety page, in the order they are listed when nothing is known of the time. */
export function contactListSchema<T extends z.ZodType>(localizedText: T, id: z.ZodString) {
	return z
		.array(contactSchema(localizedText, id))
		.min(1, 'må ha minst ett telefonnummer')
		.superRefine((list, ctx) => {
			const seen = new Set<string>();
			list.forEach((c, i) => {
				if (seen.has(c.id)) ctx.addIssue({ code: 'custom', path: [i, 'id'], message: `«${c.id}» står to ganger` });
				seen.add(c.id);
			});
			if (!list.some((c) => c.use === 'emergency')) {
				ctx.addIssue({ code: 'custom', message: 'må ha et nødnummer (use: emergency), f.eks. 112' });
			}
		});
}
