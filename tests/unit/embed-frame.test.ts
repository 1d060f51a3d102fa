import { describe, expect, it } from 'vitest';
import { frameMessage } from '../../src/lib/embed/frame';

describe('the message the embedded guide sends to the page around it', () => {
	it('has one fixed format, with the height rounded up to whole pixels and nothing else in it', () => {
		expect(frameMessage('resize', 812.2)).toEqual({ type: 'handlingsveilederen', version: 1, event: 'resize', height: 813 });
		expect(Object.keys(frameMessage('navigate', 400))).toEqual(['type', 'version', 'event', 'height']);
	});
});
