import { setSecret } from '@actions/core';

const registered = new Set<string>();

/**
 * Forms a secret commonly takes on its way to a log: the runner masks line by line and does
 * not know that base64 or URL encoding of a secret is the same secret.
 */
export function derivedForms(secret: string): string[] {
  const forms = new Set<string>([secret]);
  for (const line of secret.split(/\r?\n/)) if (line.trim().length >= 4) forms.add(line.trim());
  forms.add(Buffer.from(secret, 'utf8').toString('base64'));
  // encodeURIComponent throws on a lone surrogate; such text has no URL-encoded form to leak.
  if (!/[\ud800-\udfff]/.test(secret.replace(/[\ud800-\udbff][\udc00-\udfff]/g, '')))
    forms.add(encodeURIComponent(secret));
  forms.add(JSON.stringify(secret).slice(1, -1));
  return [...forms].filter((f) => f.length >= 4 || f === secret);
}

/** Registers a secret and its derived forms through `core.setSecret`; returns what was added. */
export function maskSecret(secret: string | undefined): string[] {
  if (!secret) return [];
  const added: string[] = [];
  for (const form of derivedForms(secret)) {
    if (registered.has(form)) continue;
    registered.add(form);
    // Lines under 4 characters (a lone "}" of a JSON key) would mask that text everywhere.
    const lines = form.split(/\r?\n/).filter((line) => line.trim().length >= 4 || line === form);
    for (const line of lines) if (line) setSecret(line);
    added.push(form);
  }
  return added;
}

/** Every registered secret form replaced by ***: for text we write to files the runner does not mask. */
export function redact(text: string, extra: Iterable<string> = []): string {
  const forms = [...registered, ...extra].filter(Boolean).sort((a, b) => b.length - a.length);
  let out = text;
  for (const form of forms) out = out.split(form).join('***');
  return out;
}
