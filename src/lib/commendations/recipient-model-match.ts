/**
 * Links a recipient organisation to the model unit it hosts. Names are compared after Unicode NFC
 * and case folding, because editors type the same name with composed or decomposed accents and
 * with different capitals; anything looser (dropping accents) would confuse distinct Vietnamese names.
 */

/** Comparison key of an organisation name: NFC, lower case, single spaces, trimmed. */
export function organisationKey(name: string): string {
  return name.normalize("NFC").toLowerCase().replace(/\s+/g, " ").trim();
}

export interface ModelHosts {
  id: string;
  hosts: readonly { name: string }[];
}

/**
 * Returns a lookup from organisation name to the ids of models it hosts (sorted, so the link
 * chosen for a name hosting several models is always the same).
 */
export function modelMatcher(models: readonly ModelHosts[]): (organisation: string) => string[] {
  const index = new Map<string, Set<string>>();
  for (const model of models) {
    for (const host of model.hosts) {
      const key = organisationKey(host.name);
      index.set(key, (index.get(key) ?? new Set()).add(model.id));
    }
  }
  return (organisation) => [...(index.get(organisationKey(organisation)) ?? [])].sort();
}
