import type { CatalogueEntry } from '../types';

export const java: readonly CatalogueEntry[] = [
  {
    id: 'java-unable-to-tunnel-407',
    tools: ['java', 'maven', 'gradle'],
    message: 'java.io.IOException: Unable to tunnel through proxy. Proxy returns "HTTP/1.1 407 Proxy Authentication Required"',
    page: '/errors/java-unable-to-tunnel/',
    anchor: 'how-to-fix-it',
    causes: [
      { text: 'Basic is disabled for HTTPS tunnels by default (jdk.http.auth.tunneling.disabledSchemes).' },
      { text: 'No credentials: HttpURLConnection needs an Authenticator; https.proxyUser is not a JDK property.' },
      { text: 'Wrong credentials in the Authenticator or the tool settings.' },
      { text: 'An NTLM or Negotiate proxy the JDK cannot satisfy.', link: '/guides/ntlm-kerberos-proxies/' },
    ],
  },
  {
    id: 'maven-could-not-transfer-407',
    tools: ['maven'],
    message:
      'Could not transfer artifact {package:org.example:lib:jar:2.1} from/to {text:central} ({url:https://repo.example.com/maven2}): status code: 407, reason phrase: Proxy Authentication Required (407)',
    page: '/guides/maven-gradle/',
    anchor: 'when-you-still-get-407',
    causes: [
      { text: 'settings.xml has no <proxy> with username and password, or the wrong one is active.' },
      { text: 'Basic is disabled for HTTPS tunnels in the JDK.', link: '#basic-on-https-tunnels' },
    ],
  },
  {
    id: 'gradle-could-not-get-407',
    tools: ['gradle'],
    message:
      "Could not GET '{url:https://repo.example.com/maven2/org/example/lib/2.1/lib-2.1.pom}'. Received status code 407 from server: Proxy Authentication Required",
    page: '/guides/maven-gradle/',
    anchor: 'when-you-still-get-407',
    causes: [
      { text: 'gradle.properties lacks systemProp.https.proxyUser and proxyPassword.' },
      { text: 'Basic is disabled for HTTPS tunnels in the JDK.', link: '#basic-on-https-tunnels' },
    ],
  },
  {
    id: 'maven-proxy-authentication-failed-407',
    tools: ['maven'],
    // The URLs Maven prints are longer than a slot may be, so the entry stops before the artifact URL.
    message:
      'Could not transfer metadata {package:org.apache.maven.plugins/maven-metadata.xml} from/to {text:central} ({url:https://repo.maven.apache.org/maven2}): proxy authentication failed for',
    page: '/errors/maven-gradle-407/',
    anchor: 'how-to-fix-it',
    causes: [{ text: 'No <username>/<password> in the <proxy> of ~/.m2/settings.xml.' }, { text: 'A wrong or expired proxy password.' }],
  },
  {
    id: 'maven-resolver-status-code-407',
    tools: ['maven'],
    message: 'status code: 407, reason phrase: Proxy Authentication Required (407)',
    page: '/errors/maven-gradle-407/',
    anchor: 'how-to-fix-it',
    causes: [{ text: 'No or wrong proxy credentials in ~/.m2/settings.xml (Maven 3.9 and later).' }],
  },
  {
    id: 'gradle-wrapper-server-returned-407',
    tools: ['gradle', 'java'],
    message:
      'java.io.IOException: Server returned HTTP response code: 407 for URL: {url:https://services.gradle.org/distributions/gradle-9.2.0-bin.zip}',
    page: '/errors/maven-gradle-407/',
    anchor: 'how-to-fix-it',
    causes: [{ text: 'The wrapper has no proxy credentials: set systemProp.https.proxyUser and proxyPassword in gradle.properties.' }],
  },
];
