"use strict";
exports.id = 336;
exports.ids = [336];
exports.modules = {

/***/ 1336:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   awsReader: () => (/* binding */ awsReader)
/* harmony export */ });
/* harmony import */ var _constants__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7488);
/**
 * The AWS reads (RDS, ElastiCache, CloudWatch). Each SDK is imported on first
 * use only, so static runs and bad inputs never load it. Credentials come from
 * the environment (aws-eks-auth exports them).
 */

function awsReader(region) {
    let instances;
    return {
        // Two checks read the instances: one paginated call, shared.
        dbInstances() {
            instances ??= (async () => {
                const { RDSClient, paginateDescribeDBInstances } = await Promise.all(/* import() */[__webpack_require__.e(861), __webpack_require__.e(202)]).then(__webpack_require__.t.bind(__webpack_require__, 7202, 19));
                const client = new RDSClient({ region });
                const out = [];
                for await (const page of paginateDescribeDBInstances({ client }, {}))
                    out.push(...(page.DBInstances ?? []));
                return out;
            })();
            return instances;
        },
        async replicationGroups() {
            const { ElastiCacheClient, paginateDescribeReplicationGroups } = await Promise.all(/* import() */[__webpack_require__.e(861), __webpack_require__.e(827)]).then(__webpack_require__.t.bind(__webpack_require__, 4827, 19));
            const client = new ElastiCacheClient({ region });
            const out = [];
            for await (const page of paginateDescribeReplicationGroups({ client }, {}))
                out.push(...(page.ReplicationGroups ?? []));
            return out;
        },
        async alarmsInAlarm() {
            const { CloudWatchClient, paginateDescribeAlarms } = await Promise.all(/* import() */[__webpack_require__.e(861), __webpack_require__.e(85)]).then(__webpack_require__.t.bind(__webpack_require__, 4085, 19));
            const client = new CloudWatchClient({ region });
            const out = [];
            for await (const page of paginateDescribeAlarms({ client }, { StateValue: 'ALARM', AlarmNamePrefix: _constants__WEBPACK_IMPORTED_MODULE_0__/* .Project */ .MM.AwsNamePrefix })) {
                for (const a of [...(page.MetricAlarms ?? []), ...(page.CompositeAlarms ?? [])]) {
                    out.push({ name: a.AlarmName ?? '?', reason: a.StateReason });
                }
            }
            return out;
        },
    };
}


/***/ })

};
;