/**
 * What the canvas's node and edge components read besides their own document element: expected
 * values, problems, rate overflows, and a few edit helpers. One instance per canvas, shared
 * through Svelte context so the components stay thin and every number is computed once per edit.
 */
import { getContext, setContext } from 'svelte';
import type { Dist } from '$lib/model/schema';
import { updateEdge, updateNode } from '$lib/model/ops';
import { problemMessage, type Problem } from '$lib/model/problem';
import { tryExpectedValues } from '$lib/sim/expected';
import type { ExpectedValues } from '$lib/sim/types';
import type { AppState } from '$lib/state/app.svelte';
import { designProblems } from './problems';
import { groupBy, labelsById, rateOverflow } from './derive';

/** Simulated numbers for one node or edge (filled in by the results once a run exists). */
export interface SimulatedNumbers {
  p10: number;
  p50: number;
  p90: number;
  /** The design changed since the run. */
  stale?: boolean;
  /** P50 of the people a node loses (nodes only). */
  dropOff?: number;
}

export class CanvasContext {
  readonly app: AppState;
  doc = $derived.by(() => this.app.doc.doc);
  /** Expected values of the design; null while it cannot be computed (a loop without delay). */
  expected = $derived.by<ExpectedValues | null>(() => {
    try {
      // The scenario the results show; an id that no longer exists falls back to the base design.
      const scenario = this.app.sim.activeScenarioId;
      const known = scenario !== null && this.doc.scenarios.some((s) => s.id === scenario);
      return tryExpectedValues(this.doc, known ? scenario : null);
    } catch (error) {
      // A bug in the engine must not take the canvas down; the problems list says what is wrong.
      console.error(error);
      return null;
    }
  });
  /** Sum of the mean outgoing rates of every node whose edges add up to more than 100 %. */
  overflow = $derived.by(() => rateOverflow(this.doc));
  problems = $derived.by(() => designProblems(this.doc));
  nodeProblems = $derived.by(() => groupBy(this.problems, (p) => p.nodeId));
  edgeProblems = $derived.by(() => groupBy(this.problems, (p) => p.edgeId));

  /** The largest expected flow on any edge, to scale edge widths. */
  maxEdgeFlow = $derived.by(() => {
    let max = 0;
    for (const e of Object.values(this.expected?.edges ?? {})) if (e.flow > max) max = e.flow;
    return max;
  });
  #labels = $derived.by(() => labelsById(this.doc));

  constructor(app: AppState) {
    this.app = app;
  }

  get t() {
    return this.app.t;
  }
  get locale() {
    return this.app.i18n.locale;
  }

  /** A node's label for sentences ("Webinar → Demo"); "Untitled" when empty. */
  nodeLabel(id: string): string {
    return this.#labels.get(id) || this.t('editor.node.untitled');
  }

  /** Problem messages for a node or edge, in the user's language, errors first. */
  messages(list: readonly Problem[] | undefined): { severity: Problem['severity']; code: string; text: string }[] {
    if (!list) return [];
    const t = this.t;
    return [...list]
      .sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1))
      .map((p) => ({ severity: p.severity, code: p.code, text: problemMessage(p, t) }));
  }

  /** The run's numbers when the canvas shows simulated values (app.sim decides), else null. */
  #overlay = $derived.by(() => (this.app.sim.canvasNumbers === 'simulated' ? this.app.sim.overlay : null));
  #stale = $derived.by(() => this.app.sim.stale);

  /** P10/P50/P90 of people entering a node in the latest run; null before a run. */
  simulatedNode(id: string): SimulatedNumbers | null {
    const n = this.#overlay?.nodes[id];
    return n ? { ...n.entered, dropOff: n.dropOff.p50, stale: this.#stale } : null;
  }
  /** P10/P50/P90 of the flow along an edge in the latest run; null before a run. */
  simulatedEdge(id: string): SimulatedNumbers | null {
    const e = this.#overlay?.edges[id];
    return e ? { ...e.flow, stale: this.#stale } : null;
  }

  setRate(edgeId: string, rate: Dist): void {
    this.app.doc.apply((d) => void updateEdge(d, edgeId, (e) => (e.rate = rate)), { label: 'editor.history.rate' });
  }
  setNoteText(nodeId: string, text: string): void {
    this.app.doc.apply(
      (d) =>
        void updateNode(d, nodeId, (n) => {
          if (n.kind === 'note') n.text = text;
        }),
      { label: 'editor.history.text', coalesce: `note-text:${nodeId}` },
    );
  }
  setLabel(nodeId: string, label: string): void {
    this.app.doc.apply((d) => void updateNode(d, nodeId, (n) => (n.label = label)), { label: 'editor.history.text', coalesce: `label:${nodeId}` });
  }
}

const KEY = Symbol('funnel-canvas');
export const setCanvasContext = (c: CanvasContext) => setContext(KEY, c);
export const getCanvasContext = () => getContext<CanvasContext>(KEY);
