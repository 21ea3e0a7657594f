/**
 * Where each target stands (the Übersicht's card): reached or not by the last dialogue that
 * judged it, open without one, watched only for monitoring. A measured target is judged by its
 * `erreicht` figure (the comparator of its kind), a milestone or deadline by the dialogue.
 */
import { dialogTitle } from '../format/dialogTitle';
import type { Plan } from '../model/plan';
import { zielTitle } from '../model/zielRules';
import type { Ziel } from '../model/ziele';
import { isJudged } from '../model/ziele';
import { zdf } from './ziele';

export type ZielStatusKind = 'erreicht' | 'nichtErreicht' | 'offen' | 'monitoring';

export const ZIEL_STATUS_LABELS: Record<ZielStatusKind, string> = {
  erreicht: 'erreicht',
  nichtErreicht: 'nicht erreicht',
  offen: 'offen',
  monitoring: 'Monitoring',
};

export interface ZielStatus {
  ziel: Ziel;
  title: string;
  kind: ZielStatusKind;
  /** The dialogue that judged it ("Zieldialog 18.04.2018"). */
  source: string | null;
}

/** Where each target stands, without its title: the dialogue that judged it by its index. */
export function zielStatusKinds(
  plan: Plan,
  figures: { get(id: string): number | null },
): { ziel: Ziel; kind: ZielStatusKind; dialog: number | null }[] {
  const dialoge = plan.zielvereinbarung.dialoge;
  return plan.zielvereinbarung.ziele.map((z) => {
    if (z.zielart === 'monitoring') return { ziel: z, kind: 'monitoring', dialog: null };
    for (let i = dialoge.length - 1; i >= 0; i--) {
      const d = dialoge[i]!;
      const judged = isJudged(z.zielart)
        ? (d.werte.find((w) => w.zielId === z.id)?.erreicht ?? null)
        : figures.get(zdf(d.id, z.id, 'erreicht')) === null
          ? null
          : figures.get(zdf(d.id, z.id, 'erreicht')) === 1;
      if (judged !== null) return { ziel: z, kind: judged ? 'erreicht' : 'nichtErreicht', dialog: i };
    }
    return { ziel: z, kind: 'offen', dialog: null };
  });
}

export function zielStatus(plan: Plan, figures: { get(id: string): number | null }): ZielStatus[] {
  const dialoge = plan.zielvereinbarung.dialoge;
  return zielStatusKinds(plan, figures).map(({ ziel, kind, dialog }) => ({
    ziel,
    title: zielTitle(ziel, plan.header.year),
    kind,
    source: dialog === null ? null : dialogTitle(dialoge[dialog]!, dialog),
  }));
}
