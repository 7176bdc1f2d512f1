/**
 * Java system properties (JDK "Networking Properties": http.proxyHost/Port, https.proxyHost/Port,
 * http.nonProxyHosts, socksProxyHost, java.net.socks.username/password,
 * jdk.http.auth.tunneling.disabledSchemes), an Authenticator for the credentials, Maven
 * settings.xml <proxies> (Maven "Configuring a proxy", "Password Encryption") and Gradle
 * gradle.properties (Gradle user guide "Accessing the web through a proxy").
 *
 * The JDK itself never reads http.proxyUser/http.proxyPassword: only Gradle, Maven and some
 * libraries do. Since 8u111 Basic is disabled for HTTPS tunnels (CONNECT) until
 * jdk.http.auth.tunneling.disabledSchemes is emptied.
 */
import { basicOverHttpNote, HISTORY_NOTE, PLAIN_FILE_NOTE, prepare, splitDomainUser } from './common';
import { bareHost, hasCredentials, hasPassword, type ProxyInput, type Snippet } from './input';
import { escapeProperties, escapeXml, quoteBash, quoteJson } from './quote';

export interface NonProxyHosts {
  value: string;
  notes: string[];
}

/** Converts NO_PROXY entries (curl's meaning) into Java's `|`-separated nonProxyHosts patterns. */
export function toJavaNonProxyHosts(noProxy: readonly string[]): NonProxyHosts {
  const patterns: string[] = [];
  const notes: string[] = [];
  const add = (p: string): void => {
    if (!patterns.includes(p)) patterns.push(p);
  };
  for (const raw of noProxy) {
    let entry = raw;
    const bracketPort = /^\[([^\]]+)\]:\d+$/.exec(entry);
    if (bracketPort) {
      entry = bracketPort[1]!;
      notes.push(`${raw}: Java patterns have no port; the port is dropped.`);
    } else if (/^[^:]+:\d+$/.test(entry)) {
      entry = entry.slice(0, entry.lastIndexOf(':'));
      notes.push(`${raw}: Java patterns have no port; the port is dropped.`);
    }
    if (entry === '*') {
      add('*');
      continue;
    }
    const cidr = /^(\d+)\.(\d+)\.(\d+)\.(\d+)\/(\d+)$/.exec(entry);
    if (cidr) {
      const bits = Number(cidr[5]);
      if (bits % 8 === 0 && bits >= 8 && bits <= 32) {
        const octets = cidr.slice(1, 1 + bits / 8);
        add(bits === 32 ? octets.join('.') : `${octets.join('.')}.*`);
      } else notes.push(`${raw}: Java has no CIDR ranges and /${cidr[5]} is not a whole octet; list the addresses or a wider prefix.`);
      continue;
    }
    if (entry.includes('/')) {
      notes.push(`${raw}: Java has no CIDR ranges; list the addresses instead.`);
      continue;
    }
    if (entry.includes(':')) {
      add(`[${bareHost(entry)}]`);
      continue;
    } // Java matches URI.getHost(), bracketed for IPv6
    if (/^[\d.]+$/.test(entry)) {
      add(entry);
      continue;
    }
    // NO_PROXY "example.com" and ".example.com" both mean the domain and its subdomains (curl).
    const name = entry.replace(/^\*?\./, '');
    if (name === '') continue;
    add(name);
    add(`*.${name}`);
  }
  return { value: patterns.join('|'), notes };
}

export function javaSnippets(raw: ProxyInput): Snippet[] {
  const { input, notes: prep } = prepare(raw, 'Java (java.net.http.HttpClient)', ['basic', 'digest', 'ntlm', 'negotiate', 'any']);
  const notes = [...prep, ...basicOverHttpNote(input)];
  const socks = input.proxy.scheme.startsWith('socks');
  const host = bareHost(input.proxy.host);
  const port = String(input.proxy.port);
  const nph = toJavaNonProxyHosts(input.noProxy);
  const basic = input.authScheme === 'basic' || input.authScheme === 'any';
  const props: [string, string][] = socks
    ? [
        ['socksProxyHost', host],
        ['socksProxyPort', port],
      ]
    : [
        ['http.proxyHost', host],
        ['http.proxyPort', port],
        ['https.proxyHost', host],
        ['https.proxyPort', port],
      ];
  if (nph.value !== '') props.push(['http.nonProxyHosts', nph.value]);
  if (!socks && hasCredentials(input) && basic) props.push(['jdk.http.auth.tunneling.disabledSchemes', '']);
  if (socks && hasCredentials(input)) {
    props.push(['java.net.socks.username', input.user ?? '']);
    if (hasPassword(input)) props.push(['java.net.socks.password', input.password ?? '']);
  }
  const secret = hasCredentials(input) && hasPassword(input);
  const nativeNotes = [
    ...(input.authScheme === 'ntlm'
      ? [
          'NTLM works with HttpURLConnection (on Windows with your logon, elsewhere with the Authenticator below, user written DOMAIN\\user); java.net.http.HttpClient speaks Basic only: use a local relay for it.',
        ]
      : []),
    ...(input.authScheme === 'negotiate'
      ? [
          'Negotiate works with HttpURLConnection and a Kerberos login (JAAS, -Djavax.security.auth.useSubjectCredsOnly=false); java.net.http.HttpClient speaks Basic only.',
        ]
      : []),
  ];
  const out: Snippet[] = [];
  out.push({
    title: 'System properties (bash)',
    language: 'bash',
    code: ['java', ...props.map(([k, v]) => (v === '' ? `-D${k}=""` : `-D${k}=${quoteBash(v)}`)), '-jar app.jar'].join(' \\\n  '),
    notes: [
      ...notes,
      ...nativeNotes,
      ...nph.notes,
      ...(nph.value !== ''
        ? ['Java ignores NO_PROXY: http.nonProxyHosts (| separated, * at either end) is its list, and https uses it too.']
        : []),
      ...(!socks && hasCredentials(input) && basic
        ? ['jdk.http.auth.tunneling.disabledSchemes="" re-enables Basic for HTTPS through the proxy (disabled by default since 8u111).']
        : []),
      ...(!socks && hasCredentials(input)
        ? ['The JDK does not read http.proxyUser/http.proxyPassword: install the Authenticator from the next tab.']
        : []),
      ...(socks && secret ? [HISTORY_NOTE] : []),
    ],
  });
  if (!socks && hasCredentials(input)) {
    out.push({
      title: 'Credentials: java.net.Authenticator (Java)',
      language: 'java',
      code: [
        'java.net.Authenticator.setDefault(new java.net.Authenticator() {',
        '  @Override',
        '  protected java.net.PasswordAuthentication getPasswordAuthentication() {',
        '    if (getRequestorType() != RequestorType.PROXY) return null;',
        `    String password = System.getenv("PROXY_PASSWORD");`,
        `    return new java.net.PasswordAuthentication(${quoteJson(input.user ?? '')}, password.toCharArray());`,
        '  }',
        '});',
      ].join('\n'),
      notes: [
        ...notes,
        ...nativeNotes,
        'The password comes from the PROXY_PASSWORD environment variable, not from the code or the command line.',
        'For java.net.http.HttpClient pass it with HttpClient.newBuilder().authenticator(...) instead.',
      ],
      keepsSecretOut: true,
    });
  }
  return out;
}

export function mavenSnippets(raw: ProxyInput): Snippet[] {
  const { input, notes: prep } = prepare(raw, 'Maven', ['basic', 'any']);
  const notes = [...prep, ...basicOverHttpNote(input)];
  const nph = toJavaNonProxyHosts(input.noProxy);
  const secret = hasCredentials(input) && hasPassword(input);
  const protocol = input.proxy.scheme.startsWith('socks') ? 'socks5' : input.proxy.scheme;
  const xml = (password: string | undefined): string =>
    [
      '<settings>',
      '  <proxies>',
      '    <proxy>',
      '      <id>corporate</id>',
      '      <active>true</active>',
      `      <protocol>${protocol}</protocol>`,
      `      <host>${escapeXml(bareHost(input.proxy.host))}</host>`,
      `      <port>${input.proxy.port}</port>`,
      ...(hasCredentials(input) ? [`      <username>${escapeXml(input.user ?? '')}</username>`] : []),
      ...(password !== undefined ? [`      <password>${escapeXml(password)}</password>`] : []),
      ...(nph.value !== '' ? [`      <nonProxyHosts>${escapeXml(nph.value)}</nonProxyHosts>`] : []),
      '    </proxy>',
      '  </proxies>',
      '</settings>',
    ].join('\n');
  const out: Snippet[] = [
    {
      title: 'Maven: ~/.m2/settings.xml',
      language: 'xml',
      code: xml(secret ? input.password : undefined),
      notes: [
        ...notes,
        ...nph.notes,
        'Merge the <proxy> into an existing settings.xml. One proxy with protocol http serves https repositories too.',
        ...(secret ? [PLAIN_FILE_NOTE] : []),
      ],
    },
  ];
  if (secret) {
    out.push({
      title: 'Maven: encrypted password (bash)',
      language: 'bash',
      code: [
        'mvn --encrypt-master-password   # prompts; put the result in ~/.m2/settings-security.xml',
        'mvn --encrypt-password          # prompts; put the {…} result in <password>',
      ].join('\n'),
      notes: [
        ...notes,
        'Maven 3.2.1+ prompts for the values when they are not on the command line, so the password stays out of history; settings.xml then holds only the {…} cipher text.',
      ],
      keepsSecretOut: true,
    });
  }
  return out;
}

export function gradleSnippets(raw: ProxyInput): Snippet[] {
  const { input, notes: prep } = prepare(raw, 'Gradle', ['basic', 'ntlm', 'any']);
  const notes = [...prep, ...basicOverHttpNote(input)];
  const nph = toJavaNonProxyHosts(input.noProxy);
  const secret = hasCredentials(input) && hasPassword(input);
  const socks = input.proxy.scheme.startsWith('socks');
  const lines: string[] = [];
  const set = (k: string, v: string): void => {
    lines.push(`systemProp.${k}=${escapeProperties(v)}`);
  };
  const { domain, user } = splitDomainUser(input.user ?? '');
  if (socks) {
    set('socksProxyHost', bareHost(input.proxy.host));
    set('socksProxyPort', String(input.proxy.port));
  } else {
    for (const p of ['http', 'https']) {
      set(`${p}.proxyHost`, bareHost(input.proxy.host));
      set(`${p}.proxyPort`, String(input.proxy.port));
      if (hasCredentials(input)) set(`${p}.proxyUser`, input.authScheme === 'ntlm' ? user : (input.user ?? ''));
      if (secret) set(`${p}.proxyPassword`, input.password ?? '');
    }
    if (input.authScheme === 'ntlm' && domain !== undefined) set('http.auth.ntlm.domain', domain);
    if (hasCredentials(input) && input.authScheme !== 'ntlm') set('jdk.http.auth.tunneling.disabledSchemes', '');
  }
  if (nph.value !== '') set('http.nonProxyHosts', nph.value);
  return [
    {
      title: 'Gradle: ~/.gradle/gradle.properties',
      language: 'properties',
      code: lines.join('\n'),
      notes: [
        ...notes,
        ...nph.notes,
        'Gradle reads proxyUser/proxyPassword itself (and NTLM with http.auth.ntlm.domain).',
        ...(secret ? [PLAIN_FILE_NOTE] : []),
      ],
    },
  ];
}
