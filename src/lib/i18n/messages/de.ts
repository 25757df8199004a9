/**
 * Every area's messages in German, merged: one chunk that `loadMessages('de')` fetches with dynamic
 * `import()` only when German is the interface language (see ./index.ts). Each area file is
 * type-checked to have exactly the English keys; `satisfies` checks the merged table too.
 */
import type { Messages } from './index';
import commonDe from './common/de';
import shellDe from './shell/de';
import editorDe from './editor/de';
import inspectorDe from './inspector/de';
import resultsDe from './results/de';
import teachDe from './teach/de';
import problemsDe from './problems/de';

export default { ...commonDe, ...shellDe, ...editorDe, ...resultsDe, ...teachDe, ...problemsDe, ...inspectorDe } satisfies Messages;
