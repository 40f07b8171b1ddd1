// The review page, keyboard first: j/k move between suggestions, a/r/e accept/reject/edit, A accepts all of a label, ? help.
// Decisions are posted with the antiforgery token in a header; a 409 means someone else changed it first.
(() => {
  "use strict";
  const review = document.getElementById("review");
  if (!review) return;
  const docId = review.dataset.doc;
  const canDecide = review.dataset.canDecide === "true";
  const token = document.querySelector('meta[name="csrf-token"]').content;
  const marks = Array.from(document.querySelectorAll("mark[data-id]"));
  const current = document.getElementById("current");
  const message = document.getElementById("message");
  const figure = document.getElementById("pdf");
  const img = document.getElementById("page-img");
  const boxes = document.getElementById("boxes");
  const pageNumber = document.getElementById("page-number");
  const sizes = new Map((figure?.dataset.pages || "").split(";").filter(Boolean).map(p => {
    const [n, wh] = p.split(":"); const [w, h] = wh.split("x"); return [n, [parseFloat(w), parseFloat(h)]];
  }));
  const names = { police_mention: "Police mention", imr_reference: "IMR reference", recommendation: "Recommendation",
    good_practice: "Good practice", missed_opportunity: "Missed opportunity", protected_characteristic: "Protected characteristic" };
  let index = -1;

  const pieces = m => document.querySelectorAll(`mark[data-of="${CSS.escape(m.dataset.id)}"]`);
  const textOf = m => Array.from(pieces(m)).map(p => p.textContent).join("");

  function say(text, bad) { message.textContent = text; message.classList.toggle("problem", !!bad); }

  function select(i) {
    if (marks.length === 0) { say("This review has no suggestions."); return; }
    document.querySelectorAll(".selected, .selected-part").forEach(e => e.classList.remove("selected", "selected-part"));
    index = (i + marks.length) % marks.length;
    const m = marks[index];
    pieces(m).forEach(p => p.classList.add("selected-part"));
    m.classList.add("selected");
    m.focus({ preventScroll: true });
    m.scrollIntoView({ block: "center", behavior: "auto" });
    show(m);
  }

  function show(m) {
    current.replaceChildren();
    const add = (tag, text, cls) => { const e = document.createElement(tag); e.textContent = text; if (cls) e.className = cls; current.append(e); return e; };
    add("span", names[m.dataset.label] || m.dataset.label, "lbl");
    add("span", ` · ${m.dataset.status} · confidence ${m.dataset.conf} · ${m.dataset.source} · ${index + 1} of ${marks.length}`);
    add("blockquote", textOf(m).slice(0, 400));
    if (m.dataset.agencies) add("div", "Agencies: " + m.dataset.agencies.replaceAll(",", ", "));
    if (m.dataset.attrs) add("div", m.dataset.attrs);
    if (m.dataset.coders) add("div", "Coders: " + m.dataset.coders);
    showPage(m);
  }

  // Evidence boxes are fetched when a suggestion is selected (the page would be megabytes with all of them).
  const evidence = new Map();
  async function showPage(m) {
    const page = m.dataset.page;
    if (!page || !img) return;
    const src = `/review/${encodeURIComponent(docId)}/page/${page}`;
    if (img.getAttribute("src") !== src) img.src = src;
    pageNumber.textContent = `(page ${page})`;
    boxes.replaceChildren();
    const key = m.dataset.id;
    if (!evidence.has(key)) {
      const response = await fetch(`/review/${encodeURIComponent(docId)}/evidence?start=${m.dataset.s}&end=${m.dataset.e}`, { credentials: "same-origin" });
      evidence.set(key, response.ok ? await response.json() : null);
    }
    const found = evidence.get(key);
    if (!found || marks[index] !== m) return;
    const size = sizes.get(String(found.page));
    if (!size) return;
    if (String(found.page) !== page) img.src = `/review/${encodeURIComponent(docId)}/page/${found.page}`;
    for (const [l, bottom, r, t] of found.boxes) {
      const box = document.createElement("div");
      box.className = "box";
      // PDF points from the bottom-left corner, to percentages of the rendered page from the top-left.
      box.style.left = `${(l / size[0]) * 100}%`;
      box.style.width = `${((r - l) / size[0]) * 100}%`;
      box.style.top = `${((size[1] - t) / size[1]) * 100}%`;
      box.style.height = `${((t - bottom) / size[1]) * 100}%`;
      boxes.append(box);
    }
  }

  async function post(url, fields) {
    const body = new URLSearchParams();
    for (const [k, v] of fields) body.append(k, v);
    const response = await fetch(url, { method: "POST", body, headers: { "X-CSRF-TOKEN": token }, credentials: "same-origin" });
    let data = {};
    try { data = await response.json(); } catch { /* an HTML error page */ }
    return { ok: response.ok, status: response.status, data };
  }

  async function decide(action, extra = []) {
    if (!canDecide) { say("You can read this review but not decide on it.", true); return; }
    if (index < 0) { say("Select a suggestion first (j).", true); return; }
    const m = marks[index];
    const result = await post(`/review/${encodeURIComponent(docId)}/annotations/${encodeURIComponent(m.dataset.id)}`,
      [["action", action], ["version", m.dataset.v], ...extra]);
    if (!result.ok) { say(result.data.message || `Not saved (HTTP ${result.status}).`, true); return; }
    m.dataset.v = result.data.version;
    m.dataset.status = result.data.status;
    m.dataset.agencies = result.data.agencies || "";
    pieces(m).forEach(p => {
      p.className = p.className.replace(/\bl-\S+/, `l-${result.data.label}`).replace(/\bs-\S+/, `s-${result.data.status}`);
    });
    m.dataset.label = result.data.label;
    say(`Saved: ${names[result.data.label] || result.data.label} ${result.data.status}.`);
    show(m);
  }

  async function acceptAll(label) {
    if (!canDecide) return;
    if (!confirm(`Accept every waiting "${names[label] || label}" suggestion?`)) return;
    const result = await post(`/review/${encodeURIComponent(docId)}/accept-all`, [["label", label]]);
    if (!result.ok) { say(result.data.message || `Not saved (HTTP ${result.status}).`, true); return; }
    location.reload();
  }

  const editDialog = document.getElementById("edit-dialog");
  const editForm = document.getElementById("edit-form");
  function edit() {
    if (!canDecide || index < 0) { say("Select a suggestion first (j).", true); return; }
    const m = marks[index];
    editForm.label.value = m.dataset.label;
    const chosen = new Set((m.dataset.agencies || "").split(",").filter(Boolean));
    editForm.querySelectorAll('input[name="agencies"]').forEach(c => { c.checked = chosen.has(c.value); });
    editDialog.showModal();
  }
  editForm?.addEventListener("submit", () => {
    const fields = [["label", editForm.label.value]];
    editForm.querySelectorAll('input[name="agencies"]:checked').forEach(c => fields.push(["agencies", c.value]));
    decide("edit", fields);
  });
  document.getElementById("edit-cancel")?.addEventListener("click", () => editDialog.close());

  const help = document.getElementById("help-dialog");
  document.getElementById("help-button")?.addEventListener("click", () => help.showModal());
  document.getElementById("help-close")?.addEventListener("click", () => help.close());

  marks.forEach((m, i) => m.addEventListener("click", e => { e.stopPropagation(); select(i); }));
  document.querySelectorAll("mark.cont").forEach(p => p.addEventListener("click", () => {
    const i = marks.findIndex(m => m.dataset.id === p.dataset.of); if (i >= 0) select(i);
  }));
  document.querySelectorAll(".accept-all").forEach(b => b.addEventListener("click", () => acceptAll(b.dataset.label)));
  document.querySelectorAll("a.evidence").forEach(a => a.addEventListener("click", e => {
    const i = marks.findIndex(m => m.dataset.id === a.dataset.target); if (i >= 0) { e.preventDefault(); select(i); }
  }));
  document.querySelectorAll("#decision button[data-act]").forEach(b => b.addEventListener("click", () => {
    ({ prev: () => select(index - 1), next: () => select(index + 1), accept: () => decide("accept"),
       reject: () => decide("reject"), edit })[b.dataset.act]();
  }));

  const ratingForm = document.getElementById("rating-form");
  ratingForm?.addEventListener("submit", e => {
    const overriding = ratingForm.rating.value !== ratingForm.dataset.suggested;
    if (overriding && !ratingForm.reason.value.trim()) { e.preventDefault(); say("Give a reason for overriding the proposed rating.", true); ratingForm.reason.focus(); }
  });
  const screeningForm = document.getElementById("screening-form");
  screeningForm?.addEventListener("submit", e => {
    const overriding = screeningForm.engagement.value !== screeningForm.dataset.proposed;
    if (overriding && !screeningForm.reason.value.trim()) { e.preventDefault(); say("Give a reason for overriding the proposed screening.", true); screeningForm.reason.focus(); }
  });

  document.addEventListener("keydown", e => {
    if (e.ctrlKey || e.metaKey || e.altKey) return;
    if (e.target.closest("input, textarea, select, dialog[open]")) return;
    const key = e.key;
    const actions = {
      j: () => select(index + 1), k: () => select(index - 1),
      n: () => { const next = marks.findIndex((m, i) => i > index && m.dataset.status === "suggested"); if (next >= 0) select(next); else say("No suggestion waiting after this one."); },
      a: () => decide("accept"), r: () => decide("reject"), e: () => edit(),
      A: () => { if (index >= 0) acceptAll(marks[index].dataset.label); },
      "?": () => help.showModal(),
    };
    if (actions[key]) { e.preventDefault(); actions[key](); }
  });

  const target = location.hash.startsWith("#a-") ? marks.findIndex(m => "a-" + m.dataset.id === location.hash.slice(1)) : -1;
  if (target >= 0) select(target);
})();
