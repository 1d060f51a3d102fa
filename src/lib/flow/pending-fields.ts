/**
 * Fields on a page whose typed value must be kept before the user leaves it (a date typed but
 * not yet stored). A field registers a `commit` that stores a valid value and reports an invalid
 * one; answering the question or pressing «Neste trinn» commits every field first, and an
 * invalid value stops the answer instead of being dropped.
 */
export interface FieldProblem {
	/** The id of the input, for the error summary's link. */
	fieldId: string;
	message: string;
}

export type CommitField = () => FieldProblem | undefined;

const fields = new Set<CommitField>();

/** Registers a field; returns the function that removes it (call it when the field goes away). */
export function registerField(commit: CommitField): () => void {
	fields.add(commit);
	return () => fields.delete(commit);
}

/** Commits every registered field, in registration order; returns the problems, if any. */
export function commitFields(): FieldProblem[] {
	return [...fields].flatMap((commit) => commit() ?? []);
}
