import { describe, expect, test } from "vitest";
import { isCrossOrigin, refusalFor } from "./request-guard";

const page = "http://localhost:3000/supporthenvendelse";
const action = { id: "7fc2b94fc61d116afcd5cdea71e004940b5390a949", bound: "$@1" };

function multipart(fields: Record<string, string>, headers: Record<string, string> = {}): Request {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) form.set(name, value);
  return new Request(page, { method: "POST", body: form, headers: { host: "localhost:3000", ...headers } });
}

function raw(body: string, contentType: string, headers: Record<string, string> = {}): Request {
  return new Request(page, { method: "POST", body, headers: { host: "localhost:3000", "content-type": contentType, ...headers } });
}

const actionForm = { $ACTION_REF_1: "", "$ACTION_1:0": JSON.stringify(action), "$ACTION_1:1": "[null]", $ACTION_KEY: "k1", name: "Karen" };

describe("requests refused before they reach a page", () => {
  test("X5 a write from another origin, or from an origin that is null, is refused with 403", async () => {
    for (const origin of [
      "http://evil.example",
      "null",
      "http://localhost:3001",
      "http://localhost:3000.evil.example",
      "http://evil.example:3000",
      "not a url",
    ]) {
      expect(await refusalFor(multipart(actionForm, { origin })), origin).toEqual({ status: 403, reason: "cross-origin" });
      expect(await refusalFor(raw("[]", "text/plain", { origin, "next-action": action.id })), origin).toEqual({ status: 403, reason: "cross-origin" });
    }
    // Behind a proxy that says which host it forwarded.
    expect(isCrossOrigin(new Headers({ origin: "https://jobnet.example.dk", host: "10.0.0.5:3000", "x-forwarded-host": "jobnet.example.dk" }))).toBe(false);
  });

  test("X5 the portal's own pages, and reading any page, pass", async () => {
    expect(await refusalFor(multipart(actionForm, { origin: "http://localhost:3000" }))).toBeNull();
    expect(await refusalFor(multipart(actionForm))).toBeNull();
    expect(await refusalFor(new Request(page, { headers: { origin: "http://evil.example", host: "localhost:3000" } }))).toBeNull();
    expect(await refusalFor(raw(JSON.stringify([null, {}]), "text/plain;charset=UTF-8", { "next-action": action.id }))).toBeNull();
    expect(await refusalFor(raw("q=job", "application/x-www-form-urlencoded"))).toBeNull();
  });

  test("X4 a body that is not the form it claims to be is refused with 400", async () => {
    const cases: [string, Request][] = [
      ["unterminated multipart", raw('--XYZ\r\nContent-Disposition: form-data; name="a"\r\n\r\nb', "multipart/form-data; boundary=XYZ")],
      ["no boundary", raw("garbage", "multipart/form-data")],
      ["another boundary", raw('--ABC\r\nContent-Disposition: form-data; name="a"\r\n\r\nb\r\n--ABC--\r\n', "multipart/form-data; boundary=XYZ")],
      ["action metadata that is not JSON", multipart({ ...actionForm, "$ACTION_1:0": "{bad" })],
      ["action metadata without an id", multipart({ ...actionForm, "$ACTION_1:0": JSON.stringify({ bound: null }) })],
      ["bound arguments that are not a reference", multipart({ ...actionForm, "$ACTION_1:0": JSON.stringify({ ...action, bound: "x" }) })],
      ["bound arguments that are missing", multipart({ ...actionForm, "$ACTION_1:0": JSON.stringify({ ...action, bound: "$@5" }) })],
      ["bound arguments that are not a list", multipart({ ...actionForm, "$ACTION_1:1": '{"a":1}' })],
      ["an action reference without its metadata", multipart({ $ACTION_REF_2: "", name: "x" })],
      ["a script's call whose arguments are not JSON", raw("garbage{", "text/plain", { "next-action": action.id })],
      ["a script's multipart call whose arguments are not JSON", multipart({ "0": "garbage{" }, { "next-action": action.id })],
    ];
    for (const [what, request] of cases) expect(await refusalFor(request), what).toEqual({ status: 400, reason: "malformed-body" });
  });

  test("X4 a body larger than a form may be is refused with 413", async () => {
    const big = "a".repeat(1024 * 1024 + 1);
    expect(await refusalFor(raw(big, "text/plain", { "next-action": action.id }))).toEqual({ status: 413, reason: "too-large" });
    expect(await refusalFor(multipart({ ...actionForm, situation: big }))).toEqual({ status: 413, reason: "too-large" });
  });
});
