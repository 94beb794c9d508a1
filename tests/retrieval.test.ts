import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Answer } from '../src/wording.js';
import { type Workspace, workspace } from './helpers.js';
import type { KnowledgeIndex } from '../src/core/index-store.js';
import type { Passage } from '../src/core/passages.js';
import { leadersNamed, ownedPhrasesOf, Retriever, saysOwned } from '../src/core/retrieve.js';

/** Questions a server member might ask, each with the paragraph (¶) that answers it. */
export const QUESTIONS: Array<[question: string, paragraph: number]> = [
  ['How many internet users did China have?', 14],
  ["How big is China's online population?", 14],
  ['When did the Cyber Security Law take effect?', 17],
  ['Where is the World Internet Conference held?', 2],
  ['Since when has the World Internet Conference been held?', 2],
  ['Who proposed a community with a shared future in cyberspace?', 3],
  ['What criminal activities should countries prevent in cyberspace?', 7],
  ['When did China unveil its International Strategy of Cooperation on Cyberspace?', 12],
  ['What is China aiming to become by 2035?', 15],
  ['When was the national cybersecurity strategy mapped out?', 16],
  ['How many companies will move into the cybersecurity industrial park?', 20],
  ['What industrial output is expected from the park by 2020?', 21],
  ['When did construction on the park start?', 21],
  ['What is the digital Silk Road?', 24],
  ['Where did the 2019 China Cybersecurity Week start?', 26],
  ['What does Cisco want to be for China?', 39],
  ['What does Kaspersky think about the future of cyberspace?', 40],
  ['What did Luigi Gambardella say about trade disputes?', 35],
  ['Who is Yu Wenwen?', 11],
  ['What activities does the weeklong cybersecurity campaign include?', 25],
  ['What problems are becoming more evident in the internet sector?', 9],
  ['What did Xi say in his video address at the third World Internet Conference?', 31],
  ['What is the information gap?', 10],
  ['Which laws should govern new technologies like AI?', 28],
];

let ws: Workspace;
const answers = new Map<string, Answer>();

beforeAll(async () => {
  ws = await workspace();
  for (const [question] of QUESTIONS) answers.set(question, await ws.ask(question));
});
afterAll(() => ws.cleanup());

describe('retrieval on the shipped article', () => {
  it('answers the headline question with the paragraph that says 854 million', () => {
    const answer = answers.get('How many internet users did China have?')!;
    expect(answer.answered).toBe(true);
    expect(answer.answer).toContain('854 million internet users');
    expect(answer.citations[0]).toMatchObject({ n: 1, passage: 14 });
    expect(answer.citations[0]!.excerpt).toContain('China Internet Network Information Center');
  });

  it('puts the answering paragraph first for at least 80% of the questions and cites it for 90%', () => {
    const first = QUESTIONS.filter(([question, paragraph]) => answers.get(question)!.citations[0]?.passage === paragraph);
    const cited = QUESTIONS.filter(([question, paragraph]) => answers.get(question)!.citations.some((c) => c.passage === paragraph));
    expect(first.length / QUESTIONS.length).toBeGreaterThanOrEqual(0.8);
    expect(cited.length / QUESTIONS.length).toBeGreaterThanOrEqual(0.9);
  });

  it('answers every question with a sentence quoted from the article and at most three numbered citations', () => {
    for (const [question] of QUESTIONS) {
      const answer = answers.get(question)!;
      expect(answer.answered, question).toBe(true);
      expect(answer.citations.length).toBeGreaterThan(0);
      expect(answer.citations.length).toBeLessThanOrEqual(3);
      expect(answer.citations.map((c) => c.n)).toEqual(answer.citations.map((_, i) => i + 1));
      const best = answer.citations[0]!;
      expect(best.excerpt.slice(best.highlight[0], best.highlight[1]).length).toBeGreaterThan(10);
    }
  });

  it('quotes excerpts verbatim, trimming only at sentence boundaries', async () => {
    const { index } = await ws.library.ready();
    for (const [question] of QUESTIONS) {
      for (const citation of answers.get(question)!.citations) {
        const passage = index.passages.find((p) => p.n === citation.passage)!;
        const inner = citation.excerpt.replace(/^… /, '').replace(/ …$/, '');
        expect(passage.text).toContain(inner);
        expect(citation.excerpt.length).toBeLessThanOrEqual(Math.max(passage.text.length, 420) + 4);
      }
    }
  });

  it('answers a question about a quotation with the words the excerpt shows in bold, never the attribution line', async () => {
    const answer = await ws.ask('What did Xi say in 2016?');
    const [first] = answer.citations;
    const highlighted = first!.excerpt.slice(first!.highlight[0], first!.highlight[1]);
    expect(first!.passage).toBe(31);
    expect(highlighted).not.toMatch(/^—/);
    expect(answer.answer).toBe(`Xi Jinping, in a video address at the third World Internet Conference on November 16, 2016: “${highlighted}”`);
  });

  it('says plainly what the article does not mention, what it is about, and cites nothing', async () => {
    const france = await ws.ask('What is the capital of France?');
    expect(france).toMatchObject({ answered: false, citations: [] });
    expect(france.answer).toMatch(/^The article does not mention France\. It is about “China to step up cyberspace cooperation”\./);
    const bread = await ws.ask('How do I bake sourdough bread?');
    expect(bread).toMatchObject({ answered: false, citations: [] });
    expect(bread.answer).toMatch(/^The article does not (?:mention [\w ,]+|cover that)\. It is about “China to step up cyberspace cooperation”\./);
  });
});

describe('a thing named as another\'s', () => {
  const says = (question: string, passage: string) => ownedPhrasesOf(question).some((pair) => saysOwned(passage, pair));
  it('is found in a passage in either form English has for it, and not in two words side by side', () => {
    expect(says('what is the internet\'s development like', 'the development of the internet is boundless')).toBe(true);
    expect(says('what is the internet development like', 'the development of the internet is boundless')).toBe(true);
    expect(says('what about the development of the internet', 'the internet\'s development')).toBe(true);
    expect(says('what about the development of the internet', 'the development of the internet is boundless')).toBe(true);
    // "internet governance" side by side may be another thing than the governance of the internet; nor is "the" an owner.
    expect(says('what is the internet governance system', 'global internet governance system')).toBe(false);
    expect(ownedPhrasesOf('what is the plan')).toEqual([]);
    // Stems are compared word by word: "countri" is no prefix of "country".
    expect(says('what about the country participation', "the country's participation in exchanges")).toBe(true);
    expect(says('what about the participation of the country', "the country's participation in exchanges")).toBe(true);
  });

  it('ranks the passage that says it first: "the internet\'s development" is Xi\'s "the development of the internet is boundless"', async () => {
    const answer = await ws.ask('what did xi say the internet\'s development is like');
    expect(answer.answer).toContain('boundless and limitless');
  });
});

describe('people named by title or role', () => {
  const passage = (id: number, text: string, speaker: string | null): Passage => ({ id, n: id + 1, article: 0, kind: speaker ? 'quotation' : 'paragraph', text, section: null, speaker, role: null, attribution: null, sentences: [[0, text.length]] });
  const retriever = (texts: Array<[string, string | null]>): Retriever => new Retriever({ passages: texts.map(([text, speaker], id) => passage(id, text, speaker)) } as unknown as KnowledgeIndex);

  it('takes "the leader" and "the head of state" for the one head of state the article names', () => {
    const one = retriever([
      ['President Xi Jinping spoke at the conference.', null],
      ['The internet belongs to all.', 'Xi Jinping'],
    ]);
    expect([...one.peopleIn('what did the leader say')]).toEqual(['Xi Jinping']);
    expect([...one.peopleIn('what did the head of state say')]).toEqual(['Xi Jinping']);
    expect([...one.peopleIn('what did the state say about its head')]).toEqual([]);
    expect([...one.peopleIn("what did china's leader say")]).toEqual(['Xi Jinping']);
    expect([...one.peopleIn('what did the chinese leader say')]).toEqual(['Xi Jinping']);
    // Other leaders are not him.
    for (const question of ['who is the market leader in 5g', 'what did a team leader say', 'what did world leaders say']) expect([...one.peopleIn(question)], question).toEqual([]);
  });

  it('takes them for nobody when the article names two, quoted or not', () => {
    const two = retriever([
      ['President Xi Jinping met President Joe Biden.', null],
      ['The internet belongs to all.', 'Xi Jinping'],
      ['We will compete.', 'Joe Biden'],
    ]);
    expect([...two.peopleIn('what did the leader say')]).toEqual([]);
    const oneQuoted = retriever([
      ['Chinese President Xi Jinping met US President Joe Biden.', null],
      ['The internet belongs to all.', 'Xi Jinping'],
    ]);
    expect([...oneQuoted.peopleIn('what did the leader say')]).toEqual([]);
  });

  it('takes a first name that is also a word for its person only with another of their keys, unless the article uses it alone', () => {
    const texts: Array<[string, string | null]> = [
      ['Cisco believes in an open internet.', 'Guy Diedrich'],
      ['Xi said cyberspace is a common area.', 'Xi Jinping'],
    ];
    const index = { passages: texts.map(([text, speaker], id) => passage(id, text, speaker)) } as unknown as KnowledgeIndex;
    const named = new Retriever(index, (word) => ['guy', 'xi'].includes(word));
    expect([...named.peopleIn('what did the cyber guy say')]).toEqual([]);
    expect([...named.peopleIn('what did guy diedrich say')]).toEqual(['Guy Diedrich']);
    // The article writes "Xi" alone: it names him.
    expect([...named.peopleIn('what did xi say')]).toEqual(['Xi Jinping']);
  });

  it('counts only a country\'s head of state or government, not a vice or a company\'s president', () => {
    expect([...leadersNamed('Vice President Mike Pence and Vice-President Li Yuanchao spoke.', [])]).toEqual([]);
    expect([...leadersNamed('Microsoft President Brad Smith spoke.', [])]).toEqual([]);
    expect([...leadersNamed('Russian President Vladimir Putin spoke, as did President Putin.', ['Vladimir Putin'])]).toEqual(['Vladimir Putin']);
    expect([...leadersNamed("President Xi Jinping's vision. As President Xi said.", ['Xi Jinping'])]).toEqual(['Xi Jinping']);
  });
});
