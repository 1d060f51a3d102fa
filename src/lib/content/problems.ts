/**
 * A problem found in the content: always names the file, the field (when there is one)
 * and what is wrong, in Norwegian, because the reader is the municipality's web editor.
 */
export interface ContentProblem {
	/** Path relative to the content folder, e.g. `nb/niva-1/trinn-2.md`. */
	file: string;
	/** Dotted path inside the file, e.g. `question.answers.1.next`. */
	field?: string;
	message: string;
}

export function formatProblem(problem: ContentProblem): string {
	const where = problem.field ? `${problem.file} › ${problem.field}` : problem.file;
	return `${where}: ${problem.message}`;
}

export function formatProblems(problems: ContentProblem[]): string {
	const lines = problems.map((p) => `  ✗ ${formatProblem(p)}`);
	const count = problems.length === 1 ? '1 feil' : `${problems.length} feil`;
	return `Innholdet har ${count}:\n${lines.join('\n')}`;
}
