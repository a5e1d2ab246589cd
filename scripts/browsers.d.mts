export interface BrowserPackage {
  name: string;
  files: () => string[];
  packages: string[];
  override: string | undefined;
}

export declare const browsers: Record<'chromium' | 'firefox' | 'webkit', BrowserPackage>;
export declare function missingFiles(browser: BrowserPackage): string[];
export declare function installHint(browser: BrowserPackage): string;
