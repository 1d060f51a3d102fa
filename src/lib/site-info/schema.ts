/**
 * What a public website must say about itself (kommune.yaml › siteInfo): when the content was
 * last revised and its version, when it is next due for review, the municipality's
 * accessibility statement (uustatus.no) and a way to give feedback.
 */
import { z } from 'zod';
import { isValidIsoDate } from '../deadlines/calendar';

export const isoDate = z
	.string()
	.refine((v) => isValidIsoDate(v), 'må være en dato skrevet ÅÅÅÅ-MM-DD, f.eks. "2026-11-15", i anførselstegn');

const link = z.strictObject({
	url: z.string().regex(/^(https:\/\/|mailto:)/, 'må være en lenke som starter med https:// eller mailto:'),
	/** The shipped example: shown marked «eksempel»; a release build refuses it. */
	example: z.boolean().default(false)
});

export const siteInfoSchema = z.strictObject({
	/** The date the municipality last revised the content. Shown on every page as «Sist revidert». */
	revised: isoDate,
	version: z.string().trim().min(1, 'kan ikke være tom'),
	/** When the content is next due for review; check:content warns once it has passed. */
	nextReview: isoDate,
	/** The municipality's accessibility statement (made in uustatus.no). */
	accessibilityStatement: link,
	/** Where a user gives feedback: an e-mail address (mailto:) or a form. */
	feedback: link
});
export type SiteInfo = z.infer<typeof siteInfoSchema>;

/** A warning once the review date has passed (today is a date in Norway, 'YYYY-MM-DD'). */
export function reviewDateWarning(info: SiteInfo | undefined, today: string): { field: string; message: string } | undefined {
	if (!info || info.nextReview >= today) return undefined;
	return {
		field: 'siteInfo.nextReview',
		message: `datoen for neste gjennomgang (${info.nextReview}) er passert. Gå gjennom innholdet, og sett ny revised, version og nextReview`
	};
}
