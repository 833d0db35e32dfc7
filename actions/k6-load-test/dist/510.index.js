"use strict";
exports.id = 510;
exports.ids = [510];
exports.modules = {

/***/ 94510:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  loadTest: () => (/* binding */ loadTest)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./actions/_shared/src/cancel.ts
var cancel = __webpack_require__(25012);
// EXTERNAL MODULE: ./actions/_shared/src/errors.ts
var errors = __webpack_require__(28065);
// EXTERNAL MODULE: ./actions/_shared/src/runner.ts
var runner = __webpack_require__(62808);
;// CONCATENATED MODULE: ./actions/_shared/src/log.ts

/** Runs one phase inside a collapsible log group and reports how long it took. */
async function group(name, fn, now = Date.now) {
    (0,runner/* startGroup */.Oh)(name);
    const started = now();
    try {
        return await fn();
    }
    finally {
        (0,runner/* info */.pq)(`${name}: ${formatElapsed(now() - started)}`);
        (0,runner/* endGroup */.N4)();
    }
}
function formatElapsed(ms) {
    return ms < 1000 ? `${Math.round(ms)} ms` : `${(ms / 1000).toFixed(1)} s`;
}

;// CONCATENATED MODULE: ./actions/_shared/src/outputs.ts

/** Sets every output of an action from one typed record. */
function setOutputs(values) {
    for (const [name, value] of Object.entries(values))
        (0,runner/* setOutput */.uH)(name, String(value));
}

// EXTERNAL MODULE: ./actions/_shared/src/run-action.ts
var run_action = __webpack_require__(59496);
;// CONCATENATED MODULE: ./actions/_shared/src/summary.ts
/**
 * Job summary: plain markdown built here, written through @actions/core's
 * summary (imported only when a summary is written, to keep start-up fast).
 */

function escapeCell(value) {
    return value.replace(/\|/g, '\\|').replace(/\r?\n/g, '<br>');
}
function table(header, rows) {
    const line = (cells) => `| ${cells.map(escapeCell).join(' | ')} |`;
    return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}
function details(summaryText, body, open = false) {
    return `<details${open ? ' open' : ''}><summary>${summaryText}</summary>\n\n${body}\n\n</details>`;
}
function codeBlock(body, language = '') {
    const fence = body.includes('```') ? '~~~~' : '```';
    return `${fence}${language}\n${body}\n${fence}`;
}
/** Appends markdown to the job summary; a no-op outside the runner. */
async function writeSummary(markdown, env = process.env) {
    if (!env.GITHUB_STEP_SUMMARY) {
        (0,runner/* debug */.Yz)('GITHUB_STEP_SUMMARY is not set; skipping the job summary');
        return;
    }
    const { summary } = await Promise.all(/* import() */[__webpack_require__.e(752), __webpack_require__.e(58)]).then(__webpack_require__.bind(__webpack_require__, 46058));
    await summary.addRaw(markdown, true).write();
}

// EXTERNAL MODULE: ./actions/k6-load-test/src/constants.ts
var constants = __webpack_require__(72660);
;// CONCATENATED MODULE: ./actions/k6-load-test/src/analysis.ts

const round = (n, digits = 2) => Number.isFinite(n) ? Number(n.toFixed(digits)) : Number.NaN;
function groupResults(agg) {
    return [...agg.groups.values()]
        .filter((g) => g.latency.count > 0 || g.requests > 0)
        .map((g) => ({
        service: g.service,
        scenario: g.scenario,
        requests: g.requests,
        errorRate: round(g.errorRate, 6),
        rps: round(g.rps),
        droppedIterations: g.dropped,
        latencyMs: {
            p50: round(g.latency.quantile(0.5)),
            p90: round(g.latency.quantile(0.9)),
            p95: round(g.latency.quantile(0.95)),
            p99: round(g.latency.quantile(0.99)),
            min: round(g.latency.min),
            max: round(g.latency.max),
            avg: round(g.latency.sum / Math.max(1, g.latency.count)),
        },
        timeline: timelineOf(g, agg.options.bucketMs),
        samples: g.sample.values.map((v) => round(v, 3)),
    }))
        .sort((a, b) => a.service.localeCompare(b.service) || a.scenario.localeCompare(b.scenario));
}
function timelineOf(g, bucketMs) {
    const indexes = [...g.timeline.keys()].sort((a, b) => a - b);
    const first = indexes[0] ?? 0;
    return indexes.map((i) => {
        const b = g.timeline.get(i);
        return {
            t: ((i - first) * bucketMs) / 1000,
            rps: round(b.requests / (bucketMs / 1000)),
            p95: round(b.latency.quantile(0.95)),
            errorRate: b.failedPoints ? round(b.failed / b.failedPoints, 6) : 0,
            requests: b.requests,
        };
    });
}
function merged(results, service) {
    return results.filter((r) => r.service === service);
}
function sloChecks(slo, results) {
    const checks = [];
    for (const s of slo.services) {
        for (const r of merged(results, s.name)) {
            for (const [p, target] of Object.entries(s.latencyMs)) {
                const observed = r.latencyMs[p];
                checks.push({
                    service: r.service,
                    objective: `${p} latency`,
                    target: `< ${target} ms`,
                    observed: `${observed} ms`,
                    passed: observed < target,
                });
            }
            checks.push({
                service: r.service,
                objective: 'error rate',
                target: `< ${percent(s.errorRate)}`,
                observed: percent(r.errorRate),
                passed: r.errorRate < s.errorRate,
            });
        }
    }
    return checks;
}
function percent(ratio) {
    return `${Number((ratio * 100).toPrecision(3))} %`;
}
/** The arrival rate a profile asks of a service, if it is rate-driven. */
function targetRps(s, slo, profile) {
    const rate = slo.profiles[profile]?.rate;
    if (!s.throughputRps || !rate || profile === 'stress')
        return undefined;
    return Math.max(1, Math.ceil(s.throughputRps * rate));
}
function throughputChecks(slo, profile, results) {
    const checks = [];
    for (const s of slo.services) {
        const target = targetRps(s, slo, profile);
        if (target === undefined)
            continue;
        for (const r of merged(results, s.name)) {
            checks.push({
                service: s.name,
                targetRps: target,
                achievedRps: r.rps,
                // Not "no dropped iterations": a few drop while VUs warm up; dropped ones
                // lower the achieved rate anyway, and their count is in the results.
                reached: r.rps >= target * constants/* THROUGHPUT_TOLERANCE */.xb,
            });
        }
    }
    return checks;
}
/** Buckets with fewer requests than this say nothing about a percentile. */
const KNEE_MIN_REQUESTS = 20;
function kneeOf(s, r) {
    const p95Target = s.latencyMs.p95;
    let holds;
    for (const point of r.timeline) {
        if (point.requests < KNEE_MIN_REQUESTS)
            continue;
        const latencyBroke = p95Target !== undefined && point.p95 >= p95Target;
        const errorsBroke = point.errorRate >= s.errorRate;
        if (latencyBroke || errorsBroke) {
            return {
                service: s.name,
                holdsUpToRps: holds,
                brokeAtRps: point.rps,
                broken: latencyBroke
                    ? `p95 ${point.p95} ms ≥ ${p95Target} ms at t=${point.t}s`
                    : `error rate ${percent(point.errorRate)} ≥ ${percent(s.errorRate)} at t=${point.t}s`,
            };
        }
        holds = Math.max(holds ?? 0, point.rps);
    }
    return { service: s.name, holdsUpToRps: holds, brokeAtRps: undefined, broken: undefined };
}
function knees(slo, results) {
    return slo.services.flatMap((s) => merged(results, s.name).map((r) => kneeOf(s, r)));
}

;// CONCATENATED MODULE: ./actions/k6-load-test/src/regression.ts
/**
 * Regression against a baseline: the one-sided Mann–Whitney U test on
 * per-request latency samples (does the current run tend to be slower?) AND a
 * minimum effect on p95 (is it slower by enough to matter?). Significance
 * alone flags trivial shifts on large samples; effect alone flags noise on
 * small ones. Both must hold.
 */
const DEFAULT_REGRESSION = {
    alpha: 0.01,
    minEffect: 0.1,
    minSamples: 30,
};
function quantileOf(values, q) {
    if (values.length === 0)
        return Number.NaN;
    const sorted = [...values].sort((a, b) => a - b);
    const pos = (sorted.length - 1) * q;
    const lo = Math.floor(pos);
    const hi = Math.ceil(pos);
    return sorted[lo] + (sorted[hi] - sorted[lo]) * (pos - lo);
}
/** U of `current` over `baseline` with mid-ranks for ties, and its normal approximation. */
function mannWhitney(baseline, current) {
    const n1 = current.length;
    const n2 = baseline.length;
    const all = [
        ...current.map((v) => ({ v, cur: true })),
        ...baseline.map((v) => ({ v, cur: false })),
    ].sort((a, b) => a.v - b.v);
    let rankSumCurrent = 0;
    let tieTerm = 0;
    for (let i = 0; i < all.length;) {
        let j = i;
        while (j + 1 < all.length && all[j + 1].v === all[i].v)
            j++;
        const midRank = (i + j) / 2 + 1;
        const t = j - i + 1;
        if (t > 1)
            tieTerm += t ** 3 - t;
        for (let k = i; k <= j; k++)
            if (all[k].cur)
                rankSumCurrent += midRank;
        i = j + 1;
    }
    const u = rankSumCurrent - (n1 * (n1 + 1)) / 2;
    const n = n1 + n2;
    const mean = (n1 * n2) / 2;
    const variance = ((n1 * n2) / 12) * (n + 1 - tieTerm / (n * (n - 1)));
    // Continuity correction towards the mean.
    const z = variance > 0 ? (u - mean - 0.5) / Math.sqrt(variance) : 0;
    return { u, z, pValue: 1 - normalCdf(z) };
}
/** Φ(z) via the Abramowitz–Stegun erfc approximation (error < 1.5e-7). */
function normalCdf(z) {
    const x = Math.abs(z) / Math.SQRT2;
    const t = 1 / (1 + 0.3275911 * x);
    const poly = t *
        (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429))));
    const erfc = poly * Math.exp(-x * x);
    return z >= 0 ? 1 - erfc / 2 : erfc / 2;
}
function compareSamples(service, baseline, current, options = DEFAULT_REGRESSION) {
    const baselineP95 = quantileOf(baseline, 0.95);
    const currentP95 = quantileOf(current, 0.95);
    const p95Change = currentP95 / baselineP95 - 1;
    const enough = baseline.length >= options.minSamples && current.length >= options.minSamples;
    const { u, z, pValue } = enough ? mannWhitney(baseline, current) : { u: 0, z: 0, pValue: 1 };
    return {
        service,
        baselineN: baseline.length,
        currentN: current.length,
        baselineP95,
        currentP95,
        p95Change,
        u,
        z,
        pValue,
        regression: enough && pValue < options.alpha && p95Change >= options.minEffect,
    };
}

;// CONCATENATED MODULE: ./actions/k6-load-test/src/baseline.ts
/**
 * The baseline: an earlier run's results file (e.g. last night's artifact,
 * downloaded into a directory). The newest results document of the same
 * profile found there (up to three levels deep) is the one compared against.
 */




function jsonFiles(dir, depth) {
    if (depth < 0)
        return [];
    return (0,external_node_fs_.readdirSync)(dir, { withFileTypes: true }).flatMap((e) => {
        const path = (0,external_node_path_.join)(dir, e.name);
        if (e.isDirectory())
            return jsonFiles(path, depth - 1);
        return e.isFile() && e.name.endsWith('.json') && (0,external_node_fs_.statSync)(path).size < 64 << 20 ? [path] : [];
    });
}
function findBaseline(path, profile) {
    if (!(0,external_node_fs_.existsSync)(path))
        return undefined;
    const candidates = (0,external_node_fs_.statSync)(path).isDirectory() ? jsonFiles(path, 3) : [path];
    let best;
    for (const file of candidates) {
        let document;
        try {
            document = JSON.parse((0,external_node_fs_.readFileSync)(file, 'utf8'));
        }
        catch {
            continue;
        }
        if (document?.schema !== constants/* RESULTS_SCHEMA */.Bi || document.profile !== profile)
            continue;
        if (!best || document.endedAt > best.document.endedAt)
            best = { file, document };
    }
    return best;
}
/** Each service/scenario of this run against the same one in the baseline. */
function compareWithBaseline(path, profile, results, minEffect) {
    const found = findBaseline(path, profile);
    if (!found) {
        return {
            file: undefined,
            evidence: [],
            note: `No ${profile} results in ${path}: nothing compared (the first run becomes the baseline).`,
        };
    }
    const evidence = results.flatMap((r) => {
        const before = found.document.services.find((b) => b.service === r.service && b.scenario === r.scenario);
        return before
            ? [
                compareSamples(r.service, before.samples, r.samples, {
                    alpha: 0.01,
                    minEffect,
                    minSamples: 30,
                }),
            ]
            : [];
    });
    return {
        file: found.file,
        evidence,
        note: evidence.length ? undefined : `No service in ${found.file} matches this run.`,
    };
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(57075);
// EXTERNAL MODULE: external "node:stream/promises"
var promises_ = __webpack_require__(46466);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
;// CONCATENATED MODULE: ./actions/_shared/src/exec.ts
/**
 * Child processes that take part in cancellation: when the action's signal
 * aborts, the child receives the same signal (SIGINT lets terraform release its
 * state lock), then SIGKILL if it has not exited after a grace period.
 * Not @actions/exec: it cannot forward signals or take an AbortSignal.
 */


/**
 * The environment a child process gets: ours without the action's inputs (they
 * can hold the GitHub token) or the runner's OIDC and cache tokens, since
 * children such as terraform run code from the pull request under review.
 */
function childEnvironment(env) {
    return Object.fromEntries(Object.entries(env).filter(([key]) => !key.startsWith('INPUT_') &&
        key !== 'ACTIONS_ID_TOKEN_REQUEST_TOKEN' &&
        key !== 'ACTIONS_RUNTIME_TOKEN'));
}
function execute(file, args, options = {}) {
    const { output = 'tee', signal, killGraceMs = 30_000 } = options;
    return new Promise((resolve, reject) => {
        const child = (0,external_node_child_process_.spawn)(file, args, {
            cwd: options.cwd,
            env: childEnvironment(options.env ?? process.env),
            stdio: [
                options.input === undefined ? 'ignore' : 'pipe',
                output === 'inherit' ? 'inherit' : 'pipe',
                output === 'inherit' ? 'inherit' : 'pipe',
            ],
        });
        const stdout = [];
        const stderr = [];
        child.stdout?.on('data', (chunk) => {
            stdout.push(chunk);
            if (output === 'tee')
                process.stdout.write(chunk);
        });
        child.stderr?.on('data', (chunk) => {
            stderr.push(chunk);
            if (output === 'tee')
                process.stderr.write(chunk);
        });
        if (options.input !== undefined)
            child.stdin?.end(options.input);
        let killTimer;
        const onAbort = () => {
            const reason = signal?.reason;
            const forwarded = reason instanceof cancel/* CancelledError */.cc && reason.signal !== 'deadline' ? reason.signal : 'SIGINT';
            child.kill(forwarded);
            killTimer = setTimeout(() => child.kill('SIGKILL'), killGraceMs);
            killTimer.unref();
        };
        if (signal?.aborted)
            onAbort();
        else
            signal?.addEventListener('abort', onAbort, { once: true });
        child.on('error', (error) => {
            signal?.removeEventListener('abort', onAbort);
            if (error.code === 'ENOENT')
                reject(new Error(`${file} was not found on PATH`));
            else
                reject(error);
        });
        child.on('close', (exitCode, exitSignal) => {
            signal?.removeEventListener('abort', onAbort);
            if (killTimer)
                clearTimeout(killTimer);
            resolve({
                exitCode,
                signal: exitSignal,
                stdout: Buffer.concat(stdout).toString('utf8'),
                stderr: Buffer.concat(stderr).toString('utf8'),
            });
        });
    });
}

;// CONCATENATED MODULE: ./actions/_shared/src/http.ts
/** HTTP helpers shared by actions that call APIs with Node's fetch. */
const TRANSIENT_CODES = new Set([
    'ECONNRESET',
    'ECONNREFUSED',
    'EPIPE',
    'ETIMEDOUT',
    'EAI_AGAIN',
    'UND_ERR_SOCKET',
]);
function isRetryableStatus(status) {
    return status === 429 || status === 502 || status === 503 || status === 504 || status === 500;
}
/** A dropped connection or DNS hiccup, as Node's fetch (undici) reports them. */
function isTransientNetworkError(error) {
    for (let e = error, depth = 0; e && depth < 4; depth++) {
        const code = e.code;
        if (typeof code === 'string' && TRANSIENT_CODES.has(code))
            return true;
        e = e.cause;
    }
    return error instanceof TypeError && error.message === 'fetch failed';
}
/** The caller's signal combined with a per-request timeout. */
function withTimeout(signal, timeoutMs) {
    const timeout = AbortSignal.timeout(timeoutMs);
    return signal ? AbortSignal.any([signal, timeout]) : timeout;
}
/**
 * A `Retry-After` header (RFC 9110: delay-seconds or an HTTP-date) as
 * milliseconds from `now`; undefined when absent or unreadable.
 */
function parseRetryAfter(value, now = Date.now()) {
    if (!value)
        return undefined;
    const trimmed = value.trim();
    if (/^\d+$/.test(trimmed))
        return Number(trimmed) * 1000;
    const at = Date.parse(trimmed);
    return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}

;// CONCATENATED MODULE: ./actions/_shared/src/proxy.ts
function variable(env, name) {
    return env[name] || env[name.toLowerCase()] || undefined;
}
/** Whether NO_PROXY exempts this URL (`*`, exact hosts, `.suffix` or `suffix` domains, optional `:port`). */
function bypassesProxy(url, env) {
    const list = variable(env, 'NO_PROXY');
    if (!list)
        return false;
    const host = url.hostname.replace(/^\[|\]$/g, '').toLowerCase();
    const port = url.port || (url.protocol === 'https:' ? '443' : '80');
    return list
        .split(/[\s,]+/)
        .filter(Boolean)
        .some((entry) => {
        if (entry === '*')
            return true;
        const m = /^(.*?)(?::(\d+))?$/.exec(entry.toLowerCase());
        const [, rawHost = '', entryPort] = m;
        if (entryPort && entryPort !== port)
            return false;
        const domain = rawHost.replace(/^\*?\./, '');
        return host === domain || host.endsWith(`.${domain}`);
    });
}
/** The proxy this URL goes through, or undefined for a direct connection. */
function proxyFor(url, env) {
    if (bypassesProxy(url, env))
        return undefined;
    return url.protocol === 'https:'
        ? (variable(env, 'HTTPS_PROXY') ?? variable(env, 'HTTP_PROXY'))
        : variable(env, 'HTTP_PROXY');
}
/**
 * `fetch` that honours the proxy variables. Without a proxy for this URL it is
 * the global fetch; with one, undici's own fetch and ProxyAgent (the same
 * library version on both sides, whatever Node bundles).
 */
async function httpFetch(input, init = {}, env = process.env) {
    const url = new URL(input);
    const proxy = proxyFor(url, env);
    if (!proxy)
        return fetch(url, init);
    const undici = await __webpack_require__.e(/* import() */ 752).then(__webpack_require__.t.bind(__webpack_require__, 24371, 19));
    const response = await undici.fetch(url, {
        ...init,
        dispatcher: proxyAgent(undici, proxy),
    });
    return response;
}
const agents = new Map();
function proxyAgent(undici, proxy) {
    let agent = agents.get(proxy);
    if (!agent) {
        agent = new undici.ProxyAgent(proxy);
        agents.set(proxy, agent);
    }
    return agent;
}
/**
 * The `requestHandler` option for an AWS SDK v3 client whose endpoint is
 * `endpoint` (e.g. https://sts.us-east-1.amazonaws.com): agents that tunnel
 * through the configured proxy, or undefined for the SDK's default handler.
 */
async function awsRequestHandler(endpoint, env = process.env) {
    const proxy = proxyFor(new URL(endpoint), env);
    if (!proxy)
        return undefined;
    const [{ HttpsProxyAgent }, { HttpProxyAgent }] = await Promise.all([
        Promise.all(/* import() */[__webpack_require__.e(830), __webpack_require__.e(870)]).then(__webpack_require__.bind(__webpack_require__, 26870)),
        Promise.all(/* import() */[__webpack_require__.e(830), __webpack_require__.e(309)]).then(__webpack_require__.bind(__webpack_require__, 81309)),
    ]);
    return { httpsAgent: new HttpsProxyAgent(proxy), httpAgent: new HttpProxyAgent(proxy) };
}
/**
 * Options to spread into an AWS SDK client for `service` (the endpoint prefix:
 * sts, eks, kms, s3, ...) in `region`: `{ requestHandler }` when the proxy
 * variables route its endpoint (the SDK's own AWS_ENDPOINT_URL_* override
 * included) through a proxy, else nothing.
 */
async function awsProxyOptions(service, region, env = process.env) {
    const endpoint = env[`AWS_ENDPOINT_URL_${service.toUpperCase()}`] ||
        env.AWS_ENDPOINT_URL ||
        `https://${service}.${region || 'us-east-1'}.amazonaws.com`;
    const requestHandler = await awsRequestHandler(endpoint, env);
    return requestHandler ? { requestHandler } : {};
}

// EXTERNAL MODULE: ./actions/k6-load-test/src/platform.ts
var platform = __webpack_require__(76138);
;// CONCATENATED MODULE: ./actions/k6-load-test/src/install.ts
/**
 * k6 of the requested version: the one on PATH if it is that version, else the
 * runner's tool cache, else the Actions cache, else the release archive —
 * downloaded, its SHA-256 checked against the release's checksums file (and
 * the optional `k6-sha256` pin) BEFORE it is extracted, then stored in both
 * caches. A mismatch is `install-checksum-mismatch` and k6 never runs.
 * @actions/tool-cache and @actions/cache are loaded only when needed.
 */












/** `k6 v1.7.2 (commit/…, go1.24, linux/amd64)` → 1.7.2. */
function parseVersionOutput(stdout) {
    return stdout.match(/\bk6 v?(\d+\.\d+\.\d+)/)?.[1];
}
async function versionOf(binary, env, signal) {
    try {
        const r = await execute(binary, ['version'], { env, signal, output: 'capture' });
        return r.exitCode === 0 ? parseVersionOutput(r.stdout) : undefined;
    }
    catch {
        return undefined;
    }
}
function cacheKey(version, p, sha256) {
    return `medimind-k6-${version}-${p.os}-${p.arch}-${sha256}`;
}
/** The archive's line in a sha256sum-style checksums file. */
function expectedSha256(checksums, archive) {
    for (const line of checksums.split(/\r?\n/)) {
        const m = line.trim().match(/^([0-9a-fA-F]{64})\s+\*?(.+)$/);
        if (m && m[2].trim() === archive)
            return m[1].toLowerCase();
    }
    return undefined;
}
async function fetchOk(url, signal) {
    let res;
    try {
        res = await httpFetch(url, { signal: withTimeout(signal, 120_000), redirect: 'follow' });
    }
    catch (error) {
        if (signal?.aborted)
            throw signal.reason;
        throw new errors/* ActionFailure */.dR(`Downloading ${url} failed: ${error.message}`, 'install-failed');
    }
    if (!res.ok)
        throw new errors/* ActionFailure */.dR(`Downloading ${url} failed: HTTP ${res.status}`, 'install-failed');
    return res;
}
/** Streams a download to a file, hashing as it goes. */
async function download(url, file, signal) {
    const res = await fetchOk(url, signal);
    if (!res.body)
        throw new errors/* ActionFailure */.dR(`Downloading ${url} failed: empty body`, 'install-failed');
    const hash = (0,external_node_crypto_.createHash)('sha256');
    const body = external_node_stream_.Readable.fromWeb(res.body);
    body.on('data', (chunk) => hash.update(chunk));
    await (0,promises_.pipeline)(body, (0,external_node_fs_.createWriteStream)(file), { signal });
    return hash.digest('hex');
}
async function installK6(o) {
    const onPath = await versionOf(o.pathBinary ?? 'k6', o.env, o.signal);
    if (onPath === o.version) {
        (0,runner/* info */.pq)(`Using k6 ${onPath} from PATH`);
        return { binary: o.pathBinary ?? 'k6', version: onPath, source: 'path' };
    }
    if (onPath)
        (0,runner/* info */.pq)(`k6 ${onPath} is on PATH, but ${o.version} was asked for`);
    const caches = o.caches ?? (await defaultCaches(o.env));
    const exe = (0,platform/* binaryName */.fW)(o.platform);
    const cached = await caches.findTool(o.version, o.platform.arch);
    if (cached && (0,external_node_fs_.existsSync)((0,external_node_path_.join)(cached, exe))) {
        (0,runner/* info */.pq)(`Using k6 ${o.version} from the runner tool cache`);
        return { binary: (0,external_node_path_.join)(cached, exe), version: o.version, source: 'tool-cache' };
    }
    const base = o.releasesUrl.replace(/\/+$/, '');
    const archive = (0,platform/* archiveName */.uv)(o.version, o.platform);
    const checksumsUrl = `${base}/v${o.version}/${(0,platform/* checksumsName */.uw)(o.version)}`;
    const checksums = await (await fetchOk(checksumsUrl, o.signal)).text();
    const published = expectedSha256(checksums, archive);
    if (!published) {
        throw new errors/* ActionFailure */.dR(`${(0,platform/* checksumsName */.uw)(o.version)} lists no ${archive}`, 'install-failed');
    }
    if (o.sha256 && o.sha256 !== published) {
        throw new errors/* ActionFailure */.dR(`k6-sha256 ${o.sha256} does not match the release's published SHA-256 ${published} for ${archive}; nothing was run`, 'install-checksum-mismatch');
    }
    // One fixed path per version and platform: @actions/cache restores only to the path it saved.
    const temp = o.env.RUNNER_TEMP || (0,external_node_os_.tmpdir)();
    (0,external_node_fs_.mkdirSync)(temp, { recursive: true });
    const home = (0,external_node_path_.join)(temp, `medimind-k6-${o.version}-${o.platform.os}-${o.platform.arch}`);
    const folder = (0,external_node_path_.join)(home, (0,platform/* archiveFolder */.tw)(o.version, o.platform));
    const key = cacheKey(o.version, o.platform, published);
    (0,external_node_fs_.rmSync)(home, { recursive: true, force: true });
    if ((await caches.restore(home, key).catch(() => false)) && (0,external_node_fs_.existsSync)((0,external_node_path_.join)(folder, exe))) {
        const dir = await caches.cacheTool(folder, o.version, o.platform.arch);
        (0,runner/* info */.pq)(`Using k6 ${o.version} from the Actions cache (${key})`);
        return {
            binary: (0,external_node_path_.join)(dir, exe),
            version: o.version,
            source: 'actions-cache',
            sha256: published,
        };
    }
    const work = (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)(temp, 'k6-download-'));
    try {
        const file = (0,external_node_path_.join)(work, archive);
        const url = `${base}/v${o.version}/${archive}`;
        (0,runner/* info */.pq)(`Downloading ${url}`);
        const actual = await download(url, file, o.signal);
        if (actual !== published) {
            throw new errors/* ActionFailure */.dR(`${archive} has SHA-256 ${actual}, but the release's checksums file says ${published}; nothing was run`, 'install-checksum-mismatch');
        }
        (0,runner/* info */.pq)(`SHA-256 ${actual} matches ${(0,platform/* checksumsName */.uw)(o.version)}${o.sha256 ? ' and k6-sha256' : ''}`);
        await caches.extract(file, home, o.platform.os !== 'linux');
        if (!(0,external_node_fs_.existsSync)((0,external_node_path_.join)(folder, exe))) {
            throw new errors/* ActionFailure */.dR(`${archive} holds no ${(0,platform/* archiveFolder */.tw)(o.version, o.platform)}/${exe}`, 'install-failed');
        }
        await caches
            .save(home, key)
            .catch((e) => (0,runner/* info */.pq)(`Not saved to the Actions cache: ${e.message}`));
        const dir = await caches.cacheTool(folder, o.version, o.platform.arch);
        return { binary: (0,external_node_path_.join)(dir, exe), version: o.version, source: 'download', sha256: published };
    }
    finally {
        (0,external_node_fs_.rmSync)(work, { recursive: true, force: true });
    }
}
/** @actions/tool-cache and @actions/cache, imported only on the install path. */
async function defaultCaches(env) {
    // Outside the runner (medimind run, tests) the tool cache needs a home.
    process.env.RUNNER_TEMP ||= env.RUNNER_TEMP || (0,external_node_os_.tmpdir)();
    process.env.RUNNER_TOOL_CACHE ||= env.RUNNER_TOOL_CACHE || (0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'medimind-tool-cache');
    const tc = await Promise.all(/* import() */[__webpack_require__.e(752), __webpack_require__.e(58), __webpack_require__.e(805)]).then(__webpack_require__.bind(__webpack_require__, 59805));
    const cache = await Promise.all(/* import() */[__webpack_require__.e(752), __webpack_require__.e(830), __webpack_require__.e(116)]).then(__webpack_require__.t.bind(__webpack_require__, 5116, 23));
    return {
        findTool: async (version, arch) => tc.find('k6', version, arch) || undefined,
        cacheTool: (dir, version, arch) => tc.cacheDir(dir, 'k6', version, arch),
        restore: async (path, key) => cache.isFeatureAvailable() && (await cache.restoreCache([path], key)) === key,
        save: async (path, key) => {
            if (cache.isFeatureAvailable())
                await cache.saveCache([path], key);
        },
        extract: (archive, dest, zip) => zip ? tc.extractZip(archive, dest) : tc.extractTar(archive, dest),
    };
}

// EXTERNAL MODULE: ./actions/k6-load-test/src/failure-reasons.ts
var failure_reasons = __webpack_require__(35719);
;// CONCATENATED MODULE: ./actions/k6-load-test/src/k6-run.ts
/**
 * One `k6 run` per script: `--summary-export` (thresholds as {expr: failed})
 * and `--out json` (NDJSON points) into the results directory; everything the
 * script needs goes through the environment (k6 copies it into __ENV), so the
 * auth token is never on a command line. SIGINT/SIGTERM reach k6 through the
 * kernel's execute(): k6 stops, still writes its summary and exits 105.
 */



function baseUrlVariable(service) {
    return `BASE_URL_${service.toUpperCase().replace(/-/g, '_')}`;
}
function k6Environment(cfg, sloJson, env) {
    const vars = {
        ...env,
        PROFILE: cfg.profile,
        MEDIMIND_SLO_JSON: sloJson,
        // No usage report from CI runs of a HIPAA platform's tests.
        K6_NO_USAGE_REPORT: 'true',
    };
    for (const [service, url] of cfg.baseUrls)
        vars[baseUrlVariable(service)] = url;
    if (cfg.authToken)
        vars.MEDIMIND_AUTH_TOKEN = cfg.authToken;
    return vars;
}
async function runScript(binary, script, cfg, env, signal) {
    const name = (0,external_node_path_.basename)(script).replace(/\.[mc]?[jt]s$/, '');
    const summaryFile = (0,external_node_path_.join)(cfg.resultsDirectory, `${name}.summary.json`);
    const ndjsonFile = (0,external_node_path_.join)(cfg.resultsDirectory, `${name}.ndjson`);
    const dashboardFile = cfg.webDashboard
        ? (0,external_node_path_.join)(cfg.resultsDirectory, `${name}.dashboard.html`)
        : undefined;
    const runEnv = dashboardFile
        ? { ...env, K6_WEB_DASHBOARD: 'true', K6_WEB_DASHBOARD_EXPORT: dashboardFile }
        : env;
    const args = ['run', '--summary-export', summaryFile, '--out', `json=${ndjsonFile}`, script];
    const result = await execute(binary, args, {
        env: runEnv,
        signal,
        output: 'inherit',
        killGraceMs: 60_000,
    });
    const exitCode = result.exitCode;
    // Killed by a signal with no code of its own: what k6 itself reports for an interrupted run.
    const reason = exitCode === null ? (signal.aborted ? 'cancelled' : 'k6-failed') : (0,failure_reasons/* reasonForExit */.kF)(exitCode);
    return { script, name, exitCode, reason, summaryFile, ndjsonFile, dashboardFile };
}

;// CONCATENATED MODULE: ./actions/k6-load-test/src/histogram.ts
/**
 * A log-bucketed latency histogram: fixed memory whatever the sample count,
 * percentiles within 1 % of the exact value (each bucket spans 1 %). Enough to
 * report k6's p50..p99 from millions of points without keeping them.
 */
const GROWTH = 1.01;
const LOG_GROWTH = Math.log(GROWTH);
/** Smallest distinguished value, ms; everything below lands in bucket 0. */
const FLOOR_MS = 0.01;
/** 0.01 ms .. ~10 min. */
const BUCKETS = Math.ceil(Math.log(600_000 / FLOOR_MS) / LOG_GROWTH) + 2;
function bucketOf(ms) {
    if (!(ms > FLOOR_MS))
        return 0;
    const b = Math.ceil(Math.log(ms / FLOOR_MS) / LOG_GROWTH);
    return b < BUCKETS ? b : BUCKETS - 1;
}
/** The upper edge of a bucket: the value a percentile in it is reported as. */
function bucketValue(bucket) {
    return bucket === 0 ? FLOOR_MS : FLOOR_MS * GROWTH ** bucket;
}
class Histogram {
    counts = new Uint32Array(BUCKETS);
    count = 0;
    sum = 0;
    min = Number.POSITIVE_INFINITY;
    max = Number.NEGATIVE_INFINITY;
    add(ms) {
        this.counts[bucketOf(ms)]++;
        this.count++;
        this.sum += ms;
        if (ms < this.min)
            this.min = ms;
        if (ms > this.max)
            this.max = ms;
    }
    merge(other) {
        for (let i = 0; i < BUCKETS; i++)
            this.counts[i] += other.counts[i];
        this.count += other.count;
        this.sum += other.sum;
        this.min = Math.min(this.min, other.min);
        this.max = Math.max(this.max, other.max);
    }
    /** The q-quantile (0..1), clamped to the observed min and max; NaN when empty. */
    quantile(q) {
        if (this.count === 0)
            return Number.NaN;
        const rank = Math.max(1, Math.ceil(q * this.count));
        let seen = 0;
        for (let i = 0; i < BUCKETS; i++) {
            seen += this.counts[i];
            if (seen >= rank)
                return Math.min(this.max, Math.max(this.min, bucketValue(i)));
        }
        return this.max;
    }
}
/** A seeded PRNG (mulberry32): reproducible samples and tests. */
function seededRandom(seed) {
    let a = seed >>> 0;
    return () => {
        a = (a + 0x6d2b79f5) >>> 0;
        let t = a;
        t = Math.imul(t ^ (t >>> 15), t | 1);
        t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
}
/** A uniform sample of fixed size from a stream (Vitter's algorithm R). */
class Reservoir {
    size;
    random;
    values = [];
    seen = 0;
    constructor(size, random) {
        this.size = size;
        this.random = random;
    }
    add(value) {
        this.seen++;
        if (this.values.length < this.size)
            this.values.push(value);
        else {
            const j = Math.floor(this.random() * this.seen);
            if (j < this.size)
                this.values[j] = value;
        }
    }
}

;// CONCATENATED MODULE: ./actions/k6-load-test/src/ndjson.ts
/**
 * k6's `--out json` NDJSON, streamed: a 10-minute run at 2,000 req/s is tens
 * of millions of lines, so the file is never read whole and no point is kept,
 * only per-group histograms, counters, a per-time-bucket timeline and a fixed
 * size latency sample (for the baseline comparison).
 *
 * Line format (k6 internal/output/json; fixture test/fixtures/k6/out-json.ndjson):
 *   {"type":"Point","data":{"time":"<RFC 3339>","value":N,"tags":{...},"metadata":{...}},"metric":"<name>"}
 * "Metric" lines declare a metric once and are skipped. Points are read by a
 * fast path that looks fields up by position (k6 always writes this field
 * order); a line with escapes or an unexpected layout goes through JSON.parse.
 */


const WANTED = new Set(['http_req_duration', 'http_req_failed', 'http_reqs', 'dropped_iterations']);
const UNTAGGED = '(untagged)';
const MAX_TIMELINE_BUCKETS = 2000;
class GroupStats {
    service;
    scenario;
    latency = new Histogram();
    requests = 0;
    failed = 0;
    failedPoints = 0;
    dropped = 0;
    firstMs = Number.POSITIVE_INFINITY;
    lastMs = Number.NEGATIVE_INFINITY;
    timeline = new Map();
    sample;
    constructor(service, scenario, sampleSize, seed) {
        this.service = service;
        this.scenario = scenario;
        this.sample = new Reservoir(sampleSize, seededRandom(seed));
    }
    bucket(index) {
        let b = this.timeline.get(index);
        if (!b && this.timeline.size < MAX_TIMELINE_BUCKETS) {
            b = { latency: new Histogram(), requests: 0, failed: 0, failedPoints: 0 };
            this.timeline.set(index, b);
        }
        return b;
    }
    /** Failed requests / requests, from k6's http_req_failed rate points. */
    get errorRate() {
        return this.failedPoints === 0 ? 0 : this.failed / this.failedPoints;
    }
    /** Requests per second over the window in which this group sent any. */
    get rps() {
        const seconds = (this.lastMs - this.firstMs) / 1000;
        return seconds > 0 ? this.requests / seconds : this.requests;
    }
}
class ResultsAggregator {
    options;
    groups = new Map();
    lines = 0;
    points = 0;
    malformed = 0;
    startMs = Number.POSITIVE_INFINITY;
    timeCache = new Map();
    constructor(options) {
        this.options = options;
    }
    group(service, scenario) {
        const key = `${service}\u0000${scenario}`;
        let g = this.groups.get(key);
        if (!g) {
            g = new GroupStats(service, scenario, this.options.sampleSize ?? 5000, (this.options.seed ?? 1) + this.groups.size);
            this.groups.set(key, g);
        }
        return g;
    }
    addLine(line) {
        this.lines++;
        if (line.length === 0)
            return;
        if (!line.startsWith('{"type":"Point"') || line.includes('\\')) {
            if (line.includes('"Point"'))
                this.slowLine(line);
            return;
        }
        const m = line.lastIndexOf('"metric":"');
        if (m < 0) {
            this.slowLine(line);
            return;
        }
        const mEnd = line.indexOf('"', m + 10);
        const metric = line.slice(m + 10, mEnd);
        if (!WANTED.has(metric))
            return;
        const t = line.indexOf('"time":"');
        const v = line.indexOf('"value":');
        if (t < 0 || v < 0) {
            this.slowLine(line);
            return;
        }
        const time = line.slice(t + 8, line.indexOf('"', t + 8));
        let vEnd = v + 8;
        while (vEnd < line.length && line.charCodeAt(vEnd) !== 44 && line.charCodeAt(vEnd) !== 125)
            vEnd++;
        const value = Number(line.slice(v + 8, vEnd));
        const tagsAt = line.indexOf('"tags":{', vEnd);
        let service = UNTAGGED;
        let scenario = 'default';
        if (tagsAt >= 0) {
            const tagsEnd = line.indexOf('}', tagsAt);
            service = tagValue(line, '"service":"', tagsAt, tagsEnd) ?? UNTAGGED;
            scenario = tagValue(line, '"scenario":"', tagsAt, tagsEnd) ?? 'default';
        }
        this.addPoint(metric, this.parseTime(time), value, service, scenario);
    }
    slowLine(line) {
        let parsed;
        try {
            parsed = JSON.parse(line);
        }
        catch {
            this.malformed++;
            return;
        }
        if (parsed.type !== 'Point' || !parsed.metric || !WANTED.has(parsed.metric))
            return;
        const { time, value, tags } = parsed.data ?? {};
        if (typeof time !== 'string' || typeof value !== 'number') {
            this.malformed++;
            return;
        }
        this.addPoint(parsed.metric, this.parseTime(time), value, tags?.service ?? UNTAGGED, tags?.scenario ?? 'default');
    }
    /** RFC 3339 with nanoseconds; the whole-second part is parsed once per second. */
    parseTime(time) {
        let end = 19;
        let fractionMs = 0;
        if (time.charCodeAt(19) === 46) {
            end = 20;
            while (end < time.length && time.charCodeAt(end) >= 48 && time.charCodeAt(end) <= 57)
                end++;
            fractionMs = Number(`0.${time.slice(20, end)}`) * 1000;
        }
        const key = time.slice(0, 19) + time.slice(end);
        let seconds = this.timeCache.get(key);
        if (seconds === undefined) {
            seconds = Date.parse(key);
            if (this.timeCache.size > 10_000)
                this.timeCache.clear();
            this.timeCache.set(key, seconds);
        }
        return seconds + fractionMs;
    }
    addPoint(metric, ms, value, service, scenario) {
        if (!Number.isFinite(ms) || !Number.isFinite(value)) {
            this.malformed++;
            return;
        }
        this.points++;
        if (ms < this.startMs)
            this.startMs = ms;
        const g = this.group(service, scenario);
        const bucket = g.bucket(Math.floor(ms / this.options.bucketMs));
        switch (metric) {
            case 'http_req_duration':
                g.latency.add(value);
                g.sample.add(value);
                bucket?.latency.add(value);
                break;
            case 'http_req_failed':
                g.failed += value;
                g.failedPoints++;
                if (bucket) {
                    bucket.failed += value;
                    bucket.failedPoints++;
                }
                break;
            case 'http_reqs':
                g.requests += value;
                if (bucket)
                    bucket.requests += value;
                if (ms < g.firstMs)
                    g.firstMs = ms;
                if (ms > g.lastMs)
                    g.lastMs = ms;
                break;
            case 'dropped_iterations':
                g.dropped += value;
                break;
        }
    }
}
function tagValue(line, key, from, to) {
    const at = line.indexOf(key, from);
    if (at < 0 || at > to)
        return undefined;
    const start = at + key.length;
    return line.slice(start, line.indexOf('"', start));
}
const POINT_PREFIX = Buffer.from('{"type":"Point"');
const METRIC_KEY = Buffer.from('"metric":"');
const WANTED_BYTES = [...WANTED].map((name) => Buffer.from(`${name}"`));
/**
 * A Point line (k6's field order) whose metric is not one we aggregate,
 * decided on the raw bytes: most lines are such points (http_req_blocked,
 * data_sent, ...) and are never decoded into strings at all.
 */
function isUnwantedPoint(buf, start, end) {
    if (end - start < POINT_PREFIX.length ||
        buf.compare(POINT_PREFIX, 0, POINT_PREFIX.length, start, start + POINT_PREFIX.length) !== 0) {
        return false;
    }
    // The real field is the last one; an escaped \"metric\":\" inside a tag value cannot match.
    const m = buf.lastIndexOf(METRIC_KEY, end - 1);
    if (m < start)
        return false;
    const at = m + METRIC_KEY.length;
    return !WANTED_BYTES.some((name) => at + name.length <= end && buf.compare(name, 0, name.length, at, at + name.length) === 0);
}
/** Streams one NDJSON file into the aggregator, a chunk of bytes at a time. */
async function aggregateFile(path, aggregator) {
    let rest;
    for await (const chunk of (0,external_node_fs_.createReadStream)(path, {
        highWaterMark: 1 << 20,
    })) {
        const buf = rest?.length ? Buffer.concat([rest, chunk]) : chunk;
        let start = 0;
        for (let nl = buf.indexOf(10); nl >= 0; nl = buf.indexOf(10, start)) {
            if (isUnwantedPoint(buf, start, nl))
                aggregator.lines++;
            else
                aggregator.addLine(buf.toString('utf8', start, nl));
            start = nl + 1;
        }
        rest = buf.subarray(start);
    }
    if (rest?.length)
        aggregator.addLine(rest.toString('utf8'));
}

;// CONCATENATED MODULE: ./actions/k6-load-test/src/prometheus.ts
/**
 * Platform signals over the test window from Prometheus' HTTP API
 * (GET /api/v1/query_range, resultType "matrix"): the seed's GPU utilisation
 * (DCGM) and database connection pooling, plus pod restarts and HPA replicas.
 * A failing query is recorded and warned about; it never fails the run.
 */


const SIGNALS = [
    {
        name: 'gpu-utilisation',
        title: 'GPU utilisation (DCGM)',
        query: 'avg by (Hostname) (DCGM_FI_DEV_GPU_UTIL)',
        unit: '%',
    },
    {
        name: 'db-connections',
        title: 'PostgreSQL connections',
        query: 'sum(pg_stat_database_numbackends{datname="medimind"})',
        unit: '',
    },
    {
        name: 'pod-restarts',
        title: 'Container restarts (cumulative)',
        query: 'sum by (pod) (kube_pod_container_status_restarts_total{namespace="medimind"})',
        unit: '',
    },
    {
        name: 'hpa-replicas',
        title: 'HPA current replicas',
        query: 'sum by (horizontalpodautoscaler) (kube_horizontalpodautoscaler_status_current_replicas{namespace="medimind"})',
        unit: '',
    },
];
/** Prometheus' step: at most ~250 points over the window, never under 5 s. */
function stepSeconds(startMs, endMs) {
    return Math.max(5, Math.ceil((endMs - startMs) / 1000 / 250));
}
async function sampleSignals(baseUrl, startMs, endMs, signal, fetchImpl = httpFetch) {
    const step = stepSeconds(startMs, endMs);
    return Promise.all(SIGNALS.map(async (s) => {
        const url = new URL('api/v1/query_range', baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`);
        url.searchParams.set('query', s.query);
        url.searchParams.set('start', (startMs / 1000).toFixed(3));
        url.searchParams.set('end', (endMs / 1000).toFixed(3));
        url.searchParams.set('step', `${step}s`);
        try {
            const res = await fetchImpl(url, { signal: withTimeout(signal, 15_000) });
            const body = (await res.json().catch(() => ({})));
            if (!res.ok || body.status !== 'success' || body.data?.resultType !== 'matrix') {
                return {
                    ...s,
                    series: [],
                    error: `HTTP ${res.status}: ${body.error ?? 'not a matrix result'}`,
                };
            }
            return { ...s, series: body.data.result.map((r) => summarise(r.metric, r.values)) };
        }
        catch (error) {
            return { ...s, series: [], error: error.message };
        }
    }));
}
function summarise(labels, values) {
    const nums = values.map(([, v]) => Number(v)).filter(Number.isFinite);
    if (nums.length === 0)
        return {
            labels,
            min: Number.NaN,
            max: Number.NaN,
            avg: Number.NaN,
            first: Number.NaN,
            last: Number.NaN,
        };
    return {
        labels,
        min: Math.min(...nums),
        max: Math.max(...nums),
        avg: nums.reduce((a, b) => a + b, 0) / nums.length,
        first: nums[0],
        last: nums[nums.length - 1],
    };
}

;// CONCATENATED MODULE: ./actions/k6-load-test/src/report.ts
/**
 * The job summary: verdict, SLO table and k6 thresholds (✓/✗), Mermaid
 * `xychart-beta` charts GitHub renders itself (no chart service, nothing
 * leaves the runner), the stress knee, the regression evidence and the
 * Prometheus signals.
 */


const mark = (ok) => (ok ? '✓' : '✗');
const MAX_CHART_POINTS = 40;
function renderReport(r) {
    const out = [];
    out.push(`## k6 ${r.profile}: ${r.passed ? '✓ passed' : `✗ failed${r.failureReason ? ` (\`${r.failureReason}\`)` : ''}`}`);
    out.push(`k6 ${r.k6Version} · ${r.scripts.map((s) => `\`${s.script}\` exit ${s.exitCode ?? 'signal'}`).join(' · ')}`);
    out.push(`### Service-level objectives (${r.sloFile})`);
    if (r.results.length === 0)
        out.push('k6 recorded no HTTP requests.');
    else {
        out.push(table(['service', 'scenario', 'requests', 'req/s', 'p50 / p90 / p95 / p99 (ms)', 'errors'], r.results.map((g) => [
            g.service,
            g.scenario,
            String(g.requests),
            g.rps.toFixed(1),
            `${g.latencyMs.p50} / ${g.latencyMs.p90} / ${g.latencyMs.p95} / ${g.latencyMs.p99}`,
            percent(g.errorRate),
        ])));
    }
    if (r.sloChecks.length > 0 || r.throughput.length > 0) {
        out.push(table(['', 'service', 'objective', 'target', 'observed'], [
            ...r.sloChecks.map((c) => [mark(c.passed), c.service, c.objective, c.target, c.observed]),
            ...r.throughput.map((t) => [
                mark(t.reached),
                t.service,
                'throughput',
                `≥ ${t.targetRps} req/s`,
                `${t.achievedRps} req/s`,
            ]),
        ]));
    }
    if (r.thresholds.length > 0) {
        out.push('### k6 thresholds');
        out.push(table(['', 'script', 'metric', 'threshold', 'observed'], r.thresholds.map((t) => [
            mark(t.passed),
            t.script,
            t.metric,
            t.expression,
            t.observed === undefined ? '' : String(Number(t.observed.toFixed(4))),
        ])));
    }
    if (r.knees.length > 0) {
        out.push('### Stress: where the SLO breaks');
        out.push(table(['service', 'SLOs hold up to', 'first broke at', 'what broke'], r.knees.map((k) => [
            k.service,
            k.holdsUpToRps === undefined ? '—' : `${k.holdsUpToRps} req/s`,
            k.brokeAtRps === undefined ? 'never (held to the end)' : `${k.brokeAtRps} req/s`,
            k.broken ?? '',
        ])));
    }
    const charts = r.results.filter((g) => g.timeline.length >= 2);
    if (charts.length > 0) {
        out.push('### Over time');
        for (const g of charts)
            out.push(chartsFor(g, r.sloTargetsP95.get(g.service)));
    }
    out.push(renderRegression(r.regression));
    if (r.signals)
        out.push(renderSignals(r.signals));
    return `${out.filter(Boolean).join('\n\n')}\n`;
}
/** Merges neighbouring points so a chart has at most MAX_CHART_POINTS (p95: the worst, rate: the mean). */
function downsample(points, max = MAX_CHART_POINTS) {
    if (points.length <= max)
        return points;
    const per = Math.ceil(points.length / max);
    const out = [];
    for (let i = 0; i < points.length; i += per) {
        const slice = points.slice(i, i + per);
        out.push({
            t: slice[0].t,
            rps: Number((slice.reduce((a, p) => a + p.rps, 0) / slice.length).toFixed(2)),
            p95: Math.max(...slice.map((p) => p.p95).filter(Number.isFinite)),
            errorRate: Math.max(...slice.map((p) => p.errorRate)),
            requests: slice.reduce((a, p) => a + p.requests, 0),
        });
    }
    return out;
}
/** Two charts per group; Mermaid reads quoted text as markup, so titles hold no "<". */
function chartsFor(g, p95Target) {
    const points = downsample(g.timeline);
    const xs = `[${points.map((p) => `"${p.t}s"`).join(', ')}]`;
    const p95s = points.map((p) => (Number.isFinite(p.p95) ? p.p95 : 0));
    const top = Math.ceil(Math.max(...p95s, p95Target ?? 0) * 1.1) || 1;
    const latency = [
        'xychart-beta',
        `    title "${g.service}: p95 latency (ms)${p95Target ? ` vs the SLO line at ${p95Target} ms` : ''}"`,
        `    x-axis ${xs}`,
        `    y-axis "ms" 0 --> ${top}`,
        `    line [${p95s.join(', ')}]`,
        ...(p95Target ? [`    line [${points.map(() => p95Target).join(', ')}]`] : []),
    ];
    const rpsTop = Math.ceil(Math.max(...points.map((p) => p.rps)) * 1.1) || 1;
    const rps = [
        'xychart-beta',
        `    title "${g.service}: requests per second"`,
        `    x-axis ${xs}`,
        `    y-axis "req/s" 0 --> ${rpsTop}`,
        `    bar [${points.map((p) => p.rps).join(', ')}]`,
    ];
    return [
        `\`\`\`mermaid\n${latency.join('\n')}\n\`\`\``,
        `\`\`\`mermaid\n${rps.join('\n')}\n\`\`\``,
    ].join('\n\n');
}
function renderRegression(r) {
    const head = '### Regression against the baseline';
    if (!r.baseline)
        return `${head}\n\nNo baseline given: nothing compared.`;
    if (r.evidence.length === 0)
        return `${head}\n\n${r.note ?? 'No comparable service in the baseline.'}`;
    const rows = r.evidence.map((e) => [
        e.regression ? '✗ regression' : '✓',
        e.service,
        `${e.baselineP95.toFixed(1)} → ${e.currentP95.toFixed(1)}`,
        `${e.p95Change >= 0 ? '+' : ''}${(e.p95Change * 100).toFixed(1)} %`,
        e.pValue < 1e-4 ? '< 0.0001' : e.pValue.toFixed(4),
        `${e.baselineN} / ${e.currentN}`,
    ]);
    return [
        head,
        `Baseline: \`${r.baseline}\`. A regression needs both a one-sided Mann–Whitney U test on per-request latency samples significant at α = 0.01 and a p95 increase of at least the minimum effect.`,
        table(['', 'service', 'p95 ms (baseline → now)', 'change', 'p-value', 'samples (baseline / now)'], rows),
    ].join('\n\n');
}
function renderSignals(signals) {
    const rows = [];
    for (const s of signals) {
        if (s.error)
            rows.push([s.title, '', `query failed: ${s.error}`, '', '']);
        else if (s.series.length === 0)
            rows.push([s.title, '', 'no data', '', '']);
        for (const series of s.series) {
            const label = Object.entries(series.labels)
                .map(([k, v]) => `${k}=${v}`)
                .join(', ');
            const f = (n) => `${Number.isFinite(n) ? Number(n.toFixed(2)) : '—'}${s.unit}`;
            rows.push([s.title, label, f(series.min), f(series.avg), f(series.max)]);
        }
    }
    return details('Platform signals during the run (Prometheus)', table(['signal', 'series', 'min', 'avg', 'max'], rows), true);
}

;// CONCATENATED MODULE: ./actions/k6-load-test/src/results.ts
/** JSON with NaN/Infinity written as null (JSON has neither). */
function toJson(doc) {
    return `${JSON.stringify(doc, (_k, v) => (typeof v === 'number' && !Number.isFinite(v) ? null : v), 2)}\n`;
}

// EXTERNAL MODULE: external "node:fs/promises"
var external_node_fs_promises_ = __webpack_require__(51455);
;// CONCATENATED MODULE: ./actions/k6-load-test/src/summary-export.ts
/**
 * k6's legacy `--summary-export` file (the default in 1.x; fixture
 * test/fixtures/k6/summary-export.json): `metrics` maps a metric or submetric
 * name to flat values, and `thresholds` maps each expression to a boolean that
 * is **true when the threshold FAILED** (k6 summary-wrapper.js:
 * `thresholds[name] = !threshold.ok`).
 */

function thresholdVerdicts(script, exported) {
    const metrics = exported?.metrics;
    if (!metrics || typeof metrics !== 'object')
        return [];
    const verdicts = [];
    for (const [metric, values] of Object.entries(metrics)) {
        for (const [expression, failed] of Object.entries(values.thresholds ?? {})) {
            verdicts.push({
                script,
                metric,
                expression,
                passed: failed !== true,
                observed: observedFor(expression, values),
            });
        }
    }
    return verdicts;
}
/** `p(95)<200` → values["p(95)"]; `rate<0.01` → values.value (k6 exports a Rate as `value`). */
function observedFor(expression, values) {
    const stat = expression.match(/^\s*([a-z]+(?:\(\d+(?:\.\d+)?\))?)\s*[<>=!]/)?.[1];
    if (!stat)
        return undefined;
    const key = stat === 'rate' && !('rate' in values) ? 'value' : stat;
    const v = values[key];
    return typeof v === 'number' ? v : undefined;
}
/** Reads an export; a missing or unreadable file (k6 died early) yields no verdicts. */
async function readSummaryExport(path) {
    try {
        return JSON.parse(await (0,external_node_fs_promises_.readFile)(path, 'utf8'));
    }
    catch {
        return undefined;
    }
}

;// CONCATENATED MODULE: ./actions/k6-load-test/src/verdict.ts
const JUDGEMENTS = [
    'thresholds-failed',
    'throughput-not-reached',
    'regression-detected',
];
/** The most telling reason among the scripts' outcomes: an error beats a verdict. */
function k6Reason(runs) {
    const reasons = runs.map((r) => r.reason).filter((r) => r !== undefined);
    return (reasons.find((r) => r === 'cancelled') ??
        reasons.find((r) => r !== 'thresholds-failed') ??
        reasons[0]);
}
function decideVerdict(input) {
    const k6 = k6Reason(input.runs);
    const reason = k6 && k6 !== 'thresholds-failed'
        ? k6
        : k6 === 'thresholds-failed' || input.thresholds.some((t) => !t.passed)
            ? 'thresholds-failed'
            : input.throughput.some((t) => !t.reached)
                ? 'throughput-not-reached'
                : input.regressed && input.failOn === 'regression'
                    ? 'regression-detected'
                    : undefined;
    return {
        passed: reason === undefined,
        reason,
        failsStep: reason !== undefined && (input.failOn !== 'none' || !JUDGEMENTS.includes(reason)),
        message: reason ? describe(reason, input.runs, input.throughput) : 'passed',
    };
}
function describe(reason, runs, throughput) {
    switch (reason) {
        case 'thresholds-failed':
            return 'k6 thresholds failed: see the thresholds table in the job summary';
        case 'throughput-not-reached':
            return `Target throughput not reached: ${throughput
                .filter((t) => !t.reached)
                .map((t) => `${t.service} ${t.achievedRps} req/s of ${t.targetRps}`)
                .join(', ')} (latency may still have passed)`;
        case 'regression-detected':
            return 'Latency regressed against the baseline: see the regression table in the job summary';
        default: {
            const failed = runs
                .filter((r) => r.reason === reason)
                .map((r) => `${r.name} (exit ${r.exitCode})`);
            return `k6 failed: ${reason} in ${failed.join(', ')}`;
        }
    }
}

;// CONCATENATED MODULE: ./actions/k6-load-test/src/load-test.ts




















/** Time buckets for the charts and the knee: ~120 over the profile, at least 1 s. */
function bucketMsFor(cfg) {
    const duration = cfg.slo.profiles[cfg.profile]?.durationMs ?? 60_000;
    return Math.max(1000, Math.round(duration / 120 / 1000) * 1000);
}
/** Install, run every script, read the results, judge, report. */
async function loadTest(cfg, ctx) {
    (0,external_node_fs_.mkdirSync)(cfg.resultsDirectory, { recursive: true });
    const installed = await group('Install k6', () => installK6({
        version: cfg.k6Version,
        platform: cfg.platform,
        sha256: cfg.k6Sha256,
        releasesUrl: ctx.env[constants/* RELEASES_URL_ENV */.pW] || constants/* DEFAULT_RELEASES_URL */.je,
        signal: ctx.signal,
        env: ctx.env,
    }));
    // k6 gets slo.yaml as JSON; its scripts derive thresholds and load shapes from it.
    const k6Env = k6Environment(cfg, cfg.sloJson, ctx.env);
    const workspace = ctx.env.GITHUB_WORKSPACE ?? process.cwd();
    const startedAt = new Date();
    const runs = [];
    for (const script of cfg.scripts) {
        if (ctx.signal.aborted)
            break;
        const label = (0,external_node_path_.relative)(workspace, script);
        runs.push(await group(`k6 run ${label} (${cfg.profile})`, () => runScript(installed.binary, script, cfg, k6Env, ctx.signal)));
    }
    const endedAt = new Date();
    const aggregator = new ResultsAggregator({ bucketMs: bucketMsFor(cfg), seed: 20260101 });
    const thresholds = await group('Read results', async () => {
        const verdicts = [];
        for (const r of runs) {
            await aggregateFile(r.ndjsonFile, aggregator).catch((e) => {
                if (e.code !== 'ENOENT')
                    throw e;
                (0,runner/* info */.pq)(`${r.name}: k6 wrote no NDJSON output`);
            });
            verdicts.push(...thresholdVerdicts(r.name, await readSummaryExport(r.summaryFile)));
        }
        (0,runner/* info */.pq)(`${aggregator.lines} lines, ${aggregator.points} points read${aggregator.malformed ? `, ${aggregator.malformed} malformed skipped` : ''}`);
        return verdicts;
    });
    const results = groupResults(aggregator);
    const slo = sloChecks(cfg.slo, results);
    const throughput = throughputChecks(cfg.slo, cfg.profile, results);
    const stressKnees = cfg.profile === 'stress' ? knees(cfg.slo, results) : [];
    const baseline = cfg.baseline
        ? compareWithBaseline(cfg.baseline, cfg.profile, results, cfg.minEffect)
        : undefined;
    if (baseline?.note)
        (0,runner/* notice */.lm)(baseline.note);
    const evidence = baseline?.evidence ?? [];
    const regressed = evidence.some((e) => e.regression);
    let signals;
    if (cfg.prometheusUrl) {
        signals = await group('Prometheus signals', () => sampleSignals(cfg.prometheusUrl, startedAt.getTime(), endedAt.getTime(), ctx.signal));
        for (const s of signals)
            if (s.error)
                (0,runner/* warning */.$e)(`Prometheus ${s.name}: ${s.error}`);
    }
    const verdict = decideVerdict({ runs, thresholds, throughput, regressed, failOn: cfg.failOn });
    const { passed } = verdict;
    const doc = {
        schema: constants/* RESULTS_SCHEMA */.Bi,
        profile: cfg.profile,
        k6Version: installed.version,
        startedAt: startedAt.toISOString(),
        endedAt: endedAt.toISOString(),
        passed,
        failureReason: verdict.reason ?? null,
        scripts: runs.map((r) => ({ script: r.name, exitCode: r.exitCode, reason: r.reason ?? null })),
        services: results,
        slo,
        thresholds,
        throughput,
        knees: stressKnees,
        regression: { baseline: baseline?.file ?? null, detected: regressed, evidence },
        prometheus: signals ?? null,
        points: { lines: aggregator.lines, points: aggregator.points, malformed: aggregator.malformed },
    };
    const resultsFile = (0,external_node_path_.join)(cfg.resultsDirectory, 'results.json');
    (0,external_node_fs_.writeFileSync)(resultsFile, toJson(doc));
    const markdown = renderReport({
        profile: cfg.profile,
        passed,
        failureReason: verdict.reason,
        k6Version: installed.version,
        sloFile: cfg.sloFile,
        scripts: runs.map((r) => ({ ...r, script: (0,external_node_path_.relative)(workspace, r.script) })),
        results,
        sloChecks: slo,
        thresholds,
        throughput,
        knees: stressKnees,
        regression: {
            // Not found: the input is still named, and the note says nothing was compared.
            baseline: baseline?.file ? (0,external_node_path_.relative)(cfg.resultsDirectory, baseline.file) : cfg.baseline,
            evidence,
            note: baseline?.note,
        },
        signals,
        sloTargetsP95: new Map(cfg.slo.services.flatMap((s) => (s.latencyMs.p95 ? [[s.name, s.latencyMs.p95]] : []))),
    });
    const summaryFile = (0,external_node_path_.join)(cfg.resultsDirectory, 'summary.md');
    (0,external_node_fs_.writeFileSync)(summaryFile, markdown);
    setOutputs({
        [constants/* Outputs */.tY.Passed]: passed,
        [constants/* Outputs */.tY.ResultsFile]: resultsFile,
        [constants/* Outputs */.tY.Regression]: regressed,
        [constants/* Outputs */.tY.SummaryMarkdownPath]: summaryFile,
    });
    const dashboards = runs.flatMap((r) => (r.dashboardFile ? [r.dashboardFile] : []));
    if (dashboards.length > 0)
        (0,runner/* setOutput */.uH)(constants/* Outputs */.tY.DashboardFile, dashboards.join('\n'));
    await writeSummary(markdown, ctx.env);
    if (ctx.signal.aborted || verdict.reason === 'cancelled') {
        throw new cancel/* CancelledError */.cc(ctx.signal.reason?.signal ?? 'SIGTERM');
    }
    if (!verdict.reason)
        return;
    if (verdict.failsStep)
        throw new errors/* ActionFailure */.dR(verdict.message, verdict.reason);
    // fail-on: none still says why the run did not pass.
    (0,runner/* setOutput */.uH)(run_action/* FAILURE_REASON_OUTPUT */.eX, verdict.reason);
    (0,runner/* warning */.$e)(`${verdict.message} (fail-on: none)`);
}


/***/ })

};
;