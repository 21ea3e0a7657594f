/** A problem found in a plan file, with the JSON path it sits at (`plan.schwerpunkte[1].rows[3].eintritte`). */
export interface ValidationError {
  /** Empty for problems of the whole file (not JSON, too large). */
  path: string;
  message: string;
}

/** `plan.schwerpunkte[1].rows[3].eintritte`; keys that are no identifiers in brackets: `formeln["row.x.eintritte"]`. */
export function formatPath(root: string, segments: readonly PropertyKey[]): string {
  let out = root;
  for (const s of segments) {
    if (typeof s === 'number') out += `[${s}]`;
    else if (typeof s === 'string' && /^[A-Za-z_$][\w$]*$/.test(s)) out += out === '' ? s : `.${s}`;
    else out += `[${JSON.stringify(String(s))}]`;
  }
  return out;
}

/** One line per problem, as the CLI and the import dialog print them. */
export function formatValidationError(e: ValidationError): string {
  return e.path === '' ? e.message : `${e.path}: ${e.message}`;
}
