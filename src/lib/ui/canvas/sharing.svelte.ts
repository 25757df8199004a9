/**
 * Export image and share link commands, and the state of the shared-link dialog (a design
 * arriving in the URL hash, or a link to copy by hand when the clipboard is not available).
 */
import { getContext, setContext } from 'svelte';
import type { useSvelteFlow } from '@xyflow/svelte';
import { parseDocument, orderedDocument } from '$lib/model/io';
import { problemMessage } from '$lib/model/problem';
import type { FunnelDocument } from '$lib/model/schema';
import type { AppState } from '$lib/state/app.svelte';
import { downloadBlob, exportFileName } from '$lib/state/file-io';
import { decodeSharePayload, shareHashPayload, shareUrl } from '$lib/state/share-link';
import { renderImage, type ImageFormat } from '$lib/ui/export/export-image';
import type { FunnelFlowEdge, FunnelFlowNode } from './projection';

/** Links longer than this may be cut by chat tools and some browsers. */
export const LONG_LINK = 8000;

type Flow = ReturnType<typeof useSvelteFlow<FunnelFlowNode, FunnelFlowEdge>>;

export class SharingState {
  /** A valid design that arrived in a share link, waiting for the user's answer. */
  incoming = $state.raw<FunnelDocument | null>(null);
  /** A link the clipboard refused, shown for copying by hand. */
  manualLink = $state<string | null>(null);

  constructor(private app: AppState) {}

  async exportImage(flow: Flow, root: HTMLElement, format: ImageFormat): Promise<void> {
    const { app } = this;
    const nodes = flow.getNodes();
    if (nodes.length === 0) {
      app.notices.show({ tone: 'info', message: 'editor.export.empty', key: 'canvas' });
      return;
    }
    try {
      const blob = await renderImage({
        flowElement: root.querySelector<HTMLElement>('.svelte-flow') ?? root,
        bounds: flow.getNodesBounds(nodes),
        format,
        background: getComputedStyle(root).getPropertyValue('--canvas-bg').trim() || '#ffffff',
      });
      const file = exportFileName(app.doc.doc.meta.title, 'funnel', `.${format}`);
      downloadBlob(file, blob);
      app.notices.show({ tone: 'success', message: 'editor.export.done', params: { file }, key: 'canvas' });
    } catch (error) {
      console.error(error);
      app.notices.show({ tone: 'error', message: 'editor.export.failed', params: { reason: error instanceof Error ? error.message : String(error) } });
    }
  }

  async copyLink(): Promise<void> {
    const { app } = this;
    const url = await shareUrl(JSON.stringify(orderedDocument(app.doc.doc)), location);
    try {
      await navigator.clipboard.writeText(url);
      if (url.length > LONG_LINK) app.notices.show({ tone: 'warning', message: 'editor.share.long', params: { size: url.length }, key: 'canvas' });
      else app.notices.show({ tone: 'success', message: 'editor.share.copied', key: 'canvas' });
    } catch {
      this.manualLink = url;
    }
  }

  /** Reads a design from the URL hash (`#d=…`); the hash is removed so a reload does not ask again. */
  async receive(): Promise<void> {
    const payload = shareHashPayload(location.hash);
    if (!payload) return;
    history.replaceState(history.state, '', location.pathname + location.search);
    const decoded = await decodeSharePayload(payload);
    if (!decoded.ok) {
      this.app.notices.show({ tone: 'error', message: 'editor.share.invalid', timeout: 0 });
      return;
    }
    const parsed = parseDocument(decoded.json);
    if (!parsed.ok) {
      const reason = problemMessage(parsed.problems[0], this.app.t);
      this.app.notices.show({ tone: 'error', message: 'editor.share.invalidDetail', params: { reason }, timeout: 0 });
      return;
    }
    this.incoming = parsed.doc;
  }

  /** Opens the incoming design as a new saved design; the current one stays in Designs. */
  accept(): void {
    const doc = this.incoming;
    this.incoming = null;
    if (!doc) return;
    this.app.library.flush();
    this.app.library.create(doc);
    this.app.ui.clearSelection();
    requestAnimationFrame(() => this.app.ui.canvas?.fitView());
  }

  decline(): void {
    this.incoming = null;
  }
}

const KEY = Symbol('funnel-sharing');
export const setSharing = (s: SharingState) => setContext(KEY, s);
export const getSharing = () => getContext<SharingState>(KEY);
