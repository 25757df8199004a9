import type { AreaMessages } from '../../types';
import type en from './en';

export default {
  'app.name': 'Funnel Lab',
  'app.tagline': 'Teken funnels. Simuleer resultaten.',
} satisfies AreaMessages<typeof en>;
