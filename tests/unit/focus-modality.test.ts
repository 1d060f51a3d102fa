import { describe, expect, it } from 'vitest';
import { headingFocusOptions, modalityOf } from '../../src/lib/focus/modality';

describe('modalityOf', () => {
	it('a key that acts is keyboard', () => {
		expect(modalityOf({ type: 'keydown', key: 'Enter' })).toBe('keyboard');
		expect(modalityOf({ type: 'keydown', key: 'Tab' })).toBe('keyboard');
		expect(modalityOf({ type: 'keydown', key: ' ' })).toBe('keyboard');
	});
	it('a lone modifier tells nothing (Ctrl+click is still a click)', () => {
		expect(modalityOf({ type: 'keydown', key: 'Control' })).toBeUndefined();
		expect(modalityOf({ type: 'keydown', key: 'Shift' })).toBeUndefined();
	});
	it('mouse, touch and pen are pointer', () => {
		expect(modalityOf({ type: 'pointerdown' })).toBe('pointer');
		expect(modalityOf({ type: 'mousedown' })).toBe('pointer');
		expect(modalityOf({ type: 'touchstart' })).toBe('pointer');
	});
	it('other events tell nothing', () => {
		expect(modalityOf({ type: 'scroll' })).toBeUndefined();
	});
});

describe('headingFocusOptions', () => {
	it('shows the focus only after the keyboard', () => {
		expect(headingFocusOptions('keyboard').focusVisible).toBe(true);
		expect(headingFocusOptions('pointer').focusVisible).toBe(false);
		expect(headingFocusOptions(undefined).focusVisible).toBe(false);
	});
});
