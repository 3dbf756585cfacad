/*
 * Keeps what someone types into a live seminar's answer box in the browser until the server has received it
 * (decision 0048): a reload, a lost connection, or a server node that went away with her session leaves the text
 * here, and the box gets it back when the same prompt is on screen again. Kept for a day at most.
 */
(function () {
  if (window.colloquyLiveAnswer) {
    return;
  }
  const PREFIX = 'colloquy-live:';
  const KEPT_FOR_MS = 24 * 60 * 60 * 1000;

  function read(key) {
    try {
      const raw = window.localStorage.getItem(PREFIX + key);
      const kept = raw ? JSON.parse(raw) : null;
      return kept && typeof kept.text === 'string' ? kept : null;
    } catch (e) {
      return null;
    }
  }

  function write(key, text) {
    try {
      if (text) {
        window.localStorage.setItem(PREFIX + key, JSON.stringify({ text: text, at: Date.now() }));
      } else {
        window.localStorage.removeItem(PREFIX + key);
      }
    } catch (e) {
      /* storage full or disabled: only what the server received is kept */
    }
  }

  function forgetOld() {
    try {
      Object.keys(window.localStorage)
        .filter((name) => name.startsWith(PREFIX))
        .forEach((name) => {
          const kept = read(name.substring(PREFIX.length));
          if (!kept || !(Date.now() - kept.at < KEPT_FOR_MS)) {
            window.localStorage.removeItem(name);
          }
        });
    } catch (e) {
      /* nothing to tidy */
    }
  }

  function attach(host, key) {
    const field = host.querySelector('vaadin-text-area');
    if (!field) {
      return;
    }
    forgetOld();
    host.__liveAnswerKey = key;
    if (!field.__liveAnswerKept) {
      field.__liveAnswerKept = true;
      field.addEventListener('input', () => write(host.__liveAnswerKey, field.value));
    }
    const kept = read(key);
    if (kept && kept.text !== field.value) {
      host.$server.restoreUnsent(kept.text);
    }
  }

  function received(key, text) {
    const kept = read(key);
    if (kept && kept.text === text) {
      write(key, '');
    }
  }

  window.colloquyLiveAnswer = { attach, received };
})();
