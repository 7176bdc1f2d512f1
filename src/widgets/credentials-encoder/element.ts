/**
 * <credentials-encoder>: takes over the server-rendered forms (CredentialsEncoder.astro). Randomness lives
 * here, not in the library: the Digest cnonce and the NTLM client challenge come from crypto.getRandomValues,
 * on load and whenever the user asks for new ones, and are shown. The engine (library + views) is loaded on
 * first use. Nothing is sent or stored.
 */
import { createAnnouncer } from '../shared/announce';
import { wireCopyValues } from '../shared/copy';
import { h, part, replace } from '../shared/dom';
import { wirePasswordToggles } from '../shared/password';

const TAG = 'credentials-encoder';
type Engine = typeof import('./engine');
let engine: Promise<Engine> | undefined;
const loadEngine = () => (engine ??= import('./engine'));

function randomHex(bytes: number): string {
  const a = new Uint8Array(bytes);
  crypto.getRandomValues(a);
  return [...a].map((b) => b.toString(16).padStart(2, '0')).join('');
}

class CredentialsEncoder extends HTMLElement {
  connectedCallback(): void {
    if (this.dataset['ready'] !== undefined) return;
    this.dataset['ready'] = '';
    const announce = createAnnouncer(this);
    const field = <T extends HTMLElement = HTMLInputElement>(name: string) => part<T>(this, 'field', name);
    const value = (name: string) => field<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>(name).value;
    const revealed = (name: string) => field(name).type === 'text';
    let cnonce = randomHex(16);
    let clientChallenge = randomHex(8);

    const guard = (target: HTMLElement, fn: () => Node) => {
      try {
        replace(target, fn());
      } catch (error) {
        replace(target, h('p', { class: 'w-error' }, `Could not compute: ${error instanceof Error ? error.message : String(error)}`));
      }
    };
    const renderBasic = async () => {
      const e = await loadEngine();
      guard(part(this, 'result', 'basic'), () =>
        e.renderBasic({
          user: value('basic-user'),
          password: value('basic-password'),
          charset: value('basic-charset') === 'latin1' ? 'latin1' : 'utf-8',
          proxy: value('basic-proxy'),
          reveal: revealed('basic-password'),
        }),
      );
      announce('Basic credentials updated');
    };
    const renderDigest = async () => {
      const e = await loadEngine();
      guard(part(this, 'result', 'digest'), () =>
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
      announce('Digest header updated');
    };
    const renderNtlm = async () => {
      const e = await loadEngine();
      guard(part(this, 'result', 'ntlm'), () =>
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
      announce('NTLM messages updated');
    };
    const sections: [string, () => Promise<void>][] = [
      ['basic', renderBasic],
      ['digest', renderDigest],
      ['ntlm', renderNtlm],
    ];
    for (const [name, render] of sections) {
      const section = part(this, 'section', name);
      section.addEventListener('input', () => void render());
      section.addEventListener('change', () => void render());
    }
    wirePasswordToggles(this);
    // After the toggles (registered first): re-render so outputs follow the Show state.
    this.addEventListener('click', (event) => {
      const button = (event.target as Element | null)?.closest<HTMLButtonElement>('button[data-show-password]');
      if (!button) return;
      const name = button.dataset['showPassword'] ?? '';
      for (const [section, render] of sections) if (name.includes(section)) void render();
    });
    part<HTMLButtonElement>(this, 'new-cnonce').addEventListener('click', () => {
      cnonce = randomHex(16);
      void renderDigest();
    });
    part<HTMLButtonElement>(this, 'new-client-challenge').addEventListener('click', () => {
      clientChallenge = randomHex(8);
      void renderNtlm();
    });
    wireCopyValues(this, announce);
    // The server-rendered example used fixed example values; switch to fresh random ones when the engine is there.
    // (A result holding the focus is left alone, so keyboard users do not lose their place.)
    this.addEventListener(
      'focusin',
      () => {
        for (const [name, render] of sections.slice(1)) if (!part(this, 'result', name).contains(document.activeElement)) void render();
      },
      { once: true },
    );
  }
}

if (!customElements.get(TAG)) customElements.define(TAG, CredentialsEncoder);
