/**
 * The walk in the browser: one reactive copy, kept in sessionStorage so it survives reload,
 * Back/Forward and a language switch, and disappears when the tab is closed. Never in a URL,
 * never sent anywhere.
 */
import { emptyWalk, type Walk } from './walk';
import { readWalk, type ReadOutcome } from './walk-read';

export const WALK_STORAGE_KEY = 'handlingsveilederen:walk';

class WalkStore {
	// Raw: a walk is never changed in place, only replaced (walk.ts returns a new one), so no deep proxy
	// is needed, and reading it in the deadlines and the trail costs no proxy traps.
	walk = $state.raw<Walk>(emptyWalk());
	/** False until the stored walk has been read (never on the server or without JavaScript). */
	ready = $state(false);
	/** True once the browser refused to store the walk (blocked or full): it lasts only as long as this page. */
	storageFailed = $state(false);
	/** What reading the stored walk found: a walk with impossible values is repaired or refused. */
	readOutcome = $state<ReadOutcome>('empty');

	load(): void {
		if (typeof window === 'undefined' || this.ready) return;
		this.read();
	}

	/**
	 * Reads the stored walk again: a page the browser brings back from its back/forward cache
	 * still shows the walk as it was when the user left it, before the answers given since.
	 */
	reload(): void {
		if (this.ready) this.read();
	}

	private read(): void {
		try {
			const { walk, outcome } = readWalk(sessionStorage.getItem(WALK_STORAGE_KEY));
			this.walk = walk;
			this.readOutcome = outcome;
		} catch {
			// Storage blocked by the browser's settings: the walk lasts as long as this page.
			if (!this.ready) this.walk = emptyWalk();
			this.storageFailed = true;
		}
		this.ready = true;
	}

	set(next: Walk): void {
		if (!next.caseId) next = { ...next, caseId: newCaseId() };
		this.walk = next;
		try {
			sessionStorage.setItem(WALK_STORAGE_KEY, JSON.stringify(next));
			this.storageFailed = false;
		} catch {
			// Storage full or blocked: keep the walk in memory, and say so (StorageWarning.svelte).
			this.storageFailed = true;
		}
	}

	clear(): void {
		this.walk = emptyWalk();
		try {
			sessionStorage.removeItem(WALK_STORAGE_KEY);
		} catch {
			// nothing stored
		}
	}
}

/** 128 random bits as hex: names the case in calendar UIDs, says nothing about it. */
function newCaseId(): string {
	return Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join('');
}

export const walkStore = new WalkStore();
