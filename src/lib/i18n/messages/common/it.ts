import type { AreaMessages } from '../../types';
import type en from './en';

export default {
  'app.name': 'Funnel Lab',
  'app.tagline': 'Disegna funnel. Simula i risultati.',
  'common.ok': 'OK',
  'common.cancel': 'Annulla',
  'common.close': 'Chiudi',
  'common.save': 'Salva',
  'common.open': 'Apri',
  'common.rename': 'Rinomina',
  'common.duplicate': 'Duplica',
  'common.delete': 'Elimina',
  'common.undo': 'Annulla',
  'common.dismiss': 'Chiudi avviso',
  'common.error': 'Errore',
  'common.warning': 'Avviso',
} satisfies AreaMessages<typeof en>;
