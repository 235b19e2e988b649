// Organisations in a real browser, on Sala's server with its demo data: a person creates an
// organisation, which starts unverified; an administrator verifies it from its page, and the
// badge then shows to everyone, in the directory too. An administrator onboards an agency and a
// CSO: creates and verifies each, invites its people by email, who accept from the mail's link
// and take over its manage page, and the agency's representative its answer queue.
import assert from "node:assert/strict";
import { join } from "node:path";
import { test } from "node:test";
import { waitForLink } from "./support/mail.mjs";
import { DEMO_PASSWORD, signIn } from "./support/pages.mjs";
import { salaForThisFile } from "./support/session.mjs";
import { signUpAndVerify } from "./support/steps.mjs";

const sala = salaForThisFile();
const newPage = sala.newPage;

test("an administrator verifies an organisation its owner created", { timeout: 180_000 }, async () => {
  const name = `กลุ่มเยาวชนรักษ์ลำน้ำปิง ${Date.now().toString(36)}`;
  const owner = await newPage();
  await signIn(owner, "citizen@demo.sala.in.th");
  await owner.getByRole("link", { name: "องค์กร", exact: true }).click();
  await owner.getByRole("link", { name: "สร้างองค์กร" }).click();
  await owner.getByLabel("ประเภท").selectOption("youth_group");
  await owner.getByLabel("ชื่อองค์กร").fill(name);
  await owner.getByLabel("จังหวัด").selectOption("เชียงใหม่");
  await owner.getByRole("button", { name: "สร้างองค์กร" }).click();
  await owner.getByRole("heading", { level: 1, name }).waitFor();
  await owner.getByText("ยังไม่ยืนยัน").waitFor();
  const profile = new URL(owner.url()).pathname;
  await owner.context().close();

  const admin = await newPage();
  await signIn(admin, "admin@demo.sala.in.th");
  await admin.goto(profile);
  await admin.getByRole("button", { name: "ยืนยันองค์กรนี้" }).click();
  await admin.getByRole("button", { name: "ยกเลิกการยืนยัน" }).waitFor();
  await admin.context().close();

  const visitor = await newPage();
  await visitor.goto(profile);
  await visitor.getByRole("heading", { level: 1, name }).getByText("ยืนยันแล้ว").waitFor();
  await visitor.goto("/organizations");
  await visitor.getByLabel("เฉพาะองค์กรที่ยืนยันแล้ว").check();
  await visitor.getByRole("listitem").filter({ hasText: name }).getByText("ยืนยันแล้ว").waitFor();
  await visitor.context().close();
});

/**
 * The administrator on `admin` creates an organisation of `kind` in the browser and verifies it
 * from its page; returns the organisation's profile path (`/o/<slug>`).
 * @param {import("playwright-core").Page} admin
 */
async function createAndVerify(admin, kind, slug, name, province) {
  await admin.goto("/organizations/new");
  await admin.getByLabel("ประเภท").selectOption(kind);
  await admin.getByLabel("ชื่อในลิงก์").fill(slug);
  await admin.getByLabel("ชื่อองค์กร").fill(name);
  await admin.getByLabel("จังหวัด").selectOption(province);
  await admin.getByRole("button", { name: "สร้างองค์กร" }).click();
  await admin.getByRole("heading", { level: 1, name }).waitFor();
  await admin.getByRole("button", { name: "ยืนยันองค์กรนี้" }).click();
  await admin.getByRole("button", { name: "ยกเลิกการยืนยัน" }).waitFor();
  await admin.getByRole("heading", { level: 1, name }).getByText("ยืนยันแล้ว").waitFor();
  return new URL(admin.url()).pathname;
}

/** The administrator invites `email` in `role` from the organisation's manage page. */
async function invite(admin, profile, email, role) {
  await admin.goto(profile);
  await admin.getByRole("link", { name: "จัดการองค์กรและสมาชิก" }).click();
  const form = admin.getByRole("form", { name: "เชิญสมาชิกทางอีเมล" });
  await form.getByLabel("อีเมล").fill(email);
  await form.getByLabel("บทบาท").selectOption(role);
  await form.getByRole("button", { name: "ส่งคำเชิญ" }).click();
  await form.getByRole("status").getByText(`ส่งคำเชิญไปที่ ${email} แล้ว`).waitFor();
}

/**
 * A new person signs up with the invited address, follows the invitation mail's link, accepts,
 * and opens the organisation's manage page; returns their page.
 */
async function acceptInvitation(person, name, email) {
  const page = await newPage();
  await signUpAndVerify(page, sala, { name: person, email, password: "รหัสผ่านที่ยาวพอสำหรับทดสอบ" });
  const link = await waitForLink(
    join(sala.dataDir, "mail"),
    email,
    /https?:\/\/\S+\/organizations\/invitations\/accept#token=[\w-]+/,
  );
  await page.goto(link);
  await page.getByRole("button", { name: "ตอบรับคำเชิญ" }).click();
  await page.getByRole("status").getByText(`คุณเข้าร่วม ${name} แล้ว`).waitFor();
  await page.getByRole("link", { name: "ไปที่หน้าองค์กร" }).click();
  await page.getByRole("heading", { level: 1, name }).getByText("ยืนยันแล้ว").waitFor();
  await page.getByRole("link", { name: "จัดการองค์กรและสมาชิก" }).click();
  await page.getByRole("heading", { level: 1, name: `จัดการ ${name}` }).waitFor();
  await page.getByRole("table").getByRole("row", { name: new RegExp(person) }).waitFor();
  return page;
}

/**
 * The administrator hands the demo consultation's Ratchaburi cell to `organizationId`, through
 * the API: the web app has no editor for responsibility maps yet.
 */
async function handRatchaburiTo(organizationId) {
  const login = await fetch(`${sala.url}/api/v1/auth/login`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email: "admin@demo.sala.in.th", password: DEMO_PASSWORD }),
  });
  const { access_token: token } = await login.json();
  const headers = { authorization: `Bearer ${token}`, "content-type": "application/json" };
  const path = `${sala.url}/api/v1/consultations/provincial-justice-strategy/responsibilities`;
  const { items } = await (await fetch(path, { headers })).json();
  const cells = items.map(({ theme, province, organization_id }) => ({
    theme,
    province,
    organization_id: province === "ราชบุรี" && !theme ? organizationId : organization_id,
  }));
  const put = await fetch(path, { method: "PUT", headers, body: JSON.stringify({ items: cells }) });
  assert.equal(put.status, 200, await put.text());
}

test("an administrator onboards an agency and a CSO, whose invited people take over", { timeout: 300_000 }, async () => {
  const suffix = Date.now().toString(36);
  const admin = await newPage();
  await signIn(admin, "admin@demo.sala.in.th");

  // A civil-society organisation, whose invited owner manages it.
  const cso = `เครือข่ายยุติธรรมชุมชนราชบุรี ${suffix}`;
  const csoProfile = await createAndVerify(admin, "cso", `ratchaburi-network-${suffix}`, cso, "ราชบุรี");
  const csoEmail = `cso-${suffix}@example.org`;
  await invite(admin, csoProfile, csoEmail, "owner");
  const owner = await acceptInvitation("ประภา ผู้ประสานงาน", cso, csoEmail);
  await owner.getByRole("form", { name: "เชิญสมาชิกทางอีเมล" }).waitFor();
  await owner.context().close();

  // A provincial justice office, whose invited representative answers from its queue.
  const agency = `สำนักงานยุติธรรมจังหวัดราชบุรี สาขา ${suffix}`;
  const agencyProfile = await createAndVerify(admin, "agency", `ratchaburi-office-${suffix}`, agency, "ราชบุรี");
  const agencyEmail = `office-${suffix}@example.org`;
  await invite(admin, agencyProfile, agencyEmail, "representative");
  const representative = await acceptInvitation("สมศักดิ์ ผู้แทนสำนักงาน", agency, agencyEmail);
  const organization = await (await representative.request.get(`/api/v1/organizations${agencyProfile.slice(2)}`)).json();
  await handRatchaburiTo(organization.id);
  await representative.getByRole("navigation", { name: "เมนูหลัก" }).getByRole("link", { name: "หน่วยงาน" }).click();
  await representative.getByRole("link", { name: "เปิดคิวคำตอบของหน่วยงาน" }).click();
  await representative.getByRole("heading", { level: 1, name: "คิวคำตอบของหน่วยงาน" }).waitFor();
  await representative.locator(".due-list > li").filter({ hasText: `ส่งถึง: ${agency}` }).first().waitFor();
  await representative.context().close();
  await admin.context().close();
});
