/** Folds user text and organisation labels to one form: `Sev 1`, `sev-1` and `SEV1` all become `sev1`. */
export function normalizeName(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]/g, '');
}
