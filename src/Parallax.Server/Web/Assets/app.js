"use strict";
// Parallax web UI: stories (with search), adding articles, and each story's live dossier.
(() => {
  const $ = (id) => document.getElementById(id);
  const keyInput = $("key");
  keyInput.value = localStorage.getItem("parallax.key") || "";
  keyInput.addEventListener("change", () => { localStorage.setItem("parallax.key", keyInput.value.trim()); refresh(); });

  let current = null;
  let shownRevision = null;

  function headers(extra) {
    const h = Object.assign({}, extra || {});
    const key = keyInput.value.trim();
    if (key) h.Authorization = "Bearer " + key;
    return h;
  }

  async function api(path, options) {
    const response = await fetch(path, Object.assign({}, options, { headers: headers(options && options.headers) }));
    const type = response.headers.get("content-type") || "";
    const body = type.includes("json") ? await response.json() : await response.text();
    if (!response.ok && response.status !== 202) {
      const message = body && body.detail ? body.detail : (body && body.title) || response.statusText;
      throw new Error(response.status + ": " + message);
    }
    return { status: response.status, body };
  }

  function item(text, href, extra) {
    const li = document.createElement("li");
    const a = document.createElement("a");
    a.href = href;
    a.textContent = text;
    if (extra) {
      const span = document.createElement("span");
      span.className = extra.className;
      span.textContent = extra.text;
      a.appendChild(span);
    }
    li.appendChild(a);
    return li;
  }

  async function loadStories() {
    const list = $("stories");
    try {
      const { body } = await api("/api/stories");
      list.replaceChildren();
      if (body.stories.length === 0) {
        list.appendChild(Object.assign(document.createElement("li"), { className: "muted", textContent: "No stories yet." }));
      }
      for (const story of body.stories) {
        const li = item(story.label + " ", "/stories/" + story.id,
          { className: "count", text: story.articles.length + (story.articles.length === 1 ? " article" : " articles") });
        li.dataset.story = story.id;
        if (story.id === current) li.firstChild.setAttribute("aria-current", "page");
        list.appendChild(li);
      }
    } catch (e) {
      list.replaceChildren(Object.assign(document.createElement("li"), { className: "error", textContent: e.message }));
    }
  }

  async function showStory(id) {
    current = id;
    const head = $("story-head");
    const frame = $("dossier");
    try {
      const { body: story } = await api("/api/stories/" + id);
      const h2 = Object.assign(document.createElement("h2"), { textContent: story.label });
      const info = Object.assign(document.createElement("p"), { className: "muted" });
      info.textContent = story.articles.length + " articles · " +
        (story.dossierRevision === null ? "dossier being built…" :
          story.dossierRevision < story.revision ? "dossier updating…" : "dossier up to date");
      head.replaceChildren(h2, info);
      if (story.dossierRevision !== null && story.dossierRevision !== shownRevision) {
        const { body: html } = await api("/api/stories/" + id + "/dossier.html");
        frame.srcdoc = html;
        frame.hidden = false;
        shownRevision = story.dossierRevision;
      }
    } catch (e) {
      head.replaceChildren(Object.assign(document.createElement("p"), { className: "error", textContent: e.message }));
      frame.hidden = true;
    }
  }

  async function search(q) {
    const list = $("search-results");
    if (!q.trim()) { list.hidden = true; return; }
    try {
      const { body } = await api("/api/search?q=" + encodeURIComponent(q));
      list.replaceChildren();
      for (const hit of body.results) {
        list.appendChild(item((hit.title || hit.source) + " ", "/stories/" + hit.story, { className: "snippet", text: hit.snippet }));
      }
      if (body.results.length === 0) list.appendChild(Object.assign(document.createElement("li"), { className: "muted", textContent: "Nothing found." }));
      list.hidden = false;
    } catch (e) {
      list.replaceChildren(Object.assign(document.createElement("li"), { className: "error", textContent: e.message }));
      list.hidden = false;
    }
  }

  function route() {
    const match = location.pathname.match(/^\/stories\/(\d+)$/);
    if (match) {
      if (Number(match[1]) !== current) shownRevision = null;
      showStory(Number(match[1]));
    }
  }

  function refresh() { loadStories(); if (current !== null) showStory(current); }

  document.addEventListener("click", (e) => {
    const a = e.target.closest("a");
    if (a && a.closest("aside") && a.pathname.startsWith("/stories/")) {
      e.preventDefault();
      history.pushState(null, "", a.pathname);
      route();
      loadStories();
    }
  });
  window.addEventListener("popstate", route);

  $("search-form").addEventListener("submit", (e) => { e.preventDefault(); search($("search").value); });
  $("search").addEventListener("input", () => { if (!$("search").value) $("search-results").hidden = true; });

  $("add-form").addEventListener("submit", async (e) => {
    e.preventDefault();
    const status = $("add-status");
    const url = $("add-url").value.trim();
    const text = $("add-text").value;
    const source = $("add-source").value.trim();
    const body = url ? { url } : { text };
    if (source) body.source = source;
    status.className = "status";
    status.textContent = "Adding…";
    try {
      const { status: code, body: added } = await api("/api/articles", {
        method: "POST", body: JSON.stringify(body), headers: { "Content-Type": "application/json" },
      });
      status.textContent = (code === 201 ? "Added" : "Already stored") + " as article " + added.id + " in story " + added.story + ".";
      $("add-url").value = ""; $("add-text").value = "";
      history.pushState(null, "", "/stories/" + added.story);
      route();
      loadStories();
    } catch (err) {
      status.className = "status error";
      status.textContent = err.message;
    }
  });

  route();
  loadStories();
  setInterval(refresh, 3000);
})();
