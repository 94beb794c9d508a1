import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import type { Layout } from './clean.js';

type Block = Layout['blocks'][number];

/** Elements whose text a reader never sees as the page's prose. */
const UNSEEN = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'CANVAS', 'IFRAME', 'OBJECT', 'HEAD']);
const BLOCKS = new Set([
  'P', 'DIV', 'SECTION', 'ARTICLE', 'MAIN', 'ASIDE', 'HEADER', 'FOOTER', 'NAV', 'UL', 'OL', 'LI', 'DL', 'DT', 'DD', 'BLOCKQUOTE', 'FIGURE',
  'FIGCAPTION', 'TABLE', 'TR', 'TD', 'TH', 'PRE', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'FORM', 'BR', 'HR', 'ADDRESS', 'CAPTION',
]);

/**
 * A saved web page read as a reader would read it: Mozilla's Readability (the engine of
 * Firefox's Reader View) finds the article among navigation, ads and comments, over
 * linkedom's DOM; its content is then walked into headings, paragraphs, list items,
 * quotations and captions. Scripts, code and tables never reach passages. What the page
 * showed outside the article is listed as dropped, a line each, so a moderator can see that
 * the menu and the comments went, and that nothing of the article did.
 */
export function htmlLayout(html: string): Layout {
  const page = documentOf(html);
  // Readability's time grows about sevenfold each time a page's nesting doubles (19 s at 1,600
  // levels); real pages nest a few dozen deep.
  if (depthOf(page.documentElement as unknown as Element) > MAX_NESTING) throw new Error(`the page is nested more than ${MAX_NESTING} elements deep`);
  const shown = visibleLines(page.body);
  // Readability changes the document it reads, so it is given a copy; `page` stays as it came.
  let article: ReturnType<Readability['parse']> = null;
  try {
    article = new Readability(documentOf(html) as unknown as Document, { charThreshold: 200 }).parse();
  } catch {
    // A page Readability cannot make sense of is read whole, as below.
  }
  const root = article?.content ? documentOf(article.content).body : page.body;
  const title = (article?.title || page.title || '').replace(/\s+/g, ' ').trim();
  const layout: Layout = { title: title || null, byline: article?.byline?.replace(/\s+/g, ' ').trim() || null, blocks: [], dropped: [] };
  const loose = ownText(root as unknown as Element);
  if (loose) layout.blocks.push({ kind: 'paragraph', text: loose });
  collect(root as unknown as Element, layout.blocks, layout.dropped);
  // A line the page showed is the article's when its first words are: looked up by runs of
  // words, so telling costs time in proportion to the page, however long.
  // A shorter line is the article's when each pair of its words follows in it.
  const runs = new Set<string>();
  const pairs = new Set<string>();
  const single = new Set<string>();
  for (const text of [layout.title ?? '', layout.byline ?? '', ...layout.blocks.map((block) => block.text)]) {
    const words = wordsOf(text);
    for (let i = 0; i < words.length; i += 1) {
      if (i + RUN <= words.length) runs.add(words.slice(i, i + RUN).join(' '));
      if (i + 1 < words.length) pairs.add(`${words[i]} ${words[i + 1]}`);
      single.add(words[i]!);
    }
  }
  const inArticle = (words: string[]): boolean => {
    if (words.length >= RUN) return runs.has(words.slice(0, RUN).join(' '));
    if (words.length === 1) return single.has(words[0]!);
    return words.slice(0, -1).every((word, i) => pairs.has(`${word} ${words[i + 1]}`));
  };
  for (const line of shown) {
    const words = wordsOf(line);
    if (words.length > 0 && !inArticle(words)) layout.dropped.push(line);
  }
  return layout;
}

/** Deepest nesting of elements read. */
export const MAX_NESTING = 256;

/** How deep elements nest, found without recursion. */
function depthOf(root: Element): number {
  let deepest = 0;
  const stack: Array<[Element, number]> = [[root, 1]];
  while (stack.length > 0) {
    const [element, depth] = stack.pop()!;
    if (depth > deepest) deepest = depth;
    for (const child of Array.from(element.children)) stack.push([child, depth + 1]);
  }
  return deepest;
}

/** Words in a run that tells a line of the article from one of the page around it. */
const RUN = 6;

/** Words, with a hyphenated one counted as its parts ("apply-templates" holds "templates"). */
function wordsOf(text: string): string[] {
  return text.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);
}

/** The page as a DOM; a fragment or bare text (linkedom leaves those without a root) inside a page of its own. */
function documentOf(html: string): ReturnType<typeof parseHTML>['document'] {
  if (/<(?:html|body)[\s>]/i.test(html)) {
    const { document } = parseHTML(html);
    if (document.documentElement && document.body) return document;
  }
  return parseHTML(`<!doctype html><html><head></head><body>${html}</body></html>`).document;
}

/** The words of an element as a reader sees them: a line break or a block inside it parts words, as on screen. */
function textOf(node: Node): string {
  return visibleLines(node).join(' ');
}

/** The content's blocks in document order. */
function collect(node: Element, blocks: Block[], dropped: string[], inQuote = false): void {
  for (const child of Array.from(node.children)) {
    const tag = child.tagName.toUpperCase();
    if (UNSEEN.has(tag)) continue;
    if (/^H[1-6]$/.test(tag)) {
      push(blocks, 'heading', textOf(child));
    } else if (tag === 'P' || tag === 'ADDRESS') {
      push(blocks, inQuote ? 'quotation' : 'paragraph', textOf(child));
    } else if (tag === 'LI' || tag === 'DT' || tag === 'DD') {
      // Its own words are the item; a list inside it gives items of its own.
      if (hasBlockChildren(child)) {
        const own = ownText(child);
        if (own) push(blocks, 'item', own);
        collect(child, blocks, dropped, inQuote);
      } else push(blocks, 'item', textOf(child));
    } else if (tag === 'BLOCKQUOTE') {
      if (hasBlockChildren(child)) collect(child, blocks, dropped, true);
      else push(blocks, 'quotation', textOf(child));
    } else if (tag === 'FIGCAPTION' || tag === 'CAPTION') {
      push(blocks, 'caption', textOf(child));
    } else if (tag === 'PRE') {
      const lines = (child.textContent ?? '').split('\n').length;
      dropped.push(`code block (${lines} line${lines === 1 ? '' : 's'})`);
    } else if (tag === 'TABLE') {
      dropped.push(`table (${child.querySelectorAll('tr').length} rows)`);
    } else if (hasBlockChildren(child)) {
      const own = ownText(child);
      if (own) push(blocks, inQuote ? 'quotation' : 'paragraph', own);
      collect(child, blocks, dropped, inQuote);
    } else if (BLOCKS.has(tag) || tag === 'SPAN' || tag === 'A' || tag === 'EM' || tag === 'STRONG') {
      push(blocks, inQuote ? 'quotation' : 'paragraph', textOf(child));
    }
  }
}

function push(blocks: Block[], kind: Block['kind'], text: string): void {
  if (text) blocks.push({ kind, text });
}

function hasBlockChildren(element: Element): boolean {
  return Array.from(element.children).some((child) => BLOCKS.has(child.tagName.toUpperCase()));
}

/** Text of an element outside its block children ("Intro <ul>…</ul>" → "Intro"). */
function ownText(element: Element): string {
  let text = '';
  for (const child of Array.from(element.childNodes)) {
    if (child.nodeType === 3) text += child.textContent ?? '';
    else if (child.nodeType === 1 && !BLOCKS.has((child as Element).tagName.toUpperCase()) && !UNSEEN.has((child as Element).tagName.toUpperCase())) text += child.textContent ?? '';
  }
  return text.replace(/\s+/g, ' ').trim();
}

/** Every line of text the page shows, by block, in order (for telling what was left out). */
function visibleLines(body: unknown): string[] {
  const lines: string[] = [];
  let current = '';
  const flush = (): void => {
    const line = current.replace(/\s+/g, ' ').trim();
    if (line) lines.push(line);
    current = '';
  };
  const visit = (node: Node): void => {
    if (node.nodeType === 3) {
      current += node.textContent ?? '';
      return;
    }
    if (node.nodeType !== 1) return;
    const tag = (node as Element).tagName.toUpperCase();
    if (UNSEEN.has(tag)) return;
    const block = BLOCKS.has(tag);
    if (block) flush();
    for (const child of Array.from(node.childNodes)) visit(child);
    if (block) flush();
  };
  if (body) visit(body as Node);
  flush();
  return lines;
}
