import { describe, expect, it } from 'vitest';
import { classifyAd, JOB_CLASSIFIER_VERSION, JOB_THRESHOLD } from '../../../src/jobs/classify/index.js';

const ad = (title: string, description: string) => classifyAd({ title, description });

describe('classifyAd (contract)', () => {
  it('recognises roles that build, train, research or deploy AI, with evidence', () => {
    const result = ad(
      'Machine Learning Engineer (m/w/d)',
      'Du entwickelst und trainierst Modelle mit PyTorch und bringst sie mit MLOps in Produktion.',
    );
    expect(result.aiSkill).toBe(true);
    expect(result.score).toBeGreaterThanOrEqual(JOB_THRESHOLD);
    expect(result.classifierVersion).toBe(JOB_CLASSIFIER_VERSION);
    // "trainierst Modelle" is a phrase of the role's own AI work (version 4)
    expect(result.evidence.map((e) => e.term)).toEqual([
      'Machine Learning Engineer',
      'trainierst Modelle',
      'PyTorch',
      'MLOps',
    ]);
    for (const e of result.evidence) expect(e.snippet.length).toBeLessThanOrEqual(160);
  });

  it("counts one method term alone when it stands in the role's own tasks or profile (round 3)", () => {
    // a neutral title and one method term of weight 3: one more in a sentence that gives the role the work
    const tasks = ad(
      'Doktorand (m/w/d) Energiemanagement',
      'Das Institut sucht eine Doktorandin. Sie trainieren Agenten mit bestärkendem Lernen, die Wärmepumpen steuern.',
    );
    expect(tasks.aiSkill).toBe(true);
    expect(tasks.score).toBe(4);
    expect(tasks.evidence.map((e) => e.term)).toEqual(['bestärkendem Lernen']);
    const profile = ad(
      'Ingenieur (m/w/d) Zustandsüberwachung',
      'Wir warten Windenergieanlagen. Sie haben Erfahrung mit Deep Learning auf Schwingungsdaten.',
    );
    expect(profile.aiSkill).toBe(true);
    // the same term in a sentence about the employer does not reach the threshold
    const employer = ad(
      'Ingenieur (m/w/d) Zustandsüberwachung',
      'Unser Institut ist bekannt für Deep Learning. Sie warten Windenergieanlagen.',
    );
    expect(employer.aiSkill).toBe(false);
    expect(employer.score).toBe(3);
  });

  it('keeps the vetoes before the boost: AI as a plus, recruiting and non-AI titles do not count', () => {
    expect(ad('Java-Entwickler (m/w/d)', 'Erfahrung mit Deep Learning ist ein Plus.').aiSkill).toBe(false);
    expect(
      ad('Recruiter (m/w/d) Tech', 'Du entwickelst Kontakte zu Fachleuten für Reinforcement Learning.')
        .aiSkill,
    ).toBe(false);
    expect(
      ad(
        'Marketing Manager (m/w/d)',
        'Sie entwickeln Kampagnen, die erklären, wie unser Deep Learning hilft.',
      ).aiSkill,
    ).toBe(false);
  });

  it('recognises AI skills in the requirements of a role with a neutral title', () => {
    expect(
      ad(
        'Softwareentwickler (m/w/d)',
        'Ihre Aufgaben: Sie trainieren neuronale Netze für die Bildverarbeitung und evaluieren sie mit Kunden.',
      ).aiSkill,
    ).toBe(true);
    expect(
      ad('Data Scientist (m/w/d)', 'Sie entwickeln Prognosemodelle mit maschinellem Lernen.').aiSkill,
    ).toBe(true);
  });

  it.each([
    ['Erzieher (m/w/d) Kita', 'Unsere Kita KIKI sucht Verstärkung. Ski-Freizeit und Kiosk inklusive.'],
    ['Recruiter (m/w/d)', 'Wir nutzen KI-Tools im Recruiting. Du betreust Bewerbungen.'],
    [
      'Buchhalter (m/w/d)',
      'Wir setzen im Bewerbungsprozess künstliche Intelligenz ein, um schneller zu antworten.',
    ],
    [
      'Softwareentwickler Java (m/w/d)',
      'Du entwickelst Webanwendungen. Erfahrung mit GitHub Copilot von Vorteil.',
    ],
    ['Marketing Manager (m/w/d)', 'Kenntnisse in Machine Learning sind a plus. Du planst Kampagnen.'],
    ['Vertriebsmitarbeiter (m/w/d)', 'Sie verkaufen unsere KI-basierte Plattform an Kunden im Mittelstand.'],
    ['Office Manager (m/w/d)', 'Wir sind ein schnell wachsendes KI-Start-up. Sie organisieren das Büro.'],
    ['Lagerist (m/w/d)', 'Staplerschein erforderlich. AI und ML sind hier kein Thema.'],
    // rules of dictionary version 2, from the hand-written dev set
    [
      'Empfangsmitarbeiter (m/w/d) – Nordstern AI GmbH',
      'Die Nordstern AI GmbH in Gelsenkirchen entwickelt KI-Software für Stadtwerke. Sie begrüßen Gäste.',
    ],
    [
      'Account Executive (m/w/d)',
      'Machine Learning und künstliche Intelligenz musst du nicht programmieren können. Du gewinnst Neukunden.',
    ],
  ])('does not count %s', (title, description) => {
    expect(ad(title, description).aiSkill).toBe(false);
  });

  // rules of dictionary version 3 (who does the AI work), from the hand-written test part after it was spent
  it.each([
    [
      'Talent Acquisition Partner (m/w/d) – Data & AI',
      'Du verantwortest die Besetzung von Stellen für Machine Learning Engineers und Data Scientists.',
    ],
    [
      'Sekretär (m/w/d) Lehrstuhl für Maschinelles Lernen',
      'Sie organisieren Termine und Dienstreisen. Abschluss als Kaufmann für Büromanagement.',
    ],
    [
      'Rechtsanwältin (m/w/d) Technologierecht',
      'Sie beraten Mandanten zur KI-Verordnung und prüfen Anforderungen an KI-Systeme und Machine Learning.',
    ],
    [
      'Frontend-Entwickler (m/w/d) – KI-Plattform',
      'Du baust die Oberfläche unseres Assistenten in React. Die Sprachmodelle entwickelt unser ML-Team.',
    ],
    [
      'Data Analyst (m/w/d) E-Commerce',
      'Du baust Dashboards und nutzt die Prognosemodelle, die unser Data-Science-Team bereitstellt.',
    ],
    [
      'Data Engineer (m/w/d)',
      'Du baust Datenstrecken mit dbt. Unsere Data Scientists trainieren darauf ihre Modelle mit PyTorch.',
    ],
  ])('does not count AI work of others: %s', (title, description) => {
    const result = ad(title, description);
    expect(result.aiSkill, JSON.stringify(result.evidence)).toBe(false);
  });

  it('counts AI work that the role does itself, even under a title naming a neighbouring role', () => {
    const own = ad(
      'Data Engineer (m/w/d)',
      'Du baust Datenstrecken. Du trainierst und deployst Modelle des maschinellen Lernens mit PyTorch.',
    );
    expect(own.aiSkill).toBe(true);
    expect(own.evidence.map((e) => e.term)).toEqual(['maschinellen Lernen', 'PyTorch']);
    // a neutral title with federated learning as the research topic
    const research = ad(
      'Wissenschaftliche Mitarbeiterin (m/w/d) Federated Learning',
      'Sie entwickeln Verfahren des föderierten Lernens für Kliniken.',
    );
    expect(research.aiSkill).toBe(true);
  });

  it('still counts AI work described in a sentence that does not name the employer', () => {
    const result = ad(
      'Entwickler (m/w/d)',
      'Die Nordstern AI GmbH sitzt in Gelsenkirchen. Du trainierst und evaluierst KI-Modelle mit PyTorch.',
    );
    expect(result.aiSkill).toBe(true);
    expect(result.evidence.map((e) => e.term)).toEqual(['KI-Modell', 'PyTorch']);
  });

  it('is a pure function of the ad', () => {
    const input = { title: 'Data Scientist (m/w/d)', description: 'Deep Learning mit TensorFlow.' };
    expect(classifyAd(input)).toEqual(classifyAd({ ...input }));
  });
});
