"use strict";
exports.id = 434;
exports.ids = [434];
exports.modules = {

/***/ 8434:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  execute: () => (/* binding */ cutover_execute)
});

// UNUSED EXPORTS: prepareManifests

// EXTERNAL MODULE: external "node:events"
var external_node_events_ = __webpack_require__(8474);
// EXTERNAL MODULE: ./actions/_shared/src/cancel.ts
var cancel = __webpack_require__(5012);
// EXTERNAL MODULE: ./actions/_shared/src/runner.ts + 1 modules
var runner = __webpack_require__(5459);
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
    const { summary } = await __webpack_require__.e(/* import() */ 811).then(__webpack_require__.bind(__webpack_require__, 6811));
    await summary.addRaw(markdown, true).write();
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

// EXTERNAL MODULE: ./actions/_shared/src/errors.ts
var errors = __webpack_require__(8065);
;// CONCATENATED MODULE: ./actions/_shared/src/retry.ts

/**
 * Retries with "full jitter" exponential backoff (delay = random(0, min(max, base·2^n))),
 * which spreads out retries from many runners hitting the same throttled API.
 */
async function retry(fn, options = {}) {
    const { attempts = 5, baseMs = 200, maxDelayMs = 10_000, deadline = Number.POSITIVE_INFINITY, isRetryable = () => true, onRetry, signal, sleep = cancel/* sleep */.yy, random = Math.random, now = Date.now, } = options;
    for (let attempt = 1;; attempt++) {
        if (signal?.aborted)
            throw signal.reason ?? new cancel/* CancelledError */.cc();
        try {
            return await fn(attempt);
        }
        catch (error) {
            if (attempt >= attempts || signal?.aborted || !isRetryable(error))
                throw error;
            const jitter = Math.floor(random() * Math.min(maxDelayMs, baseMs * 2 ** (attempt - 1)));
            const delay = Math.max(jitter, serverDelay(error));
            if (now() + delay >= deadline)
                throw error;
            onRetry?.(error, attempt, delay);
            await sleep(delay, signal);
        }
    }
}
function serverDelay(error) {
    const ms = error?.retryAfterMs;
    return typeof ms === 'number' && Number.isFinite(ms) && ms > 0 ? ms : 0;
}

// EXTERNAL MODULE: ./actions/blue-green/src/constants.ts
var constants = __webpack_require__(2613);
;// CONCATENATED MODULE: ./actions/blue-green/src/kube.ts
/**
 * A thin Kubernetes REST client: every call retried on 429, 5xx and dropped
 * connections within the run's deadline, and watches that survive drops
 * (list, then watch from the list's resourceVersion; relist on 410 Gone).
 * The transport (HTTP + kubeconfig auth) is injected; see kube-node.ts.
 */






class KubeError extends Error {
    status;
    reason;
    name = 'KubeError';
    constructor(status, reason, message) {
        super(message);
        this.status = status;
        this.reason = reason;
    }
}
function isStatus(error, status) {
    return error instanceof KubeError && error.status === status;
}
function isRetryableKube(error) {
    if (error instanceof KubeError)
        return isRetryableStatus(error.status);
    return isTransientNetworkError(error) || error?.code === 'ECONNRESET';
}
const PatchTypes = {
    merge: 'application/merge-patch+json',
    json: 'application/json-patch+json',
    strategic: 'application/strategic-merge-patch+json',
};
const dryRunQuery = (opts) => (opts.dryRun ? { dryRun: 'All' } : undefined);
class Kube {
    transport;
    options;
    constructor(transport, options = {}) {
        this.transport = transport;
        this.options = options;
    }
    /** A client sharing the transport but with its own signal (e.g. cleanup after a cancel). */
    with(options) {
        return new Kube(this.transport, { ...this.options, ...options });
    }
    get signal() {
        return this.options.signal;
    }
    async call(method, path, options = {}) {
        const what = `${method} ${path}`;
        return retry(async () => {
            this.options.onRequest?.(method, path);
            const res = await this.transport.request(method, path, {
                ...options,
                signal: this.options.signal,
            });
            if (res.status >= 200 && res.status < 300)
                return res.body;
            const body = res.body ?? {};
            const detail = `${what}: ${res.status} ${body.reason ?? ''} ${body.message ?? ''}`.trim();
            if (res.status === 401 || res.status === 403) {
                throw new errors/* ActionFailure */.dR(`${detail}. The kubeconfig's identity needs the deployer Role (k8s/base/apps/rbac.yaml); see the action's RBAC section`, constants/* Reasons */.C1.Forbidden);
            }
            if (res.status === 400 || res.status === 422) {
                throw new errors/* ActionFailure */.dR(`The API server rejected ${detail}`, constants/* Reasons */.C1.RejectedByApi);
            }
            throw new KubeError(res.status, body.reason ?? String(res.status), detail);
        }, {
            attempts: 10,
            baseMs: 50,
            maxDelayMs: 2000,
            deadline: this.options.deadline,
            signal: this.options.signal,
            sleep: this.options.sleep,
            isRetryable: isRetryableKube,
            onRetry: (error, attempt) => this.options.onRetry?.(what, error, attempt),
        });
    }
    /** The object, or undefined when it does not exist. */
    async get(path) {
        try {
            return await this.call('GET', path);
        }
        catch (error) {
            if (isStatus(error, 404))
                return undefined;
            throw error;
        }
    }
    list(path, query = {}) {
        return this.call('GET', path, { query });
    }
    /** POST; `dryRun`: validated and admitted by the server, never stored. */
    create(collection, obj, opts = {}) {
        return this.call('POST', collection, { body: obj, query: dryRunQuery(opts) });
    }
    /** PUT: with metadata.resourceVersion set, a stale write is a 409 Conflict (also in a dry run). */
    replace(path, obj, opts = {}) {
        return this.call('PUT', path, { body: obj, query: dryRunQuery(opts) });
    }
    patch(path, patch, type = 'merge') {
        return this.call('PATCH', path, { body: patch, contentType: PatchTypes[type] });
    }
    async delete(path, body) {
        try {
            await this.call('DELETE', path, { body });
            return true;
        }
        catch (error) {
            if (isStatus(error, 404))
                return false;
            throw error;
        }
    }
}
/**
 * Lists a collection, then watches it, keeping a cache of the objects; calls
 * `evaluate` on the cache after the list and after every event until it
 * returns a value (or throws). Watch drops and 410 Gone relist and resume.
 */
async function watchUntil(kube, collection, evaluate, options = {}) {
    const signal = kube.signal;
    const now = options.now ?? Date.now;
    const pause = options.sleep ?? cancel/* sleep */.yy;
    const query = { labelSelector: options.labelSelector, fieldSelector: options.fieldSelector };
    return new Promise((resolve, reject) => {
        let settled = false;
        let stream;
        const timers = [];
        const finish = (fn) => {
            if (settled)
                return;
            settled = true;
            for (const t of timers)
                clearTimeout(t);
            signal?.removeEventListener('abort', onAbort);
            stream?.abort();
            fn();
        };
        const onAbort = () => finish(() => reject(signal?.reason ?? new cancel/* CancelledError */.cc()));
        if (signal?.aborted)
            return onAbort();
        signal?.addEventListener('abort', onAbort, { once: true });
        if (options.until !== undefined) {
            const t = setTimeout(() => finish(() => reject(options.onTimeout?.() ?? new Error(`timed out watching ${collection}`))), Math.max(0, options.until - now()));
            timers.push(t);
        }
        const cache = new Map();
        const check = () => {
            if (settled)
                return;
            try {
                const result = evaluate(cache);
                if (result !== undefined)
                    finish(() => resolve(result));
            }
            catch (error) {
                finish(() => reject(error));
            }
        };
        if (options.recheckMs) {
            const tick = () => {
                check();
                if (!settled)
                    timers.push(setTimeout(tick, options.recheckMs));
            };
            timers.push(setTimeout(tick, options.recheckMs));
        }
        const cycle = async () => {
            while (!settled) {
                let list;
                try {
                    list = await kube.list(collection, query);
                }
                catch (error) {
                    return finish(() => reject(error));
                }
                if (settled)
                    return;
                cache.clear();
                for (const item of list.items)
                    cache.set(item.metadata.name, item);
                check();
                if (settled)
                    return;
                let resourceVersion = list.metadata.resourceVersion;
                const ended = await new Promise((streamEnded) => {
                    kube.transport
                        .watch(collection, { ...query, resourceVersion, allowWatchBookmarks: true }, (event) => {
                        if (event.type === 'ERROR') {
                            // 410 Gone (or any error event): relist and resume.
                            stream?.abort();
                            streamEnded(new Error(`watch error: ${JSON.stringify(event.object)}`));
                            return;
                        }
                        const obj = event.object;
                        if (obj?.metadata?.resourceVersion)
                            resourceVersion = obj.metadata.resourceVersion;
                        if (event.type === 'BOOKMARK')
                            return;
                        if (event.type === 'DELETED')
                            cache.delete(obj.metadata.name);
                        else
                            cache.set(obj.metadata.name, obj);
                        check();
                    }, (error) => streamEnded(error ?? null))
                        .then((s) => {
                        stream = s;
                        if (settled)
                            s.abort();
                    }, streamEnded);
                });
                if (settled)
                    return;
                // The stream dropped: a short pause when it failed, then list again.
                if (ended)
                    await pause(50, signal).catch(() => { });
            }
        };
        void cycle();
    });
}
/**
 * Runs `fn` for every item in parallel. The first failure stops the others
 * (their requests and watches see an aborted signal) and is rethrown once all
 * have settled, so nothing keeps running behind a failed phase.
 */
async function allOrStop(kube, items, fn) {
    const stop = new AbortController();
    const signal = kube.signal ? AbortSignal.any([kube.signal, stop.signal]) : stop.signal;
    (0,external_node_events_.setMaxListeners)(0, signal);
    const scoped = kube.with({ signal });
    let failure;
    const settled = await Promise.allSettled(items.map((item) => fn(scoped, item).catch((error) => {
        if (!failure) {
            failure = { error };
            stop.abort(error);
        }
        throw error;
    })));
    if (failure)
        throw failure.error;
    return settled.map((s) => s.value);
}
/** API paths of the kinds the action touches. */
const paths = {
    deployments: (ns) => `/apis/apps/v1/namespaces/${ns}/deployments`,
    deployment: (ns, name) => `/apis/apps/v1/namespaces/${ns}/deployments/${name}`,
    deploymentScale: (ns, name) => `/apis/apps/v1/namespaces/${ns}/deployments/${name}/scale`,
    replicasets: (ns) => `/apis/apps/v1/namespaces/${ns}/replicasets`,
    pods: (ns) => `/api/v1/namespaces/${ns}/pods`,
    services: (ns) => `/api/v1/namespaces/${ns}/services`,
    service: (ns, name) => `/api/v1/namespaces/${ns}/services/${name}`,
    serviceProxy: (ns, name, port) => `/api/v1/namespaces/${ns}/services/${name}:${port}/proxy`,
    hpas: (ns) => `/apis/autoscaling/v2/namespaces/${ns}/horizontalpodautoscalers`,
    hpa: (ns, name) => `/apis/autoscaling/v2/namespaces/${ns}/horizontalpodautoscalers/${name}`,
    leases: (ns) => `/apis/coordination.k8s.io/v1/namespaces/${ns}/leases`,
    lease: (ns, name) => `/apis/coordination.k8s.io/v1/namespaces/${ns}/leases/${name}`,
    endpointslices: (ns) => `/apis/discovery.k8s.io/v1/namespaces/${ns}/endpointslices`,
    events: (ns) => `/api/v1/namespaces/${ns}/events`,
};

;// CONCATENATED MODULE: ./actions/blue-green/src/checks.ts
/**
 * Smoke checks (through the preview Services, before any switch) and the
 * analysis after the switch (HTTP probes through the live Services and
 * Prometheus queries with thresholds, over `count` rounds `interval` apart).
 */



/**
 * Who answered, per the analysis `identity` setting: a response header, or a
 * top-level field of a JSON body (the pod, colour or version naming itself).
 */
function servedBy(identity, answer) {
    if (identity.header)
        return answer.headers[identity.header.toLowerCase()];
    try {
        const value = JSON.parse(answer.body)[identity.field ?? ''];
        return value === undefined || value === null ? undefined : String(value);
    }
    catch {
        return undefined;
    }
}
/**
 * How the runner reaches a Service: a base URL from `service-urls` when given
 * (an internal ingress, a port-forward, the sandbox's data plane), else the
 * API server's Service proxy.
 */
function serviceGetter(kube, namespace, serviceUrls, port = () => 'http', authorization = new Map()) {
    return async (service, path, timeoutMs, signal) => {
        const base = serviceUrls.get(service);
        if (base) {
            const auth = authorization.get(service);
            const res = await fetch(new URL(path, base.endsWith('/') ? base : `${base}/`), {
                signal: withTimeout(signal, timeoutMs),
                headers: auth ? { Authorization: auth } : {},
            });
            return {
                status: res.status,
                body: await res.text(),
                headers: Object.fromEntries(res.headers),
            };
        }
        const res = await kube.transport.request('GET', `${paths.serviceProxy(namespace, service, port(service))}${path}`, { signal: withTimeout(signal, timeoutMs) });
        const body = typeof res.body === 'string' ? res.body : JSON.stringify(res.body ?? '');
        const headers = {};
        for (const [k, v] of Object.entries(res.headers ?? {}))
            headers[k.toLowerCase()] = String(v);
        return { status: res.status, body, headers };
    };
}
function describe(check, service) {
    return `GET ${service}${check.path} → ${check.status}${check.body ? ` /${check.body.source}/` : ''}`;
}
/** One HTTP check with its retries; never throws (a failure is a result). */
async function runHttpCheck(get, service, check, options = {}) {
    const sleep = options.sleep ?? cancel/* sleep */.yy;
    const now = options.now ?? Date.now;
    const name = describe(check, service);
    let detail = '';
    let who;
    let attempt = 0;
    for (; attempt <= check.retries; attempt++) {
        if (attempt > 0) {
            const delay = Math.min(2000, 100 * 2 ** (attempt - 1));
            if (options.until !== undefined && now() + delay > options.until)
                break;
            await sleep(delay, options.signal);
        }
        options.signal?.throwIfAborted();
        try {
            const res = await get(service, check.path, check.timeoutMs, options.signal);
            who = options.identity ? servedBy(options.identity, res) : undefined;
            if (res.status !== check.status)
                detail = `status ${res.status}, expected ${check.status}`;
            else if (check.body && !check.body.test(res.body)) {
                detail = `body does not match /${check.body.source}/: ${res.body.slice(0, 200)}`;
            }
            else {
                return {
                    name,
                    ok: true,
                    detail: `status ${res.status}`,
                    attempts: attempt + 1,
                    servedBy: who,
                };
            }
        }
        catch (error) {
            options.signal?.throwIfAborted();
            detail = `request failed: ${error.message}`;
        }
    }
    return { name, ok: false, detail, attempts: attempt, servedBy: who };
}
/** Prometheus' instant query API: every sample of the result, as numbers. */
function prometheusQuery(baseUrl, timeoutMs = 10_000, authorization) {
    return async (query, signal) => {
        const url = new URL('api/v1/query', baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`);
        url.searchParams.set('query', query);
        const res = await fetch(url, {
            signal: withTimeout(signal, timeoutMs),
            headers: authorization ? { Authorization: authorization } : {},
        });
        const text = await res.text();
        let doc;
        try {
            doc = JSON.parse(text);
        }
        catch {
            throw new Error(`Prometheus answered ${res.status} ${res.statusText} (not the query API's JSON)`);
        }
        if (doc.status !== 'success' || !doc.data) {
            throw new Error(`Prometheus answered ${res.status}: ${doc.error ?? doc.status}`);
        }
        const { resultType, result } = doc.data;
        if (resultType === 'scalar')
            return [Number(result[1])];
        if (resultType === 'vector') {
            return result.map((s) => Number(s.value[1]));
        }
        throw new Error(`Prometheus query returned a ${resultType}; use an instant vector or scalar`);
    };
}
async function runPrometheusCheck(query, check, signal) {
    const bounds = [
        check.min !== undefined ? `≥ ${check.min}` : '',
        check.max !== undefined ? `≤ ${check.max}` : '',
    ]
        .filter(Boolean)
        .join(' and ');
    const name = `${check.name} ${bounds}`;
    try {
        const values = await query(check.query, signal);
        if (values.length === 0)
            return { name, ok: false, detail: 'no data', attempts: 1 };
        const bad = values.filter((v) => Number.isNaN(v) ||
            (check.min !== undefined && v < check.min) ||
            (check.max !== undefined && v > check.max));
        return {
            name,
            ok: bad.length === 0,
            detail: `value${values.length > 1 ? 's' : ''} ${values.join(', ')}`,
            attempts: 1,
        };
    }
    catch (error) {
        signal?.throwIfAborted();
        return { name, ok: false, detail: error.message, attempts: 1 };
    }
}
function targetsFor(check, targets) {
    return check.app ? targets.filter((t) => t.app === check.app) : [...targets];
}
/** Runs every smoke check against every matching app's Service, in parallel. */
async function runSmokeChecks(get, checks, targets, options = {}) {
    const runs = checks.flatMap((c) => targetsFor(c, targets).map((t) => runHttpCheck(get, t.service, c, options)));
    return Promise.all(runs);
}
/**
 * Argo-style post-promotion analysis: fails once more than failure-limit
 * counted rounds failed. With `isNew`, a round where any HTTP answer came from
 * something else than the new colour is not counted at all.
 */
async function runAnalysis(analysis, get, targets, query, options = {}) {
    const sleep = options.sleep ?? cancel/* sleep */.yy;
    const rounds = [];
    let failures = 0;
    let samples = 0;
    for (let round = 1; round <= analysis.count; round++) {
        if (round > 1)
            await sleep(analysis.intervalMs, options.signal);
        const http = analysis.http.flatMap((c) => targetsFor(c, targets).map(async (t) => ({
            app: t.app,
            result: await runHttpCheck(get, t.service, c, {
                signal: options.signal,
                sleep,
                identity: analysis.identity,
            }),
        })));
        const [answers, promResults] = await Promise.all([
            Promise.all(http),
            Promise.all(query ? analysis.prometheus.map((c) => runPrometheusCheck(query, c, options.signal)) : []),
        ]);
        const results = [...answers.map((a) => a.result), ...promResults];
        const isNew = options.isNew;
        const counted = !isNew || answers.every((a) => isNew(a.app, a.result.servedBy));
        const ok = results.every((r) => r.ok);
        const entry = { round, results, ok, counted };
        rounds.push(entry);
        options.onRound?.(entry);
        if (!counted)
            continue;
        samples++;
        if (!ok) {
            failures++;
            if (failures > analysis.failureLimit)
                return { ok: false, rounds, failures, samples };
        }
    }
    return { ok: true, rounds, failures, samples };
}

// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
// EXTERNAL MODULE: ./actions/_shared/src/inputs.ts
var inputs = __webpack_require__(7719);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
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

// EXTERNAL MODULE: ./actions/blue-green/src/images.ts
var src_images = __webpack_require__(9344);
;// CONCATENATED MODULE: ./actions/blue-green/src/manifests.ts
/**
 * Manifests: files, globs or a kustomize directory (built with the real
 * `kubectl kustomize`), grouped per app, and rendered for the idle colour.
 */







const GLOB = /[*?[]/;
function globToRegExp(glob) {
    let re = '';
    for (let i = 0; i < glob.length; i++) {
        const c = glob[i];
        if (c === '*' && glob[i + 1] === '*') {
            re += glob[i + 2] === '/' ? '(?:.*/)?' : '.*';
            i += glob[i + 2] === '/' ? 2 : 1;
        }
        else if (c === '*')
            re += '[^/]*';
        else if (c === '?')
            re += '[^/]';
        else
            re += c.replace(/[.+^${}()|[\]\\]/g, '\\$&');
    }
    return new RegExp(`^${re}$`);
}
function walk(dir) {
    return (0,external_node_fs_.readdirSync)(dir, { recursive: true, withFileTypes: false })
        .map(String)
        .map((f) => (0,external_node_path_.join)(dir, f))
        .filter((f) => (0,external_node_fs_.statSync)(f).isFile());
}
const isManifestFile = (f) => /\.(ya?ml|json)$/.test(f);
const kustomization = (dir) => ['kustomization.yaml', 'kustomization.yml', 'Kustomization'].some((f) => (0,external_node_fs_.existsSync)((0,external_node_path_.join)(dir, f)));
/** Reads every object named by the `manifests` input, in order. */
async function loadManifests(entries, options = {}) {
    const cwd = options.cwd ?? process.cwd();
    const objects = [];
    for (const entry of entries) {
        const texts = [];
        if (GLOB.test(entry)) {
            const firstGlob = entry.search(GLOB);
            const baseDir = (0,external_node_path_.resolve)(cwd, entry.slice(0, entry.lastIndexOf('/', firstGlob) + 1) || '.');
            const pattern = globToRegExp((0,external_node_path_.resolve)(cwd, entry));
            const files = (0,external_node_fs_.existsSync)(baseDir)
                ? walk(baseDir)
                    .filter((f) => pattern.test(f) && isManifestFile(f))
                    .sort()
                : [];
            if (files.length === 0) {
                throw new errors/* ConfigurationError */.j1(`Input ${constants/* Inputs */.G0.Manifests}: "${entry}" matches no file`);
            }
            for (const f of files)
                texts.push({ source: (0,external_node_path_.relative)(cwd, f), text: (0,external_node_fs_.readFileSync)(f, 'utf8') });
        }
        else {
            const path = (0,external_node_path_.resolve)(cwd, entry);
            if (!(0,external_node_fs_.existsSync)(path)) {
                throw new errors/* ConfigurationError */.j1(`Input ${constants/* Inputs */.G0.Manifests}: "${entry}" does not exist`);
            }
            if ((0,external_node_fs_.statSync)(path).isDirectory()) {
                if (kustomization(path)) {
                    texts.push({ source: entry, text: await kustomize(path, options) });
                }
                else {
                    for (const f of walk(path).filter(isManifestFile).sort()) {
                        texts.push({ source: (0,external_node_path_.relative)(cwd, f), text: (0,external_node_fs_.readFileSync)(f, 'utf8') });
                    }
                }
            }
            else {
                texts.push({ source: entry, text: (0,external_node_fs_.readFileSync)(path, 'utf8') });
            }
        }
        for (const { source, text } of texts)
            objects.push(...parseObjects(source, text));
    }
    return objects;
}
async function kustomize(dir, options) {
    let result;
    try {
        result = await execute(options.kubectl ?? 'kubectl', ['kustomize', dir], {
            output: 'capture',
            signal: options.signal,
        });
    }
    catch (error) {
        throw new errors/* ConfigurationError */.j1(`Input ${constants/* Inputs */.G0.Manifests}: ${dir} is a kustomize directory but kubectl could not run (${error.message}); install kubectl on the runner`);
    }
    if (result.exitCode !== 0) {
        throw new errors/* ConfigurationError */.j1(`Input ${constants/* Inputs */.G0.Manifests}: kubectl kustomize ${dir} failed: ${result.stderr.trim()}`);
    }
    return result.stdout;
}
function parseObjects(source, text) {
    const objects = [];
    for (const doc of (0,dist.parseAllDocuments)(text)) {
        if (doc.errors.length > 0) {
            throw new errors/* ConfigurationError */.j1(`Input ${constants/* Inputs */.G0.Manifests}: ${source} is not valid YAML: ${doc.errors[0].message}`);
        }
        const value = doc.toJS();
        if (value === null || value === undefined)
            continue;
        const items = typeof value === 'object' && value.kind?.endsWith('List')
            ? (value.items ?? [])
            : [value];
        for (const item of items) {
            const obj = item;
            if (!obj || typeof obj !== 'object' || !obj.kind || !obj.apiVersion || !obj.metadata?.name) {
                throw new errors/* ConfigurationError */.j1(`Input ${constants/* Inputs */.G0.Manifests}: ${source} holds a document without apiVersion, kind and metadata.name`);
            }
            objects.push(obj);
        }
    }
    return objects;
}
const COLOR_SUFFIX = /-(blue|green)$/;
/** The app a Deployment belongs to: its app.kubernetes.io/name label, else its name without a colour. */
function appOf(obj) {
    return obj.metadata.labels?.[constants/* Labels */.gC.Name] ?? obj.metadata.name.replace(COLOR_SUFFIX, '');
}
/**
 * Groups the objects per app, whatever their order (a Service may come before
 * its Deployment). Kinds the action does not manage are returned as ignored.
 */
function groupApps(objects, namespace) {
    const inNamespace = (o) => !o.metadata.namespace || o.metadata.namespace === namespace;
    const ignored = [];
    const apps = new Map();
    for (const o of objects) {
        if (o.kind === 'Deployment' && inNamespace(o)) {
            const app = appOf(o);
            if (apps.has(app)) {
                throw new errors/* ConfigurationError */.j1(`Input ${constants/* Inputs */.G0.Manifests}: app "${app}" has more than one Deployment (${apps.get(app).deployment.metadata.name}, ${o.metadata.name}); give one colour's Deployment per app`);
            }
            apps.set(app, { app, deployment: o });
        }
    }
    for (const o of objects) {
        if (o.kind === 'Deployment' && inNamespace(o))
            continue;
        if (!inNamespace(o)) {
            ignored.push(`${o.kind}/${o.metadata.name} (namespace ${o.metadata.namespace})`);
            continue;
        }
        if (o.kind === 'HorizontalPodAutoscaler') {
            const target = o.spec?.scaleTargetRef?.name;
            const owner = [...apps.values()].find((a) => a.deployment.metadata.name === target);
            if (owner) {
                owner.hpa = o;
                continue;
            }
        }
        if (o.kind === 'Service') {
            const live = apps.get(o.metadata.name);
            if (live) {
                live.liveService = o;
                continue;
            }
            const preview = apps.get(o.metadata.name.replace(/-preview$/, ''));
            if (preview && o.metadata.name.endsWith('-preview')) {
                preview.previewService = o;
                continue;
            }
        }
        ignored.push(`${o.kind}/${o.metadata.name}`);
    }
    if (apps.size === 0) {
        throw new errors/* ConfigurationError */.j1(`Input ${constants/* Inputs */.G0.Manifests}: no Deployment in namespace ${namespace}; nothing to deploy`);
    }
    return { apps: [...apps.values()].sort((a, b) => a.app.localeCompare(b.app)), ignored };
}
/** Sets every `medimind.io/color` label value found in a label map to `color`. */
function withColorLabel(labels, color) {
    return { ...labels, [constants/* Labels */.gC.Color]: color };
}
function clean(obj, name, namespace) {
    const copy = structuredClone(obj);
    const { labels, annotations } = copy.metadata;
    copy.metadata = { name, namespace, labels, annotations };
    delete copy.status;
    return copy;
}
function deploymentName(app, color) {
    return `${app}-${color}`;
}
/** The idle colour's Deployment: renamed, relabelled, re-selected, pre-scaled, images pinned. */
function renderDeployment(m, o) {
    const d = clean(m.deployment, deploymentName(m.app, o.color), o.namespace);
    d.metadata.labels = withColorLabel({ [constants/* Labels */.gC.Name]: m.app, ...d.metadata.labels }, o.color);
    d.metadata.annotations = { ...d.metadata.annotations, [constants/* Annotations */.rB.ReleaseId]: o.releaseId };
    const spec = d.spec ?? {};
    d.spec = spec;
    spec.replicas = o.replicas;
    spec.selector = {
        ...spec.selector,
        matchLabels: withColorLabel({ [constants/* Labels */.gC.Name]: m.app, ...spec.selector?.matchLabels }, o.color),
    };
    spec.template ??= {};
    spec.template.metadata ??= {};
    spec.template.metadata.labels = withColorLabel({ [constants/* Labels */.gC.Name]: m.app, ...spec.template.metadata.labels }, o.color);
    // A new release id always rolls new pods, even when only config changed.
    spec.template.metadata.annotations = {
        ...spec.template.metadata.annotations,
        [constants/* Annotations */.rB.ReleaseId]: o.releaseId,
    };
    for (const c of spec.template.spec?.topologySpreadConstraints ?? []) {
        const ml = c.labelSelector?.matchLabels;
        if (ml && constants/* Labels */.gC.Color in ml)
            c.labelSelector.matchLabels = withColorLabel(ml, o.color);
    }
    for (const kind of ['containers', 'initContainers']) {
        for (const c of spec.template.spec?.[kind] ?? []) {
            const next = (0,src_images/* imageFor */.zd)(o.images, c.name, c.image ?? '');
            if (next)
                c.image = next;
            const problem = (0,src_images/* checkImageRef */.Fw)(c.image ?? '');
            if (problem) {
                throw new errors/* ConfigurationError */.j1(`Deployment ${m.deployment.metadata.name}, container ${c.name}: image "${c.image}" ${problem} (set it with the ${constants/* Inputs */.G0.Images} input)`);
            }
        }
    }
    return d;
}
function renderHpa(m, o) {
    if (!m.hpa)
        return undefined;
    const h = clean(m.hpa, deploymentName(m.app, o.color), o.namespace);
    h.metadata.labels = withColorLabel({ [constants/* Labels */.gC.Name]: m.app, ...h.metadata.labels }, o.color);
    h.spec = {
        ...h.spec,
        scaleTargetRef: { ...h.spec.scaleTargetRef, name: deploymentName(m.app, o.color) },
    };
    return h;
}
/** The selector a Service gets for a colour: its own selector with the colour set. */
function selectorForColor(app, base, color) {
    return withColorLabel({ [constants/* Labels */.gC.Name]: app, ...base }, color);
}
/** A Service from the manifests, ready to create (first deploy). */
function renderService(svc, name, app, namespace, color) {
    const base = svc
        ? clean(svc, name, namespace)
        : {
            apiVersion: 'v1',
            kind: 'Service',
            metadata: { name, namespace, labels: { [constants/* Labels */.gC.Name]: app } },
            spec: { ports: [{ name: 'http', port: 80, targetPort: 'http', protocol: 'TCP' }] },
        };
    base.spec = { ...base.spec, selector: selectorForColor(app, base.spec?.selector, color) };
    return base;
}

;// CONCATENATED MODULE: ./actions/blue-green/src/ops.ts
/** The Kubernetes writes of a cutover, each idempotent so a rerun converges. */



const selects = (selector, labels) => !!selector &&
    Object.keys(selector).length > 0 &&
    Object.entries(selector).every(([k, v]) => labels[k] === v);
/**
 * Refuses (lock-lost) to remove or scale down a Deployment whose pods any
 * Service other than its app's preview Service selects, whatever this run
 * believes: re-read right before every destructive call, because another
 * run may have made that colour live meanwhile.
 */
async function assertNotServing(kube, namespace, deployment, action) {
    const d = await kube.get(paths.deployment(namespace, deployment));
    if (!d)
        return;
    const labels = d.spec?.template?.metadata?.labels ?? {};
    const app = labels[constants/* Labels */.gC.Name] ?? d.metadata.labels?.[constants/* Labels */.gC.Name];
    const services = await kube.list(paths.services(namespace));
    const serving = services.items.filter((s) => s.metadata.name !== `${app}-preview` && selects(s.spec?.selector, labels));
    if (serving.length > 0) {
        throw new errors/* ActionFailure */.dR(`Refusing to ${action} ${deployment}: Service ${serving.map((s) => s.metadata.name).join(', ')} sends live traffic to it (another run changed the live colour; this run no longer owns the release)`, constants/* Reasons */.C1.LockLost);
    }
}
/** Creates the object, or replaces it (carrying the live resourceVersion) when it exists. */
async function createOrReplace(kube, collection, obj) {
    const path = `${collection}/${obj.metadata.name}`;
    for (let i = 0;; i++) {
        const existing = await kube.get(path);
        try {
            if (!existing)
                return await kube.create(collection, obj);
            return await kube.replace(path, {
                ...obj,
                metadata: { ...obj.metadata, resourceVersion: existing.metadata.resourceVersion },
            });
        }
        catch (error) {
            // Created or changed in between (by a controller writing status): read again.
            if (isStatus(error, 409) && i < 5)
                continue;
            throw error;
        }
    }
}
/** Merge-patches a Service's annotations (never its selector). */
async function annotate(kube, namespace, name, values, now = Date.now()) {
    try {
        return await kube.patch(paths.service(namespace, name), {
            metadata: {
                annotations: { ...values, [constants/* Annotations */.rB.UpdatedAt]: new Date(now).toISOString() },
            },
        });
    }
    catch (error) {
        if (isStatus(error, 404))
            return undefined;
        throw error;
    }
}
/**
 * Scales a colour down to zero. Its HPA stays: an HPA whose target has zero
 * replicas is inactive (autoscaling/v2 semantics), and it is back in charge as
 * soon as a rollback scales the colour up again.
 */
async function scaleDown(kube, namespace, deployment) {
    await assertNotServing(kube, namespace, deployment, 'scale down');
    try {
        await kube.patch(paths.deployment(namespace, deployment), { spec: { replicas: 0 } });
    }
    catch (error) {
        if (isStatus(error, 404))
            return;
        throw error;
    }
}
/** Scales a colour back up to at least `replicas`. */
async function scaleUp(kube, namespace, deployment, replicas) {
    return kube.patch(paths.deployment(namespace, deployment.metadata.name), {
        spec: { replicas: Math.max(replicas, deployment.spec?.replicas ?? 0) },
    });
}
/** Removes a colour that never went live (its Deployment and HPA). */
async function removeColor(kube, namespace, deployment) {
    await assertNotServing(kube, namespace, deployment, 'remove');
    const hpas = await kube.list(paths.hpas(namespace));
    for (const h of hpas.items.filter((h) => h.spec?.scaleTargetRef?.name === deployment)) {
        await kube.delete(paths.hpa(namespace, h.metadata.name));
    }
    await kube.delete(paths.deployment(namespace, deployment), {
        apiVersion: 'v1',
        kind: 'DeleteOptions',
        propagationPolicy: 'Background',
    });
}
/** A Kubernetes Event on a Service; best effort (a failure to record never fails the cutover). */
async function recordEvent(kube, namespace, service, reason, message, type = 'Normal', now = Date.now()) {
    if (!service)
        return;
    const t = new Date(now).toISOString();
    try {
        await kube.create(paths.events(namespace), {
            apiVersion: 'v1',
            kind: 'Event',
            metadata: {
                name: `${service.metadata.name}.${now.toString(16)}${Math.floor(Math.random() * 4096).toString(16)}`,
                namespace,
                labels: { [constants/* Labels */.gC.Name]: service.metadata.labels?.[constants/* Labels */.gC.Name] ?? service.metadata.name },
            },
            involvedObject: {
                apiVersion: 'v1',
                kind: 'Service',
                name: service.metadata.name,
                namespace,
                uid: service.metadata.uid,
                resourceVersion: service.metadata.resourceVersion,
            },
            reason,
            message: message.slice(0, 1024),
            type,
            source: { component: constants/* EVENT_SOURCE */.N8 },
            firstTimestamp: t,
            lastTimestamp: t,
            count: 1,
        });
    }
    catch {
        // Events are for people reading `kubectl describe`; the cutover does not depend on them.
    }
}

;// CONCATENATED MODULE: ./actions/blue-green/src/report.ts
/** The timeline of phases (with durations) and the job summary built from it. */



/**
 * One output value for several apps: the colour when all agree (or all are
 * empty), else `app=colour` pairs in app order.
 */
function perApp(pairs) {
    const unique = [...new Set(pairs.map(([, v]) => v ?? ''))];
    if (unique.length <= 1)
        return unique[0] ?? '';
    return pairs.map(([app, v]) => `${app}=${v ?? ''}`).join(',');
}
class Timeline {
    now;
    entries = [];
    constructor(now = Date.now) {
        this.now = now;
    }
    /** Runs one phase in a log group, recording its duration and outcome. */
    async phase(name, fn, note) {
        (0,runner/* startGroup */.Oh)(name);
        const startedAt = this.now();
        const entry = { phase: name, startedAt, ms: 0, status: 'ok' };
        this.entries.push(entry);
        try {
            const value = await fn();
            entry.note = note?.(value);
            return value;
        }
        catch (error) {
            entry.status = 'failed';
            entry.note = error?.message?.split('\n')[0];
            throw error;
        }
        finally {
            entry.ms = this.now() - startedAt;
            (0,runner/* info */.pq)(`${name}: ${formatElapsed(entry.ms)}${entry.status === 'failed' ? ' (failed)' : ''}`);
            (0,runner/* endGroup */.N4)();
        }
    }
    skip(name, note) {
        this.entries.push({ phase: name, startedAt: this.now(), ms: 0, status: 'skipped', note });
        (0,runner/* info */.pq)(`${name}: skipped (${note})`);
    }
}
const ICON = { ok: '✅', failed: '❌', skipped: '⏭️' };
function renderSummary(outcome, timeline, pods, namespace) {
    const title = outcome.error
        ? outcome.rolledBack
            ? `❌ blue-green: release ${outcome.releaseId} failed and was rolled back to ${outcome.activeColor}`
            : `❌ blue-green: release ${outcome.releaseId} failed; live traffic on ${outcome.activeColor || 'nothing yet'}`
        : outcome.noop
            ? `✅ blue-green: release ${outcome.releaseId} is already live on ${outcome.activeColor} (no-op)`
            : outcome.mode === 'rollback'
                ? `✅ blue-green: rolled back to ${outcome.activeColor} (release ${outcome.releaseId})`
                : outcome.mode === 'finalize'
                    ? `✅ blue-green: release ${outcome.releaseId} finalized on ${outcome.activeColor}; the old colour is scaled down`
                    : `✅ blue-green: release ${outcome.releaseId} is live on ${outcome.activeColor}`;
    const parts = [`### ${title}`, `Namespace \`${namespace}\``];
    if (outcome.error)
        parts.push(`> ${outcome.error.message ?? String(outcome.error)}`);
    parts.push('#### Timeline', table(['', 'Phase', 'Duration', 'Detail'], timeline.entries.map((e) => [ICON[e.status], e.phase, formatElapsed(e.ms), e.note ?? ''])));
    if (pods.length > 0) {
        parts.push('#### Pods behind each colour', table(['App', 'Colour', 'Pod', 'Ready', 'Image'], pods.map((p) => [p.app, p.color, p.pod, p.ready ? 'yes' : 'no', p.image])));
    }
    parts.push(table(['Output', 'Value'], [
        ['active-color', outcome.activeColor],
        ['previous-color', outcome.previousColor],
        ['release-id', outcome.releaseId],
        ['rolled-back', String(outcome.rolledBack)],
        ['switched-at', outcome.switchedAt],
    ]));
    return `${parts.join('\n\n')}\n`;
}

;// CONCATENATED MODULE: ./actions/blue-green/src/lease.ts




/** The lease guarding one app (an app name is a DNS label, so this is a valid object name). */
function leaseName(app) {
    return `blue-green.${app}`;
}
/** Renewals happen this often; expiry (duration) comes after two missed ones. */
function renewIntervalMs(durationSeconds) {
    return Math.max(50, (durationSeconds * 1000) / 2.5);
}
/** Kubernetes MicroTime: RFC 3339 with microseconds. */
function microTime(ms) {
    return new Date(ms).toISOString().replace(/\.(\d{3})Z$/, '.$1000Z');
}
function expiresAt(lease) {
    const spec = lease.spec ?? {};
    const renewed = Date.parse(spec.renewTime ?? spec.acquireTime ?? '') || 0;
    return renewed + (spec.leaseDurationSeconds ?? 0) * 1000;
}
/** `<run URL>/attempts/<n>[/jobs/<job>][#nonce]` → run URL and attempt number. */
function parseHolder(holder) {
    const m = /^(.*)\/attempts\/(\d+)(?:\/jobs\/[^#]*)?(?:#.*)?$/.exec(holder);
    return m ? { run: m[1], attempt: Number(m[2]) } : undefined;
}
function decideLease(lease, holder, now) {
    if (!lease)
        return { action: 'create' };
    const current = lease.spec?.holderIdentity ?? '';
    if (current === holder)
        return { action: 'renew' };
    if (!current)
        return { action: 'take-over', previous: '(released)' };
    // An earlier attempt of this same run is dead: GitHub never runs two attempts at once.
    // The same attempt is another live process (another job, another local run): wait for it.
    const theirs = parseHolder(current);
    const ours = parseHolder(holder);
    if (theirs && ours && theirs.run === ours.run && theirs.attempt < ours.attempt) {
        return { action: 'take-over', previous: current };
    }
    const expiry = expiresAt(lease);
    if (expiry <= now)
        return { action: 'take-over', previous: current };
    return { action: 'wait', holder: current, expiresAt: expiry };
}
function leaseBody(o, existing, now) {
    const taking = existing?.spec?.holderIdentity !== o.holder;
    return {
        apiVersion: 'coordination.k8s.io/v1',
        kind: 'Lease',
        metadata: {
            ...(existing?.metadata ?? {}),
            name: o.name,
            namespace: o.namespace,
            annotations: { ...existing?.metadata.annotations, ...o.annotations },
            labels: {
                ...existing?.metadata.labels,
                'app.kubernetes.io/managed-by': 'medimind-blue-green',
            },
        },
        spec: {
            holderIdentity: o.holder,
            leaseDurationSeconds: o.durationSeconds,
            acquireTime: taking ? microTime(now) : existing?.spec?.acquireTime,
            renewTime: microTime(now),
            leaseTransitions: (existing?.spec?.leaseTransitions ?? 0) + (existing && taking ? 1 : 0),
        },
    };
}
async function acquireLease(o) {
    const now = o.now ?? Date.now;
    const started = now();
    const giveUpAt = started + o.lockTimeoutMs;
    const path = paths.lease(o.namespace, o.name);
    const kube = o.signal ? o.kube.with({ signal: o.signal }) : o.kube;
    let tookOverFrom;
    let held;
    for (;;) {
        const lease = await kube.get(path);
        const decision = decideLease(lease, o.holder, now());
        try {
            if (decision.action === 'create') {
                held = await kube.create(paths.leases(o.namespace), leaseBody(o, undefined, now()));
                break;
            }
            if (decision.action === 'renew' || decision.action === 'take-over') {
                held = await kube.replace(path, leaseBody(o, lease, now()));
                if (decision.action === 'take-over')
                    tookOverFrom = decision.previous;
                break;
            }
        }
        catch (error) {
            // Someone else wrote first (409) or created it (409 AlreadyExists): decide again.
            if (isStatus(error, 409))
                continue;
            throw error;
        }
        if (decision.action !== 'wait')
            continue;
        if (now() >= giveUpAt) {
            throw new errors/* ActionFailure */.dR(`The rollout lock ${o.namespace}/${o.name} is held by ${decision.holder}; waited ${(0,inputs/* formatDuration */.a3)(o.lockTimeoutMs)} (lock-timeout). That run must finish or stop renewing (expires ${new Date(decision.expiresAt).toISOString()}).`, constants/* Reasons */.C1.LockHeld);
        }
        o.log?.(`Waiting for the rollout lock held by ${decision.holder}`);
        const seen = lease?.metadata.resourceVersion;
        // Wake when the lease changes or is deleted, when it expires, or at lock-timeout.
        const wakeAt = Math.min(decision.expiresAt, giveUpAt);
        await watchUntil(kube, paths.leases(o.namespace), (objects) => {
            const current = objects.get(o.name);
            return !current || current.metadata.resourceVersion !== seen || now() >= wakeAt
                ? true
                : undefined;
        }, {
            fieldSelector: `metadata.name=${o.name}`,
            recheckMs: Math.max(10, Math.min(1000, wakeAt - now())),
            now,
        });
    }
    return hold(o, held, tookOverFrom, now() - started);
}
function hold(o, initial, tookOverFrom, waitedMs) {
    const now = o.now ?? Date.now;
    const lost = new AbortController();
    const path = paths.lease(o.namespace, o.name);
    let current = initial;
    let stopped = false;
    let renewing = Promise.resolve();
    const renew = async () => {
        for (let i = 0; i < 5 && !stopped; i++) {
            try {
                current = await o.kube.replace(path, leaseBody(o, current, now()));
                return;
            }
            catch (error) {
                if (!isStatus(error, 409) && !isStatus(error, 404)) {
                    if (now() >= expiresAt(current))
                        break;
                    return; // transient and still within our lease: try at the next tick
                }
                const fresh = await o.kube.get(path).catch(() => undefined);
                if (!fresh || fresh.spec?.holderIdentity !== o.holder)
                    break;
                current = fresh;
            }
        }
        if (!stopped) {
            lost.abort(new errors/* ActionFailure */.dR(`Lost the rollout lock ${o.namespace}/${o.name} to another run; stopping`, constants/* Reasons */.C1.LockLost));
        }
    };
    const interval = setInterval(() => {
        renewing = renewing.then(renew).catch(() => { });
    }, renewIntervalMs(o.durationSeconds));
    interval.unref();
    return {
        lost: lost.signal,
        tookOverFrom,
        waitedMs,
        async release(k = o.kube) {
            stopped = true;
            clearInterval(interval);
            await renewing;
            if (lost.signal.aborted)
                return;
            const fresh = await k.get(path);
            if (fresh?.spec?.holderIdentity !== o.holder)
                return;
            try {
                await k.delete(path, {
                    apiVersion: 'v1',
                    kind: 'DeleteOptions',
                    preconditions: { resourceVersion: fresh.metadata.resourceVersion },
                });
            }
            catch (error) {
                if (!isStatus(error, 409))
                    throw error;
            }
        },
    };
}
/**
 * One lease per app, acquired one by one in sorted order within one
 * lock-timeout; on any failure the ones already held are released.
 */
async function acquireLeases(o) {
    const now = o.now ?? Date.now;
    const started = now();
    const names = [...new Set(o.apps)].sort().map(leaseName);
    const held = [];
    try {
        for (const name of names) {
            const left = Math.max(0, o.lockTimeoutMs - (now() - started));
            held.push(await acquireLease({ ...o, name, lockTimeoutMs: left }));
        }
    }
    catch (error) {
        await Promise.all(held.map((h) => h.release().catch(() => { })));
        throw error;
    }
    const tookOver = held.map((h) => h.tookOverFrom).filter(Boolean);
    return {
        names,
        lost: AbortSignal.any(held.map((h) => h.lost)),
        tookOverFrom: tookOver.length > 0 ? [...new Set(tookOver)].join(', ') : undefined,
        waitedMs: now() - started,
        async release(k) {
            const results = await Promise.allSettled(held.map((h) => h.release(k)));
            const failed = results.find((r) => r.status === 'rejected');
            if (failed)
                throw failed.reason;
        },
    };
}

;// CONCATENATED MODULE: ./actions/blue-green/src/state.ts
/**
 * The release state: read from the live Services' annotations and selectors
 * (the selector is the truth about where traffic goes; the annotations say
 * how it got there), and the pure decisions taken from it.
 */



function annotation(obj, key) {
    const value = obj?.metadata.annotations?.[key];
    return value === '' ? undefined : value;
}
function selectorOf(svc) {
    return svc?.spec?.selector;
}
/** The colour a Service's selector points at, if any. */
function serviceColor(svc) {
    const c = selectorOf(svc)?.[constants/* Labels */.gC.Color];
    return constants/* COLORS */.lm.includes(c ?? '') ? c : undefined;
}
function phaseOf(svc) {
    const p = annotation(svc, constants/* Annotations */.rB.Phase);
    return constants/* PHASES */.ZG.includes(p ?? '') ? p : undefined;
}
async function readAppState(kube, namespace, app) {
    const [live, preview, deployments, hpas] = await Promise.all([
        kube.get(paths.service(namespace, app)),
        kube.get(paths.service(namespace, `${app}-preview`)),
        kube.list(paths.deployments(namespace), { labelSelector: `${constants/* Labels */.gC.Name}=${app}` }),
        kube.list(paths.hpas(namespace), { labelSelector: `${constants/* Labels */.gC.Name}=${app}` }),
    ]);
    const state = { app, live, preview, deployments: {}, hpas: hpas.items };
    for (const d of deployments.items) {
        const color = d.metadata.labels?.[constants/* Labels */.gC.Color];
        if (color === 'blue' || color === 'green') {
            if (d.metadata.name === deploymentName(app, color))
                state.deployments[color] = d;
        }
        else if (!state.legacy || d.metadata.name === app)
            state.legacy = d;
    }
    if (!state.legacy && !serviceColor(live)) {
        // A colourless Deployment may also lack the name label: look it up by the app's name.
        const byName = await kube.get(paths.deployment(namespace, app));
        if (byName && !byName.metadata.labels?.[constants/* Labels */.gC.Color])
            state.legacy = byName;
    }
    return state;
}
/** Available: observed, every replica updated, ready and available, and no old pods left. */
function deploymentAvailable(d) {
    if (!d)
        return false;
    const s = d.status ?? {};
    const want = d.spec?.replicas ?? 1;
    return ((s.observedGeneration ?? 0) >= (d.metadata.generation ?? 0) &&
        (s.updatedReplicas ?? 0) === want &&
        (s.readyReplicas ?? 0) === want &&
        (s.availableReplicas ?? 0) === want &&
        (s.replicas ?? 0) === want);
}
function progressDeadlineExceeded(d) {
    return (d?.status?.conditions ?? []).some((c) => c.type === 'Progressing' && c.status === 'False' && c.reason === 'ProgressDeadlineExceeded');
}
/**
 * Decides, per app, which colour is stable and which is idle. An earlier run
 * interrupted after its switch (phase "switched") is undone first: its
 * analysis never passed, so its colour is not trusted.
 */
function planApp(s) {
    const liveColor = serviceColor(s.live);
    if (!s.live && !s.deployments.blue && !s.deployments.green && !s.legacy) {
        return { app: s.app, kind: 'first', idle: 'blue' };
    }
    if (!liveColor && s.legacy)
        return { app: s.app, kind: 'migration', idle: 'blue' };
    if (!liveColor)
        return { app: s.app, kind: 'first', idle: 'blue' };
    const previous = annotation(s.live, constants/* Annotations */.rB.PreviousSelector);
    if (phaseOf(s.live) === 'switched' && previous) {
        const prevSelector = JSON.parse(previous);
        const prevColor = prevSelector[constants/* Labels */.gC.Color];
        const prevDeployment = prevColor ? s.deployments[prevColor] : s.legacy;
        if (prevDeployment && (prevDeployment.spec?.replicas ?? 0) > 0) {
            return {
                app: s.app,
                kind: prevColor ? 'colored' : 'migration',
                stable: prevColor,
                revertTo: prevSelector,
                idle: prevColor ? (0,constants/* otherColor */.IP)(prevColor) : 'blue',
            };
        }
    }
    return { app: s.app, kind: 'colored', stable: liveColor, idle: (0,constants/* otherColor */.IP)(liveColor) };
}
/** This release is already live, verified and healthy on every app: nothing to do. */
function alreadyDeployed(states, releaseId) {
    return states.every((s) => {
        const color = serviceColor(s.live);
        const phase = phaseOf(s.live);
        return (color !== undefined &&
            annotation(s.live, constants/* Annotations */.rB.ReleaseId) === releaseId &&
            annotation(s.live, constants/* Annotations */.rB.ActiveColor) === color &&
            (phase === 'succeeded' || phase === 'complete') &&
            deploymentAvailable(s.deployments[color]) &&
            (s.deployments[color]?.spec?.replicas ?? 0) > 0);
    });
}
/** How many replicas the idle colour starts with: at least what serves traffic now. */
function idleReplicas(manifestReplicas, hpaMin, active) {
    return Math.max(manifestReplicas ?? 1, hpaMin ?? 0, active?.spec?.replicas ?? 0, active?.status?.readyReplicas ?? 0, 1);
}

;// CONCATENATED MODULE: ./actions/blue-green/src/wait.ts
/**
 * Waiting, by watch: a Deployment becomes Available (failing fast on pods that
 * cannot start), then a Service's EndpointSlices list exactly the expected
 * pods as ready.
 */






const FATAL_WAITING = new Set([
    'ErrImagePull',
    'ImagePullBackOff',
    'InvalidImageName',
    'CrashLoopBackOff',
    'CreateContainerConfigError',
    'CreateContainerError',
    'RunContainerError',
]);
const MAX_RESTARTS = 3;
function podReady(pod) {
    return (!pod.metadata.deletionTimestamp &&
        (pod.status?.conditions ?? []).some((c) => c.type === 'Ready' && c.status === 'True'));
}
/** Why this pod will not become ready by itself, or undefined. */
function podProblem(pod) {
    for (const cs of [
        ...(pod.status?.initContainerStatuses ?? []),
        ...(pod.status?.containerStatuses ?? []),
    ]) {
        const waiting = cs.state?.waiting;
        if (waiting && FATAL_WAITING.has(waiting.reason)) {
            return `container ${cs.name}: ${waiting.reason}${waiting.message ? ` (${waiting.message})` : ''}`;
        }
        if ((cs.restartCount ?? 0) >= MAX_RESTARTS) {
            return `container ${cs.name} restarted ${cs.restartCount} times`;
        }
    }
    if (pod.status?.phase === 'Failed')
        return `pod failed: ${pod.status?.reason ?? 'unknown reason'}`;
    return undefined;
}
/** Pods of this colour created for this release (older templates' pods are ignored). */
function releasePods(objects, releaseId) {
    return [...objects].filter((p) => p.metadata.annotations?.[constants/* Annotations */.rB.ReleaseId] === releaseId);
}
async function podEvents(kube, namespace, pod) {
    try {
        const list = await kube.list(paths.events(namespace), {
            fieldSelector: `involvedObject.name=${pod}`,
        });
        return list.items
            .filter((e) => e.involvedObject?.name === pod)
            .map((e) => `${e.type ?? ''} ${e.reason ?? ''}: ${e.message ?? ''}`.trim());
    }
    catch {
        return [];
    }
}
/**
 * Resolves with the Deployment once Available; rejects with the pod's events
 * on ImagePullBackOff, CrashLoopBackOff, repeated restarts or
 * ProgressDeadlineExceeded, and at `until`.
 */
async function waitAvailable(kube, o) {
    const stop = new AbortController();
    const signal = kube.signal ? AbortSignal.any([kube.signal, stop.signal]) : stop.signal;
    (0,external_node_events_.setMaxListeners)(0, signal);
    const scoped = kube.with({ signal });
    const timeout = () => new errors/* ActionFailure */.dR(`Deployment ${o.deployment} did not become available within ${(0,inputs/* formatDuration */.a3)(o.timeoutMs)} (rollout-timeout)`, constants/* Reasons */.C1.RolloutTimeout);
    const deployment = watchUntil(scoped, paths.deployments(o.namespace), (objects) => {
        const d = objects.get(o.deployment);
        if (progressDeadlineExceeded(d)) {
            throw new errors/* ActionFailure */.dR(`Deployment ${o.deployment} exceeded its progress deadline (ProgressDeadlineExceeded)`, constants/* Reasons */.C1.RolloutFailed);
        }
        return d && deploymentAvailable(d) ? d : undefined;
    }, {
        fieldSelector: `metadata.name=${o.deployment}`,
        until: o.until,
        onTimeout: timeout,
        now: o.now,
    });
    const pods = watchUntil(scoped, paths.pods(o.namespace), (objects) => {
        for (const pod of releasePods(objects.values(), o.releaseId)) {
            const problem = podProblem(pod);
            if (problem)
                return { pod: pod.metadata.name, problem };
        }
        return undefined;
    }, { labelSelector: `${constants/* Labels */.gC.Name}=${o.app},${constants/* Labels */.gC.Color}=${o.color}` });
    try {
        const outcome = await Promise.race([
            deployment.then((available) => ({ available })),
            pods.then((stuck) => ({ stuck })),
        ]);
        if ('available' in outcome)
            return outcome.available;
        const { stuck } = outcome;
        const events = await podEvents(kube, o.namespace, stuck.pod);
        throw new errors/* ActionFailure */.dR(`Deployment ${o.deployment}: pod ${stuck.pod} cannot start: ${stuck.problem}${events.length ? `\nEvents of ${stuck.pod}:\n  ${events.join('\n  ')}` : ''}`, constants/* Reasons */.C1.RolloutFailed);
    }
    finally {
        stop.abort();
        deployment.catch(() => { });
        pods.catch(() => { });
    }
}
/** Ready pods of the colour for this release (what the endpoints must list). */
async function readyPods(kube, namespace, app, color, releaseId) {
    const list = await kube.list(paths.pods(namespace), {
        labelSelector: `${constants/* Labels */.gC.Name}=${app},${constants/* Labels */.gC.Color}=${color}`,
    });
    const pods = releaseId ? releasePods(list.items, releaseId) : list.items;
    return pods
        .filter(podReady)
        .map((p) => p.metadata.name)
        .sort();
}
/** Ready endpoints' pod names, and every other endpoint (not ready, or serving-but-terminating). */
function endpointsOf(slices) {
    const ready = new Set();
    const other = new Set();
    for (const slice of slices) {
        for (const ep of slice.endpoints ?? []) {
            const name = ep.targetRef?.name ?? (ep.addresses ?? []).join(',');
            if (ep.conditions?.ready !== false && !ep.conditions?.terminating)
                ready.add(name);
            else
                other.add(name);
        }
    }
    return { ready, other };
}
/**
 * Waits until a Service's EndpointSlices list every expected pod as ready and
 * no other pod as ready: traffic through it reaches exactly those pods.
 */
async function waitEndpoints(kube, namespace, service, expected, until, now) {
    return watchUntil(kube, paths.endpointslices(namespace), (objects) => {
        const eps = endpointsOf(objects.values());
        const all = expected.every((p) => eps.ready.has(p));
        const only = [...eps.ready].every((p) => expected.includes(p));
        return all && only && expected.length > 0 ? eps : undefined;
    }, {
        labelSelector: `${constants/* Labels */.gC.ServiceName}=${service}`,
        until,
        now,
        onTimeout: () => new errors/* ActionFailure */.dR(`Service ${service}: its endpoints did not converge on ${expected.join(', ')} in time`, constants/* Reasons */.C1.RolloutTimeout),
    });
}

;// CONCATENATED MODULE: ./actions/blue-green/src/session.ts
/**
 * What deploy, rollback and finalize share: the lock held around the work, the
 * clients (the run's, cancelled with it, and a clean-up one that outlives a
 * cancellation), the outcome and timeline, the run's identity annotations, and
 * the pod table collected at the end whatever happened.
 */









const DEFAULT_CLEANUP_TIMEOUT_MS = 30_000;
function runIdentityAnnotations(cfg, now) {
    return {
        [constants/* Annotations */.rB.Commit]: cfg.run.commit,
        [constants/* Annotations */.rB.RunUrl]: cfg.run.runUrl,
        [constants/* Annotations */.rB.Actor]: cfg.run.actor,
        [constants/* Annotations */.rB.UpdatedAt]: new Date(now).toISOString(),
    };
}
/**
 * Runs `body` holding the lock of every app (one Lease each), with a client
 * that also aborts when a lease is lost; records any failure in the outcome and
 * collects the pod table at the end. Never throws.
 */
async function runSession(cfg, mode, apps, deps, body, options = {}) {
    const now = deps.now ?? Date.now;
    const timeline = new Timeline(now);
    const cleanupTimeoutMs = deps.cleanupTimeoutMs ?? DEFAULT_CLEANUP_TIMEOUT_MS;
    const cleanup = () => deps.kube.with({ signal: AbortSignal.timeout(cleanupTimeoutMs) });
    const outcome = {
        mode,
        noop: false,
        activeColor: '',
        previousColor: '',
        releaseId: mode === 'deploy' ? cfg.releaseId : '',
        rolledBack: false,
        switchedAt: '',
    };
    try {
        options.before?.(outcome);
        const lease = await timeline.phase('Lock', () => acquireLeases({
            kube: deps.kube,
            signal: deps.signal,
            namespace: cfg.namespace,
            apps,
            holder: cfg.run.holder,
            annotations: {
                [constants/* Annotations */.rB.RunUrl]: cfg.run.runUrl,
                [constants/* Annotations */.rB.RunAttempt]: cfg.run.attempt,
                [constants/* Annotations */.rB.Job]: cfg.run.job,
                [constants/* Annotations */.rB.Actor]: cfg.run.actor,
            },
            durationSeconds: deps.leaseDurationSeconds ?? constants/* Defaults */.Hw.LeaseDurationSeconds,
            lockTimeoutMs: cfg.lockTimeoutMs,
            now: deps.now,
            log: runner/* info */.pq,
        }), (l) => `${cfg.namespace}/${l.names.join(', ')}${l.tookOverFrom ? `, taken over from ${l.tookOverFrom}` : ''}${l.waitedMs > 50 ? `, waited ${(0,inputs/* formatDuration */.a3)(l.waitedMs)}` : ''}`);
        const signal = AbortSignal.any([deps.signal, lease.lost]);
        // Every concurrent watch, check and sleep listens on it: dozens with several apps.
        (0,external_node_events_.setMaxListeners)(0, signal, deps.signal);
        try {
            await body({
                cfg,
                deps,
                kube: deps.kube.with({ signal }),
                cleanup,
                cleanupTimeoutMs,
                timeline,
                outcome,
                now,
                sleep: deps.sleep ?? cancel/* sleep */.yy,
                step: async (s) => {
                    await deps.onStep?.(s);
                },
            });
        }
        finally {
            await lease
                .release(cleanup())
                .catch((error) => (0,runner/* warning */.$e)(`Could not release the lock: ${error.message}`));
        }
    }
    catch (error) {
        outcome.error = error;
    }
    let pods = [];
    try {
        pods = await collectPods(deps.kube.with({ signal: AbortSignal.timeout(10_000) }), cfg.namespace, apps);
    }
    catch { }
    return { outcome, timeline, pods };
}
async function collectPods(kube, namespace, apps) {
    const rows = [];
    for (const app of apps) {
        const list = await kube.list(paths.pods(namespace), { labelSelector: `${constants/* Labels */.gC.Name}=${app}` });
        for (const p of list.items) {
            if (p.metadata.deletionTimestamp)
                continue;
            rows.push({
                app,
                color: p.metadata.labels?.[constants/* Labels */.gC.Color] ?? '(none)',
                pod: p.metadata.name,
                ready: podReady(p),
                image: (p.spec?.containers ?? []).map((c) => c.image).join(', '),
            });
        }
    }
    return rows.sort((a, b) => `${a.app}${a.color}${a.pod}`.localeCompare(`${b.app}${b.color}${b.pod}`));
}

;// CONCATENATED MODULE: ./actions/blue-green/src/switch.ts
/**
 * The switch: each live Service's selector replaced with a PUT carrying the
 * resourceVersion the decision was made on. A 409 is re-read and decided: an
 * edit that left the selector alone is retried on top of; a selector somebody
 * else changed is a conflict, never overwritten.
 */




function withChanges(current, req) {
    const annotations = { ...current.metadata.annotations };
    for (const [k, v] of Object.entries(req.annotations)) {
        if (v === null)
            delete annotations[k];
        else
            annotations[k] = v;
    }
    return {
        ...current,
        metadata: { ...current.metadata, annotations },
        spec: { ...current.spec, selector: req.selector },
    };
}
async function switchService(kube, namespace, req) {
    return (await writeSelector(kube, namespace, req, false)).after;
}
/** The write (or its server-side dry run) and the Service version it was applied on top of. */
async function writeSelector(kube, namespace, req, dryRun) {
    const path = paths.service(namespace, req.service);
    let current = req.decidedOn;
    const original = req.decidedOn?.spec?.selector;
    for (let attempt = 0; attempt < 5; attempt++) {
        try {
            if (!current) {
                const body = withChanges(req.create ?? {
                    apiVersion: 'v1',
                    kind: 'Service',
                    metadata: { name: req.service, namespace },
                    spec: {},
                }, req);
                return {
                    after: await kube.create(paths.services(namespace), body, { dryRun }),
                    basis: current,
                };
            }
            return {
                after: await kube.replace(path, withChanges(current, req), { dryRun }),
                basis: current,
            };
        }
        catch (error) {
            if (!isStatus(error, 409))
                throw error;
            const fresh = await kube.get(path);
            if (!fresh) {
                throw new errors/* ActionFailure */.dR(`Service ${req.service} was deleted while switching it; nothing was overwritten`, constants/* Reasons */.C1.SwitchConflict);
            }
            const selector = fresh.spec?.selector;
            // Unchanged selector (someone edited labels/annotations, or a forced conflict),
            // or already ours (our own write landed before a dropped connection): go on from it.
            if ((original && (0,external_node_util_.isDeepStrictEqual)(selector, original)) ||
                (0,external_node_util_.isDeepStrictEqual)(selector, req.selector)) {
                current = fresh;
                continue;
            }
            throw new errors/* ActionFailure */.dR(`Service ${req.service}: its selector changed since it was read (now ${JSON.stringify(selector)}, expected ${JSON.stringify(original ?? null)}); refusing to overwrite a concurrent edit`, constants/* Reasons */.C1.SwitchConflict);
        }
    }
    throw new errors/* ActionFailure */.dR(`Service ${req.service}: kept conflicting with concurrent writes; nothing was overwritten`, constants/* Reasons */.C1.SwitchConflict);
}
/**
 * Switches several apps together. Every write is first validated by a
 * server-side dry run with its resourceVersion precondition (a conflict or a
 * rejection there means nothing was written); only then are they committed,
 * in parallel, on the versions the dry run accepted. If a commit still fails
 * (a write racing in the milliseconds between the two), the ones that
 * switched go back to their previous selector and annotations.
 */
async function switchAll(kube, revertKube, namespace, requested) {
    const validated = await Promise.all(requested.map((r) => writeSelector(kube, namespace, r, true)));
    const requests = requested.map((r, i) => ({ ...r, decidedOn: validated[i].basis }));
    const settled = await Promise.allSettled(requests.map((r) => switchService(kube, namespace, r)));
    const failed = settled.find((s) => s.status === 'rejected');
    const done = [];
    settled.forEach((s, i) => {
        if (s.status === 'fulfilled') {
            done.push({ app: requests[i].app, before: requests[i].decidedOn, after: s.value });
        }
    });
    if (!failed)
        return done;
    // A write cut short (cancelled, connection gone) may still have landed: read it back, so a
    // Service already on the new selector is put back too (never one a conflict refused).
    await Promise.all(settled.map(async (s, i) => {
        const req = requests[i];
        if (s.status === 'fulfilled' || s.reason instanceof errors/* ActionFailure */.dR || !req.decidedOn)
            return;
        const fresh = await revertKube
            .get(paths.service(namespace, req.service))
            .catch(() => undefined);
        if (fresh &&
            (0,external_node_util_.isDeepStrictEqual)(fresh.spec?.selector, req.selector) &&
            !(0,external_node_util_.isDeepStrictEqual)(req.decidedOn.spec?.selector, req.selector)) {
            done.push({ app: req.app, before: req.decidedOn, after: fresh });
        }
    }));
    await revertSwitches(revertKube, namespace, done);
    throw failed.reason;
}
/** Puts each switched Service back as it was before (selector and the annotations we set). */
async function revertSwitches(kube, namespace, done, extra = {}) {
    return Promise.all(done
        .filter((d) => d.before)
        .map((d) => {
        const before = d.before;
        const annotations = {};
        const keys = new Set([
            ...Object.keys(d.after.metadata.annotations ?? {}),
            ...Object.keys(before.metadata.annotations ?? {}),
        ]);
        for (const k of keys)
            annotations[k] = before.metadata.annotations?.[k] ?? null;
        return switchService(kube, namespace, {
            app: d.app,
            service: before.metadata.name,
            decidedOn: d.after,
            selector: before.spec?.selector ?? {},
            annotations: { ...annotations, ...extra },
        });
    }));
}

;// CONCATENATED MODULE: ./actions/blue-green/src/phases.ts
/**
 * The phases of a cutover, in order, each a function of one `DeployRun`:
 * read state → undo an interrupted switch → pin a legacy selector → apply the
 * idle colour → wait for its rollout → smoke checks → switch → verify live
 * endpoints → analyse → commit → scale the old colour down. And what happens
 * on failure: before the switch (remove the idle colour) or after it (switch
 * back). deploy.ts composes them.
 */















const phases_appOf = (r) => r.manifests.app;
/** An output value over the apps: one colour, or app=colour pairs. */
function perAppValue(run, pick) {
    return perApp(run.apps.map((r) => [phases_appOf(r), pick(r)]));
}
async function readState(session, manifests) {
    const { kube, cfg, timeline } = session;
    const states = await timeline.phase('Read state', () => Promise.all(manifests.map((m) => readAppState(kube, cfg.namespace, m.app))), (s) => s
        .map((a) => `${a.app}: ${serviceColor(a.live) ?? (a.live ? 'no colour' : 'no live Service')}${phaseOf(a.live) ? ` (${phaseOf(a.live)}, ${annotation(a.live, constants/* Annotations */.rB.ReleaseId) ?? '?'})` : ''}`)
        .join('; '));
    const apps = states.map((state, i) => {
        const plan = planApp(state);
        return {
            manifests: manifests[i],
            state,
            plan,
            idleDeployment: deploymentName(state.app, plan.idle),
            live: state.live,
            idlePods: [],
            applied: false,
        };
    });
    const run = { ...session, apps };
    run.outcome.activeColor = perAppValue(run, (r) => serviceColor(r.state.live));
    run.outcome.previousColor = perAppValue(run, (r) => annotation(r.state.live, constants/* Annotations */.rB.PreviousColor));
    return run;
}
/** An interrupted earlier run left traffic on an unverified colour: put it back first. */
async function undoInterruptedSwitch(run) {
    const { kube, cfg, now } = run;
    const ns = cfg.namespace;
    const reverts = run.apps.filter((r) => r.plan.revertTo);
    if (reverts.length === 0)
        return;
    await run.timeline.phase('Undo interrupted switch', async () => {
        for (const r of reverts) {
            const previous = r.plan.stable;
            const [done] = await switchAll(kube, run.cleanup(), ns, [
                {
                    app: phases_appOf(r),
                    service: phases_appOf(r),
                    decidedOn: r.state.live,
                    selector: r.plan.revertTo,
                    annotations: {
                        [constants/* Annotations */.rB.ActiveColor]: previous ?? null,
                        [constants/* Annotations */.rB.ReleaseId]: annotation(r.state.live, constants/* Annotations */.rB.PreviousReleaseId) ?? null,
                        [constants/* Annotations */.rB.Phase]: 'rolled-back',
                        [constants/* Annotations */.rB.FailedReleaseId]: annotation(r.state.live, constants/* Annotations */.rB.ReleaseId) ?? null,
                    },
                },
            ]);
            r.live = done.after;
            const expected = previous ? await readyPods(kube, ns, phases_appOf(r), previous) : undefined;
            if (expected?.length) {
                await waitEndpoints(kube, ns, phases_appOf(r), expected, now() + cfg.rolloutTimeoutMs, now);
            }
        }
    });
}
/**
 * Records what serves now (restored by a rollback). A colourless Deployment
 * serving behind a colourless selector first gets the live selector pinned to
 * its pods, so the new colour's pods are not picked up before the switch.
 */
async function pinStableSelectors(run) {
    const { kube, cfg } = run;
    for (const r of run.apps) {
        if (r.plan.kind === 'migration' && r.live && !serviceColor(r.live) && r.state.legacy) {
            const pinned = await legacySelector(kube, cfg.namespace, r.state.legacy);
            if (!(0,external_node_util_.isDeepStrictEqual)(pinned, r.live.spec?.selector) && !cfg.dryRun) {
                const [done] = await switchAll(kube, run.cleanup(), cfg.namespace, [
                    {
                        app: phases_appOf(r),
                        service: phases_appOf(r),
                        decidedOn: r.live,
                        selector: pinned,
                        annotations: {},
                    },
                ]);
                r.live = done.after;
            }
        }
        r.stableSelector = r.live?.spec?.selector;
        r.stableDeployment =
            r.plan.kind === 'migration' && !r.plan.stable
                ? r.state.legacy?.metadata.name
                : r.plan.stable
                    ? deploymentName(phases_appOf(r), r.plan.stable)
                    : undefined;
    }
}
/** A legacy Deployment's pods pinned by their pod-template-hash (so new colours are not picked up). */
async function legacySelector(kube, namespace, legacy) {
    const base = { ...legacy.spec?.selector?.matchLabels };
    const rss = await kube.list(paths.replicasets(namespace));
    const owned = rss.items
        .filter((rs) => rs.metadata.ownerReferences?.some((o) => o.uid === legacy.metadata.uid))
        .filter((rs) => (rs.spec?.replicas ?? 0) > 0 && rs.metadata.labels?.['pod-template-hash'])
        .sort((a, b) => Number(b.metadata.annotations?.['deployment.kubernetes.io/revision'] ?? 0) -
        Number(a.metadata.annotations?.['deployment.kubernetes.io/revision'] ?? 0));
    const hash = owned[0]?.metadata.labels?.['pod-template-hash'];
    if (hash)
        base['pod-template-hash'] = hash;
    else
        (0,runner/* warning */.$e)(`Deployment ${legacy.metadata.name}: no ReplicaSet with a pod-template-hash found`);
    return base;
}
/** The idle colour's Deployment and HPA, pre-scaled; the preview Service pointed at it. */
async function applyIdleColor(run) {
    const { cfg, now } = run;
    const ns = cfg.namespace;
    await run.timeline.phase('Apply idle colour', () => allOrStop(run.kube, run.apps, async (kube, r) => {
        const m = r.manifests;
        const stable = r.stableDeployment
            ? (r.state.deployments[r.plan.stable] ?? r.state.legacy)
            : undefined;
        const hpaMin = m.hpa?.spec?.minReplicas;
        const replicas = idleReplicas(m.deployment.spec?.replicas, hpaMin, stable);
        const opts = {
            color: r.plan.idle,
            namespace: ns,
            releaseId: cfg.releaseId,
            replicas,
            images: cfg.images,
        };
        const deployment = renderDeployment(m, opts);
        const hpa = renderHpa(m, opts);
        // Replacing its pods is destructive too: never for a colour a live Service selects.
        await assertNotServing(kube, ns, r.idleDeployment, 'replace');
        r.applied = true;
        if (hpa) {
            // Until the switch, the HPA may not shrink the idle colour below the live size.
            r.hpaMin = hpa.spec.minReplicas;
            hpa.spec.minReplicas = Math.min(Math.max(hpa.spec.minReplicas ?? 1, replicas), hpa.spec.maxReplicas ?? replicas);
            await createOrReplace(kube, paths.hpas(ns), hpa);
        }
        await createOrReplace(kube, paths.deployments(ns), deployment);
        // The preview Service follows the idle colour (never live traffic).
        const previewName = `${m.app}-preview`;
        const preview = await kube.get(paths.service(ns, previewName));
        const previewSelector = selectorForColor(m.app, preview?.spec?.selector ?? m.previewService?.spec?.selector, r.plan.idle);
        await switchAll(kube, run.cleanup(), ns, [
            {
                app: m.app,
                service: previewName,
                decidedOn: preview,
                create: renderService(m.previewService, previewName, m.app, ns, r.plan.idle),
                selector: previewSelector,
                annotations: { [constants/* Annotations */.rB.ReleaseId]: cfg.releaseId },
            },
        ]).catch(async (error) => {
            // The preview Service is not live traffic: a concurrent edit there is re-applied.
            const fresh = await kube.get(paths.service(ns, previewName));
            if (!fresh)
                throw error;
            await kube.replace(paths.service(ns, fresh.metadata.name), {
                ...fresh,
                spec: { ...fresh.spec, selector: previewSelector },
            });
        });
        if (r.live) {
            const annotated = await annotate(kube, ns, m.app, { [constants/* Annotations */.rB.Phase]: 'deploying', [constants/* Annotations */.rB.FailedReleaseId]: null }, now());
            if (annotated) {
                if (!(0,external_node_util_.isDeepStrictEqual)(annotated.spec?.selector, r.stableSelector)) {
                    throw new errors/* ActionFailure */.dR(`Service ${m.app}: its selector changed while deploying (now ${JSON.stringify(annotated.spec?.selector)}); refusing to continue`, constants/* Reasons */.C1.SwitchConflict);
                }
                r.live = annotated;
            }
        }
        await recordEvent(kube, ns, r.live ?? preview, 'BlueGreenApplied', `Release ${cfg.releaseId}: ${r.idleDeployment} applied with ${replicas} replicas`, 'Normal', now());
    }), () => run.apps.map((r) => r.idleDeployment).join(', '));
}
/** Until every idle Deployment is available and its preview endpoints list every new pod. */
async function waitForRollout(run) {
    const { cfg, now } = run;
    const ns = cfg.namespace;
    const until = now() + cfg.rolloutTimeoutMs;
    await run.timeline.phase('Wait for rollout', () => allOrStop(run.kube, run.apps, async (kube, r) => {
        await waitAvailable(kube, {
            namespace: ns,
            app: phases_appOf(r),
            deployment: r.idleDeployment,
            color: r.plan.idle,
            releaseId: cfg.releaseId,
            until,
            timeoutMs: cfg.rolloutTimeoutMs,
            now,
        });
        r.idlePods = await readyPods(kube, ns, phases_appOf(r), r.plan.idle, cfg.releaseId);
        await waitEndpoints(kube, ns, `${phases_appOf(r)}-preview`, r.idlePods, until, now);
    }), () => run.apps.map((r) => `${r.idleDeployment}: ${r.idlePods.length} ready`).join(', '));
}
function smokeFailure(results) {
    const failed = results.filter((r) => !r.ok);
    if (failed.length === 0)
        return undefined;
    return new errors/* ActionFailure */.dR(`Smoke checks failed (live traffic untouched, idle colour removed): ${failed.map((f) => `${f.name}: ${f.detail}`).join('; ')}`, constants/* Reasons */.C1.SmokeFailed);
}
/** The smoke checks, through each preview Service. */
async function smokeTest(run) {
    const { cfg, now } = run;
    if (cfg.smokeChecks.length === 0) {
        run.timeline.skip('Smoke checks', 'no smoke-checks configured');
        return;
    }
    await run.timeline.phase('Smoke checks', async () => {
        const res = await runSmokeChecks(run.deps.http, cfg.smokeChecks, run.apps.map((r) => ({ app: phases_appOf(r), service: `${phases_appOf(r)}-preview` })), { signal: run.kube.signal, sleep: run.sleep, until: now() + cfg.smokeTimeoutMs, now });
        for (const x of res)
            (0,runner/* info */.pq)(`${x.ok ? '✓' : '✗'} ${x.name}: ${x.detail}`);
        const failure = smokeFailure(res);
        if (failure)
            throw failure;
        return res;
    }, (res) => `${res.length} passed`);
}
/** A selector without the pod-template-hash pin of a migration. */
function withoutPin(selector) {
    if (!selector)
        return undefined;
    const { 'pod-template-hash': _pin, ...rest } = selector;
    return rest;
}
/** Every live Service to the idle colour, together (dry run first), with the state annotations. */
async function switchTraffic(run) {
    const { cfg, now, outcome } = run;
    const ns = cfg.namespace;
    const switchedAt = new Date(now()).toISOString();
    const switched = await run.timeline.phase('Switch', () => switchAll(run.kube, run.cleanup(), ns, run.apps.map((r) => ({
        app: phases_appOf(r),
        service: phases_appOf(r),
        decidedOn: r.live,
        create: renderService(r.manifests.liveService, phases_appOf(r), phases_appOf(r), ns, r.plan.idle),
        selector: selectorForColor(phases_appOf(r), withoutPin(r.stableSelector ?? r.manifests.liveService?.spec?.selector), r.plan.idle),
        annotations: {
            [constants/* Annotations */.rB.ActiveColor]: r.plan.idle,
            [constants/* Annotations */.rB.PreviousColor]: r.plan.stable ?? null,
            [constants/* Annotations */.rB.PreviousSelector]: r.stableSelector
                ? JSON.stringify(r.stableSelector)
                : null,
            [constants/* Annotations */.rB.PreviousDeployment]: r.stableDeployment ?? null,
            [constants/* Annotations */.rB.ReleaseId]: cfg.releaseId,
            [constants/* Annotations */.rB.PreviousReleaseId]: annotation(r.live, constants/* Annotations */.rB.ReleaseId) ?? null,
            [constants/* Annotations */.rB.Phase]: 'switched',
            [constants/* Annotations */.rB.SwitchedAt]: switchedAt,
            [constants/* Annotations */.rB.FailedReleaseId]: null,
            ...runIdentityAnnotations(cfg, now()),
        },
    }))), (s) => s.map((x) => `${x.app} → ${serviceColor(x.after)}`).join(', '));
    run.switched = switched;
    outcome.activeColor = perAppValue(run, (r) => r.plan.idle);
    outcome.previousColor = perAppValue(run, (r) => r.plan.stable);
    outcome.switchedAt = switchedAt;
    for (const s of switched) {
        const r = run.apps.find((x) => phases_appOf(x) === s.app);
        r.live = s.after;
    }
    await Promise.all(run.apps.map((r) => recordEvent(run.kube, ns, r.live, 'BlueGreenSwitched', `Release ${cfg.releaseId}: traffic switched to ${r.plan.idle}`, 'Normal', now())));
}
/** The live Services' endpoints list exactly the new pods. */
async function verifyLiveEndpoints(run) {
    const { cfg, now } = run;
    await run.timeline.phase('Confirm live endpoints', () => allOrStop(run.kube, run.apps, (kube, r) => waitEndpoints(kube, cfg.namespace, phases_appOf(r), r.idlePods, now() + cfg.rolloutTimeoutMs, now)));
}
/** Whether an answer's identity names the new colour: one of its pods, the colour, or the release. */
function servesNewColor(r, releaseId, who) {
    if (!who)
        return false;
    if (who === r.plan.idle || who === releaseId || r.idlePods.includes(who))
        return true;
    // A pod the new colour's ReplicaSet started later (HPA): <deployment>-<hash>-<suffix>.
    return (who.startsWith(`${r.idleDeployment}-`) &&
        /^[a-z0-9]+-[a-z0-9]+$/.test(who.slice(r.idleDeployment.length + 1)));
}
/** Consecutive answers from the new colour that confirm the live route reaches it. */
const ROUTE_CONFIRMATIONS = 3;
/**
 * Polls each live route until it answered from the new colour
 * ROUTE_CONFIRMATIONS times in a row (within rollout-timeout): endpoints being
 * ready says nothing about kube-proxy, an ingress or a load balancer.
 */
async function confirmLiveRoute(run, identity, isNew) {
    const { cfg, now, sleep } = run;
    const signal = run.kube.signal;
    const until = now() + cfg.rolloutTimeoutMs;
    await Promise.all(run.apps.map(async (r) => {
        let streak = 0;
        let last = 'nothing yet';
        while (streak < ROUTE_CONFIRMATIONS) {
            if (now() > until) {
                throw new errors/* ActionFailure */.dR(`Analysis inconclusive: the live route of ${phases_appOf(r)} did not answer from ${r.plan.idle} ${ROUTE_CONFIRMATIONS} times in a row within ${(0,inputs/* formatDuration */.a3)(cfg.rolloutTimeoutMs)} (rollout-timeout); last answer: ${last}`, constants/* Reasons */.C1.AnalysisInconclusive);
            }
            try {
                const answer = await run.deps.http(phases_appOf(r), identity.path, 5000, signal);
                const who = servedBy(identity, answer);
                last =
                    who ??
                        `no ${identity.header ? `header ${identity.header}` : `field ${identity.field}`}`;
                streak = isNew(phases_appOf(r), who) ? streak + 1 : 0;
            }
            catch (error) {
                signal?.throwIfAborted();
                streak = 0;
                last = `request failed: ${error.message}`;
            }
            if (streak < ROUTE_CONFIRMATIONS)
                await sleep(streak > 0 ? 10 : 50, signal);
        }
        (0,runner/* info */.pq)(`${phases_appOf(r)}: the live route answers from ${r.plan.idle} (${last})`);
    }));
}
/**
 * The post-switch analysis, counting only what the new colour answered: the
 * live route is first confirmed to reach it (identity), or initial-delay waited.
 */
async function analyse(run) {
    const { cfg, timeline, sleep } = run;
    const analysis = cfg.analysis;
    if (!analysis) {
        timeline.skip('Analysis', 'no analysis configured');
        return;
    }
    const isNew = (app, who) => servesNewColor(run.apps.find((r) => phases_appOf(r) === app), cfg.releaseId, who);
    // onRound is synchronous: the steps are chained and awaited, so a rejection is never lost.
    let stepped = Promise.resolve();
    const result = await timeline.phase('Analysis', async () => {
        if (analysis.identity) {
            await confirmLiveRoute(run, analysis.identity, isNew);
        }
        else if (analysis.initialDelayMs > 0) {
            (0,runner/* info */.pq)(`Waiting ${(0,inputs/* formatDuration */.a3)(analysis.initialDelayMs)} for the route to reach the new colour (analysis initial-delay)`);
            await sleep(analysis.initialDelayMs, run.kube.signal);
        }
        const outcome = await runAnalysis(analysis, run.deps.http, run.apps.map((r) => ({ app: phases_appOf(r), service: phases_appOf(r) })), run.deps.prometheus, {
            signal: run.kube.signal,
            sleep,
            isNew: analysis.identity ? isNew : undefined,
            onRound: (round) => {
                for (const x of round.results) {
                    const who = x.servedBy ? ` (served by ${x.servedBy})` : '';
                    (0,runner/* info */.pq)(`round ${round.round}: ${x.ok ? '✓' : '✗'} ${x.name}: ${x.detail}${who}`);
                }
                if (!round.counted) {
                    (0,runner/* info */.pq)(`round ${round.round}: not counted (answered by the old colour)`);
                }
                stepped = stepped.then(() => run.step('analysis-round'));
            },
        });
        await stepped;
        return outcome;
    }, (a) => `${a.rounds.length} rounds, ${a.samples} counted, ${a.failures} failed`);
    if (!result.ok) {
        const last = result.rounds.at(-1);
        throw new errors/* ActionFailure */.dR(`Analysis failed after the switch (${result.failures} failed rounds, failure-limit ${analysis.failureLimit}): ${last.results
            .filter((x) => !x.ok)
            .map((x) => `${x.name}: ${x.detail}`)
            .join('; ')}`, constants/* Reasons */.C1.AnalysisFailed);
    }
    if (result.samples < analysis.minSamples) {
        throw new errors/* ActionFailure */.dR(`Analysis inconclusive: only ${result.samples} of ${result.rounds.length} rounds were answered by the new colour (min-samples ${analysis.minSamples}); not a pass`, constants/* Reasons */.C1.AnalysisInconclusive);
    }
}
/**
 * The commit point: recorded even if a cancellation arrives now (a clean-up
 * client), so a rerun converges forward (scale-down) rather than back.
 */
async function commitRelease(run) {
    const { cfg, now } = run;
    for (const r of run.apps) {
        r.live =
            (await annotate(run.cleanup(), cfg.namespace, phases_appOf(r), { [constants/* Annotations */.rB.Phase]: 'succeeded' }, now())) ?? r.live;
        if (r.hpaMin !== undefined) {
            await run
                .cleanup()
                .patch(paths.hpa(cfg.namespace, r.idleDeployment), { spec: { minReplicas: r.hpaMin } })
                .catch((e) => (0,runner/* warning */.$e)(`HPA ${r.idleDeployment}: could not restore minReplicas: ${e.message}`));
        }
    }
}
/**
 * Keeps the old colour for scale-down-delay after the switch (endpoint
 * propagation, load balancer deregistration, in-flight requests), then scales
 * it down and records the release as complete. Also finishes a scale-down
 * that an earlier, interrupted run left pending.
 */
async function scaleDownOldColor(run, phase = 'Scale down old colour') {
    const lives = await scaleDownPrevious(run, run.apps.map((r) => ({ app: phases_appOf(r), live: r.live ?? r.state.live })), phase);
    run.apps.forEach((r, i) => {
        r.live = lives[i] ?? r.live;
    });
}
/**
 * For each live Service in phase switched/succeeded: waits out what is left
 * of scale-down-delay since its switch, scales the Deployment it replaced down
 * (never one a live Service selects) and marks it complete. Returns the
 * Services as written.
 */
async function scaleDownPrevious(session, targets, phase) {
    const { cfg, now, kube } = session;
    const result = targets.map((t) => t.live);
    const pending = targets
        .map((t, i) => ({ ...t, i }))
        .filter((t) => phaseOf(t.live) === 'succeeded' || phaseOf(t.live) === 'switched');
    if (pending.length === 0)
        return result;
    await session.timeline.phase(phase, async () => {
        const switchedAt = Math.max(...pending.map((t) => Date.parse(annotation(t.live, constants/* Annotations */.rB.SwitchedAt) ?? '') || 0));
        const wait = switchedAt + cfg.scaleDownDelayMs - now();
        if (wait > 0) {
            (0,runner/* info */.pq)(`Keeping the old colour for ${(0,inputs/* formatDuration */.a3)(Math.ceil(wait))} (scale-down-delay)`);
            await session.sleep(wait, kube.signal);
        }
        for (const t of pending) {
            const old = annotation(t.live, constants/* Annotations */.rB.PreviousDeployment);
            if (old && old !== deploymentName(t.app, serviceColor(t.live) ?? 'blue')) {
                await scaleDown(kube, cfg.namespace, old);
            }
            const live = (await annotate(kube, cfg.namespace, t.app, { [constants/* Annotations */.rB.Phase]: 'complete' }, now())) ??
                t.live;
            result[t.i] = live;
            await recordEvent(kube, cfg.namespace, live, 'BlueGreenComplete', `Release ${annotation(live, constants/* Annotations */.rB.ReleaseId) ?? cfg.releaseId} complete${old ? `; ${old} scaled down` : ''}`, 'Normal', now());
        }
    });
    return result;
}
/**
 * Before the switch, nothing live changed: the idle colour is removed (a
 * cancellation scales it to zero instead, for the rerun) and the failure recorded.
 */
async function failBeforeSwitch(run, error) {
    const { cfg, now } = run;
    const kube = run.kube.signal?.aborted ? run.cleanup() : run.kube;
    const cancelled = error instanceof cancel/* CancelledError */.cc;
    await run.timeline.phase(cancelled ? 'Clean up after cancel' : 'Remove idle colour', async () => {
        if (cancelled)
            await scaleDownAborted(run, kube);
        for (const r of run.apps.filter((x) => x.applied)) {
            if (!cancelled)
                await removeColor(kube, cfg.namespace, r.idleDeployment);
            if (r.live) {
                await annotate(kube, cfg.namespace, phases_appOf(r), { [constants/* Annotations */.rB.Phase]: 'failed', [constants/* Annotations */.rB.FailedReleaseId]: cfg.releaseId }, now());
            }
            await recordEvent(kube, cfg.namespace, r.live, 'BlueGreenFailed', `Release ${cfg.releaseId} not switched: ${error?.message ?? error}`, 'Warning', now());
        }
    });
}
/**
 * After a cancellation the idle colour is kept (a rerun reuses the Deployment)
 * but scaled to zero after abort-scale-down-delay, so expensive pods (GPU) do
 * not idle until a rerun. Bounded by the clean-up time; never a live colour
 * (scaleDown re-reads the live Services).
 */
async function scaleDownAborted(run, kube) {
    const idle = run.apps.filter((r) => r.applied);
    if (idle.length === 0)
        return;
    const wait = Math.min(run.cfg.abortScaleDownDelayMs, run.cleanupTimeoutMs / 2);
    if (wait > 0) {
        (0,runner/* info */.pq)(`Scaling the cancelled colour down in ${(0,inputs/* formatDuration */.a3)(wait)} (abort-scale-down-delay)`);
        await (0,cancel/* sleep */.yy)(wait);
    }
    for (const r of idle) {
        await scaleDown(kube, run.cfg.namespace, r.idleDeployment).catch((e) => (0,runner/* warning */.$e)(`${r.idleDeployment}: not scaled down after the cancellation: ${e.message}`));
    }
}
/**
 * Not verified: every app goes back to the selector it had (the old colour,
 * still at full size); then the new colour is scaled down after
 * scale-down-delay (abort-scale-down-delay when cancelled). Never throws.
 */
async function switchBack(run, error) {
    const { cfg, outcome } = run;
    const reverted = await revertSwitch(run, error).catch((rollbackError) => {
        (0,runner/* warning */.$e)(`Could not switch traffic back (a rerun will, before anything else): ${rollbackError.message}`);
        return false;
    });
    if (!reverted)
        return;
    outcome.rolledBack = true;
    outcome.activeColor = perAppValue(run, (r) => r.plan.stable);
    outcome.previousColor = perAppValue(run, (r) => r.plan.idle);
    try {
        if (!(error instanceof cancel/* CancelledError */.cc) && !run.kube.signal?.aborted) {
            await run.timeline.phase('Scale down failed colour', async () => {
                await run.sleep(cfg.scaleDownDelayMs, run.kube.signal);
                await Promise.all(run.apps.map((r) => scaleDown(run.kube, cfg.namespace, r.idleDeployment)));
            });
        }
        else {
            await run.timeline.phase('Clean up after cancel', () => scaleDownAborted(run, run.cleanup()));
        }
    }
    catch (scaleError) {
        (0,runner/* warning */.$e)(`The failed colour was not scaled down: ${scaleError.message}`);
    }
}
/** Switches every app back to the selector it had; true when traffic is on the old colour again. */
async function revertSwitch(run, error) {
    const { cfg, now } = run;
    if (run.apps.some((r) => !r.stableSelector)) {
        (0,runner/* warning */.$e)('This was a first deploy: there is no previous colour to roll back to');
        for (const r of run.apps) {
            await annotate(run.cleanup(), cfg.namespace, phases_appOf(r), { [constants/* Annotations */.rB.Phase]: 'failed', [constants/* Annotations */.rB.FailedReleaseId]: cfg.releaseId }, now()).catch(() => { });
        }
        return false;
    }
    const k = error instanceof cancel/* CancelledError */.cc || run.kube.signal?.aborted ? run.cleanup() : run.kube;
    await run.timeline.phase('Roll back', async () => {
        const reverted = await revertSwitches(k, cfg.namespace, run.switched ?? [], {
            [constants/* Annotations */.rB.Phase]: 'rolled-back',
            [constants/* Annotations */.rB.FailedReleaseId]: cfg.releaseId,
            ...runIdentityAnnotations(cfg, now()),
        });
        await Promise.all(run.apps.map(async (r) => {
            r.live = reverted.find((s) => s.metadata.name === phases_appOf(r)) ?? r.live;
            const color = r.plan.stable;
            const expected = color
                ? await readyPods(k, cfg.namespace, phases_appOf(r), color)
                : await readyPodsOf(k, cfg.namespace, r.stableSelector);
            await waitEndpoints(k, cfg.namespace, phases_appOf(r), expected, now() + 30_000, now);
            await recordEvent(k, cfg.namespace, r.live, 'BlueGreenRolledBack', `Release ${cfg.releaseId} rolled back to ${color ?? 'the previous Deployment'}: ${error?.message ?? error}`, 'Warning', now());
        }));
    });
    return true;
}
async function readyPodsOf(kube, namespace, selector) {
    const list = await kube.list(paths.pods(namespace), {
        labelSelector: Object.entries(selector)
            .map(([k, v]) => `${k}=${v}`)
            .join(','),
    });
    return list.items.filter(podReady).map((p) => p.metadata.name);
}

;// CONCATENATED MODULE: ./actions/blue-green/src/deploy.ts
/**
 * mode: deploy — the cutover, phase by phase (phases.ts), under the lock
 * (session.ts). Any failure or cancellation before the analysis passed leaves
 * live traffic on the old colour: before the switch the idle colour is
 * removed, after it traffic is switched back.
 */





async function deploy(cfg, manifests, deps) {
    return runSession(cfg, 'deploy', manifests.map((m) => m.app), deps, async (session) => {
        await session.step('locked');
        const run = await readState(session, manifests);
        if (alreadyDeployed(run.apps.map((r) => r.state), cfg.releaseId)) {
            return converge(run);
        }
        await prepareIdleColor(run);
        if (cfg.dryRun)
            return;
        await switchTraffic(run).catch(async (error) => {
            // switchAll put back any app it had switched: nothing live changed.
            await cleanUpBeforeSwitch(run, error);
            throw error;
        });
        try {
            await run.step('switched');
            await verifyLiveEndpoints(run);
            await analyse(run);
        }
        catch (error) {
            await switchBack(run, error);
            throw error;
        }
        await commitRelease(run);
        await run.step('analysis-passed');
        if (cfg.scaleDown === 'defer')
            skipDeferredScaleDown(run);
        else
            await scaleDownOldColor(run);
        await run.step('done');
    });
}
/** Already live and verified: only finish a scale-down an interrupted run left pending. */
async function converge(run) {
    run.outcome.noop = true;
    run.outcome.switchedAt = perAppValue(run, (r) => annotation(r.state.live, constants/* Annotations */.rB.SwitchedAt));
    if (run.cfg.scaleDown === 'defer')
        skipDeferredScaleDown(run);
    else
        await scaleDownOldColor(run, 'Converge');
}
function skipDeferredScaleDown(run) {
    run.timeline.skip('Scale down old colour', `deferred (scale-down: defer): ${perAppValue(run, (r) => r.stableDeployment ?? annotation(r.live, constants/* Annotations */.rB.PreviousDeployment))} keeps running until mode finalize (or mode rollback switches back to it)`);
}
/** Everything before the switch; on failure the idle colour is removed and the failure recorded. */
async function prepareIdleColor(run) {
    try {
        await undoInterruptedSwitch(run);
        await pinStableSelectors(run);
        if (run.cfg.dryRun) {
            run.timeline.skip('Apply idle colour', `dry run: would deploy ${run.apps.map((r) => `${r.idleDeployment} (${r.plan.kind})`).join(', ')}`);
            return;
        }
        await applyIdleColor(run);
        await run.step('applied');
        await waitForRollout(run);
        await run.step('ready');
        await smokeTest(run);
        await run.step('smoke-passed');
    }
    catch (error) {
        await cleanUpBeforeSwitch(run, error);
        throw error;
    }
}
async function cleanUpBeforeSwitch(run, error) {
    await failBeforeSwitch(run, error).catch((e) => (0,runner/* warning */.$e)(`Clean-up after the failure did not finish: ${e.message}`));
}

;// CONCATENATED MODULE: ./actions/blue-green/src/finalize.ts
/**
 * mode: finalize — the second half of a two-phase cutover: a release deployed
 * with `scale-down: defer` kept its old colour running while other steps
 * verified it; finalize scales that old colour down. It refuses
 * (release-not-live), changing nothing, unless every app's live Service is on
 * the colour this release switched to, with its analysis passed.
 */






/** Why an app's live state is not this release's verified switch, or undefined when it is. */
function notFinalizable(state, releaseId) {
    const live = state.live;
    if (!live)
        return `${state.app}: Service ${state.app} does not exist`;
    const release = annotation(live, constants/* Annotations */.rB.ReleaseId);
    const switchedTo = annotation(live, constants/* Annotations */.rB.ActiveColor);
    const color = serviceColor(live);
    if (release !== releaseId) {
        return `${state.app}: live release is ${release ?? '(none)'}, not ${releaseId}`;
    }
    if (!color || color !== switchedTo) {
        return `${state.app}: the live selector points at ${color ?? 'no colour'}, but release ${releaseId} switched to ${switchedTo ?? '(unknown)'}`;
    }
    const phase = phaseOf(live);
    if (phase !== 'succeeded' && phase !== 'complete') {
        return `${state.app}: release ${releaseId} is ${phase ?? 'in no known phase'} (its analysis has not passed)`;
    }
    return undefined;
}
async function finalize(cfg, apps, deps) {
    return runSession(cfg, 'finalize', apps, deps, (session) => finalizeApps(session, apps), {
        before: () => {
            if (apps.length === 0) {
                throw new errors/* ActionFailure */.dR(`Nothing to finalize; nothing was changed. No Service in namespace ${cfg.namespace} records a blue-green release`, constants/* Reasons */.C1.ReleaseNotLive);
            }
        },
    });
}
async function finalizeApps(session, apps) {
    const { cfg, kube, timeline, outcome } = session;
    outcome.releaseId = cfg.releaseId;
    const states = await timeline.phase('Read state', () => Promise.all(apps.map((app) => readAppState(kube, cfg.namespace, app))));
    outcome.activeColor = perApp(states.map((s) => [s.app, serviceColor(s.live)]));
    outcome.previousColor = perApp(states.map((s) => [s.app, annotation(s.live, constants/* Annotations */.rB.PreviousColor)]));
    outcome.switchedAt = perApp(states.map((s) => [s.app, annotation(s.live, constants/* Annotations */.rB.SwitchedAt)]));
    const problems = states
        .map((s) => notFinalizable(s, cfg.releaseId))
        .filter((p) => !!p);
    if (problems.length > 0) {
        outcome.releaseId = perApp(states.map((s) => [s.app, annotation(s.live, constants/* Annotations */.rB.ReleaseId)]));
        throw new errors/* ActionFailure */.dR(`Refusing to finalize release ${cfg.releaseId}; nothing was changed. ${problems.join('; ')}`, constants/* Reasons */.C1.ReleaseNotLive);
    }
    if (states.every((s) => phaseOf(s.live) === 'complete')) {
        outcome.noop = true;
        timeline.skip('Scale down old colour', 'already complete');
        return;
    }
    if (cfg.dryRun) {
        timeline.skip('Scale down old colour', `dry run: would scale down ${perApp(states.map((s) => [s.app, annotation(s.live, constants/* Annotations */.rB.PreviousDeployment)]))}`);
        return;
    }
    await scaleDownPrevious(session, states.map((s) => ({ app: s.app, live: s.live })), 'Scale down old colour');
}

;// CONCATENATED MODULE: ./actions/blue-green/src/rollback.ts
/**
 * mode: rollback — traffic back to the previous colour while it still exists
 * (scaled back up first if it was scaled down). When any app has no previous
 * colour, it fails loudly before changing anything.
 */











/** The apps of a namespace that blue-green manages (live Services with state). */
async function discoverApps(kube, namespace) {
    const services = await kube.list(paths.services(namespace));
    return services.items
        .filter((s) => s.metadata.annotations?.[constants/* Annotations */.rB.ActiveColor])
        .map((s) => s.metadata.name)
        .sort();
}
/** What each app would roll back to, or why it cannot. */
function rollbackTarget(state) {
    const live = state.live;
    if (!live)
        return `Service ${state.app} does not exist`;
    const prevSelector = annotation(live, constants/* Annotations */.rB.PreviousSelector);
    const prevDeployment = annotation(live, constants/* Annotations */.rB.PreviousDeployment);
    if (!prevSelector || !prevDeployment) {
        return `Service ${state.app} records no previous colour (first release, or already rolled back)`;
    }
    const selector = JSON.parse(prevSelector);
    return {
        state,
        selector,
        color: selector[constants/* Labels */.gC.Color],
        deploymentName: prevDeployment,
        releaseId: annotation(live, constants/* Annotations */.rB.PreviousReleaseId),
    };
}
async function rollback(cfg, apps, deps) {
    return runSession(cfg, 'rollback', apps, deps, (session) => rollBackApps(session, apps), {
        before: () => {
            if (apps.length === 0) {
                // Before any release (or without manifests and no managed Service): no lock, no write.
                throw new errors/* ActionFailure */.dR(`Nothing to roll back to; nothing was changed. No Service in namespace ${cfg.namespace} records a blue-green release`, constants/* Reasons */.C1.NothingToRollBack);
            }
        },
    });
}
async function rollBackApps(session, apps) {
    const { cfg, kube, timeline, outcome, now } = session;
    const ns = cfg.namespace;
    const states = await timeline.phase('Read state', () => Promise.all(apps.map((app) => readAppState(kube, ns, app))));
    outcome.activeColor = perApp(states.map((s) => [s.app, serviceColor(s.live)]));
    const targets = [];
    const problems = [];
    for (const state of states) {
        const t = rollbackTarget(state);
        if (typeof t === 'string') {
            problems.push(t);
            continue;
        }
        const deployment = await kube.get(paths.deployment(ns, t.deploymentName));
        if (!deployment) {
            problems.push(`${state.app}: the previous Deployment ${t.deploymentName} no longer exists`);
        }
        else
            targets.push({ ...t, deployment });
    }
    if (problems.length > 0) {
        throw new errors/* ActionFailure */.dR(`Nothing to roll back to; nothing was changed. ${problems.join('; ')}`, constants/* Reasons */.C1.NothingToRollBack);
    }
    if (cfg.dryRun) {
        timeline.skip('Roll back', `dry run: would switch ${targets.map((t) => `${t.state.app} → ${t.deploymentName}`).join(', ')}`);
        return;
    }
    const rolloutUntil = now() + cfg.rolloutTimeoutMs;
    const expected = new Map();
    await timeline.phase('Scale up previous colour', () => allOrStop(kube, targets, async (kube, t) => {
        const current = serviceColor(t.state.live);
        const active = current ? t.state.deployments[current] : undefined;
        const want = Math.max(active?.spec?.replicas ?? 1, t.deployment.spec?.replicas ?? 0, 1);
        if ((t.deployment.spec?.replicas ?? 0) < want)
            await scaleUp(kube, ns, t.deployment, want);
        const release = t.deployment.spec?.template?.metadata?.annotations?.[constants/* Annotations */.rB.ReleaseId];
        await waitAvailable(kube, {
            namespace: ns,
            app: t.state.app,
            deployment: t.deploymentName,
            color: t.color ?? '',
            releaseId: release ?? '',
            until: rolloutUntil,
            timeoutMs: cfg.rolloutTimeoutMs,
            now,
        });
        expected.set(t.state.app, t.color ? await readyPods(kube, ns, t.state.app, t.color) : []);
    }));
    const switchedAt = new Date(now()).toISOString();
    const switched = await timeline.phase('Switch', () => switchAll(kube, session.cleanup(), ns, targets.map((t) => {
        const live = t.state.live;
        return {
            app: t.state.app,
            service: t.state.app,
            decidedOn: live,
            selector: t.selector,
            annotations: {
                [constants/* Annotations */.rB.ActiveColor]: t.color ?? null,
                [constants/* Annotations */.rB.PreviousColor]: serviceColor(live) ?? null,
                [constants/* Annotations */.rB.PreviousSelector]: JSON.stringify(live.spec?.selector ?? {}),
                [constants/* Annotations */.rB.PreviousDeployment]: serviceColor(live)
                    ? `${t.state.app}-${serviceColor(live)}`
                    : null,
                [constants/* Annotations */.rB.ReleaseId]: t.releaseId ?? null,
                [constants/* Annotations */.rB.PreviousReleaseId]: annotation(live, constants/* Annotations */.rB.ReleaseId) ?? null,
                [constants/* Annotations */.rB.Phase]: 'rolled-back',
                [constants/* Annotations */.rB.SwitchedAt]: switchedAt,
                ...runIdentityAnnotations(cfg, now()),
            },
        };
    })));
    outcome.rolledBack = true;
    outcome.switchedAt = switchedAt;
    outcome.previousColor = outcome.activeColor;
    outcome.activeColor = perApp(targets.map((t) => [t.state.app, t.color]));
    outcome.releaseId = perApp(targets.map((t) => [t.state.app, t.releaseId]));
    await timeline.phase('Confirm live endpoints', () => allOrStop(kube, targets, async (kube, t) => {
        const pods = expected.get(t.state.app) ?? [];
        if (pods.length)
            await waitEndpoints(kube, ns, t.state.app, pods, rolloutUntil, now);
        await recordEvent(kube, ns, switched.find((s) => s.app === t.state.app)?.after, 'BlueGreenRolledBack', `Rolled back to ${t.deploymentName} (release ${t.releaseId ?? '?'})`, 'Warning', now());
    }));
    await timeline.phase('Scale down rolled-back colour', async () => {
        (0,runner/* info */.pq)(`Keeping the rolled-back colour for ${(0,inputs/* formatDuration */.a3)(cfg.scaleDownDelayMs)} (scale-down-delay)`);
        await session.sleep(cfg.scaleDownDelayMs, kube.signal);
        for (const s of switched) {
            const old = s.after.metadata.annotations?.[constants/* Annotations */.rB.PreviousDeployment];
            if (old)
                await scaleDown(kube, ns, old);
        }
    });
    for (const t of targets)
        await annotate(kube, ns, t.state.app, {}, now());
}

;// CONCATENATED MODULE: ./actions/blue-green/src/cutover.ts
/**
 * The part of the run loaded only after the inputs were validated (main.ts):
 * manifests, the Kubernetes client, the cutover itself, outputs and summary.
 */















/** Reads and checks the manifests before anything talks to the cluster. */
async function prepareManifests(cfg, signal) {
    if (cfg.manifests.length === 0)
        return [];
    const objects = await group('Load manifests', () => loadManifests(cfg.manifests, { signal }));
    const set = groupApps(objects, cfg.namespace);
    if (set.ignored.length > 0) {
        (0,runner/* info */.pq)(`Not managed by blue-green (applied by the platform, not per release): ${set.ignored.join(', ')}`);
    }
    for (const m of set.apps) {
        // Renders once to validate images (":latest" refused) without touching the cluster.
        const d = renderDeployment(m, {
            color: 'blue',
            namespace: cfg.namespace,
            releaseId: cfg.releaseId,
            replicas: 1,
            images: cfg.images,
        });
        for (const c of d.spec?.template?.spec?.containers ?? []) {
            if (!(0,src_images/* isDigest */.Bc)(c.image)) {
                (0,runner/* warning */.$e)(`${m.app}: image ${c.image} is pinned by tag; a digest is safer (tags can move)`);
            }
        }
    }
    (0,runner/* info */.pq)(`Apps: ${set.apps.map((a) => a.app).join(', ')}`);
    return set.apps;
}
/** Everything after the inputs are known to be good: manifests, cluster, outputs, summary. */
async function cutover_execute(ctx, cfg, asBadInput) {
    const apps = await asBadInput(() => prepareManifests(cfg, ctx.signal));
    // The Kubernetes client is loaded only now that the inputs are known to be good.
    const { loadKubeConfig, nodeTransport } = await Promise.all(/* import() */[__webpack_require__.e(172), __webpack_require__.e(528)]).then(__webpack_require__.bind(__webpack_require__, 4528));
    const kc = loadKubeConfig(cfg.kubeconfig);
    const deadline = Date.now() + cfg.timeoutMs;
    const overall = new AbortController();
    const timer = setTimeout(() => overall.abort(new cancel/* CancelledError */.cc('deadline')), cfg.timeoutMs);
    timer.unref();
    const signal = AbortSignal.any([ctx.signal, overall.signal]);
    (0,external_node_events_.setMaxListeners)(0, signal, ctx.signal);
    const kube = new Kube(nodeTransport(kc), {
        deadline,
        onRetry: (what, error, attempt) => (0,runner/* info */.pq)(`Retrying ${what} (attempt ${attempt + 1}): ${error.message}`),
    });
    const ports = new Map();
    for (const m of apps) {
        for (const svc of [m.liveService, m.previewService]) {
            const p = svc?.spec?.ports?.[0];
            if (svc && p)
                ports.set(svc.metadata.name, p.name ?? p.port);
        }
    }
    const deps = {
        kube,
        signal,
        http: serviceGetter(kube, cfg.namespace, cfg.serviceUrls, (s) => ports.get(s) ?? 'http', cfg.serviceAuthorization),
        prometheus: cfg.prometheusUrl
            ? prometheusQuery(cfg.prometheusUrl, 10_000, cfg.prometheusAuthorization)
            : undefined,
    };
    try {
        const appNames = async () => apps.length > 0 ? apps.map((a) => a.app) : await discoverApps(kube, cfg.namespace);
        const result = cfg.mode === 'deploy'
            ? await deploy(cfg, apps, deps)
            : cfg.mode === 'rollback'
                ? await rollback(cfg, await appNames(), deps)
                : await finalize(cfg, await appNames(), deps);
        const { outcome } = result;
        setOutputs({
            [constants/* Outputs */.tY.ActiveColor]: outcome.activeColor,
            [constants/* Outputs */.tY.PreviousColor]: outcome.previousColor,
            [constants/* Outputs */.tY.ReleaseId]: outcome.releaseId,
            [constants/* Outputs */.tY.RolledBack]: outcome.rolledBack,
            [constants/* Outputs */.tY.SwitchedAt]: outcome.switchedAt,
        });
        await writeSummary(renderSummary(outcome, result.timeline, result.pods, cfg.namespace), ctx.env);
        if (outcome.error)
            throw outcome.error;
        if (outcome.noop)
            (0,runner/* notice */.lm)(`Release ${cfg.releaseId} is already live and healthy: nothing to do`);
    }
    finally {
        clearTimeout(timer);
        kube.transport.close?.();
    }
}


/***/ })

};
;