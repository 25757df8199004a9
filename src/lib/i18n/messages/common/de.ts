import type { AreaMessages } from '../../types';
import type en from './en';

export default {
  'app.name': 'Funnel Lab',
  'app.tagline': 'Funnels zeichnen. Ergebnisse simulieren.',
} satisfies AreaMessages<typeof en>;
