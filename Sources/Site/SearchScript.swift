/// The script of the search page: it runs the query in `?q=` with Pagefind's JavaScript API and
/// lists the results as plain links, in the page's own markup and the theme's styles.
///
/// Pagefind picks the index of the page's `<html lang>`, so results are in that language only.
/// Every text comes from the page's `data-` attributes, which the theme fills from its interface
/// strings; the script loads nothing but the site's own `pagefind/` bundle.
enum SearchScript {
    static let text = #"""
    // Torg's search page: runs the query from ?q= with Pagefind and lists the results.
    const root = document.querySelector("[data-search]");
    if (root) {
      const status = root.querySelector("[data-search-status]");
      const list = root.querySelector("[data-search-results]");
      const input = document.getElementById(root.dataset.searchInput);
      const query = (new URLSearchParams(window.location.search).get("q") || "").trim();
      const fill = (template, values) => template.replace(/\{(\w+)\}/g, (whole, key) => key in values ? values[key] : whole);
      if (input) input.value = query;
      if (query) {
        status.textContent = root.dataset.searching;
        import(root.dataset.bundle + "pagefind.js").then(async (pagefind) => {
          await pagefind.options({ basePath: root.dataset.bundle });
          const search = await pagefind.search(query);
          const results = await Promise.all(search.results.slice(0, 50).map((result) => result.data()));
          list.replaceChildren(...results.map((result) => {
            const item = document.createElement("li");
            item.className = "search-results__item";
            const heading = document.createElement("h2");
            heading.className = "search-results__title";
            const link = document.createElement("a");
            link.href = result.url;
            link.textContent = (result.meta && result.meta.title) || result.url;
            heading.append(link);
            const excerpt = document.createElement("p");
            excerpt.className = "search-results__excerpt";
            // Pagefind's excerpt is the page's own text, escaped, with <mark> around the hits.
            excerpt.innerHTML = result.excerpt;
            item.append(heading, excerpt);
            return item;
          }));
          const template = results.length === 0 ? root.dataset.none : results.length === 1 ? root.dataset.one : root.dataset.many;
          status.textContent = fill(template, { count: String(search.results.length), query });
        }).catch(() => {
          status.textContent = root.dataset.failed;
        });
      }
    }

    """#
}
