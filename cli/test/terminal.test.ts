import { describe, expect, it } from 'vitest';
import { RunnerConsole, renderSummary } from '../src/terminal';

function render(chunks: string[]): string {
  let out = '';
  const console = new RunnerConsole((t) => {
    out += t;
  });
  for (const chunk of chunks) console.feed(chunk);
  console.flush();
  return out;
}

describe('RunnerConsole', () => {
  it('hides masked values in later lines, even when split across chunks', () => {
    const canary = 'CANARY-s3cr3t-7f1d';
    const out = render([
      `::add-mask::${canary}\nfirst ${canary.slice(0, 6)}`,
      `${canary.slice(6)} end\n`,
      `::error::bad ${canary}\n`,
    ]);
    expect(out).not.toContain(canary);
    expect(out).toContain('first *** end');
    expect(out).toContain('Error: bad ***');
  });

  it('renders groups and annotations, unescaping data', () => {
    const out = render(['::group::Plan\n', '::warning::a%0Ab\n', '::endgroup::\n', 'plain\n']);
    expect(out).toBe('▶ Plan\nWarning: a\nb\nplain\n');
  });
});

describe('renderSummary', () => {
  it('flattens details blocks and line breaks', () => {
    expect(
      renderSummary('<details><summary>Changes</summary>\n\n| a | b<br>c |\n\n</details>'),
    ).toBe('▸ Changes\n\n| a | b\n    c |');
  });
});
