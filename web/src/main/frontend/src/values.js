// Pure functions over the attribute values the panel edits; no DOM, no bpmn-js, so that they can be unit-tested.

/** An ISO 8601 duration such as P5D, P1W, PT12H or P1DT2H (at least one component). */
const ISO_DURATION = /^P(?!$)(\d+Y)?(\d+M)?(\d+W)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+S)?)?$/;

export function isIsoDuration(value) {
  return typeof value === 'string' && ISO_DURATION.test(value);
}

/** camunda:historyTimeToLive: a number of days, or the same as an ISO period of days (P3650D). */
export function isHistoryTimeToLive(value) {
  return typeof value === 'string' && /^(\d+|P\d+D)$/.test(value);
}

/**
 * Splits camunda:candidateGroups "ROLE@UNIT" into its role and unit codes. Returns null for an empty value, and
 * { raw } for anything that is not exactly one such group (several groups, no "@"), which the panel shows as is.
 */
export function parseCandidateGroup(value) {
  if (value === undefined || value === null || String(value).trim() === '') {
    return null;
  }
  const text = String(value).trim();
  const match = /^([^@,\s]+)@([^@,\s]+)$/.exec(text);
  if (!match) {
    return { raw: text };
  }
  return { role: match[1], unit: match[2] };
}

/** The candidateGroups value for a role and a unit, or undefined while either is missing. */
export function formatCandidateGroup(role, unit) {
  if (!role || !unit) {
    return undefined;
  }
  return role + '@' + unit;
}

/** The catalog list under name, keeping only entries that have the key property as a non-empty string. */
export function catalogList(catalog, name, key) {
  const list = catalog && Array.isArray(catalog[name]) ? catalog[name] : [];
  return list.filter((entry) => entry && typeof entry[key] === 'string' && entry[key] !== '');
}
