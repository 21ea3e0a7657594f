/**
 * Which texts of the Ziele sheet the import takes: a target's name and "Erreicht, wenn …", its
 * dropdowns (Bereich, Kennzahl, Segment, Zielart, Quelle, by value or by their German name) and
 * a dialogue's judgement of a milestone. The agreement's header and parties are edited in the app.
 */
import {
  ERREICHT_OPTIONS,
  erreichtCommand,
  zielChoiceCommand,
  zielChoiceOptions,
  zielChoiceValue,
} from '../../actions/ziele';
import type { ZielChoice } from '../../actions/ziele';
import type { Plan } from '../../model/plan';
import { zielName, zielTitle } from '../../model/zielRules';
import { findZiel, isJudged } from '../../model/ziele';
import { columnsFor } from '../../outline/types';
import { dialogOutline, zieleOutline } from '../../outline/ziele';
import { quoted, shownText } from './changeList';
import type { ExpectedRow } from './sheetRows';
import type { TextEdit, TextRule } from './textRules';

const REASON_KOPF = 'Angaben der Zielvereinbarung und Vereinbarungspartner bitte in der App ändern';

/** The workbook column (B = 2) of an outline column of the targets' table. */
function colOf(plan: Plan, id: string): number {
  return columnsFor(zieleOutline(plan), 'excel').findIndex((c) => c.id === id) + 2;
}

const CHOICES: Record<string, ZielChoice> = {
  bereich: 'zielbereich',
  kennzahl: 'kennzahl',
  segment: 'segment',
  zielart: 'zielart',
  quelle: 'vorjahrQuelle',
};

const CHOICE_NAMES: Record<ZielChoice, string> = {
  zielbereich: 'Zielbereich',
  kennzahl: 'Kennzahl',
  segment: 'Segment',
  zielart: 'Zielart',
  vorjahrQuelle: 'Quelle des Vorjahreswerts',
};

function choiceRule(zielId: string, field: ZielChoice): TextRule {
  return {
    late: true,
    take: (text, p): TextEdit => {
      const z = findZiel(p.zielvereinbarung, zielId);
      if (!z) return { ok: false, reason: 'das Ziel gibt es nicht mehr' };
      const t = text.trim().toLowerCase();
      const options = zielChoiceOptions(p, field);
      const hit = options.find((o) => o.value.toLowerCase() === t || o.label.toLowerCase() === t);
      if (!hit) return { ok: false, reason: `keine der möglichen Angaben für ${CHOICE_NAMES[field]}` };
      const command = zielChoiceCommand(p, zielId, field, hit.value);
      if (!command) return { ok: false, reason: 'keine Änderung' };
      const label = (v: string) => options.find((o) => o.value === v)?.label ?? v;
      return {
        ok: true,
        command,
        what: `${CHOICE_NAMES[field]} „${zielTitle(z, p.header.year)}“`,
        before: label(zielChoiceValue(z, field)),
        after: hit.label,
      };
    },
  };
}

function textRule(zielId: string, field: 'bezeichnung' | 'erreichtWenn'): TextRule {
  return {
    take: (text, p) => {
      const z = findZiel(p.zielvereinbarung, zielId);
      return {
        ok: true,
        command: { type: 'setText', target: { kind: 'ziel', id: zielId, field }, value: text },
        what: field === 'bezeichnung' ? 'Ziel' : `Erreicht, wenn … „${z ? zielTitle(z, p.header.year) : ''}“`,
        before:
          field === 'bezeichnung'
            ? quoted(z ? zielName(z, p.header.year) : '')
            : shownText(z?.erreichtWenn ?? ''),
        after: field === 'bezeichnung' ? quoted(text) : shownText(text),
      };
    },
  };
}

function erreichtRule(dialogId: string, zielId: string): TextRule {
  return {
    take: (text, p) => {
      const t = text.trim().toLowerCase();
      const hit = ERREICHT_OPTIONS.find((o) => o.label === t || (o.value !== '' && o.value === t));
      if (!hit && t !== '')
        return { ok: false, reason: '„erreicht“, „nicht erreicht“ oder „offen“ erwartet' };
      const value = hit?.value ?? '';
      const z = findZiel(p.zielvereinbarung, zielId);
      const before = p.zielvereinbarung.dialoge
        .find((d) => d.id === dialogId)
        ?.werte.find((w) => w.zielId === zielId)?.erreicht;
      return {
        ok: true,
        command: erreichtCommand(dialogId, zielId, value),
        what: `Zielerreichung „${z ? zielTitle(z, p.header.year) : ''}“`,
        before: before === true ? 'erreicht' : before === false ? 'nicht erreicht' : 'offen',
        after: ERREICHT_OPTIONS.find((o) => o.value === value)!.label,
      };
    },
  };
}

/** The rule for a text cell of the Ziele sheet; null: a label the app writes. */
export function zieleTextRule(row: ExpectedRow, col: number, plan: Plan): TextRule | null {
  const tag = row.tag ?? '';
  if (tag.startsWith('kopf:') || tag.startsWith('partei:')) return { reason: REASON_KOPF };
  if (tag.startsWith('zl:')) {
    const id = tag.slice(3);
    if (!findZiel(plan.zielvereinbarung, id)) return null;
    if (col === colOf(plan, 'bezeichnung')) return textRule(id, 'bezeichnung');
    if (col === colOf(plan, 'erreichtWenn')) return textRule(id, 'erreichtWenn');
    const choice = Object.keys(CHOICES).find((c) => colOf(plan, c) === col);
    return choice ? choiceRule(id, CHOICES[choice]!) : null;
  }
  if (tag.startsWith('zi:')) {
    const [dialogId = '', zielId = ''] = tag.slice(3).split('.');
    const i = plan.zielvereinbarung.dialoge.findIndex((d) => d.id === dialogId);
    const d = plan.zielvereinbarung.dialoge[i];
    const z = findZiel(plan.zielvereinbarung, zielId);
    if (!d || !z || !isJudged(z.zielart)) return null;
    const erreichtCol =
      columnsFor(dialogOutline(plan, d, i), 'excel').findIndex((c) => c.id === 'erreicht') + 2;
    return col === erreichtCol ? erreichtRule(dialogId, zielId) : null;
  }
  return null;
}
