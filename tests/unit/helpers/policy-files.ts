// Reads the example policy files in docs/policy/ the way each browser does, so that the tests check
// exactly what the deployment guide tells administrators to install.
import { readdirSync, readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import schema from '../../../public/managed_schema.json';

export const POLICY_DIR = join(import.meta.dirname, '..', '..', '..', 'docs', 'policy');

export interface ExamplePolicy {
  file: string;
  /** The extension id the policy is for. */
  id: string;
  policy: Record<string, unknown>;
}

type Plist = string | number | boolean | Plist[] | { [key: string]: Plist };

/** A small reader for XML property lists (dict, array, key, string, integer, true, false). */
function parsePlist(xml: string): Plist {
  const tokens = [...xml.replace(/<!--[\s\S]*?-->/g, '').matchAll(/<(\/?)(dict|array|key|string|integer|true|false)(\/?)>([^<]*)/g)];
  let at = 0;
  const unescape = (text: string) => text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
  const value = (): Plist => {
    const [, , tag, , text] = tokens[at++]!;
    if (tag === 'string') return at++, unescape(text!);
    if (tag === 'integer') return at++, Number(text);
    if (tag === 'true' || tag === 'false') return tag === 'true';
    if (tag === 'array') {
      const items: Plist[] = [];
      while (tokens[at]![1] !== '/') items.push(value());
      at++;
      return items;
    }
    const dict: Record<string, Plist> = {};
    while (tokens[at]![1] !== '/') {
      const key = unescape(tokens[at]![4]!);
      at += 2;
      dict[key] = value();
    }
    at++;
    return dict;
  };
  return value();
}

/** Values of a .reg file's keys, converted as Chrome does with the extension's schema. */
function parseRegistry(text: string): Record<string, Record<string, unknown>> {
  const keys: Record<string, Record<string, unknown>> = {};
  let current: Record<string, unknown> | undefined;
  const properties = schema.properties as Record<string, { type: string }>;
  for (const line of text.split(/\r?\n/)) {
    const key = /^\[(.+)\]$/.exec(line);
    if (key) keys[key[1]!] = current = {};
    const value = /^"([^"]+)"=(?:dword:([0-9a-f]{8})|"((?:[^"\\]|\\.)*)")$/.exec(line);
    if (!value || !current) continue;
    const [, name, dword, string] = value as unknown as [string, string, string | undefined, string | undefined];
    const type = properties[name]?.type;
    if (dword !== undefined) current[name] = type === 'boolean' ? parseInt(dword, 16) !== 0 : parseInt(dword, 16);
    else {
      const text = string!.replace(/\\(.)/g, '$1');
      current[name] = type === 'array' || type === 'object' ? JSON.parse(text) : text;
    }
  }
  return keys;
}

/** Every Reframe policy in every example file, with the extension id it names. */
export function examplePolicies(): ExamplePolicy[] {
  const found: ExamplePolicy[] = [];
  for (const file of readdirSync(POLICY_DIR).sort()) {
    const text = readFileSync(join(POLICY_DIR, file), 'utf8');
    const add = (id: string, policy: unknown) => found.push({ file, id, policy: policy as Record<string, unknown> });
    if (extname(file) === '.json') {
      const json = JSON.parse(text);
      for (const [id, policy] of Object.entries(json['3rdparty']?.extensions ?? json.policies?.['3rdparty']?.Extensions ?? {})) add(id, policy);
    } else if (extname(file) === '.reg') {
      for (const [key, values] of Object.entries(parseRegistry(text))) {
        const id = /\\3rdparty\\extensions\\([a-p]{32})\\policy$/i.exec(key)?.[1];
        if (id) add(id, values);
      }
    } else if (extname(file) === '.mobileconfig') {
      const profile = parsePlist(text) as { PayloadContent: Record<string, Plist>[] };
      for (const payload of profile.PayloadContent) {
        const id = /^com\.(?:google\.Chrome|microsoft\.Edge)\.extensions\.([a-p]{32})$/.exec(String(payload.PayloadType))?.[1];
        if (!id) continue;
        add(id, Object.fromEntries(Object.entries(payload).filter(([key]) => !key.startsWith('Payload'))));
      }
    } else throw new Error(`${file}: no reader for this kind of policy file`);
  }
  return found;
}
