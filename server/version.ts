import pkg from '../package.json';

/** The release this server was built from (package.json), reported by /v1/health; bundled in at build time. */
export const SERVER_VERSION: string = pkg.version;
