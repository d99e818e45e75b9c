import { fireEvent, render, waitFor } from "@testing-library/svelte";
import { beforeEach, describe, expect, it, vi } from "vitest";
import type { Announcement, Notice } from "../../lib/bindings";
import { ok } from "../../test/fixtures";
import NoticeBell from "./NoticeBell.svelte";

type Heard = (event: { payload: { announcements: Announcement[] } }) => void;

const commands = vi.hoisted(() => ({
  noticeUnreadCount: vi.fn(),
  noticeList: vi.fn(),
  noticeMarkRead: vi.fn(),
  notifyOwnAssignmentsSet: vi.fn(),
  assignmentsWhileAway: vi.fn(),
}));
const heard = vi.hoisted(() => ({ listener: null as Heard | null }));
const events = vi.hoisted(() => ({
  assignmentsAnnounced: {
    listen: vi.fn(async (listener: Heard) => {
      heard.listener = listener;
      return () => {};
    }),
  },
  announcementOpened: { listen: vi.fn(async () => () => {}) },
}));

vi.mock("../../lib/bindings", () => ({ commands, events }));

function notice(id: number, requestId: number, objectName: string): Notice {
  return {
    id,
    user_id: 2,
    level: "info",
    text: "You received the request",
    target_type: "request",
    target_id: requestId,
    object_name: objectName,
    read: false,
    created_at: "2026-12-02T08:00:00Z",
    updated_at: "2026-12-02T08:00:00Z",
    version: 1,
  };
}

function announcement(requestId: number, whileAway: boolean): Announcement {
  return {
    assignment_id: requestId * 10,
    request_id: requestId,
    request_for: `Request ${requestId}`,
    as_co_owner: false,
    assigned_by: "bob",
    assigned_at: "2026-12-02T08:00:00Z",
    while_away: whileAway,
    title: "New request assigned to you",
    body: `Request ${requestId} — assigned by bob`,
  };
}

function panelText(): string {
  return document.getElementById("notice-panel")?.textContent ?? "";
}

beforeEach(() => {
  for (const command of Object.values(commands)) command.mockReset();
  heard.listener = null;
  commands.noticeUnreadCount.mockResolvedValue(ok(0));
  commands.noticeList.mockResolvedValue(ok({ items: [], next_cursor: null }));
  commands.assignmentsWhileAway.mockResolvedValue(ok([]));
});

describe("the notification list", () => {
  it("opens on start with what was assigned while the app was closed, under its own heading", async () => {
    render(NoticeBell);
    await waitFor(() => expect(heard.listener).not.toBeNull());
    expect(document.getElementById("notice-panel")).toBeNull();

    commands.noticeUnreadCount.mockResolvedValue(ok(2));
    commands.noticeList.mockResolvedValue(
      ok({ items: [notice(8, 41, "200 lamps"), notice(7, 40, "Old inquiry")], next_cursor: null }),
    );
    heard.listener?.({ payload: { announcements: [announcement(40, true)] } });

    await waitFor(() => expect(document.getElementById("notice-away")).not.toBeNull());
    expect(document.getElementById("notice-unread")?.textContent).toBe("2");
    const away = document.querySelectorAll("#notice-away + ul [data-notice-id]");
    expect([...away].map((item) => item.getAttribute("data-notice-id"))).toEqual(["7"]);
    expect(panelText()).toContain("Old inquiry");
    expect(panelText()).toContain("200 lamps");
  });

  it("shows what the first look found even when it was before the list was on screen", async () => {
    commands.assignmentsWhileAway.mockResolvedValue(ok([announcement(40, true)]));
    commands.noticeUnreadCount.mockResolvedValue(ok(1));
    commands.noticeList.mockResolvedValue(ok({ items: [notice(7, 40, "Old inquiry")], next_cursor: null }));
    render(NoticeBell);
    await waitFor(() => expect(document.getElementById("notice-away")).not.toBeNull());
    expect(panelText()).toContain("Old inquiry");
  });

  it("counts a new assignment at once, without waiting for the next poll", async () => {
    render(NoticeBell);
    await waitFor(() => expect(commands.noticeUnreadCount).toHaveBeenCalledTimes(1));
    commands.noticeUnreadCount.mockResolvedValue(ok(1));
    heard.listener?.({ payload: { announcements: [announcement(41, false)] } });
    await waitFor(() => expect(document.getElementById("notice-unread")?.textContent).toBe("1"));
    expect(document.getElementById("notice-panel"), "a live assignment does not open the list").toBeNull();
  });

  it("saves the choice to be told of one's own assignments", async () => {
    commands.notifyOwnAssignmentsSet.mockResolvedValue(ok(true));
    render(NoticeBell, { notifyOwn: false });
    await fireEvent.click(document.getElementById("notice-bell") as HTMLButtonElement);
    const own = await waitFor(() => {
      const box = document.getElementById("notice-include-own");
      if (!(box instanceof HTMLInputElement)) throw new Error("no checkbox yet");
      return box;
    });
    expect(own.checked).toBe(false);
    await fireEvent.click(own);
    expect(commands.notifyOwnAssignmentsSet).toHaveBeenCalledWith(true);
    await waitFor(() => expect(own.checked).toBe(true));
  });
});
