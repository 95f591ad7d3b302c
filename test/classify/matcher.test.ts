import { describe, expect, it } from 'vitest';
import {
  category,
  dictionaryVersion,
  validateDictionary,
  type Dictionary,
} from '../../src/classify/dictionary.js';
import {
  compileDictionary,
  DictionaryError,
  distinctTerms,
  findTerms,
  titleHead,
} from '../../src/classify/matcher.js';
import { snippetAround } from '../../src/classify/snippet.js';

const dictionary: Dictionary = {
  name: 'test',
  version: '1',
  terms: [
    ...category('commerce', 'any', [
      ['E-Commerce', 3],
      ['Online-Shop', 3],
      ['Software', 2, 'infix'],
      ['App', 2, 'word'],
    ]),
    ...category('ai', 'any', [
      ['künstliche Intelligenz', 3],
      ['machine learning', 3],
      ['machine learning engineer', 5],
      ['KI', 2, 'word', 'cs+support'],
    ]),
  ],
  rules: [
    { name: 'plus', effect: 'veto', cues: ['von Vorteil', 'a plus'], categories: [] },
    { name: 'social', effect: 'veto', cues: ['Folgen Sie uns'], categories: ['commerce'] },
    { name: 'builds', effect: 'support', cues: ['entwickeln', 'Modell'], categories: [] },
  ],
};
const compiled = compileDictionary(dictionary);
const terms = (text: string) =>
  findTerms(compiled, text)
    .filter((m) => m.counts)
    .map((m) => m.term.term);

describe('dictionary matcher', () => {
  it('matches hyphen, space and joined spellings of a term', () => {
    for (const text of [
      'Wir machen E-Commerce.',
      'Wir machen eCommerce.',
      'Wir machen E Commerce.',
      'Onlineshop',
      'Online Shop',
    ]) {
      expect(terms(text).length, text).toBe(1);
    }
  });

  it('matches umlauts written as two letters and any capitalisation of case-insensitive terms', () => {
    expect(terms('KUENSTLICHE INTELLIGENZ für alle')).toEqual(['künstliche Intelligenz']);
    expect(terms('Künstliche Intelligenz')).toEqual(['künstliche Intelligenz']);
  });

  it('prefers the longest term at a position', () => {
    expect(terms('Wir suchen Machine Learning Engineers.')).toEqual(['machine learning engineer']);
  });

  it('matches infix terms inside compounds, word terms only as whole words', () => {
    expect(terms('Wir verkaufen Branchensoftware.')).toEqual(['Software']);
    expect(terms('Die App ist da.')).toEqual(['App']);
    expect(terms('Wir haben einen Apparat und Appetit.')).toEqual([]);
  });

  it('takes short forms only case-sensitively, as whole words and with supporting context', () => {
    expect(terms('Wir entwickeln KI für Banken.')).toEqual(['KI']);
    expect(terms('Wir entwickeln KI-Modelle.')).toEqual(['KI']);
    expect(terms('Unsere KI.')).toEqual([]); // no support in the sentence
    expect(terms('Kita, Ski, Kiosk und das Maskottchen KIKI; wir entwickeln Spiele.')).toEqual([]);
    expect(terms('Die ki-Frage entwickeln wir.')).toEqual([]); // wrong case
    expect(terms('KI und künstliche Intelligenz.')).toEqual(['KI', 'künstliche Intelligenz']); // supported by a term
  });

  it('lets veto cues in the same sentence cancel a match, only for their categories', () => {
    const matches = findTerms(
      compiled,
      'Erfahrung mit Machine Learning ist von Vorteil. Machine Learning ist unser Kern.',
    );
    expect(matches.map((m) => [m.vetoedBy, m.counts])).toEqual([
      ['plus', false],
      [null, true],
    ]);
    expect(terms('Folgen Sie uns in der App und lernen Sie künstliche Intelligenz.')).toEqual([
      'künstliche Intelligenz',
    ]);
  });

  it('groups counting matches by term', () => {
    const grouped = distinctTerms(findTerms(compiled, 'E-Commerce hier, eCommerce da, App.'));
    expect(grouped.map((g) => [g.term.term, g.occurrences])).toEqual([
      ['E-Commerce', 2],
      ['App', 1],
    ]);
  });

  it('changes the version whenever the data change', () => {
    const edited = {
      ...dictionary,
      terms: dictionary.terms.map((t, i) => (i === 0 ? { ...t, weight: 4 } : t)),
    };
    expect(dictionaryVersion(dictionary)).toMatch(/^test-1\+[0-9a-f]{8}$/);
    expect(dictionaryVersion(edited)).not.toBe(dictionaryVersion(dictionary));
    expect(dictionaryVersion({ ...dictionary })).toBe(dictionaryVersion(dictionary));
  });

  it('rejects duplicate terms and empty cues', () => {
    const bad: Dictionary = {
      ...dictionary,
      terms: [...dictionary.terms, ...category('x', 'de', [['eCommerce', 1]])],
      rules: [{ name: 'empty', effect: 'veto', cues: [' - '], categories: [] }],
    };
    expect(validateDictionary(bad)).toEqual([
      'term "eCommerce" duplicates "E-Commerce"',
      'context rule empty has an empty cue',
    ]);
    expect(() => compileDictionary(bad)).toThrow(DictionaryError);
  });
});

describe('title vetoes (the role a title names)', () => {
  const withRole = compileDictionary({
    ...dictionary,
    rules: [
      ...dictionary.rules,
      {
        name: 'not-the-role',
        effect: 'veto',
        scope: 'title',
        cues: ['Recruiter', 'Frontend'],
        unless: ['trainier'],
        categories: ['ai'],
      },
    ],
  });
  const counting = (text: string) =>
    findTerms(withRole, text)
      .filter((m) => m.counts)
      .map((m) => m.term.term);

  it('the title head is the first line up to its first bracket, dash, colon, comma or bar', () => {
    expect(titleHead('Data Analyst (m/w/d) Marketing\nText')).toBe('Data Analyst ');
    expect(titleHead('Frontend-Entwickler – KI-Plattform')).toBe('Frontend-Entwickler ');
    expect(titleHead('Recruiter: Machine Learning\nText')).toBe('Recruiter');
    expect(titleHead('Ingenieur Bildverarbeitung - Standort Hagen')).toBe('Ingenieur Bildverarbeitung');
    expect(titleHead('Werkstudent Machine Learning')).toBe('Werkstudent Machine Learning');
  });

  it('a role cue in the title head vetoes matches anywhere in the text, of the rule categories only', () => {
    const text =
      'Recruiter (m/w/d) Machine Learning\nDu suchst Machine Learning Engineers. Wir verkaufen E-Commerce.';
    expect(counting(text)).toEqual(['E-Commerce']);
    const vetoed = findTerms(withRole, text).filter((m) => !m.counts);
    expect(vetoed.map((m) => m.vetoedBy)).toEqual(['not-the-role', 'not-the-role']);
  });

  it('a sentence with an "unless" cue keeps its match: the role does AI work of its own', () => {
    const text =
      'Frontend-Entwickler (m/w/d)\nDu baust Oberflächen. Du trainierst auch machine learning Modelle.';
    expect(counting(text)).toEqual(['machine learning']);
  });

  it('a cue after the title head (or in the description) does not fire the title veto', () => {
    expect(counting('Machine Learning Engineer (m/w/d) – Frontend\nText')).toEqual([
      'machine learning engineer',
    ]);
    expect(counting('Machine Learning Engineer\nDer Recruiter meldet sich.')).toEqual([
      'machine learning engineer',
    ]);
  });

  it('"unless" is only allowed on title vetoes, and title rules must veto', () => {
    const bad: Dictionary = {
      ...dictionary,
      rules: [
        { name: 'u', effect: 'veto', cues: ['x'], unless: ['y'], categories: [] },
        { name: 't', effect: 'support', scope: 'title', cues: ['x'], categories: [] },
      ],
    };
    expect(validateDictionary(bad)).toEqual([
      'context rule u: "unless" is only for title vetoes',
      'context rule t: a title rule must veto',
    ]);
  });
});

describe('snippets', () => {
  it('stay within 160 characters, contain the match and cut at word boundaries', () => {
    const text = 'Wort '.repeat(100) + 'künstliche Intelligenz ' + 'Satz '.repeat(100);
    const start = text.indexOf('künstliche');
    const snippet = snippetAround(text, start, start + 22);
    expect(snippet.length).toBeLessThanOrEqual(160);
    expect(snippet).toContain('künstliche Intelligenz');
    expect(snippet.startsWith('…Wort ')).toBe(true);
    expect(snippet.endsWith(' Satz…')).toBe(true);
  });

  it('return short texts whole', () => {
    expect(snippetAround('Wir   machen\nE-Commerce.', 13, 23)).toBe('Wir machen E-Commerce.');
  });

  describe('boost rules', () => {
    const boosting: Dictionary = {
      name: 'boost-test',
      version: '1',
      terms: category('ai', 'any', [
        ['deep learning', 3],
        ['KI', 2, 'word', 'cs+support'],
      ]),
      rules: [
        { name: 'plus', effect: 'veto', cues: ['ein Plus'], categories: [] },
        { name: 'own-work', effect: 'boost', boost: 1, cues: ['Sie trainieren'], categories: ['ai'] },
        { name: 'builds', effect: 'support', cues: ['Modell'], categories: [] },
      ],
    };
    const c = compileDictionary(boosting);

    it('raises the weight of a counting match in a sentence with a cue, and names the rule', () => {
      const [m] = findTerms(c, 'Sie trainieren Netze mit Deep Learning.');
      expect(m!.term.term).toBe('deep learning');
      expect(m!.term.weight).toBe(4);
      expect(m!.boostedBy).toBe('own-work');
      expect(m!.counts).toBe(true);
      // the dictionary itself is not changed, and the boosted copy is made once
      expect(boosting.terms[0]!.weight).toBe(3);
      expect(findTerms(c, 'Sie trainieren Deep Learning.')[0]!.term).toBe(m!.term);
    });

    it('does not boost vetoed or unsupported matches', () => {
      const [vetoed] = findTerms(c, 'Sie trainieren Deep Learning? Nein: Deep Learning ist ein Plus.').slice(
        1,
      );
      expect(vetoed!.counts).toBe(false);
      expect(vetoed!.boostedBy).toBeNull();
      const [short] = findTerms(c, 'Sie trainieren KI gern.');
      expect(short!.counts).toBe(false);
      expect(short!.boostedBy).toBeNull();
    });

    it('lets the boosted occurrence stand for the term: an earlier plain occurrence stops counting', () => {
      const matches = findTerms(c, 'Wir lieben Deep Learning. Sie trainieren Modelle mit Deep Learning.');
      expect(matches.map((m) => [m.counts, m.boostedBy])).toEqual([
        [false, null],
        [true, 'own-work'],
      ]);
      expect(distinctTerms(matches).map((t) => [t.term.term, t.term.weight])).toEqual([['deep learning', 4]]);
    });

    it('validates boost rules', () => {
      const bad = (rule: Partial<Dictionary['rules'][number]>) =>
        validateDictionary({
          ...boosting,
          rules: [{ name: 'r', effect: 'boost', cues: ['x'], categories: [], ...rule }],
        });
      expect(bad({ boost: 1 })).toEqual([]);
      expect(bad({ boost: undefined })).toEqual(['context rule r: a boost rule needs a positive "boost"']);
      expect(bad({ boost: 0 })).toEqual(['context rule r: a boost rule needs a positive "boost"']);
      expect(bad({ effect: 'veto', boost: 2 })).toEqual(['context rule r: "boost" is only for boost rules']);
    });
  });
});
