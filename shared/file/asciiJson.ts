/**
 * Plan files are written in ASCII: every character beyond it as a JSON escape (`ü` → `\u00fc`),
 * as Python's `json.dump` does by default. Why: a browser decodes a file's UTF-8 about five times
 * faster when it is all ASCII (Chromium, the Land view's 400 files: 0,29 s → 0,05 s of the
 * workers' time, as long as their JSON.parse), Node likewise; and an editor that saves in
 * Windows-1252 cannot spoil an umlaut. The values are the same: JSON.parse reads the escapes
 * back, files with UTF-8 umlauts (older ones, edited ones) are read as before.
 */

const BEYOND_ASCII = /[\u0080-\uffff]/g;

const escape = (c: string): string => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;

/**
 * JSON text with every character above U+007F written as `\uXXXX` (a pair of surrogates as two
 * escapes, as JSON has it). Only for JSON text: outside strings JSON has no such characters.
 */
export function asciiJson(json: string): string {
  return json.replace(BEYOND_ASCII, escape);
}
