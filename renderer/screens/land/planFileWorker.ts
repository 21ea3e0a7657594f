/**
 * Module Web Worker of the Land view: reads and checks plan files off the UI thread
 * (landPlanFromText, the same check as Datei → Öffnen…), one file per request; several of
 * them read a Land's 400 files side by side (readPlanFiles.ts).
 */
import type { LandRead } from '../../../shared/consolidate/landInput';
import { landPlanFromText } from '../../../shared/consolidate/landInput';

export interface PlanFileRequest {
  index: number;
  file: File;
}

export interface PlanFileAnswer {
  index: number;
  read: LandRead;
}

const scope = self as unknown as {
  onmessage: ((e: MessageEvent<PlanFileRequest>) => void) | null;
  postMessage(message: PlanFileAnswer): void;
};

scope.onmessage = (e) => {
  const { index, file } = e.data;
  file.text().then(
    (text) => scope.postMessage({ index, read: landPlanFromText(text) }),
    (err: unknown) =>
      scope.postMessage({
        index,
        read: {
          ok: false,
          message: `ließ sich nicht lesen (${err instanceof Error ? err.message : String(err)}).`,
        },
      }),
  );
};
