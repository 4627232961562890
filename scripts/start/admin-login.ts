// The admin login line of `npm start`'s banner. The generated password is
// shown once, on the start that created the admin; afterwards only where it
// is stored (a password repeated at every start ends up in terminal
// scroll-back, screen recordings and logs).
import { existsSync, readFileSync } from 'node:fs';

/** Call before the CMS starts: whether the admin login file existed then. */
export const loginFileExisted = (loginFile: string) => existsSync(loginFile);

export function adminLoginLine(loginFile: string, existedBeforeStart: boolean): string {
  if (!existsSync(loginFile)) return 'from ADMIN_EMAIL / ADMIN_PASSWORD';
  const login = JSON.parse(readFileSync(loginFile, 'utf8')) as { email: string; password: string };
  if (existedBeforeStart) return `${login.email}, password in ${loginFile}`;
  return `${login.email} / ${login.password}   (shown once; stored in ${loginFile})`;
}
