// A method choice written as text, `name` or `name(key=value;key=value)`, for flags and parameter tables.
import { EngineError } from '../errors.js';
import type { MethodChoice, Params } from '../structure.js';

type ParamValue = Params[string];

/** Parses `zscore`, `minmax(low=1;high=100)` or `winsorise(winmax=5)`; a list value is written `a|b|c`. */
export function parseMethod(text: string): MethodChoice {
  const match = /^\s*([A-Za-z_][\w-]*)\s*(?:\((.*)\))?\s*$/s.exec(text);
  if (!match) throw new EngineError(text, 'a method is written name or name(key=value;key=value)');
  const params: Record<string, ParamValue> = {};
  for (const part of (match[2] ?? '').split(';')) {
    if (part.trim() === '') continue;
    const eq = part.indexOf('=');
    if (eq <= 0) throw new EngineError(text, `parameter "${part.trim()}" is not written key=value`);
    params[part.slice(0, eq).trim()] = parseValue(part.slice(eq + 1).trim());
  }
  return { method: match[1]!, params };
}

/** The text of a method choice, the inverse of parseMethod. */
export function formatMethod(choice: MethodChoice): string {
  const params = Object.entries(choice.params).map(([key, value]) => `${key}=${formatValue(value)}`);
  return params.length === 0 ? choice.method : `${choice.method}(${params.join(';')})`;
}

/** Splits a comma-separated list of methods, keeping commas inside parentheses. */
export function splitMethods(text: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === ',' && depth === 0) {
      parts.push(text.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(text.slice(start));
  return parts.map((p) => p.trim()).filter((p) => p !== '');
}

function parseValue(text: string): ParamValue {
  if (text.includes('|')) {
    const items = text.split('|').map((s) => s.trim());
    return items.every(isNumeric) ? items.map(Number) : items;
  }
  if (text === 'true' || text === 'false') return text === 'true';
  return isNumeric(text) ? Number(text) : text;
}

function formatValue(value: ParamValue): string {
  return Array.isArray(value) ? value.join('|') : String(value);
}

function isNumeric(text: string): boolean {
  return text !== '' && Number.isFinite(Number(text));
}
