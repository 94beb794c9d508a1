import type { ArticleFact, Finding, PlaceKind, Reading, Refusal, Said, Suggestion } from './core/finding.js';
import type { SourceError } from './core/article.js';
import type { ModelError } from './core/embedder.js';
import { ACCEPTED_FILES } from './core/formats.js';
import type { LockHolder } from './core/store.js';
import { type Span, user } from './reply.js';

/**
 * The bot's voice: what the reader found (`src/core` says it in data) put into the sentences
 * members read on Discord, in the console and in the command line's JSON `answer` field.
 */

/** A reading with its answer in words: what every front end shows, and the command line's JSON. */
export interface Answer extends Reading {
  answer: string;
}

export function worded(reading: Reading): Answer {
  // "Reading … as …" says what was assumed, and why, before the answer rests on it.
  const readAs = (reading.readAs ?? []).map(({ described, name, why }) => `Reading “${described}” as ${name} (${why ?? 'the company the article quotes; it does not describe it so'}).\n`).join('');
  return { ...reading, answer: `${readAs}${say(reading.finding)}` };
}

/** Told to whoever asks for a reindex while one runs: who asked for that one, and since when. */
export function reindexBusy(holder: LockHolder): Span[] {
  const since = new Date(holder.since);
  const at = Number.isNaN(since.getTime()) ? '' : ` at ${since.toISOString().slice(11, 16)} UTC`;
  const by: Span[] = holder.requestedBy === null ? [] : /^\d{17,20}$/.test(holder.requestedBy) ? [' by ', user(holder.requestedBy)] : [` from the ${holder.requestedBy}`];
  return ['A reindex is already running (started', ...by, `${at}). Try again when it has finished.`];
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** The article's words, with who said them: `Xi Jinping, in a keynote speech: “…”`. */
export function saidText(said: Said): string {
  if (!said.quoted) return said.text;
  // "When did the wic start": "Xi Jinping, in a congratulatory message to the first World Internet Conference on November 19, 2014."
  if (said.occasion && said.occasionAnswers) return `${said.speaker ?? 'The article'}, in a ${said.occasion}.`;
  if (said.occasion) return `${said.speaker ?? 'The article'}, in a ${said.occasion}: “${said.text}”`;
  return `${said.speaker ?? 'The article'}${said.role ? ` (${said.role})` : ''}: “${said.text}”`;
}

/** A topic as a reader would write it after "about": "the global internet governance system", but "Wuzhen", "some level of regulation", "854 million users". */
function withArticle(topic: string): string {
  // A name made of common words takes "the" too: "the World Internet Conference", "the Cyber Security Law".
  const named = /^\p{Lu}.* (?:Conference|Law|Strategy|Center|Centre|Commission|Week|Bureau|Council|Association|Forum|Program|Programme|Initiative|Road|Park)$/u.test(topic);
  const common = /^\p{Ll}/u.test(topic) && !/^(?:the|a|an|its|their|his|her|our|this|that|these|those|some|any|many|much|more|most|over|under|about|all|each|every|no|such|\d)\b/u.test(topic);
  return named || common ? `the ${topic}` : topic;
}

/** The question a refusal suggests. */
export function suggestedQuestion({ speaker, topic }: Suggestion): string {
  if (speaker) return topic ? `What did ${speaker} say about ${withArticle(topic)}?` : `What did ${speaker} say?`;
  return `What does the article say about ${topic ? withArticle(topic) : 'it'}?`;
}

/** At most three names, then how many more: a refusal stays short whatever was typed. */
function eitherOf(words: string[]): string {
  const shown = words.slice(0, 3);
  if (words.length > 3) return `${shown.join(', ')} or ${words.length - 3} more`;
  return shown.length <= 1 ? (shown[0] ?? '') : `${shown.slice(0, -1).join(', ')} or ${shown.at(-1)}`;
}

const LACKING: Record<Extract<Refusal, { why: 'lacking' }>['answerType'], string> = {
  amount: 'The article does not give that figure.',
  duration: 'The article does not say how long.',
  date: 'The article does not say when.',
  day: 'The article does not give the exact date.',
  time: 'The article gives no time of day.',
  place: 'The article does not say where.',
  person: 'The article does not say who.',
  organisation: 'The article does not name that organisation.',
  name: 'The article does not give its name.',
};

/** How a list of places is called, for one and for several. */
const PLACE_WORDS: Record<PlaceKind, [string, string]> = {
  city: ['city or town', 'cities and towns'],
  country: ['country', 'countries'],
  province: ['province', 'provinces'],
  place: ['place', 'places'],
};

function refusalText(refusal: Refusal): string {
  switch (refusal.why) {
    case 'missing':
      return `The article does not mention ${eitherOf(refusal.terms)}.`;
    case 'elsewhere':
      return `The article mentions ${eitherOf(refusal.terms)}, but not in a way that answers this.`;
    case 'lacking':
      // "What are the names of the companies…": the article gives none of them.
      if (refusal.answerType === 'name') return refusal.kind === 'names' ? 'The article does not give their names.' : LACKING.name;
      return refusal.kind ? `The article does not say which ${refusal.kind}.` : LACKING[refusal.answerType];
    case 'no own date':
      return 'The article does not give its own date; it only dates the events it reports.';
    case 'no own view':
      return 'The article does not give its author’s own view; it reports what others say.';
    case 'not covered':
      return 'The article does not cover that.';
    case 'unordered':
      return 'The article does not say which came first.';
    case 'not reported':
      return 'The article does not say that happened.';
    case 'chat':
      return 'Ask me anything about the article: I answer with its own words and cite where they are.';
    case 'language':
      return 'I read questions in English only: ask in English and I answer from the article.';
    case 'advice':
      return 'I give no advice: I answer with what the article says, in its own words.';
    case 'negative':
      return 'I answer with what the article says was said or done, not with what it leaves out: ask what was said or done instead.';
    case 'incomplete':
      return 'Ask the whole question, with what it is about: I read each question on its own, not with the ones before it.';
  }
}

function factText(fact: ArticleFact): string {
  const text = (() => {
    switch (fact.part) {
      case 'byline':
        return `The article is by ${fact.byline}${fact.newspaper ? ` of ${fact.newspaper}` : ''}.`;
      case 'email':
        return `The byline gives the author's e-mail as ${fact.email}.`;
      case 'newspaper':
        return `The article is from ${fact.newspaper}.`;
      case 'headline':
        return `The headline is “${fact.title}”.`;
      case 'subtitle':
        return `The subtitle is “${fact.deck}”.`;
      case 'photo credit':
        return `The photo is credited to ${fact.name}${fact.organisation ? ` for ${fact.organisation}` : ''}.`;
      case 'topic':
        return `The article is headlined “${fact.title}”${fact.deck ? `: ${fact.deck}` : ''}.`;
      case 'footer':
        return `The page ends, after the article: “${fact.text}”`;
      case 'section heading':
        return fact.of === 'page' ? `The article runs under “${fact.title}”.` : `The ${fact.of} is headed “${fact.title}”.`;
    }
  })();
  return fact.article ? `“${fact.article}”: ${text}` : text;
}

/** "a", "a and b", "a, b and c". */
function andList(items: string[]): string {
  return items.length > 1 ? `${items.slice(0, -1).join(', ')} and ${items.at(-1)}` : (items[0] ?? '');
}

const COUNTS = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];

/** One question's finding of a message that asks several, in words, its citation numbers those of the whole answer. */
export function partSaid(finding: Finding, before: number): string {
  // A question of several the article does not answer: why, without what the article is about, said once for the whole message.
  if (finding.kind === 'refused') return refusalText(finding.refusal);
  return say(finding).replace(/\[(\d+)\]/g, (_, n: string) => `[${Number(n) + before}]`);
}

/** A finding in words; list items and comparison sides carry their citation numbers. */
export function say(finding: Finding): string {
  switch (finding.kind) {
    case 'said': {
      if (finding.closest) return `The article does not say this in so many words. The closest it comes:\n${saidText(finding.said)}`;
      const verdict = finding.verdict === 'yes' ? 'Yes. ' : finding.verdict === 'no' ? 'No. ' : '';
      const filled = finding.filled ? `The blank is “${finding.filled}”. ` : '';
      return `${verdict}${filled}${saidText(finding.said)}`;
    }
    case 'mentioned':
      return `Yes. ${saidText(finding.said)}`;
    case 'list':
      return finding.items.map((said, i) => `• ${saidText(said)} [${i + 1}]`).join('\n');
    case 'compared': {
      const { first, second } = finding;
      const verdict =
        first.date === null
          ? `The article gives no date for ${first.name} or for ${second.name}, so it does not say which came first.`
          : second.date === null
            ? `The article dates ${first.name} to ${first.date} but gives no date for ${second.name}, so it does not say which came first.`
            : finding.sameDate
              ? `The article dates both to ${first.date}.`
              : finding.undecided
                ? `The article dates ${first.name} to ${first.date} and ${second.name} to ${second.date}, so it does not say which came first.`
                : `${capitalise(first.name)} came first (${first.date}), then ${second.name} (${second.date})${finding.gap ? `, ${finding.gap} later` : ''}.`;
      const yesOrNo = finding.verdict === 'yes' ? 'Yes. ' : finding.verdict === 'no' ? 'No. ' : '';
      return [`${yesOrNo}${verdict}`, `• ${saidText(first.said)} [1]`, `• ${saidText(second.said)} [2]`].join('\n');
    }
    case 'speakers': {
      const when = `${finding.years.length > 0 ? ` in ${finding.years.join(' and ')}` : ''}${finding.section ? ` in “${finding.section}”` : ''}`;
      const count = finding.speakers.length;
      if (finding.asked === 'organisations') {
        const lines = finding.speakers.map(({ name, role, organisation }, i) => `• ${organisation}: ${name}${role ? `, ${role}` : ''} [${i + 1}]`);
        const organisations = new Set(finding.speakers.map(({ organisation }) => organisation)).size;
        return `The article quotes${when} people from ${organisations === 1 ? 'one company or organisation' : `${organisations} companies and organisations`}:\n${lines.join('\n')}`;
      }
      const lines = finding.speakers.map(({ name, role }, i) => `• ${name}${role ? `, ${role}` : ''} [${i + 1}]`);
      const many = finding.asked === 'how many' ? ` ${count === 1 ? 'one person' : `${count} people`}` : '';
      return `The article quotes${many}${when}:\n${lines.join('\n')}`;
    }
    case 'person': {
      const verdict = finding.verdict === 'yes' ? 'Yes. ' : finding.verdict === 'no' ? 'No. ' : '';
      return `${verdict}The article calls ${finding.name} ${andList(finding.descriptions.map((description, i) => `${description} [${i + 1}]`))}.`;
    }
    case 'places': {
      const count = finding.names.length;
      const [one, many] = PLACE_WORDS[finding.asked];
      return `The article names ${COUNTS[count] ?? count} ${count === 1 ? one : many}: ${andList(finding.names.map((name, i) => `${name} [${i + 1}]`))}.`;
    }
    case 'counted': {
      const count = finding.ordinals.length;
      return `The article names ${COUNTS[count] ?? count} ${finding.name}${count === 1 ? '' : 's'}: ${andList(finding.ordinals.map((ordinal, i) => `the ${ordinal} [${i + 1}]`))}.`;
    }
    case 'facts':
      return `${finding.verdict === 'yes' ? 'Yes. ' : finding.verdict === 'no' ? 'No. ' : ''}${finding.facts.map(factText).join('\n')}`;
    case 'parts':
      // Each question as typed, then its answer; a sentence's one citation follows it, and the numbers of a list go on from the last.
      // A sentence that answers two of them is given once: "wher was the 2019 week held n what approach did xi promise".
      return finding.parts
        .map(({ question, finding: found, before }, i) => {
          const earlier = finding.parts.slice(0, i).some(({ finding: other }) => other.kind === 'said' && found.kind === 'said' && other.said.text === found.said.text);
          if (earlier && found.kind === 'said') return `• “${question}”: ${found.closest ? 'The closest the article comes is the' : 'The'} same sentence [${before + 1}].`;
          // "is there an online version? how do i see more": the same fact about the article, given once.
          const sameFact = found.kind === 'facts' && finding.parts.slice(0, i).some(({ finding: other }) => other.kind === 'facts' && say(other) === say(found));
          if (sameFact) return `• “${question}”: The same [${before + 1}].`;
          const text = partSaid(found, before);
          const cited = found.kind === 'said' || found.kind === 'mentioned' || found.kind === 'facts' ? ` [${before + 1}]` : '';
          return `• “${question}”: ${text.replace(/\n/g, '\n   ')}${cited}`;
        })
        .join('\n');
    case 'refused': {
      const { about } = finding;
      const topic = about.length === 1 ? ` It is about “${about[0]}”.` : about.length > 1 ? ` It covers ${about.length} articles: ${about.map((label) => `“${label}”`).join(', ')}.` : '';
      const suggestion = finding.suggestion ? ` You could ask: “${suggestedQuestion(finding.suggestion)}”` : '';
      return `${refusalText(finding.refusal)}${topic}${suggestion}`;
    }
  }
}

/** "zh" → "Chinese": a language named as a reader would. */
export function languageName(code: string): string {
  try {
    return new Intl.DisplayNames(['en'], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}

/** What is wrong with an article source, naming the file (never its folder), for moderators and operators. */
export function sourceProblemText({ problem, subject }: Pick<SourceError, 'problem' | 'subject'>): string {
  const which =
    subject.kind === 'article' ? (subject.name ? `The article ${subject.name}` : 'The article') : `The ${subject.kind}${subject.name ? ` ${subject.name}` : ''}`;
  switch (problem.is) {
    case 'empty':
      return `${which} is empty.`;
    case 'binary':
      return `${which} looks like a binary file, not text.`;
    case 'not utf-8':
      return `${which} is not valid UTF-8 text: save it as UTF-8 (or as UTF-16 with a byte order mark) and try again.`;
    case 'no text':
      return `${which} has no text in it.`;
    case 'missing':
      return `${which} does not exist.`;
    case 'unreadable':
      return `${which} cannot be read.`;
    case 'no permission':
      return `${which} cannot be read (permission denied).`;
    case 'no articles':
      return `${which} has no article files (${ACCEPTED_FILES}).`;
    case 'no paragraphs':
      return `${which} has no paragraphs of text after cleaning.${/\.html?$/i.test(subject.name ?? '') ? ' A page that builds its text with JavaScript has none in its file: save it from the browser once it has loaded, or paste its text into a .txt file.' : ''}`;
    case 'not an article file':
      return `${which} is not an article file the bot reads: give it a ${ACCEPTED_FILES} file.`;
    case 'not downloaded':
      return `${which} could not be downloaded. Try attaching it again.`;
    case 'not a pdf':
      return `${which} is not a PDF that can be read (it may be damaged). Save it again as PDF, or as text, and try again.`;
    case 'encrypted pdf':
      return `${which} is a password-protected PDF. Save a copy without a password, or as text, and try again.`;
    case 'no text layer':
      return `${which} is a PDF of scanned images with no text in it. Run it through text recognition (OCR) first, or paste its text into a .txt file.`;
    case 'malformed':
      return `${which} could not be read as ${problem.format === 'html' ? 'a web page' : problem.format === 'markdown' ? 'Markdown' : problem.format === 'pdf' ? 'a PDF' : 'text'} (it may be damaged, or nested too deeply). Save it as plain text (.txt) and try again.`;
    case 'too complex':
      return `${which} is too large or too complex to read within the bot's limits (${problem.seconds} s, ${problem.memoryMb} MB). Save it as plain text (.txt), or split it, and try again.`;
    case 'not english':
      return `${which} seems to be in ${problem.language === 'und' ? 'a language other than English' : languageName(problem.language)}; the bot reads English only (its language model is English). Give it an English article.`;
    case 'too large':
      return `${which} is ${Math.ceil(problem.bytes / 1024)} KB; the limit is ${problem.limit / 1024} KB.`;
  }
}

/** Why the model cannot be used, naming the folder, for the operator. */
export function modelProblemText({ problem, modelDir, cause }: Pick<ModelError, 'problem' | 'modelDir' | 'cause'>): string {
  if (problem === 'fails its check') {
    return `The embedding model in ${modelDir} loads but does not work (it cannot tell two sentences of the same meaning from unrelated ones): its files are damaged. Restore them (npm ci restores the bundled model) or set MODEL_DIR.`;
  }
  return `Could not load the embedding model from ${modelDir}: ${(cause as Error | undefined)?.message ?? 'unknown error'}`;
}

/** Told when a change could not be saved for lack of room. */
export const STORE_FULL = 'The disk is full, so this could not be saved. Nothing was changed: the bot still answers as before. Free some space and try again.';
