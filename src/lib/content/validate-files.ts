/**
 * Files are what they claim: text files are UTF-8 (a BOM is fine), pictures are small,
 * and an SVG holds no script, event handler or reference to anything outside itself.
 */
import type { ContentFiles } from './guide-content';
import type { ContentProblem } from './problems';
import type { Municipality } from './schema';
import { MUNICIPALITY_FILE } from './files';

/** Logos heavier than this slow every page down on a phone. */
export const MAX_IMAGE_BYTES = 100 * 1024;

const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

export type DecodedText = { text: string; problem?: undefined } | { text?: undefined; problem: ContentProblem };

/**
 * A text file's content as a string. Bytes that are not UTF-8 (Latin-1, Windows-1252) are a
 * problem, not a page full of «�». A byte-order mark at the start is dropped; CRLF becomes LF.
 */
export function decodeText(file: string, value: string | Uint8Array | undefined): DecodedText {
	if (value === undefined) return { text: '' };
	let text: string;
	if (typeof value === 'string') {
		text = value.replace(/^\uFEFF/, '');
	} else {
		try {
			text = decoder.decode(value); // drops a BOM
		} catch {
			return {
				problem: {
					file,
					message:
						'filen er ikke lagret som UTF-8, så æ, ø og å ville blitt feil. Åpne den i et redigeringsprogram og lagre den på nytt med tegnkoding «UTF-8»'
				}
			};
		}
	}
	return { text: text.replace(/\r\n?/g, '\n') };
}

/** What an SVG must not hold: it is served from the guide's own address. */
const SVG_DANGERS: [RegExp, string][] = [
	// With or without a namespace prefix: <svg:script> is a script too.
	[/<\s*(?:[\w.-]+:)?script/i, 'et skript (<script>)'],
	[/\son[a-z]+\s*=/i, 'en hendelse (on…=, f.eks. onload)'],
	[/<\s*(?:[\w.-]+:)?foreignObject/i, 'HTML inne i bildet (<foreignObject>)'],
	[/<!ENTITY|<!DOCTYPE/i, 'en DOCTYPE eller ENTITY'],
	[/href\s*=\s*(?:"(?!\s*#)|'(?!\s*#)|[^"'#\s])/i, 'en lenke eller referanse til en annen fil (href)'],
	[/url\(\s*(?:"(?!\s*#)|'(?!\s*#)|[^"'#\s)])/i, 'en referanse til en annen fil (url(…))'],
	[/@import/i, 'en referanse til en annen fil (@import)'],
	[/javascript:/i, 'javascript:']
];

export function svgProblems(file: string, text: string): string[] {
	return SVG_DANGERS.filter(([pattern]) => pattern.test(text)).map(([, what]) => what);
}

export function checkImageFiles(files: ContentFiles, municipality: Municipality, refused: ReadonlySet<string>): ContentProblem[] {
	const problems: ContentProblem[] = [];
	const pictures: [field: string, name: string | undefined][] = [
		['logo.file', municipality.logo?.file],
		['favicon', municipality.favicon]
	];
	for (const [field, name] of pictures) {
		if (!name || refused.has(name)) continue;
		const found = files.get(name);
		const bytes = typeof found === 'string' ? new TextEncoder().encode(found).byteLength : found?.byteLength;
		if (found === undefined || bytes === undefined) {
			problems.push({ file: MUNICIPALITY_FILE, field, message: `finner ikke filen «${name}»; legg den i samme mappe som ${MUNICIPALITY_FILE}` });
			continue;
		}
		if (bytes > MAX_IMAGE_BYTES) {
			const kb = Math.round(bytes / 1024);
			problems.push({
				file: MUNICIPALITY_FILE,
				field,
				message: `«${name}» er ${kb} KB; bruk en fil under ${MAX_IMAGE_BYTES / 1024} KB (f.eks. SVG), ellers blir hver side treg på mobil`
			});
		}
		if (/\.svg$/i.test(name)) {
			const decoded = decodeText(name, found);
			const dangers = decoded.text === undefined ? [] : svgProblems(name, decoded.text);
			if (decoded.problem) problems.push(decoded.problem);
			if (dangers.length > 0) {
				problems.push({
					file: name,
					message: `SVG-bildet inneholder ${dangers.join(', ')}, som ikke er lov i et bilde på veilederens nettsted. Lagre bildet på nytt som «vanlig SVG» uten skript og lenker, eller bruk PNG`
				});
			}
			// The name in a logo's <text> is drawn in the reader's font and overflowed its box (issue 19).
			if (field === 'logo.file' && /<\s*text[\s>]/i.test(decoded.text ?? '')) {
				problems.push({
					file: name,
					message:
						'logoen har bokstaver som tekst (<text>). De tegnes med skriften på maskinen til den som leser, og kan bli kuttet. Gjør bokstavene om til streker (paths) i tegneprogrammet, eller bruk et kommunevåpen uten tekst: navnet står som tekst ved siden av'
				});
			}
		}
	}
	return problems;
}
