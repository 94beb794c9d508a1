/**
 * Turns a newspaper page, as scanned or copied to text, into the article's own blocks.
 *
 * Pages carry layout debris (photo credits, the paper's name, QR-code promos, the byline
 * e-mail) and page columns break sentences across blank lines. The rules below are about
 * the shape of such debris, not this article's strings, so another page of the same kind
 * gets the same treatment.
 */

export type BlockKind = 'paragraph' | 'heading' | 'quotation' | 'speaker' | 'item';

export interface Block {
  kind: BlockKind;
  text: string;
  /** For a quotation: its attribution line without the leading dash. */
  attribution?: string;
}

/** Who made a photo on the page, from a credit line such as "WU HEPING / FOR CHINA DAILY". */
export interface PhotoCredit {
  /** The credit line as printed ("WU HEPING / FOR CHINA DAILY"), for citing it verbatim. */
  printed: string;
  name: string;
  /** Who it was made for or belongs to, when the credit says ("China Daily"). */
  organisation: string | null;
}

/** Facts about the article itself, kept apart from its passages so they never pollute excerpts. */
export interface ArticleMeta {
  /** The byline as printed ("By CAO DESHENG"), for citing it verbatim. */
  bylinePrinted: string | null;
  /** The line that names the newspaper, as printed ("CHINA DAILY"). */
  newspaperPrinted: string | null;
  /** The section label over the headline ("World Internet Conference"). */
  kicker: string | null;
  /** The newspaper, from a credit "for …" or a line of furniture that matches the byline's e-mail domain. */
  newspaper: string | null;
  /** The author's e-mail as the byline gives it. */
  email: string | null;
  credits: PhotoCredit[];
}

export interface CleanArticle extends ArticleMeta {
  title: string | null;
  deck: string | null;
  byline: string | null;
  blocks: Block[];
  /** Lines taken out as debris (promotions, photo labels, captions, page furniture), in page order. */
  dropped: string[];
}

/**
 * An article as a structured format (Markdown, a web page) gives it: the parser already knows
 * headings, paragraphs, list items and quotations, so only the line-level debris rules apply.
 */
export interface Layout {
  title: string | null;
  /** The subtitle, when the format marks one (an emphasised line under a Markdown title). */
  deck?: string | null;
  /** The byline as the source gives it ("By Jane Doe", "Jane Doe"), when it does. */
  byline: string | null;
  blocks: Array<{ kind: 'heading' | 'paragraph' | 'item' | 'quotation' | 'caption'; text: string }>;
  /** What the parser left out (code, navigation, comments), a line each. */
  dropped: string[];
}

const BULLET = /^[•●▪◦‣·]\s*/u;
const ATTRIBUTION_DASH = /^[—–]\s*/u;
const TERMINAL = /[.!?…:;]["”’')\]]*$/u;
const FUNCTION_WORDS = new Set(
  'a an the and or nor but of to in on at by for with from as into onto than that which who whose its their his her our is are was were be been has have had will would can could should this these those'.split(' '),
);
// "Name Surname, role of Something" on a line of its own introduces the speaker of what follows.
const SPEAKER_LINE = /^(\p{Lu}[\p{L}'’.-]+(?: \p{Lu}[\p{L}'’.-]+){1,3}), (.+)$/u;
const BYLINE = /^By\s+(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,4})$/u;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const PHOTO_CREDIT = /^([\p{Lu}\d\s.'’-]+)\/\s*([\p{Lu}\s.'’-]+)$/u;
const PHOTO_LABEL = /^(?:photo|photograph|image|picture)s?\s*(?:by\b|:|\/)/i;
/** A promotion at the page's foot: "See more by scanning the code." Kept out of the passages; answers how to see more. */
export const PROMO = /\bscan(?:ning)?\b.*\b(?:QR )?code\b/i;

/**
 * Debris comes in short lines: a byline, an e-mail, a credit, a promotion, a label. Only lines
 * up to this length are matched against those shapes, so that a megabyte of one paragraph is
 * never fed to a pattern that backtracks.
 */
const SHAPED_MAX = 200;
/** A headline or deck is a line of a few words; a longer unpunctuated run is prose that lost its full stop. */
const HEADLINE_WORDS = 30;

function shaped(pattern: RegExp, line: string): boolean {
  return line.length <= SHAPED_MAX && pattern.test(line);
}

function shapedMatch(pattern: RegExp, line: string): RegExpExecArray | null {
  return line.length <= SHAPED_MAX ? pattern.exec(line) : null;
}

/** Markdown-style escapes such as `\$` that some copy tools add. */
function unescape(text: string): string {
  return text.replace(/\\([\\`*_{}[\]()#+\-.!$<>|~])/g, '$1');
}

function normalise(raw: string): string {
  return unescape(
    raw
      .replace(/^\uFEFF/, '')
      .replace(/\r\n?/g, '\n')
      .replace(/[\u200B-\u200D\u2060]/g, '')
      .replace(/\u00A0/g, ' '),
  );
}

/** A photo credit line ("WU HEPING / FOR CHINA DAILY"): who made the photo, and for whom. */
function photoCredit(line: string): PhotoCredit | null {
  const match = shapedMatch(PHOTO_CREDIT, line);
  if (!match) return null;
  const who = match[1]?.trim() ?? '';
  const whom = match[2]?.trim() ?? '';
  const organisation = /^FOR\s+/u.test(whom) ? titleCase(whom.replace(/^FOR\s+/u, '')) : whom ? titleCase(whom) : null;
  return { printed: line, name: titleCase(who), organisation };
}

/** "CAO DESHENG" → "Cao Desheng": names set in capitals on the page, written as a reader would. */
export function titleCase(text: string): string {
  return text.toLowerCase().replace(/(^|[\s'’-])(\p{Ll})/gu, (_, before: string, letter: string) => `${before}${letter.toUpperCase()}`);
}

function isShoutingFurniture(line: string): boolean {
  // A short line with letters but no lower case: the paper's name, a section kicker.
  return line.length <= SHAPED_MAX && /\p{L}/u.test(line) && !/\p{Ll}/u.test(line) && line.split(/\s+/).length <= 6;
}

function words(text: string): string[] {
  return text.split(/\s+/).filter(Boolean);
}

function isTerminated(text: string): boolean {
  return TERMINAL.test(text);
}

function startsLowercase(text: string): boolean {
  return /^\p{Ll}/u.test(text);
}

interface Draft {
  kind: 'text' | 'quotation';
  text: string;
  attribution?: string;
}

/** Cleans a scanned article page into title, byline and content blocks in reading order. */
export function cleanArticle(raw: string): CleanArticle {
  const shouting: string[] = [];
  const credits: PhotoCredit[] = [];
  let email: string | null = null;
  let byline: string | null = null;
  let bylinePrinted: string | null = null;
  let bylineAt: number | null = null;
  const drafts: Draft[] = [];
  const dropped: string[] = [];

  for (const chunk of normalise(raw).split(/\n[ \t]*\n/)) {
    const lines = chunk
      .split('\n')
      .map((line) => line.replace(/[ \t]+/g, ' ').trim())
      .filter(Boolean);
    if (lines.length === 0) continue;
    if (lines.some((line) => shaped(PROMO, line))) {
      dropped.push(...lines);
      continue;
    }
    const kept: string[] = [];
    for (const line of lines) {
      const bylineMatch = shapedMatch(BYLINE, line);
      const credit = photoCredit(line);
      if (bylineMatch && byline === null) {
        byline = bylineMatch[1] ?? null;
        bylinePrinted = line;
        bylineAt = drafts.length;
      } else if (shaped(EMAIL, line)) {
        email ??= line;
      } else if (credit) {
        credits.push(credit);
      } else if (shaped(PHOTO_LABEL, line)) {
        dropped.push(line);
      } else if (isShoutingFurniture(line)) {
        shouting.push(line);
      } else {
        kept.push(line);
      }
    }
    for (const [position, line] of kept.entries()) {
      const last = drafts.at(-1);
      if (BULLET.test(line)) {
        drafts.push({ kind: 'quotation', text: line.replace(BULLET, '') });
      } else if (ATTRIBUTION_DASH.test(line) && last?.kind === 'quotation' && last.attribution === undefined) {
        last.attribution = line.replace(ATTRIBUTION_DASH, '');
      } else if (last && last.kind === 'text' && position > 0) {
        // Lines of one block without a blank between them are one paragraph.
        last.text = `${last.text} ${line}`;
      } else {
        drafts.push({ kind: 'text', text: line });
      }
    }
  }

  const { title, deck, rest } = takeHeadline(drafts, bylineAt);
  const texts = joinBrokenSentences(rest);
  const blocks: Block[] = texts.map((draft, i) => classify(draft, texts[i + 1]));
  dropTrailingHeadings(blocks, dropped);
  const meta = articleMeta(shouting, credits, email);
  return { title, deck, byline: byline === null ? null : titleCase(byline), blocks, bylinePrinted, ...meta, dropped: [...dropped, ...unusedFurniture(shouting, meta)] };
}

/** A heading with nothing after it heads no section: a label left over at the page's end ("Online" over a promotion). */
function dropTrailingHeadings(blocks: Block[], dropped: string[]): void {
  const tail: string[] = [];
  while (blocks.at(-1)?.kind === 'heading') tail.unshift(blocks.pop()!.text);
  dropped.push(...tail);
}

/** Shouting lines that named neither the newspaper nor the section: debris. */
function unusedFurniture(shouting: string[], meta: Omit<ArticleMeta, 'bylinePrinted'>): string[] {
  const used = new Set([meta.newspaperPrinted, meta.kicker].filter((line): line is string => line !== null).map((line) => line.toLowerCase()));
  return shouting.filter((line) => !used.has(line.toLowerCase()));
}

/** A byline as a web page or front matter gives it: "By Jane Doe", "Jane Doe", "JANE DOE | Reuters". */
function bylineName(printed: string): string | null {
  const name = printed.replace(/^by\s+/i, '').split(/\s*[|,•·–—]\s*|\s+and\s+/u)[0]?.trim() ?? '';
  if (!name || name.split(/\s+/).length > 5 || !/^\p{Lu}/u.test(name)) return null;
  return /\p{Ll}/u.test(name) ? name : titleCase(name);
}

/**
 * The article of a structured format: headings, paragraphs, list items and quotations as the
 * parser found them, with the same line-level debris rules as a page of text (a byline line,
 * the author's e-mail, photo credits and labels, promotions, shouting furniture). A caption
 * is kept only for the credit it carries.
 */
export function cleanLayout(layout: Layout): CleanArticle {
  const shouting: string[] = [];
  const credits: PhotoCredit[] = [];
  const dropped = [...layout.dropped];
  const blocks: Block[] = [];
  let email: string | null = null;
  let bylinePrinted = layout.byline?.trim() || null;
  let byline = bylinePrinted ? bylineName(bylinePrinted) : null;
  const title = layout.title?.trim() || null;
  const credit = (line: string): boolean => {
    const found = photoCredit(line);
    if (found) credits.push(found);
    return found !== null;
  };
  for (const block of layout.blocks) {
    const lines = normalise(block.text)
      .split('\n')
      .map((line) => line.replace(/\s+/g, ' ').trim())
      .filter(Boolean);
    const text = lines.join(' ');
    if (!text) continue;
    if (block.kind === 'caption') {
      // "Visitors at the expo. WU HEPING / FOR CHINA DAILY": the credit is the caption's last sentence.
      const tail = text.split(/(?<=[.!?])\s+/u).at(-1) ?? text;
      if (!credit(tail) || tail !== text) dropped.push(tail === text ? text : text.slice(0, text.length - tail.length).trim());
      continue;
    }
    if (block.kind === 'heading') {
      // A page often repeats its title as its first heading.
      if (blocks.length > 0 || text.toLowerCase() !== title?.toLowerCase()) blocks.push({ kind: 'heading', text });
      continue;
    }
    if (block.kind === 'paragraph') {
      const bylineMatch = shapedMatch(BYLINE, text);
      if (bylineMatch && byline === null) {
        byline = titleCase(bylineMatch[1] ?? '');
        bylinePrinted = text;
        continue;
      }
      if (bylinePrinted !== null && text === bylinePrinted) continue;
      if (shaped(EMAIL, text)) {
        email ??= text;
        continue;
      }
      if (credit(text)) continue;
      if (shaped(PHOTO_LABEL, text) || shaped(PROMO, text)) {
        dropped.push(text);
        continue;
      }
      if (isShoutingFurniture(text)) {
        shouting.push(text);
        continue;
      }
    }
    if (block.kind === 'paragraph' || block.kind === 'item') {
      // "• words" then "— who said them", as a page of text writes a quotation; a list item
      // ending in such an attribution line is one too.
      if ((block.kind === 'paragraph' && BULLET.test(lines[0] ?? '')) || (block.kind === 'item' && lines.length > 1 && ATTRIBUTION_DASH.test(lines.at(-1) ?? ''))) {
        const attribution = lines.length > 1 && ATTRIBUTION_DASH.test(lines.at(-1) ?? '') ? (lines.at(-1) ?? '').replace(ATTRIBUTION_DASH, '') : undefined;
        const said = (attribution === undefined ? lines : lines.slice(0, -1)).join(' ').replace(BULLET, '');
        blocks.push(attribution === undefined ? { kind: 'quotation', text: said } : { kind: 'quotation', text: said, attribution });
        continue;
      }
    }
    blocks.push({ kind: block.kind === 'paragraph' ? 'paragraph' : block.kind, text });
  }
  const meta = articleMeta(shouting, credits, email);
  // Without a title from the format (no level-one heading, no front matter), the page's own
  // headline rule: its first short lines that end no sentence are the title and the deck.
  const head: string[] = [];
  while (title === null && head.length < 2) {
    const first = blocks[0];
    if (!first || first.kind !== 'paragraph' || isTerminated(first.text) || SPEAKER_LINE.test(first.text) || words(first.text).length > HEADLINE_WORDS) break;
    head.push(first.text);
    blocks.shift();
  }
  // Without headings of its own (plain text kept as .md), a short paragraph that ends no
  // sentence is a heading, as on a page of text; a speaker line introduces what follows.
  const marked = layout.blocks.some((block) => block.kind === 'heading');
  const classified = blocks.map((block, i): Block => {
    const next = blocks[i + 1];
    if (block.kind !== 'paragraph' || isTerminated(block.text)) return block;
    if (SPEAKER_LINE.test(block.text) && next !== undefined) return { kind: 'speaker', text: block.text };
    return !marked && words(block.text).length <= 12 && next !== undefined ? { kind: 'heading', text: block.text } : block;
  });
  dropTrailingHeadings(classified, dropped);
  return { title: title ?? head[0] ?? null, deck: layout.deck?.trim() || (head[1] ?? null), byline, bylinePrinted, blocks: classified, ...meta, dropped: [...dropped, ...unusedFurniture(shouting, meta)] };
}

/** The kicker is furniture over the headline; the newspaper is named by a credit or by the e-mail domain. */
function articleMeta(shouting: string[], credits: PhotoCredit[], email: string | null): Omit<ArticleMeta, 'bylinePrinted'> {
  const squash = (text: string): string => text.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
  const domain = email ? squash(email.split('@')[1]?.split('.')[0] ?? '') : '';
  const byDomain = domain ? shouting.find((line) => squash(line) === domain) : undefined;
  const forCredit = credits.find((credit) => credit.organisation && (!domain || squash(credit.organisation) === domain));
  const newspaper = byDomain ? titleCase(byDomain) : (forCredit?.organisation ?? null);
  const kicker = shouting.find((line) => !newspaper || squash(line) !== squash(newspaper));
  const newspaperPrinted = byDomain ?? (forCredit ? forCredit.printed : null);
  return { kicker: kicker ? titleCase(kicker) : null, newspaper, newspaperPrinted, email, credits };
}

/** A paragraph cut off mid-sentence by a column or page break continues in the next text block. */
function joinBrokenSentences(drafts: Draft[]): Draft[] {
  const joined: Draft[] = [];
  for (const draft of drafts) {
    const previous = joined.at(-1);
    if (previous && previous.kind === 'text' && draft.kind === 'text' && continuesInto(previous.text, draft.text)) {
      previous.text = `${previous.text} ${draft.text}`;
    } else {
      joined.push({ ...draft });
    }
  }
  return joined;
}

function continuesInto(text: string, next: string): boolean {
  if (isTerminated(text)) return false;
  if (startsLowercase(next)) return true;
  const lastWord = words(text).at(-1)?.toLowerCase() ?? '';
  if (FUNCTION_WORDS.has(lastWord)) return true;
  if (SPEAKER_LINE.test(text)) return false;
  // Headings are short; a long unterminated run of words is half a sentence.
  return words(text).length > 12 && !startsLowercase(text) && /\p{Ll}/u.test(text);
}

/**
 * The headline and its deck stand above the byline. Without a byline, the leading
 * unterminated lines are taken instead.
 */
function takeHeadline(
  drafts: Draft[],
  bylineAt: number | null,
): { title: string | null; deck: string | null; rest: Draft[] } {
  const head: string[] = [];
  let i = 0;
  const limit = bylineAt !== null && bylineAt <= 2 ? bylineAt : 2;
  while (i < drafts.length && head.length < limit) {
    const draft = drafts[i];
    if (!draft || draft.kind !== 'text' || isTerminated(draft.text) || SPEAKER_LINE.test(draft.text) || words(draft.text).length > HEADLINE_WORDS) break;
    head.push(draft.text);
    i += 1;
  }
  return { title: head[0] ?? null, deck: head[1] ?? null, rest: drafts.slice(i) };
}

function classify(draft: Draft, next: Draft | undefined): Block {
  if (draft.kind === 'quotation') {
    return draft.attribution === undefined
      ? { kind: 'quotation', text: draft.text }
      : { kind: 'quotation', text: draft.text, attribution: draft.attribution };
  }
  const text = draft.text;
  if (isTerminated(text)) return { kind: 'paragraph', text };
  if (SPEAKER_LINE.test(text) && next !== undefined) return { kind: 'speaker', text };
  if (words(text).length <= 12) return { kind: 'heading', text };
  return { kind: 'paragraph', text };
}

/** Splits a speaker line into the speaker's name and role. */
export function parseSpeakerLine(text: string): { name: string; role: string } | null {
  const match = SPEAKER_LINE.exec(text);
  return match?.[1] && match[2] ? { name: match[1], role: match[2] } : null;
}
