// HTTP client of the Federal Employment Agency's job-search service (jobsuche-service, pc/v4): search pages and ad details.
import { JobBoardError } from '../errors.js';

export const DEFAULT_BASE_URL = 'https://rest.arbeitsagentur.de/jobboerse/jobsuche-service';
/** The public key the service's own web front end sends (documented at jobsuche.api.bund.dev). */
export const DEFAULT_API_KEY = 'jobboerse-jobsuche';
/** The service returns ads published at most this many days ago. */
export const MAX_WINDOW_DAYS = 100;
export const MAX_PAGE_SIZE = 100;

/** Search parameters as the service names them. */
export interface SearchParams {
  was?: string;
  wo?: string;
  umkreis?: number;
  /** Days since publication, 0–100. */
  veroeffentlichtseit: number;
  size: number;
  angebotsart?: number;
}

export interface ClientOptions {
  baseUrl?: string;
  apiKey?: string;
  /** Attempts after the first on a network error, 429 or 5xx. */
  retries?: number;
  /** First back-off in ms (doubled per attempt; a Retry-After header wins). */
  retryDelayMs?: number;
  timeoutMs?: number;
  userAgent?: string;
}

/** A response as it came: what `job_responses` stores. */
export interface RawResponse {
  url: string;
  status: number;
  body: string;
}

export class JobsucheClient {
  readonly baseUrl: string;
  private readonly apiKey: string;
  private readonly retries: number;
  private readonly retryDelayMs: number;
  private readonly timeoutMs: number;
  private readonly userAgent: string;

  constructor(options: ClientOptions = {}) {
    this.baseUrl = (options.baseUrl ?? DEFAULT_BASE_URL).replace(/\/+$/, '');
    this.apiKey = options.apiKey ?? DEFAULT_API_KEY;
    this.retries = options.retries ?? 3;
    this.retryDelayMs = options.retryDelayMs ?? 1000;
    this.timeoutMs = options.timeoutMs ?? 30_000;
    this.userAgent = options.userAgent ?? 'digitalindex (https://github.com/digitalindex; job-ad statistics)';
  }

  searchUrl(params: SearchParams, page: number): string {
    const query = new URLSearchParams();
    if (params.was) query.set('was', params.was);
    if (params.wo) query.set('wo', params.wo);
    if (params.umkreis !== undefined) query.set('umkreis', String(params.umkreis));
    if (params.angebotsart !== undefined) query.set('angebotsart', String(params.angebotsart));
    query.set('veroeffentlichtseit', String(params.veroeffentlichtseit));
    query.set('page', String(page));
    query.set('size', String(params.size));
    return `${this.baseUrl}/pc/v4/jobs?${query.toString()}`;
  }

  /** The details endpoint takes the refnr base64-encoded, without padding. */
  detailsUrl(refnr: string): string {
    const encoded = Buffer.from(refnr, 'utf8').toString('base64').replace(/=+$/, '');
    return `${this.baseUrl}/pc/v4/jobdetails/${encodeURIComponent(encoded)}`;
  }

  /** One result page (pages count from 1); any status other than 200 is an error. */
  async search(params: SearchParams, page: number): Promise<RawResponse> {
    const response = await this.get(this.searchUrl(params, page));
    if (response.status !== 200) throw statusError(response);
    return response;
  }

  /** The details of one ad: 200, or 404 when the ad is gone (both returned; other statuses are errors). */
  async details(refnr: string): Promise<RawResponse> {
    const response = await this.get(this.detailsUrl(refnr));
    if (response.status !== 200 && response.status !== 404) throw statusError(response);
    return response;
  }

  private async get(url: string): Promise<RawResponse> {
    for (let attempt = 0; ; attempt++) {
      let status: number | null = null;
      let wait = this.retryDelayMs * 2 ** attempt;
      try {
        const response = await fetch(url, {
          headers: { 'X-API-Key': this.apiKey, Accept: 'application/json', 'User-Agent': this.userAgent },
          signal: AbortSignal.timeout(this.timeoutMs),
        });
        const body = await response.text();
        status = response.status;
        if (status !== 429 && status < 500) return { url, status, body };
        const retryAfter = Number(response.headers.get('retry-after'));
        if (Number.isFinite(retryAfter) && retryAfter > 0) wait = retryAfter * 1000;
        if (attempt >= this.retries) return { url, status, body };
      } catch (error) {
        if (attempt >= this.retries) {
          throw new JobBoardError(`cannot reach the job board: ${(error as Error).message}`, url, null, {
            cause: error,
          });
        }
      }
      await new Promise((resolve) => setTimeout(resolve, wait));
    }
  }
}

function statusError(response: RawResponse): JobBoardError {
  const hint =
    response.status === 401 || response.status === 403
      ? ' (the API key or the endpoint version is no longer accepted; see --api-key and --base-url)'
      : '';
  return new JobBoardError(
    `the job board answered HTTP ${response.status}${hint}: ${response.body.slice(0, 200)}`,
    response.url,
    response.status,
  );
}
