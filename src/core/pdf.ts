/**
 * Reads a PDF of a newspaper page into article text of the shape the cleaner reads (see
 * `cleanArticle`): blocks of lines separated by blank lines, one block per paragraph, heading,
 * speaker line or credit, in reading order.
 *
 * A PDF holds no paragraphs, only runs of glyphs placed on the page. The reading order and the
 * paragraphs are rebuilt from where the runs sit and how they are set, with rules about the shape
 * of a page, never about one article's strings:
 *
 * 1. Page furniture goes first. A line at the very top or bottom of a page whose text, digits
 *    aside, comes back on two or more pages is a running header or footer; a line there that is
 *    only a page number ("3", "Page 3", "- 3 -", "iv") is one too, and so is a folio line: the
 *    first or last line, set apart from the text, of short pieces spread across the page (paper,
 *    date, section), which marks itself even on a one-page PDF. All go to `dropped`.
 * 2. Reading order is a recursive XY-cut. A page is cut into horizontal slices at every white band
 *    that crosses it. Consecutive slices that leave a common vertical white gap (a gutter) free
 *    are one multi-column run: it is cut at the gutter and each column is read top to bottom, cut
 *    the same way, before the next. A slice that crosses every gutter (a headline over the
 *    columns) ends the run; lines just above it that stand in one of its columns (beside a photo
 *    heading the other) join it. A gutter must have lines on both sides at about the same height
 *    twice or more, and on each side two lines stacked at line spacing, so that the wide word
 *    spaces of a loose line, or a label out in the margin, never make columns. Paragraph gaps that
 *    happen to line up across the columns do not cut a run: a slice with text in one column only
 *    keeps it going.
 * 3. Lines are runs on one baseline. A paragraph ends where the gap to the next line is clearly
 *    larger than the usual line spacing, where the font size changes (headline, deck, body,
 *    heading), where a line is indented after a line that ended a sentence, where the font
 *    changes after a line that stopped short of the column's edge or ended a sentence, or where a
 *    line in a display font (a bold speaker line) is followed by one in the body's font.
 * 4. A column or page break, or a figure in the middle of a column, does not end a paragraph cut
 *    by it: the paragraph goes on when the line after the break is in the same font and size and
 *    flush (not indented; for a bulleted item, hanging under its text), and either the document
 *    marks paragraphs with first-line indents, or the line before the break runs to the column's
 *    edge without ending a sentence.
 * 5. Text set clearly smaller than the body (the most common size by character count) is not body
 *    text. A small line shaped like a photo credit ("NAME / FOR PAPER", "Photo: …") becomes a block
 *    of its own, after the paragraph it sits in, so the cleaner records it as a credit and the
 *    paragraph stays whole; other small print (captions, footnotes, a one-page paper's header) goes
 *    to `dropped`.
 * 6. A word split at a line end with a hyphen is mended (see `keepsHyphen`), and the lines of a
 *    bulleted item, or of its "— attribution", are joined into one line, as the cleaner reads them.
 *
 * Nothing is fetched: pdf.js runs in this process (its worker code is loaded as a module, not
 * started), is given no standard-font or wasm data (reading text needs neither), reads CMaps from
 * its own package folder, evaluates no code and loads no system fonts. At most `MAX_PAGES` pages
 * are read. After pdf.js, the work is about linear in the number of text runs: each step sorts or
 * scans them a few times.
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import { SourceError, type SourceSubject } from './source-error.js';

export interface PdfText {
  /** The article text, blocks separated by blank lines. */
  text: string;
  /** What was left out: running headers and footers, page numbers, captions. Each distinct line once. */
  dropped: string[];
  /** How many pages were read (at most `MAX_PAGES`). */
  pages: number;
}

/** Pages read at most: a newspaper article is a few pages; a 1,000-page manual is not one, and is cut short. */
export const MAX_PAGES = 200;

type Pdfjs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');

const WORKER_MODULE = 'pdfjs-dist/legacy/build/pdf.worker.mjs';
let pdfjsLoading: Promise<Pdfjs> | null = null;

/**
 * pdf.js, loaded on first use. Its worker code is loaded into this process and handed over as
 * `globalThis.pdfjsWorker`, which pdf.js uses instead of starting a worker or importing a URL.
 */
function loadPdfjs(): Promise<Pdfjs> {
  pdfjsLoading ??= (async () => {
    const worker = (await import(WORKER_MODULE)) as { WorkerMessageHandler: unknown };
    const scope = globalThis as { pdfjsWorker?: unknown };
    scope.pdfjsWorker ??= worker;
    return import('pdfjs-dist/legacy/build/pdf.mjs');
  })().catch((error: unknown) => {
    pdfjsLoading = null;
    throw error;
  });
  return pdfjsLoading;
}

let cMaps: string | null = null;

/** Where pdf.js keeps its CMaps (for CJK fonts): on disk, in its own package. */
function cMapFolder(): string {
  cMaps ??= `${path.join(path.dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json')), 'cmaps')}${path.sep}`;
  return cMaps;
}

/**
 * Standard-font and wasm data are for drawing glyphs and decoding images, which reading text
 * does not need; this factory refuses every request, so pdf.js never looks for them anywhere.
 */
class NoData {
  async fetch(): Promise<never> {
    throw new Error('not loaded: reading text needs no font or image data');
  }
}

/** One run of text as pdf.js gives it, in page space with y growing downwards. */
interface Run {
  str: string;
  x0: number;
  x1: number;
  /** Baseline. */
  y: number;
  size: number;
  font: string;
  /** The run's body, from x-height-ish above the baseline to a little below it. */
  top: number;
  bottom: number;
  /** pdf.js saw a space or a line end right after it (a whitespace item, or `hasEOL`). */
  spaceAfter: boolean;
}

interface Line {
  text: string;
  x0: number;
  x1: number;
  y: number;
  size: number;
  font: string;
  /** Whether the whole line is in that one font. */
  pure: boolean;
  page: number;
  /** Index of the column or flow of text it belongs to: lines of one region are read one after the other. */
  region: number;
}

interface Region {
  left: number;
  right: number;
}

/** A stretch across the page, left to right: a white gap, or a piece of a row. */
interface Gap {
  from: number;
  to: number;
}

const TERMINAL = /[.!?…:;]["”’')\]]*$/u;
const BULLET = /^[•●▪◦‣·∙]/u;
const DASH = /^[—–]\s/u;
const PAGE_NUMBER = /^(?:page\s+)?[-–—([]?\s*(?:\d{1,4}|[ivxlcdm]{1,7})\s*[-–—)\]]?(?:\s*(?:of|\/)\s*\d{1,4})?$/iu;
const CREDIT_SHAPE = /\s\/\s|^(?:photo|photograph|picture|image|credit)s?\b/iu;

/** Text set below this share of the body size is small print: captions, credits, footnotes. */
const SMALL = 0.88;
/** The share of a page's height at its top and bottom where headers and footers sit. */
const FURNITURE_ZONE = 0.1;
/** How many lines from the top and from the bottom of a page can be furniture. */
const FURNITURE_ROWS = 3;
const MAX_DEPTH = 5;

/** Turns PDF bytes into article text, or fails with the reason a member can act on. */
export async function readPdf(bytes: Uint8Array, subject: SourceSubject): Promise<PdfText> {
  const pdfjs = await loadPdfjs();
  const task = pdfjs.getDocument({
    // pdf.js takes the buffer over; it gets a copy so the caller's bytes stay intact.
    data: new Uint8Array(bytes),
    isEvalSupported: false,
    useSystemFonts: false,
    disableFontFace: true,
    useWorkerFetch: false,
    isOffscreenCanvasSupported: false,
    isImageDecoderSupported: false,
    enableXfa: false,
    stopAtErrors: false,
    disableAutoFetch: true,
    disableStream: true,
    disableRange: true,
    verbosity: pdfjs.VerbosityLevel.ERRORS,
    cMapUrl: cMapFolder(),
    cMapPacked: true,
    StandardFontDataFactory: NoData,
    WasmFactory: NoData,
  });
  try {
    let document;
    try {
      document = await task.promise;
    } catch (error) {
      const name = (error as { name?: unknown } | null)?.name;
      throw new SourceError({ is: name === 'PasswordException' ? 'encrypted pdf' : 'not a pdf' }, subject);
    }
    const pages = Math.min(document.numPages, MAX_PAGES);
    const runs: Run[][] = [];
    const heights: number[] = [];
    let failed = 0;
    for (let number = 1; number <= pages; number += 1) {
      try {
        const page = await document.getPage(number);
        const viewport = page.getViewport({ scale: 1 });
        const content = await page.getTextContent();
        runs.push(runsOf(content.items, viewport.transform, pdfjs.Util.transform));
        heights.push(viewport.height);
        page.cleanup();
      } catch {
        // A damaged page is skipped; the rest of the document may still read.
        failed += 1;
        runs.push([]);
        heights.push(0);
      }
    }
    if (pages > 0 && failed === pages) throw new SourceError({ is: 'not a pdf' }, subject);
    const read = assemble(runs, heights);
    // No pages, pages of images (a scan), or nothing but page numbers and small print.
    if (!/\p{L}/u.test(read.text)) throw new SourceError({ is: 'no text layer' }, subject);
    // Said, not silent: the moderator sees in the report that the end of a long PDF was not read.
    const unread = document.numPages > pages ? [`pages ${pages + 1} to ${document.numPages} (only the first ${MAX_PAGES} are read)`] : [];
    const damaged = failed > 0 ? [`${failed} damaged page${failed === 1 ? '' : 's'}`] : [];
    return { ...read, dropped: [...read.dropped, ...damaged, ...unread], pages };
  } finally {
    await task.destroy().catch(() => undefined);
  }
}

type Transform = number[];

/** Horizontal, upright runs with their boxes in page space (y down); everything else is left out. */
function runsOf(items: ReadonlyArray<object>, viewport: Transform, compose: (a: Transform, b: Transform) => Transform): Run[] {
  const runs: Run[] = [];
  let last: Run | null = null;
  for (const item of items) {
    if (!('str' in item) || !('transform' in item) || !('width' in item)) continue;
    const str = String(item.str).replace(/\s+/gu, ' ');
    const eol = 'hasEOL' in item && item.hasEOL === true;
    if (!str.trim()) {
      // A whitespace item stands for the gap between words; its box would bridge columns, so
      // only the fact that a space is there is kept.
      if (last) last.spaceAfter = true;
      continue;
    }
    const [a = 0, b = 0, c = 0, d = 0, e = 0, f = 0] = compose(viewport, item.transform as Transform);
    const size = Math.hypot(c, d);
    // Rotated or mirrored text (a stamp up the margin, a vertical label) is not part of the story.
    if (size < 1 || a <= 0 || Math.abs(b) > 0.05 * a || Math.abs(c) > 0.05 * size) continue;
    const width = Number(item.width) || 0;
    const font = 'fontName' in item ? String(item.fontName) : '';
    last = { str, x0: e, x1: e + Math.max(width, 0), y: f, size, font, top: f - 0.7 * size, bottom: f + 0.15 * size, spaceAfter: eol };
    runs.push(last);
  }
  return runs;
}

/** Normalised text of a furniture candidate: case, spacing and digits do not matter. */
function furnitureKey(text: string): string {
  return text.toLowerCase().replace(/\d+/gu, '#').replace(/\s+/gu, ' ').trim();
}

/** Runs on one baseline, across the whole page, top to bottom. */
function pageRows(runs: Run[]): Run[][] {
  const sorted = [...runs].sort((p, q) => p.y - q.y || p.x0 - q.x0);
  const rows: Run[][] = [];
  for (const run of sorted) {
    const row = rows.at(-1);
    const first = row?.[0];
    if (row && first && Math.abs(run.y - first.y) <= 0.35 * Math.min(run.size, first.size)) row.push(run);
    else rows.push([run]);
  }
  return rows;
}

function rowText(runs: Run[]): string {
  return [...runs]
    .sort((p, q) => p.x0 - q.x0)
    .map((run) => run.str.trim())
    .join(' ')
    .replace(/\s+/gu, ' ');
}

/**
 * Whether a row is shaped as a folio line: short pieces (paper, date, section) spread across the
 * page's width with wide white between them. Together with standing first or last on the page,
 * apart from the text, it marks a header even on a one-page PDF, where nothing repeats.
 */
function isFolio(row: Run[], left: number, right: number): boolean {
  const width = right - left;
  const sorted = [...row].sort((p, q) => p.x0 - q.x0);
  const pieces: Gap[] = [];
  for (const run of sorted) {
    const piece = pieces.at(-1);
    if (piece && run.x0 - piece.to < 4 * run.size) piece.to = Math.max(piece.to, run.x1);
    else pieces.push({ from: run.x0, to: run.x1 });
  }
  const first = pieces[0];
  const last = pieces.at(-1);
  return (
    pieces.length >= 2 &&
    first !== undefined &&
    last !== undefined &&
    pieces.every((piece) => piece.to - piece.from < 0.35 * width) &&
    last.to - first.from >= 0.7 * width
  );
}

/**
 * Takes running headers, footers and page numbers off every page: rule 1. Returns the runs left
 * on each page and the lines taken off.
 */
function removeFurniture(pages: Run[][], heights: number[]): { pages: Run[][]; dropped: string[] } {
  interface Candidate {
    page: number;
    key: string;
    text: string;
    runs: Run[];
  }
  const candidates: Candidate[] = [];
  const folios = new Set<Candidate>();
  pages.forEach((runs, page) => {
    const height = heights[page] ?? 0;
    const rows = pageRows(runs);
    const left = runs.reduce((least, run) => Math.min(least, run.x0), Infinity);
    const right = runs.reduce((most, run) => Math.max(most, run.x1), -Infinity);
    const top = rows.slice(0, FURNITURE_ROWS).filter((row) => (row[0]?.y ?? 0) <= FURNITURE_ZONE * height);
    const bottom = rows.slice(-FURNITURE_ROWS).filter((row) => (row[0]?.y ?? 0) >= (1 - FURNITURE_ZONE) * height);
    for (const [zone, zoneRows] of [['top', top], ['bottom', bottom]] as const) {
      for (const row of zoneRows) {
        const text = rowText(row);
        const candidate = { page, key: `${zone}:${furnitureKey(text)}`, text, runs: row };
        candidates.push(candidate);
        // Only the outermost line can be a folio line, and only set apart from the text by white.
        const outermost = zone === 'top' ? rows[0] : rows.at(-1);
        const neighbour = zone === 'top' ? rows[1] : rows.at(-2);
        const size = row[0]?.size ?? 0;
        const apart = neighbour === undefined || Math.abs((neighbour[0]?.y ?? 0) - (row[0]?.y ?? 0)) >= 2 * size;
        if (row === outermost && apart && isFolio(row, left, right)) folios.add(candidate);
      }
    }
  });
  const pagesWith = new Map<string, Set<number>>();
  for (const candidate of candidates) {
    const seen = pagesWith.get(candidate.key) ?? new Set<number>();
    seen.add(candidate.page);
    pagesWith.set(candidate.key, seen);
  }
  const removed = new Set<Run>();
  const dropped: string[] = [];
  for (const candidate of candidates) {
    if (removed.has(candidate.runs[0]!)) continue;
    if ((pagesWith.get(candidate.key)?.size ?? 0) >= 2 || PAGE_NUMBER.test(candidate.text) || folios.has(candidate)) {
      for (const run of candidate.runs) removed.add(run);
      dropped.push(candidate.text);
    }
  }
  return { pages: pages.map((runs) => runs.filter((run) => !removed.has(run))), dropped };
}

/** Horizontal slices of a region: runs whose bodies overlap vertically, chained, with white between slices. */
function slices(runs: Run[]): Run[][] {
  const sorted = [...runs].sort((p, q) => p.top - q.top);
  const out: Run[][] = [];
  let bottom = -Infinity;
  for (const run of sorted) {
    const slice = out.at(-1);
    if (slice && run.top < bottom) {
      slice.push(run);
      bottom = Math.max(bottom, run.bottom);
    } else {
      out.push([run]);
      bottom = run.bottom;
    }
  }
  return out;
}

/** The widest white gaps inside a slice: between runs, at least about an em wide. */
function interiorGaps(slice: Run[]): Gap[] {
  const sorted = [...slice].sort((p, q) => p.x0 - q.x0);
  const gaps: Gap[] = [];
  let reach = -Infinity;
  let reachSize = 0;
  for (const run of sorted) {
    const minimum = Math.max(6, 0.9 * Math.max(run.size, reachSize));
    if (reach > -Infinity && run.x0 - reach >= minimum) gaps.push({ from: reach, to: run.x0 });
    if (run.x1 > reach) {
      reach = run.x1;
      reachSize = run.size;
    }
  }
  return gaps;
}

/** What is left of each gutter once a slice's runs are laid over it; gutters fully crossed are gone. */
function survivingGutters(gutters: Gap[], slice: Run[]): Gap[] {
  const out: Gap[] = [];
  for (const gutter of gutters) {
    let free: Gap[] = [{ ...gutter }];
    for (const run of slice) {
      free = free.flatMap((part) => {
        if (run.x1 <= part.from || run.x0 >= part.to) return [part];
        const pieces: Gap[] = [];
        if (run.x0 > part.from) pieces.push({ from: part.from, to: run.x0 });
        if (run.x1 < part.to) pieces.push({ from: run.x1, to: part.to });
        return pieces;
      });
    }
    const widest = free.sort((p, q) => q.to - q.from - (p.to - p.from))[0];
    if (widest && widest.to - widest.from >= 2) out.push(widest);
  }
  return out;
}

/**
 * The multi-column run starting at slice `start`, if one does: the slices after it that leave a
 * gutter free, and the gutters.
 */
function columnRun(all: Run[][], start: number): { end: number; gutters: Gap[] } | null {
  const first = all[start];
  if (!first) return null;
  let gutters = interiorGaps(first);
  if (gutters.length === 0) return null;
  let end = start + 1;
  for (; end < all.length; end += 1) {
    const next = survivingGutters(gutters, all[end]!);
    if (next.length === 0) break;
    gutters = next;
  }
  const runsOfRun = all.slice(start, end).flat();
  gutters = gutters.filter((gutter) => {
    // Columns stand side by side: lines on both sides of the gutter at about the same height,
    // twice or more, and on each side two lines stacked at line spacing. A label out to the right
    // of a line here and there ("[Function]") is not a column.
    const left = runsOfRun.filter((run) => run.x1 <= gutter.from + 0.5);
    const right = runsOfRun.filter((run) => run.x0 >= gutter.to - 0.5);
    return sideBySide(left, right) >= 2 && stacked(left) && stacked(right);
  });
  return gutters.length > 0 ? { end, gutters } : null;
}

/** How many lines on the left have a line on the right within a line's height of them. */
function sideBySide(left: Run[], right: Run[]): number {
  const baselines = (runs: Run[]): Array<{ y: number; size: number }> => {
    const lines: Array<{ y: number; size: number }> = [];
    for (const run of [...runs].sort((p, q) => p.y - q.y)) {
      const line = lines.at(-1);
      if (line && run.y - line.y <= 0.5 * Math.min(run.size, line.size)) continue;
      lines.push({ y: run.y, size: run.size });
    }
    return lines;
  };
  const others = baselines(right);
  let count = 0;
  let j = 0;
  for (const line of baselines(left)) {
    while (j < others.length && others[j]!.y < line.y - line.size) j += 1;
    const other = others[j];
    if (other && other.y <= line.y + line.size) count += 1;
  }
  return count;
}

/** Whether some two of the runs are lines one under the other, at about the usual line spacing. */
function stacked(runs: Run[]): boolean {
  const lines = [...runs].sort((p, q) => p.y - q.y);
  // Two pointers: `j` is the first run below run `i`'s line.
  for (let i = 0, j = 0; i < lines.length; i += 1) {
    const run = lines[i]!;
    j = Math.max(j, i + 1);
    while (j < lines.length && lines[j]!.y - run.y <= 0.5 * run.size) j += 1;
    const next = lines[j];
    if (next && next.y - run.y <= 1.6 * Math.max(run.size, next.size)) return true;
  }
  return false;
}

/** Splits runs at the gutters into columns, left to right. */
function columns(runs: Run[], gutters: Gap[]): Run[][] {
  const cuts = gutters.map((gutter) => (gutter.from + gutter.to) / 2).sort((p, q) => p - q);
  const out: Run[][] = cuts.map(() => []);
  out.push([]);
  for (const run of runs) {
    const centre = (run.x0 + run.x1) / 2;
    let column = cuts.findIndex((cut) => centre < cut);
    if (column < 0) column = cuts.length;
    out[column]!.push(run);
  }
  return out.filter((column) => column.length > 0);
}

/**
 * Rule 2: the page's text as regions (flows of lines) in reading order. A slice with a wide gap
 * that does not start a run costs a scan of the slices its gap survives; on pages of prose those
 * are few, so the whole stays about linear.
 */
function readingOrder(runs: Run[], depth = 0): Run[][][] {
  const regions: Run[][][] = [];
  const all = slices(runs);
  let flow: Run[][] = [];
  const flush = (): void => {
    if (flow.length > 0) regions.push(flow);
    flow = [];
  };
  for (let i = 0; i < all.length; ) {
    const run = depth < MAX_DEPTH ? columnRun(all, i) : null;
    if (run) {
      // Lines just above the run that stand in one of its columns are the top of that column
      // (beside a photo that heads the other): they join the run.
      let gutters = run.gutters;
      let from = i;
      while (flow.length > 0) {
        const above = survivingGutters(gutters, flow.at(-1)!);
        if (above.length === 0) break;
        gutters = above;
        flow.pop();
        from -= 1;
      }
      flush();
      for (const column of columns(all.slice(from, run.end).flat(), gutters)) regions.push(...readingOrder(column, depth + 1));
      i = run.end;
    } else {
      flow.push(all[i]!);
      i += 1;
    }
  }
  flush();
  return regions;
}

/** The most common value by weight. */
function mode<T>(pairs: Array<[T, number]>): T | undefined {
  const weights = new Map<T, number>();
  for (const [value, weight] of pairs) weights.set(value, (weights.get(value) ?? 0) + weight);
  let best: T | undefined;
  let bestWeight = -1;
  for (const [value, weight] of weights) {
    if (weight > bestWeight) {
      best = value;
      bestWeight = weight;
    }
  }
  return best;
}

/** Runs of one slice grouped into lines (usually one), each read left to right. */
function linesOfSlice(slice: Run[], page: number, region: number): Line[] {
  const sorted = [...slice].sort((p, q) => p.y - q.y);
  const groups: Array<{ runs: Run[]; top: number; bottom: number }> = [];
  for (const run of sorted) {
    const group = groups.at(-1);
    const overlap = group ? Math.min(group.bottom, run.bottom) - Math.max(group.top, run.top) : 0;
    // A superscript or a run in another font sits on the line it overlaps for the most part.
    if (group && overlap >= 0.5 * Math.min(group.bottom - group.top, run.bottom - run.top)) {
      group.runs.push(run);
      group.top = Math.min(group.top, run.top);
      group.bottom = Math.max(group.bottom, run.bottom);
    } else {
      groups.push({ runs: [run], top: run.top, bottom: run.bottom });
    }
  }
  return groups.map(({ runs }) => {
    runs.sort((p, q) => p.x0 - q.x0);
    let text = '';
    let previous: Run | null = null;
    for (const run of runs) {
      // Text printed twice to look bold lands on itself: keep it once.
      if (previous && run.str === previous.str && Math.abs(run.x0 - previous.x0) < 1 && Math.abs(run.y - previous.y) < 1) continue;
      const gap = previous ? run.x0 - previous.x1 : 0;
      const em = previous ? Math.min(run.size, previous.size) : 0;
      // A space where the runs stand apart, or where pdf.js saw one and they do not overlap much.
      const spaced = gap > 0.15 * em || (previous?.spaceAfter === true && gap > -0.2 * em);
      if (previous && spaced && !/\s$/u.test(text) && !/^\s/u.test(run.str)) text += ' ';
      text += run.str;
      previous = run;
    }
    const weighted = runs.map((run): [Run, number] => [run, run.str.length]);
    const main = mode(weighted) ?? runs[0]!;
    const font = mode(runs.map((run): [string, number] => [run.font, run.str.trim().length])) ?? main.font;
    const chars = (list: Run[]): number => list.reduce((sum, run) => sum + run.str.trim().length, 0);
    return {
      text: text.replace(/\s+/gu, ' ').trim(),
      x0: runs.reduce((least, run) => Math.min(least, run.x0), Infinity),
      x1: runs.reduce((most, run) => Math.max(most, run.x1), -Infinity),
      y: main.y,
      size: mode(runs.map((run): [number, number] => [Math.round(run.size * 2) / 2, run.str.length])) ?? main.size,
      font,
      pure: chars(runs.filter((run) => run.font === font)) >= 0.95 * chars(runs),
      page,
      region,
    };
  });
}

function percentile(values: number[], share: number): number | undefined {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((p, q) => p - q);
  return sorted[Math.min(sorted.length - 1, Math.floor(share * sorted.length))];
}

function isTerminated(text: string): boolean {
  return TERMINAL.test(text);
}

/** Every page's runs into the article's text: rules 1 to 6. */
function assemble(pageRuns: Run[][], heights: number[]): Omit<PdfText, 'pages'> {
  const furniture = removeFurniture(pageRuns, heights);
  const dropped = new Set<string>(furniture.dropped);

  const lines: Line[] = [];
  let region = 0;
  furniture.pages.forEach((runs, page) => {
    for (const flow of readingOrder(runs)) {
      for (const slice of flow) lines.push(...linesOfSlice(slice, page, region));
      region += 1;
    }
  });
  const blocks = paragraphs(lines.filter((line) => line.text), dropped);
  const words = vocabulary(blocks);
  const text = mendBlocks(blocks, words)
    .map((block) => joinItems(block).join('\n'))
    .join('\n\n');
  return { text: text ? `${text}\n` : '', dropped: [...dropped] };
}

/** How the document is set: body size and font, each region's edges, line spacing, indents. */
class Typesetting {
  /** The body size: the most common size by character count. */
  readonly body: number;
  /** The body's font, likewise: a line in another font over body text is display type (a heading, a speaker line). */
  readonly bodyFont: string | undefined;
  private readonly regions = new Map<number, Region>();
  private readonly steps = new Map<number, number[]>();
  /**
   * Whether paragraphs begin with a first-line indent here: most lines indented from a flush
   * line follow a line that ended a sentence. Then a flush line at the top of a column goes on
   * with the paragraph before the break, however that paragraph's last line ended.
   */
  readonly indentsParagraphs: boolean;

  constructor(lines: Line[]) {
    this.body = mode(lines.map((line): [number, number] => [line.size, line.text.length])) ?? 10;
    const normal = lines.filter((line) => !this.small(line));
    this.bodyFont = mode(normal.map((line): [string, number] => [line.font, line.text.length]));
    for (const line of normal) {
      const known = this.regions.get(line.region);
      this.regions.set(line.region, known ? { left: Math.min(known.left, line.x0), right: Math.max(known.right, line.x1) } : { left: line.x0, right: line.x1 });
    }
    let indented = 0;
    let afterSentence = 0;
    normal.forEach((line, i) => {
      const before = normal[i - 1];
      if (!before || before.region !== line.region || before.size !== line.size) return;
      const step = line.y - before.y;
      if (step > 0.5 * line.size && step < 2.5 * line.size) {
        const steps = this.steps.get(line.size) ?? [];
        steps.push(step);
        this.steps.set(line.size, steps);
      }
      // Lines hanging under a bullet, or under an indented line, say nothing about paragraphs.
      if (this.isIndented(line) && !this.isIndented(before) && !BULLET.test(before.text)) {
        indented += 1;
        if (isTerminated(before.text)) afterSentence += 1;
      }
    });
    this.indentsParagraphs = indented >= 3 && afterSentence >= 0.7 * indented;
  }

  /** Rule 5: print clearly smaller than the body. */
  small(line: Line): boolean {
    return line.size < SMALL * this.body;
  }

  /**
   * The usual baseline-to-baseline distance for a size: a low percentile of the steps between
   * lines, so that many short paragraphs do not pass their paragraph gaps off as line spacing.
   */
  usual(size: number): number {
    let usual = this.usualBySize.get(size);
    if (usual === undefined) {
      // Sorted once per size: asked for every line, it would make reading quadratic in lines.
      usual = percentile(this.steps.get(size) ?? [], 0.3) ?? 1.2 * size;
      this.usualBySize.set(size, usual);
    }
    return usual;
  }

  private readonly usualBySize = new Map<number, number>();

  edges(line: Line): Region {
    return this.regions.get(line.region) ?? { left: line.x0, right: line.x1 };
  }

  /** Whether a line stops clearly short of its column's right edge, as a paragraph's last line does. */
  isShort(line: Line): boolean {
    return line.x1 < this.edges(line).right - 1.5 * line.size;
  }

  indent(line: Line): number {
    return line.x0 - this.edges(line).left;
  }

  isIndented(line: Line): boolean {
    const indent = this.indent(line);
    return indent >= 0.6 * line.size && indent <= 6 * line.size;
  }
}

function sameSize(a: Line, b: Line): boolean {
  return Math.abs(a.size - b.size) <= 0.1 * Math.max(a.size, b.size);
}

/** Rules 3 to 5: lines into blocks (each a list of lines), credits as blocks of their own. */
function paragraphs(lines: Line[], dropped: Set<string>): string[][] {
  const type = new Typesetting(lines);
  const blocks: string[][] = [];
  let current: Line[] = [];
  let credits: string[] = [];
  // Where the open block's bulleted item starts: its other lines hang under its text.
  let itemAt: number | null = null;
  // Whether small print (a credit, a caption) stood between the open block's last line and the next.
  let figureBetween = false;

  const close = (): void => {
    if (current.length > 0) blocks.push(current.map((line) => line.text));
    for (const credit of credits) blocks.push([credit]);
    current = [];
    credits = [];
    itemAt = null;
    figureBetween = false;
  };

  /** Whether a line hangs under the open item's text: right of its bullet by at most a few ems. */
  const hangs = (before: Line, line: Line): boolean => {
    if (itemAt === null) return false;
    const from = line.region === before.region ? itemAt : type.edges(line).left;
    return line.x0 > from + 0.5 && line.x0 - from <= 2.5 * line.size;
  };

  /**
   * Rule 4: whether the line after a break (a column or page end, a figure) goes on with the
   * block before it. Only in the same print. A bulleted item goes on with a line that hangs under
   * it, unless the item ended a sentence where an indented line may as well be a new paragraph.
   * Otherwise a flush line goes on where paragraphs begin with an indent; elsewhere only when
   * the line before the break runs to the column's edge without ending a sentence.
   */
  const acrossBreak = (before: Line, line: Line): boolean => {
    if (before.font !== line.font || !sameSize(before, line) || BULLET.test(line.text)) return false;
    if (itemAt !== null) return hangs(before, line) && (!isTerminated(before.text) || !type.indentsParagraphs);
    const flush = !type.isIndented(line);
    if (type.indentsParagraphs && flush) return true;
    return flush && !isTerminated(before.text) && (!type.isShort(before) || figureBetween);
  };

  /** Rule 3: whether a line goes on with the open block. */
  const continues = (before: Line, line: Line): boolean => {
    if (!sameSize(before, line)) return false;
    const hanging = hangs(before, line);
    // A line back at the margin of a bulleted item, but not a bullet itself, ends the item.
    if (itemAt !== null && line.region === before.region && !hanging && !BULLET.test(line.text) && line.x0 <= itemAt + 0.5) return false;
    if (!hanging && type.isIndented(line) && isTerminated(before.text)) return false;
    const display = before.pure && before.font !== type.bodyFont && line.font === type.bodyFont;
    if (line.font !== before.font && (type.isShort(before) || isTerminated(before.text) || display)) return false;
    if (line.region !== before.region) return acrossBreak(before, line);
    const gap = line.y - before.y;
    if (gap > 0 && gap <= 1.25 * type.usual(line.size) + 0.05 * line.size) return true;
    return acrossBreak(before, line) && (figureBetween || !isTerminated(before.text));
  };

  for (const line of lines) {
    if (type.small(line)) {
      // Rule 5: a credit is kept as its own block, a caption or footnote is left out.
      if (CREDIT_SHAPE.test(line.text)) {
        if (current.length > 0) credits.push(line.text);
        else blocks.push([line.text]);
      } else {
        dropped.add(line.text);
      }
      if (current.length > 0) figureBetween = true;
      continue;
    }
    const before = current.at(-1);
    if (!before || !continues(before, line)) close();
    // An item that goes on in another column hangs from that column's margin.
    else if (itemAt !== null && line.region !== before.region) itemAt = type.edges(line).left;
    if (BULLET.test(line.text)) itemAt = line.x0;
    current.push(line);
    figureBetween = false;
  }
  close();
  return blocks;
}

/** Every word of the text as printed whole on a line, in lower case: what hyphenation is checked against. */
function vocabulary(blocks: string[][]): Set<string> {
  const words = new Set<string>();
  for (const block of blocks) {
    for (const line of block) {
      const tokens = line.split(/\s+/u);
      tokens.forEach((token, i) => {
        // The piece before a line-end hyphen is not a word.
        if (i === tokens.length - 1 && /\p{L}-$/u.test(token)) return;
        const word = bare(token);
        if (word) words.add(word.toLowerCase());
      });
    }
  }
  return words;
}

/** A token without the punctuation around it. */
function bare(token: string): string {
  return token.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
}

/**
 * Whether a word broken at a line end keeps its hyphen, judged by the rest of the document first:
 * kept when the document prints the hyphenated form whole on a line elsewhere ("state-owned"),
 * dropped when it prints the joined word elsewhere ("cyber-" + "security" with "cybersecurity"
 * printed elsewhere; also "Fc-" + "ConfigParse" with "FcConfigParse"). With neither, kept when the
 * second part starts with a capital or a digit ("Asia-" + "Pacific", "COVID-" + "19") or the first
 * part is a capitalised word
 * ("Beijing-" + "based"); anything else is a typesetter's soft hyphen and goes.
 */
function keepsHyphen(left: string, right: string, words: ReadonlySet<string>): boolean {
  if (words.has(`${left}-${right}`.toLowerCase())) return true;
  if (words.has(`${left}${right}`.toLowerCase())) return false;
  if (/^[\p{Lu}\p{N}]/u.test(right)) return true;
  const lastPart = left.split('-').at(-1) ?? left;
  return /^\p{Lu}/u.test(lastPart);
}

/** Rule 6: mends words broken at line ends, moving the rest of the word up to its first part. */
function mendBlocks(blocks: string[][], words: Set<string>): string[][] {
  return blocks.map((block) => {
    const lines = [...block];
    for (let i = 0; i + 1 < lines.length; ) {
      const line = lines[i]!;
      const next = lines[i + 1]!;
      const broken = /(\S*\p{L})([-\u00AD\u2010])$/u.exec(line);
      const rest = /^([\p{L}\p{N}]\S*)\s*(.*)$/u.exec(next);
      if (!broken || !rest) {
        i += 1;
        continue;
      }
      const leftToken = broken[1]!;
      const rightToken = rest[1]!;
      const left = bare(leftToken.split(/[–—/]/u).at(-1) ?? leftToken);
      const right = bare(rightToken);
      // A soft hyphen (U+00AD) is a typesetter's by definition.
      const keep = broken[2] !== '\u00AD' && keepsHyphen(left, right, words);
      lines[i] = `${line.slice(0, -1)}${keep ? '-' : ''}${rightToken}`;
      if (rest[2]) {
        lines[i + 1] = rest[2];
        i += 1;
      } else {
        lines.splice(i + 1, 1);
      }
    }
    return lines;
  });
}

/**
 * The lines of a bulleted item, or of a "— attribution" after a sentence, joined into one line:
 * the cleaner reads an item as one line, and its attribution as the next. A dash that opens a
 * block is an attribution set apart from its quotation.
 */
function joinItems(lines: string[]): string[] {
  const out: string[] = [];
  let inItem = false;
  for (const line of lines) {
    const previous = out.at(-1);
    const starts = BULLET.test(line) || (DASH.test(line) && (previous === undefined || isTerminated(previous)));
    if (inItem && !starts && previous !== undefined) {
      out[out.length - 1] = `${previous} ${line}`;
    } else {
      out.push(line);
      if (starts) inItem = true;
    }
  }
  return out;
}
