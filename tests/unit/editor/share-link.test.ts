import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { emptyDocument } from '$lib/model/empty';
import { orderedDocument, parseDocument } from '$lib/model/io';
import { decodeSharePayload, encodeShareHash, fromBase64Url, shareHashPayload, shareUrl, toBase64Url } from '$lib/state/share-link';

describe('base64url', () => {
  it('round-trips any bytes without padding or URL-unsafe characters', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 3000 }), (bytes) => {
        const text = toBase64Url(bytes);
        expect(text).toMatch(/^[A-Za-z0-9_-]*$/);
        expect([...fromBase64Url(text)]).toEqual([...bytes]);
      }),
      { numRuns: 200 },
    );
  });
  it('handles payloads larger than one chunk', () => {
    const big = new Uint8Array(100_000).map((_, i) => (i * 31) & 255);
    expect(Buffer.from(fromBase64Url(toBase64Url(big))).equals(Buffer.from(big))).toBe(true);
  });
});

describe('share links', () => {
  it('carry a design through compression and back, valid as an imported file', async () => {
    const doc = {
      ...emptyDocument('Ünïcode plan – Q3 🚀'),
      nodes: [{ id: 'a', kind: 'note' as const, label: '', text: 'x'.repeat(5000), position: { x: 1, y: 2 } }],
    };
    const json = JSON.stringify(orderedDocument(doc));
    const hash = await encodeShareHash(json);
    expect(hash.startsWith('d=')).toBe(true);
    // Compression pays off on real designs (5,000 repeated characters here).
    expect(hash.length).toBeLessThan(json.length / 4);
    const payload = shareHashPayload(`#${hash}`)!;
    const decoded = await decodeSharePayload(payload);
    expect(decoded).toEqual({ ok: true, json });
    const parsed = parseDocument(decoded.ok ? decoded.json : '');
    expect(parsed.ok && parsed.doc.meta.title).toBe('Ünïcode plan – Q3 🚀');
  });

  it('builds a full link on the current page', async () => {
    const url = await shareUrl('{}', { origin: 'https://x.test', pathname: '/app/', search: '?a=1' });
    expect(url).toMatch(/^https:\/\/x\.test\/app\/\?a=1#d=[A-Za-z0-9_-]+$/);
  });

  it('finds no design in other hashes', () => {
    expect(shareHashPayload('')).toBeNull();
    expect(shareHashPayload('#section')).toBeNull();
    expect(shareHashPayload('#d=')).toBeNull();
    expect(shareHashPayload('#x=1&d=abc')).toBe('abc');
  });

  it('reports damaged links instead of throwing', async () => {
    expect(await decodeSharePayload('not base64!')).toEqual({ ok: false, reason: 'encoding' });
    expect(await decodeSharePayload('AAAA____')).toEqual({ ok: false, reason: 'compression' });
    const hash = await encodeShareHash('{"a":1}');
    const truncated = hash.slice(2, -3);
    const r = await decodeSharePayload(truncated);
    expect(r.ok ? r.json : 'refused').not.toBe('{"a":1}');
  });
});
