// Config: find (nearest .eks-access-lint.{yaml,yml,json} upward), load, validate, resolve levels.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parse } from 'yaml';
import type { AuthenticationMode } from './model.ts';
import type { Level } from './rule.ts';
// Precompiled by scripts/build.mjs (ajv standalone), so start-up never compiles a schema.
import validateConfig from './generated/config-validate.cjs';

export interface Config {
  rules?: Record<string, Level>;
  ignore?: string[];
  clusters?: Record<string, ClusterFacts>;
  defaultAccount?: string;
  policy?: { admins?: string[]; allowedAccounts?: string[]; forbidIamUsers?: boolean };
  /** Rule levels for some files (and a JSON pointer into them): for files nobody may edit. */
  overrides?: Override[];
}

/**
 * Re-level rules in the files `files` matches (globs relative to the config file's folder), within
 * the node at `pointer` when given. `off` suppresses the findings there (SARIF: external, with `reason`).
 * When several overrides match, the last one wins.
 */
export interface Override {
  files: string | string[];
  pointer?: string;
  rules: Record<string, Level>;
  reason?: string;
}

/** What the config states about one cluster, by its name. */
export interface ClusterFacts {
  account?: string;
  /** The cluster's mode, for when the files do not write it (or do not show the cluster at all). */
  authenticationMode?: AuthenticationMode;
  /**
   * Globs (relative to the config file's folder) of the files whose aws-auth ConfigMaps belong to
   * this cluster: a manifest names no cluster, so only the user can tie it to one.
   */
  awsAuth?: string | string[];
}

export interface LoadedConfig {
  config: Config;
  /** The file it came from; undefined when none was found. */
  path?: string;
}

export class ConfigError extends Error {}

const NAMES = ['.eks-access-lint.yaml', '.eks-access-lint.yml', '.eks-access-lint.json'];

export function findConfig(cwd: string): string | undefined {
  for (let dir = resolve(cwd); ; dir = dirname(dir)) {
    for (const n of NAMES) if (existsSync(join(dir, n))) return join(dir, n);
    if (dirname(dir) === dir) return undefined;
  }
}

export function loadConfig(path: string | undefined, knownRules: Set<string>): LoadedConfig {
  if (!path) return { config: {} };
  let data: unknown;
  try {
    data = parse(readFileSync(path, 'utf8')) ?? {};
  } catch (e) {
    throw new ConfigError(`${path}: ${(e as Error).message.split('\n')[0]}`);
  }
  const validate = validateConfig as unknown as Validator;
  if (!validate(data)) {
    const first = validate.errors![0];
    const where = first.instancePath || '/';
    const detail = first.keyword === 'additionalProperties' ? `unknown key "${first.params.additionalProperty}"` : first.message;
    throw new ConfigError(`${path}: ${where}: ${detail}`);
  }
  const config = data as Config;
  for (const id of Object.keys(config.rules ?? {})) {
    if (!knownRules.has(id)) throw new ConfigError(`${path}: /rules/${id}: unknown rule id (see --list-rules)`);
  }
  (config.overrides ?? []).forEach((o, i) => {
    for (const id of Object.keys(o.rules)) {
      if (!knownRules.has(id)) throw new ConfigError(`${path}: /overrides/${i}/rules/${id}: unknown rule id (see --list-rules)`);
    }
  });
  return { config, path };
}

interface Validator {
  (data: unknown): boolean;
  errors?: { instancePath: string; keyword: string; message?: string; params: Record<string, string> }[] | null;
}
