// Types of the ESM entry: the CommonJS entry's exports, also as the default export.
import * as ctct from './index.js';

export * from './index.js';
export default ctct;
