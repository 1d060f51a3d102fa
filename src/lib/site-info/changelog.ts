/**
 * The change log («Hva er endret»): the `changes` page lists what changed in each version, newest
 * first. Its newest entry is the version and date the footer shows (kommune.yaml › siteInfo), so
 * the footer never names a version the change log does not explain.
 */
import { z } from 'zod';
import { text } from '../content/schema-base';
import { isoDate, type SiteInfo } from './schema';

export const changeEntrySchema = z.strictObject({
	version: z.string().trim().min(1, 'kan ikke være tom'),
	date: isoDate,
	/** What changed, one point each, in the reader's words. */
	changes: z.array(text).min(1, 'må ha minst ett punkt')
});
export type ChangeEntry = z.infer<typeof changeEntrySchema>;

export const changeEntriesSchema = z.array(changeEntrySchema).min(1, 'må ha minst én versjon');

/** What is wrong with a change log, as fields of the page (`entries.1.date`) and messages. */
export function changelogProblems(entries: readonly ChangeEntry[], info: SiteInfo | undefined): { field: string; message: string }[] {
	const problems: { field: string; message: string }[] = [];
	entries.forEach((entry, i) => {
		const newer = entries[i - 1];
		if (newer && entry.date > newer.date) {
			problems.push({ field: `entries.${i}.date`, message: `versjonene må stå med den nyeste først: ${entry.date} står under ${newer.date}` });
		}
		const first = entries.findIndex((e) => e.version === entry.version);
		if (first !== i) problems.push({ field: `entries.${i}.version`, message: `versjon ${entry.version} står også i entries.${first}` });
	});
	const newest = entries[0];
	if (info && newest) {
		if (newest.version !== info.version) {
			problems.push({
				field: 'entries.0.version',
				message: `den nyeste versjonen her er ${newest.version}, men bunnteksten viser versjon ${info.version} (kommune.yaml › siteInfo.version). Skriv hva som er endret i versjon ${info.version} øverst`
			});
		}
		if (newest.date !== info.revised) {
			problems.push({
				field: 'entries.0.date',
				message: `datoen ${newest.date} er ikke datoen i kommune.yaml › siteInfo.revised (${info.revised}); den nyeste versjonen er revisjonen bunnteksten viser`
			});
		}
	}
	return problems;
}
