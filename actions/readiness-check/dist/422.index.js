"use strict";
exports.id = 422;
exports.ids = [422];
exports.modules = {

/***/ 422:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  loadManifests: () => (/* binding */ loadManifests)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./actions/_shared/src/errors.ts
var errors = __webpack_require__(8065);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
// EXTERNAL MODULE: ./actions/_shared/src/cancel.ts
var cancel = __webpack_require__(5012);
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

// EXTERNAL MODULE: ./actions/readiness-check/src/constants.ts
var constants = __webpack_require__(7488);
// EXTERNAL MODULE: ./actions/readiness-check/src/failure-reasons.ts
var failure_reasons = __webpack_require__(7691);
// EXTERNAL MODULE: ./actions/readiness-check/src/objects.ts
var objects = __webpack_require__(1793);
;// CONCATENATED MODULE: ./actions/readiness-check/src/manifests.ts
/**
 * Static mode's objects: a file of built manifests, or a kustomize directory
 * built with the real `kubectl kustomize`. Each object is traced back to the
 * source file (and line) defining it, so findings can be annotated there.
 */








const KUSTOMIZATION = ['kustomization.yaml', 'kustomization.yml', 'Kustomization'];
function parseDocs(text, file) {
    const lines = new dist/* LineCounter */.HN();
    const docs = (0,dist/* parseAllDocuments */.hR)(text, { lineCounter: lines });
    const out = [];
    for (const doc of docs) {
        if (doc.errors.length) {
            throw new errors/* ActionFailure */.dR(`${file}: invalid YAML: ${doc.errors[0].message}`, failure_reasons/* Reason */.B['manifests-invalid']);
        }
        const object = doc.toJS();
        if (!object || typeof object !== 'object')
            continue;
        const items = object.kind?.endsWith('List') && Array.isArray(object.items) ? object.items : [object];
        const start = doc.contents?.range?.[0] ?? 0;
        for (const item of items)
            out.push({ object: item, file, line: lines.linePos(start).line });
    }
    return out;
}
/** Source documents a kustomization pulls in through `resources` (recursively). */
function sourceDocs(dir, seen = new Set()) {
    const k = KUSTOMIZATION.map((f) => (0,external_node_path_.join)(dir, f)).find(external_node_fs_.existsSync);
    if (!k || seen.has(k))
        return [];
    seen.add(k);
    const spec = ((0,dist/* parseAllDocuments */.hR)((0,external_node_fs_.readFileSync)(k, 'utf8'))[0]?.toJS() ?? {});
    return (spec.resources ?? []).flatMap((r) => {
        const path = (0,external_node_path_.resolve)(dir, r);
        if (!(0,external_node_fs_.existsSync)(path))
            return [];
        if ((0,external_node_fs_.statSync)(path).isDirectory())
            return sourceDocs(path, seen);
        try {
            return parseDocs((0,external_node_fs_.readFileSync)(path, 'utf8'), path);
        }
        catch {
            return [];
        }
    });
}
function locator(docs, root) {
    const index = new Map();
    for (const d of docs) {
        const key = `${d.object?.kind}/${d.object?.metadata?.name}`;
        if (!index.has(key))
            index.set(key, { file: (0,external_node_path_.relative)(root, d.file) || d.file, line: d.line });
    }
    return (o) => index.get(`${o.kind}/${o.metadata.name}`);
}
async function loadManifests(input, options = {}) {
    const cwd = options.cwd ?? process.cwd();
    const path = (0,external_node_path_.isAbsolute)(input) ? input : (0,external_node_path_.resolve)(cwd, input);
    if (!(0,external_node_fs_.existsSync)(path)) {
        throw new errors/* ConfigurationError */.j1(`Input ${constants/* Inputs */.G0.Manifests}: ${input} does not exist (a kustomize directory or a file of built manifests)`, failure_reasons/* Reason */.B['bad-input']);
    }
    if (!(0,external_node_fs_.statSync)(path).isDirectory()) {
        const docs = parseDocs((0,external_node_fs_.readFileSync)(path, 'utf8'), path);
        return new objects/* ObjectSet */.U(`manifests ${input}`, docs.map((d) => d.object), [], locator(docs, cwd));
    }
    if (!KUSTOMIZATION.some((f) => (0,external_node_fs_.existsSync)((0,external_node_path_.join)(path, f)))) {
        throw new errors/* ConfigurationError */.j1(`Input ${constants/* Inputs */.G0.Manifests}: ${input} is a directory without a kustomization.yaml (give a kustomize directory or a file of built manifests)`, failure_reasons/* Reason */.B['bad-input']);
    }
    let result;
    try {
        result = await execute(options.kubectl ?? 'kubectl', ['kustomize', path], {
            output: 'capture',
            signal: options.signal,
        });
    }
    catch (error) {
        throw new errors/* ActionFailure */.dR(`kubectl kustomize ${input} could not run (${error.message}); install kubectl on the runner`, failure_reasons/* Reason */.B['manifests-invalid']);
    }
    if (result.exitCode !== 0) {
        throw new errors/* ActionFailure */.dR(`kubectl kustomize ${input} failed: ${result.stderr.trim().split('\n').slice(-3).join(' ')}`, failure_reasons/* Reason */.B['manifests-invalid']);
    }
    const built = parseDocs(result.stdout, `${input} (built)`);
    return new objects/* ObjectSet */.U(`manifests ${input}`, built.map((d) => d.object), [], locator(sourceDocs(path), cwd));
}


/***/ }),

/***/ 1793:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   U: () => (/* binding */ ObjectSet)
/* harmony export */ });
class ObjectSet {
    origin;
    locator;
    byKind = new Map();
    constructor(origin, objects, 
    /** Kinds that were read (a kind read and empty differs from one not served). */
    kinds = [], locator = () => undefined) {
        this.origin = origin;
        this.locator = locator;
        for (const k of kinds)
            this.byKind.set(k, []);
        for (const o of objects) {
            if (!o?.kind || !o.metadata?.name)
                continue;
            const list = this.byKind.get(o.kind) ?? [];
            list.push(o);
            this.byKind.set(o.kind, list);
        }
    }
    all(kind, namespace) {
        const list = this.byKind.get(kind) ?? [];
        return namespace === undefined
            ? list
            : list.filter((o) => (o.kind === 'Namespace' ? o.metadata.name : o.metadata.namespace) === namespace);
    }
    has(kind) {
        return this.byKind.has(kind);
    }
    locate(o) {
        return this.locator(o);
    }
}


/***/ })

};
;