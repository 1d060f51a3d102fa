import { describe, expect, it } from 'vitest';
import { answerStepFromEvents, median, type ProbeEvent } from '../../scripts/bench/answer-step-stats.mjs';

const click: ProbeEvent = { type: 'click', doc: 'a', origin: 1_000_000, at: 2_000, path: '/nb/', target: '/nb/tjeneste/', heading: 'Start' };

describe('answer→step from the probe’s events', () => {
	it('measures a client-side navigation in the clicked document', () => {
		const events: ProbeEvent[] = [
			{ type: 'painted', doc: 'a', origin: 1_000_000, at: 300, path: '/nb/', heading: 'Start' }, // the first load
			click,
			{ type: 'painted', doc: 'a', origin: 1_000_000, at: 2_095, path: '/nb/tjeneste/', heading: 'Hvor jobber du?' }
		];
		expect(answerStepFromEvents(events)).toEqual({ ms: 95, kind: 'client', to: '/nb/tjeneste/', heading: 'Hvor jobber du?', fcpMs: null });
	});

	it('measures a full page load across the two documents’ time origins, with the new document’s FCP', () => {
		const events: ProbeEvent[] = [
			click,
			{ type: 'fcp', doc: 'b', origin: 1_002_010, at: 150, path: '/nb/tjeneste/' },
			{ type: 'painted', doc: 'b', origin: 1_002_010, at: 170, path: '/nb/tjeneste/', heading: 'Hvor jobber du?' }
		];
		expect(answerStepFromEvents(events)).toEqual({ ms: 180, kind: 'document', to: '/nb/tjeneste/', heading: 'Hvor jobber du?', fcpMs: 160 });
	});

	it('takes the earliest paint of the target with a new heading, and nothing before the click', () => {
		const events: ProbeEvent[] = [
			click,
			// The URL has changed but the old heading is still shown: not the next step yet.
			{ type: 'painted', doc: 'a', origin: 1_000_000, at: 2_050, path: '/nb/tjeneste/', heading: 'Start' },
			{ type: 'painted', doc: 'a', origin: 1_000_000, at: 2_140, path: '/nb/tjeneste/', heading: 'Hvor jobber du?' },
			{ type: 'painted', doc: 'a', origin: 1_000_000, at: 2_120, path: '/nb/tjeneste/', heading: 'Hvor jobber du?' },
			{ type: 'painted', doc: 'a', origin: 1_000_000, at: 2_100, path: '/nb/annen/', heading: 'Annen' }
		];
		expect(answerStepFromEvents(events)?.ms).toBe(120);
		expect(answerStepFromEvents([{ ...click, at: 3_000 }, ...events.slice(1)])).toBeNull();
	});

	it('gives null without a click or without the next step', () => {
		expect(answerStepFromEvents([])).toBeNull();
		expect(answerStepFromEvents([click])).toBeNull();
	});

	it('takes the median of odd and even counts', () => {
		expect(median([420, 95, 130])).toBe(130);
		expect(median([4, 1, 3, 2])).toBe(2.5);
		expect(median([])).toBeNaN();
	});
});
