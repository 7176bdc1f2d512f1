/**
 * The error-message catalogue's types. One entry is one message a tool prints, written as a pattern
 * whose variable parts are slots, plus the page and heading that fix it and the likely causes.
 */

/** The tools whose messages we catalogue; the /errors/ filter shows them in this order. */
export const TOOLS = {
  curl: 'curl',
  git: 'git',
  npm: 'npm',
  yarn: 'Yarn',
  pnpm: 'pnpm',
  pip: 'pip',
  conda: 'conda',
  mamba: 'mamba',
  python: 'Python',
  java: 'Java',
  maven: 'Maven',
  gradle: 'Gradle',
  dotnet: '.NET',
  nuget: 'NuGet',
  powershell: 'PowerShell',
  node: 'Node.js',
  postman: 'Postman',
  docker: 'Docker',
  podman: 'Podman',
  go: 'Go',
  wget: 'wget',
  apt: 'APT',
  chrome: 'Chrome',
  edge: 'Edge',
  firefox: 'Firefox',
  squid: 'Squid',
  socks: 'SOCKS5',
  kerberos: 'Kerberos',
} as const;

export type ToolId = keyof typeof TOOLS;

/**
 * Names of the variable parts of a message. In a pattern a slot is written `{name:example}`: the
 * example is the text the fixing page shows (the build check fills it in and looks for the result).
 */
export const SLOT_NAMES = [
  'host', // a host name: proxy.example.com
  'ip', // an IPv4 or IPv6 address
  'port', // a port number
  'url', // an absolute URL
  'path', // a URL path or file path
  'user', // a user name
  'status', // an HTTP status code
  'number', // any other number (milliseconds, retry counts)
  'version', // a version string: 3.0.11
  'package', // a package, artifact or image name
  'text', // any other variable text (a project name, a source name)
] as const;

export type SlotName = (typeof SLOT_NAMES)[number];

export interface Cause {
  /** One short sentence, no Markdown. */
  readonly text: string;
  /** Where this cause is explained, when not just the entry's fix: `#heading-id` on the entry's page or a site path `/guides/special-characters/`. */
  readonly link?: string;
}

export interface CatalogueEntry {
  /** Unique and stable, kebab-case: `curl-56-connect-tunnel-failed-407`. */
  readonly id: string;
  /** The programs that print this text (first = the one shown in lists). */
  readonly tools: readonly [ToolId, ...ToolId[]];
  /** The message, with `{slot:example}` for variable parts. Filled in, it appears verbatim on `page`. */
  readonly message: string;
  /** The page that fixes it: a site path with trailing slash, `/errors/npm-e407/`. */
  readonly page: string;
  /** Heading id on `page` where the fix starts (the build checks it exists). */
  readonly anchor: string;
  /** Likely causes, most likely first. */
  readonly causes: readonly [Cause, ...Cause[]];
}

/** The catalogue as the search dialog fetches it: entries plus the title of every page they name. */
export interface CatalogueData {
  readonly entries: readonly CatalogueEntry[];
  readonly titles: Readonly<Record<string, string>>;
  /** Every page of the site, for matching what the reader typed against page titles. */
  readonly pages: readonly { readonly url: string; readonly title: string }[];
}
