"use strict";
exports.id = 699;
exports.ids = [699];
exports.modules = {

/***/ 7699:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   syncIssues: () => (/* binding */ syncIssues)
/* harmony export */ });
/* unused harmony exports findingMarker, issueBody */
/* harmony import */ var _constants__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1310);

const findingMarker = (key) => `<!-- medimind:nightly-finding key=${key} -->`;
const runMarker = (run) => `<!-- medimind:nightly-run id=${run.id} -->`;
function issueBody(finding, run) {
    const head = `${findingMarker(finding.key)}\n**${finding.title}**\n\nLatest: [run ${run.id}](${run.url}). This issue is kept by the nightly workflow: it is updated while the finding lasts and closed when a night recovers.\n\n`;
    const room = _constants__WEBPACK_IMPORTED_MODULE_0__/* .BODY_LIMIT */ .Th - head.length;
    const body = finding.body.length > room
        ? `${finding.body.slice(0, room - 200)}\n\n… (shortened; the full report is in the run's summary and artifacts)`
        : finding.body;
    return head + body;
}
async function syncIssues(client, repository, findings, labels, run) {
    const result = { opened: [], updated: [], closed: [] };
    const label = labels[0] ? `&labels=${encodeURIComponent(labels[0])}` : '';
    const issues = (await client.paginate(`/repos/${repository}/issues?state=all${label}&sort=updated&direction=desc`)).filter((i) => !i.pull_request);
    const existing = (key) => {
        const mine = issues.filter((i) => i.body?.includes(findingMarker(key)));
        return mine.find((i) => i.state === 'open') ?? mine[0];
    };
    const comment = async (issue, text) => {
        const body = `${runMarker(run)}\n${text}`;
        await client.createOnce(`/repos/${repository}/issues/${issue}/comments`, { body }, async () => (await client.paginate(`/repos/${repository}/issues/${issue}/comments`)).find((c) => c.body?.includes(runMarker(run))));
    };
    for (const finding of findings) {
        if (!finding.checked)
            continue;
        const issue = existing(finding.key);
        if (finding.active) {
            const body = issueBody(finding, run);
            if (!issue) {
                const created = await client.createOnce(`/repos/${repository}/issues`, { title: finding.title, body, labels }, async () => {
                    const again = await client.paginate(`/repos/${repository}/issues?state=open${label}`);
                    return again.find((i) => i.body?.includes(findingMarker(finding.key)));
                });
                result.opened.push(created.number);
            }
            else if (issue.state === 'closed') {
                await client.request('PATCH', `/repos/${repository}/issues/${issue.number}`, {
                    state: 'open',
                    body,
                });
                await comment(issue.number, `Back in [run ${run.id}](${run.url}).`);
                result.opened.push(issue.number);
            }
            else {
                await client.request('PATCH', `/repos/${repository}/issues/${issue.number}`, { body });
                await comment(issue.number, `Still present in [run ${run.id}](${run.url}).`);
                result.updated.push(issue.number);
            }
        }
        else if (issue?.state === 'open') {
            await comment(issue.number, `Recovered in [run ${run.id}](${run.url}); closing.`);
            await client.request('PATCH', `/repos/${repository}/issues/${issue.number}`, {
                state: 'closed',
                state_reason: 'completed',
            });
            result.closed.push(issue.number);
        }
    }
    return result;
}


/***/ })

};
;