import { describe, expect, it } from 'vitest';
import { IngestError } from '../../src/ingest/errors.js';
import { parseLabelledCsv } from '../../src/classify/logistic/labels.js';
import {
  crossValidate,
  modelPredictor,
  trainModel,
  type LabelledText,
} from '../../src/classify/logistic/model.js';
import { fitVocabulary, termIndex, tokenise, vectorise } from '../../src/classify/logistic/tfidf.js';

const positives = [
  'Wir entwickeln Software und Apps',
  'Software für den Handel',
  'Apps und Cloud Software',
  'Cloud Software Entwicklung',
];
const negatives = [
  'Wir backen Brot und Brötchen',
  'Frisches Brot jeden Morgen',
  'Brötchen und Kuchen',
  'Kuchen und Brot vom Bäcker',
];
const examples: LabelledText[] = [
  ...positives.flatMap((t) => [t, t + ' heute', t + ' morgen']).map((text) => ({ text, label: true })),
  ...negatives.flatMap((t) => [t, t + ' heute', t + ' morgen']).map((text) => ({ text, label: false })),
];

describe('tf-idf features', () => {
  it('uses folded unigrams and bigrams', () => {
    expect(tokenise('KI-Lösungen für Ärzte')).toEqual([
      'ki',
      'loesungen',
      'fuer',
      'aerzte',
      'ki loesungen',
      'loesungen fuer',
      'fuer aerzte',
    ]);
  });

  it('keeps tokens found in at least two documents and normalises vectors to length 1', () => {
    const vocabulary = fitVocabulary(['a b', 'a c', 'a b d']);
    expect(vocabulary.terms).toEqual(['a', 'a b', 'b']);
    // a term in every document has the smallest idf
    expect(vocabulary.idf[0]).toBeLessThan(vocabulary.idf[2]!);
    const v = vectorise(vocabulary, termIndex(vocabulary), 'a b b unknown');
    expect(v.indices).toEqual([0, 1, 2]);
    expect(Math.hypot(...v.values)).toBeCloseTo(1, 12);
  });
});

describe('logistic regression', () => {
  it('separates separable texts and gives the same model for the same seed', () => {
    const model = trainModel(examples, 7);
    const predict = modelPredictor(model);
    expect(predict('Software und Cloud').label).toBe(true);
    expect(predict('Brot und Kuchen').label).toBe(false);
    expect(predict('Software und Cloud').probability).toBeGreaterThan(0.5);
    expect(trainModel(examples, 7)).toEqual(model);
    expect(model.trainedOn).toEqual({ records: 24, positives: 12 });
  });

  it('cross-validates over folds that partition the examples', () => {
    const cv = crossValidate(examples, 4, 3);
    expect(cv.perFold).toHaveLength(4);
    expect(cv.perFold.reduce((s, m) => s + m.n, 0)).toBe(examples.length);
    expect(cv.pooled.n).toBe(examples.length);
    expect(cv.pooled.f1).toBeGreaterThan(0.9);
    expect(() => crossValidate(examples, 1, 3)).toThrow(RangeError);
  });
});

describe('labelled CSV', () => {
  it('reads text and label columns', () => {
    expect(parseLabelledCsv('id,text,label\n1,"Software, Cloud",1\n2,Brot,0\n', 'l.csv')).toEqual([
      { text: 'Software, Cloud', label: true },
      { text: 'Brot', label: false },
    ]);
  });

  it('names file, line and field of bad rows', () => {
    expect(() => parseLabelledCsv('text,label\nBrot,0\nKuchen,vielleicht\n', 'l.csv')).toThrow(
      'l.csv:3: field "label": "vielleicht" is not a label (use 1 or 0)',
    );
    expect(() => parseLabelledCsv('text,klasse\nBrot,0\n', 'l.csv')).toThrow(IngestError);
    expect(() => parseLabelledCsv('text,label\n" ",1\n', 'l.csv')).toThrow(
      'l.csv:2: field "text": the text is empty',
    );
  });
});

describe('labelled CSV with texts over several lines', () => {
  it('names the line on which the bad record ends', () => {
    expect(() => parseLabelledCsv('text,label\n"Zeile eins\nZeile zwei",1\nBrot,2\n', 'l.csv')).toThrow(
      'l.csv:4: field "label"',
    );
    expect(() => parseLabelledCsv('text,label\n"offen,1\n', 'l.csv')).toThrow(/l\.csv.*not valid CSV/);
  });
});
