/** German names of input cells and row fields, for undo labels, the change log and messages. */
import type { InputRef } from '../model/cellKey';
import { findInstrumentRow, findReferenceRow, rowIndex } from '../model/inputs';
import { schaetzungLabel } from '../model/grundlage';
import {
  ANTEIL_FIELD_LABELS,
  BILDUNG_FIELD_LABELS,
  DRITTMITTEL_FIELD_LABELS,
  EINTRITTE_BIS_LABEL,
  ERMAECHTIGUNG_LABEL,
  GLOBALBUDGET_FIELD_LABELS,
  GRUPPE_FIELD_LABELS,
  HAUSHALT_FIELD_LABELS,
  KENNZAHL_FIELD_LABELS,
  KUNDENBESTAND_LABEL,
  PERSONAL_FIELD_LABELS,
  PROJEKT_VZAE_LABEL,
  ROW_FIELD_LABELS,
  ZIEL_FIELD_LABELS,
  ZIEL_IST_FIELD_LABELS,
  SCHAETZUNG_FIELD_LABELS,
  VERPFLICHTUNG_GESAMT_LABEL,
  VERWEIS_FIELD_LABELS,
} from '../model/inputLabels';
import { zielgruppeName } from '../model/zielgruppen';
import { zielTitle } from '../model/zielRules';
import { dialogTitle } from '../format/dialogTitle';
import type { Plan } from '../model/plan';
import { SHEET_LABELS } from '../model/sheets';

const ROW_LABELS: Record<string, string> = {
  instrument: 'Maßnahme',
  funktion: 'Funktion im Integrationsprozess',
  kategorie: 'Förderkategorie',
  finanzierung: 'Finanzierung',
  nachrichtlich: 'nachrichtlich',
  fbw: 'FbW-Zeile',
  beginn: 'Beginn',
  laufzeit: 'Laufzeit',
  eintritteBis: EINTRITTE_BIS_LABEL,
  ...ROW_FIELD_LABELS,
};

export function rowFieldLabel(field: string): string {
  return ROW_LABELS[field] ?? field;
}

const areaOf = (plan: Plan, rowId: string): string => {
  const loc = rowIndex(plan).get(rowId);
  return (loc && plan.schwerpunkte[loc.areaIndex]?.name) ?? '?';
};

/** E.g. "Maßnahmeportfolio › Integration › Eingliederungszuschüsse (EGZ) › Mittelansatz". */
export function describeInputCell(plan: Plan, ref: InputRef): string {
  const year = (col: 'plan' | 'vorjahr') => (col === 'plan' ? plan.header.year : plan.header.vorjahr);
  switch (ref.kind) {
    case 'haushalt':
      return `${SHEET_LABELS.haushalt} › ${HAUSHALT_FIELD_LABELS[ref.field]} ${year(ref.col)}`;
    case 'zuweisung': {
      const z = plan.haushalt.zuweisungen.find((x) => x.id === ref.id);
      return `${SHEET_LABELS.haushalt} › ${z?.name ?? 'Zuweisung'} ${year(ref.col)}`;
    }
    case 'ausserhalb': {
      const a = plan.haushalt.ausserhalbEgt.find((x) => x.id === ref.id);
      return `${SHEET_LABELS.haushalt} › ${a?.name ?? 'Mittel außerhalb des EGT'}`;
    }
    case 'drittmittel': {
      const d = plan.drittmittel.find((x) => x.id === ref.id);
      return `${SHEET_LABELS.drittmittel} › ${d?.programm ?? 'Programm'} › ${DRITTMITTEL_FIELD_LABELS[ref.field]}`;
    }
    case 'row':
    case 'eintritteBis': {
      const row = findInstrumentRow(plan, ref.id);
      const field = ref.kind === 'row' ? rowFieldLabel(ref.field) : EINTRITTE_BIS_LABEL;
      return `${SHEET_LABELS.portfolio} › ${areaOf(plan, ref.id)} › ${row?.instrument ?? 'Zeile'} › ${field}`;
    }
    case 'verweisTeil': {
      const ref2 = findReferenceRow(plan, ref.id);
      const owner = ref2 ? findInstrumentRow(plan, ref2.ownerRowId) : undefined;
      return `${SHEET_LABELS.portfolio} › ${areaOf(plan, ref.id)} › Verweis auf ${owner?.instrument ?? '?'} › ${VERWEIS_FIELD_LABELS[ref.field]}`;
    }
    case 'zgAnteil': {
      const row = findInstrumentRow(plan, ref.rowId);
      return `${SHEET_LABELS.zielgruppen} › ${zielgruppeName(plan, ref.zielgruppeId)} › ${row?.instrument ?? 'Zeile'} › ${ANTEIL_FIELD_LABELS[ref.field]}`;
    }
    case 'kundenbestand':
      return `${SHEET_LABELS.zielgruppen} › ${zielgruppeName(plan, ref.zielgruppeId)} › ${KUNDENBESTAND_LABEL}`;
    case 'bildung':
      return `${SHEET_LABELS.bildung} › ${plan.stammdaten.berufsbereiche[ref.bereich - 1] ?? `Berufsbereich ${ref.bereich}`} › ${
        BILDUNG_FIELD_LABELS[ref.field]
      }`;
    case 'kennzahl': {
      const cat = plan.stammdaten.foerderkategorien.find(
        (c) => c.key === ref.key || c.lines.some((l) => l.key === ref.key),
      );
      const line = cat?.lines.find((l) => l.key === ref.key);
      const name = line ? `${cat?.key} ${line.name}` : `${cat?.key ?? ref.key}. ${cat?.name ?? ''}`;
      return `${SHEET_LABELS.kennzahlen} › ${name} › ${KENNZAHL_FIELD_LABELS[ref.field]}`;
    }
    case 'ziel': {
      const z = plan.zielvereinbarung.ziele.find((x) => x.id === ref.id);
      return `${SHEET_LABELS.ziele} › ${z ? zielTitle(z, plan.header.year) : 'Ziel'} › ${ZIEL_FIELD_LABELS[ref.field]}`;
    }
    case 'zielIst': {
      const zv = plan.zielvereinbarung;
      const i = zv.dialoge.findIndex((d) => d.id === ref.dialogId);
      const d = zv.dialoge[i];
      const z = zv.ziele.find((x) => x.id === ref.zielId);
      return `${SHEET_LABELS.ziele} › ${d ? dialogTitle(d, i) : 'Zieldialog'} › ${z ? zielTitle(z, plan.header.year) : 'Ziel'} › ${ZIEL_IST_FIELD_LABELS[ref.field]}`;
    }
    case 'schaetzung': {
      const s = plan.globalbudget.schaetzungen.find((x) => x.id === ref.id);
      return `${SHEET_LABELS.globalbudget} › ${s ? schaetzungLabel(s) : 'Schätzung'} › ${SCHAETZUNG_FIELD_LABELS[ref.field]}`;
    }
    case 'globalbudget':
      return `${SHEET_LABELS.globalbudget} › ${GLOBALBUDGET_FIELD_LABELS[ref.field]}`;
    case 'personal':
      return `${SHEET_LABELS.globalbudget} › Personal › ${PERSONAL_FIELD_LABELS[ref.field]}`;
    case 'projekt': {
      const p = plan.personal.projekte.find((x) => x.id === ref.id);
      return `${SHEET_LABELS.globalbudget} › Projekt-VZÄ › ${p?.bezeichnung ?? 'Projekt'} › ${PROJEKT_VZAE_LABEL}`;
    }
    case 'gruppe': {
      const g = plan.personal.gruppen.find((x) => x.id === ref.id);
      return `${SHEET_LABELS.globalbudget} › Betreuungsschlüssel › ${g?.name ?? 'Kundengruppe'} › ${GRUPPE_FIELD_LABELS[ref.field]}`;
    }
    case 'verpflichtung':
    case 'vpJahr': {
      const v = plan.verpflichtungen.eintraege.find((x) => x.id === ref.id);
      const what = ref.kind === 'verpflichtung' ? VERPFLICHTUNG_GESAMT_LABEL : `Betrag ${ref.jahr}`;
      return `${SHEET_LABELS.verpflichtungen} › ${v?.bezeichnung ?? 'Verpflichtung'} › ${what}`;
    }
    case 'ermaechtigung':
      return `${SHEET_LABELS.verpflichtungen} › ${ERMAECHTIGUNG_LABEL} ${ref.jahr}`;
  }
}
