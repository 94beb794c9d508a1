/**
 * Turns a newspaper page, as scanned or copied to text, into the article's own blocks.
 *
 * Pages carry layout debris (photo credits, the paper's name, QR-code promos, the byline
 * e-mail) and page columns break sentences across blank lines. The rules below are about
 * the shape of such debris, not this article's strings, so another page of the same kind
 * gets the same treatment.
 */

export type BlockKind = 'paragraph' | 'heading' | 'quotation' | 'speaker';

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
const EMAIL = /^\S+@\S+\.\S+$/;
const PHOTO_CREDIT = /^([\p{Lu}\d\s.'’-]+)\/\s*([\p{Lu}\s.'’-]+)$/u;
const PHOTO_LABEL = /^(?:photo|photograph|image|picture)s?\s*(?:by\b|:|\/)/i;
const PROMO = /\bscan(?:ning)?\b.*\b(?:QR )?code\b/i;

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

/** "CAO DESHENG" → "Cao Desheng": names set in capitals on the page, written as a reader would. */
export function titleCase(text: string): string {
  return text.toLowerCase().replace(/(^|[\s'’-])(\p{Ll})/gu, (_, before: string, letter: string) => `${before}${letter.toUpperCase()}`);
}

function isShoutingFurniture(line: string): boolean {
  // A short line with letters but no lower case: the paper's name, a section kicker.
  return /\p{L}/u.test(line) && !/\p{Ll}/u.test(line) && line.split(/\s+/).length <= 6;
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

  for (const chunk of normalise(raw).split(/\n[ \t]*\n/)) {
    const lines = chunk
      .split('\n')
      .map((line) => line.replace(/[ \t]+/g, ' ').trim())
      .filter(Boolean);
    if (lines.length === 0) continue;
    if (lines.some((line) => PROMO.test(line))) {
      continue;
    }
    const kept: string[] = [];
    for (const line of lines) {
      const bylineMatch = BYLINE.exec(line);
      if (bylineMatch && byline === null) {
        byline = bylineMatch[1] ?? null;
        bylinePrinted = line;
        bylineAt = drafts.length;
      } else if (EMAIL.test(line)) {
        email ??= line;
      } else if (PHOTO_CREDIT.test(line)) {
        const [, who = '', whom = ''] = PHOTO_CREDIT.exec(line) ?? [];
        const organisation = /^FOR\s+/u.test(whom.trim()) ? titleCase(whom.trim().replace(/^FOR\s+/u, '')) : null;
        credits.push({ printed: line, name: titleCase(who.trim()), organisation: organisation ?? (whom.trim() ? titleCase(whom.trim()) : null) });
      } else if (PHOTO_LABEL.test(line)) {
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
  return { title, deck, byline: byline === null ? null : titleCase(byline), blocks, bylinePrinted, ...articleMeta(shouting, credits, email) };
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
    if (!draft || draft.kind !== 'text' || isTerminated(draft.text) || SPEAKER_LINE.test(draft.text)) break;
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
