// The API responses the dashboard reads: the api's own types (src/publish/api/types.ts is the contract's truth).
export type * from '../../src/publish/api/types.js';
