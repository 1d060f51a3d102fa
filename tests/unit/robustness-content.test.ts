/**
 * Property-based robustness of the content loader (issue 7, item 5).
 *
 * Every run takes the valid fixture, breaks it in one generated way and loads it. Whatever
 * the fault, the loader must not throw, must refuse the content, and must say in Norwegian
 * which file (and field) is wrong — no `undefined`, no `[object Object]`, no stack trace.
 *
 * Runs are reproducible: a fixed seed, overridable with FC_SEED (and FC_RUNS for more runs)
 * to explore, e.g. `FC_SEED=123 FC_RUNS=300 npx vitest run tests/unit/robustness-content.test.ts`.
 */
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import fc from 'fast-check';
import { parse, stringify } from 'yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { loadContent } from '../../src/lib/content/read-dir';
import type { LoadResult } from '../../src/lib/content/guide-content';
import { formatProblem, type ContentProblem } from '../../src/lib/content/problems';
import { ROOT, runCheckContent } from './helpers/check-content-cli';

const VALID = join(ROOT, 'tests/fixtures/valid');
const SEED = Number(process.env.FC_SEED ?? 20_270_323);
const RUNS = Number(process.env.FC_RUNS ?? 25);
const FC_OPTIONS = { seed: SEED, numRuns: RUNS };

// ---------------------------------------------------------------------------
// The fixture in memory, and a way to write a (broken) copy of it to disk
// ---------------------------------------------------------------------------

/** Relative path (with `/`) → file content. */
type Files = Map<string, string | Uint8Array>;

function readTree(dir: string, prefix = ''): Files {
	const files: Files = new Map();
	for (const entry of readdirSync(join(dir, prefix), { withFileTypes: true })) {
		const rel = prefix ? `${prefix}/${entry.name}` : entry.name;
		if (entry.isDirectory()) for (const [k, v] of readTree(dir, rel)) files.set(k, v);
		else files.set(rel, readFileSync(join(dir, rel), 'utf8'));
	}
	return files;
}

const FIXTURE: ReadonlyMap<string, string> = readTree(VALID) as Map<string, string>;
const ALL_FILES = [...FIXTURE.keys()].sort();
const PAGE_FILES = ALL_FILES.filter((f) => f.endsWith('.md'));
const YAML_FILES = ALL_FILES.filter((f) => f.endsWith('.yaml'));
const FRONTMATTER = /^---\n([\s\S]*?)\n---(?:\n|$)([\s\S]*)$/;

interface Parsed {
	data: unknown;
	/** Markdown below the frontmatter; undefined for YAML files. */
	body?: string;
}

function parseFile(file: string, text: string): Parsed {
	if (!file.endsWith('.md')) return { data: parse(text) };
	const match = FRONTMATTER.exec(text);
	if (!match) throw new Error(`fixture ${file} has no frontmatter`);
	return { data: parse(match[1] ?? ''), body: match[2] ?? '' };
}

function render(parsed: Parsed): string {
	const yaml = stringify(parsed.data);
	return parsed.body === undefined ? yaml : `---\n${yaml}---\n${parsed.body}`;
}

const PARSED = new Map(ALL_FILES.map((f) => [f, parseFile(f, FIXTURE.get(f) ?? '')]));

const temporaryDirs: string[] = [];
afterAll(() => temporaryDirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

function writeTree(files: Files): string {
	const dir = mkdtempSync(join(tmpdir(), 'hv-robust-'));
	temporaryDirs.push(dir);
	for (const [rel, content] of files) {
		mkdirSync(dirname(join(dir, rel)), { recursive: true });
		writeFileSync(join(dir, rel), content);
	}
	return dir;
}

/**
 * One copy of the fixture on disk, reused by every run: a run writes only the files its
 * mutation changed, loads, and puts the originals back (hundreds of runs on a busy machine).
 */
let base: string | undefined;
function loadFiles(files: Files): LoadResult {
	base ??= writeTree(new Map(FIXTURE));
	const dir = base;
	const changed = [...files].filter(([file, content]) => FIXTURE.get(file) !== content);
	const removed = [...FIXTURE.keys()].filter((file) => !files.has(file));
	try {
		for (const [file, content] of changed) {
			mkdirSync(dirname(join(dir, file)), { recursive: true });
			writeFileSync(join(dir, file), content);
		}
		for (const file of removed) rmSync(join(dir, file));
		return loadContent(dir);
	} finally {
		for (const file of [...changed.map(([f]) => f), ...removed]) {
			const original = FIXTURE.get(file);
			if (original === undefined) rmSync(join(dir, file), { force: true });
			else writeFileSync(join(dir, file), original);
		}
	}
}

// ---------------------------------------------------------------------------
// What every failed load must look like
// ---------------------------------------------------------------------------

const STACK_TRACE = /\bat \S*\(?\S+\.(?:ts|js|mjs|cjs):\d+|\n\s+at /;
const NOT_A_MESSAGE = /undefined|\[object Object\]/;
// Zod's and JavaScript's own English wording at the start means the Norwegian error map was bypassed.
const ENGLISH_START = /^(?:Invalid|Expected|Required|Unrecognized|Unexpected|Cannot|TypeError|RangeError|ReferenceError|Error\b)/;

/** Files and folders a problem may name: everything in the loaded folder, and each folder with `/`. */
function namesOf(files: Files): Set<string> {
	const names = new Set<string>();
	for (const file of files.keys()) {
		names.add(file);
		const parts = file.split('/');
		for (let i = 1; i < parts.length; i++) names.add(`${parts.slice(0, i).join('/')}/`);
	}
	return names;
}

/**
 * Known bug (reported, see «bugs found by the properties» below): zod's Norwegian locale words a
 * missing field as «forventet string, fikk undefined». The deletion property and a named example
 * test stay red for it; the other properties let exactly this wording through so they keep
 * checking everything else.
 */
const KNOWN_MISSING_FIELD_WORDING = /: Ugyldig input: forventet [^,]+, fikk undefined$/;

interface ClearOptions {
	/** Collect messages containing `undefined` here instead of failing at once (see the bug test). */
	undefinedMessages?: string[];
}

/** What is wrong with each unclear problem; empty when all are clear. Plain JS: 20 000 problems must check fast. */
function unclearProblems(problems: ContentProblem[], files: Files, options: ClearOptions = {}): string[] {
	const names = namesOf(files);
	const faults: string[] = [];
	for (const problem of problems) {
		const shown = formatProblem(problem);
		const fault = (why: string) => faults.push(`${why}: ${shown}`);
		if (typeof problem.file !== 'string' || !names.has(problem.file)) fault('names no file of the folder');
		if (problem.field !== undefined && (typeof problem.field !== 'string' || problem.field.trim() === '')) fault('empty field');
		if (typeof problem.message !== 'string' || problem.message.trim() === '') {
			fault('empty message');
			continue;
		}
		if (ENGLISH_START.test(problem.message) || problem.message.includes('Invalid input')) fault('English message');
		if (STACK_TRACE.test(shown)) fault('stack trace');
		if (shown.includes('[object Object]')) fault('[object Object]');
		if (shown.includes('undefined')) {
			if (options.undefinedMessages) options.undefinedMessages.push(shown);
			else if (!KNOWN_MISSING_FIELD_WORDING.test(shown)) fault('«undefined» in the message');
		}
	}
	return faults;
}

function expectClearProblems(problems: ContentProblem[], files: Files, options: ClearOptions = {}): void {
	expect(unclearProblems(problems, files, options).slice(0, 5)).toEqual([]);
}

/** Loads the files; the load must not throw and must refuse the content with clear problems. */
function expectRefused(files: Files, options: ClearOptions = {}): ContentProblem[] {
	let result: LoadResult | undefined;
	expect(() => (result = loadFiles(files))).not.toThrow();
	if (!result) throw new Error('unreachable');
	expect(result.content).toBeUndefined();
	expect(result.problems.length).toBeGreaterThan(0);
	expectClearProblems(result.problems, files, options);
	return result.problems;
}

// ---------------------------------------------------------------------------
// Mutations, as plain data so fast-check prints a readable counterexample
// ---------------------------------------------------------------------------

type Path = (string | number)[];

function isPlainObject(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Every value below the root with its path. */
function nodesOf(value: unknown, prefix: Path = []): { path: Path; value: unknown }[] {
	const children: [string | number, unknown][] = Array.isArray(value)
		? value.map((v, i) => [i, v])
		: isPlainObject(value)
			? Object.entries(value)
			: [];
	return children.flatMap(([key, child]) => [{ path: [...prefix, key], value: child }, ...nodesOf(child, [...prefix, key])]);
}

function clone<T>(value: T): T {
	return structuredClone(value);
}

function setAt(root: unknown, path: Path, value: unknown): void {
	const parent = path.slice(0, -1).reduce<unknown>((node, key) => (node as Record<string | number, unknown>)[key], root);
	(parent as Record<string | number, unknown>)[path.at(-1) as string | number] = value;
}

function deleteAt(root: unknown, path: Path): void {
	const parent = path.slice(0, -1).reduce<unknown>((node, key) => (node as Record<string | number, unknown>)[key], root);
	delete (parent as Record<string, unknown>)[path.at(-1) as string];
}

function getAt(root: unknown, path: Path): unknown {
	return path.reduce<unknown>((node, key) => (node as Record<string | number, unknown>)[key], root);
}

/** Fields the schema lets you leave out (with a default or as optional) in the fixture. */
function isOptional(file: string, path: Path): boolean {
	const key = path.at(-1);
	const parent = path.at(-2);
	if (typeof key !== 'string') return true; // list items are not fields
	if (key === 'hint') return true;
	if (file.endsWith('.md')) {
		if (['sets', 'safetyConcern', 'forms'].includes(key)) return true;
		if (parent === 'sets') return true;
		if (parent === 'question' && key === 'text') return true;
		if (path.length === 1 && ['dates', 'deadlines', 'reminders', 'resources', 'contactsGuardians', 'consentNeeded', 'background'].includes(key)) {
			return true;
		}
		return false;
	}
	if (key === 'caseTypes') return true;
	// Required by cross-file references rather than by the file's own schema (covered by unknownRef).
	if (file === 'kommune.yaml' && path.length === 1 && key === 'resources') return true;
	if (file.endsWith('tekster.yaml') && parent === 'reminders') return true;
	return false;
}

type Mutation =
	| { kind: 'wrongType'; file: string; path: Path; value: unknown }
	| { kind: 'deleteField'; file: string; path: Path }
	| { kind: 'danglingNext'; langs: ('nb' | 'nn')[]; page: string; answer: number; target: string }
	| { kind: 'closedLoop'; targets: Record<string, string[]> }
	| { kind: 'unknownRef'; ref: RefKind; langs: ('nb' | 'nn')[]; id: string }
	| { kind: 'garbage'; file: string; text: string }
	| { kind: 'bytes'; file: string; bytes: Uint8Array }
	| { kind: 'insert'; file: string; at: number; text: string };

type RefKind = 'deadlines' | 'dates' | 'reminders' | 'resources' | 'level' | 'levelPage' | 'rule.from' | 'rule.caseTypes';

const QUESTION_PAGES = PAGE_FILES.filter((f) => f.startsWith('nb/') && isPlainObject(getAt(PARSED.get(f)?.data, ['question'])));
const idOf = (file: string) => getAt(PARSED.get(file)?.data, ['id']) as string;
const answersOf = (file: string) => getAt(PARSED.get(file)?.data, ['question', 'answers']) as { next: string }[];
const pageById = new Map(QUESTION_PAGES.map((f) => [idOf(f), f.slice('nb/'.length)]));
const QUESTION_IDS = [...pageById.keys()];
const ALL_IDS = new Set(
	ALL_FILES.flatMap((f) => nodesOf(PARSED.get(f)?.data).flatMap((n) => (typeof n.value === 'string' ? [n.value] : [])))
);

function editPage(files: Files, file: string, edit: (data: unknown) => void): void {
	const parsed = parseFile(file, files.get(file) as string);
	edit(parsed.data);
	files.set(file, render(parsed));
}

function applyMutation(mutation: Mutation): Files {
	const files: Files = new Map(FIXTURE);
	switch (mutation.kind) {
		case 'wrongType':
			editPage(files, mutation.file, (data) => setAt(data, mutation.path, clone(mutation.value)));
			break;
		case 'deleteField':
			editPage(files, mutation.file, (data) => deleteAt(data, mutation.path));
			break;
		case 'danglingNext':
			for (const lang of mutation.langs) {
				editPage(files, `${lang}/${mutation.page}`, (data) =>
					setAt(data, ['question', 'answers', mutation.answer, 'next'], mutation.target)
				);
			}
			break;
		case 'closedLoop':
			for (const lang of ['nb', 'nn'] as const) {
				for (const [id, targets] of Object.entries(mutation.targets)) {
					editPage(files, `${lang}/${pageById.get(id)}`, (data) =>
						targets.forEach((target, i) => setAt(data, ['question', 'answers', i, 'next'], target))
					);
				}
			}
			break;
		case 'unknownRef': {
			const { id } = mutation;
			const step = (lang: string) => `${lang}/niva-a/trinn-1.md`;
			const onPages = (path: Path, page = step) =>
				mutation.langs.forEach((lang) => editPage(files, page(lang), (data) => setAt(data, path, id)));
			if (mutation.ref === 'deadlines') onPages(['deadlines', 0]);
			if (mutation.ref === 'dates') onPages(['dates', 0]);
			if (mutation.ref === 'reminders') onPages(['reminders', 0]);
			if (mutation.ref === 'resources') onPages(['resources', 0, 'ref']);
			if (mutation.ref === 'level') onPages(['level'], (lang) => `${lang}/niva-a/trinn-2.md`);
			if (mutation.ref === 'levelPage') onPages(['level'], (lang) => `${lang}/niva-a/index.md`);
			if (mutation.ref === 'rule.from') editPage(files, 'frister.yaml', (data) => setAt(data, ['rules', 0, 'from'], id));
			if (mutation.ref === 'rule.caseTypes') editPage(files, 'frister.yaml', (data) => setAt(data, ['rules', 0, 'caseTypes', 0], id));
			break;
		}
		case 'garbage':
			files.set(mutation.file, mutation.file.endsWith('.md') ? `---\n${mutation.text}\n---\n` : mutation.text);
			break;
		case 'bytes': {
			const head = mutation.file.endsWith('.md') ? Buffer.from('---\n') : Buffer.alloc(0);
			const tail = mutation.file.endsWith('.md') ? Buffer.from('\n---\n') : Buffer.alloc(0);
			files.set(mutation.file, Buffer.concat([head, Buffer.from(mutation.bytes), tail]));
			break;
		}
		case 'insert': {
			const text = files.get(mutation.file) as string;
			const at = mutation.at % (text.length + 1);
			files.set(mutation.file, text.slice(0, at) + mutation.text + text.slice(at));
			break;
		}
	}
	return files;
}

// ---------------------------------------------------------------------------
// Arbitraries
// ---------------------------------------------------------------------------

/** An id of the right shape that the fixture does not have. */
const unknownId = fc
	.stringMatching(/^[a-z0-9]{1,8}(-[a-z0-9]{1,8}){0,2}$/)
	.map((s) => `ukjent-${s}`);

/** Any string at all that is not an id of the fixture (wrong shape included). */
const nonexistentTarget = fc
	.oneof(unknownId, fc.string({ maxLength: 20 }), fc.string({ unit: 'grapheme', maxLength: 10 }), fc.constantFrom('', ' ', 'Slutt', 'slutt ', 'SLUTT', 'niva-a-trinn-1/', '../slutt', 'oversikt'))
	.filter((s) => !QUESTION_IDS.includes(s) && s !== 'slutt');

function wrongValueFor(original: unknown): fc.Arbitrary<unknown> {
	const options: fc.Arbitrary<unknown>[] = [fc.constant(null), fc.constant('')];
	if (typeof original !== 'number') options.push(fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true }));
	if (typeof original !== 'boolean') options.push(fc.boolean());
	if (!Array.isArray(original)) {
		options.push(fc.array(fc.oneof(fc.integer(), fc.string({ maxLength: 6 }), fc.boolean()), { maxLength: 3 }));
	}
	if (!isPlainObject(original)) {
		options.push(fc.dictionary(fc.constantFrom('feil', 'x', 'nb', 'nn'), fc.oneof(fc.integer(), fc.boolean(), fc.constant(null)), { minKeys: 1, maxKeys: 3 }));
	}
	return fc.oneof(...options);
}

const wrongType: fc.Arbitrary<Mutation> = fc.constantFrom(...ALL_FILES).chain((file) =>
	fc.constantFrom(...nodesOf(PARSED.get(file)?.data)).chain(({ path, value }) =>
		wrongValueFor(value).map((v): Mutation => ({ kind: 'wrongType', file, path, value: v }))
	)
);

const deletions = ALL_FILES.flatMap((file) =>
	nodesOf(PARSED.get(file)?.data)
		.filter(({ path }) => !isOptional(file, path))
		.map(({ path }): Mutation => ({ kind: 'deleteField', file, path }))
);
const deleteField: fc.Arbitrary<Mutation> = fc.constantFrom(...deletions);

const langs = fc.constantFrom<('nb' | 'nn')[]>(['nb'], ['nn'], ['nb', 'nn']);

const danglingNext: fc.Arbitrary<Mutation> = fc.constantFrom(...QUESTION_PAGES).chain((file) =>
	fc
		.record({ langs, answer: fc.nat({ max: answersOf(file).length - 1 }), target: nonexistentTarget })
		.map((r): Mutation => ({ kind: 'danglingNext', page: file.slice('nb/'.length), ...r }))
);

/** A set of question pages whose answers all lead back into the set: no way out. */
const closedLoop: fc.Arbitrary<Mutation> = fc.subarray(QUESTION_IDS, { minLength: 1 }).chain((ids) =>
	fc
		.tuple(
			...ids.map((id) => {
				const count = answersOf(`nb/${pageById.get(id)}`).length;
				return fc.array(fc.constantFrom(...ids), { minLength: count, maxLength: count });
			})
		)
		.map((targets): Mutation => ({ kind: 'closedLoop', targets: Object.fromEntries(ids.map((id, i) => [id, targets[i] ?? []])) }))
);

const unknownRef: fc.Arbitrary<Mutation> = fc.record({
	kind: fc.constant('unknownRef' as const),
	ref: fc.constantFrom<RefKind>('deadlines', 'dates', 'reminders', 'resources', 'level', 'levelPage', 'rule.from', 'rule.caseTypes'),
	langs,
	id: unknownId
});

const YAML_TOKENS = [
	': ', ':', '- ', '-', '[', ']', '{', '}', ',', '"', "'", '#', '|', '>', '?', '!', '!!str ', '!!binary ', '!!int ', '!!map ',
	'%YAML 1.2', '---', '...', '\t', '  ', '\n', '\n  ', '\n    ', 'id', 'kind', 'step', 'title', 'question', 'answers', 'next',
	'null', '~', 'true', '1', '-1', '.inf', '0x1F', '2027-03-29', '\\', '@', '`', '\u00a0', '\ufeff', '\u0000', 'æøå', '🙂'
];
const ALIAS_TOKENS = ['&a ', '&b ', '*a', '*b', '*', '&', '<<: *a', '<<: '];
/** Lines with anchors and aliases, resolved or not. */
const ALIAS_LINES = ['title: *x', 'x: *a', '<<: *a', '- *a', 'a: &a [1, 2]\nb: *a', 'a: &a\n  b: *a', 'id: &i start\nkind: *i', '*a: b', '? *a\n: b'];

const yamlSoup = (tokens: string[]) =>
	fc.array(fc.oneof(fc.constantFrom(...tokens), fc.string({ maxLength: 4 })), { maxLength: 40 }).map((parts) => parts.join(''));

/** Replaces a frontmatter (or a whole YAML file) with something that is not a valid page. */
const garbage = (text: fc.Arbitrary<string>): fc.Arbitrary<Mutation> =>
	fc.record({ kind: fc.constant('garbage' as const), file: fc.constantFrom(...ALL_FILES), text });

const garbageText = fc.oneof(
	yamlSoup(YAML_TOKENS),
	fc.string({ unit: 'binary', maxLength: 200 }),
	fc.string({ unit: 'grapheme', maxLength: 100 }),
	// Valid YAML of the wrong shape: a scalar, a list, a mapping of random keys.
	fc.jsonValue({ maxDepth: 3 }).map((v) => stringify(v))
);

const randomBytes: fc.Arbitrary<Mutation> = fc.record({
	kind: fc.constant('bytes' as const),
	file: fc.constantFrom(...ALL_FILES),
	bytes: fc.uint8Array({ maxLength: 300 })
});

const insertion: fc.Arbitrary<Mutation> = fc.record({
	kind: fc.constant('insert' as const),
	file: fc.constantFrom(...ALL_FILES),
	at: fc.nat({ max: 100_000 }),
	text: fc.oneof(yamlSoup(YAML_TOKENS), fc.string({ unit: 'binary', maxLength: 10 }))
});

// ---------------------------------------------------------------------------
// The properties
// ---------------------------------------------------------------------------

describe('content loader robustness (property-based)', { timeout: 60_000 }, () => {
	it('control: the fixture, re-serialised the way the mutations write it, loads cleanly', () => {
		const files: Files = new Map([...FIXTURE].map(([file]) => [file, render(PARSED.get(file) as Parsed)]));
		const result = loadFiles(files);
		expect(result.problems.map(formatProblem)).toEqual([]);
		expect(result.content).toBeDefined();
		// The generators have something to work with.
		expect(QUESTION_IDS.length).toBeGreaterThan(3);
		expect(deletions.length).toBeGreaterThan(50);
	});

	it('a value of the wrong type anywhere is reported on that file and field', () => {
		fc.assert(
			fc.property(wrongType, (m) => {
				if (m.kind !== 'wrongType') return;
				const problems = expectRefused(applyMutation(m));
				const field = m.path.join('.');
				// Zod reports the field itself, or the nearest object around it (a union, a strict object).
				expect(
					problems.some((p) => p.file === m.file && (p.field === undefined || field === p.field || field.startsWith(`${p.field}.`) || p.field.startsWith(`${field}.`))),
					problems.map(formatProblem).join('\n')
				).toBe(true);
			}),
			FC_OPTIONS
		);
	});

	it('deleting a required field never crashes, names the file and field, and says the field is missing', () => {
		const undefinedMessages: string[] = [];
		fc.assert(
			fc.property(deleteField, (m) => {
				if (m.kind !== 'deleteField') return;
				const problems = expectRefused(applyMutation(m), { undefinedMessages });
				const field = m.path.join('.');
				expect(
					problems.some((p) => p.file === m.file && p.field !== undefined && (field === p.field || field.startsWith(`${p.field}.`))),
					problems.map(formatProblem).join('\n')
				).toBe(true);
			}),
			FC_OPTIONS
		);
		// Found by this property: zod's own wording said «fikk undefined» for a missing field.
		expect([...new Set(undefinedMessages)].slice(0, 5)).toEqual([]);
	});

	it('an answer pointing to an id that does not exist is reported on that answer', () => {
		fc.assert(
			fc.property(danglingNext, (m) => {
				if (m.kind !== 'danglingNext') return;
				const problems = expectRefused(applyMutation(m));
				for (const lang of m.langs) {
					expect(
						problems.some((p) => p.file === `${lang}/${m.page}` && p.field === `question.answers.${m.answer}.next`),
						problems.map(formatProblem).join('\n')
					).toBe(true);
				}
			}),
			FC_OPTIONS
		);
	});

	it('answers that only lead round in a closed loop are reported for every page in the loop', () => {
		fc.assert(
			fc.property(closedLoop, (m) => {
				if (m.kind !== 'closedLoop') return;
				const problems = expectRefused(applyMutation(m)).map(formatProblem);
				for (const id of Object.keys(m.targets)) {
					for (const lang of ['nb', 'nn']) {
						expect(problems, id).toContain(
							`${lang}/${pageById.get(id)} › question.answers: fra «${id}» finnes ingen vei til en avslutning: svarene går bare i ring`
						);
					}
				}
			}),
			FC_OPTIONS
		);
	});

	it('an unknown deadline rule, date, reminder, resource, level or case type is named', () => {
		fc.assert(
			fc.property(unknownRef, (m) => {
				if (m.kind !== 'unknownRef') return;
				const problems = expectRefused(applyMutation(m));
				expect(problems.some((p) => p.message.includes(`«${m.id}»`)), problems.map(formatProblem).join('\n')).toBe(true);
			}),
			FC_OPTIONS
		);
	});

	it('garbage instead of a frontmatter or a YAML file is reported on that file', () => {
		fc.assert(
			fc.property(fc.oneof(garbage(garbageText), randomBytes), (m) => {
				if (m.kind !== 'garbage' && m.kind !== 'bytes') return;
				const problems = expectRefused(applyMutation(m));
				expect(problems.some((p) => p.file === m.file), problems.map(formatProblem).join('\n')).toBe(true);
			}),
			FC_OPTIONS
		);
	});

	it('YAML anchors and aliases (&a, *a) in a frontmatter or a YAML file are reported, not thrown', () => {
		// Found by this property: yaml's toJS() threw on an unresolved alias and on an alias bomb.
		fc.assert(
			fc.property(garbage(fc.tuple(yamlSoup([...YAML_TOKENS, ...ALIAS_TOKENS]), fc.constantFrom(...ALIAS_LINES), yamlSoup([...YAML_TOKENS, ...ALIAS_TOKENS])).map((parts) => parts.join('\n'))), (m) => {
				if (m.kind !== 'garbage') return;
				const problems = expectRefused(applyMutation(m));
				expect(problems.some((p) => p.file === m.file), problems.map(formatProblem).join('\n')).toBe(true);
			}),
			FC_OPTIONS
		);
	});

	it('random text typed into any file either still loads, or fails with clear problems', () => {
		fc.assert(
			fc.property(insertion, (m) => {
				const files = applyMutation(m);
				let result: LoadResult | undefined;
				expect(() => (result = loadFiles(files))).not.toThrow();
				if (!result) throw new Error('unreachable');
				if (result.content) expect(result.problems).toEqual([]);
				else expect(result.problems.length).toBeGreaterThan(0);
				expectClearProblems(result.problems, files);
			}),
			FC_OPTIONS
		);
	});

	it('an empty, blank or frontmatter-only file is reported on that file, for every file', () => {
		const variants = ['', '\n', '   \n\t\n', '\ufeff', '---\n---\n', '---\n\n---\n'];
		// Every file once, the variants taking turns; and every variant on a page and on kommune.yaml.
		const cases = [
			...ALL_FILES.map((file, i) => [file, variants[i % variants.length] ?? ''] as const),
			...variants.flatMap((text) => [['nb/niva-a/trinn-1.md', text] as const, ['kommune.yaml', text] as const])
		];
		for (const [file, text] of cases) {
			const files: Files = new Map(FIXTURE);
			files.set(file, text);
			const problems = expectRefused(files);
			expect(problems.some((p) => p.file === file), `${file} ${JSON.stringify(text)}`).toBe(true);
		}
	});
});

// ---------------------------------------------------------------------------
// Very large files: examples, not many runs
// ---------------------------------------------------------------------------

describe('content loader with very large files', { timeout: 60_000 }, () => {
	const timed = <T>(run: () => T): [T, number] => {
		const start = performance.now();
		const value = run();
		return [value, performance.now() - start];
	};

	it('a 5 MB markdown file is refused unread, with the limit named and no knock-on lines', () => {
		const files: Files = new Map(FIXTURE);
		files.set('nb/oversikt.md', `${FIXTURE.get('nb/oversikt.md')}${'Lang tekst om barnet. '.repeat(240_000)}{slutt}\n`);
		const [problems, ms] = timed(() => expectRefused(files).map(formatProblem));
		expect(problems).toEqual(['nb/oversikt.md: fila er 5157 KB; ingen fil i innholdsmappen kan være over 1024 KB']);
		expect(ms).toBeLessThan(10_000);
	});

	it('a 5 MB file that never closes its frontmatter is reported quickly', () => {
		const files: Files = new Map(FIXTURE);
		files.set('nn/oversikt.md', `---\nid: oversikt\n${'title: x\n'.repeat(600_000)}`);
		const [problems, ms] = timed(() => expectRefused(files));
		expect(problems.some((p) => p.file === 'nn/oversikt.md')).toBe(true);
		expect(ms).toBeLessThan(10_000);
	});

	it('a body just under the 100 KB limit loads; one just over is refused with the limit named', () => {
		const under: Files = new Map(FIXTURE);
		under.set('nb/oversikt.md', `${FIXTURE.get('nb/oversikt.md')}${'Lang tekst om barnet. '.repeat(4_500)}`);
		const [result, ms] = timed(() => loadFiles(under));
		expect(result.problems).toEqual([]);
		expect(ms).toBeLessThan(10_000);
		const over: Files = new Map(FIXTURE);
		over.set('nb/oversikt.md', `${FIXTURE.get('nb/oversikt.md')}${'Lang tekst om barnet. '.repeat(4_700)}`);
		expect(expectRefused(over).map(formatProblem).join('\n')).toContain('en side kan ha høyst 100 KB tekst');
	});

	it('a frontmatter list with 10 000 items and one of the wrong type names that item', () => {
		const files: Files = new Map(FIXTURE);
		const how = Array.from({ length: 10_000 }, (_, i) => (i === 9_999 ? '  - 42\n' : `  - Punkt ${i}.\n`)).join('');
		files.set('nb/niva-a/trinn-1.md', (FIXTURE.get('nb/niva-a/trinn-1.md') ?? '').replace('how:\n  - Skriv ned det du ser.\n', `how:\n${how}`));
		const [problems, ms] = timed(() => expectRefused(files).map(formatProblem));
		expect(problems).toContain('nb/niva-a/trinn-1.md › how.9999: Ugyldig input: forventet string, fikk tall');
		expect(ms).toBeLessThan(10_000);
	});

	it('10 000 answers that all lead nowhere are each reported, in reasonable time', () => {
		const files: Files = new Map(FIXTURE);
		const answers = Array.from({ length: 10_000 }, (_, i) => `    - id: svar-${i}\n      label: Svar ${i}\n      conclusion: Svar ${i}.\n      next: borte-${i}\n`).join('');
		const file = 'nb/niva-a/trinn-2.md';
		files.set(file, (FIXTURE.get(file) ?? '').replace(/answers:\n[\s\S]*?\n---/, `answers:\n${answers}---`));
		const [problems, ms] = timed(() => expectRefused(files));
		expect(problems.filter((p) => p.file === file && p.field?.endsWith('.next') && p.message.includes('som ikke finnes'))).toHaveLength(10_000);
		expect(ms).toBeLessThan(20_000);
	});

	it('a municipality file with 10 000 levels reports each missing level page', () => {
		const files: Files = new Map(FIXTURE);
		const levels = Array.from({ length: 10_000 }, (_, i) => `  - id: niva-x${i}\n    label: Nivå ${i}\n`).join('');
		files.set('kommune.yaml', (FIXTURE.get('kommune.yaml') ?? '').replace('levels:\n', `levels:\n${levels}`));
		const [problems, ms] = timed(() => expectRefused(files));
		expect(problems.filter((p) => p.message.includes('mangler en nivåside'))).toHaveLength(20_000);
		expect(ms).toBeLessThan(20_000);
	});

	it('deeply nested YAML (3 000 levels of lists) is a YAML error, not a stack overflow crash', () => {
		const files: Files = new Map(FIXTURE);
		files.set('nb/oversikt.md', (FIXTURE.get('nb/oversikt.md') ?? '').replace('title: Oversikt', `title: ${'['.repeat(3_000)}${']'.repeat(3_000)}`));
		const problems = expectRefused(files);
		expect(problems.some((p) => p.file === 'nb/oversikt.md' && p.message.startsWith('YAML-feil'))).toBe(true);
	});
});

// ---------------------------------------------------------------------------
// Known bugs, as minimal examples (red until fixed in src/lib/content/loader.ts)
// ---------------------------------------------------------------------------

describe('content loader: bugs found by the properties', () => {
	const withFile = (file: string, from: string, to: string): Files => {
		const files: Files = new Map(FIXTURE);
		const before = FIXTURE.get(file) ?? '';
		if (!before.includes(from)) throw new Error(`fixture ${file} does not contain «${from}»`);
		files.set(file, before.replace(from, to));
		return files;
	};

	it('a YAML alias to an anchor that does not exist (title: *x) is a problem in the file, not a crash', () => {
		const problems = expectRefused(withFile('nb/oversikt.md', 'title: Oversikt', 'title: *x'));
		expect(problems.some((p) => p.file === 'nb/oversikt.md')).toBe(true);
	});

	it('a YAML alias bomb in kommune.yaml is refused, not expanded', () => {
		const bomb = 'a: &a [1, 1, 1, 1, 1, 1, 1, 1, 1, 1]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]\n';
		const problems = expectRefused(withFile('kommune.yaml', 'archiveSystem: Arkivo\n', `archiveSystem: Arkivo\n${bomb}`));
		expect(problems.some((p) => p.file === 'kommune.yaml')).toBe(true);
	});

	it('a wrong value in a text that may differ per language, or in kind, says what is expected', () => {
		for (const files of [withFile('kommune.yaml', 'name: Nødnummer', 'name: true'), withFile('nb/oversikt.md', 'kind: overview', 'kind: oversikt')]) {
			const problems = expectRefused(files).map(formatProblem);
			expect(problems.filter((p) => p.endsWith(': Ugyldig input'))).toEqual([]);
		}
	});

	it('a missing required field is reported as missing', () => {
		const problems = expectRefused(withFile('nb/niva-a/trinn-1.md', 'title: Konkretiser undringen\n', ''), { undefinedMessages: [] }).map(formatProblem);
		expect(problems).toHaveLength(1);
		expect(problems[0]).toMatch(/^nb\/niva-a\/trinn-1\.md › title: /);
		expect(problems[0]).toBe('nb/niva-a/trinn-1.md › title: mangler; feltet må være med');
	});
});

// ---------------------------------------------------------------------------
// The CLI on generated broken folders
// ---------------------------------------------------------------------------

describe('check:content on generated broken folders', { timeout: 60_000 }, () => {
	const run = runCheckContent;

	it('exits 1 and lists each problem as «file › field: message», with no stack trace', () => {
		const mutations = fc.sample(fc.oneof(wrongType, danglingNext, unknownRef, closedLoop), { seed: SEED, numRuns: 2 });
		for (const mutation of mutations) {
			const { status, output } = run(writeTree(applyMutation(mutation)));
			const context = `${JSON.stringify(mutation)}\n${output}`;
			expect(status, context).toBe(1);
			expect(output, context).toContain('Innholdskontroll av');
			expect(output, context).toMatch(/✗ \S+ › \S+: \S/);
			expect(output, context).not.toContain('stoppet uventet');
			expect(output, context).not.toMatch(STACK_TRACE);
			expect(output, context).not.toContain('[object Object]');
		}
	});

	it('on a YAML alias the CLI exits 1, names the file and prints no stack trace', () => {
		const { status, output } = run(writeTree(new Map([...FIXTURE, ['nb/oversikt.md', (FIXTURE.get('nb/oversikt.md') ?? '').replace('title: Oversikt', 'title: *x')]])));
		expect(status).toBe(1);
		expect(output).not.toMatch(STACK_TRACE);
		expect(output).toContain('nb/oversikt.md');
	});
});
