import * as net from "node:net";
import * as os from "node:os";
import { EXAMPLE_ROOT } from "../helpers/catalog-fixture";
import { useLaunchDarklyStandIn } from "../helpers/use-launchdarkly-stand-in";
import { catalogAt } from "../helpers/synth";
import { reconcileExperiments } from "../../src/experiments/reconcile";
import { reconcileTargeting } from "../../src/targeting/reconcile";
import {
  ApiError,
  Deadline,
  LaunchDarklyClient,
  parseApiHost,
  type ClientOptions,
} from "../../src/targeting/rest-client";

const catalog = catalogAt(EXAMPLE_ROOT);
const TARGETING = "/api/v2/projects/support-ai/ai-configs/support-assistant/targeting";
const EXPERIMENTS = /\/environments\/production\/experiments$/;

/** A port nothing listens on. */
async function closedPort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, "0.0.0.0", resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

async function failure(run: Promise<unknown>): Promise<ApiError> {
  try {
    await run;
  } catch (error) {
    if (error instanceof ApiError) return error;
    throw error;
  }
  throw new Error("expected the request to fail");
}

async function timed<T>(run: () => Promise<T>): Promise<{ ms: number; result: T }> {
  const started = Date.now();
  const result = await run();
  return { ms: Date.now() - started, result };
}

describe("the REST client against a LaunchDarkly stand-in that fails as networks do", () => {
  const ld = useLaunchDarklyStandIn({ holding: catalog });
  const client = (options: Partial<ClientOptions> = {}) =>
    new LaunchDarklyClient({ apiHost: ld.host, token: ld.standIn.token, backoffMs: 5, timeoutMs: 2000, ...options });
  const sent = (method: string, path: string | RegExp) =>
    ld.standIn.requests.filter(
      (r) => r.method === method && (typeof path === "string" ? r.path === path : path.test(r.path)),
    ).length;

  describe("writes that are not idempotent", () => {
    beforeEach(async () => {
      await reconcileTargeting(catalog, "production", client(), { apply: true, comment: "targeting first" });
      ld.standIn.requests.length = 0;
    });

    it("GIVEN a 5xx to the POST that created the experiment anyway THEN a read-back finds it, nothing is sent twice, and the report says it was created", async () => {
      ld.standIn.inject({ kind: "after", status: 500 }, { path: EXPERIMENTS, method: "POST" });
      const outcomes = await reconcileExperiments(catalog, "production", client(), { apply: true, comment: "c" });
      expect(outcomes.map((o) => [o.steps.map((s) => s.kind), o.applied])).toEqual([[["create", "start"], true]]);
      expect(sent("POST", EXPERIMENTS)).toBe(1);
      expect(ld.standIn.experiments.get("production/friendly-v2-feedback")!.iterations.map((i) => i.status)).toEqual([
        "running",
      ]);
    });

    it("GIVEN a 5xx to a POST that did not take effect THEN the read-back says so, and it is sent again", async () => {
      ld.standIn.inject({ kind: "status", status: 503 }, { path: EXPERIMENTS, method: "POST" });
      const outcomes = await reconcileExperiments(catalog, "production", client(), { apply: true, comment: "c" });
      expect(outcomes[0]!.applied).toBe(true);
      expect(sent("POST", EXPERIMENTS)).toBe(2);
    });

    it("GIVEN a lost answer that cannot be read back either THEN the report says the create may have been applied, not that nothing was", async () => {
      ld.standIn.inject({ kind: "after", status: 502 }, { path: EXPERIMENTS, method: "POST" });
      // The plan's own read, the first GET, is answered; the read-back is not.
      ld.standIn.inject(
        { kind: "status", status: 500 },
        { path: /experiments\/friendly-v2-feedback\?expand/, method: "GET", times: 5, skip: 1 },
      );
      const error = await reconcileExperiments(catalog, "production", client({ maxAttempts: 5 }), {
        apply: true,
        comment: "c",
      }).catch((e: Error) => e);
      expect((error as Error).message).toMatch(
        /^support-assistant\/friendly-v2-feedback in production: POST \/api\/v2\/projects\/support-ai\/environments\/production\/experiments on 127\.0\.0\.1:\d+ failed: 502 Bad Gateway: internal_server_error: injected after the change; reading back whether it took effect failed too \(GET .* failed \(after 5 attempts\): 500 Internal Server Error: internal_server_error: injected\), so it may or may not have\. Already applied: nothing\. Perhaps applied too \(its answer was lost\): support-assistant\/friendly-v2-feedback \(create\)$/,
      );
      expect(sent("POST", EXPERIMENTS)).toBe(1);
    });

    it("GIVEN a targeting PATCH whose answer is lost after it took effect THEN it is confirmed by reading the targeting, and sent once", async () => {
      ld.standIn.environment("support-assistant", "production")!.offVariation = 2;
      ld.standIn.inject({ kind: "reset-body" }, { path: new RegExp(`${TARGETING}$`), method: "PATCH" });
      const outcomes = await reconcileTargeting(catalog, "production", client(), {
        apply: true,
        comment: "c",
        configs: ["support-assistant"],
      });
      expect(outcomes).toMatchObject([{ config: "support-assistant", applied: true }]);
      expect(sent("PATCH", TARGETING)).toBe(1);
      expect(ld.standIn.environment("support-assistant", "production")!.offVariation).toBe(1);
    });

    it("GIVEN a raw POST without a read-back THEN an ambiguous failure is not retried, and says its effect is unknown", async () => {
      ld.standIn.inject({ kind: "after", status: 500 }, { path: EXPERIMENTS, method: "POST" });
      const error = await failure(
        client().request({
          method: "POST",
          path: "/api/v2/projects/support-ai/environments/production/experiments",
          body: { key: "x" },
        }),
      );
      expect(error).toMatchObject({ method: "POST", status: 500, outcome: "unknown" });
      expect(error.message).toMatch(
        /^POST \/api\/v2\/projects\/support-ai\/environments\/production\/experiments on 127\.0\.0\.1:\d+ failed: 500 Internal Server Error: .*; it may or may not have taken effect in LaunchDarkly$/,
      );
      expect(sent("POST", EXPERIMENTS)).toBe(1);
    });
  });

  describe("failures after the headers arrived", () => {
    it("GIVEN a connection reset half-way through the body THEN the read is retried", async () => {
      ld.standIn.inject({ kind: "reset-body" }, { path: /targeting$/ });
      expect((await client().getTargeting("support-ai", "support-assistant")).variations).toHaveLength(4);
      expect(sent("GET", TARGETING)).toBe(2);
    });

    it("GIVEN a body that stalls THEN the attempt's timeout covers it, and the read is retried", async () => {
      ld.standIn.inject({ kind: "stall-body" }, { path: /targeting$/ });
      const { ms, result } = await timed(() =>
        client({ timeoutMs: 300 }).getTargeting("support-ai", "support-assistant"),
      );
      expect(result.variations).toHaveLength(4);
      expect(ms).toBeLessThan(2000);
    });

    it("GIVEN a body that stalls every time THEN the failure names method, path, status and what happened", async () => {
      ld.standIn.inject({ kind: "stall-body" }, { path: /targeting$/, times: 3 });
      const error = await failure(
        client({ timeoutMs: 200, maxAttempts: 3 }).getTargeting("support-ai", "support-assistant"),
      );
      expect(error.message).toMatch(
        new RegExp(
          `^GET ${TARGETING} on 127\\.0\\.0\\.1:\\d+ failed \\(after 3 attempts\\): 200 OK, but its body did not arrive within 200 ms$`,
        ),
      );
    });
  });

  describe("bodies that are not LaunchDarkly's", () => {
    it.each([
      [
        "an HTML page",
        {
          kind: "body" as const,
          body: "<!DOCTYPE html><html><head><title>Sign in to the proxy</title></head><body>...</body></html>",
          contentType: "text/html",
        },
        'an HTML page ("Sign in to the proxy"), not JSON',
      ],
      ["an empty body", { kind: "body" as const, body: "" }, "an empty body"],
      ["null", { kind: "body" as const, body: "null" }, "null, not an AI Config's targeting"],
      ["a list", { kind: "body" as const, body: "[]" }, "a list, not an AI Config's targeting"],
      [
        "targeting without environments",
        { kind: "body" as const, body: '{"variations":[]}' },
        "targeting without its environments",
      ],
    ])(
      "GIVEN a 200 with %s THEN the failure names method, path and status, and says what came back",
      async (_case, fault, what) => {
        ld.standIn.inject(fault, { path: /targeting$/ });
        const error = await failure(client().getTargeting("support-ai", "support-assistant"));
        expect(error.message).toMatch(
          new RegExp(
            `^GET ${TARGETING} on 127\\.0\\.0\\.1:\\d+ failed: 200 OK, but with ${what.replace(/[()]/g, "\\$&")}$`,
          ),
        );
        expect(error.status).toBe(200);
      },
    );

    it("GIVEN a proxy's 502 HTML page THEN it is retried, and reported by its title, not its markup", async () => {
      ld.standIn.inject(
        {
          kind: "status",
          status: 502,
          body: "<html><head><title>502 Bad Gateway</title></head><body><center>nginx</center></body></html>",
          headers: { "Content-Type": "text/html" },
        },
        { path: /targeting$/, times: 3 },
      );
      const error = await failure(client({ maxAttempts: 3 }).getTargeting("support-ai", "support-assistant"));
      expect(error.message).toMatch(
        /failed \(after 3 attempts\): 502 Bad Gateway: an HTML page \("502 Bad Gateway"\)$/,
      );
    });
  });

  describe("waiting as LaunchDarkly asks", () => {
    it("GIVEN a 429 with Retry-After in seconds THEN it waits that long", async () => {
      ld.standIn.inject({ kind: "status", status: 429, headers: { "Retry-After": "1" } }, { path: /targeting$/ });
      const { ms } = await timed(() => client().getTargeting("support-ai", "support-assistant"));
      expect(ms).toBeGreaterThanOrEqual(950);
    });

    it("GIVEN a 503 with Retry-After as a date THEN a read waits until then", async () => {
      ld.standIn.inject(
        { kind: "status", status: 503, headers: { "Retry-After": new Date(Date.now() + 2000).toUTCString() } },
        { path: /targeting$/ },
      );
      const { ms } = await timed(() => client().getTargeting("support-ai", "support-assistant"));
      // HTTP dates have whole seconds.
      expect(ms).toBeGreaterThanOrEqual(900);
    });

    it("GIVEN X-RateLimit-Reset in epoch seconds, not milliseconds THEN it still waits until then", async () => {
      const reset = Math.ceil(Date.now() / 1000) + 1;
      ld.standIn.inject(
        { kind: "status", status: 429, headers: { "X-RateLimit-Reset": String(reset) } },
        { path: /targeting$/ },
      );
      await client().getTargeting("support-ai", "support-assistant");
      expect(Date.now()).toBeGreaterThanOrEqual(reset * 1000 - 50);
    });

    it("GIVEN X-RateLimit-Reset in epoch milliseconds THEN it waits until then", async () => {
      const reset = Date.now() + 300;
      ld.standIn.inject(
        { kind: "status", status: 429, headers: { "X-RateLimit-Reset": String(reset) } },
        { path: /targeting$/ },
      );
      await client().getTargeting("support-ai", "support-assistant");
      expect(Date.now()).toBeGreaterThanOrEqual(reset - 50);
    });

    it("GIVEN every attempt failing THEN it backs off between attempts, and not after the last", async () => {
      ld.standIn.inject({ kind: "status", status: 500 }, { path: /targeting$/, times: 3 });
      const { ms } = await timed(() =>
        failure(client({ backoffMs: 400, maxAttempts: 3 }).getTargeting("support-ai", "support-assistant")),
      );
      // 400 + 800 between the three attempts; a sleep after the last would add 1600.
      expect(ms).toBeGreaterThanOrEqual(1150);
      expect(ms).toBeLessThan(2500);
    });
  });

  describe("one deadline for the whole command", () => {
    it("GIVEN an endpoint that never answers THEN the command's deadline ends it, however many attempts were left", async () => {
      ld.standIn.inject({ kind: "stall" }, { path: /targeting$/, times: 10 });
      const { ms, result } = await timed(() =>
        failure(
          client({ timeoutMs: 20_000, deadline: new Deadline(1200) }).getTargeting("support-ai", "support-assistant"),
        ),
      );
      expect(ms).toBeLessThan(3000);
      expect(result.message).toMatch(
        /^GET .*targeting on 127\.0\.0\.1:\d+ failed: no answer within 1\.2 s; the command's deadline of 1\.2 s passed \(--deadline\)$/,
      );
      // The first stall took the whole deadline: no second attempt was made.
      expect(ld.standIn.takeUnmetFaults()).toEqual(["stall fault for any method /targeting$/ (9 left)"]);
    });

    it("GIVEN a rate limit that resets after the deadline THEN it fails at once instead of waiting", async () => {
      ld.standIn.inject({ kind: "status", status: 429, headers: { "Retry-After": "30" } }, { path: /targeting$/ });
      const { ms, result } = await timed(() =>
        failure(client({ deadline: new Deadline(2000) }).getTargeting("support-ai", "support-assistant")),
      );
      expect(ms).toBeLessThan(1000);
      expect(result.message).toMatch(
        /429 Too Many Requests: rate_limited: injected; waiting 30 s to try again would pass the command's deadline of 2 s \(--deadline\)$/,
      );
    });
  });

  describe("network failures name the host and the cause, and are retried only when a retry can help", () => {
    it("GIVEN a host that does not resolve THEN it fails after one attempt, naming the host and DNS", async () => {
      const { ms, result } = await timed(() =>
        failure(
          client({ apiHost: "https://app.eu.launchdarkly.invalid", backoffMs: 2000 }).getTargeting(
            "support-ai",
            "support-assistant",
          ),
        ),
      );
      expect(ms).toBeLessThan(1500);
      expect(result.message).toMatch(
        /^GET \/api\/v2\/.* on app\.eu\.launchdarkly\.invalid failed: the name app\.eu\.launchdarkly\.invalid does not resolve \(DNS: E[A-Z_]+\); check the host, or the network$/,
      );
    });

    it("GIVEN a host that is not local and refuses the connection THEN it fails after one attempt", async () => {
      const address = Object.values(os.networkInterfaces())
        .flat()
        .find((a) => a && !a.internal && a.family === "IPv4")?.address;
      if (!address) throw new Error("this test needs a network interface other than loopback");
      const port = await closedPort();
      const { ms, result } = await timed(() =>
        failure(
          client({ apiHost: `https://${address}:${port}`, backoffMs: 2000 }).getTargeting(
            "support-ai",
            "support-assistant",
          ),
        ),
      );
      expect(ms).toBeLessThan(1500);
      expect(result.message).toBe(
        `GET ${TARGETING} on ${address}:${port} failed: ${address} refused the connection (ECONNREFUSED); nothing listens there`,
      );
    });

    it("GIVEN a local stand-in that refuses the connection THEN it is retried, since it may be starting", async () => {
      const port = await closedPort();
      const error = await failure(
        client({ apiHost: `http://127.0.0.1:${port}`, maxAttempts: 3 }).getTargeting("support-ai", "support-assistant"),
      );
      expect(error.message).toBe(
        `GET ${TARGETING} on 127.0.0.1:${port} failed (after 3 attempts): 127.0.0.1 refused the connection (ECONNREFUSED)`,
      );
    });

    it("GIVEN a connection closed before any answer THEN a read is retried", async () => {
      ld.standIn.inject({ kind: "reset" }, { path: /targeting$/ });
      expect((await client().getTargeting("support-ai", "support-assistant")).variations).toHaveLength(4);
    });

    it.each([
      ["not-a-url", '"not-a-url" is not a URL; expected for example https://app.eu.launchdarkly.com'],
      ["ftp://app.eu.launchdarkly.com", '"ftp://app.eu.launchdarkly.com" is not an http(s) URL'],
      [
        "http://app.eu.launchdarkly.com",
        '"http://app.eu.launchdarkly.com" must be https: the access token goes with every request (http only for a local stand-in on localhost)',
      ],
      [
        "https://user:secret@app.eu.launchdarkly.com",
        '"https://user:secret@app.eu.launchdarkly.com" must be a host, without credentials, query or fragment',
      ],
    ])("GIVEN the API host %s THEN it is refused before any request", (text, reason) => {
      expect(parseApiHost(text)).toBe(reason);
    });
  });
});
