// The one HTTP error type of the server; `errorResponse` turns it (and anything else) into the JSON error body.
import type { ErrorResponse } from '../api/types.js';

export type HttpStatus = 400 | 401 | 403 | 404 | 405 | 409 | 413 | 415 | 422 | 500 | 503;

/** An error meant for the client: its status and message are sent as `{ error: { status, message } }`. */
export class HttpError extends Error {
  constructor(
    readonly status: HttpStatus,
    message: string,
  ) {
    super(message);
    this.name = 'HttpError';
  }
}

export const badRequest = (message: string) => new HttpError(400, message);
export const notFound = (message: string) => new HttpError(404, message);

export function errorBody(status: number, message: string): ErrorResponse {
  return { error: { status, message } };
}
