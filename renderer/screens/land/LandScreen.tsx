/**
 * Datei → Land-/Regionalansicht… (issue 18): many Jobcenters' plans, from files or from the
 * local database, consolidated by shared/consolidate; one group (year, Trägerform) at a time,
 * with its grid, the Förderkategorien across the Land, the consolidation parts (Zielplanung), a chart, and every file left out with
 * its reason. The workers hand over each plan's share (planShare.ts); here they are merged. The
 * figures are read-only; a row opens its plan read-only, read again from its file or the database.
 */
import { useCallback, useEffect, useMemo, useState } from 'react';
import { KATEGORIE_BASES, KATEGORIE_RATES } from '../../../shared/calc/landFigures';
import { mergeShares } from '../../../shared/consolidate/consolidate';
import { landLabelsOfPlans } from '../../../shared/consolidate/jobcenterEntry';
import type { LandRead } from '../../../shared/consolidate/landInput';
import type { LandRefusal } from '../../../shared/consolidate/landJson';
import type { Consolidation, JobcenterEntry } from '../../../shared/consolidate/types';
import { formatFigure } from '../../../shared/format/numberFormat';
import type { PlanRecord } from '../../../shared/storage/records';
import { planTitle } from '../../../shared/storage/records';
import type { ScreenProps } from '../../shell/screenRegistry';
import { listPlans } from '../../storage/planRepository';
import { storageController, useStorageState } from '../../storage/storageController';
import { useLive } from '../../storage/useLive';
import { VersionView } from '../versions/VersionView';
import { LandChart } from './LandChart';
import { LandGrid } from './LandGrid';
import { LandParts } from './LandParts';
import type { Gathered } from './landSources';
import { sourceKey, sourcesFromDatabase, sourcesFromFiles } from './landSources';
import { releasePlanFileWorkers, warmPlanFileWorkers } from './readPlanFiles';

interface LandState {
  refused: LandRefusal[];
  reopen: Gathered['reopen'];
  result: Consolidation;
}

export function LandScreen({ active }: ScreenProps) {
  const c = storageController();
  const s = useStorageState();
  const stored = useLive(() => listPlans(c.db), [s.ready, active], [] as PlanRecord[]).value;
  const [chosen, setChosen] = useState<ReadonlySet<string>>(new Set());
  const [land, setLand] = useState<LandState | null>(null);
  const [groupIndex, setGroupIndex] = useState(0);
  const [open, setOpen] = useState<JobcenterEntry | null>(null);
  const [busy, setBusy] = useState(false);
  const [openPlan, setOpenPlan] = useState<LandRead | null>(null);
  // The empty grid's headings before any plan is chosen (the Land keys' labels need no plan).
  const noPlans = useMemo(landLabelsOfPlans, []);

  // The workers start while the user chooses the files (loading the checker takes a while).
  useEffect(() => {
    if (!active || busy) return undefined;
    warmPlanFileWorkers();
    return releasePlanFileWorkers;
  }, [active, busy]);

  const take = useCallback(async (gather: () => Promise<Gathered>) => {
    setBusy(true);
    try {
      // Marks for the benchmark (test/bench/landView.ts): where the time to the grid goes.
      performance.mark('land-chosen');
      const { shares, refused, reopen } = await gather();
      performance.mark('land-read');
      const result = mergeShares(shares);
      performance.mark('land-merged');
      setLand({ refused, reopen, result });
      setGroupIndex(0);
      setOpen(null);
    } finally {
      setBusy(false);
    }
  }, []);
  const group = land?.result.groups[groupIndex];
  useEffect(() => {
    setOpenPlan(null);
    const reopen = open && land?.reopen.get(sourceKey(open));
    if (!reopen) return undefined;
    let current = true;
    void reopen().then((r) => current && setOpenPlan(r));
    return () => {
      current = false;
    };
  }, [open, land]);

  return (
    <div className="land-screen" data-testid="land-screen">
      <h2>Land-/Regionalansicht</h2>
      <div className="storage-toolbar land-sources">
        <label className="land-file-label">
          Plandateien oder exportierte Arbeitsmappen wählen…
          <input
            type="file"
            multiple
            accept=".json,.xlsx"
            data-testid="land-files"
            disabled={busy}
            onChange={(e) => {
              const files = [...(e.target.files ?? [])];
              e.target.value = '';
              if (files.length > 0) void take(() => sourcesFromFiles(files));
            }}
          />
        </label>
      </div>
      <fieldset className="land-stored" data-testid="land-stored">
        <legend>Pläne aus der lokalen Datenbank</legend>
        {stored.length === 0 ? <p>Keine gespeicherten Pläne.</p> : null}
        <ul>
          {stored.map((p) => (
            <li key={p.id}>
              <label>
                <input
                  type="checkbox"
                  checked={chosen.has(p.id)}
                  onChange={(e) => {
                    const next = new Set(chosen);
                    if (e.target.checked) next.add(p.id);
                    else next.delete(p.id);
                    setChosen(next);
                  }}
                />
                {planTitle(p.header)}
              </label>
            </li>
          ))}
        </ul>
        <button
          type="button"
          onClick={() => setChosen(new Set(stored.map((p) => p.id)))}
          disabled={stored.length === 0}
        >
          Alle auswählen
        </button>
        <button
          type="button"
          data-testid="land-from-db"
          disabled={busy || chosen.size === 0}
          onClick={() => void take(() => sourcesFromDatabase(c.db, [...chosen]))}
        >
          Ausgewählte Pläne zusammenführen
        </button>
      </fieldset>
      {busy ? <p role="status">Pläne werden gelesen und zusammengeführt …</p> : null}
      {land ? <LandNotes land={land} /> : null}
      {land && land.result.groups.length > 0 && group ? (
        <label className="land-group-choice">
          Gruppe (Jahr · Trägerform){' '}
          <select
            data-testid="land-group"
            value={groupIndex}
            onChange={(e) => {
              setGroupIndex(Number(e.target.value));
              setOpen(null);
            }}
          >
            {land.result.groups.map((g, i) => (
              <option key={g.label} value={i}>
                {g.label} ({g.jobcenter.length} Jobcenter)
              </option>
            ))}
          </select>
        </label>
      ) : null}
      {/* Made empty while the files are chosen (making the grid is a good part of the wait). */}
      {!land || group ? (
        <LandGrid
          key={groupIndex}
          group={group ?? null}
          labels={land?.result.labels ?? noPlans.labels}
          units={land?.result.units ?? noPlans.units}
          onOpen={setOpen}
        />
      ) : null}
      {land && group ? (
        <>
          {open ? (
            <section className="land-plan" data-testid="land-plan-view" aria-label="Plan (nur lesen)">
              {openPlan === null ? (
                <p role="status">{open.source} wird gelesen …</p>
              ) : openPlan.ok ? (
                <VersionView
                  plan={openPlan.plan}
                  name={open.source}
                  heading={`${planTitle(openPlan.plan.header)} (nur lesen, aus ${open.source})`}
                />
              ) : (
                <p role="alert">
                  {open.source}: {openPlan.message}
                </p>
              )}
              <button type="button" onClick={() => setOpen(null)}>
                Schließen
              </button>
            </section>
          ) : null}
          <KategorieTable land={land.result} groupIndex={groupIndex} />
          <LandParts group={group} />
          <LandChart group={group} labels={land.result.labels} active={active} />
        </>
      ) : null}
    </div>
  );
}

function LandNotes({ land }: { land: LandState }) {
  const lines: string[] = [
    ...land.refused.map((r) => `${r.source}: nicht aufgenommen – ${r.message}`),
    ...land.result.duplicates.map(
      (d) =>
        `${d.source}: doppelt (${d.jobcenter}, ${d.year}, ${d.variante}), nicht addiert – aufgenommen ist ${d.keptSource}`,
    ),
  ];
  for (const g of land.result.groups)
    for (const [key, t] of Object.entries(g.totals))
      if (t.leftOut.length > 0 && t.value !== null)
        lines.push(
          `${g.label}: ${land.result.labels[key] ?? key} ohne ${t.leftOut.length} Jobcenter (Grundlage fehlt): ${t.leftOut.join(', ')}`,
        );
  const taken = land.result.groups.reduce((n, g) => n + g.jobcenter.length, 0);
  return (
    <section className="land-notes" aria-label="Hinweise zur Zusammenführung" data-testid="land-notes">
      <p>
        {taken} Pläne zusammengeführt in {land.result.groups.length}{' '}
        {land.result.groups.length === 1 ? 'Gruppe' : 'Gruppen'}
        {land.refused.length > 0 ? `, ${land.refused.length} nicht aufgenommen` : ''}
        {land.result.duplicates.length > 0 ? `, ${land.result.duplicates.length} doppelt` : ''}.
      </p>
      {lines.length > 0 ? (
        <ul>
          {lines.map((l, i) => (
            <li key={i}>{l}</li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}

function KategorieTable({ land, groupIndex }: { land: Consolidation; groupIndex: number }) {
  const g = land.groups[groupIndex]!;
  const cols = [...KATEGORIE_BASES, ...KATEGORIE_RATES];
  return (
    <table className="storage-table land-kategorien" data-testid="land-kategorien">
      <caption>Plätze und Mittel nach Förderkategorie, {g.label}</caption>
      <thead>
        <tr>
          <th scope="col">Förderkategorie</th>
          {cols.map((x) => (
            <th key={x.key} scope="col" className="num">
              {x.label}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {g.kategorien.map((k) => (
          <tr key={k.key}>
            <th scope="row">{k.key ? `${k.key}. ${k.name}` : k.name}</th>
            {cols.map((x) => (
              <td key={x.key} className="num">
                {formatFigure(k.totals[x.key]?.value ?? null, x.unit)}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
