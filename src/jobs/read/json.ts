// Reads job ads from a JSON file: an array of ads (streamed), or a response of the job-search service.
import { createReadStream, readFileSync } from 'node:fs';
import type { AdRecord } from '../types.js';
import { arrayElements, ArraySyntaxError } from './jsonArray.js';
import { recordFromJson } from './jsonRecord.js';
import { adFromDetails, adFromSearchItem, isDetails, isSearchPage } from './jobsuche.js';

/** An array of ad objects with the fields of an ad; streamed element by element. */
export async function* readJsonArrayAds(file: string): AsyncGenerator<AdRecord> {
  try {
    for await (const element of arrayElements(createReadStream(file, 'utf8'))) {
      yield recordFromJson(element.text, element.line);
    }
  } catch (error) {
    if (!(error instanceof ArraySyntaxError)) throw error;
    yield { line: error.line, problems: [{ line: error.line, field: null, reason: error.message }] };
  }
}

/**
 * A JSON object: a result page of the job search (`stellenangebote`, read whole: a page holds at most a few
 * hundred entries) or the details of one ad. Entries carry the line they start on.
 */
export async function* readJobsucheJson(file: string): AsyncGenerator<AdRecord> {
  const text = readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (error) {
    const line = lineOfError(text, error as Error);
    yield { line, problems: [{ line, field: null, reason: `not valid JSON: ${(error as Error).message}` }] };
    return;
  }
  if (isSearchPage(doc)) {
    const at = /"stellenangebote"\s*:\s*\[/.exec(text);
    const offset = at ? at.index + at[0].length - 1 : 0;
    const firstLine = lineAt(text, offset);
    const entries = doc.stellenangebote;
    let i = 0;
    if (entries.length === 0) return;
    for await (const element of arrayElements([text.slice(offset)], firstLine)) {
      yield adFromSearchItem(entries[i], element.line);
      if (++i === entries.length) break;
    }
    return;
  }
  if (isDetails(doc)) {
    yield adFromDetails(doc, 1);
    return;
  }
  yield {
    line: 1,
    problems: [
      {
        line: 1,
        field: null,
        reason:
          'a JSON object is read as a response of the job search ("stellenangebote") or the details of one ad ' +
          '("refnr"); for other ads write an array of objects with the fields id, title, description, employer, ' +
          'postcode, town, date, source',
      },
    ],
  };
}

function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

/** The line of a JSON.parse error: Node 20 says `at position N`, newer versions `(line L column C)`. */
function lineOfError(text: string, error: Error): number {
  const explicit = /line (\d+)/.exec(error.message);
  if (explicit) return Number(explicit[1]);
  const position = /position (\d+)/.exec(error.message);
  return position ? lineAt(text, Number(position[1])) : 1;
}
