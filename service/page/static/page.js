// The timeline page: the API's events on a vis-timeline, a histogram strip, an event's sentence
// and a document view. All state lives in the URL fragment, so every view can be bookmarked.
// Text from the API is only ever set as textContent, never parsed as HTML.
"use strict";

(() => {
  const KEY_STORE = "timeline.apiKey";
  const PAGE_SIZE = 1000;
  const MAX_EVENTS = 5000;
  const DAY = 86400000;
  // Granularities drawn as a point: their interval is too short to read as a bar.
  const POINT_GRANULARITIES = new Set(["minute", "hour", "part_of_day", "day"]);
  const FILTER_FIELDS = ["q", "from", "to", "group"];
  const VIEW_FIELDS = ["doc", "event"];

  const $ = (selector) => document.querySelector(selector);
  // vis-timeline takes item and group labels as HTML strings: the API's text goes in escaped.
  const escapeHtml = (text) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
  const el = (tag, text, className) => {
    const node = document.createElement(tag);
    if (text !== undefined) node.textContent = text;
    if (className) node.className = className;
    return node;
  };

  // ---- state in the URL ------------------------------------------------------------------------

  function readState() {
    const params = new URLSearchParams(location.hash.slice(1));
    const state = {};
    for (const field of [...FILTER_FIELDS, ...VIEW_FIELDS]) state[field] = params.get(field) || "";
    if (state.group !== "source") state.group = "document";
    return state;
  }

  function stateHash(state) {
    const params = new URLSearchParams();
    for (const field of [...FILTER_FIELDS, ...VIEW_FIELDS]) {
      if (state[field] && !(field === "group" && state[field] === "document")) params.set(field, state[field]);
    }
    const text = params.toString();
    return text ? `#${text}` : "#";
  }

  function go(changes, { replace = false } = {}) {
    const hash = stateHash({ ...readState(), ...changes });
    if (hash !== (location.hash || "#")) {
      history[replace ? "replaceState" : "pushState"](null, "", hash);
    }
    render();
  }

  // ---- the API ---------------------------------------------------------------------------------

  class ApiError extends Error {
    constructor(status, detail) {
      super(detail);
      this.status = status;
    }
  }

  async function api(path, params = {}) {
    const url = new URL(path, location.origin);
    for (const [name, value] of Object.entries(params)) {
      if (value !== "" && value !== null && value !== undefined) url.searchParams.set(name, value);
    }
    const headers = { Accept: "application/json" };
    const key = sessionStorage.getItem(KEY_STORE);
    if (key) headers.Authorization = `Bearer ${key}`;
    const response = await fetch(url, { headers });
    if (response.ok) return response.json();
    let detail = `${response.status} ${response.statusText}`;
    try {
      const problem = await response.json();
      detail = problem.detail || problem.title || detail;
    } catch {
      // not problem+json: keep the status line
    }
    throw new ApiError(response.status, detail);
  }

  // `to` is inclusive on the page (a date picker's last day) and exclusive in the API.
  function dayAfter(date) {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return date;
    return new Date(Date.parse(`${date}T00:00:00Z`) + DAY).toISOString().slice(0, 10);
  }

  function filterParams(state) {
    return { q: state.q, from: state.from, to: state.to ? dayAfter(state.to) : "" };
  }

  async function fetchEvents(state) {
    const events = [];
    let cursor = "";
    do {
      const page = await api("/v1/timeline", { ...filterParams(state), limit: PAGE_SIZE, cursor });
      events.push(...page.events);
      cursor = page.next_cursor;
    } while (cursor && events.length < MAX_EVENTS);
    return { events, complete: !cursor };
  }

  // ---- status line and API key -----------------------------------------------------------------

  function say(text, isError = false) {
    const status = $("#status");
    status.textContent = text;
    status.classList.toggle("error", isError);
  }

  function askForKey(reason) {
    const form = $("#key-form");
    $("#key-why").textContent = reason;
    form.hidden = false;
    $("#key").focus();
  }

  function setUpKeyForm() {
    $("#key-button").addEventListener("click", () => {
      const form = $("#key-form");
      form.hidden = !form.hidden;
      if (!form.hidden) $("#key").focus();
    });
    $("#key-form").addEventListener("submit", (event) => {
      event.preventDefault();
      const key = $("#key").value.trim();
      if (key) sessionStorage.setItem(KEY_STORE, key);
      $("#key").value = "";
      $("#key-form").hidden = true;
      reload();
    });
    $("#key-forget").addEventListener("click", () => {
      sessionStorage.removeItem(KEY_STORE);
      $("#key-form").hidden = true;
      reload();
    });
  }

  function showError(error) {
    if (error instanceof ApiError && error.status === 401) {
      askForKey(`This service needs an API key to read: ${error.message}. The key stays in this browser tab only.`);
      say("An API key is needed.", true);
    } else if (error instanceof ApiError && error.status === 403) {
      askForKey(`This key may not read: ${error.message}`);
      say("The API key was refused.", true);
    } else {
      say(`Could not load: ${error.message}`, true);
    }
  }

  // ---- the timeline ----------------------------------------------------------------------------

  let timeline = null;
  let loaded = null; // { key, events, byId, order } for the filters last loaded
  let renderedHash = null;

  function formatWhen(when) {
    const start = when.start ? when.start.slice(0, 16).replace("T", " ") : "…";
    const end = when.end ? when.end.slice(0, 16).replace("T", " ") : "open";
    return `${start} – ${end} (${when.granularity || "?"}${when.mod ? `, ${when.mod}` : ""})`;
  }

  function groupOf(event, by) {
    if (by === "source") {
      const name = event.source || "(no source)";
      return { id: `s:${name}`, label: name };
    }
    return { id: `d:${event.document_id}`, label: event.title || `document ${event.document_id}` };
  }

  function toItem(event, by) {
    const start = event.when.start || event.when.end;
    if (!start) return null;
    const item = {
      id: event.id,
      group: groupOf(event, by).id,
      start,
      content: escapeHtml(event.expression.text),
      title: escapeHtml(`${event.expression.value}: ${event.sentence.text}`),
    };
    if (!event.when.start) return { ...item, type: "point", className: "open" };
    if (!event.when.end) {
      // "since 2020": drawn up to the publication, the last time the text vouches for it.
      const until = event.published_at > start ? event.published_at : null;
      return until ? { ...item, end: until, type: "range", className: "open" } : { ...item, type: "point" };
    }
    if (POINT_GRANULARITIES.has(event.when.granularity)) return { ...item, type: "point" };
    return { ...item, end: event.when.end, type: "range", className: "coarse" };
  }

  function ensureTimeline() {
    if (timeline) return timeline;
    timeline = new vis.Timeline($("#timeline"), [], [], {
      stack: true,
      maxHeight: "60vh",
      zoomMin: 60 * 60 * 1000,
      orientation: "top",
      verticalScroll: true,
      tooltip: { followMouse: true, overflowMethod: "cap" },
      groupOrder: "order",
      selectable: true,
      margin: { item: { horizontal: 4, vertical: 6 } },
    });
    timeline.on("select", ({ items }) => go({ event: items.length ? String(items[0]) : "" }, { replace: true }));
    timeline.on("rangechanged", drawWindow);
    return timeline;
  }

  function showTimeline(state, events) {
    const by = state.group;
    const groups = new Map();
    const items = [];
    for (const event of events) {
      const item = toItem(event, by);
      if (!item) continue;
      items.push(item);
      const group = groupOf(event, by);
      if (!groups.has(group.id)) {
        const label = escapeHtml(group.label);
        groups.set(group.id, { id: group.id, content: `<span title="${label}">${label}</span>`, order: groups.size });
      }
    }
    const view = ensureTimeline();
    view.setData({ groups: new vis.DataSet([...groups.values()]), items: new vis.DataSet(items) });
    if (items.length) view.fit({ animation: false });
    return items.length;
  }

  // ---- the histogram strip ---------------------------------------------------------------------

  const INTERVALS = ["day", "week", "month", "year"];
  let histogram = null; // { buckets: [{start, end, count}], from, until }

  function intervalFor(events) {
    const starts = events.map((e) => Date.parse(e.when.start || e.when.end)).filter(Number.isFinite);
    const span = starts.length ? Math.max(...starts) - Math.min(...starts) : 0;
    if (span > 30 * 365 * DAY) return "year";
    if (span > 3 * 365 * DAY) return "month";
    if (span > 120 * DAY) return "week";
    return "day";
  }

  function bucketEnd(start, interval) {
    const d = new Date(start);
    if (interval === "day") return start + DAY;
    if (interval === "week") return start + 7 * DAY;
    if (interval === "month") return new Date(d.getFullYear(), d.getMonth() + 1, d.getDate()).getTime();
    return new Date(d.getFullYear() + 1, d.getMonth(), d.getDate()).getTime();
  }

  async function loadHistogram(state, events) {
    const figure = $("#histogram");
    figure.replaceChildren();
    histogram = null;
    if (!events.length) return;
    let interval = intervalFor(events);
    let body = null;
    while (!body) {
      try {
        body = await api("/v1/timeline/histogram", { ...filterParams(state), interval });
      } catch (error) {
        // Too many buckets for this interval (400 naming interval): the next coarser one.
        const coarser = INTERVALS[INTERVALS.indexOf(interval) + 1];
        if (!(error instanceof ApiError && error.status === 400 && coarser)) throw error;
        interval = coarser;
      }
    }
    const buckets = body.buckets.map((b) => {
      const start = Date.parse(b.start);
      return { start, end: bucketEnd(start, body.interval), count: b.count };
    });
    if (!buckets.length) return;
    histogram = { buckets, interval: body.interval, from: buckets[0].start, until: buckets[buckets.length - 1].end };
    drawHistogram();
  }

  function drawHistogram() {
    const figure = $("#histogram");
    figure.replaceChildren();
    if (!histogram) return;
    const ns = "http://www.w3.org/2000/svg";
    const svg = document.createElementNS(ns, "svg");
    const width = figure.clientWidth || 800;
    const height = 56;
    svg.setAttribute("viewBox", `0 0 ${width} ${height}`);
    svg.setAttribute("role", "img");
    const { buckets, from, until } = histogram;
    const most = Math.max(1, ...buckets.map((b) => b.count));
    const x = (t) => ((t - from) / (until - from)) * width;
    const total = buckets.reduce((sum, b) => sum + b.count, 0);
    svg.setAttribute("aria-label", `${total} events per ${histogram.interval}`);
    for (const bucket of buckets) {
      const rect = document.createElementNS(ns, "rect");
      const barHeight = bucket.count ? Math.max(2, (bucket.count / most) * (height - 14)) : 0;
      rect.setAttribute("class", "bar");
      rect.setAttribute("x", x(bucket.start) + 0.5);
      rect.setAttribute("width", Math.max(1, x(bucket.end) - x(bucket.start) - 1));
      rect.setAttribute("y", height - barHeight);
      rect.setAttribute("height", barHeight);
      rect.setAttribute("data-count", bucket.count);
      if (bucket.count) {
        rect.setAttribute("tabindex", "0");
        const label = `${new Date(bucket.start).toISOString().slice(0, 10)}: ${bucket.count} event${bucket.count > 1 ? "s" : ""}`;
        const title = document.createElementNS(ns, "title");
        title.textContent = label;
        rect.append(title);
        const zoom = () => timeline && timeline.setWindow(bucket.start, bucket.end);
        rect.addEventListener("click", zoom);
        rect.addEventListener("keydown", (e) => e.key === "Enter" && zoom());
      }
      svg.append(rect);
    }
    const windowRect = document.createElementNS(ns, "rect");
    windowRect.setAttribute("class", "window");
    windowRect.setAttribute("y", 0);
    windowRect.setAttribute("height", height);
    svg.append(windowRect);
    for (const [at, anchor] of [[from, "start"], [until, "end"]]) {
      const label = document.createElementNS(ns, "text");
      label.setAttribute("x", anchor === "start" ? 2 : width - 2);
      label.setAttribute("y", 10);
      label.setAttribute("text-anchor", anchor);
      label.textContent = new Date(at).toISOString().slice(0, histogram.interval === "year" ? 4 : 10);
      svg.append(label);
    }
    figure.append(svg);
    drawWindow();
  }

  // The part of the histogram the timeline shows, outlined.
  function drawWindow() {
    const rect = document.querySelector("#histogram rect.window");
    if (!rect || !timeline || !histogram) return;
    const { start, end } = timeline.getWindow();
    const width = $("#histogram").clientWidth || 800;
    const span = histogram.until - histogram.from;
    const left = Math.max(0, ((start - histogram.from) / span) * width);
    const right = Math.min(width, ((end - histogram.from) / span) * width);
    rect.setAttribute("x", left);
    rect.setAttribute("width", Math.max(0, right - left));
  }

  // ---- an event, and a document ----------------------------------------------------------------

  // `text` with the [start, end) spans of `marks` wrapped in <mark>, as DOM nodes.
  function marked(text, offset, marks) {
    const nodes = [];
    let at = 0;
    for (const { start, end, className, title } of [...marks].sort((a, b) => a.start - b.start)) {
      const from = start - offset;
      const to = end - offset;
      if (from < at || to > text.length) continue; // overlapping or outside: leave unmarked
      nodes.push(document.createTextNode(text.slice(at, from)));
      const mark = el("mark", text.slice(from, to), className);
      if (title) mark.title = title;
      nodes.push(mark);
      at = to;
    }
    nodes.push(document.createTextNode(text.slice(at)));
    return nodes;
  }

  function showEvent(event) {
    const detail = $("#detail");
    if (!event) {
      detail.hidden = true;
      return;
    }
    const { expression, sentence } = event;
    detail.querySelector(".when").textContent = `${expression.text} → ${expression.value}  ·  ${formatWhen(event.when)}`;
    detail.querySelector(".sentence").replaceChildren(
      ...marked(sentence.text, sentence.start, [{ ...expression, className: "event" }]),
    );
    const published = event.published_at.slice(0, 10);
    detail.querySelector(".meta").textContent =
      `${event.title || `document ${event.document_id}`} · ${event.source || "no source"} · published ${published} · anchor: ${event.anchor}`;
    const link = detail.querySelector(".open-document");
    link.href = stateHash({ ...readState(), doc: String(event.document_id) });
    detail.hidden = false;
  }

  async function fetchDocument(id) {
    const doc = await api(`/v1/documents/${encodeURIComponent(id)}`, { expressions_limit: 1000 });
    let next = doc.expressions_next;
    while (next) {
      const page = await api(next);
      doc.events.push(...page.events);
      doc.time_expressions.push(...page.time_expressions);
      next = page.next_cursor ? `/v1/documents/${doc.id}/expressions?limit=1000&cursor=${encodeURIComponent(page.next_cursor)}` : null;
    }
    return doc;
  }

  async function showDocument(id) {
    const article = $("#document");
    article.hidden = false;
    article.querySelector(".title").textContent = "Loading…";
    article.querySelector(".text").replaceChildren();
    const doc = await fetchDocument(id);
    article.querySelector(".title").textContent = doc.title || `Document ${doc.id}`;
    const parts = [`published ${doc.published_at.slice(0, 16).replace("T", " ")} (${doc.time_zone})`];
    if (doc.source) parts.push(doc.source);
    parts.push(`${doc.events.length} events, ${doc.time_expressions.length} other expressions`);
    const meta = article.querySelector(".meta");
    meta.textContent = parts.join(" · ");
    if (doc.url && /^https?:\/\//.test(doc.url)) {
      const link = el("a", "original");
      link.href = doc.url;
      link.rel = "noopener noreferrer";
      meta.append(" · ", link);
    }
    const marks = [
      ...doc.events.map((e) => ({
        ...e.expression,
        className: "event",
        title: `${e.expression.value} · ${formatWhen(e.when)}`,
      })),
      ...doc.time_expressions.map((t) => ({ ...t, className: "other", title: `${t.type} ${t.value}` })),
    ];
    article.querySelector(".text").replaceChildren(...marked(doc.text, 0, marks));
    article.focus();
  }

  // ---- render: from the URL to the screen ------------------------------------------------------

  // Everything again, for the same URL: after a new key, say.
  function reload() {
    loaded = null;
    renderedHash = null;
    render();
  }

  async function render() {
    const hash = location.hash || "#";
    if (hash === renderedHash) return;
    renderedHash = hash;
    const state = readState();
    for (const field of ["q", "from", "to", "group"]) $(`#${field}`).value = state[field];
    const key = JSON.stringify(FILTER_FIELDS.map((f) => state[f]));
    try {
      if (!loaded || loaded.key !== key) {
        say("Loading…");
        const { events, complete } = await fetchEvents(state);
        if (renderedHash !== hash) return; // a newer render took over
        const order = [...events].sort((a, b) => (a.when.start || "").localeCompare(b.when.start || ""));
        loaded = { key, events, byId: new Map(events.map((e) => [String(e.id), e])), order };
        const shown = showTimeline(state, events);
        $("#empty").hidden = shown > 0;
        $("#timeline").hidden = shown === 0;
        $("#empty-why").textContent = FILTER_FIELDS.some((f) => f !== "group" && state[f])
          ? "Nothing matches these filters. Clear them or widen the dates."
          : "No document with dated events is stored yet. POST one to /v1/documents (see the API link below).";
        say(
          complete
            ? `${events.length} event${events.length === 1 ? "" : "s"}`
            : `The first ${events.length} events: narrow the filters to see the rest.`,
        );
        await loadHistogram(state, events).catch((error) => {
          // The strip is a summary: the timeline stays usable without it.
          $("#histogram").replaceChildren(el("p", `No histogram: ${error.message}`, "meta"));
        });
      }
      const event = loaded.byId.get(state.event);
      showEvent(event);
      if (timeline) timeline.setSelection(event ? [event.id] : []);
      if (state.doc) {
        await showDocument(state.doc);
      } else {
        $("#document").hidden = true;
      }
    } catch (error) {
      showError(error);
    }
  }

  // ---- keyboard --------------------------------------------------------------------------------

  function step(delta) {
    if (!loaded || !loaded.order.length) return;
    const current = loaded.order.findIndex((e) => String(e.id) === readState().event);
    const next = current < 0 ? (delta > 0 ? 0 : loaded.order.length - 1) : current + delta;
    const event = loaded.order[Math.min(loaded.order.length - 1, Math.max(0, next))];
    timeline.setSelection([event.id], { focus: true, animation: false });
    go({ event: String(event.id) }, { replace: true });
  }

  function setUpKeyboard() {
    $("#timeline").addEventListener("keydown", (e) => {
      const actions = {
        ArrowRight: () => step(1),
        ArrowLeft: () => step(-1),
        "+": () => timeline.zoomIn(0.5),
        "=": () => timeline.zoomIn(0.5),
        "-": () => timeline.zoomOut(0.5),
        Enter: () => {
          const event = loaded && loaded.byId.get(readState().event);
          if (event) go({ doc: String(event.document_id) });
        },
      };
      if (actions[e.key]) {
        e.preventDefault();
        actions[e.key]();
      }
    });
    document.addEventListener("keydown", (e) => {
      const typing = /^(INPUT|SELECT|TEXTAREA)$/.test(e.target.tagName);
      if (e.key === "/" && !typing) {
        e.preventDefault();
        $("#q").focus();
      } else if (e.key === "Escape") {
        const state = readState();
        if (state.doc) go({ doc: "" });
        else if (state.event) go({ event: "" }, { replace: true });
        if (!typing) $("#timeline").focus();
      }
    });
  }

  function setUpFilters() {
    $("#filters").addEventListener("submit", (e) => {
      e.preventDefault();
      const form = new FormData(e.target);
      go({ q: form.get("q").trim(), from: form.get("from"), to: form.get("to"), group: form.get("group"), event: "" });
    });
    $("#group").addEventListener("change", () => $("#filters").requestSubmit());
    $("#clear").addEventListener("click", () => go({ q: "", from: "", to: "", event: "", doc: "" }));
    $("#back").addEventListener("click", (e) => {
      e.preventDefault();
      go({ doc: "" });
    });
  }

  document.addEventListener("DOMContentLoaded", () => {
    setUpKeyForm();
    setUpFilters();
    setUpKeyboard();
    window.addEventListener("hashchange", render);
    window.addEventListener("popstate", render);
    window.addEventListener("resize", drawHistogram);
    render();
  });
})();
