import { X509Certificate } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';

/** A certificate and its key for the dev server. */
export interface DevCertificate {
  readonly cert: Buffer | string;
  readonly key: Buffer | string;
}

/** What {@link devHttps} needs from the outside world, passed in so that every path of it can be tested. */
export interface DevHttpsHost {
  /** `AIFIN_DEV_CERT`, `AIFIN_DEV_KEY` (your own files, e.g. from mkcert) and `AIFIN_DEV_CERTS=user`. */
  readonly env: Readonly<Record<string, string | undefined>>;
  /** Microsoft's path: creates the certificate and trusts its CA system-wide (sudo on Linux). */
  trustSystemWide(): Promise<DevCertificate>;
  /** Creates a CA, a localhost certificate and its key at these paths, trusting nothing. */
  generate(paths: UserCertificatePaths): Promise<void>;
  /** One line for the developer's terminal. */
  warn(line: string): void;
  /** Where the user-only certificate lives (`~/.aifin-dev-certs/` by default). */
  readonly userDir?: string;
  /** The time to judge expiry by. */
  readonly now?: Date;
}

/** The files of the user-only certificate. */
export interface UserCertificatePaths {
  readonly ca: string;
  readonly cert: string;
  readonly key: string;
}

/**
 * The HTTPS certificate for `pnpm dev`. Excel loads add-ins over HTTPS only, so there is no plain-HTTP fallback:
 *
 * 1. `AIFIN_DEV_CERT` and `AIFIN_DEV_KEY` name your own files (mkcert, a corporate CA): used as they are.
 * 2. Otherwise Microsoft's office-addin-dev-certs creates a certificate and trusts its CA system-wide, as Microsoft's
 *    template does. On Windows and macOS that needs no administrator; on Linux it runs `sudo`.
 * 3. When that fails (no sudo), or with `AIFIN_DEV_CERTS=user`, a certificate is created in `~/.aifin-dev-certs/`
 *    without trusting anything, kept across runs (so a CA you trusted once stays trusted), and the server starts
 *    with a warning that says which CA file to trust for your user only (see the add-in README).
 *
 * Throws one line saying what to do when no certificate can be had at all.
 * @example const https = await devHttps({ env: process.env, trustSystemWide, generate, warn: console.warn })
 */
export async function devHttps(host: DevHttpsHost): Promise<DevCertificate> {
  const ownCert = host.env.AIFIN_DEV_CERT;
  const ownKey = host.env.AIFIN_DEV_KEY;
  if (ownCert !== undefined || ownKey !== undefined) return readOwnCertificate(ownCert, ownKey);
  let reason = 'AIFIN_DEV_CERTS=user';
  if (host.env.AIFIN_DEV_CERTS !== 'user') {
    try {
      return await host.trustSystemWide();
    } catch (error) {
      reason = oneLine(error);
    }
  }
  const paths = userCertificatePaths(host.userDir ?? join(homedir(), '.aifin-dev-certs'));
  try {
    if (!isUsable(paths, host.now ?? new Date())) await host.generate(paths);
    const certificate = { cert: readFileSync(paths.cert), key: readFileSync(paths.key) };
    host.warn(
      `pnpm dev: the localhost certificate is not trusted system-wide (${reason}). Serving with ${paths.cert}; ` +
        `trust its CA ${paths.ca} for your user (add-in README, "Certificates without sudo") or Excel refuses the pane.`,
    );
    return certificate;
  } catch (error) {
    throw new Error(
      `pnpm dev needs an HTTPS certificate for localhost (Excel refuses add-ins over HTTP) and could not create one ` +
        `(${reason}; ${oneLine(error)}). Run \`pnpm certs\`, or set AIFIN_DEV_CERT and AIFIN_DEV_KEY to your own files.`,
    );
  }
}

/** The CA, certificate and key file names inside `dir`. */
export function userCertificatePaths(dir: string): UserCertificatePaths {
  return { ca: join(dir, 'ca.crt'), cert: join(dir, 'localhost.crt'), key: join(dir, 'localhost.key') };
}

function readOwnCertificate(cert: string | undefined, key: string | undefined): DevCertificate {
  if (cert === undefined || key === undefined)
    throw new Error(
      `AIFIN_DEV_CERT and AIFIN_DEV_KEY go together: only ${cert === undefined ? 'AIFIN_DEV_KEY' : 'AIFIN_DEV_CERT'} is set`,
    );
  for (const [name, path] of [
    ['AIFIN_DEV_CERT', cert],
    ['AIFIN_DEV_KEY', key],
  ] as const)
    if (!existsSync(path)) throw new Error(`${name} names a file that does not exist: "${path}"`);
  return { cert: readFileSync(cert), key: readFileSync(key) };
}

/** True when the user-only certificate exists and stays valid for at least another day. */
function isUsable(paths: UserCertificatePaths, now: Date): boolean {
  if (!(existsSync(paths.ca) && existsSync(paths.cert) && existsSync(paths.key))) return false;
  try {
    const validTo = new Date(new X509Certificate(readFileSync(paths.cert)).validTo);
    return validTo.getTime() - now.getTime() > 24 * 60 * 60 * 1000;
  } catch {
    return false;
  }
}

function oneLine(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.split('\n').find((line) => line.trim() !== '') ?? text;
}
