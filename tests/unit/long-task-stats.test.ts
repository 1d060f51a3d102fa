import { describe, expect, it } from 'vitest';
import { blockingAfterFirstPaint, median } from '../../scripts/bench/long-task-stats.mjs';

describe('long tasks after the first paint (npm run bench:long-tasks)', () => {
	it('count only the part of each task after the first paint, and only beyond 50 ms as blocking', () => {
		const tasks = [
			{ startTime: 100, duration: 300 }, // before the first paint at 500: not counted
			{ startTime: 450, duration: 150 }, // 100 ms after it: 50 ms blocking
			{ startTime: 700, duration: 40 }, // short: no blocking
			{ startTime: 900, duration: 120 } // 70 ms blocking
		];
		expect(blockingAfterFirstPaint(tasks, 500)).toEqual({ longestMs: 120, blockingMs: 120 });
		expect(blockingAfterFirstPaint([], 500)).toEqual({ longestMs: 0, blockingMs: 0 });
	});

	it('take the median of odd and even counts', () => {
		expect(median([3, 1, 2])).toBe(2);
		expect(median([4, 1, 3, 2])).toBe(2.5);
		expect(median([])).toBeNaN();
	});
});
