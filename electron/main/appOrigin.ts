/**
 * The page is served from `app://pcf/…`, never from `file://`, so it has an origin of its own
 * that navigation, IPC sender checks and the protocol handler can all compare against.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'pcf';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/**
 * True only for URLs of the app's own origin. Node's URL parser gives custom schemes an opaque
 * `origin` of "null", so the scheme and host are compared instead; a port, user name or a
 * look-alike host such as `pcf.evil.example` does not match.
 */
export function isAppUrl(url: string | null | undefined): boolean {
  if (typeof url !== 'string' || url === '') return false;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  return (
    parsed.protocol === `${APP_SCHEME}:` &&
    parsed.host === APP_HOST &&
    parsed.username === '' &&
    parsed.password === ''
  );
}
