/**
 * Part names and relationship targets of an OOXML package, compared and resolved the way Excel
 * does (OPC): targets are trimmed, relative to the folder of the part that holds the
 * relationship unless they start with '/', percent-encoding is decoded, `.` and `..` segments
 * are applied, and part names compare without regard to ASCII case. Used to name sheets in
 * messages; the row limit itself applies to every part, whatever the relationships say.
 */

function percentDecoded(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/** The key two names of the same part share. */
export const partKey = (name: string): string => percentDecoded(name.replace(/^\/+/, '')).toLowerCase();

/** The relationships part of `part`: xl/workbook.xml → xl/_rels/workbook.xml.rels. */
export function relsPartOf(part: string): string {
  const slash = part.lastIndexOf('/');
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

/** The part a relationship target names, seen from `source` (the package root is ''); null if external. */
export function resolveTarget(source: string, target: string): string | null {
  const t = target.trim().replace(/\\/g, '/');
  if (t === '' || /^[a-z][a-z0-9+.-]*:/i.test(t)) return null;
  const segments = t.startsWith('/') ? [] : source.replace(/^\/+/, '').split('/').slice(0, -1);
  for (const s of percentDecoded(t.split('#')[0]!).split('/')) {
    if (s === '' || s === '.') continue;
    if (s === '..') segments.pop();
    else segments.push(s);
  }
  return segments.join('/');
}

/** Text of an XML attribute or element with its entity and character references decoded. */
export const decodeXml = (s: string): string =>
  s.replace(/&(#x[0-9a-f]+|#[0-9]+|quot|apos|lt|gt|amp);/gi, (_, e: string) => {
    const lower = e.toLowerCase();
    if (lower.startsWith('#x')) return String.fromCodePoint(parseInt(lower.slice(2), 16) % 0x110000);
    if (lower.startsWith('#')) return String.fromCodePoint(parseInt(lower.slice(1), 10) % 0x110000);
    return { quot: '"', apos: "'", lt: '<', gt: '>', amp: '&' }[lower] ?? '';
  });

/** The value of attribute `name` (a regex source, e.g. a prefixed name) in one start tag. */
function attr(tag: string, name: string): string | undefined {
  const m = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`).exec(tag);
  return m ? decodeXml(m[1] ?? m[2] ?? '') : undefined;
}

export interface Relationship {
  id: string;
  type: string;
  target: string;
  external: boolean;
}

export function readRelationships(xml: string): Relationship[] {
  const out: Relationship[] = [];
  for (const m of xml.matchAll(/<(?:[\w.-]+:)?Relationship\b[^>]*>/g)) {
    const id = attr(m[0], 'Id');
    const target = attr(m[0], 'Target');
    if (id === undefined || target === undefined) continue;
    out.push({
      id,
      type: attr(m[0], 'Type') ?? '',
      target,
      external: (attr(m[0], 'TargetMode') ?? '').trim() === 'External',
    });
  }
  return out;
}

/** The workbook part named by the package's root relationships (Excel opens that one). */
export function workbookPart(rootRelsXml: string | null): string {
  const rel = readRelationships(rootRelsXml ?? '').find(
    (r) => !r.external && r.type.trim().endsWith('/officeDocument'),
  );
  return (rel && resolveTarget('', rel.target)) || 'xl/workbook.xml';
}

export interface SheetEntry {
  name: string;
  /** Key of the part its relationship names (see partKey); null when the relationship is missing. */
  part: string | null;
}

/** The sheets the workbook lists, in its order, each with the part its relationship names. */
export function sheetList(workbook: string, workbookXml: string, relsXml: string): SheetEntry[] {
  const targets = new Map<string, string>();
  for (const r of readRelationships(relsXml)) {
    const part = r.external ? null : resolveTarget(workbook, r.target);
    if (part !== null && !targets.has(r.id)) targets.set(r.id, partKey(part));
  }
  const out: SheetEntry[] = [];
  for (const m of workbookXml.matchAll(/<(?:[\w.-]+:)?sheet\b[^>]*>/g)) {
    const name = attr(m[0], 'name');
    const rid = attr(m[0], '[\\w.-]+:id');
    if (name !== undefined) out.push({ name, part: (rid !== undefined && targets.get(rid.trim())) || null });
  }
  return out;
}

/** Worksheet part key → sheet name, from the workbook and its relationships. */
export function sheetNamesByPart(
  workbook: string,
  workbookXml: string,
  relsXml: string,
): Map<string, string> {
  const out = new Map<string, string>();
  for (const s of sheetList(workbook, workbookXml, relsXml))
    if (s.part !== null && !out.has(s.part)) out.set(s.part, s.name);
  return out;
}

/** Index of the '>' that ends the tag whose name ends before `from` (quotes respected), or -1. */
function tagEnd(xml: string, from: number): number {
  let quote = '';
  for (let i = from; i < xml.length; i++) {
    const c = xml[i];
    if (quote) {
      if (c === quote) quote = '';
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '>') return i;
  }
  return -1;
}

/**
 * Element content as ExcelJS reads it: the text nodes joined, references decoded; markup,
 * comments and CDATA (its SAX reader listens to text events only) left out. One pass, so a
 * hostile part cannot make it slow.
 */
function elementText(inner: string): string {
  let out = '';
  let i = 0;
  while (i < inner.length) {
    const lt = inner.indexOf('<', i);
    out += decodeXml(inner.slice(i, lt < 0 ? inner.length : lt));
    if (lt < 0) break;
    const close = inner.startsWith('<!--', lt)
      ? inner.indexOf('-->', lt) + 2
      : inner.startsWith('<![CDATA[', lt)
        ? inner.indexOf(']]>', lt) + 2
        : tagEnd(inner, lt + 1);
    if (close < lt) break;
    i = close + 1;
  }
  return out;
}

/** The workbook's defined names (`definedName` elements) with their text, in one pass. */
export function definedNames(workbookXml: string): { name: string; text: string }[] {
  const out: { name: string; text: string }[] = [];
  const start = /<(?:[\w.-]+:)?definedName\b/g;
  const end = /<\/(?:[\w.-]+:)?definedName\s*>/g;
  while (start.exec(workbookXml)) {
    const gt = tagEnd(workbookXml, start.lastIndex);
    if (gt < 0) break;
    const attrs = workbookXml.slice(start.lastIndex, gt);
    let text = '';
    if (attrs.endsWith('/')) start.lastIndex = gt + 1;
    else {
      end.lastIndex = gt + 1;
      const close = end.exec(workbookXml);
      if (!close) break;
      text = elementText(workbookXml.slice(gt + 1, close.index));
      start.lastIndex = end.lastIndex;
    }
    out.push({ name: attr(` ${attrs}`, 'name') ?? '', text });
  }
  return out;
}
