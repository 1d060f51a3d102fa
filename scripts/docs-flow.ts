/**
 * `npm run docs:flow`: writes docs/flyt.md, the walk of each language as a Mermaid flowchart,
 * from the content folder (`CONTENT_DIR`, default content/). Exits 1 with the content's
 * problems if it does not pass the content check.
 * With --check nothing is written: exits 1 if docs/flyt.md is not what it would write.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { contentDir } from '../src/lib/content/config.ts';
import { loadContent } from '../src/lib/content/read-dir.ts';
import { formatProblems } from '../src/lib/content/problems.ts';
import { FLOW_DOC_FILE, buildFlowDoc } from '../src/lib/flow/flow-doc.ts';

const check = process.argv.includes('--check');
const dir = contentDir();
const shown = relative(process.cwd(), dir) || dir;
const target = resolve(import.meta.dirname, '..', FLOW_DOC_FILE);

const { content, problems } = loadContent(dir);
if (problems.length > 0 || !content) {
	console.error(`\nKan ikke lage ${FLOW_DOC_FILE}: innholdet i «${shown}» har feil.\n${formatProblems(problems)}\n`);
	process.exit(1);
}

const { text, stats } = buildFlowDoc(content);
if (check) {
	let current: string | undefined;
	try {
		current = readFileSync(target, 'utf8');
	} catch {
		current = undefined;
	}
	if (current !== text) {
		console.error(`${FLOW_DOC_FILE} stemmer ikke med innholdet i «${shown}»; kjør npm run docs:flow.`);
		process.exit(1);
	}
	console.log(`${FLOW_DOC_FILE} er oppdatert.`);
} else {
	writeFileSync(target, text);
	const counts = (['nb', 'nn'] as const).map((lang) => `${lang}: ${stats[lang].nodes} sider, ${stats[lang].edges} svar`);
	console.log(`Skrev ${FLOW_DOC_FILE} (${counts.join('; ')}).`);
}
