/**
 * The one Content-Security-Policy of the app. The desktop shell sends it as a response header
 * on everything it serves; the renderer's index.html carries the meta-tag variant, so the web
 * build (`npm run web`) is held to the same rules.
 *
 * - Only the app's own origin: no remote hosts anywhere, the app works with the cable pulled.
 * - Scripts: 'self' only, no 'unsafe-eval', no 'unsafe-inline'.
 * - Styles: 'unsafe-inline' because AG Grid injects style elements and style attributes.
 * - Workers: the Excel import runs as a module worker from the app's own origin.
 */
const DIRECTIVES: readonly string[] = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "frame-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
];

/** For the HTTP header; frame-ancestors only works there. */
export const CONTENT_SECURITY_POLICY = [...DIRECTIVES, "frame-ancestors 'none'"].join('; ');

/** For `<meta http-equiv="Content-Security-Policy">` (browsers ignore frame-ancestors in meta tags). */
export const CONTENT_SECURITY_POLICY_META = DIRECTIVES.join('; ');
