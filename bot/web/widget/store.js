// Conversation state kept in localStorage so a reload or another page of the site continues it.

const MAX_MESSAGES = 300;

function randomId() {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
}

export class Store {
  constructor(prefix) {
    this.prefix = prefix;
    this.memory = {}; // used when localStorage is blocked (private mode, policies)
  }

  _get(key, fallback) {
    try {
      const raw = localStorage.getItem(`${this.prefix}:${key}`);
      return raw === null ? fallback : JSON.parse(raw);
    } catch {
      return key in this.memory ? this.memory[key] : fallback;
    }
  }

  _set(key, value) {
    this.memory[key] = value;
    try {
      localStorage.setItem(`${this.prefix}:${key}`, JSON.stringify(value));
    } catch {
      /* storage full or blocked: memory copy still works for this page */
    }
  }

  // The server issues the session (an id and its signed token); null until the first confirmation.
  sessionId() {
    return this._get("session", null);
  }

  sessionToken() {
    return this._get("session_token", null);
  }

  setSession(id, token) {
    this._set("session", id);
    this._set("session_token", token);
  }

  messages() {
    return this._get("messages", []);
  }

  addMessage(message) {
    const list = this.messages();
    list.push({ id: randomId(), time: new Date().toISOString(), ...message });
    this._set("messages", list.slice(-MAX_MESSAGES));
    return list[list.length - 1];
  }

  updateMessage(id, changes) {
    const list = this.messages().map((m) => (m.id === id ? { ...m, ...changes } : m));
    this._set("messages", list);
  }

  queue() {
    return this._get("queue", []);
  }

  setQueue(items) {
    this._set("queue", items);
  }

  pref(name, fallback) {
    return this._get(`pref:${name}`, fallback);
  }

  setPref(name, value) {
    this._set(`pref:${name}`, value);
  }

  newConversation() {
    this.setSession(null, null);
    this._set("messages", []);
    this._set("queue", []);
  }
}
