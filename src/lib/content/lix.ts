/**
 * LIX (läsbarhetsindex, Björnsson 1968), the readability measure used for Scandinavian text:
 * words per sentence + the share of long words (more than six letters) in per cent.
 * Under 30 is very easy, 30–40 easy (newspapers, plain-language guidance), over 50 hard.
 */

/** The plain words and sentences of a markdown text: each heading, list item and line break ends a sentence. */
export function markdownToSentencesText(markdown: string): string {
	return markdown
		.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1') // [text](url) → text
		.replace(/[*_`>#]/g, ' ')
		.split(/\n+/)
		.map((line) => line.replace(/^\s*(-|\d+\.)\s+/, '').trim())
		.filter((line) => line.length > 0)
		.map((line) => (/[.!?:]$/.test(line) ? line : `${line}.`))
		.join(' ');
}

export interface LixResult {
	words: number;
	sentences: number;
	longWords: number;
	lix: number;
}

export function lix(text: string): LixResult {
	// A word is a run of letters or digits («§ 24-3» counts as two short words, «snakkemedbarn.no» as two).
	const words = text.match(/[\p{L}\p{N}]+/gu) ?? [];
	// A sentence ends at . ! ? or : followed by a space or the end, not inside «24.3» or «snakkemedbarn.no».
	const sentences = Math.max(1, (text.match(/[.!?:]+(?=\s|$)/g) ?? []).length);
	const longWords = words.filter((w) => [...w].filter((c) => /\p{L}/u.test(c)).length > 6).length;
	const count = Math.max(1, words.length);
	return { words: words.length, sentences, longWords, lix: words.length / sentences + (100 * longWords) / count };
}
