/** What went wrong below HTTP, in words, and whether trying again can help. */
export interface NetworkFailure {
  /** e.g. "the name does not resolve (ENOTFOUND)". */
  cause: string;
  /** Another attempt may succeed. */
  retryable: boolean;
  /** The request may have reached LaunchDarkly (the connection broke after it was sent). */
  maybeSent: boolean;
}

const DNS = new Set(["ENOTFOUND", "EAI_AGAIN", "EAI_FAIL", "EAI_NONAME", "EAI_NODATA"]);
const NO_ROUTE = new Set(["ENETUNREACH", "EHOSTUNREACH", "ENETDOWN", "EHOSTDOWN", "EADDRNOTAVAIL"]);
const BROKEN = new Set(["ECONNRESET", "EPIPE", "ECONNABORTED", "UND_ERR_SOCKET", "UND_ERR_CLOSED", "UND_ERR_ABORTED"]);
const CONNECT_TIMEOUT = new Set(["UND_ERR_CONNECT_TIMEOUT", "ETIMEDOUT"]);
const TLS = /^(CERT_|ERR_TLS_|DEPTH_ZERO_|SELF_SIGNED_|UNABLE_TO_|ERR_SSL_|HOSTNAME_MISMATCH)/;

/** Loopback: where a stand-in or a local proxy may still be starting, so a refused connection is worth a retry. */
export function isLocalHost(hostname: string): boolean {
  const host = hostname.replace(/^\[|\]$/g, "");
  return host === "localhost" || host === "::1" || /^127\.\d+\.\d+\.\d+$/.test(host);
}

/** The codes of a fetch failure: undici wraps the socket's error (or several, one per address tried) in `cause`. */
function codes(error: unknown): string[] {
  const found: string[] = [];
  const visit = (e: unknown, depth: number) => {
    if (!e || typeof e !== "object" || depth > 4) return;
    const { code, cause, errors } = e as { code?: unknown; cause?: unknown; errors?: unknown };
    if (typeof code === "string") found.push(code);
    if (Array.isArray(errors)) for (const inner of errors) visit(inner, depth + 1);
    visit(cause, depth + 1);
  };
  visit(error, 0);
  return found;
}

/**
 * Classifies a failed fetch: DNS failures, no route, untrusted certificates and (to a host that is not local) a
 * refused connection cannot be fixed by trying again; a connection that broke or timed out may be.
 */
export function describeNetworkFailure(error: unknown, hostname: string): NetworkFailure {
  const all = codes(error);
  const has = (set: Set<string>) => all.find((c) => set.has(c));
  const dns = has(DNS);
  if (dns)
    return {
      cause: `the name ${hostname} does not resolve (DNS: ${dns}); check the host, or the network`,
      retryable: false,
      maybeSent: false,
    };
  if (all.includes("ECONNREFUSED")) {
    const local = isLocalHost(hostname);
    return {
      cause: `${hostname} refused the connection (ECONNREFUSED)${local ? "" : "; nothing listens there"}`,
      retryable: local,
      maybeSent: false,
    };
  }
  const route = has(NO_ROUTE);
  if (route)
    return { cause: `no route to ${hostname} (${route}); is there a network?`, retryable: false, maybeSent: false };
  const tls = all.find((c) => TLS.test(c));
  if (tls)
    return { cause: `${hostname}'s TLS certificate is not trusted (${tls})`, retryable: false, maybeSent: false };
  const connect = has(CONNECT_TIMEOUT);
  if (connect) return { cause: `connecting to ${hostname} timed out (${connect})`, retryable: true, maybeSent: false };
  const broken = has(BROKEN);
  if (broken) return { cause: `the connection to ${hostname} broke (${broken})`, retryable: true, maybeSent: true };
  const message = (error as Error)?.message ?? String(error);
  return { cause: `${hostname} could not be reached (${all[0] ?? message})`, retryable: true, maybeSent: true };
}
