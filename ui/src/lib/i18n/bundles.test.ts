import { describe, expect, it, vi } from "vitest";
import { buildBundles, formatMessage } from "./bundles";
import { textDirection } from "./document-language";

const bundles = buildBundles({
  en: ["greeting = Hello, { $name }!\nonly-english = Only in English\n"],
  de: ["greeting = Hallo, { $name }!\n"],
});

describe("formatMessage", () => {
  it("formats in the requested locale without isolation marks", () => {
    expect(formatMessage(bundles, "de", "greeting", { name: "Anna" })).toBe("Hallo, Anna!");
  });

  it("falls back to English for a message the locale lacks", () => {
    expect(formatMessage(bundles, "de", "only-english")).toBe("Only in English");
  });

  it("shows the id of a message that exists nowhere", () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    expect(formatMessage(bundles, "de", "no-such-message")).toBe("no-such-message");
    expect(warn).toHaveBeenCalled();
    warn.mockRestore();
  });
});

describe("textDirection", () => {
  it.each(["ar", "he", "fa", "ur", "ar-EG", "fa_IR"])("writes %s right to left", (code) => {
    expect(textDirection(code)).toBe("rtl");
  });

  it.each(["en", "de", "pt-BR", "zh-Hans"])("writes %s left to right", (code) => {
    expect(textDirection(code)).toBe("ltr");
  });
});
