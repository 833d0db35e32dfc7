"use strict";
exports.id = 765;
exports.ids = [765];
exports.modules = {

/***/ 6765:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  recordRelease: () => (/* binding */ recordRelease)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
;// CONCATENATED MODULE: ./actions/_shared/src/evidence.ts
/**
 * The release evidence record: one JSON document per environment release
 * (HIPAA: who changed what, when, approved by whom). Its JSON Schema is
 * evidence.schema.json beside this file; `schemaVersion` changes only with it.
 * Written by release-evidence, read back by release-verify.
 */
const EVIDENCE_SCHEMA_VERSION = 1;
const EVIDENCE_SCHEMA_ID = 'https://github.com/medimind/delivery/blob/v1/actions/_shared/src/evidence.schema.json';
/** The artifact holding one environment's record of a release. */
function evidenceArtifactName(environment, releaseId) {
    return `release-evidence-${environment}-${releaseId}`.replace(/[^A-Za-z0-9._-]/g, '-');
}
const EVIDENCE_FILE_NAME = 'release-evidence.json';
/** The digest part of an image reference (`...@sha256:<64 hex>`), or null. */
function imageDigest(ref) {
    return /@(sha256:[0-9a-f]{64})$/.exec(ref)?.[1] ?? null;
}

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
            const { GitHub } = await Promise.all(/* import() */[__webpack_require__.e(119), __webpack_require__.e(845)]).then(__webpack_require__.bind(__webpack_require__, 1845));
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
        const event = JSON.parse(readFileSync(env.GITHUB_EVENT_PATH, 'utf8'));
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
    const { summary } = await Promise.all(/* import() */[__webpack_require__.e(119), __webpack_require__.e(811)]).then(__webpack_require__.bind(__webpack_require__, 6811));
    await summary.addRaw(markdown, true).write();
}

// EXTERNAL MODULE: ./actions/_shared/src/errors.ts
var errors = __webpack_require__(8065);
;// CONCATENATED MODULE: ./actions/release-evidence/src/approval.ts
/**
 * Who approved this run's deployment to the environment, from GitHub's review
 * history of the run (GET /repos/{repo}/actions/runs/{run}/approvals). The
 * history carries no time; the gated job cannot start before the approval,
 * so the job's own start time (from the run's jobs) bounds it.
 */


async function lookUpApproval(client, repository, runId, attempt, environment, runnerName) {
    let reviews;
    try {
        reviews = await client.paginate(`/repos/${repository}/actions/runs/${runId}/approvals`);
    }
    catch (error) {
        if (error instanceof GitHubApiError && (error.status === 403 || error.status === 404)) {
            throw new errors/* ConfigurationError */.j1(`Cannot read the environment approvals of run ${runId} (${error.status}): give the job \`actions: read\` permission. ${error.message}`, 'approval-unavailable');
        }
        throw error;
    }
    const mine = reviews.filter((r) => r.environments?.some((e) => e.name === environment));
    const decided = mine.filter((r) => r.state === 'approved' || r.state === 'rejected');
    if (decided.length === 0) {
        return { required: false, state: 'none', reviewers: [], approvedBefore: null };
    }
    const state = decided.some((r) => r.state === 'rejected') ? 'rejected' : 'approved';
    return {
        required: true,
        state,
        reviewers: decided
            .filter((r) => r.state === state)
            .map((r) => ({ login: r.user?.login ?? '', comment: r.comment ?? '' })),
        approvedBefore: await jobStartedAt(client, repository, runId, attempt, runnerName),
    };
}
async function jobStartedAt(client, repository, runId, attempt, runnerName) {
    if (!runnerName)
        return null;
    const jobs = await client.paginate(`/repos/${repository}/actions/runs/${runId}/attempts/${attempt || '1'}/jobs`, 'jobs');
    const job = jobs.find((j) => j.runner_name === runnerName && j.status === 'in_progress');
    return job?.started_at ?? null;
}

// EXTERNAL MODULE: ./actions/release-evidence/src/constants.ts
var constants = __webpack_require__(7526);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./actions/release-evidence/src/outcome.ts
function blueGreenOutcome(c) {
    // First: a standalone rollback (promote.yml) has no deploy step at all.
    if (c.rolledBack || c.rollbackOutcome === 'success')
        return 'rolled-back';
    if (c.deployOutcome === '' || c.deployOutcome === 'skipped')
        return 'not-run';
    if (c.deployOutcome === 'success' && c.finalizeOutcome === 'success')
        return 'finalized';
    // A deploy that failed or was cancelled before switching left traffic where it was.
    if (c.deployOutcome !== 'success' && !c.switchedAt)
        return 'failed-before-switch';
    return 'incomplete';
}
function verdictOf(passed) {
    return passed === undefined ? 'not-run' : passed ? 'passed' : 'failed';
}
function releaseVerdict(outcome, readiness, k6) {
    return outcome === 'finalized' && readiness === 'passed' && k6 === 'passed' ? 'passed' : 'failed';
}

;// CONCATENATED MODULE: ./actions/release-evidence/src/record.ts




function sha256(data) {
    return (0,external_node_crypto_.createHash)('sha256').update(data).digest('hex');
}
const fileSha256 = (path) => (path ? sha256((0,external_node_fs_.readFileSync)(path)) : null);
/** The record, from the inputs, the runner's environment and the approval found. */
function buildRecord(config, env, approval, now) {
    const server = env.GITHUB_SERVER_URL ?? 'https://github.com';
    const repository = env.GITHUB_REPOSITORY ?? '';
    const runId = env.GITHUB_RUN_ID ?? '';
    const outcome = blueGreenOutcome(config);
    const readiness = verdictOf(config.readinessPassed);
    const k6 = verdictOf(config.k6Passed);
    return {
        $schema: EVIDENCE_SCHEMA_ID,
        schemaVersion: EVIDENCE_SCHEMA_VERSION,
        releaseId: config.releaseId,
        environment: config.environment,
        repository,
        commit: env.GITHUB_SHA ?? '',
        ref: env.GITHUB_REF ?? '',
        run: {
            id: runId,
            attempt: env.GITHUB_RUN_ATTEMPT ?? '1',
            url: repository && runId ? `${server}/${repository}/actions/runs/${runId}` : '',
            workflow: env.GITHUB_WORKFLOW_REF ?? env.GITHUB_WORKFLOW ?? '',
        },
        actor: env.GITHUB_ACTOR ?? '',
        approval,
        terraform: { planSha256: config.terraformPlanSha256 },
        images: config.images.map((i) => ({ name: i.name, ref: i.ref, digest: imageDigest(i.ref) })),
        blueGreen: {
            outcome,
            activeColor: config.activeColor,
            previousColor: config.previousColor,
            switchedAt: config.switchedAt,
            failureReason: config.blueGreenFailureReason,
        },
        readiness: {
            verdict: readiness,
            reportSha256: fileSha256(config.readinessReport),
            failedChecks: config.readinessFailedChecks,
        },
        k6: { verdict: k6, resultsSha256: fileSha256(config.k6Results), profile: config.k6Profile },
        verdict: releaseVerdict(outcome, readiness, k6),
        timestamps: { startedAt: config.startedAt, recordedAt: now.toISOString() },
    };
}
/** The record as stored: stable key order, two-space indent, final newline. */
function serialize(record) {
    return `${JSON.stringify(record, null, 2)}\n`;
}

;// CONCATENATED MODULE: ./actions/release-evidence/src/s3.ts
/**
 * The locked copy: PutObject with Object Lock in COMPLIANCE mode (nobody, not
 * even the root user, can delete or shorten it before the date) and a
 * checksum (S3 requires one with Object Lock). The key carries the run ID and
 * attempt, and `If-None-Match: *` refuses to overwrite: a rerun adds a record.
 * Loaded lazily: the SDK is only needed when a bucket is given.
 */

async function putLocked(put) {
    const { S3Client, PutObjectCommand } = await __webpack_require__.e(/* import() */ 711).then(__webpack_require__.t.bind(__webpack_require__, 3711, 19));
    const client = new S3Client(put.region ? { region: put.region } : {});
    try {
        const out = await client.send(new PutObjectCommand({
            Bucket: put.bucket,
            Key: put.key,
            Body: put.body,
            ContentType: 'application/json',
            ChecksumAlgorithm: 'SHA256',
            ObjectLockMode: 'COMPLIANCE',
            ObjectLockRetainUntilDate: put.retainUntil,
            IfNoneMatch: '*',
        }), { abortSignal: put.signal });
        return { uri: `s3://${put.bucket}/${put.key}`, versionId: out.VersionId ?? '' };
    }
    catch (error) {
        if (put.signal.aborted)
            throw error;
        const e = error;
        throw new errors/* ActionFailure */.dR(`Could not store the evidence record in s3://${put.bucket}/${put.key}: ${e.name ?? 'Error'}: ${e.message ?? String(error)}. The bucket needs Object Lock enabled and the role s3:PutObject and s3:PutObjectRetention on it.`, 'evidence-upload-failed');
    }
    finally {
        client.destroy();
    }
}
function evidenceKey(prefix, environment, releaseId, runId, attempt) {
    const p = prefix && !prefix.endsWith('/') ? `${prefix}/` : prefix;
    return `${p}${environment}/${releaseId}/${runId || 'local'}-${attempt || '1'}.json`;
}

;// CONCATENATED MODULE: ./actions/release-evidence/src/summary.ts

const mark = (v) => (v === 'passed' ? `✅ ${v}` : v === 'not-run' ? `➖ ${v}` : `❌ ${v}`);
function evidenceMarkdown(record, text, s3Uri) {
    const a = record.approval;
    const approval = a.state === 'none'
        ? 'no review required'
        : `${a.state} by ${a.reviewers.map((r) => `@${r.login}`).join(', ')}${a.approvedBefore ? ` (before ${a.approvedBefore})` : ''}`;
    const rows = [
        ['Verdict', mark(record.verdict)],
        ['Commit', record.commit],
        ['Actor', record.actor],
        ['Approval', approval],
        ['Terraform plan sha256', record.terraform.planSha256 ?? '(no plan)'],
        [
            'Blue-green',
            `${record.blueGreen.outcome}${record.blueGreen.activeColor ? `, serving ${record.blueGreen.activeColor}` : ''}`,
        ],
        ['Readiness', mark(record.readiness.verdict)],
        [`k6 ${record.k6.profile}`, mark(record.k6.verdict)],
        ['Stored', s3Uri || 'artifact only'],
    ];
    const images = record.images.map((i) => [i.name, i.digest ?? `(no digest) ${i.ref}`]);
    return [
        `### Release evidence: ${record.releaseId} → ${record.environment}`,
        table(['', ''], rows),
        images.length ? table(['Image', 'Digest'], images) : '',
        details('Record (JSON)', codeBlock(text.trimEnd(), 'json')),
        '',
    ]
        .filter((s) => s !== '')
        .join('\n\n');
}

;// CONCATENATED MODULE: ./actions/release-evidence/src/record-release.ts












async function recordRelease(config, ctx, deps = {}) {
    if (config.githubToken)
        (0,runner/* addMask */.eu)(config.githubToken);
    const now = (deps.now ?? (() => new Date()))();
    const approval = await approvalFor(config, ctx, deps);
    const record = buildRecord(config, ctx.env, approval, now);
    const text = serialize(record);
    const digest = sha256(text);
    (0,external_node_fs_.mkdirSync)(config.evidenceDirectory, { recursive: true });
    const file = (0,external_node_path_.join)(config.evidenceDirectory, EVIDENCE_FILE_NAME);
    (0,external_node_fs_.writeFileSync)(file, text);
    (0,runner/* info */.pq)(`evidence record written to ${file} (sha256 ${digest}); verdict ${record.verdict}`);
    setOutputs({
        [constants/* OUTPUTS */.p.evidenceFile]: file,
        [constants/* OUTPUTS */.p.evidenceSha256]: digest,
        [constants/* OUTPUTS */.p.verdict]: record.verdict,
    });
    let s3 = { uri: '', versionId: '' };
    if (config.bucket) {
        const retainUntil = new Date(now.getTime() + config.retentionDays * 86_400_000);
        s3 = await (deps.putLocked ?? putLocked)({
            bucket: config.bucket,
            key: evidenceKey(config.prefix, config.environment, config.releaseId, ctx.env.GITHUB_RUN_ID ?? '', ctx.env.GITHUB_RUN_ATTEMPT ?? ''),
            body: text,
            retainUntil,
            region: config.awsRegion ?? ctx.env.AWS_REGION ?? ctx.env.AWS_DEFAULT_REGION,
            signal: ctx.signal,
        });
        (0,runner/* info */.pq)(`locked copy: ${s3.uri} (version ${s3.versionId}, retained until ${retainUntil.toISOString()})`);
    }
    setOutputs({ [constants/* OUTPUTS */.p.s3Uri]: s3.uri, [constants/* OUTPUTS */.p.s3VersionId]: s3.versionId });
    try {
        await writeSummary(evidenceMarkdown(record, text, s3.uri), ctx.env);
    }
    catch (error) {
        // The record is written: a summary problem must not fail the release's bookkeeping.
        (0,runner/* warning */.$e)(`Could not write the job summary: ${error.message}`);
    }
}
async function approvalFor(config, ctx, deps) {
    const { env } = ctx;
    if (!env.GITHUB_REPOSITORY || !env.GITHUB_RUN_ID || (!config.githubToken && !deps.github)) {
        (0,runner/* warning */.$e)('No GitHub run or token: the approval is recorded as none');
        return { required: false, state: 'none', reviewers: [], approvedBefore: null };
    }
    const client = deps.github ?? clientFromEnv(config.githubToken, env, { signal: ctx.signal });
    return lookUpApproval(client, env.GITHUB_REPOSITORY, env.GITHUB_RUN_ID, env.GITHUB_RUN_ATTEMPT ?? '1', config.environment, env.RUNNER_NAME);
}


/***/ })

};
;