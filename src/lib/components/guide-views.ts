import type { Component, ComponentProps } from 'svelte';
import type { PageViewProps } from '$lib/content/view';
import type StepDeadlines from './StepDeadlines.svelte';

/** What the guide's own page views get: a step also gets its dates and deadlines, when it has any. */
export interface GuideViewProps extends PageViewProps {
	stepDeadlines?: Component<ComponentProps<typeof StepDeadlines>>;
}
