/** A deadline rule from frister.yaml as a page shows it and as the walk computes it. */
import type { DeadlineRuleInput } from './compute';

export interface DeadlineInfoModel {
	id: string;
	label: string;
	/** The rule in words, e.g. "1 uke etter at undringen oppstod". */
	rule: string;
	source: string;
	/** The question for the date it counts from, e.g. "Når oppstod undringen?". */
	fromLabel: string;
	/** What the deadline computation needs (see compute.ts). */
	input: DeadlineRuleInput;
}
