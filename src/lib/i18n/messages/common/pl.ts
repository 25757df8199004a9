import type { AreaMessages } from '../../types';
import type en from './en';

export default {
  'app.name': 'Funnel Lab',
  'app.tagline': 'Rysuj lejki. Symuluj wyniki.',
  'common.ok': 'OK',
  'common.cancel': 'Anuluj',
  'common.close': 'Zamknij',
  'common.save': 'Zapisz',
  'common.open': 'Otwórz',
  'common.rename': 'Zmień nazwę',
  'common.duplicate': 'Duplikuj',
  'common.delete': 'Usuń',
  'common.undo': 'Cofnij',
  'common.dismiss': 'Odrzuć',
  'common.error': 'Błąd',
  'common.warning': 'Ostrzeżenie',
} satisfies AreaMessages<typeof en>;
