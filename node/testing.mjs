// ESM entry of ctct/testing.
import testing from './testing.js';

export const { Emulator, EmulatorError } = testing;
export default testing;
