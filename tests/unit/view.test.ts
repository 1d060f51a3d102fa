import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/lib/content/read-dir';
import type { GuideContent } from '../../src/lib/content/guide-content';
import { chromeModel } from '../../src/lib/pages/chrome';
import { levelModels } from '../../src/lib/pages/levels';
import { contactModels, pageModel } from '../../src/lib/pages/page';
import { hrefOf } from '../../src/lib/pages/paths';
import type { PageModel } from '../../src/lib/pages/model';

function asStep(model: PageModel) {
	if (model.kind !== 'step') throw new Error(`${model.id} is a ${model.kind}, not a step`);
	return model;
}
import { translator } from '../../src/lib/i18n';

const loaded = loadContent(join(import.meta.dirname, '../fixtures/valid'));
const content = loaded.content as GuideContent;
const pageById = (lang: 'nb' | 'nn', id: string) => {
	const page = content.pages[lang].find((p) => p.frontmatter.id === id);
	if (!page) throw new Error(id);
	return page;
};

describe('view models', () => {
	it('builds hrefs with trailing slashes', () => {
		expect(hrefOf('nb', '')).toBe('/nb/');
		expect(hrefOf('nn', 'niva-a/trinn-1')).toBe('/nn/niva-a/trinn-1/');
	});

	it('builds a step: level, position, deadlines in words, answers as links', () => {
		const model = asStep(pageModel(content, pageById('nb', 'niva-a-trinn-1'), '<p>Tekst</p>', translator('nb')));
		expect(model.step?.level).toEqual({ id: 'niva-a', label: 'Nivå A', title: 'Undring', href: '/nb/niva-a/' });
		expect(model.step?.number).toBe(1);
		expect(model.step?.count).toBe(2);
		expect(model.step?.deadlines).toMatchObject([
			{ id: 'tre-uker', label: 'Samtale', rule: '3 uker etter at undringen oppstod', source: 'Rutinen' }
		]);
		expect(model.step?.next).toEqual({ href: '/nb/niva-a/trinn-2/', text: 'Evaluer' });
		expect(model.step?.previous).toBeUndefined();
		expect(model.question?.text).toBe('Grunn til bekymring?');
		expect(model.question?.answers.map((a) => a.href)).toEqual(['/nb/niva-a/trinn-2/', '/nb/slutt/']);
		expect(model.step?.resources).toEqual([{ title: 'Skjema', url: 'https://example.org/skjema' }]);
	});

	it('explains a glossary term once per page, first in the step text', () => {
		const model = asStep(pageModel(content, pageById('nb', 'niva-a-trinn-1'), '<p>Mer om undringen.</p>', translator('nb')));
		expect(model.step?.whatHtml).toContain('class="term"');
		expect(model.bodyHtml).not.toContain('class="term"');
	});

	it('describes «as soon as possible» rules, with and without an outer limit', () => {
		const withLimit: GuideContent = {
			...content,
			deadlines: {
				...content.deadlines,
				rules: [{ ...content.deadlines.rules[0]!, offset: undefined, asSoonAsPossible: true, outerLimit: { weeks: 2 } }]
			}
		};
		const nb = asStep(pageModel(withLimit, pageById('nb', 'niva-a-trinn-1'), '', translator('nb')));
		expect(nb.step?.deadlines[0]?.rule).toBe('Snarest mulig, og senest 2 uker etter at undringen oppstod');
		expect(nb.step?.deadlines[0]?.input).toMatchObject({ asSoonAsPossible: true, outerLimit: { weeks: 2 } });
	});

	it('says whole weeks in weeks, other offsets in days, and zero as the same day', () => {
		const withOffset = (offset: { days?: number; weeks?: number }): GuideContent => ({
			...content,
			deadlines: { ...content.deadlines, rules: [{ ...content.deadlines.rules[0]!, offset }] }
		});
		const ruleText = (offset: { days?: number; weeks?: number }, lang: 'nb' | 'nn' = 'nb') =>
			asStep(pageModel(withOffset(offset), pageById(lang, 'niva-a-trinn-1'), '', translator(lang))).step?.deadlines[0]?.rule;
		expect(ruleText({ weeks: 1 })).toBe('1 uke etter at undringen oppstod');
		expect(ruleText({ weeks: 1, days: 3 })).toBe('10 dager etter at undringen oppstod');
		expect(ruleText({ days: 1 }, 'nn')).toBe('1 dag etter at undringen oppstod');
		expect(ruleText({ days: 0 })).toBe('Samme dag som at undringen oppstod');
	});

	it('fills placeholders from kommune.yaml', () => {
		const model = pageModel(content, pageById('nn', 'slutt'), '<p>Arkiver i [arkivsystem].</p>', translator('nn'));
		expect(model.bodyHtml).toBe('<p>Arkiver i Arkivo.</p>');
	});

	it('lists levels with their steps in order, and the chrome links', () => {
		expect(levelModels(content, 'nb')[0]?.steps.map((s) => s.step)).toEqual([1, 2]);
		const chrome = chromeModel(content, 'nn');
		expect(chrome.links.safety.href).toBe('/nn/vold/');
		expect(chrome.links.glossary.href).toBe('/nn/ordliste/');
	});

	it('gives every real phone number a tel: link without spaces, and writes the hours in words', () => {
		const contacts = contactModels(content, 'nb', translator('nb'));
		expect(contacts.map((p) => p.tel)).toEqual(['tel:11223344', 'tel:112']);
		expect(contacts.map((p) => p.hoursText)).toEqual(['Hverdager kl. 08.00–15.30', 'Hele døgnet']);
	});

	it('gives an example number no tel: link at all', () => {
		const example = { ...content, municipality: { ...content.municipality, contacts: content.municipality.contacts.map((c) => ({ ...c, example: true })) } };
		expect(contactModels(example, 'nb', translator('nb')).map((p) => 'tel' in p)).toEqual([false, false]);
	});
});
