/**
 * `medimind sandbox`: start the sandbox, print where it is, run until SIGINT/SIGTERM.
 */
import {
  type AppBehaviour,
  type DataPlaneOptions,
  DEFAULT_TIMING,
  type SandboxTiming,
  startSandbox,
} from './index';

const USAGE = `Usage: medimind sandbox [options]

Starts the MediMind Kubernetes sandbox (API server, controllers, data plane) on 127.0.0.1
and runs until interrupted (Ctrl-C / SIGTERM).

Options:
  --kubeconfig <path>     write the kubeconfig here (default: a temporary file)
  --port <n>              API server port (default: a random free port)
  --namespace <ns>        namespace of the kubeconfig context (default: default)
  --ready-delay <ms>      containers running -> Ready (default ${DEFAULT_TIMING.podReadyDelayMs})
  --endpoint-lag <ms>     EndpointSlice -> a node's kube-proxy, at least (default ${DEFAULT_TIMING.endpointLagMs})
  --endpoint-lag-tail <ms>  mean exponential tail per node per change (default ${DEFAULT_TIMING.endpointLagTailMs})
  --endpoint-lag-max <ms> cap on one node's lag (default ${DEFAULT_TIMING.endpointLagMaxMs})
  --data-plane <l4|l7>    per-connection like kube-proxy (l4, default) or per request (l7)
  --nodes <n>             simulated nodes / kube-proxies (default 3)
  --dead-endpoint <refuse|blackhole>  connections to a gone pod (default refuse)
  --sigterm <graceful|exit|ignore>    the pods' SIGTERM policy (default graceful)
  --time-scale <x>        multiplier for spec durations, e.g. 0.1 (default ${DEFAULT_TIMING.timeScale})
  --no-operator-crds      do not pre-install External Secrets / Prometheus Operator CRDs
  -h, --help              show this help
`;

export class SandboxCliError extends Error {}

interface CliOptions {
  kubeconfigPath?: string;
  port?: number;
  namespace?: string;
  timing: Partial<SandboxTiming>;
  dataPlane: Partial<DataPlaneOptions>;
  app: Partial<AppBehaviour>;
  operatorCrds: boolean;
  help: boolean;
}

function num(flag: string, v: string | undefined, { integer = false } = {}): number {
  const n = Number(v);
  if (
    v === undefined ||
    v === '' ||
    !Number.isFinite(n) ||
    n < 0 ||
    (integer && !Number.isInteger(n))
  ) {
    throw new SandboxCliError(
      `${flag} needs a ${integer ? 'whole ' : ''}number >= 0 (got ${v === undefined ? 'nothing' : `"${v}"`})`,
    );
  }
  return n;
}

export function parseSandboxArgs(argv: string[]): CliOptions {
  const o: CliOptions = { timing: {}, dataPlane: {}, app: {}, operatorCrds: true, help: false };
  const oneOf = <T extends string>(
    flag: string,
    v: string | undefined,
    allowed: readonly T[],
  ): T => {
    if (!v || !(allowed as readonly string[]).includes(v))
      throw new SandboxCliError(`${flag} must be one of ${allowed.join(', ')} (got "${v ?? ''}")`);
    return v as T;
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const [flag, inline] =
      a.startsWith('--') && a.includes('=')
        ? [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)]
        : [a, undefined];
    const value = () => inline ?? argv[++i];
    switch (flag) {
      case '-h':
      case '--help':
        o.help = true;
        break;
      case '--kubeconfig': {
        const v = value();
        if (!v) throw new SandboxCliError('--kubeconfig needs a path');
        o.kubeconfigPath = v;
        break;
      }
      case '--port':
        o.port = num('--port', value(), { integer: true });
        if (o.port > 65535) throw new SandboxCliError('--port must be between 0 and 65535');
        break;
      case '--namespace': {
        const v = value();
        if (!v || !/^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/.test(v))
          throw new SandboxCliError(`--namespace needs a DNS label (got "${v ?? ''}")`);
        o.namespace = v;
        break;
      }
      case '--ready-delay':
        o.timing.podReadyDelayMs = num('--ready-delay', value());
        break;
      case '--endpoint-lag':
        o.timing.endpointLagMs = num('--endpoint-lag', value());
        break;
      case '--endpoint-lag-tail':
        o.timing.endpointLagTailMs = num('--endpoint-lag-tail', value());
        break;
      case '--endpoint-lag-max':
        o.timing.endpointLagMaxMs = num('--endpoint-lag-max', value());
        break;
      case '--data-plane':
        o.dataPlane.mode = oneOf('--data-plane', value(), ['l4', 'l7'] as const);
        break;
      case '--nodes':
        o.dataPlane.nodes = num('--nodes', value(), { integer: true });
        if (o.dataPlane.nodes < 1 || o.dataPlane.nodes > 64)
          throw new SandboxCliError('--nodes must be between 1 and 64');
        break;
      case '--dead-endpoint':
        o.dataPlane.deadEndpoint = oneOf('--dead-endpoint', value(), [
          'refuse',
          'blackhole',
        ] as const);
        break;
      case '--sigterm':
        o.app.sigtermPolicy = oneOf('--sigterm', value(), ['graceful', 'exit', 'ignore'] as const);
        break;
      case '--time-scale':
        o.timing.timeScale = num('--time-scale', value());
        break;
      case '--no-operator-crds':
        o.operatorCrds = false;
        break;
      default:
        throw new SandboxCliError(`unknown option "${a}" (see --help)`);
    }
  }
  return o;
}

/**
 * Run the sandbox CLI. Resolves with the exit code once a signal (or `signal`) stops it.
 * `out`/`err` default to the process streams.
 */
export async function runSandboxCli(
  argv: string[],
  io: { out?: (s: string) => void; err?: (s: string) => void; signal?: AbortSignal } = {},
): Promise<number> {
  const out = io.out ?? ((s: string) => process.stdout.write(s));
  const err = io.err ?? ((s: string) => process.stderr.write(s));
  let opts: CliOptions;
  try {
    opts = parseSandboxArgs(argv);
  } catch (e) {
    if (e instanceof SandboxCliError) {
      err(`medimind sandbox: ${e.message}\n`);
      return 2;
    }
    throw e;
  }
  if (opts.help) {
    out(USAGE);
    return 0;
  }
  const sb = await startSandbox({
    kubeconfigPath: opts.kubeconfigPath,
    port: opts.port,
    namespace: opts.namespace,
    timing: opts.timing,
    dataPlane: opts.dataPlane,
    app: opts.app,
    operatorCrds: opts.operatorCrds,
  });
  out(`MediMind sandbox running\n  server:     ${sb.server}\n  kubeconfig: ${sb.kubeconfigPath}\n`);
  out(
    `  try:        KUBECONFIG=${sb.kubeconfigPath} kubectl apply -k k8s/overlays/staging --validate=false\n`,
  );
  out('Service addresses appear below as Services are created. Ctrl-C to stop.\n');
  const printed = new Set<string>();
  const poll = setInterval(async () => {
    for (const s of await sb.dataPlane.services()) {
      const key = `${s.namespace}/${s.name}:${s.port}`;
      if (printed.has(key)) continue;
      printed.add(key);
      out(`  service ${key} -> ${s.url}\n`);
    }
  }, 250);
  await new Promise<void>((resolve) => {
    const done = () => {
      process.off('SIGINT', done);
      process.off('SIGTERM', done);
      io.signal?.removeEventListener('abort', done);
      resolve();
    };
    process.once('SIGINT', done);
    process.once('SIGTERM', done);
    if (io.signal?.aborted) done();
    else io.signal?.addEventListener('abort', done, { once: true });
  });
  clearInterval(poll);
  await sb.stop();
  out('MediMind sandbox stopped\n');
  return 0;
}
