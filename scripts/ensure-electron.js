// `npm start` step: make sure the Electron binary exists before `electron .`. npm installs here may have skipped
// the download (ELECTRON_SKIP_BINARY_DOWNLOAD); run electron's own install.js to fetch it, and fail with a clear
// message when that is impossible (offline).
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/** Resolves the binary in a fresh process (node_modules/electron/index.js throws when it was never installed). */
function binaryPath() {
  const r = spawnSync(
    process.execPath,
    ['-e', "const p = require('electron'); if (!require('fs').existsSync(p)) process.exit(2); console.log(p)"],
    { encoding: 'utf8' },
  );
  return r.status === 0 ? r.stdout.trim() : null;
}

if (binaryPath()) process.exit(0);

console.log('Electron binary missing; downloading it with node_modules/electron/install.js …');
const env = { ...process.env };
delete env.ELECTRON_SKIP_BINARY_DOWNLOAD;
const install = spawnSync(process.execPath, [require.resolve('electron/install.js')], { stdio: 'inherit', env });
const path = binaryPath();
if (install.status !== 0 || !path) {
  console.error(
    [
      '',
      'Assay cannot start: the Electron binary is not installed and could not be downloaded.',
      'Fix one of:',
      '  - connect to the network and run: node node_modules/electron/install.js',
      '  - point ELECTRON_OVERRIDE_DIST_PATH at an unpacked Electron build (same version as node_modules/electron)',
      'The browser harness works without Electron: npm run harness',
    ].join('\n'),
  );
  process.exit(1);
}
console.log(`Electron ready: ${path}`);
