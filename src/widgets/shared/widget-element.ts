/**
 * The one shape of every widget's custom element. A subclass names its tag and how to import its engine, and
 * wires its own fields in `setup()`; the base does the rest the same way for all six:
 * - the engine (library + view) is imported lazily: when the widget nears the viewport or is first touched;
 * - renders are debounced by input size and ticketed (an older render never overwrites a newer one), and an
 *   input identical to the last one rendered does nothing, so the output (and the copy button the reader is
 *   about to press) is not rebuilt by the `change` that fires when a field loses focus;
 * - while any render is pending (from the input event to the DOM showing that input's answer, engine load
 *   included) the element carries `data-rendering`: tests (and anything else) wait for it to go instead of
 *   guessing, so they never read the answer to the previous input;
 * - a failure never shows an engine's raw message: it names the field, its size and what to try;
 * - copy buttons (delegated), password Show/Hide, the live region and the share link.
 */
import { createAnnouncer, type Announce } from './announce';
import { wireCopyButtons, wireCopyValues } from './copy';
import { h, part, replace } from './dom';
import { wirePasswordToggles } from './password';
import { readShareState, shareUrl, type ShareState } from './share';

/** Above this many characters of input, a render waits for a pause in typing (not after a paste or a drop). */
const LARGE_INPUT = 20_000;
/** Above this many characters in one field, the widget does not try: it says which field is too large. */
const MAX_FIELD = 4_000_000;
const PAUSE_MS = 300;

/** A field the render reads: its label (for messages) and its current value. */
export interface FieldValue {
  label: string;
  value: string;
  /** The control, marked aria-invalid when it is the one that failed. */
  control?: HTMLElement;
}

export interface RenderSpec<E> {
  /** The output container the failure message goes into. */
  target: HTMLElement;
  fields: () => readonly FieldValue[];
  /** Extra state that is not a field (a select, a random nonce); part of the "unchanged" check. */
  extra?: () => string;
  run: (engine: E) => void;
}

export interface Renderer {
  /** Renders after the pause that fits the input size, unless nothing changed since the last render. */
  schedule(): void;
  /** Renders now even if nothing changed (a new random value, a setting outside the fields). */
  force(): void;
}

export interface ShareSpec {
  /** Which widget of the page a link restores (two widgets of one kind may share a page). */
  key: string;
  /** The state to put in the link; built from the parsed input, secrets only when `includeSecrets`. */
  state: (includeSecrets: boolean) => ShareState | Promise<ShareState>;
  restore: (state: ShareState) => void;
  /** What "secrets" means here, for the announcement ("the password", "the credentials"). */
  secretsName: string;
}

export abstract class WidgetElement<E> extends HTMLElement {
  protected announce: Announce = () => undefined;
  private enginePromise: Promise<E> | undefined;
  /** How many of this widget's renderers have a render pending (`data-rendering` while > 0). */
  private pendingRenders = 0;
  /** The last input was a paste or a drop: a whole input at once, so a large one need not wait for a pause in typing. */
  private wholeInput = false;

  /** The custom element's tag name. */
  protected abstract readonly tag: string;
  /** `import('./engine')`: a separate same-origin chunk. */
  protected abstract importEngine(): Promise<E>;
  /** Wires the server-rendered form; called once. */
  protected abstract setup(): void;

  connectedCallback(): void {
    if (this.dataset['ready'] !== undefined) return;
    this.dataset['ready'] = '';
    this.announce = createAnnouncer(this);
    // Capture runs before the fields' own input listeners, which schedule the render.
    this.addEventListener(
      'input',
      (event) => (this.wholeInput = event instanceof InputEvent && /^insertFrom(Paste|Drop)/.test(event.inputType)),
      { capture: true },
    );
    this.preload();
    wireCopyValues(this, this.announce);
    wireCopyButtons(this, this.announce);
    wirePasswordToggles(this);
    this.setup();
  }

  protected engine(): Promise<E> {
    return (this.enginePromise ??= this.importEngine());
  }

  /** The part of this widget's markup marked `data-<name>` (or `data-<name>="<value>"`). */
  protected el<T extends Element = HTMLElement>(name: string, value?: string): T {
    return part<T>(this, name, value);
  }

  private preload(): void {
    if ('IntersectionObserver' in window) {
      const io = new IntersectionObserver(
        (entries) => {
          if (entries.some((en) => en.isIntersecting)) {
            io.disconnect();
            void this.engine();
          }
        },
        { rootMargin: '200px' },
      );
      io.observe(this);
    }
    this.addEventListener('focusin', () => void this.engine(), { once: true });
  }

  /** A debounced, ticketed render loop over `spec`. */
  protected renderer(spec: RenderSpec<E>): Renderer {
    let ticket = 0;
    let last: string | undefined;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let pending = false;
    const start = (delay: number): void => {
      if (timer !== undefined) clearTimeout(timer);
      const mine = ++ticket;
      if (!pending) {
        pending = true;
        this.renderPending(1);
      }
      timer = setTimeout(() => {
        timer = undefined;
        void this.runRender(spec, () => mine === ticket).finally(() => {
          if (mine !== ticket) return; // a newer render is on its way and settles in its turn
          pending = false;
          this.renderPending(-1);
        });
      }, delay);
    };
    const key = (): { key: string; size: number } => {
      const fields = spec.fields();
      let size = 0;
      for (const f of fields) size += f.value.length;
      return { key: fields.map((f) => f.value).join('\u0000') + '\u0001' + (spec.extra?.() ?? ''), size };
    };
    return {
      schedule: () => {
        const now = key();
        if (now.key === last) return;
        last = now.key;
        start(now.size > LARGE_INPUT && !this.wholeInput ? PAUSE_MS : 0);
      },
      force: () => {
        last = key().key;
        start(0);
      },
    };
  }

  private renderPending(delta: 1 | -1): void {
    this.pendingRenders += delta;
    this.toggleAttribute('data-rendering', this.pendingRenders > 0);
  }

  private async runRender(spec: RenderSpec<E>, current: () => boolean): Promise<void> {
    const fields = spec.fields();
    const tooLarge = fields.find((f) => f.value.length > MAX_FIELD);
    if (tooLarge) {
      this.fail(spec.target, fields, tooLarge, `is ${count(tooLarge.value.length)} long; this tool reads at most ${count(MAX_FIELD)}`);
      return;
    }
    let engine: E;
    try {
      engine = await this.engine();
    } catch {
      if (current()) this.showFailure(spec.target, 'The tool could not load its code: reload the page and try again.');
      return;
    }
    if (!current()) return; // a newer input is on its way
    try {
      spec.run(engine);
    } catch (error) {
      // The largest field is the likely cause; the engine's own message is not shown (it means nothing to a reader).
      const largest = fields.reduce<FieldValue | undefined>(
        (a, f) => (a === undefined || f.value.length > a.value.length ? f : a),
        undefined,
      );
      const why = error instanceof RangeError ? 'is too large or too deeply nested to read here' : 'has something this tool could not read';
      this.fail(spec.target, fields, largest, `(${count(largest?.value.length ?? 0)}) ${why}: try a shorter part of it`);
    }
  }

  private fail(target: HTMLElement, fields: readonly FieldValue[], field: FieldValue | undefined, why: string): void {
    for (const f of fields) f.control?.setAttribute('aria-invalid', String(f === field));
    this.showFailure(target, `${field ? `“${field.label}”` : 'The input'} ${why}.`);
  }

  private showFailure(target: HTMLElement, message: string): void {
    replace(target, h('p', { class: 'w-error', 'data-failure': '' }, message));
    this.announce(message);
  }

  /** Wires `[data-share]` (and the optional `[data-share-secrets]` box) and restores a shared state on load. */
  protected wireShare(spec: ShareSpec): void {
    const button = this.el<HTMLButtonElement>('share');
    const box = this.querySelector<HTMLInputElement>('[data-share-secrets]');
    button.addEventListener('click', async () => {
      const include = box?.checked ?? false;
      let url: string;
      try {
        url = shareUrl(spec.key, await spec.state(include));
      } catch {
        this.announce('Could not build the share link');
        return;
      }
      const message = box ? `Share link copied, ${include ? 'with' : 'without'} ${spec.secretsName}` : 'Share link copied';
      writeClipboard(url).then(
        () => this.announce(message),
        () => this.announce('Could not copy the share link'),
      );
    });
    const shared = readShareState(spec.key);
    if (!shared) return;
    spec.restore(shared);
    if (shared['withheld'] === '1') {
      const note = h(
        'p',
        { class: 'w-note', 'data-share-note': '' },
        `This link was shared without ${spec.secretsName}: they were left out and show as “withheld”.`,
      );
      button.closest('.w-row')?.before(note) ?? this.prepend(note);
    }
  }
}

/** navigator.clipboard.writeText, as a promise that rejects instead of throwing (no clipboard API, no permission). */
function writeClipboard(text: string): Promise<void> {
  try {
    return navigator.clipboard.writeText(text);
  } catch (error) {
    return Promise.reject(error instanceof Error ? error : new Error('no clipboard'));
  }
}

function count(n: number): string {
  return `${n.toLocaleString('en')} character${n === 1 ? '' : 's'}`;
}

/** Defines the element once (a page may load the script twice). */
export function defineWidget(tag: string, ctor: CustomElementConstructor): void {
  if (!customElements.get(tag)) customElements.define(tag, ctor);
}
