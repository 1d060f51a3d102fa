import { describe, expect, it } from 'vitest';
import { caseFileName, decryptCase, encryptCase, FORMAT_VERSION, ITERATIONS, parseCaseFile, removedSteps } from '../../src/lib/case-file/case-file';
import { emptyWalk, recordAnswer, setDate, setEventDate, setNote, type AnsweredNode } from '../../src/lib/flow/walk';

const node: AnsweredNode = {
	id: 'niva-0-trinn-3',
	path: 'niva-0/trinn-3',
	kind: 'step',
	title: { nb: 'Den nødvendige samtalen', nn: 'Den nødvendige samtalen' },
	question: { nb: 'Grunn til bekymring?', nn: 'Grunn til bekymring?' },
	contactsGuardians: false,
	recordsEvent: true
};
function sampleWalk() {
	let walk = setDate(emptyWalk(), 'undring', '2026-11-02');
	walk = setNote(walk, 'niva-0-trinn-3', 'niva-0-trinn-3', 'Samtale med mor. Æøå «sitat».');
	walk = setEventDate(walk, 'niva-0-trinn-3', 'niva-0-trinn-3', '2026-11-12');
	walk = setNote(walk, 'niva-0-trinn-3', 'niva-0-trinn-3', 'Mor, kontaktlærer', 'participants');
	walk = recordAnswer(walk, 'niva-0-trinn-3', node, { id: 'ja', next: 'niva-0-trinn-4', nextPath: 'niva-0/trinn-4', label: { nb: 'Ja', nn: 'Ja' } }, '2026-12-01');
	// The record's fields, the violence path's among them (issue 16), travel in the file too.
	const noteFields = { author: 'Kari', observedOn: '2026-11-12', observedAt: '09:15', observation: 'Blåmerker på armen', contacted: 'barnevernstjenesten politiet', reportSent: 'ja' };
	return { ...walk, consent: ['informert'], noteFields };
}
const GUIDE = 'Eksempel kommune';
const payload = () => ({ savedOn: '2026-12-01', walk: sampleWalk() });

describe('the case file', { timeout: 30_000 }, () => {
	it('round trip: what is saved is what opens, and nothing typed is readable in the file', async () => {
		const file = await encryptCase(payload(), 'lang og hemmelig setning', GUIDE);
		const text = JSON.stringify(file);
		expect(file).toMatchObject({ format: 'handlingsveilederen-sak', version: FORMAT_VERSION, kdf: { name: 'PBKDF2', hash: 'SHA-256', iterations: ITERATIONS } });
		expect(ITERATIONS).toBeGreaterThanOrEqual(600_000);
		expect(text).not.toContain('Samtale');
		expect(text).not.toContain('Kari');
		expect(text).not.toContain('Blåmerker');
		expect(text).not.toContain('kontaktlærer');
		expect(text).not.toContain('2026-11-12');
		const opened = await decryptCase(text, 'lang og hemmelig setning', GUIDE);
		expect(opened).toEqual({ ok: true, payload: payload(), repaired: false });
	});

	it('uses a new random salt and IV every time', async () => {
		const a = await encryptCase(payload(), 'passord', GUIDE);
		const b = await encryptCase(payload(), 'passord', GUIDE);
		expect(a.kdf.salt).not.toBe(b.kdf.salt);
		expect(a.cipher.iv).not.toBe(b.cipher.iv);
		expect(a.data).not.toBe(b.data);
	});

	it('a wrong passphrase is told as such', async () => {
		const text = JSON.stringify(await encryptCase(payload(), 'riktig', GUIDE));
		expect(await decryptCase(text, 'feil', GUIDE)).toEqual({ ok: false, error: 'wrongPassphrase' });
	});

	it('tampered bytes in the ciphertext or the header make the file damaged', async () => {
		const file = await encryptCase(payload(), 'riktig', GUIDE);
		const bytes = Uint8Array.from(atob(file.data), (c) => c.charCodeAt(0));
		bytes[5] = (bytes[5] ?? 0) ^ 1;
		const flipped = { ...file, data: btoa(String.fromCharCode(...bytes)) };
		expect(await decryptCase(JSON.stringify(flipped), 'riktig', GUIDE)).toEqual({ ok: false, error: 'damaged' });
		// The header is authenticated: a changed IV is noticed.
		const iv = Uint8Array.from(atob(file.cipher.iv), (c) => c.charCodeAt(0));
		iv[0] = (iv[0] ?? 0) ^ 1;
		const otherIv = { ...file, cipher: { ...file.cipher, iv: btoa(String.fromCharCode(...iv)) } };
		expect(await decryptCase(JSON.stringify(otherIv), 'riktig', GUIDE)).toEqual({ ok: false, error: 'damaged' });
		expect(await decryptCase(JSON.stringify(file).slice(0, -20), 'riktig', GUIDE)).toEqual({ ok: false, error: 'notACaseFile' });
		expect(await decryptCase('{"format":"handlingsveilederen-sak","version":1}', 'riktig', GUIDE)).toEqual({ ok: false, error: 'damaged' });
	});

	it('a newer version, another guide and a file that is no case file each have their own error', async () => {
		const file = await encryptCase(payload(), 'riktig', GUIDE);
		expect(parseCaseFile(JSON.stringify({ ...file, version: FORMAT_VERSION + 1 }))).toEqual({ ok: false, error: 'newerVersion' });
		expect(await decryptCase(JSON.stringify(file), 'riktig', 'Fjellvik kommune')).toEqual({ ok: false, error: 'otherGuide' });
		expect(parseCaseFile('Kjære dagbok')).toEqual({ ok: false, error: 'notACaseFile' });
		expect(parseCaseFile(JSON.stringify({ ...file, kdf: { ...file.kdf, iterations: 1000 } }))).toEqual({ ok: false, error: 'damaged' });
	});

	it('an impossible value inside a correctly encrypted file is repaired, never loaded as it is', async () => {
		const walk = { ...sampleWalk(), dates: { undring: '9999-12-28' } };
		const text = JSON.stringify(await encryptCase({ savedOn: '2026-12-01', walk }, 'riktig', GUIDE));
		const opened = await decryptCase(text, 'riktig', GUIDE);
		expect(opened.ok && opened.payload.walk.dates).toEqual({});
		expect(opened.ok && opened.repaired).toBe(true);
	});

	it('names the file by date only, and lists steps the guide no longer has', () => {
		expect(caseFileName('2026-11-30')).toBe('sak-2026-11-30.bti');
		expect(removedSteps(sampleWalk(), new Set(['niva-0-trinn-4'])).map((e) => e.nodeId)).toEqual(['niva-0-trinn-3']);
		expect(removedSteps(sampleWalk(), new Set(['niva-0-trinn-3']))).toEqual([]);
	});
});

describe('files saved by earlier releases', { timeout: 30_000 }, () => {
	it('version 1 (tests/fixtures/sak-v1.bti, passphrase «fire hester i snø») still opens', async () => {
		const { readFileSync } = await import('node:fs');
		const text = readFileSync(new URL('../fixtures/sak-v1.bti', import.meta.url), 'utf8');
		const opened = await decryptCase(text, 'fire hester i snø', 'Eksempel kommune');
		expect(opened.ok && opened.payload).toMatchObject({ savedOn: '2026-12-01', walk: { dates: { undring: '2026-11-02' } } });
	});
});
