import type { AreaMessages } from '../../types';
import type en from './en';

export default {
  'app.name': 'Funnel Lab',
  'app.tagline': 'Disegna funnel. Simula i risultati.',
} satisfies AreaMessages<typeof en>;
