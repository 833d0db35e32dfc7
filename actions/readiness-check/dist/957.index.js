"use strict";
exports.id = 957;
exports.ids = [957];
exports.modules = {

/***/ 5957:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  kubeGetter: () => (/* binding */ kubeGetter)
});

// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(7067);
var external_node_http_default = /*#__PURE__*/__webpack_require__.n(external_node_http_);
// EXTERNAL MODULE: external "node:https"
var external_node_https_ = __webpack_require__(4708);
var external_node_https_default = /*#__PURE__*/__webpack_require__.n(external_node_https_);
// EXTERNAL MODULE: ./actions/_shared/src/errors.ts
var errors = __webpack_require__(8065);
// EXTERNAL MODULE: ./actions/_shared/src/mask.ts
var mask = __webpack_require__(5670);
// EXTERNAL MODULE: ./actions/readiness-check/src/constants.ts
var constants = __webpack_require__(7488);
// EXTERNAL MODULE: ./actions/readiness-check/src/failure-reasons.ts
var failure_reasons = __webpack_require__(7691);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
;// CONCATENATED MODULE: ./actions/readiness-check/src/kubeconfig.ts
/**
 * The kubeconfig forms readiness meets (EKS via aws-eks-auth's exec plugin,
 * tokens, client certificates, CA data or files, plain http for the sandbox)
 * read without @kubernetes/client-node: loading that client costs more than
 * a whole live run. Anything else (auth-provider plugins, several files in
 * KUBECONFIG) returns undefined and the caller falls back to the client.
 */






const run = (0,external_node_util_.promisify)(external_node_child_process_.execFile);
function readPath(base, p) {
    return (0,external_node_fs_.readFileSync)((0,external_node_path_.isAbsolute)(p) ? p : (0,external_node_path_.resolve)(base, p));
}
/** The kubeconfig file to read: the input, else KUBECONFIG when it names one file, else ~/.kube/config. */
function kubeconfigFile(input, env = process.env) {
    if (input)
        return input;
    const fromEnv = env.KUBECONFIG ?? '';
    if (fromEnv.includes(':'))
        return undefined; // merged configs: left to the client
    return fromEnv || (0,external_node_path_.join)((0,external_node_os_.homedir)(), '.kube', 'config');
}
function fastConnection(file) {
    if (!(0,external_node_fs_.existsSync)(file))
        return undefined;
    const base = (0,external_node_path_.dirname)(file);
    const doc = (0,dist/* parse */.qg)((0,external_node_fs_.readFileSync)(file, 'utf8'));
    const named = (list, name) => (list ?? []).find((x) => x.name === name);
    const context = named(doc?.contexts, doc?.['current-context'])?.context;
    const cluster = context && named(doc.clusters, context.cluster)?.cluster;
    const user = (context && named(doc.users, context.user)?.user) ?? {};
    if (!cluster?.server || user['auth-provider'])
        return undefined;
    const data = (key) => user[`${key}-data`]
        ? Buffer.from(user[`${key}-data`], 'base64')
        : user[key]
            ? readPath(base, user[key])
            : undefined;
    const tls = {
        ca: cluster['certificate-authority-data']
            ? Buffer.from(cluster['certificate-authority-data'], 'base64')
            : cluster['certificate-authority']
                ? readPath(base, cluster['certificate-authority'])
                : undefined,
        cert: data('client-certificate'),
        key: data('client-key'),
        rejectUnauthorized: cluster['insecure-skip-tls-verify'] !== true,
        servername: cluster['tls-server-name'],
    };
    let auth;
    const authorization = async () => {
        if (user.token)
            return `Bearer ${user.token}`;
        if (user.tokenFile)
            return `Bearer ${readPath(base, user.tokenFile).toString('utf8').trim()}`;
        if (user.username && user.password) {
            return `Basic ${Buffer.from(`${user.username}:${user.password}`).toString('base64')}`;
        }
        if (user.exec) {
            const e = user.exec;
            const env = { ...process.env };
            for (const { name, value } of e.env ?? [])
                env[name] = value;
            env.KUBERNETES_EXEC_INFO = JSON.stringify({
                apiVersion: e.apiVersion,
                kind: 'ExecCredential',
                spec: { interactive: false },
            });
            const { stdout } = await run(e.command, e.args ?? [], { env, cwd: base, maxBuffer: 1 << 20 });
            const status = JSON.parse(stdout).status ?? {};
            if (status.clientCertificateData)
                tls.cert = Buffer.from(status.clientCertificateData);
            if (status.clientKeyData)
                tls.key = Buffer.from(status.clientKeyData);
            return status.token ? `Bearer ${status.token}` : undefined;
        }
        return undefined;
    };
    return {
        server: String(cluster.server).replace(/\/$/, ''),
        tls,
        authorization: () => {
            auth ??= authorization();
            return auth;
        },
    };
}

;// CONCATENATED MODULE: ./actions/readiness-check/src/kube-node.ts
/**
 * The real Kubernetes transport: GETs over one keep-alive agent with the
 * kubeconfig's TLS and credentials. Common kubeconfigs are read directly
 * (kubeconfig.ts); others through @kubernetes/client-node, loaded only then.
 */







function bad(path, why) {
    return new errors/* ConfigurationError */.j1(`Input ${constants/* Inputs */.G0.Kubeconfig}: ${path || 'the default kubeconfig'} ${why}`, failure_reasons/* Reason */.B['bad-input']);
}
/** Through @kubernetes/client-node: auth-provider plugins, merged KUBECONFIG files. */
async function clientConnection(path) {
    const { KubeConfig } = await __webpack_require__.e(/* import() */ 172).then(__webpack_require__.bind(__webpack_require__, 2172));
    const kc = new KubeConfig();
    try {
        if (path)
            kc.loadFromFile(path);
        else
            kc.loadFromDefault();
    }
    catch (error) {
        throw bad(path, `cannot be read: ${error.message}`);
    }
    const cluster = kc.getCurrentCluster();
    if (!cluster)
        throw bad(path, 'has no current cluster');
    const opts = { headers: {} };
    await kc.applyToHTTPSOptions(opts);
    const header = opts.headers?.Authorization;
    return {
        server: cluster.server.replace(/\/$/, ''),
        tls: {
            ca: opts.ca,
            cert: opts.cert,
            key: opts.key,
            rejectUnauthorized: opts.rejectUnauthorized !== false,
            servername: opts.servername,
        },
        authorization: async () => header,
    };
}
async function kubeGetter(path) {
    const file = kubeconfigFile(path);
    let conn;
    try {
        conn = file ? fastConnection(file) : undefined;
    }
    catch (error) {
        throw bad(path, `cannot be read: ${error.message}`);
    }
    if (!conn && path) {
        const { existsSync } = await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 3024, 23));
        if (!existsSync(path))
            throw bad(path, 'does not exist');
    }
    conn ??= await clientConnection(path);
    const { server, tls } = conn;
    const secure = server.startsWith('https:');
    let agent;
    let masked = false;
    const get = async (p, signal) => {
        const authorization = await conn.authorization();
        // Tokens (e.g. from an exec plugin) must never reach the log.
        if (authorization && !masked) {
            (0,mask/* mask */.d)(authorization.replace(/^\w+ /, ''));
            masked = true;
        }
        // Created after the exec plugin ran: it may have supplied a client certificate.
        agent ??= secure
            ? new (external_node_https_default()).Agent({ keepAlive: true, ...tls })
            : new (external_node_http_default()).Agent({ keepAlive: true });
        const headers = { Accept: 'application/json' };
        if (authorization)
            headers.Authorization = authorization;
        return new Promise((resolve, reject) => {
            const req = (secure ? (external_node_https_default()) : (external_node_http_default())).request(new URL(server + p), { method: 'GET', headers, agent, signal }, (res) => {
                const chunks = [];
                res.on('data', (c) => chunks.push(c));
                res.on('error', reject);
                res.on('end', () => {
                    const text = Buffer.concat(chunks).toString('utf8');
                    let body = text;
                    try {
                        body = text ? JSON.parse(text) : undefined;
                    }
                    catch { }
                    resolve({ status: res.statusCode ?? 0, body });
                });
            });
            req.on('error', reject);
            req.end();
        });
    };
    return { get, server, close: () => agent?.destroy() };
}


/***/ })

};
;