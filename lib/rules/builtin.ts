/** The packs that ship with Reframe. The context pack comes first: the others rely on its signals. */

import type { RulePack } from './types.js';
import context from '../../rules/context.json';
import childSexualExploitation from '../../rules/child-sexual-exploitation.json';
import youthProducedImagery from '../../rules/youth-produced-imagery.json';
import criminalExploitation from '../../rules/criminal-exploitation.json';
import domesticAbuse from '../../rules/domestic-abuse.json';
import sexualViolence from '../../rules/sexual-violence.json';
import credibility from '../../rules/credibility.json';
import generalResponsibility from '../../rules/general-responsibility.json';

/** Signals and allowed legal terms: always in use, even where an organisation turns the built-in rules off. */
export const CONTEXT_PACK = context as RulePack;

export const BUILT_IN_RULE_PACKS: readonly RulePack[] = [
  childSexualExploitation,
  youthProducedImagery,
  criminalExploitation,
  domesticAbuse,
  sexualViolence,
  credibility,
  generalResponsibility,
] as RulePack[];

export const BUILT_IN_PACKS: readonly RulePack[] = [CONTEXT_PACK, ...BUILT_IN_RULE_PACKS];
