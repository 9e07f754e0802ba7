export function electronPackageDir(): string;
export function electronBinaryPath(packageDir?: string): string | null;
export function electronVersions(packageDir?: string): { version: string; abi: string };
export function nativeModuleAbis(file: string): string[];
