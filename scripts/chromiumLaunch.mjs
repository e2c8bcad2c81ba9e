// How the tests, the command-line export and the walkthrough start Debian
// Chromium through playwright-core: headless, without a GPU, and without any
// traffic of the browser's own (the app must send nothing anywhere).
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/** playwright-core's launch options: CHROME_PATH, else Debian's /usr/bin/chromium. */
export function launchOptions() {
  return { executablePath: process.env.CHROME_PATH || '/usr/bin/chromium', args: CHROMIUM_ARGS };
}
