/**
 * Sets the header and footer printed on every page (see `@page` in app.css): the document's
 * title, the municipality and the confidentiality marking, and «Side n / m».
 * Through the CSSOM, so it needs no inline style that a strict Content-Security-Policy forbids.
 * Returns a function that removes them again.
 */
export function setPrintHeader(
	header: { title: string; municipality: string; marking: string },
	pageLabel: string
): () => void {
	const style = document.documentElement.style;
	style.setProperty('--print-header', JSON.stringify(`${header.title} – ${header.municipality} – ${header.marking}`));
	style.setProperty('--print-page-label', JSON.stringify(pageLabel));
	return () => {
		style.removeProperty('--print-header');
		style.removeProperty('--print-page-label');
	};
}
