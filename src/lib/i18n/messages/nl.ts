/**
 * Every area's messages in Dutch, merged: one chunk that `loadMessages('nl')` fetches with dynamic
 * `import()` only when Dutch is the interface language (see ./index.ts). Each area file is
 * type-checked to have exactly the English keys; `satisfies` checks the merged table too.
 */
import type { Messages } from './index';
import commonNl from './common/nl';
import shellNl from './shell/nl';
import editorNl from './editor/nl';
import inspectorNl from './inspector/nl';
import resultsNl from './results/nl';
import teachNl from './teach/nl';
import problemsNl from './problems/nl';

export default { ...commonNl, ...shellNl, ...editorNl, ...resultsNl, ...teachNl, ...problemsNl, ...inspectorNl } satisfies Messages;
