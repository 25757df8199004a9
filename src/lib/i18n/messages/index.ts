/**
 * All message areas, merged per language. Each area is a folder with one file per language; the
 * English file is the source of that area's keys and the others must match it exactly (types and
 * tests/unit/i18n.test.ts). Areas: common (shared words), shell (toolbar, dialogs, persistence),
 * editor (canvas, palette, nodes, edges), inspector (side panel, distribution editor), results (run panel, KPIs, charts), teach (templates,
 * explanations, glossary, tour, presentation), problems (validation and import messages).
 */
import type { Locale } from '../locales';
import commonEn from './common/en';
import commonDe from './common/de';
import commonIt from './common/it';
import commonPl from './common/pl';
import commonNl from './common/nl';
import shellEn from './shell/en';
import shellDe from './shell/de';
import shellIt from './shell/it';
import shellPl from './shell/pl';
import shellNl from './shell/nl';
import editorEn from './editor/en';
import editorDe from './editor/de';
import editorIt from './editor/it';
import editorPl from './editor/pl';
import editorNl from './editor/nl';
import resultsEn from './results/en';
import resultsDe from './results/de';
import resultsIt from './results/it';
import resultsPl from './results/pl';
import resultsNl from './results/nl';
import teachEn from './teach/en';
import teachDe from './teach/de';
import teachIt from './teach/it';
import teachPl from './teach/pl';
import teachNl from './teach/nl';
import problemsEn from './problems/en';
import inspectorEn from './inspector/en';
import problemsDe from './problems/de';
import inspectorDe from './inspector/de';
import problemsIt from './problems/it';
import inspectorIt from './inspector/it';
import problemsPl from './problems/pl';
import inspectorPl from './inspector/pl';
import problemsNl from './problems/nl';
import inspectorNl from './inspector/nl';

export const en = { ...commonEn, ...shellEn, ...editorEn, ...resultsEn, ...teachEn, ...problemsEn, ...inspectorEn };
export type MessageKey = keyof typeof en;
export type Messages = Record<MessageKey, string>;

export const MESSAGES: Record<Locale, Messages> = {
  en: { ...commonEn, ...shellEn, ...editorEn, ...resultsEn, ...teachEn, ...problemsEn, ...inspectorEn },
  de: { ...commonDe, ...shellDe, ...editorDe, ...resultsDe, ...teachDe, ...problemsDe, ...inspectorDe },
  it: { ...commonIt, ...shellIt, ...editorIt, ...resultsIt, ...teachIt, ...problemsIt, ...inspectorIt },
  pl: { ...commonPl, ...shellPl, ...editorPl, ...resultsPl, ...teachPl, ...problemsPl, ...inspectorPl },
  nl: { ...commonNl, ...shellNl, ...editorNl, ...resultsNl, ...teachNl, ...problemsNl, ...inspectorNl },
};
