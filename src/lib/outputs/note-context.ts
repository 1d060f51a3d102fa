/** What the content says about the guide, for building a note from a walk (see note.ts). */
import type { EndingOutcome } from '../content/schema';
import type { DeadlineInfoModel } from '../deadlines/rule-info';

export interface NoteContext {
	municipality: string;
	confidentiality: string;
	titles: { closing: string; summary: string };
	/** Ending pages by id: what a walk that reached one decided. */
	endings: Record<string, { outcome: EndingOutcome; title: string }>;
	/** Every page a walk can stand on, by id, so an unfinished walk can say where it is. */
	nodes: Record<string, { title: string; level?: string; step?: number }>;
	/** The dates a walk can record, in content order, with the note's name for each. */
	dates: { id: string; label: string }[];
	rules: DeadlineInfoModel[];
	consent: { itemIds: string[]; neededAt: string[] };
}
