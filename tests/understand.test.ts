import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { prepareCorpus } from '../src/core/article.js';
import { buildLexicon, correctSpelling, wordsOf } from '../src/core/lexicon.js';
import { terms } from '../src/core/lexical.js';
import { analyseQuestion, reportedYear, type Understanding } from '../src/core/understand.js';
import { titleAsked } from '../src/core/grounding.js';
import { carriesFor } from '../src/core/sentence-types.js';
import { WordNet } from '../src/core/wordnet.js';
import { ARTICLE } from './helpers.js';

const corpus = prepareCorpus([{ name: 'article.txt', text: readFileSync(ARTICLE, 'utf8') }]);
const lexicon = buildLexicon(corpus.passages, corpus.articles);
const wordnet = WordNet.bundled();
const understanding: Understanding = {
  lexicon,
  wordnet,
  articleText: corpus.passages.map((passage) => wordsOf(`${passage.speaker ?? ''} ${passage.role ?? ''} ${passage.text}`).join(' ')).join(' \n '),
};
const analyse = (question: string) => analyseQuestion(question, understanding);
const missingOf = (question: string) => analyse(question).missing.map((term) => term.meaning);

describe('WordNet', () => {
  it('finds words by their base form and tells names from common nouns', () => {
    expect(wordnet.knows('users')).toBe(true);
    expect(wordnet.knows('huawei')).toBe(false);
    expect(wordnet.isName('brazil')).toBe(true);
    expect(wordnet.isName('putin')).toBe(true);
    expect(wordnet.isName('lobby')).toBe(false);
  });

  it('gives synonyms apart from broader words', () => {
    expect(wordnet.related('indigenous')).toContain('native');
    expect(wordnet.broader('firm')).toContain('business');
    expect(wordnet.broader('hub')).toContain('center');
    expect(wordnet.related('population')).not.toContain('people');
  });

  it('tells what a noun is a kind of a few levels up, and what its definition says it is', () => {
    expect(wordnet.isKindOf('association', 'group')).toBe(true);
    expect(wordnet.isKindOf('company', 'group')).toBe(false);
    expect(wordnet.definedAs('clout', 'noun')).toEqual(expect.arrayContaining(['advantage', 'influence']));
    // Not a head that says nothing of what it is: "ma" is "informal terms for a mother".
    expect(wordnet.definedAs('ma', 'noun')).not.toContain('terms');
  });

  it('takes "leave" as an ending, but not "date" or "go"', () => {
    expect(wordnet.endsSomething('leave')).toBe(true);
    expect(wordnet.endsSomething('date')).toBe(false);
    expect(wordnet.endsSomething('go')).toBe(false);
  });

  it('takes "start", "launch" and "set up" as beginnings, but not "invent", "connect" or "run", nor an ending', () => {
    for (const verb of ['start', 'begin', 'launch', 'found', 'set_up', 'kick_off']) expect(wordnet.beginsSomething(verb), verb).toBe(true);
    for (const verb of ['invent', 'connect', 'run', 'hold', 'leave']) expect(wordnet.beginsSomething(verb), verb).toBe(false);
  });
});

describe('the article lexicon', () => {
  it('spells out acronyms of the article\'s own names', () => {
    expect(lexicon.acronyms.get('wic')).toBe('World Internet Conference');
    expect(analyse('when was the 4th wic').normalised).toBe('when was the fourth world internet conference');
    expect(analyse('what number did cnnic report').normalised).toContain('china internet network information center');
  });

  it('corrects slips toward the article\'s words, but never a real English word', () => {
    expect(correctSpelling(lexicon, 'wuzen')).toBe('wuzhen');
    // "…in this article" and "what's the deal with" are no words of the question.
    expect(analyse("yo what's the deal with wuzhen in this article").normalised).toBe('what about wuzhen');
    // A "where" clause after what is asked describes it; after a place, it still asks for one.
    expect(analyse('what old way of thinking, where only one side can come out ahead, did xi say nations should throw out').answerType).not.toBe('place');
    // After "who", wherever it stands: the "where" clause is what is to be decided.
    expect(analyse('who should decide where the internet goes').answerType).toBe('person');
    expect(analyse('according to the leader who should get to decide where the web goes').answerType).not.toBe('place');
    // "Where" after a place still asks for one, whatever question word comes first.
    expect(analyse('who spoke in the city where the wic is held').answerType).toBe('place');
    expect(analyse('which is the town where the wic is held').answerType).toBe('place');
    expect(analyse('what old way of thinking where dozens of countries lose did xi reject').answerType).not.toBe('place');
    expect(analyse("what's the name of the town where the wic is held").answerType).toBe('place');
    // After "the", a word is not taken for a name the article writes after it: "the best way" is not "the Belt and Road".
    expect(analyse("what's the best way to stay safe").normalised).toContain('the best way');
    expect(analyse('what did the roland burger guy say').normalised).toContain('roland berger');
    expect(correctSpelling(lexicon, 'raod')).toBe('road');
    // A three-letter slip of its last two letters, toward English: "jbo" is "job", "teh" is "the" (it was read "tech").
    expect(analyse("whats denis depoux's jbo title").normalised).toBe('what is denis depoux job title');
    expect(analyse('teh wic is held where').normalised).toMatch(/^the world internet conference/);
    expect(analyse('when did china publish its natinal cybersecurity stratgy').normalised).toBe('when did china publish its national cybersecurity strategy');
    // Of two article words one slip away, not the stop word: "beijng" is Beijing, not "being".
    expect(correctSpelling(lexicon, 'beijng')).toBe('beijing');
    // A short slip often is of a stop word: "frum" is "from", not "forum" (a review found it).
    expect(analyse('what did xi say frum the start').normalised).toContain('from the start');
    // Nor is an inflected form's base made by doubling an e: "freind" is "friend", not "freing".
    expect(analyse("what did xi's freind say").normalised).toContain('friend');
    // An inflected form of an English word is a slip's answer too ("hostng" → "hosting"), and WordNet's own rules do not make
    // "dollers" a word (a comparative of "doll").
    expect(analyse('wat year did chian start hostng the world intrnet confrence').normalised).toBe('what year did china start hosting the world internet conference');
    expect(analyse('how much is the output in dollers').normalised).toContain('in dollars');
  });

  it('expands chat shorthand', () => {
    expect(analyse('how many ppl in china use the internet').normalised).toBe('how many people in china use the internet');
    expect(analyse('whos the md of roland berger china').normalised).toBe('who is the managing director of roland berger china');
    expect(analyse('is it tru that xi sent a msg thru video').normalised).toBe('is it true that xi sent a message through video');
  });
});

describe('the lexical terms', () => {
  it('gives the word after a combining form too, so "security week" finds the Cybersecurity Week', () => {
    expect(terms('China Cybersecurity Week')).toEqual(expect.arrayContaining(['cybersecur', 'secur', 'week']));
    expect(terms('internet')).toEqual(['internet']);
  });

  it('reads a plain word for a combining form before a noun alike to its head as the article\'s solid word', () => {
    const neighboursOf = (question: string, word: string) => analyse(question).terms.find((term) => term.meaning === word)?.neighbours ?? [];
    // A power of the web is the article's cyberpower outright (a news idiom below).
    expect(analyse('how big is china\'s web power').terms.map((term) => term.meaning)).toContain('cyberpower');
    expect(neighboursOf('how does china fight web crime', 'crime')).toContain('cybercrime');
    expect(neighboursOf('what is the online attack situation', 'attack')).toContain('cybercrime');
    // Safety and defence online are read as cybersecurity before (see the news idioms below).
    expect(analyse('where did the online safety week kick off').normalised).toContain('cybersecurity week');
    // Only a word WordNet makes alike to the head: "online goods" are not security, "digital policy" is not cyberspace.
    expect(neighboursOf('what online goods sell best', 'goods')).not.toContain('cybersecurity');
    expect(analyse('what is the digital policy').expansions).not.toContain('cyberspace');
  });

  it('grounds a rare word through its one synonym, weakly: "homegrown" → "native" → the article\'s "domestic"', () => {
    const homegrown = analyse('what is being done for homegrown tech firms').terms.find((term) => term.meaning === 'homegrown');
    expect(homegrown?.neighbours).toContain('domestic');
    expect(homegrown?.grounding).toBe('broader');
  });

  it('reads a combining form on its own as a word, not a name, and finds it in the solid words a passage writes', () => {
    const cyber = analyse('what is the expected output of the cyber park').terms.find((term) => term.meaning === 'cyber');
    expect(cyber).toMatchObject({ named: false, kind: 'word' });
  });

  it('reads a title asked of an organisation or place, before or after it', () => {
    expect(titleAsked('who is the chief executive of roland berger')).toEqual({ title: ['chief', 'executive'], of: ['roland', 'berger'] });
    expect(titleAsked('who is kaspersky chief executive')).toEqual({ title: ['chief', 'executive'], of: ['kaspersky'] });
    expect(titleAsked('who is the mayor of beijing')).toEqual({ title: ['mayor'], of: ['beijing'] });
    expect(titleAsked('who is xi jinping')).toBeNull();
    expect(titleAsked('who is the author of the article')).toBeNull();
  });

  it('reads a verb and its particle as the one verb WordNet knows', () => {
    const kick = analyse('where did the campaign kick off').terms.find((term) => term.meaning === 'kick');
    expect(kick?.neighbours).toContain('start');
    expect(kick?.grounding).toBe('synonym');
    expect(analyse('what is being put up in beijing').terms.find((term) => term.meaning === 'put')?.neighbours).toContain('build');
    // "kick" alone is no start.
    expect(analyse('who will kick the ball').terms.find((term) => term.meaning === 'kick')?.neighbours ?? []).not.toContain('start');
  });

  it('reads a base-form verb after "the" and a noun, before what it is done to, as the verb, by its verb senses', () => {
    const fine = analyse('why did the chinese government fine cisco').terms.find((term) => term.meaning === 'fine')!;
    expect(fine.pos).toBe('verb');
    expect(fine.neighbours).not.toContain('good');
  });

  it('reads the bare word after an auxiliary and a one-name subject as the verb, however compromise tags it', () => {
    const pos = (question: string, word: string): string | undefined => analyse(question).terms.find((term) => term.meaning === word)?.pos;
    expect(pos('why did china scrap the cyber security law', 'scrap')).toBe('verb');
    expect(pos('why did china push back its cyberpower goal to 2035', 'push')).toBe('verb');
    // A base form that ends as inflections do ("stress", "focus") is one too.
    expect(pos('why did china stress cybersecurity', 'stress')).toBe('verb');
    // Not after a subject of more words ("the park"), where the first word may be its noun.
    expect(pos('when did the park open', 'park')).toBe('noun');
    // After the noun asked for, with a determiner after it: "what small town hosts that yearly summit".
    expect(pos('what small town hosts that yearly online-world summit', 'hosts')).toBe('verb');
    expect(pos('what small town hosts are there', 'hosts')).toBe('noun');
    // Not the noun asked for: "what tech companies this year won contracts".
    expect(pos('what tech companies this year won contracts', 'companies')).toBe('noun');
  });
});

describe('question understanding', () => {
  it('takes the kind of answer from the head of the noun phrase after "which", not from a "how many" inside it', () => {
    const body = analyse('which body put out the figure on how many chinese are online');
    expect(body.answerType).toBe('organisation');
    expect(body.terms.find((term) => term.meaning === 'body')?.answerClass).toBe(true);
    const department = analyse('which city government department gave the numbers on firms moving into the zone');
    expect(department.answerType).toBe('organisation');
    expect(department.terms.find((term) => term.meaning === 'department')?.answerClass).toBe(true);
    expect(analyse('which city hosts the wic').answerType).toBe('place');
    expect(analyse('what year did the company say').answerType).toBe('date');
    expect(analyse('how many companies moved into the park').answerType).toBe('amount');
    // A policy paper is a document, not a newspaper; a paper alone may be either.
    expect(analyse('which policy paper came out in 2017').answerType).not.toBe('organisation');
    expect(analyse('what white paper did china release').answerType).not.toBe('organisation');
    expect(analyse('which paper ran the piece').answerType).toBe('organisation');
  });

  it('reads "next-gen" as "next generation", and "netizens" as internet users', () => {
    expect(analyse('which exec says next-gen networks matter').normalised).toContain('next generation networks');
    expect(analyse('how many netizens does china have').missing).toEqual([]);
  });

  it('expands contractions and reads no preposition as what a question is about', () => {
    expect(analyse("who said the industries shouldn't be delayed").terms.map((term) => term.meaning)).not.toContain("shouldn't");
    expect(analyse('what crimes should countries team up against').terms.map((term) => term.meaning)).not.toContain('against');
    expect(analyse('what did xi say in 2014 vs 2018').terms.map((term) => term.meaning)).toEqual(['xi', '2014', '2018']);
  });

  it('spells out an acronym of the article\'s names in the plural, and reads a bare "tl;dr" as asking for a summary', () => {
    expect(analyse('how many wics have there been').normalised).toBe('how many world internet conferences have there been');
    // Not from an acronym of two letters: "cds" is a word of its own.
    expect(analyse('does it mention cds').normalised).toBe('does it mention cds');
    for (const question of ['tl;dr', 'tldr', 'tl dr?']) expect(analyse(question), question).toMatchObject({ shape: 'meta', meta: 'topic' });
  });

  it('spells out the initials of a name whose last word follows in full ("cs law")', () => {
    expect(analyse('when did the cs law take effect').normalised).toBe('when did the cyber security law take effect');
    // Only before that last word: "csl" is the law's acronym, but "cs lawsuit" is no law.
    expect(analyse('when did the cs lawsuit start').normalised).toBe('when did the cs lawsuit start');
    // Checked before an acronym of its own: "cc week" is the China Cybersecurity Week, not "chinese characteristics week".
    expect(analyse('cc week').normalised).toBe('china cybersecurity week');
  });

  it('reads a sum asked by what it is ("the projected output", "how much money") as needing a sum of money, not a count', () => {
    // Not time, nor a share of a sum.
    expect(carriesFor('Users spent 27.6 hours online a week.', analyse('how much time do users spend online'))).toBe(true);
    expect(carriesFor('One in five of its sales comes from exports.', analyse('what percentage of revenue comes from exports'))).toBe(true);
    expect(analyse('what are the projected revenues of the park').answerType).toBe('amount');
    // "usd" is read "dollars": "whats the usd value of the park output" (a newcomer's run) asks for a sum.
    expect(analyse('whats the usd value of the park output').answerType).toBe('amount');
    for (const question of ["what's the projected output of the park", 'what production value is the park projected to hit']) expect(analyse(question).answerType, question).toBe('amount');
    for (const question of ['what production value is the park projected to hit', 'how much money is the park expected to churn out']) {
      expect(carriesFor('Over 10 companies have signed a contract to move into the park.', analyse(question)), question).toBe(false);
      expect(carriesFor('By 2020, the industrial output is expected to reach 100 billion yuan.', analyse(question)), question).toBe(true);
    }
  });

  it('reads a sum asked by what it is worth or in a currency ("the park\'s 2020 target in us dollars") as asking a figure', () => {
    for (const question of ["what's the park's 2020 target worth in us dollars", 'what is the park output worth', 'what is the output in yuan']) {
      expect(analyse(question).answerType, question).toBe('amount');
    }
    // Only as what is asked, at the end: not "worth" of something worth doing.
    expect(analyse('what makes the park worth visiting').answerType).not.toBe('amount');
  });

  it('reads how many answers are asked for ("what two social services") as no word the passage must hold', () => {
    const meanings = (question: string): string[] => analyse(question).terms.map((term) => term.meaning);
    expect(meanings('what two social services did the cisco exec say governments want to give people equal access to')).not.toContain('two');
    expect(meanings('which three roles does china want to play')).not.toContain('three');
    // A count elsewhere is what is asked of: "the two countries".
    expect(meanings('what do the two countries have')).toContain('two');
  });

  it('takes a money sum for no answer to "how many", which counts things', () => {
    const howMany = analyse('how many people work at the park');
    expect(carriesFor('By 2020, the industrial output is expected to reach 100 billion yuan ($14.13 billion).', howMany)).toBe(false);
    expect(carriesFor('Over 10 companies have signed a contract to move into the park.', howMany)).toBe(true);
    expect(carriesFor('By 2020, the industrial output is expected to reach 100 billion yuan.', analyse('how much will the park produce'))).toBe(true);
    // Unless it counts the money itself.
    expect(carriesFor('By 2020, the industrial output is expected to reach 100 billion yuan.', analyse('how many yuan will the park produce'))).toBe(true);
    // "How much … in dollars" asks for a sum of money, which a count of companies is not.
    const inDollars = analyse('how much is the park expected to make in dollars');
    expect(carriesFor('Over 10 companies have signed a contract to move into the park.', inDollars)).toBe(false);
    expect(carriesFor('By 2020, the industrial output is expected to reach 100 billion yuan ($14.13 billion).', inDollars)).toBe(true);
  });

  it('takes "what\'s the … rate" for a figure, and only a share for its answer', () => {
    const rate = analyse('whats the internet penetration rate in china');
    expect(rate.answerType).toBe('amount');
    expect(carriesFor('China had 854 million internet users by the end of June.', rate)).toBe(false);
    expect(carriesFor('Some 61 percent of the population is online.', rate)).toBe(true);
    // "Share" the verb, and a population that thinks, ask for no figure.
    expect(analyse('what did xi share at the conference').answerType).not.toBe('amount');
    expect(analyse('what does the population of china think about cybersecurity').answerType).not.toBe('amount');
  });

  it('tells the kind of answer asked for', () => {
    expect(analyse('how many internet users does china have').answerType).toBe('amount');
    expect(analyse('whats the population of beijing').answerType).toBe('amount');
    expect(analyse('when did the cyber security law take effect').answerType).toBe('date');
    expect(analyse('where is the wic held').answerType).toBe('place');
    expect(analyse('who is luigi gambardella').answerType).toBe('definition');
    expect(analyse('who is the managing director of roland berger china').answerType).toBe('person');
    expect(analyse('how long does the campaign last').answerType).toBe('duration');
    expect(analyse('why did china leave the wic').answerType).toBe('reason');
  });

  it('reads what is asked past the chat around it and slips of its question word', () => {
    // "When" inside the question is not what it asks for; the chat a question opens with is not either.
    expect(analyse('what did xi say cyberspace is when he proposed the shared future idea').answerType).not.toBe('date');
    expect(analyse('so wait is the cybersecurity week a one off or does it happen every year').answerType).toBe('yesno');
    expect(analyse('ok real talk where is the wic held').answerType).toBe('place');
    expect(analyse('which other nation gets along with china').answerType).toBe('place');
    // "every year" says how often; "every company" asks for several.
    expect(analyse('does the cybersecurity week happen every year').shape).not.toBe('list');
    expect(analyse('what did every company quoted say').shape).toBe('list');
    // "wen" is a word (a cyst), but first and before "did" it is "when"; "wher" is "where" cut short, not "when".
    expect(analyse('wen did xi propose the shared future in cyberspace').answerType).toBe('date');
    expect(analyse('wher is the world internet conference held').answerType).toBe('place');
    // A common word is never taken for a slip of a question word.
    expect(analyse('now is the time to ask when the law took effect').normalised).toMatch(/^now is/);
  });

  it('takes the kind of organisation asked for as the kind of answer, and a piece by someone as content', () => {
    const outfit = analyse("which outfit counted the country's net users");
    expect(outfit.answerType).toBe('organisation');
    expect(outfit.missing.map((term) => term.meaning)).not.toContain('outfit');
    // "the academic's piece" is a piece the article reports on, not the article itself.
    expect(analyse("which paper ran the academic's piece").meta).toBeNull();
    expect(analyse('which paper is this from').meta).toBe('newspaper');
    // "ran" a piece is "carried" it, not a slip for "rank".
    const meanings = analyse("which paper ran the academic's piece").terms.map((term) => term.meaning);
    expect(meanings).toContain('carried');
    expect(meanings).not.toContain('rank');
  });

  it('tells the shape of the reply', () => {
    expect(analyse('which came first, the cyber security law or the national cybersecurity strategy').compared).toEqual([
      'the cyber security law',
      'the national cybersecurity strategy',
    ]);
    expect(analyse('what did china do in 2016').shape).toBe('list');
    expect(analyse('who wrote this article').meta).toBe('author');
    // This piece's writer, whatever the piece is about.
    expect(analyse('who wrote this piece on the world internet conference').meta).toBe('author');
    // The paper's own piece is this one; the author's name asked with "email" asks for the article's email.
    expect(analyse('who wrote the china daily piece').meta).toBe('author');
    expect(analyse("what is cao desheng's email").meta).toBe('email');
    expect(analyse("what is xi's email").meta).toBeNull();
    // Terse: the kind of answer last.
    expect(analyse('park output in dollars').answerType).toBe('amount');
    expect(analyse('what did anton shingarev say about kaspersky headquarters').answerType).not.toBe('place');
    expect(analyse("what is kaspersky's headquarters city").answerType).toBe('place');
    expect(analyse("what was china's digital economy worth in 2018").answerType).toBe('amount');
    // A nationality is of its country, which the article names by its city: "the belgian group" is the one in Brussels.
    expect(missingOf('what did the belgian group president say about trade disputes')).toEqual([]);
    expect(analyse('what did the belgian group president say').terms.find((term) => term.meaning === 'belgian')?.partOf).toBe(true);
    // "Limited" is opposed by "limitless", as WordNet and the word's own form say.
    expect(analyse('why did xi say the internet is limited').terms.find((term) => term.meaning === 'limited')?.antonyms).toContain('limitless');
    expect(analyse('which newspaper ran yu wenwen\'s article').meta).toBeNull();
    expect(analyse('is the great firewall mentioned').shape).toBe('mention');
  });

  it('finds what the article never mentions, in lower case as in capitals', () => {
    expect(missingOf('how many internet users does brazil have')).toEqual(['brazil']);
    expect(missingOf('How many internet users does Brazil have?')).toEqual(['brazil']);
    expect(missingOf('what did putin say about cyberspace')).toEqual(['putin']);
    expect(missingOf('what did huawei say about the wic')).toEqual(['huawei']);
    expect(missingOf('where was the 2010 wic held')).toEqual(['2010']);
    expect(missingOf('what did xi say at the 7th wic')).toEqual(['seventh']);
    expect(missingOf('how many internet users did the us have')).toContain('united states');
    expect(missingOf('what did trump say about cyberspace')).toEqual(['trump']);
  });

  it('reads a name the article writes solid from its words apart, in either order, not as the European Union', () => {
    for (const question of ['where is the eu china association based', 'what did the eu-china guy say', 'what did the china eu group say']) {
      expect(analyse(question).normalised, question).toContain('chinaeu');
      expect(missingOf(question), question).toEqual([]);
    }
    expect(missingOf('what did the eu say')).toContain('european union');
    // Frame words in the plural are frame words; "calls" may be what is asked about.
    expect(analyse('what sorts of events are held').terms.map((term) => term.meaning)).not.toContain('sorts');
    expect(analyse('what calls did xi make').terms.map((term) => term.meaning)).toContain('calls');
  });

  it('reads news idioms as the plain words an article uses', () => {
    expect(analyse('when did builders break ground on the security campus').normalised).toContain('start construction on');
    expect(analyse('how many firms set up shop in the park').normalised).toContain('firms move in');
    expect(analyse('when did the law come into force').normalised).toContain('take effect');
    // A law starts or kicks in when it takes effect.
    expect(analyse('when did the law start').normalised).toContain('law take effect');
    expect(analyse('when did the cyber security law kick in').normalised).toContain('law take effect');
    expect(analyse('when did the week start').normalised).toContain('week start');
    // Safety or defence of what is online is cybersecurity; "internet security", which an article may write, stays as typed.
    expect(analyse('when did they lay out the national online safety plan').normalised).toContain('national cybersecurity plan');
    expect(analyse('when was the national plan for keeping the net safe drawn up').normalised).toContain('plan for cybersecurity');
    expect(analyse('what does the infosec hub in the capital produce').normalised).toContain('the cybersecurity hub');
    expect(analyse('which firms work in internet security').normalised).toContain('internet security');
    expect(analyse('which paper ran the think tank scholar piece').normalised).toContain('research center scholar');
    expect(analyse('what is the park target in greenbacks').normalised).toContain('in dollars');
    expect(analyse('how many were online as of midyear').normalised).toContain('online by the end of june');
    expect(analyse('when did building work begin on the zone').normalised).toContain('when did construction begin');
    // A paper runs, prints or publishes someone's piece, and someone's piece appears in it: it carries the piece, as the article says.
    expect(analyse("which paper ran the think tank researcher's op-ed").normalised).toContain('paper carried the');
    expect(analyse("which newspaper printed the scholar's piece").normalised).toContain('newspaper carried the');
    expect(analyse('which paper published the piece by the researcher').normalised).toContain('paper carried the');
    expect(analyse("in which newspaper did the researcher's piece appear").normalised).toContain('piece carried');
    // Not this article, whose paper is its own fact, however it is called; not a report, which is released; not who runs something.
    for (const question of ['which newspaper published this piece', 'who published the article', 'where did the article appear', 'which experts are featured in the story']) {
      expect(analyse(question).normalised, question).not.toContain('carried');
    }
    expect(analyse('who published the report on internet users').normalised).toContain('published the report');
    expect(analyse('who runs chinaeu according to the article').normalised).not.toContain('carried');
    // What this article cites is what it says, after a piece it cites; "the experts the article quotes" asks who it quotes.
    expect(analyse("which newspaper carried the researcher's piece that the story cites").normalised).not.toContain('cites');
    expect(analyse('list the experts the article quotes').normalised).toContain('the article quotes');
  });

  it('reads "how long between", "how far apart" and "how long after" as a comparison of two things, asking the gap', () => {
    const between = analyse('how many years between the 1st and 5th wic');
    expect(between.compared).toEqual(['the first world internet conference', 'the fifth world internet conference']);
    expect(between.gapAsked).toBe(true);
    expect(between.missing).toEqual([]);
    expect(analyse('how far apart were the keynote and the strategy').compared).toEqual(['the keynote', 'the strategy']);
    expect(analyse('how long after the cyber law did construction on the park start').compared).toEqual(['the cyber law', 'construction on the park start']);
    expect(analyse('how long between the first wic and the fifth').compared).toEqual(['the first world internet conference', 'the fifth world internet conference']);
    expect(analyse('how long was it from the first conference to the second one').compared).toEqual(['the first world internet conference', 'the second world internet conference']);
    expect(analyse('which came first the keynote or the strategy').gapAsked).toBe(false);
    expect(analyse('how long has the wic been running').compared).toBeNull();
  });

  it('reads a slip of "how" before "many" or "much", and "bj" as Beijing', () => {
    expect(analyse('hwo many compnies signed up to move into teh park').normalised).toMatch(/^how many /);
    expect(analyse('hwo much will the park produce').normalised).toMatch(/^how much /);
    expect(analyse('govt expects the bj security park output to hit how much').normalised).toContain('the beijing security park');
  });

  it('grounds a verb WordNet also knows as a name by its synonyms ("begin" is to start, not Menachem Begin)', () => {
    const begin = analyse('when did construction on the park begin').terms.find((term) => term.meaning === 'begin');
    expect(begin?.grounding).not.toBeNull();
    expect(begin?.neighbours).toContain('start');
    // Nor is a form of a common verb ("goes", not the Dutch town of Goes); a place whose name ends so is still one ("wales").
    expect(analyse('besides an expo what else goes on during the awareness campaign').missing).toEqual([]);
    expect(analyse('how many internet users does wales have').missing.map((term) => term.meaning)).toEqual(['wales']);
  });

  it('reads chat shorthand for "something" and "regarding"', () => {
    expect(analyse('is beijing building a park or smth').normalised).toContain('or something');
    expect(analyse('what did xi say re core tech').normalised).toContain('say about core');
  });

  it('reads a noun of the kind of an event the article counts by ordinals as that event', () => {
    expect(analyse('what date was the note to the 4th summit').normalised).toContain('fourth world internet conference');
    expect(analyse('what was said at the very first meeting').normalised).toContain('first world internet conference');
    // Not a meeting of something else, a word of another kind, nor without an ordinal.
    expect(analyse('when was the first meeting of the cyberspace commission').normalised).not.toContain('world internet conference');
    expect(analyse('what happened in the 4th year').normalised).not.toContain('world internet conference');
    expect(analyse('when was the summit').normalised).not.toContain('world internet conference');
  });

  it('grounds a place by a part of it the article names, only where the passage names the part', () => {
    const belgium = analyse('who is the head of the chinaeu group in belgium').terms.find((term) => term.meaning === 'belgium');
    expect(belgium?.partOf).toBe(true);
    expect(belgium?.neighbours).toContain('brussels');
    expect(missingOf('how many internet users does peru have')).toEqual(['peru']);
  });

  it('grounds reworded questions through WordNet without calling them missing', () => {
    const firms = analyse('how many firms signed up for the park');
    expect(firms.missing).toEqual([]);
    expect(firms.terms.find((term) => term.meaning === 'firms')?.grounding).toBe('broader');
    expect(missingOf('what did xi say about indigenous innovation')).toEqual([]);
  });

  it('never takes a figure for a synonym: "decade" is not the "10" of "over 10 companies"', () => {
    const decade = analyse('how much is the hub expected to produce by the end of the decade').terms.find((term) => term.meaning === 'decade');
    expect(decade?.neighbours.some((word) => /\d/.test(word))).toBe(false);
  });

  it('reads "this year" as the latest year the article reports, not a deadline it gives', () => {
    expect(reportedYear(' the park started at the end of 2017 the 2019 week started last month the aim of becoming a leader by 2035 ')).toBe('2019');
    expect(reportedYear(' no year here ')).toBeNull();
    const asked = analyse("what is the theme of this year's wic");
    expect(asked.thisYear).toBe('2019');
    expect(asked.years).toEqual(['2019']);
    expect(analyse('what is the theme of the wic').thisYear).toBeNull();
    // The possessive typed without its apostrophe, and "yrs".
    for (const question of ['what was the theme of this years wic', 'where was this yrs awareness week held']) expect(analyse(question).thisYear, question).toBe('2019');
  });

  it('reads "stats" as figures, not as a slip of "starts"', () => {
    expect(analyse('which agency put out the stats on internet users').normalised).toContain('figures');
  });

  it('takes a unit of language after the question word for what is asked, not for something the article must mention', () => {
    const metaphor = analyse('what railway metaphor did xi use about the digital economy');
    expect(metaphor.missing).toEqual([]);
    expect(metaphor.terms.find((term) => term.meaning === 'metaphor')?.answerClass).toBe(true);
    expect(analyse('what adjectives did xi use for the online world').missing).toEqual([]);
    // … after "what is the" too: "what's the exact train metaphor xi used".
    expect(analyse("what's the exact train metaphor xi used about the digital economy").missing).toEqual([]);
    // Only as what is asked for: "why did xi use a metaphor" asks about one.
    const why = analyse('why did xi use a metaphor').terms.find((term) => term.meaning === 'metaphor');
    expect(why).toBeDefined();
    expect(why?.answerClass).toBeFalsy();
  });
});
