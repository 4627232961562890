// Every command's settings are read through zod with German messages
// (scripts/cli-config.ts): a wrong one names the command, the setting, what is
// wrong and an example; nothing else of the command runs.
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ConfigError, cmsUrl, parseConfig, port, positiveInt } from '../cli-config.ts';

const schema = z.object({ SITE_PORT: port(4321), ROUNDS: positiveInt(5), CMS_URL: cmsUrl() });

describe('command settings', () => {
  it('takes the defaults, and numbers from their strings', () => {
    expect(parseConfig('npm start', schema, {})).toEqual({
      SITE_PORT: 4321,
      ROUNDS: 5,
      CMS_URL: 'http://127.0.0.1:1337',
    });
    expect(parseConfig('npm start', schema, { SITE_PORT: '8080', ROUNDS: '2' })).toMatchObject({
      SITE_PORT: 8080,
      ROUNDS: 2,
    });
  });

  it('refuses every wrong setting at once, in German, naming command and setting', () => {
    const run = () =>
      parseConfig('npm start', schema, { SITE_PORT: '70000', ROUNDS: 'zwei', CMS_URL: 'cms.example.org' });
    expect(run).toThrow(ConfigError);
    expect(run).toThrow(
      'npm start: SITE_PORT: Ports gehen von 1 bis 65535; ROUNDS: muss eine ganze Zahl über 0 sein, z. B. 5; CMS_URL: muss eine http(s)-Adresse sein, z. B. http://127.0.0.1:1337',
    );
  });
});
