"use strict";
exports.id = 216;
exports.ids = [216];
exports.modules = {

/***/ 6216:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runApply: () => (/* binding */ runApply)
});

// UNUSED EXPORTS: exportOutputs

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./actions/_shared/src/runner.ts
var runner = __webpack_require__(2808);
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
    writeFileSync(join(dir, BUNDLE_FILES.manifest), text);
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
    if (!(0,external_node_fs_.existsSync)((0,external_node_path_.join)(bundle, BUNDLE_FILES.manifest))) {
        throw new errors/* ActionFailure */.dR(`No plan bundle in ${bundle} (${BUNDLE_FILES.manifest} is missing). Download the artifact terraform-plan uploaded before applying.`, 'artifact-missing');
    }
    const copy = privateDirectory('terraform-apply', env);
    for (const entry of (0,external_node_fs_.readdirSync)(bundle)) {
        const from = (0,external_node_path_.join)(bundle, entry);
        if (!(0,external_node_fs_.lstatSync)(from).isFile()) {
            throw new errors/* ActionFailure */.dR(`The plan bundle holds ${entry}, which is not a plain file`, 'plan-tampered');
        }
        (0,external_node_fs_.copyFileSync)(from, (0,external_node_path_.join)(copy, entry));
        (0,external_node_fs_.chmodSync)((0,external_node_path_.join)(copy, entry), 0o600);
    }
    return copy;
}
/**
 * Reads the manifest; a missing or unreadable bundle is `artifact-missing`.
 * Messages name `shownAs` (the directory the user gave), not a private copy.
 */
function readManifest(dir, shownAs = dir) {
    const path = (0,external_node_path_.join)(dir, BUNDLE_FILES.manifest);
    if (!(0,external_node_fs_.existsSync)(path)) {
        throw new errors/* ActionFailure */.dR(`No plan bundle in ${shownAs} (${BUNDLE_FILES.manifest} is missing). Download the artifact terraform-plan uploaded before applying.`, 'artifact-missing');
    }
    let manifest;
    try {
        manifest = JSON.parse((0,external_node_fs_.readFileSync)(path, 'utf8'));
    }
    catch {
        throw new errors/* ActionFailure */.dR(`${(0,external_node_path_.join)(shownAs, BUNDLE_FILES.manifest)} is not valid JSON`, 'plan-tampered');
    }
    if (manifest.schema !== MANIFEST_SCHEMA) {
        throw new errors/* ActionFailure */.dR(`${(0,external_node_path_.join)(shownAs, BUNDLE_FILES.manifest)} has schema ${String(manifest.schema)}; this version reads schema ${MANIFEST_SCHEMA}. Plan and apply with the same release of the actions.`, 'version-mismatch');
    }
    const planName = manifest.encryption ? BUNDLE_FILES.encryptedPlan : BUNDLE_FILES.plan;
    for (const name of [planName, BUNDLE_FILES.json]) {
        if (!(0,external_node_fs_.existsSync)((0,external_node_path_.join)(dir, name))) {
            throw new errors/* ActionFailure */.dR(`The plan bundle in ${shownAs} has no ${name}`, 'artifact-missing');
        }
    }
    return manifest;
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./actions/_shared/src/cancel.ts
var cancel = __webpack_require__(5012);
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
    const iv = randomBytes(IV_BYTES);
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
    const cipher = createCipheriv('aes-256-gcm', dataKey, iv, { authTagLength: TAG_BYTES });
    cipher.setAAD(aad);
    return Buffer.concat([cipher.update(plaintext), cipher.final(), cipher.getAuthTag()]);
}
/** The plaintext, or `plan-tampered` if a byte of ciphertext, tag or manifest changed. */
function envelope_open(sealed, dataKey, iv, aad) {
    if (sealed.length < TAG_BYTES) {
        throw new errors/* ActionFailure */.dR('The encrypted plan is truncated', 'plan-tampered');
    }
    try {
        const decipher = (0,external_node_crypto_.createDecipheriv)('aes-256-gcm', dataKey, iv, { authTagLength: TAG_BYTES });
        decipher.setAAD(aad);
        decipher.setAuthTag(sealed.subarray(sealed.length - TAG_BYTES));
        return Buffer.concat([
            decipher.update(sealed.subarray(0, sealed.length - TAG_BYTES)),
            decipher.final(),
        ]);
    }
    catch {
        throw new errors/* ActionFailure */.dR('The encrypted plan does not authenticate: its ciphertext, tag or manifest was altered', 'plan-tampered');
    }
}
/** Decrypts a bundle's plan with the apply role's KMS access, bound to this job's environment. */
async function openPlan(kms, encryption, environment, sealed, manifestText) {
    if (encryption.algorithm !== CIPHER) {
        throw new errors/* ActionFailure */.dR(`The plan is encrypted with ${String(encryption.algorithm)}; this version reads ${CIPHER}`, 'version-mismatch');
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
function safeEntryName(name) {
    const parts = name.split('/').filter((p) => p !== '' && p !== '.');
    if (parts.some((p) => p === '..') || name.startsWith('/') || name.includes('\\'))
        return undefined;
    return parts.join('/');
}

;// CONCATENATED MODULE: ./actions/_shared/src/terraform/planfile.ts
/**
 * What is inside a saved terraform plan. A plan file is a zip archive holding
 * the plan (`tfplan`), the prior state, the provider lock file and a snapshot
 * of the configuration (`tfconfig/`): `terraform apply plan.tfplan` runs that
 * snapshot, not the working directory. So apply compares every snapshot file
 * with the checked-out commit, and a provisioner or module slipped into the
 * plan file cannot run.
 *
 * The archive is read by the kernel's zip reader, which trusts none of its claims.
 */




/** Plans of thousands of resources stay far below this; anything above is refused. */
const MAX_ENTRY_BYTES = 1024 * 1024 * 1024;
function notAPlan(why) {
    return new errors/* ActionFailure */.dR(`The saved plan is not a terraform plan file: ${why}`, 'not-applyable');
}
/** Every entry of the plan file (a zip archive), by name. */
function planfile_readZip(data) {
    try {
        return new Map(readZip(data, MAX_ENTRY_BYTES).map((e) => [e.name, e.data]));
    }
    catch (error) {
        if (error instanceof ZipFormatError)
            throw notAPlan(error.message);
        throw error;
    }
}
const PLAN_LOCK_FILE = '.terraform.lock.hcl';
/** Files terraform reads as configuration in a module directory (it skips dotfiles, editor backups). */
function isConfigFile(name) {
    return (/\.tf(\.json)?$/.test(name) &&
        !name.startsWith('.') &&
        !name.startsWith('#') &&
        !name.endsWith('~'));
}
function configFilesIn(dir) {
    if (!(0,external_node_fs_.existsSync)(dir) || !(0,external_node_fs_.statSync)(dir).isDirectory())
        return [];
    return (0,external_node_fs_.readdirSync)(dir, { withFileTypes: true })
        .filter((e) => e.isFile() && isConfigFile(e.name))
        .map((e) => e.name);
}
/**
 * Every difference between the plan's configuration snapshot and the module
 * directories it names, resolved from `cwd` (the checked-out root module): a
 * file changed, added or missing on either side, or a module not present.
 * Each difference names the file, relative to `cwd`.
 */
function configDifferences(entries, cwd) {
    const manifest = entries.get('tfconfig/modules.json');
    if (!manifest)
        throw notAPlan('no tfconfig/modules.json');
    let modules;
    try {
        modules = JSON.parse(manifest.toString('utf8'));
    }
    catch {
        throw notAPlan('tfconfig/modules.json is not JSON');
    }
    if (!Array.isArray(modules))
        throw notAPlan('tfconfig/modules.json is not a list');
    const differences = [];
    const claimed = new Set(['tfconfig/modules.json']);
    for (const module of modules) {
        const prefix = `tfconfig/m-${module.Key}/`;
        const dir = (0,external_node_path_.resolve)(cwd, module.Dir);
        const label = (file) => (0,external_node_path_.join)(module.Dir, file);
        const snapshot = new Map();
        for (const [name, content] of entries) {
            if (name.startsWith(prefix)) {
                snapshot.set(name.slice(prefix.length), content);
                claimed.add(name);
            }
        }
        if (!(0,external_node_fs_.existsSync)(dir)) {
            differences.push(`${module.Dir}/ (module "${module.Key || 'root'}" is not in the checkout)`);
            continue;
        }
        const local = new Set(configFilesIn(dir));
        for (const [file, content] of snapshot) {
            // terraform snapshots a module directory's own files, never a path below or above it.
            if (/[\\/]/.test(file) || file === '..' || file === '.') {
                differences.push(`${prefix}${file} (not a file of the module directory)`);
                continue;
            }
            const path = (0,external_node_path_.join)(dir, file);
            if (!(0,external_node_fs_.existsSync)(path))
                differences.push(`${label(file)} (only in the plan)`);
            else if (!(0,external_node_fs_.readFileSync)(path).equals(content))
                differences.push(`${label(file)} (differs)`);
            local.delete(file);
        }
        for (const file of local)
            differences.push(`${label(file)} (not in the plan)`);
    }
    // Configuration files outside any listed module could only have been added to the archive.
    for (const name of entries.keys()) {
        if (name.startsWith('tfconfig/') && !claimed.has(name)) {
            differences.push(`${name} (in the plan, outside any module)`);
        }
    }
    return differences.sort();
}
/** Refuses a plan whose configuration snapshot is not exactly the checked-out one. */
function assertConfigMatches(entries, cwd) {
    const differences = configDifferences(entries, cwd);
    if (differences.length === 0)
        return;
    const shown = differences.slice(0, 20);
    throw new errors/* ActionFailure */.dR(`The configuration inside the saved plan is not this commit's (${differences.length} difference(s)): ${shown.join(', ')}${differences.length > shown.length ? ', …' : ''}. terraform apply would run the plan's copy: plan again from this commit.`, 'config-mismatch');
}

;// CONCATENATED MODULE: ./actions/_shared/src/terraform/redact.ts
/**
 * Hides sensitive values in plan JSON: whatever terraform marks in
 * before_sensitive/after_sensitive, plus the user's `redact` rules for values a
 * provider does not mark. Every hidden string is remembered so it can be masked
 * in the log (setSecret) before anything prints it.
 */

const HIDDEN = '(sensitive)';
/**
 * `input.token` or `password`: an attribute path (dot-separated, `*` matches
 * one segment) matched against the end of each attribute's path.
 * `/AKIA[0-9A-Z]{16}/`: a regular expression matched against each attribute's
 * dotted path and each string value.
 */
function parseRedactRules(items, inputName = 'redact') {
    return items.map((text) => {
        const regexMatch = /^\/(.+)\/([imsu]*)$/.exec(text);
        if (regexMatch) {
            try {
                return { kind: 'regex', text, regex: new RegExp(regexMatch[1], regexMatch[2]) };
            }
            catch (error) {
                throw new errors/* ConfigurationError */.j1(`Input ${inputName} has an invalid regular expression ${text}: ${error.message}`);
            }
        }
        const segments = text.split('.');
        if (segments.some((s) => s === '')) {
            throw new errors/* ConfigurationError */.j1(`Input ${inputName} must hold attribute paths such as input.token or /regex/; got "${text}"`);
        }
        return { kind: 'path', text, segments };
    });
}
/** Whether a before_sensitive/after_sensitive structure marks any value at all. */
function marksAnything(sensitive) {
    if (sensitive === true)
        return true;
    if (!sensitive)
        return false;
    if (Array.isArray(sensitive))
        return sensitive.some(marksAnything);
    for (const key in sensitive)
        if (marksAnything(sensitive[key]))
            return true;
    return false;
}
function pathMatches(rule, path) {
    if (rule.kind === 'regex')
        return path.length > 0 && rule.regex.test(path.join('.'));
    const { segments } = rule;
    if (segments.length > path.length)
        return false;
    const offset = path.length - segments.length;
    return segments.every((s, i) => s === '*' || s === String(path[offset + i]));
}
class Redactor {
    rules;
    /** Every string value hidden so far (to be masked). */
    hidden = new Set();
    pathRules;
    valueRules;
    constructor(rules = []) {
        this.rules = rules;
        this.pathRules = [...rules];
        this.valueRules = rules.flatMap((r) => (r.kind === 'regex' ? [r.regex] : []));
    }
    /**
     * `value` with sensitive or redacted parts replaced by HIDDEN. Copies only
     * what it changes: with no rules and nothing marked, the value is returned as is.
     */
    sanitize(value, sensitive, path = []) {
        if (sensitive === true)
            return this.hide(value);
        if (this.rules.length === 0 && !marksAnything(sensitive))
            return value;
        if (this.pathRules.length && this.pathRules.some((r) => pathMatches(r, path))) {
            return this.hide(value);
        }
        if (Array.isArray(value)) {
            const marks = Array.isArray(sensitive) ? sensitive : undefined;
            return value.map((item, i) => this.sanitize(item, marks?.[i], [...path, i]));
        }
        if (value && typeof value === 'object') {
            const marks = sensitive && typeof sensitive === 'object' && !Array.isArray(sensitive)
                ? sensitive
                : undefined;
            const out = {};
            for (const [key, item] of Object.entries(value)) {
                out[key] = this.sanitize(item, marks?.[key], [...path, key]);
            }
            return out;
        }
        if (typeof value === 'string' && this.valueRules.some((r) => r.test(value))) {
            return this.hide(value);
        }
        return value;
    }
    /** Hides a value without looking inside: for `variables`, whose values we never render. */
    hide(value) {
        if (value === null || value === undefined)
            return value === null ? null : HIDDEN;
        this.collect(value);
        return HIDDEN;
    }
    collect(value) {
        if (typeof value === 'string') {
            // Masking a 1–2 character value would blank every log line that holds it.
            if (value.length >= 3)
                this.hidden.add(value);
        }
        else if (typeof value === 'number' && String(value).length >= 3) {
            this.hidden.add(String(value));
        }
        else if (Array.isArray(value)) {
            for (const item of value)
                this.collect(item);
        }
        else if (value && typeof value === 'object') {
            for (const item of Object.values(value))
                this.collect(item);
        }
    }
}

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
    if (value === HIDDEN)
        return HIDDEN;
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
            if (was !== HIDDEN || !rawChanged(path))
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

// EXTERNAL MODULE: ./actions/terraform-apply/src/constants.ts
var constants = __webpack_require__(248);
// EXTERNAL MODULE: ./actions/terraform-apply/src/failure-reasons.ts
var failure_reasons = __webpack_require__(6483);
// EXTERNAL MODULE: ./actions/_shared/src/inputs.ts
var src_inputs = __webpack_require__(7719);
;// CONCATENATED MODULE: ./actions/terraform-apply/src/verify.ts
/**
 * Refuses a plan bundle unless it is exactly what was reviewed, for this
 * commit, environment, directory and workspace, and recent enough. Each
 * refusal carries a documented failure reason.
 */






/** Checks that need nothing but the bundle and the job's context (before `init`). */
function verifyBundle(manifest, expect) {
    const dir = expect.bundleDirectory;
    if (sha256File((0,external_node_path_.join)(dir, BUNDLE_FILES.plan)) !== manifest.planSha256) {
        throw (0,failure_reasons/* applyFailure */.n)(`${BUNDLE_FILES.plan} does not match the sha256 recorded when it was planned: the plan file was altered`, 'plan-tampered');
    }
    if (sha256File((0,external_node_path_.join)(dir, BUNDLE_FILES.json)) !== manifest.planJsonSha256) {
        throw (0,failure_reasons/* applyFailure */.n)(`${BUNDLE_FILES.json} does not match the sha256 recorded when it was planned`, 'plan-tampered');
    }
    // apply copies this lock file into the working directory before init.
    const lock = (0,external_node_path_.join)(dir, BUNDLE_FILES.lock);
    if (manifest.lockFileSha256 !== undefined &&
        (!(0,external_node_fs_.existsSync)(lock) || sha256File(lock) !== manifest.lockFileSha256)) {
        throw (0,failure_reasons/* applyFailure */.n)(`${BUNDLE_FILES.lock} is missing or does not match the sha256 recorded when it was planned`, 'plan-tampered');
    }
    if (manifest.commitSha !== expect.commitSha) {
        throw (0,failure_reasons/* applyFailure */.n)(`The plan was made for commit ${manifest.commitSha || '(none)'}, this job runs ${expect.commitSha || '(none)'}: plan again for this commit`, 'plan-from-other-commit');
    }
    const mismatches = [
        ['environment', manifest.environment, expect.environment],
        ['working directory', manifest.workingDirectory, expect.workingDirectory],
        ['workspace', manifest.workspace, expect.workspace],
    ].filter(([, planned, wanted]) => planned !== wanted);
    if (mismatches.length) {
        throw (0,failure_reasons/* applyFailure */.n)(`The plan is for another target: ${mismatches.map(([what, planned, wanted]) => `${what} "${planned}" (this job: "${wanted}")`).join(', ')}`, 'plan-from-other-environment');
    }
    const created = Date.parse(manifest.createdAt);
    const age = expect.now - created;
    if (Number.isNaN(created) || age > expect.maxPlanAgeMs) {
        throw (0,failure_reasons/* applyFailure */.n)(`The plan was made at ${manifest.createdAt} (${Number.isNaN(age) ? 'unknown age' : (0,src_inputs/* formatDuration */.a3)(Math.round(age / 1000) * 1000)} ago), older than max-plan-age ${(0,src_inputs/* formatDuration */.a3)(expect.maxPlanAgeMs)}: plan again`, 'plan-expired');
    }
    if (manifest.policy?.mode === 'enforce' && manifest.policy.violations > 0) {
        throw (0,failure_reasons/* applyFailure */.n)(`The plan failed the policy gate (${manifest.policy.violations} violation(s)) and may not be applied`, 'policy-denied');
    }
}
/** After `init`: the same terraform, providers and backend as at plan time. */
function verifyRuntime(manifest, versions, backendFingerprint) {
    if (versions.terraform !== manifest.terraformVersion) {
        throw (0,failure_reasons/* applyFailure */.n)(`The plan was made with terraform ${manifest.terraformVersion}, this runner has ${versions.terraform}`, 'version-mismatch');
    }
    const names = new Set([...Object.keys(manifest.providers), ...Object.keys(versions.providers)]);
    const differ = [...names].filter((n) => manifest.providers[n] !== versions.providers[n]);
    if (differ.length) {
        throw (0,failure_reasons/* applyFailure */.n)(`Provider versions differ from the plan: ${differ.map((n) => `${n} ${manifest.providers[n] ?? '(absent)'} → ${versions.providers[n] ?? '(absent)'}`).join(', ')}`, 'version-mismatch');
    }
    if (backendFingerprint !== manifest.backendFingerprint) {
        throw (0,failure_reasons/* applyFailure */.n)('The backend configuration differs from the one the plan was made against (another state): check backend-config', 'plan-from-other-environment');
    }
}

;// CONCATENATED MODULE: ./actions/terraform-apply/src/apply-run.ts
/**
 * terraform-apply, phase by phase: copy the bundle somewhere private, check
 * the plan against the sha256 the plan job reported (decrypting it first when
 * it is encrypted), verify the bundle, init, verify versions and backend,
 * check the plan's configuration is this commit's, mask what the plan hides,
 * apply exactly that private copy (never re-plan), export outputs, write the
 * audit summary. The downloaded artifact is never read again after the copy.
 */


















async function runApply(config, deps) {
    const env = deps.env;
    let applied = false;
    let copy;
    try {
        copy = privateCopy(config.bundleDirectory, env);
        await applyFromCopy(config, deps, copy, () => {
            applied = true;
        });
    }
    finally {
        // Set once, whatever happened: true exactly when terraform apply succeeded.
        (0,runner/* setOutput */.uH)(constants/* OUTPUTS */.py.applied, String(applied), env);
        if (copy)
            (0,external_node_fs_.rmSync)(copy, { recursive: true, force: true });
    }
}
/**
 * The plan the plan job reported, from the private copy: the manifest must
 * name that sha256, and the plan itself (decrypted first if it is encrypted)
 * must hash to it. Checked before anything else; the plaintext plan is then
 * written only inside the private copy.
 */
async function trustedPlan(config, deps, copy) {
    const manifest = readManifest(copy, config.bundleDirectory);
    const expected = config.expectedPlanSha256;
    const refuse = (what) => (0,failure_reasons/* applyFailure */.n)(`${what} (expected-plan-sha256 ${expected.slice(0, 12)}…, the sha256 the plan job reported): this is not the plan that was reviewed`, 'plan-tampered');
    if (manifest.planSha256 !== expected)
        throw refuse('The bundle is for another plan');
    const planFile = (0,external_node_path_.join)(copy, BUNDLE_FILES.plan);
    let plan;
    if (manifest.encryption) {
        const encryption = manifest.encryption;
        const kms = await (deps.kms ?? awsKms)(encryption.kmsKeyArn, deps.env, deps.signal);
        plan = await openPlan(kms, encryption, config.environment, (0,external_node_fs_.readFileSync)((0,external_node_path_.join)(copy, BUNDLE_FILES.encryptedPlan)), (0,external_node_fs_.readFileSync)((0,external_node_path_.join)(copy, BUNDLE_FILES.manifest)));
        if (sha256(plan) !== expected)
            throw refuse('The decrypted plan does not match');
        (0,external_node_fs_.writeFileSync)(planFile, plan, { mode: 0o600 });
    }
    else {
        plan = (0,external_node_fs_.readFileSync)(planFile);
        if (sha256(plan) !== expected)
            throw refuse('plan.tfplan does not match: the plan file was altered');
    }
    return { manifest, plan, planFile };
}
async function applyFromCopy(config, deps, copy, markApplied) {
    const env = deps.env;
    const now = deps.now ?? Date.now;
    const { manifest, plan, planFile } = await group('Verify plan bundle', async () => {
        const trusted = await trustedPlan(config, deps, copy);
        verifyBundle(trusted.manifest, {
            bundleDirectory: copy,
            commitSha: env.GITHUB_SHA ?? '',
            environment: config.environment,
            workingDirectory: config.workingDirectory,
            workspace: config.workspace,
            maxPlanAgeMs: config.maxPlanAgeMs,
            now: now(),
        });
        (0,runner/* info */.pq)(`plan ${trusted.manifest.planSha256.slice(0, 12)} from run ${trusted.manifest.runId} at ${trusted.manifest.createdAt}${trusted.manifest.encryption ? ', decrypted with KMS' : ''}`);
        return trusted;
    });
    const planEntries = planfile_readZip(plan);
    const cli = terraformCli({
        cwd: config.cwd,
        workspace: config.workspace,
        env,
        bin: deps.terraformBin,
        signal: deps.signal,
    });
    await group('terraform init', async () => {
        // The provider lock file recorded inside the verified plan (else the bundle's,
        // checked against the manifest), so init selects the same providers.
        const lockInPlan = planEntries.get(PLAN_LOCK_FILE);
        const bundledLock = (0,external_node_path_.join)(copy, BUNDLE_FILES.lock);
        const lock = lockInPlan ?? ((0,external_node_fs_.existsSync)(bundledLock) ? (0,external_node_fs_.readFileSync)(bundledLock) : undefined);
        if (lock)
            (0,external_node_fs_.writeFileSync)((0,external_node_path_.join)(config.cwd, BUNDLE_FILES.lock), lock);
        const result = await terraform(cli, [
            'init',
            '-input=false',
            '-no-color',
            // A fresh runner has no previous init; locally, never migrate state implicitly.
            '-reconfigure',
            ...(0,inputs/* backendArgs */.Y6)(config.backendConfig),
        ]);
        if (result.exitCode !== 0) {
            throw (0,failure_reasons/* applyFailure */.n)(`terraform init failed (exit ${result.exitCode})`, 'init-failed');
        }
        verifyRuntime(manifest, await terraformVersion(cli), backendFingerprint(config.cwd, cli.env));
    });
    await group('Verify configuration', async () => {
        // terraform apply runs the configuration stored in the plan: it must be this commit's.
        assertConfigMatches(planEntries, config.cwd);
        (0,runner/* info */.pq)('the configuration inside the plan is identical to the checked-out one');
    });
    const { summary, redactor } = await group('Plan summary', async () => {
        const shown = await terraform(cli, ['show', '-json', '-no-color', planFile], 'capture');
        if (shown.exitCode !== 0) {
            throw (0,failure_reasons/* applyFailure */.n)(`terraform cannot read the saved plan: ${shown.stderr.trim()}`, 'not-applyable');
        }
        const plan = parsePlan(shown.stdout);
        const redactor = new Redactor(parseRedactRules(manifest.redact ?? []));
        const { summary } = summarizePlan(plan, redactor, {
            drift: manifest.mode === 'drift' ? 'all' : 'relevant',
        });
        // Masked before terraform apply prints anything.
        for (const value of redactor.hidden)
            mask(value);
        if (!summary.applyable || summary.errored) {
            throw (0,failure_reasons/* applyFailure */.n)(`The saved plan is not applyable (applyable=${summary.applyable}, errored=${summary.errored})`, 'not-applyable');
        }
        return { summary, redactor };
    });
    const title = `Terraform apply: \`${config.workingDirectory}\` · ${config.environment} · ${config.workspace}`;
    const planned = renderWithin(summary, {
        title,
        sections: [
            `Applied plan \`${manifest.planSha256.slice(0, 12)}\` made at ${manifest.createdAt} for commit \`${manifest.commitSha.slice(0, 12)}\` (run ${manifest.runId}).`,
        ],
    }, 800_000).markdown;
    await group('terraform apply', async () => {
        const result = await terraform(cli, [
            'apply',
            '-input=false',
            '-no-color',
            `-lock-timeout=${Math.ceil(config.lockTimeoutMs / 1000)}s`,
            planFile,
        ]);
        if (result.exitCode === 0)
            return;
        const text = result.stderr + result.stdout;
        const lock = parseLockError(text);
        if (lock)
            throw lockFailure(lock, now());
        if (isStalePlan(text)) {
            throw (0,failure_reasons/* applyFailure */.n)('Saved plan is stale: the state changed after this plan was made. Plan again and review the new plan.', 'plan-stale');
        }
        await summaryOrWarning(`${planned}\n**Apply failed** (exit ${result.exitCode}); see the log.\n`, env);
        throw (0,failure_reasons/* applyFailure */.n)(`terraform apply failed (exit ${result.exitCode})`, 'apply-failed');
    });
    markApplied();
    // The change is made: from here on, problems are warnings, never a failed step.
    const visible = await group('Outputs', async () => {
        const result = await terraform(cli, ['output', '-json', '-no-color'], 'capture');
        if (result.exitCode !== 0) {
            (0,runner/* warning */.$e)(`terraform output failed: ${result.stderr.trim()}`);
            return {};
        }
        let outputs;
        try {
            outputs = JSON.parse(result.stdout || '{}');
        }
        catch {
            // Not the parser's message: it quotes the text, which holds sensitive outputs.
            (0,runner/* warning */.$e)('terraform output -json printed something that is not JSON; no output was exported');
            return {};
        }
        return exportOutputs(outputs, redactor, env);
    });
    const rows = Object.entries(visible).map(([name, value]) => [
        name,
        `\`${JSON.stringify(value).slice(0, 200)}\``,
    ]);
    const outputsSection = rows.length
        ? `\n${details(`Outputs (${rows.length})`, table(['Output', 'Value'], rows))}\n`
        : '';
    await summaryOrWarning(`${planned}\n**Applied.**\n${outputsSection}`, env);
}
/** The audit summary; one that cannot be written is a warning (the log has the same facts). */
async function summaryOrWarning(markdown, env) {
    try {
        await writeSummary(markdown, env);
    }
    catch (error) {
        (0,runner/* warning */.$e)(`Could not write the job summary: ${error.message}`);
    }
}
/**
 * Sensitive outputs are masked and dropped; the rest become the `outputs` JSON
 * output and one output each (strings as is, anything else as JSON).
 */
function exportOutputs(outputs, redactor, env) {
    const visible = {};
    for (const [name, output] of Object.entries(outputs)) {
        if (output.sensitive) {
            redactor.hide(output.value);
            continue;
        }
        visible[name] = redactor.sanitize(output.value);
    }
    for (const value of redactor.hidden)
        mask(value);
    (0,runner/* setOutput */.uH)(constants/* OUTPUTS */.py.outputs, JSON.stringify(visible), env);
    for (const [name, value] of Object.entries(visible)) {
        if (constants/* RESERVED_OUTPUTS */.IV.has(name)) {
            (0,runner/* warning */.$e)(`terraform output "${name}" is only in the outputs JSON: its name is reserved`);
            continue;
        }
        (0,runner/* setOutput */.uH)(name, typeof value === 'string' ? value : JSON.stringify(value), env);
    }
    (0,runner/* info */.pq)(`${Object.keys(visible).length} output(s) exported, ${Object.keys(outputs).length - Object.keys(visible).length} sensitive output(s) masked`);
    return visible;
}


/***/ })

};
;