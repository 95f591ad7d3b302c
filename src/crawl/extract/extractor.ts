// Streams HTML through htmlparser2 and keeps what the classifier needs: visible text without boilerplate, title,
// meta description, declared language, links and robots directives.
import { Parser } from 'htmlparser2';

export interface ExtractedHtml {
  title: string;
  description: string;
  text: string;
  /** `<html lang>`, as written. */
  declaredLang: string | null;
  /** Absolute link targets (a, area, frame, iframe, meta refresh), resolved against the page or its <base>. */
  links: string[];
  noindex: boolean;
  nofollow: boolean;
  /** Number of <script> elements: with no visible text, the page needs JavaScript. */
  scripts: number;
}

/** Elements whose content is never visible text, or is navigation/boilerplate rather than content. */
const SKIPPED = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'svg',
  'math',
  'canvas',
  'object',
  'iframe',
  'select',
  'nav',
  'header',
  'footer',
  'aside',
  'form',
  'button',
  'dialog',
]);
const BOILERPLATE_ROLES = new Set([
  'navigation',
  'banner',
  'contentinfo',
  'complementary',
  'search',
  'menu',
  'menubar',
  'dialog',
  'alertdialog',
]);
const BOILERPLATE_CLASS =
  /(^|[\s_-])(nav|navbar|navigation|menu|mainmenu|breadcrumbs?|cookies?|cookie-?banner|consent|footer|site-header|sidebar|skip-?link|share|social-share|newsletter)([\s_-]|$)/i;
const BLOCK = new Set([
  'p',
  'div',
  'br',
  'li',
  'ul',
  'ol',
  'dl',
  'dt',
  'dd',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'tr',
  'td',
  'th',
  'table',
  'section',
  'article',
  'main',
  'blockquote',
  'pre',
  'address',
  'figure',
  'figcaption',
  'hr',
  'body',
  'center',
]);

export const MAX_TEXT_CHARS = 200_000;

/** Feed decoded HTML with `write`, then call `end` for the result. */
export class HtmlExtractor {
  readonly #parser: Parser;
  #base: URL;
  readonly #links = new Set<string>();
  readonly #parts: string[] = [];
  #chars = 0;
  #depth = 0;
  #skipUntil = -1;
  #inTitle = false;
  #titleDone = false;
  #title = '';
  #description = '';
  #ogDescription = '';
  #lang: string | null = null;
  #noindex = false;
  #nofollow = false;
  #scripts = 0;

  constructor(pageUrl: string) {
    this.#base = new URL(pageUrl);
    this.#parser = new Parser(
      {
        onopentag: (name, attrs) => this.#open(name, attrs),
        onclosetag: (name) => this.#close(name),
        ontext: (text) => this.#text(text),
      },
      { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
    );
  }

  write(html: string): void {
    this.#parser.write(html);
  }

  end(): ExtractedHtml {
    this.#parser.end();
    const text = this.#parts
      .join('')
      .split('\n')
      .map((line) => line.replace(/[ \t\f\v\u00a0]+/g, ' ').trim())
      .filter((line) => line !== '')
      .join('\n')
      .slice(0, MAX_TEXT_CHARS);
    return {
      title: collapse(this.#title).slice(0, 500),
      description: collapse(this.#description || this.#ogDescription).slice(0, 1000),
      text,
      declaredLang: this.#lang,
      links: [...this.#links],
      noindex: this.#noindex,
      nofollow: this.#nofollow,
      scripts: this.#scripts,
    };
  }

  #open(name: string, attrs: Record<string, string>): void {
    this.#depth++;
    if (name === 'script') this.#scripts++;
    if (name === 'html' && attrs.lang) this.#lang = attrs.lang;
    if (name === 'base' && attrs.href) this.#resolveBase(attrs.href);
    if (name === 'meta') this.#meta(attrs);
    if ((name === 'a' || name === 'area') && attrs.href) this.#link(attrs.href);
    if ((name === 'frame' || name === 'iframe') && attrs.src) this.#link(attrs.src);
    if (name === 'title' && !this.#titleDone && this.#skipUntil < 0) this.#inTitle = true;
    if (this.#skipUntil < 0 && (SKIPPED.has(name) || isBoilerplate(attrs))) this.#skipUntil = this.#depth;
    if (BLOCK.has(name)) this.#push('\n');
  }

  #close(name: string): void {
    if (name === 'title' && this.#inTitle) {
      this.#inTitle = false;
      this.#titleDone = true;
    }
    if (this.#skipUntil === this.#depth) this.#skipUntil = -1;
    this.#depth--;
    if (BLOCK.has(name)) this.#push('\n');
  }

  #text(text: string): void {
    if (this.#inTitle) {
      this.#title += text;
      return;
    }
    if (this.#skipUntil >= 0) return;
    this.#push(text);
  }

  #push(text: string): void {
    if (this.#chars > MAX_TEXT_CHARS) return;
    this.#parts.push(text);
    this.#chars += text.length;
  }

  #meta(attrs: Record<string, string>): void {
    const name = (attrs.name ?? '').toLowerCase();
    const content = attrs.content ?? '';
    if (name === 'description') this.#description = content;
    if ((attrs.property ?? '').toLowerCase() === 'og:description') this.#ogDescription = content;
    if (name === 'robots' || name === 'digitalindex') {
      const directives = content.toLowerCase();
      if (/\b(noindex|none)\b/.test(directives)) this.#noindex = true;
      if (/\b(nofollow|none)\b/.test(directives)) this.#nofollow = true;
    }
    if ((attrs['http-equiv'] ?? '').toLowerCase() === 'refresh') {
      const target = /url\s*=\s*['"]?([^'"]+)/i.exec(content);
      if (target?.[1]) this.#link(target[1]);
    }
  }

  #resolveBase(href: string): void {
    try {
      this.#base = new URL(href, this.#base);
    } catch {
      // an unusable <base> is ignored, as browsers do
    }
  }

  #link(href: string): void {
    if (this.#links.size >= 2000) return;
    const trimmed = href.trim();
    if (trimmed === '' || /^(javascript|mailto|tel|data|fax|sms):/i.test(trimmed)) return;
    try {
      this.#links.add(new URL(trimmed, this.#base).href);
    } catch {
      // a malformed href is not a link
    }
  }
}

function isBoilerplate(attrs: Record<string, string>): boolean {
  if (attrs.role && BOILERPLATE_ROLES.has(attrs.role.toLowerCase())) return true;
  if (attrs['aria-hidden'] === 'true' || 'hidden' in attrs) return true;
  const names = `${attrs.id ?? ''} ${attrs.class ?? ''}`;
  return names.trim() !== '' && BOILERPLATE_CLASS.test(names);
}

function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
