/**
 * `npm run check:content`: validates the whole content folder and lists every problem.
 * Exits 1 on problems. Example values in kommune.yaml give warnings, not failure, except in a
 * release build (RELEASE=1), where an example phone number or link is a problem.
 * With --warn-only (used by `npm run dev`) problems are printed but the exit code is 0,
 * so the editor can keep the dev server running while fixing them.
 */
import { relative } from 'node:path';
import { contentDir } from '../src/lib/content/config.ts';
import { loadContent } from '../src/lib/content/read-dir.ts';
import { formatProblem, formatProblems } from '../src/lib/content/problems.ts';
import { isReleaseBuild, releaseProblems } from '../src/lib/content/release.ts';

const warnOnly = process.argv.includes('--warn-only');
const dir = contentDir();
const shown = relative(process.cwd(), dir) || dir;

try {
	const loaded = loadContent(dir);
	const { content, warnings } = loaded;
	// RELEASE=1: example phone numbers and links stop the build (src/lib/content/release.ts).
	const problems = [...loaded.problems, ...(content && isReleaseBuild() ? releaseProblems(content) : [])];
	for (const warning of warnings) console.warn(`  ! Advarsel: ${formatProblem(warning)}`);
	if (problems.length > 0 || !content) {
		console.error(`\nInnholdskontroll av «${shown}» feilet.\n${formatProblems(problems)}\n`);
		process.exit(warnOnly ? 0 : 1);
	}
	const count = (content.pages.nb.length + content.pages.nn.length).toString();
	console.log(`Innholdskontroll av «${shown}»: OK (${count} sider på bokmål og nynorsk).`);
} catch (error) {
	// A bug in the checker itself, not in the content: still one clear line, no stack trace.
	console.error(`Innholdskontrollen stoppet uventet: ${error instanceof Error ? error.message : String(error)}`);
	process.exit(1);
}
