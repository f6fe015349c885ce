// The embeddable chat widget: one <script src=".../widget.js" data-server=...> tag, in a shadow root.
import { readConfig } from "./config.js";
import { botMessage, chatIcon, el, messageNode, repliesNode } from "./render.js";
import { Store } from "./store.js";
import { createTransport } from "./transport.js";
import css from "./widget.css";

const SCRIPT = document.currentScript; // only set while this file first runs
const TAB = Math.random().toString(36).slice(2);
const STATUS_TEXT = {
  online: "在线",
  connecting: "正在连接…",
  offline: "网络已断开，正在自动重连。您现在输入的内容会在恢复后按顺序发出。",
};

class Widget {
  constructor(root, config) {
    this.config = config;
    this.texts = config.texts;
    this.store = new Store(config.storageKey);
    this.rendered = []; // [{key, node}] of the messages on screen, in order
    this.build(root);
    this.transport = createTransport({
      server: config.server,
      path: config.socketPath,
      session: () => ({ id: this.store.sessionId(), token: this.store.sessionToken() }),
      onSession: (id, token) => {
        if (id !== this.store.sessionId() || token !== this.store.sessionToken()) this.store.setSession(id, token);
      },
      onBot: (data) => this.receive(data),
      onStatus: (state) => this.showStatus(state),
      onReady: () => this.flush(),
    });
    this.render();
    this.setOpen(this.store.pref("open", config.open), false);
    this.setLarge(this.store.pref("large", false));
    this.transport.start();
    // Leaving the page: whichever tab answers next may write the replies down.
    window.addEventListener("pagehide", () => {
      if (this.store.pref("sender", null) === TAB) this.store.setPref("sender", null);
    });
    // Another tab of the same conversation changed the history: show it.
    window.addEventListener("storage", (event) => {
      if (!event.key || !event.key.startsWith(`${config.storageKey}:`)) return;
      // Another tab got a session (its token is written last): join it too. Null while it asks for one.
      if (event.key === `${config.storageKey}:session_token` && this.store.sessionToken()) this.transport.rejoin();
      this.render();
    });
  }

  build(root) {
    const t = this.texts;
    const wrap = el("div", { className: `xf ${this.config.position}` });
    wrap.style.setProperty("--xf-primary", this.config.primary);
    wrap.style.setProperty("--xf-accent", this.config.accent);
    this.wrap = wrap;

    this.launcher = el("button", { type: "button", className: "launcher", "aria-controls": "xf-panel" });
    this.launcher.appendChild(chatIcon());
    this.launcher.appendChild(el("span", {}, t.launcher));
    this.launcher.addEventListener("click", () => this.setOpen(true, true));

    const panel = el("div", { className: "panel", id: "xf-panel", role: "dialog", "aria-labelledby": "xf-title" });
    this.panel = panel;
    const header = el("div", { className: "header" });
    const heading = el("div", { className: "heading" });
    heading.appendChild(el("h2", { id: "xf-title" }, t.title));
    this.statusDot = el("span", { className: "subtitle" }, t.subtitle);
    heading.appendChild(this.statusDot);
    header.appendChild(heading);
    const tools = el("div", { className: "tools" });
    this.largeButton = this.tool(tools, t.largeText, "放大或还原文字", () => this.setLarge(!this.large));
    this.tool(tools, t.newChat, "开始新对话", () => this.askNewConversation());
    this.tool(tools, "×", t.close, () => this.setOpen(false, true)).classList.add("close");
    header.appendChild(tools);
    panel.appendChild(header);

    this.confirmBar = el("div", { className: "confirm", role: "alertdialog", "aria-label": "开始新对话" });
    this.confirmBar.appendChild(
      el("p", {}, "开始新对话后，本页面上的对话记录会被清除（已登记的事项不受影响，可凭事项编号查询）。"),
    );
    const yes = el("button", { type: "button", className: "primary" }, "确定，开始新对话");
    yes.addEventListener("click", () => this.newConversation());
    const no = el("button", { type: "button" }, "取消");
    no.addEventListener("click", () => this.closeConfirm());
    this.confirmBar.append(yes, no);
    this.confirmBar.hidden = true;
    panel.appendChild(this.confirmBar);

    this.status = el("div", { className: "status", role: "status", "aria-live": "polite" });
    panel.appendChild(this.status);

    this.log = el("div", { className: "log", role: "log", "aria-live": "polite", "aria-label": "对话记录", tabindex: "0" });
    panel.appendChild(this.log);
    this.typing = el("div", { className: "typing", "aria-live": "polite" });
    panel.appendChild(this.typing);

    this.consentBox = el("section", { className: "consent", "aria-labelledby": "xf-privacy" });
    this.consentBox.appendChild(el("h3", { id: "xf-privacy" }, t.privacyTitle));
    for (const line of t.privacy.split("\n")) this.consentBox.appendChild(el("p", { className: "privacy" }, line));
    const agree = el("button", { type: "button", className: "primary agree" }, t.consent);
    agree.addEventListener("click", () => this.consent());
    this.consentBox.appendChild(agree);
    panel.appendChild(this.consentBox);

    const form = el("form", { className: "composer" });
    const label = el("label", { for: "xf-input", className: "sr-only" }, t.placeholder);
    this.input = el("textarea", { id: "xf-input", rows: "2", placeholder: t.placeholder, maxlength: "2000" });
    this.sendButton = el("button", { type: "submit", className: "primary send" }, t.send);
    form.append(label, this.input, this.sendButton);
    form.addEventListener("submit", (event) => {
      event.preventDefault();
      this.sendTyped();
    });
    this.wireInput();
    this.form = form;
    panel.appendChild(form);

    panel.addEventListener("keydown", (event) => {
      if (event.key === "Escape") this.setOpen(false, true);
    });
    wrap.append(this.launcher, panel);
    root.appendChild(wrap);
  }

  tool(parent, text, label, onClick) {
    const button = el("button", { type: "button", className: "tool", "aria-label": label, title: label }, text);
    button.addEventListener("click", onClick);
    parent.appendChild(button);
    return button;
  }

  wireInput() {
    // IME: Enter that ends a composition must not send half a word.
    let composing = false;
    let endedAt = 0;
    this.input.addEventListener("compositionstart", () => (composing = true));
    this.input.addEventListener("compositionend", () => {
      composing = false;
      endedAt = Date.now();
    });
    this.input.addEventListener("keydown", (event) => {
      if (event.key !== "Enter" || event.shiftKey) return;
      if (event.isComposing || composing || event.keyCode === 229 || Date.now() - endedAt < 50) return;
      event.preventDefault();
      this.sendTyped();
    });
  }

  get consented() {
    return this.store.pref("consent", false) === true;
  }

  consent() {
    this.store.setPref("consent", true);
    this.render();
    this.input.focus();
  }

  setOpen(open, focus) {
    this.wrap.classList.toggle("open", open);
    this.panel.hidden = !open;
    this.launcher.hidden = open;
    this.launcher.setAttribute("aria-expanded", String(open));
    this.store.setPref("open", open);
    if (open) this.scrollDown();
    if (!focus) return;
    if (!open) this.launcher.focus();
    else if (this.consented) this.input.focus();
    else this.consentBox.querySelector("button").focus();
  }

  setLarge(large) {
    this.large = large;
    this.wrap.classList.toggle("large", large);
    this.largeButton.setAttribute("aria-pressed", String(large));
    this.store.setPref("large", large);
  }

  showStatus(state) {
    this.state = state;
    this.wrap.dataset.state = state;
    this.statusDot.textContent = `${this.texts.subtitle} · ${state === "online" ? "在线" : "连接中"}`;
    this.status.textContent = state === "online" ? "" : STATUS_TEXT[state];
    this.status.hidden = state === "online";
  }

  render() {
    // Only what changed is touched, so a screen reader announces just the new messages.
    const messages = this.store.messages();
    const keys = messages.map((m) => `${m.id}:${m.pending ? "p" : "s"}`);
    let same = 0;
    while (same < keys.length && same < this.rendered.length && this.rendered[same].key === keys[same]) same += 1;
    for (const item of this.rendered.splice(same)) item.node.remove();
    if (this.repliesGroup) this.repliesGroup.remove();
    if (!this.greeting) {
      const time = messages.length ? messages[0].time : new Date().toISOString();
      this.greeting = messageNode({ from: "bot", text: this.texts.greeting, time }, this.texts);
      this.log.prepend(this.greeting);
    }
    messages.slice(same).forEach((message, index) => {
      const node = messageNode(message, this.texts);
      this.log.appendChild(node);
      this.rendered.push({ key: keys[same + index], node });
    });
    const last = messages[messages.length - 1];
    this.repliesGroup = null;
    if (last && last.from === "bot" && last.replies && last.replies.length) {
      this.repliesGroup = repliesNode(last.replies, (title, payload) => this.submit(title, payload));
      this.log.appendChild(this.repliesGroup);
    }
    const ok = this.consented;
    this.consentBox.hidden = ok;
    this.form.hidden = !ok;
    this.scrollDown();
  }

  scrollDown() {
    this.log.scrollTop = this.log.scrollHeight;
  }

  sendTyped() {
    const text = this.input.value.trim();
    if (!text) return;
    this.input.value = "";
    this.submit(text, text);
  }

  submit(title, payload) {
    if (!this.consented) return;
    const message = this.store.addMessage({ from: "user", text: title, pending: true });
    this.store.setQueue([...this.store.queue(), { payload, messageId: message.id }]);
    this.store.setPref("sender", TAB);
    this.flush();
    this.render();
    this.input.focus();
  }

  flush() {
    let queue = this.store.queue();
    while (queue.length && this.transport.isReady()) {
      const [item, ...rest] = queue;
      this.store.setQueue(rest); // dropped before emitting: sent once, never twice
      queue = rest;
      this.transport.send(item.payload);
      this.store.updateMessage(item.messageId, { pending: false, time: new Date().toISOString() });
      this.setTyping(true);
    }
    this.render();
  }

  receive(data) {
    // Every tab in the session gets the reply; the tab that sent last writes it down.
    const sender = this.store.pref("sender", null);
    if (!sender || sender === TAB) this.store.addMessage(botMessage(data));
    this.setTyping(false);
    this.render();
  }

  setTyping(on) {
    clearTimeout(this.typingTimer);
    this.typing.textContent = on ? "助手正在输入…" : "";
    this.typing.classList.toggle("on", on);
    if (on) this.typingTimer = setTimeout(() => this.setTyping(false), 45000);
  }

  askNewConversation() {
    this.confirmBar.hidden = false;
    this.confirmBar.querySelector("button").focus();
  }

  closeConfirm() {
    this.confirmBar.hidden = true;
    this.input.focus();
  }

  newConversation() {
    this.store.newConversation();
    this.greeting.remove();
    this.greeting = null; // drawn again with the new conversation's time
    this.confirmBar.hidden = true;
    this.setTyping(false);
    this.transport.restart();
    this.render();
    if (this.consented) this.input.focus();
  }
}

function mount() {
  if (document.querySelector("[data-xf-widget]")) return; // the tag was included twice
  const host = el("div", { "data-xf-widget": "" });
  document.body.appendChild(host);
  const root = host.attachShadow({ mode: "open" });
  root.appendChild(el("style", {}, css));
  new Widget(root, readConfig(SCRIPT)); // eslint-disable-line no-new
}

if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", mount);
else mount();
