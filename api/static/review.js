// Lakmoes reviewer page: select a suggestion (in the text, the page view or the list), accept / reject (with
// reason) / change its ground, decide one value everywhere, redact a selection or a span kept public, undo.
// Plain JavaScript, no build step, no inline script. Calls the /v1 API with the login cookie plus the
// X-Lakmoes-Page header.
(function () {
  "use strict";
  const root = document.querySelector(".review");
  if (!root) return;
  const documentId = root.dataset.documentId;
  const docText = document.getElementById("doc-text");
  const marks = Array.from(docText.querySelectorAll("mark.sugg"));
  const keptMarks = Array.from(docText.querySelectorAll("mark[data-kept-public]"));
  const tip = document.getElementById("tip");
  const selectedBox = document.getElementById("selected");
  const message = document.getElementById("message");
  const openCount = document.getElementById("open-count");
  const list = document.getElementById("sugg-list");
  const listCount = document.getElementById("list-count");
  const dialogs = {
    reject: document.getElementById("reject-dialog"),
    ground: document.getElementById("ground-dialog"),
    redact: document.getElementById("redact-dialog"),
  };
  const controls = {
    sort: document.getElementById("sort"),
    entity: document.getElementById("filter-entity"),
    ground: document.getElementById("filter-ground"),
    status: document.getElementById("filter-status"),
  };
  const buttons = {
    accept: document.getElementById("btn-accept"),
    reject: document.getElementById("btn-reject"),
    ground: document.getElementById("btn-ground"),
    acceptAll: document.getElementById("btn-accept-all"),
    rejectAll: document.getElementById("btn-reject-all"),
  };
  const titles = {};
  document.querySelectorAll("#ground-select option").forEach((o) => { titles[o.value] = o.dataset.title; });
  const statusText = { open: "open", accepted: "geaccepteerd", rejected: "afgewezen", changed: "grond gewijzigd" };
  const textLength = Number(root.dataset.textLength);
  let current = null;
  let busy = false;
  let pendingSelection = null;

  // --- small helpers ---------------------------------------------------------------------------------
  function say(text, bad) {
    message.textContent = text;
    message.classList.toggle("bad", Boolean(bad));
  }

  function el(tag, className, text) {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  }

  function isSuggestion(mark) { return Boolean(mark) && mark.classList.contains("sugg"); }
  function isKept(mark) { return Boolean(mark) && mark.hasAttribute("data-kept-public"); }
  function groundOf(mark) { return mark.dataset.current || mark.dataset.ground; }
  function score(mark) { return Number(mark.dataset.score || 0); }
  function rectsOf(mark) { return document.querySelectorAll('#page-view rect[data-ref="' + mark.id + '"]'); }
  function valueOf(mark) { return (mark.dataset.value || "").split(/\s+/).join(" ").toLowerCase(); }

  function sameValue(mark) {
    return marks.filter((m) => m.dataset.entity === mark.dataset.entity && valueOf(m) === valueOf(mark));
  }

  async function api(method, url, body) {
    const response = await fetch(url, {
      method,
      credentials: "same-origin",
      headers: { "Content-Type": "application/json", "X-Lakmoes-Page": "1" },
      body: body ? JSON.stringify(body) : undefined,
    });
    const data = await response.json().catch(() => ({}));
    if (response.status === 401) window.location.href = "/review/login";
    return { ok: response.ok, status: response.status, data };
  }

  function reloadAt(ref) {
    window.history.replaceState(null, "", ref ? "#" + ref : window.location.pathname);
    window.location.reload();
  }

  // --- tooltip and selection -------------------------------------------------------------------------
  function showTip(mark) {
    const code = isKept(mark) ? "openbaar" : mark.classList.contains("manual") ? mark.dataset.ground : groundOf(mark);
    const head = isKept(mark) ? "Openbaar gelaten (" + mark.dataset.entity + ")" : code + " — " + (titles[code] || "");
    tip.replaceChildren(el("strong", "", head), el("span", "", mark.dataset.explanation));
    tip.hidden = false;
    const box = mark.getBoundingClientRect();
    tip.style.left = Math.max(8, window.scrollX + box.left) + "px";
    tip.style.top = window.scrollY + box.bottom + 6 + "px";
  }

  function hideTip() { tip.hidden = true; }

  function renderSelected() {
    const m = current;
    const decidable = isSuggestion(m) && !busy;
    Object.values(buttons).forEach((b) => { b.disabled = !decidable; });
    if (!m) {
      selectedBox.replaceChildren(el("p", "hint", "Niets geselecteerd; druk j voor de volgende open suggestie."));
      return;
    }
    if (isKept(m)) {
      selectedBox.replaceChildren(
        el("div", "code", "Openbaar gelaten"),
        el("p", "expl", m.dataset.explanation.replace(/^Openbaar gelaten: /, "Reden: ")),
        el("div", "state", "Soort: " + m.dataset.entity + " · druk w om het toch weg te lakken"),
      );
      return;
    }
    if (!isSuggestion(m)) {
      selectedBox.replaceChildren(el("div", "code", m.dataset.ground), el("p", "expl", m.dataset.explanation));
      return;
    }
    const code = groundOf(m);
    const others = sameValue(m).length;
    const parts = [
      el("div", "code", code + " — " + (titles[code] || "")),
      el("p", "expl", m.dataset.explanation),
      el("div", "state", "Soort: " + m.dataset.entity + " · zekerheid " + m.dataset.score + " · status: " +
        statusText[m.dataset.status] + (m.dataset.reviewer ? " (door " + m.dataset.reviewer + ")" : "")),
    ];
    if (others > 1) parts.push(el("div", "state", others + " keer in dit document"));
    if (m.dataset.current && m.dataset.current !== m.dataset.ground) {
      parts.push(el("div", "state", "Voorgesteld was: " + m.dataset.ground));
    }
    if (m.dataset.reason) parts.push(el("div", "state", "Reden: " + m.dataset.reason));
    selectedBox.replaceChildren(...parts);
  }

  function select(mark, focus) {
    if (current) {
      current.classList.remove("selected");
      rectsOf(current).forEach((r) => r.classList.remove("selected"));
    }
    current = mark;
    if (mark) {
      mark.classList.add("selected");
      if (focus) mark.focus({ preventScroll: false });
      mark.scrollIntoView({ block: "nearest" });
      const rects = rectsOf(mark);
      rects.forEach((r) => r.classList.add("selected"));
      if (rects.length) rects[0].scrollIntoView({ block: "nearest" });
    }
    list.querySelectorAll("button[aria-current]").forEach((b) => b.removeAttribute("aria-current"));
    if (mark) {
      const entry = list.querySelector('button[data-ref="' + mark.id + '"]');
      if (entry) entry.setAttribute("aria-current", "true");
    }
    renderSelected();
  }

  // --- order, filters and navigation -----------------------------------------------------------------
  function passes(mark) {
    if (controls.entity.value && mark.dataset.entity !== controls.entity.value) return false;
    if (controls.ground.value && groundOf(mark) !== controls.ground.value) return false;
    if (controls.status.value === "open" && mark.dataset.status !== "open") return false;
    if (controls.status.value === "decided" && mark.dataset.status === "open") return false;
    return true;
  }

  function ordered() {
    const shown = marks.filter(passes);
    const byPosition = (a, b) => marks.indexOf(a) - marks.indexOf(b);
    if (controls.sort.value === "score-asc") shown.sort((a, b) => score(a) - score(b) || byPosition(a, b));
    if (controls.sort.value === "score-desc") shown.sort((a, b) => score(b) - score(a) || byPosition(a, b));
    return shown;
  }

  function renderList() {
    const shown = ordered();
    marks.forEach((m) => m.classList.toggle("filtered-out", !passes(m)));
    listCount.textContent = shown.length + " van " + marks.length + " suggesties";
    list.replaceChildren(...shown.map((m) => {
      const button = el("button", "entry st-" + m.dataset.status,
        m.dataset.score + " · " + m.dataset.entity + " · " + groundOf(m) + " · " + m.dataset.value +
        " (" + statusText[m.dataset.status] + ")");
      button.type = "button";
      button.dataset.ref = m.id;
      if (m === current) button.setAttribute("aria-current", "true");
      button.addEventListener("click", () => select(m, true));
      const item = el("li");
      item.append(button);
      return item;
    }));
  }

  function step(direction, onlyOpen) {
    const sequence = ordered();
    if (!sequence.length) { say("Geen suggesties met deze filters."); return; }
    let index = sequence.indexOf(current);
    if (index < 0) index = direction > 0 ? -1 : 0;
    for (let i = 0; i < sequence.length; i++) {
      index = (index + direction + sequence.length) % sequence.length;
      if (!onlyOpen || sequence[index].dataset.status === "open") { select(sequence[index], true); return; }
    }
    say("Geen open suggesties meer" + (marks.length === sequence.length ? "." : " met deze filters."));
  }

  function leastCertain() {
    const open = marks.filter((m) => passes(m) && m.dataset.status === "open");
    if (!open.length) { say("Geen open suggesties meer."); return; }
    const key = (m) => [score(m), marks.indexOf(m)];
    const later = (a, b) => a[0] > b[0] || (a[0] === b[0] && a[1] > b[1]);
    open.sort((a, b) => score(a) - score(b) || marks.indexOf(a) - marks.indexOf(b));
    const from = isSuggestion(current) ? key(current) : null;
    select((from && open.find((m) => later(key(m), from))) || open[0], true);
  }

  function nextKept() {
    if (!keptMarks.length) { say("Niets openbaar gelaten in dit document."); return; }
    const index = keptMarks.indexOf(current);
    select(keptMarks[(index + 1) % keptMarks.length], true);
  }

  function updateCount() {
    openCount.textContent = String(marks.filter((m) => m.dataset.status === "open").length);
  }

  // --- applying states -------------------------------------------------------------------------------
  function groundClass(code) {
    const i = Object.keys(titles).indexOf(code);
    return i >= 0 ? "g-" + i : "g-none";
  }

  function apply(mark, s) {
    mark.dataset.status = s.status;
    mark.dataset.version = String(s.version);
    mark.dataset.current = s.current_ground || "";
    mark.dataset.reason = s.reason || "";
    mark.dataset.reviewer = s.reviewer || "";
    mark.className = mark.className.replace(/\b(st-\S+|g-\S+)\b/g, "").trim();
    mark.classList.add("st-" + s.status, groundClass(s.current_ground || s.ground));
    rectsOf(mark).forEach((r) => {
      r.classList.remove("st-open", "st-accepted", "st-rejected", "st-changed");
      r.classList.add("st-" + s.status);
    });
  }

  async function refresh() {
    const result = await api("GET", "/v1/documents/" + documentId);
    if (!result.ok) return;
    result.data.suggestions.forEach((s) => {
      const mark = document.getElementById("s-" + s.id);
      if (mark) apply(mark, s);
    });
    updateCount();
    renderList();
    renderSelected();
  }

  // --- decisions -------------------------------------------------------------------------------------
  async function decide(action, extra) {
    const mark = current;
    if (!isSuggestion(mark) || busy) return;
    busy = true;
    renderSelected();
    const body = Object.assign({ action, version: Number(mark.dataset.version) }, extra || {});
    try {
      const result = await api("POST", "/v1/suggestions/" + mark.dataset.id + "/decision", body);
      if (result.ok) {
        apply(mark, result.data);
        updateCount();
        renderList();
        say({ accept: "Geaccepteerd.", reject: "Afgewezen.", change_ground: "Grond gewijzigd." }[action]);
        busy = false;
        step(1, true);
        return;
      }
      if (result.status === 409) {
        const fresh = await api("GET", "/v1/suggestions/" + mark.dataset.id);
        if (fresh.ok) apply(mark, fresh.data);
        say("Iemand anders heeft deze suggestie net beoordeeld; bekijk de nieuwe stand en beslis opnieuw.", true);
      } else {
        say(result.data.message || "Fout " + result.status, true);
      }
    } catch (error) {
      say("Geen verbinding met de server.", true);
    }
    busy = false;
    renderSelected();
  }

  function scope() {
    const chosen = document.querySelector('input[name="scope"]:checked');
    return chosen ? chosen.value : "document";
  }

  async function everywhere(action, reason) {
    const mark = current;
    if (!isSuggestion(mark) || busy) return;
    busy = true;
    renderSelected();
    try {
      const body = { action, scope: scope() };
      if (reason) body.reason = reason;
      const result = await api("POST", "/v1/suggestions/" + mark.dataset.id + "/everywhere", body);
      if (result.ok) {
        await refresh();
        const n = result.data.suggestion_ids.length;
        say(n + " " + (n === 1 ? "voorkomen" : "voorkomens") + " " +
          (action === "accept" ? "geaccepteerd" : "afgewezen") + ". Ongedaan maken: u.");
      } else {
        say(result.data.message || "Fout " + result.status, true);
      }
    } catch (error) {
      say("Geen verbinding met de server.", true);
    }
    busy = false;
    renderSelected();
  }

  async function undo() {
    if (busy) return;
    busy = true;
    try {
      const result = await api("POST", "/v1/documents/" + documentId + "/undo");
      if (result.ok) {
        if (result.data.redaction_ids.length) { reloadAt(current ? current.id : ""); return; }
        await refresh();
        const n = result.data.suggestion_ids.length;
        say("Ongedaan gemaakt (" + n + " " + (n === 1 ? "beslissing" : "beslissingen") + ").");
      } else {
        say(result.data.message || "Fout " + result.status, true);
      }
    } catch (error) {
      say("Geen verbinding met de server.", true);
    }
    busy = false;
  }

  // --- dialogs ---------------------------------------------------------------------------------------
  function ask(dialog, focusId, onSubmit) {
    if (busy) return;
    const form = dialog.querySelector("form");
    form.reset();
    form.onsubmit = (event) => {
      event.preventDefault();
      if (!form.reportValidity()) return;
      dialog.close();
      onSubmit();
    };
    dialog.querySelector(".cancel").onclick = () => dialog.close();
    dialog.showModal();
    document.getElementById(focusId).focus();
  }

  function reject(all) {
    if (!isSuggestion(current)) return;
    const scopeText = document.getElementById("reject-scope");
    const count = sameValue(current).length;
    const where = scope() === "request" ? "in het hele verzoek" : "in dit document";
    const many = scope() === "request" ? "Alle voorkomens" : "Alle " + count + " voorkomens";
    scopeText.textContent = all ? many + " van “" + current.dataset.value + "” (" + current.dataset.entity + ") " +
      where + " worden afgewezen; elk apart in de audittrail." : "";
    document.getElementById("reject-title").textContent = all ? "Overal afwijzen" : "Suggestie afwijzen";
    ask(dialogs.reject, "reject-reason", () => {
      const reason = document.getElementById("reject-reason").value;
      if (all) everywhere("reject", reason); else decide("reject", { reason });
    });
  }

  function changeGround() {
    if (!isSuggestion(current)) return;
    ask(dialogs.ground, "ground-select", () => {
      decide("change_ground", {
        ground: document.getElementById("ground-select").value,
        reason: document.getElementById("ground-reason").value,
      });
    });
    document.getElementById("ground-select").value = groundOf(current);
  }

  function selectionOffsets() {
    const selection = window.getSelection();
    if (!selection || selection.isCollapsed || !selection.rangeCount) return null;
    const range = selection.getRangeAt(0);
    if (!docText.contains(range.startContainer) || !docText.contains(range.endContainer)) return null;
    const before = document.createRange();
    before.setStart(docText, 0);
    before.setEnd(range.startContainer, range.startOffset);
    let start = Array.from(before.toString()).length; // code points, as Python counts them
    const chars = Array.from(range.toString());
    while (chars.length && /\s/.test(chars[0])) { chars.shift(); start += 1; }
    while (chars.length && /\s/.test(chars[chars.length - 1])) chars.pop();
    return chars.length ? { start, end: start + chars.length, text: chars.join("") } : null;
  }

  // Keyboard-only alternative to a selection: find the typed text, first after the selected span.
  function findOffsets(wanted) {
    const text = docText.textContent;
    const from = current && current.dataset.start ? Number(current.dataset.start) : 0;
    const fromUnits = Array.from(text).slice(0, from).join("").length;
    let at = text.indexOf(wanted, fromUnits);
    if (at < 0) at = text.indexOf(wanted);
    if (at < 0) return null;
    const start = Array.from(text.slice(0, at)).length;
    return { start, end: start + Array.from(wanted).length };
  }

  function redact() {
    const chosen = selectionOffsets() || pendingSelection;
    const findRow = document.getElementById("redact-find-row");
    const find = document.getElementById("redact-find");
    findRow.hidden = true;
    find.required = false;
    document.getElementById("redact-chosen").hidden = false;
    let target = null;
    if (chosen) {
      if (Array.from(docText.textContent).length !== textLength) {
        say("De tekst op de pagina wijkt af van het document; weglakken via selectie kan hier niet.", true);
        return;
      }
      target = { text: chosen.text, url: "/v1/documents/" + documentId + "/redactions",
        body: { start: chosen.start, end: chosen.end } };
    } else if (isKept(current)) {
      target = { text: current.textContent, url: "/v1/kept-public/" + current.dataset.keptPublic + "/redaction",
        body: {} };
    } else {
      target = { text: "", url: "/v1/documents/" + documentId + "/redactions", body: null };
      findRow.hidden = false;
      find.required = true;
      document.getElementById("redact-chosen").hidden = true;
    }
    document.getElementById("redact-text").textContent = target.text;
    ask(dialogs.redact, target.body ? "redact-ground" : "redact-find", async () => {
      if (!target.body) {
        const found = findOffsets(find.value.trim());
        if (!found) { say("“" + find.value.trim() + "” staat niet in de tekst.", true); return; }
        target.body = found;
      }
      busy = true;
      const body = Object.assign({
        ground: document.getElementById("redact-ground").value,
        reason: document.getElementById("redact-reason").value,
      }, target.body);
      try {
        const result = await api("POST", target.url, body);
        if (result.ok) { reloadAt("m-" + result.data.id); return; }
        say(result.data.message || "Fout " + result.status, true);
      } catch (error) {
        say("Geen verbinding met de server.", true);
      }
      busy = false;
    });
    document.getElementById("redact-ground").value = "5.1(2)e"; // names are what is missed most
  }

  Object.values(dialogs).forEach((d) => d.addEventListener("close", () => { if (current) current.focus(); }));

  // --- wiring ----------------------------------------------------------------------------------------
  docText.querySelectorAll("mark").forEach((mark) => {
    mark.addEventListener("mouseenter", () => showTip(mark));
    mark.addEventListener("mouseleave", hideTip);
    mark.addEventListener("focus", () => { showTip(mark); if (mark !== current) select(mark, false); });
    mark.addEventListener("blur", hideTip);
    mark.addEventListener("click", () => { if (window.getSelection().isCollapsed) select(mark, true); });
  });
  document.querySelectorAll("#page-view rect[data-ref]").forEach((rect) => {
    rect.addEventListener("click", () => {
      const mark = document.getElementById(rect.dataset.ref);
      if (mark) select(mark, true);
    });
  });
  document.addEventListener("selectionchange", () => {
    const chosen = selectionOffsets();
    if (chosen) pendingSelection = chosen;
    else if (window.getSelection().isCollapsed) pendingSelection = null;
  });
  buttons.accept.addEventListener("click", () => decide("accept"));
  buttons.reject.addEventListener("click", () => reject(false));
  buttons.ground.addEventListener("click", changeGround);
  buttons.acceptAll.addEventListener("click", () => everywhere("accept"));
  buttons.rejectAll.addEventListener("click", () => reject(true));
  document.getElementById("btn-redact").addEventListener("mousedown", (e) => e.preventDefault());
  document.getElementById("btn-redact").addEventListener("click", redact);
  document.getElementById("btn-undo").addEventListener("click", undo);
  document.getElementById("btn-next").addEventListener("click", () => step(1, true));
  document.getElementById("btn-prev").addEventListener("click", () => step(-1, false));
  document.getElementById("btn-least").addEventListener("click", leastCertain);
  const keptButton = document.getElementById("btn-kept");
  if (keptButton) keptButton.addEventListener("click", nextKept);
  Object.values(controls).forEach((c) => c.addEventListener("change", renderList));

  document.addEventListener("keydown", (event) => {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    if (Object.values(dialogs).some((d) => d.open)) return;
    const target = event.target;
    if (target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return;
    const actions = {
      j: () => step(1, true), k: () => step(-1, false), n: leastCertain, p: nextKept,
      a: () => decide("accept"), r: () => reject(false), g: changeGround,
      A: () => everywhere("accept"), R: () => reject(true),
      w: redact, u: undo, Escape: () => select(null, false),
    };
    const handler = actions[event.key];
    if (handler) { event.preventDefault(); handler(); }
  });

  updateCount();
  renderList();
  const wanted = window.location.hash.slice(1);
  const start = wanted.startsWith("at-") ? docText.querySelector('mark[data-start="' + wanted.slice(3) + '"]')
    : wanted ? document.getElementById(wanted) : null;
  if (start && start.tagName === "MARK") select(start, true);
})();
