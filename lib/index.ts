/**
 * Reframe's engine as a library for Node and bundlers:
 *
 *   import { createChecker } from 'reframe';
 *   const checker = createChecker();              // the built-in packs
 *   checker.check('She has been putting herself at risk. She is 14.');
 */

import { compileChecker, type Checker } from './engine/checker.js';
import { BUILT_IN_PACKS, CONTEXT_PACK } from './rules/builtin.js';
import type { RulePack, SubjectIsChild } from './rules/types.js';

export interface CreateCheckerOptions {
  /** Rule packs to use; the built-in packs when omitted. The built-in context signals are always added. */
  packs?: readonly RulePack[];
  /** `always` treats every text as being about a child (children's services); default `detect`. */
  subjectIsChild?: SubjectIsChild;
  /** Rule ids to leave out. */
  disabledRules?: readonly string[];
}

export function createChecker(options: CreateCheckerOptions = {}): Checker {
  const chosen = options.packs ?? BUILT_IN_PACKS;
  const packs = chosen.some((p) => p.id === CONTEXT_PACK.id) ? chosen : [CONTEXT_PACK, ...chosen];
  return compileChecker({ packs, subjectIsChild: options.subjectIsChild ?? 'detect', disabledRules: options.disabledRules ?? [] });
}

export { BUILT_IN_PACKS, CONTEXT_PACK } from './rules/builtin.js';
export { validatePack, type ValidationProblem, type ValidationResult } from './rules/validate.js';
export { RuleSetError, type Problem } from './engine/rule-set.js';
export type { Checker } from './engine/checker.js';
export type { Finding } from './engine/finding.js';
export type { Rule, RulePack, Severity, SubjectIsChild } from './rules/types.js';
