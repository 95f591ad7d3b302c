// A worker thread that classifies batches of job ads with the project's classifier and posts the verdicts back.
import { parentPort } from 'node:worker_threads';
import { classifyAd } from './index.js';
import type { ClassifyRequest, ClassifyResponse } from './threads.js';

const port = parentPort!;

port.on('message', ({ seq, texts }: ClassifyRequest) => {
  const verdicts: ClassifyResponse['verdicts'] = [];
  for (let i = 0; i < texts.length; i += 2) {
    const { aiSkill, score, evidence } = classifyAd({ title: texts[i]!, description: texts[i + 1]! });
    verdicts.push({ aiSkill, score, evidence });
  }
  port.postMessage({ seq, verdicts } satisfies ClassifyResponse);
});
