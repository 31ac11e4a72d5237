import { generateKeyPairSync, randomBytes, sign, type KeyObject } from "node:crypto";
import type { TokenFault } from "./identities";

// A key the relying party has never seen: a token signed with it, under the simulator's own
// key id, has a well-formed signature that does not verify.
const strangerKey = generateKeyPairSync("rsa", { modulusLength: 2048 }).privateKey;

const FIVE_MINUTES = 5 * 60;
const TEN_MINUTES = 10 * 60;

function decodePart(part: string): Record<string, unknown> {
  return JSON.parse(Buffer.from(part, "base64url").toString("utf8")) as Record<string, unknown>;
}

function encodePart(value: Record<string, unknown>): string {
  return Buffer.from(JSON.stringify(value)).toString("base64url");
}

/** A compact JWS, RS256 (RSASSA-PKCS1-v1_5 with SHA-256), as oidc-provider signs ID tokens. */
function signRs256(header: Record<string, unknown>, payload: Record<string, unknown>, key: KeyObject): string {
  const signingInput = `${encodePart(header)}.${encodePart(payload)}`;
  return `${signingInput}.${sign("sha256", Buffer.from(signingInput), key).toString("base64url")}`;
}

/**
 * The ID token as the tester asked it to go wrong: every fault but the signature is re-signed
 * with the simulator's real key, so the relying party's signature check passes and the check
 * under test is the one that must refuse it.
 */
export function injectFault(
  idToken: string,
  fault: TokenFault,
  { signingKey, now = Math.floor(Date.now() / 1000) }: { signingKey: KeyObject; now?: number },
): string {
  const [headerPart, payloadPart] = idToken.split(".");
  const header = decodePart(headerPart);
  const payload = decodePart(payloadPart);
  switch (fault) {
    case "wrong-iss":
      return signRs256(header, { ...payload, iss: "https://forkert-udsteder.example" }, signingKey);
    case "wrong-aud":
      return signRs256(header, { ...payload, aud: "en-anden-tjeneste" }, signingKey);
    case "bad-signature":
      return signRs256(header, payload, strangerKey);
    case "expired":
      return signRs256(header, { ...payload, iat: now - TEN_MINUTES - FIVE_MINUTES, exp: now - TEN_MINUTES }, signingKey);
    case "not-yet-valid":
      return signRs256(header, { ...payload, iat: now + TEN_MINUTES, nbf: now + TEN_MINUTES, exp: now + TEN_MINUTES + FIVE_MINUTES }, signingKey);
    case "nonce-mismatch":
      return signRs256(header, { ...payload, nonce: randomBytes(16).toString("base64url") }, signingKey);
  }
}
