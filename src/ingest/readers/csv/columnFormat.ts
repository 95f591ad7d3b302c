// Decides and then enforces one number format per column; a column mixing "1.234,5" and "1,234.5" is rejected.
import { IngestError } from '../../errors.js';
import { formatHint, formatOf, type NumberFormat } from './numberFormat.js';

/** Tracks what a column's cells say about its number format; the first contradiction is an error. */
export class ColumnFormat {
  private seen: { de?: { line: number; text: string }; en?: { line: number; text: string } } = {};
  private decided: NumberFormat | undefined;

  constructor(
    private readonly file: string,
    readonly column: string,
    private readonly declared: NumberFormat | undefined,
  ) {
    this.decided = declared;
  }

  /** Notes a cell (sample or stream); throws when the column now holds both styles. */
  observe(text: string, line: number): void {
    if (this.declared !== undefined) return;
    const hint = formatHint(text);
    if (hint !== 'de' && hint !== 'en') return;
    const other = hint === 'de' ? this.seen.en : this.seen.de;
    if (other !== undefined) {
      throw new IngestError(
        this.file,
        line,
        this.column,
        `"${text.trim()}" is written ${describe(hint)}, but line ${other.line} has "${other.text}" ${describe(hint === 'de' ? 'en' : 'de')}: one column, one number format`,
      );
    }
    if (
      this.decided !== undefined &&
      this.evidence() === undefined &&
      formatOf(hint).decimal !== this.decided.decimal
    ) {
      throw new IngestError(
        this.file,
        line,
        this.column,
        `"${text.trim()}" is written ${describe(hint)}, but the earlier cells of the column were read ${describe(hint === 'de' ? 'en' : 'de')} (undecidable from the first rows): declare the decimal separator`,
      );
    }
    this.seen[hint] ??= { line, text: text.trim() };
  }

  /** The style the cells showed so far, if any. */
  evidence(): 'de' | 'en' | undefined {
    return this.seen.de ? 'de' : this.seen.en ? 'en' : undefined;
  }

  /** Fixes the format after the sample: the declared one, else what the cells showed, else the fallback. */
  decide(fallback: NumberFormat): NumberFormat {
    const evidence = this.evidence();
    this.decided ??= evidence === undefined ? fallback : formatOf(evidence);
    return this.decided;
  }

  get format(): NumberFormat | undefined {
    return this.decided;
  }
}

function describe(hint: 'de' | 'en'): string {
  return hint === 'de' ? 'with a decimal comma (1.234,5)' : 'with a decimal point (1,234.5)';
}
