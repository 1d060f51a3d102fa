/** What the content says about the guide, for building a note from a walk (see note.ts). */
import type { EndingOutcome } from '../content/schema';
import type { DeadlineInfoModel } from '../deadlines/rule-info';
import type { RecordFieldId } from '../flow/record';

/**
 * Left in the consent items' text by the build: which system the note is filed in depends on the
 * service the walk records (health staff: the patient record), not only on the municipality.
 */
export const ARCHIVE_PLACEHOLDER = '[arkivsystem]';

export interface NoteContext {
	municipality: string;
	confidentiality: string;
	titles: { closing: string; summary: string; report: string };
	/** Ending pages by id: what a walk that reached one decided. */
	endings: Record<string, { outcome: EndingOutcome; title: string }>;
	/** Every page a walk can stand on, by id, so an unfinished walk can say where it is. */
	nodes: Record<string, { title: string; level?: string; step?: number }>;
	/** The dates a walk can record, in content order, with the note's name for each. */
	dates: { id: string; label: string }[];
	rules: DeadlineInfoModel[];
	/** The checklist; an item's text keeps `ARCHIVE_PLACEHOLDER`, filled per service when the note is built. */
	consent: { items: { id: string; text: string }[]; neededAt: string[] };
	/** By record field, the pages whose content asks for it (`record:`; `report` stands for the violence path's fields). */
	askedAt: Partial<Record<RecordFieldId | 'participants' | 'report', string[]>>;
	/** The numbers on the safety page: whom the user may have called. */
	contacts: { id: string; name: string }[];
	/** The record system: `byService` for services that keep their own (health: the EPJ). */
	archive: { default: string; byService: Record<string, string> };
	/** The log tool's name (kommune.yaml `logTool`), e.g. «Stafettloggen». */
	logTool: string;
}
