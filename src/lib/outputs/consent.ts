/** The consent checklist: which of the content's items the user has ticked. */
import type { Walk } from '../flow/walk';

export interface ConsentProgress {
	checked: number;
	total: number;
}

/** Ticks of items the content no longer has are not counted. */
export function consentProgress(walk: Walk, itemIds: readonly string[]): ConsentProgress {
	const ticked = new Set(walk.consent);
	return { checked: itemIds.filter((id) => ticked.has(id)).length, total: itemIds.length };
}

export function setConsentItem(walk: Walk, itemId: string, checked: boolean): Walk {
	const others = walk.consent.filter((id) => id !== itemId);
	return { ...walk, consent: checked ? [...others, itemId] : others };
}
