import { decodeHTML } from 'entities';
import { Lexer, type Token, type Tokens } from 'marked';
import type { Layout } from './clean.js';

/**
 * A Markdown article (a wiki page, a README-style write-up) read with marked's lexer, a
 * maintained CommonMark/GFM parser, into the blocks the cleaner works on: the first level-one
 * heading is the title, other headings are sections, each list item is an item of its own,
 * block quotes are quotations, links keep their text. Code, tables, raw HTML and images are
 * not prose: they never reach passages, and are listed as dropped.
 */
export function markdownLayout(source: string): Layout {
  const { body, title: frontTitle, byline } = frontMatter(source.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n'));
  const tokens = new Lexer({ gfm: true }).lex(body);
  const layout: Layout = { title: frontTitle, byline, blocks: [], dropped: [] };
  walk(tokens, layout);
  // Blocks with no words (an image, a badge) are not text; the first heading is the title when
  // it is a level-one heading that only such blocks come before.
  layout.blocks = layout.blocks.filter((block) => block.text.trim() !== '');
  if (layout.title === null) {
    const first = layout.blocks[0];
    if (first?.kind === 'heading' && firstHeadingIsTitle(tokens)) {
      layout.title = first.text;
      layout.blocks.shift();
    }
  }
  // A line set all in emphasis right under the title is its subtitle (unless it is the byline).
  const emphasised = new Set(tokens.filter(isEmphasised).map((token) => inline((token as Tokens.Paragraph).tokens)));
  const under = layout.blocks[0];
  if (layout.title !== null && under?.kind === 'paragraph' && emphasised.has(under.text) && !/^by\s+\p{Lu}/iu.test(under.text)) {
    layout.deck = under.text;
    layout.blocks.shift();
  }
  return layout;
}

/** YAML front matter's `title:` and `author:`, and the body after it. */
function frontMatter(text: string): { body: string; title: string | null; byline: string | null } {
  const match = /^---\n([\s\S]*?)\n(?:---|\.\.\.)\n/.exec(text);
  // Front matter is "key: value" lines; a rule followed by prose and another rule is not.
  if (!match || !(match[1] ?? '').split('\n').every((line) => !line.trim() || /^[\w-]+:|^\s+|^- /.test(line))) return { body: text, title: null, byline: null };
  const field = (name: string): string | null => {
    const value = new RegExp(`^${name}:\\s*(.+)$`, 'mi').exec(match[1] ?? '')?.[1]?.trim();
    return value ? value.replace(/^(["'])(.*)\1$/, '$2') : null;
  };
  return { body: text.slice(match[0].length), title: field('title'), byline: field('author') ?? field('byline') };
}

/** A paragraph set wholly in emphasis (*like this*). */
function isEmphasised(token: Token): boolean {
  if (token.type !== 'paragraph') return false;
  const parts = (token as Tokens.Paragraph).tokens.filter((part) => part.type !== 'space');
  return parts.length === 1 && parts[0]?.type === 'em';
}

function firstHeadingIsTitle(tokens: Token[]): boolean {
  const first = tokens.find((token) => token.type !== 'space' && token.type !== 'html' && token.type !== 'hr' && !(token.type === 'paragraph' && inline((token as Tokens.Paragraph).tokens) === ''));
  return first?.type === 'heading' && (first as Tokens.Heading).depth === 1;
}

function walk(tokens: Token[], layout: Layout, inQuote = false): void {
  for (const token of tokens) {
    switch (token.type) {
      case 'heading':
        layout.blocks.push({ kind: 'heading', text: inline((token as Tokens.Heading).tokens) });
        break;
      case 'paragraph':
        layout.blocks.push({ kind: inQuote ? 'quotation' : 'paragraph', text: inline((token as Tokens.Paragraph).tokens) });
        break;
      case 'text': {
        // Loose text at block level, as in a tight list item.
        const text = token as Tokens.Text;
        layout.blocks.push({ kind: inQuote ? 'quotation' : 'paragraph', text: text.tokens ? inline(text.tokens) : text.text });
        break;
      }
      case 'blockquote':
        walk((token as Tokens.Blockquote).tokens, layout, true);
        break;
      case 'list':
        for (const item of (token as Tokens.List).items) listItem(item, layout);
        break;
      case 'code': {
        const lines = (token as Tokens.Code).text.split('\n').length;
        layout.dropped.push(`code block (${lines} line${lines === 1 ? '' : 's'})`);
        break;
      }
      case 'table':
        layout.dropped.push(`table (${(token as Tokens.Table).rows.length} rows)`);
        break;
      case 'html': {
        const text = (token as Tokens.HTML).text.trim();
        if (text) layout.dropped.push(text.length > 80 ? `${text.slice(0, 79)}…` : text);
        break;
      }
      default:
        // space, hr, def: no text of the article.
        break;
    }
  }
}

/** A list item's own text is one item; a nested list's items follow it. */
function listItem(item: Tokens.ListItem, layout: Layout): void {
  const own: string[] = [];
  const nested: Token[] = [];
  for (const token of item.tokens) {
    if (token.type === 'text' || token.type === 'paragraph') {
      const block = token as Tokens.Text | Tokens.Paragraph;
      own.push(block.tokens ? inline(block.tokens) : block.text);
    } else nested.push(token);
  }
  const text = own.join(' ').trim();
  if (text) layout.blocks.push({ kind: 'item', text });
  walk(nested, layout);
}

/** The words a reader sees: emphasis and links keep their text, images and inline HTML do not. */
function inline(tokens: Token[] | undefined): string {
  if (!tokens) return '';
  let out = '';
  for (const token of tokens) {
    switch (token.type) {
      case 'text':
      case 'escape':
      case 'codespan': {
        const text = token as Tokens.Text;
        out += text.tokens ? inline(text.tokens) : decodeHTML(text.text);
        break;
      }
      case 'strong':
      case 'em':
      case 'del':
      case 'link':
        out += inline((token as Tokens.Strong).tokens);
        break;
      case 'br':
        out += '\n';
        break;
      default:
        // image, html, checkbox: no words of the article
        break;
    }
  }
  // Lines are kept: a plain-text page saved as .md has its bullets and attributions on lines of their own.
  return out
    .split('\n')
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join('\n');
}
