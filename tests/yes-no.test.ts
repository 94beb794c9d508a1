import { describe, expect, it } from 'vitest';
import { claimIn, roleVerdict, statedQuestion, verdictOn, withFiguresSpelt } from '../src/core/yes-no.js';

describe('claimIn', () => {
  it('reads the place or the date a yes/no question checks, and the question it stands for', () => {
    expect(claimIn('hey bot, is the wic held in beijing?')).toEqual({ asked: 'where is the wic held', value: 'beijing', type: 'place', subject: 'wic held' });
    expect(claimIn('is wuzhen in zhejiang province or somewhere else?')).toEqual({ asked: 'where is wuzhen', value: 'zhejiang province', type: 'place', subject: 'wuzhen' });
    expect(claimIn('did the cyber law take effect in June 2017?')).toEqual({ asked: 'when did the cyber law take effect', value: 'june 2017', type: 'date' });
    expect(claimIn('is the goal to be a cyberpower by 2050')).toEqual({ asked: 'when is the goal to be a cyberpower', value: '2050', type: 'date' });
  });

  it('reads a terse claim asked with a question mark ("wic held in beijing?"), and no statement without one', () => {
    expect(claimIn('wic held in beijing?')).toEqual({ asked: 'where is wic held', value: 'beijing', type: 'place', subject: 'wic held' });
    expect(claimIn('wic held in beijing')).toBeNull();
    expect(claimIn('what is held in beijing?')).toBeNull();
  });

  it('reads a figure checked, and a place the article names that compromise does not know', () => {
    expect(claimIn('does china have 900 million internet users')).toEqual({ asked: 'how many internet users does china have', value: '900 million', type: 'amount', counted: 'internet' });
    expect(claimIn('is the park output target 100 billion yuan')).toEqual({ asked: 'how much is the park output target', value: '100 billion yuan', type: 'amount' });
    expect(claimIn('is the wic held in wuzhen')).toBeNull();
    expect(claimIn('is the wic held in wuzhen', (name) => name === 'wuzhen')).toEqual({ asked: 'where is the wic held', value: 'wuzhen', type: 'place', subject: 'wic held' });
    expect(claimIn('did construction on the park start at the beginning of 2017')).toEqual({ asked: 'when did construction on the park start', value: 'the beginning of 2017', type: 'date' });
  });

  it('reads whom someone works for, a month typed short, and a figure followed by when', () => {
    expect(claimIn('is denis depoux from cisco?')).toEqual({ asked: 'who is denis depoux', value: 'of cisco', type: 'role' });
    expect(claimIn('was the 4th wic msg sent on dec 3 2017')).toEqual({ asked: 'when was the 4th wic msg sent', value: 'december 3 2017', type: 'date' });
    expect(claimIn('is the park expected to hit 100 billion usd by 2020')).toEqual({ asked: 'how much is the park expected to hit by 2020', value: '100 billion usd', type: 'amount' });
  });

  it('reads long made-up words after "a", "in" or "from" at once, and finds no claim in them', () => {
    // Each of these once stopped the bot: the words could be split as many ways as they have letters.
    const long = 'a'.repeat(60);
    for (const question of [`is x a ${long} #`, `is x a ${'ab'.repeat(40)}#`, `is the wic held in ${long}#`, `is denis depoux from ${long}#`]) {
      expect(claimIn(question), question).toBeNull();
    }
    expect(claimIn(`is yu wenwen a ${long}`)).toEqual({ asked: 'who is yu wenwen', value: long, type: 'role' });
  });

  it('reads a date before or after which something is checked as a bound', () => {
    expect(claimIn('did the cyber law take effect before 2018?')).toEqual({ asked: 'when did the cyber law take effect', value: '2018', type: 'date', bound: 'before' });
    expect(claimIn('was the 5th wic after june 2017')).toEqual({ asked: 'when was the 5th wic', value: 'june 2017', type: 'date', bound: 'after' });
  });

  it('reads which one of a yearly event is checked, by its ordinal', () => {
    expect(claimIn('did xi propose the shared future vision at the 1st wic?')).toEqual({ asked: 'at which wic did xi propose the shared future vision', value: 'first', type: 'edition' });
    expect(claimIn('was the park built in the first year')).toBeNull();
  });

  it('reads a statement put to check ("is it true that…") as the yes/no question it is', () => {
    expect(statedQuestion('is it actually true that the wic is held in beijing?')).toBe('is the wic held in beijing?');
    expect(statedQuestion('hey bot, is it true xi is the director of the commission')).toBe('is xi the director of the commission?');
    expect(statedQuestion('is it true the wic started in 2014')).toBeNull();
    expect(statedQuestion('is the wic held in beijing')).toBeNull();
    // A tag after the statement asks the same: "…, right?", "… correct?".
    expect(statedQuestion('wic is in beijing right?')).toBe('is wic in beijing?');
    expect(statedQuestion('what is the wic, right?')).toBeNull();
    expect(claimIn('is it true that the wic is held in beijing?')).toEqual({ asked: 'where is the wic held', value: 'beijing', type: 'place', subject: 'wic held' });
    // No "is" to put first: the statement's date is still checked, from the question it stands for.
    expect(claimIn('true or false: the law took effect before 2018')).toEqual({ asked: 'when the law took effect', value: '2018', type: 'date', bound: 'before' });
    // So is one with a tag after it, typed as members type it.
    expect(claimIn('the cyber law took effect in 2016 rite?')).toEqual({ asked: 'when the cyber law took effect', value: '2016', type: 'date' });
    expect(claimIn('construction on the park started in 2018, yeah?')).toMatchObject({ value: '2018', type: 'date' });
    expect(claimIn('what is the wic, right?')).toBeNull();
  });

  it('reads a month alone as a date checked, not "may"', () => {
    expect(claimIn('was the 4th wic in november')).toEqual({ asked: 'when was the 4th wic', value: 'november', type: 'date' });
    expect(claimIn('was it in may')).toBeNull();
    expect(verdictOn({ asked: 'when was the 4th wic', value: 'november', type: 'date' }, 'the fourth World Internet Conference on December 3, 2017')).toBe('no');
    expect(verdictOn({ asked: 'when did the law take effect', value: 'june', type: 'date' }, 'took effect in June 2017')).toBe('yes');
    expect(verdictOn({ asked: 'when did construction start', value: 'december', type: 'date' }, 'started at the end of 2017')).toBeNull();
  });

  it('reads a role of an organisation typed with a possessive as the role of that organisation', () => {
    expect(claimIn("is guy diedrich cisco's ceo")).toEqual({ asked: 'who is guy diedrich', value: 'ceo of cisco', type: 'role', owner: 'cisco' });
    // Not of a place: "is depoux china's managing director".
    expect(claimIn("is depoux china's managing director")).toBeNull();
    // Not where something of someone's is: "is yu wenwen's center based in shanghai" asks no role.
    expect(claimIn("is yu wenwen's center based in shanghai")?.type).not.toBe('role');
  });

  it('reads a place claimed of a place the article names, whatever the claimed place is', () => {
    expect(claimIn('is wuzhen in jiangsu', (name) => name === 'wuzhen')).toEqual({ asked: 'where is wuzhen', value: 'jiangsu', type: 'place', subject: 'wuzhen' });
  });

  it('checks a claim put in the negative as the claim without it, marked so that no yes or no is given, whose yes would be a no', () => {
    for (const question of ['is the wic not held in wuzhen?', 'is it true that the wic is not held in wuzhen', "the wic isn't held in wuzhen, right?", "isn't the wic held in wuzhen", "the wic isn't held in wuzhen, is it"]) {
      expect(claimIn(question, (name) => name === 'wuzhen'), question).toMatchObject({ value: 'wuzhen', type: 'place', negated: true });
    }
    // "Never", "no longer": not a plain "not", left unchecked.
    expect(claimIn('was the wic never held in beijing', (name) => name === 'beijing')).toBeNull();
    expect(statedQuestion('the wic is not held in wuzhen, right?')).toBeNull();
    // "President" ends in "nt" and is no negative.
    expect(claimIn('is the president in beijing')).not.toBeNull();
  });

  it('spells out figures typed short', () => {
    expect(withFiguresSpelt('china had 854m netizens, 14.13bn usd and 10k firms')).toBe('china had 854 million netizens, 14.13 billion usd and 10 thousand firms');
    expect(withFiguresSpelt('5g by 10am')).toBe('5g by 10am');
    expect(withFiguresSpelt('did china have over a billion internet users')).toBe('did china have over 1 billion internet users');
    // Not "half a billion", nor the "one" of "eighty-one billion" (found by a review: read as 1 billion).
    expect(withFiguresSpelt('over half a billion users')).toBe('over half a billion users');
    expect(withFiguresSpelt('eighty-one billion yuan')).toBe('eighty-one billion yuan');
  });

  it('finds no claim in other questions, nor in words after "in" that name no place', () => {
    for (const question of ['where is the wic held', 'did xi attend in person', 'was it said in passing', 'what happened in 2016']) {
      expect(claimIn(question), question).toBeNull();
    }
  });

  it('checks how often something recurs: "every two years" is no "every year"', () => {
    expect(claimIn('is the wic held every two years')).toEqual({ asked: 'how often is the wic held', value: 'every two years', type: 'frequency' });
    const often = (value: string) => ({ asked: '', value, type: 'frequency' }) as const;
    const text = 'an international event held by China in Wuzhen, Zhejiang province every year since 2014';
    expect(verdictOn(often('every two years'), text)).toBe('no');
    expect(verdictOn(often('every year'), text)).toBe('yes');
    expect(verdictOn(often('annual'), 'The weeklong campaign is an annual event')).toBe('yes');
    expect(verdictOn(often('every year'), 'Construction on the park started at the end of 2017.')).toBeNull();
  });

  it('checks where a yearly event is held as where, with "every year" said by the way; another frequency with a place as how often', () => {
    const isPlace = (name: string) => ['beijing', 'wuzhen', 'tianjin'].includes(name);
    const yearly = claimIn('is the wic held in beijing every year?', isPlace);
    expect(yearly).toEqual({ asked: 'where is the wic held', value: 'beijing', type: 'place', subject: 'wic held', recurring: true });
    expect(claimIn('is the wic held in wuzhen every two years', isPlace)).toEqual({ asked: 'how often is the wic held', value: 'every two years', type: 'frequency' });
    // A wrong place is a no; the right one a yes only where the sentence says it is every year's (found by a review: the 2019 week
    // that started in Tianjin confirmed "every year").
    expect(verdictOn(yearly!, 'The World Internet Conference, an international event held by China in Wuzhen, Zhejiang province every year since 2014')).toBe('no');
    const tianjin = claimIn('is the cybersecurity week started in tianjin every year?', isPlace)!;
    expect(verdictOn(tianjin, 'the 2019 China Cybersecurity Week that started in Tianjin last month')).toBeNull();
    expect(verdictOn({ ...yearly!, value: 'wuzhen' }, 'The World Internet Conference, held by China in Wuzhen every year since 2014')).toBe('yes');
  });
});

describe('verdictOn', () => {
  const place = { asked: 'where is the wic held', value: 'beijing', type: 'place' } as const;
  const date = { asked: 'when did the law take effect', value: '2016', type: 'date' } as const;
  const dated = (value: string) => ({ asked: '', value, type: 'date' }) as const;
  const before = (value: string) => ({ ...dated(value), bound: 'before' }) as const;
  const after = (value: string) => ({ ...dated(value), bound: 'after' }) as const;
  const where = (value: string, subject: string) => ({ asked: `where is ${subject}`, value, type: 'place', subject }) as const;

  it('says yes when the answer names what was checked, no when it names another place or date', () => {
    expect(verdictOn(place, 'The conference is held in Wuzhen, Zhejiang province.')).toBe('no');
    expect(verdictOn(place, 'Beijing is building a park.')).toBe('yes');
    expect(verdictOn(date, 'The law took effect in June 2017.')).toBe('no');
    expect(verdictOn(date, 'The strategy was mapped out in December 2016.')).toBe('yes');
    expect(verdictOn({ ...date, value: 'june 2017' }, 'It took effect in June 2017.')).toBe('yes');
    expect(verdictOn({ ...date, value: 'march 2017' }, 'It took effect in June 2017.')).toBe('no');
  });

  it('compares figures in the same currency, and exact figures only for a no', () => {
    const output = 'By 2020, the industrial output is expected to reach 100 billion yuan ($14.13 billion).';
    const amount = (value: string) => ({ asked: '', value, type: 'amount' }) as const;
    expect(verdictOn(amount('100 billion yuan'), output)).toBe('yes');
    expect(verdictOn(amount('14.13 billion dollars'), output)).toBe('yes');
    // The yuan figure is no dollar figure: 100 billion dollars is about seven times the target.
    expect(verdictOn(amount('100 billion dollars'), output)).toBe('no');
    expect(verdictOn(amount('$100 billion'), output)).toBe('no');
    expect(verdictOn(amount('900 million'), 'China had 854 million internet users by the end of June')).toBe('no');
    expect(verdictOn(amount('more than 10'), 'Over 10 companies have signed a contract')).toBe('yes');
    // "Over 10" neither confirms nor denies 20, nor exactly 10.
    expect(verdictOn(amount('10'), 'Over 10 companies have signed a contract')).toBeNull();
    expect(verdictOn(amount('20'), 'Over 10 companies have signed a contract')).toBeNull();
    // A bound is settled by one exact figure: "over a billion users" against 854 million is a no, "under a billion" a yes.
    const users = 'China had 854 million internet users by the end of June';
    expect(verdictOn(amount('over 1 billion'), users)).toBe('no');
    expect(verdictOn(amount('more than 800 million'), users)).toBe('yes');
    expect(verdictOn(amount('fewer than 1 billion'), users)).toBe('yes');
    expect(verdictOn(amount('over 5'), 'Over 10 companies have signed a contract')).toBeNull();
    // The bound itself is within "at least", not within "over", whose figure may be rounded; a bound the other way is a no (found by a
    // review: "at least 854 million" was a no, "fewer than 10" a yes).
    expect(verdictOn(amount('at least 854 million'), users)).toBe('yes');
    expect(verdictOn(amount('over 854 million'), users)).toBeNull();
    expect(verdictOn(amount('fewer than 10'), 'Over 10 companies have signed a contract')).toBe('no');
    expect(verdictOn(amount('under 10'), 'Over 10 companies have signed a contract')).toBe('no');
  });

  it('checks a day asked to the day, where the answer gives one', () => {
    const sent = 'Xi Jinping, in a congratulatory message to the fourth World Internet Conference on December 3, 2017.';
    expect(verdictOn(dated('december 3 2017'), sent)).toBe('yes');
    expect(verdictOn(dated('december 5 2017'), sent)).toBe('no');
    expect(verdictOn(dated('december 2017'), sent)).toBe('yes');
    expect(verdictOn(dated('june 1 2017'), 'The law took effect in June 2017.')).toBeNull();
  });

  it('checks the part of a year asked against the part given', () => {
    const started = 'Construction on the park started at the end of 2017.';
    expect(verdictOn(dated('the beginning of 2017'), started)).toBe('no');
    expect(verdictOn(dated('late 2017'), started)).toBe('yes');
    expect(verdictOn(dated('2017'), started)).toBe('yes');
    expect(verdictOn(dated('early 2017'), 'The law took effect in 2017.')).toBeNull();
  });

  it('checks a bound against the first date the answer gives', () => {
    expect(verdictOn(before('2018'), 'The law took effect in June 2017.')).toBe('yes');
    expect(verdictOn(before('2017'), 'The law took effect in June 2017.')).toBe('no');
    expect(verdictOn(before('june 2017'), 'The law took effect in June 2017.')).toBe('no');
    expect(verdictOn(before('2018'), 'Construction on the park started at the end of 2017.')).toBe('yes');
    expect(verdictOn(after('2016'), 'The law took effect in June 2017.')).toBe('yes');
    expect(verdictOn(after('2018'), 'The law took effect in June 2017.')).toBe('no');
    // "2017" may fall either side of June 2017: neither.
    expect(verdictOn(before('june 2017'), 'It happened in 2017.')).toBeNull();
    expect(verdictOn(before('2018'), 'It happened one day.')).toBeNull();
  });

  it('checks an ordinal against the one the answer gives before a name', () => {
    const edition = { asked: '', value: 'first', type: 'edition' } as const;
    const answer = 'President Xi Jinping proposed the vision … at the second World Internet Conference in December 2015.';
    expect(verdictOn(edition, answer)).toBe('no');
    expect(verdictOn({ ...edition, value: 'second' }, answer)).toBe('yes');
    expect(verdictOn(edition, 'He gave a keynote speech.')).toBeNull();
  });

  it('says no to a place only from another place the answer gives, and never of a region', () => {
    // "Beijing is building…" names no place Beijing is in.
    expect(verdictOn(where('china', 'beijing'), 'Beijing is building a national-level cybersecurity industrial park.')).toBeNull();
    expect(verdictOn(where('jiangsu', 'wuzhen'), 'The conference is held by China in Wuzhen, Zhejiang province.')).toBe('no');
    expect(verdictOn(where('asia', 'wuzhen'), 'The conference is held by China in Wuzhen, Zhejiang province.')).toBeNull();
    expect(verdictOn(where('north', 'tianjin'), 'The week started in Tianjin last month.')).toBeNull();
  });

  it('says no to a country only from another country the answer names, and yes to a place only the right way round', () => {
    expect(verdictOn(where('china', 'cybersecurity industrial park'), 'Beijing is building a national-level cybersecurity industrial park.')).toBeNull();
    expect(verdictOn(where('belgium', 'chinaeu'), 'Luigi Gambardella, president of ChinaEU, an international association in Brussels.')).toBeNull();
    expect(verdictOn(where('japan', 'wuzhen'), 'The conference is held by China in Wuzhen, Zhejiang province.')).toBe('no');
    // "Wuzhen, Zhejiang province" puts Wuzhen in Zhejiang, not the other way round.
    expect(verdictOn(where('wuzhen', 'zhejiang'), 'The conference is held by China in Wuzhen, Zhejiang province.')).toBeNull();
    expect(verdictOn(where('zhejiang', 'wuzhen'), 'The conference is held by China in Wuzhen, Zhejiang province.')).toBe('yes');
  });

  it('says neither when the answer names no place or date', () => {
    expect(verdictOn(place, 'The conference has been a milestone effort.')).toBeNull();
    expect(verdictOn(date, 'The law safeguards sovereignty.')).toBeNull();
  });
});

describe('roleVerdict', () => {
  const organisations = new Set(['cisco', 'kaspersky', 'roland berger china', 'roland berger', 'chinaeu']);

  it('says yes when a description holds the role, and no only when it names another organisation', () => {
    expect(roleVerdict('president of chinaeu', ['president of ChinaEU, an international association in Brussels'], organisations)).toBe('yes');
    expect(roleVerdict('ceo of cisco', ['managing director of Roland Berger China'], organisations)).toBe('no');
    expect(roleVerdict('president of roland berger', ['president of ChinaEU'], organisations)).toBe('no');
  });

  it('says no to the top post of the place the article puts them at, where it gives them a lower one, and yes to neither half of "vice-president"', () => {
    // Guy Diedrich is Cisco's global innovation officer, Anton Shingarev Kaspersky's vice-president of public affairs: members who
    // ask "is he the ceo / the president" are told "No." with what the article calls them (twenty-first round; it said neither before).
    expect(roleVerdict('ceo of cisco', ['global innovation officer of Cisco'], organisations)).toBe('no');
    expect(roleVerdict('president of kaspersky', ['vice-president of public affairs at Kaspersky'], organisations)).toBe('no');
    expect(roleVerdict('vice president of kaspersky', ['vice-president of public affairs at Kaspersky'], organisations)).toBe('yes');
    expect(roleVerdict('officer at cisco', ['global innovation officer of Cisco'], organisations)).toBe('yes');
  });

  it('says no to an organisation the article never names, for someone it places at one it does', () => {
    const unknown = (word: string): boolean => word === 'huawei';
    expect(roleVerdict('of huawei', ['vice-president of public affairs at Kaspersky'], organisations, unknown)).toBe('no');
    // Not of someone the article places at no organisation it quotes.
    expect(roleVerdict('of huawei', ['a researcher of the Beijing-based center'], organisations, unknown)).toBeNull();
  });

  it('says neither when the article only calls them something else', () => {
    expect(roleVerdict('journalist', ['a researcher of the Beijing-based center'], organisations)).toBeNull();
    expect(roleVerdict('head of cisco in china', ['global innovation officer of Cisco'], organisations)).toBeNull();
  });
});

