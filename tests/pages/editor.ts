import { expect, type Page } from "@playwright/test";
import da from "@/messages/da.json" with { type: "json" };
import en from "@/messages/en.json" with { type: "json" };
import type { Language } from "./portal";

export interface NoteText {
  titleDa: string;
  titleEn: string;
  bodyDa: string;
  bodyEn: string;
  audience?: "everyone" | "logged_out" | "logged_in";
  publishFrom?: string;
  publishTo?: string;
}

/** The editors' tools (Redaktion), driven by role and accessible name in either language. */
export class EditorPortal {
  readonly m: (typeof da)["editor"];

  constructor(
    readonly page: Page,
    readonly language: Language = "da",
  ) {
    this.m = (language === "da" ? da : en).editor;
  }

  path(path: `/${string}`): string {
    return this.language === "da" ? path : `/en${path}`;
  }

  /** Writes a new yellow note from the editors' overview and saves it as a draft; returns the note's page. */
  async createNote(note: NoteText): Promise<string> {
    await this.page.goto(this.path("/medarbejder/redaktion"));
    await this.page.getByRole("link", { name: this.m.kinds.yellow_note.new }).click();
    await this.fillNote(note);
    await this.page.getByRole("button", { name: this.m.create }).click();
    await expect(this.page.getByRole("status").filter({ hasText: this.m.createdDraft })).toBeVisible();
    await expect(this.status()).toHaveText(this.m.statuses.draft);
    return new URL(this.page.url()).pathname;
  }

  async fillNote(note: NoteText) {
    const form = this.page;
    await form.getByLabel(this.m.fields.titleDa, { exact: true }).fill(note.titleDa);
    await form.getByLabel(this.m.fields.bodyDa, { exact: true }).fill(note.bodyDa);
    await form.getByLabel(this.m.fields.titleEn, { exact: true }).fill(note.titleEn);
    await form.getByLabel(this.m.fields.bodyEn, { exact: true }).fill(note.bodyEn);
    await form.getByLabel(this.m.fields.audience, { exact: true }).selectOption(note.audience ?? "everyone");
    await form.getByLabel(this.m.fields.placement, { exact: true }).selectOption("front_page");
    if (note.publishFrom) await form.getByLabel(this.m.fields.publishFrom, { exact: true }).fill(note.publishFrom);
    if (note.publishTo) await form.getByLabel(this.m.fields.publishTo, { exact: true }).fill(note.publishTo);
  }

  /** Opens an entry, changes its Danish text and saves it; `version` is the version that save makes. */
  async saveDanishBody(entryPath: string, text: string, version: number) {
    await this.page.goto(entryPath);
    await this.page.getByLabel(this.m.fields.bodyDa, { exact: true }).fill(text);
    await this.page.getByRole("button", { name: this.m.save }).click();
    await expect(this.page.getByRole("status").filter({ hasText: this.m.saved.replace("{version}", String(version)) })).toBeVisible();
  }

  status() {
    return this.page.getByTestId("entry-status");
  }

  async publish() {
    await this.page.getByRole("button", { name: this.m.publish, exact: true }).click();
    await expect(this.status()).toHaveText(this.m.statuses.published);
  }

  async withdraw() {
    await this.page.getByRole("button", { name: this.m.withdraw }).click();
    await expect(this.status()).toHaveText(this.m.statuses.withdrawn);
  }
}
