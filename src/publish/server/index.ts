// server: the HTTP server of digitalindex (Hono on Node): the API, the dashboard's files, security headers.
export { createApp, type AppHandle } from './app.js';
export { ensureComputed, type Prepared } from './ensureComputed.js';
export { HttpError } from './httpError.js';
export { listen, type RunningServer } from './listen.js';
export {
  DEFAULT_HOST,
  DEFAULT_PORT,
  normaliseOptions,
  OptionsError,
  TOKEN_VARIABLE,
  type ServerOptions,
  type ServerOptionsInput,
} from './options.js';
export { warm } from './warm.js';
export { watchDatabase } from './watch.js';
