// Message DOM. All citizen and bot text goes through textContent: never parsed as HTML.

export const CASE_NUMBER = /XF\d{8}-\d{4}/g;

export function el(tag, attrs = {}, text) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (name === "className") node.className = value;
    else node.setAttribute(name, value);
  }
  if (text !== undefined) node.textContent = text;
  return node;
}

function clockTime(iso) {
  const date = new Date(iso);
  const pad = (n) => String(n).padStart(2, "0");
  return `${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

async function copyText(text) {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    const area = el("textarea", { "aria-hidden": "true" });
    area.value = text;
    area.style.cssText = "position:fixed;opacity:0;left:-9999px";
    document.body.appendChild(area);
    area.select();
    const ok = document.execCommand("copy");
    area.remove();
    return ok;
  }
}

function caseChip(number) {
  const chip = el("span", { className: "case" });
  chip.appendChild(el("span", { className: "case-number" }, number));
  const button = el("button", { type: "button", className: "copy", "aria-label": `复制事项编号 ${number}` }, "复制");
  button.addEventListener("click", async () => {
    const ok = await copyText(number);
    button.textContent = ok ? "已复制" : "请手动复制";
    setTimeout(() => (button.textContent = "复制"), 2000);
  });
  chip.appendChild(button);
  return chip;
}

// Text with line breaks kept (CSS pre-wrap) and each case number followed by a copy button.
export function fillText(container, text) {
  let last = 0;
  for (const match of text.matchAll(CASE_NUMBER)) {
    if (match.index > last) container.appendChild(document.createTextNode(text.slice(last, match.index)));
    container.appendChild(caseChip(match[0]));
    last = match.index + match[0].length;
  }
  if (last < text.length) container.appendChild(document.createTextNode(text.slice(last)));
}

export function messageNode(message, texts) {
  const mine = message.from === "user";
  const row = el("div", { className: `msg ${mine ? "user" : "bot"}` });
  row.appendChild(el("span", { className: "sr-only" }, mine ? "我说：" : `${texts.subtitle}说：`));
  const bubble = el("div", { className: "bubble" });
  fillText(bubble, message.text || "");
  row.appendChild(bubble);
  const meta = el("div", { className: "meta" });
  meta.appendChild(el("time", { datetime: message.time }, clockTime(message.time)));
  if (message.pending) meta.appendChild(el("span", { className: "pending" }, " · 等待发送"));
  row.appendChild(meta);
  return row;
}

// Buttons and quick replies: send the payload, show the title.
export function repliesNode(replies, onChoose) {
  const group = el("div", { className: "replies", role: "group", "aria-label": "可选回答" });
  for (const reply of replies) {
    const title = String(reply.title ?? reply.payload ?? "");
    const payload = String(reply.payload ?? reply.title ?? "");
    if (!title) continue;
    const button = el("button", { type: "button", className: "reply" }, title);
    button.addEventListener("click", () => onChoose(title, payload));
    group.appendChild(button);
  }
  return group;
}

// What Rasa's socket.io output sends: {text, quick_replies} or {text, buttons}, rarely an attachment.
export function botMessage(data) {
  const replies = (data.quick_replies || data.buttons || []).map((r) => ({ title: r.title, payload: r.payload }));
  let text = typeof data.text === "string" ? data.text : "";
  if (!text && data.attachment) text = "（收到一个附件，本窗口暂不能显示）";
  return { from: "bot", text, replies };
}

export function chatIcon() {
  // Drawn, not an emoji: many desktop systems lack an emoji font.
  const ns = "http://www.w3.org/2000/svg";
  const svg = document.createElementNS(ns, "svg");
  svg.setAttribute("viewBox", "0 0 24 24");
  svg.setAttribute("class", "launcher-icon");
  svg.setAttribute("aria-hidden", "true");
  const path = document.createElementNS(ns, "path");
  path.setAttribute("d", "M4 4h16a2 2 0 0 1 2 2v10a2 2 0 0 1-2 2H9l-5 4v-4H4a2 2 0 0 1-2-2V6a2 2 0 0 1 2-2z");
  path.setAttribute("fill", "currentColor");
  svg.appendChild(path);
  return svg;
}
