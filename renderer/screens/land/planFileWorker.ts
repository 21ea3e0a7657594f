/**
 * Module Web Worker of the Land view: reads and checks plan files off the UI thread and
 * computes each plan's share of the consolidation (planFileAnswer.ts), one file per request;
 * several of them read a Land's 400 files side by side (readPlanFiles.ts). Requests come
 * several at a time: their files are read from disk together while one is checked.
 */
import type { PlanFileAnswer, PlanFileRequest } from './planFileAnswer';
import { MAX_FILE_BYTES } from '../../../shared/ipc/fileKinds';
import { byteBudget } from './byteBudget';
import { answerPlanFile } from './planFileAnswer';

const scope = self as unknown as {
  onmessage: ((e: MessageEvent<PlanFileRequest>) => void) | null;
  postMessage(message: PlanFileAnswer): void;
};

/** Several plans of a Land are read at once; a large one alone (byteBudget.ts). */
const BYTES_READ_AT_ONCE = 8 * 1024 * 1024;
const budget = byteBudget(BYTES_READ_AT_ONCE);

scope.onmessage = (e) => {
  // A file over the limit is refused by its size, its bytes never read.
  const size = e.data.file.size;
  void budget
    .run(size <= MAX_FILE_BYTES ? size : 0, () => answerPlanFile(e.data))
    .then((answer) => scope.postMessage(answer));
};
