// The pepper of password hashes: RINGSIDE_PEPPER when set (every app process of a deployment must have the
// same one), otherwise a random key created on first start in the data folder, readable by its owner only.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export const MIN_PEPPER_LENGTH = 32;

export function loadPepper(fromEnvironment: string | undefined, dataDir: string): Buffer {
  if (fromEnvironment !== undefined) {
    if (fromEnvironment.length < MIN_PEPPER_LENGTH)
      throw new Error(`RINGSIDE_PEPPER must have at least ${MIN_PEPPER_LENGTH} characters`);
    return Buffer.from(fromEnvironment, 'utf8');
  }
  const file = path.join(dataDir, 'pepper.key');
  if (!existsSync(file)) {
    mkdirSync(dataDir, { recursive: true });
    const key = Buffer.from(crypto.getRandomValues(new Uint8Array(32))).toString('base64');
    // 'wx' fails if another process created it meanwhile: then that one's key is read below.
    try {
      writeFileSync(file, `${key}\n`, { mode: 0o600, flag: 'wx' });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
  }
  return Buffer.from(readFileSync(file, 'utf8').trim(), 'utf8');
}
