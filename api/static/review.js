// Lakmoes reviewer page: select a suggestion, accept / reject (with reason) / change its ground.
// Plain JavaScript, no build step. Calls the /v1 API with the login cookie plus the X-Lakmoes-Page header.
(function () {
  "use strict";
  const root = document.querySelector(".review");
  if (!root) return;
  const marks = Array.from(document.querySelectorAll("mark.sugg"));
  const tip = document.getElementById("tip");
  const selectedBox = document.getElementById("selected");
  const message = document.getElementById("message");
  const openCount = document.getElementById("open-count");
  const rejectDialog = document.getElementById("reject-dialog");
  const groundDialog = document.getElementById("ground-dialog");
  const buttons = {
    accept: document.getElementById("btn-accept"),
    reject: document.getElementById("btn-reject"),
    ground: document.getElementById("btn-ground"),
  };
  const titles = {};
  document.querySelectorAll("#ground-select option").forEach((o) => { titles[o.value] = o.dataset.title; });
  const statusText = { open: "open", accepted: "geaccepteerd", rejected: "afgewezen", changed: "grond gewijzigd" };
  let current = null;
  let busy = false;

  function groundOf(mark) { return mark.dataset.current || mark.dataset.ground; }

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

  function showTip(mark) {
    const code = mark.classList.contains("manual") ? mark.dataset.ground : groundOf(mark);
    tip.replaceChildren(el("strong", "", code + " — " + (titles[code] || "")), el("span", "", mark.dataset.explanation));
    tip.hidden = false;
    const box = mark.getBoundingClientRect();
    tip.style.left = Math.max(8, window.scrollX + box.left) + "px";
    tip.style.top = window.scrollY + box.bottom + 6 + "px";
  }

  function hideTip() { tip.hidden = true; }

  function renderSelected() {
    const m = current;
    const enabled = Boolean(m) && !busy;
    Object.values(buttons).forEach((b) => { b.disabled = !enabled; });
    if (!m) {
      selectedBox.replaceChildren(el("p", "hint", "Geen suggestie geselecteerd; druk j voor de volgende open suggestie."));
      return;
    }
    const code = groundOf(m);
    const parts = [
      el("div", "code", code + " — " + (titles[code] || "")),
      el("p", "expl", m.dataset.explanation),
      el("div", "state", "Soort: " + m.dataset.entity + " · status: " + statusText[m.dataset.status] +
        (m.dataset.reviewer ? " (door " + m.dataset.reviewer + ")" : "")),
    ];
    if (m.dataset.current && m.dataset.current !== m.dataset.ground) {
      parts.push(el("div", "state", "Voorgesteld was: " + m.dataset.ground));
    }
    if (m.dataset.reason) parts.push(el("div", "state", "Reden: " + m.dataset.reason));
    selectedBox.replaceChildren(...parts);
  }

  function select(mark, focus) {
    if (current) current.classList.remove("selected");
    current = mark;
    if (mark) {
      mark.classList.add("selected");
      if (focus) mark.focus({ preventScroll: false });
      mark.scrollIntoView({ block: "nearest" });
    }
    renderSelected();
  }

  function step(direction, onlyOpen) {
    if (!marks.length) return;
    let index = current ? marks.indexOf(current) : -1;
    for (let i = 0; i < marks.length; i++) {
      index = (index + direction + marks.length) % marks.length;
      if (!onlyOpen || marks[index].dataset.status === "open") { select(marks[index], true); return; }
    }
    say("Geen open suggesties meer.");
  }

  function updateCount() {
    openCount.textContent = String(marks.filter((m) => m.dataset.status === "open").length);
  }

  function apply(mark, s) {
    mark.dataset.status = s.status;
    mark.dataset.version = String(s.version);
    mark.dataset.current = s.current_ground || "";
    mark.dataset.reason = s.reason || "";
    mark.dataset.reviewer = s.reviewer || "";
    mark.className = mark.className.replace(/\b(st-\S+|g-\S+)\b/g, "").trim();
    mark.classList.add("st-" + s.status, groundClass(s.current_ground || s.ground));
    updateCount();
  }

  function groundClass(code) {
    const codes = Object.keys(titles);
    const i = codes.indexOf(code);
    return i >= 0 ? "g-" + i : "g-none";
  }

  async function api(method, url, body) {
    const response = await fetch(url, {
      method,
      credentials: "same-origin",
      headers: { "Content-Type": "application/json", "X-Lakmoes-Page": "1" },
      body: body ? JSON.stringify(body) : undefined,
    });
    const data = await response.json().catch(() => ({}));
    return { ok: response.ok, status: response.status, data };
  }

  async function decide(action, extra) {
    const mark = current;
    if (!mark || busy) return;
    busy = true;
    renderSelected();
    const body = Object.assign({ action, version: Number(mark.dataset.version) }, extra || {});
    try {
      const result = await api("POST", "/v1/suggestions/" + mark.dataset.id + "/decision", body);
      if (result.ok) {
        apply(mark, result.data);
        say({ accept: "Geaccepteerd.", reject: "Afgewezen.", change_ground: "Grond gewijzigd." }[action]);
        busy = false;
        step(1, true);
        return;
      }
      if (result.status === 409) {
        const fresh = await api("GET", "/v1/suggestions/" + mark.dataset.id);
        if (fresh.ok) apply(mark, fresh.data);
        say("Iemand anders heeft deze suggestie net beoordeeld; bekijk de nieuwe stand en beslis opnieuw.", true);
      } else if (result.status === 401) {
        window.location.href = "/review/login";
      } else {
        say(result.data.message || "Fout " + result.status, true);
      }
    } catch (error) {
      say("Geen verbinding met de server.", true);
    }
    busy = false;
    renderSelected();
  }

  function ask(dialog, focusId, onSubmit) {
    if (!current || busy) return;
    const form = dialog.querySelector("form");
    form.reset();
    if (dialog === groundDialog) document.getElementById("ground-select").value = groundOf(current);
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

  function reject() {
    ask(rejectDialog, "reject-reason", () => {
      decide("reject", { reason: document.getElementById("reject-reason").value });
    });
  }

  function changeGround() {
    ask(groundDialog, "ground-select", () => {
      decide("change_ground", {
        ground: document.getElementById("ground-select").value,
        reason: document.getElementById("ground-reason").value,
      });
    });
  }

  [rejectDialog, groundDialog].forEach((d) => d.addEventListener("close", () => { if (current) current.focus(); }));

  document.querySelectorAll("#doc-text mark").forEach((mark) => {
    mark.addEventListener("mouseenter", () => showTip(mark));
    mark.addEventListener("mouseleave", hideTip);
    mark.addEventListener("focus", () => { showTip(mark); if (mark.classList.contains("sugg")) select(mark, false); });
    mark.addEventListener("blur", hideTip);
    mark.addEventListener("click", () => { if (mark.classList.contains("sugg")) select(mark, true); });
  });
  buttons.accept.addEventListener("click", () => decide("accept"));
  buttons.reject.addEventListener("click", reject);
  buttons.ground.addEventListener("click", changeGround);
  document.getElementById("btn-next").addEventListener("click", () => step(1, true));
  document.getElementById("btn-prev").addEventListener("click", () => step(-1, false));

  document.addEventListener("keydown", (event) => {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    if (rejectDialog.open || groundDialog.open) return;
    const target = event.target;
    if (target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return;
    const actions = {
      j: () => step(1, true), k: () => step(-1, false),
      a: () => decide("accept"), r: reject, g: changeGround, Escape: () => select(null, false),
    };
    const handler = actions[event.key];
    if (handler) { event.preventDefault(); handler(); }
  });
  updateCount();
})();
