import type { AreaMessages } from '../../types';
import type en from './en';

export default {
  'app.name': 'Funnel Lab',
  'app.tagline': 'Rysuj lejki. Symuluj wyniki.',
} satisfies AreaMessages<typeof en>;
