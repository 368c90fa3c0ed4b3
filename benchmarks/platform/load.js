// A bounded load on one loopback URL with autocannon's API, printing autocannon's result as JSON.
//   node load.js URL METHOD CONNECTIONS SECONDS RATE TOKEN [BODY]
// RATE 0: as fast as the connections go; otherwise requests per second over all connections (autocannon overallRate).
// BODY: a JSON template whose "<n>" is replaced by a number unique to each request (POST /productions wants distinct
// titles), the Content-Length computed for each body.
'use strict';
const autocannon = require('autocannon');

const [url, method, connections, seconds, rate, token, body] = process.argv.slice(2);
const target = new URL(url);
if (!['127.0.0.1', 'localhost', '[::1]'].includes(target.hostname)) {
  console.error(`load.js: loopback only, not ${target.hostname}`);
  process.exit(2);
}
let n = 0;
const options = {
  url,
  method,
  connections: Number(connections),
  duration: Number(seconds),
  headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
};
if (Number(rate) > 0) {
  options.overallRate = Number(rate);
}
if (body) {
  options.requests = [{ method, setupRequest: (request) => ({ ...request, body: body.replace('<n>', `${process.pid}-${++n}`) }) }];
}
autocannon(options, (error, result) => {
  if (error) {
    console.error(error);
    process.exit(1);
  }
  process.stdout.write(JSON.stringify(result));
});
