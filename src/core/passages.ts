import { type CleanArticle, parseSpeakerLine } from './clean.js';
import { splitSentences } from './sentences.js';

export type PassageKind = 'paragraph' | 'quotation' | 'statement';

/** A retrievable unit of the article: whole sentences of one paragraph, numbered in reading order. */
export interface Passage {
  /** Zero-based label, also the HNSW label. */
  id: number;
  /** The paragraph number shown to users (¶n), one-based within its article. */
  n: number;
  /** Index of its article in the corpus. */
  article: number;
  kind: PassageKind;
  /** Verbatim text of the article. A quotation keeps its attribution on a second line. */
  text: string;
  section: string | null;
  speaker: string | null;
  /** The speaker's role as the article gives it ("managing director of Roland Berger China"). */
  role: string | null;
  /** For a quotation: the attribution line without its dash. */
  attribution: string | null;
  /** Sentences as [start, end) offsets into `text`. */
  sentences: Array<[number, number]>;
}

export const DEFAULT_MAX_PASSAGE_CHARS = 700;

export const TITLES = 'President|Premier|Vice-President|Vice President|Minister|Chairman|Chairwoman|Secretary|Director|Professor|Prof\\.|Dr\\.|Mr\\.|Mrs\\.|Ms\\.';
const NAME = "\\p{Lu}[\\p{Ll}'’-]+(?: \\p{Lu}[\\p{Ll}'’-]+){0,2}";
export const SPEECH_VERBS = 'said|says|stressed|underlined|highlighted|called for|proposed|noted|added|urged|believes|warned';
const GROUPS = 'experts|officials|analysts|researchers|observers';

/** Whether a speaker is a group the article reports ("experts said"), not a person it quotes. */
export function isGroupSpeaker(speaker: string): boolean {
  return new RegExp(`^(?:${GROUPS})$`, 'u').test(speaker);
}

/** Full personal names the article mentions, found by their titles, speaker lines and "said X". */
export function collectPeople(article: CleanArticle): string[] {
  const people = new Set<string>();
  const text = [article.deck ?? '', ...article.blocks.map((block) => block.text)].join('\n');
  for (const block of article.blocks) {
    if (block.kind === 'speaker') {
      const speaker = parseSpeakerLine(block.text);
      if (speaker) people.add(speaker.name);
    }
  }
  const patterns = [
    new RegExp(`\\b(?:${TITLES}) (\\p{Lu}[\\p{Ll}'’-]+ \\p{Lu}[\\p{Ll}'’-]+)`, 'gu'),
    new RegExp(`\\bsaid (\\p{Lu}[\\p{Ll}'’-]+ \\p{Lu}[\\p{Ll}'’-]+),`, 'gu'),
  ];
  for (const pattern of patterns) {
    for (const match of text.matchAll(pattern)) if (match[1]) people.add(match[1].replace(/['’]s$/u, ''));
  }
  return [...people];
}

/** Resolves "Xi", "President Xi" or "Shingarev" to the full name the article uses elsewhere. */
export function resolvePerson(mention: string, people: string[]): string | null {
  const bare = mention.replace(new RegExp(`^(?:${TITLES})\\s+`, 'u'), '').trim();
  if (!bare) return null;
  const exact = people.find((person) => person === bare);
  if (exact) return exact;
  const tokens = bare.split(' ');
  return (
    people.find((person) => {
      const parts = person.split(' ');
      return tokens.every((token) => parts.includes(token));
    }) ?? null
  );
}

/** The person a paragraph of reported speech attributes its content to, if any. */
function attributedSpeaker(text: string, people: string[], previous: string | null): string | null {
  const patterns = [
    new RegExp(`(?:^|[.,;]\\s|\\s)((?:(?:${TITLES}) )?${NAME}|[Hh]e|[Ss]he|${GROUPS})(?:, [^,]{1,120},)? (?:also )?(?:${SPEECH_VERBS})\\b`, 'u'),
    new RegExp(`\\b(?:${SPEECH_VERBS}) ((?:(?:${TITLES}) )?${NAME})`, 'u'),
  ];
  const found: Array<{ at: number; speaker: string }> = [];
  for (const pattern of patterns) {
    const match = pattern.exec(text);
    const mention = match?.[1];
    if (!match || !mention) continue;
    let speaker: string | null;
    if (/^(?:he|she)$/i.test(mention)) speaker = previous;
    else if (isGroupSpeaker(mention)) speaker = mention;
    else speaker = resolvePerson(mention, people);
    if (speaker) found.push({ at: match.index, speaker });
  }
  found.sort((a, b) => a.at - b.at);
  return found[0]?.speaker ?? null;
}

/** The person named with a possessive in a heading, such as "President Xi's messages". */
function headingOwner(heading: string, people: string[]): string | null {
  const match = new RegExp(`((?:(?:${TITLES}) )?${NAME})['’]s\\b`, 'u').exec(heading);
  return match?.[1] ? resolvePerson(match[1], people) : null;
}

/**
 * Packs pieces into chunks of at most `maxChars`, joining them with a space. Linear: each piece
 * is looked at once.
 */
function pack(pieces: string[], maxChars: number): string[] {
  const chunks: string[] = [];
  let current = '';
  for (const piece of pieces) {
    if (current && current.length + 1 + piece.length > maxChars) {
      chunks.push(current);
      current = piece;
    } else {
      current = current ? `${current} ${piece}` : piece;
    }
  }
  if (current) chunks.push(current);
  return chunks;
}

/**
 * A sentence longer than `maxChars` cut into pieces that fit: at clause boundaries (after a
 * semicolon, colon, comma or dash), then at spaces, then, for a run without any, every
 * `maxChars` characters.
 */
export function splitLongSentence(sentence: string, maxChars: number): string[] {
  if (sentence.length <= maxChars) return [sentence];
  const clauses = pack(sentence.split(/(?<=[;:,\u2013\u2014])\s+/u), maxChars);
  return clauses.flatMap((clause) => {
    if (clause.length <= maxChars) return [clause];
    return pack(clause.split(/\s+/u), maxChars).flatMap((words) => {
      if (words.length <= maxChars) return [words];
      const cut: string[] = [];
      for (let at = 0; at < words.length; at += maxChars) cut.push(words.slice(at, at + maxChars));
      return cut;
    });
  });
}

/** Packs sentences into chunks of at most `maxChars`: whole sentences when they fit, a long one cut at its clauses. */
function chunkSentences(text: string, maxChars: number): string[] {
  if (text.length <= maxChars) return [text];
  return pack(splitSentences(text).flatMap((sentence) => splitLongSentence(sentence.text, maxChars)), maxChars);
}

/** Splits a cleaned article into numbered passages that know their section and speaker. */
/** Where an article's passages go in a corpus: its index, and the id of its first passage. */
export interface Placement {
  article: number;
  firstId: number;
}

export function splitPassages(article: CleanArticle, at: Placement = { article: 0, firstId: 0 }, maxChars = DEFAULT_MAX_PASSAGE_CHARS): Passage[] {
  const people = collectPeople(article);
  const passages: Passage[] = [];
  let section: string | null = null;
  let sectionOwner: string | null = null;
  let statementBy: { name: string; role: string } | null = null;
  let previousSpeaker: string | null = null;

  const push = (
    kind: PassageKind,
    text: string,
    speaker: string | null,
    role: string | null,
    attribution: string | null,
  ): void => {
    const sentences = splitSentences(text).map((span): [number, number] => [span.start, span.end]);
    const n = passages.length + 1;
    passages.push({ id: at.firstId + n - 1, n, article: at.article, kind, text, section, speaker, role, attribution, sentences });
  };

  for (const block of article.blocks) {
    switch (block.kind) {
      case 'heading':
        section = block.text;
        sectionOwner = headingOwner(block.text, people);
        statementBy = null;
        previousSpeaker = null;
        break;
      case 'speaker':
        statementBy = parseSpeakerLine(block.text);
        break;
      case 'quotation': {
        const text = block.attribution ? `${block.text}\n— ${block.attribution}` : block.text;
        push('quotation', text, sectionOwner, null, block.attribution ?? null);
        break;
      }
      case 'paragraph':
      case 'item':
        for (const chunk of chunkSentences(block.text, maxChars)) {
          if (statementBy) {
            push('statement', chunk, statementBy.name, statementBy.role, null);
          } else {
            const speaker = attributedSpeaker(chunk, people, previousSpeaker);
            push('paragraph', chunk, speaker, null, null);
            if (speaker) previousSpeaker = speaker;
          }
        }
        break;
    }
  }
  return passages;
}

/** The text of one sentence of a passage. */
export function sentenceText(passage: Passage, index: number): string {
  const span = passage.sentences[index];
  return span ? passage.text.slice(span[0], span[1]) : '';
}

/** How many of a passage's sentences can be an answer: all but a quotation's attribution line, which is metadata. */
export function answerableSentences(passage: Passage): number {
  return passage.attribution !== null && passage.sentences.length > 1 ? passage.sentences.length - 1 : passage.sentences.length;
}

/** The paragraph before one in the same article and section, which it may go on from. */
export function previousInSection(passages: readonly Passage[], passage: Passage): Passage | null {
  const previous = passages[passage.id - 1];
  // A statement does not go on from someone else's: Cisco's words from Roland Berger's. It does from narration (no speaker).
  const someoneElse = passage.speaker !== null && previous?.speaker != null && previous.speaker !== passage.speaker;
  return previous && previous.article === passage.article && previous.section === passage.section && !someoneElse ? previous : null;
}

/**
 * The paragraph a paragraph goes on from when it opens with a pronoun for a person ("He also
 * stressed…" after "Speaking at a national conference … in April 2018, Xi…"): who "he" is, and
 * when, are in that one. Not "It" or "They", which often open with no one ("It is expected…").
 * Null otherwise, or across articles and sections.
 */
export function continuedFrom(passages: readonly Passage[], passage: Passage): Passage | null {
  return /^(?:He|She)\b/u.test(passage.text) ? previousInSection(passages, passage) : null;
}

/** The text embedded for a passage: who speaks gives the vector the context a reader has. */
export function passageEmbeddingText(passage: Passage): string {
  const who = passage.speaker ? `${passage.speaker}${passage.role ? `, ${passage.role}` : ''}: ` : '';
  return `${who}${passage.text}`;
}

/** The organisation a speaker's role says they speak for: "global innovation officer of Cisco" → "Cisco"; with what follows it, when the role describes it. */
export function organisationOf(role: string): { name: string; described: string | null } | null {
  const match = /\b(?:of|at|from|for) (\p{Lu}[\p{L}\p{N}-]*(?: \p{Lu}[\p{L}\p{N}-]*)*)(,.*)?$/u.exec(role);
  if (!match) return null;
  return { name: match[1]!, described: match[2] ? `${match[1]}${match[2]}` : null };
}
