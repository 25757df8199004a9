/**
 * Every area's messages in Italian, merged: one chunk that `loadMessages('it')` fetches with dynamic
 * `import()` only when Italian is the interface language (see ./index.ts). Each area file is
 * type-checked to have exactly the English keys; `satisfies` checks the merged table too.
 */
import type { Messages } from './index';
import commonIt from './common/it';
import shellIt from './shell/it';
import editorIt from './editor/it';
import inspectorIt from './inspector/it';
import resultsIt from './results/it';
import teachIt from './teach/it';
import problemsIt from './problems/it';

export default { ...commonIt, ...shellIt, ...editorIt, ...resultsIt, ...teachIt, ...problemsIt, ...inspectorIt } satisfies Messages;
