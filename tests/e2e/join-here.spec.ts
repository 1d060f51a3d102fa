import { expect, test } from './fixtures';
import { expectNoAxeViolations } from './helpers';

/**
 * Issue 15, part 5: someone from another service who starts on a step (from the overview, a link)
 * without the start questions. Each test has a fresh context: the tab holds no case.
 */
const words = {
	nb: {
		heading: 'Kommer du inn her?',
		service: 'Hvor jobber du?',
		caseType: 'Hva gjelder undringen?',
		school: 'Skole eller SFO',
		schoolEnvironment: 'Elevens skolemiljø',
		save: 'Lagre svarene',
		noChoice: 'Velg et svar',
		saved: 'Lagret i saken'
	},
	nn: {
		heading: 'Kjem du inn her?',
		service: 'Kvar jobbar du?',
		caseType: 'Kva gjeld undringa?',
		school: 'Skule eller SFO',
		schoolEnvironment: 'Skulemiljøet til eleven',
		save: 'Lagre svara',
		noChoice: 'Vel eit svar',
		saved: 'Lagra i saka'
	}
} as const;

const live = (page: import('@playwright/test').Page) => expect(page.locator('.question[data-enhanced="true"]')).toBeVisible();

for (const lang of ['nb', 'nn'] as const) {
	const w = words[lang];

	test(`${lang}: starting on Nivå 2 trinn 1: service, case type and the decision date asked on the step, and the deadlines and note have them`, async ({ page }) => {
		await page.clock.setFixedTime(new Date('2026-12-01T10:00:00+01:00'));
		await page.goto(`/${lang}/niva-2/trinn-1/`);
		await live(page);
		const box = page.locator('[data-join-here]');
		await expect(box.getByRole('heading', { name: w.heading })).toBeVisible();
		const service = box.getByLabel(w.service, { exact: true });
		const caseType = box.getByLabel(w.caseType, { exact: true });
		await expect(service).toHaveValue('');
		await expect(caseType).toHaveValue('');
		await expectNoAxeViolations(page);

		// Saving with nothing chosen says so, on the first list.
		await box.getByRole('button', { name: w.save }).click();
		await expect(box).toContainText(w.noChoice);
		await expect(service).toBeFocused();
		await expect(service).toHaveAttribute('aria-invalid', 'true');
		await expectNoAxeViolations(page);

		await service.selectOption({ label: w.school });
		await caseType.selectOption({ label: w.schoolEnvironment });
		if (lang === 'nb') {
			// Saved with the button: the lists give way to what the case now holds, and a reload asks no more.
			await box.getByRole('button', { name: w.save }).click();
			const saved = box.locator('[data-join-saved]');
			await expect(saved).toBeFocused();
			await expect(saved).toContainText(w.saved);
			await expect(saved).toContainText(w.school);
			await expect(saved).toContainText(w.schoolEnvironment);
			await expect(box.locator('select')).toHaveCount(0);
			await expectNoAxeViolations(page);
			await page.reload();
			await live(page);
			await expect(page.locator('[data-join-here]')).toHaveCount(0);
		}

		// The date the step's deadline counts from (asked on Nivå 1 trinn 4) is asked here, and typed only.
		const field = page.locator('#dato-beslutning-niva-2');
		await field.fill('23.11.2026');
		await field.blur();
		await expect(page.locator('.deadlines [data-rule="innkalling-niva-2"]')).toContainText('7. desember 2026');

		if (lang === 'nb') {
			// Going on by answering: the case continues from this step.
			await page.locator('.question a[data-answer="ja"]').click();
		} else {
			// Going on with «Neste trinn», the lists never saved: the choices are kept all the same.
			await page.locator('nav.pager a[rel="next"]').click();
		}
		await expect(page).toHaveURL(new RegExp(`/${lang}/niva-2/trinn-2/$`));
		await live(page);
		await expect(page.locator('[data-join-here]')).toHaveCount(0);

		// The trail: the start questions as if answered there, then the step when it was answered.
		const trail = page.locator('details.trail');
		await trail.locator('summary').click();
		const items = trail.locator('.trail__list > li');
		await expect(items).toHaveCount(lang === 'nb' ? 3 : 2);
		await expect(items.nth(0)).toContainText(w.school);
		await expect(items.nth(1)).toContainText(w.schoolEnvironment);

		// The deadlines page: the deadline from the typed date, and the case type's own rules only.
		await page.locator('header summary').click();
		await page.locator(`header a[href$="/${lang}/frister/"]`).click();
		await expect(page).toHaveURL(new RegExp(`/${lang}/frister/$`));
		await expect(page.locator('#dato-beslutning-niva-2')).toHaveValue('23.11.2026');
		await expect(page.locator('.deadlines [data-rule="innkalling-niva-2"]')).toContainText('7. desember 2026');
		await expect(page.locator('.deadlines [data-rule="samtale-skolemiljo"]')).toBeVisible();
		await expect(page.locator('.deadlines [data-rule="nodvendig-samtale"]')).toHaveCount(0);
		await expect(page.locator('[data-other-case-types="2"]')).toBeVisible();

		// The note: the service and case type in its header facts, the date and the deadline from it.
		await page.goto(`/${lang}/notat/`);
		const facts = page.locator('.document__facts').first();
		await expect(facts).toContainText(w.school);
		await expect(facts).toContainText(w.schoolEnvironment);
		await expect(facts).toContainText('23. november 2026');
		await expect(page.locator('main')).toContainText('Frist 07.12.2026');
		await expectNoAxeViolations(page);
	});

	test(`${lang}: without JavaScript the box links to the start questions`, async ({ browser }) => {
		const context = await browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto(`/${lang}/niva-2/trinn-1/`);
		const box = page.locator('[data-join-here-no-js]');
		await expect(box.getByRole('heading', { name: w.heading })).toBeVisible();
		await expect(box.getByRole('link', { name: w.caseType })).toHaveAttribute('href', new RegExp(`/${lang}/sakstype/$`));
		await box.getByRole('link', { name: w.service }).click();
		await expect(page).toHaveURL(new RegExp(`/${lang}/tjeneste/$`));
		await context.close();

		// axe needs scripts of its own: the prerendered page with the site's scripts blocked, and
		// each <noscript> shown as a browser without JavaScript shows it.
		const unhydrated = await browser.newPage();
		await unhydrated.route('**/_app/**/*.js', (route) => route.abort());
		await unhydrated.goto(`/${lang}/niva-2/trinn-1/`);
		await unhydrated.evaluate(() => {
			for (const element of document.querySelectorAll('noscript')) {
				element.insertAdjacentHTML('afterend', element.textContent ?? '');
				element.remove();
			}
		});
		await expect(unhydrated.locator('[data-join-here-no-js]')).toBeVisible();
		await expectNoAxeViolations(unhydrated);
		await unhydrated.close();
	});
}

test('nb: every step whose deadlines count from a date another step asks for asks for it too, when joined there', async ({ page }) => {
	await page.clock.setFixedTime(new Date('2026-12-01T10:00:00+01:00'));
	const steps = [
		{ path: 'niva-0/trinn-3', date: 'undring', typed: '16.11.2026', rule: 'nodvendig-samtale', due: '7. desember 2026' },
		{ path: 'niva-1/trinn-3', date: 'evalueringsmote', typed: '14.01.2027', rule: 'evalueringsmote', due: '14. januar 2027' },
		{ path: 'niva-2/trinn-1', date: 'beslutning-niva-2', typed: '23.11.2026', rule: 'innkalling-niva-2', due: '7. desember 2026' },
		{ path: 'niva-2/trinn-4', date: 'evalueringsmote', typed: '14.01.2027', rule: 'evalueringsmote', due: '14. januar 2027' },
		{ path: 'niva-3/trinn-4', date: 'evalueringsmote', typed: '14.01.2027', rule: 'evalueringsmote', due: '14. januar 2027' }
	];
	for (const step of steps) {
		// Each as the first page of a case: the date the previous one typed is cleared.
		await page.goto(`/nb/${step.path}/`);
		await page.evaluate(() => sessionStorage.clear());
		await page.reload();
		await live(page);
		await expect(page.locator('[data-join-here]'), step.path).toBeVisible();
		const field = page.locator(`#dato-${step.date}`);
		await field.fill(step.typed);
		await field.blur();
		await expect(page.locator(`.deadlines [data-rule="${step.rule}"]`), step.path).toContainText(step.due);
	}
	await expectNoAxeViolations(page);
});

test('nn: the box and its lists reflow at 320 px, with and without JavaScript', async ({ browser }) => {
	for (const javaScriptEnabled of [true, false]) {
		const context = await browser.newContext({ viewport: { width: 320, height: 640 }, javaScriptEnabled });
		const page = await context.newPage();
		await page.goto('/nn/niva-0/trinn-3/');
		await expect(page.locator(javaScriptEnabled ? '[data-join-here] select' : '[data-join-here-no-js]').first()).toBeVisible();
		/** How far the widest thing in the box reaches past the screen's edge. */
		const overflow = () =>
			page.evaluate(() => {
				const box = document.querySelector('[data-join-here], [data-join-here-no-js]');
				const right = Math.max(...[...(box?.querySelectorAll('*') ?? [])].map((e) => e.getBoundingClientRect().right));
				return Math.max(document.documentElement.scrollWidth, right) - document.documentElement.clientWidth;
			});
		expect(await overflow(), `JavaScript ${javaScriptEnabled ? 'on' : 'off'}`).toBeLessThanOrEqual(0);
		if (javaScriptEnabled) {
			// The longest answers, saved: what the case holds is shown without running off the screen.
			const box = page.locator('[data-join-here]');
			await box.locator('select').nth(0).selectOption('helsestasjon');
			await box.locator('select').nth(1).selectOption('barnehagemiljo');
			await box.getByRole('button', { name: 'Lagre svara' }).click();
			await expect(box.locator('[data-join-saved]')).toContainText('Det psykososiale barnehagemiljøet til barnet');
			expect(await overflow(), 'saved').toBeLessThanOrEqual(0);
		}
		await context.close();
	}
});
