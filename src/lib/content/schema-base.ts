/** The small building blocks every content schema uses (see schema.ts). */
import { z } from 'zod';

/** Lower-case letters, digits and hyphens: ids end up in URLs and in sessionStorage. */
export const id = z
	.string()
	.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'må bestå av små bokstaver a–z, sifre og bindestrek (f.eks. niva-1-trinn-2)');

export const text = z.string().trim().min(1, 'kan ikke være tom');

/** A text that is the same in both languages, or given per language. */
export const localizedText = z.union([text, z.strictObject({ nb: text, nn: text })], {
	error: 'må være en tekst, eller «nb:» og «nn:» med hver sin tekst'
});
export type LocalizedText = z.infer<typeof localizedText>;

/**
 * A link in kommune.yaml or a page's resources: another site over https, an e-mail address or a
 * phone number. Not `http:` (anyone on the way could change the page), not `/…` (the build
 * would follow it, and stop with a 404 on a page that does not exist; it would also miss the
 * base path) and not `//…`, `javascript:` or `data:`.
 */
export const httpUrl = z
	.string()
	.regex(/^(https:\/\/[^/\s]+|mailto:\S|tel:\S)/i, 'må være en full lenke som starter med https:// (eller mailto: for e-post)');
