// The CommonJS entry's declarations: require('ctct') and require('ctct/testing').
import ctct = require('ctct');
import testing = require('ctct/testing');

export function make(emulator: InstanceType<typeof testing.Emulator>): ctct.Client {
  const client: ctct.Client = new ctct.Client({ accessToken: emulator.accessToken, baseUrl: emulator.v3Url });
  const legacy: ctct.v2.Client = emulator.v2Client();
  legacy.close();
  return client;
}
