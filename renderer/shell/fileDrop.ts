/**
 * A file dragged from the Explorer onto the window opens like Datei → Öffnen… (a new plan).
 * Without preventDefault on dragover and drop the browser would leave the app and show the
 * file. The platform reads the file: the browser from the File, the desktop by its path.
 */
import type { PickedFile, Platform } from '../platform/getPlatform';
import { UserMessage, runCommand } from './actionErrors';
import { uiStore } from '../state/uiStore';

const carriesFiles = (e: DragEvent) => !!e.dataTransfer && [...e.dataTransfer.types].includes('Files');

/** Side effect: dragover/drop listeners on `win`; returns remove. */
export function installFileDrop(
  win: Window,
  platform: Pick<Platform, 'readDroppedFile'>,
  open: (file: PickedFile) => Promise<void>,
): () => void {
  const onDragOver = (e: DragEvent) => {
    if (!carriesFiles(e)) return;
    e.preventDefault();
    e.dataTransfer!.dropEffect = 'copy';
  };
  const onDrop = (e: DragEvent) => {
    if (!carriesFiles(e)) return;
    e.preventDefault();
    const files = [...(e.dataTransfer?.files ?? [])];
    const first = files[0];
    if (!first) return;
    void runCommand('Öffnen', async () => {
      if (files.length > 1) uiStore.say(`Es wird nur die erste von ${files.length} Dateien geöffnet.`);
      const read = await platform.readDroppedFile(first);
      if (!read.ok) throw new UserMessage(read.error);
      await open(read);
    });
  };
  win.addEventListener('dragover', onDragOver);
  win.addEventListener('drop', onDrop);
  return () => {
    win.removeEventListener('dragover', onDragOver);
    win.removeEventListener('drop', onDrop);
  };
}
