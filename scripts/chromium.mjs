// Debian's Chromium as every tool of the project starts it: the tests, the screenshots and the audit.
// Background networking is off (this machine's network is closed, and nothing may leave it), and the
// profile is fresh each time (playwright and chrome-launcher make their own).

/** CHROMIUM_PATH when set (npm test sets it after finding or installing Chromium), else Debian's. */
export const chromiumPath = () => process.env.CHROMIUM_PATH || '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];
