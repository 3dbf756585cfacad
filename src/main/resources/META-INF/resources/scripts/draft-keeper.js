/*
 * Keeps what a student types safe in the browser until the server confirms it was saved:
 * a copy in localStorage survives a closed tab, an expired session or a server that cannot be reached.
 * It also shows the live word count and the pending save state while the server has not answered.
 */
(function () {
  if (window.colloquyDraft) {
    return;
  }
  const HAN = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu;
  const WORD = /[\p{L}\p{N}][\p{L}\p{N}\p{Mn}'’-]*/gu;

  function countWords(text) {
    const ideographs = (text.match(HAN) || []).length;
    const rest = text.replace(HAN, ' ');
    return ideographs + (rest.match(WORD) || []).length;
  }

  function online() {
    const state = window.Vaadin && window.Vaadin.connectionState;
    return !state || state.online !== false;
  }

  function read(key) {
    try {
      const raw = window.localStorage.getItem(key);
      return raw ? JSON.parse(raw) : null;
    } catch (e) {
      return null;
    }
  }

  function write(key, value) {
    try {
      window.localStorage.setItem(key, JSON.stringify(value));
    } catch (e) {
      /* storage full or disabled: the server copy is all we have */
    }
  }

  function pendingLabel(host) {
    const label = host.querySelector('.save-pending');
    if (label) {
      label.textContent = online() ? 'Saving…' : 'Not saved — retrying when the connection is back';
    }
  }

  function attach(host, key, revision) {
    const field = host.querySelector('vaadin-text-area');
    host.__draftKey = key;
    host.__revision = revision;
    field.addEventListener('input', () => {
      write(key, { text: field.value, base: host.__revision, at: Date.now() });
      host.setAttribute('data-pending', '');
      pendingLabel(host);
      const count = host.querySelector('.word-count');
      if (count) {
        const n = countWords(field.value);
        count.textContent = n + (n === 1 ? ' word' : ' words');
      }
    });
    const kept = read(key);
    if (kept && typeof kept.text === 'string') {
      if (kept.text !== field.value) {
        host.$server.restoreLocalDraft(kept.text, kept.base);
      } else {
        window.localStorage.removeItem(key);
      }
    }
  }

  function saved(host, text, revision) {
    host.__revision = revision;
    const key = host.__draftKey;
    const kept = key ? read(key) : null;
    if (kept && kept.text === text) {
      window.localStorage.removeItem(key);
    } else if (kept) {
      kept.base = revision;
      write(key, kept);
    }
    const field = host.querySelector('vaadin-text-area');
    if (!field || field.value === text) {
      host.removeAttribute('data-pending');
    }
  }

  function forget(key) {
    window.localStorage.removeItem(key);
  }

  function watchConnection() {
    const state = window.Vaadin && window.Vaadin.connectionState;
    if (!state || !state.addStateChangeListener) {
      window.setTimeout(watchConnection, 500);
      return;
    }
    state.addStateChangeListener(() => {
      document.querySelectorAll('.draft-editor[data-pending]').forEach(pendingLabel);
    });
  }

  window.colloquyDraft = { attach, saved, forget, countWords };
  watchConnection();
})();
