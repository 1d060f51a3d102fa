/**
 * Pure helpers for `npm run bench:long-tasks` (long-tasks.mjs), unit-tested in
 * tests/unit/long-task-stats.test.ts.
 */

/** A task longer than this blocks input (the definition behind Total Blocking Time). */
export const LONG_TASK_MS = 50;

/**
 * What one page load's long tasks cost after the first paint, the window Total Blocking Time
 * looks at: the longest task and the blocking time (the sum of each task's part over 50 ms).
 * A task that started before the first paint counts with its part after it.
 * @param {{ startTime: number, duration: number }[]} tasks
 * @param {number} firstPaintMs
 */
export function blockingAfterFirstPaint(tasks, firstPaintMs) {
	let longestMs = 0;
	let blockingMs = 0;
	for (const { startTime, duration } of tasks) {
		const end = startTime + duration;
		if (end <= firstPaintMs) continue;
		const counted = end - Math.max(startTime, firstPaintMs);
		longestMs = Math.max(longestMs, counted);
		blockingMs += Math.max(0, counted - LONG_TASK_MS);
	}
	return { longestMs, blockingMs };
}

/**
 * The median (the mean of the middle two for an even count); NaN for none.
 * @param {number[]} values
 */
export function median(values) {
	if (values.length === 0) return NaN;
	const sorted = [...values].sort((a, b) => a - b);
	const at = (/** @type {number} */ i) => /** @type {number} */ (sorted[i]);
	const middle = Math.floor(sorted.length / 2);
	return sorted.length % 2 ? at(middle) : (at(middle - 1) + at(middle)) / 2;
}
