import { beforeAll, describe, expect, test, vi } from "vitest";
import type { OAuthConfig } from "next-auth/providers/oauth";
import { idTokenIsForUs } from "@/lib/auth/broker-provider";
import { authOptions, MITID_PROVIDER_ID } from "./options";

beforeAll(() => {
  vi.stubEnv("NEXTAUTH_URL", "http://localhost:3000");
  vi.stubEnv("NEXTAUTH_SECRET", "a-test-secret-that-is-long-enough-for-the-check");
  vi.stubEnv("MITID_ISSUER", "https://broker.example.dk");
  vi.stubEnv("MITID_CLIENT_ID", "jobnet");
});

const settings = { MITID_ISSUER: "https://broker.example.dk", MITID_CLIENT_ID: "jobnet" };

describe("the MitID login configuration", () => {
  test("R1.1a MitID is an OIDC login with PKCE, state and nonce, configured from the environment", () => {
    const options = authOptions();
    const mitid = options.providers.find((provider) => provider.id === MITID_PROVIDER_ID) as OAuthConfig<unknown>;
    expect(mitid.checks).toEqual(["pkce", "state", "nonce"]);
    expect(mitid.idToken).toBe(true);
    expect(mitid.wellKnown).toBe("https://broker.example.dk/.well-known/openid-configuration");
    expect(mitid.clientId).toBe("jobnet");
  });

  test("X5 sessions are JWTs that expire after 30 minutes idle, not next-auth's 30 days", () => {
    const options = authOptions();
    expect(options.session).toEqual({ strategy: "jwt", maxAge: 1800 });
    expect(options.jwt?.maxAge).toBe(1800);
  });

  test("R1.1a an ID token is accepted only from our issuer and for our client", () => {
    expect(idTokenIsForUs({ iss: "https://broker.example.dk", aud: "jobnet" }, settings)).toBe(true);
    expect(idTokenIsForUs({ iss: "https://broker.example.dk", aud: ["other", "jobnet"] }, settings)).toBe(true);
    expect(idTokenIsForUs({ iss: "https://evil.example", aud: "jobnet" }, settings)).toBe(false);
    expect(idTokenIsForUs({ iss: "https://broker.example.dk", aud: "someone-else" }, settings)).toBe(false);
    expect(idTokenIsForUs(undefined, settings)).toBe(false);
  });

  test("X5 next-auth's logger never prints an error's details, which can hold an ID token's CPR claim", () => {
    const printed = vi.spyOn(console, "error").mockImplementation(() => {});
    const error = Object.assign(new Error("unexpected iss value"), { jwt: "eyJ.with-cpr-0101901111.sig" });
    authOptions().logger!.error!("OAUTH_CALLBACK_ERROR", { error, providerId: "mitid" } as never);
    const line = printed.mock.calls.flat().join(" ");
    expect(line).toContain("OAUTH_CALLBACK_ERROR");
    expect(line).toContain("unexpected iss value");
    expect(line).not.toContain("0101901111");
    expect(line).not.toContain("eyJ");
    printed.mockRestore();
  });
});
