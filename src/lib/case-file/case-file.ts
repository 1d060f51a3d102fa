/**
 * The case saved to a file on the user's machine, encrypted with a passphrase the user chooses
 * (format: docs/sakfil.md). WebCrypto only: PBKDF2-SHA-256 derives 512 bits from the passphrase
 * and a random salt; the first 256 are the AES-GCM key, a SHA-256 hash of the rest is stored so
 * a wrong passphrase can be told apart from a damaged file. The header (everything but the
 * ciphertext) is the additional authenticated data, so it cannot be changed unnoticed either.
 * Nothing here sends anything anywhere.
 */
import type { Walk } from '../flow/walk';
import { readWalk } from '../flow/walk-read';

export const FORMAT = 'handlingsveilederen-sak';
export const FORMAT_VERSION = 1;
export const ITERATIONS = 600_000;
const SALT_BYTES = 16;
const IV_BYTES = 12;

export interface CaseFileHeader {
	format: typeof FORMAT;
	version: number;
	/** Which guide wrote it (the municipality's name): a file from another guide is refused. */
	guide: string;
	kdf: { name: 'PBKDF2'; hash: 'SHA-256'; iterations: number; salt: string };
	cipher: { name: 'AES-GCM'; iv: string };
	/** Base64 of SHA-256 over the second half of the derived bits. */
	check: string;
}

export interface CaseFile extends CaseFileHeader {
	/** Base64 of the AES-GCM ciphertext (with its 128-bit tag) of the case as JSON. */
	data: string;
}

/** What is encrypted: the walk (steps by their stable ids) and the day it was saved. */
export interface CasePayload {
	savedOn: string;
	walk: Walk;
}

export type OpenError = 'notACaseFile' | 'damaged' | 'wrongPassphrase' | 'otherGuide' | 'newerVersion';

export type OpenResult = { ok: true; payload: CasePayload; repaired: boolean } | { ok: false; error: OpenError };

const encoder = new TextEncoder();

function toBase64(bytes: Uint8Array): string {
	let binary = '';
	for (const byte of bytes) binary += String.fromCharCode(byte);
	return btoa(binary);
}

function fromBase64(text: string): Uint8Array<ArrayBuffer> | undefined {
	if (!/^[A-Za-z0-9+/]*={0,2}$/.test(text)) return undefined;
	try {
		return Uint8Array.from(atob(text), (c) => c.charCodeAt(0));
	} catch {
		return undefined;
	}
}

/** The header as the bytes the cipher authenticates: fixed key order, no ciphertext. */
function headerBytes(h: CaseFileHeader): Uint8Array<ArrayBuffer> {
	const { format, version, guide, kdf, cipher, check } = h;
	return encoder.encode(
		JSON.stringify({
			format,
			version,
			guide,
			kdf: { name: kdf.name, hash: kdf.hash, iterations: kdf.iterations, salt: kdf.salt },
			cipher: { name: cipher.name, iv: cipher.iv },
			check
		})
	);
}

async function deriveKey(passphrase: string, salt: Uint8Array<ArrayBuffer>, iterations: number): Promise<{ key: CryptoKey; check: string }> {
	const material = await crypto.subtle.importKey('raw', encoder.encode(passphrase.normalize('NFC')), 'PBKDF2', false, ['deriveBits']);
	const bits = new Uint8Array(await crypto.subtle.deriveBits({ name: 'PBKDF2', hash: 'SHA-256', salt, iterations }, material, 512));
	const key = await crypto.subtle.importKey('raw', bits.slice(0, 32), 'AES-GCM', false, ['encrypt', 'decrypt']);
	const check = toBase64(new Uint8Array(await crypto.subtle.digest('SHA-256', bits.slice(32))));
	return { key, check };
}

export async function encryptCase(payload: CasePayload, passphrase: string, guide: string): Promise<CaseFile> {
	const iterations = ITERATIONS;
	const salt = crypto.getRandomValues(new Uint8Array(SALT_BYTES));
	const iv = crypto.getRandomValues(new Uint8Array(IV_BYTES));
	const { key, check } = await deriveKey(passphrase, salt, iterations);
	const header: CaseFileHeader = {
		format: FORMAT,
		version: FORMAT_VERSION,
		guide,
		kdf: { name: 'PBKDF2', hash: 'SHA-256', iterations, salt: toBase64(salt) },
		cipher: { name: 'AES-GCM', iv: toBase64(iv) },
		check
	};
	const ciphertext = await crypto.subtle.encrypt(
		{ name: 'AES-GCM', iv, additionalData: headerBytes(header) },
		key,
		encoder.encode(JSON.stringify(payload))
	);
	return { ...header, data: toBase64(new Uint8Array(ciphertext)) };
}

function isRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Reads the file's text as a case file header, or says why it is not one. */
export function parseCaseFile(text: string): { ok: true; file: CaseFile } | { ok: false; error: OpenError } {
	let data: unknown;
	try {
		data = JSON.parse(text);
	} catch {
		return { ok: false, error: 'notACaseFile' };
	}
	if (!isRecord(data) || data.format !== FORMAT) return { ok: false, error: 'notACaseFile' };
	if (typeof data.version !== 'number' || !Number.isInteger(data.version)) return { ok: false, error: 'damaged' };
	if (data.version > FORMAT_VERSION) return { ok: false, error: 'newerVersion' };
	const { kdf, cipher } = data;
	const valid =
		data.version === FORMAT_VERSION &&
		typeof data.guide === 'string' &&
		typeof data.check === 'string' &&
		typeof data.data === 'string' &&
		isRecord(kdf) &&
		kdf.name === 'PBKDF2' &&
		kdf.hash === 'SHA-256' &&
		typeof kdf.iterations === 'number' &&
		Number.isInteger(kdf.iterations) &&
		kdf.iterations >= ITERATIONS &&
		kdf.iterations <= 10 * ITERATIONS &&
		typeof kdf.salt === 'string' &&
		isRecord(cipher) &&
		cipher.name === 'AES-GCM' &&
		typeof cipher.iv === 'string';
	return valid ? { ok: true, file: data as unknown as CaseFile } : { ok: false, error: 'damaged' };
}

/** Opens a saved case. The walk inside is read like a stored one: impossible values repaired or refused. */
export async function decryptCase(text: string, passphrase: string, guide: string): Promise<OpenResult> {
	const parsed = parseCaseFile(text);
	if (!parsed.ok) return parsed;
	const file = parsed.file;
	if (file.guide !== guide) return { ok: false, error: 'otherGuide' };
	const salt = fromBase64(file.kdf.salt);
	const iv = fromBase64(file.cipher.iv);
	const data = fromBase64(file.data);
	if (!salt || !iv || !data || salt.length !== SALT_BYTES || iv.length !== IV_BYTES) return { ok: false, error: 'damaged' };
	const { key, check } = await deriveKey(passphrase, salt, file.kdf.iterations);
	if (check !== file.check) return { ok: false, error: 'wrongPassphrase' };
	let plain: ArrayBuffer;
	try {
		plain = await crypto.subtle.decrypt({ name: 'AES-GCM', iv, additionalData: headerBytes(file) }, key, data);
	} catch {
		return { ok: false, error: 'damaged' };
	}
	try {
		const payload: unknown = JSON.parse(new TextDecoder().decode(plain));
		if (!isRecord(payload) || typeof payload.savedOn !== 'string') return { ok: false, error: 'damaged' };
		const { walk, outcome } = readWalk(JSON.stringify(payload.walk));
		if (outcome === 'refused' || outcome === 'empty') return { ok: false, error: 'damaged' };
		return { ok: true, payload: { savedOn: payload.savedOn, walk }, repaired: outcome === 'repaired' };
	} catch {
		return { ok: false, error: 'damaged' };
	}
}

/** A neutral file name: the date only, never anything the user typed. */
export function caseFileName(today: string): string {
	return `sak-${today}.bti`;
}

/** Steps the case went through that the guide no longer has (the municipality edited it). */
export function removedSteps(walk: Walk, knownIds: ReadonlySet<string>): Walk['entries'] {
	return walk.entries.filter((e) => !knownIds.has(e.nodeId));
}
