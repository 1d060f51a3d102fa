import { loadView } from '$lib/components/views/view-loaders';
import type { PageLoad } from './$types';

/** The page model from the server, and the view for its kind (loaded only for pages of that kind). */
export const load: PageLoad = async ({ data }) => ({ ...data, View: await loadView(data.page.kind) });
