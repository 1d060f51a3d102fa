/**
 * Writes a synthetic guide ten times the default size, for the scale part of `npm run bench`.
 *
 * Usage: node scripts/bench/generate-large-guide.mjs <outDir> [--from <contentDir>] [--levels 36]
 *
 * Copies the content folder (default: the repository's `content/`) to <outDir> and adds extra
 * levels `niva-x1` … `niva-x36` with 4–5 steps each, so each language has about 170 steps
 * (the default guide has 17). The generated pages follow content/README.md:
 *  - every new level is listed in kommune.yaml `levels` and has one `level` page;
 *  - its steps are numbered 1..n; each step's text is a default step's text (cycled), with
 *    the title and summary marked with the level and step number;
 *  - steps 1..n-1 answer «ja» → next step, «nei» → slutt-ingen-bekymring; the last step answers
 *    «neste-niva» → the next generated level's first step (not on the last level) and
 *    «avslutt» → slutt-avsluttet-etter-tiltak;
 *  - the last step of the last default level gets one extra answer leading to `niva-x1`'s first
 *    step, so every generated page is reachable from the start page;
 *  - nb and nn are generated from the same template choices, so both have the same structure.
 * The result passes `CONTENT_DIR=<outDir> npx tsx scripts/check-content.ts`.
 */
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse, parseDocument, stringify } from 'yaml';

const LANGUAGES = ['nb', 'nn'];
const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** Texts the generated answers use, per language. */
const LABELS = {
	nb: {
		yes: 'Ja',
		no: 'Nei – saken kan avsluttes',
		nextLevel: (label) => `Gå videre til ${label}`,
		close: 'Tiltakene har virket – saken avsluttes',
		extra: (label) => `${label} – flere tiltak (generert nivå)`,
		// Every answer on a step says what it means in the record (the schema asks for it).
		conclusions: {
			yes: 'Trinnet er gjennomført.',
			no: 'Det er ikke grunn til bekymring, og saken avsluttes.',
			nextLevel: (label) => `Saken går videre til ${label}.`,
			close: 'Tiltakene har virket, og saken avsluttes.'
		}
	},
	nn: {
		yes: 'Ja',
		no: 'Nei – saka kan avsluttast',
		nextLevel: (label) => `Gå vidare til ${label}`,
		close: 'Tiltaka har verka – saka blir avslutta',
		extra: (label) => `${label} – fleire tiltak (generert nivå)`,
		conclusions: {
			yes: 'Trinnet er gjennomført.',
			no: 'Det er ikkje grunn til bekymring, og saka blir avslutta.',
			nextLevel: (label) => `Saka går vidare til ${label}.`,
			close: 'Tiltaka har verka, og saka blir avslutta.'
		}
	}
};

/** Marks a folder as generated, so a second run may replace it. */
const MARKER = '.generert-veileder';

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/;

function readPage(file) {
	const match = FRONTMATTER.exec(readFileSync(file, 'utf8'));
	if (!match) throw new Error(`${file}: mangler frontmatter`);
	return { frontmatter: parse(match[1]), body: match[2] ?? '' };
}

function writePage(file, frontmatter, body) {
	mkdirSync(dirname(file), { recursive: true });
	const yaml = stringify(frontmatter, { lineWidth: 0 }).trimEnd();
	writeFileSync(file, `---\n${yaml}\n---\n${body.trim()}\n`);
}

/**
 * @param {string} outDir
 * @param {{ from?: string, levels?: number }} [options]
 * @returns {{ levels: number, pagesPerLanguage: number, stepsPerLanguage: number, defaultSteps: number }}
 */
export function generateLargeGuide(outDir, { from = join(REPO, 'content'), levels: extraLevels = 36 } = {}) {
	const source = resolve(from);
	const out = resolve(outDir);
	if (!existsSync(join(source, 'kommune.yaml'))) throw new Error(`finner ikke ${join(source, 'kommune.yaml')}`);
	// Only ever delete a folder this script wrote itself.
	if (existsSync(out) && readdirSync(out).length > 0 && !existsSync(join(out, MARKER))) {
		throw new Error(`${out} finnes og er ikke en generert veileder; velg en tom eller ny mappe`);
	}
	rmSync(out, { recursive: true, force: true });
	cpSync(source, out, { recursive: true });
	writeFileSync(join(out, MARKER), 'Skrevet av scripts/bench/generate-large-guide.mjs\n');

	// kommune.yaml: keep the file (and its comments) and append the generated levels.
	const municipalityFile = join(out, 'kommune.yaml');
	const doc = parseDocument(readFileSync(municipalityFile, 'utf8'));
	const municipality = doc.toJS();
	const defaultLevels = municipality.levels.map((l) => l.id);
	const lastDefaultLevel = defaultLevels.at(-1);
	const generated = [];
	for (let j = 1; j <= extraLevels; j++) {
		// 9 levels with 5 steps and the rest with 4: 36 levels → 153 steps, +17 default = 170.
		generated.push({ id: `niva-x${j}`, label: `Nivå X${j}`, steps: j % 4 === 1 ? 5 : 4 });
	}
	const levelsNode = doc.get('levels');
	for (const level of generated) levelsNode.add(doc.createNode({ id: level.id, label: level.label }));
	writeFileSync(municipalityFile, doc.toString({ lineWidth: 0 }));

	let pagesPerLanguage = 0;
	let stepsPerLanguage = 0;
	let defaultSteps = 0;
	for (const lang of LANGUAGES) {
		const labels = LABELS[lang];
		const langDir = join(out, lang);
		// Templates: the default level pages and steps, in level and step order.
		const levelTemplates = defaultLevels.map((id) => readPage(join(langDir, id, 'index.md')));
		const stepTemplates = [];
		for (const id of defaultLevels) {
			const files = readdirSync(join(langDir, id))
				.filter((f) => /^trinn-\d+\.md$/.test(f))
				.sort((a, b) => Number(a.match(/\d+/)[0]) - Number(b.match(/\d+/)[0]));
			for (const f of files) stepTemplates.push(readPage(join(langDir, id, f)));
		}
		defaultSteps = stepTemplates.length;

		// The way in: one extra answer on the last step of the last default level.
		const lastSteps = stepTemplates.filter((s) => s.frontmatter.level === lastDefaultLevel);
		const entry = lastSteps.at(-1);
		if (!entry || !generated.length) throw new Error('fant ikke siste trinn på siste nivå');
		const entryFile = join(langDir, lastDefaultLevel, `trinn-${entry.frontmatter.step}.md`);
		const answers = entry.frontmatter.question.answers;
		if (answers.some((a) => a.id === 'generert-niva')) throw new Error('svaret «generert-niva» finnes allerede');
		answers.push({
			id: 'generert-niva',
			label: labels.extra(generated[0].label),
			conclusion: labels.conclusions.nextLevel(generated[0].label),
			next: `${generated[0].id}-trinn-1`
		});
		writePage(entryFile, entry.frontmatter, entry.body);

		let template = 0;
		generated.forEach((level, index) => {
			const levelTemplate = levelTemplates[index % levelTemplates.length];
			writePage(
				join(langDir, level.id, 'index.md'),
				{
					...levelTemplate.frontmatter,
					id: level.id,
					level: level.id,
					title: `${levelTemplate.frontmatter.title} (${level.label})`
				},
				levelTemplate.body
			);
			for (let n = 1; n <= level.steps; n++) {
				const { frontmatter, body } = stepTemplates[template++ % stepTemplates.length];
				const last = n === level.steps;
				const nextLevel = generated[index + 1];
				const question = last
					? {
							answers: [
								...(nextLevel
									? [
											{
												id: 'neste-niva',
												label: labels.nextLevel(nextLevel.label),
												conclusion: labels.conclusions.nextLevel(nextLevel.label),
												next: `${nextLevel.id}-trinn-1`
											}
										]
									: []),
								{ id: 'avslutt', label: labels.close, conclusion: labels.conclusions.close, next: 'slutt-avsluttet-etter-tiltak' }
							]
						}
					: {
							answers: [
								{ id: 'ja', label: labels.yes, conclusion: labels.conclusions.yes, next: `${level.id}-trinn-${n + 1}` },
								{ id: 'nei', label: labels.no, conclusion: labels.conclusions.no, next: 'slutt-ingen-bekymring' }
							]
						};
				writePage(
					join(langDir, level.id, `trinn-${n}.md`),
					{
						...frontmatter,
						id: `${level.id}-trinn-${n}`,
						level: level.id,
						step: n,
						title: `${frontmatter.title} (${level.label}, trinn ${n})`,
						question
					},
					body
				);
			}
		});
		stepsPerLanguage = defaultSteps + generated.reduce((sum, l) => sum + l.steps, 0);
		pagesPerLanguage = countPages(langDir);
	}
	return { levels: defaultLevels.length + generated.length, pagesPerLanguage, stepsPerLanguage, defaultSteps };
}

/** Number of markdown pages under `dir` (one language folder). */
export function countPages(dir) {
	return readdirSync(dir, { withFileTypes: true }).reduce(
		(sum, entry) =>
			sum + (entry.isDirectory() ? countPages(join(dir, entry.name)) : entry.name.endsWith('.md') ? 1 : 0),
		0
	);
}

if (import.meta.url === `file://${process.argv[1]}`) {
	const args = process.argv.slice(2);
	const option = (name) => {
		const i = args.indexOf(name);
		return i >= 0 ? args.splice(i, 2)[1] : undefined;
	};
	const from = option('--from');
	const levels = option('--levels');
	const outDir = args[0];
	if (!outDir) {
		console.error('Bruk: node scripts/bench/generate-large-guide.mjs <utmappe> [--from content] [--levels 36]');
		process.exit(2);
	}
	let result;
	try {
		result = generateLargeGuide(outDir, { from, levels: levels ? Number(levels) : undefined });
	} catch (error) {
		console.error(`Kunne ikke lage veilederen: ${error instanceof Error ? error.message : String(error)}`);
		process.exit(1);
	}
	console.log(
		`Skrev en syntetisk veileder til ${resolve(outDir)}: ${result.levels} nivåer, ` +
			`${result.pagesPerLanguage} sider og ${result.stepsPerLanguage} trinn per språk ` +
			`(standardveilederen har ${result.defaultSteps} trinn per språk).`
	);
}
