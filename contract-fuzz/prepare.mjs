// Makes real rows to point the requests at, then writes the two OpenAPI documents and Portman configurations the
// passes run on (build/openapi-{contract,fuzz}.json, build/portman-{contract,fuzz}.json).
import { readFileSync, writeFileSync } from 'node:fs';

const [baseUrl, user, password] = process.argv.slice(2);
const auth = 'Basic ' + Buffer.from(`${user}:${password}`).toString('base64');

async function api(method, path, body) {
    const response = await fetch(baseUrl + path, {
        method,
        headers: { Authorization: auth, 'Content-Type': 'application/json', Accept: 'application/json' },
        body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    if (!response.ok) {
        throw new Error(`${method} ${path} answered ${response.status}: ${text}`);
    }
    return text ? JSON.parse(text) : null;
}

const stamp = Date.now();
const article = await api('POST', '/api/articles', {
    title: `Contract fuzz ${stamp}`, outlet: 'Fuzz desk',
    text: 'The minister said that 40 schools opened this year. Nobody has counted them since.\n'
        + 'Teachers say fewer than ten opened.',
});
const claim = await api('POST', `/api/articles/${article.id}/claims`,
    { sentenceId: article.sentences[0].id, claimant: 'The minister' });
const evidence = await api('POST', `/api/claims/${claim.id}/evidence`,
    { source: { url: `https://example.org/fuzz-${stamp}`, title: 'A page' }, stance: 'refutes' });
const note = await api('POST', `/api/articles/${article.id}/annotations`, { start: 0, end: 12, body: 'Which minister?' });
await api('POST', `/api/annotations/${note.id}/replies`, { body: 'The education minister.' });
await api('POST', `/api/claims/${claim.id}/comments`, { body: `@${user} have a look` });
const me = await api('GET', '/api/me');
// the source's page is fetched in the background; without a copy (no network, or an internal address, which is
// never fetched) its text answers 404, so the contract pass leaves that one operation out
let snapshot = 'pending';
for (let i = 0; i < 50 && snapshot === 'pending'; i++) {
    await new Promise(resolve => setTimeout(resolve, 200));
    snapshot = (await api('GET', `/api/sources/${evidence.source.id}`)).snapshot?.status ?? 'pending';
}
if (snapshot !== 'fetched') {
    console.log(`the source page was not fetched (${snapshot}): GET /api/sources/{id}/snapshot is not called`);
}
const ids = {
    articles: article.id, claims: claim.id, sources: evidence.source.id, evidence: evidence.id,
    annotations: note.id, sentences: article.sentences[1].id, users: me.id, mentions: 1, revisions: 1,
};

const document = JSON.parse(readFileSync('build/openapi.json', 'utf8'));
for (const [path, operations] of Object.entries(document.paths)) {
    for (const operation of Object.values(operations)) {
        for (const parameter of operation.parameters || []) {
            if (parameter.in === 'path') {
                // the id of the collection named before it: /api/claims/{id} -> a claim
                const before = path.slice(0, path.indexOf(`{${parameter.name}}`)).split('/').filter(Boolean);
                parameter.example = ids[before[before.length - 1]] ?? 1;
            } else if (parameter.in === 'query' && parameter.name === 'q') {
                parameter.example = 'minister';
            }
        }
    }
}

function documentWith(keep) {
    const copy = structuredClone(document);
    for (const [path, operations] of Object.entries(copy.paths)) {
        for (const method of Object.keys(operations)) {
            if (!keep(method, path, operations[method])) {
                delete operations[method];
            }
        }
        if (Object.keys(operations).length === 0) {
            delete copy.paths[path];
        }
    }
    return copy;
}

// an event stream never ends, so neither pass calls it
const callable = (method, path) => path.startsWith('/api/') && !path.endsWith('/events');
const contract = documentWith((method, path, operation) => {
    if (method !== 'get' || !callable(method, path)
            || (path === '/api/sources/{id}/snapshot' && snapshot !== 'fetched')) {
        return false;
    }
    // optional query parameters are left out: Postman would send placeholders such as <string>
    operation.parameters = (operation.parameters || []).filter(p => p.in !== 'query' || p.required);
    return true;
});
const fuzz = documentWith(callable);
writeFileSync('build/openapi-contract.json', JSON.stringify(contract, null, 2));
writeFileSync('build/openapi-fuzz.json', JSON.stringify(fuzz, null, 2));

const security = { basic: { username: user, password } };
const noServerError = "pm.test('answers without a server error', function () {"
    + " pm.expect(pm.response.code).to.be.below(500); });";
// API.md: a 400 is problem+json saying what was wrong
const problemJson = "if (pm.response.code === 400) { pm.test('a 400 is problem+json with a detail', function () {"
    + " pm.expect(pm.response.headers.get('Content-Type')).to.include('application/problem+json');"
    + " pm.expect(pm.response.json().detail).to.be.a('string').that.is.not.empty; }); }";
writeFileSync('build/portman-contract.json', JSON.stringify({
    version: 1.0,
    tests: {
        contractTests: [{
            openApiOperation: 'GET::/api/*',
            statusSuccess: { enabled: true },
            contentType: { enabled: true },
            jsonBody: { enabled: true },
            schemaValidation: { enabled: true },
        }],
        extendTests: [{ openApiOperation: '*::/api/*', tests: [noServerError] }],
    },
    globals: { securityOverwrites: security },
}, null, 2));
const everyRule = { enabled: true };
const rules = {
    requiredFields: everyRule, minimumNumberFields: everyRule, maximumNumberFields: everyRule,
    minLengthFields: everyRule, maxLengthFields: everyRule,
};
writeFileSync('build/portman-fuzz.json', JSON.stringify({
    version: 1.0,
    tests: {
        variationTests: [{
            openApiOperation: '*::/api/*',
            variations: [{
                name: 'fuzz',
                fuzzing: [{ requestBody: [rules], requestQueryParams: [rules] }],
                tests: { extendTests: [{ tests: [noServerError, problemJson] }] },
            }],
        }],
    },
    globals: { securityOverwrites: security },
}, null, 2));
console.log(`rows: ${JSON.stringify(ids)}`);
