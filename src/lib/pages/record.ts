/** The note's fields a page asks for (content `record:`), for RecordFields.svelte. */
import type { GuideContent } from '../content/guide-content';
import type { Language } from '../content/schema';
import { localize } from './content-query';
import type { RecordFieldsModel } from './model';

export function recordModel(content: GuideContent, lang: Language, fields: readonly RecordFieldsModel['fields'][number][]): { record?: RecordFieldsModel } {
	if (fields.length === 0) return {};
	return {
		record: {
			fields: [...fields],
			contacts: fields.includes('report') ? content.municipality.contacts.map((c) => ({ id: c.id, name: localize(c.name, lang) })) : [],
			logTool: localize(content.municipality.logTool.name, lang)
		}
	};
}
