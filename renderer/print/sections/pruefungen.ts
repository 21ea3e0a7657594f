/** Prüfungen: how many checks of each severity, then each open check with its message. */
import type { Pruefung } from '../../../shared/checks/pruefung';
import { SEVERITIES } from '../../../shared/checks/pruefung';
import type { Plan } from '../../../shared/model/plan';
import { pruefungenOutline } from '../../../shared/outline/pruefungen';
import type { PackValues } from '../packContext';
import type { PrintBlock, PrintSection } from '../packTypes';
import { printTable } from '../outlineTable';

export function pruefungenSection(plan: Plan, checks: readonly Pruefung[], values: PackValues): PrintSection {
  const counts = SEVERITIES.map((s) => [s, checks.filter((c) => c.severity === s).length] as const)
    .filter(([, count]) => count > 0)
    .map(([s, count]) => `${count} × ${s}`);
  const blocks: PrintBlock[] = checks.length
    ? [
        { kind: 'text', text: `Stand der Plausibilitätsprüfung: ${counts.join(', ')}.` },
        {
          kind: 'table',
          table: printTable(
            pruefungenOutline(plan, checks, () => ''),
            values,
          ),
        },
      ]
    : [{ kind: 'text', text: 'Keine offenen Prüfungen: alle Plausibilitätsprüfungen sind erfüllt.' }];
  return { id: 'pruefungen', title: 'Offene Prüfungen', orientation: 'portrait', blocks };
}
