// Reads the .eml files the server's file mailer writes, to follow links as a person would.
import { once } from "node:events";
import { mkdirSync, readFileSync, readdirSync, statSync, watch } from "node:fs";
import { join } from "node:path";

function decodeQuotedPrintable(text) {
  const bytes = [];
  const soft = text.replace(/=\r?\n/g, "");
  for (let i = 0; i < soft.length; i++) {
    if (soft[i] === "=" && /^[0-9A-F]{2}$/i.test(soft.slice(i + 1, i + 3))) {
      bytes.push(parseInt(soft.slice(i + 1, i + 3), 16));
      i += 2;
    } else {
      bytes.push(...Buffer.from(soft[i], "utf8"));
    }
  }
  return Buffer.from(bytes).toString("utf8");
}

function splitHeaders(raw) {
  const end = raw.search(/\r?\n\r?\n/);
  const head = end === -1 ? raw : raw.slice(0, end);
  const body = end === -1 ? "" : raw.slice(end).replace(/^\r?\n\r?\n/, "");
  const headers = {};
  for (const line of head.replace(/\r?\n[ \t]+/g, " ").split(/\r?\n/)) {
    const colon = line.indexOf(":");
    if (colon > 0) headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
  }
  return { headers, body };
}

/** The decoded text of every leaf part of a MIME message. */
export function textParts(raw) {
  const { headers, body } = splitHeaders(raw);
  const type = headers["content-type"] ?? "text/plain";
  const boundary = /boundary="?([^";]+)"?/i.exec(type)?.[1];
  if (type.toLowerCase().startsWith("multipart/") && boundary) {
    return body
      .split(`--${boundary}`)
      .slice(1)
      .filter((part) => !part.startsWith("--"))
      .flatMap((part) => textParts(part.replace(/^\r?\n/, "")));
  }
  const encoding = (headers["content-transfer-encoding"] ?? "7bit").toLowerCase();
  if (encoding === "base64") return [Buffer.from(body.replace(/\s+/g, ""), "base64").toString("utf8")];
  if (encoding === "quoted-printable") return [decodeQuotedPrintable(body)];
  return [body];
}

/** The first link matching `pattern` in the newest message to `address` in `mailDir`, if any. */
function linkInNewestMessage(mailDir, address, pattern) {
  const files = readdirSync(mailDir)
    .filter((name) => name.endsWith(".eml"))
    .map((name) => join(mailDir, name))
    .sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs);
  for (const file of files) {
    const raw = readFileSync(file, "utf8");
    const to = splitHeaders(raw).headers.to ?? "";
    if (!to.toLowerCase().includes(address.toLowerCase())) continue;
    for (const text of textParts(raw)) {
      const link = text.replace(/&amp;/g, "&").match(pattern)?.[0];
      if (link) return link;
    }
  }
  return undefined;
}

/**
 * Waits for the newest message to `address` and returns the first link in it that matches
 * `pattern`: looks again each time the mail folder changes, as the mailer writes a message.
 */
export async function waitForLink(mailDir, address, pattern, timeoutMs = 90_000) {
  // The server writes into the folder if it is there already; watching needs it to exist.
  mkdirSync(mailDir, { recursive: true });
  const watcher = watch(mailDir);
  const deadline = AbortSignal.timeout(timeoutMs);
  try {
    for (;;) {
      const link = linkInNewestMessage(mailDir, address, pattern);
      if (link) return link;
      // Reading above is synchronous, so no change can slip between it and this wait.
      await once(watcher, "change", { signal: deadline });
    }
  } catch (error) {
    if (deadline.aborted) {
      throw new Error(`no message to ${address} with a link matching ${pattern} in ${mailDir}`);
    }
    throw error;
  } finally {
    watcher.close();
  }
}
