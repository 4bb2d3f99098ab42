// Figures from Newman's JSON reports: requests sent, answers 5xx, failed checks by kind (schema, status...).
import { readFileSync } from 'node:fs';

let failed = 0;
for (const pass of ['contract', 'fuzz']) {
    const run = JSON.parse(readFileSync(`build/newman-${pass}.json`, 'utf8')).run;
    const executions = run.executions;
    const serverErrors = executions.filter(e => e.response && e.response.code >= 500);
    const noAnswer = executions.filter(e => !e.response);
    const failures = {};
    for (const e of executions) {
        for (const a of e.assertions || []) {
            if (a.error) {
                const kind = a.assertion.replace(/\[.*?]/g, '').trim();
                (failures[kind] ||= []).push(`${e.item.name}: ${a.error.message}`.slice(0, 300));
            }
        }
    }
    const failedChecks = Object.values(failures).reduce((n, list) => n + list.length, 0);
    const checks = executions.reduce((n, e) => n + (e.assertions || []).length, 0);
    console.log(`${pass}: ${executions.length} requests, ${serverErrors.length} answers 5xx, `
        + `${noAnswer.length} without an answer, ${checks} checks, ${failedChecks} failed`);
    for (const [kind, list] of Object.entries(failures)) {
        console.log(`  ${kind}: ${list.length}, e.g. ${list[0]}`);
    }
    for (const e of serverErrors.slice(0, 10)) {
        console.log(`  5xx: ${e.request.method} ${e.item.name} -> ${e.response.code}`);
    }
    failed += serverErrors.length + noAnswer.length + failedChecks;
}
process.exit(failed === 0 ? 0 : 1);
