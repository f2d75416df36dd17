// What the API benchmarks share: the sampled nodes investigators open, a client's request as a browser
// sends it, and concurrent client loops with their latency percentiles.

export interface SampleNode {
  label: string;
  key: string;
  elementId: string;
}

export interface Latencies {
  p50: number;
  p95: number;
  p99: number;
  requests: number;
}

/** A benchmark report's table of latencies: one row a request, its percentiles and count. */
export const latencyTable = (latencies: Record<string, Latencies>) => ({
  columns: ['request', 'p50', 'p95', 'p99', 'requests'],
  rows: Object.entries(latencies).map(([name, l]) => [
    name,
    `${l.p50} ms`,
    `${l.p95} ms`,
    `${l.p99} ms`,
    l.requests,
  ]),
});

/** What an investigator would type for this node: numbers as printed, with +91 and a space. */
export function asTyped(node: SampleNode): string {
  return node.label === 'SIM' ? `+91 ${node.key.slice(0, 5)} ${node.key.slice(5)}` : node.key;
}

export async function getJson(cookie: string, url: string, body?: unknown): Promise<unknown> {
  const response = await fetch(url, {
    method: body ? 'POST' : 'GET',
    headers: body ? { 'content-type': 'application/json', origin: new URL(url).origin, cookie } : { cookie },
    body: body ? JSON.stringify(body) : undefined,
  });
  if (!response.ok) throw new Error(`${url}: ${response.status} ${await response.text()}`);
  return response.json();
}

/** `clients` loops at once, each sending `perClient` requests over the samples; latency percentiles. */
export async function measure<Sample = SampleNode>(
  samples: Sample[],
  clients: number,
  perClient: number,
  request: (sample: Sample) => Promise<unknown>,
): Promise<Latencies> {
  const timings: number[] = [];
  await Promise.all(
    Array.from({ length: clients }, async (_, client) => {
      for (let i = 0; i < perClient; i++) {
        const node = samples[(client * perClient + i) % samples.length]!;
        const started = performance.now();
        await request(node);
        timings.push(performance.now() - started);
      }
    }),
  );
  timings.sort((a, b) => a - b);
  const at = (quantile: number) =>
    Number(timings[Math.min(timings.length - 1, Math.floor(quantile * timings.length))]!.toFixed(1));
  return { p50: at(0.5), p95: at(0.95), p99: at(0.99), requests: timings.length };
}
