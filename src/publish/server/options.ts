// The server's options, normalised once: everything below receives plain, checked values.
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { packageRoot } from '../../paths.js';

export interface ServerOptionsInput {
  port?: number | string;
  host?: string;
  /** Bearer token for the write endpoints; absent or empty: they are off (404). */
  token?: string;
  /** Directory of the built dashboard; default `dist/web` of the package. */
  staticDir?: string;
}

export interface ServerOptions {
  port: number;
  host: string;
  token: string | null;
  /** Null when the directory does not exist: only the API is served (and a page saying so). */
  staticDir: string | null;
}

export const DEFAULT_PORT = 8080;
export const DEFAULT_HOST = '127.0.0.1';
/** The environment variable an operator sets to turn the write endpoints on. */
export const TOKEN_VARIABLE = 'DIGITALINDEX_ADMIN_TOKEN';
/** Tokens shorter than this are refused: a guessable token protects nothing. */
export const MIN_TOKEN_LENGTH = 16;

export class OptionsError extends Error {}

export function normaliseOptions(input: ServerOptionsInput = {}): ServerOptions {
  const port = input.port === undefined ? DEFAULT_PORT : Number(input.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new OptionsError(`--port must be an integer from 0 to 65535, not "${String(input.port)}"`);
  }
  const host = input.host?.trim() || DEFAULT_HOST;
  const token = input.token?.trim() || null;
  if (token !== null && token.length < MIN_TOKEN_LENGTH) {
    throw new OptionsError(`the admin token must have at least ${MIN_TOKEN_LENGTH} characters`);
  }
  const dir = input.staticDir === undefined ? join(packageRoot(), 'dist', 'web') : resolve(input.staticDir);
  return { port, host, token, staticDir: existsSync(dir) ? dir : null };
}
