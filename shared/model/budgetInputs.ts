/**
 * Reading and writing the input cells of the Globalbudget, Personal and Verpflichtungen sheets
 * by their key (model/cellKey.ts); the rest of the plan's cells are in inputs.ts.
 */
import type { CellKey, InputRef } from './cellKey';
import { cellKey, GLOBALBUDGET_FIELDS, PERSONAL_FIELDS } from './cellKey';
import type { Jahresbetrag } from './budget';
import { FOLGEJAHRE } from './budget';
import type { Num, Plan } from './plan';

type BudgetRef = Extract<
  InputRef,
  {
    kind:
      | 'schaetzung'
      | 'globalbudget'
      | 'personal'
      | 'projekt'
      | 'gruppe'
      | 'verpflichtung'
      | 'vpJahr'
      | 'ermaechtigung';
  }
>;

/** The years an explicit payment profile lists: the plan year and the four after it. */
export function registerJahre(plan: Plan): number[] {
  return Array.from({ length: FOLGEJAHRE + 1 }, (_, k) => plan.header.year + k);
}

/** The later years a Verpflichtungsermächtigung is given for. */
export function ermaechtigungsJahre(plan: Plan): number[] {
  return registerJahre(plan).slice(1);
}

/** A yearly amount: stored, or an empty cell in the years shown, else no cell. */
function jahresbetrag(
  list: readonly Jahresbetrag[],
  jahr: number,
  shown: readonly number[],
): Num | undefined {
  const hit = list.find((j) => j.jahr === jahr);
  if (hit) return hit.betrag;
  return shown.includes(jahr) ? null : undefined;
}

function withJahresbetrag(list: readonly Jahresbetrag[], jahr: number, betrag: Num): Jahresbetrag[] {
  const rest = list.filter((j) => j.jahr !== jahr);
  return [...rest, { jahr, betrag }].sort((a, b) => a.jahr - b.jahr);
}

export function readBudgetInput(plan: Plan, ref: BudgetRef): Num | undefined {
  switch (ref.kind) {
    case 'schaetzung':
      return plan.globalbudget.schaetzungen.find((s) => s.id === ref.id)?.[ref.field];
    case 'globalbudget':
      return plan.globalbudget[ref.field];
    case 'personal':
      return plan.personal[ref.field];
    case 'projekt':
      return plan.personal.projekte.find((p) => p.id === ref.id)?.vzae;
    case 'gruppe':
      return plan.personal.gruppen.find((g) => g.id === ref.id)?.[ref.field];
    case 'verpflichtung':
      return plan.verpflichtungen.eintraege.find((v) => v.id === ref.id)?.gesamt;
    case 'vpJahr': {
      const v = plan.verpflichtungen.eintraege.find((x) => x.id === ref.id);
      return v && jahresbetrag(v.jahresbetraege, ref.jahr, registerJahre(plan));
    }
    case 'ermaechtigung':
      return jahresbetrag(plan.verpflichtungen.ermaechtigungen, ref.jahr, ermaechtigungsJahre(plan));
  }
}

/** The plan with the cell written, or null when the cell does not exist. */
export function writeBudgetInput(plan: Plan, ref: BudgetRef, value: Num): Plan | null {
  if (readBudgetInput(plan, ref) === undefined) return null;
  const gb = plan.globalbudget;
  const ps = plan.personal;
  const vp = plan.verpflichtungen;
  switch (ref.kind) {
    case 'schaetzung':
      return {
        ...plan,
        globalbudget: {
          ...gb,
          schaetzungen: gb.schaetzungen.map((s) => (s.id === ref.id ? { ...s, [ref.field]: value } : s)),
        },
      };
    case 'globalbudget':
      return { ...plan, globalbudget: { ...gb, [ref.field]: value } };
    case 'personal':
      return { ...plan, personal: { ...ps, [ref.field]: value } };
    case 'projekt':
      return {
        ...plan,
        personal: { ...ps, projekte: ps.projekte.map((p) => (p.id === ref.id ? { ...p, vzae: value } : p)) },
      };
    case 'gruppe':
      return {
        ...plan,
        personal: {
          ...ps,
          gruppen: ps.gruppen.map((g) => (g.id === ref.id ? { ...g, [ref.field]: value } : g)),
        },
      };
    case 'verpflichtung':
      return {
        ...plan,
        verpflichtungen: {
          ...vp,
          eintraege: vp.eintraege.map((v) => (v.id === ref.id ? { ...v, gesamt: value } : v)),
        },
      };
    case 'vpJahr':
      return {
        ...plan,
        verpflichtungen: {
          ...vp,
          eintraege: vp.eintraege.map((v) =>
            v.id === ref.id
              ? { ...v, jahresbetraege: withJahresbetrag(v.jahresbetraege, ref.jahr, value) }
              : v,
          ),
        },
      };
    case 'ermaechtigung':
      return {
        ...plan,
        verpflichtungen: { ...vp, ermaechtigungen: withJahresbetrag(vp.ermaechtigungen, ref.jahr, value) },
      };
  }
}

/** Every input cell of these sheets (the years shown even where nothing is stored yet). */
export function budgetInputRefs(plan: Plan): BudgetRef[] {
  const refs: BudgetRef[] = [];
  for (const s of plan.globalbudget.schaetzungen) {
    refs.push({ kind: 'schaetzung', id: s.id, field: 'vwb' }, { kind: 'schaetzung', id: s.id, field: 'egm' });
  }
  for (const field of GLOBALBUDGET_FIELDS) refs.push({ kind: 'globalbudget', field });
  for (const field of PERSONAL_FIELDS) refs.push({ kind: 'personal', field });
  for (const p of plan.personal.projekte) refs.push({ kind: 'projekt', id: p.id });
  for (const g of plan.personal.gruppen)
    refs.push({ kind: 'gruppe', id: g.id, field: 'kunden' }, { kind: 'gruppe', id: g.id, field: 'vzae' });
  const jahre = registerJahre(plan);
  for (const v of plan.verpflichtungen.eintraege) {
    refs.push({ kind: 'verpflichtung', id: v.id });
    const stored = v.jahresbetraege.map((j) => j.jahr);
    for (const jahr of new Set([...jahre, ...stored])) refs.push({ kind: 'vpJahr', id: v.id, jahr });
  }
  const ve = plan.verpflichtungen.ermaechtigungen.map((j) => j.jahr);
  for (const jahr of new Set([...ermaechtigungsJahre(plan), ...ve]))
    refs.push({ kind: 'ermaechtigung', jahr });
  return refs;
}

export function forEachBudgetInput(plan: Plan, visit: (key: CellKey, value: Num) => void): void {
  for (const ref of budgetInputRefs(plan)) visit(cellKey(ref), readBudgetInput(plan, ref) ?? null);
}
