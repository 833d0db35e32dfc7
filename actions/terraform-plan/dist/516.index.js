"use strict";
exports.id = 516;
exports.ids = [516];
exports.modules = {

/***/ 9516:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runPlan: () => (/* binding */ runPlan)
});

// UNUSED EXPORTS: commentMarker

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./actions/_shared/src/cancel.ts
var cancel = __webpack_require__(5012);
;// CONCATENATED MODULE: ./actions/_shared/src/github-retry.ts
/**
 * How the GitHub client decides whether and when to try a request again.
 * Pure functions over (method, status, headers, message), so every rule is
 * tested without a server.
 *
 * GitHub's documented rules (docs.github.com, "Rate limits for the REST API",
 * "Best practices for using the REST API"):
 * - `retry-after` (seconds): wait at least that long;
 * - `x-ratelimit-remaining: 0`: wait until `x-ratelimit-reset` (epoch seconds);
 * - a secondary rate limit (403/429 whose message says so) without either
 *   header: wait at least a minute;
 * - otherwise back off exponentially.
 */
/** Methods whose repetition has the same effect as one call. */
const IDEMPOTENT = new Set(['GET', 'HEAD', 'OPTIONS', 'PUT', 'DELETE', 'PATCH']);
function rateLimitKind(facts) {
    if (facts.status !== 403 && facts.status !== 429)
        return undefined;
    if (/secondary rate limit|abuse detection/i.test(facts.message))
        return 'secondary';
    if (facts.headers['x-ratelimit-remaining'] === '0')
        return 'primary';
    if (facts.status === 429)
        return 'secondary';
    if (facts.headers['retry-after'] !== undefined)
        return 'secondary';
    return undefined;
}
/** The server's own wait instruction in ms, if it gave one. */
function serverWaitMs(headers, now) {
    const after = headers['retry-after'];
    if (after !== undefined) {
        const seconds = Number(after);
        if (Number.isFinite(seconds))
            return Math.max(0, seconds * 1000);
        const date = Date.parse(after);
        if (Number.isFinite(date))
            return Math.max(0, date - now);
    }
    if (headers['x-ratelimit-remaining'] === '0') {
        const reset = Number(headers['x-ratelimit-reset']);
        // +1 s: the reset second itself may still be counted against the old window.
        if (Number.isFinite(reset))
            return Math.max(0, reset * 1000 - now + 1000);
    }
    return undefined;
}
/**
 * Retry a failure or not. A POST is retried only when GitHub refused it
 * before doing anything (a rate limit); after a 5xx or a dropped connection
 * it may have been applied, so the caller has to look before posting again.
 */
function decideRetry(facts, now) {
    const rateLimit = rateLimitKind(facts);
    const waitMs = serverWaitMs(facts.headers, now);
    if (rateLimit) {
        return { retry: true, rateLimit, waitMs: waitMs ?? (rateLimit === 'secondary' ? 60_000 : 0) };
    }
    const transient = facts.status === undefined ||
        facts.status === 500 ||
        facts.status === 502 ||
        facts.status === 503 ||
        facts.status === 504;
    if (!transient)
        return { retry: false };
    if (!IDEMPOTENT.has(facts.method.toUpperCase()))
        return { retry: false };
    return { retry: true, waitMs };
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

// EXTERNAL MODULE: ./actions/_shared/src/runner.ts
var runner = __webpack_require__(2808);
;// CONCATENATED MODULE: ./actions/_shared/src/github.ts
/**
 * The one GitHub REST client every action uses. Built on @actions/github
 * (Octokit with the runner's proxy settings: HTTPS_PROXY/NO_PROXY), against
 * GITHUB_API_URL, so GitHub Enterprise Server works too. @actions/github is
 * ESM-only and large: it is imported on the first request, so an action that
 * never calls GitHub (or fails on a bad input) does not pay for loading it.
 *
 * What it adds over a bare Octokit:
 * - retries that wait as GitHub says (`retry-after`, `x-ratelimit-reset`),
 *   bounded by `maxWaitMs` so a job does not sleep for an hour;
 * - rate limits surface as GitHubRateLimitError (primary or secondary), never
 *   as a 403 that looks like a missing permission;
 * - a POST is never repeated after an ambiguous failure (5xx, dropped
 *   connection): `createOnce` looks for the created object first;
 * - pagination follows every `link: rel="next"`, with no page cap.
 */





class GitHubApiError extends Error {
    status;
    name = 'GitHubApiError';
    constructor(status, message) {
        super(message);
        this.status = status;
    }
}
/** GitHub refused because of a rate limit, and waiting more was not allowed. */
class GitHubRateLimitError extends Error {
    kind;
    status;
    waitMs;
    name = 'GitHubRateLimitError';
    constructor(kind, status, waitMs, message) {
        super(message);
        this.kind = kind;
        this.status = status;
        this.waitMs = waitMs;
    }
}
/**
 * A create call failed in a way that leaves it unknown whether GitHub applied
 * it (5xx or no response); it was not repeated.
 */
class GitHubAmbiguousWriteError extends GitHubApiError {
    name = 'GitHubAmbiguousWriteError';
}
class GitHubClient {
    options;
    octokit;
    constructor(options) {
        this.options = options;
    }
    client() {
        this.octokit ??= (async () => {
            // GitHub: Octokit with the REST and pagination plugins and the runner's
            // proxy-aware fetch. No auth plugin: the token goes in an explicit
            // `authorization: Bearer` header on each request.
            const { GitHub } = await Promise.all(/* import() */[__webpack_require__.e(752), __webpack_require__.e(845)]).then(__webpack_require__.bind(__webpack_require__, 1845));
            return new GitHub({
                baseUrl: this.options.apiUrl.replace(/\/$/, ''),
                userAgent: 'medimind-delivery',
                // Octokit's own warnings go to the debug log, not the action's stdout.
                log: { debug: runner/* debug */.Yz, info: runner/* debug */.Yz, warn: runner/* debug */.Yz, error: runner/* debug */.Yz },
            });
        })();
        return this.octokit;
    }
    /** One REST call with the retry policy above. `path` may be a full URL (a `next` link). */
    async request(method, path, body) {
        const { signal, timeoutMs = 30_000, attempts = 5, maxWaitMs = 120_000, sleep = cancel/* sleep */.yy, now = Date.now, random = Math.random, } = this.options;
        const octokit = await this.client();
        const upper = method.toUpperCase();
        for (let attempt = 1;; attempt++) {
            if (signal?.aborted)
                throw signal.reason ?? new cancel/* CancelledError */.cc();
            try {
                const response = await octokit.request({
                    method: upper,
                    url: path,
                    headers: {
                        authorization: `Bearer ${this.options.token}`,
                        'x-github-api-version': '2022-11-28',
                    },
                    ...(body === undefined ? {} : { data: body }),
                    request: { signal: withTimeout(signal, timeoutMs) },
                });
                return {
                    data: response.data,
                    status: response.status,
                    headers: toHeaders(response.headers),
                };
            }
            catch (thrown) {
                if (signal?.aborted)
                    throw signal.reason ?? new cancel/* CancelledError */.cc();
                const facts = failureFacts(upper, thrown);
                const decision = decideRetry(facts, now());
                const label = `GitHub API ${upper} ${displayPath(path)}`;
                const backoff = Math.floor(random() * Math.min(10_000, 500 * 2 ** (attempt - 1)));
                const wait = Math.max(decision.waitMs ?? 0, backoff);
                if (decision.retry && attempt < attempts && wait <= maxWaitMs) {
                    (0,runner/* debug */.Yz)(`${label}: ${facts.status ?? 'no response'}; retrying in ${wait} ms`);
                    await sleep(wait, signal);
                    continue;
                }
                throw finalError(label, facts, decision.rateLimit, decision.waitMs);
            }
        }
    }
    /**
     * Every item of a paged list, following `link: rel="next"` to the end.
     * `key` names the array in an object response (`artifacts`, `workflow_runs`).
     */
    async paginate(path, key) {
        const all = [];
        const seen = new Set();
        let next = withPerPage(path);
        while (next) {
            if (seen.has(next))
                throw new Error(`GitHub API pagination loops at ${displayPath(next)}`);
            seen.add(next);
            const response = await this.request('GET', next);
            const page = key
                ? response.data?.[key]
                : response.data;
            if (!Array.isArray(page))
                throw new Error(`GitHub API GET ${displayPath(next)} did not return a list`);
            all.push(...page);
            next = nextLink(response.headers.get('link'));
        }
        return all;
    }
    /**
     * Creates something exactly once: POST, and if the POST failed in a way
     * that may have applied it, ask `find` before trying again.
     */
    async createOnce(path, body, find) {
        for (let attempt = 1;; attempt++) {
            try {
                return (await this.request('POST', path, body)).data;
            }
            catch (error) {
                if (!(error instanceof GitHubAmbiguousWriteError) || attempt >= 3)
                    throw error;
                const existing = await find();
                if (existing !== undefined)
                    return existing;
                (0,runner/* debug */.Yz)(`${error.message}; it did not land, posting again`);
            }
        }
    }
    async listIssueComments(repository, issue) {
        return this.paginate(`/repos/${repository}/issues/${issue}/comments`);
    }
    /** Edits the comment carrying `marker` in place, or creates it (once). */
    async upsertIssueComment(repository, issue, marker, body) {
        const text = body.includes(marker) ? body : `${marker}\n${body}`;
        const find = async () => (await this.listIssueComments(repository, issue)).find((c) => c.body?.includes(marker));
        const existing = await find();
        if (existing) {
            const { data } = await this.request('PATCH', `/repos/${repository}/issues/comments/${existing.id}`, { body: text });
            return { action: 'updated', id: data.id, url: data.html_url };
        }
        const data = await this.createOnce(`/repos/${repository}/issues/${issue}/comments`, { body: text }, find);
        return { action: 'created', id: data.id, url: data.html_url };
    }
}
function failureFacts(method, thrown) {
    const e = thrown;
    if (!e?.response) {
        // No response: Octokit reports network failures as status 500 without one.
        return { method, status: undefined, headers: {}, message: describe(thrown) };
    }
    const data = e.response.data;
    const message = typeof data === 'string' ? data : (data?.message ?? e.message ?? `HTTP ${e.status}`);
    const headers = {};
    for (const [k, v] of Object.entries(e.response.headers ?? {}))
        headers[k.toLowerCase()] = v === undefined ? undefined : String(v);
    return { method, status: e.status, headers, message };
}
function finalError(label, facts, rateLimit, waitMs) {
    if (rateLimit) {
        const until = waitMs !== undefined ? ` (GitHub asks to wait ${Math.ceil(waitMs / 1000)} s)` : '';
        const what = rateLimit === 'secondary'
            ? 'hit a GitHub secondary rate limit (too many requests or writes in a short time)'
            : 'exhausted the GitHub API rate limit of this token';
        return new GitHubRateLimitError(rateLimit, facts.status ?? 0, waitMs, `${label} ${what}${until}: ${facts.message}`);
    }
    if (facts.status === undefined || facts.status >= 500) {
        const text = `${label} failed${facts.status ? ` with ${facts.status}` : ''}: ${facts.message}`;
        return facts.method === 'POST'
            ? new GitHubAmbiguousWriteError(facts.status ?? 0, `${text} (it may or may not have been applied)`)
            : new GitHubApiError(facts.status ?? 0, text);
    }
    return new GitHubApiError(facts.status, `${label} returned ${facts.status}: ${facts.message}`);
}
function describe(thrown) {
    const e = thrown;
    return [e?.message, e?.cause?.code].filter(Boolean).join(' ') || String(thrown);
}
function toHeaders(raw) {
    const h = new Headers();
    for (const [k, v] of Object.entries(raw))
        if (v !== undefined)
            h.set(k, String(v));
    return h;
}
/** The path without query secrets or host, for messages. */
function displayPath(path) {
    try {
        return path.startsWith('http') ? new URL(path).pathname : path.split('?')[0];
    }
    catch {
        return path;
    }
}
function withPerPage(path) {
    if (/[?&]per_page=/.test(path))
        return path;
    return `${path}${path.includes('?') ? '&' : '?'}per_page=100`;
}
function nextLink(link) {
    if (!link)
        return undefined;
    for (const part of link.split(',')) {
        const m = /<([^>]+)>\s*;\s*rel="([^"]+)"/.exec(part);
        if (m?.[2]?.split(/\s+/).includes('next'))
            return m[1];
    }
    return undefined;
}
/** The pull request number when the workflow runs for a pull request, else undefined. */
function pullRequestNumber(env = process.env) {
    if (!['pull_request', 'pull_request_target'].includes(env.GITHUB_EVENT_NAME ?? ''))
        return undefined;
    if (!env.GITHUB_EVENT_PATH)
        return undefined;
    try {
        const event = JSON.parse((0,external_node_fs_.readFileSync)(env.GITHUB_EVENT_PATH, 'utf8'));
        return event.pull_request?.number ?? event.number;
    }
    catch {
        return undefined;
    }
}
/** A client for the workflow's own repository from the runner's environment. */
function clientFromEnv(token, env, extra = {}) {
    return new GitHubClient({
        apiUrl: env.GITHUB_API_URL ?? 'https://api.github.com',
        token,
        ...extra,
    });
}

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

;// CONCATENATED MODULE: ./actions/_shared/src/mask.ts

/**
 * Masks a secret. The runner matches masks line by line, so a multi-line value
 * (a PEM key, a kubeconfig) is registered whole and per line, trimmed too.
 */
function mask(value) {
    if (!value)
        return;
    (0,runner/* addMask */.eu)(value);
    if (!/[\r\n]/.test(value))
        return;
    for (const line of value.split(/\r?\n/)) {
        const trimmed = line.trim();
        // A one- or two-character line ("}", "--") carries no secret and would blank the log.
        if (trimmed.length > 2)
            (0,runner/* addMask */.eu)(trimmed);
    }
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
    const { summary } = await Promise.all(/* import() */[__webpack_require__.e(752), __webpack_require__.e(811)]).then(__webpack_require__.bind(__webpack_require__, 6811));
    await summary.addRaw(markdown, true).write();
}

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: ./actions/_shared/src/errors.ts
var errors = __webpack_require__(8065);
;// CONCATENATED MODULE: ./actions/_shared/src/terraform/bundle.ts
/**
 * The plan bundle: what terraform-plan hands to terraform-apply, so apply runs
 * exactly the plan that was reviewed.
 *
 *   plan.tfplan.enc      the binary plan, AES-256-GCM under a KMS data key (envelope.ts)
 *   plan.tfplan          ... or, only with allow-plaintext-bundle, in the clear
 *   .terraform.lock.hcl  the provider lock file the plan was made with
 *   plan.json            the plan JSON, sensitive values and variables stripped
 *   summary.md           the rendered summary
 *   manifest.json        the facts below
 *
 * Nothing in the bundle is trusted for what it says about itself: apply is
 * given the plan's sha256 by the plan job (a job output, outside the artifact)
 * and checks the plan's configuration against the checkout (planfile.ts).
 */




const BUNDLE_FILES = {
    plan: 'plan.tfplan',
    encryptedPlan: 'plan.tfplan.enc',
    lock: '.terraform.lock.hcl',
    json: 'plan.json',
    summary: 'summary.md',
    manifest: 'manifest.json',
};
/** 2: the plan may be encrypted, and planSha256 is always the plaintext plan's. */
const MANIFEST_SCHEMA = 2;
/** Writes the manifest and returns its exact text (the encryption's authenticated data). */
function writeManifest(dir, manifest) {
    const text = `${JSON.stringify(manifest, null, 2)}\n`;
    (0,external_node_fs_.writeFileSync)((0,external_node_path_.join)(dir, BUNDLE_FILES.manifest), text);
    return text;
}
/**
 * A directory only this user can read (0700), under RUNNER_TEMP: for the
 * plaintext plan, the variables file and apply's copy of the bundle.
 */
function privateDirectory(prefix, env) {
    const parent = env.RUNNER_TEMP || (0,external_node_os_.tmpdir)();
    (0,external_node_fs_.mkdirSync)(parent, { recursive: true });
    const dir = (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)(parent, `${prefix}-`));
    (0,external_node_fs_.chmodSync)(dir, 0o700);
    return dir;
}
/**
 * Copies the downloaded bundle's regular files into a private directory, so
 * what is hashed is what is applied (no one can swap a file in between).
 * Anything that is not a plain file is refused.
 */
function privateCopy(bundle, env) {
    if (!existsSync(join(bundle, BUNDLE_FILES.manifest))) {
        throw new ActionFailure(`No plan bundle in ${bundle} (${BUNDLE_FILES.manifest} is missing). Download the artifact terraform-plan uploaded before applying.`, 'artifact-missing');
    }
    const copy = privateDirectory('terraform-apply', env);
    for (const entry of readdirSync(bundle)) {
        const from = join(bundle, entry);
        if (!lstatSync(from).isFile()) {
            throw new ActionFailure(`The plan bundle holds ${entry}, which is not a plain file`, 'plan-tampered');
        }
        copyFileSync(from, join(copy, entry));
        chmodSync(join(copy, entry), 0o600);
    }
    return copy;
}
/**
 * Reads the manifest; a missing or unreadable bundle is `artifact-missing`.
 * Messages name `shownAs` (the directory the user gave), not a private copy.
 */
function readManifest(dir, shownAs = dir) {
    const path = join(dir, BUNDLE_FILES.manifest);
    if (!existsSync(path)) {
        throw new ActionFailure(`No plan bundle in ${shownAs} (${BUNDLE_FILES.manifest} is missing). Download the artifact terraform-plan uploaded before applying.`, 'artifact-missing');
    }
    let manifest;
    try {
        manifest = JSON.parse(readFileSync(path, 'utf8'));
    }
    catch {
        throw new ActionFailure(`${join(shownAs, BUNDLE_FILES.manifest)} is not valid JSON`, 'plan-tampered');
    }
    if (manifest.schema !== MANIFEST_SCHEMA) {
        throw new ActionFailure(`${join(shownAs, BUNDLE_FILES.manifest)} has schema ${String(manifest.schema)}; this version reads schema ${MANIFEST_SCHEMA}. Plan and apply with the same release of the actions.`, 'version-mismatch');
    }
    const planName = manifest.encryption ? BUNDLE_FILES.encryptedPlan : BUNDLE_FILES.plan;
    for (const name of [planName, BUNDLE_FILES.json]) {
        if (!existsSync(join(dir, name))) {
            throw new ActionFailure(`The plan bundle in ${shownAs} has no ${name}`, 'artifact-missing');
        }
    }
    return manifest;
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
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

;// CONCATENATED MODULE: ./actions/_shared/src/terraform/cli.ts
/**
 * Running the terraform CLI: plain arguments (`-input=false -no-color`), exit
 * codes handled by the caller, cancellation forwarded as SIGINT so terraform
 * stops gracefully and releases the state lock.
 */






/** The terraform both actions run: TERRAFORM_CLI_PATH (setup-terraform's) or `terraform` on PATH. */
function terraformCli(options) {
    const { cwd, workspace, env, bin, signal } = options;
    return {
        bin: bin ?? env.TERRAFORM_CLI_PATH ?? 'terraform',
        cwd,
        env: { ...process.env, ...env, TF_WORKSPACE: workspace },
        signal,
    };
}
async function terraform(cli, args, output = 'tee') {
    const result = await execute(cli.bin, args, {
        cwd: cli.cwd,
        env: { TF_IN_AUTOMATION: '1', TF_INPUT: '0', ...cli.env },
        signal: cli.signal,
        output,
        // terraform needs time to finish writing state and release the lock.
        killGraceMs: 60_000,
    });
    if (cli.signal?.aborted) {
        const reason = cli.signal.reason;
        throw reason instanceof cancel/* CancelledError */.cc ? reason : new cancel/* CancelledError */.cc('SIGINT');
    }
    return result;
}
/** Terraform's "Error acquiring the state lock" diagnostic, with its Lock Info block. */
function parseLockError(text) {
    if (!/Error acquiring the state lock/.test(text))
        return undefined;
    const field = (name) => new RegExp(`^[│\\s]*${name}:[ \\t]*(.*)$`, 'm').exec(text)?.[1]?.trim() || undefined;
    const info = { id: field('ID') ?? '(unknown)' };
    const path = field('Path');
    const operation = field('Operation');
    const who = field('Who');
    const version = field('Version');
    const created = field('Created');
    if (path)
        info.path = path;
    if (operation)
        info.operation = operation;
    if (who)
        info.who = who;
    if (version)
        info.version = version;
    if (created)
        info.created = created;
    return info;
}
/** Parses terraform's lock timestamp ("2026-11-26 11:44:09.370118826 +0000 UTC"). */
function lockCreatedAt(created) {
    if (!created)
        return undefined;
    const m = /^(\d{4}-\d{2}-\d{2}) (\d{2}:\d{2}:\d{2})(\.\d+)? ([+-]\d{2})(\d{2})/.exec(created);
    if (!m)
        return undefined;
    const ms = m[3] ? m[3].slice(0, 4) : '';
    const time = Date.parse(`${m[1]}T${m[2]}${ms}${m[4]}:${m[5]}`);
    return Number.isNaN(time) ? undefined : time;
}
function lockFailure(info, now = Date.now()) {
    const created = lockCreatedAt(info.created);
    const age = created === undefined ? 'unknown age' : `held for ${formatAge(now - created)}`;
    return new errors/* ActionFailure */.dR(`The state is locked by another operation: lock ID ${info.id}, held by ${info.who ?? 'unknown'} (${info.operation ?? 'unknown operation'}), ${age}. Wait for it to finish; if it crashed, run \`terraform force-unlock ${info.id}\` after checking nobody is applying.`, 'state-locked');
}
function formatAge(ms) {
    const s = Math.max(0, Math.round(ms / 1000));
    if (s < 120)
        return `${s}s`;
    if (s < 7200)
        return `${Math.round(s / 60)}m`;
    return `${(s / 3600).toFixed(1)}h`;
}
function isStalePlan(text) {
    return /Saved plan is stale/.test(text);
}
async function terraformVersion(cli) {
    const result = await terraform(cli, ['version', '-json'], 'capture');
    if (result.exitCode !== 0)
        throw new Error(`terraform version failed: ${result.stderr.trim()}`);
    const json = JSON.parse(result.stdout);
    return { terraform: json.terraform_version, providers: json.provider_selections ?? {} };
}
function sha256(data) {
    return (0,external_node_crypto_.createHash)('sha256').update(data).digest('hex');
}
function sha256File(path) {
    return sha256((0,external_node_fs_.readFileSync)(path));
}
function sortKeys(value) {
    if (Array.isArray(value))
        return value.map(sortKeys);
    if (value && typeof value === 'object') {
        return Object.fromEntries(Object.keys(value)
            .sort()
            .map((k) => [k, sortKeys(value[k])]));
    }
    return value;
}
/**
 * A hash of the initialised backend (type and configuration, as `init` recorded
 * them in .terraform/terraform.tfstate), so apply can tell it is writing to the
 * same state the plan was made against — without storing the configuration.
 */
function backendFingerprint(cwd, env = process.env) {
    const dataDir = (0,external_node_path_.resolve)(cwd, env.TF_DATA_DIR || '.terraform');
    const file = (0,external_node_path_.join)(dataDir, 'terraform.tfstate');
    if (!(0,external_node_fs_.existsSync)(file))
        return sha256('no-backend');
    const json = JSON.parse((0,external_node_fs_.readFileSync)(file, 'utf8'));
    return sha256(JSON.stringify(sortKeys({ type: json.backend?.type, config: json.backend?.config })));
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
    const undici = await __webpack_require__.e(/* import() */ 752).then(__webpack_require__.t.bind(__webpack_require__, 6752, 19));
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
        Promise.all(/* import() */[__webpack_require__.e(892), __webpack_require__.e(870)]).then(__webpack_require__.bind(__webpack_require__, 6870)),
        Promise.all(/* import() */[__webpack_require__.e(892), __webpack_require__.e(309)]).then(__webpack_require__.bind(__webpack_require__, 1309)),
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

;// CONCATENATED MODULE: ./actions/_shared/src/terraform/envelope.ts
/**
 * Envelope encryption of the binary plan, which holds every variable and the
 * prior state in plaintext. AWS KMS makes a fresh 256-bit data key per plan
 * (GenerateDataKey, by the plan role, under encryption context
 * `environment=<env>`); the plan is sealed with AES-256-GCM (node:crypto) and
 * only the KMS-encrypted data key travels in the manifest. The authenticated
 * data is the sha256 of the manifest as written, so editing any manifest field
 * (commit, environment, policy verdict, hashes) makes decryption fail. Only
 * the apply role may Decrypt, and only under the same environment.
 *
 * @aws-sdk/client-kms is imported lazily: a run without a key never loads it.
 */



const CIPHER = 'AES-256-GCM';
const IV_BYTES = 12;
const TAG_BYTES = 16;
/** The region a key ARN names (`arn:aws:kms:<region>:<account>:key/<id>`), else the job's. */
function kmsRegion(keyId, env) {
    const fromArn = /^arn:aws[a-z-]*:kms:([a-z0-9-]+):/.exec(keyId)?.[1];
    return fromArn ?? env.AWS_REGION ?? env.AWS_DEFAULT_REGION ?? '';
}
function kmsFailure(error, what, keyId) {
    const name = error.name ?? '';
    if (name === 'InvalidCiphertextException' || name === 'IncorrectKeyException') {
        return new errors/* ActionFailure */.dR(`KMS refused the plan's data key (${name}): the manifest's key or encryption context was altered, or the bundle is for another environment`, 'plan-tampered');
    }
    if (/AccessDenied|NotFound|Disabled|KMSInvalidState|KeyUnavailable|UnrecognizedClient/.test(name)) {
        return new errors/* ActionFailure */.dR(`KMS ${what} with key ${keyId} failed (${name}: ${error.message}). The plan role needs kms:GenerateDataKey and the apply role kms:Decrypt on this key, under encryption context "environment"`, 'kms-denied');
    }
    return error instanceof Error ? error : new Error(String(error));
}
/** The real KMS client, loaded on first use; the SDK's default credential chain and retries. */
async function awsKms(keyId, env, signal) {
    const sdk = await __webpack_require__.e(/* import() */ 632).then(__webpack_require__.t.bind(__webpack_require__, 2632, 19));
    const region = kmsRegion(keyId, env);
    const client = new sdk.KMSClient({
        ...(region ? { region } : {}),
        ...(await awsProxyOptions('kms', region, env)),
    });
    // biome-ignore lint/suspicious/noExplicitAny: one wrapper for both commands' types
    async function send(command, what, key) {
        try {
            return (await client.send(command, { abortSignal: signal }));
        }
        catch (error) {
            throw kmsFailure(error, what, key);
        }
    }
    return {
        async generateDataKey(id, context) {
            const result = await send(new sdk.GenerateDataKeyCommand({
                KeyId: id,
                KeySpec: 'AES_256',
                EncryptionContext: context,
            }), 'GenerateDataKey', id);
            if (!result.Plaintext || !result.CiphertextBlob || !result.KeyId) {
                throw new Error('KMS GenerateDataKey returned no data key');
            }
            return {
                plaintext: Buffer.from(result.Plaintext),
                encrypted: Buffer.from(result.CiphertextBlob),
                keyArn: result.KeyId,
            };
        },
        async decryptDataKey(encrypted, keyArn, context) {
            const result = await send(new sdk.DecryptCommand({
                CiphertextBlob: encrypted,
                KeyId: keyArn,
                EncryptionContext: context,
            }), 'Decrypt', keyArn);
            if (!result.Plaintext)
                throw new Error('KMS Decrypt returned no plaintext');
            return Buffer.from(result.Plaintext);
        },
    };
}
/** The authenticated data: the manifest exactly as written. */
function manifestDigest(manifestText) {
    return (0,external_node_crypto_.createHash)('sha256').update(manifestText).digest();
}
/** A fresh data key and nonce, and what the manifest records about them. */
async function newEnvelope(kms, keyId, environment) {
    const encryptionContext = { environment };
    const key = await kms.generateDataKey(keyId, encryptionContext);
    if (key.plaintext.length !== 32)
        throw new Error('KMS returned a data key that is not 256 bits');
    const iv = (0,external_node_crypto_.randomBytes)(IV_BYTES);
    return {
        dataKey: key.plaintext,
        iv,
        encryption: {
            algorithm: CIPHER,
            kmsKeyArn: key.keyArn,
            encryptedDataKey: key.encrypted.toString('base64'),
            iv: iv.toString('base64'),
            encryptionContext,
        },
    };
}
/** ciphertext ‖ tag */
function seal(plaintext, dataKey, iv, aad) {
    const cipher = (0,external_node_crypto_.createCipheriv)('aes-256-gcm', dataKey, iv, { authTagLength: TAG_BYTES });
    cipher.setAAD(aad);
    return Buffer.concat([cipher.update(plaintext), cipher.final(), cipher.getAuthTag()]);
}
/** The plaintext, or `plan-tampered` if a byte of ciphertext, tag or manifest changed. */
function envelope_open(sealed, dataKey, iv, aad) {
    if (sealed.length < TAG_BYTES) {
        throw new ActionFailure('The encrypted plan is truncated', 'plan-tampered');
    }
    try {
        const decipher = createDecipheriv('aes-256-gcm', dataKey, iv, { authTagLength: TAG_BYTES });
        decipher.setAAD(aad);
        decipher.setAuthTag(sealed.subarray(sealed.length - TAG_BYTES));
        return Buffer.concat([
            decipher.update(sealed.subarray(0, sealed.length - TAG_BYTES)),
            decipher.final(),
        ]);
    }
    catch {
        throw new ActionFailure('The encrypted plan does not authenticate: its ciphertext, tag or manifest was altered', 'plan-tampered');
    }
}
/** Decrypts a bundle's plan with the apply role's KMS access, bound to this job's environment. */
async function openPlan(kms, encryption, environment, sealed, manifestText) {
    if (encryption.algorithm !== CIPHER) {
        throw new ActionFailure(`The plan is encrypted with ${String(encryption.algorithm)}; this version reads ${CIPHER}`, 'version-mismatch');
    }
    const dataKey = await kms.decryptDataKey(Buffer.from(encryption.encryptedDataKey, 'base64'), encryption.kmsKeyArn, { environment });
    try {
        return envelope_open(sealed, dataKey, Buffer.from(encryption.iv, 'base64'), manifestDigest(manifestText));
    }
    finally {
        dataKey.fill(0);
    }
}

// EXTERNAL MODULE: ./actions/_shared/src/terraform/inputs.ts
var inputs = __webpack_require__(9786);
;// CONCATENATED MODULE: ./actions/_shared/src/terraform/plan.ts
/**
 * Terraform's machine-readable plan (`terraform show -json <planfile>`), as
 * documented in "JSON Output Format" (developer.hashicorp.com/terraform/internals/json-format).
 * Only the fields we read are typed; unknown fields are ignored, an unknown
 * major `format_version` is refused.
 */

const SUPPORTED_FORMAT_MAJOR = 1;
/** Parses `terraform show -json` output; refuses what we cannot read correctly. */
function parsePlan(text) {
    let plan;
    try {
        plan = JSON.parse(text);
    }
    catch (error) {
        throw new errors/* ConfigurationError */.j1(`The plan is not valid JSON (${error.message})`, 'unsupported-plan-format');
    }
    return checkPlan(plan);
}
function checkPlan(plan) {
    if (!plan || typeof plan !== 'object' || Array.isArray(plan)) {
        throw new errors/* ConfigurationError */.j1('The plan JSON is not an object', 'unsupported-plan-format');
    }
    const version = plan.format_version;
    if (typeof version !== 'string' || !/^\d+\.\d+/.test(version)) {
        throw new errors/* ConfigurationError */.j1('The plan JSON has no format_version; is this `terraform show -json <planfile>` output?', 'unsupported-plan-format');
    }
    const major = Number(version.split('.')[0]);
    if (major !== SUPPORTED_FORMAT_MAJOR) {
        throw new errors/* ConfigurationError */.j1(`The plan JSON has format_version ${version}; only ${SUPPORTED_FORMAT_MAJOR}.x is supported`, 'unsupported-plan-format');
    }
    return plan;
}
/** One kind per change; both replace orders are `replace`. */
function changeKind(actions) {
    if (actions.includes('delete') && actions.includes('create'))
        return 'replace';
    const [first] = actions;
    if (first === 'create' || first === 'update' || first === 'delete' || first === 'read') {
        return first;
    }
    return 'no-op';
}
function replaceOrder(actions) {
    if (actions.length !== 2)
        return undefined;
    if (actions[0] === 'delete' && actions[1] === 'create')
        return 'delete-then-create';
    if (actions[0] === 'create' && actions[1] === 'delete')
        return 'create-then-delete';
    return undefined;
}

// EXTERNAL MODULE: ./actions/_shared/src/terraform/redact.ts
var redact = __webpack_require__(482);
;// CONCATENATED MODULE: ./actions/_shared/src/terraform/render.ts
/**
 * Markdown for a plan summary: the job summary (grouped, collapsible) and the
 * PR comment, at three levels of detail so a huge plan still fits where it goes.
 */

/** Above this many resource changes, renderings list resources without attribute tables. */
const FULL_DETAIL_MAX = 1000;
const SYMBOL = {
    create: '+',
    update: '~',
    replace: '-/+',
    delete: '-',
    read: '<=',
    'no-op': ' ',
};
function symbol(r) {
    if (r.replaceOrder === 'create-then-delete')
        return '+/-';
    return SYMBOL[r.kind];
}
function kindLabel(r) {
    const parts = [];
    if (r.kind === 'replace') {
        parts.push(r.replaceOrder === 'create-then-delete'
            ? 'replace (create before destroy)'
            : 'replace (destroy then create)');
    }
    else if (r.kind !== 'no-op')
        parts.push(r.kind);
    if (r.previousAddress)
        parts.push(`moved from ${r.previousAddress}`);
    if (r.importId !== undefined)
        parts.push(`import ${r.importId}`);
    if (r.deposed)
        parts.push(`deposed ${r.deposed}`);
    return parts.join(', ') || 'no-op';
}
function headline(s, mode = 'plan') {
    const c = s.counts;
    if (mode === 'drift') {
        return s.drift.length === 0
            ? 'No drift detected.'
            : `Drift detected: ${s.drift.length} resource(s) changed outside Terraform.`;
    }
    if (!s.hasChanges)
        return 'No changes. Infrastructure matches the configuration.';
    const extras = [
        c.import ? `${c.import} to import` : '',
        c.move ? `${c.move} moved` : '',
        c.read ? `${c.read} to read` : '',
    ].filter(Boolean);
    return `Plan: ${c.create} to add, ${c.update} to change, ${c.replace} to replace, ${c.delete} to destroy${extras.length ? ` (${extras.join(', ')})` : ''}.`;
}
function countsTable(s) {
    const c = s.counts;
    return table(['Create', 'Update', 'Replace', 'Delete', 'Read', 'Import', 'Move', 'Drift', 'Outputs'], [
        [
            c.create,
            c.update,
            c.replace,
            c.delete,
            c.read,
            c.import,
            c.move,
            s.drift.length,
            s.outputs.length,
        ].map(String),
    ]);
}
function statusLine(s) {
    const flag = (ok) => (ok ? 'yes' : '**no**');
    return `Applyable: ${flag(s.applyable)} · Complete: ${flag(s.complete)} · Errored: ${s.errored ? '**yes**' : 'no'}${s.terraformVersion ? ` · Terraform ${s.terraformVersion}` : ''}`;
}
function resourceBlock(r) {
    const head = `<code>${symbol(r)} ${escapeHtml(r.address)}</code> — ${escapeHtml(kindLabel(r))}${r.reason ? ` (${r.reason})` : ''}`;
    if (r.attributes.length === 0)
        return `- ${head}`;
    const rows = r.attributes.map((a) => [
        `${code(a.path)}${a.forcesReplacement ? ' (forces replacement)' : ''}`,
        code(a.before ?? ''),
        code(a.after ?? ''),
    ]);
    const more = r.attributesOmitted ? `\n\n…and ${r.attributesOmitted} more attribute(s).` : '';
    return `- ${head}\n\n${indent(table(['Attribute', 'Before', 'After'], rows))}${more ? indent(more) : ''}\n`;
}
function indent(text) {
    return text
        .split('\n')
        .map((line) => (line ? `  ${line}` : line))
        .join('\n');
}
function code(value) {
    if (!value)
        return '';
    return `\`${value.replace(/`/g, "'")}\``;
}
function escapeHtml(text) {
    return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
function changesTable(list, max) {
    const rows = list.slice(0, max).map((r) => [symbol(r), r.address, kindLabel(r), r.reason ?? '']);
    const more = list.length > max ? `\n\n…and ${list.length - max} more.` : '';
    return `${table(['', 'Address', 'Action', 'Reason'], rows)}${more}`;
}
function renderPlan(s, options) {
    const detail = options.detail ?? 'full';
    const maxRows = options.maxTableRows ?? 1000;
    const parts = [`### ${options.title}`, '', `**${headline(s, options.mode)}**`, ''];
    parts.push(countsTable(s), '', statusLine(s));
    if (s.failedChecks.length) {
        const rows = s.failedChecks.map((c) => [c.address, c.status, c.problems.join('; ')]);
        parts.push('', '**Failed checks**', '', table(['Check', 'Status', 'Problems'], rows));
    }
    for (const section of options.sections ?? [])
        parts.push('', section);
    if (detail !== 'counts') {
        const byKind = (list) => detail === 'full' ? list.map(resourceBlock).join('\n') : changesTable(list, maxRows);
        if (s.changes.length) {
            parts.push('', details(`Resource changes (${s.changes.length})`, byKind(s.changes), detail === 'full' && s.changes.length <= 20));
        }
        if (s.drift.length) {
            parts.push('', details(`Changes outside Terraform (${s.drift.length})`, byKind(s.drift), options.mode === 'drift'));
        }
        if (s.outputs.length) {
            const rows = s.outputs.map((o) => [
                o.name,
                o.kind,
                o.before === undefined ? '' : o.sensitive ? '(sensitive)' : code(o.before),
                o.after === undefined ? '' : o.sensitive ? '(sensitive)' : code(o.after),
            ]);
            parts.push('', details(`Output changes (${s.outputs.length})`, table(['Output', 'Action', 'Before', 'After'], rows)));
        }
    }
    if (options.fullVersionUrl) {
        parts.push('', `The full plan is in the [job summary](${options.fullVersionUrl}).`);
    }
    return `${parts.join('\n')}\n`;
}
/** The richest rendering that fits in `maxChars` (GitHub comments hold 65,536). */
function renderWithin(s, options, maxChars) {
    // Past FULL_DETAIL_MAX changes, attribute tables are unreviewable (and slow): start at the table.
    const levels = s.changes.length + s.drift.length > FULL_DETAIL_MAX
        ? ['table', 'counts']
        : ['full', 'table', 'counts'];
    for (const detail of levels) {
        const markdown = renderPlan(s, {
            ...options,
            detail,
            fullVersionUrl: detail === 'full' ? undefined : options.fullVersionUrl,
        });
        if (markdown.length <= maxChars)
            return { markdown, detail };
    }
    const markdown = renderPlan(s, { ...options, detail: 'counts', sections: [] });
    return { markdown: markdown.slice(0, maxChars), detail: 'counts' };
}

;// CONCATENATED MODULE: ./actions/_shared/src/terraform/scrub.ts
/** Replaces every hidden value in text captured from terraform, before we print it. */
function scrub(text, hidden) {
    const values = [...hidden].filter((v) => v.length >= 3).sort((a, b) => b.length - a.length);
    if (values.length === 0 || !text)
        return text;
    let out = text;
    for (const value of values)
        if (out.includes(value))
            out = out.split(value).join('***');
    return out;
}

;// CONCATENATED MODULE: ./actions/_shared/src/terraform/summary.ts
/**
 * The plan summary: what terraform will do, computed once from the plan JSON
 * with every sensitive or redacted value already hidden. Both actions render it
 * (plan for review, apply for the audit trail), and the plan bundle stores the
 * sanitized JSON made alongside it.
 */


const UNKNOWN = '(known after apply)';
const MAX_VALUE_CHARS = 200;
function displayValue(value) {
    if (value === redact/* HIDDEN */.RG)
        return redact/* HIDDEN */.RG;
    if (value === undefined)
        return '';
    const text = typeof value === 'string' ? JSON.stringify(value) : JSON.stringify(value);
    if (text === undefined)
        return '';
    return text.length > MAX_VALUE_CHARS ? `${text.slice(0, MAX_VALUE_CHARS)}…` : text;
}
/** Leaf values by dotted path; HIDDEN and unknown subtrees stay leaves. */
function flatten(value, unknown, prefix, out) {
    if (unknown === true) {
        out.set(prefix, UNKNOWN);
        return out;
    }
    if (value !== null && typeof value === 'object') {
        const entries = Array.isArray(value)
            ? value.map((v, i) => [String(i), v])
            : Object.entries(value);
        if (entries.length === 0 && prefix)
            out.set(prefix, Array.isArray(value) ? '[]' : '{}');
        for (const [key, item] of entries) {
            const childUnknown = unknown && typeof unknown === 'object'
                ? unknown[key]
                : undefined;
            flatten(item, childUnknown, prefix ? `${prefix}.${key}` : key, out);
        }
        // Unknown keys absent from the value (a new computed attribute).
        if (unknown && typeof unknown === 'object' && !Array.isArray(unknown)) {
            for (const [key, u] of Object.entries(unknown)) {
                const path = prefix ? `${prefix}.${key}` : key;
                if (u === true && !out.has(path))
                    out.set(path, UNKNOWN);
            }
        }
        return out;
    }
    if (value === null || value === undefined)
        return out;
    out.set(prefix, displayValue(value));
    return out;
}
function attributeDiffs(kind, before, after, afterUnknown, replacePaths, limit, rawChanged = () => false) {
    if (kind === 'delete' || kind === 'read')
        return { attributes: [], omitted: 0 };
    const b = flatten(before, undefined, '', new Map());
    const a = flatten(after, afterUnknown, '', new Map());
    const paths = new Set([...b.keys(), ...a.keys()]);
    const diffs = [];
    for (const path of paths) {
        const was = b.get(path);
        const now = a.get(path);
        if (was === now) {
            // Both sides hidden: still a change when the raw values differ (shown as hidden → hidden).
            if (was !== redact/* HIDDEN */.RG || !rawChanged(path))
                continue;
        }
        const diff = { path };
        if (was !== undefined)
            diff.before = was;
        if (now !== undefined)
            diff.after = now;
        if (replacePaths.some((p) => path === p || path.startsWith(`${p}.`))) {
            diff.forcesReplacement = true;
        }
        diffs.push(diff);
    }
    diffs.sort((x, y) => (x.path < y.path ? -1 : x.path > y.path ? 1 : 0));
    return { attributes: diffs.slice(0, limit), omitted: Math.max(0, diffs.length - limit) };
}
function summarizeResource(rc, redactor, limit) {
    const change = rc.change ?? { actions: ['no-op'] };
    const actions = Array.isArray(change.actions) ? change.actions : ['no-op'];
    const before = redactor.sanitize(change.before, change.before_sensitive);
    const after = redactor.sanitize(change.after, change.after_sensitive);
    const kind = changeKind(actions);
    const replacePaths = (change.replace_paths ?? []).map((p) => p.join('.'));
    // Attribute diffs are computed when first read: only full renderings need them.
    let diffs;
    const diff = () => {
        diffs ??= attributeDiffs(kind, before, after, change.after_unknown, replacePaths, limit, (path) => {
            const segments = path.split('.');
            return (JSON.stringify(valueAt(change.before, segments)) !==
                JSON.stringify(valueAt(change.after, segments)));
        });
        return diffs;
    };
    const summary = {
        address: rc.address,
        type: rc.type,
        mode: rc.mode === 'data' ? 'data' : 'managed',
        kind,
        actions,
        replacePaths,
        get attributes() {
            return diff().attributes;
        },
        get attributesOmitted() {
            return diff().omitted;
        },
        after,
    };
    if (rc.previous_address && rc.previous_address !== rc.address) {
        summary.previousAddress = rc.previous_address;
    }
    const order = replaceOrder(actions);
    if (order)
        summary.replaceOrder = order;
    if (rc.action_reason)
        summary.reason = rc.action_reason;
    if (change.importing)
        summary.importId = change.importing.id ?? '(identity)';
    if (rc.deposed)
        summary.deposed = rc.deposed;
    const sanitized = {
        ...rc,
        change: { ...change, before, after },
    };
    return { summary, sanitized };
}
function valueAt(value, path) {
    let current = value;
    for (const key of path) {
        if (current === null || typeof current !== 'object')
            return undefined;
        current = current[String(key)];
    }
    return current;
}
/** Drift that the plan depends on (what terraform itself shows in its plan output). */
function isRelevantDrift(rc, relevant) {
    const paths = relevant.get(rc.address);
    if (!paths)
        return false;
    if (changeKind(rc.change.actions) === 'delete')
        return true;
    return paths.some((path) => path.length === 0 ||
        JSON.stringify(valueAt(rc.change.before, path)) !==
            JSON.stringify(valueAt(rc.change.after, path)));
}
function summarizePlan(plan, redactor, options = {}) {
    const limit = options.maxAttributesPerResource ?? 50;
    const counts = {
        create: 0,
        update: 0,
        replace: 0,
        delete: 0,
        read: 0,
        import: 0,
        move: 0,
    };
    const changes = [];
    const sanitizedChanges = [];
    for (const rc of plan.resource_changes ?? []) {
        const { summary, sanitized } = summarizeResource(rc, redactor, limit);
        sanitizedChanges.push(sanitized);
        if (summary.kind !== 'no-op')
            counts[summary.kind]++;
        if (summary.importId !== undefined)
            counts.import++;
        if (summary.previousAddress)
            counts.move++;
        if (summary.kind !== 'no-op' || summary.importId !== undefined || summary.previousAddress) {
            changes.push(summary);
        }
    }
    const relevant = new Map();
    for (const ra of plan.relevant_attributes ?? []) {
        const list = relevant.get(ra.resource) ?? [];
        list.push(ra.attribute ?? []);
        relevant.set(ra.resource, list);
    }
    const drift = [];
    const sanitizedDrift = [];
    for (const rc of plan.resource_drift ?? []) {
        const { summary, sanitized } = summarizeResource(rc, redactor, limit);
        sanitizedDrift.push(sanitized);
        if (summary.kind === 'no-op')
            continue;
        if (options.drift === 'all' || isRelevantDrift(rc, relevant))
            drift.push(summary);
    }
    const outputs = [];
    const sanitizedOutputs = {};
    for (const [name, change] of Object.entries(plan.output_changes ?? {})) {
        const before = redactor.sanitize(change.before, change.before_sensitive);
        const after = redactor.sanitize(change.after, change.after_sensitive);
        sanitizedOutputs[name] = { ...change, before, after };
        const kind = changeKind(change.actions);
        if (kind === 'no-op')
            continue;
        const sensitive = change.after_sensitive === true || change.before_sensitive === true;
        const entry = { name, kind, sensitive };
        if (kind !== 'create')
            entry.before = displayValue(before);
        if (kind !== 'delete') {
            entry.after = change.after_unknown === true ? UNKNOWN : displayValue(after);
        }
        outputs.push(entry);
    }
    const failedChecks = [];
    for (const check of plan.checks ?? []) {
        if (check.status !== 'fail' && check.status !== 'error')
            continue;
        const problems = (check.instances ?? []).flatMap((i) => (i.problems ?? []).map((p) => String(redactor.sanitize(p.message))));
        failedChecks.push({ address: check.address.to_display, status: check.status, problems });
    }
    // Variables are never rendered or stored. A variable declared sensitive is
    // hidden (so masked) whatever its use and whether or not `redact` rules are
    // set; the others still go through the rules.
    const declared = plan.configuration?.root_module?.variables ?? {};
    for (const [name, variable] of Object.entries(plan.variables ?? {})) {
        if (declared[name]?.sensitive)
            redactor.hide(variable.value);
        else
            redactor.sanitize(variable.value);
    }
    const summary = {
        formatVersion: plan.format_version,
        counts,
        changes,
        drift,
        outputs,
        failedChecks,
        applyable: plan.applyable ?? true,
        complete: plan.complete ?? true,
        errored: plan.errored ?? false,
        hasChanges: changes.length > 0 || outputs.length > 0 || (options.drift === 'all' && drift.length > 0),
    };
    if (plan.terraform_version)
        summary.terraformVersion = plan.terraform_version;
    const sanitized = {
        format_version: plan.format_version,
        resource_changes: sanitizedChanges,
        resource_drift: sanitizedDrift,
        output_changes: sanitizedOutputs,
    };
    if (plan.terraform_version)
        sanitized.terraform_version = plan.terraform_version;
    if (plan.relevant_attributes)
        sanitized.relevant_attributes = plan.relevant_attributes;
    if (plan.checks)
        sanitized.checks = redactor.sanitize(plan.checks);
    if (plan.applyable !== undefined)
        sanitized.applyable = plan.applyable;
    if (plan.complete !== undefined)
        sanitized.complete = plan.complete;
    if (plan.errored !== undefined)
        sanitized.errored = plan.errored;
    if (plan.timestamp)
        sanitized.timestamp = plan.timestamp;
    return { summary, sanitized };
}

;// CONCATENATED MODULE: ./actions/_shared/src/terraform/variables.ts
/**
 * The `variables` input, handed to terraform as a variables file instead of
 * `-var=name=value` arguments: a process's command line is readable by every
 * user of the machine (/proc/<pid>/cmdline), a 0600 file in a 0700 directory
 * only by us. JSON, because terraform reads a .tfvars.json string as is — no
 * escaping, no template interpretation — and converts it to the declared type
 * (number, bool) as it did the -var string.
 */


const VARIABLES_FILE = 'variables.tfvars.json';
/** Writes the file in `privateDir` (0600) and returns its path. */
function writeVariablesFile(privateDir, variables) {
    const path = (0,external_node_path_.join)(privateDir, VARIABLES_FILE);
    (0,external_node_fs_.writeFileSync)(path, `${JSON.stringify(Object.fromEntries(variables), null, 2)}\n`, {
        mode: 0o600,
    });
    (0,external_node_fs_.chmodSync)(path, 0o600);
    return path;
}

// EXTERNAL MODULE: ./actions/terraform-plan/src/constants.ts
var constants = __webpack_require__(715);
// EXTERNAL MODULE: ./actions/terraform-plan/src/failure-reasons.ts
var failure_reasons = __webpack_require__(5192);
;// CONCATENATED MODULE: ./actions/terraform-plan/src/policy.ts

const STATEFUL_TYPES = new Set([
    'aws_db_instance',
    'aws_rds_cluster',
    'aws_rds_cluster_instance',
    'aws_elasticache_cluster',
    'aws_elasticache_replication_group',
    'aws_s3_bucket',
    'aws_kms_key',
    'aws_eks_cluster',
    'aws_secretsmanager_secret',
]);
const RULES = {
    'MM-TF-001': {
        id: 'MM-TF-001',
        title: 'Stateful resource deleted or replaced',
        severity: 'critical',
        checkov: [],
        trivy: [],
        help: 'Deleting or replacing an RDS instance/cluster, ElastiCache, S3 bucket, KMS key, EKS cluster or Secrets Manager secret loses data. List the address in allow-destroy if this is intended. (No checkov/Trivy equivalent: they scan configuration, not plans.)',
    },
    'MM-TF-002': {
        id: 'MM-TF-002',
        title: 'RDS storage not encrypted',
        severity: 'high',
        checkov: ['CKV_AWS_16', 'CKV_AWS_96'],
        trivy: ['AVD-AWS-0080', 'AVD-AWS-0079'],
        help: 'Set storage_encrypted = true on aws_db_instance and aws_rds_cluster.',
    },
    'MM-TF-003': {
        id: 'MM-TF-003',
        title: 'ElastiCache not encrypted at rest',
        severity: 'high',
        checkov: ['CKV_AWS_29'],
        trivy: ['AVD-AWS-0045'],
        help: 'Set at_rest_encryption_enabled = true on aws_elasticache_replication_group.',
    },
    'MM-TF-004': {
        id: 'MM-TF-004',
        title: 'Redis transit encryption disabled',
        severity: 'high',
        checkov: ['CKV_AWS_30'],
        trivy: ['AVD-AWS-0051'],
        help: 'Set transit_encryption_enabled = true on aws_elasticache_replication_group.',
    },
    'MM-TF-005': {
        id: 'MM-TF-005',
        title: 'S3 bucket without server-side encryption configuration',
        severity: 'high',
        checkov: ['CKV_AWS_145', 'CKV_AWS_19'],
        trivy: ['AVD-AWS-0088', 'AVD-AWS-0132'],
        help: 'Add an aws_s3_bucket_server_side_encryption_configuration (KMS) for the bucket.',
    },
    'MM-TF-006': {
        id: 'MM-TF-006',
        title: 'EBS volume not encrypted',
        severity: 'high',
        checkov: ['CKV_AWS_3', 'CKV_AWS_8'],
        trivy: ['AVD-AWS-0026', 'AVD-AWS-0131'],
        help: 'Set encrypted = true on aws_ebs_volume and on block devices of instances and launch templates.',
    },
    'MM-TF-007': {
        id: 'MM-TF-007',
        title: 'EKS secrets not encrypted with KMS',
        severity: 'high',
        checkov: ['CKV_AWS_58'],
        trivy: ['AVD-AWS-0039'],
        help: 'Add encryption_config { resources = ["secrets"] provider { key_arn = ... } } to aws_eks_cluster.',
    },
    'MM-TF-008': {
        id: 'MM-TF-008',
        title: 'SNS topic not encrypted',
        severity: 'medium',
        checkov: ['CKV_AWS_26'],
        trivy: ['AVD-AWS-0095'],
        help: 'Set kms_master_key_id on aws_sns_topic.',
    },
    'MM-TF-009': {
        id: 'MM-TF-009',
        title: 'CloudWatch log group not encrypted with KMS',
        severity: 'medium',
        checkov: ['CKV_AWS_158'],
        trivy: ['AVD-AWS-0017'],
        help: 'Set kms_key_id on aws_cloudwatch_log_group.',
    },
    'MM-TF-010': {
        id: 'MM-TF-010',
        title: 'RDS publicly accessible',
        severity: 'critical',
        checkov: ['CKV_AWS_17'],
        trivy: ['AVD-AWS-0180'],
        help: 'Set publicly_accessible = false.',
    },
    'MM-TF-011': {
        id: 'MM-TF-011',
        title: 'RDS deletion protection off in production',
        severity: 'high',
        checkov: ['CKV_AWS_293', 'CKV_AWS_139'],
        trivy: ['AVD-AWS-0177'],
        help: 'Set deletion_protection = true for production databases.',
    },
    'MM-TF-012': {
        id: 'MM-TF-012',
        title: 'RDS backup retention under 7 days in production',
        severity: 'high',
        checkov: ['CKV_AWS_133'],
        trivy: ['AVD-AWS-0077'],
        help: 'Set backup_retention_period to 7 days or more for production databases.',
    },
    'MM-TF-013': {
        id: 'MM-TF-013',
        title: 'S3 public access not blocked',
        severity: 'critical',
        checkov: ['CKV2_AWS_6', 'CKV_AWS_53', 'CKV_AWS_54', 'CKV_AWS_55', 'CKV_AWS_56'],
        trivy: ['AVD-AWS-0086', 'AVD-AWS-0087', 'AVD-AWS-0091', 'AVD-AWS-0093', 'AVD-AWS-0094'],
        help: 'Add an aws_s3_bucket_public_access_block for the bucket with all four settings true.',
    },
    'MM-TF-014': {
        id: 'MM-TF-014',
        title: 'CloudTrail log file validation disabled',
        severity: 'medium',
        checkov: ['CKV_AWS_36'],
        trivy: ['AVD-AWS-0016'],
        help: 'Set enable_log_file_validation = true on aws_cloudtrail.',
    },
    'MM-TF-015': {
        id: 'MM-TF-015',
        title: 'Required tags missing',
        severity: 'low',
        checkov: [],
        trivy: [],
        help: 'Tag every taggable resource (tags or provider default_tags) with the required keys. (Comparable to organisation tag policies; no checkov/Trivy built-in.)',
    },
};
function obj(value) {
    return value && typeof value === 'object' && !Array.isArray(value) ? value : {};
}
function blocks(value) {
    return Array.isArray(value) ? value.map(obj) : [];
}
/** true/false when known, undefined when unknown or hidden. */
function flag(after, key, unknownKeys) {
    if (unknownKeys.has(key))
        return undefined;
    const value = after[key];
    if (value === redact/* HIDDEN */.RG)
        return undefined;
    return value === true
        ? true
        : value === false || value === null || value === undefined
            ? false
            : undefined;
}
/** Which resource addresses each config resource's `bucket` argument refers to. */
function bucketReferences(module, prefix, type, out) {
    for (const resource of module?.resources ?? []) {
        if (resource.type !== type)
            continue;
        const bucket = obj(resource.expressions?.bucket);
        for (const ref of bucket.references ?? []) {
            // "aws_s3_bucket.logs.id" / "aws_s3_bucket.logs" → module-qualified resource address
            const m = /^(aws_s3_bucket\.[^.[]+)/.exec(ref);
            if (m)
                out.add(`${prefix}${m[1]}`);
        }
        const constant = bucket.constant_value;
        if (typeof constant === 'string')
            out.add(`name:${constant}`);
    }
    for (const [name, call] of Object.entries(module?.module_calls ?? {})) {
        bucketReferences(call.module, `${prefix}module.${name}.`, type, out);
    }
}
/** "module.a[0].aws_s3_bucket.x[\"k\"]" → "module.a.aws_s3_bucket.x" (configuration address). */
function configAddress(address) {
    return address.replace(/\[[^\]]*\]/g, '');
}
function bucketCovered(bucket, covering, present) {
    if (covering.has(configAddress(bucket.address)))
        return true;
    const name = obj(bucket.after).bucket;
    if (typeof name === 'string' && (covering.has(`name:${name}`) || present.has(name)))
        return true;
    return false;
}
function evaluatePolicy(changes, plan, context) {
    const violations = [];
    const add = (ruleId, address, message) => violations.push({ ruleId, severity: RULES[ruleId].severity, address, message });
    const production = /^prod/i.test(context.environment);
    const allow = new Set(context.allowDestroy);
    // Unknown (computed) attributes by address, from the raw plan's after_unknown.
    const unknownByAddress = new Map();
    for (const rc of plan.resource_changes ?? []) {
        const u = obj(rc.change?.after_unknown);
        unknownByAddress.set(rc.address, new Set(Object.keys(u).filter((k) => u[k] === true)));
    }
    const sse = new Set();
    const pab = new Set();
    bucketReferences(plan.configuration?.root_module, '', 'aws_s3_bucket_server_side_encryption_configuration', sse);
    bucketReferences(plan.configuration?.root_module, '', 'aws_s3_bucket_public_access_block', pab);
    const sseNames = new Set();
    const pabNames = new Set();
    const live = changes.filter((c) => c.mode === 'managed' && (c.kind === 'create' || c.kind === 'update' || c.kind === 'replace'));
    for (const c of live) {
        const after = obj(c.after);
        if (typeof after.bucket === 'string') {
            if (c.type === 'aws_s3_bucket_server_side_encryption_configuration')
                sseNames.add(after.bucket);
            if (c.type === 'aws_s3_bucket_public_access_block')
                pabNames.add(after.bucket);
        }
    }
    for (const c of changes) {
        if (c.mode !== 'managed')
            continue;
        if ((c.kind === 'delete' || c.kind === 'replace') && STATEFUL_TYPES.has(c.type)) {
            if (!allow.has(c.address) && !allow.has(configAddress(c.address))) {
                add('MM-TF-001', c.address, `${c.address} (${c.type}) would be ${c.kind === 'delete' ? 'deleted' : 'replaced'}; add it to allow-destroy if intended`);
            }
        }
    }
    for (const c of live) {
        const after = obj(c.after);
        const unknown = unknownByAddress.get(c.address) ?? new Set();
        const is = (key) => flag(after, key, unknown);
        switch (c.type) {
            case 'aws_db_instance':
            case 'aws_rds_cluster': {
                if (is('storage_encrypted') === false)
                    add('MM-TF-002', c.address, `${c.address} has storage_encrypted = false`);
                if (c.type === 'aws_db_instance' && is('publicly_accessible') === true) {
                    add('MM-TF-010', c.address, `${c.address} has publicly_accessible = true`);
                }
                if (production) {
                    if (is('deletion_protection') === false)
                        add('MM-TF-011', c.address, `${c.address} has deletion_protection off in ${context.environment}`);
                    const retention = after.backup_retention_period;
                    // A read replica's backups are its source's (AWS requires 0 on many engines).
                    const replica = Boolean(after.replicate_source_db) || unknown.has('replicate_source_db');
                    if (!replica && typeof retention === 'number' && retention < 7) {
                        add('MM-TF-012', c.address, `${c.address} keeps backups ${retention} day(s) in ${context.environment}; at least 7 required`);
                    }
                }
                break;
            }
            case 'aws_elasticache_replication_group':
                if (is('at_rest_encryption_enabled') === false)
                    add('MM-TF-003', c.address, `${c.address} has at_rest_encryption_enabled = false`);
                if (is('transit_encryption_enabled') === false)
                    add('MM-TF-004', c.address, `${c.address} has transit_encryption_enabled = false`);
                break;
            case 'aws_s3_bucket':
                if (!bucketCovered(c, sse, sseNames) &&
                    blocks(after.server_side_encryption_configuration).length === 0) {
                    add('MM-TF-005', c.address, `${c.address} has no aws_s3_bucket_server_side_encryption_configuration in this plan`);
                }
                if (!bucketCovered(c, pab, pabNames))
                    add('MM-TF-013', c.address, `${c.address} has no aws_s3_bucket_public_access_block in this plan`);
                break;
            case 'aws_s3_bucket_public_access_block': {
                const off = [
                    'block_public_acls',
                    'block_public_policy',
                    'ignore_public_acls',
                    'restrict_public_buckets',
                ].filter((k) => is(k) === false);
                if (off.length)
                    add('MM-TF-013', c.address, `${c.address} leaves ${off.join(', ')} off`);
                break;
            }
            case 'aws_ebs_volume':
                if (is('encrypted') === false)
                    add('MM-TF-006', c.address, `${c.address} has encrypted = false`);
                break;
            case 'aws_instance':
                for (const device of [
                    ...blocks(after.root_block_device),
                    ...blocks(after.ebs_block_device),
                ]) {
                    if (device.encrypted === false)
                        add('MM-TF-006', c.address, `${c.address} has an unencrypted block device`);
                }
                break;
            case 'aws_launch_template':
                for (const mapping of blocks(after.block_device_mappings)) {
                    for (const ebs of blocks(mapping.ebs)) {
                        if (ebs.encrypted !== 'true' && ebs.encrypted !== true) {
                            add('MM-TF-006', c.address, `${c.address} has a block device mapping without encrypted = "true"`);
                        }
                    }
                }
                break;
            case 'aws_eks_cluster': {
                const configs = blocks(after.encryption_config);
                const secrets = configs.some((cfg) => Array.isArray(cfg.resources) && cfg.resources.includes('secrets'));
                if (!secrets && !unknown.has('encryption_config'))
                    add('MM-TF-007', c.address, `${c.address} has no encryption_config for secrets`);
                break;
            }
            case 'aws_sns_topic':
                if (!after.kms_master_key_id && !unknown.has('kms_master_key_id'))
                    add('MM-TF-008', c.address, `${c.address} has no kms_master_key_id`);
                break;
            case 'aws_cloudwatch_log_group':
                if (!after.kms_key_id && !unknown.has('kms_key_id'))
                    add('MM-TF-009', c.address, `${c.address} has no kms_key_id`);
                break;
            case 'aws_cloudtrail':
                if (is('enable_log_file_validation') === false)
                    add('MM-TF-014', c.address, `${c.address} has enable_log_file_validation = false`);
                break;
        }
        if (context.requiredTags.length &&
            c.type.startsWith('aws_') &&
            ('tags_all' in after || 'tags' in after)) {
            if (unknown.has('tags_all') && !('tags' in after && after.tags))
                continue;
            const tags = { ...obj(after.tags), ...obj(after.tags_all) };
            const missing = context.requiredTags.filter((t) => !(t in tags));
            if (missing.length)
                add('MM-TF-015', c.address, `${c.address} lacks required tag(s): ${missing.join(', ')}`);
        }
    }
    const order = { critical: 0, high: 1, medium: 2, low: 3 };
    return violations.sort((a, b) => order[a.severity] - order[b.severity] ||
        (a.address < b.address ? -1 : a.address > b.address ? 1 : 0) ||
        (a.ruleId < b.ruleId ? -1 : 1));
}

;// CONCATENATED MODULE: ./actions/terraform-plan/src/policy-report.ts
/** Policy findings as markdown, workflow annotations and SARIF 2.1.0 (GitHub code scanning). */



function policyMarkdown(violations, mode) {
    if (violations.length === 0)
        return '**Policy:** passed (no violations).';
    const verdict = mode === 'enforce'
        ? `**Policy: denied** — ${violations.length} violation(s); the plan may not be applied.`
        : `**Policy: ${violations.length} violation(s)** (warn mode: not blocking).`;
    const rows = violations.map((v) => {
        const rule = RULES[v.ruleId];
        const refs = [...rule.checkov, ...rule.trivy].join(', ') || '—';
        return [v.ruleId, v.severity, v.address, v.message, refs];
    });
    return `${verdict}\n\n${table(['Rule', 'Severity', 'Resource', 'Finding', 'checkov / Trivy'], rows)}`;
}
function annotate(violations, file) {
    for (const v of violations) {
        const title = `${v.ruleId} ${RULES[v.ruleId].title}`;
        const props = { title, file };
        if (v.severity === 'critical' || v.severity === 'high')
            (0,runner/* error */.z3)(v.message, props);
        else if (v.severity === 'medium')
            (0,runner/* warning */.$e)(v.message, props);
        else
            (0,runner/* notice */.lm)(v.message, props);
    }
}
const LEVEL = {
    critical: 'error',
    high: 'error',
    medium: 'warning',
    low: 'note',
};
const SECURITY_SEVERITY = {
    critical: '9.5',
    high: '8.0',
    medium: '5.5',
    low: '2.0',
};
/**
 * SARIF 2.1.0 (OASIS), with the subset GitHub code scanning reads: tool.driver
 * rules with help and security-severity, results with a physical location.
 * Plans carry no line numbers, so results point at the root module's file.
 */
function sarif(violations, artifactUri, version) {
    const ruleIds = Object.keys(RULES);
    return {
        $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
        version: '2.1.0',
        runs: [
            {
                tool: {
                    driver: {
                        name: 'medimind-terraform-policy',
                        informationUri: 'https://github.com/medimind/delivery',
                        version,
                        rules: ruleIds.map((id) => {
                            const rule = RULES[id];
                            return {
                                id,
                                name: rule.title.replace(/[^A-Za-z0-9]+/g, ''),
                                shortDescription: { text: rule.title },
                                fullDescription: {
                                    text: `${rule.help}${rule.checkov.length || rule.trivy.length ? ` Equivalent: ${[...rule.checkov, ...rule.trivy].join(', ')}.` : ''}`,
                                },
                                help: { text: rule.help },
                                defaultConfiguration: { level: LEVEL[rule.severity] },
                                properties: {
                                    'security-severity': SECURITY_SEVERITY[rule.severity],
                                    tags: ['security', 'terraform'],
                                },
                            };
                        }),
                    },
                },
                results: violations.map((v) => ({
                    ruleId: v.ruleId,
                    ruleIndex: ruleIds.indexOf(v.ruleId),
                    level: LEVEL[v.severity],
                    message: { text: v.message },
                    locations: [
                        {
                            physicalLocation: {
                                artifactLocation: { uri: artifactUri },
                                region: { startLine: 1 },
                            },
                            logicalLocations: [{ name: v.address, kind: 'resource' }],
                        },
                    ],
                    partialFingerprints: { resourceRule: `${v.ruleId}:${v.address}` },
                })),
            },
        ],
    };
}

;// CONCATENATED MODULE: ./actions/terraform-plan/src/plan-run.ts
/**
 * terraform-plan as named phases over one PlanRun context: init, fmt,
 * validate, plan, summarize, policy, bundle, job summary, PR comment, outputs.
 * The plaintext plan and the variables file live only in a private 0700
 * directory that is removed at the end; the bundle gets the encrypted plan.
 */






















async function runPlan(config, deps) {
    const run = startRun(config, deps);
    let envelope;
    try {
        envelope = await bundleKey(run);
        await init(run);
        await fmtCheck(run);
        await validate(run);
        const planned = await plan(run);
        const { summarized, plan: planJson } = await summarize(run, planned);
        const violations = await checkPolicy(run, summarized, planJson);
        const renderOptions = renderOptionsFor(run, violations);
        const { markdown } = renderWithin(summarized.summary, renderOptions, constants/* JOB_SUMMARY_LIMIT */.zS);
        const planSha256 = await writeBundle(run, envelope, planned, summarized, violations, markdown);
        await writeSummary(markdown, run.env);
        await comment(run, summarized, renderOptions);
        setPlanOutputs(run, planned, summarized, violations, planSha256);
        enforcePolicy(run, violations);
        return { exitCode: planned.exitCode, summarized, violations, markdown, planSha256 };
    }
    finally {
        envelope?.dataKey.fill(0);
        (0,external_node_fs_.rmSync)(run.work, { recursive: true, force: true });
    }
}
/**
 * The bundle's data key, asked for before terraform runs: a key the plan role
 * cannot use fails the step in seconds, with nothing planned or written.
 */
async function bundleKey(run) {
    const { config, env, deps } = run;
    if (!config.kmsKeyId)
        return undefined;
    return group('Plan bundle key', async () => {
        const kms = await (deps.kms ?? awsKms)(config.kmsKeyId, env, deps.signal);
        const envelope = await newEnvelope(kms, config.kmsKeyId, config.environment);
        (0,runner/* info */.pq)(`data key from KMS key ${envelope.encryption.kmsKeyArn} (encryption context environment=${config.environment})`);
        return envelope;
    });
}
function startRun(config, deps) {
    const env = deps.env;
    const cli = terraformCli({
        cwd: config.cwd,
        workspace: config.workspace,
        env,
        bin: deps.terraformBin,
        signal: deps.signal,
    });
    (0,external_node_fs_.mkdirSync)(config.bundleDirectory, { recursive: true });
    const work = privateDirectory('terraform-plan', env);
    return {
        config,
        deps,
        env,
        now: deps.now ?? Date.now,
        cli,
        bundle: config.bundleDirectory,
        work,
        planFile: (0,external_node_path_.join)(work, BUNDLE_FILES.plan),
    };
}
async function init(run) {
    await group('terraform init', async () => {
        const result = await terraform(run.cli, [
            'init',
            '-input=false',
            '-no-color',
            ...(0,inputs/* backendArgs */.Y6)(run.config.backendConfig),
        ]);
        if (result.exitCode !== 0) {
            throw (0,failure_reasons/* planFailure */.Mx)(`terraform init failed (exit ${result.exitCode})`, 'init-failed');
        }
    });
}
async function fmtCheck(run) {
    if (run.config.fmt !== 'check')
        return;
    await group('terraform fmt -check', async () => {
        const result = await terraform(run.cli, ['fmt', '-check', '-recursive', '-no-color']);
        if (result.exitCode !== 0) {
            throw (0,failure_reasons/* planFailure */.Mx)(`terraform fmt -check found unformatted files: ${result.stdout.trim().split('\n').join(', ')}. Run \`terraform fmt -recursive\`.`, 'fmt-failed');
        }
    });
}
async function validate(run) {
    await group('terraform validate', async () => {
        const result = await terraform(run.cli, ['validate', '-no-color']);
        if (result.exitCode !== 0) {
            throw (0,failure_reasons/* planFailure */.Mx)('terraform validate found errors (see the log)', 'validate-failed');
        }
    });
}
/**
 * The plan's human output can show values a provider does not mark sensitive,
 * so it is held back until the JSON plan tells us what to mask, then printed.
 * The `variables` input goes through a 0600 file in the private directory,
 * never the command line (which any process can read in /proc/<pid>/cmdline).
 */
async function plan(run) {
    const { config } = run;
    return group(config.mode === 'drift' ? 'terraform plan -refresh-only' : 'terraform plan', async () => {
        const variablesFile = config.variables.size > 0 ? writeVariablesFile(run.work, config.variables) : undefined;
        const args = [
            'plan',
            '-input=false',
            '-no-color',
            '-detailed-exitcode',
            `-lock-timeout=${Math.ceil(config.lockTimeoutMs / 1000)}s`,
            `-out=${run.planFile}`,
            ...(config.mode === 'drift' ? ['-refresh-only'] : []),
            ...(config.refresh ? [] : ['-refresh=false']),
            ...config.varFiles.map((f) => `-var-file=${f}`),
            // Last, so these win over the var-files as -var did.
            ...(variablesFile ? [`-var-file=${variablesFile}`] : []),
        ];
        const result = await terraform(run.cli, args, 'capture');
        if (result.exitCode !== 0 && result.exitCode !== 2) {
            // No JSON plan yet to say what is sensitive; terraform's diagnostics quote
            // variable values (`var.x is "..."`), so the values we passed are hidden.
            const passed = [...config.variables.values()];
            process.stdout.write(scrub(result.stdout, passed));
            process.stderr.write(scrub(result.stderr, passed));
            const lock = parseLockError(result.stderr + result.stdout);
            if (lock)
                throw lockFailure(lock, run.now());
            throw (0,failure_reasons/* planFailure */.Mx)(`terraform plan failed (exit ${result.exitCode})`, 'plan-failed');
        }
        return { exitCode: result.exitCode, stdout: result.stdout, stderr: result.stderr };
    });
}
async function summarize(run, planned) {
    return group('Plan summary', async () => {
        const shown = await terraform(run.cli, ['show', '-json', '-no-color', run.planFile], 'capture');
        if (shown.exitCode !== 0) {
            throw (0,failure_reasons/* planFailure */.Mx)(`terraform show -json failed: ${shown.stderr.trim()}`, 'plan-failed');
        }
        const plan = parsePlan(shown.stdout);
        const redactor = new redact/* Redactor */.pO(run.config.redact);
        const summarized = summarizePlan(plan, redactor, {
            drift: run.config.mode === 'drift' ? 'all' : 'relevant',
        });
        for (const value of redactor.hidden)
            mask(value);
        (0,runner/* info */.pq)(`${redactor.hidden.size} sensitive value(s) masked`);
        process.stdout.write(scrub(planned.stdout, redactor.hidden));
        process.stderr.write(scrub(planned.stderr, redactor.hidden));
        return { summarized, plan };
    });
}
async function checkPolicy(run, summarized, plan) {
    const { config } = run;
    if (config.policy === 'off')
        return [];
    return group('Policy', async () => {
        const found = evaluatePolicy(summarized.summary.changes, plan, {
            environment: config.environment,
            allowDestroy: config.allowDestroy,
            requiredTags: config.requiredTags,
        });
        const mainTf = (0,external_node_path_.join)(config.cwd, 'main.tf');
        const file = (0,external_node_path_.relative)(run.env.GITHUB_WORKSPACE ?? process.cwd(), (0,external_node_fs_.existsSync)(mainTf) ? mainTf : config.cwd);
        annotate(found, file);
        (0,external_node_fs_.writeFileSync)((0,external_node_path_.join)(run.bundle, 'policy.sarif'), `${JSON.stringify(sarif(found, file, summarized.summary.terraformVersion ?? ''), null, 2)}\n`);
        (0,runner/* info */.pq)(`${found.length} policy violation(s)`);
        return found;
    });
}
function renderOptionsFor(run, violations) {
    const { config, env } = run;
    const title = `Terraform ${config.mode === 'drift' ? 'drift check' : 'plan'}: \`${config.workingDirectory}\` · ${config.environment} · ${config.workspace}`;
    const sections = config.policy === 'off' ? [] : [policyMarkdown(violations, config.policy)];
    const runUrl = `${env.GITHUB_SERVER_URL ?? 'https://github.com'}/${env.GITHUB_REPOSITORY ?? ''}/actions/runs/${env.GITHUB_RUN_ID ?? ''}`;
    return { title, sections, mode: config.mode, fullVersionUrl: runUrl };
}
/**
 * The bundle apply verifies. The plan is encrypted under a fresh KMS data key
 * with the manifest as authenticated data; only with allow-plaintext-bundle
 * does the plaintext plan leave the private directory. Returns the plaintext
 * plan's sha256 (the `plan-sha256` output apply is given).
 */
async function writeBundle(run, envelope, planned, summarized, violations, markdown) {
    const { config, env, bundle } = run;
    return group('Plan bundle', async () => {
        // A bundle directory reused from an earlier run must not keep its plan.
        for (const stale of [BUNDLE_FILES.plan, BUNDLE_FILES.encryptedPlan]) {
            (0,external_node_fs_.rmSync)((0,external_node_path_.join)(bundle, stale), { force: true });
        }
        const planJson = `${JSON.stringify(summarized.sanitized)}\n`;
        (0,external_node_fs_.writeFileSync)((0,external_node_path_.join)(bundle, BUNDLE_FILES.json), planJson);
        (0,external_node_fs_.writeFileSync)((0,external_node_path_.join)(bundle, BUNDLE_FILES.summary), markdown);
        const lockFile = (0,external_node_path_.join)(config.cwd, BUNDLE_FILES.lock);
        if ((0,external_node_fs_.existsSync)(lockFile))
            (0,external_node_fs_.copyFileSync)(lockFile, (0,external_node_path_.join)(bundle, BUNDLE_FILES.lock));
        const versions = await terraformVersion(run.cli);
        const planBytes = (0,external_node_fs_.readFileSync)(run.planFile);
        const planSha256 = sha256(planBytes);
        const manifest = {
            schema: MANIFEST_SCHEMA,
            planSha256,
            planJsonSha256: sha256(planJson),
            commitSha: env.GITHUB_SHA ?? '',
            environment: config.environment,
            workingDirectory: config.workingDirectory,
            workspace: config.workspace,
            mode: config.mode,
            terraformVersion: versions.terraform,
            providers: versions.providers,
            backendFingerprint: backendFingerprint(config.cwd, run.cli.env),
            varFiles: config.varFiles.map((path) => ({
                path,
                sha256: sha256File((0,external_node_path_.join)(config.cwd, path)),
            })),
            runId: env.GITHUB_RUN_ID ?? '',
            runAttempt: env.GITHUB_RUN_ATTEMPT ?? '',
            createdAt: new Date(run.now()).toISOString(),
            hasChanges: planned.exitCode === 2,
            policy: { mode: config.policy, violations: violations.length },
            redact: config.redact.map((r) => r.text),
        };
        if ((0,external_node_fs_.existsSync)(lockFile))
            manifest.lockFileSha256 = sha256File(lockFile);
        if (envelope) {
            const { dataKey, iv, encryption } = envelope;
            manifest.encryption = encryption;
            const manifestText = writeManifest(bundle, manifest);
            (0,external_node_fs_.writeFileSync)((0,external_node_path_.join)(bundle, BUNDLE_FILES.encryptedPlan), seal(planBytes, dataKey, iv, manifestDigest(manifestText)));
            (0,runner/* info */.pq)(`plan encrypted (AES-256-GCM) under KMS key ${encryption.kmsKeyArn}`);
        }
        else {
            (0,external_node_fs_.writeFileSync)((0,external_node_path_.join)(bundle, BUNDLE_FILES.plan), planBytes);
            writeManifest(bundle, manifest);
            (0,runner/* warning */.$e)(`The plan bundle holds the plan in plaintext (allow-plaintext-bundle): it contains every variable and the prior state. Keep ${bundle} private.`);
        }
        (0,runner/* info */.pq)(`bundle written to ${bundle}; plan sha256 ${planSha256}`);
        return planSha256;
    });
}
async function comment(run, summarized, renderOptions) {
    const pr = pullRequestNumber(run.env);
    if (!run.config.commentOnPr || pr === undefined)
        return;
    await group('Pull request comment', () => commentOnPullRequest(run.config, run.deps, pr, renderWithin(summarized.summary, renderOptions, constants/* COMMENT_LIMIT */.W$).markdown));
}
function setPlanOutputs(run, planned, summarized, violations, planSha256) {
    const { config, bundle } = run;
    const summary = summarized.summary;
    const c = summary.counts;
    // Drift mode: resources changed outside Terraform (output-only changes are not drift).
    const hasChanges = config.mode === 'drift' ? summary.drift.length > 0 : planned.exitCode === 2;
    setOutputs({
        [constants/* OUTPUTS */.py.hasChanges]: hasChanges,
        [constants/* OUTPUTS */.py.toAdd]: c.create,
        [constants/* OUTPUTS */.py.toChange]: c.update,
        [constants/* OUTPUTS */.py.toReplace]: c.replace,
        [constants/* OUTPUTS */.py.toDestroy]: c.delete,
        [constants/* OUTPUTS */.py.policyViolations]: violations.length,
        [constants/* OUTPUTS */.py.bundleDirectory]: bundle,
        [constants/* OUTPUTS */.py.summaryMarkdownPath]: (0,external_node_path_.join)(bundle, BUNDLE_FILES.summary),
        [constants/* OUTPUTS */.py.sarifFile]: config.policy === 'off' ? '' : (0,external_node_path_.join)(bundle, 'policy.sarif'),
        [constants/* OUTPUTS */.py.planSha256]: planSha256,
    });
}
function enforcePolicy(run, violations) {
    if (run.config.policy !== 'enforce' || violations.length === 0)
        return;
    throw (0,failure_reasons/* planFailure */.Mx)(`Policy denied the plan: ${violations.length} violation(s) (${[...new Set(violations.map((v) => v.ruleId))].join(', ')}). See the job summary.`, 'policy-denied');
}
function commentMarker(config) {
    return `<!-- medimind:terraform-plan dir=${config.workingDirectory} env=${config.environment} workspace=${config.workspace} -->`;
}
async function commentOnPullRequest(config, deps, pr, body) {
    const env = deps.env;
    if (!config.githubToken) {
        (0,runner/* warning */.$e)('comment-on-pr is on but github-token is empty; no comment was posted');
        return;
    }
    const client = new GitHubClient({
        apiUrl: env.GITHUB_API_URL ?? 'https://api.github.com',
        token: config.githubToken,
        signal: deps.signal,
    });
    const marker = commentMarker(config);
    try {
        const result = await client.upsertIssueComment(env.GITHUB_REPOSITORY ?? '', pr, marker, `${marker}\n${body}`);
        (0,runner/* info */.pq)(`comment ${result.action}: ${result.url ?? result.id}`);
    }
    catch (error) {
        if (error instanceof GitHubApiError &&
            (error.status === 403 || error.status === 422 || error.status === 404)) {
            (0,runner/* warning */.$e)(`Could not comment on pull request #${pr} (${error.status}): ${error.message}. Give the job \`pull-requests: write\` permission; forks get a read-only token.`);
            return;
        }
        throw error;
    }
}


/***/ })

};
;