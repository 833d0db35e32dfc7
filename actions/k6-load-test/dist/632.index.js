"use strict";
exports.id = 632;
exports.ids = [632];
exports.modules = {

/***/ 95632:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DEFAULT_SLO_FILE: () => (/* binding */ DEFAULT_SLO_FILE),
/* harmony export */   PROFILES: () => (/* binding */ PROFILES),
/* harmony export */   loadSlo: () => (/* binding */ loadSlo)
/* harmony export */ });
/* unused harmony exports SLO_SCHEMA_VERSION, PERCENTILES, SloError, parseSlo, burnRateThreshold */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(38815);
/* harmony import */ var _errors__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(28065);
/* harmony import */ var _inputs__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(87719);
/**
 * loadtests/slo.yaml: the service-level objectives every check reads (k6
 * thresholds, readiness, the alert and analysis consistency tests). One typed
 * loader, strict: an unknown key or a wrong type is a ConfigurationError that
 * names the file, the line and what is allowed, so a typo never silently drops
 * an objective. The schema is documented in loadtests/README.md.
 */




const SLO_SCHEMA_VERSION = 1;
const DEFAULT_SLO_FILE = 'loadtests/slo.yaml';
const PROFILES = ['smoke', 'load', 'stress', 'soak'];
const PERCENTILES = ['p50', 'p90', 'p95', 'p99'];
class SloError extends _errors__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1 {
    file;
    line;
    constructor(file, line, problem) {
        super(`${file}${line ? `:${line}` : ''}: ${problem}`, 'bad-input');
        this.file = file;
        this.line = line;
    }
}
function loadSlo(path, displayName = path) {
    let text;
    try {
        text = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(path, 'utf8');
    }
    catch (error) {
        const code = error.code;
        throw new SloError(displayName, undefined, code === 'ENOENT' ? 'file not found' : String(error));
    }
    return parseSlo(text, displayName);
}
function parseSlo(text, file = DEFAULT_SLO_FILE) {
    const lines = new yaml__WEBPACK_IMPORTED_MODULE_1__/* .LineCounter */ .HN();
    const doc = (0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .parseDocument */ .Tp)(text, { lineCounter: lines, prettyErrors: false });
    const fail = (node, problem) => {
        const offset = node?.range?.[0];
        throw new SloError(file, offset === undefined ? undefined : lines.linePos(offset).line, problem);
    };
    const firstError = doc.errors[0];
    if (firstError) {
        throw new SloError(file, lines.linePos(firstError.pos[0]).line, `not valid YAML: ${firstError.message.split('\n')[0]}`);
    }
    const root = doc.contents;
    if (!(0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isMap */ .jh)(root))
        return fail(root, 'must be a mapping with version, services and profiles');
    const mapping = (parent, key, path, required) => {
        const node = parent.get(key, true);
        if (node === undefined) {
            if (required)
                fail(parent, `${path} is required`);
            return undefined;
        }
        if (!(0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isMap */ .jh)(node))
            return fail(node, `${path} must be a mapping`);
        return node;
    };
    const onlyKeys = (map, allowed, path) => {
        for (const pair of map.items) {
            const key = (0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isScalar */ .jn)(pair.key) ? String(pair.key.value) : '';
            if (!allowed.includes(key)) {
                fail(pair.key, `${path}${key ? `.${key}` : ''} is not a known key (allowed: ${allowed.join(', ')})`);
            }
        }
    };
    const scalar = (map, key) => map.get(key, true);
    const number = (map, key, path, check, allowed, required) => {
        const node = scalar(map, key);
        if (node === undefined) {
            if (required)
                fail(map, `${path}.${key} is required (${allowed})`);
            return undefined;
        }
        const value = (0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isScalar */ .jn)(node) ? node.value : undefined;
        if (typeof value !== 'number' || !Number.isFinite(value) || !check(value)) {
            fail(node, `${path}.${key} must be ${allowed}; got ${JSON.stringify((0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isScalar */ .jn)(node) ? node.value : node.toJSON())}`);
        }
        return value;
    };
    const string = (map, key, path, required) => {
        const node = scalar(map, key);
        if (node === undefined) {
            if (required)
                fail(map, `${path}.${key} is required`);
            return undefined;
        }
        if (!(0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isScalar */ .jn)(node) || typeof node.value !== 'string' || !node.value.trim()) {
            fail(node, `${path}.${key} must be a non-empty string`);
        }
        return String(node.value).trim();
    };
    const positive = (n) => n > 0;
    const ratio = (n) => n > 0 && n < 1;
    onlyKeys(root, ['version', 'availability', 'alerting', 'services', 'profiles'], 'slo');
    number(root, 'version', 'slo', (n) => n === SLO_SCHEMA_VERSION, `${SLO_SCHEMA_VERSION}`, true);
    const availability = number(root, 'availability', 'slo', ratio, 'a ratio between 0 and 1 such as 0.999', true);
    let burnRate = 1;
    const alerting = mapping(root, 'alerting', 'alerting', false);
    if (alerting) {
        onlyKeys(alerting, ['burn-rate'], 'alerting');
        burnRate = number(alerting, 'burn-rate', 'alerting', positive, 'a positive number', true);
    }
    const servicesNode = mapping(root, 'services', 'services', true);
    if (servicesNode.items.length === 0)
        fail(servicesNode, 'services must list at least one service');
    const services = [];
    for (const pair of servicesNode.items) {
        const name = (0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isScalar */ .jn)(pair.key) ? String(pair.key.value) : '';
        if (!/^[a-z][a-z0-9-]*$/.test(name)) {
            fail(pair.key, `service name "${name}" must be lower-case kebab-case`);
        }
        const path = `services.${name}`;
        const node = pair.value;
        if (!(0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isMap */ .jh)(node))
            fail(node ?? servicesNode, `${path} must be a mapping`);
        const svc = node;
        onlyKeys(svc, [
            'description',
            'app',
            'metric',
            'latency-ms',
            'error-rate',
            'throughput-rps',
            'max-vus',
            'base-url-of',
        ], path);
        const latencyNode = mapping(svc, 'latency-ms', `${path}.latency-ms`, true);
        onlyKeys(latencyNode, PERCENTILES, `${path}.latency-ms`);
        const latencyMs = {};
        for (const p of PERCENTILES) {
            const v = number(latencyNode, p, `${path}.latency-ms`, positive, 'a positive number of milliseconds', false);
            if (v !== undefined)
                latencyMs[p] = v;
        }
        if (Object.keys(latencyMs).length === 0) {
            fail(latencyNode, `${path}.latency-ms must set at least one of ${PERCENTILES.join(', ')}`);
        }
        services.push({
            name,
            description: string(svc, 'description', path, false) ?? name,
            app: string(svc, 'app', path, true),
            metric: string(svc, 'metric', path, false),
            latencyMs,
            errorRate: number(svc, 'error-rate', path, ratio, 'a ratio between 0 and 1 such as 0.001', true),
            throughputRps: number(svc, 'throughput-rps', path, positive, 'a positive number of requests per second', false),
            maxVus: number(svc, 'max-vus', path, (n) => Number.isInteger(n) && n > 0, 'a positive whole number', false),
            baseUrlOf: string(svc, 'base-url-of', path, false) ?? name,
        });
    }
    for (const s of services) {
        if (!services.some((o) => o.name === s.baseUrlOf && o.baseUrlOf === o.name)) {
            fail(servicesNode.get(s.name, true).get('base-url-of', true), `services.${s.name}.base-url-of names "${s.baseUrlOf}", which is not a service with its own base URL`);
        }
    }
    const profilesNode = mapping(root, 'profiles', 'profiles', true);
    onlyKeys(profilesNode, PROFILES, 'profiles');
    const profiles = {};
    for (const name of PROFILES) {
        const p = mapping(profilesNode, name, `profiles.${name}`, name === 'smoke');
        if (!p)
            continue;
        onlyKeys(p, ['duration', 'rate'], `profiles.${name}`);
        const durationNode = scalar(p, 'duration');
        const durationText = (0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isScalar */ .jn)(durationNode) ? String(durationNode.value) : '';
        const durationMs = (0,_inputs__WEBPACK_IMPORTED_MODULE_3__/* .parseDuration */ .E9)(durationText);
        if (!durationMs) {
            fail(durationNode ?? p, `profiles.${name}.duration must be a duration such as 30s, 10m or 2h; got "${durationText}"`);
        }
        profiles[name] = {
            durationMs: durationMs,
            rate: number(p, 'rate', `profiles.${name}`, positive, 'a positive multiple of the targets such as 0.01 or 1', true),
        };
    }
    return { version: SLO_SCHEMA_VERSION, availability, burnRate, services, profiles };
}
/** The availability alert's threshold: the error rate that burns the budget at `burnRate`. */
function burnRateThreshold(slo) {
    return Number((slo.burnRate * (1 - slo.availability)).toPrecision(6));
}


/***/ })

};
;