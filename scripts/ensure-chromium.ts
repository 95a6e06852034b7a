// Runs before `npm test`: the end-to-end tests drive Debian's Chromium through playwright-core
// (a test tool's own browser download cannot work on our machines). On a fresh Debian machine as
// root it installs the package; anywhere else it says what to do instead of failing obscurely.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const chromium = process.env.FIXPATH_CHROMIUM ?? '/usr/bin/chromium';

if (!existsSync(chromium)) {
  const canInstall = process.getuid?.() === 0 && existsSync('/usr/bin/apt-get');
  if (!canInstall) {
    console.error(
      `fixpath tests: no Chromium at ${chromium}.\n` +
        `  Install Debian's package (sudo apt-get install -y chromium), or point FIXPATH_CHROMIUM at a Chromium binary.`,
    );
    process.exit(1);
  }
  console.log('fixpath tests: installing Debian chromium for the end-to-end tests (apt-get) ...');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: ['ignore', 'ignore', 'inherit'], env });
}
