// NO_PROXY per tool: rules as data (rules.ts), matchers transcribing each tool (matchers.ts), and testNoProxy.
export { NO_PROXY_TOOLS, type NoProxyTool } from './rules';
export { testNoProxy, testNoProxyAll, parseTarget, lintNoProxy, bypassForAll, type NoProxyEnv } from './test-no-proxy';
export { NO_PROXY_APPS } from './apps';
