// Messages of one area in English. English is the source of the keys: every other language
// must have exactly these keys (enforced by the types and by tests/unit/i18n.test.ts).
export default {
  'app.name': 'Funnel Lab',
  'app.tagline': 'Draw funnels. Simulate outcomes.',
  'common.ok': 'OK',
  'common.cancel': 'Cancel',
  'common.close': 'Close',
  'common.save': 'Save',
  'common.open': 'Open',
  'common.rename': 'Rename',
  'common.duplicate': 'Duplicate',
  'common.delete': 'Delete',
  'common.undo': 'Undo',
  'common.dismiss': 'Dismiss',
  'common.error': 'Error',
  'common.warning': 'Warning',
  'common.loading': 'Loading…',
  'common.loadFailed': 'Could not load this part of the app: {message}',
} as const;
