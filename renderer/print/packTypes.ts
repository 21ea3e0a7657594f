/**
 * The Trägerversammlung pack as data: sections of tables, charts and texts, every text already
 * formatted. Built by packModel.ts from the sections in ./sections/, drawn by PrintDocument.tsx.
 */
import type { Plan } from '../../shared/model/plan';
import type { DocBlock } from '../../shared/dokument/compose';

export type Orientation = 'portrait' | 'landscape';
export type {
  Align,
  PrintCell,
  PrintColumn,
  PrintRow,
  PrintTable,
  RowKind,
} from '../../shared/outline/printTable';
import type { PrintTable } from '../../shared/outline/printTable';

export interface WaterfallStep {
  label: string;
  value: number;
  kind: 'zugang' | 'abzug' | 'summe';
}

export interface WaterfallChart {
  kind: 'waterfall';
  id: string;
  title: string;
  steps: WaterfallStep[];
}

export interface AreaBarChart {
  kind: 'areaBars';
  id: string;
  title: string;
  unit: 'eur' | 'count';
  planLabel: string;
  /** null: no Vorjahr known, the chart shows the plan only. */
  vorjahrLabel: string | null;
  /** Names of the Handlungsschwerpunkte beside the bars; off for a chart placed to the right of one that has them. */
  categoryLabels: boolean;
  rows: { label: string; plan: number; vorjahr: number | null }[];
}

export type PackChart = WaterfallChart | AreaBarChart;

export type PrintBlock =
  | { kind: 'table'; table: PrintTable }
  | { kind: 'charts'; charts: PackChart[] }
  | { kind: 'text'; text: string }
  /** Programmtext (sections/programm.ts): a heading inside a chapter, formatted paragraphs and lists. */
  | { kind: 'heading'; level: 2 | 3; text: string }
  | { kind: 'rich'; blocks: DocBlock[] };

export type SectionId =
  | 'eckwerte'
  | 'haushalt'
  | 'portfolio'
  | 'bildung'
  | 'kennzahlen'
  | 'drittmittel'
  | 'ziele'
  | 'globalbudget'
  | 'verpflichtungen'
  | 'pruefungen'
  | 'zielgruppen'
  | 'bemerkungen'
  | 'aenderungen'
  | 'programm'
  | 'land';

export interface PrintSection {
  id: SectionId;
  title: string;
  orientation: Orientation;
  blocks: PrintBlock[];
}

export interface PrintCover {
  title: string;
  jobcenter: string;
  occasion: string;
  facts: { label: string; value: string }[];
  contents: string[];
}

export interface PrintPack {
  /** Document title (HTML title, PDF metadata). */
  title: string;
  /** Left part of every page footer: the plan's name. */
  footerText: string;
  cover: PrintCover;
  sections: PrintSection[];
}

export interface PrintPackOptions {
  /** A saved version to compare with: adds the section "Änderungen seit Version …". */
  vergleich?: { label: string; plan: Plan };
  /** Many Jobcenters consolidated (Land-/Regionalansicht): adds its section. */
  land?: import('../../shared/consolidate/types').Consolidation;
}
