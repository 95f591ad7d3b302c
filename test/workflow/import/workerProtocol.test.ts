// Errors crossing from the reading worker: the same class, message and fields on the other side.
import { MessageChannel, receiveMessageOnPort } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { IngestError } from '../../../src/ingest/errors.js';
import { fromWire, toWire, type WireError } from '../../../src/workflow/import/workerProtocol.js';

/** What the other thread gets: the wire form, structured-cloned, turned back into an error. */
function across(error: unknown): Error {
  const { port1, port2 } = new MessageChannel();
  port1.postMessage(toWire(error));
  const wire = receiveMessageOnPort(port2)!.message as WireError;
  port1.close();
  return fromWire(wire);
}

describe('errors sent across threads', () => {
  it('an IngestError keeps its class, file, line, field, problem and message', () => {
    const original = new IngestError('/data/x.csv', 7, 'value', '"7x" is not a number');
    const back = across(original);
    expect(back).toBeInstanceOf(IngestError);
    expect(back).toMatchObject({
      name: 'IngestError',
      file: '/data/x.csv',
      line: 7,
      field: 'value',
      problem: '"7x" is not a number',
      message: '/data/x.csv:7: field "value": "7x" is not a number',
    });
    expect(back.stack).toBe(original.stack);
  });

  it('an IngestError without line and field', () => {
    const back = across(new IngestError('/data/empty.csv', null, null, 'the file is empty'));
    expect(back).toMatchObject({ line: null, field: null, message: '/data/empty.csv: the file is empty' });
  });

  it('a standard error keeps its class and message; a system error its code and path', () => {
    const type = across(new TypeError('x is not a function'));
    expect(type).toBeInstanceOf(TypeError);
    expect(type.message).toBe('x is not a function');
    const system = Object.assign(new Error('ENOENT: no such file or directory, open /nope'), {
      code: 'ENOENT',
      errno: -2,
      path: '/nope',
    });
    const back = across(system) as NodeJS.ErrnoException;
    expect(back).toBeInstanceOf(Error);
    expect(back).toMatchObject({ message: system.message, code: 'ENOENT', errno: -2, path: '/nope' });
  });

  it('an error of another class keeps its name and message; a thrown non-error becomes an Error', () => {
    class DecodeProblem extends Error {
      constructor(message: string) {
        super(message);
        this.name = 'DecodeProblem';
      }
    }
    const back = across(new DecodeProblem('bad bytes'));
    expect(back).toMatchObject({ name: 'DecodeProblem', message: 'bad bytes' });
    expect(String(back)).toBe('DecodeProblem: bad bytes');
    expect(across('just text')).toMatchObject({ name: 'Error', message: 'just text' });
  });
});
