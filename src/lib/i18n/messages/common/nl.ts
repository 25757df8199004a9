import type { AreaMessages } from '../../types';
import type en from './en';

export default {
  'app.name': 'Funnel Lab',
  'app.tagline': 'Teken funnels. Simuleer resultaten.',
  'common.ok': 'OK',
  'common.cancel': 'Annuleren',
  'common.close': 'Sluiten',
  'common.save': 'Opslaan',
  'common.open': 'Openen',
  'common.rename': 'Naam wijzigen',
  'common.duplicate': 'Dupliceren',
  'common.delete': 'Verwijderen',
  'common.undo': 'Ongedaan maken',
  'common.dismiss': 'Sluiten',
  'common.error': 'Fout',
  'common.warning': 'Waarschuwing',
} satisfies AreaMessages<typeof en>;
