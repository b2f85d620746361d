/** The explorer's HTML: the layout the client fills in. Its settings go in a non-executable JSON block. */

export interface PageOptions {
  script: string;
  stylesheet: string;
  endpoint: string;
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** JSON that is safe inside <script>: no "</script>" or "<!--" can appear. */
function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, "\\u003c");
}

/** The empty data: favicon spares a /favicon.ico request that would only 404. */
export function renderPage(options: PageOptions): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>factgraph explorer</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="${escapeHtml(options.stylesheet)}">
</head>
<body>
<header class="topbar">
  <h1>factgraph <span>explorer</span></h1>
  <nav class="modes" aria-label="Views">
    <button type="button" data-mode="explore" aria-pressed="true">Explore</button>
    <button type="button" data-mode="path" aria-pressed="false">Path</button>
    <button type="button" data-mode="timeline" aria-pressed="false">Timeline</button>
  </nav>
  <form class="mode-form" data-mode="explore" role="search" id="search-form">
    <input type="search" id="search" name="q" autocomplete="off" spellcheck="false"
      placeholder="Search people, organizations, places, laws, programs, quotes…"
      aria-label="Search" aria-controls="search-results" aria-expanded="false">
    <ul id="search-results" role="listbox" aria-label="Search results" hidden></ul>
  </form>
  <form class="mode-form" data-mode="path" id="path-form" hidden>
    <input type="search" id="path-from" required autocomplete="off" placeholder="From (a name)" aria-label="From">
    <span class="arrow" aria-hidden="true">→</span>
    <input type="search" id="path-to" required autocomplete="off" placeholder="To (a name)" aria-label="To">
    <label>hops <select id="path-hops">
      <option>1</option><option>2</option><option>3</option><option selected>4</option><option>5</option><option>6</option>
    </select></label>
    <button type="submit">Connect</button>
  </form>
  <form class="mode-form" data-mode="timeline" id="timeline-form" hidden>
    <input type="search" id="timeline-name" required autocomplete="off"
      placeholder="A law, jurisdiction or program" aria-label="Timeline of">
    <button type="submit">Show timeline</button>
  </form>
</header>
<main>
  <section id="stage" aria-label="Graph">
    <div class="stage-bar">
      <p id="status" role="status" aria-live="polite"></p>
      <div class="toolbar">
        <button type="button" id="fit" title="Fit the graph to the window">Fit</button>
        <button type="button" id="relayout" title="Lay the graph out again">Re-layout</button>
        <button type="button" id="clear" title="Remove everything drawn">Clear</button>
      </div>
    </div>
    <div id="canvas">
      <div id="graph"></div>
      <p id="hint">Search for a person, organization, place, law, program or quote, and choose a result to draw
        its connections. Click a node to expand it and read its evidence; click an edge for the evidence behind it.</p>
      <div id="timeline" hidden></div>
    </div>
    <div id="legend" aria-label="Legend"></div>
  </section>
  <aside id="panel" aria-label="Details and evidence" aria-live="polite"></aside>
</main>
<script type="application/json" id="explorer-config">${scriptJson({ endpoint: options.endpoint })}</script>
<script src="${escapeHtml(options.script)}"></script>
</body>
</html>
`;
}
