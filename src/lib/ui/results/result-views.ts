/**
 * The results tabs other than the summary, with their d3 and d3-sankey charts: one chunk that
 * ResultsPanel loads on idle after the editor's first paint (see `resultViews`), so the first
 * load stays small and the tabs are ready by the time a run has finished.
 */
export { default as DistributionView } from './views/DistributionView.svelte';
export { default as OverTimeView } from './views/OverTimeView.svelte';
export { default as FlowView } from './views/FlowView.svelte';
export { default as DriversView } from './views/DriversView.svelte';
export { default as ScenarioManager } from './views/ScenarioManager.svelte';
export { default as CompareView } from './views/CompareView.svelte';
