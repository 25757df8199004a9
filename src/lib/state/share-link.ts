/**
 * Share links: the design as JSON, compressed with `deflate-raw` (CompressionStream) and written
 * base64url-encoded into the URL hash (`#d=…`). The hash never reaches a server. Opening such a
 * link decodes it back to JSON text; the caller validates it exactly like an imported file.
 */

export const HASH_KEY = 'd';

async function pump(bytes: Uint8Array, stream: CompressionStream | DecompressionStream): Promise<Uint8Array> {
  const out = new Blob([bytes as BlobPart]).stream().pipeThrough(stream);
  return new Uint8Array(await new Response(out).arrayBuffer());
}

export function toBase64Url(bytes: Uint8Array): string {
  let bin = '';
  // Chunked: String.fromCharCode(...) with a huge spread overflows the call stack.
  for (let i = 0; i < bytes.length; i += 0x8000) bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(bin).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

export function fromBase64Url(text: string): Uint8Array {
  if (!/^[A-Za-z0-9_-]*$/.test(text)) throw new Error('not base64url');
  const b64 = text.replace(/-/g, '+').replace(/_/g, '/') + '='.repeat((4 - (text.length % 4)) % 4);
  const bin = atob(b64);
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

/** The hash fragment (without `#`) carrying `json`. */
export async function encodeShareHash(json: string): Promise<string> {
  const packed = await pump(new TextEncoder().encode(json), new CompressionStream('deflate-raw'));
  return `${HASH_KEY}=${toBase64Url(packed)}`;
}

/** The payload of a share hash (`#d=…` or `d=…`), or null when the hash carries no design. */
export function shareHashPayload(hash: string): string | null {
  const h = hash.startsWith('#') ? hash.slice(1) : hash;
  const params = new URLSearchParams(h);
  const v = params.get(HASH_KEY);
  return v ? v : null;
}

export type DecodeResult = { ok: true; json: string } | { ok: false; reason: 'encoding' | 'compression' };

/** Decodes a share hash back to JSON text; never throws. */
export async function decodeSharePayload(payload: string): Promise<DecodeResult> {
  let bytes: Uint8Array;
  try {
    bytes = fromBase64Url(payload);
  } catch {
    return { ok: false, reason: 'encoding' };
  }
  try {
    const raw = await pump(bytes, new DecompressionStream('deflate-raw'));
    return { ok: true, json: new TextDecoder('utf-8', { fatal: true }).decode(raw) };
  } catch {
    return { ok: false, reason: 'compression' };
  }
}

/** A full link to the current page carrying `json`. */
export async function shareUrl(json: string, location: { origin: string; pathname: string; search: string }): Promise<string> {
  return `${location.origin}${location.pathname}${location.search}#${await encodeShareHash(json)}`;
}
