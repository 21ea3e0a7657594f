/** Bildungszielplanung screen. */
import { BildungGrid } from '../grids/BildungGrid';
import type { ScreenProps } from '../shell/screenRegistry';

export function BildungScreen(_props: ScreenProps) {
  return (
    <div className="screen-body screen-scroll">
      <section className="panel" aria-labelledby="bz-title">
        <h2 id="bz-title">Bildungszielplanung nach Berufsbereichen</h2>
        <p className="hint">
          Förderung mit Bildungsgutschein (BGS) je Berufsbereich; die Summe muss den Eintritten der FbW-Zeile
          im Maßnahmeportfolio entsprechen, „davon abschlussorientiert“ der Zeile der Kennzahlen.
        </p>
        <BildungGrid />
      </section>
    </div>
  );
}
