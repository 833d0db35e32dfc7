"use strict";
exports.id = 946;
exports.ids = [946];
exports.modules = {

/***/ 5946:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  verifyRelease: () => (/* binding */ verifyRelease)
});

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

// EXTERNAL MODULE: ./actions/_shared/src/runner.ts + 1 modules
var runner = __webpack_require__(5459);
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
            next = github_nextLink(response.headers.get('link'));
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
function github_nextLink(link) {
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

// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(8522);
;// CONCATENATED MODULE: ./actions/_shared/src/zip.ts
/**
 * Reads the files of a ZIP archive held in memory: GitHub Actions artifacts and
 * terraform plan files (stored or deflated entries, data descriptors as
 * streaming zip writers emit them; no ZIP64). Sizes and offsets come from the
 * central directory, as the format intends, and none of the archive's claims
 * is trusted: bounds, sizes and duplicate names are checked.
 */

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
class ZipFormatError extends Error {
    name = 'ZipFormatError';
}
function readZip(archive, maxEntryBytes = 64 * 1024 * 1024) {
    const eocd = findEndOfCentralDirectory(archive);
    const count = archive.readUInt16LE(eocd + 10);
    let offset = archive.readUInt32LE(eocd + 16);
    if (count === 0xffff || offset === 0xffffffff)
        throw new ZipFormatError('ZIP64 archives are not supported');
    const entries = [];
    const seen = new Set();
    for (let i = 0; i < count; i++) {
        if (offset + 46 > archive.length || archive.readUInt32LE(offset) !== CENTRAL)
            throw new ZipFormatError('corrupt central directory');
        const method = archive.readUInt16LE(offset + 10);
        const compressed = archive.readUInt32LE(offset + 20);
        const size = archive.readUInt32LE(offset + 24);
        const nameLength = archive.readUInt16LE(offset + 28);
        const extraLength = archive.readUInt16LE(offset + 30);
        const commentLength = archive.readUInt16LE(offset + 32);
        const localOffset = archive.readUInt32LE(offset + 42);
        const name = archive.toString('utf8', offset + 46, offset + 46 + nameLength);
        offset += 46 + nameLength + extraLength + commentLength;
        if (name.endsWith('/'))
            continue; // a directory
        if (seen.has(name))
            throw new ZipFormatError(`duplicate entry ${name}`);
        seen.add(name);
        if (size > maxEntryBytes)
            throw new ZipFormatError(`${name} is larger than ${maxEntryBytes} bytes`);
        if (localOffset + 30 > archive.length || archive.readUInt32LE(localOffset) !== LOCAL)
            throw new ZipFormatError(`corrupt local header of ${name}`);
        const start = localOffset +
            30 +
            archive.readUInt16LE(localOffset + 26) +
            archive.readUInt16LE(localOffset + 28);
        const raw = archive.subarray(start, start + compressed);
        if (raw.length !== compressed)
            throw new ZipFormatError(`${name} is truncated`);
        let data;
        if (method === 0)
            data = Buffer.from(raw);
        else if (method === 8) {
            try {
                data = (0,external_node_zlib_.inflateRawSync)(raw, { maxOutputLength: Math.max(size, 1) });
            }
            catch {
                throw new ZipFormatError(`${name} does not inflate to its recorded size`);
            }
        }
        else
            throw new ZipFormatError(`${name} uses unsupported compression method ${method}`);
        if (data.length !== size)
            throw new ZipFormatError(`${name} has the wrong size`);
        entries.push({ name, data });
    }
    return entries;
}
function findEndOfCentralDirectory(archive) {
    // The record is 22 bytes plus a comment of up to 65,535 bytes, at the end.
    const stop = Math.max(0, archive.length - 22 - 0xffff);
    for (let i = archive.length - 22; i >= stop; i--) {
        if (archive.readUInt32LE(i) === EOCD)
            return i;
    }
    throw new ZipFormatError('not a ZIP archive (no end of central directory record)');
}
/** Rejects entry names that would escape the directory they are extracted to. */
function zip_safeEntryName(name) {
    const parts = name.split('/').filter((p) => p !== '' && p !== '.');
    if (parts.some((p) => p === '..') || name.startsWith('/') || name.includes('\\'))
        return undefined;
    return parts.join('/');
}

;// CONCATENATED MODULE: ./actions/_shared/src/artifacts.ts
/**
 * GitHub Actions artifacts through the REST API (list by name, download the
 * ZIP, read its files): how evidence and earlier results are read back from
 * other workflow runs.
 */




/** Unexpired artifacts of the repository with this exact name, newest first. */
async function artifactsNamed(client, repository, name) {
    const all = await client.paginate(`/repos/${repository}/actions/artifacts?name=${encodeURIComponent(name)}`, 'artifacts');
    return all
        .filter((a) => a.name === name && !a.expired)
        .sort((a, b) => b.created_at.localeCompare(a.created_at));
}
/** Unexpired artifacts of one workflow run, optionally by exact name. */
async function runArtifacts(client, repository, runId, name) {
    const query = name ? `?name=${encodeURIComponent(name)}` : '';
    const all = await client.paginate(`/repos/${repository}/actions/runs/${runId}/artifacts${query}`, 'artifacts');
    return all.filter((a) => !a.expired && (name === undefined || a.name === name));
}
async function downloadArtifact(client, repository, artifactId) {
    const { data } = await client.request('GET', `/repos/${repository}/actions/artifacts/${artifactId}/zip`);
    const bytes = typeof data === 'string' ? Buffer.from(data, 'binary') : Buffer.from(data);
    return readZip(bytes);
}
/** Writes entries under `directory`, refusing names that would escape it. */
function extractTo(entries, directory) {
    const written = [];
    for (const entry of entries) {
        const name = safeEntryName(entry.name);
        if (!name)
            throw new Error(`artifact entry ${JSON.stringify(entry.name)} escapes its directory`);
        const path = join(directory, name);
        mkdirSync(dirname(path), { recursive: true });
        writeFileSync(path, entry.data);
        written.push(path);
    }
    return written;
}
/** Successful runs of one workflow file on a branch, newest first, at most `count`. */
async function successfulRuns(client, repository, workflowFile, branch, count, excludeRunId) {
    const runs = [];
    const path = `/repos/${repository}/actions/workflows/${encodeURIComponent(workflowFile)}/runs?status=success&branch=${encodeURIComponent(branch)}&per_page=${Math.min(100, count + 1)}`;
    // Only the first page or two are needed: stop paging once `count` runs are found.
    let next = path;
    while (next && runs.length < count) {
        const response = await client.request('GET', next);
        const page = response.data.workflow_runs ?? [];
        for (const run of page)
            if (run.id !== excludeRunId && runs.length < count)
                runs.push(run);
        next = nextLink(response.headers.get('link'));
    }
    return runs;
}

// EXTERNAL MODULE: ./actions/_shared/src/errors.ts
var errors = __webpack_require__(8065);
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

// EXTERNAL MODULE: ./actions/release-verify/src/constants.ts
var constants = __webpack_require__(2726);
;// CONCATENATED MODULE: ./actions/release-verify/src/verify.ts
/**
 * What a release must show in an environment's evidence before it may go
 * further. Pure: a record in, the list of problems out (empty = verified).
 */

function evidenceProblems(record, expected) {
    const problems = [];
    if (record.schemaVersion !== EVIDENCE_SCHEMA_VERSION)
        return [
            `the record has schemaVersion ${record.schemaVersion}; this action reads ${EVIDENCE_SCHEMA_VERSION}`,
        ];
    if (record.releaseId !== expected.releaseId)
        problems.push(`it is for release ${record.releaseId}, not ${expected.releaseId}`);
    if (record.environment !== expected.environment)
        problems.push(`it is for environment ${record.environment}, not ${expected.environment}`);
    if (record.blueGreen?.outcome !== 'finalized')
        problems.push(`the cutover was ${record.blueGreen?.outcome ?? 'not recorded'}, not finalized`);
    if (record.readiness?.verdict !== 'passed')
        problems.push(`the readiness check ${record.readiness?.verdict ?? 'was not recorded'}`);
    if (record.k6?.verdict !== 'passed')
        problems.push(`the k6 smoke test ${record.k6?.verdict ?? 'was not recorded'}`);
    const images = record.images ?? [];
    if (images.length === 0)
        problems.push('it records no images');
    for (const image of images)
        if (!image.digest)
            problems.push(`image ${image.name} was released without a digest (${image.ref})`);
    if (expected.images.length > 0) {
        const recorded = new Map(images.map((i) => [i.name, i.digest]));
        const wanted = new Map(expected.images.map((i) => [i.name, imageDigest(i.ref)]));
        for (const [name, digest] of wanted) {
            if (!recorded.has(name))
                problems.push(`image ${name} is not part of the verified release`);
            else if (recorded.get(name) !== digest)
                problems.push(`image ${name} is ${digest} here but ${recorded.get(name)} in the evidence`);
        }
        for (const name of recorded.keys())
            if (!wanted.has(name))
                problems.push(`image ${name} of the verified release is not being promoted`);
    }
    if (record.verdict !== 'passed' && problems.length === 0)
        problems.push('its verdict is failed');
    return problems;
}

;// CONCATENATED MODULE: ./actions/release-verify/src/verify-release.ts









async function verifyRelease(config, ctx, deps = {}) {
    (0,runner/* addMask */.eu)(config.githubToken);
    (0,runner/* setOutput */.uH)(constants/* OUTPUTS */.p.verified, 'false', ctx.env);
    const repository = ctx.env.GITHUB_REPOSITORY ?? '';
    const client = deps.github ?? clientFromEnv(config.githubToken, ctx.env, { signal: ctx.signal });
    const name = evidenceArtifactName(config.environment, config.releaseId);
    const refuse = (why) => {
        throw new errors/* ActionFailure */.dR(`Release ${config.releaseId} is not verified in ${config.environment}: ${why}. Promote only a release whose ${config.environment} rollout passed (readiness and smoke test), with the same image digests.`, 'release-not-verified');
    };
    const [artifact] = await artifactsNamed(client, repository, name);
    if (!artifact)
        return refuse(`no artifact ${name} was found (never released there, or the artifact has expired)`);
    const entry = (await downloadArtifact(client, repository, artifact.id)).find((e) => e.name === EVIDENCE_FILE_NAME);
    if (!entry)
        return refuse(`artifact ${name} holds no ${EVIDENCE_FILE_NAME}`);
    let record;
    try {
        record = JSON.parse(entry.data.toString('utf8'));
    }
    catch {
        return refuse(`${EVIDENCE_FILE_NAME} in artifact ${name} is not JSON`);
    }
    const problems = evidenceProblems(record, config);
    if (problems.length > 0)
        return refuse(`${problems.join('; ')} (evidence of ${record.run?.url || name})`);
    const images = record.images.map((i) => `${i.name}=${i.ref}`).join('\n');
    (0,runner/* info */.pq)(`release ${config.releaseId} verified by the ${config.environment} evidence of ${record.run.url}`);
    setOutputs({
        [constants/* OUTPUTS */.p.verified]: true,
        [constants/* OUTPUTS */.p.images]: images,
        [constants/* OUTPUTS */.p.evidenceRunUrl]: record.run.url,
        [constants/* OUTPUTS */.p.commit]: record.commit,
    });
    await writeSummary(`### Release ${config.releaseId} verified in ${config.environment}\n\nEvidence: ${record.run.url} (commit \`${record.commit}\`, recorded ${record.timestamps.recordedAt}).\n\n${record.images.map((i) => `- ${i.name} \`${i.digest}\``).join('\n')}\n`, ctx.env);
}


/***/ })

};
;