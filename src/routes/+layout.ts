// Every page is prerendered to static HTML; trailing slashes give `…/index.html` files
// that any static web server can serve without rewrite rules.
export const prerender = true;
export const trailingSlash = 'always';
