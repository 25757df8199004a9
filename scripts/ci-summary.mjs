// Sums the Vitest and Playwright JSON reports into the one closing line CI understands:
// "N passed, N failed, N skipped". Exits non-zero when nothing passed or anything failed.
import { existsSync, readFileSync } from 'node:fs';

const [vitestFile, playwrightFile] = process.argv.slice(2);
let passed = 0, failed = 0, skipped = 0;
const read = (f) => (f && existsSync(f) ? JSON.parse(readFileSync(f, 'utf8')) : null);

const v = read(vitestFile);
if (v) {
  passed += v.numPassedTests ?? 0;
  failed += v.numFailedTests ?? 0;
  skipped += (v.numPendingTests ?? 0) + (v.numTodoTests ?? 0);
  // A suite that fails to load has no failed tests but must not pass silently.
  failed += (v.testResults ?? []).filter((r) => r.status === 'failed' && (r.assertionResults ?? []).length === 0).length;
} else console.error(`no Vitest report at ${vitestFile}`);

const p = read(playwrightFile);
if (p) {
  passed += (p.stats?.expected ?? 0) + (p.stats?.flaky ?? 0);
  failed += p.stats?.unexpected ?? 0;
  skipped += p.stats?.skipped ?? 0;
  failed += (p.errors ?? []).length;
} else console.error(`no Playwright report at ${playwrightFile}`);

console.log(`${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(passed > 0 && failed === 0 && v && p ? 0 : 1);
