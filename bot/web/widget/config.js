// Reads the embedding <script> tag's data-* attributes; everything has a Chinese default.

export const DEFAULT_TEXTS = {
  title: "在线信访咨询",
  subtitle: "信访智能受理助手",
  launcher: "在线咨询",
  greeting:
    "您好，我是信访智能受理助手。请直接说说您遇到的问题，比如发生了什么、在哪里、从什么时候开始。我会帮您登记，并告诉您该找哪个部门。",
  placeholder: "请输入您想反映的问题…",
  send: "发送",
  newChat: "新对话",
  close: "收起",
  largeText: "大字",
  privacyTitle: "个人信息告知",
  privacy: [
    "为了受理您反映的事项，我们会收集您在对话中提供的信息：事情经过、发生地点和时间、涉及的单位或个人、此前的反映情况，以及您愿意留下的称呼、联系电话和住址。",
    "这些信息只用于登记、转送和办理您的事项，并向您告知办理进展；依照《个人信息保护法》存放在境内，不做其他用途。",
    "为了办理，事项连同您留下的称呼和联系电话会转给有权处理的机关，这个机关也可能就是您反映的单位。检举控告公职人员违纪违法的，检举人的身份和材料依法不会透露给被检举的人或单位（《信访工作条例》第30条）。",
    "姓名、住址和电话都可以不留，但没有姓名和住址就收不到书面的受理告知（《信访工作条例》第23条）；不留电话的，查进度要用事项编号和查询码。身份证号不是必填项；如果您主动提供，我们会加密保存，只显示部分号码。",
    "为了刷新页面后能接着谈，对话内容也会保存在您这台设备的浏览器里；点“新对话”即可清除。",
    "如遇紧急危险，请立即拨打 110；需要心理援助请拨打 12356。",
  ].join("\n"),
  consent: "我已阅读，同意并开始",
};

const POSITIONS = new Set(["right", "left"]);

function color(value, fallback) {
  // Only a valid CSS colour reaches a style property.
  return value && window.CSS && CSS.supports("color", value) ? value : fallback;
}

export function readConfig(script) {
  const d = (script && script.dataset) || {};
  const texts = { ...DEFAULT_TEXTS };
  for (const key of Object.keys(DEFAULT_TEXTS)) {
    const attr = "text" + key[0].toUpperCase() + key.slice(1); // data-text-placeholder → textPlaceholder
    if (d[attr]) texts[key] = d[attr];
  }
  if (d.title) texts.title = d.title;
  if (d.greeting) texts.greeting = d.greeting;
  let server = d.server || (script && script.src ? new URL(script.src, location.href).origin : location.origin);
  server = server.replace(/\/+$/, "");
  return {
    server,
    socketPath: d.socketPath || "/socket.io",
    texts,
    primary: color(d.primaryColor, "#b3261e"),
    accent: color(d.accentColor, "#f5efe6"),
    position: POSITIONS.has(d.position) ? d.position : "right",
    storageKey: d.storageKey || "xf-widget",
    open: d.open === "true",
  };
}
