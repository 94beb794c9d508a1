/**
 * Text files as people save them: UTF-8 with or without a byte order mark, or UTF-16 (little or
 * big endian) with one, which is what Windows Notepad saves as "Unicode". Anything else is not
 * read as text.
 */
export type Decoded = { ok: true; text: string; encoding: 'utf-8' | 'utf-16le' | 'utf-16be' } | { ok: false; problem: 'empty' | 'binary' | 'not utf-8' };

export function decodeText(bytes: Uint8Array): Decoded {
  if (bytes.length === 0) return { ok: false, problem: 'empty' };
  const starts = (...mark: number[]): boolean => mark.every((byte, i) => bytes[i] === byte);
  const encoding = starts(0xff, 0xfe) ? 'utf-16le' : starts(0xfe, 0xff) ? 'utf-16be' : 'utf-8';
  // A NUL byte in UTF-8 text means a binary file; UTF-16 text has them by nature.
  if (encoding === 'utf-8' && bytes.includes(0)) return { ok: false, problem: 'binary' };
  try {
    // The decoder drops the byte order mark itself.
    const text = new TextDecoder(encoding, { fatal: true }).decode(bytes);
    if (text.includes('\u0000')) return { ok: false, problem: 'binary' };
    return { ok: true, text, encoding };
  } catch {
    return { ok: false, problem: 'not utf-8' };
  }
}
