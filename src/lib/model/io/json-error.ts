/**
 * Where a JSON text first goes wrong. V8's JSON.parse messages do not always carry a position
 * (Node 20 does not), so the import error names the place by scanning the text itself. Iterative
 * (an explicit stack), so deeply nested input cannot overflow the call stack.
 */
export interface JsonErrorPlace {
  offset: number;
  line: number;
  column: number;
  /** The offending character, or null at the end of the text. */
  found: string | null;
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const WS = new Set([' ', '\t', '\n', '\r']);

/** The first syntax error of `text`, or null when it is valid JSON. */
export function locateJsonError(text: string): JsonErrorPlace | null {
  const n = text.length;
  const stack: ('o' | 'a')[] = [];
  type Expect = 'value' | 'valueOrClose' | 'keyOrClose' | 'key' | 'colon' | 'commaOrClose' | 'end';
  let expect: Expect = 'value';
  let i = 0;
  const fail = (at: number) => place(text, at);
  const afterValue = (): Expect => (stack.length ? 'commaOrClose' : 'end');

  for (;;) {
    while (i < n && WS.has(text[i])) i++;
    if (i >= n) return expect === 'end' ? null : fail(n);
    const c = text[i];
    switch (expect) {
      case 'value':
      case 'valueOrClose': {
        if (expect === 'valueOrClose' && c === ']') {
          stack.pop();
          i++;
          expect = afterValue();
        } else if (c === '{') {
          stack.push('o');
          i++;
          expect = 'keyOrClose';
        } else if (c === '[') {
          stack.push('a');
          i++;
          expect = 'valueOrClose';
        } else if (c === '"') {
          const end = scanString(text, i);
          if (end < 0) return fail(-end - 1);
          i = end;
          expect = afterValue();
        } else if (c === '-' || (c >= '0' && c <= '9')) {
          NUMBER.lastIndex = i;
          const m = NUMBER.exec(text);
          if (!m) return fail(c === '-' ? i + 1 : i);
          i += m[0].length;
          expect = afterValue();
        } else {
          const word = ['true', 'false', 'null'].find((w) => w[0] === c);
          if (!word) return fail(i);
          for (let k = 0; k < word.length; k++) if (text[i + k] !== word[k]) return fail(i + k);
          i += word.length;
          expect = afterValue();
        }
        break;
      }
      case 'keyOrClose':
      case 'key': {
        if (expect === 'keyOrClose' && c === '}') {
          stack.pop();
          i++;
          expect = afterValue();
        } else if (c === '"') {
          const end = scanString(text, i);
          if (end < 0) return fail(-end - 1);
          i = end;
          expect = 'colon';
        } else return fail(i);
        break;
      }
      case 'colon':
        if (c !== ':') return fail(i);
        i++;
        expect = 'value';
        break;
      case 'commaOrClose': {
        const top = stack[stack.length - 1];
        if (c === ',') {
          i++;
          expect = top === 'o' ? 'key' : 'value';
        } else if ((c === '}' && top === 'o') || (c === ']' && top === 'a')) {
          stack.pop();
          i++;
          expect = afterValue();
        } else return fail(i);
        break;
      }
      case 'end':
        return fail(i);
    }
  }
}

/** Index after the closing quote of the string starting at `start`, or −(error index)−1. */
function scanString(text: string, start: number): number {
  const n = text.length;
  let j = start + 1;
  while (j < n) {
    const code = text.charCodeAt(j);
    if (code === 0x22) return j + 1;
    if (code < 0x20) return -j - 1;
    if (code === 0x5c) {
      const e = text[j + 1];
      if (e === 'u') {
        for (let k = 2; k < 6; k++) if (!/[0-9a-fA-F]/.test(text[j + k] ?? '')) return -(j + k) - 1;
        j += 6;
      } else if (e !== undefined && '"\\/bfnrt'.includes(e)) j += 2;
      else return -(j + 1) - 1;
    } else j++;
  }
  return -n - 1;
}

function place(text: string, offset: number): JsonErrorPlace {
  let line = 1;
  let lineStart = 0;
  for (let k = 0; k < offset; k++) {
    if (text.charCodeAt(k) === 10) {
      line++;
      lineStart = k + 1;
    }
  }
  return { offset, line, column: offset - lineStart + 1, found: offset < text.length ? text[offset] : null };
}
