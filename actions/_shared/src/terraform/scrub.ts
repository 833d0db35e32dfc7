/** Replaces every hidden value in text captured from terraform, before we print it. */
export function scrub(text: string, hidden: Iterable<string>): string {
  const values = [...hidden].filter((v) => v.length >= 3).sort((a, b) => b.length - a.length);
  if (values.length === 0 || !text) return text;
  let out = text;
  for (const value of values) if (out.includes(value)) out = out.split(value).join('***');
  return out;
}
