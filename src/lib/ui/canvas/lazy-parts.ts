/**
 * The canvas parts that load on demand. The tidy-up's layout code brings dagre, which drawing the
 * editor does not need: it is fetched on the first tidy-up, or earlier when the browser is idle
 * (one request, kept once loaded; see `Lazy`).
 */
import { Lazy } from '$lib/ui/shared/lazy.svelte';

/** `autoLayout` (with dagre), shared with nothing else on the first load. */
export const layoutModule = new Lazy(() => import('$lib/state/auto-layout'));
