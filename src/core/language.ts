/**
 * Which language an article is written in. The embedding model (all-MiniLM-L6-v2) and the
 * question reader understand English only, so an article in another language would be
 * indexed into vectors that mean nothing and answered with confident nonsense.
 *
 * Detection is eld's (Efficient Language Detector: n-gram statistics over 60 languages),
 * loaded on first use, since it takes a few hundred milliseconds and most runs never need it.
 */

/** Fewer letters than this say too little to judge; such an article is let through. */
const MIN_LETTERS = 200;
/** Read at most this much: a language shows in its first pages. */
const SAMPLE_CHARS = 20_000;

type Detector = { detect(text: string): { language: string; isReliable(): boolean; getScores(): Record<string, number> } };
let detector: Promise<Detector> | null = null;

function load(): Promise<Detector> {
  detector ??= import('eld/medium').then((module) => module.eld as Detector);
  return detector;
}

export interface LanguageVerdict {
  /** ISO 639-1 code ("en", "zh"), or "und" when it cannot be told. */
  language: string;
  /** Whether the bot can read it. */
  readable: boolean;
}

/**
 * English, or the language that the text clearly is instead. Text mostly in a script other
 * than Latin is never English; Latin-script text is refused only when the detector is sure of
 * another language and English scores clearly lower, so an English article full of foreign
 * names is still read.
 */
export async function judgeLanguage(text: string): Promise<LanguageVerdict> {
  const sample = text.slice(0, SAMPLE_CHARS);
  const letters = sample.match(/\p{L}/gu)?.length ?? 0;
  if (letters < MIN_LETTERS) return { language: 'und', readable: true };
  const latin = sample.match(/\p{Script=Latin}/gu)?.length ?? 0;
  if (latin / letters < 0.5) {
    const found = (await detect(sample)).language;
    return { language: found === 'en' ? 'und' : found, readable: false };
  }
  return detect(sample);
}

/**
 * Whether a question is English as far as the detector can tell. Short texts say little, so a
 * question is taken for another language only when the detector is sure and scores English
 * clearly lower ("¿quién escribió el artículo?", "wer hat den artikel geschrieben").
 */
export function judgeQuestionLanguage(text: string): Promise<LanguageVerdict> {
  return detect(text);
}

/** eld's verdict: another language only when it is sure of it and English scores clearly lower. */
async function detect(text: string): Promise<LanguageVerdict> {
  const result = (await load()).detect(text);
  const found = result.language || 'und';
  if (found === 'en' || found === 'und' || !result.isReliable()) return { language: found, readable: true };
  const scores = result.getScores();
  return { language: found, readable: (scores.en ?? 0) >= (scores[found] ?? 0) * 0.9 };
}
