/**
 * How the user last moved around: by keyboard or by pointer (mouse, touch, pen). After a
 * client-side navigation the shell moves focus to the new page's heading; that focus is drawn
 * (focus-visible) only when the user came by keyboard, so a mouse or touch user never sees a
 * ring round the heading they did not ask for (issue 19). Pure: the shell feeds it DOM events.
 */
export type Modality = 'keyboard' | 'pointer';

/** Keys that move or act: a lone modifier (Shift, Control, Alt, Meta) says nothing yet. */
const MODIFIERS = new Set(['Shift', 'Control', 'Alt', 'Meta', 'AltGraph', 'CapsLock', 'OS']);

/** The modality an input event tells of, or undefined when it tells nothing. */
export function modalityOf(event: { type: string; key?: string }): Modality | undefined {
	if (event.type === 'keydown') return event.key !== undefined && MODIFIERS.has(event.key) ? undefined : 'keyboard';
	if (event.type === 'pointerdown' || event.type === 'mousedown' || event.type === 'touchstart') return 'pointer';
	return undefined;
}

/** The events the shell listens to (capture phase, so a component cannot hide them). */
export const MODALITY_EVENTS = ['keydown', 'pointerdown', 'mousedown', 'touchstart'] as const;

/** The focus options for the heading after a navigation. */
export function headingFocusOptions(last: Modality | undefined): FocusOptions & { focusVisible: boolean } {
	return { preventScroll: false, focusVisible: last === 'keyboard' };
}
