/** Lines of `name=ref` image references, as blue-green's `images` input; blank and `#` lines dropped. */
export function imageLines(text: string): { name: string; ref: string }[] {
  return text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'))
    .map((l) => {
      const at = l.indexOf('=');
      return {
        name: at > 0 ? l.slice(0, at).trim() : '',
        ref: at > 0 ? l.slice(at + 1).trim() : l,
      };
    });
}
