// NO_PROXY per tool: rules as data (rules.ts), matchers transcribing each tool (matchers.ts), and testNoProxy.
export { NO_PROXY_TOOLS, type NoProxyTool, type NoProxyRuleSet, type NoProxySource } from './rules';
export {
  testNoProxy,
  testNoProxyAll,
  parseTarget,
  lintNoProxy,
  type TestNoProxyInput,
  type TestNoProxyResult,
  type NoProxyEnv,
} from './test-no-proxy';
export { splitEntries, type Entry, type Target, type MatchResult } from './matchers';
