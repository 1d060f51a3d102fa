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

export const httpUrl = z
	.string()
	.regex(/^(https?:\/\/|mailto:|tel:|\/)/, 'må være en full lenke som starter med https://');
