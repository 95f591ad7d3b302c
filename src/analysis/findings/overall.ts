// Findings on the overall ranking: the front-runners above the average, the top and the bottom.
import type { LeadersResult } from '../leaders.js';
import { nodeName, scoreEvidence, sourceNote, type FindingsContext } from './context.js';
import { count, list, num, rank } from './format.js';

export function writeOverall(c: FindingsContext, leaders: LeadersResult): void {
  const de = c.lang === 'de';
  const title = nodeName(c, leaders.root);
  const n = leaders.ranking.length;
  c.out.paragraph('overall', de ? 'Gesamtindex und Vorreiter' : 'Overall index and front-runners');
  const front = leaders.frontRunners;
  const names = front.map((u) => u.name);
  const below = leaders.ranking[front.length];
  const ref = (u: { code: string; score: number | null; rank: number | null }) => ({
    node: leaders.root,
    unit: u.code,
    value: u.score,
    rank: u.rank,
  });
  if (front.length > 0 && front.length < n) {
    const subject = de
      ? front.length === 1
        ? 'Eine Kommune liegt'
        : `${count(front.length, 'de', true)} Kommunen liegen`
      : front.length === 1
        ? 'One municipality scores'
        : `${count(front.length, 'en', true)} municipalities score`;
    c.out.say(
      de
        ? `${subject} über dem Durchschnitt des ${title} von ${num(leaders.mean, 'de')} Punkten und ` +
            `${front.length === 1 ? 'gilt' : 'gelten'} damit als Vorreiter der digitalen Transformation: ${list(names, 'de')}.`
        : `${subject} above the ${title} average of ${num(leaders.mean, 'en')} points and ` +
            `${front.length === 1 ? 'counts' : 'count'} as front-runners of the digital transformation: ${list(names, 'en')}.`,
      `${sourceNote(c)}. ${title}: ${de ? 'Mittelwert' : 'mean'} ${num(leaders.mean, c.lang)}; ` +
        front.map((u) => scoreEvidence(c, u)).join('; ') +
        (below
          ? `; ${de ? 'erste Kommune unter dem Mittelwert' : 'first below the mean'}: ${scoreEvidence(c, below)}`
          : ''),
      [{ node: leaders.root, unit: null, value: leaders.mean, measure: 'mean' }, ...front.map(ref)],
    );
  }
  const first = leaders.ranking[0];
  const last = leaders.ranking.at(-1);
  if (first && last && first !== last) {
    c.out.say(
      de
        ? `An der Spitze steht ${first.name} mit ${num(first.score, 'de')} Punkten; ${last.name} bildet mit ` +
            `${num(last.score, 'de')} Punkten das Schlusslicht (${rank(last.rank, 'de')}).`
        : `${first.name} leads with ${num(first.score, 'en')} points; ${last.name} comes last with ` +
            `${num(last.score, 'en')} points (${rank(last.rank, 'en')}).`,
      `${sourceNote(c)}. ${title}: ${scoreEvidence(c, first)}; ${scoreEvidence(c, last)}`,
      [ref(first), ref(last)],
    );
  }
  const lastFront = front.at(-1);
  if (lastFront && below && leaders.gap !== null && leaders.gap >= 1) {
    c.out.say(
      de
        ? `Die Vorreiter setzen sich deutlich ab: Zwischen ${lastFront.name} (${rank(lastFront.rank, 'de')}) und ` +
            `${below.name} (${rank(below.rank, 'de')}) liegen ${num(leaders.gap, 'de')} Punkte.`
        : `The front-runners stand apart: ${num(leaders.gap, 'en')} points separate ${lastFront.name} ` +
            `(${rank(lastFront.rank, 'en')}) from ${below.name} (${rank(below.rank, 'en')}).`,
      `${sourceNote(c)}. ${title}: ${scoreEvidence(c, lastFront)}; ${scoreEvidence(c, below)}; ` +
        `${de ? 'Abstand' : 'gap'} ${num(leaders.gap, c.lang)}`,
      [ref(lastFront), ref(below), { node: leaders.root, unit: null, value: leaders.gap, measure: 'gap' }],
    );
  }
}
