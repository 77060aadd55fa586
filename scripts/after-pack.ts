// electron-builder afterPack hook (electron-builder.yml): flips the packaged Electron binary's fuses with
// @electron/fuses before the installers are made, so the shipped app cannot be turned into a plain Node runtime:
//   RunAsNode off                      ELECTRON_RUN_AS_NODE=1 Assay … does not run arbitrary scripts
//   NODE_OPTIONS off                   no --require of foreign code through the environment
//   Node CLI inspect arguments off     no --inspect / --inspect-brk debugger attach
//   embedded ASAR integrity on         the app.asar header hash electron-builder records is checked (macOS, Windows)
//   only load the app from ASAR on     a loose app/ folder next to the binary is never loaded instead
//   cookie encryption on, file:// extra privileges off (the app runs from app://, never file://)
// resetAdHocDarwinSignature re-signs an ad-hoc signed macOS binary after the flip (a real signature comes later).
import { join } from 'node:path';
import { FuseV1Options, FuseVersion, flipFuses } from '@electron/fuses';

/** The part of electron-builder's AfterPackContext this hook reads. */
export interface PackContext {
  appOutDir: string;
  electronPlatformName: string;
  packager: { appInfo: { productFilename: string }; executableName?: string };
}

export const FUSES = {
  version: FuseVersion.V1 as const,
  [FuseV1Options.RunAsNode]: false,
  [FuseV1Options.EnableCookieEncryption]: true,
  [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
  [FuseV1Options.EnableNodeCliInspectArguments]: false,
  [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
  [FuseV1Options.OnlyLoadAppFromAsar]: true,
  [FuseV1Options.GrantFileProtocolExtraPrivileges]: false,
};

/** The packaged Electron executable inside appOutDir for the platform being built. */
export function packagedBinary(context: PackContext): string {
  const name = context.packager.appInfo.productFilename;
  const executable = context.packager.executableName ?? name;
  switch (context.electronPlatformName) {
    case 'darwin':
    case 'mas':
      return join(context.appOutDir, `${name}.app`, 'Contents', 'MacOS', name);
    case 'win32':
      return join(context.appOutDir, `${executable}.exe`);
    default:
      return join(context.appOutDir, executable);
  }
}

export async function setFuses(binary: string, platform: string): Promise<void> {
  const wires = await flipFuses(binary, { ...FUSES, resetAdHocDarwinSignature: platform === 'darwin' });
  if (!wires) throw new Error(`no Electron fuse wire found in ${binary}`);
  console.log(`  • fuses set in ${binary}: RunAsNode, NODE_OPTIONS and inspect arguments off; ASAR integrity and ASAR-only on`);
}

export default async function afterPack(context: PackContext): Promise<void> {
  await setFuses(packagedBinary(context), context.electronPlatformName);
}
