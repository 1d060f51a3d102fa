/** The note as plain text, for «Kopier tekst» and «Last ned som tekstfil», and the download's name. */
import type { IsoDate } from '../deadlines/calendar';
import type { NoteModel, NoteRow } from './note-model';

/** Text wrapped with an indent, so a long note stays readable when pasted into the archive. */
function indented(text: string, indent = '   '): string {
	return text
		.split(/\r?\n/)
		.map((line) => (line.trim() ? `${indent}${line}` : ''))
		.join('\n');
}

const box = (checked: boolean) => (checked ? '☒' : '☐');

/** The note as plain text: what «Kopier tekst» copies and «Last ned» saves, in the document's order. */
export function noteToPlainText(note: NoteModel): string {
	const out: string[] = [note.confidentiality, '', note.title.toUpperCase(), ''];
	const rows = (list: NoteRow[], indent = '') => list.map((r) => `${indent}${r.label}: ${r.value.includes('\n') ? `\n${indented(r.value, `${indent}   `)}` : r.value}`);
	const heading = (text: string) => out.push('', text, '-'.repeat(text.length));

	out.push(...rows(note.facts));
	for (const section of note.sections) {
		heading(section.heading);
		for (const block of section.blocks) {
			if (block.kind === 'text') out.push(block.text);
			if (block.kind === 'rows') out.push(...rows(block.rows));
			if (block.kind === 'checks') out.push(...block.checks.map((c) => `${box(c.checked)} ${c.text}`));
			if (block.kind === 'deadlines') out.push(...block.deadlines.map((d) => `- ${d.label}: ${d.status}`));
			if (block.kind === 'steps') {
				for (const step of block.steps) {
					out.push(`${step.number}. ${step.title}${step.happenedOn ? ` (${step.happenedOn})` : ''}`);
					out.push(indented(`${step.answer}${step.notApplicable ? ` (${step.notApplicable})` : ''}`));
					if (step.participants) out.push(...rows([step.participants], '   '));
					if (step.note) out.push(indented(step.note));
				}
			}
		}
	}

	heading(note.signature.heading);
	out.push(`${note.signature.author.label}: ${note.signature.author.value}`);
	out.push(`${note.signature.placeAndDate}: ____________________`);
	out.push(`${note.signature.signature}: ____________________`);

	return `${out.join('\n').replace(/\n{3,}/g, '\n\n')}\n`;
}

/** A file name for the downloaded note, e.g. `oppsummering-2027-03-23.txt`. */
export function noteFileName(note: NoteModel, today: IsoDate): string {
	const slug = note.title
		.toLowerCase()
		.replace(/æ/g, 'ae')
		.replace(/ø/g, 'o')
		.replace(/å/g, 'a')
		.normalize('NFKD')
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-|-$/g, '');
	return `${slug || 'notat'}-${today}.txt`;
}
