/**
 * Messages that ask several things at once: "whn did the cyber law take effect and how many internet users does china have".
 * Members type them as they would to a person; each question is read on its own and answered in turn.
 */
/** What opens a question of its own: a question word, or a verb opening a yes/no question. */
const OPENS_QUESTION =
  '(?:what|whats|wat|wut|when|whn|wen|where|wher|who|whos|whom|whose|which|wich|how|why|by when|since when|in (?:what|which)|at (?:what|which)|on (?:what|which)|is|are|was|were|did|does|do|has|have|can|will)\\b';
/** Where a message goes on to another question: "…? and when…", "…; who…", "… and how many…", "… n when…", "… + by when…". */
const NEXT_QUESTION = new RegExp(`(?:\\?\\s*(?:(?:and|also|&|\\+|plus)\\s+)?|;\\s*|,?\\s+(?:and also|and|n|&|\\+|also|plus)\\s+)(?=${OPENS_QUESTION})`, 'iu');
const ASKS = new RegExp(`(?:^|\\s)${OPENS_QUESTION}`, 'iu');

/**
 * The questions one message asks: "whn did the cyber law take effect and how many internet users does china have" is two. Each
 * must be a question of at least three words ("who founded it and when" is one, asking two things of one subject), and the first
 * must ask something too ("the paper shows china as a promoter and what two other roles" is one question). One message asks at
 * most three; a longer run is read whole.
 */
export function questionsIn(message: string): string[] {
  const parts = message
    .replace(/\s+/g, ' ')
    .trim()
    .split(new RegExp(NEXT_QUESTION.source, 'giu'))
    .map((part) => part.replace(/^[\s,;:.!?-]+|[\s,;:.!?-]+$/g, ''));
  if (parts.length < 2 || parts.length > 3) return [message];
  if (parts.some((part) => part.split(' ').length < 3)) return [message];
  const first = parts[0]!;
  if (!ASKS.test(first) && !/\?/.test(message.slice(0, message.indexOf(first) + first.length + 1))) return [message];
  return parts;
}
