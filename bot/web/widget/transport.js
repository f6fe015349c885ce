// Rasa's socket.io channel: session_request/session_confirm, user_uttered, bot_uttered.
import { io } from "socket.io-client";

export function createTransport({ server, path, sessionId, onBot, onStatus, onReady }) {
  const socket = io(server, {
    path,
    autoConnect: false,
    reconnection: true,
    reconnectionDelay: 500,
    reconnectionDelayMax: 3000,
    timeout: 8000,
  });
  let ready = false;

  const setStatus = (state) => {
    ready = state === "online";
    onStatus(state);
  };

  socket.on("connect", () => {
    setStatus("connecting");
    // Joins the room of our session, so replies reach every tab and survive reconnects.
    socket.emit("session_request", { session_id: sessionId() });
  });
  socket.on("session_confirm", (confirmed) => {
    const id = typeof confirmed === "string" ? confirmed : confirmed && confirmed.session_id;
    if (id && id !== sessionId()) return; // an answer for an old session
    setStatus("online");
    onReady();
  });
  socket.on("bot_uttered", (message) => onBot(message || {}));
  socket.on("disconnect", (reason) => {
    setStatus("offline");
    if (reason === "io server disconnect") socket.connect(); // not retried by the client itself
  });
  socket.on("connect_error", () => setStatus("offline"));
  // The browser knows about a lost network long before socket.io's ping times out.
  window.addEventListener("offline", () => setStatus("offline"));
  window.addEventListener("online", () => {
    if (!socket.connected) socket.connect();
    else socket.emit("session_request", { session_id: sessionId() }); // confirm again, then flush
  });

  return {
    start: () => socket.connect(),
    isReady: () => ready && socket.connected,
    send(message) {
      if (!this.isReady()) return false;
      socket.emit("user_uttered", { message, session_id: sessionId() });
      return true;
    },
    restart() {
      // A new session id: leave the old room by reconnecting.
      ready = false;
      socket.disconnect();
      socket.connect();
    },
  };
}
