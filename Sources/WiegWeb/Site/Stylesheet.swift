/// Wieg's one stylesheet, served at `/static/wieg.css`. Colours meet WCAG AA contrast
/// (text ≥ 4.5:1); focus is always visible; a print section drops navigation.
enum Stylesheet {
    static let css = """
        :root { --ink: #1b1b1f; --muted: #4a4a55; --brand: #7a1f5c; --brand-dark: #5a1544; --line: #c9c9d1;
                --bg: #ffffff; --soft: #f5f2f6; --focus: #ffbf47; --ok: #1e6b34; --warn: #8a4b00; --error: #b00020; }
        * { box-sizing: border-box; }
        html { font-size: 100%; }
        body { margin: 0; font-family: system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; color: var(--ink);
               background: var(--bg); line-height: 1.5; }
        .wrap, main { max-width: 72rem; margin: 0 auto; padding: 0 1rem; }
        main { padding-top: 1.5rem; padding-bottom: 3rem; min-height: 60vh; }
        a { color: var(--brand); text-underline-offset: 0.15em; }
        a:hover { color: var(--brand-dark); }
        :focus-visible { outline: 3px solid var(--focus); outline-offset: 2px; box-shadow: 0 0 0 5px var(--ink); }
        .skip-link { position: absolute; inset-inline-start: 0.5rem; top: 0.5rem; transform: translateY(-200%); background: var(--ink);
                     color: #fff; padding: 0.75rem 1rem; z-index: 10; }
        .skip-link:focus { transform: none; color: #fff; }
        .site-header { background: var(--brand); color: #fff; }
        .site-header .wrap { display: flex; flex-wrap: wrap; align-items: center; gap: 0.5rem 1.5rem; padding: 0.75rem 1rem; }
        .site-header a { color: #fff; }
        .brand { font-weight: 700; font-size: 1.4rem; text-decoration: none; }
        .site-header nav ul { list-style: none; display: flex; flex-wrap: wrap; gap: 0.25rem 1rem; margin: 0; padding: 0; }
        .site-header nav a { display: inline-block; padding: 0.5rem 0.25rem; }
        .site-header nav a[aria-current="page"] { font-weight: 700; text-decoration-thickness: 3px; }
        .account { margin-left: auto; display: flex; align-items: center; gap: 0.75rem; flex-wrap: wrap; }
        form.inline { display: inline; }
        .site-footer { border-top: 1px solid var(--line); background: var(--soft); color: var(--muted); font-size: 0.9rem; }
        .site-footer .wrap { display: flex; flex-wrap: wrap; gap: 0 2rem; padding: 1rem; }
        h1 { font-size: 2rem; line-height: 1.2; margin: 0 0 1rem; }
        h2 { font-size: 1.4rem; margin: 2rem 0 0.75rem; }
        .lead { font-size: 1.15rem; color: var(--muted); max-width: 45rem; }
        .cards { display: grid; grid-template-columns: repeat(auto-fit, minmax(16rem, 1fr)); gap: 1rem; padding: 0; list-style: none; }
        .card { border: 1px solid var(--line); border-radius: 0.5rem; padding: 1rem 1.25rem; background: #fff; }
        .card .facts { list-style: none; padding: 0; margin: 0.5rem 0; }
        .card .facts li { margin: 0.15rem 0; }
        .button-call { min-height: 2.75rem; min-width: 2.75rem; max-width: 100%; box-sizing: border-box; margin-top: 0.25rem; }
        .number { white-space: nowrap; }
        .understood { font-size: 1.1rem; }
        .emergency { border: 3px solid var(--ink); border-radius: 0.5rem; padding: 0.75rem 1.25rem; margin: 2rem 0; background: var(--soft); }
        .emergency h2 { margin-top: 0.25rem; }
        .emergency ul { padding-left: 1.25rem; }
        .emergency li { margin: 0.5rem 0; }
        .emergency .button-call { display: table; margin: 0.35rem 0 0; }
        .topic-tiles { list-style: none; padding: 0; display: grid; grid-template-columns: repeat(auto-fit, minmax(15rem, 1fr)); gap: 1rem; }
        .topic { border: 2px solid var(--line); border-radius: 0.5rem; padding: 0.5rem 1rem; background: #fff; }
        .topic h3 { margin: 0.5rem 0 0.25rem; }
        .topic ul { list-style: none; padding: 0; margin: 0; }
        .topic a { display: block; padding: 0.6rem 0; min-height: 2.75rem; }
        .default-submit { position: absolute; width: 1px; height: 1px; padding: 0; border: 0; overflow: hidden; clip-path: inset(50%);
                          white-space: nowrap; }
        .doors button { font: inherit; font-size: 1.2rem; cursor: pointer; width: 100%; text-align: left; background: #fff; color: var(--brand); }
        .doors button.door-current, .doors button:hover { background: var(--brand); color: #fff; }
        .results:focus, .results:focus-visible, main:focus, main:focus-visible { outline: none; box-shadow: none; }
        #resultaten, #spoed { scroll-margin-top: 1rem; }
        .results > :first-child { margin-top: 0.5rem; }
        .card h3 a, .pagination a, p.back a, .understood a, .help-footer a { display: inline-block; padding: 0.6rem 0; min-height: 2.75rem; }
        .card h2, .card h3 { margin-top: 0; font-size: 1.15rem; }
        .field { margin: 0 0 1.25rem; max-width: 36rem; }
        label { display: block; font-weight: 600; margin-bottom: 0.25rem; }
        .hint { color: var(--muted); margin: 0 0 0.25rem; font-size: 0.95rem; }
        input[type=text], input[type=email], input[type=password], input[type=search], input[type=file], select, textarea {
            width: 100%; font: inherit; padding: 0.6rem 0.7rem; border: 2px solid var(--ink); border-radius: 0.25rem; background: #fff; color: var(--ink); min-height: 2.75rem; }
        .field-error input, .field-error select { border-color: var(--error); }
        .error { color: var(--error); font-weight: 600; margin: 0 0 0.25rem; }
        .error-summary { border: 4px solid var(--error); padding: 1rem 1.25rem; margin-bottom: 1.5rem; }
        .error-summary h2 { margin-top: 0; }
        .button { display: inline-block; font: inherit; font-weight: 600; background: var(--brand); color: #fff; border: 2px solid var(--brand);
                  border-radius: 0.25rem; padding: 0.6rem 1.1rem; min-height: 2.75rem; cursor: pointer; text-decoration: none; }
        .button:hover { background: var(--brand-dark); color: #fff; }
        .button-secondary { background: #fff; color: var(--brand); }
        .site-header .button { border-color: #fff; }
        .site-header .button-secondary { background: transparent; color: #fff; border-color: #fff; }
        .button-danger { background: var(--error); border-color: var(--error); }
        .button-small { padding: 0.3rem 0.8rem; min-height: 2.25rem; }
        .actions { display: flex; flex-wrap: wrap; gap: 0.75rem; align-items: center; margin: 1.5rem 0; }
        .notice { border-left: 6px solid var(--brand); background: var(--soft); padding: 0.75rem 1rem; margin: 1rem 0; max-width: 50rem; }
        .notice-ok { border-color: var(--ok); }
        .notice-warn { border-color: var(--warn); background: #fff4cc; }
        .notice-error { border-color: var(--error); }
        .table-wrap { overflow-x: auto; margin: 1rem 0; }
        table { border-collapse: collapse; width: 100%; }
        caption { text-align: left; font-weight: 600; padding: 0.5rem 0; }
        th, td { text-align: left; vertical-align: top; padding: 0.5rem 0.75rem; border-bottom: 1px solid var(--line); }
        thead th { border-bottom: 2px solid var(--ink); }
        dl { display: grid; grid-template-columns: max-content 1fr; gap: 0.25rem 1.5rem; }
        dt { font-weight: 600; }
        dd { margin: 0; }
        code, .token { font-family: ui-monospace, monospace; word-break: break-all; background: var(--soft); padding: 0.1rem 0.3rem; }
        .outcome-worse { color: var(--error); font-weight: 600; }
        .outcome-better { color: var(--ok); font-weight: 600; }
        .badge { display: inline-block; font-size: 0.85rem; border: 1px solid var(--muted); border-radius: 1rem; padding: 0 0.6rem; }
        .pagination ul { list-style: none; display: flex; flex-wrap: wrap; align-items: center; gap: 0.25rem 1.5rem; padding: 0; }
        .pagination a { padding-inline: 0.75rem; }
        .filters { display: flex; flex-wrap: wrap; gap: 1rem; align-items: flex-end; }
        .filters .field { margin: 0; min-width: 12rem; }
        input[type=url], input[type=tel], input[type=number] {
            width: 100%; font: inherit; padding: 0.6rem 0.7rem; border: 2px solid var(--ink); border-radius: 0.25rem; background: #fff; color: var(--ink); min-height: 2.75rem; }
        fieldset { border: 1px solid var(--line); border-radius: 0.25rem; margin: 0 0 1.25rem; padding: 0.75rem 1rem; max-width: 48rem; }
        legend { font-weight: 600; padding: 0 0.25rem; }
        .checks .check { display: flex; gap: 0.5rem; align-items: flex-start; margin: 0.35rem 0; }
        .checks .check input { width: 1.5rem; height: 1.5rem; margin: 0.1rem 0 0; flex: none; }
        .checks .check label { font-weight: 400; margin: 0; }
        .doors { list-style: none; padding: 0; display: grid; grid-template-columns: repeat(auto-fit, minmax(14rem, 1fr)); gap: 1rem; margin: 1.5rem 0; }
        .door { display: block; padding: 1.25rem; min-height: 4rem; border: 2px solid var(--brand); border-radius: 0.5rem; font-size: 1.2rem;
                font-weight: 700; text-decoration: none; background: #fff; }
        .door-current, .door:hover { background: var(--brand); color: #fff; }
        .button-big { font-size: 1.15rem; padding: 0.9rem 1.4rem; min-height: 3.25rem; }
        .search-layout { display: grid; grid-template-columns: 16rem 1fr; gap: 2rem; align-items: start; }
        .facets h3 { font-size: 1rem; margin: 1rem 0 0.25rem; }
        .facets ul, .results { list-style: none; padding: 0; margin: 0; }
        .facets li a { display: inline-block; padding: 0.3rem 0; }
        .facets a[aria-current="true"] { font-weight: 700; }
        .result { border-bottom: 1px solid var(--line); padding: 0.75rem 0; }
        .result h3 { margin: 0 0 0.25rem; font-size: 1.15rem; }
        .meta { color: var(--muted); font-size: 0.95rem; margin: 0.25rem 0; }
        .zorgpad-first, .professional, .signalling-result { border: 2px solid var(--brand); border-radius: 0.5rem; padding: 0.75rem 1.25rem; margin: 1.5rem 0; }
        .zorgpad-first h2, .professional h2, .signalling-result h2 { margin-top: 0.5rem; }
        .freshness-controleren { color: var(--warn); font-weight: 600; }
        .freshness-verouderd { color: var(--error); font-weight: 600; }
        @media (max-width: 50rem) { .search-layout { grid-template-columns: 1fr; } }
        @media (max-width: 40rem) { h1 { font-size: 1.6rem; } .account { margin-left: 0; } dl { grid-template-columns: 1fr; } }
        .parent-header { background: var(--brand); color: #fff; }
        .parent-header .wrap { display: flex; flex-wrap: wrap; align-items: center; gap: 0.25rem 1.25rem; padding: 0.25rem 1rem; }
        .parent-header a { color: #fff; }
        .parent-header .brand { display: inline-block; padding: 0.5rem 0; }
        .parent-languages ul { list-style: none; display: flex; flex-wrap: wrap; gap: 0 0.25rem; margin: 0; padding: 0; }
        .parent-languages a { display: inline-block; min-height: 2.75rem; padding: 0.6rem 0.5rem; }
        .parent-languages a[aria-current="true"] { font-weight: 700; text-decoration-thickness: 3px; }
        .parent-footer { border-top: 1px solid var(--line); background: var(--soft); color: var(--muted); }
        .parent-footer ul { list-style: none; display: flex; flex-wrap: wrap; gap: 0 1.5rem; margin: 0; padding: 0.5rem 0 0; }
        .parent-footer a { display: inline-block; min-height: 2.75rem; padding: 0.6rem 0; }
        .parent-footer p { margin: 0.25rem 0 1rem; }
        .embedded main { padding-top: 1rem; }
        .doors-label { font-weight: 600; margin: 1rem 0 0.25rem; }
        .parent .doors { margin-top: 0.5rem; }
        .parent .doors button { text-align: start; }
        .parent .emergency ul { padding-left: 0; padding-inline-start: 1.25rem; }
        .parent .notice { border-left: 0; border-inline-start: 6px solid var(--brand); }
        .parent .note-language { font-size: 1rem; color: var(--ink); border-inline-start: 4px solid var(--brand); padding-inline-start: 0.75rem; }
        .emergency-link { margin: 0.25rem 0 0; }
        .emergency-link a { display: inline-block; padding: 0.6rem 0; min-height: 2.75rem; }
        .parent h1, .card h3 { overflow-wrap: anywhere; hyphens: auto; }
        .parent .card .facts li { padding: 0.1rem 0; }
        .map-layout { display: grid; grid-template-columns: minmax(0, 22rem) minmax(0, 1fr); gap: 1.5rem; align-items: start; }
        .map-layout svg { width: 100%; height: auto; }
        @media (max-width: 60rem) { .map-layout { grid-template-columns: minmax(0, 1fr); } }
        ul.plain { list-style: none; padding: 0; margin: 0; }
        .filters { display: flex; flex-wrap: wrap; gap: 0 1rem; align-items: flex-end; }
        .card-urgent { border-inline-start: 4px solid var(--ink); padding-inline-start: 0.75rem; margin: 1rem 0; }
        .card-code { border: 3px dashed var(--brand); border-radius: 0.5rem; padding: 0.5rem 1rem; margin: 1rem 0; max-width: 40rem; }
        .card-code strong { font-size: 1.4rem; letter-spacing: 0.1em; }
        .card-pick { display: flex; gap: 0.5rem; align-items: center; margin-top: 0.5rem; }
        .card-pick input { width: 1.5rem; height: 1.5rem; }
        .badge-voldaan, .badge-gerealiseerd { border-color: #1a6e2e; }
        .badge-niet-voldaan, .badge-vertraagd { border-color: #a4262c; }
        .step-current { font-weight: bold; }
        .toc ol { padding-left: 1.2rem; }
        .toc-2 { margin-left: 1rem; }
        tr.total td { font-weight: bold; border-top: 2px solid currentColor; }
        @page { size: A4; margin: 18mm 16mm; }
        @media print {
            .site-header nav, .account, .skip-link, .site-footer, .actions, form, .pagination, .no-print { display: none !important; }
            .document .toc { break-after: page; }
            .document-section { break-inside: auto; }
            .document h2, .document h3 { break-after: avoid; }
            .document table { break-inside: auto; } .document tr { break-inside: avoid; }
            .site-header { background: none; color: #000; border-bottom: 1px solid #000; }
            .site-header a { color: #000; }
            body { font-size: 11pt; }
            a { color: #000; text-decoration: none; }
            .parent-header, .parent-footer, .emergency { display: none !important; }
            .hulpkaart .card { break-inside: avoid; border-color: #000; padding: 0.4rem 0.6rem; }
            .hulpkaart .cards { grid-template-columns: 1fr 1fr; gap: 0.4rem; }
            .hulpkaart h1 { font-size: 16pt; margin: 0; } .hulpkaart h2 { font-size: 12pt; margin: 0.4rem 0 0.2rem; }
            .hulpkaart .card h3 { font-size: 11pt; } .hulpkaart p, .hulpkaart li { margin: 0.1rem 0; }
            .hulpkaart .button-call { border: 0; padding: 0; min-height: 0; color: #000; background: none; font-weight: 700; }
            @page { size: A4; margin: 12mm; }
            main { max-width: none; padding: 0; }
            table { page-break-inside: auto; } tr { page-break-inside: avoid; }
        }
        """
}
