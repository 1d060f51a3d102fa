/**
 * The guide's one script in the browser. vite.config.ts adds it to SvelteKit's browser build
 * under CLIENT_ENTRY_NAME; lib/server/client-script.ts links it from every page.
 */
export const CLIENT_ENTRY = 'src/client/guide.ts';
export const CLIENT_ENTRY_NAME = 'entry/guide';
