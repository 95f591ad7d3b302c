// Crawls one firm's site: seeds the frontier (home page, sitemap), fetches the most informative pages first
// within the budget and the site, extracts their text, and finishes with the firm's classification.
import { classifyFirm } from './classify/index.js';
import type { FirmPageText } from './classify/types.js';
import type { CrawlContext } from './context.js';
import { isRetryable, type FetchErrorKind } from './errors.js';
import { BodyDecoder } from './extract/decodeStream.js';
import { HtmlExtractor, type ExtractedHtml } from './extract/extractor.js';
import { detectLanguage } from './extract/language.js';
import { hammingDistance, NEAR_DUPLICATE_BITS, simhash } from './extract/simhash.js';
import { markFirmCrawled, saveFirmClassification } from './firms/index.js';
import type { FirmStatus } from './firms/types.js';
import { backoffMs, parseRetryAfter } from './politeness/retryAfter.js';
import { NON_HTML_EXTENSION, urlPriority } from './scope/priority.js';
import { TrapGuard } from './scope/traps.js';
import { parseSitemap, sitemapText } from './sitemap.js';
import type { FrontierInsert } from './state/records.js';
import { loadFrontier, loadPages } from './state/records.js';
import { SiteQueue, type QueuedUrl } from './state/siteQueue.js';
import { finishSite, type SiteRow } from './state/sites.js';
import { isSameSite, normaliseUrl, originOf, siteKeyOf, type SiteKey } from './url/normalise.js';

const HTML_TYPES = /^(text\/html|application\/xhtml\+xml)\b/i;
/** Pages with fewer visible characters than this, and scripts, are recorded as needing JavaScript. */
const JS_ONLY_CHARS = 1;

export interface SiteOutcome {
  firmId: string;
  status: FirmStatus;
  pages: number;
  /** False when the lease was lost to another process, which then records the result. */
  recorded: boolean;
}

type PageFetch =
  | {
      type: 'page';
      finalUrl: string;
      status: number;
      contentType: string;
      bytes: number;
      truncated: boolean;
      charset: string | null;
      html: ExtractedHtml | null;
      binary: boolean;
    }
  | {
      type: 'skipped';
      reason: string;
      finalUrl: string;
      status: number | null;
      contentType: string | null;
      bytes: number;
    }
  | {
      type: 'error';
      kind: FetchErrorKind;
      retryable: boolean;
      retryAfterMs: number | null;
      status: number | null;
    };

export class SiteCrawl {
  readonly #ctx: CrawlContext;
  readonly #site: SiteRow;
  readonly #queue = new SiteQueue();
  /** Every URL of the site's frontier and its state. */
  readonly #known = new Map<string, string>();
  readonly #simhashes: { url: string; hash: string }[] = [];
  readonly #traps: TrapGuard;
  #siteKey: SiteKey;
  #siteUrl: string;
  #movedTo: string | null;
  #pages = 0;
  #requests = 0;
  #order = 0;
  #robotsBlocked = false;
  #homeError: FetchErrorKind | null = null;

  constructor(ctx: CrawlContext, site: SiteRow) {
    this.#ctx = ctx;
    this.#site = site;
    this.#siteUrl = site.site_url;
    this.#movedTo = site.moved_to;
    this.#siteKey = siteKeyOf(site.site_url);
    this.#traps = new TrapGuard(ctx.options.traps);
  }

  get #firmId(): string {
    return this.#site.firm_id;
  }

  async run(): Promise<SiteOutcome> {
    await this.#restore();
    if (this.#site.seeded === 0) await this.#seed();
    const maxRequests = this.#ctx.options.maxPages * 3 + 10;
    while (
      !this.#ctx.stopped &&
      !this.#robotsBlocked &&
      this.#pages < this.#ctx.options.maxPages &&
      this.#requests < maxRequests
    ) {
      const item = this.#queue.pop();
      if (!item) break;
      if (this.#known.get(item.url) !== 'queued') continue;
      await this.#visit(item);
    }
    // Stopped: the site stays open (leased by nobody once released); the same command resumes it.
    if (this.#ctx.stopped)
      return { firmId: this.#firmId, status: 'crawling', pages: this.#pages, recorded: false };
    return this.#finish();
  }

  /** After a restart: the frontier and the pages already committed. */
  async #restore(): Promise<void> {
    const db = this.#ctx.store.db;
    for (const row of await loadFrontier(db, this.#firmId)) {
      this.#known.set(row.url, row.state);
      this.#traps.admit(new URL(row.url), row.depth);
      this.#order = Math.max(this.#order, row.id);
      if (row.state === 'queued') {
        this.#queue.push({
          url: row.url,
          depth: row.depth,
          priority: row.priority,
          order: row.id,
          attempts: row.attempts,
        });
      }
    }
    for (const page of await loadPages(db, this.#firmId)) {
      if (page.kind === 'html' || page.kind === 'js_only') this.#pages++;
      if (page.simhash) this.#simhashes.push({ url: page.url, hash: page.simhash });
    }
  }

  async #seed(): Promise<void> {
    const home = this.#siteUrl;
    const rules = await this.#ctx.robots(originOf(home), this.#firmId);
    if (rules.verdict === 'disallow_all' || !rules.allows(home)) {
      this.#robotsBlocked = true;
      return;
    }
    const seeds: FrontierInsert[] = [];
    this.#enqueue(home, 0, seeds, -1);
    if (this.#ctx.options.useSitemap) {
      const listed = rules.sitemaps
        .map((s) => normaliseUrl(s))
        .filter((s): s is string => s !== null && isSameSite(s, this.#siteKey));
      const sitemaps = listed.length > 0 ? listed.slice(0, 3) : [`${originOf(home)}/sitemap.xml`];
      for (const url of await this.#readSitemaps(sitemaps)) this.#enqueue(url, 1, seeds);
    }
    if (this.#ctx.stopped) return; // seeded again on resume
    this.#ctx.writer.addFrontier(seeds);
    this.#ctx.writer.markSeeded(this.#firmId, this.#siteUrl, this.#movedTo);
  }

  /** Page URLs of the sitemaps (one level of sitemap index followed), at most 4 × the page budget. */
  async #readSitemaps(first: string[]): Promise<string[]> {
    const pages: string[] = [];
    const todo = [...first];
    let documents = 0;
    while (todo.length > 0 && documents < 4 && pages.length < this.#ctx.options.maxPages * 4) {
      const url = todo.shift()!;
      documents++;
      const origin = originOf(url);
      const rules = await this.#ctx.robots(origin, this.#firmId);
      if (!rules.allows(url)) continue;
      this.#requests++;
      const answer = await this.#ctx.request(
        url,
        this.#firmId,
        origin,
        this.#ctx.delayFor(rules),
        'application/xml,text/xml,*/*;q=0.5',
        async (head) => {
          if (head.status !== 200) {
            head.discard();
            return { status: head.status, xml: '', bytes: 0 };
          }
          const chunks: Buffer[] = [];
          const { bytes } = await head.read(this.#ctx.options.maxBytes * 4, (c) => void chunks.push(c));
          const xml = sitemapText(Buffer.concat(chunks, bytes), this.#ctx.options.maxBytes * 4) ?? '';
          return { status: head.status, xml, bytes };
        },
      );
      if (!answer.ok || answer.value.xml === '') continue;
      const content = parseSitemap(answer.value.xml);
      pages.push(...content.pages);
      for (const nested of content.sitemaps.slice(0, 3)) {
        const n = normaliseUrl(nested);
        if (n && isSameSite(n, this.#siteKey)) todo.push(n);
      }
    }
    return pages;
  }

  /** Adds a discovered URL to the queue and to `rows` when it is in scope and new. */
  #enqueue(href: string, depth: number, rows: FrontierInsert[], priorityOverride?: number): void {
    const url = normaliseUrl(href);
    if (!url || this.#known.has(url)) return;
    const parsed = new URL(url);
    if (!isSameSite(parsed, this.#siteKey) || NON_HTML_EXTENSION.test(parsed.pathname)) return;
    if (this.#known.size >= this.#ctx.options.maxPages * 20) return;
    if (this.#traps.admit(parsed, depth) !== null) return;
    const priority = priorityOverride ?? urlPriority(parsed);
    const order = ++this.#order;
    this.#known.set(url, 'queued');
    this.#queue.push({ url, depth, priority, order, attempts: 0 });
    rows.push({
      firm_id: this.#firmId,
      url,
      origin: parsed.origin,
      depth,
      priority,
      state: 'queued',
      attempts: 0,
      reason: null,
    });
  }

  async #visit(item: QueuedUrl): Promise<void> {
    const fetched = await this.#fetchFollowing(item);
    if (this.#ctx.stopped) return; // the URL stays queued
    const writer = this.#ctx.writer;
    const done = (state: 'done' | 'skipped' | 'failed', reason: string | null) => {
      this.#known.set(item.url, state);
      writer.updateFrontier({
        firmId: this.#firmId,
        url: item.url,
        state,
        attempts: item.attempts + 1,
        reason,
      });
    };
    if (fetched.type === 'error') {
      if (item.depth === 0) this.#homeError = fetched.kind;
      if (fetched.retryable && item.attempts + 1 < this.#ctx.options.maxAttempts) {
        const origin = originOf(item.url);
        if (fetched.kind === 'http_429' || fetched.kind === 'http_5xx') {
          this.#ctx.gate.pause(
            origin,
            backoffMs(item.attempts + 1, fetched.retryAfterMs, this.#ctx.options.delayMs),
          );
        }
        this.#queue.push({ ...item, attempts: item.attempts + 1 });
        return;
      }
      done('failed', fetched.kind);
      return;
    }
    if (fetched.type === 'skipped') {
      done('skipped', fetched.reason);
      if (fetched.status !== null)
        this.#recordPage(
          item,
          fetched.finalUrl,
          fetched.status,
          fetched.contentType,
          fetched.bytes,
          false,
          null,
          null,
          fetched.reason,
        );
      return;
    }
    if (item.depth === 0) this.#homeError = null;
    if (fetched.finalUrl !== item.url && this.#known.get(fetched.finalUrl) === 'queued') {
      this.#known.set(fetched.finalUrl, 'done');
      writer.updateFrontier({
        firmId: this.#firmId,
        url: fetched.finalUrl,
        state: 'done',
        attempts: 1,
        reason: `fetched as redirect target of ${item.url}`.slice(0, 300),
      });
    } else if (fetched.finalUrl !== item.url && !this.#known.has(fetched.finalUrl)) {
      // The redirect target is fetched now; remember it so that a link to it is not fetched again.
      this.#known.set(fetched.finalUrl, 'done');
      const parsed = new URL(fetched.finalUrl);
      writer.addFrontier([
        {
          firm_id: this.#firmId,
          url: fetched.finalUrl,
          origin: parsed.origin,
          depth: item.depth,
          priority: item.priority,
          state: 'done',
          attempts: 1,
          reason: `redirect target of ${item.url}`.slice(0, 300),
        },
      ]);
    }
    done('done', null);
    const kind = fetched.binary
      ? 'binary'
      : fetched.html === null
        ? 'not_html'
        : fetched.html.text.length < JS_ONLY_CHARS && fetched.html.scripts > 0
          ? 'js_only'
          : 'html';
    this.#recordPage(
      item,
      fetched.finalUrl,
      fetched.status,
      fetched.contentType,
      fetched.bytes,
      fetched.truncated,
      fetched.charset,
      kind === 'html' || kind === 'js_only' ? fetched.html : null,
      kind,
    );
    if (kind === 'html' && fetched.html && !fetched.html.nofollow) {
      const rows: FrontierInsert[] = [];
      for (const link of fetched.html.links) this.#enqueue(link, item.depth + 1, rows);
      writer.addFrontier(rows);
    }
  }

  #recordPage(
    item: QueuedUrl,
    finalUrl: string,
    status: number,
    contentType: string | null,
    bytes: number,
    truncated: boolean,
    charset: string | null,
    html: ExtractedHtml | null,
    kind: string,
  ): void {
    let hash: string | null = null;
    let nearDuplicateOf: string | null = null;
    let lang: string | null = null;
    if (html) {
      this.#pages++;
      lang = detectLanguage(html.text, html.declaredLang);
      hash = simhash(html.text);
      if (hash !== null) {
        nearDuplicateOf =
          this.#simhashes.find((s) => hammingDistance(s.hash, hash!) <= NEAR_DUPLICATE_BITS)?.url ?? null;
        this.#simhashes.push({ url: item.url, hash });
      }
    }
    this.#ctx.writer.addPage({
      firm_id: this.#firmId,
      url: item.url,
      final_url: finalUrl,
      http_status: status,
      content_type: contentType,
      kind,
      bytes,
      truncated: truncated ? 1 : 0,
      charset,
      title: html?.title ?? null,
      description: html?.description ?? null,
      lang,
      text: html ? html.text : null,
      text_chars: html?.text.length ?? 0,
      simhash: hash,
      near_duplicate_of: nearDuplicateOf,
      depth: item.depth,
      fetched_at: new Date().toISOString(),
    });
    this.#ctx.events.page?.({ firmId: this.#firmId, url: item.url, kind });
  }

  /** Fetches a URL, following redirects by hand: robots, politeness and the SSRF guard apply to every hop. */
  async #fetchFollowing(item: QueuedUrl): Promise<PageFetch> {
    const ctx = this.#ctx;
    const chain = [item.url];
    let url = item.url;
    for (let hop = 0; ; hop++) {
      const origin = originOf(url);
      const rules = await ctx.robots(origin, this.#firmId);
      if (!rules.allows(url)) {
        if (item.depth === 0 && hop === 0) this.#robotsBlocked = true;
        return {
          type: 'skipped',
          reason: 'robots',
          finalUrl: url,
          status: null,
          contentType: null,
          bytes: 0,
        };
      }
      this.#requests++;
      const answer = await ctx.request(url, this.#firmId, origin, ctx.delayFor(rules), undefined, (head) =>
        this.#readResponse(url, head),
      );
      if (!answer.ok)
        return {
          type: 'error',
          kind: answer.kind,
          retryable: isRetryable(answer.kind) && answer.kind !== 'dns' && answer.kind !== 'connect',
          retryAfterMs: null,
          status: null,
        };
      const response = answer.value;
      if (response.type !== 'redirect') return response;
      const next = normaliseUrl(response.location, url);
      if (!next)
        return {
          type: 'error',
          kind: 'bad_redirect',
          retryable: false,
          retryAfterMs: null,
          status: response.status,
        };
      if (chain.includes(next))
        return {
          type: 'error',
          kind: 'redirect_loop',
          retryable: false,
          retryAfterMs: null,
          status: response.status,
        };
      if (hop + 1 > ctx.options.maxRedirects)
        return {
          type: 'error',
          kind: 'too_many_redirects',
          retryable: false,
          retryAfterMs: null,
          status: response.status,
        };
      if (!isSameSite(next, this.#siteKey)) {
        if (item.depth !== 0)
          return {
            type: 'skipped',
            reason: 'offsite_redirect',
            finalUrl: next,
            status: response.status,
            contentType: null,
            bytes: 0,
          };
        // The home page moved to another domain: that is the firm's site now.
        this.#movedTo = next;
        this.#siteUrl = next;
        this.#siteKey = siteKeyOf(next);
        ctx.writer.markSeeded(this.#firmId, next, next);
      } else if (this.#known.get(next) === 'done') {
        return {
          type: 'skipped',
          reason: `alias of ${next}`.slice(0, 300),
          finalUrl: next,
          status: response.status,
          contentType: null,
          bytes: 0,
        };
      }
      chain.push(next);
      url = next;
    }
  }

  async #readResponse(
    url: string,
    head: Parameters<Parameters<CrawlContext['request']>[5]>[0],
  ): Promise<
    | (PageFetch & { status: number; bytes?: number })
    | { type: 'redirect'; status: number; location: string; bytes?: number }
  > {
    const status = head.status;
    if (status >= 300 && status < 400 && status !== 304) {
      head.discard();
      const location = head.headers.location;
      if (!location)
        return { type: 'error', kind: 'bad_redirect', retryable: false, retryAfterMs: null, status };
      return { type: 'redirect', status, location };
    }
    if (status === 429 || status === 503) {
      head.discard();
      return {
        type: 'error',
        kind: status === 429 ? 'http_429' : 'http_5xx',
        retryable: true,
        retryAfterMs: parseRetryAfter(head.headers['retry-after']),
        status,
      };
    }
    if (status < 200 || status >= 300) {
      head.discard();
      const kind: FetchErrorKind = status >= 500 ? 'http_5xx' : 'http_4xx';
      return { type: 'error', kind, retryable: kind === 'http_5xx', retryAfterMs: null, status };
    }
    const contentType = head.headers['content-type'] ?? '';
    if (contentType !== '' && !HTML_TYPES.test(contentType)) {
      head.discard();
      return { type: 'skipped', reason: 'not_html', finalUrl: url, status, contentType, bytes: 0 };
    }
    const extractor = new HtmlExtractor(url);
    const decoder = new BodyDecoder(contentType, { text: (t) => extractor.write(t) });
    const { bytes, truncated } = await head.read(this.#ctx.options.maxBytes, (chunk) => decoder.write(chunk));
    decoder.end();
    const html = extractor.end();
    if (decoder.binary) {
      return {
        type: 'page',
        finalUrl: url,
        status,
        contentType,
        bytes,
        truncated: false,
        charset: null,
        html: null,
        binary: true,
      };
    }
    return {
      type: 'page',
      finalUrl: url,
      status,
      contentType,
      bytes,
      truncated,
      charset: decoder.charset,
      html,
      binary: false,
    };
  }

  async #finish(): Promise<SiteOutcome> {
    const ctx = this.#ctx;
    await ctx.writer.flush();
    const status: FirmStatus =
      this.#robotsBlocked && this.#pages === 0
        ? 'robots_disallowed'
        : this.#pages === 0
          ? 'failed'
          : this.#movedTo !== null
            ? 'moved'
            : 'done';
    const firmId = this.#firmId;
    const recorded = await ctx.store.transaction(async (tx) => {
      const finished = await finishSite(tx, firmId, ctx.worker, {
        outcome: status === 'failed' && this.#homeError ? `failed: ${this.#homeError}` : status,
        pages: this.#pages,
        requests: this.#requests,
        siteUrl: this.#siteUrl,
        movedTo: this.#movedTo,
      });
      if (!finished) return false;
      const pages = await loadPages(tx.db, firmId);
      const texts: FirmPageText[] = pages
        .filter((p) => p.kind === 'html' && p.text !== null && p.text !== '')
        .map((p) => ({
          url: p.final_url,
          title: p.title ?? '',
          description: p.description ?? '',
          text: p.text ?? '',
          lang: p.lang,
        }));
      if (texts.length > 0) await saveFirmClassification(tx, firmId, classifyFirm(texts));
      await markFirmCrawled(tx, firmId, {
        status,
        pages: this.#pages,
        finalUrl: this.#movedTo ?? this.#siteUrl,
      });
      if (!ctx.options.keepText) {
        await tx.db.updateTable('crawl_pages').set({ text: null }).where('firm_id', '=', firmId).execute();
      }
      return true;
    });
    ctx.events.firmDone?.({ firmId, status, pages: this.#pages });
    return { firmId, status, pages: this.#pages, recorded };
  }
}
