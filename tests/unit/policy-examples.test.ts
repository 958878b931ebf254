import Ajv from 'ajv';
import { createHash } from 'node:crypto';
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEVELOPMENT_ID, DEVELOPMENT_KEY, GECKO_ID } from '../../lib/extension/identity.js';
import { CONTEXT_PACK } from '../../lib/rules/builtin.js';
import { parsePolicy } from '../../lib/rules/policy.js';
import schema from '../../public/managed_schema.json';
import { examplePolicies, POLICY_DIR } from './helpers/policy-files.js';

const POLICY_KEYS = ['enabled', 'sites', 'rulePacks', 'rulePackUrls', 'builtInRules', 'disabledRules', 'allowUserRules', 'allowUserDisable', 'subjectIsChild', 'learnMoreUrl'];

describe('the example policy files in docs/policy', () => {
  const examples = examplePolicies();

  it('cover every kind of file the deployment guide describes', () => {
    expect(readdirSync(POLICY_DIR).sort()).toEqual(['chromium-linux.json', 'firefox-policies.json', 'macos-chrome.mobileconfig', 'windows.reg']);
    expect(new Set(examples.map((e) => e.file)).size).toBe(4);
  });

  it.each(examples.map((e) => [`${e.file} (${e.id})`, e] as const))('%s parses without problems, passes the managed schema and names our id', (_, example) => {
    expect(example.policy.disabledRules).toEqual(['gen-vulnerable-overuse']);
    expect(parsePolicy(example.policy, [CONTEXT_PACK]).problems).toEqual([]);
    const validate = new Ajv({ strict: false, allErrors: true }).compile(schema);
    expect(validate(example.policy), JSON.stringify(validate.errors)).toBe(true);
    expect(example.id).toBe(example.file.startsWith('firefox') ? GECKO_ID : DEVELOPMENT_ID);
  });
});

describe('the managed schema', () => {
  it('declares exactly the policy settings of DESIGN §3, each with one type as Chrome requires', () => {
    expect(Object.keys(schema.properties).sort()).toEqual([...POLICY_KEYS].sort());
    const visit = (node: Record<string, unknown>, at: string): void => {
      expect(typeof node.type, `${at} has one type`).toBe('string');
      for (const [key, child] of Object.entries((node.properties ?? {}) as Record<string, Record<string, unknown>>)) visit(child, `${at}/${key}`);
      if (node.items) visit(node.items as Record<string, unknown>, `${at}/items`);
      if (node.additionalProperties) visit(node.additionalProperties as Record<string, unknown>, `${at}/*`);
      if (node.type === 'array') expect(node.items, `${at} has items`).toBeDefined();
    };
    visit(schema as Record<string, unknown>, '');
  });
});

describe('the development key', () => {
  it('gives the development id (sha256 of the key, first 32 hex digits spelt a–p)', () => {
    const hash = createHash('sha256').update(Buffer.from(DEVELOPMENT_KEY, 'base64')).digest('hex').slice(0, 32);
    expect([...hash].map((c) => String.fromCharCode(97 + parseInt(c, 16))).join('')).toBe(DEVELOPMENT_ID);
  });
});
