/**
 * Messages that ask several things at once: "whn did the cyber law take effect and how many internet users does china have".
 * Members type them as they would to a person; each question is read on its own and answered in turn.
 */
import { ORDINALS } from './lexicon.js';

/** What opens a question of its own: a question word, or a verb opening a yes/no question. */
const OPENS_QUESTION =
  '(?:what|whats|wat|wut|when|whn|wen|where|wher|who|whos|whom|whose|which|wich|how|why|by when|since when|in (?:what|which|wich|wat)|at (?:what|which|wich|wat)|on (?:what|which|wich|wat)|is|are|was|were|did|does|do|has|have|can|will)\\b';
/** After a comma, only a question word with what asks ("where's the park, how many companies, when did building start"), not a clause ("…, when he spoke"). */
const AFTER_COMMA = "(?:(?:what|when|where|who|which|how|why)(?:'s|s)?\\s+(?:is|are|was|were|did|does|do|has|have|can|will|many|much|long|often|old)\\b|(?:what|when|where|who)'?s\\b)";
/** Where a message goes on to another question: "…? and when…", "…; who…", "… and how many…", "… n when…", "… + by when…". */
const NEXT_QUESTION_NO_COMMA = new RegExp(`(?:\\?\\s*(?:(?:and|also|&|\\+|plus)\\s+)?|;\\s*|,?\\s+(?:and also|and|n|&|\\+|also|plus)\\s+)(?=${OPENS_QUESTION})`, 'iu');
/** Or at a comma before a question word with what it asks. */
const NEXT_QUESTION = new RegExp(`${NEXT_QUESTION_NO_COMMA.source}|,\\s+(?=${AFTER_COMMA})`, 'iu');
/** A question of its own from its first word: a question word with what it asks, or a verb opening a yes/no question. */
const ASKS_ITSELF = new RegExp(`^(?:${AFTER_COMMA}|(?:is|are|was|were|did|does|do|has|have|can|will)\\b)`, 'iu');
const ASKS = new RegExp(`(?:^|\\s)${OPENS_QUESTION}`, 'iu');

/**
 * The questions one message asks: "whn did the cyber law take effect and how many internet users does china have" is two. Each
 * must be a question of at least three words ("who founded it and when" is one, asking two things of one subject), and the first
 * must ask something too ("the paper shows china as a promoter and what two other roles" is one question). One message asks at
 * most three; a longer run is read whole.
 */
export function questionsIn(message: string, written: (phrase: string) => boolean = () => false): string[] {
  const trailing = trailingQuestionWord(message) ?? twoQuestionWords(message);
  if (trailing) return trailing;
  // Numbered ones first: "when were the 1st and 5th wic" is of the first wic and the fifth, not of "the 1st" and "5th wic".
  const shared = eachNumbered(message) ?? sharedFrame(message, written);
  if (shared) return shared;
  const split = (separators: RegExp): string[] =>
    message
      .replace(/\s+/g, ' ')
      .trim()
      .split(new RegExp(separators.source, 'giu'))
      .map((part) => part.replace(/^[\s,;:.!?-]+|[\s,;:.!?-]+$/g, ''));
  // Split at a comma only where what comes first asks too: not "when xi spoke in april 2018, what did he stress".
  const byComma = split(NEXT_QUESTION);
  const withoutComma = split(NEXT_QUESTION_NO_COMMA);
  const parts = byComma.length > withoutComma.length && !ASKS_ITSELF.test(byComma[0]!) ? withoutComma : byComma;
  if (parts.length < 2 || parts.length > 3) return [message];
  if (parts.some((part) => part.split(' ').length < 3)) return [message];
  const first = parts[0]!;
  if (!ASKS.test(first) && !/\?/.test(message.slice(0, message.indexOf(first) + first.length + 1))) return [message];
  // "is the wic in beijing and who are depoux and diedrich": a question of them may itself be asked of each; at most three in all.
  const each = parts.flatMap((part) => sharedFrame(part, written) ?? [part]);
  return each.length <= 3 ? each : parts;
}

/** A question and a question word after it that asks the same of something else: "what year did the 2nd wic happen and where". */
const TRAILING_WORD = /^(.+?)[\s,;]+(?:and|&|n|plus)\s+(where|when|who|why|how)\s*[?!.]*$/iu;
/** What a question asks of, after its question words: "what year did | the 2nd wic happen", "when was | the law passed". */
const ASKED_OF = /^(?:(?:what|which) (?:[a-z]+ ){0,2}?|when |where |who |why |how (?:many |much |long )?(?:[a-z]+ )?)(did|does|do|was|is|were|are|has|have|will)\s+(.+?)[\s?!.]*$/iu;

/** "What year did the 2nd wic happen and where": the same question asked with the trailing question word ("where did the 2nd wic happen"). Null for any other message. */
function trailingQuestionWord(message: string): string[] | null {
  const trailing = TRAILING_WORD.exec(message.replace(/\s+/g, ' ').trim());
  if (!trailing) return null;
  const [, first, word] = trailing;
  const asked = ASKED_OF.exec(first!);
  return asked ? [first!, `${word!.toLowerCase()} ${asked[1]!.toLowerCase()} ${asked[2]!}`] : null;
}

/** Two question words asked of one thing, before its verb: "when n where is the wic"; not "when and how much will it make". */
const TWO_WORDS = /^(?:(?:so|ok|okay|hey|yo|wait)[\s,]+)*(when|where|who|why|how)\s+(?:and|&|n|\+|or)\s+(when|where|who|why|how)\s+((?:is|are|was|were|did|does|do|will|would|has|have|had|can|could|should)\b.*?)[\s?!.]*$/iu;

/** "when n where is the wic": each question word asked of what follows ("when is the wic", "where is the wic"). Null for any other message. */
function twoQuestionWords(message: string): string[] | null {
  const match = TWO_WORDS.exec(message.replace(/\s+/g, ' ').trim());
  if (!match || match[1]!.toLowerCase() === match[2]!.toLowerCase()) return null;
  return [`${match[1]!.toLowerCase()} ${match[3]!}`, `${match[2]!.toLowerCase()} ${match[3]!}`];
}

const COMPARES = /\b(?:between|apart|gap|difference|differ|compare|compared|comparison|came first|come first|earlier|later|sooner|before|after|from|both|together|same|versus|vs)\b/iu;
const ORDINAL = `(?:${ORDINALS.slice(1, 11).join('|')}|1st|2nd|3rd|[4-9]th|10th)`;
const NUMBERED = new RegExp(`^(.*?\\bthe )(${ORDINAL})((?:\\s*,\\s*(?:the )?${ORDINAL})*),?\\s+(?:and|&|n)\\s+(?:the )?(${ORDINAL})(\\s+\\S.*)$`, 'iu');

/**
 * "when did the 1st, 3rd and 5th wic happen": one question asked of two or three of a numbered event, each a question of its own
 * ("when did the 1st wic happen"…). Null for any other message.
 */
function eachNumbered(message: string): string[] | null {
  const match = NUMBERED.exec(message.replace(/\s+/g, ' ').trim());
  // Not a comparison of them: "how long between the 1st and 5th wic", "which came first, the 2nd and 3rd wic".
  if (!match || COMPARES.test(message)) return null;
  const [, before, first, middle, last, after] = match as unknown as [string, string, string, string, string, string];
  const ordinals = [first, ...(middle.match(new RegExp(ORDINAL, 'giu')) ?? []), last];
  if (ordinals.length > 3) return null;
  // Each asked of one: "when were the 1st and 5th wic" asks "when was the 1st wic".
  const asOne = before.replace(/\b(are|were|r)(?= the $)/iu, (verb: string) => ONE_OF[verb.toLowerCase()] ?? verb);
  return ordinals.map((ordinal) => `${asOne}${ordinal}${after}`);
}

/** The verb after the question word, as asked of one thing: "who are a and b" asks "who is a" and "who is b". */
const ONE_OF: Record<string, string> = { is: 'is', "'s": 'is', s: 'is', are: 'is', r: 'is', was: 'was', were: 'was' };
/** Words that open a clause, not a thing: "what is x and how…" goes on to a question of its own. */
const CLAUSE = /^(?:what|when|where|who|which|how|why|is|are|was|were|did|does|do|has|have|can|will|would|should|could|not|also|then|so)\b/;

/**
 * "who are denis depoux, guy diedrich and anton shingarev", "when was the 4th wic and the 5th wic": who, when or where, asked of
 * two or three things, each a question of its own. Not "what": "what are the mutual support and mutual trust principles" asks of
 * one thing. `written` says whether the article writes two words so joined ("cybersecurity and informatization"). Null for any other message.
 */
function sharedFrame(message: string, written: (phrase: string) => boolean): string[] | null {
  const match = /^(?:(?:hey|so|ok|okay|yo|lol|quick q|bot)[\s,]+)*(who|when|where)(?:\s+(is|are|was|were|r)|('s|s))\s+(.+?)[\s?!.]*$/iu.exec(message.replace(/\s+/g, ' ').trim());
  if (!match) return null;
  const [, asked, verb, joined, rest] = match as unknown as [string, string, string | undefined, string | undefined, string];
  // Not two words the article writes joined: "when was the national conference on cybersecurity and informatization" is one name.
  const pairs = [...rest.toLowerCase().matchAll(/([\p{L}\p{N}-]+) (?:and|&|n) ([\p{L}\p{N}-]+)/gu)];
  if (pairs.some((pair) => written(`${pair[1]!} and ${pair[2]!}`))) return null;
  const things = rest.split(/\s*,\s*(?:and\s+|&\s+)?|\s+(?:and|&|n)\s+/iu).filter(Boolean);
  if (things.length < 2 || things.length > 3) return null;
  // Not things that share a head: "who is the president of china and russia" is not asked of Russia.
  if (things.some((thing) => thing.split(' ').length > 5 || CLAUSE.test(thing.toLowerCase()) || / of /iu.test(` ${thing} `))) return null;
  const one = ONE_OF[(verb ?? joined ?? '').toLowerCase()] ?? 'is';
  return things.map((thing) => `${asked.toLowerCase()} ${one} ${thing}`);
}

/** What a member says about themselves around a question: "i", "my", "we", "lol". A long message with none of them is one long question. */
const CHATTER = /\b(?:i|i'm|im|i've|ive|i'd|id|my|me|we|our|us|lol|lmao|bruh|ngl|tbh|idk)\b/iu;
/** Where chatter goes on to something else: a mark, or a word that joins two things said. */
const CLAUSE_BREAK = /\s*[,;:!?.]+\s+|\s*[,;:!?.]+$|\s+(?:but|so|and then|then|cause|cuz|because|bc|anyway|and)\s+/iu;
/** Words a member opens with, before the question itself: "so", "ok", "quick one". */
const LEAD = /^(?:(?:so|ok|okay|anyway|but|and|yeah|yea|like|basically|also|well|um|uh|tbh|ngl|yo|bruh|lol|quick one|quick q|quick question|real quick|one thing)\s+)+/iu;
/** A question from its first word: a question word, or a verb opening a yes/no question (not "do you think", which asks an opinion). */
const DIRECT = /^(?:what|which|who|whom|whose|when|where|why|how|(?:is|are|was|were|did|does|do|has|have|can|will)\s+(?!(?:you|u|ya|i|we)\b))\b/iu;
/** A question asked inside what is told: "someone asked what the cisco guy's title is", "i was wondering how much…". */
const EMBEDDED = /\b(?:asked|asking|ask|wondering|wondered|wonder|know|knew|curious|tell me|remind me|explain)\s+(?:me\s+)?((?:what|which|who|whom|whose|when|where|why|how)\b.*)$/iu;
/** Said after a question and no part of it: "…did china have again", "…is it tho". */
const TRAILER = /(?:\s+(?:again|tho|though|lol|exactly|actually|anyway|rn|now|btw|pls|please|for me))+$/iu;
/** A thing a member points at before asking of it: "this park they're building", "china's internet conference", "that quote". */
const POINTED = /\b(?:(?:this|that|the|these|those)\s+|[\p{L}-]+'s\s+)((?:[\p{L}-]+\s+){0,2}[\p{L}-]+)/giu;
/** What a question asks of by a pronoun: "where is it held", "which year was that said in". */
const IT = /\b(?:it|that|this|they|them)\b/iu;

/**
 * The one question buried in a long message of chatter: "ok so i was supposed to be studying… anyway my prof mentioned this article,
 * how many internet users did china have again, cause i gotta put it in a slide" asks "how many internet users did china have".
 * Only in a message of at least 25 words that says something of the member ("i", "my", "lol"): a long question without them is
 * read whole. The question is the clause that asks, with the most words of its own; "it" in it is the thing the member pointed at
 * before ("theres this park they're building… how much is it supposed to produce") when the article has that thing's last word.
 * `written` says whether the article has a word. Null when there is no such question.
 */
export function buriedQuestion(message: string, written: (word: string) => boolean): string | null {
  const text = message.replace(/\s+/g, ' ').replace(/[’‘]/g, "'").trim();
  if (text.split(' ').length < 25 || !CHATTER.test(text)) return null;
  const clauses = text.split(new RegExp(CLAUSE_BREAK.source, 'giu')).map((clause) => clause.trim()).filter(Boolean);
  const asked: Array<{ at: number; question: string; own: number }> = [];
  clauses.forEach((clause, at) => {
    const plain = clause.replace(LEAD, '');
    const question = (DIRECT.test(plain) ? plain : EMBEDDED.exec(plain)?.[1])?.replace(TRAILER, '');
    if (!question || question.split(' ').length < 3 || CHATTER.test(question)) return;
    const own = question.toLowerCase().split(' ').filter((word) => !IT.test(word) && written(word) && word.length > 3).length;
    asked.push({ at, question, own });
  });
  if (asked.length === 0) return null;
  const best = asked.reduce((a, b) => (b.own > a.own ? b : a));
  if (!IT.test(best.question)) return best.question;
  for (let at = best.at - 1; at >= 0; at -= 1) {
    const pointed = [...clauses[at]!.matchAll(POINTED)]
      .map((match) => match[0].split(/\s+(?:is|are|was|were|they|they're|theyre|who|which|that|where|when|he|she|it|i|we|you)\b/iu)[0]!)
      .find((phrase) => written(phrase.toLowerCase().split(' ').at(-1)!) && !CHATTER.test(phrase) && !/\b(?:being|like|kinda|sorta|thing|stuff)\b/iu.test(phrase));
    if (pointed) return best.question.replace(IT, pointed.replace(/^(?:this|that|these|those)\b/iu, 'the'));
  }
  return best.question;
}
