import pkg from '../package.json';

/** The app's own version, from package.json, the same in every process. */
export const APP_VERSION: string = pkg.version;
export const PRODUCT_NAME: string = pkg.productName;

/** Compares dotted numeric versions such as 1.10.0 and 1.9.2; pre-release tags are ignored. */
export function compareVersions(a: string, b: string): number {
  const parts = (version: string) =>
    version
      .split('-')[0]!
      .split('.')
      .map((part) => Number.parseInt(part, 10) || 0);
  const left = parts(a);
  const right = parts(b);
  for (let index = 0; index < Math.max(left.length, right.length); index += 1) {
    const difference = (left[index] ?? 0) - (right[index] ?? 0);
    if (difference !== 0) return Math.sign(difference);
  }
  return 0;
}
