/**
 * Shows an action's stdout the way the Actions log viewer would: workflow
 * commands rendered, values registered with ::add-mask:: replaced by ***.
 */
const COLOR = process.stdout.isTTY && !process.env.NO_COLOR;
const paint = (code: number, text: string) => (COLOR ? `\x1b[${code}m${text}\x1b[0m` : text);

function unescapeData(data: string): string {
  return data.replace(/%0A/g, '\n').replace(/%0D/g, '\r').replace(/%25/g, '%');
}

export class RunnerConsole {
  private pending = '';

  /** `secrets` may be shared, so a value masked by one step stays masked in the next. */
  constructor(
    private readonly write: (text: string) => void,
    private readonly secrets = new Set<string>(),
  ) {}

  redact(text: string): string {
    let result = text;
    // Longest first, so a secret containing another is replaced whole.
    for (const secret of [...this.secrets].filter(Boolean).sort((a, b) => b.length - a.length)) {
      result = result.split(secret).join('***');
    }
    return result;
  }

  feed(chunk: string): void {
    this.pending += chunk;
    const lines = this.pending.split('\n');
    this.pending = lines.pop() ?? '';
    for (const line of lines) this.line(line);
  }

  flush(): void {
    if (this.pending) this.line(this.pending);
    this.pending = '';
  }

  private line(raw: string): void {
    const shown = this.present(raw);
    if (shown !== undefined) this.write(`${shown}\n`);
  }

  /** What the log viewer shows for one stdout line, or undefined for nothing. */
  private present(raw: string): string | undefined {
    const match = /^::([a-z-]+)(?: ([^:]*))?::(.*)$/.exec(raw);
    if (!match) return this.redact(raw);
    const [, name, , data = ''] = match;
    if (name === 'add-mask') {
      this.secrets.add(unescapeData(data));
      return undefined;
    }
    const message = this.redact(unescapeData(data));
    switch (name) {
      case 'group':
        return paint(1, `▶ ${message}`);
      case 'endgroup':
        return undefined;
      case 'debug':
        return process.env.RUNNER_DEBUG === '1' ? paint(90, `debug: ${message}`) : undefined;
      case 'error':
        return paint(31, `Error: ${message}`);
      case 'warning':
        return paint(33, `Warning: ${message}`);
      case 'notice':
        return paint(36, `Notice: ${message}`);
      default:
        return message;
    }
  }
}

/** Job-summary markdown made readable in a terminal (HTML details flattened). */
export function renderSummary(markdown: string): string {
  return markdown
    .replace(/<details[^>]*>\s*<summary>(.*?)<\/summary>/g, (_, title: string) => `▸ ${title}`)
    .replace(/<\/details>/g, '')
    .replace(/<br\s*\/?>/g, '\n    ')
    .replace(/<\/?(b|strong|code|sub|sup)>/g, '')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
