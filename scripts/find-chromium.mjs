// Finds a Chromium for the browser tests: CHROME_PATH, then the usual names.
// Where none is found, installs Debian's `chromium` when it can (root with
// apt-get), and otherwise stops with a message that says how.
import { execFileSync, spawnSync } from 'node:child_process';
import { accessSync, constants } from 'node:fs';

const NAMES = ['chromium', 'chromium-browser', 'google-chrome-stable', 'google-chrome', 'chrome'];

function executable(p) {
  try {
    accessSync(p, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function which(name) {
  const r = spawnSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' });
  const p = r.stdout.trim();
  return r.status === 0 && p ? p : null;
}

export function findChromium() {
  if (process.env.CHROME_PATH && executable(process.env.CHROME_PATH)) return process.env.CHROME_PATH;
  for (const n of NAMES) {
    const p = which(n);
    if (p) return p;
  }
  return null;
}

export function ensureChromium() {
  const found = findChromium();
  if (found) return found;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (isRoot && which('apt-get')) {
    console.log('No Chromium found: installing Debian packages chromium and fonts-liberation2 …');
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
    execFileSync('apt-get', ['install', '-y', '-qq', 'chromium', 'fonts-liberation2'], {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
    const after = findChromium();
    if (after) return after;
  }
  console.error(
    [
      'The browser tests need Chromium and none was found.',
      'Install it, for example on Debian/Ubuntu:  sudo apt-get install -y chromium fonts-liberation2',
      'or point CHROME_PATH at a Chromium or Chrome executable:  CHROME_PATH=/path/to/chrome npm test',
    ].join('\n'),
  );
  process.exit(2);
}
