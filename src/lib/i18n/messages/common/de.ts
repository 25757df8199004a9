import type { AreaMessages } from '../../types';
import type en from './en';

export default {
  'app.name': 'Funnel Lab',
  'app.tagline': 'Funnels zeichnen. Ergebnisse simulieren.',
  'common.ok': 'OK',
  'common.cancel': 'Abbrechen',
  'common.close': 'Schließen',
  'common.save': 'Speichern',
  'common.open': 'Öffnen',
  'common.rename': 'Umbenennen',
  'common.duplicate': 'Duplizieren',
  'common.delete': 'Löschen',
  'common.undo': 'Rückgängig',
  'common.dismiss': 'Ausblenden',
  'common.error': 'Fehler',
  'common.warning': 'Warnung',
} satisfies AreaMessages<typeof en>;
