// Finds a Chromium for the browser tests: CHROME_PATH, then the usual names.
// Where one (or a file reader the export tests use) is missing, installs it
// from Debian when it can (root with apt-get), and otherwise stops with a
// message that says how.
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

/** The readers the export tests check files with, by the Debian package that has each. */
const READERS = [
  ['rsvg-convert', 'librsvg2-bin'],
  ['pngcheck', 'pngcheck'],
  ['pdfinfo', 'poppler-utils'],
];

/**
 * Chromium and the file readers the browser tests use. What is missing is
 * installed from Debian when it can be (root with apt-get); otherwise the
 * run stops and says what to install.
 */
export function ensureChromium() {
  const missing = () => [
    ...(findChromium() ? [] : ['chromium', 'fonts-liberation2']),
    ...READERS.filter(([cmd]) => !which(cmd)).map(([, pkg]) => pkg),
  ];
  let packages = missing();
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (packages.length > 0 && isRoot && which('apt-get')) {
    console.log(`Installing Debian packages for the browser tests: ${packages.join(' ')} …`);
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
    execFileSync('apt-get', ['install', '-y', '-qq', ...packages], {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
    packages = missing();
  }
  const found = findChromium();
  if (packages.length === 0 && found) return found;
  console.error(
    [
      `The browser tests need ${packages.join(', ')}, not found on this machine.`,
      'Install them, for example on Debian/Ubuntu:  sudo apt-get install -y chromium fonts-liberation2 librsvg2-bin poppler-utils pngcheck',
      'or point CHROME_PATH at a Chromium or Chrome executable:  CHROME_PATH=/path/to/chrome npm test',
    ].join('\n'),
  );
  process.exit(2);
}
