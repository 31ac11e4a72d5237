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
