// Images on a proposal in a real browser: its author adds a picture with a description from
// the proposal's page after proposing, and everyone sees it there, described, in Thai and in
// English, and as the thumbnail on the proposal's card in the consultation's list. Once a
// moderator hides the proposal, its images still show to the moderator and the author (who are
// signed in; an image tag sends no sign-in) and to nobody else.
import assert from "node:assert/strict";
import { test } from "node:test";
import { deflateSync } from "node:zlib";
import { AxeBuilder } from "@axe-core/playwright";
import { signIn } from "./support/pages.mjs";
import { salaForThisFile } from "./support/session.mjs";
import { propose } from "./support/steps.mjs";

const IDEATION = "faster-public-services";
const sala = salaForThisFile();

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes) {
  let c = 0xffffffff;
  for (const byte of bytes) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** A small opaque PNG: a green field with a blue band, `width` × `height` pixels. */
function png(width, height) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bits per channel
  header[9] = 2; // RGB
  const rows = [];
  for (let y = 0; y < height; y++) {
    const row = Buffer.alloc(1 + width * 3);
    for (let x = 0; x < width; x++) {
      const band = y > height / 3 && y < (2 * height) / 3;
      row.set(band ? [30, 80, 200] : [40, 160, 70], 1 + x * 3);
    }
    rows.push(row);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", deflateSync(Buffer.concat(rows))),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

async function axeViolations(page) {
  await page.waitForLoadState("networkidle");
  const axe = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  return axe.violations.map((v) => `${v.impact} ${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join("; ")}`);
}

/** Waits until the image has arrived and decoded: what a reader waits for to see it. */
async function loaded(image) {
  await image.waitFor();
  await image.evaluate((img) => (img.complete && img.naturalWidth > 0 ? undefined : img.decode()));
  return image.evaluate((img) => img.naturalWidth);
}

test("an author adds a described image that readers see on the proposal and its card, in Thai and English", { timeout: 180_000 }, async () => {
  const stamp = Date.now().toString(36);
  const author = await sala.newPage();
  await signIn(author, "citizen@demo.sala.in.th");
  const title = `ซ่อมทางเท้าหน้าตลาดให้รถเข็นผ่านได้ ${stamp}`;
  const path = await propose(author, IDEATION, title, "ทางเท้าหน้าตลาดแตกเป็นหลุม รถเข็นและผู้สูงอายุต้องลงไปเดินบนถนน");

  // Added from the proposal's page, after proposing; a description is required.
  const manager = author.getByRole("region", { name: "ภาพประกอบ", exact: true });
  await manager.getByText("ระบบจะลบข้อมูลตำแหน่งและข้อมูลกล้องออก", { exact: false }).waitFor();
  const alt = `ทางเท้าหน้าตลาดที่แตกเป็นหลุม ${stamp}`;
  await manager.getByLabel("ไฟล์ภาพ").setInputFiles({ name: "ทางเท้า.png", mimeType: "image/png", buffer: png(640, 400) });
  assert.equal(await manager.getByRole("button", { name: "เพิ่มภาพ" }).isDisabled(), true, "no description yet");
  await manager.getByLabel("คำอธิบายภาพ").fill(alt);
  await manager.getByRole("button", { name: "เพิ่มภาพ" }).click();
  await manager.getByRole("status").getByText("เพิ่มภาพแล้ว").waitFor();
  await manager.getByRole("button", { name: `ลบภาพ: ${alt}` }).waitFor();
  assert.deepEqual(await axeViolations(author), []);
  await author.context().close();

  // A reader, signed out, sees it on the proposal's page in Thai...
  const reader = await sala.newPage();
  await reader.goto(path);
  const thaiGallery = reader.getByRole("region", { name: "ภาพประกอบของข้อเสนอนี้" });
  assert.equal(await loaded(thaiGallery.getByRole("img", { name: alt })), 480);
  const thumbnail = await thaiGallery.getByRole("img", { name: alt }).getAttribute("src");
  await thaiGallery.getByRole("link", { name: `เปิดภาพขนาดเต็ม: ${alt}` }).waitFor();
  assert.deepEqual(await axeViolations(reader), []);

  // ...and in English.
  await reader.getByRole("button", { name: "English" }).click();
  const englishGallery = reader.getByRole("region", { name: "Images of this proposal" });
  assert.ok((await loaded(englishGallery.getByRole("img", { name: alt }))) > 0);
  const full = await englishGallery.getByRole("link", { name: `Open the full-size image: ${alt}` }).getAttribute("href");
  const response = await reader.request.get(full);
  assert.equal(response.status(), 200);
  assert.equal(response.headers()["content-type"], "image/jpeg");
  assert.equal(response.headers()["x-content-type-options"], "nosniff");

  // The newest proposals' cards show its thumbnail.
  await reader.goto(`/c/${IDEATION}?sort=new`);
  const card = reader.getByRole("article").filter({ has: reader.getByRole("link", { name: title }) });
  assert.ok((await loaded(card.getByRole("img", { name: alt }))) > 0);
  await reader.getByRole("button", { name: "ไทย" }).click();
  await card.getByRole("img", { name: alt }).waitFor();

  // A moderator hides the proposal: the moderator still sees its image...
  const moderator = await sala.newPage();
  await signIn(moderator, "moderator@demo.sala.in.th");
  await moderator.goto(path);
  const panel = moderator.locator(".proposal-moderation");
  await panel.getByText("ดูแลข้อเสนอนี้").click();
  await panel.getByLabel("การดำเนินการ").selectOption({ label: "ซ่อน" });
  await panel.getByLabel("เหตุผล", { exact: true }).fill("ภาพประกอบรอการตรวจ");
  await panel.getByRole("button", { name: "ดำเนินการ" }).click();
  await panel.getByRole("status").getByText("ดำเนินการแล้ว: ซ่อน").waitFor();
  await moderator.reload();
  const moderatorGallery = moderator.getByRole("region", { name: "ภาพประกอบของข้อเสนอนี้" });
  assert.equal(await loaded(moderatorGallery.getByRole("img", { name: alt })), 480);
  await moderator.context().close();

  // ...and so does its author, while the address itself now answers nobody signed out.
  const authorAgain = await sala.newPage();
  await signIn(authorAgain, "citizen@demo.sala.in.th");
  await authorAgain.goto(path);
  const authorGallery = authorAgain.getByRole("region", { name: "ภาพประกอบของข้อเสนอนี้" });
  assert.equal(await loaded(authorGallery.getByRole("img", { name: alt })), 480);
  const authorManager = authorAgain.getByRole("region", { name: "ภาพประกอบ", exact: true });
  assert.ok((await loaded(authorManager.getByRole("img", { name: alt }))) > 0);
  await authorAgain.context().close();

  assert.equal((await reader.request.get(thumbnail)).status(), 404);
  await reader.context().close();
});
