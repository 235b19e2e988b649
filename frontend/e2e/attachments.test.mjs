// Documents attached to a consultation in a real browser: an administrator attaches a PDF with
// a Thai name on the consultation's page, and a signed-out reader downloads it under that name,
// with the list read in Thai and in English.
import assert from "node:assert/strict";
import { test } from "node:test";
import { AxeBuilder } from "@axe-core/playwright";
import { signIn } from "./support/pages.mjs";
import { salaForThisFile } from "./support/session.mjs";

const IDEATION = "faster-public-services";
const sala = salaForThisFile();
const PDF = Buffer.from("%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");

async function axeViolations(page) {
  await page.waitForLoadState("networkidle");
  const axe = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  return axe.violations.map((v) => `${v.impact} ${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join("; ")}`);
}

test("an administrator attaches a document that a reader downloads under its Thai name", { timeout: 120_000 }, async () => {
  const name = `เอกสารประกอบการรับฟัง ${Date.now().toString(36)}.pdf`;
  const admin = await sala.newPage();
  await signIn(admin, "admin@demo.sala.in.th");
  await admin.goto(`/c/${IDEATION}`);
  const documents = admin.getByRole("region", { name: "เอกสารประกอบ" });
  await documents.getByLabel("ไฟล์เอกสาร").setInputFiles({ name, mimeType: "application/pdf", buffer: PDF });
  await documents.getByRole("button", { name: "แนบ", exact: true }).click();
  await documents.getByRole("link", { name }).waitFor();
  await documents.getByRole("button", { name: `ลบ ${name}` }).waitFor();
  assert.deepEqual(await axeViolations(admin), []);
  await admin.context().close();

  const reader = await sala.newPage();
  await reader.goto(`/c/${IDEATION}`);
  const list = reader.getByRole("region", { name: "เอกสารประกอบ" });
  const [download] = await Promise.all([reader.waitForEvent("download"), list.getByRole("link", { name }).click()]);
  assert.equal(download.suggestedFilename(), name);
  assert.equal(await list.getByRole("button", { name: `ลบ ${name}` }).count(), 0, "readers cannot remove it");
  await reader.getByRole("button", { name: "English" }).click();
  await reader.getByRole("region", { name: "Documents" }).getByRole("link", { name }).waitFor();
  await reader.context().close();
});
