// The Assay version recorded in every file it writes.
import pkg from '../../../package.json' with { type: 'json' };

export const APP_VERSION: string = pkg.version;
export const TOOL = `assay ${APP_VERSION}`;
