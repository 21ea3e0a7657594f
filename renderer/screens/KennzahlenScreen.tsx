/** Kennzahlen screen. */
import { KennzahlenGrid } from '../grids/KennzahlenGrid';
import type { ScreenProps } from '../shell/screenRegistry';

export function KennzahlenScreen(_props: ScreenProps) {
  return (
    <div className="screen-body screen-scroll">
      <section className="panel" aria-labelledby="kz-title">
        <h2 id="kz-title">Plätze nach Förderkategorien</h2>
        <p className="hint">
          Plätze Plan aus dem Maßnahmeportfolio; Ergebnis des Vorjahres eingeben, der Vergleich folgt.
        </p>
        <KennzahlenGrid />
      </section>
    </div>
  );
}
