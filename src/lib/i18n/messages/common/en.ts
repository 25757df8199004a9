// Messages of one area in English. English is the source of the keys: every other language
// must have exactly these keys (enforced by the types and by tests/unit/i18n.test.ts).
export default {
  'app.name': 'Funnel Lab',
  'app.tagline': 'Draw funnels. Simulate outcomes.',
} as const;
