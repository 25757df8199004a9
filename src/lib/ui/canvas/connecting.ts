/**
 * Making and moving connections on the canvas. Svelte Flow reports the gesture; the document
 * gets the edge (one undo step) and the projection shows it. Refusals say why.
 */
import type { Connection, OnConnectEnd } from '@xyflow/svelte';
import type { MessageKey } from '$lib/i18n';
import { connect, connectionBlocker, reconnect } from '$lib/model/ops';
import { rateForNewEdge } from '$lib/model/presets';
import type { AppState } from '$lib/state/app.svelte';
import type { FunnelFlowEdge } from './projection';

const REFUSAL: Record<string, MessageKey> = {
  self: 'editor.edge.refused.self',
  'into-source': 'editor.edge.refused.toSource',
  'not-flow': 'editor.edge.refused.annotation',
  duplicate: 'editor.edge.refused.duplicate',
};

export class Connector {
  /** The edge whose end is being dragged, so it does not count as a duplicate of itself. */
  reconnecting: string | undefined;

  constructor(private app: AppState) {}

  /** For Svelte Flow's `isValidConnection`: the handle under the pointer turns red when false. */
  allowed = (c: { source: string; target: string }): boolean =>
    connectionBlocker(this.app.doc.doc, c.source, c.target, this.reconnecting) === null;

  refuse(reason: string): void {
    const t = this.app.t;
    this.app.notices.show({
      tone: 'warning',
      message: 'editor.edge.refused',
      params: { reason: t(REFUSAL[reason] ?? 'editor.edge.refused.other') },
      key: 'canvas',
    });
  }

  /** Connects two nodes (one undo step) with the source's typical rate, or says why it cannot. */
  connectNodes(source: string, target: string): void {
    const why = connectionBlocker(this.app.doc.doc, source, target);
    if (why) {
      this.refuse(why);
      return;
    }
    this.app.doc.apply((d) => void connect(d, { source, target, rate: rateForNewEdge(d, source) }), { label: 'editor.history.connect' });
  }

  /** Svelte Flow would add its own edge; returning null leaves that to the document. */
  onbeforeconnect = (c: Connection): null => {
    this.connectNodes(c.source, c.target);
    return null;
  };

  /**
   * A connection dropped on a node's card (not exactly on a handle) connects to that node; one
   * dropped on a handle that refuses it says why.
   */
  onconnectend: OnConnectEnd = (event, state) => {
    if (state.isValid || this.reconnecting || !state.fromHandle) return;
    const point = 'changedTouches' in event ? event.changedTouches[0] : event;
    const el = document.elementFromPoint(point.clientX, point.clientY)?.closest<HTMLElement>('.svelte-flow__node');
    const other = state.toHandle?.nodeId ?? el?.dataset.id;
    if (!other || other === state.fromHandle.nodeId) return;
    const from = state.fromHandle.nodeId;
    const [source, target] = state.fromHandle.type === 'source' ? [from, other] : [other, from];
    this.connectNodes(source, target);
  };

  onreconnectstart = (_: MouseEvent | TouchEvent, edge: FunnelFlowEdge): void => {
    this.reconnecting = edge.id;
  };
  onreconnectend = (): void => {
    this.reconnecting = undefined;
  };

  onbeforereconnect = (next: FunnelFlowEdge, old: FunnelFlowEdge): null => {
    let ok = false;
    this.app.doc.apply((d) => void (ok = reconnect(d, old.id, { source: next.source, target: next.target })), { label: 'editor.history.reconnect' });
    if (!ok) {
      const why = connectionBlocker(this.app.doc.doc, next.source, next.target, old.id);
      if (why) this.refuse(why);
    }
    return null;
  };
}
