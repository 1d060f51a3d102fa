/**
 * Marks glossary terms in rendered HTML so they can be explained in place. The first
 * occurrence of each term on a page becomes a button that opens a popover with the
 * definition (the native `popover` attribute: keyboard, touch and no-JS friendly).
 */
import { escapeHtml } from './html';

export interface MarkableTerm {
	id: string;
	term: string;
	forms: readonly string[];
	definition: string;
}

/** Text inside these elements is never marked (links, headings, code, existing terms). */
const SKIPPED = new Set(['a', 'button', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'code', 'pre', 'span']);
const LETTER = '\\p{L}\\p{N}';

function escapeRegExp(text: string): string {
	return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export interface MarkOptions {
	/** Ids already explained earlier on the page; updated as terms get marked. */
	seen: Set<string>;
	/** Makes popover ids unique when the same page marks several fragments. */
	idPrefix: string;
	closeLabel: string;
	explainLabel: string;
}

export function markGlossaryTerms(html: string, terms: readonly MarkableTerm[], options: MarkOptions): string {
	const variants = terms
		.flatMap((t) => [t.term, ...t.forms].map((form) => ({ form, term: t })))
		.sort((a, b) => b.form.length - a.form.length);
	if (variants.length === 0) return html;
	const byForm = new Map(variants.map((v) => [v.form.toLocaleLowerCase('nb'), v.term]));
	const pattern = new RegExp(
		`(?<![${LETTER}-])(${variants.map((v) => escapeRegExp(v.form)).join('|')})(?![${LETTER}-])`,
		'giu'
	);

	const parts = html.split(/(<[^>]*>)/);
	let skipDepth = 0;
	return parts
		.map((part) => {
			if (part.startsWith('<')) {
				const tag = /^<\/?([a-zA-Z0-9]+)/.exec(part)?.[1]?.toLowerCase();
				if (tag && SKIPPED.has(tag) && !part.endsWith('/>')) skipDepth += part.startsWith('</') ? -1 : 1;
				return part;
			}
			if (skipDepth > 0 || part.trim() === '') return part;
			return part.replace(pattern, (match: string) => {
				const term = byForm.get(match.toLocaleLowerCase('nb'));
				if (!term || options.seen.has(term.id)) return match;
				options.seen.add(term.id);
				return termMarkup(match, term, options);
			});
		})
		.join('');
}

function termMarkup(shown: string, term: MarkableTerm, options: MarkOptions): string {
	const popoverId = `${options.idPrefix}ord-${term.id}`;
	return (
		`<button type="button" class="term" popovertarget="${popoverId}">${shown}` +
		`<span class="visually-hidden"> (${escapeHtml(options.explainLabel)})</span></button>` +
		`<span class="term-popover" id="${popoverId}" popover>` +
		`<strong class="term-popover__term">${escapeHtml(term.term)}</strong> ` +
		`<span class="term-popover__definition">${escapeHtml(term.definition)}</span> ` +
		`<button type="button" class="term-popover__close" popovertarget="${popoverId}" popovertargetaction="hide">${escapeHtml(options.closeLabel)}</button>` +
		`</span>`
	);
}
