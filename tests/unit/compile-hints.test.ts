import { describe, expect, it } from 'vitest';
import { filesLoadedAtStart, type ChunkLinks } from '../../src/lib/bundling/compile-hints';

const chunk = (name: string, imports: string[], isEntry = false): ChunkLinks => ({ name, imports, isEntry });

describe('the files the guide loads at start (they get the compile hint)', () => {
	it('are the entry and its static imports, transitively, once each, and nothing else', () => {
		const chunks = {
			'entry/guide.js': chunk('entry/guide', ['runtime.js', 'walk.js'], true),
			'walk.js': chunk('walk', ['runtime.js', 'calendar.js']),
			'calendar.js': chunk('calendar', ['walk.js']), // a cycle ends
			'runtime.js': chunk('runtime', []),
			'frame.js': chunk('frame', ['runtime.js']), // only imported dynamically
			'entry/start.js': chunk('entry/start', ['runtime.js', 'router.js'], true),
			'router.js': chunk('router', [])
		};
		expect([...filesLoadedAtStart(chunks, 'entry/guide')].sort()).toEqual(['calendar.js', 'entry/guide.js', 'runtime.js', 'walk.js']);
	});

	it('are none when the build has no such entry (the server build)', () => {
		expect(filesLoadedAtStart({ 'index.js': chunk('index', [], true) }, 'entry/guide').size).toBe(0);
	});
});
