/** k6 release archive naming (k6's packaging: k6-v<version>-<os>-<arch>.<tar.gz|zip>). */
export type Platform = { os: 'linux' | 'macos' | 'windows'; arch: 'amd64' | 'arm64' };

const OS: Partial<Record<NodeJS.Platform, Platform['os']>> = {
  linux: 'linux',
  darwin: 'macos',
  win32: 'windows',
};
const ARCH: Record<string, Platform['arch']> = { x64: 'amd64', arm64: 'arm64' };

export function platformOf(nodePlatform: NodeJS.Platform, nodeArch: string): Platform | undefined {
  const os = OS[nodePlatform];
  const arch = ARCH[nodeArch];
  return os && arch ? { os, arch } : undefined;
}

export function archiveName(version: string, p: Platform): string {
  return `k6-v${version}-${p.os}-${p.arch}.${p.os === 'linux' ? 'tar.gz' : 'zip'}`;
}

/** The folder inside the archive that holds the binary. */
export function archiveFolder(version: string, p: Platform): string {
  return `k6-v${version}-${p.os}-${p.arch}`;
}

export function checksumsName(version: string): string {
  return `k6-v${version}-checksums.txt`;
}

export function binaryName(p: Platform): string {
  return p.os === 'windows' ? 'k6.exe' : 'k6';
}
