import type { BrowserConfigOptions } from 'vitest/node';

export declare const chromiumExecutable: string;
export declare const chromiumArgs: string[];
export declare function chromiumBrowserMode(): BrowserConfigOptions;
