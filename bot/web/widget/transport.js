// Rasa's socket.io channel: session_request/session_confirm, user_uttered, bot_uttered.
// The server issues each session with a signed token (bot/channels/widget_session.py): only a browser
// holding the token joins the session, so another client that learns the id receives none of its replies.
import { io } from "socket.io-client";

export function createTransport({ server, path, session, onSession, onBot, onStatus, onReady }) {
  const socket = io(server, {
    path,
    autoConnect: false,
    reconnection: true,
    reconnectionDelay: 500,
    reconnectionDelayMax: 3000,
    timeout: 8000,
  });
  let ready = false;
  let asked = 0; // numbers each session_request, so an answer to an earlier one is ignored

  const setStatus = (state) => {
    ready = state === "online";
    onStatus(state);
  };

  // Joins the room of our session (a new one when we have none), so replies reach every tab and
  // survive reconnects.
  const requestSession = () => {
    const { id, token } = session();
    asked += 1;
    socket.emit("session_request", { session_id: id, session_token: token, request: asked });
  };

  socket.on("connect", () => {
    setStatus("connecting");
    requestSession();
  });
  socket.on("session_confirm", (confirmed) => {
    if (!confirmed || typeof confirmed !== "object" || confirmed.request !== asked) return; // an old answer
    if (!confirmed.session_id || !confirmed.session_token) return;
    onSession(confirmed.session_id, confirmed.session_token);
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
    else requestSession(); // confirm again, then flush
  });

  return {
    start: () => socket.connect(),
    isReady: () => ready && socket.connected,
    send(message) {
      if (!this.isReady()) return false;
      socket.emit("user_uttered", { message, session_id: session().id });
      return true;
    },
    rejoin() {
      // Another tab started or joined another session: follow it.
      if (!socket.connected) return;
      ready = false;
      requestSession();
    },
    restart() {
      // A new session: leave the old room by reconnecting; the server issues the new one.
      ready = false;
      socket.disconnect();
      socket.connect();
    },
  };
}
