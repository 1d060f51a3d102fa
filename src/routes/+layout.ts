// Every page is prerendered to static HTML; trailing slashes give `…/index.html` files
// that any static web server can serve without rewrite rules.
export const prerender = true;
export const trailingSlash = 'always';
/*
 * No SvelteKit router in the browser: each page is complete HTML, and the guide's pages bring
 * their interactive parts to life with one script of their own (src/client/guide.ts). Moving
 * between pages is an ordinary page load; the walk lives in sessionStorage.
 */
export const csr = false;
