/**
 * The guide inside an iframe tells the page around it two things, and nothing else: how tall
 * it is, and that a new step opened (so the host can scroll to the top of the guide).
 *
 * The format is fixed and documented in docs/lag-deres-egen-veileder.md:
 *   { type: 'handlingsveilederen', version: 1, event: 'resize' | 'navigate', height: <px> }
 * It is posted to any origin because the guide cannot know which site embeds it; it never
 * carries anything the user typed. The guide listens to no messages at all.
 */
export const MESSAGE_TYPE = 'handlingsveilederen';
export const MESSAGE_VERSION = 1;

export type FrameEvent = 'resize' | 'navigate';

export interface FrameMessage {
	type: typeof MESSAGE_TYPE;
	version: typeof MESSAGE_VERSION;
	event: FrameEvent;
	height: number;
}

export function frameMessage(event: FrameEvent, height: number): FrameMessage {
	return { type: MESSAGE_TYPE, version: MESSAGE_VERSION, event, height: Math.ceil(height) };
}

/** Reports the height of `content` to the parent window whenever it changes. Returns a stop function. */
export function reportToParent(content: HTMLElement): { navigated: () => void; stop: () => void } {
	if (window.parent === window) return { navigated: () => {}, stop: () => {} };
	const post = (event: FrameEvent) => window.parent.postMessage(frameMessage(event, content.getBoundingClientRect().height), '*');
	const observer = new ResizeObserver(() => post('resize'));
	observer.observe(content);
	post('resize');
	return { navigated: () => post('navigate'), stop: () => observer.disconnect() };
}
