/**
 * Proxy configuration snippets, one builder per tool. Each takes a validated ProxyInput (and throws
 * a TypeError otherwise) and returns its variants; `SNIPPET_TOOLS` lists them in display order.
 */
import { curlSnippets } from './curl';
import { dockerSnippets } from './docker';
import { dotnetSnippets, powershellSnippets, relaySnippets } from './dotnet';
import { envSnippets } from './env';
import { gitSnippets } from './git';
import { gradleSnippets, javaSnippets, mavenSnippets } from './java';
import { aptSnippets, npmSnippets, pipSnippets } from './packages';
import { goSnippets, nodeSnippets, pythonSnippets } from './runtimes';
import { wgetSnippets } from './wget';
import type { ProxyInput, Snippet } from './input';

export * from './input';
export { quoteBash, quotePowerShell } from './quote';
export {
  curlSnippets,
  envSnippets,
  wgetSnippets,
  gitSnippets,
  npmSnippets,
  pipSnippets,
  aptSnippets,
  dockerSnippets,
  javaSnippets,
  mavenSnippets,
  gradleSnippets,
  nodeSnippets,
  pythonSnippets,
  goSnippets,
  dotnetSnippets,
  powershellSnippets,
  relaySnippets,
};

export interface SnippetTool {
  id: string;
  label: string;
  build: (input: ProxyInput) => Snippet[];
}

export const SNIPPET_TOOLS: readonly SnippetTool[] = [
  { id: 'curl', label: 'curl', build: curlSnippets },
  { id: 'env', label: 'Environment variables', build: envSnippets },
  { id: 'wget', label: 'wget', build: wgetSnippets },
  { id: 'git', label: 'git', build: gitSnippets },
  { id: 'npm', label: 'npm / yarn / pnpm', build: npmSnippets },
  { id: 'pip', label: 'pip', build: pipSnippets },
  { id: 'apt', label: 'apt', build: aptSnippets },
  { id: 'docker', label: 'Docker', build: dockerSnippets },
  { id: 'java', label: 'Java', build: javaSnippets },
  { id: 'maven', label: 'Maven', build: mavenSnippets },
  { id: 'gradle', label: 'Gradle', build: gradleSnippets },
  { id: 'node', label: 'Node.js', build: nodeSnippets },
  { id: 'python', label: 'Python requests', build: pythonSnippets },
  { id: 'go', label: 'Go', build: goSnippets },
  { id: 'dotnet', label: '.NET', build: dotnetSnippets },
  { id: 'powershell', label: 'PowerShell Invoke-WebRequest', build: powershellSnippets },
  { id: 'relay', label: 'Local relay (NTLM/Negotiate)', build: relaySnippets },
];
