/**
 * The note for the archive as data (built by note.ts): facts in the header, sections in the
 * order the archive reads them, and the signature. Every string is final wording; the
 * document (NoteDocument.svelte) and the plain text (note-text.ts) only lay it out.
 */
import type { Language } from '../i18n/languages';

export type NoteKind = 'closing' | 'summary' | 'report';

/** A labelled value. An empty value is a line to fill in by hand on the printed note. */
export interface NoteRow {
	id: string;
	label: string;
	value: string;
}

/** A box on the printed note: ☒ when ticked, ☐ when not. */
export interface NoteCheck {
	id: string;
	checked: boolean;
	text: string;
}

export interface NoteStep {
	/** Position in the walk (walk.entries, then the unanswered drafts). */
	index: number;
	/** 1, 2, 3 … in the note. */
	number: number;
	/** «Nivå 0, trinn 3 – Den nødvendige samtalen». */
	title: string;
	/** The recorded answer: the conclusion, as the content words it. */
	answer: string;
	/** When the step's event happened (dd.mm.åååå); only for steps that record an event. */
	happenedOn?: string;
	/** Who took part, as typed; only when typed. */
	participants?: NoteRow;
	/** The user's note, exactly as typed (rendered as text, never as HTML); may be empty. */
	note: string;
	/** Set when the safety rule meant the step was not carried out. */
	notApplicable?: string;
}

export interface NoteDeadline {
	id: string;
	label: string;
	/** Absolute dates and what happened: «Overholdt 12.11.2026 (frist 23.11.2026)», «Frist 23.11.2026 – ikke registrert». */
	status: string;
}

/** One part of a section. `typed`: what the user wrote (kept as typed); `placeholder`: nothing was. */
export type NoteBlock =
	| { kind: 'text'; text: string; style?: 'typed' | 'placeholder' | 'strong' }
	| { kind: 'rows'; rows: NoteRow[] }
	| { kind: 'checks'; checks: NoteCheck[] }
	| { kind: 'steps'; steps: NoteStep[] }
	| { kind: 'deadlines'; deadlines: NoteDeadline[] };

export interface NoteSection {
	id: string;
	heading: string;
	blocks: NoteBlock[];
}

export interface NoteModel {
	lang: Language;
	kind: NoteKind;
	title: string;
	confidentiality: string;
	/** The case: municipality, unit, service, case type, the child, the dates, the stafettholder, … */
	facts: NoteRow[];
	/** Everything between the facts and the signature, in order. */
	sections: NoteSection[];
	signature: { heading: string; author: NoteRow; placeAndDate: string; signature: string };
	/** Where the note is filed: the service's own record system (health: the EPJ), or the archive. */
	archiveSystem: string;
}
