import { distance } from 'fastest-levenshtein';
import { stemmer } from 'stemmer';
import { eng } from 'stopword';
import type { ArticleInfo } from './article.js';
import type { Passage } from './passages.js';

/** English function words (the `stopword` package's list). */
export const STOP_WORDS: ReadonlySet<string> = new Set(eng);

/**
 * The article's own words, and the ways members reach them: acronyms of its multi-word names
 * ("wic"), ordinals ("5th"), chat abbreviations ("ppl"), and spelling slips ("wuzen"). Built once
 * per index from the text; written by hand because it is the bot's core: what counts as "the
 * article says this" decides whether it answers at all.
 */

const FUNCTION_WORDS = new Set('of and for on in the to at by with a an'.split(' '));

/** Chat shorthand and short forms, as the plain words an article uses. General English, not this article's. */
export const SHORTHAND: Readonly<Record<string, string>> = {
  ppl: 'people', ppls: 'people', peeps: 'people', govt: 'government', gov: 'government', govts: 'governments', intl: 'international',
  natl: 'national', pres: 'president', prez: 'president', mil: 'million', mln: 'million', bn: 'billion', yrs: 'years', yr: 'year',
  abt: 'about', wat: 'what', wht: 'what', wut: 'what', whats: 'what is', whos: 'who is', wheres: 'where is', whens: 'when is',
  hows: 'how is', u: 'you', ur: 'your', r: 'are', bc: 'because', cuz: 'because', b4: 'before', tho: 'though', rn: 'now',
  thx: 'thanks', pls: 'please', plz: 'please', tech: 'technology', techs: 'technologies', info: 'information', org: 'organisation',
  dept: 'department', co: 'company', cos: 'companies', corp: 'corporation', ai: 'artificial intelligence', iot: 'internet of things',
  md: 'managing director', ceo: 'chief executive', vp: 'vice-president', dec: 'december', nov: 'november', jan: 'january',
  feb: 'february', mar: 'march', apr: 'april', jun: 'june', jul: 'july', aug: 'august', sep: 'september', sept: 'september',
  oct: 'october', st: 'street', app: 'application', apps: 'applications', netizen: 'internet user', netizens: 'internet users', gen: 'generation', bri: 'belt and road', prc: 'china', cn: 'china', n: 'and', shud: 'should', shld: 'should',
  wud: 'would', cud: 'could', wats: 'what is', msg: 'message', msgs: 'messages', conf: 'conference', prog: 'program',
  mgmt: 'management', w: 'with', y: 'why', bout: 'about', tmrw: 'tomorrow', mins: 'minutes', hrs: 'hours', num: 'number',
  amt: 'amount', pct: 'percent', nat: 'national', admin: 'administration', sec: 'security', hw: 'how',
  whn: 'when', whr: 'where', usd: 'dollars', ind: 'industrial', exec: 'executive', execs: 'executives', biz: 'business',
  stat: 'figure', stats: 'figures', mgr: 'manager', rep: 'representative', reps: 'representatives', acc: 'according', vid: 'video', vids: 'videos', pic: 'picture', pics: 'pictures',
  smth: 'something', sth: 'something', smthg: 'something', re: 'about', tgt: 'target', cybersec: 'cybersecurity', wk: 'week', wks: 'weeks',
  shd: 'should', comms: 'communications', un: 'united nations', rd: 'road', doc: 'document', docs: 'documents', "int'l": 'international', "int’l": 'international', "gov't": 'government', "gov’t": 'government', "nat'l": 'national', "nat’l": 'national', bucks: 'dollars', quid: 'pounds',
  thru: 'through', tru: 'true', uni: 'university', grad: 'graduate',
  gimme: 'give me', lemme: 'let me', dunno: 'do not know', gotcha: 'got it', em: 'them',
  // Beijing by its pinyin initials, as chat writes it ("bj time").
  bj: 'beijing',
};

/** Chat that says nothing of what is asked wherever it stands: "gg", "iirc", "smh". */
export const CHAT_WORDS: readonly string[] = ['gg', 'fr', 'istg', 'iirc', 'afaik', 'tbf', 'imo', 'smh', 'ikr', 'omg', 'welp', 'ayo', 'oi', 'sup', 'yall', "y'all"];

/** Chat members open a question with, no part of what it asks: "wait", "ok so", "lol", "trivia". */
export const CHAT_OPENINGS: readonly string[] = [
  'so', 'ok', 'okay', 'k', 'wait', 'hey', 'hi', 'hello', 'yo', 'lol', 'lmao', 'bruh', 'bro', 'dude', 'um', 'hmm', 'uh', 'btw', 'tbh', 'ngl',
  'lowkey', 'highkey', 'and', 'but', 'also', 'actually', 'basically', 'anyway', 'quick', 'question', 'trivia', 'q', 'pls', 'please', 'bot', 'guys',
  ...CHAT_WORDS,
  'hiya', 'howdy',
];

/** A piece of writing someone wrote: "article", "op-ed", "commentary". */
const PIECE = '(?:article|piece|story|column|essay|editorial|commentary)s?';
/** After a verb: someone's piece, within a few words ("the think tank researcher's piece"), or one "by" someone. */
const OWNED_PIECE = `(?: [\\p{L}'’-]+){0,4}['’]s?(?: [\\p{L}-]+){0,2} ${PIECE}\\b|(?: [\\p{L}'’-]+){0,3} ${PIECE} by\\b`;

/** A plan, strategy or blueprint after a verb, and a word before it: what is "drawn up" ("draw up its national plan"). */
const PLAN_AFTER = String.raw`(?= (?:a |an |the |its |their |his |her |our )?(?:[\p{L}-]+ ){0,3}(?:plans?|strateg(?:y|ies)|blueprints?|road ?maps?|polic(?:y|ies)|outlines?|frameworks?)\b)`;

/** A way of thinking after a verb ("ditch the old mentality"); the rule after it takes the verb last, after one ("what old mentality did he tell countries to ditch"). */
const MENTALITY_AFTER = String.raw`(?=(?: (?:the|that|this|its|their|an?))?(?: (?:old|outdated|old-fashioned|obsolete))? (?:mentality|thinking|attitude|notion)\b)`;

/** An idea after a verb: what is "floated" ("float the idea of…"). */
const IDEA_AFTER = String.raw`(?= (?:the |an |a |his |her |their |this |that )?(?:ideas?|notions?|concepts?|proposals?|visions?|plans?)\b)`;

/** What a person is called by their work: "the roland berger guy", "the cisco ceo", "the brussels association head". */
const PERSON_TITLE = '(?:guy|man|woman|lady|person|exec|executive|boss|head|rep|representative|spokes(?:man|woman|person)|official|expert|researcher|scholar|analyst|chief|director|officer|vp|ceo|president|chairman|chairwoman|chair|founder|leader|manager)';

/** A list asked in the order of time: "in order", "chronologically", "oldest first"; or the other way ("newest first": group 1; "in reverse order"). */
export const IN_ORDER = /\b(?:(?:from )?(latest|newest|most recent) (?:first|to (?:earliest|oldest|first))|in (?:reverse )?(?:chronological |date |time )?order|chronologically|by date|(?:oldest|earliest|first) first|from (?:first|earliest|oldest) to (?:last|latest|newest))\b/u;

/** News idioms no dictionary word stands for, as the plain words an article would use. General English, not this article's. */
const IDIOMS: Array<[RegExp, string]> = [
  [/\b(?:break|breaks|broke|broken|breaking) ground\b/gu, 'start construction'],
  // New technology is "applied" in the article's words: "the rollout of ai", "the deployment of emerging tech".
  [/\b(?:roll-?outs?|deployment|adoption|rolling out|deploying) of (?=(?:the |new |emerging |next-gen |such )*(?:tech|techs|technology|technologies|ai|artificial intelligence|iot|internet of things)\b)/gu, 'application of '],
  // Beginning to build something is the start of its construction: "when did they begin building that zone".
  [/\b(?:begin|begins|began|begun|beginning|start|starts|started|starting|commence|commenced) (?:building|constructing|to build|to construct)\b/gu, 'start construction on'],
  // And in the passive: "when did ground get broken on the zone", "when was ground broken".
  [/\bground (?:get|gets|got|was|were|is|be|been|being) broken\b/gu, 'construction start'],
  [/\b(?:set|sets|setting) up shop\b/gu, 'move'],
  // A structure "put up" is built: "why is the capital putting up the tech park".
  [/\bputting up\b(?= (?:an? |the |its |their |this |that )?(?:[\p{L}-]+ ){0,3}(?:park|parks|building|buildings|zone|zones|hub|hubs|campus|centre|center|facility|facilities|plant|plants|factory|factories|base|bases|tower|towers)\b)/gu, 'building'],
  [/\bputs up\b(?= (?:an? |the |its |their |this |that )?(?:[\p{L}-]+ ){0,3}(?:park|parks|building|buildings|zone|zones|hub|hubs|campus|centre|center|facility|facilities|plant|plants|factory|factories|base|bases|tower|towers)\b)/gu, 'builds'],
  [/\bput up\b(?= (?:an? |the |its |their |this |that )?(?:[\p{L}-]+ ){0,3}(?:park|parks|building|buildings|zone|zones|hub|hubs|campus|centre|center|facility|facilities|plant|plants|factory|factories|base|bases|tower|towers)\b)/gu, 'build'],
  // "Since it started", "since its launch" at the end: since its beginning, said by the year it began ("every year since 2014").
  [/\bsince (?:it|they|its (?:start|launch|founding|inception|beginning|creation|debut)|the (?:start|beginning))(?: (?:first )?(?:started|began|begun|kicked off|launched|was (?:launched|founded|created|set up|established|started)))?(?=\s*[?.!,]*\s*$)/gu, ''],
  [/\b(?:come|comes|came|coming|go|goes|went|gone|going) into (?:force|effect)\b/gu, 'take effect'],
  // A law "starts" or "kicks in" when it takes effect: "when did the law start" (not the week "that started in Tianjin").
  [/(?<=\b(?:law|laws|act|rules|regulations?)(?: (?:first|officially|actually|really))? )(?:start|starts|started|starting|begin|begins|began|kick in|kicks in|kicked in|commence|commences|commenced|apply|applied)\b/gu, 'take effect'],
  // Whatever it is of, "becoming effective" or "going live" is taking effect: "when did china's law for protecting networks become active".
  [/\b(?:become|becomes|became|becoming|go|goes|went|gone|going) (?:active|effective|operative|live)\b/gu, 'take effect'],
  // The people on the internet are its users: "how big is china's online crowd", "the figure on web surfers", "people online".
  [/\b(?:online|internet|web|net) (?:crowd|crowds|population|masses|surfers|goers)\b|\b(?:web|net|internet) ?surfers\b/gu, 'internet users'],
  // An audience or people online, only counted: "how many people online in china", not "what did xi say to the online audience".
  [/(?<=\b(?:how many|how big|how large|size of|number of|headcount of|count of)\b.*)\b(?:(?:online|internet|web) audience|(?:people|folks|persons|chinese|citizens|residents)(?: (?:going|getting|who (?:go|are|get)))? online)\b/gu, 'internet users'],
  // The world, realm or space of the internet is cyberspace: "what kind of online world does xi want", "the digital realm's future".
  [/\b(?:the )?(?:online|digital|virtual|internet|web|cyber|networked) (?:world|realm|sphere|space|domain|universe)\b/gu, 'cyberspace'],
  // "Sino-European", "sino us": China's, by its combining form.
  [/\bsino[-–](?:us|u\.s\.|american|america)\b/gu, 'chinese american'],
  [/\bsino[-– ](?=\p{L})/gu, 'chinese '],
  // A courtesy title before a name says nothing of who: "Mr. Depoux" is Depoux.
  [/\b(?:mr|mrs|ms|dr|prof)\.? (?=\p{L})/gu, ''],
  // Greetings of members who write as they would a letter: "Good morning, may I ask…", "Hello there! Excuse me, …".
  // Set off by a mark: "greetings from xi were sent to…" is no greeting.
  [/^(?:(?:hi|hello|hey|hiya)(?: there)?[\s,!.]+)?(?:(?:good (?:morning|afternoon|evening|day)(?: to you)?|greetings|excuse me|pardon me|dear bot)\s*[,!.:]+\s*)+/gu, ''],
  // A frame a specialist puts first says how they look at it, not what they ask: "from a sourcing standpoint, which…", "CIIP-wise,
  // which…", "on the data-protection front, what…". Only before a question word.
  [/^(?:(?:from|in) an? [\p{L}-]+(?: [\p{L}-]+)? (?:perspective|standpoint|point of view|viewpoint|angle|lens|sense)|[\p{L}-]+-wise|on the [\p{L}-]+(?: [\p{L}-]+)? (?:front|side)|in terms of [\p{L}-]+(?: [\p{L}-]+)?|speaking of [\p{L}-]+(?: [\p{L}-]+)?)[\s,:;-]+(?=(?:what|which|who|whom|whose|when|where|why|how|is|are|was|were|did|does|do)\b)/gu, ''],
  // Whose view it is, is whom it is according to: "in the chinese leader's view, whose hands…", "…in xi's opinion". Not the
  // author's view, which the article does not give; nor what was "in xi's mind" or "in the world's eyes".
  [/\bin ((?:the |that |this )?(?:(?!(?:author|writer|reporter|journalist|article|piece|story|my|your|our)\b)[\p{L}-]+ ){0,3}?(?!(?:author|writer|reporter|journalist|article|piece|story)['’])[\p{L}-]+)['’]s? (?:own )?(?:view|opinion|words|estimation|assessment|reckoning)\b(?=\s*[,?.!]|\s*$|\s+(?:what|who|whom|whose|which|when|where|why|how|is|are|was|were|did|does|do|should|will)\b)/gu, 'according to $1'],
  // What someone "called" a thing is what they said it is: "what did xi call cyberspace" (not "called for", which the passage has).
  // So is how they characterised it: "how did xi characterise cyberspace in his 2015 keynote" (the occasion after it stays).
  [/^(?:what|how) (did|does|do) ((?:[\p{L}'’-]+ ){1,3})(?:call|characteri[sz]e|describe|portray|depict|define) ((?:the |a |an )?[\p{L}-]+(?: (?!(?:in|at|during|on)\b)[\p{L}-]+)?)(?=(?: (?:in|at|during|on) [^?.!]*)?\s*[?.!]*$)/gu, 'what $1 $2say $3 is'],
  // Chat that vouches for itself, no part of what is asked: "no cap", "on god", "deadass", "for real".
  // At either end of the message: "is there no cap on foreign stakes" asks of a cap.
  [/^(?:no cap|on god|ong|deadass|for real|fr fr)\b[\s,!.]*|[\s,!.]+(?:no cap|on god|ong|deadass|for real|fr fr)(?=[\s?!.]*$)/gu, ''],
  // "The forth wic": an ordinal before what it counts, not "back and forth".
  [/\b(the|its|their|a) forth\b(?= (?!and\b)[\p{L}])/gu, '$1 fourth'],
  // A newspaper's opinion piece: compromise splits the word into "op" and "ed", which read as two unknown names.
  [/\bop-?eds?\b/gu, 'article'],
  // "What are the names of the people quoted" asks who they are.
  [/^what (?:are|were) (?:the )?names of (?:all )?(?:the )?(?=(?:people|experts|speakers|persons|individuals|analysts|officials|executives)\b)/gu, 'who are the '],
  // "What's the name of the roland berger china guy", "the cisco ceo's name", "what is the cisco ceo called" ask who they are: the
  // person the article quotes for that firm, or one it does not name.
  [new RegExp(`^(?:what(?: is|'s|s)? )?(?:the )?name of (?=(?:the |that |this )?(?:[\\p{L}'’-]+ ){0,4}${PERSON_TITLE}\\s*[?.!]*$)`, 'gu'), 'who is '],
  [new RegExp(`^what(?: is|'s|s) ((?:the |that |this )?(?:[\\p{L}'’-]+ ){0,4}${PERSON_TITLE})(?:'s|’s) name(?=\\s*[?.!]*$)`, 'gu'), 'who is $1'],
  [new RegExp(`^what(?: is|'s|s) ((?:the |that |this )?(?:[\\p{L}'’-]+ ){0,4}${PERSON_TITLE}) called(?=\\s*[?.!]*$)`, 'gu'), 'who is $1'],
  // Someone who appears "on screen" speaks by video: "at which edition did xi appear on screen".
  [/\b(?:on|via|by) (?:a |the )?(?:screens?|tv|television|video ?link|livestream|live stream)\b/gu, 'by video'],
  // Where something "lies" is where it is: "where the future of cyberspace lies" ("…is in the hands of all countries").
  [/(?<=\bwhere (?:[\p{L}'’-]+ ){1,6})(?:lies|lie|lay)\b/gu, 'is'],
  // "So far", "to date", "as of now" at the end of what is asked say only that it is asked of now: "how many firms have signed up so far".
  [/,?\s*\b(?:so far|thus far|to date|as of (?:now|today|yet)|as yet|up (?:to|till|until) now)(?=\s*[?.!]*\s*$)/gu, ''],
  // "What's the deal with the park", "what's up with the park", "tell me about the park": what it is.
  [/^(?:what(?:'s| is|s) (?:the (?:deal|story|thing|situation) with|up with)|tell me (?:a bit |more )?about|explain)\s+(?=(?:the|this|that) [\p{L}-]+\s*[?.!]*$)/gu, 'what is '],
  // "these days" is now, not days of something ("daily").
  [/\b(?:these days|this day and age|at the moment)\b/gu, 'now'],
  // The "digital divide" is the gap in access to information between those who have it and those who do not; a "divide between"
  // countries is a gap between them (WordNet's "divide" is a watershed or a quarrel).
  [/\b(?:digital|information|info|internet|tech|technology|technological|online) divides?\b/gu, 'information gap'],
  [/\b(?:divides?|gaps?) in (?:digital |internet |online |information |tech |technology )?(?:access|connectivity)\b/gu, 'information gap'],
  [/\b(?:divides?|gaps?) (?:of|in) information\b/gu, 'information gap'],
  // A change in size by "getting smaller" or "bigger": "is the gap getting smaller" asks whether it is shrinking.
  [/\b(?:getting|growing|becoming) (?:smaller|narrower)\b/gu, 'shrinking'],
  [/\b(?:getting|growing|becoming) (?:wider|broader)\b/gu, 'widening'],
  [/\b(?:getting|growing|becoming) (?:bigger|larger)\b/gu, 'growing'],
  // A great power of the internet is a "cyberpower" in the article's word: "a top digital superpower", "a leading internet power".
  [/\b(?:digital|cyber|internet|online|web|tech|technology|network) (?:super ?)?powers?\b/gu, 'cyberpower'],
  [/\bcyber ?superpowers?\b/gu, 'cyberpower'],
  // Countries that "get along well" have good relations: "who said china and russia get along well".
  [/\b(?:get|gets|got|getting) along (?:well|fine|nicely|great)\b/gu, 'have good relations'],
  [/\bdivides?(?= (?:(?:in|of) (?:[\p{L}-]+ ){1,3})?(?:between|among|amongst|across)\b)/gu, 'gap'],
  // Safety or defence of what is online is cybersecurity, the word for it ("the national online safety plan", "an infosec hub",
  // "keeping networks safe"). Not "internet security" or "network security", which an article may write as such.
  [/\b(?:(?:online|web|net|digital|internet|network|networks|cyber)[- ]?(?:safety|defen[cs]es?|protection)|(?:online|web|digital)[- ]security|hacker[- ]defen[cs]es?|infosec)\b/gu, 'cybersecurity'],
  [/\bkeep(?:s|ing)? (?:the |its |their |our |his |her |a )?(?:networks?|net|internet|web|cyberspace|computers?|systems?) (?:safe|secure)\b/gu, 'cybersecurity'],
  // As a thing, after a word of what it is about ("the yearly drive on staying safe online"); "how to stay safe online" asks advice.
  [/(?<=\b(?:on|about|of|for|in|to) )(?:(?:staying|being|keeping) )?(?:safe|safety|secure|security) (?:online|on the (?:web|internet|net))\b/gu, 'cybersecurity'],
  // "Building work" is construction, not something being built: "when did building work begin on the zone".
  [/\b(?:building|construction) works?\b/gu, 'construction'],
  // An idea is "floated" as it is proposed (WordNet's "float" is mostly staying on water).
  [new RegExp(`\\bfloats?\\b${IDEA_AFTER}`, 'gu'), 'propose'],
  [new RegExp(`\\bfloated\\b${IDEA_AFTER}`, 'gu'), 'proposed'],
  [new RegExp(`\\bfloating\\b${IDEA_AFTER}`, 'gu'), 'proposing'],
  // And "put forward" ("first put forward the idea of…"), in the article's word.
  [new RegExp(`\\b(?:put|puts) forward\\b${IDEA_AFTER}`, 'gu'), 'propose'],
  [new RegExp(`\\bputting forward\\b${IDEA_AFTER}`, 'gu'), 'proposing'],
  // "A community of common destiny" is the other English of "a community with a shared future", which the article may use.
  [/\b(?:common|shared|joint) destiny\b/gu, 'shared future'],
  // A way of thinking, a mindset, is a mentality; to ditch, drop or throw it out is to reject it.
  [/\b(?:ways? of thinking|mind-?sets?)\b/gu, 'mentality'],
  [new RegExp(`\\b(?:ditch|drop|toss|dump|scrap|abandon|throw out|throw away|get rid of|give up)\\b${MENTALITY_AFTER}`, 'gu'), 'reject'],
  [/(?<=\b(?:mentality|thinking|attitude|notion)\b.*\bto )(?:ditch|drop|toss|dump|scrap|abandon|throw out|throw away|get rid of|give up)(?=$| (?:back|in|at|during|when)\b)/gu, 'reject'],
  // The order a list is asked in is no word of what it lists (the reader orders it): "list xi's wic messages newest first".
  [new RegExp(IN_ORDER.source, 'gu'), ''],
  // A plan is "drawn up" as it is mapped out (WordNet's "draw up" is pulling up, or a vehicle stopping).
  [new RegExp(`\\b(?:draw|draws|lay|lays) (?:up|out)\\b${PLAN_AFTER}`, 'gu'), 'map out'],
  [new RegExp(`\\blaid out\\b${PLAN_AFTER}`, 'gu'), 'mapped out'],
  [new RegExp(`\\b(?:drew|drawn) up\\b${PLAN_AFTER}`, 'gu'), 'mapped out'],
  [new RegExp(`\\bdrawing up\\b${PLAN_AFTER}`, 'gu'), 'mapping out'],
  // Companies "back out" of a deal: they pull out of it (WordNet's "back out" is moving backwards).
  [/\bback(?=(?:s|ed|ing)? out\b)/gu, 'pull'],
  // A headcount is a number of people: "the web user headcount".
  [/\bheadcounts?\b/gu, 'number of people'],
  // A "think tank" is a research centre or institute (WordNet reads "tank" as a container or an armoured vehicle).
  [/\bthink[- ]?tanks?\b/gu, 'research center'],
  // "greenbacks" are US dollars, as the article writes amounts ("$14.13 billion").
  [/\bgreenbacks?\b/gu, 'dollars'],
  // "midyear" is the end of June: "how many were online as of midyear".
  [/\b(?:(?:as of|by|at) )?(?:the )?mid-?years?\b/gu, 'by the end of june'],
  // A paper "runs" a piece: it carries it (WordNet's "run" is mostly moving).
  [/\b(?:run|runs|ran|running)\b(?=(?: (?!this\b)[\p{L}'’]+){0,3} (?:article|piece|story|column|report|essay|editorial|interview)s?\b)/gu, 'carried'],
  // So does one that runs, prints or publishes someone's piece ("which newspaper printed the think tank scholar's piece", "which
  // paper ran the piece by the researcher"), and someone's piece "appears" in it: the article's "an article carried by the Guangming
  // Daily". Only a piece with an owner: "who published the article", "where did the story appear" ask of this article's own facts.
  [new RegExp(`\\b(?:run|runs|ran|running|print|prints|printed|printing|publish|publishes|published|publishing)\\b(?=${OWNED_PIECE})`, 'gu'), 'carried'],
  [new RegExp(`(?<=[\\p{L}-]+['’]s?(?: [\\p{L}-]+)? ${PIECE} )(?:appear|appears|appeared|run|ran)\\b`, 'gu'), 'carried'],
  // What this article cites is what it says: "the researcher's piece that the story cites" asks only of the piece. Not "the experts
  // the article quotes", which asks who it quotes.
  [new RegExp(`(?<=\\b${PIECE} )(?:that |which )(?:the|this) (?:story|article|text) (?:cites|cited|quotes|quoted|references|referenced)\\b`, 'gu'), ''],
  // "who heads chinaeu" asks who its head is, whatever the article calls that post.
  // Before what is led, not "who leads in 5g technology".
  // After chat it opens with: "wait who runs chinaeu".
  [new RegExp(`^(?:(?:${CHAT_OPENINGS.join('|')})[\\s,;:.!-]+)*who (?:(?:actually|really|exactly|currently|now) )?(?:heads|leads|runs|chairs|directs)\\b(?! (?:in|on|at|with|for|the way)\\b)`, 'gu'), 'who is the head of'],
  [new RegExp(`^(?:(?:${CHAT_OPENINGS.join('|')})[\\s,;:.!-]+)*who (?:(?:actually|really|exactly) )?(?:headed|led|ran|chaired|directed)\\b(?! (?:in|on|at|with|for|the way)\\b)`, 'gu'), 'who was the head of'],
];

/** A question with its idioms in plain words: "when did they break ground on the park" → "…start construction on the park". */
export function withoutIdioms(text: string, replaced?: (typed: string, plain: string) => void): string {
  return IDIOMS.reduce(
    (out, [pattern, plain]) =>
      out.replace(pattern, (typed: string, ...groups: unknown[]) => {
        // "$1" in the plain words is what the pattern's first group matched ("who is $1").
        const words = plain.replace(/\$(\d)/g, (_, n: string) => (typeof groups[Number(n) - 1] === 'string' ? (groups[Number(n) - 1] as string) : ''));
        replaced?.(typed, words);
        return words;
      }),
    text,
  );
}

export const ORDINALS = ['zeroth', 'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth',
  'eleventh', 'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth', 'nineteenth', 'twentieth'];
const NUMBERS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];

/** Particles of phrasal verbs: "kick off", "put up", "move in". */
export const PARTICLES: ReadonlySet<string> = new Set(['up', 'down', 'off', 'out', 'in', 'on', 'over', 'away', 'back', 'about', 'around', 'through']);

/** Words of a question that ask about the article itself; spelling is corrected toward them too. */
export const FRAME_WORDS = [
  'author', 'wrote', 'written', 'writer', 'byline', 'reporter', 'journalist', 'newspaper', 'paper', 'publication', 'published',
  'publisher', 'outlet', 'headline', 'title', 'subtitle', 'subheading', 'photo', 'photograph', 'photographer', 'picture',
  'image', 'credit', 'credits', 'credited', 'illustration', 'illustrator', 'artwork', 'email', 'article', 'piece', 'story', 'quoted', 'quote', 'quotes', 'mentioned', 'mention', 'mentions', 'said',
  'say', 'says', 'first', 'earlier', 'later', 'before', 'after', 'which', 'when', 'where', 'what', 'who', 'how', 'many', 'much',
];

/** Text to match literally inside a regular expression. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The one stemming rule of the bot (BM25 and grounding alike): Porter, with numbers and "5g" kept whole. */
export function stem(word: string): string {
  const lower = word.toLowerCase().replace(/['’]s$/u, '');
  return /\d/.test(lower) ? lower : stemmer(lower);
}

/** Words of a text as members would type them: lower case, letters and digits, "china's" kept whole. */
export function wordsOf(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/gu) ?? [];
}

/** The stems of a text's words, and of each part of a hyphenated one: "vice-president" gives "vice-presid", "vice" and "presid". */
export function stemsWithParts(text: string): string[] {
  return wordsOf(text)
    .flatMap((word) => [word, ...word.split('-')])
    .map(stem);
}

export interface Lexicon {
  /** Lower-case surface words of the article and its metadata. */
  words: Set<string>;
  /** Porter stems of them. */
  stems: Set<string>;
  /** Acronyms of the article's multi-word names ("wic" → "World Internet Conference"). */
  acronyms: Map<string, string>;
  /** How often each stem occurs, for choosing among spelling corrections. */
  frequency: Map<string, number>;
  /** First six letters of the article's longer words, for "russian" → "russia". */
  prefixes: Set<string>;
  /** Spelling corrections already worked out, by word. */
  corrections: Map<string, string | null>;
  /** Words of the article's proper names, lower case ("diedrich", "berger"). */
  names: Set<string>;
  /** The article's multi-word names as it writes them, by their lower-case form ("world internet conference"). */
  nameForms: Map<string, string>;
  /** Pairs of words that follow each other in the article ("roland berger"), lower case. */
  bigrams: Set<string>;
  /** The article's names written solid from two capitalised words, as written ("ChinaEU"). */
  solidNames: Set<string>;
  /** Words of its authors' names, from the bylines, lower case ("cao", "desheng"). */
  authorWords: Set<string>;
  /** The names of the papers it comes from, lower case ("china daily"). */
  newspapers: string[];
}

/** Capitalised runs of two or more words ("China Internet Network Information Center"), function words allowed inside. */
function multiWordNames(text: string): string[] {
  const names: string[] = [];
  const pattern = /\p{Lu}[\p{L}-]*(?:\s+(?:(?:of|and|for|on|the)\s+)?(?!(?:January|February|March|April|May|June|July|August|September|October|November|December)\b)\p{Lu}[\p{L}-]*)+/gu;
  for (const match of text.matchAll(pattern)) names.push(match[0]);
  return names;
}

function acronymOf(name: string): string {
  return name
    .split(/\s+/)
    .filter((word) => !FUNCTION_WORDS.has(word.toLowerCase()))
    .map((word) => word[0]!.toLowerCase())
    .join('');
}

export function buildLexicon(passages: Passage[], articles: ArticleInfo[]): Lexicon {
  const texts = [
    ...passages.map((passage) => `${passage.text}\n${passage.section ?? ''}\n${passage.speaker ?? ''}\n${passage.role ?? ''}`),
    ...articles.flatMap((article) => [article.title, article.deck, article.byline, article.kicker, article.newspaper, ...article.credits.map((c) => c.name)]),
  ].filter((text): text is string => Boolean(text));
  const words = new Set<string>();
  const frequency = new Map<string, number>();
  const acronyms = new Map<string, string>();
  for (const text of texts) {
    for (const word of wordsOf(text)) {
      words.add(word);
      for (const part of word.split(/[-'’]/u)) words.add(part);
      const s = stem(word);
      frequency.set(s, (frequency.get(s) ?? 0) + 1);
    }
    for (const name of multiWordNames(text)) {
      const acronym = acronymOf(name.replace(/^The\s+/u, ''));
      if (acronym.length >= 2 && !acronyms.has(acronym)) acronyms.set(acronym, name);
    }
  }
  // Lower-case multi-word terms that are commonly abbreviated are caught by SHORTHAND instead.
  const stems = new Set([...words].map(stem));
  const prefixes = new Set([...words].filter((word) => word.length >= 6).map((word) => word.slice(0, 6)));
  const names = new Set<string>();
  const nameForms = new Map<string, string>();
  const bigrams = new Set<string>();
  const solidNames = new Set<string>();
  for (const text of texts) {
    for (const [name] of text.matchAll(/(?<![\p{L}])\p{Lu}\p{Ll}+\p{Lu}[\p{L}]*(?![\p{L}])/gu)) solidNames.add(name);
    for (const name of multiWordNames(text)) {
      for (const word of wordsOf(name)) names.add(word);
      const form = name.replace(/^The\s+/u, '');
      nameForms.set(wordsOf(form).join(' '), form);
    }
    const all = wordsOf(text);
    for (let i = 1; i < all.length; i += 1) bigrams.add(`${all[i - 1]} ${all[i]}`);
  }
  const authorWords = new Set(articles.flatMap((article) => wordsOf(article.byline ?? '')));
  const newspapers = [...new Set(articles.flatMap((article) => (article.newspaper ? [wordsOf(article.newspaper).join(' ')] : [])))];
  return { words, stems, acronyms, frequency, prefixes, corrections: new Map(), names, nameForms, bigrams, solidNames, authorWords, newspapers };
}

export function knowsWord(lexicon: Lexicon, word: string): boolean {
  const lower = word.toLowerCase();
  if (lexicon.words.has(lower) || lexicon.stems.has(stem(lower))) return true;
  // "russian" for "russia": a shared start of six letters.
  return lower.length >= 6 && lexicon.prefixes.has(lower.slice(0, 6));
}

/** "5th" → "fifth", "2nd" → "second". */
export function ordinalWord(token: string): string | null {
  const match = /^(\d{1,2})(?:st|nd|rd|th)$/u.exec(token);
  return match ? (ORDINALS[Number(match[1])] ?? null) : null;
}

export function numberWord(token: string): string | null {
  return /^\d$/.test(token) ? (NUMBERS[Number(token)] ?? null) : null;
}

export function shorthand(token: string): string | null {
  return SHORTHAND[token] ?? null;
}

/**
 * The article's word (or a frame word) a misspelt one most likely means: one edit for words of
 * four to six letters, two for longer ones, same first letter, most frequent first. Null when
 * nothing is that close.
 */
export function correctSpelling(lexicon: Lexicon, word: string): string | null {
  const lower = word.toLowerCase();
  const known = lexicon.corrections.get(lower);
  if (known !== undefined) return known;
  const corrected = closestArticleWord(lexicon, lower);
  if (lexicon.corrections.size > 10_000) lexicon.corrections.clear();
  lexicon.corrections.set(lower, corrected);
  return corrected;
}

const MAX_WORD_CHARS = 24;

function closestArticleWord(lexicon: Lexicon, lower: string): string | null {
  if (lower.length > MAX_WORD_CHARS) return null;
  if (lower.length < 4 || /\d/.test(lower)) return null;
  // Two slips only in long words: "chinausa" is not "chinaeu", "reserchr" is "researcher".
  const most = lower.length >= 7 ? 2 : 1;
  let best: { word: string; distance: number; frequency: number } | null = null;
  const candidates = [...lexicon.words, ...FRAME_WORDS];
  for (const candidate of candidates) {
    // And of one of the article's names, from six letters, with its first letter: "diedrik" is Diedrich.
    const name = lower.length >= 6 && candidate[0] === lower[0] && lexicon.names.has(candidate);
    // Or two letters side by side mistyped in a word of seven or more: "artical" is "article".
    const allowed = lower.length >= 9 || (most === 2 && candidate.length >= 9) || name || (most === 2 && adjacentSlip(lower, candidate)) ? 2 : 1;
    if (Math.abs(candidate.length - lower.length) > allowed || candidate.length < 4) continue;
    if (candidate[0] !== lower[0] && !(allowed === 2 && candidate[1] === lower[1])) continue;
    const d = isTransposition(lower, candidate) ? 1 : distance(lower, candidate);
    if (d === 0 || d > allowed) continue;
    // At the same distance, the word the slip begins ("wher" → "where") and then the article's commoner word.
    // A longer slip is rarely of a stop word, typed too often to be slipped into a rarer letter: "beijng" is "beijing", not "being".
    // A short one often is: "soem" is "some", "frum" is "from".
    const frequency = (lexicon.frequency.get(stem(candidate)) ?? 0) + (candidate.startsWith(lower) ? 1_000_000 : 0) - (lower.length >= 6 && STOP_WORDS.has(candidate) ? 500_000 : 0);
    if (!best || d < best.distance || (d === best.distance && frequency > best.frequency)) best = { word: candidate, distance: d, frequency };
  }
  return best?.word ?? null;
}

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

/**
 * Every string one edit away: a letter left out, swapped with the next, changed, or added. Of a short word, only a letter left out
 * or its last two swapped ("jbo" → "job"): any edit of three letters makes some English word.
 */
function oneEdit(word: string, short: boolean): string[] {
  const out = new Set<string>();
  if (short) out.add(word.slice(0, -2) + word.at(-1)! + word.at(-2)!);
  for (let i = 0; i <= word.length; i += 1) {
    for (const letter of LETTERS) out.add(word.slice(0, i) + letter + word.slice(i));
    if (short || i === word.length) continue;
    out.add(word.slice(0, i) + word.slice(i + 1));
    if (i + 1 < word.length) out.add(word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2));
    for (const letter of LETTERS) out.add(word.slice(0, i) + letter + word.slice(i + 1));
  }
  out.delete(word);
  return [...out];
}

/**
 * The English word a slip most likely means ("propse" → "propose", "frm" → "from"): one edit
 * away, a word of the question frame or a common function word first, then the WordNet word
 * with the most senses (the commonest). Three-letter slips are only read as a letter left out or the last two swapped.
 */
export function correctEnglish(word: string, commonWords: Set<string>, senseCount: (word: string) => number): string | null {
  const lower = word.toLowerCase();
  // No English word is longer; a pasted wall of letters is not a slip (and would cost 50 edits a letter).
  if (lower.length < 3 || lower.length > MAX_WORD_CHARS || /\d/.test(lower)) return null;
  let best: { word: string; rank: number } | null = null;
  for (const candidate of oneEdit(lower, lower.length === 3)) {
    // A word cut short ("wher") is the likeliest slip: among equals, the word it begins wins ("where", not "when").
    // And a slip rarely falls on the first letter: "dolars" is "dollars" before "polars".
    const known = commonWords.has(candidate) ? 1000 : senseCount(candidate);
    const rank = known + (candidate.startsWith(lower) ? 0.5 : 0) + (known > 0 && candidate[0] === lower[0] ? 10_000 : 0);
    if (rank > 0.5 && (!best || rank > best.rank)) best = { word: candidate, rank };
  }
  return best?.word ?? null;
}

/** Two letters side by side mistyped, the rest as written: "artical" for "article". */
function adjacentSlip(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  const diff = [...a].flatMap((char, i) => (char === b[i] ? [] : [i]));
  return diff.length === 2 && diff[1] === diff[0]! + 1;
}

/** A slip of one adjacent swap ("raod") counts as one edit, as people make it. */
export function isTransposition(a: string, b: string): boolean {
  if (a.length !== b.length || a === b) return false;
  const diff = [...a].flatMap((char, i) => (char === b[i] ? [] : [i]));
  return diff.length === 2 && diff[1] === diff[0]! + 1 && a[diff[0]!] === b[diff[1]!] && a[diff[1]!] === b[diff[0]!];
}

/** Whether a word is made of a name less its last letter, as a people's word is of its country's: "chinese" of "china", "russian" of "russia". */
export function madeOfName(word: string, name: string): boolean {
  return name.length >= 4 && word.startsWith(name.slice(0, -1));
}

/** Titles the article writes before a name ("President Xi"): with them, a capitalised run is a person, not a name of several words. */
const TITLES = /^(?:president|premier|minister|vice|mr|mrs|ms|dr|professor|chairman|director|general|secretary|ceo|chief)\b/;

/**
 * Whether a capitalised run of the article is one of its names of several words ("world internet
 * conference"), not a leftover of capitals ("in china", "china and russia", "president xi").
 */
export function isName(lower: string): boolean {
  const words = lower.split(' ');
  return words.length >= 2 && !STOP_WORDS.has(words[0]!) && !words.includes('and') && !TITLES.test(lower);
}
