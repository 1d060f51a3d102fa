/**
 * Collects every human-readable text of one language: content (frontmatter values and
 * markdown bodies), the language's values in kommune.yaml and frister.yaml, and UI strings.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { GuideContent } from '../../src/lib/content/guide-content';
import type { Language } from '../../src/lib/i18n/languages';
import nb from '../../src/lib/i18n/locales/nb.json';
import nn from '../../src/lib/i18n/locales/nn.json';

const resources = { nb, nn };

export interface TextSource {
	source: string;
	text: string;
}

/** Frontmatter keys whose values are ids, not prose. */
const NON_PROSE_KEYS = new Set(['id', 'kind', 'level', 'next', 'sets', 'outcome', 'url', 'ref', 'dates', 'deadlines', 'reminders', 'from', 'caseTypes', 'number', 'color', 'theme', 'use', 'days', 'to', 'defaultLanguage', 'sameAsNotice', 'step', 'meets', 'record']);

function strings(value: unknown, lang: Language, key = ''): string[] {
	// Ids are skipped by key; objects under such a key (e.g. tekster.yaml's reminders) are prose.
	if (typeof value === 'string') return NON_PROSE_KEYS.has(key) ? [] : [value];
	if (Array.isArray(value)) return value.flatMap((v) => strings(v, lang, key));
	if (value && typeof value === 'object') {
		const entries = Object.entries(value);
		// A localized text {nb, nn}: take this language only.
		if (entries.length === 2 && 'nb' in value && 'nn' in value) return strings((value as Record<string, unknown>)[lang], lang, key);
		if (key === 'sets') return [];
		return entries.flatMap(([k, v]) => strings(v, lang, k));
	}
	return [];
}

function markdownToText(markdown: string): string {
	return markdown
		.replace(/```[\s\S]*?```/g, ' ')
		.replace(/\]\([^)]*\)/g, '] ')
		.replace(/https?:\/\/\S+/g, ' ')
		.replace(/[#>*_`|]/g, ' ');
}

export function textsOf(content: GuideContent, contentDir: string, lang: Language): TextSource[] {
	const sources: TextSource[] = [];
	for (const page of content.pages[lang]) {
		sources.push({ source: page.file, text: strings(page.frontmatter, lang).join('\n') });
		sources.push({ source: page.file, text: markdownToText(page.body) });
	}
	sources.push({ source: `${lang}/tekster.yaml`, text: strings(content.texts[lang], lang).join('\n') });
	sources.push({ source: 'kommune.yaml', text: strings(content.municipality, lang).join('\n') });
	sources.push({ source: 'frister.yaml', text: strings(content.deadlines, lang).join('\n') });
	sources.push({ source: `src/lib/i18n/locales/${lang}.json`, text: strings(resources[lang], lang).join('\n') });
	void contentDir;
	return sources;
}

export function readWordList(name: string): Set<string> {
	const file = join(import.meta.dirname, name);
	return new Set(
		readFileSync(file, 'utf8')
			.split('\n')
			.map((line) => line.replace(/#.*/, '').trim())
			.filter(Boolean)
	);
}

/** Words: letters (with Norwegian ones), inner hyphens allowed. Placeholders and {{vars}} removed. */
export function wordsOf(text: string): string[] {
	const cleaned = text.replace(/\{\{[^}]*\}\}/g, ' ').replace(/\[(kommune|arkivsystem|loggverktøy)\]/g, ' ');
	// Single letters are list markers such as «a)» and «b)», not words.
	return (cleaned.match(/[\p{L}]+(?:-[\p{L}]+)*/gu) ?? []).filter((word) => word.length > 1);
}
