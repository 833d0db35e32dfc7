/**
 * A real Prometheus for tests: started on 127.0.0.1 (free port, temporary
 * data directory), scraping the given targets every second through a
 * file_sd file (so targets can change while it runs, e.g. pods of a new
 * colour), evaluating the given rule files. Reusable by any test:
 *
 *   const prom = await startPrometheus({ targets, rules: [ruleFile()] });
 *   ... prom.url, await prom.query('up'), await prom.setTargets(next) ...
 *   await prom.stop();
 *
 * The binary is `prometheus` on PATH (Debian's 2.42 package) or
 * $PROMETHEUS_BIN; `promtool` likewise ($PROMTOOL_BIN).
 */
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export type ScrapeTarget = {
  /** `host:port` scraped at `/metrics`. */
  address: string;
  /** Target labels (e.g. app, color, namespace, pod: what the PodMonitor's relabelings add). */
  labels?: Record<string, string>;
};

export type PrometheusOptions = {
  targets?: ScrapeTarget[];
  /** Contents of rule files (`groups:` YAML). */
  rules?: string[];
  /** Default 1s. */
  scrapeInterval?: string;
  /** Default 1s. */
  evaluationInterval?: string;
};

export type PrometheusHandle = {
  url: string;
  /** Replaces the scraped targets (Prometheus picks the file change up within ~1 s). */
  setTargets(targets: ScrapeTarget[]): void;
  /** Instant query; returns the result vector. */
  query(promql: string): Promise<{ metric: Record<string, string>; value: [number, string] }[]>;
  /** Polls `check` until it returns a value that is not undefined (default deadline 30 s). */
  waitFor<T>(check: () => Promise<T | undefined>, what: string, timeoutMs?: number): Promise<T>;
  stop(): Promise<void>;
};

function toolPath(name: 'prometheus' | 'promtool'): string {
  return (name === 'prometheus' ? process.env.PROMETHEUS_BIN : process.env.PROMTOOL_BIN) || name;
}

/**
 * Whether `prometheus` and `promtool` are here. Their absence fails loudly
 * with CI=true (.ci/run installs them); locally the caller skips.
 */
export function prometheusAvailable(): boolean {
  try {
    execFileSync(toolPath('prometheus'), ['--version'], { stdio: 'ignore' });
    execFileSync(toolPath('promtool'), ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    if (process.env.CI === 'true') {
      throw new Error(
        'prometheus and promtool are required in CI (CI=true) but were not found: apt-get install -y prometheus (or set PROMETHEUS_BIN / PROMTOOL_BIN)',
      );
    }
    return false;
  }
}

export function promtool(args: string[], cwd?: string): { status: number; output: string } {
  try {
    const output = execFileSync(toolPath('promtool'), args, {
      cwd,
      encoding: 'utf8',
      stdio: 'pipe',
    });
    return { status: 0, output };
  } catch (error) {
    const e = error as { status?: number; stdout?: string; stderr?: string };
    return { status: e.status ?? 1, output: `${e.stdout ?? ''}${e.stderr ?? ''}` };
  }
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function writeTargets(file: string, targets: ScrapeTarget[]): void {
  const groups = targets.map((t) => ({ targets: [t.address], labels: t.labels ?? {} }));
  // Written then renamed, so Prometheus never reads half a file.
  writeFileSync(`${file}.tmp`, JSON.stringify(groups));
  renameSync(`${file}.tmp`, file);
}

export async function startPrometheus(options: PrometheusOptions = {}): Promise<PrometheusHandle> {
  const dir = mkdtempSync(join(tmpdir(), 'medimind-prometheus-'));
  const targetsFile = join(dir, 'targets.json');
  writeTargets(targetsFile, options.targets ?? []);
  const ruleFiles = (options.rules ?? []).map((text, i) => {
    const file = join(dir, `rules-${i}.yaml`);
    writeFileSync(file, text);
    return file;
  });
  const interval = options.scrapeInterval ?? '1s';
  writeFileSync(
    join(dir, 'prometheus.yml'),
    JSON.stringify({
      global: {
        scrape_interval: interval,
        scrape_timeout: interval,
        evaluation_interval: options.evaluationInterval ?? '1s',
      },
      rule_files: ruleFiles,
      scrape_configs: [
        {
          job_name: 'pods',
          metrics_path: '/metrics',
          file_sd_configs: [{ files: [targetsFile], refresh_interval: '1s' }],
        },
      ],
    }),
  );

  let lastError: Error | undefined;
  for (let attempt = 0; attempt < 3; attempt++) {
    const port = await freePort();
    const url = `http://127.0.0.1:${port}`;
    const log: string[] = [];
    const child: ChildProcess = spawn(
      toolPath('prometheus'),
      [
        `--config.file=${join(dir, 'prometheus.yml')}`,
        `--storage.tsdb.path=${join(dir, 'data')}`,
        `--web.listen-address=127.0.0.1:${port}`,
        '--storage.tsdb.retention.time=1h',
        '--log.level=warn',
      ],
      { stdio: ['ignore', 'ignore', 'pipe'] },
    );
    child.stderr?.on('data', (c: Buffer) => log.push(c.toString()));
    let exited = false;
    child.once('exit', () => {
      exited = true;
    });
    const deadline = Date.now() + 30_000;
    while (!exited && Date.now() < deadline) {
      try {
        if ((await fetch(`${url}/-/ready`)).ok) return handle(url, child, dir, targetsFile);
      } catch {}
      await sleep(100);
    }
    child.kill('SIGKILL');
    lastError = new Error(
      `prometheus did not become ready on ${url}:\n${log.join('').slice(-2000)}`,
    );
    // A port taken between freePort() and listen: try another.
    if (!/address already in use/.test(lastError.message)) break;
  }
  rmSync(dir, { recursive: true, force: true });
  throw lastError;
}

function handle(
  url: string,
  child: ChildProcess,
  dir: string,
  targetsFile: string,
): PrometheusHandle {
  const query: PrometheusHandle['query'] = async (promql) => {
    const res = await fetch(`${url}/api/v1/query?query=${encodeURIComponent(promql)}`);
    const body = (await res.json()) as { status: string; error?: string; data: { result: [] } };
    if (body.status !== 'success') throw new Error(`query ${promql}: ${body.error}`);
    return body.data.result;
  };
  return {
    url,
    setTargets: (targets) => writeTargets(targetsFile, targets),
    query,
    async waitFor(check, what, timeoutMs = 30_000) {
      const deadline = Date.now() + timeoutMs;
      let last: unknown;
      while (Date.now() < deadline) {
        try {
          const value = await check();
          if (value !== undefined) return value;
        } catch (error) {
          last = error;
        }
        await sleep(250);
      }
      throw new Error(`timed out waiting for ${what}${last ? `: ${String(last)}` : ''}`);
    },
    async stop() {
      if (child.exitCode === null && child.signalCode === null) {
        const exited = new Promise((r) => child.once('exit', r));
        child.kill('SIGTERM');
        const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
        await exited;
        clearTimeout(timer);
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
