/**
 * The results parts that load on demand, shared by every component that shows or preloads them
 * (one request each, kept once loaded).
 */
import { Lazy } from '$lib/ui/shared/lazy.svelte';

/** The chart tabs (distribution, over time, flow, drivers, scenarios). */
export const resultViews = new Lazy(() => import('./result-views'));
/** The printable report (its own chunk: the funnel sketch brings dagre). */
export const reportView = new Lazy(() => import('./report/ReportView.svelte'));
