import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { ConfigError, parseConfig, type Config } from '../engine/config.js';

export const CONFIG_FILES = ['xxgk.config.json', '.xxgkrc.json', 'package.json'];

export interface LoadedConfig {
  config: Config;
  /** Folder the config's globs and plugin paths are relative to. */
  directory: string;
  /** File the config came from, for error messages (undefined for the default). */
  path?: string;
}

/** Reads a JSON config file; JSON syntax errors become ConfigErrors naming the file, line and column. */
export async function loadConfigFile(path: string): Promise<Config | undefined> {
  const text = await readFile(path, 'utf8');
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new ConfigError(path, [{ path: '', message: `JSON 语法错误 invalid JSON: ${(error as Error).message}` }]);
  }
  if (path.endsWith('package.json')) {
    const xxgk = (value as Record<string, unknown>)?.xxgk;
    return xxgk === undefined ? undefined : parseConfig(xxgk, `${path}#xxgk`);
  }
  return parseConfig(value, path);
}

/** Finds the nearest config walking up from a folder; results are cached per folder. */
export class ConfigFinder {
  private readonly cache = new Map<string, Promise<LoadedConfig>>();

  constructor(private readonly explicit?: string) {}

  find(directory: string): Promise<LoadedConfig> {
    if (this.explicit) return this.lookup(`explicit:${this.explicit}`, () => this.loadExplicit());
    return this.lookup(directory, () => this.search(directory));
  }

  private lookup(key: string, load: () => Promise<LoadedConfig>): Promise<LoadedConfig> {
    let found = this.cache.get(key);
    if (!found) {
      found = load();
      this.cache.set(key, found);
    }
    return found;
  }

  private async loadExplicit(): Promise<LoadedConfig> {
    const path = resolve(this.explicit!);
    const config = await loadConfigFile(path).catch((error: NodeJS.ErrnoException) => {
      if (error instanceof ConfigError) throw error;
      throw new ConfigError(path, [{ path: '', message: `无法读取配置文件 cannot read: ${error.code ?? error.message}` }]);
    });
    return { config: config ?? {}, directory: dirname(path), path };
  }

  private async search(directory: string): Promise<LoadedConfig> {
    for (const name of CONFIG_FILES) {
      const path = join(directory, name);
      // A quick look first: most folders of a repository have no config, and a failed open costs far more.
      if (!existsSync(path)) continue;
      const config = await loadConfigFile(path).catch((error: NodeJS.ErrnoException) => {
        if (error.code === 'ENOENT' || error.code === 'EISDIR') return undefined;
        throw error;
      });
      if (config) return { config, directory, path };
    }
    const parent = dirname(directory);
    return parent === directory ? { config: {}, directory } : this.find(parent);
  }
}
