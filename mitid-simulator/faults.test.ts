import { generateKeyPairSync, sign, verify } from "node:crypto";
import { describe, expect, test } from "vitest";
import { injectFault } from "./faults";
import { tokenFaults } from "./identities";

const { privateKey, publicKey } = generateKeyPairSync("rsa", { modulusLength: 2048 });
const now = 1_750_000_000;
const header = { alg: "RS256", typ: "JWT", kid: "mitid-simulator" };
const payload = {
  iss: "http://localhost:3001",
  aud: "jobnet",
  sub: "8f2c7d0e-6c1b-4e8f-9a6a-1f0b2c3d4e5f",
  nonce: "the-portals-nonce",
  iat: now,
  exp: now + 300,
  auth_time: now,
  acr: "Substantial",
  at_hash: "abc",
};

function issued(): string {
  const input = [header, payload].map((part) => Buffer.from(JSON.stringify(part)).toString("base64url")).join(".");
  return `${input}.${sign("sha256", Buffer.from(input), privateKey).toString("base64url")}`;
}

function read(token: string) {
  const [h, p, s] = token.split(".");
  return {
    header: JSON.parse(Buffer.from(h, "base64url").toString()),
    payload: JSON.parse(Buffer.from(p, "base64url").toString()),
    signatureVerifies: verify("sha256", Buffer.from(`${h}.${p}`), publicKey, Buffer.from(s, "base64url")),
  };
}

describe("the MitID simulator's injected faults", () => {
  test("X5 each fault makes the ID token wrong in exactly its own way, and only bad-signature breaks the signature", () => {
    const expected: Record<(typeof tokenFaults)[number], Partial<typeof payload> & { nbf?: number }> = {
      "wrong-iss": { iss: "https://forkert-udsteder.example" },
      "wrong-aud": { aud: "en-anden-tjeneste" },
      "bad-signature": {},
      expired: { iat: now - 900, exp: now - 600 },
      "not-yet-valid": { iat: now + 600, nbf: now + 600, exp: now + 900 },
      "nonce-mismatch": {},
    };
    for (const fault of tokenFaults) {
      const faulty = read(injectFault(issued(), fault, { signingKey: privateKey, now }));
      expect(faulty.header, fault).toEqual(header);
      expect(faulty.signatureVerifies, fault).toBe(fault !== "bad-signature");
      if (fault === "nonce-mismatch") {
        expect(faulty.payload.nonce).not.toBe(payload.nonce);
        expect({ ...faulty.payload, nonce: payload.nonce }).toEqual(payload);
      } else {
        expect(faulty.payload, fault).toEqual({ ...payload, ...expected[fault] });
      }
    }
  });
});
