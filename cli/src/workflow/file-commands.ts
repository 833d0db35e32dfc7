/**
 * The runner's file commands (GITHUB_OUTPUT, GITHUB_ENV): `name=value` lines
 * and `name<<DELIMITER` blocks, as actions/toolkit and shell steps write them.
 */
export function parseFileCommands(text: string, file: string): Record<string, string> {
  const result: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.replace(/\r$/, '');
    if (!line.trim()) continue;
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line);
    if (heredoc) {
      const [, name, delimiter] = heredoc;
      const end = lines.findIndex((l, j) => j > i && l.replace(/\r$/, '') === delimiter);
      if (end < 0) throw new Error(`${file}: "${name}<<${delimiter}" is never closed`);
      result[name!] = lines.slice(i + 1, end).join('\n');
      i = end;
      continue;
    }
    const at = line.indexOf('=');
    if (at <= 0)
      throw new Error(`${file}: invalid line "${line}" (expected name=value or name<<DELIMITER)`);
    result[line.slice(0, at)] = line.slice(at + 1);
  }
  return result;
}
