/**
 * Every area's messages in Polish, merged: one chunk that `loadMessages('pl')` fetches with dynamic
 * `import()` only when Polish is the interface language (see ./index.ts). Each area file is
 * type-checked to have exactly the English keys; `satisfies` checks the merged table too.
 */
import type { Messages } from './index';
import commonPl from './common/pl';
import shellPl from './shell/pl';
import editorPl from './editor/pl';
import inspectorPl from './inspector/pl';
import resultsPl from './results/pl';
import teachPl from './teach/pl';
import problemsPl from './problems/pl';

export default { ...commonPl, ...shellPl, ...editorPl, ...resultsPl, ...teachPl, ...problemsPl, ...inspectorPl } satisfies Messages;
