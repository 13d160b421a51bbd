import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateCertificates } from 'office-addin-dev-certs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type DevHttpsHost, devHttps, userCertificatePaths } from '../../build-tools/dev-https.js';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'aifin-certs-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** A host whose system-wide step fails as it does without sudo, and which records what happened. */
function noSudoHost(overrides: Partial<DevHttpsHost> = {}) {
  const calls = { generated: 0, warnings: [] as string[] };
  const host: DevHttpsHost = {
    env: {},
    userDir: join(dir, 'user'),
    trustSystemWide: () =>
      Promise.reject(new Error('Unable to install the CA certificate. sudo: a password is required\nmore')),
    async generate(paths) {
      calls.generated += 1;
      await generateCertificates(paths.ca, paths.cert, paths.key, 365);
    },
    warn: (line) => calls.warnings.push(line),
    ...overrides,
  };
  return { host, calls };
}

describe('devHttps: a certificate for pnpm dev without sudo', () => {
  it('uses the system-wide trusted certificate when Microsoft’s step succeeds', async () => {
    const { host, calls } = noSudoHost({ trustSystemWide: async () => ({ cert: 'C', key: 'K' }) });
    await expect(devHttps(host)).resolves.toEqual({ cert: 'C', key: 'K' });
    expect(calls).toEqual({ generated: 0, warnings: [] });
  });

  it('falls back to a user-only certificate, says which CA to trust, and keeps it across runs', async () => {
    const { host, calls } = noSudoHost();
    const first = await devHttps(host);
    expect(String(first.cert)).toMatch(/BEGIN CERTIFICATE/);
    expect(String(first.key)).toMatch(/PRIVATE KEY/);
    expect(calls.warnings).toHaveLength(1);
    expect(calls.warnings[0]).toContain('sudo: a password is required');
    expect(calls.warnings[0]).toContain(userCertificatePaths(join(dir, 'user')).ca);
    expect(calls.warnings[0]).not.toContain('more');
    const second = await devHttps(host);
    // The same certificate, so a CA the developer trusted once stays trusted.
    expect(String(second.cert)).toBe(String(first.cert));
    expect(calls.generated).toBe(1);
  }, 30_000);

  it('renews the user-only certificate when it is about to expire', async () => {
    const { host, calls } = noSudoHost();
    await devHttps(host);
    await devHttps({ ...host, now: new Date(Date.now() + 365 * 24 * 3600 * 1000) });
    expect(calls.generated).toBe(2);
  }, 30_000);

  it('skips the sudo step with AIFIN_DEV_CERTS=user', async () => {
    let tried = false;
    const { host, calls } = noSudoHost({
      env: { AIFIN_DEV_CERTS: 'user' },
      trustSystemWide: async () => {
        tried = true;
        return { cert: 'C', key: 'K' };
      },
    });
    await devHttps(host);
    expect(tried).toBe(false);
    expect(calls.warnings[0]).toContain('AIFIN_DEV_CERTS=user');
  }, 30_000);

  it('uses your own files from AIFIN_DEV_CERT and AIFIN_DEV_KEY, and names what is missing', async () => {
    await writeFile(join(dir, 'c.pem'), 'CERT');
    await writeFile(join(dir, 'k.pem'), 'KEY');
    const env = { AIFIN_DEV_CERT: join(dir, 'c.pem'), AIFIN_DEV_KEY: join(dir, 'k.pem') };
    const own = await devHttps(noSudoHost({ env }).host);
    expect([String(own.cert), String(own.key)]).toEqual(['CERT', 'KEY']);
    await expect(devHttps(noSudoHost({ env: { AIFIN_DEV_CERT: env.AIFIN_DEV_CERT } }).host)).rejects.toThrow(
      /only AIFIN_DEV_CERT is set/,
    );
    await expect(
      devHttps(noSudoHost({ env: { ...env, AIFIN_DEV_KEY: join(dir, 'nope.pem') } }).host),
    ).rejects.toThrow(/AIFIN_DEV_KEY names a file that does not exist: ".*nope\.pem"/);
  });

  it('says what to do in one line when no certificate can be made at all', async () => {
    const { host } = noSudoHost({ generate: () => Promise.reject(new Error('disk full')) });
    await expect(devHttps(host)).rejects.toThrow(
      /^pnpm dev needs an HTTPS certificate .*sudo: a password is required; disk full\).*pnpm certs.*AIFIN_DEV_CERT/,
    );
  });
});
