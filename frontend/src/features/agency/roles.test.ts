import { describe, expect, it } from "vitest";
import type { Me, Membership } from "@/api/types";
import { endorsingMemberships, isAgencyReader } from "./roles";

function membership(kind: Membership["kind"], role: Membership["role"], verified = true): Membership {
  return { id: `${kind}-${role}`, slug: `${kind}-${role}`, name: `${kind} ${role}`, kind, role, verified };
}

function person(organizations: Membership[]): Me {
  return {
    id: "0190aaaa-0000-7000-8000-0000000000a1",
    email: "somchai@example.org",
    display_name: "สมชาย",
    role: "citizen",
    locale: "th",
    verified: true,
    created_at: "2026-11-01T03:00:00Z",
    organizations,
  };
}

describe("who acts for an organisation", () => {
  it("offers endorsing only for organisations the person owns or represents, labs and agencies aside", () => {
    const me = person([
      membership("cso", "representative"),
      membership("youth_group", "owner", false),
      membership("cso", "member"),
      membership("lab", "owner"),
      membership("agency", "representative"),
    ]);
    expect(endorsingMemberships(me).map((o) => o.id)).toEqual(["cso-representative", "youth_group-owner"]);
  });

  it("counts an agency membership only once the agency is verified", () => {
    expect(isAgencyReader(person([membership("agency", "owner", false)]))).toBe(false);
    expect(isAgencyReader(person([membership("agency", "member", true)]))).toBe(true);
  });
});
