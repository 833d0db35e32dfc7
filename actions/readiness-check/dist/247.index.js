"use strict";
exports.id = 247;
exports.ids = [247];
exports.modules = {

/***/ 7247:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   REPORT_VERSION: () => (/* binding */ REPORT_VERSION),
/* harmony export */   blocking: () => (/* binding */ blocking),
/* harmony export */   categoryStatus: () => (/* binding */ categoryStatus),
/* harmony export */   renderSummary: () => (/* binding */ renderSummary),
/* harmony export */   runChecks: () => (/* binding */ runChecks),
/* harmony export */   statusOf: () => (/* binding */ statusOf)
/* harmony export */ });
/* harmony import */ var _shared_src_errors__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8065);
/* harmony import */ var _shared_src_summary__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3964);
/* harmony import */ var _constants__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7488);
/**
 * Runs the checks and builds the report: JSON (versioned), job summary and
 * annotations. A problem fails or warns by its check's severity (critical and
 * high fail; medium and low warn); a category's status is its worst check's.
 */



const REPORT_VERSION = 1;
const RANK = { skip: 0, pass: 1, warn: 2, fail: 3 };
function statusOf(outcome, severity) {
    if (outcome.result === 'problem')
        return severity === 'critical' || severity === 'high' ? 'fail' : 'warn';
    return outcome.result;
}
/** A category passes when nothing in it failed or warned and at least one check ran. */
function categoryStatus(checks) {
    return checks.reduce((worst, c) => (RANK[c.status] > RANK[worst] ? c.status : worst), 'skip');
}
async function runOne(check, ctx) {
    let outcome;
    try {
        outcome = await check.run(ctx);
    }
    catch (error) {
        if (ctx.signal?.aborted)
            throw ctx.signal.reason;
        // A source failing mid-run (Prometheus down, AWS throttling) fails that check, not the report.
        outcome = {
            result: 'problem',
            reason: `could not evaluate: ${(0,_shared_src_errors__WEBPACK_IMPORTED_MODULE_0__/* .describeError */ .Uc)(error)}`,
            evidence: [],
        };
    }
    return {
        id: check.id,
        title: check.title,
        severity: check.severity,
        status: statusOf(outcome, check.severity),
        reason: outcome.reason,
        evidence: outcome.evidence,
        ...(outcome.locations?.length ? { locations: outcome.locations } : {}),
    };
}
async function runChecks(checks, ctx, options) {
    const now = options.now ?? Date.now;
    const started = now();
    // Independent reads: every check runs concurrently.
    const results = await Promise.all(checks.map((c) => options.categories.includes(c.category)
        ? runOne(c, ctx)
        : Promise.resolve({
            id: c.id,
            title: c.title,
            severity: c.severity,
            status: 'skip',
            reason: 'category not selected (input categories)',
            evidence: [],
        })));
    const categories = _constants__WEBPACK_IMPORTED_MODULE_2__/* .CATEGORIES */ .R6.map((cat) => {
        const mine = results.filter((_, i) => checks[i].category === cat.id);
        return { id: cat.id, name: cat.name, status: categoryStatus(mine), checks: mine };
    });
    return {
        version: REPORT_VERSION,
        mode: ctx.mode,
        namespace: ctx.namespace,
        source: options.source,
        generatedAt: new Date(started).toISOString(),
        durationMs: now() - started,
        failOn: options.failOn,
        passed: blocking(categories, options.failOn).length === 0,
        categories,
    };
}
/** The checks that make the run fail under `fail-on`. */
function blocking(categories, failOn) {
    return categories.flatMap((c) => c.checks.filter((k) => k.status === 'fail' || (failOn === 'warn' && k.status === 'warn')));
}
const ICON = {
    pass: '✅ pass',
    warn: '⚠️ warn',
    fail: '❌ fail',
    skip: '⏭️ skip',
};
function renderSummary(report) {
    const passed = report.categories.filter((c) => c.status === 'pass').length;
    const skipped = report.categories.filter((c) => c.status === 'skip').length;
    const lines = [
        `## Production readiness (${report.mode}): ${passed}/${report.categories.length} categories passed`,
        '',
        `${report.passed ? '✅ Ready' : '❌ Not ready'} — namespace \`${report.namespace}\`, ${report.source}, fail-on \`${report.failOn}\`${skipped ? `, ${skipped} categories skipped` : ''}.`,
        '',
        (0,_shared_src_summary__WEBPACK_IMPORTED_MODULE_1__/* .table */ .tp)(['Category', 'Status', 'Checks (pass / warn / fail / skip)'], report.categories.map((c) => {
            const n = (s) => c.checks.filter((k) => k.status === s).length;
            return [
                c.name,
                ICON[c.status],
                `${n('pass')} / ${n('warn')} / ${n('fail')} / ${n('skip')}`,
            ];
        })),
    ];
    const problems = report.categories.flatMap((c) => c.checks.filter((k) => k.status === 'fail' || k.status === 'warn'));
    if (problems.length) {
        lines.push('', '### Failing and warning checks', '', (0,_shared_src_summary__WEBPACK_IMPORTED_MODULE_1__/* .table */ .tp)(['Check', 'Status', 'Severity', 'Finding', 'Evidence'], problems.map((k) => [
            `${k.id} ${k.title}`,
            ICON[k.status],
            k.severity,
            k.reason,
            k.evidence.map((e) => `\`${e.replace(/`/g, "'")}\``).join('<br>') || '-',
        ])));
    }
    const skippedChecks = report.categories.flatMap((c) => c.checks.filter((k) => k.status === 'skip'));
    if (skippedChecks.length) {
        lines.push('', `<details><summary>${skippedChecks.length} checks skipped</summary>`, '');
        for (const k of skippedChecks)
            lines.push(`- ${k.id} ${(0,_shared_src_summary__WEBPACK_IMPORTED_MODULE_1__/* .escapeCell */ .kq)(k.title)}: ${(0,_shared_src_summary__WEBPACK_IMPORTED_MODULE_1__/* .escapeCell */ .kq)(k.reason)}`);
        lines.push('', '</details>');
    }
    return `${lines.join('\n')}\n`;
}


/***/ })

};
;