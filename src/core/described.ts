import { isPervasive, oncePerIndex } from './grounding.js';
import { dot } from './retrieve.js';
import type { KnowledgeIndex } from './index-store.js';
import type { Lexicon } from './lexicon.js';
import { organisationOf } from './passages.js';
import type { ReaderContext } from './reader.js';

/**
 * Members name a company the article quotes by what they know of it, not by its name: "the
 * american router maker", "the russian antivirus firm", "the networking equipment firm's exec".
 * The article never says what Cisco makes or where Kaspersky is from, but the model does, a
 * little: such a description is taken for the organisation one of the article's speakers speaks
 * for, when it is clearly nearer to that one than to any other. Written here because it decides
 * what a question is about, which is the bot's core; no library links descriptions to names.
 *
 * Measured on the shipped article (dot products of the model's vectors): "american networking
 * giant" is 0.57 to Cisco and 0.38 to the next; "russian antivirus firm" 0.60 to Kaspersky and
 * 0.28; "the korean phone maker" is 0.43 to Cisco but only 0.07 ahead of ChinaEU, "the chinese
 * telecom giant" 0.58 to ChinaEU but 0.53 to Cisco, "the russian search company" 0.43 to
 * Kaspersky and 0.12 ahead: none of those is taken.
 */

/** Nouns a description of a company ends with. Singular: "the internet security companies" are the article's own words. */
const COMPANY_HEADS = 'firm|company|maker|giant|vendor|manufacturer|provider|corporation|multinational|outfit|consultancy|developer|producer|brand|supplier|specialist';

/** Words a description follows: a determiner, or a preposition or auxiliary where a member left "the" out. */
const LEADS = 'the|that|this|for|from|at|of|by|with|did|does|do|is|was|has';

/**
 * "the american router maker", "that russian antivirus firm's": up to three words before the head, after "the", "that" or "this",
 * or after a preposition or auxiliary ("what scheme did us router maker use"). Only the determiner is replaced with the rest.
 * No word of the description is a determiner, so "is that the russian antivirus firm…" is matched from its "the".
 */
const DESCRIPTION = new RegExp(
  `\\b(?<lead>${LEADS}) (?:(?<det>the|that|this) )?(?<words>(?:(?!(?:the|that|this)\\b)[\\p{L}\\p{N}-]+ ){1,3}?)(?<head>${COMPANY_HEADS})\\b(?!-)`,
  'gu',
);
const DETERMINERS = new Set(['the', 'that', 'this']);

/** Nouns a description of someone by their company ends with: "the russian antivirus guy", "the american networking exec". */
const PERSON_HEADS = 'guy|dude|exec|executive|boss|rep|representative|spokesman|spokeswoman|spokesperson|official|vp|head|man|woman';
/** "The russian antivirus guy": someone described by what their company is, taken for the one the article quotes for it. */
const PERSON_DESCRIPTION = new RegExp(
  `\\b(?<lead>${LEADS}) (?:(?<det>the|that|this) )?(?<words>(?:(?!(?:the|that|this)\\b)[\\p{L}\\p{N}-]+ ){1,3}?)(?<head>${PERSON_HEADS})\\b(?!-)`,
  'gu',
);
const COMPANY_LAST = new RegExp(`\\b(?:${COMPANY_HEADS}) $`, 'u');

/** Whether a question has a head noun at all: most have none, and need not wait for the organisations' vectors. */
const DESCRIPTION_HEAD = new RegExp(`\\b(?:${COMPANY_HEADS}|${PERSON_HEADS})\\b`, 'u');

/** How near the description must be to the organisation, and how much nearer than to any other. */
export const DESCRIBED = { above: 0.4, aheadBy: 0.15 };

export interface Organisation {
  /** As the article writes it: "Cisco", "Roland Berger China". */
  name: string;
  /** Its vectors: the name, and the name with what the article says it is ("ChinaEU, an international association in Brussels…"). */
  vectors: Float32Array[];
  /** Whom the article quotes for it: "Anton Shingarev" for Kaspersky. */
  speakers: string[];
}

const tables = new WeakMap<KnowledgeIndex, Promise<Organisation[]>>();

/** The organisations the article's speakers speak for, with their vectors, once per index (four for the shipped article). */
export function quotedOrganisations(context: Pick<ReaderContext, 'index' | 'embed'>): Promise<Organisation[]> {
  return oncePerIndex(tables, context.index, () => {
    const found = new Map<string, string[]>();
    const speakers = new Map<string, Set<string>>();
    for (const passage of context.index.passages) {
      const organisation = passage.role ? organisationOf(passage.role) : null;
      if (!organisation) continue;
      if (passage.speaker) speakers.set(organisation.name, (speakers.get(organisation.name) ?? new Set()).add(passage.speaker));
      const texts = found.get(organisation.name) ?? [organisation.name];
      if (organisation.described && !texts.includes(organisation.described)) texts.push(organisation.described);
      found.set(organisation.name, texts);
    }
    const names = [...found.keys()];
    const texts = names.flatMap((name) => found.get(name)!);
    return (texts.length === 0 ? Promise.resolve([]) : context.embed(texts)).then((vectors) => {
      let at = 0;
      return names.map((name) => {
        const count = found.get(name)!.length;
        at += count;
        return { name, vectors: vectors.slice(at - count, at), speakers: [...(speakers.get(name) ?? [])] };
      });
    });
  });
}

export interface Description {
  /** As it stands in the question: "the american router maker". */
  text: string;
  /** What is embedded: "american router maker". */
  phrase: string;
  /** Of someone described by their company: the noun that says who ("guy" of "the russian antivirus guy"). */
  person?: string;
}

/**
 * The descriptions of a company in a normalised question that the article does not write: at least one word before the head
 * the article never uses, and no word of a quoted organisation's name ("the kaspersky company" is named already).
 */
export function descriptionsIn(normalised: string, lexicon: Lexicon, organisations: readonly Organisation[], everywhere: (word: string) => boolean = () => false): Description[] {
  // Not a word the article is about throughout ("china" of "Roland Berger China"): "the china telecom giant" names no one.
  const named = new Set(organisations.flatMap((organisation) => organisation.name.toLowerCase().split(' ')).filter((word) => !everywhere(word)));
  const found: Description[] = [];
  for (const [pattern, person] of [[DESCRIPTION, false], [PERSON_DESCRIPTION, true]] as const) {
    for (const match of normalised.matchAll(pattern)) {
      const { lead, det, words, head } = match.groups!;
      const before = words!.trim().split(' ');
      if (before.some((word) => named.has(word))) continue;
      if (before.every((word) => lexicon.words.has(word))) continue;
      // "The german consultancy boss": the company is described already, and the boss is its.
      if (person && COMPANY_LAST.test(words!)) continue;
      const determiner = det ?? (DETERMINERS.has(lead!) ? lead : undefined);
      // Someone is described by their company: "russian antivirus guy" is embedded as "russian antivirus firm", and only the
      // company's part is named ("the kaspersky guy").
      const text = `${determiner ? `${determiner} ` : ''}${words}`;
      found.push(person ? { text: text.trimEnd(), phrase: `${words}firm`, person: head! } : { text: `${text}${head}`, phrase: `${words}${head}` });
    }
  }
  return found;
}

/** The organisation a description stands for, when one is clearly nearest; null when none is. */
export function organisationNearest(vector: Float32Array, organisations: readonly Organisation[]): string | null {
  const scored = organisations
    .map((organisation) => ({ name: organisation.name, similarity: Math.max(...organisation.vectors.map((candidate) => dot(candidate, vector))) }))
    .sort((a, b) => b.similarity - a.similarity);
  const [best, next] = scored;
  if (!best || best.similarity < DESCRIBED.above) return null;
  if (next && best.similarity - next.similarity < DESCRIBED.aheadBy) return null;
  return best.name;
}

/**
 * The question with each description of a quoted organisation replaced by its name ("who spoke for the us router maker" →
 * "who spoke for cisco"), and what was replaced, as typed; null when nothing was. Read off the question as typed, lower-cased,
 * before it is analysed: the analysis is then done once, on the names.
 */
export async function withOrganisationsNamed(
  typed: string,
  context: Pick<ReaderContext, 'index' | 'embed' | 'understanding'>,
): Promise<{ text: string; named: Array<{ described: string; name: string; why?: string }> } | null> {
  const lower = typed.toLowerCase();
  if (!DESCRIPTION_HEAD.test(lower)) return null;
  const organisations = await quotedOrganisations(context);
  const everywhere = (word: string): boolean => isPervasive(word, context);
  const descriptions = organisations.length > 0 ? descriptionsIn(lower, context.understanding.lexicon, organisations, everywhere) : [];
  if (descriptions.length === 0) return null;
  const vectors = await context.embed(descriptions.map((description) => description.phrase));
  let text = lower;
  const named: Array<{ described: string; name: string; why?: string }> = [];
  descriptions.forEach((description, i) => {
    const name = organisationNearest(vectors[i]!, organisations);
    if (!name) return;
    // Someone described by their company is the one the article quotes for it, by name: "the russian antivirus guy" is Anton
    // Shingarev, whose every statement is then his ("how does the antivirus exec describe ties between the two neighbours").
    const speakers = organisations.find((organisation) => organisation.name === name)?.speakers ?? [];
    const described = description.person ? `${description.text} ${description.person}` : description.text;
    if (description.person && speakers.length === 1) {
      text = text.replace(described, speakers[0]!.toLowerCase());
      if (!named.some((earlier) => earlier.described === described)) named.push({ described, name: speakers[0]!, why: `the one the article quotes for ${name}; it does not describe ${name} so` });
      return;
    }
    text = text.replace(description.text, name.toLowerCase());
    // "Reading “the russian antivirus guy” as the guy from Kaspersky".
    const shown = description.person ? `the ${description.person} from ${name}` : name;
    if (!named.some((earlier) => earlier.described === described && earlier.name === shown)) named.push({ described, name: shown });
  });
  return named.length > 0 ? { text, named } : null;
}
