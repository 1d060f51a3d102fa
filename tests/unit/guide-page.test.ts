import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import '../../src/lib/i18n';
import { pageTitle, renderGuidePage } from '../../src/lib/server/guide-page';
import { pageParts } from '../../src/lib/server/static-parts';
import { DATA_ID, ROOT_ID, type GuidePageData } from '../../src/lib/content/page-data';
import { chrome, page } from '../fixtures/models';

describe('a page of the guide as the build writes it', () => {
	// Content a web editor could write: it must stay text, in the page and in its data.
	const title = 'Tittel </script><script>alert(1)</script> <!-- x';
	const hostile = { ...page, title, summary: title };
	const data: GuidePageData = {
		props: { chrome, page: hostile, parts: pageParts(hostile, chrome, { lang: 'nb', embedded: false }), embedded: false, base: '' },
		strings: [{ note: { title: '</script><!--' } }]
	};
	const document = new JSDOM(`<!doctype html><body>${renderGuidePage(data)}</body>`).window.document;

	it('has the data its script reads, intact, in one script element the browser does not run', () => {
		const scripts = document.querySelectorAll('script');
		expect(scripts).toHaveLength(1);
		expect(scripts[0]?.id).toBe(DATA_ID);
		expect(scripts[0]?.type).toBe('application/json');
		expect(JSON.parse(scripts[0]?.textContent ?? '')).toEqual(data);
	});

	it('is titled with its own title first, then the guide and the municipality', () => {
		expect(pageTitle(data)).toBe(`${title} – Handlingsveilederen – ${chrome.municipality}`);
	});

	it('has the rendered guide in its root element, starting where hydration expects it', () => {
		const root = document.getElementById(ROOT_ID);
		expect(root?.firstChild?.nodeType).toBe(root?.COMMENT_NODE);
		expect(root?.firstChild?.textContent).toBe('[');
		expect(root?.querySelector('main#hovedinnhold')).not.toBeNull();
		expect(root?.querySelector('.app')?.getAttribute('data-color')).toBe('accent');
	});
});
