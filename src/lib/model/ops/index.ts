/**
 * Edit operations: small functions that mutate a draft document. The store runs them inside
 * immer recipes (`store.apply((d) => { addNode(d, node); })`); tests run them on plain clones.
 * They never throw on user input: an edit that is not allowed returns null/false and changes nothing.
 */
export { uniqueId, usedIds, slugPrefix } from './ids';
export { createNode, addNode, updateNode, moveNodes, removeNode, type NodeInit } from './nodes';
export { removeElements } from './remove';
export { connect, reconnect, updateEdge, disconnect, connectionBlocker, DEFAULT_RATE, type ConnectInput } from './edges';
export { updateMeta, updateSettings, addTarget, updateTarget, removeTarget } from './document';
export { addScenario, renameScenario, duplicateScenario, removeScenario, setOverride, removeOverride } from './scenarios';
export { applyScenario, overrideApplies } from './apply-scenario';
export { Fragment, FRAGMENT_FORMAT, copyFragment, parseFragment, pasteFragment } from './clipboard';
