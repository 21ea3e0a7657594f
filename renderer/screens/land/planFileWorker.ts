/**
 * Module Web Worker of the Land view: reads and checks plan files off the UI thread and
 * computes each plan's share of the consolidation (planFileAnswer.ts), one file per request;
 * several of them read a Land's 400 files side by side (readPlanFiles.ts). Requests may come
 * while one is checked: their files are read meanwhile.
 */
import type { PlanFileAnswer, PlanFileRequest } from './planFileAnswer';
import { answerPlanFile } from './planFileAnswer';

const scope = self as unknown as {
  onmessage: ((e: MessageEvent<PlanFileRequest>) => void) | null;
  postMessage(message: PlanFileAnswer): void;
};

scope.onmessage = (e) => void answerPlanFile(e.data).then((answer) => scope.postMessage(answer));
