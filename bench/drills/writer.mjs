// Write load for the reliability drills: signs in to each server given, then keeps writing
// (new meetings and progress notes on existing initiatives) until its time is up, and appends
// every write the server acknowledged (2xx) to the acknowledgement file as "kind,key" lines,
// each flushed before the next request, so a write acknowledged just before a crash is on disk.
//
//   node bench/drills/writer.mjs --servers http://127.0.0.1:3201[,http://…] --seconds 10 \
//        --workers 8 --partner 1 --initiatives 1,2,3 --acks acks.csv [--tag run1]
import { appendFileSync } from "node:fs";
import { randomUUID } from "node:crypto";

const args = Object.fromEntries(
  process.argv.slice(2).reduce((pairs, arg, i, all) => {
    if (arg.startsWith("--")) pairs.push([arg.slice(2), all[i + 1]]);
    return pairs;
  }, []),
);
const servers = args.servers.split(",");
const seconds = Number(args.seconds ?? 10);
const workers = Number(args.workers ?? 8);
const partner = args.partner;
const initiatives = args.initiatives.split(",").map(Number);
const acks = args.acks;
const tag = args.tag ?? "drill";
const email = args.email ?? "admin@demo.accord.test";
const password = args.password ?? "accord-demo-2026";
const until = Date.now() + seconds * 1000;

const counts = { acknowledged: 0, refused: 0, conflicts: 0, failed: 0, byStatus: {} };

async function signIn(base) {
  for (;;) {
    try {
      const response = await fetch(`${base}/login`, {
        method: "POST",
        headers: { "content-type": "application/x-www-form-urlencoded" },
        body: new URLSearchParams({ email, password }),
        redirect: "manual",
      });
      const cookie = (response.headers.get("set-cookie") ?? "").split(";")[0];
      if (cookie.startsWith("accord_session=")) return cookie;
    } catch {}
    if (Date.now() > until) return null;
    await new Promise((r) => setTimeout(r, 200));
  }
}

async function call(base, cookie, fn, form) {
  const response = await fetch(`${base}/api/${fn}`, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie },
    body: new URLSearchParams(form),
    signal: AbortSignal.timeout(15000),
  });
  const text = await response.text();
  counts.byStatus[response.status] = (counts.byStatus[response.status] ?? 0) + 1;
  return { status: response.status, text };
}

async function worker(index) {
  const base = servers[index % servers.length];
  let cookie = await signIn(base);
  let n = 0;
  while (cookie && Date.now() < until) {
    n += 1;
    const key = `${tag}-${index}-${n}-${randomUUID()}`;
    try {
      if (n % 10 === 0) {
        // A dashboard now and then: the first one of a new day moves the summary.
        const response = await fetch(`${base}/dashboard`, { headers: { cookie } });
        await response.text();
        counts.byStatus[`GET ${response.status}`] = (counts.byStatus[`GET ${response.status}`] ?? 0) + 1;
      } else if (n % 2 === 0) {
        const { status } = await call(base, cookie, "create_meeting", {
          "input[title]": key,
          "input[held_on]": "2026-11-20",
          "input[partner_id]": partner,
          "input[summary]": "written by the reliability drill",
        });
        if (status >= 200 && status < 300) {
          appendFileSync(acks, `meeting,${key}\n`);
          counts.acknowledged += 1;
        } else counts.refused += 1;
      } else {
        const id = initiatives[(index * 7919 + n) % initiatives.length];
        const read = await call(base, cookie, "get_initiative", { id: String(id) });
        if (read.status === 401) { cookie = await signIn(base); continue; }
        if (read.status !== 200) { counts.refused += 1; continue; }
        const { initiative } = JSON.parse(read.text);
        const { status } = await call(base, cookie, "change_status", {
          id: String(id),
          version: String(initiative.version),
          "input[to_status]": initiative.status,
          "input[note]": key,
          "input[evidence_url]": "",
        });
        if (status >= 200 && status < 300) {
          appendFileSync(acks, `note,${key}\n`);
          counts.acknowledged += 1;
        } else if (status === 409) counts.conflicts += 1;
        else counts.refused += 1;
      }
    } catch {
      // The server went away mid-request: not acknowledged, so not promised.
      counts.failed += 1;
      await new Promise((r) => setTimeout(r, 50));
    }
  }
}

await Promise.all(Array.from({ length: workers }, (_, i) => worker(i)));
console.log(JSON.stringify(counts));
