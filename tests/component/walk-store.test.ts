import { afterEach, describe, expect, it, vi } from 'vitest';
import { walkStore, WALK_STORAGE_KEY } from '../../src/lib/flow/walk-store.svelte';
import { emptyWalk, setNote } from '../../src/lib/flow/walk';

/** What another page of the same tab stored after this one was left. */
function storedByAnotherPage(note: string) {
	sessionStorage.setItem(WALK_STORAGE_KEY, JSON.stringify(setNote(emptyWalk(), 'start', 'start', note)));
}

describe('the walk in the browser', () => {
	afterEach(() => {
		vi.restoreAllMocks();
		walkStore.clear();
	});

	it('reads the stored walk once, and again when a page comes back from the back/forward cache', () => {
		storedByAnotherPage('first');
		walkStore.load();
		expect(walkStore.walk.drafts.start).toBe('first');

		storedByAnotherPage('written on a later page');
		walkStore.load(); // already read: a second load changes nothing
		expect(walkStore.walk.drafts.start).toBe('first');
		walkStore.reload();
		expect(walkStore.walk.drafts.start).toBe('written on a later page');
	});

	it('keeps the walk it has when the storage cannot be read again', () => {
		storedByAnotherPage('kept');
		walkStore.load();
		walkStore.reload(); // the store is shared by the tests: read what this one stored
		expect(walkStore.walk.drafts.start).toBe('kept');
		vi.spyOn(Storage.prototype, 'getItem').mockImplementation(() => {
			throw new Error('blocked');
		});
		walkStore.reload();
		expect(walkStore.walk.drafts.start).toBe('kept');
	});
});
