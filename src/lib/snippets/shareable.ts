/**
 * What of the proxy config builder's form may go into a share link without the reader's opt-in: every field
 * but the password, with any "user:password@" (and "?…"/"#…" tail) taken out of the host and the NO_PROXY
 * entries, where a pasted proxy URL would carry them.
 */
import { shareableNoProxy, withoutUserinfo } from '../no-proxy/shareable';
import type { ProxyField } from './input';

export type ProxyFormState = Record<ProxyField, string>;

export function shareableProxyForm(form: ProxyFormState): { state: Omit<ProxyFormState, 'password'>; withheld: boolean } {
  const host = withoutUserinfo(form.host);
  const noProxy = shareableNoProxy(form.noProxy);
  const { password, ...rest } = form;
  return {
    state: { ...rest, host, noProxy: noProxy.text },
    withheld: password !== '' || host !== form.host || noProxy.withheld,
  };
}
