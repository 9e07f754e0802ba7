/**
 * Small-cell suppression: a group smaller than k shows no numbers, because a handful of
 * answers can identify the people who gave them.
 */
export function effectiveMinCell(defaultK: number, configured: number | null): number {
  // A survey may only make suppression stricter; a lower setting is ignored.
  return Math.max(defaultK, configured ?? defaultK);
}

export function isSuppressed(responses: number, k: number): boolean {
  return responses < k;
}

/**
 * Which groups of one breakdown to suppress. When exactly one non-empty group is below k,
 * the next smallest is suppressed as well, or the hidden group could be worked out by
 * subtracting the shown groups from the total.
 */
export function suppressedGroups(sizes: readonly number[], k: number): boolean[] {
  const hidden = sizes.map((size) => isSuppressed(size, k));
  const hiddenNonEmpty = sizes.filter((size, index) => hidden[index] && size > 0).length;
  if (hiddenNonEmpty !== 1) return hidden;
  let next = -1;
  sizes.forEach((size, index) => {
    if (hidden[index]) return;
    const current = sizes[next];
    if (next < 0 || (current !== undefined && size < current)) next = index;
  });
  if (next >= 0) hidden[next] = true;
  return hidden;
}
