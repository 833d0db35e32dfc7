/**
 * One step's log as the Actions UI shows it: `::group::` sections folded to
 * their title (the UI collapses them), everything else and every error or
 * warning shown, workflow commands rendered and masks applied by
 * RunnerConsole. The whole log, unfolded, goes to a file; when the step fails
 * the last lines of its last group are shown too.
 */
import { appendFileSync } from 'node:fs';
import { RunnerConsole } from '../terminal';

const TAIL = 25;

export class StepLog {
  private readonly console: RunnerConsole;
  private pending = '';
  private folding = false;
  private group: string[] = [];

  constructor(
    private readonly show: (text: string) => void,
    masks: Set<string>,
    readonly file: string,
    private readonly verbose = false,
  ) {
    appendFileSync(file, '');
    this.console = new RunnerConsole((text) => this.sink(text), masks);
  }

  private sink(text: string): void {
    appendFileSync(this.file, text);
    if (this.folding && !/^(Error|Warning): /.test(text)) this.group.push(text);
    else this.show(text);
  }

  feed(chunk: string): void {
    this.pending += chunk;
    const lines = this.pending.split('\n');
    this.pending = lines.pop() ?? '';
    for (const line of lines) this.line(line);
  }

  private line(raw: string): void {
    const group = raw.startsWith('::group::');
    if (group) this.folding = false;
    this.console.feed(`${raw}\n`);
    if (group && !this.verbose) {
      this.folding = true;
      this.group = [];
    }
    if (raw.startsWith('::endgroup::')) this.folding = false;
  }

  flush(): void {
    if (this.pending) this.line(this.pending);
    this.pending = '';
  }

  redact(text: string): string {
    return this.console.redact(text);
  }

  /** After a failure: the end of the last folded group, where the cause usually is. */
  showTail(): void {
    if (this.group.length === 0) return;
    const tail = this.group.slice(-TAIL);
    this.show(`── last ${tail.length} lines of the folded group (all: ${this.file})\n`);
    for (const line of tail) this.show(line);
  }
}
