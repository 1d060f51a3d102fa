import { describe, expect, it, vi } from 'vitest';

vi.mock('$app/environment', () => ({ dev: false }));
const { clientScriptFor, clientScriptOf, pathToRoot } = await import('../../src/lib/server/client-script');
const { CLIENT_ENTRY } = await import('../../src/lib/bundling/client-entry');

describe('the page script from the browser build’s manifest', () => {
	it('gives the entry’s file and every file it imports at once, each once, but not what it imports later', () => {
		const script = clientScriptOf({
			[CLIENT_ENTRY]: { file: '_app/immutable/entry/guide.abc.js', imports: ['_runtime', '_walk'], dynamicImports: ['src/lib/embed/frame.ts'] },
			_runtime: { file: '_app/immutable/chunks/runtime.js', imports: ['_shared'] },
			_walk: { file: '_app/immutable/chunks/walk.js', imports: ['_shared', '_runtime'] },
			_shared: { file: '_app/immutable/chunks/shared.js' },
			'src/lib/embed/frame.ts': { file: '_app/immutable/chunks/frame.js' }
		});
		expect(script.src).toBe('_app/immutable/entry/guide.abc.js');
		expect(script.preload).toEqual(['_app/immutable/chunks/runtime.js', '_app/immutable/chunks/shared.js', '_app/immutable/chunks/walk.js']);
	});

	it('says which file is missing when the build has no page script', () => {
		expect(() => clientScriptOf({})).toThrow(CLIENT_ENTRY);
	});

	it('links the script relative to the page, under any base path', () => {
		expect(pathToRoot('/nb/niva-0/trinn-1/', '')).toBe('../../../');
		expect(pathToRoot('/veileder/embed/nb/', '/veileder')).toBe('../../');
		expect(pathToRoot('/', '')).toBe('./');
		const built = { src: '_app/immutable/entry/guide.js', preload: ['_app/immutable/chunks/a.js'] };
		expect(clientScriptFor('/veileder/nb/notat/', '/veileder', built)).toEqual({
			src: '../../_app/immutable/entry/guide.js',
			preload: ['../../_app/immutable/chunks/a.js']
		});
	});
});
