import { describe, expect, it } from "vitest";
import { sanitizeHighlight } from "./sanitize";

describe("sanitizeHighlight", () => {
  it("keeps the server's mark highlights and escaped text", () => {
    expect(sanitizeHighlight("ถนน <mark>ปลอดภัย</mark> &amp; สว่าง &lt;3")).toBe(
      "ถนน <mark>ปลอดภัย</mark> &amp; สว่าง &lt;3",
    );
  });

  it("escapes every other tag and attribute", () => {
    expect(sanitizeHighlight('<img src=x onerror="alert(1)"><mark>a</mark>')).toBe(
      "&lt;img src=x onerror=&quot;alert(1)&quot;&gt;<mark>a</mark>",
    );
    expect(sanitizeHighlight("<script>alert('x')</script>")).toBe("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;");
    expect(sanitizeHighlight('<mark class="x">a</mark>')).toBe("&lt;mark class=&quot;x&quot;&gt;a");
    expect(sanitizeHighlight("<MARK>a</MARK>")).toBe("&lt;MARK&gt;a&lt;/MARK&gt;");
  });

  it("escapes a bare ampersand but not an entity", () => {
    expect(sanitizeHighlight("A & B &amp; C &#3585; &#x0E01; &bogus")).toBe(
      "A &amp; B &amp; C &#3585; &#x0E01; &amp;bogus",
    );
  });

  it("balances the marks", () => {
    expect(sanitizeHighlight("</mark>a<mark>b<mark>c")).toBe("a<mark>bc</mark>");
  });

  it("leaves no element but mark when parsed", () => {
    const div = document.createElement("div");
    div.innerHTML = sanitizeHighlight('x<mark>y</mark><iframe src="javascript:1"></iframe><b>z</b>');
    expect([...div.querySelectorAll("*")].map((el) => el.tagName)).toEqual(["MARK"]);
    expect(div.textContent).toBe('xy<iframe src="javascript:1"></iframe><b>z</b>');
  });
});
