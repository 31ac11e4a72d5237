import { describe, expect, test } from "vitest";
import da from "@/messages/da.json" with { type: "json" };
import en from "@/messages/en.json" with { type: "json" };

/** Every leaf of a message file as `path.to.key`, with its text (arrays' items by index). */
function leaves(node: unknown, prefix = ""): Map<string, unknown> {
  const found = new Map<string, unknown>();
  if (node && typeof node === "object") {
    for (const [key, value] of Object.entries(node)) for (const [path, text] of leaves(value, prefix ? `${prefix}.${key}` : key)) found.set(path, text);
  } else {
    found.set(prefix, node);
  }
  return found;
}

describe("the message files", () => {
  const danish = leaves(da);
  const english = leaves(en);

  test("X2 Danish and English have the same keys, so no page is half in the other language", () => {
    expect([...danish.keys()].filter((key) => !english.has(key))).toEqual([]);
    expect([...english.keys()].filter((key) => !danish.has(key))).toEqual([]);
  });

  test("X2 every text is a non-empty string", () => {
    for (const [file, texts] of [
      ["da", danish],
      ["en", english],
    ] as const) {
      const bad = [...texts].filter(([, text]) => typeof text !== "string" || text.trim() === "").map(([key]) => `${file}: ${key}`);
      expect(bad).toEqual([]);
    }
  });
});
