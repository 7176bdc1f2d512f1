import { z } from 'astro/zod';

const spec = z
  .object({
    /** "RFC 9110", a draft name, or a vendor's document title. */
    document: z.string().min(1),
    /** e.g. "15.5.8" */
    section: z.string().optional(),
    url: z.url(),
  })
  .strict();

/** Another meaning that a vendor gives the same number (499 is nginx's and Esri's, 530 Cloudflare's and Pantheon's). */
const otherUse = z
  .object({
    phrase: z.string().min(1),
    origin: z.string().min(1),
    source: z.url().optional(),
    summary: z.string().min(10).max(240),
  })
  .strict();

/**
 * Facts about one status code, carried in the frontmatter of content/codes/NNN.mdx.
 * The build fails with zod's message, naming the field, when a page gets them wrong.
 * The facts box at the top of the page, the codes index and codes.json are all rendered from these.
 */
const statusCode = z
  .object({
    code: z.number().int().min(100).max(999),
    phrase: z.string().min(1),
    class: z.enum(['informational', 'success', 'redirection', 'client-error', 'server-error', 'nonstandard']),
    /** iana: in the IANA HTTP Status Code Registry (including "(Unused)" reservations). unofficial: a vendor's own. */
    registry: z.enum(['iana', 'unofficial']),
    /** Temporary IANA registrations (RFC 9110 §16.2.1 / BCP 100) carry dates; past `expires`, the page says it lapsed. */
    temporary: z.object({ registered: z.iso.date(), expires: z.iso.date() }).strict().optional(),
    /** For iana codes: the defining document. For unofficial codes: the vendor documentation, if any. */
    spec: spec.optional(),
    /** Older documents that defined the code, oldest first (RFC 2616 §10.4.8, RFC 7235 §3.2 ...). */
    lineage: z.array(spec).default([]),
    /** For unofficial codes: who uses the number. */
    origin: z.string().optional(),
    otherUses: z.array(otherUse).default([]),
    related: z.array(z.number().int().min(100).max(999)).default([]),
    headers: z.array(z.string().regex(/^[A-Za-z0-9-]+$/, 'a header field name')).default([]),
    /** One line for the index and codes.json. */
    summary: z.string().min(10).max(240),
  })
  .strict()
  .superRefine((value, ctx) => {
    const expected = classOf(value.code);
    if (expected !== value.class) {
      ctx.addIssue({ code: 'custom', path: ['class'], message: `status ${value.code} is in class "${expected}", not "${value.class}"` });
    }
    if (value.registry === 'iana' && !value.spec) {
      ctx.addIssue({ code: 'custom', path: ['spec'], message: 'an IANA-registered code needs its defining spec' });
    }
    if (value.registry === 'unofficial' && !value.origin) {
      ctx.addIssue({ code: 'custom', path: ['origin'], message: 'an unofficial code needs its origin (the vendor that uses it)' });
    }
    if (value.temporary && value.registry !== 'iana') {
      ctx.addIssue({ code: 'custom', path: ['temporary'], message: 'only IANA registrations can be temporary' });
    }
  });

export type StatusCodeFacts = z.infer<typeof statusCode>;

function classOf(code: number): StatusCodeFacts['class'] {
  const first = Math.floor(code / 100);
  return (['informational', 'success', 'redirection', 'client-error', 'server-error'] as const)[first - 1] ?? 'nonstandard';
}

/**
 * Extends Starlight's frontmatter: only status-code pages carry `status`; every page carries `lastVerified`,
 * the day its facts were last checked against primary sources (shown in the page footer). A page without it
 * fails the build.
 */
export const statusCodeFacts = z.object({
  status: statusCode.optional(),
  lastVerified: z.coerce.date({ error: 'every page needs lastVerified: the date (YYYY-MM-DD) its facts were last checked' }),
});
