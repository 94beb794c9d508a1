import type { Citation } from './citations.js';
import { SHORT_QUOTATION } from './citations.js';
import { sentenceText } from './passages.js';
import type { Hit } from './retrieve.js';

/**
 * What the reader found, in the article's terms and free of wording: the article's own words
 * and who said them, facts about the article itself, why it cannot answer, what to ask
 * instead. `src/wording.ts` puts a finding into words.
 */

/** Words of the article that answer, with who said them when they are someone's. */
export interface Said {
  /** The sentence, or a short quotation whole. */
  text: string;
  /** Whose words they are (a quotation or a statement), or null for the article's own. */
  speaker: string | null;
  /** For a statement: the speaker's role, as printed. */
  role: string | null;
  /** For a quotation: what it was said in ("congratulatory message to the fifth World Internet Conference"). */
  occasion: string | null;
  /** Someone's words (a quotation or statement) rather than the article's narration. */
  quoted: boolean;
  /**
   * The occasion alone answers (a date asked, which the quotation's words do not hold): the reply gives who and when, and the words
   * are left to the excerpt.
   */
  occasionAnswers?: boolean;
}

/** A fact about an article itself, from its metadata. */
export type ArticleFact = { article: string | null } & (
  | { part: 'byline'; byline: string; newspaper: string | null }
  | { part: 'email'; email: string }
  | { part: 'newspaper'; newspaper: string }
  | { part: 'headline'; title: string }
  | { part: 'subtitle'; deck: string }
  | { part: 'photo credit'; name: string; organisation: string | null }
  | { part: 'topic'; title: string; deck: string | null }
  /** What the page says at its foot, after the article: "See more by scanning the code." */
  | { part: 'footer'; text: string }
  /** The heading of a box or section of the article ("President Xi's messages hail development"), or the page section it runs under. */
  | { part: 'section heading'; title: string; of: 'box' | 'section' | 'page' }
);

/** The kinds of place a member asks the article's list of: "which cities are mentioned", "list the countries in the article". */
export type PlaceKind = 'city' | 'country' | 'province' | 'place';

/** What an answer lacks, said in a refusal: the kinds of answer a question asks for, and a day or a time of day asked precisely. */
export const LACKING_KINDS = ['amount', 'duration', 'date', 'day', 'time', 'place', 'person', 'organisation', 'name'] as const;
export type LackingKind = (typeof LACKING_KINDS)[number];

/** Why the article cannot answer. Terms are as the member typed them. */
export type Refusal =
  | { why: 'missing'; terms: string[] }
  | { why: 'elsewhere'; terms: string[] }
  /** `kind`: the kind of answer the question named ("which country…"), said instead of the answer type's own word. */
  | { why: 'lacking'; answerType: LackingKind; kind?: string }
  | { why: 'not covered' }
  /** A comparison of which the article dates too little to say which came first. */
  | { why: 'unordered' }
  /** The question presumes something happened that the article does not report ("when was the law scrapped"). */
  | { why: 'not reported' }
  | { why: 'no own date' }
  /** What the author thinks ("is the writer biased"): a news report gives others' views, not its author's. */
  | { why: 'no own view' }
  /** Nothing in the question says what it is about ("ok but when", "who said that"): it leans on one asked before. */
  | { why: 'incomplete' }
  /** Only a greeting or thanks ("hi", "thanks!"): nothing is asked. */
  | { why: 'chat' }
  /** Asked in a language other than English, which the bot cannot read. */
  | { why: 'language' }
  /** Asks the bot what to do ("how can i protect myself from hackers"): an article reports, it advises no one. */
  | { why: 'advice' }
  /** Asks what was not said or done ("what did kaspersky not say", "which wic did xi not send a message to"). */
  | { why: 'negative' };

/** A question to suggest: what a speaker said about a topic, or what the article says about it. */
export interface Suggestion {
  speaker: string | null;
  topic: string | null;
}

/** One side of a comparison: what was named, its date as the article writes it, and the words. */
export interface ComparedSide {
  name: string;
  /** As the article writes it; null when the article gives this side no date. */
  date: string | null;
  said: Said;
}

/**
 * What the reader found, in the article's terms; the front ends put it into words. Items and
 * sides are cited in order: the n-th one by citation n.
 */
export type Finding =
  /**
   * `closest`: the passage is only the nearest the article comes to the question. It is not clearly about it
   * (similarity below `COVERAGE.answerAbove`), and a noun the question asks about is in it only by a related word.
   */
  | {
      kind: 'said';
      said: Said;
      closest: boolean;
      /** For a yes/no question that checks a place or a date ("is the wic held in beijing"): whether the answer's own says yes or no. */
      verdict?: 'yes' | 'no';
      /** For a question with a blank to fill ("open and ___ cyberspace"): the article's words there ("cooperative"). */
      filled?: string;
    }
  | { kind: 'list'; items: Said[] }
  | { kind: 'mentioned'; said: Said }
  /** `undecided`: the dates differ, but one is too coarse to order them ("2014" and "November 19, 2014"), or a side has none (then it is `second`, or both). */
  /** `gap`: how far apart the two dates are ("about 4 years"), when the question asks it. */
  /** `verdict`: for a yes/no question of the order ("was the 5th wic before the 4th"), whether the dates say yes or no. */
  | { kind: 'compared'; first: ComparedSide; second: ComparedSide; sameDate: boolean; undecided: boolean; gap?: string; verdict?: 'yes' | 'no' }
  /**
   * The people the article quotes; `asked` says what the question wanted of them: who they are, how many, or
   * the companies and organisations they speak for (then only those with one, by `organisation`).
   */
  | {
      kind: 'speakers';
      years: number[];
      /** The section asked about ("What they say"), or null for the whole article. */
      section: string | null;
      speakers: Array<{ name: string; role: string | null; organisation: string | null }>;
      asked: 'who' | 'how many' | 'organisations';
    }
  /** Who someone is, in the article's words: the titles it gives them and how it describes them ("director of …"), the n-th cited by citation n. */
  | {
      kind: 'person';
      name: string;
      descriptions: string[];
      /** For a yes/no question of a role ("is denis depoux the ceo of cisco"): whether the descriptions say yes or no. */
      verdict?: 'yes' | 'no';
    }
  /** The places of a kind the article names ("which cities are mentioned"), in the order it names them, the n-th cited by citation n. */
  | { kind: 'places'; asked: PlaceKind; names: string[] }
  /** How many of an event the article numbers ("the fifth World Internet Conference"): each ordinal it names, the n-th cited by citation n. */
  | { kind: 'counted'; name: string; ordinals: string[] }
  /** `verdict`: for a yes/no question of the article's paper or author ("is this from the global times"), whether it says yes or no. */
  | { kind: 'facts'; facts: ArticleFact[]; verdict?: 'yes' | 'no' }
  /**
   * A message that asks several questions ("when did the law take effect and how many users does china have"): each as typed, what
   * was found for it, and how many citations come before its own (its citation n is `n + before`).
   */
  | { kind: 'parts'; parts: Array<{ question: string; finding: Finding; before: number }> }
  | {
      kind: 'refused';
      refusal: Refusal;
      /** The title of the one article, or the labels of several: what the article is about instead. */
      about: string[];
      /** What to ask instead: close to this question, and checked to be answerable before it is offered. */
      suggestion: Suggestion | null;
    };

/** The reader's answer to a question: whether it answers, what it found, and the excerpts it rests on. */
export interface Reading {
  question: string;
  answered: boolean;
  finding: Finding;
  citations: Citation[];
  /**
   * What the question described and the article names, as it was read: a company ("the us router maker" → Cisco), or "this year"
   * (→ 2019, with `why`: the latest year the article reports). The reply says so.
   */
  readAs?: Array<{ described: string; name: string; why?: string }>;
}
/** The answer sentence, with who said it when the passage is a quotation or a statement. */
export function saidBy(hit: Hit): Said {
  const { passage } = hit;
  const sentence = sentenceText(passage, hit.sentence);
  if (passage.kind === 'quotation') {
    // A short quotation is evidence only whole: one sentence of it can miss what was said.
    const words = passage.attribution ? passage.text.slice(0, passage.text.lastIndexOf('\n')) : passage.text;
    const text = words.length <= SHORT_QUOTATION ? words : sentence;
    return { text, speaker: passage.speaker, role: null, occasion: passage.attribution, quoted: true };
  }
  if (passage.kind === 'statement' && passage.speaker) return { text: sentence, speaker: passage.speaker, role: passage.role, occasion: null, quoted: true };
  return { text: sentence, speaker: null, role: null, occasion: null, quoted: false };
}

/** Whether an answer is only the nearest the article comes to the question (or, for several questions, to one of them). */
export function isClosest(finding: Finding): boolean {
  if (finding.kind === 'parts') return finding.parts.some((part) => isClosest(part.finding));
  return finding.kind === 'said' && finding.closest;
}
