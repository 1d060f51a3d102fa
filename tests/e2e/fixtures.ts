import { test as base, expect } from '@playwright/test';

/**
 * Every browser test runs with the site's Content-Security-Policy in force (it is in each
 * prerendered page) and fails if the browser reports a violation in any page or frame.
 */
export const test = base.extend<{ cspGuard: void }>({
	cspGuard: [
		async ({ context }, use) => {
			const violations: string[] = [];
			await context.addInitScript(() => {
				document.addEventListener('securitypolicyviolation', (event) => {
					console.error(`CSP violation: ${event.violatedDirective} blocked ${event.blockedURI || 'inline'} in ${event.documentURI}`);
				});
			});
			context.on('console', (message) => {
				const text = message.text();
				if (text.startsWith('CSP violation') || text.includes('Content Security Policy')) violations.push(text);
			});
			await use();
			expect(violations, 'Content-Security-Policy violations').toEqual([]);
		},
		{ auto: true }
	]
});

export { expect };
