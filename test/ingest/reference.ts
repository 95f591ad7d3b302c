// Where the shared reference files are: DIGITALINDEX_REFERENCE (set by .ci/run), else /work/shared/reference.
import { join } from 'node:path';

export const REFERENCE = process.env.DIGITALINDEX_REFERENCE?.trim() || '/work/shared/reference';
export const REAL_INPUTS = join(REFERENCE, 'real-inputs');
