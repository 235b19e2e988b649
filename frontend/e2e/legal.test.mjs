// The privacy notice and the terms of use in a real browser: read from the footer in Thai and
// English, agreed to at sign-up (the form refuses until the box is ticked), and published anew
// by an administrator, after which a signed-in citizen is asked to accept the new version.
import assert from "node:assert/strict";
import { test } from "node:test";
import { axeViolations } from "./support/axe.mjs";
import { signIn } from "./support/pages.mjs";
import { salaForThisFile } from "./support/session.mjs";

const sala = salaForThisFile();
const newPage = sala.newPage;

test("the privacy notice is read from the footer and must be accepted to sign up", { timeout: 120_000 }, async () => {
  const page = await newPage();
  await page.goto("/");
  await page.getByRole("contentinfo").getByRole("link", { name: "ประกาศความเป็นส่วนตัว" }).click();
  await page.getByRole("heading", { level: 1, name: "ประกาศความเป็นส่วนตัว" }).waitFor();
  await page.getByText("พระราชบัญญัติคุ้มครองข้อมูลส่วนบุคคล พ.ศ. 2562").waitFor();
  await page.getByText(/ฉบับที่ 1 ประกาศใช้เมื่อ/).waitFor();
  assert.deepEqual(await axeViolations(page), []);
  await page.getByRole("button", { name: "English" }).click();
  await page.getByRole("heading", { level: 1, name: "Privacy notice" }).waitFor();
  await page.getByRole("contentinfo").getByRole("link", { name: "Terms of use" }).click();
  await page.getByRole("heading", { level: 1, name: "Terms of use" }).waitFor();
  await page.getByRole("button", { name: "ไทย" }).click();

  await page.goto("/sign-up");
  await page.getByLabel("ชื่อที่แสดง").fill("ผู้อ่านเงื่อนไข");
  await page.getByLabel("อีเมล").fill(`careful-${Date.now().toString(36)}@example.com`);
  await page.getByLabel("รหัสผ่าน").fill("a-long-careful-password");
  await page.getByRole("button", { name: "สมัครสมาชิก" }).click();
  await page.getByText("โปรดอ่านและยอมรับข้อกำหนดการใช้งานและประกาศความเป็นส่วนตัว").waitFor();
  const agreement = page.getByRole("checkbox", { name: /ฉันได้อ่านและยอมรับข้อกำหนดการใช้งาน/ });
  assert.equal(await agreement.getAttribute("aria-invalid"), "true");
  assert.deepEqual(await axeViolations(page), []);
  await agreement.check();
  await page.getByRole("button", { name: "สมัครสมาชิก" }).click();
  await page.getByRole("heading", { name: "ตรวจสอบอีเมลของคุณ" }).waitFor();
  await page.context().close();
});

test("after an administrator publishes a new version, a citizen is asked to accept it", { timeout: 120_000 }, async () => {
  const admin = await newPage();
  await signIn(admin, "admin@demo.sala.in.th");
  await admin.getByRole("link", { name: "จัดการ", exact: true }).click();
  await admin.getByRole("link", { name: "แก้ไขประกาศความเป็นส่วนตัว" }).click();
  await admin.getByText("ฉบับที่ใช้อยู่: ฉบับที่ 1").waitFor();
  assert.deepEqual(await axeViolations(admin), []);
  const body = admin.getByLabel("เนื้อหา (ภาษาไทย, Markdown)");
  await body.fill(`${await body.inputValue()}\n\n## ผู้ควบคุมข้อมูล\nสำนักงานนวัตกรรมเพื่อความยุติธรรม โทร 02 000 0000`);
  await admin.getByRole("button", { name: "ประกาศฉบับใหม่" }).click();
  await admin.getByRole("status").getByText("ประกาศฉบับที่ 2 แล้ว").waitFor();
  await admin.context().close();

  const citizen = await newPage();
  await signIn(citizen, "citizen@demo.sala.in.th");
  const banner = citizen.getByRole("region", { name: "เอกสารที่เปลี่ยนแปลง" });
  await banner.getByRole("link", { name: "ประกาศความเป็นส่วนตัว" }).click();
  await citizen.getByRole("heading", { level: 2, name: "ผู้ควบคุมข้อมูล" }).waitFor();
  await citizen.getByRole("link", { name: "ฉบับที่ 1" }).click();
  await citizen.getByText("นี่คือฉบับที่ 1 ซึ่งไม่ใช่ฉบับที่ใช้อยู่").waitFor();
  await banner.getByRole("button", { name: "ฉันอ่านแล้วและยอมรับ" }).click();
  await citizen.getByText("บันทึกการยอมรับของคุณแล้ว ขอบคุณ").waitFor();
  await citizen.reload();
  await citizen.getByRole("button", { name: "ออกจากระบบ" }).waitFor();
  await citizen.getByRole("heading", { level: 1, name: "ประกาศความเป็นส่วนตัว" }).waitFor();
  // Once the page has asked everything it asks, nothing is left to accept.
  await citizen.waitForLoadState("networkidle");
  assert.equal(await banner.count(), 0, "nothing left to accept");
  await citizen.context().close();
});
