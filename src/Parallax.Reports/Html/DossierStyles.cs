namespace Parallax.Reports.Html;

/// <summary>The page's only style sheet, inlined and allowed by its hash in the Content-Security-Policy.</summary>
internal static class DossierStyles
{
    public const string Source = """

        :root { --ink:#1b1f24; --muted:#5c6470; --line:#dde1e6; --paper:#fff; --bg:#f3f4f6; --accent:#2456a6; --accent-soft:#e8eefa;
          --s:#1d7048; --s-bg:#e5f4ec; --x:#b3261e; --x-bg:#fbe9e7; --d:#7a5c00; --d-bg:#fbf3dc; --hl:#ffe38a; --hl-line:#8a6a00; }
        * { box-sizing:border-box; }
        html { scroll-padding-top:4rem; }
        body { margin:0; font:15px/1.55 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; color:var(--ink); background:var(--bg); }
        .sr-only { position:absolute; width:1px; height:1px; overflow:hidden; clip:rect(0 0 0 0); white-space:nowrap; }
        .skip { position:absolute; left:-999px; top:.5rem; z-index:10; background:var(--paper); padding:.5rem 1rem; border-radius:4px; }
        .skip:focus { left:1rem; }
        :focus-visible { outline:3px solid var(--accent); outline-offset:2px; border-radius:3px; }
        a { color:var(--accent); }
        .masthead { background:#14213d; color:#fff; padding:1.6rem 0 1.2rem; }
        .masthead .wrap { display:flex; flex-wrap:wrap; align-items:flex-end; justify-content:space-between; gap:1rem; }
        .brand { font:600 .78rem/1 ui-monospace, SFMono-Regular, Menlo, monospace; letter-spacing:.14em; text-transform:uppercase; color:#9fb3d9; margin:0 0 .5rem; }
        .masthead h1 { margin:0; font-size:1.85rem; line-height:1.2; font-weight:650; }
        .masthead .sub { margin:.35rem 0 0; color:#c9d4ea; }
        .wrap { max-width:1240px; margin:0 auto; padding:0 1.5rem; }
        nav.toc { position:sticky; top:0; z-index:5; background:rgba(255,255,255,.96); border-bottom:1px solid var(--line); box-shadow:0 1px 3px rgba(0,0,0,.04); }
        nav.toc ul { list-style:none; margin:0 auto; padding:0 1.5rem; max-width:1240px; display:flex; gap:.2rem; overflow-x:auto; }
        nav.toc a { display:block; padding:.7rem .75rem; text-decoration:none; color:var(--muted); font-weight:550; white-space:nowrap; border-bottom:2px solid transparent; }
        nav.toc a:hover { color:var(--ink); border-bottom-color:var(--accent); }
        main { padding:1.2rem 0 3rem; }
        .panel { background:var(--paper); border:1px solid var(--line); border-radius:10px; padding:1.3rem 1.5rem 1.5rem; margin:1.2rem auto; max-width:1240px; }
        .panel > h2 { margin:0 0 .2rem; font-size:1.3rem; }
        .intro { margin:0 0 1rem; color:var(--muted); max-width:60rem; }
        .empty { color:var(--muted); font-style:italic; margin:.4rem 0; }
        .muted { color:var(--muted); }
        h3 { font-size:1.05rem; margin:1.2rem 0 .5rem; }
        h4 { font-size:.95rem; margin:.9rem 0 .3rem; }
        .id { font:600 .72rem ui-monospace, SFMono-Regular, Menlo, monospace; color:var(--muted); border:1px solid var(--line); border-radius:4px; padding:0 .3rem; vertical-align:middle; }
        .stats { display:grid; grid-template-columns:repeat(auto-fit, minmax(150px, 1fr)); gap:.8rem; margin:.6rem 0 1.2rem; }
        .stats div { background:var(--bg); border-radius:8px; padding:.7rem .9rem; }
        .stats dt { color:var(--muted); font-size:.8rem; text-transform:uppercase; letter-spacing:.04em; }
        .stats dd { margin:.1rem 0 0; }
        .stats .big { font-size:1.35rem; font-weight:650; }
        .stats .note { display:block; color:var(--muted); font-size:.85rem; }
        .scroll { overflow-x:auto; }
        table { border-collapse:collapse; width:100%; font-size:.92rem; }
        caption { text-align:left; font-weight:600; padding:.3rem 0 .5rem; }
        th, td { border-bottom:1px solid var(--line); padding:.45rem .6rem; text-align:left; vertical-align:top; }
        thead th { font-size:.8rem; text-transform:uppercase; letter-spacing:.03em; color:var(--muted); background:#fafbfc; position:sticky; top:0; }
        td.num, th.num { text-align:right; font-variant-numeric:tabular-nums; }
        .glance-grid { display:grid; grid-template-columns:repeat(auto-fit, minmax(300px, 1fr)); gap:1rem; margin-top:1.2rem; }
        .card { border:1px solid var(--line); border-radius:8px; padding:.9rem 1rem; background:var(--paper); }
        .card > h3:first-child { margin-top:0; }
        .contested-card { border-top:3px solid var(--x); }
        ul.claims { list-style:none; margin:0; padding:0; }
        ul.claims li { padding:.35rem 0; border-bottom:1px dashed var(--line); }
        ul.claims li:last-child { border-bottom:0; }
        .sides { display:flex; flex-wrap:wrap; gap:.2rem .8rem; font-size:.85rem; color:var(--muted); margin-top:.15rem; }
        dl.single dt { margin-top:.4rem; } dl.single dd { margin:0 0 0 .2rem; }
        .more { margin:.4rem 0 0; font-size:.88rem; }
        button { font:inherit; color:inherit; }
        .trigger { background:none; border:0; padding:.05rem .2rem; margin:0 -.2rem; text-align:left; cursor:pointer; border-radius:4px; line-height:inherit; }
        .trigger:hover { background:var(--accent-soft); }
        .trigger[aria-pressed="true"] { background:var(--hl); box-shadow:inset 0 -2px 0 var(--hl-line); }
        .trigger.small { font-size:.85rem; color:var(--accent); text-decoration:underline; text-underline-offset:2px; }
        .claim-text { font-weight:550; }
        .counts { display:flex; flex-wrap:wrap; gap:.1rem .7rem; }
        .counts > span { white-space:nowrap; }
        .st { white-space:nowrap; font-size:.85rem; font-weight:600; }
        .st .sym { display:inline-block; width:1.25em; height:1.25em; line-height:1.25em; text-align:center; border-radius:50%; font-size:.8rem; }
        .st-s { color:var(--s); } .st-s .sym { background:var(--s-bg); border:1px solid var(--s); }
        .st-x { color:var(--x); } .st-x .sym { background:var(--x-bg); border:1px solid var(--x); }
        .st-d { color:var(--d); } .st-d .sym { background:var(--d-bg); border:1px dashed var(--d); }
        .st-- { color:#8a9099; font-weight:400; } .st-- .sym { border:1px dotted #b9bec6; }
        .legend { display:flex; flex-wrap:wrap; gap:.3rem .9rem; align-items:center; font-size:.85rem; color:var(--muted); margin:0 0 .8rem; }
        .badge { display:inline-block; font-size:.72rem; font-weight:650; text-transform:uppercase; letter-spacing:.04em; padding:.05rem .45rem; border-radius:999px; border:1px solid var(--line); color:var(--muted); background:var(--bg); vertical-align:middle; }
        .contested-badge { color:var(--x); border-color:var(--x); background:var(--x-bg); }
        table.matrix th[scope="row"] { min-width:18rem; max-width:28rem; font-weight:400; }
        table.matrix td.cell { min-width:8.5rem; }
        table.matrix tr.contested th[scope="row"] { box-shadow:inset 4px 0 0 var(--x); }
        table.matrix tr.contested td, table.matrix tr.contested th { background:#fff7f6; }
        td.c-x { background:var(--x-bg) !important; }
        .cell-trigger { display:block; }
        .by { display:block; font-size:.75rem; color:var(--muted); }
        .evidence { display:-webkit-box; -webkit-line-clamp:2; -webkit-box-orient:vertical; overflow:hidden; font-size:.78rem; color:var(--muted); margin-top:.15rem; }
        th .sort { background:none; border:0; padding:0; cursor:pointer; text-transform:inherit; letter-spacing:inherit; color:inherit; font-weight:650; text-align:left; }
        th .sort:hover { color:var(--ink); }
        th[aria-sort="ascending"] .arrow::after { content:" ▲"; }
        th[aria-sort="descending"] .arrow::after { content:" ▼"; }
        .quote-groups { display:grid; grid-template-columns:repeat(auto-fit, minmax(380px, 1fr)); gap:1rem; }
        .quote-group header { display:flex; flex-wrap:wrap; gap:.4rem .6rem; align-items:center; }
        .quote-group h4 { margin:0; font-size:1rem; }
        .quote-group.f-a { border-left:4px solid var(--x); }
        .quote-group.f-m { border-left:4px solid var(--d); }
        .quote-group.f-v { border-left:4px solid var(--s); }
        .fid-a { color:var(--x); border-color:var(--x); background:var(--x-bg); }
        .fid-m { color:var(--d); border-color:var(--d); background:var(--d-bg); }
        .fid-v { color:var(--s); border-color:var(--s); background:var(--s-bg); }
        ol.versions { list-style:none; margin:.6rem 0 0; padding:0; }
        ol.versions li { padding:.45rem 0; border-top:1px solid var(--line); }
        .version-head { display:flex; flex-wrap:wrap; gap:.4rem; align-items:center; font-size:.85rem; margin-bottom:.15rem; }
        .kind { color:var(--muted); font-size:.8rem; }
        .quote-text q { font-family:Georgia, "Times New Roman", serif; font-size:1.02rem; }
        ins { text-decoration:underline 2px; text-underline-offset:3px; background:var(--s-bg); color:var(--s); font-weight:600; }
        del { text-decoration:line-through 2px; background:var(--x-bg); color:var(--x); }
        .warn { background:var(--d-bg); border:1px solid var(--d); border-radius:6px; padding:.4rem .6rem; font-size:.88rem; }
        .outlet { font-weight:650; }
        details.fold > summary { cursor:pointer; list-style:none; }
        details.fold > summary::-webkit-details-marker { display:none; }
        details.fold > summary h3 { display:inline-block; }
        details.fold > summary h3::before { content:"▸ "; color:var(--muted); }
        details.fold[open] > summary h3::before { content:"▾ "; }
        .count { font-size:.8rem; color:var(--muted); font-weight:500; }
        ul.chips { list-style:none; margin:0; padding:0; display:flex; flex-wrap:wrap; gap:.3rem; }
        ul.chips li { background:var(--bg); border:1px solid var(--line); border-radius:999px; padding:0 .55rem; font-size:.85rem; }
        ul.loaded li { background:var(--d-bg); border-color:#e4cf8f; }
        ul.merges { margin:0; padding-left:1rem; font-size:.86rem; }
        .total { font-weight:650; } .per-outlet { color:var(--muted); font-size:.84rem; }
        ul.possible { padding-left:1.2rem; }
        .framing-grid { display:grid; grid-template-columns:repeat(auto-fill, minmax(260px, 1fr)); gap:1rem; }
        .framing h3 { margin-top:0; }
        svg { display:block; max-width:100%; height:auto; font-family:inherit; }
        svg.tone { width:100%; max-width:440px; }
        svg text { font-size:12px; fill:var(--ink); }
        svg .axis { fill:var(--muted); font-size:10.5px; }
        svg .zero { stroke:#8a9099; stroke-width:1; }
        svg rect.pos { fill:#2f6fbf; }
        svg rect.neg { fill:#c2502a; }
        svg .value { font-variant-numeric:tabular-nums; fill:var(--muted); }
        figure.chart { margin:0 0 .6rem; }
        figcaption { color:var(--muted); font-size:.85rem; margin-top:.3rem; }
        svg.timeline { width:100%; border:1px solid var(--line); border-radius:8px; background:#fff; }
        svg .lane { fill:#fff; } svg .lane.alt { fill:#f7f8fa; }
        svg .tick { stroke:#e3e6ea; } svg .tick-label { fill:var(--muted); font-size:11px; }
        svg .mk { cursor:pointer; }
        svg .mk circle, svg .mk .period { fill:var(--accent); fill-opacity:.8; stroke:#fff; stroke-width:1.5; }
        svg .mk:hover circle, svg .mk:hover .period, svg .mk:focus circle, svg .mk:focus .period { fill:#14213d; }
        svg .mk[aria-pressed="true"] circle, svg .mk[aria-pressed="true"] .period { fill:#e0a800; stroke:#14213d; stroke-width:2; }
        svg .mk:focus { outline:none; } svg .mk:focus-visible circle, svg .mk:focus-visible .period { stroke:#14213d; stroke-width:3; }
        #articles.panel { max-width:none; margin-left:1rem; margin-right:1rem; }
        .columns { display:grid; grid-auto-flow:column; grid-auto-columns:minmax(19rem, 1fr); gap:1rem; overflow-x:auto; padding-bottom:.6rem; }
        article.source { border:1px solid var(--line); border-radius:8px; background:var(--paper); display:flex; flex-direction:column; min-width:0; }
        article.source > header { padding:.8rem 1rem .4rem; border-bottom:1px solid var(--line); }
        article.source.has-hits { border-color:var(--hl-line); box-shadow:0 0 0 2px var(--hl); }
        .kicker { margin:0; font-size:.85rem; display:flex; gap:.4rem; align-items:center; flex-wrap:wrap; }
        .hits { color:var(--hl-line); font-weight:650; font-size:.8rem; }
        article.source h3 { margin:.25rem 0 .4rem; font-size:1.02rem; line-height:1.35; }
        .meta { display:grid; grid-template-columns:max-content 1fr; gap:0 .7rem; font-size:.8rem; margin:0; color:var(--muted); }
        .meta dt { font-weight:600; } .meta dd { margin:0; overflow-wrap:anywhere; }
        .text { position:relative; padding:.2rem 1rem .6rem; max-height:34rem; overflow-y:auto; font-family:Georgia, "Times New Roman", serif; font-size:.98rem; line-height:1.6; }
        .text p { margin:.6rem 0; }
        .text .m { cursor:pointer; }
        .swatch { padding:0 .3rem; color:var(--ink); }
        .m.hl, .swatch { background:var(--hl); box-shadow:0 2px 0 var(--hl-line); border-radius:2px; }
        .m.hl-x, .swatch.sw-x { background:var(--x-bg); box-shadow:0 2px 0 var(--x); text-decoration:underline wavy var(--x); text-underline-offset:4px; }
        .m.hl-d, .swatch.sw-d { background:var(--d-bg); box-shadow:0 2px 0 var(--d); text-decoration:underline dotted var(--d); }
        .m.hl-w, .swatch.sw-w { background:#dfe8fb; box-shadow:0 2px 0 var(--accent); font-weight:600; }
        .m.hl-ev, .swatch.sw-ev { background:#eef3fd; box-shadow:0 1px 0 var(--accent); }
        .diagnostics { font-size:.8rem; margin:.5rem 1rem 0; padding-left:1rem; color:var(--muted); }
        .diagnostics .error strong { color:var(--x); } .diagnostics .warning strong { color:var(--d); }
        .removed { font-size:.8rem; color:var(--muted); border-top:1px solid var(--line); padding:.5rem 1rem; margin-top:auto; }
        .removed summary { cursor:pointer; }
        .removed .reason { font:.72rem ui-monospace, monospace; border:1px solid var(--line); padding:0 .3rem; border-radius:3px; }
        .selection { position:fixed; left:50%; bottom:1rem; transform:translateX(-50%); z-index:20; display:flex; gap:.8rem; align-items:center; max-width:min(92vw, 56rem);
          background:#14213d; color:#fff; padding:.6rem .6rem .6rem 1rem; border-radius:10px; box-shadow:0 6px 24px rgba(0,0,0,.25); font-size:.9rem; }
        .selection[hidden] { display:none; }
        .selection a { color:#fff; white-space:nowrap; }
        .selection button { background:#fff; color:#14213d; border:0; border-radius:6px; padding:.3rem .8rem; cursor:pointer; font-weight:600; }
        #selection-text { overflow:hidden; text-overflow:ellipsis; white-space:nowrap; }
        footer.page { color:var(--muted); font-size:.82rem; padding:0 0 4rem; }
        @media (max-width:700px) { .columns { grid-auto-flow:row; } .panel { border-radius:0; padding:1rem; } }
        @media print { nav.toc, .selection { display:none; } .columns { grid-auto-flow:row; } .text { max-height:none; overflow:visible; } }

        """;
}
