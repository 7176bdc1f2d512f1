/** The encoder's heavy half (library + views), loaded on first use by element.ts. */
import { toDom } from '../shared/view';
import { basicView, digestView, ntlmView, type BasicState, type DigestState, type NtlmState } from './view';

export const renderBasic = (s: BasicState): Node => toDom(basicView(s));
export const renderDigest = (s: DigestState): Node => toDom(digestView(s));
export const renderNtlm = (s: NtlmState, reveal: boolean): Node => toDom(ntlmView(s, reveal));
