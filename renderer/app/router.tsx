import { useMemo, useSyncExternalStore, type AnchorHTMLAttributes } from 'react';

/**
 * A tiny hash router. Routes look like `#/area/<areaId>/<rest...>`; a hash keeps every
 * screen addressable inside the app protocol and the harness without a server-side route.
 */
export interface Route {
  /** The area in the address, or null when the address names none. */
  areaId: string | null;
  /** Path segments after the area id, for an area's own sub-screens. */
  rest: string[];
}

const AREA_PREFIX = '#/area/';

export function parseHash(hash: string): Route {
  if (!hash.startsWith(AREA_PREFIX)) return { areaId: null, rest: [] };
  const [areaId, ...rest] = hash
    .slice(AREA_PREFIX.length)
    .split('/')
    .filter((segment) => segment !== '')
    .map((segment) => decodeURIComponent(segment));
  return { areaId: areaId ?? null, rest };
}

/** The address of an area, or of one of its sub-screens. */
export function hrefFor(areaId: string, ...rest: string[]): string {
  return AREA_PREFIX + [areaId, ...rest].map(encodeURIComponent).join('/');
}

export function navigate(areaId: string, ...rest: string[]): void {
  globalThis.location.hash = hrefFor(areaId, ...rest);
}

function subscribe(onChange: () => void): () => void {
  globalThis.addEventListener('hashchange', onChange);
  return () => globalThis.removeEventListener('hashchange', onChange);
}

const currentHash = () => globalThis.location.hash;

/** The route in the address bar; re-renders when it changes. */
export function useRoute(): Route {
  const hash = useSyncExternalStore(subscribe, currentHash, () => '');
  return useMemo(() => parseHash(hash), [hash]);
}

export interface RouteLinkProps extends Omit<
  AnchorHTMLAttributes<HTMLAnchorElement>,
  'href'
> {
  /** The area to go to. */
  area: string;
  /** Sub-screen segments inside the area; none by default. */
  path?: string[];
}

/** A plain link to an area; use Mantine's `component={RouteLink}` to style it. */
export function RouteLink({ area, path = [], ...anchor }: RouteLinkProps) {
  return <a href={hrefFor(area, ...path)} {...anchor} />;
}
