/**
 * Shows the guide embedded in a municipality's page from another origin:
 * the built guide on http://127.0.0.1:4173 and the host page on http://127.0.0.1:4174.
 * Run `npm run build` first.
 */
import { startServer } from './serve.mjs';

startServer('build', 4173);
startServer('examples/embed-host', 4174);
console.log('Vertssiden med veilederen innebygd: http://127.0.0.1:4174/');
