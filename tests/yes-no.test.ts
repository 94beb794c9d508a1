import { describe, expect, it } from 'vitest';
import { claimIn, verdictOn } from '../src/core/yes-no.js';

describe('claimIn', () => {
  it('reads the place or the date a yes/no question checks, and the question it stands for', () => {
    expect(claimIn('hey bot, is the wic held in beijing?')).toEqual({ asked: 'where is the wic held', value: 'beijing', type: 'place' });
    expect(claimIn('is wuzhen in zhejiang province or somewhere else?')).toEqual({ asked: 'where is wuzhen', value: 'zhejiang province', type: 'place' });
    expect(claimIn('did the cyber law take effect in June 2017?')).toEqual({ asked: 'when did the cyber law take effect', value: 'june 2017', type: 'date' });
    expect(claimIn('is the goal to be a cyberpower by 2050')).toEqual({ asked: 'when is the goal to be a cyberpower', value: '2050', type: 'date' });
  });

  it('finds no claim in other questions, nor in words after "in" that name no place', () => {
    for (const question of ['where is the wic held', 'did xi attend in person', 'is the wic held every year', 'was it said in passing', 'what happened in 2016']) {
      expect(claimIn(question), question).toBeNull();
    }
  });
});

describe('verdictOn', () => {
  const place = { asked: 'where is the wic held', value: 'beijing', type: 'place' } as const;
  const date = { asked: 'when did the law take effect', value: '2016', type: 'date' } as const;

  it('says yes when the answer names what was checked, no when it names another place or date', () => {
    expect(verdictOn(place, 'The conference is held in Wuzhen, Zhejiang province.')).toBe('no');
    expect(verdictOn(place, 'Beijing is building a park.')).toBe('yes');
    expect(verdictOn(date, 'The law took effect in June 2017.')).toBe('no');
    expect(verdictOn(date, 'The strategy was mapped out in December 2016.')).toBe('yes');
    expect(verdictOn({ ...date, value: 'june 2017' }, 'It took effect in June 2017.')).toBe('yes');
    expect(verdictOn({ ...date, value: 'march 2017' }, 'It took effect in June 2017.')).toBe('no');
  });

  it('says neither when the answer names no place or date', () => {
    expect(verdictOn(place, 'The conference has been a milestone effort.')).toBeNull();
    expect(verdictOn(date, 'The law safeguards sovereignty.')).toBeNull();
  });
});
