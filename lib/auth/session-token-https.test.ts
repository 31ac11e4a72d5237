import { beforeAll, expect, test, vi } from "vitest";
import { authCookies } from "./session-token";

beforeAll(() => {
  vi.stubEnv("NEXTAUTH_URL", "https://jobnet.example.dk");
  vi.stubEnv("NEXTAUTH_SECRET", "a-test-secret-that-is-long-enough-for-the-check");
});

test("X5 over https every cookie is Secure and carries the __Host- prefix", () => {
  for (const cookie of Object.values(authCookies())) {
    expect(cookie.name).toMatch(/^__Host-jobnet\./);
    expect(cookie.options).toMatchObject({ httpOnly: true, sameSite: "lax", path: "/", secure: true });
  }
});
