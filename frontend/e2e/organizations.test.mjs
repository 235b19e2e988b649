// Organisations in a real browser, on Sala's server with its demo data: a person creates an
// organisation, which starts unverified; an administrator verifies it from its page, and the
// badge then shows to everyone, in the directory too.
import { test } from "node:test";
import { signIn } from "./support/pages.mjs";
import { salaForThisFile } from "./support/session.mjs";

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
