import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import da from "@/messages/da.json";
import { pickMessages, SHELL_CLIENT_NAMESPACES } from "./client-messages";

describe("pickMessages", () => {
  it("keeps the chosen namespaces in the file's own shape and nothing else", () => {
    const picked = pickMessages(da, ["supportRequest", "staff.contacts", "contactPersons.roles"]);
    expect(Object.keys(picked).sort()).toEqual(["contactPersons", "staff", "supportRequest"]);
    expect(picked.supportRequest).toEqual(da.supportRequest);
    expect(Object.keys(picked.staff as object)).toEqual(["contacts"]);
    expect((picked.staff as Record<string, unknown>).contacts).toEqual(da.staff.contacts);
    expect(picked.contactPersons).toEqual({ roles: da.contactPersons.roles });
  });

  it("merges paths below one namespace and leaves out paths the file lacks", () => {
    const picked = pickMessages(da, ["shell.languageSwitch", "shell.languageSwitchLabel", "shell.nothingHere", "noSuchNamespace"]);
    expect(picked).toEqual({ shell: { languageSwitch: da.shell.languageSwitch, languageSwitchLabel: da.shell.languageSwitchLabel } });
  });

  it("gives the shell's islands a small part of the file", () => {
    const shell = JSON.stringify(pickMessages(da, SHELL_CLIENT_NAMESPACES)).length;
    expect(shell).toBeLessThan(JSON.stringify(da).length / 5);
  });
});

describe("the texts shared form components ask for in the browser", () => {
  // components/ (outside the shell) is shared UI that any client island may render, under any
  // page's ClientMessages: what it translates must be among the namespaces every island gets.
  const shared = readdirSync("components", { recursive: true, encoding: "utf8" })
    .filter((file) => file.endsWith(".tsx") && !file.startsWith("shell"))
    .map((file) => ({ file, source: readFileSync(join("components", file), "utf8") }));

  it.each(shared.map(({ file, source }) => [file, source] as const))("X2 %s reads only namespaces every client island is sent", (_file, source) => {
    const used = [...source.matchAll(/useTranslations\(\s*"([^"]+)"\s*\)/g)].map((match) => match[1]);
    const sent: readonly string[] = SHELL_CLIENT_NAMESPACES;
    expect(used.filter((namespace) => !sent.some((path) => namespace === path || namespace.startsWith(`${path}.`)))).toEqual([]);
  });

  it("X2 the form fields' error prefix is among them", () => {
    expect(pickMessages(da, SHELL_CLIENT_NAMESPACES)).toHaveProperty("forms.errorPrefix", da.forms.errorPrefix);
  });
});
