/**
 * <credentials-encoder>: takes over the server-rendered forms (CredentialsEncoder.astro) on the shared widget
 * base. Randomness lives here, not in the library: the Digest cnonce and the NTLM client challenge come from
 * crypto.getRandomValues, on load and whenever the user asks for new ones, and are shown. Nothing is sent or
 * stored, and there is no share link (every field here is a secret or is built from one).
 */
import { defineWidget, WidgetElement, type FieldValue, type Renderer } from '../shared/widget-element';

type Engine = typeof import('./engine');

function randomHex(bytes: number): string {
  const a = new Uint8Array(bytes);
  crypto.getRandomValues(a);
  let out = '';
  for (const b of a) out += b.toString(16).padStart(2, '0');
  return out;
}

const LABELS: Readonly<Record<string, string>> = {
  'basic-user': 'User name',
  'basic-password': 'Password',
  'basic-proxy': 'Proxy',
  'digest-challenge': 'Proxy-Authenticate: Digest challenge',
  'digest-user': 'User name',
  'digest-password': 'Password',
  'digest-method': 'Method',
  'digest-uri': 'URI',
  'ntlm-user': 'User name',
  'ntlm-domain': 'Domain',
  'ntlm-password': 'Password',
  'ntlm-workstation': 'Workstation',
  'ntlm-type2': 'Type 2 message',
};

class CredentialsEncoder extends WidgetElement<Engine> {
  protected readonly tag = 'credentials-encoder';

  protected importEngine(): Promise<Engine> {
    return import('./engine');
  }

  protected setup(): void {
    const field = (name: string) => this.el<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>('field', name);
    const value = (name: string) => field(name).value;
    const revealed = (name: string) => field(name).type === 'text';
    const fields = (prefix: string) => (): FieldValue[] =>
      Object.keys(LABELS)
        .filter((k) => k.startsWith(prefix))
        .map((k) => ({ label: LABELS[k]!, value: value(k), control: field(k) }));
    let cnonce = randomHex(16);
    let clientChallenge = randomHex(8);

    const basic = this.renderer({
      target: this.el('result', 'basic'),
      fields: fields('basic-'),
      extra: () => `${value('basic-charset')} ${revealed('basic-password')}`,
      run: (e) => {
        this.show('basic', () =>
          e.renderBasic({
            user: value('basic-user'),
            password: value('basic-password'),
            charset: value('basic-charset') === 'latin1' ? 'latin1' : 'utf-8',
            proxy: value('basic-proxy'),
            reveal: revealed('basic-password'),
          }),
        );
        this.announce('Basic credentials updated');
      },
    });
    const digest = this.renderer({
      target: this.el('result', 'digest'),
      fields: fields('digest-'),
      extra: () => `${value('digest-choice')} ${cnonce}`,
      run: (e) => {
        this.show('digest', () =>
          e.renderDigest({
            challenge: value('digest-challenge'),
            user: value('digest-user'),
            password: value('digest-password'),
            method: value('digest-method').trim(),
            uri: value('digest-uri').trim(),
            choice: value('digest-choice') === 'strongest' ? 'strongest' : 'first',
            cnonce,
          }),
        );
        this.announce('Digest header updated');
      },
    });
    const ntlm = this.renderer({
      target: this.el('result', 'ntlm'),
      fields: fields('ntlm-'),
      extra: () => `${clientChallenge} ${revealed('ntlm-password')}`,
      run: (e) => {
        this.show('ntlm', () =>
          e.renderNtlm(
            {
              user: value('ntlm-user'),
              domain: value('ntlm-domain'),
              password: value('ntlm-password'),
              workstation: value('ntlm-workstation'),
              type2: value('ntlm-type2'),
              clientChallenge,
              time: Date.now(),
            },
            revealed('ntlm-password'),
          ),
        );
        this.announce('NTLM messages updated');
      },
    });
    const sections: [string, Renderer][] = [
      ['basic', basic],
      ['digest', digest],
      ['ntlm', ntlm],
    ];
    for (const [name, renderer] of sections) {
      const section = this.el('section', name);
      section.addEventListener('input', () => renderer.schedule());
      section.addEventListener('change', () => renderer.schedule());
      // After the Show/Hide toggles (wired first by the base): outputs follow the Show state.
      section.addEventListener('click', (event) => {
        if ((event.target as Element | null)?.closest('button[data-show-password]')) renderer.schedule();
      });
    }
    this.el<HTMLButtonElement>('new-cnonce').addEventListener('click', () => {
      cnonce = randomHex(16);
      digest.schedule();
    });
    this.el<HTMLButtonElement>('new-client-challenge').addEventListener('click', () => {
      clientChallenge = randomHex(8);
      ntlm.schedule();
    });
    // The server-rendered example used fixed example values; switch to fresh random ones when the reader arrives.
    // (A result holding the focus is left alone, so keyboard users do not lose their place.)
    this.addEventListener(
      'focusin',
      () => {
        for (const [name, renderer] of sections.slice(1)) if (!this.el('result', name).contains(document.activeElement)) renderer.force();
      },
      { once: true },
    );
  }

  /** Replaces a section's output with the engine's DOM. */
  private show(name: string, build: () => Node): void {
    this.el('result', name).replaceChildren(build());
  }
}

defineWidget('credentials-encoder', CredentialsEncoder);
